/**
 * The register template as an .xlsx file (ExcelJS): the tables of template-spec.ts, each on
 * its own sheet, with their validation and formats, and the hidden pick-list sheet. The
 * example register is the same workbook with rows in it.
 */
import ExcelJS from 'exceljs';
import {
  columnLetters,
  dateFormatOf,
  LISTS_SHEET,
  pickLists,
  PREPARED_ROWS,
  templateTables,
  type PickLists,
  type TemplateTable,
  type Validation,
} from '../shared';
import type { Language, TableName } from '../../core';

export type RegisterRows = Partial<Record<TableName, readonly (readonly unknown[])[]>>;

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

function excelJsValidation(rule: Validation): ExcelJS.DataValidation {
  const message = {
    showErrorMessage: true,
    errorTitle: rule.title,
    error: rule.message,
    allowBlank: true,
  };
  if (rule.kind === 'list') {
    const source = rule.source.startsWith('=') ? rule.source.slice(1) : `"${rule.source}"`;
    return {
      type: 'list',
      formulae: [source],
      errorStyle: rule.strict ? 'stop' : 'warning',
      ...message,
    };
  }
  if (rule.kind === 'date') {
    return {
      type: 'date',
      operator: 'greaterThan',
      formulae: [new Date(Date.UTC(1990, 0, 1))],
      errorStyle: 'warning',
      ...message,
    };
  }
  return {
    type: 'whole',
    operator: 'greaterThanOrEqual',
    formulae: [rule.min],
    errorStyle: 'stop',
    ...message,
  };
}

/** The pick lists, on a hidden sheet: every CAL; every CAL and server licence. */
function addListsSheet(workbook: ExcelJS.Workbook, lists: PickLists): void {
  const sheet = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  sheet.getCell('A1').value = 'CAL licences';
  sheet.getCell('B1').value = 'All licences';
  lists.cals.forEach((name, i) => (sheet.getCell(`A${i + 2}`).value = name));
  lists.all.forEach((name, i) => (sheet.getCell(`B${i + 2}`).value = name));
}

function addTableSheet(
  workbook: ExcelJS.Workbook,
  table: TemplateTable,
  rows: readonly (readonly unknown[])[],
): void {
  const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = table.columns.map((c) => c.header);
  const body = rows.length > 0 ? rows : [headers.map(() => null)];
  sheet.addTable({
    name: table.name,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows: body.map((row) =>
      headers.map((_, i) => (row[i] === undefined ? null : row[i])),
    ) as unknown[][],
  });
  const last = Math.max(PREPARED_ROWS, body.length + 1);
  table.columns.forEach((column, i) => {
    const letter = columnLetters(i + 1);
    sheet.getColumn(i + 1).width = column.width;
    if (column.numberFormat) {
      for (let r = 2; r <= last; r += 1)
        sheet.getCell(`${letter}${r}`).numFmt = column.numberFormat;
    }
    if (column.validation)
      validations(sheet).add(`${letter}2:${letter}${last}`, excelJsValidation(column.validation));
  });
}

/**
 * A register workbook: the template in a language, with `rows` (in template column order) in
 * its tables. Settings rows default to the template's.
 */
export function buildRegisterWorkbook(
  rows: RegisterRows = {},
  language: Language = 'en',
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CAL Register';
  const lists = pickLists();
  const tables = templateTables(lists, language);
  for (const table of tables) addTableSheet(workbook, table, rows[table.name] ?? table.rows);
  const settings = tables.find((t) => t.name === 'Settings');
  const sheet = settings && workbook.getWorksheet(settings.sheet);
  if (sheet) sheet.getCell('B2').numFmt = dateFormatOf(language);
  addListsSheet(workbook, lists);
  return workbook;
}

/** Writes the register template in a language (with rows, for the example) to a new file. */
export async function writeTemplate(
  path: string,
  rows: RegisterRows = {},
  language: Language = 'en',
): Promise<void> {
  await buildRegisterWorkbook(rows, language).xlsx.writeFile(path);
}
