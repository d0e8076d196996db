/**
 * Reading the register through Office.js (against the fake Excel): grids the engine audits
 * exactly as it audits the seed, a 100k-row register in (payload floor + 2) syncs, chunks
 * halved and retried on payload errors, and a read that stops between chunks when aborted.
 */
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { readWorkbookGrids } from '../../src/excel/xlsx';
import { WorkbookError } from '../../src/excel/shared';
import { MARK_KEY, MARKS } from '../../src/excel/office';
import { chunkBytes } from '../../src/excel/office/payload';
import { PROBE_ROWS } from '../../src/excel/office/read';
import { jsonSize } from './fake-excel/basics';
import { adapterOn, auditOf, largeRegister, outcome, smallRegister, withTables } from './helpers';

const FIVE_MB = 5_000_000;

test('grids read from Excel audit exactly as the seed does', async () => {
  const seed = withTables(smallRegister());
  const { book, workbook } = adapterOn(seed);
  const source = await workbook.read();
  expect(source.name).toBe('Register.xlsx');
  expect(source.date1904).toBe(false);
  expect(source.grids.map((g) => g.name)).toEqual(['Purchases', 'Assignments', 'Settings']);
  expect(source.grids[1].tables).toEqual(seed[1].tables);
  expect(source.grids[1].rows[1]).toEqual([EXPECTED_FIRST_ROW].flat());
  expect(outcome(auditOf(source.grids))).toEqual(outcome(auditOf(seed)));
  // Small register: the sheets and tables, then the used ranges with their rows: two syncs.
  expect(book.syncCount).toBe(2);
  expect(book.runs).toEqual([{ delayForCellEdit: true }]);
});

const EXPECTED_FIRST_ROW = [
  'Exchange Server 2019 Standard User CAL',
  'dana',
  'dana@contoso.com',
  '',
  '2025-03-01',
  '',
  '',
  '',
  '',
  '',
];

test('every fixture register audits the same read through Excel as read from its file', async () => {
  const root = join(__dirname, '..', 'fixtures', 'registers');
  for (const name of readdirSync(root).sort()) {
    const { grids, date1904 } = await readWorkbookGrids(join(root, name, 'register.xlsx'));
    const { workbook } = adapterOn(grids);
    const source = await workbook.read();
    expect({ name, audit: outcome(auditOf(source.grids, source.date1904)) }).toEqual({
      name,
      audit: outcome(auditOf(grids, date1904)),
    });
  }
});

test('grids keep their place on the sheet: title rows, offset columns, a totals row', async () => {
  const grids = smallRegister().map((g) => ({ ...g, top: 3, left: 2 }));
  const { book, workbook } = adapterOn(withTables(grids));
  book.addTable('Settings', 'Extra', 'H1:I3', true);
  book.sheet('Settings').put(0, 7, 'Setting');
  const source = await workbook.read();
  const assignments = source.grids[1];
  expect([assignments.top, assignments.left]).toEqual([3, 2]);
  expect(assignments.tables).toEqual([
    { name: 'Assignments', top: 3, bottom: 8, left: 2, right: 11 },
  ]);
  const settings = source.grids[2];
  // The totals row (row 4) is not part of the table's data.
  expect(settings.tables?.find((t) => t.name === 'Extra')).toEqual({
    name: 'Extra',
    top: 1,
    bottom: 3,
    left: 8,
    right: 9,
  });
  expect(outcome(auditOf(source.grids))).toEqual(outcome(auditOf(withTables(grids))));
});

test('the date system comes from released APIs: DATE(1904,1,1) is 0 in a 1904 workbook', async () => {
  // Workbook.use1904DateSystem is a preview API: released Excel has no such property.
  const { book, workbook } = adapterOn(smallRegister());
  book.date1904 = true;
  expect((await workbook.read()).date1904).toBe(true);
  book.apiVersion = '1.12';
  expect((await workbook.read()).date1904).toBe(true);
  book.date1904 = false;
  expect((await workbook.read()).date1904).toBe(false);
  expect(book.syncLog.every((s) => s.error === undefined)).toBe(true);
});

test("the add-in's own audit sheet is not read as part of the register", async () => {
  const { book, workbook } = adapterOn(smallRegister());
  const sheet = book.addSheet('CAL Audit', [
    ['Licence', 'Quantity'],
    ['Windows Server 2022 User CAL', 9],
  ]);
  sheet.customProperties.set(MARK_KEY.toLowerCase(), { key: MARK_KEY, value: MARKS.audit });
  const source = await workbook.read();
  expect(source.grids.map((g) => g.name)).toEqual(['Purchases', 'Assignments', 'Settings']);
});

