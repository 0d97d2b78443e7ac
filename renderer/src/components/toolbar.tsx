/** The top bar: document name with unsaved marker, file commands and the language switch. */
import { useTranslation } from 'react-i18next';
import type { DocumentCommands } from '../use-document-commands';

interface Props {
  title: string;
  fileName: string | null;
  dirty: boolean;
  busy: boolean;
  commands: DocumentCommands;
  canUndo: boolean;
  canRedo: boolean;
}

/** Toolbar of the main window. */
export function Toolbar({ title, fileName, dirty, busy, commands, canUndo, canRedo }: Props) {
  const { t } = useTranslation();
  return (
    <header className="toolbar">
      <div className="brand" aria-hidden="true">
        AW
      </div>
      <div className="doc-title">
        <strong data-testid="doc-title">{title}</strong>
        <span className="muted">
          {fileName ?? t('app.sample')}
          {dirty ? (
            <span className="dirty" data-testid="dirty-marker" title={t('toolbar.unsaved')}>
              {' '}
              ● {t('toolbar.unsaved')}
            </span>
          ) : null}
        </span>
      </div>
      <nav className="toolbar-actions">
        <button
          type="button"
          className="icon"
          onClick={commands.undo}
          disabled={!canUndo}
          title={`${t('toolbar.undo')} (Ctrl+Z)`}
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
          title={`${t('toolbar.redo')} (Ctrl+Shift+Z)`}
          aria-label={t('toolbar.redo')}
          data-testid="redo-button"
        >
          ↷
        </button>
        <span className="toolbar-sep" />
        <button type="button" onClick={commands.openSample} disabled={busy}>
          {t('toolbar.new')}
        </button>
        <button type="button" onClick={commands.open} disabled={busy} title="Ctrl+O">
          {t('toolbar.open')}
        </button>
        <button type="button" onClick={commands.save} disabled={busy} title="Ctrl+S" data-testid="save-button">
          {t('toolbar.save')}
        </button>
        <button type="button" onClick={commands.saveAs} disabled={busy} title="Ctrl+Shift+S">
          {t('toolbar.saveAs')}
        </button>
        <button type="button" onClick={commands.importFile} disabled={busy} title="Ctrl+I" data-testid="import-button">
          {t('toolbar.import')}
        </button>
        <button type="button" className="primary" onClick={commands.exportXlsx} disabled={busy} title="Ctrl+E" data-testid="export-button">
          {t('toolbar.export')}
        </button>
        <button
          type="button"
          className="ghost"
          onClick={commands.toggleLanguage}
          title={t('toolbar.languageTitle')}
          data-testid="language-toggle"
        >
          {t('toolbar.language')}
        </button>
      </nav>
    </header>
  );
}
