/**
 * The grids as a spreadsheet user drives them, in Chromium with the real clipboard: Excel's entry
 * keys, Korean IME over a cell, ranges with a status line, copy/cut/paste as TSV and HTML (with a
 * review and one undo), fill, clear, safe deletes under a filter, and helpful refusals.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answer, cell, e2eAvailability, editorOf, useAppSession } from './harness';

const available = e2eAvailability();

/** The system clipboard of the page (granted clipboard-read/write). */
const clipboard = {
  write: (page: Page, text: string, html?: string) =>
    page.evaluate(
      async ([t, h]) => {
        const items: Record<string, Blob> = { 'text/plain': new Blob([t!], { type: 'text/plain' }) };
        if (h) items['text/html'] = new Blob([h], { type: 'text/html' });
        await navigator.clipboard.write([new ClipboardItem(items)]);
      },
      [text, html ?? ''],
    ),
  read: (page: Page) =>
    page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const text = item?.types.includes('text/plain') ? await (await item.getType('text/plain')).text() : '';
      const html = item?.types.includes('text/html') ? await (await item.getType('text/html')).text() : '';
      return { text, html };
    }),
};

/** Row and column id of the focused cell. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const c = document.activeElement?.closest('.ag-cell');
    return c ? `${c.closest('.ag-row')?.getAttribute('row-id')}:${c.getAttribute('col-id')}` : null;
  });
const inRange = (page: Page, grid: string) => page.getByTestId(grid).locator('.ag-cell.cell-in-range').count();
const status = (page: Page, grid: string) => page.getByTestId(`${grid}-status`).textContent();
const text = (page: Page, grid: string, row: string, col: string) => cell(page, grid as 'series-table', row, col).textContent();

describe.runIf(available.run)('grids that work like Excel', () => {
  const session = useAppSession();

  it('Enter commits and moves down, Shift+Enter up; typing over a cell replaces it', async () => {
    const { page } = session.app;
    await cell(page, 'budget-grid', 'a-2022', 'value').click();
    await page.keyboard.type('1700');
    await page.keyboard.press('Enter');
    await page.keyboard.type('2000');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, 'budget-grid', 'a-2022', 'value')).toBe('1,700');
    await expect.poll(() => text(page, 'budget-grid', 'a-2023', 'value')).toBe('2,000');
    expect(await focused(page)).toBe('a-2024:value');
    await page.keyboard.type('1910');
    await page.keyboard.press('Shift+Enter');
    expect(await focused(page)).toBe('a-2023:value');
    // Enter on a selected cell (not editing) moves too, as in Excel.
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('a-2024:value');
  });

  it('while editing, Tab and Shift+Tab commit and move across, wrapping at a row’s end; F2 edits in place; Escape cancels', async () => {
    const { page } = session.app;
    await cell(page, 'series-table', 'budget', 'note').click();
    await page.keyboard.press('F2');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('continuing:name');
    await page.keyboard.press('F2');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('budget:note');
    // Typing then Tab commits and moves right.
    await cell(page, 'series-table', 'new-projects', '2021').click();
    await page.keyboard.type('11');
    await page.keyboard.press('Tab');
    await expect.poll(() => text(page, 'series-table', 'new-projects', '2021')).toBe('11');
    expect(await focused(page)).toBe('new-projects:2022');
    // F2 opens the stored value (plain digits) with the caret at its end.
    await cell(page, 'series-table', 'budget', '2022').click();
    await page.keyboard.press('F2');
    expect(await editorOf(page, 'series-table').inputValue()).toBe('1615');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, 'series-table', 'budget', '2022')).toBe('16,155');
    await cell(page, 'series-table', 'new-projects', '2022').click();
    await page.keyboard.type('999');
    await page.keyboard.press('Escape');
    expect(await text(page, 'series-table', 'new-projects', '2022')).toBe('50');
    expect(await editorOf(page, 'series-table').count()).toBe(0);
  });

  it('Korean typed over a selected cell through an IME keeps its first syllable', async () => {
    const { page } = session.app;
    await page.getByTestId('tab-centers').click();
    await cell(page, 'center-grid', 'c2', 'name').click();
    const cdp = await page.context().newCDPSession(page);
    for (const syllable of [
      ['ㅎ', '하', '한'],
      ['ㄱ', '그', '글'],
    ]) {
      for (const step of syllable) await cdp.send('Input.imeSetComposition', { text: step, selectionStart: 1, selectionEnd: 1 });
      await cdp.send('Input.insertText', { text: syllable[2]! });
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, 'center-grid', 'c2', 'name')).toBe('한글');
    expect(await focused(page)).toBe('c3:name');
    await cdp.detach();
  });

  it('selects a range with Shift+arrows, Shift+click and a drag; the status line counts, sums and averages; Ctrl+A takes all', async () => {
    const { page } = session.app;
    await page.getByTestId('tab-series').click();
    const values = await Promise.all(['2024', '2025', '2026'].map((y) => text(page, 'series-table', 'new-projects', y)));
    const numbers = values.map((v) => Number(v!.replace(/,/g, '')));
    const sum = numbers.reduce((a, b) => a + b, 0);
    await cell(page, 'series-table', 'new-projects', '2024').click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    expect(await inRange(page, 'series-table')).toBe(3);
    const line = await status(page, 'series-table');
    expect(line).toContain('개수 3');
    expect(line).toContain(`합계 ${sum.toLocaleString('ko-KR')}`);
    expect(line).toContain(
      `평균 ${(sum / 3).toLocaleString('ko-KR', { maximumFractionDigits: 2, minimumFractionDigits: Number.isInteger(sum / 3) ? 0 : 2 })}`,
    );
    // Escape goes back to one cell.
    await page.keyboard.press('Escape');
    expect(await inRange(page, 'series-table')).toBe(0);
    // Shift+click: a 2 × 2 block.
    await cell(page, 'series-table', 'budget', '2025').click();
    await cell(page, 'series-table', 'continuing', '2026').click({ modifiers: ['Shift'] });
    expect(await inRange(page, 'series-table')).toBe(4);
    // A drag from 2021 to 2023 of one row.
    const from = (await cell(page, 'series-table', 'budget', '2021').boundingBox())!;
    const to = (await cell(page, 'series-table', 'budget', '2023').boundingBox())!;
    await page.mouse.move(from.x + 10, from.y + 10);
    await page.mouse.down();
    await page.mouse.move(to.x + 10, to.y + 10, { steps: 5 });
    await page.mouse.up();
    expect(await inRange(page, 'series-table')).toBe(3);
    expect(await status(page, 'series-table')).toContain('개수 3');
    // Ctrl+A: every shown cell (8 series, two of them formulas × name, 6 years, unit, note), not every row's checkbox.
    await page.keyboard.press('Control+a');
    expect(await inRange(page, 'series-table')).toBe(8 * 9);
  });

  it('Ctrl+C copies the range as plain digits (TSV) and as shown (HTML table); Ctrl+X cuts', async () => {
    const { page } = session.app;
    await cell(page, 'series-table', 'budget', '2025').click();
    await cell(page, 'series-table', 'continuing', '2026').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Control+c');
    const copied = await clipboard.read(page);
    expect(copied.text).toBe('2408\t2685\r\n2168\t');
    expect(copied.html).toContain('<table');
    expect(copied.html).toContain('2,408');
    // Cut: the clipboard gets the values and the cells are cleared, as one step.
    await cell(page, 'series-table', 'new-projects', '2025').click();
    const was = await text(page, 'series-table', 'new-projects', '2025');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Control+x');
    await expect.poll(() => text(page, 'series-table', 'new-projects', '2025')).toBe('');
    expect(await text(page, 'series-table', 'new-projects', '2026')).toBe('');
    expect((await clipboard.read(page)).text.split('\t')[0]).toBe(was!.replace(/,/g, ''));
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page, 'series-table', 'new-projects', '2025')).toBe(was);
  });

  it('Ctrl+V pastes an Excel block in the series’ unit after a review (Enter applies); one undo takes it all back', async () => {
    const { page } = session.app;
    const before = await Promise.all(['2025', '2026'].map((y) => text(page, 'series-table', 'new', y)));
    await clipboard.write(page, '2,700억\t0.27조\r\n');
    await cell(page, 'series-table', 'new', '2025').click();
    await page.keyboard.press('Control+v');
    const review = page.getByTestId('paste-review');
    await review.waitFor();
    expect(await review.getByTestId('paste-diff').textContent()).toContain('2칸이 바뀝니다');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, 'series-table', 'new', '2025')).toBe('2,700');
    expect(await text(page, 'series-table', 'new', '2026')).toBe('2,700');
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page, 'series-table', 'new', '2025')).toBe(before[0]);
    expect(await text(page, 'series-table', 'new', '2026')).toBe(before[1]);
  });

  it('lists values it cannot read and applies only the rest; one value over a range fills it; past the last year adds years', async () => {
    const { page } = session.app;
    await clipboard.write(page, '12\t많음\r\n');
    await cell(page, 'series-table', 'new-projects', '2024').click();
    await page.keyboard.press('Control+v');
    const problems = page.getByTestId('paste-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('많음');
    expect(await problems.textContent()).toContain('숫자로 읽을 수 없음');
    await page.getByTestId('paste-apply').click();
    await expect.poll(() => text(page, 'series-table', 'new-projects', '2024')).toBe('12');
    // One value over a selected range fills it.
    await clipboard.write(page, '7');
    await cell(page, 'series-table', 'new-projects', '2024').click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Control+v');
    await page.getByTestId('paste-apply').click();
    for (const y of ['2024', '2025', '2026']) await expect.poll(() => text(page, 'series-table', 'new-projects', y)).toBe('7');
    // Three values from 2026 on: 2027 and 2028 are added.
    await clipboard.write(page, '30\t32\t34');
    await cell(page, 'series-table', 'new-projects', '2026').click();
    await page.keyboard.press('Control+v');
    expect(await page.getByTestId('paste-diff').textContent()).toContain('연도 2개 추가');
    await page.getByTestId('paste-apply').click();
    await expect.poll(() => text(page, 'series-table', 'new-projects', '2028')).toBe('34');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
    await expect.poll(() => cell(page, 'series-table', 'new-projects', '2028').count()).toBe(0);
  });

  it('Ctrl+D fills down and Ctrl+R fills right, each one undo step', async () => {
    const { page } = session.app;
    const first = await text(page, 'series-table', 'new-projects', '2024');
    await cell(page, 'series-table', 'new-projects', '2024').click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    const last = await text(page, 'series-table', 'new-projects', '2026');
    await page.keyboard.press('Control+r');
    await expect.poll(() => text(page, 'series-table', 'new-projects', '2026')).toBe(first);
    expect(await text(page, 'series-table', 'new-projects', '2025')).toBe(first);
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page, 'series-table', 'new-projects', '2026')).toBe(last);
    // Ctrl+D on one cell copies the cell above: 신규과제 수 2025 ← 신규과제 2025.
    const above = await text(page, 'series-table', 'new', '2025');
    await cell(page, 'series-table', 'new-projects', '2025').click();
    const was = await text(page, 'series-table', 'new-projects', '2025');
    await page.keyboard.press('Control+d');
    await expect.poll(() => text(page, 'series-table', 'new-projects', '2025')).toBe(above);
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page, 'series-table', 'new-projects', '2025')).toBe(was);
  });

  it('Delete clears the selected cells as one undo step', async () => {
    const { page } = session.app;
    const values = await Promise.all(['2024', '2025'].map((y) => text(page, 'series-table', 'new-projects', y)));
    await cell(page, 'series-table', 'new-projects', '2024').click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Delete');
    await expect.poll(() => text(page, 'series-table', 'new-projects', '2024')).toBe('');
    expect(await text(page, 'series-table', 'new-projects', '2025')).toBe('');
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page, 'series-table', 'new-projects', '2024')).toBe(values[0]);
    expect(await text(page, 'series-table', 'new-projects', '2025')).toBe(values[1]);
  });

  it('pastes a 한/글 table (HTML) into the center list in column order, adding centers past the end', async () => {
    const { page } = session.app;
    await page.getByTestId('tab-centers').click();
    const html =
      '<table><tr><td><p>센터 가</p></td><td><p>기관 가</p></td><td>경기</td><td>AI</td><td>2024</td><td>12</td></tr>' +
      '<tr><td><p>센터 나</p></td><td><p>기관 나</p></td><td>대전</td><td>소재</td><td>２０２５</td><td>7</td></tr></table>';
    await clipboard.write(page, '센터 가\t기관 가\t경기\tAI\t2024\t12\r\n센터 나\t기관 나\t대전\t소재\t2025\t7\r\n', html);
    await cell(page, 'center-grid', 'c30', 'name').click();
    await page.keyboard.press('Control+v');
    expect(await page.getByTestId('paste-diff').textContent()).toContain('행 1개 추가');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('center-count').textContent()).toBe('31');
    await expect.poll(() => text(page, 'center-grid', 'c30', 'name')).toBe('센터 가');
    await expect.poll(() => text(page, 'center-grid', 'c31', 'established')).toBe('2025');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('center-count').textContent()).toBe('30');
  });

  it('a block pasted into an open name editor is pasted as cells, never as one name with tabs', async () => {
    const { page } = session.app;
    await page.getByTestId('tab-centers').click();
    const name = await text(page, 'center-grid', 'c1', 'name');
    await cell(page, 'center-grid', 'c1', 'name').dblclick();
    await editorOf(page, 'center-grid').waitFor();
    await clipboard.write(page, 'a\tb\tc\td\te\tf\r\ng\th\ti\tj\tk\tl\r\n');
    await page.keyboard.press('Control+v');
    await page.getByTestId('paste-review').waitFor();
    await page.getByTestId('paste-cancel').click();
    expect(await text(page, 'center-grid', 'c1', 'name')).toBe(name);
  });

  it('deletes only the rows a filter shows, with their count on the button and a confirmation', async () => {
    const { page } = session.app;
    await page.getByTestId('tab-centers').click();
    await page.getByRole('searchbox').fill('경기');
    const grid = page.getByTestId('center-grid');
    const rows = () =>
      grid.evaluate((g) => new Set(Array.from(g.querySelectorAll('.ag-row[row-id]'), (r) => r.getAttribute('row-id'))).size);
    await expect.poll(rows).toBeLessThan(30);
    const shown = await rows();
    expect(shown).toBeGreaterThan(0);
    expect(await page.getByTestId('center-summary').textContent()).toContain(`${shown}개 표시 중`);
    await grid.locator('.ag-header-select-all input').check();
    await expect.poll(() => page.getByTestId('remove-centers').textContent()).toBe(`선택 삭제 (${shown})`);
    await page.getByTestId('remove-centers').click();
    await answer(page, 'remove');
    await page.getByRole('searchbox').fill('');
    await expect.poll(() => page.getByTestId('center-count').textContent()).toBe(String(30 - shown));
    // Undo from the grid (in the search box Ctrl+Z would undo typing).
    await grid.locator('.ag-row[row-index="0"] .ag-cell[col-id="name"]').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('center-count').textContent()).toBe('30');
  });

  it('센터 추가 scrolls to the new row and opens its name for typing', async () => {
    const { page } = session.app;
    await page.getByTestId('tab-centers').click();
    await page.getByTestId('add-center').click();
    const editor = editorOf(page, 'center-grid');
    await editor.waitFor();
    await editor.fill('새 센터');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, 'center-grid', 'c31', 'name')).toBe('새 센터');
    const box = (await cell(page, 'center-grid', 'c31', 'name').boundingBox())!;
    const view = (await page.getByTestId('center-grid').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(view.y);
    expect(box.y + box.height).toBeLessThanOrEqual(view.y + view.height + 1);
  });

  it('a group’s total can be typed or pasted at any time: it is kept and flagged ⚠ against its children’s sum; clearing it gives the sum back', async () => {
    const { page } = session.app;
    const budget2024 = () => cell(page, 'series-table', 'budget', '2024');
    // Cleared, the group's 2024 is its children's sum (1,190 + 720), shown as such.
    await budget2024().click();
    await page.keyboard.press('Delete');
    await expect.poll(() => budget2024().textContent()).toBe('1,910');
    expect(await budget2024().getAttribute('class')).toContain('cell-derived');
    const warned = () => page.getByTestId('mismatch-count').textContent();
    await expect.poll(warned).toContain('1개');
    // A published total typed over the sum is kept, and flagged.
    await budget2024().click();
    await page.keyboard.type('1950');
    await page.keyboard.press('Enter');
    await expect.poll(() => budget2024().textContent()).toContain('1,950');
    expect(await budget2024().getAttribute('class')).toContain('cell-mismatch');
    await expect.poll(warned).toContain('2개');
    await budget2024().hover();
    await expect.poll(() => page.locator('.ag-tooltip').textContent()).toMatch(/1,950.*1,910/);
    // Pasted, too.
    await clipboard.write(page, '2,000');
    await budget2024().click();
    await page.keyboard.press('Control+v');
    await expect.poll(() => budget2024().textContent()).toContain('2,000');
    // Clearing it returns the computed sum.
    await page.keyboard.press('Delete');
    await expect.poll(() => budget2024().textContent()).toBe('1,910');
    await expect.poll(warned).toContain('1개');
  });

  it('a value it cannot read leaves the cell as it was and says what it accepts; 2700억 is read', async () => {
    const { page } = session.app;
    await page.getByTestId('tab-series').click();
    // The detail grid shows the series chosen in the table: 예산 총액, in 억원.
    await cell(page, 'series-table', 'budget', 'name').click();
    await expect.poll(() => page.locator('#detail-title').textContent()).toContain('예산 총액');
    await cell(page, 'budget-grid', 'a-2021', 'value').click();
    const was = await text(page, 'budget-grid', 'a-2021', 'value');
    await page.keyboard.type('많음');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('notice-error').last().textContent()).toContain('예: 2,700 · △120 · 2,700억 · 0.27조');
    await page.keyboard.press('Escape');
    expect(await text(page, 'budget-grid', 'a-2021', 'value')).toBe(was);
    await page.keyboard.type('2700억');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, 'budget-grid', 'a-2021', 'value')).toBe('2,700');
    // A number too large to hold is said to be, never dropped in silence; the value stays.
    await cell(page, 'budget-grid', 'a-2021', 'value').click();
    await page.keyboard.type('1e400');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('notice-error').last().textContent()).toContain('±1,000,000,000,000,000,000');
    await page.keyboard.press('Escape');
    expect(await text(page, 'budget-grid', 'a-2021', 'value')).toBe('2,700');
  });

  it('a copy from the by-year grid pastes into 한/글 as the report’s tables look: unit line, △, numbers right-aligned and kept as numbers', async () => {
    const { page } = session.app;
    await cell(page, 'budget-grid', 'a-2023', 'value').click();
    await cell(page, 'budget-grid', 'a-2024', 'change').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Control+c');
    const copied = await clipboard.read(page);
    expect(copied.html).toContain('>(단위: 억원)</caption>');
    expect(copied.html).toContain('x:num="1910">1,910</td>');
    expect(copied.html).toMatch(/x:num="-0\.0299\d*">△3\.0%<\/td>/);
    expect(copied.html).toContain('border:1.5pt solid #000');
    // The plain text stays digits for spreadsheets that read TSV.
    expect(copied.text.split('\r\n')[1]!.split('\t')[0]).toBe('1910');
  });

  it('the right-click menu cuts, copies, pastes and fills through navigator.clipboard', async () => {
    const { page } = session.app;
    const was = await text(page, 'series-table', 'new-projects', '2024');
    await cell(page, 'series-table', 'new-projects', '2024').click({ button: 'right' });
    const menu = page.getByTestId('cell-menu');
    await menu.locator('[data-action="copy"]').click();
    await expect.poll(async () => (await clipboard.read(page)).text).toBe(was!.replace(/,/g, ''));
    await clipboard.write(page, '99');
    await cell(page, 'series-table', 'new-projects', '2025').click({ button: 'right' });
    await menu.locator('[data-action="paste"]').click();
    await expect.poll(() => text(page, 'series-table', 'new-projects', '2025')).toBe('99');
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page, 'series-table', 'new-projects', '2025')).not.toBe('99');
    // The menu opens from the keyboard too (Shift+F10) and closes with Escape.
    await cell(page, 'series-table', 'new-projects', '2025').click();
    await page.keyboard.press('Shift+F10');
    await menu.waitFor();
    await page.keyboard.press('Escape');
    expect(await menu.count()).toBe(0);
  });

  it('read-only grids copy too: the scenario comparison', async () => {
    const { page } = session.app;
    // The comparison is of the selected series' scenarios: 예산 총액 has three.
    await cell(page, 'series-table', 'budget', 'name').click();
    await page.getByTestId('tab-comparison').click();
    const grid = page.getByTestId('comparison-grid');
    const first = grid.locator('.ag-row[row-index="0"] .ag-cell').nth(1);
    await first.click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Control+c');
    const copied = (await clipboard.read(page)).text.split('\r\n');
    expect(copied).toHaveLength(2);
    expect(copied[0]).toBe((await first.textContent())!.replace(/,/g, ''));
    // Typing does nothing there.
    await page.keyboard.type('5');
    expect(await editorOf(page, 'comparison-grid').count()).toBe(0);
  });
});
