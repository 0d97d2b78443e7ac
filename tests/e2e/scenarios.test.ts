/** Scenarios end to end: create one, compare, sensitivity, goal seek, undo/redo; and the edit → redraw time. */
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseProjectText, serializeProject } from '../../core/workbook-schema';
import { SAMPLE_PATH } from '../electron/helpers';
import { cell, e2eAvailability, editCell, fmt1, keyToFrame, timeToRedraw, useAppSession } from './harness';
import { readFileSync } from 'node:fs';

const available = e2eAvailability();

describe.runIf(available.run)('scenarios in Chromium', () => {
  const session = useAppSession();

  const compare = (year: number, col: string) =>
    session.app.page.getByTestId('comparison-grid').locator(`.ag-row[row-id="${year}"] .ag-cell[col-id="${col}"]`);

  /** Adds the scenario 고성장 15% (s5) to 예산 총액 through the scenario panel. */
  const addHighGrowth = async () => {
    const { page } = session.app;
    await page.getByTestId('add-scenario').click();
    await expect.poll(() => page.getByTestId('scenario-tab-s5').getAttribute('aria-selected')).toBe('true');
    await page.getByTestId('scenario-name').fill('고성장 15%');
    await page.getByTestId('rate-input').fill('15');
    await expect.poll(() => page.getByTestId('scenario-tab-s5').textContent()).toContain('고성장 15%');
  };

  it('creates a scenario through the UI and compares it with the baseline', async () => {
    const { page } = session.app;
    await addHighGrowth();
    await expect.poll(() => cell(page, 'budget-grid', 'p-2030', 'value').textContent()).toBe(fmt1(2685 * 1.15 ** 4));
    await expect
      .poll(() => page.getByTestId('projection-chart').getAttribute('aria-label'))
      .toContain(`고성장 15% 2030년 ${fmt1(2685 * 1.15 ** 4)}억원`);
    // The legend lists the line; pressing its entry hides it (and the chart no longer describes it), pressing again shows it.
    const entry = page.getByTestId('chart-legend').getByRole('button', { name: '고성장 15%' });
    await entry.click();
    expect(await entry.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => page.getByTestId('projection-chart').getAttribute('aria-label')).not.toContain('고성장 15%');
    await entry.press('Enter');
    expect(await entry.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.getByTestId('projection-chart').getAttribute('aria-label')).toContain('고성장 15% 2030년');

    await page.getByTestId('tab-comparison').click();
    await expect.poll(() => compare(2030, 's5:value').textContent()).toBe(fmt1(2685 * 1.15 ** 4));
    // 2,685 × (1.15⁴ − 1.115⁴) = 546.1 above the baseline, +13.2%
    expect(await compare(2030, 's5:diff').textContent()).toBe(`+${fmt1(2685 * (1.15 ** 4 - 1.115 ** 4))}`);
    expect(await compare(2030, 's5:pct').textContent()).toBe(`+${((1.15 ** 4 / 1.115 ** 4 - 1) * 100).toFixed(1)}%`);
    expect(await compare(2030, 's3:value').textContent()).toBe('3,664.8');
    expect(await compare(2030, 's2:value').textContent()).toBe(fmt1(2685 * (2685 / 1615) ** (4 / 4)));
  });

  it('sensitivity table: rows around the scenario’s own 15%, 15% × 2030 = 2,685 × 1.15⁴', async () => {
    const { page } = session.app;
    await addHighGrowth();
    await page.getByTestId('tab-sensitivity').click();
    const c = page.getByTestId('sensitivity-grid').locator('.ag-row[row-id="0.15"] .ag-cell[col-id="2030"]');
    await expect.poll(() => c.textContent()).toBe(fmt1(2685 * 1.15 ** 4));
    expect(await c.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    // Centred on 15%: 8% … 23%, and the own rate's row is marked.
    expect(await page.getByTestId('sensitivity-grid').locator('.ag-row[row-id="0.08"]').count()).toBe(1);
    expect(await page.getByTestId('sensitivity-grid').locator('.ag-row[row-id="0.23"]').count()).toBe(1);
    expect(await page.getByTestId('sensitivity-grid').locator('.ag-row[row-id="0.15"].row-own-rate').count()).toBe(1);
  });

  it('goal seek: 5,000 by 2030 needs 16.82%; “apply” makes a scenario named for the goal; “this scenario” renames it; one undo each', async () => {
    const { page } = session.app;
    await addHighGrowth();
    await page.getByTestId('goal-target').fill('5,000');
    await expect.poll(() => page.getByTestId('goal-rate').textContent()).toBe('+16.82%');
    expect(await page.getByTestId('goal-reached').textContent()).toContain('2031년');
    await page.getByTestId('goal-target').fill('6,000');
    await expect.poll(() => page.getByTestId('goal-reached').textContent()).toContain('2032년');
    await page.getByTestId('goal-target').fill('5,000');
    // Apply: a new scenario, selected, named for its goal; 고성장 15% stays as it was.
    await page.getByTestId('goal-apply').click();
    await expect.poll(() => page.getByTestId('scenario-tab-s6').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('scenario-tab-s6').textContent()).toContain('목표 5,000억원 (2030)');
    expect(await page.getByTestId('rate-input').inputValue()).toBe('16.8');
    await expect.poll(() => cell(page, 'budget-grid', 'p-2030', 'value').textContent()).toBe('5,000.0');
    await page.getByTestId('scenario-tab-s5').click();
    await expect.poll(() => page.getByTestId('rate-input').inputValue()).toBe('15.0');
    expect(await page.getByTestId('scenario-tab-s5').textContent()).toContain('고성장 15%');
    // One undo takes exactly that back.
    await page.getByTestId('undo-button').click();
    await expect.poll(() => page.getByTestId('scenario-tab-s6').count()).toBe(0);
    expect(await page.getByTestId('rate-input').inputValue()).toBe('15.0');
    // Applied to this scenario: its rate changes and its name says so; one undo restores both.
    await page.getByTestId('goal-update').click();
    await expect.poll(() => page.getByTestId('scenario-tab-s5').textContent()).toContain('목표 5,000억원 (2030)');
    expect(await page.getByTestId('rate-input').inputValue()).toBe('16.8');
    await page.getByTestId('undo-button').click();
    await expect.poll(() => page.getByTestId('rate-input').inputValue()).toBe('15.0');
    expect(await page.getByTestId('scenario-tab-s5').textContent()).toContain('고성장 15%');
    // The new scenario opens at its top: the tabs (a row longer now) never cover its rate field.
    await page.getByTestId('goal-apply').click();
    await expect.poll(() => page.getByTestId('scenario-tab-s6').getAttribute('aria-selected')).toBe('true');
    await expect
      .poll(async () => {
        const tabs = (await page.getByTestId('scenario-tabs').boundingBox())!;
        const rateBox = (await page.getByTestId('rate-input').boundingBox())!;
        return rateBox.y - (tabs.y + tabs.height);
      })
      .toBeGreaterThanOrEqual(0);
  });

  it('undo brings the old value back (even after sorting a grid), redo re-applies', async () => {
    const { page } = session.app;
    // Three edits: the new scenario, its name, its rate (typing in one field is one step).
    await addHighGrowth();
    await page.getByTestId('tab-centers').click();
    await page.getByTestId('center-grid').locator('.ag-header-cell[col-id="name"]').click();
    await page.getByTestId('tab-comparison').click();
    await page.getByTestId('comparison-grid').locator('.ag-row[row-id="2030"] .ag-cell[col-id="year"]').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => compare(2030, 's5:value').textContent()).toBe(fmt1(2685 * 1.115 ** 4));
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => compare(2030, 's5:value').textContent()).toBe(fmt1(2685 * 1.15 ** 4));
    await page.getByTestId('undo-button').click();
    await page.getByTestId('undo-button').click();
    await page.getByTestId('undo-button').click();
    await page.getByTestId('tab-series').click();
    await expect.poll(() => page.getByTestId('scenario-tab-s5').count()).toBe(0);
    expect(await page.getByTestId('undo-button').isDisabled()).toBe(true);
  });

  it('splits a share of a scenario into a derived series (AI ≈ 40%)', async () => {
    const { page } = session.app;
    await expect.poll(() => page.getByTestId('scenario-tab-s1').getAttribute('aria-selected')).toBe('true');
    await page.getByTestId('split-toggle').check();
    await page.getByTestId('split-share').fill('40');
    await page.getByTestId('tab-comparison').click();
    await expect.poll(() => compare(2030, 's1:split').textContent()).toBe(fmt1(2685 * 1.115 ** 4 * 0.4));
    expect(await page.getByTestId('comparison-grid').textContent()).toContain('AI 기반구축 (40%)');
    await page.getByTestId('tab-series').click();
    await page.getByTestId('split-toggle').uncheck();
    await page.getByTestId('tab-comparison').click();
    await expect.poll(() => compare(2030, 's1:split').count()).toBe(0);
    await page.getByTestId('tab-series').click();
  });

  it('reports edit → chart redraw time with 10 scenarios to 2050', async () => {
    const { page } = session.app;
    const wb = parseProjectText(readFileSync(SAMPLE_PATH, 'utf8'));
    wb.scenarios = Array.from({ length: 10 }, (_, i) => ({ ...wb.scenarios[i % 3]!, id: `s${i + 1}`, name: `S${i + 1}`, horizon: 2050 }));
    wb.series.forEach((s) => (s.baselineScenarioId = s.id === 'budget' ? 's1' : null));
    wb.chart.seriesIds = ['budget'];
    const path = session.tmp.path('ten.awb');
    await writeFile(path, serializeProject(wb));
    session.app.openPaths.push(path);
    await page.getByTestId('open-button').click();
    await expect.poll(() => page.getByTestId('scenario-tab-s10').count()).toBe(1);
    // `npm run bench -- edit` asks for more edits and a report file; a test run times a few.
    const edits = Number(process.env.AW_EDIT_SAMPLES ?? 15);
    const times: number[] = [];
    // AW_PROFILE=FILE writes the page's CPU profile of the timed edits (to see where a frame goes).
    const cdp = process.env.AW_PROFILE ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    for (let i = 0; i < edits; i++) {
      times.push(await timeToRedraw(page, () => editCell(page, 'budget-grid', 'a-2026', 'value', String(2700 + i))));
    }
    if (cdp) await writeFile(process.env.AW_PROFILE!, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    const last = 2700 + edits - 1;
    await expect.poll(() => cell(page, 'budget-grid', 'a-2026', 'value').textContent()).toBe(last.toLocaleString('en-US'));
    // Every redraw was of the edited value: the chart now ends S1 (11.5% a year) at the last value × 1.115²⁴.
    await expect
      .poll(() => page.getByTestId('projection-chart').getAttribute('aria-label'))
      .toContain(`S1 2050년 ${fmt1(last * 1.115 ** 24)}억원`);
    // The yardstick, in the same page and run: a key that changes nothing, from its timestamp to the next frame.
    const idle: number[] = [];
    for (let i = 0; i < edits; i++) idle.push(await keyToFrame(page));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(
      `[e2e timing] cell edit (Enter) → chart redraw, 10 scenarios to 2050: median ${median(times).toFixed(1)} ms (idle key → frame ${median(idle).toFixed(1)} ms, n=${times.length})`,
    );
    if (process.env.AW_EDIT_REPORT) await writeFile(process.env.AW_EDIT_REPORT, JSON.stringify({ times, idle }));
    expect(times).toHaveLength(edits);
  });
});
