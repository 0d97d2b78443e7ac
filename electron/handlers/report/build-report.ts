/** The 한/글 report (.hwpx) of a workbook: the briefing content laid out as a document and packaged. */
import type { Writable } from 'node:stream';
import { briefingContent, type BriefingContent } from '../../../core/briefing/briefing-content';
import { reportCellText } from '../../../core/briefing/report-cell-text';
import type { Workbook } from '../../../core/types';
import type { BriefingOptions, ExportWarning } from '../briefing/build-briefing';
import { xmlSafeWorkbook } from '../briefing/text-safety';
import { BorderFills, headerXml } from './hwpx-header';
import { CHART_ITEM, writeHwpxPackage } from './hwpx-package';
import { sectionXml, type ReportPicture } from './hwpx-section';

/** Width and height of a PNG from its IHDR chunk (the signature was checked when it arrived). */
function pngSize(png: Buffer): { width: number; height: number } | null {
  if (png.length < 24 || png.toString('latin1', 12, 16) !== 'IHDR') return null;
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** The text 한/글 and file managers show as a preview: the sentences and table captions. */
function previewText(content: BriefingContent): string {
  const lines = [content.title, content.programme];
  for (const s of content.sections) {
    lines.push(s.heading);
    for (const b of s.blocks) {
      if (b.kind === 'sentence') lines.push(`${b.level === 1 ? '□' : '○'} ${b.text}`);
      if (b.kind === 'table')
        lines.push(
          `<${b.table.caption}>`,
          ...b.table.header
            .concat(b.table.body)
            .slice(0, 3)
            .map((r) => r.map((c) => reportCellText(c, content.lang)).join('\t')),
        );
    }
  }
  return lines.filter(Boolean).join('\r\n').slice(0, 1024);
}

/** Writes the report of a workbook as HWPX bytes into `out`; returns what had to change to keep it valid. */
export async function buildReport(input: Workbook, options: BriefingOptions, out: Writable): Promise<ExportWarning[]> {
  const { workbook, changed } = xmlSafeWorkbook(input);
  const content = briefingContent(workbook, options.lang, { date: options.now.toISOString().slice(0, 10), author: options.author });
  const size = options.chartPng ? pngSize(options.chartPng) : null;
  const picture: ReportPicture | null = size ? { itemId: CHART_ITEM, ...size } : null;
  const fills = new BorderFills();
  // The section first: it registers the border fills the header then lists.
  const section = sectionXml(content, picture, fills);
  await writeHwpxPackage(
    {
      header: headerXml(fills),
      section,
      png: picture ? options.chartPng! : null,
      title: workbook.title,
      author: options.author || 'Analyst Workbook',
      lang: options.lang,
      now: options.now,
      previewText: previewText(content),
    },
    out,
  );
  return changed ? [{ code: 'export.textCleaned', count: changed }] : [];
}
