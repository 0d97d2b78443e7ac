// Runs ESLint and Prettier's check side by side (ESLint's typed rules keep one core busy for most of a
// minute; Prettier fits on the other), printing each one's output whole and failing if either fails.
import { spawn } from 'node:child_process';

const run = (command, args) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const results = await Promise.all([run(bin('eslint'), ['.']), run(bin('prettier'), ['--check', '.'])]);
for (const { out } of results) process.stdout.write(out);
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
