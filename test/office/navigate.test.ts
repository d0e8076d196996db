/**
 * Go to a finding (against the fake Excel): the cell as read, or the row its record moved
 * to (found again by its key, searched in chunks), or the original cell when it is gone.
 */
import { WorkbookError } from '../../src/excel/errors';
import { adapterOn, largeRegister, smallRegister } from './helpers';

const KEY_COLUMNS = ['B', 'C', 'D'];

test('selects the cell on its sheet, in two syncs', async () => {
  const { book, workbook } = adapterOn(smallRegister());
  const result = await workbook.goTo({ sheet: 'Assignments', row: 3, column: 'E' });
  expect(result).toEqual({ address: 'Assignments!E3', moved: false, lost: false });
  expect(book.dump().activeSheet).toBe('Assignments');
  expect(book.dump().selection).toBe('Assignments!E3');
  expect(book.syncCount).toBe(2);
  expect(book.runs).toEqual([{ delayForCellEdit: true }]);
});

test('a record still on its row is selected there (keys compared without case)', async () => {
  const { workbook } = adapterOn(smallRegister());
  const target = {
    sheet: 'Assignments',
    row: 3,
    column: 'F',
    key: 'EVE@Contoso.com',
    keyColumns: KEY_COLUMNS,
  };
  expect(await workbook.goTo(target)).toEqual({
    address: 'Assignments!F3',
    moved: false,
    lost: false,
  });
});

test('a record whose rows moved is found again by its key', async () => {
  const { book, workbook } = adapterOn(smallRegister());
  // Two rows inserted above the records since the register was read.
  const sheet = book.sheet('Assignments');
  sheet.rows.splice(1, 0, undefined, undefined);
  const target = {
    sheet: 'Assignments',
    row: 3,
    column: 'E',
    key: 'eve@contoso.com',
    keyColumns: KEY_COLUMNS,
  };
  expect(await workbook.goTo(target)).toEqual({
    address: 'Assignments!E5',
    moved: true,
    lost: false,
  });
  expect(book.dump().selection).toBe('Assignments!E5');
});

test('in a large sheet the search reads chunks, nearest first, never a sync per row', async () => {
  const { book, workbook } = adapterOn(largeRegister(100_000));
  const sheet = book.sheet('Assignments');
  const account = String(sheet.raw(80_000, 2));
  sheet.rows.splice(1, 0, undefined);
  const target = {
    sheet: 'Assignments',
    row: 80_001,
    column: 'C',
    key: account,
    keyColumns: KEY_COLUMNS,
  };
  expect(await workbook.goTo(target)).toEqual({
    address: 'Assignments!C80002',
    moved: true,
    lost: false,
  });
  expect(book.syncCount).toBeLessThanOrEqual(5);
  expect(book.syncLog.every((s) => s.responseBytes < 5_000_000)).toBe(true);
});

test('a record no longer in the sheet leaves the original cell selected', async () => {
  const { book, workbook } = adapterOn(smallRegister());
  const target = {
    sheet: 'Assignments',
    row: 4,
    column: 'C',
    key: 'gone@contoso.com',
    keyColumns: KEY_COLUMNS,
  };
  expect(await workbook.goTo(target)).toEqual({
    address: 'Assignments!C4',
    moved: false,
    lost: true,
  });
  expect(book.dump().selection).toBe('Assignments!C4');
});

test('a sheet that is gone is an error that says so', async () => {
  const { workbook } = adapterOn(smallRegister());
  const going = workbook.goTo({ sheet: 'Old assignments', row: 2 });
  await expect(going).rejects.toBeInstanceOf(WorkbookError);
  await expect(going).rejects.toMatchObject({
    message: 'The sheet "Old assignments" is no longer in the workbook',
  });
});
