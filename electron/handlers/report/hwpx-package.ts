/**
 * The HWPX package (OWPML, KS X 6101) around a report's header and section, laid out as the
 * documents 한/글 writes: `mimetype` first and stored, version.xml, Contents/header.xml and
 * section0.xml, the chart under BinData, META-INF/container.xml and manifest.xml, Contents/content.hpf
 * listing every part, and a text preview.
 */
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { el, esc, NAMESPACES, XML_DECL } from './hwpx-xml';

/** What goes into the package: the two content parts, an optional PNG, metadata, the preview text. */
export interface HwpxParts {
  header: string;
  section: string;
  png: Buffer | null;
  title: string;
  author: string;
  lang: string;
  now: Date;
  previewText: string;
}

/** The BinData item id of the chart picture. */
export const CHART_ITEM = 'image1';
const MIMETYPE = 'application/hwp+zip';

function versionXml(): string {
  return (
    XML_DECL +
    el('hv:HCFVersion', {
      'xmlns:hv': 'http://www.hancom.co.kr/hwpml/2011/version',
      tagetApplication: 'WORDPROCESSOR',
      major: 5,
      minor: 1,
      micro: 0,
      buildNumber: 1,
      os: 1,
      xmlVersion: '1.2',
      application: 'Analyst Workbook',
      appVersion: '0.1.0',
    })
  );
}

function containerXml(): string {
  return (
    XML_DECL +
    el(
      'ocf:container',
      { 'xmlns:ocf': 'urn:oasis:names:tc:opendocument:xmlns:container', 'xmlns:hpf': 'http://www.hancom.co.kr/schema/2011/hpf' },
      el(
        'ocf:rootfiles',
        {},
        el('ocf:rootfile', { 'full-path': 'Contents/content.hpf', 'media-type': 'application/hwpml-package+xml' }),
        el('ocf:rootfile', { 'full-path': 'Preview/PrvText.txt', 'media-type': 'text/plain' }),
      ),
    )
  );
}

function contentHpf(p: HwpxParts): string {
  const meta = (name: string, value: string) => el('opf:meta', { name, content: 'text' }, esc(value));
  const iso = p.now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const items = [
    el('opf:item', { id: 'header', href: 'Contents/header.xml', 'media-type': 'application/xml' }),
    ...(p.png ? [el('opf:item', { id: CHART_ITEM, href: `BinData/${CHART_ITEM}.png`, 'media-type': 'image/png', isEmbeded: 1 })] : []),
    el('opf:item', { id: 'section0', href: 'Contents/section0.xml', 'media-type': 'application/xml' }),
    el('opf:item', { id: 'settings', href: 'settings.xml', 'media-type': 'application/xml' }),
  ];
  return (
    XML_DECL +
    el(
      'opf:package',
      { ...NAMESPACES, version: '', 'unique-identifier': '', id: '' },
      el(
        'opf:metadata',
        {},
        el('opf:title', {}, esc(p.title)),
        el('opf:language', {}, p.lang),
        meta('creator', p.author),
        meta('subject', ''),
        meta('description', ''),
        meta('CreatedDate', iso),
        meta('ModifiedDate', iso),
        meta('date', iso),
        meta('keyword', ''),
      ),
      el('opf:manifest', {}, ...items),
      el('opf:spine', {}, el('opf:itemref', { idref: 'header', linear: 'yes' }), el('opf:itemref', { idref: 'section0', linear: 'yes' })),
    )
  );
}

function settingsXml(): string {
  return (
    XML_DECL +
    el(
      'ha:HWPApplicationSetting',
      { 'xmlns:ha': 'http://www.hancom.co.kr/hwpml/2011/app', 'xmlns:config': 'urn:oasis:names:tc:opendocument:xmlns:config:1.0' },
      el('ha:CaretPosition', { listIDRef: 0, paraIDRef: 0, pos: 0 }),
    )
  );
}

/** Writes the package into `out`, resolving once every byte is flushed. */
export async function writeHwpxPackage(p: HwpxParts, out: Writable): Promise<void> {
  const zip = new yazl.ZipFile();
  const add = (name: string, data: string | Buffer, compress = true) =>
    zip.addBuffer(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, name, { mtime: p.now, compress });
  // 한/글 (like EPUB readers) finds the format by a stored `mimetype` as the first entry.
  add('mimetype', MIMETYPE, false);
  add('version.xml', versionXml(), false);
  add('Contents/header.xml', p.header);
  add('Contents/section0.xml', p.section);
  add('settings.xml', settingsXml());
  if (p.png) add(`BinData/${CHART_ITEM}.png`, p.png, false);
  add('Preview/PrvText.txt', p.previewText);
  add('META-INF/container.xml', containerXml());
  add('Contents/content.hpf', contentHpf(p));
  add('META-INF/manifest.xml', XML_DECL + el('odf:manifest', { 'xmlns:odf': 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0' }));
  zip.end();
  await pipeline(zip.outputStream, out);
}
