/**
 * The text of an HWP 5.0 paragraph (PARA_TEXT): UTF-16LE with control characters in three classes
 * (open specification, 4.3.9): "char" controls take one code unit (10 line break, 13 paragraph end,
 * 24 hyphen, 30/31 fixed spaces); "inline" (4–9, 19, 20; 9 is a tab) and "extended" controls (1–3,
 * 11, 12, 14–18, 21–23; tables, fields, footnotes) take eight code units and carry no text.
 */

// Eight-unit controls: inline and extended.
const WIDE = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]);

/** Decodes a PARA_TEXT record's payload into plain text (tabs and fixed spaces as spaces, line breaks kept). */
export function paragraphText(data: Buffer): string {
  let out = '';
  const n = Math.floor(data.length / 2);
  for (let i = 0; i < n; i++) {
    const c = data.readUInt16LE(i * 2);
    if (c >= 32) {
      out += String.fromCharCode(c);
      continue;
    }
    if (c === 9) out += ' ';
    else if (c === 10) out += '\n';
    else if (c === 24) out += '-';
    else if (c === 30 || c === 31) out += ' ';
    if (WIDE.has(c)) i += 7;
  }
  return out;
}
