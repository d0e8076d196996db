/** The pane's cheap look before reading: sheet and table names only, in one sync. */
import { namesRegister } from '../../src/excel/office/outline';
import { adapterOn, smallRegister, withTables } from './helpers';

test('a register is named by its tables or by its sheets, in any case or alias', () => {
  expect(namesRegister(['Sheet1', 'assignments'])).toBe(true);
  expect(namesRegister(['Licence Assignments'])).toBe(true);
  expect(namesRegister(['Proof of entitlement'])).toBe(true);
  expect(namesRegister(['Sheet1', 'Budget 2026'])).toBe(false);
  expect(namesRegister([])).toBe(false);
});

test('the open workbook: a register found by its tables, none in an empty workbook', async () => {
  await expect(adapterOn(withTables(smallRegister())).workbook.hasRegister()).resolves.toBe(true);
  await expect(adapterOn([]).workbook.hasRegister()).resolves.toBe(false);
});
