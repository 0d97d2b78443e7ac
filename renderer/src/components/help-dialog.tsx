/** The keyboard-shortcut sheet (F1, Help menu), and the notice Hancom's HWP specification terms ask for. */
import { useTranslation } from 'react-i18next';
import { Modal } from './modal';

const KEYS: [string, string][] = [
  ['Ctrl+N', 'new'],
  ['Ctrl+O', 'open'],
  ['Ctrl+S', 'save'],
  ['Ctrl+Shift+S', 'saveAs'],
  ['Ctrl+I', 'import'],
  ['Ctrl+E', 'export'],
  ['Ctrl+P', 'print'],
  ['Ctrl+Shift+P', 'printPdf'],
  ['Ctrl+Z', 'undo'],
  ['Ctrl+Shift+Z / Ctrl+Y', 'redo'],
  ['F1', 'help'],
  ['F2', 'edit'],
  ['Enter / Shift+Enter', 'enter'],
  ['Tab / Shift+Tab', 'tab'],
  ['Esc', 'escape'],
  ['Delete', 'delete'],
  ['Shift+↑↓←→', 'range'],
  ['Ctrl+A', 'selectAll'],
  ['Ctrl+C / Ctrl+X / Ctrl+V', 'copy'],
  ['Ctrl+D / Ctrl+R', 'fill'],
];

/** The help dialog. */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      title={t('help.title')}
      testId="help-dialog"
      onClose={onClose}
      footer={
        <button type="button" onClick={onClose}>
          {t('help.close')}
        </button>
      }
    >
      <table className="shortcut-table">
        <tbody>
          {KEYS.map(([keys, what]) => (
            <tr key={what}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{t(`help.keys.${what}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted hint" data-testid="hwp-notice">
        {t('help.hwp')}
      </p>
    </Modal>
  );
}
