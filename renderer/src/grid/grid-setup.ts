/** AG Grid (Community only) registration, theme and locale, shared by every grid of the app. */
import { AG_GRID_LOCALE_EN, AG_GRID_LOCALE_KR } from '@ag-grid-community/locale';
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';
import type { Lang } from '../../../core/types';

ModuleRegistry.registerModules([AllCommunityModule]);

/** The app's grid theme: Quartz with the bundled Korean font, the app's colours, and a dark variant. */
export const gridTheme = themeQuartz
  .withParams({
    fontFamily: '"Noto Sans KR", sans-serif',
    fontSize: 13,
    headerFontWeight: 600,
    headerBackgroundColor: '#eef2f7',
    accentColor: '#2563eb',
    rowHeight: 30,
    headerHeight: 34,
    borderColor: '#dde3ea',
    wrapperBorderRadius: 6,
  })
  .withParams(
    {
      backgroundColor: '#111827',
      foregroundColor: '#e5e7eb',
      headerBackgroundColor: '#1f2937',
      borderColor: '#374151',
      accentColor: '#60a5fa',
      oddRowBackgroundColor: '#0f172a',
    },
    'dark',
  );

/** AG Grid's own texts (filter menus, overlays, screen-reader labels) in the UI language. */
export const gridLocale = (lang: Lang): Record<string, string> => (lang === 'ko' ? AG_GRID_LOCALE_KR : AG_GRID_LOCALE_EN);
