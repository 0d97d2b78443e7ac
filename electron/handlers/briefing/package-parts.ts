/**
 * Adds native charts, pictures and print titles to an xlsx while exceljs's streaming writer produces
 * it, instead of reopening and rezipping the finished file: each sheet's <drawing> element and
 * relationship are written as the sheet is committed, the drawing, chart and image parts are appended
 * to the same zip, and [Content_Types].xml and workbook.xml get their extra entries as they pass.
 * This uses two internals of exceljs 4's WorkbookWriter (its archiver `zip` and a worksheet's
 * `_sheetRelsWriter`); the briefing tests read every part back and recalculate it in LibreOffice.
 */
import type ExcelJS from 'exceljs';
import {
  CONTENT_TYPES,
  chartAnchorXml,
  lineChartXml,
  NAMESPACES,
  pictureAnchorXml,
  REL_TYPES,
  xmlEscape,
  type LineChartSpec,
  type PictureSpec,
} from './chart-parts';

type ZipAppend = (source: string | Buffer, data: { name: string }) => unknown;
interface WriterInternals {
  zip: { append: ZipAppend };
}
interface SheetInternals {
  name: string;
  stream: { write: (chunk: string) => void };
  _sheetRelsWriter: { addRelationship: (rel: { Type: string; Target: string }) => string };
  _writeRowBreaks: () => void;
}

/** A chart or a picture to anchor on a sheet. */
export type DrawingItem =
  { kind: 'chart'; spec: Omit<LineChartSpec, 'sheetName'> } | { kind: 'picture'; spec: Omit<PictureSpec, 'sheetName'> };

/** Hooks into a streaming writer; call `drawings` and `printTitles` before each sheet is committed. */
export function packageParts(book: ExcelJS.stream.xlsx.WorkbookWriter) {
  const writer = book as unknown as WriterInternals;
  const overrides: string[] = [];
  const titles: { sheetIndex: number; ref: string }[] = [];
  let png = false;
  let drawings = 0;
  let charts = 0;
  let images = 0;
  const append: ZipAppend = writer.zip.append.bind(writer.zip);
  writer.zip.append = (source, data) => {
    if (data.name === '[Content_Types].xml' && typeof source === 'string') {
      const extra = `${png ? '<Default Extension="png" ContentType="image/png"/>' : ''}${overrides.join('')}`;
      return append(source.replace('</Types>', `${extra}</Types>`), data);
    }
    if (/^\/?xl\/workbook\.xml$/.test(data.name) && typeof source === 'string' && titles.length) {
      const defs = titles
        .map((t) => `<definedName name="_xlnm.Print_Titles" localSheetId="${t.sheetIndex}">${xmlEscape(t.ref)}</definedName>`)
        .join('');
      const xml = source.includes('<definedNames>')
        ? source.replace('<definedNames>', `<definedNames>${defs}`)
        : source.replace('</sheets>', `</sheets><definedNames>${defs}</definedNames>`);
      return append(xml, data);
    }
    return append(source, data);
  };

  return {
    /** Anchors charts and pictures on a sheet (one drawing per sheet, written when the sheet commits). */
    drawings(sheet: ExcelJS.Worksheet, items: readonly DrawingItem[]): void {
      if (items.length === 0) return;
      const s = sheet as unknown as SheetInternals;
      const original = s._writeRowBreaks.bind(s);
      s._writeRowBreaks = () => {
        original();
        const n = ++drawings;
        const rels: string[] = [];
        const anchors = items.map((item, i) => {
          const relId = `rId${i + 1}`;
          if (item.kind === 'chart') {
            const c = ++charts;
            append(lineChartXml({ ...item.spec, sheetName: s.name }), { name: `xl/charts/chart${c}.xml` });
            overrides.push(`<Override PartName="/xl/charts/chart${c}.xml" ContentType="${CONTENT_TYPES.chart}"/>`);
            rels.push(`<Relationship Id="${relId}" Type="${REL_TYPES.chart}" Target="../charts/chart${c}.xml"/>`);
            return chartAnchorXml({ ...item.spec, sheetName: s.name }, relId, i + 1);
          }
          const m = ++images;
          png = true;
          append(item.spec.png, { name: `xl/media/aw-image${m}.png` });
          rels.push(`<Relationship Id="${relId}" Type="${REL_TYPES.image}" Target="../media/aw-image${m}.png"/>`);
          return pictureAnchorXml({ ...item.spec, sheetName: s.name }, relId, i + 1);
        });
        append(
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NAMESPACES.xdr}" xmlns:a="${NAMESPACES.a}" xmlns:r="${NAMESPACES.r}">${anchors.join('')}</xdr:wsDr>`,
          { name: `xl/drawings/drawing${n}.xml` },
        );
        append(
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NAMESPACES.pkg}">${rels.join('')}</Relationships>`,
          { name: `xl/drawings/_rels/drawing${n}.xml.rels` },
        );
        overrides.push(`<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="${CONTENT_TYPES.drawing}"/>`);
        const rel = s._sheetRelsWriter.addRelationship({ Type: REL_TYPES.drawing, Target: `../drawings/drawing${n}.xml` });
        // <drawing> follows rowBreaks and precedes legacyDrawing in CT_Worksheet: exactly where this hook runs.
        s.stream.write(`<drawing r:id="${rel}"/>`);
      };
    },
    /** Rows repeated at the top of each printed page, e.g. '$4:$4' (the streaming writer omits them). */
    printTitles(sheetIndex: number, sheetName: string, rows: string): void {
      titles.push({ sheetIndex, ref: `'${sheetName.replace(/'/g, "''")}'!${rows}` });
    },
  };
}
