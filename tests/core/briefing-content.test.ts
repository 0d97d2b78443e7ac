/** The briefing content model: what every document says, made once from the workbook. */
import { describe, expect, it } from 'vitest';
import { briefingContent, reportTables } from '../../core/briefing/briefing-content';
import { reportCellText } from '../../core/briefing/report-cell-text';
import type { Workbook } from '../../core/types';
import { applyEdit } from '../../core/workbook-edits';
import { sampleWorkbookSync } from '../electron/helpers';

const meta = { date: '2026-12-05', author: '' };
const sentences = (wb: Workbook, lang: 'ko' | 'en' = 'ko') =>
  briefingContent(wb, lang, meta).sections[0]!.blocks.map((b) =>
    b.kind === 'sentence' ? `${b.level === 1 ? '□' : '○'} ${b.text}` : b.kind,
  );

describe('briefing content', () => {
  it('summarises the sample as the issue’s own report does', () => {
    const s = sentences(sampleWorkbookSync());
    expect(s[0]).toBe('□ 2026년 예산 총액은 2,685억원으로 전년(2,408억원) 대비 277억원(11.5%) 증가');
    expect(s[1]).toBe('○ 11.5% 증가가 지속될 경우 2030년 4,150억원 전망');
    expect(s).toContain('○ ‘선형 추세’ 시나리오로는 2030년 3,665억원 전망');
  });

  it('reads a decrease with △, a missing latest year against the last year with a value, and an empty workbook', () => {
    const wb = sampleWorkbookSync();
    const set = (w: Workbook, year: number, value: number | null) =>
      applyEdit(w, { kind: 'setPointValue', seriesId: 'budget', year, value });
    expect(sentences(set(wb, 2026, 2300))[0]).toBe('□ 2026년 예산 총액은 2,300억원으로 전년(2,408억원) 대비 △108억원(△4.5%) 감소');
    expect(sentences(set(wb, 2026, 2408))[0]).toBe('□ 2026년 예산 총액은 2,408억원으로 전년(2,408억원)과 같은 수준');
    const gap: Workbook = {
      ...wb,
      scenarios: [],
      series: [
        {
          id: 'x',
          name: '예산',
          unit: '억원',
          parentId: null,
          note: '',
          baselineScenarioId: null,
          points: [
            { year: 2024, value: 1910, note: '' },
            { year: 2025, value: null, note: '' },
            { year: 2026, value: 2685, note: '' },
          ],
        },
      ],
    };
    expect(sentences(gap)[0]).toBe('□ 2026년 예산은 2,685억원으로 2024년(1,910억원) 대비 775억원(40.6%) 증가');
    expect(sentences({ ...wb, series: [], scenarios: [] })).toEqual(['note']);
    expect(sentences(set(wb, 2026, 2300), 'en')[0]).toMatch(
      /^□ .+ in 2026: 2,300 \(100M KRW\), down 108 \(100M KRW\) \(4\.5%\) on the year before \(2,408 \(100M KRW\)\)$/,
    );
  });

  it('lays out the report’s tables: the series table with its units, the scenarios under a grouped header, △ in Korean', () => {
    const content = briefingContent(sampleWorkbookSync(), 'ko', meta);
    const [series, scenarios] = reportTables(content);
    expect(series!.unitLine).toBe('(단위: 억원, 건, 개, %, 억원/개)');
    expect(series!.header[0]!.map((c) => reportCellText(c, 'ko'))).toEqual([
      '구분',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
      '단위',
    ]);
    expect(series!.totals[0]).toBe(true);
    expect(scenarios!.header[0]!.at(-1)).toMatchObject({ text: '기준 대비', colSpan: 2 });
    const linear = scenarios!.body.find((r) => reportCellText(r[1]!, 'ko') === '선형 추세')!;
    expect(linear.slice(3).map((c) => reportCellText(c, 'ko'))).toEqual(['3,665', '△485', '△11.7%']);
    expect(linear.slice(3).map((c) => reportCellText(c, 'en'))).toEqual(['3,665', '-485', '-11.7%']);
  });
});
