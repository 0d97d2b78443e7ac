/** The project file format: versioned JSON, validated with zod when a workbook enters the app. */
import { z } from 'zod';
import { AppError } from './errors';
import { FILE_LIMITS, LIMITS } from './limits';
import type { Workbook, WorkbookContent } from './types';
import { DEFAULT_UNIT } from './units';
import { formulaInputs, isDerived, parsedFormula, seriesByName, withDerived } from './formula/derived-series';
import { formulaCycle } from './formula/formula-eval';

/** Marker that tells our project files apart from any other JSON. */
const PROJECT_FORMAT = 'analyst-workbook';
/** Schema version written by this build; older versions are migrated on load. */
// v5 added derived series (formula) and scenarios through inputs; v6 budget stages and pairings: an older
// app must refuse such a file, not drop what it does not know.
export const SCHEMA_VERSION = 6;

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const value = finite.refine((v) => Math.abs(v) <= LIMITS.valueMax, `must be within ±${LIMITS.valueMax}`);
const year = z.number().int().min(LIMITS.yearMin).max(LIMITS.yearMax);
const id = z.string().min(1).max(LIMITS.id);

const provenance = z.object({
  file: z.string().max(500),
  sheet: z.string().max(300),
  cell: z.string().max(50),
  unit: z.string().max(LIMITS.unit).nullable(),
  factor: finite,
  period: z.string().max(LIMITS.note).optional(),
});
const seriesPoint = z.object({ year, value: value.nullable(), note: z.string().max(LIMITS.note), source: provenance.optional() });

const series = z
  .object({
    id,
    name: z.string().max(LIMITS.seriesName),
    unit: z.string().max(LIMITS.unit),
    parentId: id.nullable(),
    note: z.string().max(LIMITS.seriesNote),
    baselineScenarioId: id.nullable(),
    points: z.array(seriesPoint).max(LIMITS.pointsPerSeries),
    formula: z
      .string()
      .max(LIMITS.formulaChars + 10)
      .optional(),
    stage: z.string().min(1).max(LIMITS.stageName).optional(),
  })
  .refine((s) => new Set(s.points.map((p) => p.year)).size === s.points.length, { message: 'years must be unique', path: ['points'] });

const center = z.object({
  id,
  name: z.string().max(LIMITS.centerName),
  institution: z.string().max(LIMITS.institution),
  region: z.string().max(LIMITS.region),
  field: z.string().max(LIMITS.field),
  established: year.nullable(),
  equipment: z.number().int().min(0).max(LIMITS.equipmentMax).nullable(),
  extra: z
    .record(z.string().max(LIMITS.extraKey), z.union([z.string().max(LIMITS.extraValue), value, z.null()]))
    .refine((r) => Object.keys(r).length <= LIMITS.extraColumns, `at most ${LIMITS.extraColumns} extra columns`)
    .optional(),
  source: provenance.optional(),
});

const rate = finite.gt(LIMITS.rateMin, 'rate must be above −100%').lt(LIMITS.rateMax);
const yearWindow = z
  .object({ from: year, to: year })
  .refine((w) => w.to > w.from, 'a window needs at least two years')
  .nullable();

const method = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('growth'), rate: rate.nullable() }),
  z.object({ kind: z.literal('cagr'), window: yearWindow }),
  z.object({ kind: z.literal('average'), window: yearWindow }),
  z.object({ kind: z.literal('linear'), window: yearWindow }),
  z.object({ kind: z.literal('custom'), rates: z.array(rate).min(1).max(LIMITS.customRates) }),
]);

/** What a scenario may hold, field by field: the edit checks ask these same rules of every change (core/edit-checks). */
export const scenarioFields = {
  name: z.string().max(LIMITS.scenarioName),
  method,
  horizon: year.max(LIMITS.horizonMax),
  split: z.object({ label: z.string().max(LIMITS.splitLabel), share: finite.min(0).max(1) }).nullable(),
  scope: z.enum(['series', 'children', 'inputs']),
  inputs: z.string().max(LIMITS.scenarioName).optional(),
};

const scenario = z.object({ id, seriesId: z.string(), ...scenarioFields });

/** Series parents must exist and never form a loop. */
function checkSeriesTree(list: readonly { id: string; parentId: string | null }[], ctx: z.RefinementCtx): void {
  const parents = new Map(list.map((s) => [s.id, s.parentId]));
  list.forEach((s, i) => {
    if (s.parentId === null) return;
    if (!parents.has(s.parentId)) {
      ctx.addIssue({ code: 'custom', message: 'parent refers to a missing series', path: ['series', i, 'parentId'] });
      return;
    }
    const seen = new Set([s.id]);
    for (let p: string | null | undefined = s.parentId; p; p = parents.get(p)) {
      if (seen.has(p)) {
        ctx.addIssue({ code: 'custom', message: 'series groups form a loop', path: ['series', i, 'parentId'] });
        return;
      }
      seen.add(p);
    }
  });
}

