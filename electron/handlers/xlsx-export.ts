/** Writes the xlsx briefing of a workbook to a path, atomically. */
import { userInfo } from 'node:os';
import { AppError } from '../../core/errors';
import type { Lang } from '../../core/types';
import { buildBriefing } from './briefing/build-briefing';
import { writeFileAtomically } from './file-io';

/** The OS user name for the document's author; empty when the OS will not say. */
export function osAuthor(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

/** Largest chart image accepted from the renderer. */
export const MAX_CHART_PNG_BYTES = 8 * 1024 * 1024;

/** Decodes a `data:image/png;base64,…` URL, checking the PNG signature. */
export function decodeChartPng(dataUrl: string | undefined): Buffer | undefined {
  if (!dataUrl) return undefined;
  const m = /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
  const bytes = m ? Buffer.from(m[1]!, 'base64') : null;
  if (!bytes || bytes.length > MAX_CHART_PNG_BYTES || !bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    throw new AppError('request.invalid', 'chart image');
  }
  return bytes;
}

/** Builds the briefing and writes it to `path` (temp file + rename: the old file survives any failure). */
export async function exportBriefingXlsx(path: string, input: unknown, lang: Lang, extras: { chartPng?: Buffer; author?: string; now?: Date } = {}): Promise<void> {
  const buffer = await buildBriefing(input, { lang, author: extras.author ?? osAuthor(), now: extras.now ?? new Date(), chartPng: extras.chartPng });
  await writeFileAtomically(path, buffer);
}
