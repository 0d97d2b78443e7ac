/**
 * Native Excel charts for xlsx files written by exceljs, which cannot write charts itself:
 * adds the DrawingML chart part, a drawing that anchors it, their relationships and content types.
 * Charts reference worksheet cells, so they follow formulas; cached points keep viewers that do
 * not recalculate correct.
 */
import JSZip from 'jszip';

/** A data series of a line chart. */
export interface ChartSeries {
  name: string;
  /** Cell range of the values, e.g. `'전망'!$C$4:$C$12`. */
  ref: string;
  /** Values as computed, written as the chart's cache. */
  cache: (number | null)[];
  color: string;
  dashed: boolean;
}

/** Zero-based cell anchor of a drawing object: top-left and bottom-right corners. */
export interface Anchor {
  sheetName: string;
  from: { col: number; row: number };
  to: { col: number; row: number };
}

/** A PNG picture anchored on a sheet. */
export interface PictureSpec extends Anchor {
  png: Buffer;
  description: string;
}

/** A line chart anchored on a sheet. */
export interface LineChartSpec extends Anchor {
  title: string;
  categoriesRef: string;
  categories: string[];
  series: ChartSeries[];
  /** Number format of the value axis, e.g. `#,##0`. */
  numberFormat: string;
  font: string;
}

const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  pkg: 'http://schemas.openxmlformats.org/package/2006/relationships',
};
const REL = {
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  image: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image',
};
const CT = {
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
};

/** Escapes text for XML content and attributes. */
export const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const rich = (text: string, font: string, size = 1200, bold = true) =>
  `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="ko-KR" sz="${size}" b="${bold ? 1 : 0}"><a:latin typeface="${xmlEscape(font)}"/><a:ea typeface="${xmlEscape(font)}"/></a:rPr><a:t>${xmlEscape(text)}</a:t></a:r></a:p></c:rich></c:tx>`;

