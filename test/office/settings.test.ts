/**
 * Saving the pane's settings (against the fake Excel): the Settings table's two values, rows
 * added when missing, the Settings sheet created when there is none; nothing else changes.
 * Settings kept elsewhere (an Options sheet, a header row, a table of another name) are saved
 * where the engine finds them.
 */
import { isoToDay, type SheetGrid } from '../../src/core';
import { WorkbookError, DATE_FORMAT } from '../../src/excel/shared';
import { register, SERVER_LICENCES } from '../core/helpers';
import { adapterOn, auditOf, except, smallRegister, withTables } from './helpers';

test('writes the two values in the Settings table and nothing else', async () => {
  const { book, workbook } = adapterOn(withTables(smallRegister()));
  const before = book.dump();
  await workbook.saveSettings({ asOf: '2026-06-30', staleDays: 45 });
  expect(except(book.dump(), 'Settings')).toEqual(except(before, 'Settings'));
  const settings = book.dumpSheet('Settings');
  expect(settings.cells.B2).toMatchObject({ numberFormat: DATE_FORMAT });
  expect(settings.cells.B3.value).toBe(45);
  expect(settings.cells.A2.value).toBe('As-of date');
  // The engine reads them back.
  const source = await workbook.read();
  const result = auditOf(source.grids);
  expect(result.asOf).toBe(isoToDay('2026-06-30'));
  expect(result.staleDays).toBe(45);
  expect(book.runs[0]).toEqual({ delayForCellEdit: true, mergeUndoGroup: true });
});

test('a setting not given is left as it is; an empty as-of date is cleared (today)', async () => {
  const { book, workbook } = adapterOn(withTables(smallRegister()));
  await workbook.saveSettings({ asOf: '2026-06-30' });
  const asOf = book.values('Settings', 'B2')[0][0];
  expect(typeof asOf).toBe('number');
  // Only the stale threshold: the as-of date stays.
  await workbook.saveSettings({ staleDays: 30 });
  expect(book.values('Settings', 'B2:B3')).toEqual([[asOf], [30]]);
  await workbook.saveSettings({});
  expect(book.values('Settings', 'B2:B3')).toEqual([[asOf], [30]]);
  await workbook.saveSettings({ asOf: '' });
  expect(book.values('Settings', 'B2:B3')).toEqual([[''], [30]]);
});

test('a missing setting row is added to the table', async () => {
  const grids = withTables(
    register({ purchases: [...SERVER_LICENCES], settings: { Organisation: 'Contoso' } }),
  );
  const { book, workbook } = adapterOn(grids);
  await workbook.saveSettings({ asOf: '2026-01-31', staleDays: 60 });
  expect(book.findTable('Settings')?.box).toEqual({ top: 0, left: 0, bottom: 3, right: 1 });
  const rows = book.values('Settings', 'A2:B4');
  expect(rows[0]).toEqual(['Organisation', 'Contoso']);
  expect(rows[1][0]).toBe('As-of date');
  expect(rows[2]).toEqual(['Stale after days', 60]);
  expect(book.dumpSheet('Settings').cells.B3.numberFormat).toBe(DATE_FORMAT);
  const result = auditOf((await workbook.read()).grids);
  expect([result.asOf, result.staleDays, result.organisation]).toEqual([
    isoToDay('2026-01-31'),
    60,
    'Contoso',
  ]);
});

test('without a Settings table, the Settings sheet and table are created as the template has them', async () => {
  const grids = withTables(smallRegister().filter((g) => g.name !== 'Settings'));
  const { book, workbook } = adapterOn(grids);
  const before = book.dump();
  await workbook.saveSettings({ asOf: '2026-03-01', staleDays: 30 });
  expect(except(book.dump(), 'Settings')).toEqual(before);
  expect(book.findTable('Settings')?.sheet.name).toBe('Settings');
  expect(book.values('Settings', 'A1:B4')).toEqual([
    ['Setting', 'Value'],
    ['As-of date', 46082],
    ['Stale after days', 30],
    ['Organisation', ''],
  ]);
  const result = auditOf((await workbook.read()).grids);
  expect([result.asOf, result.staleDays]).toEqual([isoToDay('2026-03-01'), 30]);
});

test('a date that is not one is refused before anything is written', async () => {
  const { book, workbook } = adapterOn(withTables(smallRegister()));
  const before = book.dump();
  await expect(workbook.saveSettings({ asOf: '2026-02-30' })).rejects.toBeInstanceOf(WorkbookError);
  await expect(workbook.saveSettings({ staleDays: 0 })).rejects.toMatchObject({
    hint: expect.stringContaining('whole number'),
  });
  expect(book.dump()).toEqual(before);
});

/** The register's settings as the admin keeps them: on a sheet of another name, no table. */
function optionsRegister(sheet: string, rows: unknown[][]): SheetGrid[] {
  const grids = smallRegister().filter((g) => g.name !== 'Settings');
  return [...withTables(grids), { name: sheet, rows }];
}

