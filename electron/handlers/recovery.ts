/**
 * Crash recovery: each window journals its document to its own file in the app's user-data folder
 * (never over the user's file), atomically, every time the renderer reports a change (debounced
 * there). A clean save or close removes the file; whatever is left at the next start was not saved.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import type { Workbook } from '../../core/types';
import { FILE_LIMITS } from '../../core/limits';
import { parseProjectValue, serializeProject } from '../../core/workbook-schema';
import { writeFileSafely } from './safe-write';
import { readTextFile } from './file-io';

const EXTENSION = '.awb-recovery';

/** What the start screen lists about an unsaved document found after a crash. */
export interface RecoveryEntry {
  id: string;
  /** ISO time of the last journal write. */
  savedAt: string;
  title: string;
  /** Name of the file the document belonged to (null for an unsaved new workbook). */
  fileName: string | null;
}

/** A recovered document with where it came from. */
export interface RecoveredDocument extends RecoveryEntry {
  workbook: Workbook;
  /** Full path of the file the document belonged to; stays in main. */
  path: string | null;
}

/** Where the journalled document came from, stored beside it in the project envelope. */
const meta = z.object({ savedAt: z.string().max(40), fileName: z.string().max(1000).nullable(), path: z.string().max(4096).nullable() });

const isId = (id: string) => /^[0-9a-f-]{36}$/.test(id);

/** The recovery folder of one app installation, and its operations. */
export function createRecoveryStore(dir: string) {
  const file = (id: string) => {
    if (!isId(id)) throw new AppError('request.invalid', 'recovery id');
    return join(dir, `${id}${EXTENSION}`);
  };

  return {
    /** A fresh journal id for a window's document. */
    newId: (): string => randomUUID(),

    /** Writes the journal of a document (atomic, verified); the user's own file is never touched. */
    async write(id: string, doc: { workbook: Workbook; fileName: string | null; path: string | null }, now = new Date()): Promise<void> {
      await mkdir(dir, { recursive: true });
      // A journal is a project file with where it came from in its envelope: one parser reads both.
      const recovery = { savedAt: now.toISOString(), fileName: doc.fileName, path: doc.path };
      await writeFileSafely(file(id), serializeProject(doc.workbook, { recovery }));
    },

    /** Removes a journal (after a clean save or close). Never throws. */
    async remove(id: string): Promise<void> {
      await unlink(file(id)).catch(() => undefined);
    },

    /** Reads one journal. */
    async read(id: string): Promise<RecoveredDocument> {
      let raw: unknown;
      try {
        const text = await readTextFile(file(id), FILE_LIMITS.projectBytes * 1.1);
        raw = JSON.parse(text);
      } catch (e) {
        throw e instanceof AppError ? e : new AppError('project.notJson', 'recovery');
      }
      const h = meta.safeParse((raw as { recovery?: unknown } | null)?.recovery);
      if (!h.success) throw new AppError('project.notWorkbook', 'recovery');
      const workbook = parseProjectValue(raw);
      return { id, savedAt: h.data.savedAt, title: workbook.title, fileName: h.data.fileName, path: h.data.path, workbook };
    },

    /** Journals in the folder except `exclude` (ids owned by live windows), newest first; unreadable ones are skipped. */
    async list(exclude: ReadonlySet<string> = new Set()): Promise<RecoveryEntry[]> {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch {
        return [];
      }
      const out: RecoveryEntry[] = [];
      for (const name of names) {
        if (!name.endsWith(EXTENSION)) continue;
        const id = name.slice(0, -EXTENSION.length);
        if (!isId(id) || exclude.has(id)) continue;
        try {
          const { workbook: _w, path: _p, ...entry } = await this.read(id);
          out.push(entry);
        } catch {
          // A journal cut short by the crash itself: nothing to offer.
        }
      }
      return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
  };
}

/** A window's recovery store. */
export type RecoveryStore = ReturnType<typeof createRecoveryStore>;
