/** Writes the 한/글 report of a workbook to a path: streamed into a verified safe write. */
import yauzl from 'yauzl';
import { AppError } from '../../../core/errors';
import type { Lang, Workbook } from '../../../core/types';
import type { ExportWarning } from '../briefing/build-briefing';
import { writeStreamed, type BriefingExtras } from '../xlsx-export';
import { buildReport } from './build-report';

/** Checks that a file is a readable HWPX package: `mimetype` first, reading application/hwp+zip, and a section. */
export function verifyHwpx(path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = () => reject(new AppError('file.verifyFailed', path.split(/[\\/]/).pop()));
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (error, zip) => {
      if (error || !zip) return fail();
      let index = 0;
      let section = false;
      let ok = true;
      zip.on('entry', (e: yauzl.Entry) => {
        if (index === 0 && (e.fileName !== 'mimetype' || e.compressionMethod !== 0 || e.uncompressedSize !== 19)) ok = false;
        if (e.fileName === 'Contents/section0.xml') section = true;
        index++;
        zip.readEntry();
      });
      zip.on('end', () => (ok && section ? resolve() : fail()));
      zip.on('error', fail);
      zip.readEntry();
    });
  });
}

/** Builds the report and streams it into `path`; the old file survives any failure. */
export function exportReportHwpx(path: string, workbook: Workbook, lang: Lang, extras: BriefingExtras = {}): Promise<ExportWarning[]> {
  return writeStreamed(path, verifyHwpx, extras, (stream) =>
    buildReport(workbook, { lang, author: extras.author ?? '', now: extras.now ?? new Date(), chartPng: extras.chartPng }, stream),
  );
}
