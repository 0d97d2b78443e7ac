/**
 * The budget book end to end in Chromium: import a year, then the next ones, pairing a move and a renamed 소관;
 * collapse the tree, search, switch stage and see 국회 증감; project a 세부사업 and chart it; save, reopen,
 * and brief the stage shown.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { writeBook } from '../budget/budget-files';
import { writeFile } from 'node:fs/promises';
import type { Series, Workbook } from '../../core/types';
import { blankWorkbook } from '../../core/workbook-diff';
import { serializeProject } from '../../core/workbook-schema';
import { cell, e2eAvailability, editCell, exportBriefing, keyToFrame, openApp, timeToRedraw, useAppSession } from './harness';
import { HEADER_ROW } from '../../electron/handlers/briefing/briefing-plan';

const available = e2eAvailability();

/** The row id of the first series-table row showing `name`. */
async function rowId(page: Page, name: string): Promise<string> {
  const nameCell = page.getByTestId('series-table').locator('.ag-cell[col-id="name"]', { hasText: name }).first();
  await nameCell.waitFor();
  return (await nameCell.locator('xpath=ancestor::div[contains(@class, "ag-row")][1]').getAttribute('row-id'))!;
}

const shownRows = (page: Page) => page.getByTestId('series-table').locator('.ag-cell[col-id="name"]').count();

