/// <reference types="office-js" />
/**
 * Where imported evidence goes (usage-write.ts): the Usage table as the workbook has it,
 * described in one sync (its place, headers, calculated columns, whether its only row is the
 * empty one a new register has), else the Usage sheet's own table, else a new Usage sheet and
 * table made as the template makes them. A protected sheet is refused before anything is made.
 */
import { headerKey, SHEET_ALIASES } from '../../core';
import { parseAddress, templateTables, WorkbookError } from '../shared';
import { writeTemplateTable } from './template-write';

export const TABLE = 'Usage';

export interface Target {
  readonly table: Excel.Table;
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  readonly sheetName: string;
  /** 0-based row and column of the table's first header cell. */
  readonly top: number;
  readonly left: number;
  /** Rows of the table, header and totals included. */
  readonly height: number;
  readonly headers: readonly unknown[];
  readonly bodyRows: number;
  readonly showTotals: boolean;
  /** The only data row is empty (as in a new register): the first imported row fills it. */
  readonly blankFirst: boolean;
  /** The first body row's formulas in R1C1 form, by column ('' where it holds a value). */
  readonly formulas: readonly string[];
  readonly created: boolean;
}

const isBlank = (value: unknown) => value === '' || value === null || value === undefined;

export async function describe(
  context: Excel.RequestContext,
  table: Excel.Table,
  sheetName: string,
): Promise<Target> {
  const range = table.getRange().load('address');
  const header = table.getHeaderRowRange().load('values');
  const first = table.getDataBodyRange().getRow(0).load('values,formulasR1C1');
  const filter = table.autoFilter.load('isDataFiltered');
  table.load('name,showTotals');
  const sheet = table.worksheet;
  const protection = sheet.protection.load('protected');
  sheet.load('name');
  await context.sync();
  const area = parseAddress(range.address);
  const name = sheet.name || (area.sheet ?? sheetName);
  if (protection.protected)
    throw new WorkbookError(
      `The sheet "${name}" is protected, so the rows cannot go into its ${table.name} table`,
      'Unprotect it (Review > Unprotect Sheet), add the rows again, then protect it again if you like. Nothing was changed.',
    );
  if (filter.isDataFiltered)
    throw new WorkbookError(
      `The ${table.name} table is filtered: Excel adds no rows to a table that hides some`,
      `Clear its filter (Data > Clear on the "${name}" sheet), then add the rows again. Nothing was changed.`,
    );
  const bodyRows = area.bottom - area.top - (table.showTotals ? 1 : 0);
  const formulas = (first.formulasR1C1[0] ?? []).map((f: unknown) =>
    typeof f === 'string' && f.startsWith('=') ? f : '',
  );
  return {
    table,
    name: table.name,
    sheet: context.workbook.worksheets.getItem(name),
    sheetName: name,
    top: area.top - 1,
    left: area.left - 1,
    height: area.bottom - area.top + 1,
    headers: header.values[0] ?? [],
    bodyRows,
    showTotals: table.showTotals,
    blankFirst: bodyRows === 1 && (first.values[0] ?? []).every(isBlank),
    formulas,
    created: false,
  };
}

/** Creates the template's Usage table on an empty sheet. */
function create(sheet: Excel.Worksheet, sheetName: string): Target {
  const spec = templateTables({ cals: [], all: [] }).find((t) => t.name === TABLE);
  if (!spec) throw new Error('the template has no Usage table');
  const table = writeTemplateTable(sheet, spec);
  const headers = spec.columns.map((c) => c.header);
  return {
    table,
    name: TABLE,
    sheet,
    sheetName,
    top: 0,
    left: 0,
    height: 2,
    headers,
    bodyRows: 1,
    showTotals: false,
    blankFirst: true,
    formulas: headers.map(() => ''),
    created: true,
  };
}

/** Without a table named Usage: the one table of a Usage sheet, or a new table. */
export async function otherTarget(
  context: Excel.RequestContext,
  sheets: readonly string[],
): Promise<Target> {
  const name = sheets.find((s) => SHEET_ALIASES.Usage.includes(headerKey(s)));
  if (name === undefined) return create(context.workbook.worksheets.add(TABLE), TABLE);
  const sheet = context.workbook.worksheets.getItem(name);
  const tables = sheet.tables.load('items/name');
  const used = sheet.getUsedRangeOrNullObject(true);
  const protection = sheet.protection.load('protected');
  await context.sync();
  if (tables.items.length === 1) return describe(context, tables.items[0], name);
  if (tables.items.length > 1)
    throw new WorkbookError(
      `The sheet "${name}" has ${tables.items.length} tables and none is named Usage`,
      'Name the table of evidence "Usage" (Table Design > Table Name), then add the rows again. Nothing was changed.',
    );
  if (!used.isNullObject)
    throw new WorkbookError(
      `The sheet "${name}" holds data but no Excel table`,
      'Select its header row and rows, choose Insert > Table and name the table "Usage"; then add the rows again. Nothing was changed.',
    );
  if (protection.protected)
    throw new WorkbookError(
      `The sheet "${name}" is protected, so the Usage table cannot be made on it`,
      'Unprotect it (Review > Unprotect Sheet), then add the rows again. Nothing was changed.',
    );
  return create(sheet, name);
}
