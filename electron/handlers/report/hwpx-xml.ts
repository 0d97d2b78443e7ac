/** Small XML writing helpers for the HWPX package: escaped text and attributes, elements from data. */
import { xmlSafeText } from '../briefing/text-safety';

/** Text made XML 1.0-valid (control characters and lone surrogates removed) and escaped. */
export function esc(text: string): string {
  return xmlSafeText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Attribute values of an element, in the order given (한/글 writes them in schema order). */
export type Attrs = Record<string, string | number>;

/** An element with attributes and children (already XML), self-closed when it has none. */
export function el(name: string, attrs: Attrs = {}, ...children: string[]): string {
  const a = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('');
  const body = children.join('');
  return body === '' ? `<${name}${a}/>` : `<${name}${a}>${body}</${name}>`;
}

/** The XML declaration 한/글 writes. */
export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>';

/** Namespaces declared on the root of header.xml, section*.xml and content.hpf, as 한/글 declares them. */
export const NAMESPACES: Attrs = {
  'xmlns:ha': 'http://www.hancom.co.kr/hwpml/2011/app',
  'xmlns:hp': 'http://www.hancom.co.kr/hwpml/2011/paragraph',
  'xmlns:hp10': 'http://www.hancom.co.kr/hwpml/2016/paragraph',
  'xmlns:hs': 'http://www.hancom.co.kr/hwpml/2011/section',
  'xmlns:hc': 'http://www.hancom.co.kr/hwpml/2011/core',
  'xmlns:hh': 'http://www.hancom.co.kr/hwpml/2011/head',
  'xmlns:hhs': 'http://www.hancom.co.kr/hwpml/2011/history',
  'xmlns:hm': 'http://www.hancom.co.kr/hwpml/2011/master-page',
  'xmlns:hpf': 'http://www.hancom.co.kr/schema/2011/hpf',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:opf': 'http://www.idpf.org/2007/opf/',
  'xmlns:ooxmlchart': 'http://www.hancom.co.kr/hwpml/2016/ooxmlchart',
  'xmlns:epub': 'http://www.idpf.org/2007/ops',
  'xmlns:config': 'urn:oasis:names:tc:opendocument:xmlns:config:1.0',
};
