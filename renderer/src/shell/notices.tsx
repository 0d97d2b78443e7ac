/** Transient messages: confirmations fade, errors stay until closed; an optional action (Undo) on a notice. */
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A message shown to the user. */
export interface Notice {
  id: number;
  kind: 'info' | 'error' | 'warning';
  text: string;
  action?: { label: string; run: () => void };
}

/** Shows a message; errors and warnings stay until closed. */
export type Notify = (kind: Notice['kind'], text: string, action?: Notice['action']) => void;

/** State and actions of the notice area. */
export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const notify = useCallback<Notify>(
    (kind, text, action) => {
      const id = next.current++;
      // At most two at a time: more would stack over the chart and its legend; the newest replace the oldest.
      setNotices((list) => [...list.slice(-1), { id, kind, text, action }]);
      if (kind === 'info') setTimeout(() => dismiss(id), action ? 8000 : 4000);
    },
    [dismiss],
  );
  return { notices, notify, dismiss };
}

/** The notice area at the bottom right. */
export function NoticeArea({ notices, dismiss }: { notices: Notice[]; dismiss: (id: number) => void }) {
  const { t } = useTranslation();
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice-${n.kind}`}
          role={n.kind === 'info' ? 'status' : 'alert'}
          data-testid={`notice-${n.kind}`}
        >
          <span>{n.text}</span>
          {n.action && (
            <button
              type="button"
              className="notice-action"
              onClick={() => {
                n.action!.run();
                dismiss(n.id);
              }}
            >
              {n.action.label}
            </button>
          )}
          <button type="button" className="notice-close" aria-label={t('notice.close')} onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
