/**
 * `npm run bench`: prints the figures the issues set targets for. Figures, not pass/fail:
 * timings on shared machines vary, so no test depends on them.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cliBench } from './cli';
import { engineBench } from './engine';
import { evidenceBench } from './evidence';

/**
 * The CAL.* functions are timed in a process of their own: Excel runs custom functions in a
 * runtime of their own, whose heap does not hold what the benchmarks before them left (a
 * million-row register's garbage makes every collection during a call dearer).
 */
function functionsApart(): void {
  const run = spawnSync(process.execPath, [join(__dirname, 'functions.js')], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`the functions benchmark failed (exit ${run.status})`);
}

async function run(): Promise<void> {
  engineBench();
  evidenceBench();
  functionsApart();
  await cliBench();
}

void run();
