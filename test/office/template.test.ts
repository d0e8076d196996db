/**
 * Creating the register in Excel (against the fake): the sheets, tables, widths, formats and
 * validation of template-spec.ts, the same as the .xlsx template; refused, changing nothing,
 * when a register table exists or a sheet of that name holds data.
 */
import { type TableName, HEADER_SCAN_ROWS, type SheetGrid } from '../../src/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OfficeRegisterWorkbook } from '../../src/excel/office';
import {
  columnPoints,
  WorkbookError,
  DATE_FORMAT,
  pickLists,
  SETTINGS_ROWS,
  templateTables,
} from '../../src/excel/shared';
import { writeTemplate, readWorkbookGrids } from '../../src/excel/xlsx';
import { fakeHost, FakeWorkbook } from './fake-excel';
import { adapterOn, auditOf, outcome, smallRegister, withTables } from './helpers';

function emptyWorkbook(): { book: FakeWorkbook; workbook: OfficeRegisterWorkbook } {
  const book = new FakeWorkbook();
  book.addSheet('Sheet1');
  return { book, workbook: new OfficeRegisterWorkbook(fakeHost(book)) };
}

test('creates the sheets and tables of the template, with widths, formats and validation', async () => {
  const { book, workbook } = emptyWorkbook();
  await workbook.createTemplate();
  // The check, the write, then the first sheet shown in a sync of its own.
  expect(book.syncCount).toBe(3);
  expect(book.runs).toEqual([{ delayForCellEdit: true }]);
  expect(book.sheets.map((s) => [s.name, s.visibility])).toEqual([
    ['Sheet1', 'Visible'],
    ['Purchases', 'Visible'],
    ['Assignments', 'Visible'],
    ['Servers', 'Visible'],
    ['Usage', 'Visible'],
    ['Settings', 'Visible'],
    ['Cloud rights', 'Visible'],
    ['Lists', 'Hidden'],
  ]);
  expect(book.dump().activeSheet).toBe('Purchases');
  expect(book.dump().selection).toBe('Purchases!A2');
  const lists = pickLists();
  for (const spec of templateTables(lists)) {
    const table = book.dump().tables.find((t) => t.name === spec.name);
    expect(table).toMatchObject({ sheet: spec.sheet, columns: spec.columns.map((c) => c.header) });
    const sheet = book.dumpSheet(spec.sheet);
    expect(sheet.frozenRows).toBe(1);
    spec.columns.forEach((column, i) => {
      const letter = String.fromCharCode(65 + i);
      expect(sheet.columnWidths[letter]).toBe(columnPoints(column.width));
      if (column.numberFormat) {
        expect(sheet.cells[`${letter}2`].numberFormat).toBe(column.numberFormat);
        expect(sheet.cells[`${letter}2000`].numberFormat).toBe(column.numberFormat);
      }
      const validation = sheet.validations.find((v) => v.address === `${letter}2:${letter}2000`);
      expect(Boolean(validation)).toBe(column.validation !== undefined);
    });
  }
  const purchases = book.dumpSheet('Purchases').validations;
  expect(purchases[0]).toEqual({
    address: 'A2:A2000',
    rule: { list: { inCellDropDown: true, source: `=Lists!$B$2:$B$${lists.all.length + 1}` } },
    errorAlert: {
      showAlert: true,
      style: 'Warning',
      title: 'Unknown licence',
      message: 'Pick a licence from the list, or keep the wording of your invoice.',
    },
    ignoreBlanks: true,
  });
  expect(book.values('Lists', `A1:A${lists.cals.length + 1}`).flat()).toEqual([
    'CAL licences',
    ...lists.cals,
  ]);
  expect(book.values('Lists', `B1:B${lists.all.length + 1}`).flat()).toEqual([
    'All licences',
    ...lists.all,
  ]);
  expect(book.dumpSheet('Lists').customProperties).toEqual({ CALRegister: 'lists' });
  expect(book.values('Settings', `A2:C${SETTINGS_ROWS.length + 1}`)).toEqual(
    SETTINGS_ROWS.map((r) => r.map((v) => v ?? '')),
  );
  expect(book.dumpSheet('Settings').cells.B2.numberFormat).toBe(DATE_FORMAT);
});

