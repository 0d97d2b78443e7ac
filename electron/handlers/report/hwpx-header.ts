/**
 * Contents/header.xml of the report: the fonts (함초롬바탕 and 함초롬돋움, which every 한/글
 * installation has), the character and paragraph shapes the section refers to by id, and the border
 * fills of table cells, registered as the section asks for them so each id resolves and every
 * `itemCnt` matches what is listed.
 */
import { el, NAMESPACES, XML_DECL } from './hwpx-xml';

/** Fonts declared for every script (ids of `fontRef`). */
const FONTS = ['함초롬바탕', '함초롬돋움'] as const;
const SERIF = 0;
const SANS = 1;

/** Character shapes: size in points, bold, font. */
const CHAR_SHAPES = {
  body: { pt: 11, bold: false, font: SERIF },
  title: { pt: 18, bold: true, font: SANS },
  cell: { pt: 9, bold: false, font: SANS },
  cellBold: { pt: 9, bold: true, font: SANS },
  small: { pt: 9, bold: false, font: SERIF },
  heading: { pt: 13, bold: true, font: SANS },
  lead: { pt: 12, bold: false, font: SERIF },
  caption: { pt: 10, bold: true, font: SANS },
} as const;

/** Character shape ids (`charPrIDRef`). */
export const CHAR = Object.fromEntries(Object.keys(CHAR_SHAPES).map((k, i) => [k, i])) as Record<keyof typeof CHAR_SHAPES, number>;

type Align = 'JUSTIFY' | 'LEFT' | 'RIGHT' | 'CENTER';
/** Paragraph shapes: alignment, left margin and hanging indent (HWPUNIT), space before and after. */
const PARA_SHAPES: Record<string, { align: Align; left?: number; hang?: number; before?: number; after?: number; line?: number }> = {
  body: { align: 'JUSTIFY' },
  center: { align: 'CENTER' },
  right: { align: 'RIGHT' },
  heading: { align: 'LEFT', before: 1400, after: 400 },
  // □ and ○ lines: 내어쓰기, so a wrapped line starts under the text, not under the bullet.
  lead: { align: 'JUSTIFY', hang: 1300, after: 300 },
  sub: { align: 'JUSTIFY', left: 1100, hang: 1200, after: 200 },
  cellLeft: { align: 'LEFT', line: 130 },
  cellRight: { align: 'RIGHT', line: 130 },
  cellCenter: { align: 'CENTER', line: 130 },
  cellIndent1: { align: 'LEFT', left: 700, line: 130 },
  cellIndent2: { align: 'LEFT', left: 1400, line: 130 },
  cellIndent3: { align: 'LEFT', left: 2100, line: 130 },
  captionCenter: { align: 'CENTER', before: 600, after: 200 },
};

/** Paragraph shape ids (`paraPrIDRef`). */
export const PARA = Object.fromEntries(Object.keys(PARA_SHAPES).map((k, i) => [k, i])) as Record<keyof typeof PARA_SHAPES, number>;

/** A side of a cell's border. */
export type Line = 'none' | 'thin' | 'thick';
/** A border fill: four sides and an optional background colour (#RRGGBB). */
export interface BorderSpec {
  top: Line;
  bottom: Line;
  left: Line;
  right: Line;
  fill?: string;
}

const WIDTH: Record<Line, string> = { none: '0.1 mm', thin: '0.12 mm', thick: '0.4 mm' };

/** Border fills registered by the section as it lays out cells; id 1 is "no border" (the page's). */
export class BorderFills {
  private readonly ids = new Map<string, number>();
  private readonly specs: BorderSpec[] = [];

  constructor() {
    this.id({ top: 'none', bottom: 'none', left: 'none', right: 'none' });
  }

  /** The id of a border fill, registering it the first time. */
  id(spec: BorderSpec): number {
    const key = JSON.stringify([spec.top, spec.bottom, spec.left, spec.right, spec.fill ?? '']);
    let id = this.ids.get(key);
    if (id === undefined) {
      this.specs.push(spec);
      id = this.specs.length;
      this.ids.set(key, id);
    }
    return id;
  }

  /** The `hh:borderFills` element. */
  xml(): string {
    const side = (name: string, line: Line) =>
      el(`hh:${name}`, { type: line === 'none' ? 'NONE' : 'SOLID', width: WIDTH[line], color: '#000000' });
    const fills = this.specs.map((s, i) =>
      el(
        'hh:borderFill',
        { id: i + 1, threeD: 0, shadow: 0, centerLine: 'NONE', breakCellSeparateLine: 0 },
        el('hh:slash', { type: 'NONE', Crooked: 0, isCounter: 0 }),
        el('hh:backSlash', { type: 'NONE', Crooked: 0, isCounter: 0 }),
        side('leftBorder', s.left),
        side('rightBorder', s.right),
        side('topBorder', s.top),
        side('bottomBorder', s.bottom),
        el('hh:diagonal', { type: 'SOLID', width: '0.1 mm', color: '#000000' }),
        s.fill ? el('hc:fillBrush', {}, el('hc:winBrush', { faceColor: s.fill, hatchColor: '#000000', alpha: 0 })) : '',
      ),
    );
    return el('hh:borderFills', { itemCnt: this.specs.length }, ...fills);
  }
}

const LANGS = ['HANGUL', 'LATIN', 'HANJA', 'JAPANESE', 'OTHER', 'SYMBOL', 'USER'] as const;
const perLang = (value: number | string) => Object.fromEntries(LANGS.map((l) => [l.toLowerCase(), value]));