function seriesXml(s: ChartSeries, i: number, spec: LineChartSpec): string {
  const pts = s.cache.map((v, k) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${k}"><c:v>${v}</c:v></c:pt>`)).join('');
  const cats = spec.categories.map((c, k) => `<c:pt idx="${k}"><c:v>${xmlEscape(c)}</c:v></c:pt>`).join('');
  const dash = s.dashed ? '<a:prstDash val="dash"/>' : '';
  return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>
<c:spPr><a:ln w="${s.dashed ? 22225 : 31750}" cap="rnd"><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill>${dash}<a:round/></a:ln></c:spPr>
<c:marker><c:symbol val="circle"/><c:size val="4"/><c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:marker>
<c:cat><c:strRef><c:f>${xmlEscape(spec.categoriesRef)}</c:f><c:strCache><c:ptCount val="${spec.categories.length}"/>${cats}</c:strCache></c:strRef></c:cat>
<c:val><c:numRef><c:f>${xmlEscape(s.ref)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${s.cache.length}"/>${pts}</c:numCache></c:numRef></c:val>
<c:smooth val="0"/></c:ser>`;
}

/** The chart part (xl/charts/chartN.xml) of a line chart. */
export function lineChartXml(spec: LineChartSpec): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/>
<c:chart><c:title>${rich(spec.title, spec.font, 1400)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>
<c:plotArea><c:layout/><c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>
${spec.series.map((s, i) => seriesXml(s, i, spec)).join('\n')}
<c:marker val="1"/><c:axId val="111111111"/><c:axId val="222222222"/></c:lineChart>
<c:catAx><c:axId val="111111111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="222222222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>
<c:valAx><c:axId val="222222222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="${xmlEscape(spec.numberFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="111111111"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>
</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>
<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"><a:latin typeface="${xmlEscape(spec.font)}"/><a:ea typeface="${xmlEscape(spec.font)}"/></a:defRPr></a:pPr><a:endParaRPr lang="ko-KR"/></a:p></c:txPr>
</c:chartSpace>`;
}

const at = (p: { col: number; row: number }) => `<xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;

function chartAnchorXml(spec: Anchor, relId: string, id: number): string {
  return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${at(spec.from)}</xdr:from><xdr:to>${at(spec.to)}</xdr:to>
<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="Chart ${id}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>
<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>
<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
}

function pictureAnchorXml(spec: PictureSpec, relId: string, id: number): string {
  return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${at(spec.from)}</xdr:from><xdr:to>${at(spec.to)}</xdr:to>
<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${id + 1}" name="Picture ${id}" descr="${xmlEscape(spec.description)}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>
<xdr:blipFill><a:blip r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>
<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor>`;
}

// Elements that must follow <drawing> inside <worksheet> (ECMA-376 CT_Worksheet order).
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/** Resolves a sheet name to its part path via workbook.xml and its relationships. */
async function sheetPath(zip: JSZip, name: string): Promise<string> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`name="${xmlEscape(name)}"`));
  const rid = sheet && /r:id="([^"]+)"/.exec(sheet)?.[1];
  const rel = rid && [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`Id="${rid}"`));
  const target = rel && /Target="([^"]+)"/.exec(rel)?.[1];
  if (!target) throw new Error(`sheet '${name}' not found in the package`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

function nextFree(zip: JSZip, pattern: (n: number) => string): number {
  let n = 1;
  while (zip.file(pattern(n))) n++;
  return n;
}

function addOverride(types: string, part: string, contentType: string): string {
  return types.includes(`PartName="${part}"`) ? types : types.replace('</Types>', `<Override PartName="${part}" ContentType="${contentType}"/></Types>`);
}

/** Print titles (rows repeated on every page) per sheet name, e.g. { '요약': '$4:$4' }. */
export type PrintTitles = Record<string, string>;

/**
 * Adds line charts and pictures to an xlsx package (one new drawing per sheet; the sheets must not
 * have a drawing yet), and print-title rows, which exceljs's streaming writer does not write.
 */
export async function addDrawings(xlsx: Buffer, items: { charts?: readonly LineChartSpec[]; pictures?: readonly PictureSpec[]; printTitles?: PrintTitles }): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  let types = await zip.file('[Content_Types].xml')!.async('string');
  const bySheet = new Map<string, ({ kind: 'chart'; spec: LineChartSpec } | { kind: 'picture'; spec: PictureSpec })[]>();
  const add = (name: string, item: { kind: 'chart'; spec: LineChartSpec } | { kind: 'picture'; spec: PictureSpec }) => bySheet.set(name, [...(bySheet.get(name) ?? []), item]);
  for (const spec of items.charts ?? []) add(spec.sheetName, { kind: 'chart', spec });
  for (const spec of items.pictures ?? []) add(spec.sheetName, { kind: 'picture', spec });

  for (const [sheetName, list] of bySheet) {
    const path = await sheetPath(zip, sheetName);
    const sheetXml = await zip.file(path)!.async('string');
    if (/<drawing\b/.test(sheetXml)) throw new Error(`sheet '${sheetName}' already has a drawing`);
    const drawingNo = nextFree(zip, (n) => `xl/drawings/drawing${n}.xml`);
    const drawingRels: string[] = [];
    const anchors: string[] = [];
    for (const [i, item] of list.entries()) {
      const relId = `rId${i + 1}`;
      if (item.kind === 'chart') {
        const chartNo = nextFree(zip, (n) => `xl/charts/chart${n}.xml`);
        zip.file(`xl/charts/chart${chartNo}.xml`, lineChartXml(item.spec));
        types = addOverride(types, `/xl/charts/chart${chartNo}.xml`, CT.chart);
        drawingRels.push(`<Relationship Id="${relId}" Type="${REL.chart}" Target="../charts/chart${chartNo}.xml"/>`);
        anchors.push(chartAnchorXml(item.spec, relId, i + 1));
      } else {
        const imageNo = nextFree(zip, (n) => `xl/media/aw-image${n}.png`);
        zip.file(`xl/media/aw-image${imageNo}.png`, item.spec.png);
        if (!/<Default Extension="png"/i.test(types)) types = types.replace('</Types>', '<Default Extension="png" ContentType="image/png"/></Types>');
        drawingRels.push(`<Relationship Id="${relId}" Type="${REL.image}" Target="../media/aw-image${imageNo}.png"/>`);
        anchors.push(pictureAnchorXml(item.spec, relId, i + 1));
      }
    }
    zip.file(
      `xl/drawings/drawing${drawingNo}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join('')}</xdr:wsDr>`,
    );
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkg}">${drawingRels.join('')}</Relationships>`);
    types = addOverride(types, `/xl/drawings/drawing${drawingNo}.xml`, CT.drawing);

    // Relationship from the sheet to its new drawing.
    const dir = path.slice(0, path.lastIndexOf('/'));
    const file = path.slice(path.lastIndexOf('/') + 1);
    const relsPath = `${dir}/_rels/${file}.rels`;
    let rels = zip.file(relsPath) ? await zip.file(relsPath)!.async('string') : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkg}"></Relationships>`;
    let k = 1;
    while (rels.includes(`Id="rIdDrawing${k}"`)) k++;
    const relId = `rIdDrawing${k}`;
    rels = rels.replace('</Relationships>', `<Relationship Id="${relId}" Type="${REL.drawing}" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`);
    zip.file(relsPath, rels);

    const withNs = /<worksheet\b[^>]*xmlns:r=/.test(sheetXml) ? sheetXml : sheetXml.replace('<worksheet ', `<worksheet xmlns:r="${NS.r}" `);
    const before = AFTER_DRAWING.map((tag) => withNs.search(new RegExp(`<${tag}\\b`))).filter((i) => i >= 0);
    const insertAt = before.length ? Math.min(...before) : withNs.lastIndexOf('</worksheet>');
    zip.file(path, withNs.slice(0, insertAt) + `<drawing r:id="${relId}"/>` + withNs.slice(insertAt));
  }

  if (items.printTitles && Object.keys(items.printTitles).length) {
    let workbook = await zip.file('xl/workbook.xml')!.async('string');
    const names = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) => m[1]);
    const defs = Object.entries(items.printTitles)
      .map(([name, rows]) => {
        const index = names.indexOf(xmlEscape(name));
        return index < 0 ? '' : `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${xmlEscape(`'${name.replace(/'/g, "''")}'!${rows}`)}</definedName>`;
      })
      .join('');
    workbook = workbook.includes('<definedNames>') ? workbook.replace('<definedNames>', `<definedNames>${defs}`) : workbook.replace('</sheets>', `</sheets><definedNames>${defs}</definedNames>`);
    zip.file('xl/workbook.xml', workbook);
  }
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
