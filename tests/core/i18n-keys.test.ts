/** Every translation key the renderer uses exists in Korean and English, and both have the same keys. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { errorMessagesEn } from '../../core/errors';
import { failureMessages } from '../../core/failure-messages';
import { en } from '../../renderer/src/i18n/en';
import { ko } from '../../renderer/src/i18n/ko';

const root = fileURLToPath(new URL('../../renderer/src', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });

const keysOf = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('translations', () => {
  it('Korean and English have the same keys', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(ko).sort());
  });

  it('every error code has a message in both languages', () => {
    for (const code of Object.keys(errorMessagesEn)) {
      expect(ko.errors, code).toHaveProperty([code]);
      expect(en.errors, code).toHaveProperty([code]);
    }
    for (const [reason, text] of Object.entries(failureMessages)) expect(text.ko && text.en, reason).toBeTruthy();
  });

  it('every literal t(...) key used in the renderer exists', () => {
    const known = new Set(keysOf(ko));
    const used = new Set<string>();
    for (const file of files(root)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]!);
      // Template keys like t(`errors.${code}`) are checked by their prefix.
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*`([a-zA-Z0-9_.]+)\.\$\{/g)) used.add(`${m[1]}.*`);
    }
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter((k) => (k.endsWith('.*') ? ![...known].some((x) => x.startsWith(k.slice(0, -1))) : !known.has(k)));
    expect(missing).toEqual([]);
  });
});
