/**
 * A changed field of a workbook diff as text, old → new, in a language: names, units, notes, methods,
 * horizons, parents and center fields, not only numbers. The versions view and recovery show these.
 */
import { formatEntered, formatPercent } from './format';
import { formatMessage } from './messages';
import { methodName } from './method-labels';
import type { Center, Lang, ProjectionMethod, Scenario, Series, WorkbookContent } from './types';
import type { Changed, SeriesChange } from './workbook-diff';

/** One field's change: its label and both values as text ('—' for none). */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

const NONE = '—';
const text = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === '' ? NONE : v);
const number = (v: number | null | undefined, lang: Lang) => (v === null || v === undefined ? NONE : formatEntered(v, lang));

/** A method with its parameter: "반복 성장 +11.5%", "CAGR 2021–2026", "연도별 +10.0%, +12.0%". */
export function methodText(m: ProjectionMethod, lang: Lang): string {
  const name = methodName(m.kind, lang);
  if (m.kind === 'growth') return m.rate === null ? name : `${name} ${formatPercent(m.rate, lang)}`;
  if (m.kind === 'custom') return `${name} ${m.rates.map((r) => formatPercent(r, lang)).join(', ')}`;
  return m.window ? `${name} ${m.window.from}–${m.window.to}` : name;
}

/** Names of series and scenarios in a workbook state, by id, for fields that point at one (made once per state, not per change). */
const names = new WeakMap<WorkbookContent, Map<string, string>>();
function namesOf(content: WorkbookContent): Map<string, string> {
  let found = names.get(content);
  if (!found) {
    found = new Map([...content.series.map((s) => [s.id, s.name] as const), ...content.scenarios.map((s) => [s.id, s.name] as const)]);
    names.set(content, found);
  }
  return found;
}

/** A series' changed fields (values are listed per year elsewhere; notes per year here). */
export function seriesFieldChanges(c: SeriesChange, before: WorkbookContent, after: WorkbookContent, lang: Lang): FieldChange[] {
  const was = namesOf(before);
  const now = namesOf(after);
  const out: FieldChange[] = [];
  for (const field of c.fields) {
    const a = c.before[field as keyof Series];
    const b = c.after[field as keyof Series];
    if (field === 'parentId' || field === 'baselineScenarioId')
      out.push({
        field,
        from: text(a === null ? null : (was.get(a as string) ?? (a as string))),
        to: text(b === null ? null : (now.get(b as string) ?? (b as string))),
      });
    else if (field === 'notes') {
      const old = new Map(c.before.points.map((p) => [p.year, p.note ?? '']));
      const next = new Map(c.after.points.map((p) => [p.year, p.note ?? '']));
      for (const year of [...new Set([...old.keys(), ...next.keys()])].sort((x, y) => x - y))
        if ((old.get(year) ?? '') !== (next.get(year) ?? ''))
          out.push({ field: formatMessage(lang, 'diff.noteOf', { year }), from: text(old.get(year)), to: text(next.get(year)) });
    } else if (typeof a === 'string' || typeof b === 'string') out.push({ field, from: text(a as string), to: text(b as string) });
  }
  return out;
}

/** A scenario's changed fields. */
export function scenarioFieldChanges(c: Changed<Scenario>, before: WorkbookContent, after: WorkbookContent, lang: Lang): FieldChange[] {
  const was = namesOf(before);
  const now = namesOf(after);
  return c.fields.map((field): FieldChange => {
    const a = c.before;
    const b = c.after;
    switch (field) {
      case 'method':
        return { field, from: methodText(a.method, lang), to: methodText(b.method, lang) };
      case 'horizon':
        return { field, from: String(a.horizon), to: String(b.horizon) };
      case 'seriesId':
        return { field, from: text(was.get(a.seriesId) ?? a.seriesId), to: text(now.get(b.seriesId) ?? b.seriesId) };
      case 'split': {
        const split = (s: Scenario['split']) => (s ? `${s.label} ${formatPercent(s.share, lang, 1, false)}` : NONE);
        return { field, from: split(a.split), to: split(b.split) };
      }
      case 'scope':
        return { field, from: formatMessage(lang, `diff.scope.${a.scope}`), to: formatMessage(lang, `diff.scope.${b.scope}`) };
      case 'inputs':
        return { field, from: text(a.inputs), to: text(b.inputs) };
      default:
        return { field, from: text(a.name), to: text(b.name) };
    }
  });
}

/** A center's changed fields. */
export function centerFieldChanges(c: Changed<Center>, lang: Lang): FieldChange[] {
  // Where a value came from (provenance) is not a change the analyst made.
  return c.fields
    .filter((field) => field !== 'source')
    .map((field) => {
      const a = c.before[field as keyof Center];
      const b = c.after[field as keyof Center];
      if (typeof a === 'number' || typeof b === 'number') {
        const years = field === 'established';
        const show = (v: unknown) => (typeof v === 'number' ? (years ? String(v) : number(v, lang)) : NONE);
        return { field, from: show(a), to: show(b) };
      }
      if (typeof a === 'object' || typeof b === 'object') {
        // Extra columns kept from an import: each that differs, by its header.
        const ea = c.before.extra ?? {};
        const eb = c.after.extra ?? {};
        const cell = (v: string | number | null | undefined) => (typeof v === 'number' ? number(v, lang) : text(v));
        const keys = [...new Set([...Object.keys(ea), ...Object.keys(eb)])].filter((k) => cell(ea[k]) !== cell(eb[k]));
        return {
          field,
          from: keys.map((k) => `${k}: ${cell(ea[k])}`).join(', ') || NONE,
          to: keys.map((k) => `${k}: ${cell(eb[k])}`).join(', ') || NONE,
        };
      }
      return { field, from: text(a), to: text(b) };
    });
}
