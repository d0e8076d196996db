/**
 * Loaded into a benchmarked Node process (NODE_OPTIONS=--require): at exit, appends the
 * process's peak resident memory (kB) to the file CAL_BENCH_RSS names. Node processes the
 * measured one starts inherit it, so a command that starts Node again is measured too.
 */
import { appendFileSync } from 'node:fs';

const file = process.env.CAL_BENCH_RSS;
if (file) {
  process.on('exit', () => {
    appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
  });
}
