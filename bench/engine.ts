/**
 * Engine throughput: parse + validate + position over synthetic registers of 10k, 100k and
 * 1M assignment rows. Prints rows per second (best of several runs, after warm-up, as in a
 * task pane that validates again) and the per-row cost of 1M relative to 10k.
 */
import { audit } from '../src/core';
import { syntheticGrids } from './synthetic';

const TODAY = 20_784; // 2026-11-27

function timeAudit(rows: number, repeats: number): number {
  const grids = syntheticGrids(rows);
  let best = Infinity;
  for (let r = 0; r < repeats; r += 1) {
    const start = process.hrtime.bigint();
    const result = audit(grids, { today: TODAY });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.register.assignments.length !== rows)
      throw new Error('benchmark register was not read whole');
    best = Math.min(best, ms);
  }
  return best;
}

export function engineBench(): Record<string, number> {
  // Warm up the JIT the way a long-running task pane or CLI run would be.
  timeAudit(10_000, 5);
  const figures: Record<string, number> = {};
  const perRow: Record<number, number> = {};
  for (const [rows, repeats] of [
    [10_000, 15],
    [100_000, 9],
    [1_000_000, 5],
  ] as const) {
    const ms = timeAudit(rows, repeats);
    perRow[rows] = ms / rows;
    const rate = rows / (ms / 1000);
    figures[`engine ${rows} rows ms`] = ms;
    figures[`engine ${rows} rows/s`] = rate;
    process.stdout.write(
      `engine  ${rows.toLocaleString('en-US').padStart(9)} rows  ${ms.toFixed(1).padStart(8)} ms  ${Math.round(rate).toLocaleString('en-US').padStart(11)} rows/s\n`,
    );
  }
  const ratio = perRow[1_000_000] / perRow[10_000];
  figures['engine per-row ratio 1M/10k'] = ratio;
  process.stdout.write(`engine  per-row cost 1M / 10k: ${ratio.toFixed(2)} (target <= 1.2)\n`);
  return figures;
}
