/** CLI entry: `npm run cli -- <command>`. */
import { fileURLToPath } from 'node:url';
import { runCli } from './cli/run-cli';

const samplePath = fileURLToPath(new URL('../samples/industrial-innovation-infrastructure.awb', import.meta.url));
void runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  samplePath,
}).then((code) => {
  process.exitCode = code;
});
