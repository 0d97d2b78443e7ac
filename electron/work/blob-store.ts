/**
 * The blobs of one window's work process: JSON texts the page put (a workbook to save) or is to take (a
 * workbook opened), each under a one-use ref. The store keeps a few and drops the oldest, so a page that
 * put a workbook and then cancelled its save dialog leaves nothing behind for long.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/errors';
import { FILE_LIMITS } from '../../core/limits';

/** Blobs kept at most (each page call puts or leaves at most two). */
const KEPT = 8;

/** A window's blobs. */
export interface BlobStore {
  put: (text: string) => string;
  take: (ref: string) => string;
}

/** Creates an empty store. */
export function createBlobStore(): BlobStore {
  const blobs = new Map<string, string>();
  return {
    put(text) {
      // A text larger than any project cannot be one (checked before it is parsed).
      if (text.length > FILE_LIMITS.projectBytes) throw new AppError('project.tooLarge');
      const ref = `blob:${randomUUID()}`;
      blobs.set(ref, text);
      for (const old of blobs.keys()) {
        if (blobs.size <= KEPT) break;
        blobs.delete(old);
      }
      return ref;
    },
    take(ref) {
      const text = blobs.get(ref);
      if (text === undefined) throw new AppError('request.invalid', 'blob');
      blobs.delete(ref);
      return text;
    },
  };
}