const pathSchema = z.array(z.string().max(LIMITS.seriesName)).min(1).max(LIMITS.pathDepth);

const contentShape = {
  title: z.string().max(LIMITS.title),
  programme: z.string().max(LIMITS.programme),
  source: z.string().max(LIMITS.source),
  defaultUnit: z.string().max(LIMITS.unit),
  series: z.array(series).max(LIMITS.series),
  centers: z.object({ illustrative: z.boolean(), rows: z.array(center).max(LIMITS.centers) }),
  scenarios: z.array(scenario).max(LIMITS.scenarios),
  chart: z.object({ seriesIds: z.array(id).max(LIMITS.series) }),
  pairings: z
    .array(z.object({ from: pathSchema, to: pathSchema }))
    .max(LIMITS.pairings)
    .optional(),
  stageShown: z.string().min(1).max(LIMITS.stageName).optional(),
};

/**
 * Formulas must parse and never loop; a scenario through inputs needs a formula. A name no series has
 * is allowed (its input was removed): those years simply have no value, with the reason on hover.
 */
function checkFormulas(wb: WorkbookContent, ctx: z.RefinementCtx): void {
  const byName = seriesByName(wb.series);
  wb.series.forEach((s, i) => {
    if (s.formula === undefined) return;
    const p = parsedFormula(s.formula);
    if (!p.ok) ctx.addIssue({ code: 'custom', message: `formula: ${p.problem.code}`, path: ['series', i, 'formula'] });
    else if (formulaCycle(s.name, (name) => (byName.has(name) ? formulaInputs(byName.get(name)!) : null)))
      ctx.addIssue({ code: 'custom', message: 'formulas form a loop', path: ['series', i, 'formula'] });
  });
  const derived = new Set(wb.series.filter(isDerived).map((s) => s.id));
  wb.scenarios.forEach((s, i) => {
    if (s.scope === 'inputs' && !derived.has(s.seriesId))
      ctx.addIssue({ code: 'custom', message: 'inputs scope on a series without a formula', path: ['scenarios', i, 'scope'] });
  });
}

function checkContent(wb: WorkbookContent, ctx: z.RefinementCtx): void {
  const seriesIds = new Set(wb.series.map((s) => s.id));
  if (seriesIds.size !== wb.series.length) ctx.addIssue({ code: 'custom', message: 'series ids must be unique', path: ['series'] });
  checkSeriesTree(wb.series, ctx);
  wb.scenarios.forEach((s, i) => {
    if (!seriesIds.has(s.seriesId))
      ctx.addIssue({ code: 'custom', message: 'scenario refers to a missing series', path: ['scenarios', i, 'seriesId'] });
  });
  if (new Set(wb.scenarios.map((s) => s.id)).size !== wb.scenarios.length) {
    ctx.addIssue({ code: 'custom', message: 'scenario ids must be unique', path: ['scenarios'] });
  }
  const scenarioSeries = new Map(wb.scenarios.map((s) => [s.id, s.seriesId]));
  wb.series.forEach((s, i) => {
    if (s.baselineScenarioId !== null && scenarioSeries.get(s.baselineScenarioId) !== s.id) {
      ctx.addIssue({
        code: 'custom',
        message: 'baseline refers to a scenario of another series',
        path: ['series', i, 'baselineScenarioId'],
      });
    }
  });
  checkFormulas(wb, ctx);
  if (wb.chart.seriesIds.some((id) => !seriesIds.has(id)))
    ctx.addIssue({ code: 'custom', message: 'chart refers to a missing series', path: ['chart', 'seriesIds'] });
  const centerIds = new Set<string>();
  for (const c of wb.centers.rows) centerIds.add(c.id);
  if (centerIds.size !== wb.centers.rows.length)
    ctx.addIssue({ code: 'custom', message: 'center ids must be unique', path: ['centers', 'rows'] });
}

/** zod schema of a workbook's content (a version snapshot). */
const workbookContentSchema = z.object(contentShape).superRefine(checkContent) satisfies z.ZodType<WorkbookContent>;

const version = z.object({
  id,
  label: z.string().max(LIMITS.versionLabel),
  createdAt: z.string().max(40),
  snapshot: workbookContentSchema,
});

/** zod schema of the workbook itself (workbooks from files, and from the page as text, in the work process). */
const workbookSchema = z.object({ ...contentShape, versions: z.array(version).max(LIMITS.versions) }).superRefine((wb, ctx) => {
  checkContent(wb, ctx);
  if (new Set(wb.versions.map((v) => v.id)).size !== wb.versions.length)
    ctx.addIssue({ code: 'custom', message: 'version ids must be unique', path: ['versions'] });
}) satisfies z.ZodType<Workbook>;

