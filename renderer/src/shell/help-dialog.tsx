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

/** The formula language by example (series names as in the sample; the names stay as the analyst's series are called). */
const FORMULA_EXAMPLES: [string, string][] = [
  ['=[신규과제] / [예산 총액] * 100', 'ratio'],
  ['=SHARE([신규과제])', 'share'],
  ['=REAL([예산 총액], [GDP 디플레이터], 2020)', 'real'],
  ['=[예산 총액] / [연구기반센터 수]', 'perUnit'],
  ['=[국회확정] - [정부안]', 'difference'],
  ['=YOY([예산 총액])', 'yoy'],
  ['=LAG([예산 총액], 1)', 'lag'],
  ['=SUM([계속과제], [신규과제])', 'sum'],
  ['=ROUND([신규과제 비중], 1)', 'round'],
  ['=IF([신규과제] >= 300, 1, 0)', 'if'],
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
            {FORMULA_EXAMPLES.map(([example, what]) => (
              <tr key={what}>
                <th scope="row">
                  <code>{example}</code>
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
