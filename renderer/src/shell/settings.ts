/** The user's settings on this machine (briefing author, CSV encoding), kept in local storage. */
import { useSyncExternalStore } from 'react';
import type { CsvEncoding } from '../../../core/ipc-contract';

/** What can be set. */
export interface Settings {
  /** Written as the briefing's author; empty by default (never the OS account name). */
  author: string;
  csvEncoding: CsvEncoding;
}

const KEY = 'analyst-workbook.settings';
const defaults: Settings = { author: '', csvEncoding: 'utf8-bom' };
const listeners = new Set<() => void>();

function read(): Settings {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Settings>;
    return {
      author: typeof stored.author === 'string' ? stored.author.slice(0, 200) : defaults.author,
      csvEncoding: stored.csvEncoding === 'cp949' ? 'cp949' : 'utf8-bom',
    };
  } catch {
    return defaults;
  }
}

let current = read();

/** The settings now (outside React). */
export const getSettings = (): Settings => current;

/** Changes settings and tells every component that reads them. */
export function updateSettings(patch: Partial<Settings>): void {
  current = { ...current, ...patch };
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Storage can be unavailable; the settings then last for this session.
  }
  listeners.forEach((l) => l());
}

/** The settings, re-rendering on change. */
export function useSettings(): Settings {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
