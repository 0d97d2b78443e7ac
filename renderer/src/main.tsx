/** Renderer entry: fonts, grid modules, i18n, then the app. */
import '@fontsource/noto-sans-kr/korean-400.css';
import '@fontsource/noto-sans-kr/korean-700.css';
import '@fontsource/noto-sans-kr/latin-400.css';
import '@fontsource/noto-sans-kr/latin-700.css';
import './grid/grid-setup';
import './i18n';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

// AG Grid's dark parameters apply under data-ag-theme-mode="dark": follow the system's scheme, live.
const scheme = matchMedia('(prefers-color-scheme: dark)');
const applyScheme = () => (document.body.dataset.agThemeMode = scheme.matches ? 'dark' : 'light');
applyScheme();
scheme.addEventListener('change', applyScheme);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
