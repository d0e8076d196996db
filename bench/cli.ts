/**
 * The command line on registers of 200,000 and 1,048,575 rows (Excel's limit), side by side
 * with the floor of reading the same file with the same libraries (every part inflated by
 * zlib and tokenized by saxes, as the reader does, nothing else) and a bare ExcelJS streaming
 * read. Each command runs as a fresh process (as a scheduled job would), the commands
 * alternately, best time of several runs: timings on a shared machine vary by half from run to
 * run. Peak memory is the largest resident set any run of the command reached (its re-started
 * Node included). Last, inside one audit: how long reading, the engine, the audit copy and the
 * JSON took, and the peak memory by the end of each, so a target one of them stops shows as such.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { templateHeaders } from '../src/core';
import { assignmentRows, purchaseRows } from './synthetic';

const SIZES = [
  { rows: 200_000, runs: 5 },
  { rows: 1_048_575, runs: 3 },
] as const;
const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const CLI = join(ROOT, 'bin', 'cal-register.js');
const METER = join(__dirname, 'meter.js');
const DIR = join(tmpdir(), 'cal-register-bench');

/** Writes the benchmark register with ExcelJS's streaming writer (once; reused after). */
async function benchWorkbook(rows: number): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  const file = join(DIR, `register-${rows}.xlsx`);
  if (existsSync(file)) return file;
  const partial = `${file}.partial`;
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: partial,
    useSharedStrings: true,
  });
  const purchases = writer.addWorksheet('Purchases');
  purchases.addRow(templateHeaders('Purchases')).commit();
  for (const row of purchaseRows(rows)) purchases.addRow(row).commit();
  purchases.commit();
  const assignments = writer.addWorksheet('Assignments');
  assignments.addRow(templateHeaders('Assignments')).commit();
  // Excel's last row is 1,048,576: the header and 1,048,575 assignments fill the sheet.
  for (const row of assignmentRows(rows)) assignments.addRow(row).commit();
  assignments.commit();
  await writer.commit();
  spawnSync('mv', [partial, file]);
  return file;
}

/** The floor: every part inflated and tokenized by the reader's own libraries, nothing else. */
const FLOOR = `
require(${JSON.stringify(join(DIST, 'excel', 'xlsx'))}).tokenizeEveryPart(process.argv[1])
  .then((n) => { if (n === 0) process.exit(3); });
`;

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

/**
 * Inside one audit --out --json, as the command line runs it: read, engine, the audit copy
 * (report, sheet and package), the JSON (made in the pieces the command line writes); and the
 * peak resident memory reached by the end of each, which says where the peak is.
 */
const PHASES = `
const { XlsxFileWorkbook } = require(${JSON.stringify(join(DIST, 'excel', 'xlsx'))});
const { audit, buildReport, toJson } = require(${JSON.stringify(join(DIST, 'core'))});
const { jsonPieces } = require(${JSON.stringify(join(DIST, 'cli', 'json-out'))});
(async () => {
  const peak = () => process.resourceUsage().maxRSS / 1024;
  const t0 = process.hrtime.bigint();
  const workbook = new XlsxFileWorkbook(process.argv[1], { out: process.argv[2], force: true });
  const { grids, date1904 } = await workbook.read();
  const t1 = process.hrtime.bigint();
  const p1 = peak();
  const result = audit(grids, { today: 20784, asOf: '2026-11-27', date1904 });
  const t2 = process.hrtime.bigint();
  const p2 = peak();
  const meta = { source: 'bench', generatedAt: '2026-11-27 00:00', generator: 'bench' };
  await workbook.writeAuditSheet(buildReport(result, meta));
  const t3 = process.hrtime.bigint();
  const p3 = peak();
  let bytes = 0;
  for (const piece of jsonPieces(toJson(result))) bytes += piece.length;
  const t4 = process.hrtime.bigint();
  const ms = (a, b) => Number(b - a) / 1e6;
  process.stdout.write(JSON.stringify({
    read: ms(t0, t1), engine: ms(t1, t2), copy: ms(t2, t3), output: ms(t3, t4), bytes,
    peaks: [p1, p2, p3, peak()],
  }));
})();
`;

interface Measured {
  ms: number;
  rssMb: number;
}

const RSS_FILE = join(DIR, 'rss.txt');

function run(args: readonly string[]): Measured {
  rmSync(RSS_FILE, { force: true });
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: `--require ${METER}`, CAL_BENCH_RSS: RSS_FILE },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // The audit exits 1 on error findings (the benchmark register has them); the others, 0.
  const expected = args.includes('audit') ? [0, 1] : [0];
  if (!expected.includes(result.status ?? -1)) {
    throw new Error(`benchmark process failed (${result.status}): ${result.stderr.toString()}`);
  }
  const kb = readFileSync(RSS_FILE, 'utf8').split('\n').filter(Boolean).map(Number);
  return { ms, rssMb: Math.max(...kb) / 1024 };
}

