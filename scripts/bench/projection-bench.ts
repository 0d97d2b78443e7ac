/**
 * Projection benchmark: one history edit with 10 scenarios to 2050 plus the sensitivity table,
 * recomputed the way the app does (applyEdit → compareScenarios → sensitivityTable),
 * against a baseline of the bare arithmetic (compounding loops) in the same process.
 */
import { readFileSync } from 'node:fs';
import { compareScenarios, projectScenario, sensitivityShape, sensitivityTable } from '../../core/scenarios';

const RATES = sensitivityShape(2026, 2050, null).rates;
import { applyEdit } from '../../core/workbook-edits';
import { parseProjectText } from '../../core/workbook-schema';
import { medianMs, table } from './measure';

/** Runs the benchmark and prints its report. */
export function runProjectionBench(): void {
  const sample = parseProjectText(readFileSync(new URL('../../samples/industrial-innovation-infrastructure.awb', import.meta.url), 'utf8'));
  let wb = {
    ...sample,
    scenarios: Array.from({ length: 10 }, (_, i) => ({ ...sample.scenarios[i % 3]!, id: `s${i + 1}`, name: `S${i + 1}`, horizon: 2050 })),
  };
  const horizons = Array.from({ length: 24 }, (_, i) => 2027 + i);
  let edit = 0;
  let sink = 0;

  const app = medianMs(
    () => {
      wb = applyEdit(wb, { kind: 'setPointValue', seriesId: 'budget', year: 2026, value: 2600 + (edit++ % 100) });
      const c = compareScenarios(wb, 'budget');
      const r = projectScenario(wb, wb.scenarios[0]!);
      if (r.ok) sink += sensitivityTable(r.baseYear, r.baseValue, RATES, horizons)[0]![0]! + c.rows.length;
    },
    2000,
    200,
  );

  const baseline = medianMs(
    () => {
      const base = 2600 + (edit++ % 100);
      for (let s = 0; s < 10; s++) {
        let v = base;
        for (let y = 2027; y <= 2050; y++) sink += v *= 1.115;
      }
      for (const r of RATES) for (const h of horizons) sink += base * Math.pow(1 + r, h - 2026);
    },
    2000,
    200,
  );

  console.log('projection: one history edit, 10 scenarios to 2050 + 16×24 sensitivity table (median of 2,000 runs)\n');
  console.log(
    table([
      ['run', 'median ms', 'ratio to baseline', 'share of a 16.7 ms frame'],
      ['baseline: bare compounding loops', Number(baseline.toFixed(4)), '1.0×', `${((baseline / 16.7) * 100).toFixed(2)}%`],
      ['app recompute (core)', Number(app.toFixed(4)), `${(app / baseline).toFixed(1)}×`, `${((app / 16.7) * 100).toFixed(2)}%`],
    ]),
  );
  if (sink === 42) console.log('');
}
