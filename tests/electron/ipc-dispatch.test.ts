import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../core/errors';
import { CHANNELS } from '../../core/ipc-contract';
import { createCloseGuard } from '../../electron/close-guard';
import { createDispatch, registerIpcHandlers, type Handlers } from '../../electron/ipc-dispatch';
import { createAppHandlers } from '../../electron/handlers/app-handlers';
import { localWindowWork, pageApi, pageLink, SAMPLE_PATH, sampleWorkbook, tempDir } from './helpers';

function fakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  const none = async () => undefined as never;
  return Object.fromEntries(CHANNELS.map((c) => [c, overrides[c] ?? none])) as Handlers;
}

describe('IPC dispatch', () => {
  it('refuses unknown channels and malformed payloads before any handler runs', async () => {
    const save = vi.fn();
    const dispatch = createDispatch(fakeHandlers({ saveProject: save }));
    expect(await dispatch('deleteEverything', {})).toMatchObject({ ok: false, error: { code: 'request.invalid' } });
    expect(await dispatch('saveProject', { workbook: {}, saveAs: false })).toMatchObject({ ok: false, error: { code: 'request.invalid' } });
    expect(await dispatch('saveProject', { workbook: await sampleWorkbook(), saveAs: false, path: '/etc/passwd' })).toMatchObject({
      ok: false,
    });
    expect(await dispatch('openProject', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'request.invalid' } });
    expect(save).not.toHaveBeenCalled();
  });

  it('returns AppErrors as values and hides unexpected errors behind a code', async () => {
    const log = vi.fn();
    const dispatch = createDispatch(
      fakeHandlers({
        openProject: async () => {
          throw new AppError('project.notJson');
        },
        openSample: async () => {
          throw new TypeError('secret stack');
        },
      }),
      log,
    );
    expect(await dispatch('openProject', undefined)).toEqual({ ok: false, error: { code: 'project.notJson' } });
    expect(await dispatch('openSample', undefined)).toEqual({ ok: false, error: { code: 'internal' } });
    expect(log).toHaveBeenCalledOnce();
  });

  it('registers every channel and refuses senders the resolver rejects', async () => {
    const handle = vi.fn();
    registerIpcHandlers({ handle }, () => null);
    expect(handle.mock.calls.map((c) => c[0]).sort()).toEqual([...CHANNELS].sort());
    expect(await handle.mock.calls[0]![1]({ sender: { id: 1 } }, undefined)).toMatchObject({ ok: false });
  });
});

describe('app handlers', () => {
  it('saves to the path main chose, then saves again to the same path without asking', async () => {
    const tmp = await tempDir();
    try {
      const chooseSavePath = vi.fn(async () => tmp.path('mine'));
      const work = localWindowWork();
      const handlers = createAppHandlers({
        samplePath: SAMPLE_PATH,
        userDataDir: tmp.path('user'),
        chooseOpenPath: async () => tmp.path('mine.awb'),
        chooseSavePath,
        setDocumentState: vi.fn(),
        closeWindow: vi.fn(),
        sendProgress: vi.fn(),
        renderPdf: vi.fn(async () => Buffer.from('%PDF-')),
        work,
      });
      const page = pageApi(createDispatch(handlers), pageLink(work));
      const { workbook } = await page.openSample();
      expect(await page.saveProject({ workbook, title: workbook.title, saveAs: false })).toEqual({ fileName: 'mine.awb' });
      expect(chooseSavePath).toHaveBeenCalledWith('project', '산업혁신기반구축사업 2026.awb');
      expect(await page.saveProject({ workbook: { ...workbook, title: 'v2' }, title: 'v2', saveAs: false })).toEqual({
        fileName: 'mine.awb',
      });
      expect(chooseSavePath).toHaveBeenCalledOnce();
      expect((await page.openProject())!.workbook.title).toBe('v2');
      chooseSavePath.mockResolvedValueOnce(null as never);
      expect(await page.saveProject({ workbook, title: workbook.title, saveAs: true })).toBeNull();
    } finally {
      await tmp.cleanup();
    }
  });
});

describe('close guard', () => {
  it('lets a clean window close, asks for a dirty one, and honours each answer', async () => {
    const deps = { ask: vi.fn(), sendCommand: vi.fn(), close: vi.fn() };
    const guard = createCloseGuard(deps);
    const clean = { preventDefault: vi.fn() };
    void guard.onClose(clean);
    expect(clean.preventDefault).not.toHaveBeenCalled();

    guard.setState({ title: 'a', dirty: true, lang: 'en' });
    deps.ask.mockResolvedValueOnce('cancel');
    const e1 = { preventDefault: vi.fn() };
    await guard.onClose(e1);
    expect(e1.preventDefault).toHaveBeenCalled();
    expect(deps.ask).toHaveBeenCalledWith('en', 'a');
    expect(deps.close).not.toHaveBeenCalled();

    deps.ask.mockResolvedValueOnce('discard');
    await guard.onClose({ preventDefault: vi.fn() });
    expect(deps.close).toHaveBeenCalledOnce();
    const after = { preventDefault: vi.fn() };
    void guard.onClose(after);
    expect(after.preventDefault).not.toHaveBeenCalled();
  });
});