test('the template in Excel reads as the .xlsx template does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cal-template-'));
  try {
    await writeTemplate(join(dir, 'template.xlsx'));
    const file = await readWorkbookGrids(join(dir, 'template.xlsx'));
    const { book, workbook } = emptyWorkbook();
    await workbook.createTemplate();
    const source = await workbook.read();
    const grids = source.grids.filter((g) => g.name !== 'Sheet1');
    expect(grids.map((g) => g.name)).toEqual(file.grids.map((g) => g.name));
    // Rows with something in them, from column A on, blanks as '' (the grids may start at
    // different columns). A sheet that holds no table of the register, the pick lists, each
    // adapter may give only its first rows (RegisterSource.grids): those are compared.
    const register = new Set(['Purchases', 'Assignments', 'Servers', 'Usage', 'Settings']);
    const filled = (g: SheetGrid) =>
      g.rows
        .slice(0, register.has(g.name) ? undefined : HEADER_SCAN_ROWS)
        .map((r) => Array.from((r ?? []).slice(1 - (g.left ?? 1)), (v) => v ?? ''))
        .filter((r) => r.some((v) => v !== ''));
    grids.forEach((g, i) => expect(filled(g)).toEqual(filled(file.grids[i])));
    expect(grids.map((g) => g.tables)).toEqual(file.grids.map((g) => g.tables));
    expect(outcome(auditOf(grids))).toEqual(outcome(auditOf(file.grids)));
    expect(book.syncCount).toBeGreaterThan(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('refuses when a register table exists, changing nothing', async () => {
  const { book, workbook } = adapterOn(withTables(smallRegister()));
  const before = book.dump();
  const created = workbook.createTemplate();
  await expect(created).rejects.toBeInstanceOf(WorkbookError);
  await expect(created).rejects.toMatchObject({
    message: 'This workbook already has the register tables Purchases, Assignments, Settings',
    hint: expect.stringContaining('Nothing was changed'),
  });
  expect(book.dump()).toEqual(before);
  expect(book.syncCount).toBe(1);
});

test("refuses when a sheet with a template name holds the admin's data", async () => {
  const { book, workbook } = adapterOn(smallRegister());
  const before = book.dump();
  await expect(workbook.createTemplate()).rejects.toMatchObject({
    message: 'This workbook already has a sheet named "Purchases" with data in it',
  });
  expect(book.dump()).toEqual(before);
});

test('an empty sheet with a template name is used for its table', async () => {
  const { book, workbook } = emptyWorkbook();
  book.addSheet('Purchases');
  await workbook.createTemplate();
  expect(book.sheets.map((s) => s.name)).toEqual([
    'Sheet1',
    'Purchases',
    'Assignments',
    'Servers',
    'Usage',
    'Settings',
    'Cloud rights',
    'Lists',
  ]);
  expect(book.findTable('Purchases')?.sheet.name).toBe('Purchases');
});

describe('in Excel as it is on each platform', () => {
  test.each(['web', 'desktop'] as const)(
    '%s: the template is written whole, the Lists sheet hidden, Purchases shown',
    async (platform) => {
      const { book, workbook } = emptyWorkbook();
      book.platform = platform;
      await workbook.createTemplate();
      expect(book.sheets.map((s) => [s.name, s.visibility]).slice(-2)).toEqual([
        ['Cloud rights', 'Visible'],
        ['Lists', 'Hidden'],
      ]);
      // Each table on its own sheet, whatever sheet was active (an address without a sheet
      // name would mean the active one).
      const sheetOf = new Map(templateTables(pickLists()).map((t) => [t.name, t.sheet]));
      for (const table of book.dump().tables)
        expect(table.sheet).toBe(sheetOf.get(table.name as TableName));
      expect(book.dump()).toMatchObject({ activeSheet: 'Purchases', selection: 'Purchases!A2' });
      // Never run twice: Worksheet.visibility cannot join an undo group on Windows and Mac
      // (Microsoft, "Undo support with the Excel JavaScript API"), so the run is not merged.
      expect(book.runs).toEqual([{ delayForCellEdit: true }]);
      expect(book.syncLog.every((s) => s.error === undefined)).toBe(true);
    },
  );

  test('an empty sheet of a template name that is protected: refused, nothing changed', async () => {
    const { book, workbook } = emptyWorkbook();
    book.addSheet('Assignments');
    book.protect('Assignments');
    const before = book.dump();
    await expect(workbook.createTemplate()).rejects.toMatchObject({
      message: 'The sheet "Assignments" is protected, so the template cannot be written on it',
      hint: expect.stringContaining('Nothing was changed'),
    });
    expect(book.dump()).toEqual(before);
  });
});
