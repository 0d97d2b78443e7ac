/** With no document open: new, open, the sample, recent files (missing ones greyed and removable), and unsaved work to recover. */
import { localeOf } from '../../../core/format';
import { useTranslation } from 'react-i18next';
import type { RecentEntry, RecoveryEntry } from '../../../core/ipc-contract';
import type { Lang } from '../../../core/types';

interface Props {
  recent: RecentEntry[];
  recovery: RecoveryEntry[];
  lang: Lang;
  onNew: () => void;
  onOpen: () => void;
  onSample: () => void;
  onOpenRecent: (index: number) => void;
  onRemoveRecent: (index: number) => void;
  onRecover: (id: string) => void;
}

/** The start screen. */
export function StartScreen({ recent, recovery, lang, onNew, onOpen, onSample, onOpenRecent, onRemoveRecent, onRecover }: Props) {
  const { t } = useTranslation();
  return (
    <main className="start" data-testid="start-screen">
      <div className="start-head">
        <h1>{t('start.title')}</h1>
        <p className="muted">{t('start.subtitle')}</p>
        <div className="button-group">
          <button type="button" className="primary" onClick={onNew} data-testid="start-new">
            {t('start.new')}
          </button>
          <button type="button" onClick={onOpen} data-testid="start-open">
            {t('start.open')}
          </button>
          <button type="button" onClick={onSample} data-testid="start-sample">
            {t('start.sample')}
          </button>
        </div>
      </div>
      {recovery.length > 0 && (
        <section className="card start-card" aria-labelledby="start-recovery">
          <h2 id="start-recovery">{t('start.recovery')}</h2>
          <p className="muted">{t('start.recoveryHint')}</p>
          <ul className="file-list">
            {recovery.map((r) => (
              <li key={r.id}>
                <span>
                  <strong>{r.title || t('app.untitled')}</strong>{' '}
                  <span className="muted">
                    {r.fileName ?? ''} · {new Date(r.savedAt).toLocaleString(localeOf(lang))}
                  </span>
                </span>
                <button type="button" onClick={() => onRecover(r.id)} data-testid="start-recover">
                  {t('start.openRecovery')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="card start-card" aria-labelledby="start-recent">
        <h2 id="start-recent">{t('start.recent')}</h2>
        {recent.length === 0 ? (
          <p className="muted">{t('start.noRecent')}</p>
        ) : (
          <ul className="file-list" data-testid="recent-list">
            {recent.map((r) => (
              <li key={r.index} className={r.missing ? 'missing' : undefined}>
                <button
                  type="button"
                  className="link"
                  disabled={r.missing}
                  onClick={() => onOpenRecent(r.index)}
                  data-testid={`recent-${r.index}`}
                >
                  <strong>{r.name}</strong> <span className="muted">{r.folder}</span>
                  {r.missing && <span className="pill pill-warn">{t('start.missing')}</span>}
                </button>
                <button
                  type="button"
                  className="ghost"
                  aria-label={t('start.removeTitle', { name: r.name })}
                  title={t('start.removeTitle', { name: r.name })}
                  onClick={() => onRemoveRecent(r.index)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
