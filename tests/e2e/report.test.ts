/** The 한/글 report end to end: Ctrl+Shift+E and the toolbar write the figures on screen, edits included, with the chart as a picture. */
import { describe, expect, it } from 'vitest';
import { briefingContent } from '../../core/briefing/briefing-content';
import { renderReportHtml } from '../../electron/handlers/report/render-html';
import { sampleWorkbook } from '../electron/helpers';
import { readHwpx } from '../../electron/handlers/import/hwp/hwpx';
import { hwpxProblems, zipEntries } from '../electron/hwpx-rules';
import { cell, e2eAvailability, editCell, useAppSession } from './harness';

const available = e2eAvailability();

describe.runIf(available.run)('the 한/글 report in Chromium', () => {
  const session = useAppSession(available.run ? { viewport: { width: 1280, height: 720 } } : {});

  it('Ctrl+Shift+E writes a valid .hwpx of the workbook as edited, the chart embedded and its sentences following the edit', async () => {
    const { page } = session.app;
    await expect.poll(() => page.getByTestId('doc-title').textContent()).toBe('산업혁신기반구축사업 2026');
    await editCell(page, 'series-table', 'budget', '2026', '3000');
    await expect.poll(() => cell(page, 'series-table', 'budget', '2026').textContent()).toBe('3,000');
    const path = session.tmp.path('보고서.hwpx');
    session.app.savePaths.push(path);
    await page.keyboard.press('Control+Shift+E');
    await expect.poll(() => page.getByTestId('notice-info').last().textContent()).toContain('보고서.hwpx');

    expect(await hwpxProblems(path)).toEqual([]);
    const png = (await zipEntries(path)).find((e) => e.name === 'BinData/image1.png');
    expect(png?.data.subarray(1, 4).toString()).toBe('PNG');
    const read = await readHwpx(path);
    const series = read.tables[0]!;
    const budgetRow = series.cells.find((c) => c.col === 0 && c.text === '예산 총액')!.row;
    const col2026 = series.cells.find((c) => c.row === 0 && c.text === '2026')!.col;
    expect(series.cells.find((c) => c.row === budgetRow && c.col === col2026)?.text).toBe('3,000');
    // The headline sentence is the context above the first table's section: 2026 against 2025, with its rate.
    const section = (await zipEntries(path)).find((e) => e.name === 'Contents/section0.xml')!.data.toString('utf8');
    expect(section).toContain('□ 2026년 예산 총액은 3,000억원으로 전년(2,408억원) 대비 592억원(24.6%) 증가');
  });

  it('the toolbar’s 한/글 report button writes the report; its page, rendered from the same content as HTML, is what the README shows; in English it is English', async () => {
    const { page } = session.app;
    await expect.poll(() => page.getByTestId('doc-title').textContent()).toBe('산업혁신기반구축사업 2026');
    const ko = session.tmp.path('보고서.hwpx');
    session.app.savePaths.push(ko);
    await page.getByTestId('export-hwpx-button').click();
    await expect.poll(() => page.getByTestId('notice-info').last().textContent()).toContain('보고서.hwpx');
    expect(await hwpxProblems(ko)).toEqual([]);
    // Nothing here renders HWPX: the page is the same content model rendered as HTML, with the chart the app embedded.
    const png = (await zipEntries(ko)).find((e) => e.name === 'BinData/image1.png')!.data;
    const content = briefingContent(await sampleWorkbook(), 'ko', { date: new Date().toISOString().slice(0, 10), author: '' });
    const sheet = await page.context().newPage();
    await sheet.setViewportSize({ width: 900, height: 1200 });
    await sheet.setContent(renderReportHtml(content, png));
    await sheet.locator('figure img').waitFor();
    await sheet.locator('main').screenshot({ path: 'test-results/screens/report-page-ko.png' });
    if (process.env.UPDATE_SCREENSHOTS === '1') await sheet.locator('main').screenshot({ path: 'assets/report-page.png' });
    const koTables = (await readHwpx(ko)).tables.map((t) => t.caption.replace('\n', ''));
    expect(await sheet.locator('caption').allTextContents()).toEqual(koTables);
    await sheet.close();

    await page.getByTestId('language-toggle').click();
    const path = session.tmp.path('report.hwpx');
    session.app.savePaths.push(path);
    await page.getByTestId('export-hwpx-button').click();
    await expect.poll(() => page.getByTestId('notice-info').last().textContent()).toContain('report.hwpx');
    expect(await hwpxProblems(path)).toEqual([]);
    const read = await readHwpx(path);
    expect(read.tables[0]!.cells[0]!.text).toBe('Item');
    expect(read.tables[0]!.caption.split('\n')).toEqual(['Figures by year', '(Unit: 100M KRW, cases, units, %, 100M KRW per unit)']);
  });
});