/** A data sheet kept beside the register: 40,000 rows of a monitoring export. */
function addExport(book: ReturnType<typeof adapterOn>['book']): number {
  const header = ['Host', 'Metric', 'Sampled at', 'Value', 'Unit', 'Site'];
  const rows = Array.from({ length: 40_000 }, (_, i) => [
    `srv-${i % 300}`,
    'cpu',
    46000 + i / 1440,
    i % 100,
    '%',
    'Lyon',
  ]);
  book.addSheet('Export', [header, ...rows]);
  return header.length;
}

test('a large sheet beside the register is not read: only its first rows, to tell what it is', async () => {
  const seed = withTables(smallRegister());
  const { book, workbook } = adapterOn(seed);
  const width = addExport(book);
  const source = await workbook.read();
  expect(book.valuesRead.get('Export')).toBeLessThanOrEqual(PROBE_ROWS * width);
  expect(source.grids.find((g) => g.name === 'Export')?.rows.length).toBeLessThanOrEqual(
    PROBE_ROWS,
  );
  expect(outcome(auditOf(source.grids))).toEqual(outcome(auditOf(seed)));
  expect(book.syncCount).toBe(2);
});

test('sheets found by name or header are read in full; one the probe missed costs one sync', async () => {
  // No Excel tables: Assignments is found by its sheet name, 3,000 rows long; Settings
  // starts below the rows probed.
  const seed = largeRegister(3_000).map(({ tables: _, ...g }) =>
    g.name === 'Settings' ? { ...g, top: PROBE_ROWS + 200 } : g,
  );
  const { book, workbook } = adapterOn(seed);
  const width = addExport(book);
  const source = await workbook.read();
  const grid = (name: string) => source.grids.find((g) => g.name === name);
  expect(grid('Assignments')?.rows).toHaveLength(3_001);
  expect(grid('Settings')?.top).toBe(PROBE_ROWS + 200);
  expect(book.valuesRead.get('Export')).toBeLessThanOrEqual(PROBE_ROWS * width);
  expect(outcome(auditOf(source.grids))).toEqual(outcome(auditOf(seed)));
  // Sheets, used ranges and first rows, the first rows of Settings, then Assignments.
  expect(book.syncCount).toBe(4);
});

/**
 * 100k-row registers: as kept (11.8 MB of values, 5 syncs); with a note on every row (13.3
 * MB), where chunks stretch to 4.5 MB to save a sync (5 syncs). The (floor + 2) bound holds
 * while a register is at most 4.5 MB per sync of its floor; in the last tenth of each 5 MB
 * step (a 14 MB register) a read takes one sync more, since chunks stay 10% under the limit.
 */
test.each([
  ['as kept', 2, ''],
  ['with a note on every row', 2, 'Reviewed 2026-11-27'],
  // 14 MB: in the last tenth of the 5 MB step, one sync more.
  ['with a longer note on every row', 3, 'Checked at the 2026 review'],
])('a 100k-row register %s: within (payload floor + %i) syncs', async (_, extra, note) => {
  const seed = largeRegister(100_000);
  if (note) seed[1].rows.slice(1).forEach((row) => ((row as unknown[])[9] = note));
  const { book, workbook } = adapterOn(seed);
  const total = book.sheets.reduce((sum, s) => sum + jsonSize(book.values(s.name)), 0);
  const floor = Math.ceil(total / FIVE_MB);
  const progress: { sheet: string; rows: number; total?: number }[] = [];
  const source = await workbook.read({ onProgress: (p) => progress.push(p) });
  expect(source.grids[1].rows).toHaveLength(100_001);
  expect(book.syncCount).toBeLessThanOrEqual(floor + extra);
  expect(book.syncCount).toBeLessThan(10);
  expect(book.syncLog.every((s) => s.error === undefined)).toBe(true);
  expect(Math.max(...book.syncLog.map((s) => s.responseBytes))).toBeLessThan(4_600_000);
  expect(progress.at(-1)).toEqual({ sheet: 'Assignments', rows: 100_001, total: 100_001 });
  if (!note) expect(outcome(auditOf(source.grids))).toEqual(outcome(auditOf(seed)));
});

test('chunks carry 4 MB, or up to 4.5 MB when that saves a sync', () => {
  expect(chunkBytes(11_600_000)).toBe(4_000_000);
  expect(chunkBytes(13_300_000)).toBe(4_500_000);
  expect(chunkBytes(12_500_000)).toBeCloseTo((12_500_000 / 3) * 1.02);
  expect(chunkBytes(14_400_000)).toBe(4_000_000);
  expect(chunkBytes(1_000)).toBe(4_000_000);
});

