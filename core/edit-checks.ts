/**
 * The check every user edit passes before it is applied: the same limits the project-file schema
 * enforces (core/limits.ts), so the UI can never reach a state that save would refuse. A refused
 * edit comes back as a problem code with parameters; the UI says what the range is.
 */
import { CENTER_TEXT_LIMITS, isStorableValue, isStorableYear, LIMITS } from './limits';
import { descendantIds } from './series-table';
import { scenarioFields } from './workbook-schema';
import { formatNumber } from './format';
import { formatMessage, type MessageParams } from './messages';
import { formulaProblemText } from './formula/formula-text';
import type { Lang, Scenario, Workbook } from './types';
import type { WorkbookEdit } from './workbook-edits';
import type { BudgetEdit } from './budget/budget-edit';
import { checkFormula, isDerived } from './formula/derived-series';
import type { FormulaProblem } from './formula/formula-parse';

/** Why an edit was refused. */
export type EditProblem =
  | { code: 'tooLong'; max: number }
  | { code: 'yearRange'; min: number; max: number }
  | { code: 'horizonRange'; min: number; max: number }
  | { code: 'valueRange'; max: number }
  | { code: 'equipmentRange'; max: number }
  | { code: 'tooMany'; what: 'series' | 'points' | 'centers' | 'scenarios' | 'rates' | 'versions'; max: number }
  | { code: 'rateRange' }
  | { code: 'shareRange' }
  | { code: 'windowOrder' }
  | { code: 'groupLoop' }
  /** A formula that cannot be used, and why (its own message). */
  | { code: 'formula'; problem: FormulaProblem }
  /** A value typed, pasted or imported into a derived series (its values are computed). */
  | { code: 'derivedSeries'; name: string }
  /** A scenario through inputs on a series that has no formula. */
  | { code: 'inputsScope' };

const tooLong = (text: string | undefined, max: number): EditProblem | null =>
  text !== undefined && text.length > max ? { code: 'tooLong', max } : null;
const YEAR_RANGE: EditProblem = { code: 'yearRange', min: LIMITS.yearMin, max: LIMITS.yearMax };

/** The first rule of the schema's scenario fields (workbook-schema.ts) a patch breaks, as a problem the UI can say. */
function checkScenarioPatch(patch: Partial<Omit<Scenario, 'id'>>): EditProblem | null {
  for (const [field, rule] of Object.entries(scenarioFields)) {
    const value = (patch as Record<string, unknown>)[field];
    if (value === undefined) continue;
    const parsed = rule.safeParse(value);
    if (!parsed.success) return scenarioProblem(field as keyof typeof scenarioFields, parsed.error.issues[0]?.path ?? [], patch);
  }
  return null;
}

/** Which problem a broken scenario field is (the rule says where; this says it in the UI's terms). */
function scenarioProblem(field: keyof typeof scenarioFields, path: readonly PropertyKey[], patch: Partial<Scenario>): EditProblem {
  switch (field) {
    case 'name':
    case 'inputs':
      return { code: 'tooLong', max: LIMITS.scenarioName };
    case 'horizon':
      return { code: 'horizonRange', min: LIMITS.yearMin, max: LIMITS.horizonMax };
    case 'split':
      return path[0] === 'label' ? { code: 'tooLong', max: LIMITS.splitLabel } : { code: 'shareRange' };
    case 'scope':
      return { code: 'rateRange' };
    case 'method': {
      const m = patch.method;
      if (path[0] === 'rates' && m?.kind === 'custom' && m.rates.length > LIMITS.customRates)
        return { code: 'tooMany', what: 'rates', max: LIMITS.customRates };
      if (path[0] === 'window') {
        const w = m && 'window' in m ? m.window : null;
        return w && isStorableYear(w.from) && isStorableYear(w.to) ? { code: 'windowOrder' } : YEAR_RANGE;
      }
      return { code: 'rateRange' };
    }
  }
}

function checkPoint(wb: Workbook, seriesId: string, year: number): EditProblem | null {
  if (!isStorableYear(year)) return YEAR_RANGE;
  const s = wb.series.find((x) => x.id === seriesId);
  if (s && !s.points.some((p) => p.year === year) && s.points.length >= LIMITS.pointsPerSeries)
    return { code: 'tooMany', what: 'points', max: LIMITS.pointsPerSeries };
  return null;
}

