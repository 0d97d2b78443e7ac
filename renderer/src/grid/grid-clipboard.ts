/**
 * The system clipboard for the grids: a copy puts the range there as tab-separated text and as an
 * HTML table; a paste reads an HTML table when there is one (한/글, Word, Excel all offer it, and it
 * keeps merged cells and line breaks straight) and tab-separated text otherwise. Works through the
 * copy/cut/paste events (keyboard, the Edit menu) and through navigator.clipboard (the grid's own menu).
 */
import {
  parseTsv,
  tableToBlock,
  toHtmlTable,
  toTsv,
  type HtmlCell,
  type HtmlOutCell,
  type HtmlTableOptions,
  type TextBlock,
} from '../../../core/sheet/clipboard-text';

/** A copied range: plain values for TSV, shown values for HTML (with its unit line and △ in Korean). */
export interface CopiedRange {
  plain: TextBlock;
  shown: HtmlOutCell[][];
  html: HtmlTableOptions;
}

/** The text of an HTML table cell: line breaks for <br> and between paragraphs, as a person sees them. */
function cellText(cell: HTMLTableCellElement): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    else if (node instanceof HTMLBRElement) parts.push('\n');
    else if (node instanceof HTMLElement) {
      // Office HTML carries style blocks and conditional comments inside cells; they are not text.
      if (node.tagName === 'STYLE' || node.tagName === 'SCRIPT') return;
      const block = /^(P|DIV|LI|H[1-6])$/.test(node.tagName);
      if (block && parts.length > 0) parts.push('\n');
      node.childNodes.forEach(walk);
    }
  };
  cell.childNodes.forEach(walk);
  return parts.join('');
}

/** The first table of an HTML clipboard flavour as a block, or null when it has none. */
export function blockFromHtml(html: string): TextBlock | null {
  // DOMParser builds an inert document: no scripts run, no images load.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const table = doc.querySelector('table');
  if (!table) return null;
  const rows: HtmlCell[][] = [...table.rows].map((tr) =>
    [...tr.cells].map((td) => ({ text: cellText(td), colSpan: td.colSpan, rowSpan: td.rowSpan })),
  );
  const block = tableToBlock(rows);
  return block.length > 0 ? block : null;
}

/** The block a paste carries: its HTML table if it has one, else its text as TSV. */
export function blockFromClipboard(html: string, text: string): TextBlock {
  return (html ? blockFromHtml(html) : null) ?? parseTsv(text);
}

/** Whether clipboard text holds more than one cell (pasting it into a cell editor would lose the layout). */
export const isMultiCell = (text: string): boolean => /[\t\n]/.test(text.replace(/\r?\n$/, ''));

/** Puts a copied range on a copy/cut event's clipboard. */
export function writeToEvent(data: DataTransfer, range: CopiedRange): void {
  data.setData('text/plain', toTsv(range.plain));
  data.setData('text/html', toHtmlTable(range.shown, range.html));
}

/** Puts a copied range on the system clipboard (from a menu, where there is no event). */
export async function writeToClipboard(range: CopiedRange): Promise<void> {
  const text = toTsv(range.plain);
  const html = toHtmlTable(range.shown, range.html);
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    const item = new ClipboardItem({
      'text/plain': new Blob([text], { type: 'text/plain' }),
      'text/html': new Blob([html], { type: 'text/html' }),
    });
    return navigator.clipboard.write([item]);
  }
  return navigator.clipboard.writeText(text);
}

/** Reads the system clipboard (from a menu) as a block. */
export async function readFromClipboard(): Promise<TextBlock> {
  if (navigator.clipboard?.read) {
    const items = await navigator.clipboard.read();
    for (const item of items) {
      const html = item.types.includes('text/html') ? await (await item.getType('text/html')).text() : '';
      const text = item.types.includes('text/plain') ? await (await item.getType('text/plain')).text() : '';
      if (html || text) return blockFromClipboard(html, text);
    }
    return [];
  }
  return parseTsv(await navigator.clipboard.readText());
}
