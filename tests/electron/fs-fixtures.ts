/** File-system fixtures for write tests: a small tmpfs (disk full for real) and injected file systems that misbehave. */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeWriteFs, type WriteFs, type WriteHandle } from '../../electron/handlers/safe-write';

/** Mounts a tmpfs of `size` (e.g. '2m'), or null when this machine cannot (not root, no mount). */
export async function smallDisk(size: string): Promise<{ dir: string; unmount: () => Promise<void> } | null> {
  const dir = await mkdtemp(join(tmpdir(), 'aw-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    await rm(dir, { recursive: true, force: true });
    if (process.env.CI === 'true' && process.getuid?.() === 0) throw new Error('cannot mount a tmpfs on CI as root');
    console.warn('\n[safe-write] tmpfs tests SKIPPED: mount needs root (the injected short-write tests still run)\n');
    return null;
  }
  return {
    dir,
    unmount: async () => {
      execFileSync('umount', [dir], { stdio: 'ignore' });
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A file system whose writes go through `write` (to short-write, fail or corrupt). */
export function injectedFs(
  write: (
    real: WriteHandle,
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number,
    call: number,
  ) => Promise<{ bytesWritten: number }>,
): WriteFs {
  let calls = 0;
  return {
    ...nodeWriteFs,
    async open(path, flags, mode) {
      const real = await nodeWriteFs.open(path, flags, mode);
      if (!flags.startsWith('w')) return real;
      return {
        ...real,
        read: real.read.bind(real),
        sync: real.sync.bind(real),
        close: real.close.bind(real),
        write: (b, o, l, p) => write(real, b, o, l, p, calls++),
      };
    },
  };
}
