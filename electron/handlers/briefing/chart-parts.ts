/**
 * DrawingML for native Excel charts and pictures, which exceljs cannot write: the chart part and the
 * anchors of a drawing. Charts reference worksheet cells, so they follow formulas; cached points keep
 * viewers that do not recalculate correct. package-parts.ts puts them into the package.
 */

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
export const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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

export const NAMESPACES = NS;
/** Relationship types of drawings, charts and images. */
export const REL_TYPES = REL;
/** Content types of chart and drawing parts. */
export const CONTENT_TYPES = CT;

const at = (p: { col: number; row: number }) =>
  `<xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;

/** The anchor of a chart inside a drawing. */
export function chartAnchorXml(spec: Anchor, relId: string, id: number): string {
  return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${at(spec.from)}</xdr:from><xdr:to>${at(spec.to)}</xdr:to>
<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="Chart ${id}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>
<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>
<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
}

/** The anchor of a picture inside a drawing. */
export function pictureAnchorXml(spec: PictureSpec, relId: string, id: number): string {
  return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${at(spec.from)}</xdr:from><xdr:to>${at(spec.to)}</xdr:to>
<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${id + 1}" name="Picture ${id}" descr="${xmlEscape(spec.description)}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>
<xdr:blipFill><a:blip r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>
<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor>`;
}
