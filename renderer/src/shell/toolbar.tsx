/** The top bar: document name with unsaved marker, file commands, dialogs and the language switch. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentCommands } from '../document/use-document-commands';
import { shortcutText } from '../../../core/shortcuts';

interface Props {
  title: string;
  fileName: string | null;
  /** The bundled sample, not yet saved as the user's own file. */
  sample: boolean;
  dirty: boolean;
  busy: boolean;
  hasDocument: boolean;
  commands: DocumentCommands;
  canUndo: boolean;
  canRedo: boolean;
  onImport: () => void;
  onDialog: (name: 'props' | 'versions' | 'settings' | 'help') => void;
}

/** Toolbar of the main window. */
function ToolbarView({ title, fileName, sample, dirty, busy, hasDocument, commands, canUndo, canRedo, onImport, onDialog }: Props) {
  const { t } = useTranslation();
  const doc = !hasDocument || busy;
  return (
    <header className="toolbar">
      <div className="brand" aria-hidden="true">
        AW
      </div>
      <div className="doc-title">
        <h1 className="doc-name" data-testid="doc-title" data-user-text>
          {title}
        </h1>
        <span className="muted">
          {hasDocument ? fileName ? <span data-user-text>{fileName}</span> : t(sample ? 'app.sample' : 'app.notSaved') : ''}
          {dirty ? (
            <span className="dirty" data-testid="dirty-marker" title={t('toolbar.unsaved')}>
              {' '}
              ● {t('toolbar.unsaved')}
            </span>
          ) : null}
        </span>
      </div>
      <nav className="toolbar-actions" aria-label={t('app.name')}>
        <span className="button-group">
          <button
            type="button"
            className="icon"
            onClick={commands.undo}
            disabled={!canUndo}
            title={`${t('toolbar.undo')} (${shortcutText('undo')})`}
            aria-label={t('toolbar.undo')}
            data-testid="undo-button"
          >
            ↶
          </button>
          <button
            type="button"
            className="icon"
            onClick={commands.redo}
            disabled={!canRedo}
            title={`${t('toolbar.redo')} (${shortcutText('redo')})`}
            aria-label={t('toolbar.redo')}
            data-testid="redo-button"
          >
            ↷
          </button>
        </span>
        <span className="button-group">
          <button type="button" onClick={commands.newWorkbook} disabled={busy} title={shortcutText('new')} data-testid="new-button">
            {t('toolbar.new')}
          </button>
          <button type="button" onClick={commands.open} disabled={busy} title={shortcutText('open')} data-testid="open-button">
            {t('toolbar.open')}
          </button>
          <button type="button" onClick={commands.save} disabled={doc} title={shortcutText('save')} data-testid="save-button">
            {t('toolbar.save')}
          </button>
          <button type="button" onClick={commands.saveAs} disabled={doc} title={shortcutText('saveAs')} className="wide-only">
            {t('toolbar.saveAs')}
          </button>
        </span>
        <span className="button-group">
          <button type="button" onClick={onImport} disabled={doc} title={shortcutText('import')} data-testid="import-button">
            {t('toolbar.import')}
          </button>
          <button
            type="button"
            className="primary"
            onClick={commands.exportXlsx}
            disabled={doc}
            title={shortcutText('export')}
            data-testid="export-button"
          >
            {t('toolbar.export')}
          </button>
          <button
            type="button"
            onClick={commands.exportHwpx}
            disabled={doc}
            title={shortcutText('exportHwpx')}
            data-testid="export-hwpx-button"
          >
            {t('toolbar.exportHwpx')}
          </button>
        </span>
        <span className="button-group">
          <button type="button" onClick={() => onDialog('props')} disabled={doc} title={t('toolbar.propsTitle')} data-testid="props-button">
            {t('toolbar.props')}
          </button>
          <button type="button" onClick={() => onDialog('versions')} disabled={doc} data-testid="versions-button">
            {t('toolbar.versions')}
          </button>
          <button
            type="button"
            className="ghost"
            onClick={() => onDialog('settings')}
            aria-label={t('toolbar.settings')}
            title={t('toolbar.settings')}
            data-testid="settings-button"
          >
            ⚙
          </button>
          <button
            type="button"
            className="ghost"
            onClick={() => onDialog('help')}
            aria-label={t('toolbar.help')}
            title={`${t('toolbar.help')} (${shortcutText('help')})`}
            data-testid="help-button"
          >
            ?
          </button>
          <button
            type="button"
            className="ghost"
            onClick={commands.toggleLanguage}
            title={t('toolbar.languageTitle')}
            data-testid="language-toggle"
            lang={t('toolbar.language') === 'English' ? 'en' : 'ko'}
          >
            {t('toolbar.language')}
          </button>
        </span>
      </nav>
    </header>
  );
}

/** The toolbar, drawn again only when its props change (not on every edit of a value). */
export const Toolbar = memo(ToolbarView);
