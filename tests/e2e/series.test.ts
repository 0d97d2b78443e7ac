/** A workbook of one's own, end to end: new workbook, properties, series typed and imported, a projection, two series in the chart, save/reopen, briefing. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { libreOfficeAvailable, recalculatedSheets } from '../electron/libreoffice';
import { answer, cell, e2eAvailability, editCell, exportBriefing, fmt1, useStorySession } from './harness';

const available = e2eAvailability();
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const thisYear = new Date().getFullYear();

// A story in steps on one window: a blank workbook gets series, an import, scenarios, a save and a briefing.
describe.runIf(available.run)('a workbook of many series in Chromium, step by step', () => {
  const session = useStorySession();

  it('starts a blank workbook with its own properties', async () => {
    const { page } = session.app;
    await page.getByTestId('new-button').click();
    await page.getByTestId('series-empty').waitFor();
    expect(await page.getByTestId('doc-title').textContent()).toBe('새 통합문서');
    // Not the sample: a new workbook says it is not saved yet.
    expect(await page.locator('.doc-title .muted').textContent()).toBe('저장하지 않은 통합문서');
    await page.getByTestId('props-button').click();
    await page.getByTestId('props-title').fill('AI 인프라 예산 검토');
    await page.getByTestId('props-programme').fill('산업혁신기반구축사업');
    await page.getByTestId('props-source').fill('부처 예산서 2026');
    await page.getByTestId('props-unit').fill('억원');
    await page.getByTestId('props-apply').click();
    await expect.poll(() => page.getByTestId('doc-title').textContent()).toBe('AI 인프라 예산 검토');
    expect(await page.locator('.statusbar').textContent()).toContain('부처 예산서 2026');
  });

  it('adds two series and types their values, in their own units', async () => {
    const { page } = session.app;
    await page.getByTestId('add-series').click();
    await expect.poll(() => cell(page, 'series-table', 'series1', 'name').textContent()).toBe('새 시리즈');
    await editCell(page, 'series-table', 'series1', 'name', '총예산');
    // A new series in a workbook without years starts with the five years up to this one, empty; its chart
    // shows no axes until a value is typed.
    await expect.poll(() => page.getByTestId('budget-grid').locator('.ag-row').count()).toBe(5);
    expect(await cell(page, 'budget-grid', `a-${thisYear - 4}`, 'year').textContent()).toBe(String(thisYear - 4));
    await page.locator('.chart-empty').waitFor();
    // 이전 연도 추가 adds the year before the first.
    await page.getByRole('button', { name: '이전 연도 추가' }).click();
    await expect.poll(() => cell(page, 'budget-grid', `a-${thisYear - 5}`, 'year').count()).toBe(1);
    await editCell(page, 'budget-grid', `a-${thisYear - 1}`, 'value', '2,400');
    await editCell(page, 'budget-grid', `a-${thisYear}`, 'value', '0.27조');
    await expect.poll(() => cell(page, 'series-table', 'series1', String(thisYear)).textContent()).toBe('2,700');

    await page.getByTestId('add-series').click();
    await expect.poll(() => cell(page, 'series-table', 'series2', 'name').textContent()).toBe('새 시리즈');
    await editCell(page, 'series-table', 'series2', 'name', '참여 연구인력');
    await editCell(page, 'series-table', 'series2', 'unit', '명');
    await editCell(page, 'series-table', 'series2', String(thisYear), '1,250');
    await expect.poll(() => cell(page, 'series-table', 'series2', String(thisYear)).textContent()).toBe('1,250');
    // A money amount cannot go into a series counted in people.
    await editCell(page, 'series-table', 'series2', String(thisYear), '300억');
    await expect.poll(() => page.getByTestId('notice-error').last().textContent()).toContain('이 시리즈의 단위(명)로 바꿀 수 없습니다');
    // The editor stays open with what was typed; Escape leaves the cell as it was.
    await page.keyboard.press('Escape');
    expect(await cell(page, 'series-table', 'series2', String(thisYear)).textContent()).toBe('1,250');
  });

  it('imports a table as series, under a group made from its totals row', async () => {
    const { page } = session.app;
    session.app.openPaths.push(fixture('series-years-in-columns.xlsx'));
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-dialog').waitFor();
    await page.getByTestId('import-totals-parent').check();
    await page.getByTestId('import-next').click();
    await expect.poll(() => page.getByTestId('import-diff').textContent()).toContain('+ 합계');
    await page.getByTestId('import-apply').click();
    // 합계 (series3) is the group of 기반구축 (series4) and 신규과제 (series5); its values are the file's totals row.
    await expect.poll(() => cell(page, 'series-table', 'series4', 'name').textContent()).toBe('기반구축');
    expect(await cell(page, 'series-table', 'series3', 'name').textContent()).toBe('합계');
    expect(await cell(page, 'series-table', 'series4', 'name').getAttribute('class')).toContain('depth-1');
    expect(await cell(page, 'series-table', 'series3', '2022').textContent()).toBe('173,500');
    // The file's totals row for 2023 (193,900) is what its rows add up to (196,900 − 3,000): no mismatch.
    expect(await page.getByTestId('mismatch-count').count()).toBe(0);
  });

  it('projects one series and shows two series of different units in the chart', async () => {
    const { page } = session.app;
    await cell(page, 'series-table', 'series1', 'name').click();
    await page.getByTestId('no-scenarios').waitFor();
    await page.getByTestId('new-scenario').click();
    await page.getByTestId('rate-input').fill('10');
    await page.getByTestId('horizon-input').fill(String(thisYear + 4));
    await expect.poll(() => cell(page, 'budget-grid', `p-${thisYear + 4}`, 'value').textContent()).toBe(fmt1(2700 * 1.1 ** 4));
    await page.getByTestId('chart-pick').click();
    await page.getByTestId('plot-series1').check();
    await page.getByTestId('plot-series2').check();
    const label = () => page.getByTestId('projection-chart').getAttribute('aria-label');
    await expect.poll(label).toContain(`총예산 · 시나리오 1 ${thisYear + 4}년 ${fmt1(2700 * 1.1 ** 4)}억원`);
    expect(await label()).toContain('참여 연구인력');
    // Two units, two axes: never one axis for 억원 and 명.
    expect(await page.getByTestId('projection-chart').getAttribute('data-axes')).toBe('억원|명');
  });

  it('saves and reopens with every series, group, unit, scenario and the chart’s series', async () => {
    const { page } = session.app;
    const path = session.tmp.path('내 통합문서.awb');
    session.app.savePaths.push(path);
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('dirty-marker').count()).toBe(0);
    const saved = JSON.parse(await readFile(path, 'utf8')).workbook;
    expect(saved.series.map((s: { name: string; unit: string; parentId: string | null }) => [s.name, s.unit, s.parentId])).toEqual([
      ['총예산', '억원', null],
      ['참여 연구인력', '명', null],
      ['합계', '백만원', null],
      ['기반구축', '백만원', 'series3'],
      ['신규과제', '백만원', 'series3'],
    ]);
    expect(saved.chart.seriesIds).toEqual(['series1', 'series2']);
    await session.app.sendCommand('openSample');
    await expect.poll(() => page.getByTestId('doc-title').textContent()).toBe('산업혁신기반구축사업 2026');
    session.app.openPaths.push(path);
    await page.getByTestId('open-button').click();
    await expect.poll(() => page.getByTestId('doc-title').textContent()).toBe('AI 인프라 예산 검토');
    expect(await cell(page, 'series-table', 'series2', 'unit').textContent()).toBe('명');
  });

  it.runIf(libreOfficeAvailable())('exports a briefing whose recalculated projections match the app for each series', async () => {
    const { page } = session.app;
    // A scenario on an imported series too.
    await cell(page, 'series-table', 'series4', 'name').click();
    await page.getByTestId('new-scenario').click();
    await page.getByTestId('rate-input').fill('5');
    await page.getByTestId('horizon-input').fill('2029');
    await expect.poll(() => cell(page, 'budget-grid', 'p-2029', 'value').textContent()).toBe(fmt1(268500 * 1.05 ** 3));
    const path = session.tmp.path('briefing.xlsx');
    const book = await exportBriefing(session.app, path);
    expect(book.getWorksheet('시리즈')!.getColumn(1).values).toContain('총예산');
    const sheets = await recalculatedSheets(path, session.tmp.path('lo'));
    const proj = sheets['전망']!;
    const valueAt = (series: string, year: number) => {
      const title = proj.findIndex((r) => r[0]?.startsWith(`${series} (`));
      const row = proj.slice(title + 2).find((r) => r[0] === String(year))!;
      return Number(row[2]);
    };
    expect(valueAt('총예산', thisYear + 4)).toBeCloseTo(2700 * 1.1 ** 4, 6);
    expect(valueAt('기반구축', 2029)).toBeCloseTo(268500 * 1.05 ** 3, 6);
  });

  it('a new workbook with unsaved changes asks first', async () => {
    const { page } = session.app;
    await page.getByTestId('new-button').click();
    await answer(page, 'cancel');
    expect(await page.getByTestId('doc-title').textContent()).toBe('AI 인프라 예산 검토');
  });
});