describe.runIf(available.run)('a budget book in Chromium', () => {
  const session = useAppSession(available.run ? { viewport: { width: 1280, height: 720 } } : {});

  it('three yearly downloads become one tree with both stages; pairings, tree, stages, projection, save, reopen and brief', async () => {
    const { page } = session.app;
    await page.getByTestId('new-button').click();
    await expect.poll(() => page.getByTestId('series-empty').count()).toBe(1);
    const importYear = async (year: number, format: 'utf8' | 'cp949' | 'xlsx') => {
      const path = session.tmp.path(`세부사업_${year}.${format === 'xlsx' ? 'xlsx' : 'csv'}`);
      await writeBook(path, year, format);
      session.app.openPaths.push(path);
      await page.getByTestId('import-button').click();
      await page.getByTestId('import-budget').waitFor();
      expect(await page.getByTestId('import-target-budget').isChecked()).toBe(true);
    };

    // 2024: the tree as detected (소관 › 프로그램 › 단위사업 › 세부사업), both stages, 천원 → 억원.
    await importYear(2024, 'cp949');
    expect(await page.getByTestId('budget-levels').locator('.level-name').allTextContents()).toEqual([
      '소관명',
      '프로그램명',
      '단위사업명',
      '세부사업명',
    ]);
    await expect.poll(() => page.getByTestId('budget-summary').textContent()).toContain('새 시리즈 10개');
    expect(await page.getByTestId('import-dialog').textContent()).toContain('천원 → 억원');
    await page.getByTestId('import-apply').click();
    await expect.poll(() => page.getByTestId('stage-select').inputValue()).toBe('정부안');
    const item = await rowId(page, '연구기반센터운영');
    expect(await cell(page, 'series-table', item, '2024').textContent()).toBe('603.21');

    // 2025: 기술사업화지원 moved under another 단위사업. Suggested, ticked, applied: the history stays one series.
    await importYear(2025, 'utf8');
    await page.getByTestId('budget-pairing').first().waitFor();
    expect(await page.getByTestId('budget-pairings').textContent()).toContain('기술사업화지원');
    await page.getByTestId('budget-pairing').first().check();
    await expect.poll(() => page.getByTestId('budget-summary').textContent()).toContain('새 시리즈 0개');
    await page.getByTestId('import-apply').click();
    await expect.poll(() => page.getByTestId('notice-info').last().textContent()).toContain('짝 1개');

    // 2026: the 소관 renamed (산업통상자원부 → 산업통상부), downloaded before the vote.
    await importYear(2026, 'xlsx');
    await expect.poll(() => page.getByTestId('budget-pairings').textContent()).toContain('산업통상자원부 → 산업통상부');
    expect(await page.getByTestId('budget-undecided').textContent()).toContain('2026년 국회확정');
    await page.getByTestId('budget-pairing').first().check();
    await expect.poll(() => page.getByTestId('budget-summary').textContent()).toContain('새 시리즈 0개');
    await page.screenshot({ path: 'test-results/screens/budget-import-1280.png' });
    await page.getByTestId('import-apply').click();
    await expect.poll(() => page.getByTestId('import-dialog').count()).toBe(0);
    const ministry = await rowId(page, '산업통상부');
    expect(await page.getByTestId('series-table').textContent()).not.toContain('산업통상자원부');
    const moved = await rowId(page, '기술사업화지원');
    for (const year of ['2024', '2025', '2026']) expect(await cell(page, 'series-table', moved, year).textContent()).not.toBe('');

    // The tree: collapse the 소관, expand all, a level limit, a search by name.
    const all = await shownRows(page);
    expect(all).toBe(11);
    await cell(page, 'series-table', ministry, 'name').getByTestId('tree-toggle').click();
    await expect.poll(() => shownRows(page)).toBe(1);
    await page.getByTestId('expand-all').click();
    await expect.poll(() => shownRows(page)).toBe(all);
    await page.getByTestId('series-level').selectOption('1');
    await expect.poll(() => shownRows(page)).toBe(3);
    await page.getByTestId('series-level').selectOption('');
    await page.getByTestId('series-search').fill('연구기반');
    await expect.poll(() => page.getByTestId('series-search-count').textContent()).toContain('1');
    await expect.poll(() => shownRows(page)).toBe(4);
    await page.getByTestId('series-search').fill('');

    // Stages: 국회확정 2026 is not decided (empty, not 0); 국회 증감 = 확정 − 정부안.
    await page.getByTestId('stage-select').selectOption('국회확정');
    const assembly = await rowId(page, '연구기반센터운영');
    expect(assembly).not.toBe(item);
    await expect.poll(() => cell(page, 'series-table', assembly, '2025').textContent()).toBe('637.51');
    expect(await cell(page, 'series-table', assembly, '2026').textContent()).toBe('');
    await page.screenshot({ path: 'test-results/screens/budget-tree-1280.png' });
    await page.getByTestId('stage-select').selectOption({ label: '국회 증감' });
    await expect.poll(() => cell(page, 'series-table', item, '2025').textContent()).toBe('-7.3');
    // Both stages side by side, each year with its change; the undecided 2026 of 국회확정 empty, its change too.
    await page.getByTestId('stage-select').selectOption({ label: '정부안 · 국회확정 나란히' });
    await expect.poll(() => cell(page, 'series-table', item, '2025:0').textContent()).toBe('644.81');
    expect(await cell(page, 'series-table', item, '2025:1').textContent()).toBe('637.51');
    expect(await cell(page, 'series-table', item, '2025:2').textContent()).toBe('-7.3');
    expect(await cell(page, 'series-table', item, '2026:1').textContent()).toBe('');
    expect(await cell(page, 'series-table', item, '2026:2').textContent()).toBe('');
    // Read-only: a value is typed in one stage's view.
    await cell(page, 'series-table', item, '2025:0').dblclick();
    expect(await page.locator('[data-testid="series-table-editor"].open').count()).toBe(0);
    // The import notices closed, as a user would, before the picture.
    while ((await page.locator('.notice-close').count()) > 0) await page.locator('.notice-close').first().click();
    await page.screenshot({ path: 'test-results/screens/budget-side-1280.png' });
    if (process.env.UPDATE_SCREENSHOTS === '1') await page.screenshot({ path: 'assets/budget-book.png' });
    await page.getByTestId('stage-select').selectOption('국회확정');

    // Project the 세부사업 (국회확정) and chart it.
    await cell(page, 'series-table', assembly, 'name').click();
    await page.getByTestId('new-scenario').click();
    await expect.poll(() => page.getByTestId('budget-grid').locator('.ag-row[row-id^="p-"]').count()).toBeGreaterThan(0);
    await page.getByTestId('projection-chart').waitFor();

    // Save, reopen: the stage shown, the pairings and the tree come back.
    const saved = session.tmp.path('예산서.awb');
    session.app.savePaths.push(saved);
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('dirty-marker').count()).toBe(0);
    await session.app.sendCommand('openSample');
    await expect.poll(() => page.getByTestId('stage-select').count()).toBe(0);
    session.app.openPaths.push(saved);
    await page.getByTestId('open-button').click();
    await expect.poll(() => page.getByTestId('stage-select').inputValue()).toBe('국회확정');
    expect(await cell(page, 'series-table', assembly, '2025').textContent()).toBe('637.51');

    // The saved book as the analyst sees it at the other sizes and in English, stages side by side.
    for (const [lang, width, height] of [
      ['ko', 1024, 768],
      ['en', 1024, 768],
      ['en', 1280, 720],
      ['ko', 1440, 920],
    ] as const) {
      const other = await openApp({ lang, viewport: { width, height }, pendingPath: saved });
      const select = other.page.getByTestId('stage-select');
      await expect.poll(() => select.inputValue()).toBe('국회확정');
      await select.selectOption({ index: 3 });
      await expect.poll(() => cell(other.page, 'series-table', item, '2025:1').textContent()).toBe('637.51');
      expect(await other.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
      await other.page.screenshot({ path: `test-results/screens/budget-side-${width}x${height}-${lang}.png` });
      await other.close();
    }

    // The briefing's series sheet is the stage shown, groups as SUM formulas of their children.
    const book = await exportBriefing(session.app, session.tmp.path('브리핑.xlsx'));
    const sheet = book.worksheets.find((w) => w.name.includes('시리즈'))!;
    const names = Array.from({ length: sheet.rowCount + 1 }, (_, n) => (n === 0 ? '' : sheet.getRow(n).getCell(1).text));
    // One tree, of the stage shown: 11 rows under the header, then a gap (the change rows below repeat them), 국회확정's figures.
    const table = names.slice(HEADER_ROW + 1, names.indexOf('', HEADER_ROW + 1));
    expect(table.slice(0, 11)).toEqual([
      '산업통상부',
      '산업기술지원',
      '산업기술기반조성',
      '산업혁신기반구축(AI)',
      '연구기반센터운영',
      '기술사업화지원',
      '산업기술개발',
      '소재부품기술개발',
      '에너지산업',
      '에너지기술',
      '에너지기술개발',
    ]);
    expect(table).toHaveLength(11);
    const first = names.indexOf('연구기반센터운영');
    const header = sheet.getRow(HEADER_ROW);
    let col2025 = 0;
    header.eachCell((c, i) => c.text === '2025' && (col2025 = i));
    expect(col2025).toBeGreaterThan(0);
    const value = sheet.getRow(first).getCell(col2025).value;
    expect(typeof value === 'number' ? value : (value as { result?: number }).result).toBeCloseTo(637.51, 6);
    const group = sheet.getRow(names.indexOf('산업기술기반조성')).getCell(col2025).value as { formula?: string };
    expect(group.formula).toMatch(/^SUM\(/);
  });
});

/** A whole government's book: 20 소관 × 25 단위사업 × 19 세부사업 in two stages (20,040 series), ten years each. */
function governmentBook(): Workbook {
  const series: Series[] = [];
  const make = (id: string, name: string, parentId: string | null, stage: string, leaf: boolean, k = 0): Series => ({
    id,
    name,
    unit: '억원',
    parentId,
    note: '',
    baselineScenarioId: null,
    stage,
    points: leaf ? Array.from({ length: 10 }, (_, y) => ({ year: 2017 + y, value: 100 + k + y * 3, note: '' })) : [],
  });
  for (const stage of ['정부안', '국회확정'])
    for (let m = 0; m < 20; m++) {
      const mid = `${stage}-m${m}`;
      series.push(make(mid, `부처${m}`, null, stage, false));
      for (let u = 0; u < 25; u++) {
        const uid = `${mid}-u${u}`;
        series.push(make(uid, `단위사업${m}-${u}`, mid, stage, false));
        for (let i = 0; i < 19; i++)
          series.push(make(`${uid}-i${i}`, m + u + i === 0 ? '측정사업' : `세부사업${m}-${u}-${i}`, uid, stage, true, i));
      }
    }
  return { ...blankWorkbook('정부 예산서'), series, chart: { seriesIds: [] } };
}

describe.runIf(available.run)('a whole government’s book in Chromium', () => {
  const session = useAppSession(available.run ? { viewport: { width: 1280, height: 720 } } : {});

  it('reports edit → sums and chart time at 20,000 series', async () => {
    const { page } = session.app;
    const book = governmentBook();
    expect(book.series.length).toBeGreaterThanOrEqual(20_000);
    const path = session.tmp.path('정부.awb');
    await writeFile(path, serializeProject(book));
    session.app.openPaths.push(path);
    await page.getByTestId('open-button').click();
    await expect.poll(() => page.getByTestId('stage-select').inputValue()).toBe('정부안');
    const leaf = '정부안-m0-u0-i0';
    await cell(page, 'series-table', leaf, 'name').click();
    await expect.poll(() => cell(page, 'budget-grid', 'a-2026', 'value').textContent()).toBe('127');
    // `npm run bench -- edit` asks for more edits and a report file; a test run times a few.
    const edits = Number(process.env.AW_EDIT_SAMPLES ?? 5);
    const times: number[] = [];
    // AW_PROFILE=FILE writes the page's CPU profile of the timed edits (to see where a frame goes).
    const cdp = process.env.AW_PROFILE ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    for (let i = 0; i < edits; i++)
      times.push(await timeToRedraw(page, () => editCell(page, 'budget-grid', 'a-2026', 'value', String(200 + i))));
    if (cdp) await writeFile(process.env.AW_PROFILE!, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    // Every edit reached the sums: the 단위사업 and the 소관 add the last value.
    const last = 200 + edits - 1;
    const unitSum = Array.from({ length: 19 }, (_, i) => 100 + i + 27).reduce((a, b) => a + b, 0) - 127 + last;
    await expect.poll(() => cell(page, 'series-table', '정부안-m0-u0', '2026').textContent()).toBe(unitSum.toLocaleString('en-US'));
    const idle: number[] = [];
    for (let i = 0; i < edits; i++) idle.push(await keyToFrame(page));
    if (process.env.AW_BOOK_REPORT) await writeFile(process.env.AW_BOOK_REPORT, JSON.stringify({ times, idle }));
    expect(times).toHaveLength(edits);
  });
});
