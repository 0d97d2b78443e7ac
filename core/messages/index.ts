/**
 * The one message system: every text is a key in the catalog of each language (ko.ts, en.ts), with
 * `{{name}}` parameters. Code below the UI returns keys and parameters; the renderer (through i18next,
 * with the same catalogs), the briefing and the CLI turn them into text here or there, never by hand.
 */
import { resolveParticles } from '../korean';
import type { Lang } from '../types';
import { en } from './en';
import { ko, type Messages } from './ko';

export type { Messages } from './ko';

/** The catalogs by language. */
export const catalogs: Record<Lang, Messages> = { ko, en };

type Leaves<T, P extends string = ''> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`> }[keyof T &
  string];
/** The key of a text, e.g. 'errors.file.notFound' or 'table.addSeries'. */
export type MessageKey = Leaves<Messages>;
/** Parameters of a text. */
export type MessageParams = Record<string, string | number>;
/** A text to show later, in whatever language the reader has: a key and its parameters. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

/** The raw template of a key (the key itself when it is missing, so a gap shows instead of vanishing). */
export function template(lang: Lang, key: string): string {
  let node: unknown = catalogs[lang];
  // Keys such as 'errors.file.notFound' have dots inside a leaf name: try the longest leaf first.
  const parts = key.split('.');
  for (let i = 0; i < parts.length && typeof node === 'object' && node !== null; i++) {
    const record = node as Record<string, unknown>;
    const rest = parts.slice(i).join('.');
    if (typeof record[rest] === 'string') return record[rest];
    node = record[parts[i]!];
  }
  return typeof node === 'string' ? node : key;
}

/** Parameters that count things: shown with thousands separators (1,133개). Years, limits and values are passed as text or shown as they are. */
const COUNT_PARAMS = new Set([
  'count',
  'rows',
  'cols',
  'added',
  'updated',
  'changed',
  'removed',
  'unchanged',
  'shown',
  'lines',
  'filled',
  'n',
]);

/** A parameter as a message shows it: counts with thousands separators, everything else as given. */
export function messageParam(name: string, value: unknown): unknown {
  return typeof value === 'number' && COUNT_PARAMS.has(name) && Number.isFinite(value) ? value.toLocaleString('en-US') : value;
}

/** Fills `{{name}}` parameters and, in Korean, picks each particle by the word before it. */
function interpolate(lang: Lang, text: string, params: MessageParams = {}): string {
  const filled = text.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (name in params ? String(messageParam(name, params[name])) : m));
  return lang === 'ko' ? resolveParticles(filled) : filled;
}

/** A message as text in a language. */
export function formatMessage(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return interpolate(lang, template(lang, key), params);
}
