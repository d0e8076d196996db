/// <reference types="office-js" />
/**
 * Creates the register template in the open workbook from template-spec.ts: the same sheets,
 * tables, headers, widths, formats and validation as the .xlsx template, and the hidden
 * pick-list sheet. Refuses, changing nothing, when a register table already exists or a
 * sheet of that name holds data.
 */
import { settingIn, type Language, type TableName } from '../../core';
import {
  WorkbookError,
  dateFormatOf,
  LISTS_SHEET,
  pickLists,
  PREPARED_ROWS,
  templateTables,
  type PickLists,
  type TemplateTable,
  type Validation,
  columnLetters,
  columnPoints,
} from '../shared';
import { API, selectAfterWrite, supports, type OfficeHost } from './host';
import { MARK_KEY, MARKS } from './marks';

const TABLE_STYLE = 'TableStyleMedium2';

function excelRule(rule: Validation): {
  rule: Excel.DataValidationRule;
  alert: Excel.DataValidationErrorAlert;
} {
  const alert = (style: 'Stop' | 'Warning') => ({
    showAlert: true,
    style,
    title: rule.title,
    message: rule.message,
  });
  if (rule.kind === 'list')
    return {
      rule: { list: { inCellDropDown: true, source: rule.source } },
      alert: alert(rule.strict ? 'Stop' : 'Warning'),
    };
  if (rule.kind === 'date')
    return {
      rule: { date: { formula1: '1990-01-01', operator: 'GreaterThan' } },
      alert: alert('Warning'),
    };
  return {
    rule: { wholeNumber: { formula1: rule.min, operator: 'GreaterThanOrEqualTo' } },
    alert: alert('Stop'),
  };
}

function cellValue(value: unknown): string | number | boolean {
  return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string'
    ? value
    : '';
}

/**
 * Writes one template table on a sheet: header and rows from A1, the Excel table, widths,
 * formats and validation for PREPARED_ROWS rows, the header row frozen. Returns the table.
 */
export function writeTemplateTable(
  sheet: Excel.Worksheet,
  table: TemplateTable,
  rows: readonly (readonly unknown[])[] = table.rows,
): Excel.Table {
  const headers = table.columns.map((c) => c.header);
  const body = rows.length > 0 ? rows : [headers.map(() => '')];
  const grid = [headers, ...body.map((row) => headers.map((_, i) => cellValue(row[i])))];
  const range = sheet.getRangeByIndexes(0, 0, grid.length, headers.length);
  range.values = grid;
  // A Range, not an address: an address without a sheet name means the active sheet
  // (Microsoft's reference for TableCollection.add), whichever collection adds the table.
  const added = sheet.tables.add(range, true);
  added.name = table.name;
  added.style = TABLE_STYLE;
  const last = Math.max(PREPARED_ROWS, body.length + 1);
  table.columns.forEach((column, i) => {
    const letters = columnLetters(i + 1);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = columnPoints(column.width);
    const range = sheet.getRange(`${letters}2:${letters}${last}`);
    if (column.numberFormat)
      range.numberFormat = Array.from({ length: last - 1 }, () => [column.numberFormat]);
    if (column.validation) {
      const { rule, alert } = excelRule(column.validation);
      range.dataValidation.ignoreBlanks = true;
      range.dataValidation.rule = rule;
      range.dataValidation.errorAlert = alert;
    }
  });
  sheet.freezePanes.freezeRows(1);
  return added;
}

/** The As-of date of the Settings rows is a date: its Value cell gets the date format. */
export function formatSettingsDates(
  sheet: Excel.Worksheet,
  rows: readonly (readonly unknown[])[],
  dateFormat: string,
  asOf = 'As-of date',
): void {
  rows.forEach((row, i) => {
    if (String(row[0]).toLowerCase() === asOf.toLowerCase())
      sheet.getCell(i + 1, 1).numberFormat = [[dateFormat]];
  });
}

function writeLists(sheet: Excel.Worksheet, lists: PickLists): void {
  const column = (title: string, names: readonly string[]) => [[title], ...names.map((n) => [n])];
  sheet.getRange(`A1:A${lists.cals.length + 1}`).values = column('CAL licences', lists.cals);
  sheet.getRange(`B1:B${lists.all.length + 1}`).values = column('All licences', lists.all);
  sheet.visibility = 'Hidden';
}

