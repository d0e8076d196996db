/**
 * The CAL.* functions over 100k-row ranges, as Excel runs them: the production bundle the
 * add-in ships (dist/addin/functions.js, built by `npm run build:addin`), called with fresh
 * 2D arrays each time (Excel hands a function new arrays on every recalculation; blanks as
 * ''), and 100k single-row CAL.ISSTALE calls (a calculated column of a 100k-row table).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { templateHeaders } from '../src/core';
import { assignmentRows, purchaseRows, AS_OF_SERIAL } from './synthetic';

const BUNDLE = join(__dirname, '..', '..', 'dist', 'addin', 'functions.js');

// The runtime's CustomFunctions global: the bundle registers each function with associate().
class CustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
type Fn = (...args: unknown[]) => unknown;
const associated: Record<string, Fn> = {};
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: CustomFunctionError,
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
  associate: (name: string, fn: Fn) => {
    associated[name] = fn;
  },
};

const ROWS = 100_000;

function asExcelPasses(rows: unknown[][], width: number): unknown[][] {
  return rows.map((row) =>
    Array.from({ length: width }, (_, c) =>
      row[c] === null || row[c] === undefined ? '' : row[c],
    ),
  );
}

/**
 * The fastest of `runs` runs, in ms; an async body is awaited (POSITION, FLAGS, ISSTALE).
 * `fresh` makes each run's arguments (untimed), as Excel deserialises them for every call.
 */
async function best<T>(runs: number, fresh: () => T, body: (args: T) => unknown): Promise<number> {
  let min = Infinity;
  for (let r = 0; r < runs; r += 1) {
    const args = fresh();
    const start = process.hrtime.bigint();
    await body(args);
    min = Math.min(min, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return min;
}

export async function functionsBench(): Promise<Record<string, number>> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build:addin`);
  // Loaded here so the CustomFunctions global above exists first.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(BUNDLE);
  const { POSITION, FLAGS, SHORTFALL, ISSTALE } = associated;
  const assignments = JSON.stringify([
    templateHeaders('Assignments'),
    ...asExcelPasses(assignmentRows(ROWS), 10),
  ]);
  const purchases = JSON.stringify([
    templateHeaders('Purchases'),
    ...asExcelPasses(purchaseRows(ROWS), 10),
  ]);
  const ranges = () => ({
    a: JSON.parse(assignments) as unknown[][],
    p: JSON.parse(purchases) as unknown[][],
  });
  const figures: Record<string, number> = {};
  const report = (name: string, ms: number, target = 50) => {
    figures[name] = ms;
    process.stdout.write(
      `functions  ${name.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms  (target <= ${target} ms)\n`,
    );
  };
  // Warm up, as a workbook recalculating does.
  for (let i = 0; i < 3; i += 1) {
    const { a, p } = ranges();
    await POSITION(a, p);
    await FLAGS(a, undefined, 90, AS_OF_SERIAL);
  }
  report('POSITION, 100k rows', await best(15, ranges, ({ a, p }) => POSITION(a, p)));
  report(
    'FLAGS, 100k rows',
    await best(15, ranges, ({ a }) => FLAGS(a, undefined, 90, AS_OF_SERIAL)),
  );
  report('SHORTFALL, 100k rows', await best(15, ranges, ({ a, p }) => SHORTFALL(a, p)));
  const rows = () => {
    const { a } = ranges();
    return a.slice(1).map((row) => [[[row[7]]], [[row[8]]]]);
  };
  const calls = await best(5, rows, (each) =>
    Promise.all(each.map(([status, activity]) => ISSTALE(status, activity, 90, AS_OF_SERIAL))),
  );
  figures['ISSTALE 100k single-row calls ms'] = calls;
  process.stdout.write(
    `functions  ${'ISSTALE, 100k single-row calls'.padEnd(34)} ${calls.toFixed(1).padStart(8)} ms  (${((calls * 1000) / ROWS).toFixed(2)} µs a call; target <= 1 µs)\n`,
  );
  return figures;
}

// Run by `npm run bench` as a process of its own (bench/run.ts).
if (require.main === module) {
  functionsBench().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
}
