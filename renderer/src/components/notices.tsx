/** Transient messages: confirmations fade, errors stay until closed. */
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A message shown to the user. */
export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

/** State and actions of the notice area. */
export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const notify = useCallback(
    (kind: Notice['kind'], text: string) => {
      const id = next.current++;
      setNotices((list) => [...list.slice(-3), { id, kind, text }]);
      if (kind === 'info') setTimeout(() => dismiss(id), 4000);
    },
    [dismiss],
  );
  return { notices, notify, dismiss };
}

/** The notice area at the bottom right. */
export function NoticeArea({ notices, dismiss }: { notices: Notice[]; dismiss(id: number): void }) {
  const { t } = useTranslation();
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice-${n.kind}`}
          role={n.kind === 'error' ? 'alert' : 'status'}
          data-testid={`notice-${n.kind}`}
        >
          <span>{n.text}</span>
          <button type="button" className="notice-close" aria-label={t('notice.close')} onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
