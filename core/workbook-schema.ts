/** The project file format: versioned JSON, validated with zod on every load. */
import { z } from 'zod';
import { AppError } from './errors';
import type { Workbook } from './types';

/** Marker that tells our project files apart from any other JSON. */
export const PROJECT_FORMAT = 'analyst-workbook';
/** Schema version written by this build; older versions are migrated on load. */
export const SCHEMA_VERSION = 1;

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const year = z.number().int().min(1900).max(2200);

const seriesPoint = z.object({ year, value: finite.nullable(), note: z.string().max(2000) });

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
});

/** zod schema of the workbook itself (also used to validate IPC payloads). */
export const workbookSchema = z
  .object({
    title: z.string().max(300),
    programme: z.string().max(300),
    source: z.string().max(2000),
    series: z.array(series).min(1).max(100),
    centers: z.object({ illustrative: z.boolean(), rows: z.array(center).max(1_000_000) }),
    projection: z.object({
      seriesId: z.string(),
      rate: finite.gt(-1, 'rate must be above −100%').lt(100).nullable(),
      horizon: year,
    }),
  })
  .superRefine((wb, ctx) => {
    if (!wb.series.some((s) => s.id === wb.projection.seriesId)) {
      ctx.addIssue({ code: 'custom', message: 'projection refers to a missing series', path: ['projection', 'seriesId'] });
    }
    if (new Set(wb.centers.rows.map((c) => c.id)).size !== wb.centers.rows.length) {
      ctx.addIssue({ code: 'custom', message: 'center ids must be unique', path: ['centers', 'rows'] });
    }
  }) satisfies z.ZodType<Workbook>;

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
  const parsed = workbookSchema.safeParse((raw as { workbook?: unknown }).workbook);
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
