/**
 * Each rule has one home: a second definition of a unit list, a money conversion, a shortcut, the window
 * title or an Excel sheet limit anywhere in the app's code fails here (the messages catalogs, which are text,
 * and the rule's own home are the only places they may appear).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sources = (dir: string): string[] =>
  readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(root, dir, name);
    if (statSync(path).isDirectory()) return sources(relative(root, path));
    return /\.(ts|tsx)$/.test(name) ? [relative(root, path)] : [];
  });
const code = ['core', 'electron', 'renderer/src'].flatMap(sources).filter((f) => !f.startsWith('core/messages/'));
/** Lines of code (comments left out) that match. */
const where = (pattern: RegExp, home: readonly string[]) =>
  code
    .filter((f) => !home.includes(f))
    .flatMap((f) =>
      readFileSync(join(root, f), 'utf8')
        .split('\n')
        .map((line, i) => ({ line: line.replace(/\/\/.*$|^\s*\*.*$|\/\*\*.*\*\//g, ''), at: `${f}:${i + 1}` }))
        .filter(({ line }) => pattern.test(line))
        .map(({ at }) => at),
    );

describe('one home per rule', () => {
  it('money units and their conversion live in core/units.ts', () => {
    expect(where(/['"`](억원|백만원|천원|십억원|조원|만원)['"`]/, ['core/units.ts'])).toEqual([]);
    expect(where(/(function|const)\s+(isMoneyUnit|convertMoney|conversionFactor|convertUnit)\b/, ['core/units.ts'])).toEqual([]);
  });

  it('keyboard shortcuts live in core/shortcuts.ts', () => {
    expect(where(/['"`](Ctrl|CmdOrCtrl|Cmd)\+/, ['core/shortcuts.ts'])).toEqual([]);
  });

  it('the window title is made in core/window-title.ts', () => {
    expect(where(/— Analyst Workbook/, ['core/window-title.ts'])).toEqual([]);
  });

  it('Excel’s sheet limits and the file sizes live in core/limits.ts', () => {
    expect(where(/\b(1_?048_?576|16_?384)\b|\b1024 \* 1024\b/, ['core/limits.ts'])).toEqual([]);
  });

  it('which column fits which center field is asked of core/import/center-fields.ts', () => {
    const rule = /===\s*'text'\s*\|\|\s*\S+\s*===\s*'date'|===\s*'number'\s*\|\|\s*\S+\s*===\s*'year'/;
    expect(where(rule, ['core/import/center-fields.ts', 'core/import/import-table.ts'])).toEqual([]);
  });
});
