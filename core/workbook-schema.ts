/** The project file format: versioned JSON, validated with zod on every load. */
import { z } from 'zod';
import { AppError } from './errors';
import type { Workbook } from './types';

/** Marker that tells our project files apart from any other JSON. */
export const PROJECT_FORMAT = 'analyst-workbook';
/** Schema version written by this build; older versions are migrated on load. */
export const SCHEMA_VERSION = 3;

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const year = z.number().int().min(1900).max(2200);

const provenance = z.object({ file: z.string().max(500), sheet: z.string().max(300), cell: z.string().max(50), unit: z.string().max(20).nullable(), factor: finite });
const seriesPoint = z.object({ year, value: finite.nullable(), note: z.string().max(2000), source: provenance.optional() });

const series = z
  .object({ id: z.string().min(1).max(100), name: z.string().max(200), unit: z.string().max(20), points: z.array(seriesPoint).max(300) })
  .refine((s) => new Set(s.points.map((p) => p.year)).size === s.points.length, { message: 'years must be unique', path: ['points'] });

const center = z.object({
  id: z.string().min(1).max(100),
  name: z.string().max(500),
  institution: z.string().max(500),
  region: z.string().max(100),
  field: z.string().max(200),
  established: year.nullable(),
  equipment: z.number().int().min(0).max(1_000_000).nullable(),
  extra: z.record(z.string().max(200), z.union([z.string().max(2000), finite, z.null()])).optional(),
  source: provenance.optional(),
});

const rate = finite.gt(-1, 'rate must be above −100%').lt(100);
const yearWindow = z
  .object({ from: year, to: year })
  .refine((w) => w.to > w.from, 'a window needs at least two years')
  .nullable();

const method = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('growth'), rate: rate.nullable() }),
  z.object({ kind: z.literal('cagr'), window: yearWindow }),
  z.object({ kind: z.literal('average'), window: yearWindow }),
  z.object({ kind: z.literal('linear'), window: yearWindow }),
  z.object({ kind: z.literal('custom'), rates: z.array(rate).min(1).max(200) }),
]);

const scenario = z.object({
  id: z.string().min(1).max(100),
  name: z.string().max(200),
  seriesId: z.string(),
  method,
  horizon: year,
  split: z.object({ label: z.string().max(200), share: finite.min(0).max(1) }).nullable(),
});

/** zod schema of the workbook itself (also used to validate IPC payloads). */
export const workbookSchema = z
  .object({
    title: z.string().max(300),
    programme: z.string().max(300),
    source: z.string().max(2000),
    series: z.array(series).min(1).max(100),
    centers: z.object({ illustrative: z.boolean(), rows: z.array(center).max(1_000_000) }),
    scenarios: z.array(scenario).min(1).max(100),
    baselineScenarioId: z.string(),
  })
  .superRefine((wb, ctx) => {
    const seriesIds = new Set(wb.series.map((s) => s.id));
    wb.scenarios.forEach((s, i) => {
      if (!seriesIds.has(s.seriesId)) ctx.addIssue({ code: 'custom', message: 'scenario refers to a missing series', path: ['scenarios', i, 'seriesId'] });
    });
    if (new Set(wb.scenarios.map((s) => s.id)).size !== wb.scenarios.length) {
      ctx.addIssue({ code: 'custom', message: 'scenario ids must be unique', path: ['scenarios'] });
    }
    if (!wb.scenarios.some((s) => s.id === wb.baselineScenarioId)) {
      ctx.addIssue({ code: 'custom', message: 'baseline refers to a missing scenario', path: ['baselineScenarioId'] });
    }
    if (new Set(wb.centers.rows.map((c) => c.id)).size !== wb.centers.rows.length) {
      ctx.addIssue({ code: 'custom', message: 'center ids must be unique', path: ['centers', 'rows'] });
    }
  }) satisfies z.ZodType<Workbook>;

/** Version 1 stored one growth projection instead of scenarios. */
const v1Projection = z.object({ seriesId: z.string(), rate: rate.nullable(), horizon: year });

/**
 * Upgrades an older workbook object to the current shape, one version at a time.
 * Each step only reshapes; the result is validated by the current schema afterwards.
 */
function migrate(raw: Record<string, unknown>, version: number): unknown {
  let wb: Record<string, unknown> = { ...raw };
  if (version < 2) {
    const p = v1Projection.safeParse(wb.projection);
    if (!p.success) return wb; // let the current schema report what is wrong
    const { projection: _dropped, ...rest } = wb;
    const name = p.data.rate === null ? '반복 성장 (최근 증감률)' : `반복 성장 ${Math.round(p.data.rate * 1000) / 10}%`;
    wb = {
      ...rest,
      scenarios: [{ id: 's1', name, seriesId: p.data.seriesId, method: { kind: 'growth', rate: p.data.rate }, horizon: p.data.horizon, split: null }],
      baselineScenarioId: 's1',
    };
  }
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
  const head = envelope.safeParse(raw);
  if (!head.success) throw new AppError('project.notWorkbook');
  if (head.data.schemaVersion > SCHEMA_VERSION) throw new AppError('project.newerVersion', `v${head.data.schemaVersion}`);
  const stored = (raw as { workbook?: unknown }).workbook;
  const upgraded = stored && typeof stored === 'object' ? migrate(stored as Record<string, unknown>, head.data.schemaVersion) : stored;
  const parsed = workbookSchema.safeParse(upgraded);
  if (!parsed.success) throw new AppError('project.invalid', describeIssue(parsed.error));
  return parsed.data;
}

/** Validates a workbook received from elsewhere (IPC, CLI), throwing an AppError if invalid. */
export function validateWorkbook(value: unknown): Workbook {
  const parsed = workbookSchema.safeParse(value);
  if (!parsed.success) throw new AppError('project.invalid', describeIssue(parsed.error));
  return parsed.data;
}

/** Serialises a workbook as project file text (pretty JSON, so diffs and recovery by hand stay possible). */
export function serializeProject(workbook: Workbook): string {
  return `${JSON.stringify({ format: PROJECT_FORMAT, schemaVersion: SCHEMA_VERSION, workbook }, null, 2)}\n`;
}