function checkCenterValue(field: string, value: string | number | null): EditProblem | null {
  if (field in CENTER_TEXT_LIMITS)
    return typeof value === 'string' ? tooLong(value, CENTER_TEXT_LIMITS[field as keyof typeof CENTER_TEXT_LIMITS]) : null;
  if (value === null) return null;
  if (field === 'established') return typeof value === 'number' && isStorableYear(value) ? null : YEAR_RANGE;
  if (field === 'equipment')
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= LIMITS.equipmentMax
      ? null
      : { code: 'equipmentRange', max: LIMITS.equipmentMax };
  return null;
}

/** A formula given to series `id` (null: a new one named `name`) that cannot be used. */
function formulaProblem(wb: Workbook, id: string | null, name: string, formula: string | undefined): EditProblem | null {
  if (!formula) return null;
  const checked = checkFormula(wb.series, id, name, formula);
  return checked.ok ? null : { code: 'formula', problem: checked.problem };
}

/** Values of a derived series are computed: typing, pasting or importing into one is refused. */
function derivedTarget(wb: Workbook, seriesId: string): EditProblem | null {
  const s = wb.series.find((x) => x.id === seriesId);
  return s && isDerived(s) ? { code: 'derivedSeries', name: s.name } : null;
}

function checkSeriesEdit(
  wb: Workbook,
  edit: Extract<
    WorkbookEdit,
    { kind: 'addSeries' | 'updateSeries' | 'addYear' | 'removeYears' | 'setPointValue' | 'setPointNote' | 'importSeries' }
  >,
): EditProblem | null {
  switch (edit.kind) {
    case 'addSeries':
      if (wb.series.length >= LIMITS.series) return { code: 'tooMany', what: 'series', max: LIMITS.series };
      return (
        tooLong(edit.series.name, LIMITS.seriesName) ??
        tooLong(edit.series.unit, LIMITS.unit) ??
        tooLong(edit.series.note, LIMITS.seriesNote) ??
        formulaProblem(wb, null, edit.series.name, edit.series.formula)
      );
    case 'updateSeries': {
      const { patch } = edit;
      const long = tooLong(patch.name, LIMITS.seriesName) ?? tooLong(patch.unit, LIMITS.unit) ?? tooLong(patch.note, LIMITS.seriesNote);
      if (long) return long;
      if (patch.parentId && descendantIds(wb.series, edit.id).has(patch.parentId)) return { code: 'groupLoop' };
      const current = wb.series.find((s) => s.id === edit.id);
      if (patch.formula === undefined && !(patch.name !== undefined && current && isDerived(current))) return null;
      return formulaProblem(wb, edit.id, patch.name ?? current?.name ?? '', patch.formula ?? current?.formula);
    }
    case 'removeYears':
    case 'importSeries':
      return derivedTarget(wb, edit.seriesId);
    case 'addYear': {
      const derived = derivedTarget(wb, edit.seriesId);
      if (derived) return derived;
      const s = wb.series.find((x) => x.id === edit.seriesId);
      if (!s || s.points.length === 0) return null;
      const years = s.points.map((p) => p.year);
      return checkPoint(wb, edit.seriesId, edit.where === 'after' ? Math.max(...years) + 1 : Math.min(...years) - 1);
    }
    case 'setPointValue':
      if (edit.value !== null && !isStorableValue(edit.value)) return { code: 'valueRange', max: LIMITS.valueMax };
      return derivedTarget(wb, edit.seriesId) ?? checkPoint(wb, edit.seriesId, edit.year);
    case 'setPointNote':
      return tooLong(edit.note, LIMITS.note) ?? checkPoint(wb, edit.seriesId, edit.year);
  }
}

/** Only a derived series can be projected through its inputs. */
function checkInputsScope(wb: Workbook, seriesId: string, scope: Scenario['scope'] | undefined): EditProblem | null {
  if (scope !== 'inputs') return null;
  const s = wb.series.find((x) => x.id === seriesId);
  return s && isDerived(s) ? null : { code: 'inputsScope' };
}

const valueRange: EditProblem = { code: 'valueRange', max: LIMITS.valueMax };

