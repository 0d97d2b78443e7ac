/** The in-app list of recently opened or saved projects (last 10), kept in the user-data folder by main. */
import { access, mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { writeFileSafely } from './safe-write';
import { FILE_LIMITS } from '../../core/limits';
import type { RecentEntry } from '../../core/ipc-contract';

const stored = z.object({ files: z.array(z.string().max(4096)).max(100) });

/** The recent-files list stored at `dir/recent.json`. */
export function createRecentFiles(dir: string) {
  const file = join(dir, 'recent.json');
  const load = async (): Promise<string[]> => {
    try {
      const parsed = stored.safeParse(JSON.parse(await readFile(file, 'utf8')));
      return parsed.success ? parsed.data.files.slice(0, FILE_LIMITS.recentFiles) : [];
    } catch {
      return [];
    }
  };
  const save = async (files: string[]) => {
    await mkdir(dir, { recursive: true });
    await writeFileSafely(file, JSON.stringify({ files: files.slice(0, FILE_LIMITS.recentFiles) }));
  };
  return {
    /** Puts a path first (opened or saved just now). */
    async add(path: string): Promise<void> {
      const files = await load();
      await save([path, ...files.filter((f) => f !== path)]);
    },
    /** Drops one entry. */
    async remove(index: number): Promise<void> {
      const files = await load();
      await save(files.filter((_, i) => i !== index));
    },
    /** The folders the listed files are in, once each. */
    async folders(): Promise<string[]> {
      return [...new Set((await load()).map((f) => dirname(f)))];
    },
    /** The path of an entry, or null. */
    async path(index: number): Promise<string | null> {
      return (await load())[index] ?? null;
    },
    /** The list with each file's name, folder and whether it still exists. */
    async list(): Promise<RecentEntry[]> {
      const files = await load();
      return Promise.all(
        files.map(async (path, index) => ({
          index,
          name: basename(path),
          folder: dirname(path),
          missing: await access(path).then(
            () => false,
            () => true,
          ),
        })),
      );
    },
  };
}

/** A recent-files list. */
export type RecentFiles = ReturnType<typeof createRecentFiles>;
