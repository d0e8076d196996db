/**
 * The workbook's culture, as Excel gives it (Application.cultureInfo.datetimeFormat, ExcelApi
 * 1.12): text dates such as 01/03/2025 are read in its order when the register's Settings do
 * not say one, and the Settings' Date order wins over it.
 */
import { auditWorkbook } from '../../src/excel/shared';
import type { SheetGrid } from '../../src/core';
import { adapterOn } from './helpers';
import { day } from '../core/helpers';

const PURCHASES: SheetGrid = {
  name: 'Purchases',
  rows: [
    ['Licence', 'Quantity', 'Purchase date', 'Invoice number'],
    ['Windows Server 2022 User CAL', 5, '01/03/2025', 'INV-1'],
  ],
};

async function purchaseDate(grids: SheetGrid[], pattern: string, api = '1.20') {
  const { book, workbook } = adapterOn(grids);
  book.shortDatePattern = pattern;
  book.apiVersion = api;
  const source = await workbook.read();
  const outcome = await auditWorkbook(workbook, { today: day('2026-11-27') });
  if (outcome.kind === 'no-register') throw new Error('no register');
  return { source, date: outcome.result.register.purchases[0].purchaseDate };
}

test('a German workbook reads 01/03/2025 as 1 March, an American one as 3 January', async () => {
  const german = await purchaseDate([PURCHASES], 'dd.MM.yyyy');
  expect(german.source.dateOrder).toBe('day-first');
  expect(german.date).toBe(day('2025-03-01'));
  const american = await purchaseDate([PURCHASES], 'M/d/yyyy');
  expect(american.source.dateOrder).toBe('month-first');
  expect(american.date).toBe(day('2025-01-03'));
});

test("the register's Date order wins over the workbook's", async () => {
  const settings: SheetGrid = {
    name: 'Settings',
    rows: [
      ['Setting', 'Value'],
      ['Date order', 'Day first'],
    ],
  };
  expect((await purchaseDate([PURCHASES, settings], 'M/d/yyyy')).date).toBe(day('2025-03-01'));
});

test('an Excel without ExcelApi 1.12 says no order: the date is refused as ambiguous', async () => {
  const old = await purchaseDate([PURCHASES], 'dd.MM.yyyy', '1.11');
  expect(old.source.dateOrder).toBeUndefined();
  expect(old.date).toBeUndefined();
});
