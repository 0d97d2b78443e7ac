/**
 * The delimited-text reader: the same rows papaparse gives (its quote-free split done in one pass, or
 * papaparse itself when a field is quoted), with canonical numerals as exact numbers and every other
 * field as the text the file holds.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { canonicalNumeral, parseDelimited } from '../../electron/handlers/import/read-delimited';

/** What papaparse gives for the text, with the reader's numbers written back as text for comparison. */
const asText = (rows: (string | number | null)[][]) => rows.map((r) => r.map((v) => (typeof v === 'number' ? String(v) : v)));
/** papaparse's rows with the delimiter guessed over non-empty lines (its own guess counts a trailing blank line, so a 3-line TSV reads as one column). */
const papa = (text: string) => {
  const delimiter = Papa.parse<string[]>(text, { skipEmptyLines: true, delimitersToGuess: [',', '\t', ';', '|'] }).meta.delimiter;
  return Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter }).data;
};

describe('numerals', () => {
  it('reads canonical numerals as exact numbers and leaves every other field as text', () => {
    const read = (s: string) => canonicalNumeral(s, 0, s.length);
    for (const [text, value] of [
      ['0', 0],
      ['2685', 2685],
      ['-3.5', -3.5],
      ['0.25', 0.25],
      ['0.000001', 0.000001],
      ['123456789012345', 123456789012345],
      ['1234567890.12345', 1234567890.12345],
    ] as const) {
      expect(read(text)).toBe(value);
      expect(read(text)).toBe(Number(text));
      expect(String(read(text))).toBe(text);
    }
    // Numbers that would not print back as they are written stay text: codes, padded or long numerals,
    // other notations, and what is not a number at all.
    for (const text of [
      '007',
      '00',
      '-0',
      '1.50',
      '1.',
      '.5',
      '1e5',
      '1,234',
      ' 12',
      '12 ',
      '+3',
      '0.0000001',
      '1234567890123456',
      '12345678901234567',
      '2025-01-05',
      '-',
      '',
      '1.2.3',
      '１２',
    ])
      expect({ text, value: read(text) }).toEqual({ text, value: undefined });
  });

  it('every numeral it converts prints back as the same text (100,000 random ones), and is the number Number() reads', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 100_000; i++) {
      const digits = 1 + Math.floor(next() * 18);
      let s = `${next() < 0.3 ? '-' : ''}${Math.floor(next() * 10 ** Math.min(digits, 15))}`;
      if (next() < 0.5) s += `.${String(Math.floor(next() * 10 ** (1 + Math.floor(next() * 8)))).padStart(2, '0')}`;
      const n = canonicalNumeral(s, 0, s.length);
      if (n !== undefined) expect({ s, n, back: String(n) }).toEqual({ s, n: Number(s), back: s });
    }
  });
});

describe('rows', () => {
  it('quote-free text splits as papaparse does: CRLF or LF, empty lines, a trailing newline, tab, ; and | delimiters', () => {
    const cases = [
      '센터명,운영기관,장비 수\nA,B,12\n\nC,,3.5\n',
      '센터명,운영기관,장비 수\r\nA,B,12\r\n\r\nC,,3.5',
      '연도\t예산\n2022\t1615\n2023\t1969\n',
      '지역;값\n서울;1\n부산;-2\n',
      '지역|값\n서울|1\n부산|2\n',
      '(단위: 억원)\n\n구분,2022,2023\n예산,"1,615",1969\n',
    ];
    for (const text of cases) expect(asText(parseDelimited(text, 'f.csv').rows)).toEqual(papa(text));
  });

  it('a quoted field (a comma, a quote, a line break inside) goes through papaparse, numerals converted the same way', () => {
    const text = '이름,메모,값\n"A, B","그가 ""예""라고\n말함",007\nC,x,2685\n';
    const rows = parseDelimited(text, 'f.csv').rows;
    expect(rows).toEqual([['이름', '메모', '값'], ['A, B', '그가 "예"라고\n말함', '007'], ['C', 'x', 2685], ['']]);
  });

  it('fields quoted as 열린재정 and KOSIS quote them read the same as papaparse, and any other quoting as well', () => {
    const lines = ['No.,회계연도,소관명,계정명,세부사업명,정부안금액(천원),메모'];
    for (let i = 0; i < 3000; i++)
      lines.push(
        [
          i + 1,
          `"${2017 + (i % 10)}"`,
          i % 7 === 0 ? '"산업통상부, 본부"' : '산업통상부',
          i % 5 === 0 ? '""' : '',
          `세부사업${i}`,
          `"${(1_000_000 + i * 7919).toLocaleString('en-US')}"`,
          i % 11 === 0 ? '"007"' : `"${i * 0.5}"`,
        ].join(','),
      );
    const plain = `${lines.join('\r\n')}\r\n`;
    const rows = parseDelimited(plain, 'f.csv').rows;
    expect(asText(rows)).toEqual(papa(plain));
    expect(rows[1]).toEqual([1, 2017, '산업통상부, 본부', '', '세부사업0', '1,000,000', '007']);
    // A quote inside a quoted field, a line break inside one, or one never closed: papaparse reads the whole text.
    for (const odd of ['"그가 ""예""라고"', '"두 줄\n메모"', '"닫히지 않음'])
      for (const text of [`${plain}1,2026,부처,,세부,"1,000",${odd}\n`, `${odd},x\n${plain}`])
        expect(asText(parseDelimited(text, 'f.csv').rows)).toEqual(papa(text));
  });

  it('a generated agency list reads the same as papaparse (values as text), numerals as numbers', () => {
    const lines = ['제목 (벤치마크)', '(단위: 백만원)', '', '순번,센터명,지역,기준일,예산,비율,코드'];
    for (let i = 0; i < 2000; i++)
      lines.push(`${i + 1},센터 ${i},서울,2025-01-${String((i % 28) + 1).padStart(2, '0')},${i * 37 + 0.5},${(i % 10) / 10},0${i}`);
    const text = `${lines.join('\n')}\n`;
    const rows = parseDelimited(text, 'f.csv').rows;
    expect(asText(rows)).toEqual(papa(text));
    expect(rows[4]).toEqual([1, '센터 0', '서울', '2025-01-01', 0.5, 0, '00']);
    expect(rows[5]).toEqual([2, '센터 1', '서울', '2025-01-02', 37.5, 0.1, '01']);
  });

  it('refuses lines wider than a spreadsheet or longer than a row can be, on either path', () => {
    const wide = `${Array.from({ length: 17_000 }, (_, i) => i).join(',')}\n`;
    expect(() => parseDelimited(wide, 'f.csv')).toThrow(expect.objectContaining({ code: 'import.tooComplex' }));
    expect(() => parseDelimited(`"q",${wide}`, 'f.csv')).toThrow(expect.objectContaining({ code: 'import.tooComplex' }));
    expect(() => parseDelimited(`${'x'.repeat(4_100_000)}\n`, 'f.csv')).toThrow(expect.objectContaining({ code: 'import.tooComplex' }));
  });
});