test('settings on an Options sheet without a table are saved there, the other settings kept', async () => {
  const grids = optionsRegister('Options', [
    ['Setting', 'Value', 'Notes'],
    ['Organisation', 'Contoso', ''],
    ['As-of date', '2026-01-31', 'Set by finance'],
    ['', '', ''],
    ['', '', 'Reviewed each quarter'],
  ]);
  const { book, workbook } = adapterOn(grids);
  const before = book.dump();
  const saved = await workbook.saveSettings({ asOf: '2026-06-30', staleDays: 45 });
  expect(saved).toEqual({ sheet: 'Options', created: false });
  expect(book.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  expect(except(book.dump(), 'Options')).toEqual(except(before, 'Options'));
  expect(book.values('Options', 'A1:C5')).toEqual([
    ['Setting', 'Value', 'Notes'],
    ['Organisation', 'Contoso', ''],
    ['As-of date', 46203, 'Set by finance'],
    ['Stale after days', 45, ''],
    ['', '', 'Reviewed each quarter'],
  ]);
  expect(book.dumpSheet('Options').cells.B3.numberFormat).toBe(DATE_FORMAT);
  const result = auditOf((await workbook.read()).grids);
  expect([result.asOf, result.staleDays, result.organisation]).toEqual([
    isoToDay('2026-06-30'),
    45,
    'Contoso',
  ]);
});

test('settings found by their header row (a title above, any sheet name) are saved there', async () => {
  const grids = optionsRegister('Register setup', [
    ['CAL register: how it is judged'],
    [],
    ['Setting', 'Value'],
    ['Organization', 'Fabrikam'],
    ['Stale after', 60],
    ['Audit date', 46000],
    ['As of', 46001],
  ]);
  const { book, workbook } = adapterOn(grids);
  const saved = await workbook.saveSettings({ asOf: '' });
  expect(saved).toEqual({ sheet: 'Register setup', created: false });
  // Every as-of row: the engine reads the last one given.
  expect(book.values('Register setup', 'B4:B7')).toEqual([['Fabrikam'], [60], [''], ['']]);
  expect(book.findSheet('Settings')).toBeUndefined();
  const result = auditOf((await workbook.read()).grids, false);
  expect([result.staleDays, result.organisation]).toEqual([60, 'Fabrikam']);
});

test('a settings table of another name gets its row; refused, changing nothing, when the cells under it hold data', async () => {
  const grids = optionsRegister('Configuration', [
    ['Setting', 'Value'],
    ['Organisation', 'Contoso'],
  ]);
  grids[grids.length - 1] = {
    ...grids[grids.length - 1],
    tables: [{ name: 'Configuration', top: 1, bottom: 2, left: 1, right: 2 }],
  };
  const free = adapterOn(grids);
  expect(await free.workbook.saveSettings({ asOf: '2026-01-31' })).toEqual({
    sheet: 'Configuration',
    created: false,
  });
  expect(free.book.findTable('Configuration')?.box).toEqual({
    top: 0,
    left: 0,
    bottom: 2,
    right: 1,
  });
  expect(free.book.values('Configuration', 'A3:B3')).toEqual([['As-of date', 46053]]);

  const busy = adapterOn(grids);
  busy.book.sheet('Configuration').put(2, 1, 'keep me');
  const before = busy.book.dump();
  await expect(busy.workbook.saveSettings({ asOf: '2026-01-31' })).rejects.toMatchObject({
    message: expect.stringContaining('"As-of date"'),
    hint: expect.stringContaining('Nothing was changed'),
  });
  expect(busy.book.dump()).toEqual(before);
});

describe('in Excel as it is', () => {
  test('a protected Settings sheet or a filtered Settings table: one precise message, nothing changed', async () => {
    const protectedBook = adapterOn(withTables(smallRegister()));
    protectedBook.book.protect('Settings');
    const before = protectedBook.book.dump();
    await expect(protectedBook.workbook.saveSettings({ staleDays: 30 })).rejects.toMatchObject({
      message: 'The sheet "Settings" is protected, so the settings cannot be saved on it',
      hint: expect.stringContaining('Nothing was changed'),
    });
    expect(protectedBook.book.dump()).toEqual(before);

    const filtered = adapterOn(withTables(smallRegister()));
    filtered.book.filter(filtered.book.findTable('Settings') ?? fail('no Settings table'));
    await expect(filtered.workbook.saveSettings({ staleDays: 30 })).rejects.toMatchObject({
      message: 'The Settings table is filtered, so rows of it may be hidden',
    });
  });

  test('UndoNotSupported at the write: never run again (it may have written), said plainly', async () => {
    const { book, workbook } = adapterOn(withTables(smallRegister()));
    // As office-js #6491: Excel refuses an undo group for a call it should group.
    book.noUndo.add('Range.values');
    const saving = workbook.saveSettings({ asOf: '2026-06-30', staleDays: 45 });
    await expect(saving).rejects.toBeInstanceOf(WorkbookError);
    await expect(saving).rejects.toMatchObject({
      code: 'UndoNotSupported',
      message: 'Excel stopped the change part-way: it could not keep it as one undo step',
      hint: expect.stringContaining('Part of it may already be in the workbook'),
    });
    expect(book.runs).toEqual([{ delayForCellEdit: true, mergeUndoGroup: true }]);
  });
});