/** Best time and largest memory of each command, the commands run alternately. */
function measure(commands: readonly (readonly string[])[], runs: number): Measured[] {
  const best = commands.map(() => ({ ms: Infinity, rssMb: 0 }));
  for (let r = 0; r < runs; r += 1) {
    commands.forEach((command, i) => {
      const m = run(command);
      best[i] = { ms: Math.min(best[i].ms, m.ms), rssMb: Math.max(best[i].rssMb, m.rssMb) };
    });
  }
  return best;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const cell = (m: Measured) => `${int(m.ms).padStart(7)} ms ${int(m.rssMb).padStart(5)} MB`;

export async function cliBench(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const rows: {
    rows: number;
    mb: number;
    floor: Measured;
    bare: Measured;
    audit: Measured;
    out: Measured;
  }[] = [];
  for (const { rows: count, runs } of SIZES) {
    const file = await benchWorkbook(count);
    const copy = join(DIR, `audit-${count}.xlsx`);
    const audit = [CLI, 'audit', file, '--json', '--as-of', '2026-11-27'];
    const [floor, bare, plain, out] = measure(
      [['-e', FLOOR, file], ['-e', BARE_READ, file], audit, [...audit, '--out', copy, '--force']],
      runs,
    );
    rmSync(copy, { force: true });
    rows.push({ rows: count, mb: statSync(file).size / 1e6, floor, bare, audit: plain, out });
  }
  process.stdout.write(
    `cli     ${'rows'.padStart(9)} ${'file'.padStart(8)}  ${'floor'.padEnd(16)}  ${'ExcelJS read'.padEnd(16)}  ${'audit'.padEnd(16)}  audit --out\n`,
  );
  for (const r of rows) {
    process.stdout.write(
      `cli     ${int(r.rows).padStart(9)} ${`${r.mb.toFixed(1)} MB`.padStart(8)}  ${cell(r.floor)}  ${cell(r.bare)}  ${cell(r.audit)}  ${cell(r.out)}\n`,
    );
    const k = int(r.rows);
    figures[`cli ${k} floor ms`] = r.floor.ms;
    figures[`cli ${k} ExcelJS read ms`] = r.bare.ms;
    figures[`cli ${k} audit ms`] = r.audit.ms;
    figures[`cli ${k} audit --out ms`] = r.out.ms;
    figures[`cli ${k} audit MB`] = r.audit.rssMb;
    figures[`cli ${k} audit --out MB`] = r.out.rssMb;
    process.stdout.write(
      `cli     ${k} rows: audit / floor ${(r.audit.ms / r.floor.ms).toFixed(2)}, audit --out / floor ${(r.out.ms / r.floor.ms).toFixed(2)}, ExcelJS / floor ${(r.bare.ms / r.floor.ms).toFixed(2)}, audit / ExcelJS ${(r.audit.ms / r.bare.ms).toFixed(2)}\n`,
    );
  }
  const [small, large] = rows;
  const scale = large.audit.ms / small.audit.ms;
  figures['cli audit ratio 200k/floor'] = small.audit.ms / small.floor.ms;
  figures['cli audit 1M/200k'] = scale;
  process.stdout.write(
    `cli     targets: audit / floor at 200,000 ${(small.audit.ms / small.floor.ms).toFixed(2)} (<= 1.25); ` +
      `audit at 200,000 ${int(Math.max(small.audit.rssMb, small.out.rssMb))} MB (<= 300); ` +
      `1,048,575 / 200,000 time ${scale.toFixed(2)}x (<= 5.5); ` +
      `audit at 1,048,575 ${int(Math.max(large.audit.rssMb, large.out.rssMb))} MB (<= 1,024)\n`,
  );
  for (const { rows: count, runs } of SIZES) {
    // Best of a few runs, each phase on its own (one run alone varies by half here); the
    // largest peaks.
    const best = { read: Infinity, engine: Infinity, copy: Infinity, output: Infinity };
    const peaks = [0, 0, 0, 0];
    const copy = join(DIR, `phases-${count}.xlsx`);
    for (let r = 0; r < Math.min(runs, 3); r += 1) {
      const phases = spawnSync(
        process.execPath,
        ['-e', PHASES, join(DIR, `register-${count}.xlsx`), copy],
        { encoding: 'utf8' },
      );
      const p = JSON.parse(phases.stdout) as typeof best & { peaks: number[] };
      for (const phase of ['read', 'engine', 'copy', 'output'] as const)
        best[phase] = Math.min(best[phase], p[phase]);
      p.peaks.forEach((mb, i) => (peaks[i] = Math.max(peaks[i], mb)));
    }
    rmSync(copy, { force: true });
    figures[`cli ${int(count)} read ms`] = best.read;
    figures[`cli ${int(count)} engine ms`] = best.engine;
    figures[`cli ${int(count)} audit copy ms`] = best.copy;
    process.stdout.write(
      `cli     inside an audit --out --json of ${int(count)} rows (best of ${Math.min(runs, 3)}): read ${int(best.read)} ms, engine ${int(best.engine)} ms, audit copy ${int(best.copy)} ms, JSON ${int(best.output)} ms; ` +
        `peak RSS by the end of each ${peaks.map(int).join(', ')} MB\n`,
    );
  }
  return figures;
}