interface Existing {
  /** Lower-case template sheet name -> the sheet's actual name, for empty sheets to reuse. */
  readonly reuse: Map<string, string>;
}

/** Checks the workbook; throws (having changed nothing) if the template cannot go there. */
async function checkWorkbook(
  context: Excel.RequestContext,
  host: OfficeHost,
  tables: readonly TemplateTable[],
): Promise<Existing> {
  const queued = tables.map((t) => ({
    name: t.name,
    table: context.workbook.tables.getItemOrNullObject(t.name),
  }));
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const present = queued.filter((q) => !q.table.isNullObject).map((q) => q.name);
  if (present.length > 0) {
    const list = present.join(', ');
    throw new WorkbookError(
      `This workbook already has the register table${present.length > 1 ? 's' : ''} ${list}`,
      'Nothing was changed. Validate the register you have, or create the template in a new workbook.',
    );
  }
  const wanted = new Set([...tables.map((t) => t.sheet.toLowerCase()), LISTS_SHEET.toLowerCase()]);
  const clashing = sheets.items.map((s) => s.name).filter((n) => wanted.has(n.toLowerCase()));
  const reuse = new Map<string, string>();
  if (clashing.length === 0) return { reuse };
  const marks = supports(host, API.customProperties);
  const checks = clashing.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    return {
      name,
      used: sheet.getUsedRangeOrNullObject(true),
      protection: sheet.protection.load('protected'),
      mark: marks ? sheet.customProperties.getItemOrNullObject(MARK_KEY).load('value') : null,
    };
  });
  await context.sync();
  for (const { name, used, mark, protection } of checks) {
    const ours = mark !== null && !mark.isNullObject && mark.value === MARKS.lists;
    if (!used.isNullObject && !ours)
      throw new WorkbookError(
        `This workbook already has a sheet named "${name}" with data in it`,
        'Nothing was changed. Rename that sheet (or move its data), or create the template in a new workbook.',
      );
    if (protection.protected)
      throw new WorkbookError(
        `The sheet "${name}" is protected, so the template cannot be written on it`,
        'Nothing was changed. Unprotect it (Review > Unprotect Sheet) or delete it, then create the register again.',
      );
    reuse.set(name.toLowerCase(), name);
  }
  return { reuse };
}

function sheetFor(
  context: Excel.RequestContext,
  existing: Existing,
  name: string,
): Excel.Worksheet {
  const reused = existing.reuse.get(name.toLowerCase());
  if (reused === undefined) return context.workbook.worksheets.add(name);
  const sheet = context.workbook.worksheets.getItem(reused);
  sheet.getRange().clear('All');
  return sheet;
}

/**
 * Creates the template in the caller's Excel.run: one sync writes it all, not merged into
 * one undo step (hiding the Lists sheet, Worksheet.visibility, is a call Excel on Windows
 * and Mac cannot put in an undo group); then the first sheet is shown.
 */
export async function createTemplate(
  context: Excel.RequestContext,
  host: OfficeHost,
  language: Language = 'en',
): Promise<void> {
  const lists = pickLists();
  const tables = templateTables(lists, language);
  const existing = await checkWorkbook(context, host, tables);
  context.application.suspendScreenUpdatingUntilNextSync();
  for (const table of tables) {
    const sheet = sheetFor(context, existing, table.sheet);
    writeTemplateTable(sheet, table);
    if (table.name === ('Settings' satisfies TableName))
      formatSettingsDates(
        sheet,
        table.rows,
        dateFormatOf(language),
        settingIn('As-of date', language),
      );
  }
  const listSheet = sheetFor(context, existing, LISTS_SHEET);
  writeLists(listSheet, lists);
  if (supports(host, API.customProperties)) listSheet.customProperties.add(MARK_KEY, MARKS.lists);
  await context.sync();
  const first = tables[0];
  if (first)
    await selectAfterWrite(
      context,
      existing.reuse.get(first.sheet.toLowerCase()) ?? first.sheet,
      'A2',
    );
}
