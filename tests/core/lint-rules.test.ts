/**
 * The architecture is law, not convention: deliberate violations written into the real tree make ESLint fail
 * with the layer rules and the cycle rule (the same config `npm run lint` uses).
 */
import { ESLint } from 'eslint';
import { rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const probes = {
  coreNode: 'core/__lint-probe-node.ts',
  coreUi: 'core/__lint-probe-ui.ts',
  rendererMain: 'renderer/src/__lint-probe-main.ts',
  handlerElectron: 'electron/handlers/__lint-probe-electron.ts',
  cycleA: 'core/__lint-probe-cycle-a.ts',
  cycleB: 'core/__lint-probe-cycle-b.ts',
};
const sources: Record<keyof typeof probes, string> = {
  coreNode: "import { readFileSync } from 'node:fs';\n\nexport const probe = readFileSync;\n",
  coreUi: "import { useState } from 'react';\n\nexport const probe = useState;\n",
  rendererMain: "import { exportGridCsv } from '../../electron/handlers/csv-export';\n\nexport const probe = exportGridCsv;\n",
  handlerElectron: "import { app } from 'electron';\n\nexport const probe = app;\n",
  cycleA: "import { b } from './__lint-probe-cycle-b';\n\nexport const a = (): number => b() + 1;\n",
  cycleB: "import { a } from './__lint-probe-cycle-a';\n\nexport const b = (): number => a() - 1;\n",
};

afterAll(async () => {
  await Promise.all(Object.values(probes).map((p) => rm(`${root}${p}`, { force: true })));
});

describe('lint rules of the architecture', () => {
  it('fail on a core/ file importing Node or React, a renderer file importing electron/, a handler importing electron, and a cycle', async () => {
    for (const [key, path] of Object.entries(probes)) await writeFile(`${root}${path}`, sources[key as keyof typeof probes]);
    const eslint = new ESLint({ cwd: root });
    const results = await eslint.lintFiles(Object.values(probes));
    const rules = (path: string) => results.find((r) => r.filePath.endsWith(path))!.messages.map((m) => m.ruleId);
    expect(rules(probes.coreNode)).toContain('no-restricted-imports');
    expect(rules(probes.coreUi)).toContain('no-restricted-imports');
    expect(rules(probes.rendererMain)).toContain('no-restricted-imports');
    expect(rules(probes.handlerElectron)).toContain('no-restricted-imports');
    expect(rules(probes.cycleA)).toContain('import-x/no-cycle');
    expect(results.reduce((n, r) => n + r.errorCount, 0)).toBeGreaterThanOrEqual(5);
  });
});
