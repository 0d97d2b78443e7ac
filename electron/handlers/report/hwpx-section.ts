/**
 * Contents/section0.xml of the report: an A4 portrait page (secPr in the first paragraph, page numbers
 * at the bottom), the title block, then each section of the briefing content: □/○ sentences, tables
 * in the government style (unit line above, shaded header, thin inner and thick outer lines, numbers
 * right-aligned, totals bold, merged header cells) and the chart picture with its caption.
 */
import type { BriefingContent, ReportCell, ReportTable } from '../../../core/briefing/briefing-content';
import { reportCellText } from '../../../core/briefing/report-cell-text';
import { formatMessage, type MessageKey, type MessageParams } from '../../../core/messages';
import { CHAR, PARA, type BorderFills, type BorderSpec } from './hwpx-header';
import { el, esc, NAMESPACES, XML_DECL } from './hwpx-xml';

/** A4 in HWPUNIT (1/7200 inch), with 한/글's default margins: 30 mm left and right. */
export const PAGE = { width: 59528, height: 84188, left: 8504, right: 8504, top: 5668, bottom: 4252, header: 4252, footer: 4252 };
/** Width of the text area: where tables and the chart fit. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const ROW_HEIGHT = 1300;
const CELL_MARGIN = { left: 283, right: 283, top: 141, bottom: 141 };
const HEADER_FILL = '#E3E9F2';

/** An embedded picture: its BinData item id and pixel size. */
export interface ReportPicture {
  itemId: string;
  width: number;
  height: number;
}

/** Ids that must be unique within the document (tables and pictures). */
class Ids {
  private next = 1000;
  private z = 0;
  take(): { id: number; zOrder: number } {
    return { id: this.next++, zOrder: this.z++ };
  }
}

const run = (charPr: number, ...children: string[]) => el('hp:run', { charPrIDRef: charPr }, ...children);
const t = (text: string) => el('hp:t', {}, esc(text));

function paragraph(paraPr: number, ...runs: string[]): string {
  return el('hp:p', { id: 0, paraPrIDRef: paraPr, styleIDRef: 0, pageBreak: 0, columnBreak: 0, merged: 0 }, ...runs);
}

const textParagraph = (paraPr: number, charPr: number, text: string) => paragraph(paraPr, run(charPr, t(text)));

/** The section definition: A4 portrait, margins, one column; 한/글 requires it in the first paragraph. */
function sectionDefinition(): string {
  const notePr = (name: string, place: string) =>
    el(
      `hp:${name}`,
      {},
      el('hp:autoNumFormat', { type: 'DIGIT', userChar: '', prefixChar: '', suffixChar: ')', supscript: 0 }),
      el('hp:noteLine', { length: -1, type: 'SOLID', width: '0.12 mm', color: '#000000' }),
      el('hp:noteSpacing', { betweenNotes: 283, belowLine: 567, aboveLine: 850 }),
      el('hp:numbering', { type: 'CONTINUOUS', newNum: 1 }),
      el('hp:placement', { place, beneathText: 0 }),
    );
  const border = (type: string) =>
    el(
      'hp:pageBorderFill',
      { type, borderFillIDRef: 1, textBorder: 'PAPER', headerInside: 0, footerInside: 0, fillArea: 'PAPER' },
      el('hp:offset', { left: 1417, right: 1417, top: 1417, bottom: 1417 }),
    );
  return el(
    'hp:secPr',
    {
      id: '',
      textDirection: 'HORIZONTAL',
      spaceColumns: 1134,
      tabStop: 8000,
      outlineShapeIDRef: 1,
      memoShapeIDRef: 0,
      textVerticalWidthHead: 0,
      masterPageCnt: 0,
    },
    el('hp:grid', { lineGrid: 0, charGrid: 0, wonggojiFormat: 0 }),
    el('hp:startNum', { pageStartsOn: 'BOTH', page: 0, pic: 0, tbl: 0, equation: 0 }),
    el('hp:visibility', {
      hideFirstHeader: 0,
      hideFirstFooter: 0,
      hideFirstMasterPage: 0,
      border: 'SHOW_ALL',
      fill: 'SHOW_ALL',
      hideFirstPageNum: 0,
      hideFirstEmptyLine: 0,
      showLineNumber: 0,
    }),
    el('hp:lineNumberShape', { restartType: 0, countBy: 0, distance: 0, startNumber: 0 }),
    el(
      'hp:pagePr',
      { landscape: 'WIDELY', width: PAGE.width, height: PAGE.height, gutterType: 'LEFT_ONLY' },
      el('hp:margin', {
        header: PAGE.header,
        footer: PAGE.footer,
        gutter: 0,
        left: PAGE.left,
        right: PAGE.right,
        top: PAGE.top,
        bottom: PAGE.bottom,
      }),
    ),
    notePr('footNotePr', 'EACH_COLUMN'),
    notePr('endNotePr', 'END_OF_DOCUMENT'),
    border('BOTH'),
    border('EVEN'),
    border('ODD'),
  );
}

