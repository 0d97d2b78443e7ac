/** The keyboard-shortcut sheet (F1, Help menu), and the notice Hancom's HWP specification terms ask for. */
import { useTranslation } from 'react-i18next';
import { GRID_KEYS, shortcutText, SHORTCUTS, type ShortcutCommand } from '../../../core/shortcuts';
import { Modal } from './modal';

/** The app's shortcuts, then the grids' keys: both from core/shortcuts.ts. */
const KEYS: [string, string][] = [
  ...(Object.keys(SHORTCUTS) as ShortcutCommand[]).map((c): [string, string] => [
    shortcutText(c),
    c === 'help' ? 'menu.shortcuts' : `menu.${c}`,
  ]),
  ...GRID_KEYS.map((k): [string, string] => [k.keys, `help.keys.${k.what}`]),
];

/** The formula language by example: each key has its formula (series named as the language's sample would) and what it does. */
const FORMULA_EXAMPLES = ['ratio', 'share', 'real', 'perUnit', 'difference', 'yoy', 'lag', 'sum', 'round', 'if'] as const;

/** The help dialog. */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      title={t('help.title')}
      testId="help-dialog"
      scrollable
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
              <td>{t(what).replace(/…$/, '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="formula-help-title" data-testid="formula-help">
        <h3 id="formula-help-title">{t('help.formulas.title')}</h3>
        <p className="muted">{t('help.formulas.intro')}</p>
        <table className="shortcut-table formula-help">
          <tbody>
            {FORMULA_EXAMPLES.map((what) => (
              <tr key={what}>
                <th scope="row">
                  <code>{t(`help.formulas.examples.${what}`)}</code>
                </th>
                <td>{t(`help.formulas.${what}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">{t('help.formulas.rules')}</p>
      </section>
      <p className="muted hint" data-testid="hwp-notice">
        {t('help.hwp')}
      </p>
    </Modal>
  );
}
