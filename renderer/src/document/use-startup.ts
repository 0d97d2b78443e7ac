/** What a window shows first — the file it was opened for, unsaved work to recover, recent files — and the recovery actions. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentEntry, RecoveryEntry, RecoveryPreview } from '../../../core/ipc-contract';
import type { Notify } from '../shell/notices';
import { errorText } from '../shell/error-text';
import type { DocumentCommands } from './use-document-commands';
import { workbookApi } from './workbook-api';

/** Start-up state and recovery actions of the window. */
export function useStartup(commands: DocumentCommands, notify: Notify) {
  const { t } = useTranslation();
  const api = workbookApi();
  const [recent, setRecent] = useState<RecentEntry[]>([]);
  const [recovery, setRecovery] = useState<RecoveryEntry[]>([]);
  const [preview, setPreview] = useState<RecoveryPreview | null>(null);
  const [started, setStarted] = useState(false);

  const review = useCallback(
    async (id: string) => {
      if (!api) return;
      const p = await commands.run(() => api.recoveryPreview({ id }));
      if (p) setPreview(p);
    },
    [api, commands],
  );

  // Once per window (a reload after a crash runs this again and finds the journal).
  useEffect(() => {
    if (!api) {
      notify('error', t('errors.noBridge'));
      return;
    }
    void (async () => {
      const info = await commands.run(() => api.startup());
      setStarted(true);
      if (!info) return;
      setRecent(info.recent);
      setRecovery(info.recovery);
      if (info.openError) notify('error', errorText(t, info.openError));
      if (info.open) commands.show(info.open);
      else if (info.recovery.length > 0) await review(info.recovery[0]!.id);
      // First run: the sample shows what the app does; later runs start on the start screen.
      else if (info.recent.length === 0) commands.openSample();
    })();
    // The window starts once; later renders must not start it again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return {
    started,
    recent,
    recovery,
    preview,
    review,
    refreshRecent: async () => api && setRecent((await commands.run(() => api.listRecent())) ?? recent),
    removeRecent: async (index: number) => {
      const list = api && (await commands.run(() => api.removeRecent({ index })));
      if (list) setRecent(list);
    },
    restore: async (saveAs: boolean) => {
      if (!api || !preview) return;
      const opened = await commands.run(() => api.recoveryRestore({ id: preview.entry.id }));
      setPreview(null);
      if (!opened) return;
      commands.show(opened);
      setRecovery((list) => list.filter((r) => r.id !== preview.entry.id));
      notify('info', t('recovery.restored'));
      if (saveAs) await commands.saveTo(true);
    },
    discard: async () => {
      if (!api || !preview) return;
      const left = await commands.run(() => api.recoveryDiscard({ id: preview.entry.id }));
      setPreview(null);
      if (left) setRecovery(left);
      notify('info', t('recovery.discarded'));
    },
    later: () => setPreview(null),
  };
}
