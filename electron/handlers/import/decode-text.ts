/** Decoding CSV/TSV/TXT bytes: BOMs, strict UTF-8, CP949 (EUC-KR), UTF-16LE, and files that mix them. */
import iconv from 'iconv-lite';

import type { ImportWarning } from '../../../core/import/import-warnings';
import { looksUtf16le } from './sniff-format';
import type { ImportEncoding } from '../../../core/ipc-contract';

/** A text encoding the importer reads (the list lives in the IPC contract). */
export type TextEncoding = ImportEncoding;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
// TextDecoder (simdutf in Node) decodes large buffers much faster than Buffer#toString.
const lenientUtf8 = new TextDecoder('utf-8');

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes text, detecting the encoding unless one is given. A file that is valid UTF-8 in some lines
 * and CP949 in others (pasted together) is decoded line by line, with a warning.
 */
export function decodeText(bytes: Buffer, override?: TextEncoding): { text: string; encoding: TextEncoding; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', warnings };
  // UTF-16LE saved without a BOM (some exports do): told by where its NULs are.
  if (!override && looksUtf16le(bytes.subarray(0, 4096))) return { text: iconv.decode(bytes, 'utf-16le'), encoding: 'utf-16le', warnings };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (override) return { text: iconv.decode(body, override), encoding: override, warnings };
  if (bom) return { text: lenientUtf8.decode(body), encoding: 'utf-8', warnings };
  try {
    // One strict pass both checks and decodes.
    return { text: strictUtf8.decode(body), encoding: 'utf-8', warnings };
  } catch {
    // Not UTF-8: see below.
  }

  // Not UTF-8 as a whole: CP949, unless some lines are UTF-8 (a mixed file).
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === 0x0a) {
      lines.push(body.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < body.length) lines.push(body.subarray(start));
  const utf8Lines = lines.filter((l) => l.some((b) => b >= 0x80) && isUtf8(l)).length;
  if (utf8Lines > 0) {
    warnings.push({ code: 'mixedEncoding', lines: utf8Lines });
    return { text: lines.map((l) => (isUtf8(l) ? l.toString('utf8') : iconv.decode(l, 'cp949'))).join(''), encoding: 'cp949', warnings };
  }
  const text = iconv.decode(body, 'cp949');
  if (text.includes('\uFFFD')) warnings.push({ code: 'badBytes', encoding: 'CP949' });
  return { text, encoding: 'cp949', warnings };
}
