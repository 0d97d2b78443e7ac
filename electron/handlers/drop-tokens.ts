/**
 * Paths of files dropped on a window. The page never names a path: preload resolves a dropped File
 * (webUtils.getPathForFile) and registers it here over a channel the page cannot reach; the page gets
 * an opaque token it can use once. A path made up by the page has no token, so main never reads it.
 */
import { randomUUID } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { AppError } from '../../core/errors';

/** Tokens live this long: a drop is used at once. */
const TOKEN_TTL_MS = 5 * 60 * 1000;

/** One window's dropped-file tokens. */
export function createDropTokens(now: () => number = Date.now) {
  const tokens = new Map<string, { path: string; at: number }>();
  return {
    /** Registers a path that preload resolved from a real drop; returns its token. */
    register(path: string): string {
      if (!isAbsolute(path)) throw new AppError('request.invalid', 'dropped path');
      for (const [k, v] of tokens) if (now() - v.at > TOKEN_TTL_MS) tokens.delete(k);
      const token = randomUUID();
      tokens.set(token, { path, at: now() });
      return token;
    },
    /** The path of a token, consuming it; refuses unknown, used or expired tokens. */
    take(token: string): string {
      const entry = tokens.get(token);
      tokens.delete(token);
      if (!entry || now() - entry.at > TOKEN_TTL_MS) throw new AppError('request.invalid', 'unknown drop');
      return entry.path;
    },
  };
}
