/**
 * What the importer has to say about a file, as codes with parameters: the preview, the CLI and
 * the tests read the same data, and each language says it in its own words (messages/*.ts).
 */
import { localeOf } from '../format';
import { formatMessage, type MessageKey, type MessageParams } from '../messages';
import type { Lang } from '../types';

/** One warning about a file or a table. */
export type ImportWarning =
  /** A totals row that differs from the rows it sums, at its cell, with both figures. */
  | { code: 'totalMismatch'; cell: string; label: string; column: string; total: number; sum: number }
  /** Text where a number belongs. */
  | { code: 'notNumber'; cell: string; text: string }
  /** A text file with lines in two encodings, each decoded on its own. */
  | { code: 'mixedEncoding'; lines: number }
  /** Bytes that are not valid in the encoding (shown as �). */
  | { code: 'badBytes'; encoding: string }
  /** Region names that match no 시도 (kept as written). */
  | { code: 'unknownRegions'; names: string; count: number }
  /** A sheet longer than the importer reads; the rest was left out. */
  | { code: 'rowsCut'; sheet: string; rows: number }
  /** Document sections that could not be read (their tables are missing; the rest are there). */
  | { code: 'sectionsSkipped'; count: number };

/** Why a sheet holds no table to import. */
export type SkipReason = 'noData' | 'metadata' | 'emptySheet';

/** A warning in a language. */
export function importWarningText(lang: Lang, w: ImportWarning): string {
  const { code, ...params } = w;
  const numbers = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? (Math.round(v * 1000) / 1000).toLocaleString(localeOf(lang)) : v]),
  ) as MessageParams;
  return formatMessage(lang, `importWarning.${code}` as MessageKey, numbers);
}

/** Why a sheet was skipped, in a language. */
export function skipReasonText(lang: Lang, reason: SkipReason): string {
  return formatMessage(lang, `importSkip.${reason}` as MessageKey);
}
