/** Tells what a file really is from its bytes (not its name), so the user gets the right advice. */
import CFB from 'cfb';

/** Kinds of file the importer recognises. */
export type FileFormat = 'zip' | 'xls' | 'encrypted' | 'hwp' | 'hwp3' | 'hwpml' | 'pdf' | 'html' | 'text' | 'binary' | 'corrupt' | 'empty';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (b: Buffer, sig: number[]) => sig.every((x, i) => b[i] === x);

/** What's inside an OLE compound file: an encrypted Office document, old Excel, or HWP. */
function sniffCompound(whole: Buffer): FileFormat {
  try {
    const names = CFB.read(whole, { type: 'buffer' }).FileIndex.map((e) => e.name);
    if (names.includes('EncryptionInfo') || names.includes('EncryptedPackage')) return 'encrypted';
    if (names.includes('Workbook') || names.includes('Book')) return 'xls';
    if (names.includes('FileHeader') || names.includes('BodyText')) return 'hwp';
  } catch {
    // An Office or 한/글 container that cannot be read: cut short or damaged.
    return 'corrupt';
  }
  return 'binary';
}

/**
 * Whether bytes look like UTF-16LE text without a BOM: the high byte of ASCII characters (digits, commas,
 * line breaks) is NUL, so NULs fill the odd positions and not the even ones.
 */
export function looksUtf16le(head: Uint8Array): boolean {
  let odd = 0;
  let even = 0;
  const n = Math.min(head.length, 4096) & ~1;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  const units = n / 2;
  // A Hangul syllable's low byte is NUL now and then (U+AC00): a few NULs at even positions are allowed.
  return n >= 8 && odd >= units / 5 && odd > even * 4 && even <= Math.max(1, units / 25);
}

/** Classifies a file's bytes. `whole` is only read for OLE files (small header checks otherwise). */
export function sniffFormat(whole: Buffer, options: { encoding?: string } = {}): FileFormat {
  if (whole.length === 0) return 'empty';
  if (startsWith(whole, ZIP) || startsWith(whole, ZIP_EMPTY)) return 'zip';
  if (startsWith(whole, OLE)) return sniffCompound(whole);
  if (whole.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  // HWP 3.0 (and older) files are not compound files: they start with their own signature.
  if (whole.subarray(0, 17).toString('latin1') === 'HWP Document File') return 'hwp3';
  const head = whole.subarray(0, 4096);
  // UTF-16 text has many NULs but starts with a BOM; other NUL-heavy data is binary.
  // UTF-16 text has many NULs: with a BOM, without one (by where its NULs are), or when the user says it is.
  const utf16 =
    (head[0] === 0xff && head[1] === 0xfe) ||
    (head[0] === 0xfe && head[1] === 0xff) ||
    options.encoding === 'utf-16le' ||
    looksUtf16le(head);
  const nuls = head.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
  const controls = head.reduce((n, b) => n + (b < 9 || (b > 13 && b < 32 && b !== 27) ? 1 : 0), 0);
  if (!utf16 && (nuls > 0 || controls > head.length * 0.05)) return 'binary';
  // Portals often serve an HTML table (or Excel 2003 XML) named .xls: a spreadsheet, not CSV.
  const start = head
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .slice(0, 2048)
    .toLowerCase();
  // HWPML: the XML form of a 한/글 document.
  if (/^<\?xml[^>]*>\s*<hwpml/.test(start)) return 'hwpml';
  if (/^<(!doctype html|html|table|meta|\?xml)/.test(start) && /<table|urn:schemas-microsoft-com:office:spreadsheet/.test(start))
    return 'html';
  return 'text';
}