/** The first paragraph: section definition, columns and page numbers, carrying the title. */
function firstParagraph(title: string): string {
  return paragraph(
    PARA.center!,
    run(
      CHAR.title,
      sectionDefinition(),
      el('hp:ctrl', {}, el('hp:colPr', { id: '', type: 'NEWSPAPER', layout: 'LEFT', colCount: 1, sameSz: 1, sameGap: 0 })),
    ),
    run(CHAR.title, el('hp:ctrl', {}, el('hp:pageNum', { pos: 'BOTTOM_CENTER', formatType: 'DIGIT', sideChar: '-' })), t(title)),
  );
}

/** Column widths: the label columns sized to their text, the number columns sharing the rest. */
function columnWidths(table: ReportTable, cols: number): number[] {
  const textLen = (c: ReportCell | undefined) => (c?.kind === 'text' ? [...c.text].length + (c.indent ?? 0) * 2 : 0);
  const isLabel = (k: number) => table.body.some((row) => row[k]?.kind === 'text');
  const weights = Array.from({ length: cols }, (_, k) => {
    if (!isLabel(k)) return 1;
    const longest = Math.max(4, ...table.body.map((row) => textLen(row[k])));
    return Math.min(3.2, Math.max(1.2, longest / 5));
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / sum));
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** Places header and body cells on the grid: spans tile it exactly (a covered slot holds no cell). */
function layout(table: ReportTable): {
  rows: { cell: ReportCell; row: number; col: number; rowSpan: number; colSpan: number }[][];
  cols: number;
} {
  const all = [...table.header, ...table.body];
  const taken = new Set<string>();
  const rows = all.map((cells, r) => {
    let c = 0;
    return cells.map((cell) => {
      while (taken.has(`${r},${c}`)) c++;
      const rowSpan = cell.kind === 'text' ? (cell.rowSpan ?? 1) : 1;
      const colSpan = cell.kind === 'text' ? (cell.colSpan ?? 1) : 1;
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) taken.add(`${r + dr},${c + dc}`);
      const placed = { cell, row: r, col: c, rowSpan, colSpan };
      c += colSpan;
      return placed;
    });
  });
  const cols = Math.max(...rows.map((row) => row.reduce((n, p) => Math.max(n, p.col + p.colSpan), 0)));
  return { rows, cols };
}

function cellParagraph(cell: ReportCell, lang: BriefingContent['lang'], header: boolean, bold: boolean): string {
  const text = reportCellText(cell, lang);
  const indent = cell.kind === 'text' ? Math.min(3, cell.indent ?? 0) : 0;
  const paraPr = header
    ? PARA.cellCenter!
    : cell.kind === 'number'
      ? PARA.cellRight!
      : indent > 0
        ? PARA[`cellIndent${indent}` as 'cellIndent1']!
        : PARA.cellLeft!;
  return paragraph(paraPr, run(header || bold ? CHAR.cellBold : CHAR.cell, ...(text === '' ? [] : [t(text)])));
}

