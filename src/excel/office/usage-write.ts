/// <reference types="office-js" />
/**
 * Adds imported evidence to the Usage table (the pane's "Add … rows to the Usage table"): rows
 * at the table's end, the columns it lacks at its right, nothing else touched. Without a
 * Usage table, the Usage sheet and table are created as the template makes them. When the
 * rows have nowhere safe to go, refuses before writing anything.
 */
import { type UsageTableRow, headerKey, SHEET_ALIASES } from '../../core';
import { parseAddress } from '../a1';
import { WorkbookError } from '../errors';
import type { UsageAdded } from '../port';
import { templateTables } from '../template-spec';
import { planUsageAppend, type UsagePlan } from '../usage-append';
import { queueWorkbookFacts, syncWithFacts, type OfficeHost } from './host';
import { jsonBytes, TARGET_BYTES } from './payload';
import { writeTemplateTable } from './template-write';

const TABLE = 'Usage';

interface Target {
  readonly table: Excel.Table;
  readonly sheet: Excel.Worksheet;
  readonly sheetName: string;
  /** 0-based row and column of the table's first header cell. */
  readonly top: number;
  readonly left: number;
  /** Rows of the table, header and totals included. */
  readonly height: number;
  readonly headers: readonly unknown[];
  readonly bodyRows: number;
  /** The only data row is empty (as in a new register): the first imported row fills it. */
  readonly blankFirst: boolean;
  readonly created: boolean;
}

const isBlank = (value: unknown) => value === '' || value === null || value === undefined;

async function describe(
  context: Excel.RequestContext,
  table: Excel.Table,
  sheetName: string,
): Promise<Target> {
  const range = table.getRange().load('address');
  const header = table.getHeaderRowRange().load('values');
  const first = table.getDataBodyRange().getRow(0).load('values');
  table.load('showTotals');
  await context.sync();
  const area = parseAddress(range.address);
  const name = area.sheet ?? sheetName;
  const bodyRows = area.bottom - area.top - (table.showTotals ? 1 : 0);
  return {
    table,
    sheet: context.workbook.worksheets.getItem(name),
    sheetName: name,
    top: area.top - 1,
    left: area.left - 1,
    height: area.bottom - area.top + 1,
    headers: header.values[0] ?? [],
    bodyRows,
    blankFirst: bodyRows === 1 && (first.values[0] ?? []).every(isBlank),
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
    sheet,
    sheetName,
    top: 0,
    left: 0,
    height: 2,
    headers,
    bodyRows: 1,
    blankFirst: true,
    created: true,
  };
}

/** Without a table named Usage: the one table of a Usage sheet, or a new table. */
async function otherTarget(
  context: Excel.RequestContext,
  sheets: readonly string[],
): Promise<Target> {
  const name = sheets.find((s) => SHEET_ALIASES.Usage.includes(headerKey(s)));
  if (name === undefined) return create(context.workbook.worksheets.add(TABLE), TABLE);
  const sheet = context.workbook.worksheets.getItem(name);
  const tables = sheet.tables.load('items/name');
  const used = sheet.getUsedRangeOrNullObject(true);
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
  return create(sheet, name);
}

/** Adds the columns the table lacks at its right, if the cells there are empty. */
async function addColumns(
  context: Excel.RequestContext,
  target: Target,
  headers: readonly string[],
): Promise<void> {
  const beside = target.sheet
    .getRangeByIndexes(
      target.top,
      target.left + target.headers.length,
      target.height,
      headers.length,
    )
    .getUsedRangeOrNullObject(true);
  await context.sync();
  const list = headers.join(', ');
  const plural = headers.length > 1;
  if (!beside.isNullObject)
    throw new WorkbookError(
      `The Usage table has no ${list} column${plural ? 's' : ''}, and the cells to its right hold data`,
      `Add ${plural ? 'those columns' : 'that column'} to the table yourself (or move what is to its right), then add the rows again. Nothing was changed.`,
    );
  for (const header of headers) target.table.columns.add(undefined, undefined, header);
}

/** Writes the rows in syncs of at most TARGET_BYTES; returns the 0-based row of the first. */
async function writeRows(
  context: Excel.RequestContext,
  target: Target,
  plan: UsagePlan,
): Promise<number> {
  const firstRow = target.top + 1 + (target.blankFirst ? 0 : target.bodyRows);
  // Rows are added empty, then formatted, then filled: values given to rows.add would be
  // typed in before their cells are text (a calculated column's cells are overwritten too).
  const blank = Array.from({ length: plan.width }, () => '');
  // values, number formats, and the empty cells of the added rows.
  const rowBytes = (i: number) =>
    jsonBytes(plan.values[i]) + jsonBytes(plan.formats[i]) + plan.width * 3;
  let next = firstRow;
  let fill = target.blankFirst;
  for (let start = 0; start < plan.values.length;) {
    let end = start;
    let bytes = 0;
    while (end < plan.values.length && (end === start || bytes + rowBytes(end) <= TARGET_BYTES)) {
      bytes += rowBytes(end);
      end += 1;
    }
    const count = end - start;
    const add = fill ? count - 1 : count;
    fill = false;
    if (add > 0)
      target.table.rows.add(
        undefined,
        Array.from({ length: add }, () => blank),
      );
    const range = target.sheet.getRangeByIndexes(next, target.left, count, plan.width);
    context.application.suspendScreenUpdatingUntilNextSync();
    // The format first: text cells become text ('@') before their values arrive.
    range.numberFormat = plan.formats.slice(start, end);
    range.values = plan.values.slice(start, end);
    // One sync per chunk: each must stay under Excel's 5 MB request limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    next += count;
    start = end;
  }
  return firstRow;
}

/** Adds the rows in the caller's Excel.run. */
export async function appendUsage(
  context: Excel.RequestContext,
  host: OfficeHost,
  rows: readonly UsageTableRow[],
): Promise<UsageAdded> {
  if (rows.length === 0)
    throw new WorkbookError(
      'The import has no rows to add',
      'Choose an export that lists accounts.',
    );
  const found = await syncWithFacts(context, host, (optional) => {
    const table = context.workbook.tables.getItemOrNullObject(TABLE);
    const sheets = context.workbook.worksheets.load('items/name');
    const facts = queueWorkbookFacts(context, host, optional);
    return () => ({ table, sheets: sheets.items.map((s) => s.name), date1904: facts().date1904 });
  });
  const target = found.table.isNullObject
    ? await otherTarget(context, found.sheets)
    : await describe(context, found.table, TABLE);
  const plan = planUsageAppend(target.headers, rows, found.date1904);
  if (plan.addHeaders.length > 0) await addColumns(context, target, plan.addHeaders);
  const first = await writeRows(context, target, plan);
  return {
    sheet: target.sheetName,
    firstRow: first + 1,
    lastRow: first + rows.length,
    rows: rows.length,
    addedColumns: plan.addHeaders,
    created: target.created,
  };
}
