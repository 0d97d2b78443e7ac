/** Derived series end to end: a share and real terms from the presets, a typed formula with name completion, inputs edited, a scenario through inputs, the briefing. */
import type ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectText, serializeProject } from '../../core/workbook-schema';
import { applyEdit } from '../../core/workbook-edits';
import { SAMPLE_PATH } from '../electron/helpers';
import { cell, e2eAvailability, editCell, exportBriefing, fmt1, useAppSession } from './harness';

const available = e2eAvailability();
const DEFLATOR = { 2021: 100, 2022: 102.5, 2023: 105, 2024: 107.5, 2025: 110, 2026: 112.5 } as Record<number, number>;

/** The sample plus a GDP deflator series (illustrative values, as if imported from KOSIS). */
function workbookWithDeflator(): string {
  const sample = parseProjectText(readFileSync(SAMPLE_PATH, 'utf8'));
  const wb = applyEdit(sample, {
    kind: 'addSeries',
    series: {
      id: 'deflator',
      name: 'GDP 디플레이터',
      unit: '',
      parentId: null,
      note: '예시 값',
      baselineScenarioId: null,
      points: Object.entries(DEFLATOR).map(([year, value]) => ({ year: Number(year), value, note: '예시' })),
    },
  });
  const path = join(mkdtempSync(join(tmpdir(), 'aw-e2e-formula-')), '디플레이터.awb');
  writeFileSync(path, serializeProject(wb));
  return path;
}
const two = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

