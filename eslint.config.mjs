// Lint: typed TypeScript rules, React hooks, import cycles, and the layer rules that keep the architecture honest.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const restrict = (groups, message) => [{ group: groups, message }];
/** The shell: the only modules that touch Electron (each layer below them may import none of them). */
const SHELL = [
  'electron/main.ts',
  'electron/preload.ts',
  'electron/security.ts',
  'electron/app-menu.ts',
  'electron/close-guard.ts',
  'electron/open-files.ts',
  'electron/dialog-texts.ts',
  'electron/work/utility-process.ts',
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'scratch/**', 'test-results/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // One program for the whole tree (tsconfig.eslint.json): a project per layer parsed core/ four times
        // over and made lint take ~50 s. Each layer's own libs and types are still checked by `npm run typecheck`.
        project: ['./tsconfig.eslint.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // Callbacks in props and contracts are properties, so passing them around never loses `this`.
      '@typescript-eslint/method-signature-style': ['error', 'property'],
      // Handlers implement an async contract; an async function without await is the plain way to return a promise.
      '@typescript-eslint/require-await': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.property.name="only"]', message: 'A focused test silences the rest of the suite.' },
      ],
    },
  },
  {
    // core/ is pure domain code, by allow-list: core itself, zod and jsep (two dependency-free packages that
    // run in every process), nothing else (so nothing it imports can reach Node, Electron, the DOM or a
    // Node-only package such as yauzl or exceljs, however deep).
    files: ['core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'core/ is pure domain code: no Electron.' }],
          patterns: [
            ...restrict(nodeBuiltins, 'core/ is pure domain code: no Node built-ins.'),
            { regex: '^(?!zod$|jsep$|\\.{1,2}/)', message: 'core/ imports only core/, zod and jsep: it runs in every process.' },
            ...restrict(['**/electron/**', '**/renderer/**', '**/tests/**', '**/scripts/**'], 'core/ imports only core/.'),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**'],
    ...reactHooks.configs.flat['recommended-latest'],
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      'react-hooks/exhaustive-deps': 'error',
      // The app does not run the React Compiler; this rule only reports where the compiler would skip a component.
      'react-hooks/preserve-manual-memoization': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to main only through window.workbook.' }],
          patterns: [
            ...restrict(nodeBuiltins, 'The renderer runs sandboxed, without Node.'),
            ...restrict(['**/electron/**'], 'The renderer imports nothing from electron/: use the IPC contract in core/.'),
            ...restrict(['**/tests/**', '**/scripts/**'], 'The app never imports test or script code.'),
          ],
        },
      ],
    },
  },
  {
    // Only the shell touches Electron: handlers, the work processes, the CLI and everything else stay plain Node.
    files: ['electron/**'],
    ignores: SHELL,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only main.ts, preload.ts and the shell modules import electron.' }],
          patterns: restrict(['**/renderer/**', '**/tests/**', '**/scripts/**'], 'Main never imports renderer, test or script code.'),
        },
      ],
      // Nor may they import a shell module (which imports electron): below the shell, nothing reaches Electron.
      'import-x/no-restricted-paths': [
        'error',
        {
          // Zones are relative to this file, wherever lint runs from.
          basePath: import.meta.dirname,
          zones: [
            {
              target: './electron/**',
              except: [],
              from: SHELL.map((f) => `./${f}`),
              message: 'Only the shell imports the shell (it imports electron).',
            },
          ],
        },
      ],
    },
  },
  {
    // Within the shell, main may wire the shell modules together.
    files: SHELL,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: restrict(['**/renderer/**', '**/tests/**', '**/scripts/**'], 'Main never imports renderer, test or script code.') },
      ],
    },
  },
  {
    // Tests read JSON and drive mocks whose shapes are the point of the test, not typed values.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.cjs', '**/*.mjs', 'renderer/vite.config.ts'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        setTimeout: 'readonly',
      },
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
