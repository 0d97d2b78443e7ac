/** Child process for the crash test: edits a workbook and journals every edit, reporting each journal written. */
import { readFileSync } from 'node:fs';
import { applyEdit } from '../../../core/workbook-edits';
import { parseProjectText } from '../../../core/workbook-schema';
import { createRecoveryStore } from '../../../electron/handlers/recovery';

const [dir, id, samplePath] = process.argv.slice(2) as [string, string, string];
const store = createRecoveryStore(dir);
let workbook = parseProjectText(readFileSync(samplePath, 'utf8'));
void (async () => {
  for (let n = 1; ; n++) {
    workbook = applyEdit(workbook, { kind: 'setPointValue', seriesId: 'budget', year: 2026, value: 3000 + n });
    await store.write(id, { workbook, fileName: '예산.awb', path: '/data/예산.awb' });
    process.stdout.write(`journalled ${n}\n`);
  }
})();
