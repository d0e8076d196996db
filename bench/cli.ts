/**
 * The command line on a 200k-row register against a bare ExcelJS streaming read of the
 * same file. Both run as fresh processes (as a scheduled job would), best of five: timings on
 * this shared machine vary by half from run to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { templateHeaders } from '../src/core';
import { assignmentRows, purchaseRows } from './synthetic';

const ROWS = 200_000;
const ROOT = join(__dirname, '..', '..');

/** Writes the benchmark register with ExcelJS's streaming writer (once; reused after). */
async function benchWorkbook(): Promise<string> {
  const dir = join(tmpdir(), 'cal-register-bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `register-${ROWS}.xlsx`);
  if (existsSync(file)) return file;
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const purchases = writer.addWorksheet('Purchases');
  purchases.addRow(templateHeaders('Purchases')).commit();
  for (const row of purchaseRows(ROWS)) purchases.addRow(row).commit();
  purchases.commit();
  const assignments = writer.addWorksheet('Assignments');
  assignments.addRow(templateHeaders('Assignments')).commit();
  for (const row of assignmentRows(ROWS)) assignments.addRow(row).commit();
  assignments.commit();
  await writer.commit();
  return file;
}

/** A bare streaming read: every row of every sheet, values touched, nothing else. */
const BARE_READ = `
const ExcelJS = require(${JSON.stringify(require.resolve('exceljs'))});
(async () => {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[1], {
    sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'ignore',
  });
  let cells = 0;
  for await (const sheet of reader) for await (const row of sheet) cells += row.values.length;
  if (cells === 0) process.exit(3);
})();
`;

function timeProcess(args: string[]): { ms: number; status: number | null } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`benchmark process failed (${result.status}): ${result.stderr.toString()}`);
  }
  return { ms, status: result.status };
}

/** Best times of two commands run alternately, so drift on the machine hits both alike. */
function bestOfBoth(a: string[], b: string[], runs = 5): [number, number] {
  let [minA, minB] = [Infinity, Infinity];
  for (let r = 0; r < runs; r += 1) {
    minA = Math.min(minA, timeProcess(a).ms);
    minB = Math.min(minB, timeProcess(b).ms);
  }
  return [minA, minB];
}

export async function cliBench(): Promise<Record<string, number>> {
  const file = await benchWorkbook();
  const mb = statSync(file).size / 1e6;
  const [bare, cli] = bestOfBoth(
    ['-e', BARE_READ, file],
    [join(ROOT, 'bin', 'cal-register.js'), 'audit', file, '--json', '--as-of', '2026-11-27'],
  );
  const ratio = cli / bare;
  process.stdout.write(
    `cli     ${ROWS.toLocaleString('en-US')}-row .xlsx (${mb.toFixed(1)} MB): bare ExcelJS streaming read ${bare.toFixed(0)} ms, cal-register audit --json ${cli.toFixed(0)} ms\n`,
  );
  process.stdout.write(`cli     audit / bare read: ${ratio.toFixed(2)} (target <= 1.3)\n`);
  return { 'cli bare read ms': bare, 'cli audit ms': cli, 'cli ratio': ratio };
}
