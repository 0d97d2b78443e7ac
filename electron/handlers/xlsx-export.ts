/** Writes the xlsx briefing of a workbook to a path: streamed into a verified safe write. */
import { PassThrough } from 'node:stream';
import yauzl from 'yauzl';
import { AppError } from '../../core/errors';
import type { Lang, Workbook } from '../../core/types';
import { buildBriefing, type ExportWarning } from './briefing/build-briefing';
import { writeFileSafely, type WriteFs } from './safe-write';
import { FILE_LIMITS } from '../../core/limits';

/** Largest chart image accepted from the renderer. */

/** Decodes a `data:image/png;base64,…` URL, checking the PNG signature. */
export function decodeChartPng(dataUrl: string | undefined): Buffer | undefined {
  if (!dataUrl) return undefined;
  const m = /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
  const bytes = m ? Buffer.from(m[1]!, 'base64') : null;
  if (
    !bytes ||
    bytes.length > FILE_LIMITS.chartPngBytes ||
    !bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  ) {
    throw new AppError('request.invalid', 'chart image');
  }
  return bytes;
}

/** Checks that a file is a readable zip whose central directory lists `[Content_Types].xml`. */
function verifyXlsx(path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = () => reject(new AppError('file.verifyFailed', path.split(/[\\/]/).pop()));
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (error, zip) => {
      if (error || !zip) return fail();
      let found = false;
      zip.on('entry', (e: yauzl.Entry) => {
        if (e.fileName === '[Content_Types].xml') found = true;
        zip.readEntry();
      });
      zip.on('end', () => (found ? resolve() : fail()));
      zip.on('error', fail);
      zip.readEntry();
    });
  });
}

/** Options of a briefing export. */
export interface BriefingExtras {
  chartPng?: Buffer;
  /** The document's author (a setting; empty by default, never the OS account). */
  author?: string;
  now?: Date;
  fs?: WriteFs;
  /** Cancels the export before it replaces anything. */
  signal?: AbortSignal;
  /** Bytes of the file written so far. */
  onBytes?: (bytes: number) => void;
}

/**
 * Builds the briefing and streams it into `path`: temp file, verified (size, hash, zip directory),
 * then renamed; the old file survives any failure. Returns what had to change to keep the file valid.
 */
export async function exportBriefingXlsx(
  path: string,
  workbook: Workbook,
  lang: Lang,
  extras: BriefingExtras = {},
): Promise<ExportWarning[]> {
  return writeStreamed(path, verifyXlsx, extras, (stream) =>
    buildBriefing(workbook, { lang, author: extras.author ?? '', now: extras.now ?? new Date(), chartPng: extras.chartPng }, stream),
  );
}

/**
 * Streams what `build` writes into a verified safe write of `path` (temp file, `verify`, rename):
 * the old file survives any failure, and the error reported is the one the user needs.
 */
export async function writeStreamed<T>(
  path: string,
  verify: (path: string) => Promise<void>,
  extras: Pick<BriefingExtras, 'fs' | 'signal' | 'onBytes'>,
  build: (stream: PassThrough) => Promise<T>,
): Promise<T> {
  const stream = new PassThrough();
  // The writer reads the stream only after it has opened its temp file; until then an error must not go unheard.
  stream.on('error', () => undefined);
  const writing = writeFileSafely(path, stream, { fs: extras.fs, verify, signal: extras.signal, onBytes: extras.onBytes });
  const building = build(stream);
  // A failed build must end the write (its temp file is removed), and a failed write ends reading,
  // which fails the build: either way the write's error is the one the user needs (disk full, locked).
  building.catch((e: unknown) => stream.destroy(e instanceof Error ? e : new Error(String(e))));
  const writeFailed = writing.then(() => new Promise<never>(() => undefined));
  try {
    const result = await Promise.race([building, writeFailed]);
    await writing;
    return result;
  } catch (error) {
    const writeError: unknown = await writing.then(
      () => null,
      (e: unknown) => e,
    );
    throw writeError instanceof AppError && writeError.code !== 'file.notWritable'
      ? writeError
      : error instanceof AppError
        ? error
        : (writeError ?? error);
  }
}
