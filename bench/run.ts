/**
 * `npm run bench`: prints the figures the issues set targets for. Figures, not pass/fail:
 * timings on shared machines vary, so no test depends on them.
 */
import { cliBench } from './cli';
import { engineBench } from './engine';
import { evidenceBench } from './evidence';
import { functionsBench } from './functions';

async function run(): Promise<void> {
  engineBench();
  evidenceBench();
  await functionsBench();
  await cliBench();
}

void run();
