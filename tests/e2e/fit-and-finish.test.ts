/**
 * Fit and finish in Chromium: axe-core on every screen and dialog (no critical or serious finding),
 * one language at a time (no Korean outside data in the English UI, no English UI words in the
 * Korean one), Tab inside grids as in Excel, and screenshots at three sizes, in both languages and in dark mode.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { cell, closeBrowser, e2eAvailability, openApp } from './harness';

const available = e2eAvailability();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** axe-core's critical and serious findings on the page (or inside an open dialog), as "rule: target" lines. */
async function axe(page: Page): Promise<string[]> {
  // Evaluated through DevTools, which the page's Content-Security-Policy does not govern (a script tag would be refused).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE};0`);
  return page.evaluate(async () => {
    const a = (
      window as unknown as {
        axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const dialog = document.querySelector('dialog[open]');
    const r = await a.run(dialog ?? document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

/** Visible UI text outside the workbook's own data (grid cells, names, notes) and form values. */
async function uiText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.querySelector('dialog[open]') ?? document.body;
    const out: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      // Data (names, notes, cells; the comparison groups its columns under scenario names) and text marked as another language are not UI text.
      if (
        !el ||
        el.closest(
          '.ag-cell, .ag-header-group-cell-label, [data-user-text], [lang]:not(html), script, style, option, textarea, .table-thumb, .preview-table td',
        )
      )
        continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      out.push(n.textContent ?? '');
    }
    // Names quoted in a sentence (‘반복 성장 11.5%’) are data too.
    return out.join(' ').replace(/‘[^’]*’/g, '');
  });
}

describe.runIf(available.run)('fit and finish', () => {
  afterAll(() => closeBrowser());

  it('axe-core finds nothing critical or serious on the screens and dialogs', async () => {
    const app = await openApp({ lang: 'ko' });
    const { page } = app;
    const found: Record<string, string[]> = {};
    found.series = await axe(page);
    for (const tab of ['centers', 'comparison', 'sensitivity', 'series']) {
      await page.getByTestId(`tab-${tab}`).click();
      found[tab] = await axe(page);
    }
    for (const [button, testId] of [
      ['props-button', 'props-dialog'],
      ['versions-button', 'versions-dialog'],
      ['settings-button', 'settings-dialog'],
      ['help-button', 'help-dialog'],
    ] as const) {
      await page.getByTestId(button).click();
      await page.getByTestId(testId).waitFor();
      found[testId] = await axe(page);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId(testId).count()).toBe(0);
    }
    app.openPaths.push(fixture('centers-merged-header.xlsx'));
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-dialog').waitFor();
    found.import = await axe(page);
    await page.keyboard.press('Escape');
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    await app.close();
  });

  it('one language at a time: the English UI shows no Korean but the data, the Korean UI no English UI words', async () => {
    const en = await openApp({ lang: 'en' });
    for (const tab of ['series', 'centers', 'comparison', 'sensitivity']) {
      await en.page.getByTestId(`tab-${tab}`).click();
      const text = await uiText(en.page);
      expect(text.match(/\S*[\uac00-\ud7a3]+\S*/g) ?? [], tab).toEqual([]);
    }
    for (const button of ['props-button', 'settings-button', 'help-button', 'versions-button']) {
      await en.page.getByTestId(button).click();
      await en.page.locator('dialog[open]').waitFor();
      const text = (await uiText(en.page)).replace(
        '본 제품은 한글과컴퓨터의 한/글 문서 파일(.hwp) 공개 문서를 참고하여 개발하였습니다.',
        '',
      );
      expect(text.match(/\S*[\uac00-\ud7a3]+\S*/g) ?? [], button).toEqual([]);
      await en.page.keyboard.press('Escape');
    }
    await en.close();
    const ko = await openApp({ lang: 'ko' });
    for (const tab of ['series', 'centers', 'comparison', 'sensitivity']) {
      await ko.page.getByTestId(`tab-${tab}`).click();
      const text = await uiText(ko.page);
      // English words of the UI (not units, years, method codes or file formats) must not show.
      expect(text.match(/\b(Contains|Filter|Page|of|Rows|Loading|Scenario|Budget|Series|Year|Add|Delete|Save|Open)\b/g) ?? [], tab).toEqual(
        [],
      );
    }
    await ko.close();
  });

  it('Tab on a selected cell moves right as in Excel, so no figure typed after it is lost; Ctrl+Tab and F6 leave the grid', async () => {
    const app = await openApp({ lang: 'ko' });
    const { page } = app;
    const text = (col: string) => cell(page, 'series-table', 'continuing-projects', col).textContent();
    // 계속과제 수 has 2022, 2024 and 2025: 32 Tab 50 Tab, Tab over the empty 2023, then 48 Tab 16 Tab 28 Enter.
    await cell(page, 'series-table', 'continuing-projects', '2021').click();
    await page.keyboard.type('32');
    await page.keyboard.press('Tab');
    await page.keyboard.type('50');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    for (const key of ['48', 'Tab', '16', 'Tab', '28', 'Enter']) {
      if (key.length > 2) await page.keyboard.press(key);
      else await page.keyboard.type(key);
    }
    await expect.poll(() => text('2026')).toBe('28');
    expect(await Promise.all(['2021', '2022', '2023', '2024', '2025', '2026'].map(text))).toEqual(['32', '50', '', '48', '16', '28']);
    // The final Enter stayed in the grid (it moved down), never pressing a button of the page.
    const inGrid = () => page.evaluate(() => document.activeElement?.closest('[data-testid="series-table"] .ag-cell') !== null);
    expect(await inGrid()).toBe(true);
    expect(app.errors).toEqual([]);
    // Shift+Tab goes back left; Ctrl+Tab leaves the grid for the next control, Ctrl+Shift+Tab comes back before it.
    await page.keyboard.press('Shift+Tab');
    expect(await inGrid()).toBe(true);
    await page.keyboard.press('Control+Tab');
    expect(await inGrid()).toBe(false);
    await cell(page, 'series-table', 'budget', '2021').click();
    await page.keyboard.press('F6');
    expect(await inGrid()).toBe(false);
    await app.close();
  });

  it('scenarios explain themselves: a missing year, an added empty year, negatives, custom rates, an out-of-range horizon', async () => {
    const app = await openApp({ lang: 'ko' });
    const { page } = app;
    const chartLabel = () => page.getByTestId('projection-chart').getAttribute('aria-label');
    // Clearing 2026: the year is "입력 필요"; CAGR 2022–26 cannot compute — its tab and the legend say so, and the
    // reason shows in place when it is picked.
    await cell(page, 'budget-grid', 'a-2026', 'value').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => cell(page, 'budget-grid', 'a-2026', 'value').textContent()).toBe('');
    expect(await cell(page, 'budget-grid', 'a-2026', 'kind').textContent()).toBe('입력 필요');
    await expect.poll(() => page.getByTestId('scenario-tab-s2').locator('.failed-mark').count()).toBe(1);
    expect(await chartLabel()).toContain('계산 불가');
    await page.getByTestId('scenario-tab-s2').click();
    await expect.poll(() => page.getByTestId('projection-error').textContent()).not.toBe('');
    await page.getByTestId('scenario-tab-s1').click();
    await cell(page, 'budget-grid', 'a-2025', 'value').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell(page, 'budget-grid', 'a-2026', 'value').textContent()).toBe('2,685');
    // An added year is an empty "입력 필요" row, and the projection goes on from the last year with a value.
    await page.getByTestId('add-year-after').click();
    await expect.poll(() => cell(page, 'budget-grid', 'a-2027', 'kind').textContent()).toBe('입력 필요');
    await expect.poll(() => page.getByTestId('projection-headline').textContent()).toContain('2030');
    expect(await chartLabel()).toContain('2030년');
    await page.keyboard.press('Control+z');
    // A negative value: a warning under the scenario.
    await cell(page, 'budget-grid', 'a-2024', 'value').click();
    await page.keyboard.type('-100');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('negative-warning').textContent()).toContain('2024');
    await page.keyboard.press('Control+z');
    // Custom rates say how the last one continues.
    await page.getByTestId('method-select').selectOption('custom');
    await expect.poll(() => page.getByTestId('custom-rates-hint').textContent()).toContain('%');
    await page.keyboard.press('Control+z');
    // A horizon out of range says its range.
    await page.getByTestId('horizon-input').fill('2200');
    await expect.poll(() => page.getByTestId('horizon-input-error').textContent()).toMatch(/2027.*2100|2100/);
    await app.close();
  });

  it('saves the current view as a PDF (Ctrl+Shift+P): Chromium’s print-to-PDF, written and verified like any file', async () => {
    const app = await openApp({ lang: 'ko' });
    const { page } = app;
    const out = `${app.userDataDir}/view.pdf`;
    app.savePaths.push(out);
    await page.keyboard.press('Control+Shift+P');
    await expect.poll(() => page.getByTestId('notice-info').last().textContent()).toContain('view.pdf');
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    await app.close();
  });

  it('layout at 1024×768 and 1280×720, both languages: every grid header whole, the by-year grid without a sideways scroll, the series table with room', async () => {
    await mkdir('test-results/screens', { recursive: true });
    /** Header texts cut off with an ellipsis (their text is wider than their box). */
    const cutHeaders = (page: Page) =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('.ag-header-cell-text, .ag-header-group-text'))
          // Cut with an ellipsis, or a single word broken over two lines ("Equipmen/t").
          .filter((el) => {
            if (el.offsetParent === null) return false;
            const style = getComputedStyle(el);
            const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.3;
            const oneWord = !/\s/.test((el.textContent ?? '').trim());
            return el.scrollWidth > el.clientWidth + 1 || (oneWord && el.offsetHeight > line * 1.5);
          })
          .map((el) => el.textContent ?? ''),
      );
    for (const [width, height] of [
      [1024, 768],
      [1280, 720],
    ] as const) {
      for (const lang of ['ko', 'en'] as const) {
        const app = await openApp({ lang, viewport: { width, height } });
        const { page } = app;
        const at = `${width}×${height} ${lang}`;
        // The series table shows at least six rows; the by-year grid fits its width (YoY and note in view).
        const table = (await page.getByTestId('series-table').boundingBox())!;
        expect(table.height, at).toBeGreaterThanOrEqual(6 * 30 + 36);
        const sideways = await page
          .getByTestId('budget-grid')
          .locator('.ag-body-horizontal-scroll-viewport')
          .evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(sideways, at).toBeLessThanOrEqual(1);
        expect(await cutHeaders(page), `${at} series`).toEqual([]);
        // Notices never stack more than two deep over the chart: four refused values in a row leave two.
        for (let i = 0; i < 4; i++) {
          await cell(page, 'budget-grid', 'a-2026', 'value').dblclick();
          await page.keyboard.press('ControlOrMeta+a');
          await page.keyboard.type(`abc${i}`);
          await page.keyboard.press('Enter');
          await page.keyboard.press('Escape');
        }
        await expect.poll(() => page.locator('.notices .notice').count()).toBe(2);
        for (const [view, grid] of [
          ['centers', 'center-grid'],
          ['comparison', 'comparison-grid'],
          ['sensitivity', 'sensitivity-grid'],
        ] as const) {
          await page.getByTestId(`tab-${view}`).click();
          await page.getByTestId(grid).locator('.ag-header-cell').first().waitFor();
          expect(await cutHeaders(page), `${at} ${view}`).toEqual([]);
          await page.screenshot({ path: `test-results/screens/${view}-${width}x${height}-${lang}.png` });
        }
        await app.close();
      }
    }
  });

  it('screenshots at 1024×768, 1280×720 and 1440×920, Korean and English, light and dark: the horizon year and the chart in view', async () => {
    await mkdir('test-results/screens', { recursive: true });
    const update = process.env.UPDATE_SCREENSHOTS === '1';
    if (update) await mkdir('assets/screens', { recursive: true });
    for (const [width, height] of [
      [1024, 768],
      [1280, 720],
      [1440, 920],
    ] as const) {
      for (const lang of ['ko', 'en'] as const) {
        for (const colorScheme of ['light', 'dark'] as const) {
          if (colorScheme === 'dark' && lang === 'en' && width !== 1280) continue;
          const app = await openApp({ lang, viewport: { width, height }, colorScheme });
          const { page } = app;
          const name = `${width}x${height}-${lang}${colorScheme === 'dark' ? '-dark' : ''}.png`;
          // The horizon's row of the selected series is reachable in the grid, and the chart is on screen.
          const horizon = cell(page, 'budget-grid', 'p-2030', 'value');
          await horizon.scrollIntoViewIfNeeded();
          const chart = (await page.getByTestId('projection-chart').boundingBox())!;
          expect(chart.x + chart.width, name).toBeLessThanOrEqual(width + 1);
          expect(chart.width, name).toBeGreaterThan(250);
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), name).toBe(true);
          await page.screenshot({ path: `test-results/screens/${name}` });
          if (update) await page.screenshot({ path: `assets/screens/${name}` });
          await app.close();
        }
      }
    }
  });
});
