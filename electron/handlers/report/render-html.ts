/**
 * The report as one HTML page, rendered from the same briefing content as the .hwpx: an A4 sheet with
 * the title block, □/○ sentences, tables in the government style and the chart. It shows what the
 * 한/글 document holds where nothing here can render HWPX (the README's page is this, in Chromium),
 * and it is the third renderer of the content model: a new file, no change to the others.
 */
import type { BriefingContent, ReportCell, ReportTable } from '../../../core/briefing/briefing-content';
import { reportCellText } from '../../../core/briefing/report-cell-text';
import { formatMessage, type MessageKey, type MessageParams } from '../../../core/messages';
import { escapeHtml as html } from '../../../core/sheet/clipboard-text';

const STYLE = `
  @page { size: A4; margin: 0 }
  body { margin: 0; background: #f3f4f6; }
  .page { width: 210mm; min-height: 297mm; box-sizing: border-box; padding: 20mm 30mm 15mm; margin: 0 auto; background: #fff;
    font-family: 'HCR Batang', '함초롬바탕', 'Noto Serif CJK KR', serif; font-size: 11pt; line-height: 1.6; color: #000; }
  h1 { font-family: 'HCR Dotum', '함초롬돋움', 'Noto Sans CJK KR', sans-serif; font-size: 18pt; text-align: center; margin: 0 0 4pt; }
  .programme { text-align: center; font-size: 12pt; margin: 0; }
  .byline, .unit { text-align: right; font-size: 9pt; margin: 2pt 0; }
  .unit { font-family: 'HCR Batang', '함초롬바탕', 'Noto Serif CJK KR', serif; font-weight: normal; }
  h2 { font-family: 'HCR Dotum', '함초롬돋움', 'Noto Sans CJK KR', sans-serif; font-size: 13pt; margin: 14pt 0 4pt; }
  .lead { font-size: 12pt; padding-left: 1.3em; text-indent: -1.3em; margin: 3pt 0; }
  .sub { padding-left: 2.4em; text-indent: -1.2em; margin: 2pt 0; }
  .note, .source { font-size: 9pt; margin: 4pt 0; }
  caption { font-family: 'HCR Dotum', '함초롬돋움', 'Noto Sans CJK KR', sans-serif; font-weight: bold; font-size: 10pt; padding: 6pt 0 3pt; }
  table { width: 100%; border-collapse: collapse; border: 1.5px solid #000; font-family: 'HCR Dotum', '함초롬돋움', 'Noto Sans CJK KR', sans-serif; font-size: 9pt; }
  th, td { border: 0.5px solid #000; padding: 2pt 4pt; line-height: 1.3; }
  th { background: #e3e9f2; text-align: center; }
  td.num { text-align: right; font-variant-numeric: tabular-nums; }
  tr.total td { font-weight: bold; }
  figure { margin: 8pt 0; text-align: center; }
  figure img { width: 96%; }
  figcaption { font-family: 'HCR Dotum', '함초롬돋움', 'Noto Sans CJK KR', sans-serif; font-weight: bold; font-size: 10pt; }
  .pageno { text-align: center; font-size: 9pt; margin-top: 16pt; }
`;

function cellHtml(cell: ReportCell, tag: 'th' | 'td', lang: BriefingContent['lang']): string {
  const span =
    cell.kind === 'text' ? `${cell.rowSpan ? ` rowspan="${cell.rowSpan}"` : ''}${cell.colSpan ? ` colspan="${cell.colSpan}"` : ''}` : '';
  const indent = cell.kind === 'text' && cell.indent ? ` style="padding-left:${4 + cell.indent * 10}pt"` : '';
  const cls = cell.kind === 'number' && tag === 'td' ? ' class="num"' : '';
  return `<${tag}${span}${cls}${indent}>${html(reportCellText(cell, lang))}</${tag}>`;
}

function tableHtml(table: ReportTable, lang: BriefingContent['lang']): string {
  const head = table.header.map((row) => `<tr>${row.map((c) => cellHtml(c, 'th', lang)).join('')}</tr>`).join('');
  const body = table.body
    .map((row, i) => `<tr${table.totals[i] ? ' class="total"' : ''}>${row.map((c) => cellHtml(c, 'td', lang)).join('')}</tr>`)
    .join('');
  const unit = table.unitLine ? `<div class="unit">${html(table.unitLine)}</div>` : '';
  return `<table><caption><div>${html(table.caption)}</div>${unit}</caption><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

/** The report page as a whole HTML document; `chartPng` is embedded as a data URL. */
export function renderReportHtml(content: BriefingContent, chartPng: Buffer | null): string {
  const say = (key: string, params: MessageParams = {}) => formatMessage(content.lang, `report.${key}` as MessageKey, params);
  const out: string[] = [`<h1>${html(content.title || content.programme)}</h1>`];
  if (content.programme && content.title) out.push(`<p class="programme">${html(content.programme)}</p>`);
  const byline = [say('dateLine', { date: content.date }), content.author ? say('author', { author: content.author }) : ''].filter(Boolean);
  out.push(`<p class="byline">${html(byline.join('  '))}</p>`);
  for (const section of content.sections) {
    out.push(`<h2>${html(section.heading)}</h2>`);
    for (const b of section.blocks) {
      if (b.kind === 'sentence') out.push(`<p class="${b.level === 1 ? 'lead' : 'sub'}">${b.level === 1 ? '□' : '○'} ${html(b.text)}</p>`);
      else if (b.kind === 'note') out.push(`<p class="note">${html(b.text)}</p>`);
      else if (b.kind === 'table') out.push(tableHtml(b.table, content.lang));
      else if (chartPng)
        out.push(
          `<figure><img alt="${html(say('chartImage'))}" src="data:image/png;base64,${chartPng.toString('base64')}"><figcaption>${html(b.caption)}</figcaption></figure>`,
        );
      else out.push(`<p class="note">${html(say('chartMissing'))}</p>`);
    }
  }
  if (content.source) out.push(`<p class="source">${html(say('source', { source: content.source }))}</p>`);
  out.push(`<p class="source">${html(say('madeWith', { date: content.date }))}</p>`, '<p class="pageno">- 1 -</p>');
  return `<!doctype html><html lang="${content.lang}"><head><meta charset="utf-8"><title>${html(content.title)}</title><style>${STYLE}</style></head><body><main class="page">${out.join('\n')}</main></body></html>`;
}
