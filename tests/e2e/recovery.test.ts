/** Never lose work, in Chromium: journal and recovery after a crash, named versions, .awb dropped to open, recent files, external changes. */
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PATH } from '../electron/helpers';
import { answer, cell, closeBrowser, e2eAvailability, editCell, openApp } from './harness';

const available = e2eAvailability();

describe.runIf(available.run)('never lose work in Chromium', () => {
  let dir: string;
  let userData: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aw-e2e-recovery-'));
    userData = join(dir, 'user');
  });
  afterAll(async () => {
    await closeBrowser();
    await rm(dir, { recursive: true, force: true });
  });

  it('journals unsaved edits and offers them after a crash, with what differs from the saved file', async () => {
    const file = join(dir, '예산.awb');
    await copyFile(SAMPLE_PATH, file);
    const first = await openApp({ userDataDir: userData, pendingPath: file });
    await expect.poll(() => first.page.locator('.doc-title .muted').textContent()).toContain('예산.awb');
    await editCell(first.page, 'budget-grid', 'a-2026', 'value', '3,000');
    // The journal appears in the user-data folder, never beside the user's file.
    // (How soon is the journal's timer, JOURNAL_DELAY_MS after the last edit: tests never assert on time.)
    // Waits for the journal itself, not its temporary file: a "crash" while the journal is being written
    // leaves only the temp (removed as an orphan on the next start), and nothing to recover.
    await expect
      .poll(async () => (await readdir(join(userData, 'recovery')).catch(() => [] as string[])).filter((f) => f.endsWith('.awb-recovery')))
      .toHaveLength(1);
    expect(await readdir(dir)).toEqual(['user', '예산.awb']);
    // "Crash": the page goes away without closing the document.
    await first.close();

    const second = await openApp({ userDataDir: userData, waitFor: 'start' });
    const dialog = second.page.getByTestId('recovery-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('원래 파일: 예산.awb');
    expect(await second.page.getByTestId('workbook-diff').textContent()).toContain('2026년 2,685 → 3,000');
    await second.page.getByTestId('recovery-restore').click();
    await expect.poll(() => cell(second.page, 'budget-grid', 'a-2026', 'value').textContent()).toBe('3,000');
    expect(await second.page.getByTestId('dirty-marker').count()).toBe(1);
    // Saving writes the original file; the journal goes away.
    await second.page.keyboard.press('Control+s');
    await expect.poll(() => second.page.getByTestId('dirty-marker').count()).toBe(0);
    await expect.poll(() => readdir(join(userData, 'recovery'))).toEqual([]);
    await second.close();
  });

  it('keeps named versions in the file: save, compare with now, restore as one undoable step', async () => {
    const app = await openApp({ userDataDir: join(dir, 'user-versions') });
    const { page } = app;
    await page.getByTestId('versions-button').click();
    await page.getByTestId('version-label').fill('제출본 11/20');
    await page.getByTestId('version-save').click();
    await expect.poll(() => page.getByTestId('version-list').textContent()).toContain('제출본 11/20');
    await page.getByTestId('versions-dialog').getByRole('button', { name: '닫기' }).click();
    await editCell(page, 'budget-grid', 'a-2026', 'value', '2,900');
    await editCell(page, 'budget-grid', 'a-2026', 'note', '국회 확정');
    await page.getByTestId('rate-input').fill('12');
    await page.getByTestId('versions-button').click();
    const id = (await page
      .getByTestId('version-list')
      .locator('[data-testid^="version-compare-"]')
      .first()
      .getAttribute('data-testid'))!.replace('version-compare-', '');
    await page.getByTestId(`version-compare-${id}`).click();
    const diff = (await page.getByTestId('versions-dialog').getByTestId('workbook-diff').textContent())!;
    expect(diff).toContain('2026년 2,685 → 2,900');
    // Fields that are not numbers show old → new too: a year's note and the scenario's method.
    expect(diff).toMatch(/2026년 비고: .+ → 국회 확정/);
    expect(diff).toContain('방법: 반복 성장 +11.5% → 반복 성장 +12.0%');
    await page.getByTestId(`version-restore-${id}`).click();
    await page.getByTestId('versions-dialog').getByRole('button', { name: '닫기' }).click();
    await expect.poll(() => cell(page, 'budget-grid', 'a-2026', 'value').textContent()).toBe('2,685');
    await page.getByTestId('undo-button').click();
    await expect.poll(() => cell(page, 'budget-grid', 'a-2026', 'value').textContent()).toBe('2,900');
    // Versions are saved with the project.
    const path = join(dir, 'versions.awb');
    app.savePaths.push(path);
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('dirty-marker').count()).toBe(0);
    const { readFile } = await import('node:fs/promises');
    expect(JSON.parse(await readFile(path, 'utf8')).workbook.versions[0].label).toBe('제출본 11/20');
    await app.close();
  });

  it('an .awb dropped on the window opens it (not import); the start screen lists recent files', async () => {
    const user = join(dir, 'user-drop');
    const app = await openApp({ userDataDir: user });
    const file = join(dir, '드롭.awb');
    await copyFile(SAMPLE_PATH, file);
    app.droppedPaths['드롭.awb'] = file;
    await app.page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['x'], '드롭.awb'));
      document.querySelector('.app')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => app.page.locator('.doc-title .muted').textContent()).toContain('드롭.awb');
    expect(await app.page.getByTestId('import-dialog').count()).toBe(0);
    await app.close();

    // Later: the start screen, not the sample; a missing file is marked and can be removed.
    const gone = join(dir, '사라질.awb');
    await copyFile(SAMPLE_PATH, gone);
    const again = await openApp({ userDataDir: user, pendingPath: gone });
    await again.close();
    await rm(gone);
    const later = await openApp({ userDataDir: user, waitFor: 'start' });
    const list = later.page.getByTestId('recent-list');
    await expect.poll(() => list.textContent()).toContain('드롭.awb');
    expect(await list.locator('li').first().textContent()).toContain('찾을 수 없음');
    // The label's particle follows the file name's last sound: ‘…awb’를.
    await later.page.getByRole('button', { name: '‘사라질.awb’를 최근 파일 목록에서 뺍니다' }).click();
    await expect.poll(() => list.locator('li').count()).toBe(1);
    await later.page.getByTestId('recent-0').click();
    await expect.poll(() => later.page.locator('.doc-title .muted').textContent()).toContain('드롭.awb');
    await later.close();
  });

  it('saving over a file another program changed asks first: overwrite, save as, or cancel', async () => {
    const file = join(dir, '공유.awb');
    await copyFile(SAMPLE_PATH, file);
    const app = await openApp({ userDataDir: join(dir, 'user-shared'), pendingPath: file });
    await expect.poll(() => app.page.locator('.doc-title .muted').textContent()).toContain('공유.awb');
    await editCell(app.page, 'budget-grid', 'a-2026', 'value', '2,800');
    await writeFile(file, (await (await import('node:fs/promises')).readFile(SAMPLE_PATH, 'utf8')).replace('2026', '2026 '));
    await app.page.keyboard.press('Control+s');
    expect(await app.page.getByTestId('confirm-dialog').textContent()).toContain('다른 프로그램이 파일을 바꿨습니다');
    await answer(app.page, 'overwrite');
    await expect.poll(() => app.page.getByTestId('dirty-marker').count()).toBe(0);
    const { readFile } = await import('node:fs/promises');
    expect(JSON.parse(await readFile(file, 'utf8')).workbook.series[0].points.at(-1).value).toBe(2800);
    await app.close();
  });
});