function fontfaces(): string {
  const font = (face: string, id: number) =>
    el(
      'hh:font',
      { id, face, type: 'TTF', isEmbedded: 0 },
      el('hh:typeInfo', {
        familyType: id === SERIF ? 'FCAT_OLDSTYLE' : 'FCAT_GOTHIC',
        weight: 6,
        proportion: 0,
        contrast: 0,
        strokeVariation: 1,
        armStyle: 1,
        letterform: 1,
        midline: 1,
        xHeight: 1,
      }),
    );
  const faces = LANGS.map((lang) => el('hh:fontface', { lang, fontCnt: FONTS.length }, ...FONTS.map(font)));
  return el('hh:fontfaces', { itemCnt: LANGS.length }, ...faces);
}

function charProperties(): string {
  const shapes = Object.values(CHAR_SHAPES).map((c, id) =>
    el(
      'hh:charPr',
      {
        id,
        height: c.pt * 100,
        textColor: '#000000',
        shadeColor: 'none',
        useFontSpace: 0,
        useKerning: 0,
        symMark: 'NONE',
        borderFillIDRef: 1,
      },
      el('hh:fontRef', perLang(c.font)),
      el('hh:ratio', perLang(100)),
      el('hh:spacing', perLang(0)),
      el('hh:relSz', perLang(100)),
      el('hh:offset', perLang(0)),
      c.bold ? el('hh:bold') : '',
    ),
  );
  return el('hh:charProperties', { itemCnt: shapes.length }, ...shapes);
}

function paraProperties(): string {
  const unit = (name: string, value: number) => el(`hc:${name}`, { value, unit: 'HWPUNIT' });
  const shapes = Object.values(PARA_SHAPES).map((p, id) =>
    el(
      'hh:paraPr',
      { id, tabPrIDRef: 0, condense: 0, fontLineHeight: 0, snapToGrid: 1, suppressLineNumbers: 0, checked: 0 },
      el('hh:align', { horizontal: p.align, vertical: 'BASELINE' }),
      el('hh:heading', { type: 'NONE', idRef: 0, level: 0 }),
      el('hh:breakSetting', {
        breakLatinWord: 'KEEP_WORD',
        breakNonLatinWord: 'KEEP_WORD',
        widowOrphan: 0,
        keepWithNext: 0,
        keepLines: 0,
        pageBreakBefore: 0,
        lineWrap: 'BREAK',
      }),
      el('hh:autoSpacing', { eAsianEng: 0, eAsianNum: 0 }),
      el(
        'hh:margin',
        {},
        unit('intent', -(p.hang ?? 0)),
        unit('left', p.left ?? 0),
        unit('right', 0),
        unit('prev', p.before ?? 0),
        unit('next', p.after ?? 0),
      ),
      el('hh:lineSpacing', { type: 'PERCENT', value: p.line ?? 160, unit: 'HWPUNIT' }),
      el('hh:border', { borderFillIDRef: 1, offsetLeft: 0, offsetRight: 0, offsetTop: 0, offsetBottom: 0, connect: 0, ignoreMargin: 0 }),
    ),
  );
  return el('hh:paraProperties', { itemCnt: shapes.length }, ...shapes);
}

// The outline numbering the section's `outlineShapeIDRef` names (한/글's default 1. 가. 1) …).
const OUTLINE = ['^1.', '^2.', '^3)', '^4)', '(^5)', '(^6)', '^7'];
const OUTLINE_FORMATS = ['DIGIT', 'HANGUL_SYLLABLE', 'DIGIT', 'HANGUL_SYLLABLE', 'DIGIT', 'HANGUL_SYLLABLE', 'CIRCLED_DIGIT'];

function numberings(): string {
  const heads = OUTLINE.map((text, i) =>
    el(
      'hh:paraHead',
      {
        start: 1,
        level: i + 1,
        align: 'LEFT',
        useInstWidth: 1,
        autoIndent: 1,
        widthAdjust: 0,
        textOffsetType: 'PERCENT',
        textOffset: 50,
        numFormat: OUTLINE_FORMATS[i]!,
        charPrIDRef: 4294967295,
        checkable: 0,
      },
      text,
    ),
  );
  return el('hh:numberings', { itemCnt: 1 }, el('hh:numbering', { id: 1, start: 0 }, ...heads));
}

/** The whole header.xml, with the border fills the section registered. */
export function headerXml(borderFills: BorderFills): string {
  const styles = el(
    'hh:styles',
    { itemCnt: 1 },
    el('hh:style', {
      id: 0,
      type: 'PARA',
      name: '바탕글',
      engName: 'Normal',
      paraPrIDRef: PARA.body!,
      charPrIDRef: CHAR.body,
      nextStyleIDRef: 0,
      langID: 1042,
      lockForm: 0,
    }),
  );
  return (
    XML_DECL +
    el(
      'hh:head',
      { ...NAMESPACES, version: '1.2', secCnt: 1 },
      el('hh:beginNum', { page: 1, footnote: 1, endnote: 1, pic: 1, tbl: 1, equation: 1 }),
      el(
        'hh:refList',
        {},
        fontfaces(),
        borderFills.xml(),
        charProperties(),
        el('hh:tabProperties', { itemCnt: 1 }, el('hh:tabPr', { id: 0, autoTabLeft: 0, autoTabRight: 0 })),
        numberings(),
        paraProperties(),
        styles,
      ),
      el('hh:compatibleDocument', { targetProgram: 'HWP201X' }, el('hh:layoutCompatibility')),
      el('hh:docOption', {}, el('hh:linkinfo', { path: '', pageInherit: 0, footnoteInherit: 0 })),
      el('hh:trackchageConfig', { flags: 56 }),
    )
  );
}
