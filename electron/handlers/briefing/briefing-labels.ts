/** Sheet names and labels of the xlsx briefing in the UI language, from the message catalogs; units come from the data. */
import { unitLabel } from '../../../core/units';
import { catalogs, formatMessage, type MessageKey, type MessageParams } from '../../../core/messages';
import type { Lang } from '../../../core/types';

/** Labels used by the briefing. */
export function briefingLabels(lang: Lang) {
  const f = (key: string, params?: MessageParams) => formatMessage(lang, `briefing.${key}` as MessageKey, params);
  const b = catalogs[lang].briefing;
  return {
    sheets: b.sheets,
    unitName: (unit: string) => unitLabel(unit, lang),
    unitNote: (unit: string) => f('unitNote', { unit }),
    unitsPerRow: b.unitsPerRow,
    madeOn: (date: string, author: string) => [f('madeOn', { date }), author ? f('madeBy', { author }) : ''].filter(Boolean).join(' · '),
    keyFigures: (series: string) => f('keyFigures', { series }),
    latest: (year: number) => f('latest', { year }),
    yoy: b.yoy,
    cagr: (from: number, to: number) => f('cagr', { from, to }),
    centerCount: b.centerCount,
    institutionCount: b.institutionCount,
    scenarioEnd: (series: string, name: string, year: number) => f('scenarioEnd', { series, name, year }),
    diffFromBaseline: b.diffFromBaseline,
    scenarioHead: b.scenarioHead,
    projectedValue: b.projectedValue,
    baseline: b.baseline,
    byRegion: b.byRegion,
    assumptions: b.assumptions,
    assumptionHeader: b.assumptionHeader,
    customRateHead: (k: number) => f('customRateHead', { k }),
    childrenNote: b.childrenNote,
    inputsMethod: b.inputsMethod,
    inputsNote: (formula: string, scenario: string) => f('inputsNote', { formula, scenario }),
    item: b.item,
    year: b.year,
    kind: b.kind,
    actual: b.actual,
    projected: b.projected,
    unit: b.unit,
    value: (unit: string) => f('value', { unit }),
    change: b.change,
    changeSection: b.changeSection,
    note: b.note,
    mismatch: (year: number, sum: string) => f('mismatch', { year, sum }),
    diff: (name: string) => f('diff', { name }),
    diffPct: (name: string) => f('diffPct', { name }),
    chartTitle: (series: string) => f('chartTitle', { series }),
    chartImage: b.chartImage,
    sensitivityCaption: (series: string, scenario: string, year: number, value: string) =>
      f('sensitivityCaption', { series, scenario, year, value }),
    rateByYear: b.rateByYear,
    center: b.center,
    institution: b.institution,
    region: b.region,
    field: b.field,
    established: b.established,
    equipment: b.equipment,
    count: b.count,
    illustrative: b.illustrative,
    noSeries: b.noSeries,
    page: b.page,
  };
}

/** Labels of one language. */
export type BriefingLabels = ReturnType<typeof briefingLabels>;
