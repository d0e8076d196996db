/**
 * The functions learn the workbook's date system through the shared runtime, from a released
 * API (DATE(1904,1,1) is 0 in a 1904 workbook, 1462 in a 1900 one), once per session; a 1904
 * workbook's serials, TODAY() included, are then read as 1904 serials.
 */
import './custom-functions-global';
import { templateHeaders } from '../../src/core';
import { fakeHost, FakeWorkbook } from '../office/fake-excel';
import * as CAL from '../../src/functions/functions';
import { forgetDateSystem, workbookDate1904 } from '../../src/functions/workbook';

const EX = 'Exchange Server 2019 Standard User CAL';
/** 2026-11-01 as a 1900 serial, and as a 1904 one. */
const NOV_1900 = 46327;
const NOV_1904 = NOV_1900 - 1462;

/** Installs a global Excel over a fake workbook; returns how many runs it served. */
function excelOn(date1904: boolean): { runs: () => number } {
  const book = new FakeWorkbook();
  book.addSheet('Sheet1');
  book.date1904 = date1904;
  const host = fakeHost(book);
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => host.run({}, batch),
  };
  forgetDateSystem();
  return { runs: () => book.runs.length };
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  forgetDateSystem();
});

test('DATE(1904,1,1) tells the date system, asked once per session', async () => {
  const excel = excelOn(true);
  await expect(workbookDate1904()).resolves.toBe(true);
  await expect(workbookDate1904()).resolves.toBe(true);
  expect(excel.runs()).toBe(1);
  excelOn(false);
  await expect(workbookDate1904()).resolves.toBe(false);
});

test('outside Excel (no Excel global) the 1900 system', async () => {
  await expect(workbookDate1904()).resolves.toBe(false);
});

test('in a 1904 workbook, ISSTALE and FLAGS read dates and TODAY() as 1904 serials', async () => {
  excelOn(true);
  // Last activity 2026-11-01, judged on 2026-11-21 (both 1904 serials): 20 days.
  await expect(CAL.isStale([['Active']], [[NOV_1904]], 10, NOV_1904 + 20)).resolves.toEqual([
    [true],
  ]);
  await expect(CAL.isStale([['Active']], [[NOV_1904]], 30, NOV_1904 + 20)).resolves.toEqual([
    [false],
  ]);
  const headers = templateHeaders('Assignments');
  const row = headers.map((h) =>
    h === 'Licence'
      ? EX
      : h === 'Assigned to'
        ? 'dana'
        : h === 'Account'
          ? 'dana@contoso.com'
          : h === 'Assigned on'
            ? NOV_1904 - 100
            : h === 'Last activity'
              ? NOV_1904
              : '',
  );
  await expect(CAL.flags([headers, row], undefined, 30, NOV_1904 + 20)).resolves.toEqual([
    ['Flags'],
    [''],
  ]);
  // Read as 1900 serials the same cells would be four years old: stale.
  excelOn(false);
  await expect(CAL.flags([headers, row], undefined, 30, NOV_1900 + 20)).resolves.toEqual([
    ['Flags'],
    ['CAL-STALE'],
  ]);
});

test('once the date system is known, ISSTALE answers without asking again, and still reads 1904 serials and refuses bad input', async () => {
  const excel = excelOn(true);
  // The first call learns the date system; the later ones read it as known.
  await expect(CAL.isStale([['Active']], [[NOV_1904]], 10, '2026-11-21')).resolves.toEqual([
    [true],
  ]);
  // An ISO asOf against a 1904 serial: right only if the serial is read as 1904 (20 days).
  await expect(CAL.isStale([['Active']], [[NOV_1904]], 30, '2026-11-21')).resolves.toEqual([
    [false],
  ]);
  await expect(
    CAL.isStale([['Active'], ['Left']], [[NOV_1904]], 30, '2026-11-21'),
  ).resolves.toEqual([[false], [true]]);
  await expect(CAL.isStale([['Gone']], [[NOV_1904]], 30, '2026-11-21')).resolves.toEqual([
    [expect.objectContaining({ code: '#VALUE!' })],
  ]);
  await expect(
    CAL.isStale([['Active'], ['Left']], [[1], [2], [3]], 30, '2026-11-21'),
  ).rejects.toMatchObject({ code: '#VALUE!' });
  await expect(CAL.isStale([['Active']], [[NOV_1904]], 30, 'soon')).rejects.toMatchObject({
    code: '#VALUE!',
  });
  expect(excel.runs()).toBe(1);
});