/** Version 1 stored one growth projection instead of scenarios. */
const v1Projection = z.object({ seriesId: z.string(), rate: rate.nullable(), horizon: year });

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** v1 → v2: one growth projection becomes the first scenario. */
function fromV1(wb: Raw): Raw {
  const p = v1Projection.safeParse(wb.projection);
  if (!p.success) return wb; // let the current schema report what is wrong
  const { projection: _dropped, ...rest } = wb;
  const name = p.data.rate === null ? '반복 성장 (최근 증감률)' : `반복 성장 ${Math.round(p.data.rate * 1000) / 10}%`;
  return {
    ...rest,
    scenarios: [
      { id: 's1', name, seriesId: p.data.seriesId, method: { kind: 'growth', rate: p.data.rate }, horizon: p.data.horizon, split: null },
    ],
    baselineScenarioId: 's1',
  };
}

/** v3 → v4: series table (parent, note, own baseline), a default unit, scenario scope, versions. */
function fromV3(wb: Raw): Raw {
  const { baselineScenarioId: baseline, ...rest } = wb;
  const list = (v: unknown): unknown[] | null => (Array.isArray(v) ? (v as unknown[]) : null);
  const scenarios = list(wb.scenarios)?.map((s) => (isRecord(s) ? { scope: 'series', ...s } : s)) ?? wb.scenarios;
  // The old workbook-wide baseline becomes the baseline of the series it projects.
  const baselineSeries = list(scenarios)?.find((s) => isRecord(s) && s.id === baseline);
  const series =
    list(wb.series)?.map((s) =>
      isRecord(s)
        ? {
            parentId: null,
            note: '',
            baselineScenarioId: isRecord(baselineSeries) && baselineSeries.seriesId === s.id ? baseline : null,
            ...s,
          }
        : s,
    ) ?? wb.series;
  const head = list(series)?.[0];
  const first = isRecord(head) && typeof head.unit === 'string' ? head.unit : DEFAULT_UNIT;
  return { defaultUnit: first, versions: [], chart: { seriesIds: [] }, ...rest, series, scenarios };
}

/**
 * Upgrades an older workbook object to the current shape, one version at a time.
 * Each step only reshapes; the result is validated by the current schema afterwards.
 */
function migrate(raw: Raw, version: number): unknown {
  let wb = { ...raw };
  if (version < 2) wb = fromV1(wb);
  // v2 → v3 only added optional fields (splits, extra columns).
  if (version < 4) wb = fromV3(wb);
  return wb;
}

const envelope = z.object({ format: z.literal(PROJECT_FORMAT), schemaVersion: z.number().int().min(1) }).loose();

/** Where the first problem is, as "path: message" (no values: they may be long or private). */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Parses project file text into a workbook, or throws an AppError saying what is wrong. */
export function parseProjectText(text: string): Workbook {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new AppError('project.notJson');
  }
  return parseProjectValue(raw);
}

/** The workbook of a parsed project file (any schema version), validated. */
export function parseProjectValue(raw: unknown): Workbook {
  const head = envelope.safeParse(raw);
  if (!head.success) throw new AppError('project.notWorkbook');
  if (head.data.schemaVersion > SCHEMA_VERSION) throw new AppError('project.newerVersion', `v${head.data.schemaVersion}`);
  const stored = (raw as { workbook?: unknown }).workbook;
  const upgraded = isRecord(stored) ? migrate(stored, head.data.schemaVersion) : stored;
  return validateWorkbook(upgraded);
}

/** Validates a workbook received from elsewhere (IPC, CLI), throwing an AppError if invalid. */
export function validateWorkbook(value: unknown): Workbook {
  const parsed = workbookSchema.safeParse(value);
  if (!parsed.success) throw new AppError('project.invalid', describeIssue(parsed.error));
  // Derived values are computed here, never taken from the file.
  return withDerived(parsed.data);
}

/** A workbook sent as JSON text (core/ipc-wire), parsed and validated where it enters the work process. */
export function workbookFromText(text: string): Workbook {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('request.invalid', 'workbook text');
  }
  return validateWorkbook(value);
}

/**
 * Serialises a workbook as project file text: pretty JSON while small (diffs and recovery by hand
 * stay possible), compact above FILE_LIMITS.prettyPrintChars. Refuses a workbook too large to open again.
 */
export function serializeProject(workbook: Workbook, meta: Record<string, unknown> = {}): string {
  const file = { format: PROJECT_FORMAT, schemaVersion: SCHEMA_VERSION, ...meta, workbook };
  let text: string;
  try {
    text = JSON.stringify(file);
  } catch {
    // V8's string length limit: far above what a project may be anyway.
    throw new AppError('project.tooLarge');
  }
  if (text.length <= FILE_LIMITS.prettyPrintChars) return `${JSON.stringify(file, null, 2)}\n`;
  // Each UTF-16 unit is at most 3 bytes in UTF-8; count exactly only when it could matter.
  if (text.length * 3 > FILE_LIMITS.projectBytes && utf8Length(text) > FILE_LIMITS.projectBytes) throw new AppError('project.tooLarge');
  return `${text}\n`;
}

/** UTF-8 byte length of a string without encoding it. */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
