/** Import end to end: preview dialog, header row change, diff, apply, values in the grid; a dropped file; bad files. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../electron/helpers';
import { cell, e2eAvailability, useAppSession } from './harness';

const available = e2eAvailability();
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

describe.runIf(available.run)('import in Chromium', () => {
  const session = useAppSession();

  it('imports a budget table into series: preview, header row, conversion from 백만원, diff per year, apply, provenance, undo', async () => {
    const { page } = session.app;
    session.app.openPaths.push(fixture('series-years-in-columns.xlsx'));
    await page.getByTestId('import-button').click();
    const dialog = page.getByTestId('import-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('import-header-row').inputValue()).toBe('5');
    expect(await page.getByTestId('import-unit').inputValue()).toBe('백만원');
    // A wrong header row: the table changes; back to 5 restores it.
    await page.getByTestId('import-header-row').fill('6');
    await page.getByTestId('import-header-row').press('Enter');
    await expect.poll(() => page.getByTestId('import-preview').locator('th').nth(1).textContent()).toContain('기반구축');
    await page.getByTestId('import-header-row').fill('5');
    await page.getByTestId('import-header-row').press('Enter');
    await expect.poll(() => page.getByTestId('import-preview').locator('th').nth(2).textContent()).toContain('2022년');
    // Rows: 기반구축 and 신규과제 (합계 is a totals row, kept aside). 신규과제 goes into the existing series.
    const chooser = page.getByTestId('import-series-chooser');
    expect(await chooser.textContent()).toContain('기반구축');
    await page.getByTestId('import-row-0').uncheck();
    await page.getByTestId('import-into-1').selectOption({ label: '‘신규과제’ 갱신' });
    await expect.poll(() => dialog.textContent()).toContain('1백만원 = 0.01억원');
    await page.getByTestId('import-next').click();
    const diff = page.getByTestId('import-diff');
    // 2022 482 → 120, 2023 new −30 (△3,000백만원), 2024 720 → 80, 2025 240 → 160; 2026 (280) unchanged.
    await expect.poll(() => diff.locator('.field-change').count()).toBe(4);
    expect(await diff.textContent()).toContain('2023: (새 연도) → -30');
    await page.getByTestId('import-apply').click();
    await cell(page, 'series-table', 'new', 'name').click();
    await expect.poll(() => cell(page, 'budget-grid', 'a-2023', 'value').textContent()).toBe('-30');
    expect(await cell(page, 'budget-grid', 'a-2026', 'value').textContent()).toBe('280');
    await cell(page, 'budget-grid', 'a-2024', 'value').hover();
    await expect.poll(() => page.locator('.ag-tooltip').textContent()).toContain('series-years-in-columns.xlsx · 예산 · D7');
    // The group keeps its entered values; where its children no longer add up to them (2024: 1,190 + 80, 2025: 2,168 + 160), it says so.
    await expect.poll(() => page.getByTestId('mismatch-count').textContent()).toContain('3개');
    expect(await cell(page, 'series-table', 'budget', '2024').textContent()).toBe('1,910');
    // One undo puts the whole import back.
    await page.getByTestId('undo-button').click();
    await expect.poll(() => cell(page, 'series-table', 'new', '2024').textContent()).toBe('720');
    await expect.poll(() => page.getByTestId('mismatch-count').textContent()).toContain('1개');
  });

  it('imports rows as new series in the file’s unit, a row named like an existing series into it; importing again changes nothing', async () => {
    const { page } = session.app;
    const importFile = async () => {
      session.app.openPaths.push(fixture('series-years-in-columns.xlsx'));
      await page.getByTestId('import-button').click();
      await page.getByTestId('import-dialog').waitFor();
    };
    await importFile();
    // 신규과제 is a series of the workbook already: it is updated, not made twice; 기반구축 is new.
    expect(await page.getByTestId('import-into-1').inputValue()).toBe('update:new');
    expect(await page.getByTestId('import-into-0').inputValue()).toBe('new');
    expect(await page.getByTestId('import-dialog').textContent()).toContain('시리즈 2개: 새로 1 · 갱신 1');
    await page.getByTestId('import-next').click();
    await expect.poll(() => page.getByTestId('import-diff').textContent()).toContain('+ 기반구축');
    await page.getByTestId('import-apply').click();
    // One new series after the six of the sample, in the file's unit, with its values as written.
    await expect.poll(() => cell(page, 'series-table', 'series1', 'name').textContent()).toBe('기반구축');
    expect(await cell(page, 'series-table', 'series1', 'unit').textContent()).toBe('백만원');
    expect(await cell(page, 'series-table', 'series1', '2022').textContent()).toBe('161,500');
    expect(await page.getByTestId('series-table').locator('.ag-row[row-id="series2"]').count()).toBe(0);
    // The same file again: both rows go into their series, and nothing changes.
    await importFile();
    expect(await page.getByTestId('import-into-0').inputValue()).toBe('update:series1');
    await page.getByTestId('import-next').click();
    await expect.poll(() => page.getByTestId('import-diff').locator('.diff-summary').textContent()).toMatch(/추가 0.*변경 2/);
    expect(await page.getByTestId('import-diff').locator('.field-change').allTextContents()).toEqual([
      '바뀌는 값이 없습니다.',
      '바뀌는 값이 없습니다.',
    ]);
    await page.getByTestId('import-apply').click();
    expect(await page.getByTestId('series-table').locator('.ag-row[row-id="series2"]').count()).toBe(0);
  });

  it('imports a CP949 center list dropped on the window, with mapping and a diff against the current list', async () => {
    const { page } = session.app;
    session.app.droppedPaths['centers.csv'] = fixture('centers-cp949.csv');
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['x'], 'centers.csv', { type: 'text/csv' }));
      document.querySelector('.app')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    const dialog = page.getByTestId('import-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('CP949');
    expect(await page.getByTestId('import-encoding').inputValue()).toBe('cp949');
    expect(await page.getByTestId('import-use-0').inputValue()).toBe('name');
    expect(await page.getByTestId('import-use-2').inputValue()).toBe('region');
    // Reading it as UTF-8 garbles the preview; back to CP949 fixes it.
    await page.getByTestId('import-encoding').selectOption('utf-8');
    await expect.poll(() => page.getByTestId('import-preview').textContent()).not.toContain('실증센터');
    await page.getByTestId('import-encoding').selectOption('cp949');
    await expect.poll(() => page.getByTestId('import-preview').textContent()).toContain('AI 제조공정 실증센터');
    // Nothing is removed unless asked, and the box says how many would go.
    expect(await page.getByTestId('import-remove-missing').isChecked()).toBe(false);
    await expect.poll(() => page.getByTestId('import-dialog').textContent()).toContain('파일에 없는 센터 27개 삭제');
    await page.getByTestId('import-remove-missing').check();
    await page.getByTestId('import-next').click();
    const diff = page.getByTestId('import-diff');
    // 3 imported, all in the sample (one with changed equipment); the other 27 are removed on request.
    await expect.poll(() => diff.locator('.diff-summary').textContent()).toContain('추가 0');
    expect(await diff.locator('.diff-summary').textContent()).toMatch(/변경 1.*삭제 27.*동일 2/);
    expect(await diff.textContent()).toContain('장비 수: 56 → 1,056');
    await page.getByTestId('import-apply').click();
    await page.getByTestId('tab-centers').click();
    await expect.poll(() => page.getByTestId('center-count').textContent()).toBe('3');
    expect(await cell(page, 'center-grid', 'c6', 'equipment').textContent()).toBe('1,056');
  });

  it('a list with duplicate names imported twice changes nothing the second time; a row that matches two centers is asked about', async () => {
    const { page } = session.app;
    const header = '순번,시도본부,119안전센터명,주소,전화번호,관리번호';
    const rows = [
      '1,서울특별시,삼성119안전센터,서울 강남구 테헤란로 629,02-6981-7556,S-001',
      '2,대전광역시,삼성119안전센터,대전 서구 둔산로 1,042-609-1234,D-001',
      '3,충청북도,삼성119안전센터,충북 청주시 상당로 9,043-230-5678,C-001',
      '4,경기도,중앙119안전센터,경기 성남시 중앙로 1,031-111-0001,G-001',
      '5,경기도,중앙119안전센터,경기 안산시 중앙대로 2,031-111-0002,G-002',
    ];
    const first = session.tmp.path('119-목록.csv');
    await writeFile(first, `${header}\n${rows.join('\n')}\n`);
    const importList = async (path: string) => {
      session.app.openPaths.push(path);
      await page.getByTestId('import-button').click();
      await page.getByTestId('import-dialog').waitFor();
      // 119안전센터명 only ends with 센터명: the user confirms it is the name.
      await page.getByTestId('import-confirm-mapping').check();
    };
    await page.getByTestId('tab-centers').click();
    await importList(first);
    await page.getByTestId('import-next').click();
    await expect.poll(() => page.getByTestId('import-diff').locator('.diff-summary').textContent()).toContain('추가 5');
    await page.getByTestId('import-apply').click();
    await expect.poll(() => page.getByTestId('notice-info').last().textContent()).toContain('추가 5 · 변경 0 · 삭제 0 · 그대로 0');
    await expect.poll(() => page.getByTestId('center-count').textContent()).toBe('35');
    // The same file again: nothing changes, and the notice says so.
    await importList(first);
    await page.getByTestId('import-next').click();
    await expect.poll(() => page.getByTestId('import-diff').locator('.diff-summary').textContent()).toMatch(/추가 0.*변경 0.*동일 5/);
    await page.getByTestId('import-apply').click();
    await expect.poll(() => page.getByTestId('notice-info').last().textContent()).toContain('추가 0 · 변경 0 · 삭제 0 · 그대로 5');
    expect(await page.getByTestId('center-count').textContent()).toBe('35');
    // A new phone number for one 경기 중앙: it matches both 경기 중앙 by name and region, so the dialog asks.
    const second = session.tmp.path('119-수정.csv');
    await writeFile(second, `${header}\n${rows[3]!.replace('031-111-0001', '031-999-9999')}\n`);
    await importList(second);
    const ambiguous = page.getByTestId('import-ambiguous');
    await ambiguous.waitFor();
    expect(await ambiguous.textContent()).toContain('중앙119안전센터');
    expect(await page.getByTestId('import-next').isDisabled()).toBe(true);
    // Matching by 관리번호 tells them apart: the one center changes.
    await page.getByTestId('import-match-key').selectOption({ label: '관리번호' });
    await ambiguous.waitFor({ state: 'detached' });
    await page.getByTestId('import-next').click();
    const diff = page.getByTestId('import-diff');
    await expect.poll(() => diff.locator('.diff-summary').textContent()).toMatch(/추가 0.*변경 1/);
    expect(await diff.textContent()).toContain('031-111-0001 → 031-999-9999');
    await page.getByTestId('import-apply').click();
    await expect.poll(() => page.getByTestId('notice-info').last().textContent()).toContain('추가 0 · 변경 1');
    expect(await page.getByTestId('center-count').textContent()).toBe('35');
  });

  it('imports an old .xls center list under a merged title: regions folded to 시도, the unknown one named', async () => {
    const { page } = session.app;
    session.app.openPaths.push(fixture('ministry-list-merged-title.xls'));
    await page.getByTestId('import-button').click();
    const dialog = page.getByTestId('import-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('XLS');
    expect(await page.getByTestId('import-header-row').inputValue()).toBe('3');
    expect(await page.getByTestId('import-use-1').inputValue()).toBe('name');
    // 연번 is a column of numbers: it can never become a text field such as 운영기관.
    expect(await page.getByTestId('import-use-0').locator('option[value="institution"]').isDisabled()).toBe(true);
    await expect.poll(() => page.getByTestId('import-warnings').textContent()).toContain('해외');
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-apply').click();
    await page.getByTestId('tab-centers').click();
    await expect.poll(() => page.getByTestId('center-summary').textContent()).toContain('경남');
    expect(await page.getByTestId('center-summary').textContent()).not.toContain('경기북부');
    await page.getByTestId('undo-button').click();
    await page.getByTestId('tab-series').click();
  });

  it('a list whose name column is only a guess imports after the user confirms it', async () => {
    const { page } = session.app;
    const { writeFile, mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(`${tmpdir()}/aw-e2e-119-`);
    const csv = `${dir}/119.csv`;
    await writeFile(csv, '순번,시도본부,119안전센터명\r\n1,서울특별시,개포119안전센터\r\n2,경기북부,의정부119안전센터\r\n');
    session.app.openPaths.push(csv);
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-dialog').waitFor();
    expect(await page.getByTestId('import-use-2').inputValue()).toBe('name');
    expect(await page.getByTestId('import-next').isDisabled()).toBe(true);
    await page.getByTestId('import-confirm-mapping').check();
    expect(await page.getByTestId('import-next').isDisabled()).toBe(false);
    await page.getByTestId('import-dialog').getByRole('button', { name: '취소', exact: true }).click();
    await expect.poll(() => page.getByTestId('import-dialog').count()).toBe(0);
  });

  it('explains files it cannot import', async () => {
    const { page } = session.app;
    for (const [file, text] of [
      ['damaged.xls', '손상'],
      ['encrypted.xlsx', '암호로 보호'],
      ['truncated.xlsx', '손상'],
      ['documents/password.hwp', '암호가 걸린 한/글 문서'],
      ['documents/hwp3.hwp', '한/글 97 이하(HWP 3.0)'],
      ['empty.csv', '빈 파일'],
    ] as const) {
      session.app.openPaths.push(fixture(file));
      await page.getByTestId('import-button').click();
      await expect.poll(() => page.getByTestId('notice-error').last().textContent()).toContain(text);
      expect(await page.getByTestId('import-dialog').count()).toBe(0);
    }
  });

  it('a long import shows its progress with Cancel, and Cancel stops it with nothing changed', async () => {
    const { page } = session.app;
    const { dir, cleanup } = await tempDir();
    try {
      const big = join(dir, 'centers-300k.csv');
      const rows = Array.from({ length: 300_000 }, (_, i) => `센터 ${i},기관 ${i % 900},서울,반도체,${2000 + (i % 26)},${i % 90}`);
      await writeFile(big, `센터명,운영기관,지역,분야,구축연도,장비 수\n${rows.join('\n')}\n`);
      const before = await cell(page, 'series-table', 'budget', '2026').textContent();
      session.app.openPaths.push(big);
      await page.getByTestId('import-button').click();
      // The overlay comes once main has the file (after its dialog) and names the task.
      const overlay = page.locator('[data-testid="work-progress"][data-task="import"]');
      await overlay.waitFor();
      expect(await overlay.textContent()).toContain('파일을 읽는 중');
      await overlay.getByRole('button', { name: '취소' }).click();
      await expect.poll(() => page.getByTestId('notice-info').last().textContent()).toContain('가져오기를 취소했습니다');
      await overlay.waitFor({ state: 'detached' });
      expect(await page.getByTestId('import-dialog').count()).toBe(0);
      expect(await cell(page, 'series-table', 'budget', '2026').textContent()).toBe(before);
    } finally {
      await cleanup();
    }
  });

  it('a 100,000-row list: the preview scrolls on past its first 1,000 rows; the diff counts every row; apply adds them all', async () => {
    const { page } = session.app;
    const { dir, cleanup } = await tempDir();
    try {
      const big = join(dir, 'centers-100k.csv');
      const rows = Array.from(
        { length: 100_000 },
        (_, i) => `목록센터 ${i + 1},목록기관 ${i % 900},경기,반도체,${2000 + (i % 26)},${i % 90}`,
      );
      await writeFile(big, `센터명,운영기관,지역,분야,구축연도,장비 수\n${rows.join('\n')}\n`);
      await page.getByTestId('tab-centers').click();
      const shownBefore = (await page.getByTestId('center-count').textContent())!;
      const before = Number(shownBefore.replace(/,/g, ''));
      session.app.openPaths.push(big);
      await page.getByTestId('import-button').click();
      const dialog = page.getByTestId('import-dialog');
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('데이터 100,000행');
      // Each column's statistics cover all 100,000 rows: 구축연도 2000–2025, 장비 수 0–89, no blanks.
      expect(await page.getByTestId('import-stats-4').textContent()).toBe('연도 · 2000–2025');
      expect(await page.getByTestId('import-stats-5').textContent()).toBe('숫자 · 0–89');
      expect(await page.getByTestId('import-stats-5').getAttribute('title')).toBe('전체 100,000행 중 값 100,000개');
      // The work process sums up what would change; until then the dialog says it is working on it.
      await expect.poll(() => page.getByTestId('import-summarizing').count()).toBe(0);
      expect(await dialog.textContent()).toContain(`파일에 없는 센터 ${before}개 삭제`);
      // Scrolling to the end of the preview draws more rows; past the first 1,000 they come from the work process.
      const box = page.getByTestId('import-preview-scroll');
      const lastRow = () => page.getByTestId('import-preview').locator('tbody tr:last-child td:first-child').textContent();
      expect(await lastRow()).toBe('51');
      for (let shown = 51; shown < 1_101;) {
        await box.evaluate((el) => el.scrollTo(0, el.scrollHeight));
        await expect.poll(async () => Number(await lastRow())).toBeGreaterThan(shown);
        shown = Number(await lastRow());
      }
      expect(await page.getByTestId('import-preview').textContent()).toContain('목록센터 1100');
      await page.getByTestId('import-next').click();
      const diff = page.getByTestId('import-diff');
      await expect.poll(() => diff.locator('.diff-summary').textContent()).toContain('추가 100,000');
      // The list shows the first 100 of each kind.
      expect(await diff.locator('li.added').count()).toBe(100);
      expect(await page.getByTestId('import-diff-first').textContent()).toBe('종류마다 처음 100개만 표시합니다.');
      await page.getByTestId('import-apply').click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('center-count').textContent()).toBe((before + 100_000).toLocaleString('ko-KR'));
      // The notice counts as people write counts: 추가 100,000.
      expect(await page.getByTestId('notice-info').last().textContent()).toContain('추가 100,000');
      // One undo takes the whole import back.
      await page.getByTestId('undo-button').click();
      await expect.poll(() => page.getByTestId('center-count').textContent()).toBe(shownBefore);
    } finally {
      await cleanup();
    }
  });
});
