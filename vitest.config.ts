import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'tests/core/**/*.test.ts',
            'tests/electron/**/*.test.ts',
            'tests/import/**/*.test.ts',
            'tests/renderer/**/*.test.ts',
            'tests/budget/**/*.test.ts',
          ],
          environment: 'node',
          // A deadline only a hang reaches: tests never assert on time, and a busy machine is slow.
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Deadlines only a hang reaches (tests wait on events; a busy 2-core machine can be slow to reach them).
          testTimeout: 600_000,
          hookTimeout: 180_000,
          expect: { poll: { timeout: 120_000, interval: 50 } },
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
