/** Tables from 한/글 documents end to end: drop a .hwp, pick a table from the picker, import it as series. */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cell, e2eAvailability, openApp, useAppSession } from './harness';

const available = e2eAvailability();
const own = (name: string) => fileURLToPath(new URL(`../fixtures/documents/${name}`, import.meta.url));
const FISCAL = fileURLToPath(new URL('../../../shared/fixtures/documents/통합재정통계_2010-11.hwp', import.meta.url));
// On CI the real documents must be there; elsewhere their absence is a clear skip.
if (!existsSync(FISCAL) && process.env.CI === 'true') throw new Error(`the document corpus is required on CI: ${FISCAL} does not exist`);
if (!existsSync(FISCAL)) console.warn(`\n[document corpus] SKIPPED the fiscal statistics test: ${FISCAL} does not exist\n`);

/** Drops a file on the window the way a user does (its path comes from the harness, as preload gives it). */
async function drop(page: Page, name: string): Promise<void> {
  await page.evaluate((n) => {
    const dt = new DataTransfer();
    dt.items.add(new File(['x'], n));
    document.querySelector('.app')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, name);
}

describe.runIf(available.run)('한/글 documents in Chromium', () => {
  const session = useAppSession();

  it('drops a press release, lists its tables (figures first, layout boxes last), previews the picked one, imports it as series', async () => {
    const { page } = session.app;
    session.app.droppedPaths['release.hwp'] = own('budget-release.hwp');
    await drop(page, 'release.hwp');
    const picker = page.getByTestId('table-picker');
    await picker.waitFor();
    expect(await picker.locator('.table-card').count()).toBe(5);
    expect(await picker.locator('.table-card.layout').count()).toBe(2);
    expect(await page.getByTestId('pick-표 2').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('import-dialog').textContent()).toContain('HWP');
    // Another table: its caption and its own unit.
    await page.getByTestId('pick-표 3').click();
    await expect.poll(() => page.getByTestId('import-preview').textContent()).toContain('투자액');
    // The unit and where it was read, on screen (not only in a tooltip).
    expect(await page.getByTestId('import-unit-1').textContent()).toMatch(/억달러 \((머리글|표 메모|항목 이름|메타정보 시트)\)/);
    await mkdir('test-results', { recursive: true });
    await page.getByTestId('import-dialog').screenshot({ path: 'test-results/table-picker.png' });
    if (process.env.UPDATE_SCREENSHOTS === '1') await page.getByTestId('import-dialog').screenshot({ path: 'assets/table-picker.png' });
    await page.getByTestId('pick-표 2').click();
    await expect.poll(() => page.getByTestId('import-preview').textContent()).toContain('계속과제');
    expect(await page.getByTestId('import-unit').inputValue()).toBe('백만원');
    await page.getByTestId('import-next').click();
    await expect.poll(() => page.getByTestId('import-diff').textContent()).toContain('+ 조정');
    await page.getByTestId('import-apply').click();
    // 신규과제 and 계속과제 are series of the workbook (in 억원): they are updated, converted; 조정 is new, in 백만원, △1,200 negative.
    await expect.poll(() => cell(page, 'series-table', 'series1', 'name').textContent()).toBe('조정');
    expect(await cell(page, 'series-table', 'series1', 'unit').textContent()).toBe('백만원');
    expect(await cell(page, 'series-table', 'series1', '2025').textContent()).toBe('-1,200');
    expect(await cell(page, 'series-table', 'continuing', '2026').textContent()).toBe('2,405');
    expect(await page.getByTestId('series-table').locator('.ag-row[row-id="series2"]').count()).toBe(0);
    await page.getByTestId('undo-button').click();
  });

  it.runIf(existsSync(FISCAL))('drops the fiscal statistics .hwp: a series per row for 2010 in 십억원, △ values negative', async () => {
    const { page } = session.app;
    session.app.droppedPaths['fiscal.hwp'] = FISCAL;
    await drop(page, 'fiscal.hwp');
    await page.getByTestId('table-picker').waitFor();
    expect(await page.getByTestId('pick-표 2').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('import-unit').inputValue()).toBe('십억원');
    // Figures to 2010.11 (누계/잠정): they go in as 2010, and the dialog says they are not the whole year.
    expect(await page.getByTestId('import-period').textContent()).toContain('2010.11월 누계 기준/잠정');
    // The 합계 column is ticked for every row but the sums of the rows under them; add 특별 회계 of 통합재정수지 (△18,308).
    await page.getByTestId('import-row-43').check();
    await page.getByTestId('import-next').click();
    await expect.poll(() => page.getByTestId('import-diff').textContent()).toContain('+ 통합재정수지 (A-B) · 합계');
    await page.getByTestId('import-apply').click();
    await expect.poll(() => cell(page, 'series-table', 'series7', 'name').textContent()).toBe('통합재정수지 (A-B) · 특별 회계');
    expect(await cell(page, 'series-table', 'series7', 'unit').textContent()).toBe('십억원');
    expect(await cell(page, 'series-table', 'series7', '2010').textContent()).toBe('-18,308');
    expect(await cell(page, 'series-table', 'series6', '2010').textContent()).toBe('21,802');
    await cell(page, 'series-table', 'series6', '2010').hover();
    await expect.poll(() => page.locator('.ag-tooltip').textContent()).toContain('기간: 2010.11월 누계 기준/잠정');
  });
  it('a picked table of an HWPX document keeps a preview with room at 1280×720 and 1440×920', async () => {
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1440, height: 920 },
    ]) {
      const app = await openApp({ viewport });
      try {
        const { page } = app;
        app.droppedPaths['release.hwpx'] = own('budget-release.hwpx');
        await drop(page, 'release.hwpx');
        const picker = page.getByTestId('table-picker');
        await picker.waitFor();
        // Tables with figures (layout boxes have no preview table of their own).
        const cards = picker.locator('.table-card:not(.layout)');
        expect(await cards.count()).toBeGreaterThan(1);
        for (let i = 0; i < (await cards.count()); i++) {
          await cards.nth(i).click();
          await expect.poll(() => cards.nth(i).getAttribute('aria-pressed')).toBe('true');
          // The preview never collapses under the picker and the options: several rows stay in view.
          const box = (await page.getByTestId('import-preview-scroll').boundingBox())!;
          expect(box.height, `${viewport.width}×${viewport.height} table ${i + 1}`).toBeGreaterThanOrEqual(120);
        }
        await page
          .getByTestId('import-dialog')
          .screenshot({ path: `test-results/screens/hwpx-preview-${viewport.width}x${viewport.height}.png` });
      } finally {
        await app.close();
      }
    }
  });

  it('취소 closes the dialog after a sheet without a table was picked', async () => {
    const { page } = session.app;
    session.app.openPaths.push(fileURLToPath(new URL('../fixtures/metadata-unit.xlsx', import.meta.url)));
    await page.getByTestId('import-button').click();
    const dialog = page.getByTestId('import-dialog');
    await dialog.waitFor();
    await page.getByTestId('import-sheet').selectOption('메타정보');
    await expect.poll(() => dialog.textContent()).toContain('메타정보');
    await dialog.getByRole('button', { name: '취소' }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});