test('a payload error halves the chunk and retries', async () => {
  const seed = largeRegister(5_000);
  const { book, workbook } = adapterOn(seed);
  book.setPayloadLimit(150_000);
  const source = await workbook.read();
  const failed = book.syncLog.filter((s) => s.error !== undefined);
  expect(failed.length).toBeGreaterThan(0);
  expect(failed.every((s) => s.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
  expect(source.grids[1].rows).toHaveLength(5_001);
  expect(outcome(auditOf(source.grids))).toEqual(outcome(auditOf(seed)));
});

test('a GeneralException on a large read is retried with a smaller chunk', async () => {
  const { book, workbook } = adapterOn(largeRegister(5_000));
  // Sheets, used ranges, then the first chunk fails.
  const fail = book.takeFailure.bind(book);
  let syncs = 0;
  book.takeFailure = () => (++syncs === 3 ? 'GeneralException' : fail());
  const source = await workbook.read();
  expect(book.syncLog[2].error).toBe('GeneralException');
  expect(source.grids[1].rows).toHaveLength(5_001);
});

test('below 100 rows a chunk that still fails is given up, with a message that says so', async () => {
  const { book, workbook } = adapterOn(largeRegister(2_000));
  book.limits.response = 3_000;
  const read = workbook.read();
  await expect(read).rejects.toBeInstanceOf(WorkbookError);
  await expect(read).rejects.toMatchObject({
    message: expect.stringContaining('even 100 rows'),
    hint: expect.stringContaining('cal-register'),
  });
});

test('an abort between chunks stops the read with an AbortError', async () => {
  const { book, workbook } = adapterOn(largeRegister(20_000));
  book.setPayloadLimit(400_000);
  const controller = new AbortController();
  let calls = 0;
  const read = workbook.read({
    signal: controller.signal,
    onProgress: () => {
      calls += 1;
      if (calls === 4) controller.abort();
    },
  });
  await expect(read).rejects.toMatchObject({ name: 'AbortError' });
  const syncsAtAbort = book.syncCount;
  expect(syncsAtAbort).toBeLessThan(20);
  // Nothing more is read after the abort.
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(book.syncCount).toBe(syncsAtAbort);
});

describe('registers with stray cells far away, as Excel hands them over', () => {
  test('a used range that reaches row 1,048,576 comes back as whole columns (A:C) and is read', async () => {
    const seed = withTables(smallRegister());
    const { book, workbook } = adapterOn(seed);
    // A stray value in the last row: Excel gives the used range as "Settings!A:C".
    book.sheet('Settings').put(1_048_575, 0, 'x');
    const source = await workbook.read();
    const settings = source.grids.find((g) => g.name === 'Settings');
    expect(settings?.rows).toHaveLength(1_048_576);
    expect(outcome(auditOf(source.grids))).toEqual(outcome(auditOf(seed)));
    expect(book.syncLog.every((s) => s.error === undefined)).toBe(true);
  });

  test('a used range that reaches column XFD comes back as whole rows (1:6) and is read', async () => {
    const seed = withTables(smallRegister());
    const { book, workbook } = adapterOn(seed);
    book.sheet('Assignments').put(2, 16_383, 'far right');
    const source = await workbook.read();
    const assignments = source.grids.find((g) => g.name === 'Assignments');
    expect(assignments?.rows[2]?.[16_383]).toBe('far right');
    expect(outcome(auditOf(source.grids))).toEqual(outcome(auditOf(seed)));
  });

  test('a sheet of six million cells beside the register: the probe stays under five million', async () => {
    const seed = withTables(smallRegister());
    const { book, workbook } = adapterOn(seed);
    const wide = book.addSheet('Wide');
    wide.put(0, 0, 'Sample');
    wide.put(999, 5_999, 1);
    const source = await workbook.read();
    expect(outcome(auditOf(source.grids))).toEqual(outcome(auditOf(seed)));
    expect(book.syncLog.some((s) => s.error === 'RangeExceedsLimit')).toBe(false);
  });

  test('a register sheet of 17 billion cells is refused at once, with what to do (issue 14: no hang)', async () => {
    const { book, workbook } = adapterOn(withTables(smallRegister()));
    book.sheet('Assignments').put(1_048_575, 16_383, 'x');
    const read = workbook.read();
    await expect(read).rejects.toBeInstanceOf(WorkbookError);
    await expect(read).rejects.toMatchObject({
      message: expect.stringMatching(/^The sheet "Assignments" reaches XFD1048576: .* cells/),
      hint: expect.stringContaining('Ctrl+End'),
    });
    // The structure, the probe, the first rows of the sheet the probe could not take whole.
    expect(book.syncCount).toBeLessThanOrEqual(4);
  });

  test.each(['null', 'error'] as const)(
    'a range larger than Excel hands over (%s): read again in smaller pieces',
    async (answer) => {
      const seed = largeRegister(3_000);
      const { book, workbook } = adapterOn(seed);
      // Past its cell limit Excel answers RangeExceedsLimit, or hands over null values.
      book.readCellLimit = 8_000;
      book.oversizedReads = answer;
      const source = await workbook.read();
      expect(source.grids[1].rows).toHaveLength(3_001);
      expect(outcome(auditOf(source.grids))).toEqual(outcome(auditOf(seed)));
    },
  );
});
