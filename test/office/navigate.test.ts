/**
 * Go to a finding (against the fake Excel): the cell as read, or the row its record moved
 * to (found again by its key, searched in chunks), or the original cell when it is gone.
 */
import { WorkbookError } from '../../src/excel/shared';
import { register, sheet, userCal } from '../core/helpers';
import { adapterOn, EX, largeRegister, smallRegister, WS } from './helpers';

const KEY_COLUMNS = ['B', 'C', 'D'];
/** The Licence column of the Assignments sheet, read as the engine reads it there. */
const ASSIGNED = { column: 'A', read: { assumeCal: true } } as const;

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

test("an account has a row per licence: the row of the finding's licence is found", async () => {
  const { book, workbook } = adapterOn(smallRegister());
  // dana holds EX on row 2 and WS on row 5; two rows were inserted above since.
  book.sheet('Assignments').rows.splice(1, 0, undefined, undefined);
  const target = {
    sheet: 'Assignments',
    row: 5,
    column: 'E',
    key: 'dana@contoso.com',
    keyColumns: KEY_COLUMNS,
    licence: { name: WS, ...ASSIGNED },
  };
  // Row 4 (dana's EX row) is nearer, but it is the other licence.
  expect(await workbook.goTo(target)).toEqual({
    address: 'Assignments!E7',
    moved: true,
    lost: false,
  });
  expect(book.dump().selection).toBe('Assignments!E7');
});

test('the same account on the row as read, with another licence, is not the record', async () => {
  const { book, workbook } = adapterOn(smallRegister());
  // Sorted since: dana's WS row (5) and her EX row (2) changed places.
  const rows = book.sheet('Assignments').rows;
  [rows[1], rows[4]] = [rows[4], rows[1]];
  const target = {
    sheet: 'Assignments',
    row: 5,
    column: 'A',
    key: 'dana@contoso.com',
    keyColumns: KEY_COLUMNS,
    licence: { name: WS, ...ASSIGNED },
  };
  expect(await workbook.goTo(target)).toEqual({
    address: 'Assignments!A2',
    moved: true,
    lost: false,
  });
});

test('a licence is matched as the engine reads it, over Product, Version, Edition and CAL type', async () => {
  const headers = ['Assigned to', 'Account', 'Product', 'Version', 'Edition', 'CAL type'];
  const { book, workbook } = adapterOn([
    sheet('Assignments', headers, [
      {
        'Assigned to': 'Dana',
        Account: 'dana@contoso.com',
        Product: 'WinSvrCAL 2022 SNGL OLP NL UsrCAL',
      },
      {
        'Assigned to': 'Eve',
        Account: 'eve@contoso.com',
        Product: 'Windows Server',
        Version: 2022,
      },
      {
        'Assigned to': 'Dana',
        Account: 'dana@contoso.com',
        Product: 'Exchange Server',
        Version: 2019,
        Edition: 'Std',
        'CAL type': 'User',
      },
    ]),
  ]);
  // A row inserted above: dana's Exchange row is now row 5, her Windows Server row 3.
  book.sheet('Assignments').rows.splice(1, 0, undefined);
  const target = {
    sheet: 'Assignments',
    row: 4,
    column: 'B',
    key: 'dana@contoso.com',
    keyColumns: ['B'],
    licence: { name: EX, parts: ['C', 'D', 'E', 'F'], read: { assumeCal: true } },
  };
  expect(await workbook.goTo(target)).toEqual({
    address: 'Assignments!B5',
    moved: true,
    lost: false,
  });
  // The Windows Server CAL, written by its price-list name in the Product column.
  expect(
    await workbook.goTo({ ...target, row: 2, licence: { ...target.licence, name: WS } }),
  ).toEqual({ address: 'Assignments!B3', moved: true, lost: false });
});

test('a record whose licence is on no row any more is lost, never another licence of it', async () => {
  const { book, workbook } = adapterOn(
    register({ assignments: [userCal(EX, 'dana@contoso.com'), userCal(EX, 'eve@contoso.com')] }),
  );
  const target = {
    sheet: 'Assignments',
    row: 3,
    column: 'C',
    key: 'dana@contoso.com',
    keyColumns: KEY_COLUMNS,
    licence: { name: WS, ...ASSIGNED },
  };
  expect(await workbook.goTo(target)).toEqual({
    address: 'Assignments!C3',
    moved: false,
    lost: true,
  });
  expect(book.dump().selection).toBe('Assignments!C3');
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
