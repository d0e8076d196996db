/**
 * Saving the pane's settings (against the fake Excel): the Settings table's two values, rows
 * added when missing, the Settings sheet created when there is none; nothing else changes.
 */
import { isoToDay } from '../../src/core';
import { WorkbookError } from '../../src/excel/errors';
import { DATE_FORMAT } from '../../src/excel/template-spec';
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

test('no as-of date means today: the cell is emptied; stale days left alone when not given', async () => {
  const { book, workbook } = adapterOn(withTables(smallRegister()));
  await workbook.saveSettings({});
  expect(book.values('Settings', 'B2:B3')).toEqual([[''], [90]]);
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
