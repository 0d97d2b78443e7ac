/**
 * The architecture is law, not convention: deliberate violations make ESLint fail with the layer rules (an
 * allow-list for core/, zones for the shell) and the cycle rule, each probe on its own. The probes are written
 * into a temporary copy of the project, never into the real tree. A type-only import cycle, which the lint
 * rule cannot see, fails the graph check below.
 */
import { ESLint } from 'eslint';
import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Each probe: where it goes, what it says, and the rule that must refuse it. */
const probes = {
  coreNode: [
    'core/__probe-node.ts',
    "import { readFileSync } from 'node:fs';\n\nexport const probe = readFileSync;\n",
    'no-restricted-imports',
  ],
  coreUi: ['core/__probe-ui.ts', "import { useState } from 'react';\n\nexport const probe = useState;\n", 'no-restricted-imports'],
  corePackage: ['core/__probe-package.ts', "import yauzl from 'yauzl';\n\nexport const probe = yauzl;\n", 'no-restricted-imports'],
  rendererMain: [
    'renderer/src/__probe-main.ts',
    "import { exportGridCsv } from '../../electron/handlers/csv-export';\n\nexport const probe = exportGridCsv;\n",
    'no-restricted-imports',
  ],
  rendererTests: [
    'renderer/src/__probe-tests.ts',
    "import { tempDir } from '../../tests/electron/helpers';\n\nexport const probe = tempDir;\n",
    'no-restricted-imports',
  ],
  handlerElectron: [
    'electron/handlers/__probe-electron.ts',
    "import { app } from 'electron';\n\nexport const probe = app;\n",
    'no-restricted-imports',
  ],
  handlerShell: [
    'electron/handlers/__probe-shell.ts',
    "import { startUtilityWork } from '../work/utility-process';\n\nexport const probe = startUtilityWork;\n",
    'import-x/no-restricted-paths',
  ],
  workMain: [
    'electron/work/__probe-main.ts',
    "import { appUrl } from '../main';\n\nexport const probe = appUrl;\n",
    'import-x/no-restricted-paths',
  ],
  cycle: [
    'core/__probe-cycle-a.ts',
    "import { b } from './__probe-cycle-b';\n\nexport const a = (): number => b() + 1;\n",
    'import-x/no-cycle',
  ],
  cycleOther: [
    'core/__probe-cycle-b.ts',
    "import { a } from './__probe-cycle-a';\n\nexport const b = (): number => a() - 1;\n",
    'import-x/no-cycle',
  ],
} as const;

let copy: string;
beforeAll(async () => {
  // The project as lint sees it, in a temporary folder: sources, configs, and node_modules by link.
  copy = await mkdtemp(join(tmpdir(), 'aw-lint-probe-'));
  for (const entry of [
    'core',
    'electron',
    'renderer',
    'tests',
    'scripts',
    'eslint.config.mjs',
    'package.json',
    'tsconfig.json',
    'tsconfig.base.json',
    'tsconfig.eslint.json',
  ])
    await cp(join(root, entry), join(copy, entry), {
      recursive: true,
      filter: (src) => !src.includes('node_modules') && !src.includes(`${root}tests/fixtures`),
    });
  await symlink(join(root, 'node_modules'), join(copy, 'node_modules'));
  for (const [path, source] of Object.values(probes)) await writeFile(join(copy, path), source);
});
afterAll(() => rm(copy, { recursive: true, force: true }));

describe('lint rules of the architecture', () => {
  it('refuse each forbidden import: Node, UI or a Node-only package in core/; electron/ or tests/ in the renderer; electron or a shell module below the shell; a cycle', async () => {
    const eslint = new ESLint({ cwd: copy });
    const results = await eslint.lintFiles(Object.values(probes).map(([path]) => path));
    const rules = (path: string) => results.find((r) => r.filePath.endsWith(path))!.messages.map((m) => m.ruleId);
    for (const [name, [path, , rule]] of Object.entries(probes))
      expect({ name, rules: rules(path) }).toEqual({ name, rules: expect.arrayContaining([rule]) });
    // The real tree was never touched.
    for (const [path] of Object.values(probes)) expect(existsSync(join(root, path))).toBe(false);
  });
});

/** Every module of the app and what it imports (type-only imports included), by path. */
function importGraph(): Map<string, string[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir))) {
      const path = join(dir, name);
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) files.push(path);
    }
  };
  ['core', 'electron', 'renderer/src'].forEach(walk);
  const resolve = (from: string, spec: string) => {
    const base = normalize(join(dirname(from), spec));
    return ['.ts', '.tsx', '/index.ts'].map((e) => base + e).find((f) => files.includes(f));
  };
  const imports = /(?:import|export)\s+(?:type\s+)?[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g;
  return new Map(
    files.map((f) => [
      f,
      [...readFileSync(join(root, f), 'utf8').matchAll(imports)].map((m) => resolve(f, m[1]!)).filter((x): x is string => !!x),
    ]),
  );
}

describe('import graph', () => {
  it('has no cycle, type-only imports included (which import-x/no-cycle does not see)', () => {
    const graph = importGraph();
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open')
        return void cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative('.', f)).join(' → '));
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});

describe('dependencies', () => {
  it('what the app imports is in dependencies, and every dependency is imported by the app (tools and tests use devDependencies)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const used = new Set<string>();
    for (const file of importGraph().keys()) {
      const source = readFileSync(join(root, file), 'utf8');
      for (const m of source.matchAll(/^(?:import|export)(?:[^;'"]*?from)?\s*['"]([^./'"][^'"]*)['"]/gm)) {
        const spec = m[1]!;
        if (spec.startsWith('node:') || spec === 'electron') continue;
        used.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
    // Electron itself is the runtime electron-builder packages (a devDependency by its rules).
    expect([...used].filter((p) => !(p in pkg.dependencies)).sort()).toEqual([]);
    expect(
      Object.keys(pkg.dependencies)
        .filter((p) => !used.has(p))
        .sort(),
    ).toEqual([]);
  });
});
