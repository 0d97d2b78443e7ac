/** `npm run bench -- <name>`: runs one benchmark (or all) and prints ratios against its in-process baseline. */
import { runBudgetBench } from './bench/budget-bench';
import { runEditBench } from './bench/edit-bench';
import { runExportBench } from './bench/export-bench';
import { runImportBench } from './bench/import-bench';
import { runProjectionBench } from './bench/projection-bench';
import { runStallBench } from './bench/stall-bench';

const benches: Record<string, () => void | Promise<void>> = {
  projection: runProjectionBench,
  import: () => runImportBench(),
  export: () => runExportBench(),
  stalls: () => runStallBench(),
  edit: () => runEditBench(),
  budget: () => runBudgetBench(),
};
const name = process.argv[2];
const chosen = name ? benches[name] : undefined;
if (name && !chosen) {
  console.error(`unknown benchmark '${name}' (have: ${Object.keys(benches).join(', ')})`);
  process.exit(2);
}
for (const [key, run] of Object.entries(benches)) {
  if (chosen && run !== chosen) continue;
  console.log(`\n== ${key} ==`);
  await run();
}
