/** The workbook end to end in Chromium: sample, edits, live projection and chart, save/reopen, export, errors. */
import JSZip from 'jszip';
import iconv from 'iconv-lite';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseProjectText } from '../../core/workbook-schema';
import { saveProjectFile } from '../../electron/handlers/project-files';
import { SAMPLE_PATH as SAMPLE } from '../electron/helpers';
import { answer, cell, e2eAvailability, editCell, exportBriefing, fmt1, useAppSession } from './harness';

const available = e2eAvailability();

describe.runIf(available.run)('workbook in Chromium', () => {
  const session = useAppSession();

  const projected2030 = () => cell(session.app.page, 'budget-grid', 'p-2030', 'value');
  const chartLabel = () => session.app.page.getByTestId('projection-chart').getAttribute('aria-label');
  /** 2026 typed as 3,000 and the baseline's rate as 13%, as a user does. */
  const editBudget = async (rate = true) => {
    const { page } = session.app;
    await editCell(page, 'budget-grid', 'a-2026', 'value', '3,000');
    await expect.poll(() => cell(page, 'budget-grid', 'a-2026', 'value').textContent()).toBe('3,000');
    if (!rate) return;
    await page.getByTestId('rate-input').fill('13');
    await expect.poll(() => projected2030().textContent()).toBe(fmt1(3000 * 1.13 ** 4));
  };

  it('opens with the sample: the series table with its group, the selected series by year, projection to 2030, chart', async () => {
    const { page } = session.app;
    await expect.poll(() => page.getByTestId('doc-title').textContent()).toBe('산업혁신기반구축사업 2026');
    expect(await page.locator('#detail-title').textContent()).toContain('예산 총액');
    for (const [year, value] of [
      [2022, '1,615'],
      [2024, '1,910'],
      [2026, '2,685'],
    ] as const) {
      expect(await cell(page, 'budget-grid', `a-${year}`, 'value').textContent()).toBe(value);
    }
    expect(await cell(page, 'budget-grid', 'a-2026', 'change').textContent()).toBe('+11.5%');
    // 2,685 × 1.115⁴ = 4,149.96
    expect(await projected2030().textContent()).toBe('4,150.0');
    expect(await cell(page, 'budget-grid', 'p-2030', 'kind').textContent()).toBe('전망');
    expect(await page.getByTestId('rate-input').inputValue()).toBe('11.5');
    expect(await chartLabel()).toContain('예산 총액 · 반복 성장 11.5% 2030년 4,150.0억원');
    // The series table: the group's 2022 differs from its children's 1,672 and says so.
    expect(await cell(page, 'series-table', 'continuing', 'name').textContent()).toBe('계속과제');
    expect(await page.getByTestId('mismatch-count').textContent()).toContain('1개');
    expect(await page.getByTestId('dirty-marker').count()).toBe(0);
    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/workbook-sample.png' });
    // `npm run screenshot` refreshes the README's picture.
    if (process.env.UPDATE_SCREENSHOTS === '1') await page.screenshot({ path: 'assets/screenshot.png' });
  });

  it('editing 2026 updates the derived change, the projection in the grid and the chart at once', async () => {
    const { page } = session.app;
    await editCell(page, 'budget-grid', 'a-2026', 'value', '3,000');
    await expect.poll(() => cell(page, 'budget-grid', 'a-2026', 'value').textContent()).toBe('3,000');
    // 3,000 / 2,408 − 1 = 24.58%; the baseline scenario keeps its 11.5%: 2030 = 3,000 × 1.115⁴
    await expect.poll(() => cell(page, 'budget-grid', 'a-2026', 'change').textContent()).toBe('+24.6%');
    const expected = fmt1(3000 * 1.115 ** 4);
    await expect.poll(() => projected2030().textContent()).toBe(expected);
    await expect.poll(() => chartLabel()).toContain(`${expected}억원`);
    // The series table shows the same value.
    await expect.poll(() => cell(page, 'series-table', 'budget', '2026').textContent()).toBe('3,000');
    await expect.poll(() => page.getByTestId('dirty-marker').count()).toBe(1);
    expect(session.app.documentStates.at(-1)).toMatchObject({ dirty: true });
  });

  it('changing the rate and horizon redraws grid and chart', async () => {
    const { page } = session.app;
    await editBudget(false);
    await page.getByTestId('rate-input').fill('13');
    const expected = fmt1(3000 * 1.13 ** 4);
    await expect.poll(() => projected2030().textContent()).toBe(expected);
    await expect.poll(() => chartLabel()).toContain(`반복 성장 11.5% 2030년 ${expected}억원`);
    await page.getByTestId('horizon-input').fill('2032');
    await expect.poll(() => cell(page, 'budget-grid', 'p-2032', 'value').textContent()).toBe(fmt1(3000 * 1.13 ** 6));
    await expect.poll(() => chartLabel()).toContain('반복 성장 11.5% 2032년');
    await page.getByTestId('horizon-input').fill('2030');
    await expect.poll(() => page.getByTestId('budget-grid').locator('.ag-row[row-id="p-2032"]').count()).toBe(0);
  });

  it('refuses a non-number in a cell, keeps the old value and says what it reads', async () => {
    const { page } = session.app;
    await editCell(page, 'budget-grid', 'a-2025', 'value', '이천');
    await expect.poll(() => page.getByTestId('notice-error').last().textContent()).toContain('숫자로 읽을 수 없습니다');
    expect(await page.getByTestId('notice-error').last().textContent()).toContain('2,700억');
    await expect.poll(() => cell(page, 'budget-grid', 'a-2025', 'value').textContent()).toBe('2,408');
  });

  it('saves (Ctrl+S asks where the first time), then reopening restores the edit', async () => {
    const { page } = session.app;
    await editBudget();
    const path = session.tmp.path('내 예산.awb');
    session.app.savePaths.push(path);
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('dirty-marker').count()).toBe(0);
    await expect.poll(() => page.locator('.doc-title .muted').textContent()).toContain('내 예산.awb');
    const saved = JSON.parse(await readFile(path, 'utf8'));
    expect(saved.workbook.series[0].points.find((p: { year: number }) => p.year === 2026).value).toBe(3000);
    expect(saved.workbook.scenarios[0].method).toEqual({ kind: 'growth', rate: 0.13 });

    await session.app.sendCommand('openSample');
    await expect.poll(() => cell(page, 'budget-grid', 'a-2026', 'value').textContent()).toBe('2,685');
    session.app.openPaths.push(path);
    await page.getByTestId('open-button').click();
    await expect.poll(() => cell(page, 'budget-grid', 'a-2026', 'value').textContent()).toBe('3,000');
    expect(await page.getByTestId('rate-input').inputValue()).toBe('13.0');
    await expect.poll(() => projected2030().textContent()).toBe(fmt1(3000 * 1.13 ** 4));
  });

  it('edits the center list and its summary follows', async () => {
    const { page } = session.app;
    await page.getByTestId('tab-centers').click();
    await editCell(page, 'center-grid', 'c1', 'institution', '새 기관');
    await expect.poll(() => cell(page, 'center-grid', 'c1', 'institution').textContent()).toBe('새 기관');
    // c1's old institution also runs c19, so the distinct count goes from 28 to 29.
    await expect.poll(() => page.getByTestId('institution-count').textContent()).toBe('29');
    await page.getByTestId('add-center').click();
    await expect.poll(() => page.getByTestId('center-count').textContent()).toBe('31');
  });

  it('exports an xlsx that reads back with the edited numbers', async () => {
    const { page } = session.app;
    await editBudget();
    await page.getByTestId('tab-centers').click();
    await editCell(page, 'center-grid', 'c1', 'institution', '새 기관');
    await page.getByTestId('tab-series').click();
    const path = session.tmp.path('briefing.xlsx');
    const book = await exportBriefing(session.app, path);
    expect(book.getWorksheet('시리즈')!.getCell('G5').value).toBe(3000);
    expect(book.getWorksheet('전망')!.getCell('C15').result as number).toBeCloseTo(3000 * 1.13 ** 4, 9);
    expect(book.getWorksheet('센터 목록')!.getCell('B5').value).toBe('새 기관');
    // The app's chart went along as a 2× PNG on white.
    const zip = await JSZip.loadAsync(await readFile(path));
    const png = zip.file(/xl\/media\/aw-image\d+\.png/)[0]!;
    const bytes = await png.async('nodebuffer');
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const width = bytes.readUInt32BE(16);
    const cssWidth = await page.getByTestId('projection-chart').evaluate((c) => c.getBoundingClientRect().width);
    expect(width).toBe(Math.round(cssWidth * 2));
    // Kept for a person to look at, beside the screenshots: the picture carries its own legend.
    await mkdir('test-results', { recursive: true });
    await writeFile('test-results/briefing-chart.png', bytes);
  });

  it('exports the center grid as CP949 CSV (the encoding is a setting)', async () => {
    const { page } = session.app;
    await page.getByTestId('settings-button').click();
    await page.getByTestId('settings-csv-encoding').selectOption('cp949');
    await page.getByTestId('settings-dialog').getByRole('button', { name: '닫기' }).click();
    await page.getByTestId('tab-centers').click();
    await editCell(page, 'center-grid', 'c1', 'institution', '새 기관');
    const path = session.tmp.path('centers.csv');
    session.app.savePaths.push(path);
    await page.getByTestId('centers-csv').click();
    await expect.poll(() => page.getByTestId('notice-info').last().textContent()).toContain('centers.csv');
    const text = iconv.decode(await readFile(path), 'cp949');
    expect(text.split('\r\n')[1]).toContain('새 기관');
  });

  it('shows a clear message for a corrupt project and leaves the file alone', async () => {
    const { page } = session.app;
    await editBudget(false);
    await page.getByTestId('tab-centers').click();
    await editCell(page, 'center-grid', 'c1', 'institution', '새 기관');
    const bad = session.tmp.path('broken.awb');
    await writeFile(bad, '{"format":"analyst-workbook", "sche');
    session.app.openPaths.push(bad);
    // The document has unsaved center edits: opening asks first (저장 / 저장 안 함 / 취소).
    await page.getByTestId('open-button').click();
    expect(await page.getByTestId('confirm-dialog').textContent()).toContain('변경 내용을 저장할까요?');
    await answer(page, 'discard');
    await expect.poll(() => page.getByTestId('notice-error').last().textContent()).toContain('프로젝트 파일이 아닙니다');
    expect(await readFile(bad, 'utf8')).toBe('{"format":"analyst-workbook", "sche');
    await page.getByTestId('tab-series').click();
    await expect.poll(() => cell(page, 'budget-grid', 'a-2026', 'value').textContent()).toBe('3,000');
  });

  it('a long save shows its progress with Cancel, and Cancel leaves the file as it was', async () => {
    const { page } = session.app;
    const path = session.tmp.path('센터 30만.awb');
    const sample = parseProjectText(await readFile(SAMPLE, 'utf8'));
    const rows = Array.from({ length: 300_000 }, (_, i) => ({
      id: `c${i + 1}`,
      name: `센터 ${i + 1}`,
      institution: `기관 ${i % 900}`,
      region: '서울',
      field: '반도체',
      established: 2000 + (i % 26),
      equipment: i % 90,
    }));
    await saveProjectFile(path, { ...sample, centers: { illustrative: false, rows } });
    const before = await readFile(path);
    session.app.openPaths.push(path);
    await page.getByTestId('open-button').click();
    // The harness carries the 40 MB answer to the page over the DevTools protocol, far slower than Electron's IPC.
    await expect.poll(() => page.locator('.doc-title .muted').textContent()).toContain('센터 30만.awb');
    await page.keyboard.press('Control+s');
    const overlay = page.locator('[data-testid="work-progress"][data-task="save"]');
    await overlay.waitFor();
    expect(await overlay.textContent()).toContain('저장하는 중');
    await overlay.getByRole('button', { name: '취소' }).click();
    await expect.poll(() => page.getByTestId('notice-info').last().textContent()).toContain('취소했습니다. 바뀐 것은 없습니다.');
    expect((await readFile(path)).equals(before)).toBe(true);
  });

  it('switches to English, grids included', async () => {
    const { page } = session.app;
    await page.getByTestId('language-toggle').click();
    await expect.poll(() => page.locator('#detail-title').textContent()).toContain('By year');
    await expect.poll(() => cell(page, 'budget-grid', 'p-2030', 'kind').textContent()).toBe('Projected');
    await page.getByTestId('language-toggle').click();
    await expect.poll(() => page.locator('#detail-title').textContent()).toContain('연도별 상세');
  });
});