/** One table in its own paragraph: caption (title and unit line) above, cells with address, span and size. */
function tableXml(table: ReportTable, lang: BriefingContent['lang'], fills: BorderFills, ids: Ids): string {
  const { rows, cols } = layout(table);
  const widths = columnWidths(table, cols);
  const rowCnt = rows.length;
  const headerRows = table.header.length;
  const side = (outer: boolean) => (outer ? 'thick' : 'thin');
  const trs = rows.map((row, r) =>
    el(
      'hp:tr',
      {},
      ...row.map((p) => {
        const header = r < headerRows;
        const spec: BorderSpec = {
          top: side(p.row === 0),
          bottom: side(p.row + p.rowSpan === rowCnt),
          left: side(p.col === 0),
          right: side(p.col + p.colSpan === cols),
          ...(header ? { fill: HEADER_FILL } : {}),
        };
        const width = widths.slice(p.col, p.col + p.colSpan).reduce((a, b) => a + b, 0);
        return el(
          'hp:tc',
          { name: '', header: header ? 1 : 0, hasMargin: 0, protect: 0, editable: 0, dirty: 0, borderFillIDRef: fills.id(spec) },
          el(
            'hp:subList',
            {
              id: '',
              textDirection: 'HORIZONTAL',
              lineWrap: 'BREAK',
              vertAlign: 'CENTER',
              linkListIDRef: 0,
              linkListNextIDRef: 0,
              textWidth: 0,
              textHeight: 0,
              hasTextRef: 0,
              hasNumRef: 0,
            },
            cellParagraph(p.cell, lang, header, !header && table.totals[r - headerRows] === true),
          ),
          el('hp:cellAddr', { colAddr: p.col, rowAddr: p.row }),
          el('hp:cellSpan', { colSpan: p.colSpan, rowSpan: p.rowSpan }),
          el('hp:cellSz', { width, height: ROW_HEIGHT * p.rowSpan }),
          el('hp:cellMargin', CELL_MARGIN),
        );
      }),
    ),
  );
  const { id, zOrder } = ids.take();
  const caption = el(
    'hp:caption',
    { side: 'TOP', fullSz: 0, width: 8504, gap: 567, lastWidth: TEXT_WIDTH },
    el(
      'hp:subList',
      {
        id: '',
        textDirection: 'HORIZONTAL',
        lineWrap: 'BREAK',
        vertAlign: 'TOP',
        linkListIDRef: 0,
        linkListNextIDRef: 0,
        textWidth: 0,
        textHeight: 0,
        hasTextRef: 0,
        hasNumRef: 0,
      },
      // The government layout: the title, then the unit line right-aligned just above the table.
      textParagraph(PARA.center!, CHAR.caption, table.caption),
      table.unitLine ? textParagraph(PARA.right!, CHAR.small, table.unitLine) : '',
    ),
  );
  const tbl = el(
    'hp:tbl',
    {
      id,
      zOrder,
      numberingType: 'TABLE',
      textWrap: 'TOP_AND_BOTTOM',
      textFlow: 'BOTH_SIDES',
      lock: 0,
      dropcapstyle: 'None',
      pageBreak: 'CELL',
      repeatHeader: 1,
      rowCnt,
      colCnt: cols,
      cellSpacing: 0,
      borderFillIDRef: fills.id({ top: 'none', bottom: 'none', left: 'none', right: 'none' }),
      noAdjust: 0,
    },
    el('hp:sz', { width: TEXT_WIDTH, widthRelTo: 'ABSOLUTE', height: ROW_HEIGHT * rowCnt, heightRelTo: 'ABSOLUTE', protect: 0 }),
    el('hp:pos', {
      treatAsChar: 1,
      affectLSpacing: 0,
      flowWithText: 1,
      allowOverlap: 0,
      holdAnchorAndSO: 0,
      vertRelTo: 'PARA',
      horzRelTo: 'COLUMN',
      vertAlign: 'TOP',
      horzAlign: 'LEFT',
      vertOffset: 0,
      horzOffset: 0,
    }),
    el('hp:outMargin', { left: 0, right: 0, top: 0, bottom: 0 }),
    caption,
    el('hp:inMargin', CELL_MARGIN),
    ...trs,
  );
  return paragraph(PARA.center!, run(CHAR.cell, tbl, el('hp:t')));
}

