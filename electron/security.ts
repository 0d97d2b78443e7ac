/**
 * Every security setting of the app in one place: isolated, sandboxed renderer without Node,
 * no webviews, no new windows, no navigation away from the app, no permission grants.
 * The renderer's CSP lives in renderer/index.html.
 */
import type { App, Session, WebContents, WebPreferences } from 'electron';

/** webPreferences for every window of the app. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  };
}

/** True when `url` is the app's own page (same document, any hash), the only page allowed to load or call IPC. */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(appUrl);
    return a.protocol === b.protocol && a.host === b.host && a.pathname === b.pathname;
  } catch {
    return false;
  }
}

/** Locks down one web contents: deny window.open, block navigation and webviews. */
function hardenWebContents(contents: Pick<WebContents, 'setWindowOpenHandler' | 'on'>, appUrl: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

// The grids' own menu copies and pastes through navigator.clipboard; nothing else is ever granted.
const CLIPBOARD = new Set(['clipboard-read', 'clipboard-sanitized-write']);

/**
 * Denies every permission request and check (camera, notifications, geolocation…) except the
 * clipboard, and that only to the app's own page.
 */
export function hardenSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>, appUrl: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(CLIPBOARD.has(permission) && isAppUrl(details.requestingUrl, appUrl)),
  );
  session.setPermissionCheckHandler(
    (_contents, permission, _origin, details) => CLIPBOARD.has(permission) && isAppUrl(details.requestingUrl ?? '', appUrl),
  );
}

/** Applies the web-contents rules to every contents the app ever creates. */
export function hardenApp(app: Pick<App, 'on'>, appUrl: string): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl));
}
