/** Grid rows kept across renders while unchanged, so AG Grid refreshes only the rows an edit changed. */
import { describe, expect, it } from 'vitest';
import { stableRows } from '../../renderer/src/grid/stable-rows';

interface Row {
  id: string;
  value: number | null;
  note: string;
}
const idOf = (r: Row) => r.id;
const rows = (values: (number | null)[]): Row[] => values.map((value, i) => ({ id: `y${2020 + i}`, value, note: '' }));

describe('stable rows', () => {
  it('keeps the objects of unchanged rows and hands over the changed ones, by id', () => {
    const first = stableRows(null, rows([1, 2, 3]), idOf);
    const second = stableRows(first, rows([1, 5, 3]), idOf);
    expect(second.output.map((r) => r.value)).toEqual([1, 5, 3]);
    expect(second.output[0]).toBe(first.output[0]);
    expect(second.output[1]).not.toBe(first.output[1]);
    expect(second.output[2]).toBe(first.output[2]);
  });

  it('gives back the same array when nothing changed, and new arrays for a row added, removed or reordered', () => {
    const first = stableRows(null, rows([1, 2]), idOf);
    expect(stableRows(first, rows([1, 2]), idOf).output).toBe(first.output);
    expect(stableRows(first, rows([1, 2, 3]), idOf).output).toHaveLength(3);
    const reordered = stableRows(first, [...rows([1, 2])].reverse(), idOf);
    expect(reordered.output).not.toBe(first.output);
    expect(reordered.output.map((r) => r.id)).toEqual(['y2021', 'y2020']);
  });

  it('never keeps a row whose fields differ, a null value or an added field included', () => {
    const first = stableRows(null, rows([0]), idOf);
    const cleared = stableRows(first, rows([null]), idOf);
    expect(cleared.output[0]!.value).toBeNull();
    const extra = stableRows(first, [{ ...rows([0])[0]!, flag: true } as Row], idOf);
    expect(extra.output[0]).not.toBe(first.output[0]);
    // -0 and 0 print the same, but Object.is tells them apart: the row is handed over.
    expect(stableRows(first, rows([-0]), idOf).output[0]).not.toBe(first.output[0]);
  });

  it('names the rows an edit replaced in place (AG Grid updates them by id), and none when rows moved or came and went', () => {
    const many = (changed: number, to: number) => rows(Array.from({ length: 100 }, (_, i) => (i === changed ? to : i)));
    const first = stableRows(null, many(-1, 0), idOf);
    const input = first.input.slice();
    input[7] = { ...input[7]!, value: 700 };
    const edited = stableRows(first, input, idOf);
    expect(edited.patched).toEqual([{ id: 'y2027', value: 700, note: '' }]);
    expect(edited.output[7]).toBe(edited.patched![0]);
    // The same values again: nothing to update, the same array.
    expect(stableRows(edited, input.slice(), idOf).output).toBe(edited.output);
    // Two rows swapped: not an update in place.
    const swapped = input.slice();
    [swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!];
    expect(stableRows(edited, swapped, idOf).patched).toBeNull();
    // A row added: a new array for AG Grid.
    expect(stableRows(edited, [...input, { id: 'new', value: 1, note: '' }], idOf).patched).toBeNull();
  });
});
