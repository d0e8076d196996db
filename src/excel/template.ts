/**
 * The register template as an .xlsx file: one Excel table per sheet, named like its sheet,
 * list validation for licences and statuses, date formats, a Settings sheet. The example
 * register is the same workbook with rows in it.
 */
import ExcelJS from 'exceljs';
import { calNames, serverLicenceNames, templateHeaders, type TableName } from '../core';

export type RegisterRows = Partial<Record<TableName, readonly (readonly unknown[])[]>>;

const DATE_FORMAT = 'yyyy-mm-dd';
/** Rows of list validation and date format prepared below each table. */
const PREPARED_ROWS = 2000;

const DATE_COLUMNS = new Set([
  'Purchase date',
  'SA end date',
  'Assigned on',
  'Last activity',
  'Last logon',
  'Captured on',
]);
const WIDE_COLUMNS: Record<string, number> = {
  Licence: 46,
  'Assigned to': 24,
  Account: 32,
  'Licence required': 40,
  Notes: 40,
  'Proof location': 36,
  Reason: 26,
  Setting: 22,
  Value: 18,
  Product: 24,
  About: 70,
};

const SETTINGS_ROWS: (readonly unknown[])[] = [
  ['As-of date', null, 'The date the register is judged at. Empty: today.'],
  ['Stale after days', 90, 'Days without activity after which an assignment is stale.'],
  ['Organisation', '', 'Shown on the audit sheet.'],
];

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The pick lists, on a hidden sheet: every CAL; every CAL and server licence. */
function addListsSheet(
  workbook: ExcelJS.Workbook,
  cals: readonly string[],
  all: readonly string[],
): void {
  const sheet = workbook.addWorksheet('Lists', { state: 'hidden' });
  sheet.getCell('A1').value = 'CAL licences';
  sheet.getCell('B1').value = 'All licences';
  cals.forEach((name, i) => (sheet.getCell(`A${i + 2}`).value = name));
  all.forEach((name, i) => (sheet.getCell(`B${i + 2}`).value = name));
}

/** ExcelJS keeps data validations on the worksheet; its typings leave them out. */
function validations(sheet: ExcelJS.Worksheet): {
  add(range: string, rule: ExcelJS.DataValidation): void;
} {
  return (
    sheet as unknown as {
      dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void };
    }
  ).dataValidations;
}

function addTableSheet(
  workbook: ExcelJS.Workbook,
  table: TableName,
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
  lists: { cals: string; all: string },
): void {
  const sheet = workbook.addWorksheet(table, { views: [{ state: 'frozen', ySplit: 1 }] });
  const body = rows.length > 0 ? rows : [headers.map(() => null)];
  sheet.addTable({
    name: table,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows: body.map((row) =>
      headers.map((_, i) => (row[i] === undefined ? null : row[i])),
    ) as unknown[][],
  });
  const last = Math.max(PREPARED_ROWS, body.length + 1);
  headers.forEach((header, i) => {
    const letter = columnLetter(i);
    sheet.getColumn(i + 1).width = WIDE_COLUMNS[header] ?? Math.max(12, header.length + 4);
    const range = `${letter}2:${letter}${last}`;
    if (DATE_COLUMNS.has(header)) {
      for (let r = 2; r <= last; r += 1) sheet.getCell(`${letter}${r}`).numFmt = DATE_FORMAT;
      validations(sheet).add(range, {
        type: 'date',
        operator: 'greaterThan',
        allowBlank: true,
        formulae: [new Date(Date.UTC(1990, 0, 1))],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: 'Not a date',
        error: 'Enter a date such as 2025-03-01.',
      });
    }
    if (header === 'Licence' && (table === 'Purchases' || table === 'Assignments')) {
      validations(sheet).add(range, {
        type: 'list',
        allowBlank: true,
        formulae: [table === 'Purchases' ? lists.all : lists.cals],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: 'Unknown licence',
        error: 'Pick a licence from the list, or keep the wording of your invoice.',
      });
    }
    if (header === 'Status') {
      validations(sheet).add(range, {
        type: 'list',
        allowBlank: true,
        formulae: ['"Active,Left,Disabled,Absent"'],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Unknown status',
        error: 'Use Active (or leave empty), Left, Disabled, or Absent for a temporary absence.',
      });
    }
    if (header === 'Quantity' || header === 'Stale after days') {
      validations(sheet).add(range, {
        type: 'whole',
        operator: 'greaterThanOrEqual',
        allowBlank: true,
        formulae: [0],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Not a whole number',
        error: 'Enter a whole number of 0 or more.',
      });
    }
  });
}

/**
 * A register workbook: the template, with `rows` (in template column order) in its tables.
 * Settings rows default to the template's.
 */
export function buildRegisterWorkbook(rows: RegisterRows = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CAL Register';
  const cals = calNames();
  const all = [...cals, ...serverLicenceNames()];
  const lists = {
    cals: `Lists!$A$2:$A$${cals.length + 1}`,
    all: `Lists!$B$2:$B$${all.length + 1}`,
  };
  for (const table of ['Purchases', 'Assignments', 'Servers', 'Usage'] as const) {
    addTableSheet(workbook, table, templateHeaders(table), rows[table] ?? [], lists);
  }
  addTableSheet(
    workbook,
    'Settings',
    [...templateHeaders('Settings'), 'About'],
    rows.Settings ?? SETTINGS_ROWS,
    lists,
  );
  const settings = workbook.getWorksheet('Settings');
  if (settings) settings.getCell('B2').numFmt = DATE_FORMAT;
  addListsSheet(workbook, cals, all);
  return workbook;
}

/** Writes the empty register template to a new file. */
export async function writeTemplate(path: string, rows: RegisterRows = {}): Promise<void> {
  await buildRegisterWorkbook(rows).xlsx.writeFile(path);
}
