/** AG Grid (Community only) registration, theme and locale, shared by every grid of the app. */
import { AG_GRID_LOCALE_KR } from '@ag-grid-community/locale';
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';
import type { Lang } from '../../core/types';

ModuleRegistry.registerModules([AllCommunityModule]);

/** The app's grid theme: Quartz with the bundled Korean font and the app's colours. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: '"Noto Sans KR", sans-serif',
  fontSize: 13,
  headerFontWeight: 600,
  headerBackgroundColor: '#eef2f7',
  accentColor: '#2563eb',
  rowHeight: 32,
  headerHeight: 36,
  borderColor: '#dde3ea',
  wrapperBorderRadius: 6,
});

/** AG Grid's own texts (filter menus, overlays) in the UI language. */
export const gridLocale = (lang: Lang): Record<string, string> | undefined => (lang === 'ko' ? AG_GRID_LOCALE_KR : undefined);