/** The chart picture, as wide as the text, with its caption under it. */
function pictureXml(picture: ReportPicture, caption: string, description: string, ids: Ids): string {
  const width = Math.round(TEXT_WIDTH * 0.96);
  const height = Math.round((width * picture.height) / picture.width);
  // Pixels in HWPUNIT at 96 dpi (75 each): the picture's own size, cropped nowhere.
  const dimW = picture.width * 75;
  const dimH = picture.height * 75;
  const { id, zOrder } = ids.take();
  const matrix = (name: string, e1: number, e5: number) => el(`hc:${name}`, { e1, e2: 0, e3: 0, e4: 0, e5, e6: 0 });
  const pic = el(
    'hp:pic',
    {
      id,
      zOrder,
      numberingType: 'PICTURE',
      textWrap: 'TOP_AND_BOTTOM',
      textFlow: 'BOTH_SIDES',
      lock: 0,
      dropcapstyle: 'None',
      href: '',
      groupLevel: 0,
      instid: id + 1,
      reverse: 0,
    },
    el('hp:offset', { x: 0, y: 0 }),
    el('hp:orgSz', { width, height }),
    el('hp:curSz', { width, height }),
    el('hp:flip', { horizontal: 0, vertical: 0 }),
    el('hp:rotationInfo', { angle: 0, centerX: Math.round(width / 2), centerY: Math.round(height / 2), rotateimage: 0 }),
    el('hp:renderingInfo', {}, matrix('transMatrix', 1, 1), matrix('scaMatrix', 1, 1), matrix('rotMatrix', 1, 1)),
    el(
      'hp:imgRect',
      {},
      el('hc:pt0', { x: 0, y: 0 }),
      el('hc:pt1', { x: width, y: 0 }),
      el('hc:pt2', { x: width, y: height }),
      el('hc:pt3', { x: 0, y: height }),
    ),
    el('hp:imgClip', { left: 0, right: dimW, top: 0, bottom: dimH }),
    el('hp:inMargin', { left: 0, right: 0, top: 0, bottom: 0 }),
    el('hp:imgDim', { dimwidth: dimW, dimheight: dimH }),
    el('hc:img', { binaryItemIDRef: picture.itemId, bright: 0, contrast: 0, effect: 'REAL_PIC', alpha: 0 }),
    el('hp:effects'),
    el('hp:sz', { width, widthRelTo: 'ABSOLUTE', height, heightRelTo: 'ABSOLUTE', protect: 0 }),
    el('hp:pos', {
      treatAsChar: 1,
      affectLSpacing: 0,
      flowWithText: 1,
      allowOverlap: 0,
      holdAnchorAndSO: 0,
      vertRelTo: 'PARA',
      horzRelTo: 'PARA',
      vertAlign: 'TOP',
      horzAlign: 'LEFT',
      vertOffset: 0,
      horzOffset: 0,
    }),
    el('hp:outMargin', { left: 0, right: 0, top: 0, bottom: 0 }),
    el('hp:shapeComment', {}, esc(description)),
  );
  return paragraph(PARA.center!, run(CHAR.body, pic, el('hp:t'))) + textParagraph(PARA.center!, CHAR.caption, caption);
}

/** The section XML of a report, registering the border fills its cells use. */
export function sectionXml(content: BriefingContent, picture: ReportPicture | null, fills: BorderFills): string {
  const say = (key: string, params: MessageParams = {}) => formatMessage(content.lang, `report.${key}` as MessageKey, params);
  const ids = new Ids();
  const out: string[] = [firstParagraph(content.title || content.programme || say('seriesCaption'))];
  if (content.programme && content.title) out.push(textParagraph(PARA.center!, CHAR.lead, content.programme));
  const byline = [say('dateLine', { date: content.date }), content.author ? say('author', { author: content.author }) : '']
    .filter(Boolean)
    .join('  ');
  out.push(textParagraph(PARA.right!, CHAR.small, byline));
  for (const section of content.sections) {
    out.push(textParagraph(PARA.heading!, CHAR.heading, section.heading));
    for (const block of section.blocks) {
      if (block.kind === 'sentence')
        out.push(
          block.level === 1
            ? textParagraph(PARA.lead!, CHAR.lead, `□ ${block.text}`)
            : textParagraph(PARA.sub!, CHAR.body, `○ ${block.text}`),
        );
      else if (block.kind === 'note') out.push(textParagraph(PARA.body!, CHAR.small, block.text));
      else if (block.kind === 'table') out.push(tableXml(block.table, content.lang, fills, ids));
      else if (picture) out.push(pictureXml(picture, block.caption, say('chartImage'), ids));
      else out.push(textParagraph(PARA.center!, CHAR.small, say('chartMissing')));
    }
  }
  if (content.source) out.push(textParagraph(PARA.body!, CHAR.small, say('source', { source: content.source })));
  out.push(textParagraph(PARA.body!, CHAR.small, say('madeWith', { date: content.date })));
  return XML_DECL + el('hs:sec', NAMESPACES, ...out);
}