/** A budget-book import: counts, names and values within the limits, and no derived series written into. */
function checkBudgetEdit(wb: Workbook, b: BudgetEdit): EditProblem | null {
  if (wb.series.length + b.add.length > LIMITS.series) return { code: 'tooMany', what: 'series', max: LIMITS.series };
  for (const s of [...b.add, ...b.renames]) if (s.name.length > LIMITS.seriesName) return { code: 'tooLong', max: LIMITS.seriesName };
  const derived = new Map(wb.series.filter(isDerived).map((s) => [s.id, s.name]));
  for (const p of b.points) if (derived.has(p.seriesId)) return { code: 'derivedSeries', name: derived.get(p.seriesId)! };
  for (const p of b.points) {
    if (p.years.length > LIMITS.pointsPerSeries) return { code: 'tooMany', what: 'points', max: LIMITS.pointsPerSeries };
    // Columns of unequal length are a malformed edit: its years cannot be read.
    if (p.values.length !== p.years.length || p.rows.length !== p.years.length || !p.years.every(isStorableYear)) return YEAR_RANGE;
    for (const v of p.values) if (v !== null && !isStorableValue(v)) return valueRange;
  }
  return null;
}

/** Whether an edit may be applied; a problem saying why not otherwise. */
export function checkEdit(wb: Workbook, edit: WorkbookEdit): EditProblem | null {
  switch (edit.kind) {
    case 'setProps': {
      const p = edit.patch;
      return (
        tooLong(p.title, LIMITS.title) ??
        tooLong(p.programme, LIMITS.programme) ??
        tooLong(p.source, LIMITS.source) ??
        tooLong(p.defaultUnit, LIMITS.unit)
      );
    }
    case 'addSeries':
    case 'updateSeries':
    case 'addYear':
    case 'removeYears':
    case 'importSeries':
    case 'setPointValue':
    case 'setPointNote':
      return checkSeriesEdit(wb, edit);
    case 'setCenterField':
      return checkCenterValue(edit.field, edit.value);
    case 'addCenter':
      return wb.centers.rows.length >= LIMITS.centers ? { code: 'tooMany', what: 'centers', max: LIMITS.centers } : null;
    case 'updateScenario': {
      const seriesId = wb.scenarios.find((s) => s.id === edit.id)?.seriesId ?? '';
      return checkScenarioPatch(edit.patch) ?? checkInputsScope(wb, edit.patch.seriesId ?? seriesId, edit.patch.scope);
    }
    case 'addScenario':
      return wb.scenarios.length >= LIMITS.scenarios
        ? { code: 'tooMany', what: 'scenarios', max: LIMITS.scenarios }
        : (checkScenarioPatch(edit.scenario) ?? checkInputsScope(wb, edit.scenario.seriesId, edit.scenario.scope));
    case 'saveVersion':
      return tooLong(edit.label, LIMITS.versionLabel);
    case 'importBudget':
      return checkBudgetEdit(wb, edit.budget);
    case 'setStageShown':
      return tooLong(edit.stage, LIMITS.stageName);
    case 'batch': {
      // Counts are checked on the whole batch; values one by one against the workbook before it.
      const centers = edit.edits.filter((e) => e.kind === 'addCenter').length;
      if (centers > 0 && wb.centers.rows.length + centers > LIMITS.centers)
        return { code: 'tooMany', what: 'centers', max: LIMITS.centers };
      const series = edit.edits.filter((e) => e.kind === 'addSeries').length;
      if (series > 0 && wb.series.length + series > LIMITS.series) return { code: 'tooMany', what: 'series', max: LIMITS.series };
      for (const e of edit.edits) {
        const p = e.kind === 'addCenter' || e.kind === 'addSeries' ? null : checkEdit(wb, e);
        if (p) return p;
      }
      return null;
    }
    default:
      return null;
  }
}

/** A refused edit as one sentence in a language (the UI's notice, the CLI's error). */
export function editProblemText(lang: Lang, p: EditProblem): string {
  if (p.code === 'formula') return formulaProblemText(lang, p.problem);
  const params: MessageParams = {
    ...(p as unknown as MessageParams),
    // Counts and magnitudes with separators (1,000,000,000,000,000,000); years stay as years are written.
    ...('max' in p && p.code !== 'yearRange' && p.code !== 'horizonRange' && { max: formatNumber(p.max, lang) }),
    what: p.code === 'tooMany' ? formatMessage(lang, `editProblem.what.${p.what}`) : '',
  };
  return formatMessage(lang, `editProblem.${p.code}`, params);
}
