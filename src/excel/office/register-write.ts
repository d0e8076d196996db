/// <reference types="office-js" />
/**
 * Adds imported licence records to the register's Purchases and Assignments tables (the pane's
 * "Add … to the Purchases table"): rows at each table's end, under the table's own columns,
 * nothing else touched. Each table must be an Excel table whose headers are still those the
 * validation read; a protected sheet, a filtered table, a totals row or data under the table
 * is refused before anything is written. The table grows over the empty cells under it
 * (Table.resize, ExcelApi 1.13; else rows.add), one sync per chunk under Excel's payload limit.
 */
import { dayToSerial, type RegisterCell, type TableInfo } from '../../core';
import { parseAddress, WorkbookError, checkColumns, foldIntoNotes } from '../shared';
import type { RegisterRowsAdded } from '../port';
import { API, queueWorkbookFacts, supports, type OfficeHost } from './host';
import { ACTION_BYTES, jsonBytes, PATH_BYTES, TARGET_BYTES } from './payload';

const DATE = 'yyyy-mm-dd';

/** One table's rows to add: where the engine found the table, and the rows' cells. */
export interface TableRows {
  readonly info: TableInfo;
  readonly cells: readonly (readonly RegisterCell[])[];
}

const isBlank = (value: unknown) => value === '' || value === null || value === undefined;

async function addTo(
  context: Excel.RequestContext,
  host: OfficeHost,
  { info, cells }: TableRows,
  date1904: boolean,
): Promise<{ sheet: string; firstRow: number; lastRow: number }> {
  if (info.table === undefined)
    throw new WorkbookError(
      `The ${info.role} sheet "${info.sheet}" is not an Excel table, so rows cannot be added to it safely`,
      `Select its header row and rows, choose Insert > Table, and import again. Nothing was changed.`,
    );
  const table = context.workbook.tables.getItem(info.table);
  const range = table.getRange().load('address');
  const header = table.getHeaderRowRange().load('values');
  const body = table.getDataBodyRange().load('values');
  const filter = table.autoFilter.load('isDataFiltered');
  table.load('showTotals');
  const protection = table.worksheet.protection.load('protected');
  await context.sync();
  const area = parseAddress(range.address);
  const headers = (header.values[0] ?? []).map((h) => String(h));
  if (protection.protected)
    throw new WorkbookError(
      `The sheet "${info.sheet}" is protected, so the rows cannot go into its ${info.table} table`,
      'Unprotect it (Review > Unprotect Sheet), then add the rows again. Nothing was changed.',
    );
  if (filter.isDataFiltered || table.showTotals)
    throw new WorkbookError(
      `The ${info.table} table ${table.showTotals ? 'shows a totals row' : 'is filtered'}: Excel adds no rows there safely`,
      `${table.showTotals ? 'Turn off its Total Row (Table Design)' : 'Clear its filter'}, add the rows, then set it back. Nothing was changed.`,
    );
  // Field -> index in the table, by the headers the validation read (still there?).
  const at = new Map<string, number>();
  for (const [field, text] of Object.entries(info.headers)) {
    const index = headers.indexOf(text);
    if (index < 0)
      throw new WorkbookError(
        `The ${info.table} table has no "${text}" column any more`,
        'Validate again, then add the rows. Nothing was changed.',
      );
    at.set(field, index);
  }
  if (!at.has('licence')) {
    const part = ['product', 'version', 'edition', 'calType'].find((f) => at.has(f));
    if (part) at.set('licence', at.get(part) as number);
  }
  const has = (field: string) => at.has(field);
  checkColumns(info.role, has, cells, 'or import with the command line into a new register');
  const rows = foldIntoNotes(has, cells);
  const width = headers.length;
  const values = rows.map((row) => {
    const line: (string | number | null)[] = headers.map(() => null);
    for (const cell of row) {
      const index = at.get(cell.field);
      if (index === undefined || cell.value === undefined) continue;
      line[index] =
        cell.date && typeof cell.value === 'number' ? dateValue(cell.value, date1904) : cell.value;
    }
    return line;
  });
  const formats = rows.map((row) => {
    const line: (string | null)[] = headers.map(() => null);
    for (const cell of row) {
      const index = at.get(cell.field);
      if (index === undefined || cell.value === undefined) continue;
      line[index] = cell.date ? DATE : typeof cell.value === 'string' ? '@' : 'General';
    }
    return line;
  });
  const bodyRows = area.bottom - area.top;
  const blankFirst = bodyRows === 1 && (body.values[0] ?? []).every(isBlank);
  const first = area.top + (blankFirst ? 0 : bodyRows); // 0-based row of the first new row
  const sheet = context.workbook.worksheets.getItem(info.sheet);
  const newRows = rows.length - (blankFirst ? 1 : 0);
  const resize = supports(host, API.resize);
  if (newRows > 0) {
    const under = sheet
      .getRangeByIndexes(area.bottom, area.left - 1, newRows, width)
      .getUsedRangeOrNullObject(true);
    await context.sync();
    if (!under.isNullObject && resize)
      throw new WorkbookError(
        `The cells under the ${info.table} table on "${info.sheet}" hold data, and the ${rows.length} new rows need them`,
        'Move what is under the table, then add the rows again. Nothing was changed.',
      );
  }
  context.application.suspendScreenUpdatingUntilNextSync();
  let bottom = area.bottom - 1; // 0-based last row of the table
  for (let start = 0; start < rows.length;) {
    let end = start;
    let bytes = 4 * PATH_BYTES + 4 * ACTION_BYTES;
    while (
      end < rows.length &&
      (end === start || bytes + jsonBytes(values[end]) * 2 <= TARGET_BYTES)
    ) {
      bytes += jsonBytes(values[end]) * 2;
      end += 1;
    }
    const top = first + start;
    const count = end - start;
    if (top + count - 1 > bottom) {
      if (resize) {
        bottom = top + count - 1;
        table.resize(
          sheet.getRangeByIndexes(area.top - 1, area.left - 1, bottom - area.top + 2, width),
        );
      } else {
        const add = top + count - 1 - bottom;
        table.rows.add(
          undefined,
          Array.from({ length: add }, () => headers.map(() => '')),
        );
        bottom += add;
      }
    }
    const target = sheet.getRangeByIndexes(top, area.left - 1, count, width);
    target.numberFormat = formats.slice(start, end);
    target.values = values.slice(start, end);
    // One sync per chunk: each stays under Excel's 5 MB request limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    start = end;
  }
  return { sheet: info.sheet, firstRow: first + 1, lastRow: first + rows.length };
}

/** A day number as the workbook counts dates. */
function dateValue(day: number, date1904: boolean): number {
  return dayToSerial(day) - (date1904 ? 1462 : 0);
}

/** Adds the rows in the caller's Excel.run, Purchases first. */
export async function appendRegisterRows(
  context: Excel.RequestContext,
  host: OfficeHost,
  tables: readonly TableRows[],
): Promise<RegisterRowsAdded> {
  const facts = queueWorkbookFacts(context, host);
  await context.sync();
  const { date1904 } = facts();
  const added: RegisterRowsAdded['tables'][number][] = [];
  for (const rows of tables) {
    if (rows.cells.length === 0) continue;
    const where = await addTo(context, host, rows, date1904);
    added.push({ role: rows.info.role, rows: rows.cells.length, ...where });
  }
  return { tables: added };
}
