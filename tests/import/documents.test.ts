/**
 * Tables out of 한/글 documents: our own look-alikes (scripts/make-document-fixtures.ts: the same
 * document as HWP 5.0, HWPX and 배포용 HWP, plus bad ones) and, when the folder exists, the real
 * documents in ../shared/fixtures/documents/ (see its README).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../core/errors';
import { defaultSeriesChoices, planSeriesImport, seriesCandidates } from '../../core/import/series-import';
import { blankWorkbook } from '../../core/workbook-diff';
import { chooseSheet, inspectLoaded, toImportTable, type InspectReport } from '../../electron/handlers/import/inspect';
import { loadSpreadsheet } from '../../electron/handlers/import/load-spreadsheet';
import { runCliCaptured } from '../electron/helpers';

const own = (name: string) => fileURLToPath(new URL(`../fixtures/documents/${name}`, import.meta.url));
const SHARED = fileURLToPath(new URL('../../../shared/fixtures/documents/', import.meta.url));
const shared = (name: string) => join(SHARED, name);
// On CI the real documents must be there (like Chromium and LibreOffice); elsewhere their absence is a clear skip.
if (!existsSync(SHARED) && process.env.CI === 'true') throw new Error(`the document corpus is required on CI: ${SHARED} does not exist`);
if (!existsSync(SHARED)) console.warn(`\n[document corpus] SKIPPED: ${SHARED} does not exist\n`);
const report = async (path: string): Promise<InspectReport> => inspectLoaded(await loadSpreadsheet(path), { limit: 100, lang: 'en' });
const table = (r: InspectReport, sheet: string) => r.tables.find((t) => t.sheet === sheet)!;
const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const failure = (path: string) =>
  loadSpreadsheet(path).then(
    () => null,
    (e: unknown) => (e as AppError).code,
  );

describe('한/글 look-alikes', () => {
  it('reads the budget table: unit from the paragraph above, letter-spaced labels, △ negatives, the total checked', async () => {
    const r = await report(own('budget-release.hwp'));
    expect(r.format).toBe('hwp');
    const t = table(r, '표 2');
    expect(t).toMatchObject({ headerRows: [4], unit: '백만원', unitSource: 'note', kind: 'series', caption: '', layout: false });
    expect(t.context).toEqual(['2026년 산업혁신기반구축 예산 현황', '(단위 : 백만원)']);
    expect(t.columns.map((c) => c.name)).toEqual(['구분', '2025년 (A)', '2026년 (B)', '증감 (B-A)']);
    expect(t.rows).toEqual([
      ['신규과제', 24000, 28000, 4000],
      ['계속과제', 216800, 240500, 23700],
      ['조정', -1200, 0, 1200],
    ]);
    expect(t.totals).toEqual([{ row: 8, label: '합계', checked: true, mismatches: [] }]);
    expect(t.warnings).toEqual([]);
  });

  it('reads rates in parentheses as rates: never a sign flip, "value (rate)" split in two, the unit from the caption', async () => {
    const t = table(await report(own('budget-release.hwp')), '표 3');
    expect(t.caption).toBe('< 분기별 투자 추이(억 달러, 전년동기 대비, %) >');
    expect(t.columns.map((c) => [c.name, c.unit, c.period])).toEqual([
      ['구분', null, null],
      ['2025년 · 3분기', '억달러', '2025 Q3'],
      ['2025년 · 4분기', '억달러', '2025 Q4'],
      ['2025년 · 4분기 증감률', '%', null],
      ['2026년 · 1분기', '억달러', '2026 Q1'],
      ['2026년 · 1분기 증감률', '%', null],
    ]);
    expect(t.rows).toEqual([
      ['투자액', 150.9, 176.8, -8.3, 159.8, 4.5],
      ['증감률', 147.8, -51.2, null, 16.6, null],
    ]);
  });

  it('offers a table nested in a cell as its own table, and lists layout boxes last', async () => {
    const r = await report(own('budget-release.hwp'));
    // 표 4 only frames the nested 표 5 (its own cells hold no figure): a layout box.
    expect(r.tables.map((t) => [t.sheet, t.layout, t.nested])).toEqual([
      ['표 2', false, false],
      ['표 3', false, false],
      ['표 5', false, true],
      ['표 1', true, false],
      ['표 4', true, false],
    ]);
    expect(table(r, '표 5').rows).toEqual([
      ['장비', 1500],
      ['인건비', 2300],
    ]);
  });

  it('the same document as HWPX and as a 배포용 (encrypted) HWP reads the same', async () => {
    const strip = (r: InspectReport) => r.tables;
    const hwp = await report(own('budget-release.hwp'));
    expect(strip(await report(own('budget-release.hwpx')))).toEqual(strip(hwp));
    expect(strip(await report(own('budget-release-distribution.hwp')))).toEqual(strip(hwp));
  });

  it('a damaged section loses only its own tables, and says so', async () => {
    const r = await report(own('damaged-section.hwp'));
    expect(r.tables.map((t) => t.sheet)).toContain('표 2');
    expect(r.warnings).toEqual([
      'Sections of the document that could not be read: 1; their tables are missing. The other tables are complete.',
    ]);
  });

  it('password-protected, HWP 3.0 and HWPML documents each get their message; files stay as they were', async () => {
    for (const [file, code] of [
      ['password.hwp', 'import.hwpPassword'],
      ['hwp3.hwp', 'import.hwp3'],
      ['document.hml', 'import.hwpml'],
    ] as const) {
      const before = hash(own(file));
      expect(await failure(own(file)), file).toBe(code);
      expect(hash(own(file))).toBe(before);
    }
  });

  it('crafted documents end in import.corrupt, never a crash or a hang', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aw-hwp-'));
    try {
      const good = readFileSync(own('budget-release.hwp'));
      await writeFile(join(dir, 'cut.hwp'), good.subarray(0, 1500));
      await writeFile(join(dir, 'cut.hwpx'), readFileSync(own('budget-release.hwpx')).subarray(0, 700));
      for (const f of ['cut.hwp', 'cut.hwpx']) expect(await failure(join(dir, f)), f).toBe('import.corrupt');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a .hwpx name on an HWP 5 file still works: the bytes decide', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aw-hwp-'));
    try {
      await writeFile(join(dir, 'misnamed.hwpx'), readFileSync(own('budget-release.hwp')));
      expect((await report(join(dir, 'misnamed.hwpx'))).format).toBe('hwp');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.runIf(existsSync(SHARED))('real 한/글 documents', () => {
  it('통합재정통계: (단위 : 십억원) above the table, △ negatives, a series per row in 십억원 for 2010', async () => {
    const loaded = await loadSpreadsheet(shared('통합재정통계_2010-11.hwp'));
    const r = inspectLoaded(loaded, { limit: 100, lang: 'en' });
    const t = table(r, '표 2');
    expect(t).toMatchObject({ size: { rows: 9, cols: 8 }, headerRows: [4], unit: '십억원', unitSource: 'note', snapshotYear: 2010 });
    expect(t.context).toEqual(['(2010.11월 누계 기준/잠정)', '(단위 : 십억원)']);
    expect(t.columns.map((c) => c.name)).toEqual([
      '구분',
      '구분',
      '일반 회계',
      '특별 회계',
      '세입 세출외',
      '비금융성 기금',
      '기업 특별회계',
      '합계',
    ]);
    expect(t.rowKeys).toEqual([
      '수입 (A)',
      '수입 (A) · 경상수입',
      '수입 (A) · 자본수입',
      '지출 및 순융자 (B)',
      '지출 및 순융자 (B) · 경상지출',
      '지출 및 순융자 (B) · 자본지출',
      '지출 및 순융자 (B) · 순융자',
      '통합재정수지 (A-B)',
    ]);
    expect(t.rows.at(-1)).toEqual(['통합재정수지 (A-B)', '통합재정수지 (A-B)', 25067, -18308, -777, 15871, -52, 21802]);
    // As series: one per row (the 합계 column ticked), 2010, in 십억원 — or converted to 억원 (× 10).
    const imported = toImportTable(chooseSheet(loaded, { sheet: '표 2' }).table);
    const candidates = seriesCandidates(imported);
    // Rows that are the sums of the rows under them (수입 (A) = 경상수입 + 자본수입) are not ticked at first.
    const chosen = [...defaultSeriesChoices(imported).keys()];
    const sums = ['수입 (A)', '지출 및 순융자 (B)'];
    expect(chosen.map((i) => candidates[i]!.label)).toEqual(t.rowKeys.filter((k) => !sums.includes(k)).map((k) => `${k} · 합계`));
    const plan = planSeriesImport(blankWorkbook('w'), imported, {
      file: 'f.hwp',
      sheet: '표 2',
      unit: imported.unit,
      choices: new Map(chosen.map((i) => [i, { kind: 'new' as const }])),
      parentId: null,
      totalsAsParent: false,
      overrideUnits: false,
      defaultUnit: '억원',
    });
    if (!plan.ok) throw new Error('plan failed');
    expect(plan.added.map((s) => [s.name, s.unit, s.points.map((p) => [p.year, p.value])]).at(-1)).toEqual([
      '통합재정수지 (A-B) · 합계',
      '십억원',
      [[2010, 21802]],
    ]);
    // Not the whole of 2010: the period stays on each point, as its note and in its provenance.
    expect(imported.snapshotPeriod).toBe('2010.11월 누계 기준/잠정');
    expect(plan.added.at(-1)!.points[0]).toMatchObject({
      note: '2010.11월 누계 기준/잠정',
      source: { period: '2010.11월 누계 기준/잠정' },
    });
  });

  it('해외직접투자 보도자료: the .hwp and the .hwpx give identical grids for all 26 tables', async () => {
    const [a, b] = await Promise.all([
      report(shared('해외직접투자_보도자료_2024-1Q.hwp')),
      report(shared('해외직접투자_보도자료_2024-1Q.hwpx')),
    ]);
    expect(a.tables).toHaveLength(26);
    expect(b.tables).toEqual(a.tables);
    const t = table(a, '표 4');
    expect(t.context?.at(-1)).toBe('< 분기별 해외직접투자액 추이(억 달러, 전년동기 대비, %) >');
    expect(t).toMatchObject({ unit: '억달러', headerRows: [5, 6], kind: 'series' });
    // The growth rates under the amounts are rates: (147.8) is +147.8, (△51.2) is −51.2.
    expect(t.rows).toEqual([
      ['총투자', 282.3, 198.5, 184.8, 150.9, 176.8, 159.8, 150.5, 157.7, 150.9],
      ['증감률', 147.8, 16.6, 5.2, -51.2, -37.4, -19.5, -18.5, 4.5, -14.6],
    ]);
    expect(table(a, '표 11').rowKeys.slice(0, 2)).toEqual(['금융 보험업', '금융 보험업 증감률(%)']);
    // Layout boxes, listed last: the 보도자료 banner, the headline box, 보도시점, 담당 부서, the 별첨 and 참고 headings.
    expect(a.tables.filter((x) => x.layout).map((x) => x.sheet)).toEqual(['표 1', '표 2', '표 3', '표 8', '표 9', '표 26']);
    expect(a.tables.slice(-6).every((x) => x.layout)).toBe(true);
    expect(a.tables.flatMap((x) => x.warnings)).toEqual([]);
  });

  it('국립국어원 업무계획: 55 tables; 세입예산 in 백만원 with its % column; 세출예산 whose unit is in its first row', async () => {
    const r = await report(shared('국립국어원_업무계획_2022.hwp'));
    expect(r.tables).toHaveLength(55);
    const income = table(r, '표 54');
    expect(income.context).toEqual(['(2021. 12. 현재 기준)', '□ 세입예산', '(단위: 백만원)']);
    expect(income.columns.map((c) => [c.name, c.unit])).toEqual([
      ['구분', null],
      ['2021년 (A)', '백만원'],
      ['2022년 (B)', '백만원'],
      ['증감 (B-A)', '백만원'],
      ['%', '%'],
    ]);
    expect(income.rows[0]).toEqual(['토지대여료', 94, 97, 3, 3.19]);
    expect(income.totals).toEqual([{ row: 7, label: '계', checked: true, mismatches: [] }]);
    const spending = table(r, '표 55');
    expect(spending).toMatchObject({ size: { rows: 19, cols: 7 }, headerRows: [6, 7] });
    expect(spending.columns[1]).toMatchObject({ name: '2021년 (A)', unit: '백만원', unitSource: 'note' });
    expect(spending.rows[0]!.slice(0, 3)).toEqual(['사업비', 18583, 20639]);
    expect(r.tables.flatMap((x) => x.warnings)).toEqual([]);
  });

  it('noori, captions, nested tables and a 배포용 document list their tables', async () => {
    const noori = await report(shared('noori.hwp'));
    expect(noori.tables).toHaveLength(5);
    expect((await report(shared('noori.hwpx'))).tables).toEqual(noori.tables);
    const captions = await report(shared('table-caption.hwp'));
    expect(captions.tables.map((t) => t.caption)).toEqual([
      '표 위 캡션',
      '표 아래 캡션',
      '표 왼쪽',
      '표 오른쪽',
      '표 왼쪽 위',
      '표 오른쪽 아래',
      '표 여백까지 확대 ------------------------------------------',
      '표 한 줄로 입력 ------------------------------------------',
    ]);
    expect((await report(shared('table-caption.hwpx'))).tables).toEqual(captions.tables);
    const nested = await report(shared('table-nested.hwpx'));
    expect(nested.tables).toHaveLength(17);
    expect(nested.tables.filter((t) => t.nested)).toHaveLength(5);
    const dist = await report(shared('distribution.hwp'));
    expect(dist.tables.map((t) => t.caption)).toEqual([
      '표 배포용 문서와 일반 문서의 차이점',
      '표 배포용 문서 데이터',
      '표 해시코드와 옵션 플래그 데이터',
      '표 Seed',
      '',
    ]);
  });

  it('a password-protected document and an HWP 3.0 file get their messages; the CLI says so in one line with exit 2', async () => {
    expect(await failure(shared('bad_password-12345.hwp'))).toBe('import.hwpPassword');
    expect(await failure(shared('bad_hwp3-format.hwp'))).toBe('import.hwp3');
    for (const f of ['bad_password-12345.hwp', 'bad_hwp3-format.hwp']) {
      const r = await runCliCaptured('inspect', shared(f), '--json');
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });
});
