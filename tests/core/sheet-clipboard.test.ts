import { describe, expect, it } from 'vitest';
import { cleanCellText, parseTsv, tableToBlock, toHtmlTable, toTsv } from '../../core/sheet/clipboard-text';
import { fillWrites, moveBy, pasteWrites, rangeStats, rectOf, tabFrom, wholeRange } from '../../core/sheet/range';

describe('tab-separated clipboard text', () => {
  it('reads Excel’s copy of a block: CRLF rows and the trailing newline Excel adds', () => {
    expect(parseTsv('2022\t2023\r\n1,615\t1,969\r\n')).toEqual([
      ['2022', '2023'],
      ['1,615', '1,969'],
    ]);
    expect(parseTsv('a\tb\nc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseTsv('2685\r\n')).toEqual([['2685']]);
    expect(parseTsv('')).toEqual([]);
  });

  it('keeps tabs, line breaks and quotes inside quoted cells', () => {
    expect(parseTsv('"한국\r\n기계연구원"\t"탭\t안"\r\n"따옴표 ""인용"""\tx\r\n')).toEqual([
      ['한국\r\n기계연구원', '탭\t안'],
      ['따옴표 "인용"', 'x'],
    ]);
    // A quote that does not close a cell is just a character.
    expect(parseTsv('"5" inch\t7')).toEqual([['"5" inch', '7']]);
  });

  it('keeps empty cells and empty rows in the middle of a block', () => {
    expect(parseTsv('a\t\tc\r\n\r\nd')).toEqual([['a', '', 'c'], [''], ['d']]);
  });

  it('writes what it reads: quoting only where needed, Korean notations untouched', () => {
    const block = [
      ['예산 총액', '2685', '△120'],
      ['줄\n바꿈', 'tab\there', '"q"'],
    ];
    const text = toTsv(block);
    expect(text).toBe('예산 총액\t2685\t△120\r\n"줄\n바꿈"\t"tab\there"\t"""q"""');
    expect(parseTsv(text)).toEqual(block);
  });
});

describe('HTML table clipboard', () => {
  const cell = (text: string, colSpan = 1, rowSpan = 1) => ({ text, colSpan, rowSpan });

  it('lays merged cells out so the columns stay aligned (한/글 tables merge headers)', () => {
    const block = tableToBlock([
      [cell('구분', 1, 2), cell('예산', 2)],
      [cell('2025'), cell('2026')],
      [cell('신규'), cell('240'), cell('280')],
    ]);
    expect(block).toEqual([
      ['구분', '예산', ''],
      ['', '2025', '2026'],
      ['신규', '240', '280'],
    ]);
  });

  it('folds layout whitespace but keeps line breaks inside a cell', () => {
    expect(cleanCellText('  한국\u00a0기계  연구원 \n 대전 ')).toBe('한국 기계 연구원\n대전');
    expect(tableToBlock([[cell(' 1,615 '), cell('\n')]])).toEqual([['1,615', '']]);
  });

  it('caps absurd spans from crafted HTML', () => {
    const block = tableToBlock([[cell('a', 1e9, 1)]]);
    expect(block[0]!.length).toBe(1000);
  });

  it('writes a bordered table with escaped text, numbers right-aligned', () => {
    const html = toHtmlTable([
      [
        { text: '<b>&', numeric: false },
        { text: '2,685', numeric: true },
      ],
    ]);
    expect(html).toContain('<td style="border:0.5pt solid #000;padding:1pt 5pt;font-size:9pt">&lt;b&gt;&amp;</td>');
    expect(html).toContain('text-align:right">2,685</td>');
    expect(html).toContain('border:1.5pt solid #000');
  });

  it('writes a table as the 한/글 report does: unit line above, △ for negatives, the number kept for Excel', () => {
    const html = toHtmlTable(
      [
        [
          { text: '예산', numeric: false },
          { text: '-1,234', numeric: true, value: -1234 },
        ],
      ],
      {
        unitLine: '(단위: 억원)',
        koreanNegatives: true,
      },
    );
    expect(html).toContain('<caption style="caption-side:top;text-align:right;font-size:9pt">(단위: 억원)</caption>');
    expect(html).toContain('x:num="-1234">△1,234</td>');
    expect(toHtmlTable([[{ text: '-1,234', numeric: true, value: -1234 }]])).toContain('>-1,234</td>');
  });
});

describe('ranges', () => {
  const size = { rows: 3, cols: 4 };

  it('normalises a range dragged up and left', () => {
    expect(rectOf({ anchor: { row: 2, col: 3 }, end: { row: 0, col: 1 } })).toEqual({ top: 0, left: 1, bottom: 2, right: 3 });
    expect(wholeRange(3, 4)).toEqual({ anchor: { row: 0, col: 0 }, end: { row: 2, col: 3 } });
    expect(wholeRange(0, 4)).toBeNull();
  });

  it('moves inside the grid and tabs across rows like Excel', () => {
    expect(moveBy({ row: 0, col: 0 }, -1, 5, size)).toEqual({ row: 0, col: 3 });
    expect(tabFrom({ row: 0, col: 3 }, false, size)).toEqual({ row: 1, col: 0 });
    expect(tabFrom({ row: 1, col: 0 }, true, size)).toEqual({ row: 0, col: 3 });
    expect(tabFrom({ row: 2, col: 3 }, false, size)).toBeNull();
    expect(tabFrom({ row: 0, col: 0 }, true, size)).toBeNull();
  });

  it('pastes a block from the top-left cell, fills a range with one value, tiles a block that divides the range', () => {
    const target = { top: 1, left: 1, bottom: 1, right: 1 };
    expect(pasteWrites(target, [['a', 'b']])).toEqual([
      { row: 1, col: 1, text: 'a' },
      { row: 1, col: 2, text: 'b' },
    ]);
    expect(pasteWrites({ top: 0, left: 0, bottom: 1, right: 1 }, [['7']]).map((w) => w.text)).toEqual(['7', '7', '7', '7']);
    expect(pasteWrites({ top: 0, left: 0, bottom: 3, right: 0 }, [['1'], ['2']]).map((w) => w.text)).toEqual(['1', '2', '1', '2']);
    // A range the block does not divide: the block as it is.
    expect(pasteWrites({ top: 0, left: 0, bottom: 2, right: 0 }, [['1'], ['2']])).toHaveLength(2);
    expect(pasteWrites(target, [])).toEqual([]);
  });

  it('fills down and right from the first row/column, or from the cell before a one-deep range', () => {
    const text = ({ row, col }: { row: number; col: number }) => `${row}:${col}`;
    expect(fillWrites({ top: 0, left: 0, bottom: 2, right: 0 }, 'down', text)).toEqual([
      { row: 1, col: 0, text: '0:0' },
      { row: 2, col: 0, text: '0:0' },
    ]);
    expect(fillWrites({ top: 2, left: 1, bottom: 2, right: 1 }, 'down', text)).toEqual([{ row: 2, col: 1, text: '1:1' }]);
    expect(fillWrites({ top: 0, left: 0, bottom: 0, right: 0 }, 'down', text)).toEqual([]);
    expect(fillWrites({ top: 0, left: 2, bottom: 0, right: 2 }, 'right', text)).toEqual([{ row: 0, col: 2, text: '0:1' }]);
  });

  it('counts non-empty cells and sums only numbers, like a status bar', () => {
    expect(rangeStats([1615, 1969, '', null, '비고', 1910])).toEqual({ count: 4, numbers: 3, sum: 5494, average: 5494 / 3 });
    expect(rangeStats(['a'])).toEqual({ count: 1, numbers: 0, sum: 0, average: null });
  });
});
