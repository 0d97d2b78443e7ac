/**
 * Text that goes into the briefing's XML: characters XML 1.0 does not allow (C0 controls other than
 * tab/newline/CR, U+FFFE/U+FFFF, lone surrogates) are removed, so the file is never malformed.
 */
import type { Workbook } from '../../../core/types';

// Valid XML 1.0 characters are #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const INVALID =
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const HAS_INVALID = new RegExp(INVALID);
const ALL_INVALID = new RegExp(INVALID, 'g');

/**
 * The workbook with every string made XML-safe, and how many strings had to change. Objects are
 * copied only along the paths that changed, so a clean workbook costs one read-only walk.
 */
export function xmlSafeWorkbook(workbook: Workbook): { workbook: Workbook; changed: number } {
  let changed = 0;
  const clean = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (!HAS_INVALID.test(value)) return value;
      changed++;
      return value.replace(ALL_INVALID, '');
    }
    if (Array.isArray(value)) {
      let out: unknown[] | null = null;
      for (let i = 0; i < value.length; i++) {
        const c = clean(value[i]);
        if (c !== value[i]) (out ??= value.slice())[i] = c;
      }
      return out ?? value;
    }
    if (value && typeof value === 'object') {
      let out: Record<string, unknown> | null = null;
      for (const [k, v] of Object.entries(value)) {
        const ck = clean(k) as string;
        const cv = clean(v);
        if (ck !== k || cv !== v) {
          out ??= { ...(value as Record<string, unknown>) };
          if (ck !== k) delete out[k];
          out[ck] = cv;
        }
      }
      return out ?? value;
    }
    return value;
  };
  return { workbook: clean(workbook) as Workbook, changed };
}

/** One string made XML 1.0-valid (labels and other text that does not come from the workbook). */
export function xmlSafeText(text: string): string {
  return HAS_INVALID.test(text) ? text.replace(ALL_INVALID, '') : text;
}
