/** Child process for the kill test: starts a safe write that never finishes, and says when it has begun. */
import { writeFileSafely } from '../../../electron/handlers/safe-write';

const target = process.argv[2]!;
async function* forever(): AsyncIterable<Uint8Array> {
  const chunk = Buffer.alloc(256 * 1024, 0x41);
  for (let i = 0; ; i++) {
    yield chunk;
    if (i === 3) process.stdout.write('writing\n');
    await new Promise((r) => setImmediate(r));
  }
}
void writeFileSafely(target, forever());
