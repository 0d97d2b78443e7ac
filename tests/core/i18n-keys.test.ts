/** One message system: both catalogs have the same keys, every code has a message, every key the code uses exists. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_ERROR_CODES } from '../../core/errors';
import { en } from '../../core/messages/en';
import { formatMessage, template } from '../../core/messages';
import { ko } from '../../core/messages/ko';
import { PROJECTION_FAILURES } from '../../core/projection-methods';

const root = fileURLToPath(new URL('../../', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });

const keysOf = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keysOf(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('message catalogs', () => {
  it('Korean and English have the same keys, and the same parameters in each text', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(ko).sort());
    const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of keysOf(ko)) expect(params(template('en', key)), key).toEqual(params(template('ko', key)));
  });

  it('every error code and projection failure has a message in both languages', () => {
    for (const code of APP_ERROR_CODES)
      for (const lang of ['ko', 'en'] as const) expect(template(lang, `errors.${code}`), code).not.toBe(`errors.${code}`);
    for (const reason of PROJECTION_FAILURES)
      for (const lang of ['ko', 'en'] as const) expect(template(lang, `projection.${reason}`), reason).not.toBe(`projection.${reason}`);
  });

  it('fills parameters and picks Korean particles by the inserted word', () => {
    expect(formatMessage('ko', 'goal.reachedIn', { name: '고성장' })).toBe('‘고성장’으로 도달하는 해');
    expect(formatMessage('ko', 'goal.reachedIn', { name: '반복 성장 11.5%' })).toBe('‘반복 성장 11.5%’로 도달하는 해');
    expect(formatMessage('ko', 'notice.opened', { name: '예산.awb' })).toBe('예산.awb를 열었습니다.');
    expect(formatMessage('en', 'notice.opened', { name: 'budget.awb' })).toBe('Opened budget.awb.');
  });

  it('every literal key the renderer passes to t(...) exists', () => {
    const known = new Set(keysOf(ko));
    const used = new Set<string>();
    for (const file of files(join(root, 'renderer/src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]!);
      // Template keys like t(`errors.${code}`) are checked by their prefix.
      for (const m of text.matchAll(/\bt\(\s*`([a-zA-Z0-9_.]+)\.\$\{/g)) used.add(`${m[1]}.*`);
    }
    expect(used.size).toBeGreaterThan(60);
    const missing = [...used].filter((k) => (k.endsWith('.*') ? ![...known].some((x) => x.startsWith(k.slice(0, -1))) : !known.has(k)));
    expect(missing).toEqual([]);
  });

  it('has no text in the other language’s script (data and names such as units excepted)', () => {
    const hangul = /[\uac00-\ud7a3]/;
    // English texts may name Korean units and the 한국어 switch; nothing else.
    const allowed = /한국어|억원|백만원|조원|천원|천명|명|건|억|조|한\/글/g;
    const offenders = keysOf(en).filter((k) => hangul.test(template('en', k).replace(allowed, '')));
    expect(offenders).toEqual([]);
  });
});