describe.runIf(available.run)('derived series in Chromium', () => {
  const session = useAppSession(available.run ? { pendingPath: workbookWithDeflator(), viewport: { width: 1280, height: 720 } } : {});

  it('adds a share and a real-terms series from the presets; they follow an edited input; a scenario projects them through inputs; the briefing keeps them as formulas', async () => {
    const { page } = session.app;
    await expect.poll(() => page.getByTestId('doc-title').textContent()).toBe('산업혁신기반구축사업 2026');
    // The sample's own derived series, computed on open.
    expect(await cell(page, 'series-table', 'new-share', '2026').textContent()).toBe(two((280 / 2685) * 100));

    // Share of its group, from the preset: 신규과제 is selected, so it is the preset's series.
    await cell(page, 'series-table', 'new', 'name').click();
    await page.getByTestId('add-formula').click();
    await expect.poll(() => page.getByTestId('formula-text').inputValue()).toBe('=SHARE([신규과제])');
    await page.getByTestId('formula-name').fill('신규과제 몫');
    await page.screenshot({ path: 'test-results/screens/formula-dialog-1280x720-ko.png' });
    await page.getByTestId('formula-apply').click();
    await expect.poll(() => cell(page, 'series-table', 'series1', '2026').textContent()).toBe(two((280 / 2685) * 100));
    expect(await cell(page, 'series-table', 'series1', 'unit').textContent()).toBe('%');

    // Real terms at 2022 prices.
    await page.getByTestId('add-formula').click();
    await page.getByTestId('formula-preset-real').check();
    await page.getByTestId('formula-a').selectOption('예산 총액');
    await page.getByTestId('formula-b').selectOption('GDP 디플레이터');
    await page.getByTestId('formula-base-year').fill('2022');
    await expect.poll(() => page.getByTestId('formula-text').inputValue()).toBe('=REAL([예산 총액], [GDP 디플레이터], 2022)');
    await page.getByTestId('formula-apply').click();
    await expect.poll(() => cell(page, 'series-table', 'series2', '2026').textContent()).toBe(two((2685 / 112.5) * 102.5));
    expect(await cell(page, 'series-table', 'series2', 'name').textContent()).toBe('예산 총액 (실질, 2022년 가격)');

    // An input edited: both follow at once; the derived cells are not editable.
    await editCell(page, 'series-table', 'budget', '2026', '3000');
    await expect.poll(() => cell(page, 'series-table', 'series1', '2026').textContent()).toBe(two((280 / 3000) * 100));
    await expect.poll(() => cell(page, 'series-table', 'series2', '2026').textContent()).toBe(two((3000 / 112.5) * 102.5));
    await cell(page, 'series-table', 'series1', '2026').dblclick();
    expect(await page.locator('[data-testid="series-table-editor"].open').count()).toBe(0);

    // A scenario on the share goes through its inputs: 예산 총액 by its baseline (11.5%), 신규과제 by its own (280 kept).
    await cell(page, 'series-table', 'series1', 'name').click();
    await page.getByTestId('new-scenario').click();
    await expect.poll(() => page.getByTestId('scope-select').inputValue()).toBe('inputs');
    await page.getByTestId('tab-comparison').click();
    const share2030 = (280 / (3000 * 1.115 ** 4)) * 100;
    await expect
      .poll(() => page.getByTestId('comparison-grid').locator('.ag-row[row-id="2030"] .ag-cell[col-id="s5:value"]').textContent())
      .toBe(fmt1(share2030));
    // Picking the inputs' scenario: 예산 총액 by its CAGR 2022–26; 신규과제 has none of that name, so its baseline.
    await page.getByTestId('tab-series').click();
    await page.getByTestId('inputs-scenario').selectOption('CAGR 2022–26');
    await page.getByTestId('tab-comparison').click();
    await expect
      .poll(() => page.getByTestId('comparison-grid').locator('.ag-row[row-id="2030"] .ag-cell[col-id="s5:value"]').textContent())
      .toBe(fmt1((280 / (3000 * (3000 / 1615))) * 100));

    // Saved and exported: the briefing's share cells are formulas on the inputs' cells.
    const path = session.tmp.path('briefing.xlsx');
    const book = await exportBriefing(session.app, path);
    const sheet = book.getWorksheet('시리즈')!;
    const row = sheet.getColumn(1).values.indexOf('신규과제 몫');
    const col = (sheet.getRow(4).values as unknown[]).indexOf(2026);
    const v = sheet.getCell(row, col).value as ExcelJS.CellFormulaValue;
    expect(v.formula).toMatch(/^IFERROR\(G\d+\/G\d+\*100,""\)$/);
    expect(v.result).toBeCloseTo((280 / 3000) * 100, 10);
  });

  it('types a formula with name completion, and says why a formula cannot be used', async () => {
    const { page } = session.app;
    await expect.poll(() => page.getByTestId('doc-title').textContent()).toBe('산업혁신기반구축사업 2026');
    await page.getByTestId('add-formula').click();
    await page.getByTestId('formula-preset-typed').check();
    const input = page.getByTestId('formula-text');
    await input.fill('');
    await input.pressSequentially('=[예산');
    await expect.poll(() => page.getByTestId('formula-completions').textContent()).toContain('예산 총액');
    await input.press('Enter');
    await expect.poll(() => input.inputValue()).toBe('=[예산 총액]');
    await input.pressSequentially(' / [연구');
    await input.press('Enter');
    await expect.poll(() => input.inputValue()).toBe('=[예산 총액] / [연구기반센터 수]');
    await expect.poll(() => page.getByTestId('formula-preview').textContent()).toContain(`2026: ${two(2685 / 286)}`);
    expect(await page.getByTestId('formula-unit').inputValue()).toBe('억원/개');

    await input.fill('=[예산 총액] + [연구기반센터 수]');
    await expect.poll(() => page.getByTestId('formula-problem').textContent()).toBe('단위가 다른 값은 더하거나 뺄 수 없습니다: 억원과 개');
    expect(await page.getByTestId('formula-apply').isDisabled()).toBe(true);
    await input.fill('=[없는 시리즈] * 2');
    await expect
      .poll(() => page.getByTestId('formula-problem').textContent())
      .toBe('[없는 시리즈]라는 시리즈가 없습니다. 시리즈 이름은 대괄호로 씁니다.');
    await page.screenshot({ path: 'test-results/screens/formula-error-1280x720-ko.png' });
    await input.fill('=[예산 총액] / [연구기반센터 수]');
    await page.getByTestId('formula-name').fill('센터당 예산');
    await expect.poll(() => page.getByTestId('formula-problem').count()).toBe(0);
    await page.getByTestId('formula-apply').click();
    // Same name as the sample's own series: the new one is the one selected, the table keeps both.
    await expect.poll(() => cell(page, 'series-table', 'series1', 'name').textContent()).toBe('센터당 예산');
    expect(await cell(page, 'series-table', 'series1', '2026').textContent()).toBe(two(2685 / 286));
    // Edited: the selected formula series opens in the dialog as typed; the new formula replaces it in one step.
    await page.getByTestId('edit-formula').click();
    await expect.poll(() => page.getByTestId('formula-text').inputValue()).toBe('=[예산 총액] / [연구기반센터 수]');
    await page.getByTestId('formula-text').fill('=[예산 총액] / [연구기반센터 수] * 100');
    await page.getByTestId('formula-apply').click();
    await expect.poll(() => cell(page, 'series-table', 'series1', '2026').textContent()).toBe(two((2685 / 286) * 100));
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell(page, 'series-table', 'series1', '2026').textContent()).toBe(two(2685 / 286));
    // F1 documents the language.
    await page.keyboard.press('F1');
    await expect.poll(() => page.getByTestId('formula-help').textContent()).toContain('=REAL([예산 총액], [GDP 디플레이터], 2020)');
    await page.keyboard.press('Escape');
    await page.getByTestId('language-toggle').click();
    await page.keyboard.press('F1');
    await expect.poll(() => page.getByTestId('formula-help').textContent()).toContain('=REAL([Total budget], [GDP deflator], 2020)');
    await page.getByTestId('formula-help').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/formula-help-1280x720-en.png' });
  });
});
