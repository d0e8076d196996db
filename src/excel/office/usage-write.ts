/// <reference types="office-js" />
/**
 * Adds imported evidence to the Usage table (the pane's "Add … rows to the Usage table"): rows
 * at the table's end, the columns it lacks at its right, nothing else touched. Without a
 * Usage table, the Usage sheet and table are created as the template makes them. When the
 * rows have nowhere safe to go (a protected sheet, a filtered table, data in the way), refuses
 * before writing anything.
 *
 * The table grows over the empty cells under and beside it (Table.resize, ExcelApi 1.13):
 * nothing moves, the admin's calculated columns fill the new rows as Excel fills them, and
 * only the columns the import plans are written. Adding a column with TableColumnCollection.add
 * makes Excel on the web shift every cell to the sheet's last column, which it refuses past
 * 33,554,000 cells (about 2,050 rows for the Usage table: OperationCellsExceedLimit); and
 * rows.add with '' for a calculated column clears its formula. Those two are only the
 * fallback, for an Excel without Table.resize or a table that shows its totals row or has
 * data right under it, and the fallback puts the calculated columns' formulas back.
 */
import type { UsageTableRow } from '../../core';
import { WorkbookError, planUsageAppend, type UsagePlan } from '../shared';
import type { UsageAdded } from '../port';
import { officeErrorCode } from './errors';
import { API, queueWorkbookFacts, supports, type OfficeHost } from './host';
import { ACTION_BYTES, jsonBytes, PATH_BYTES, rowBlocks, type Block } from './payload';
import { describe, otherTarget, TABLE, type Target } from './usage-target';

/** How the table makes room: grown over free cells, or (the fallback) rows and columns added. */
type Growth = 'resize' | 'add';

/**
 * Checks the cells the rows and columns will take: those right of the table must be empty
 * (new columns); those under it decide how the rows go in (free: the table grows over them;
 * taken: rows.add moves them down). Returns how the table makes room.
 */
async function makeRoomPlan(
  context: Excel.RequestContext,
  host: OfficeHost,
  target: Target,
  plan: UsagePlan,
  newRows: number,
): Promise<Growth> {
  const added = plan.addHeaders.length;
  const beside =
    added > 0
      ? target.sheet
          .getRangeByIndexes(
            target.top,
            target.left + target.headers.length,
            target.height + newRows,
            added,
          )
          .getUsedRangeOrNullObject(true)
      : undefined;
  const under =
    newRows > 0
      ? target.sheet
          .getRangeByIndexes(target.top + target.height, target.left, newRows, plan.width)
          .getUsedRangeOrNullObject(true)
      : undefined;
  if (!target.created) await context.sync();
  if (beside && !beside.isNullObject) {
    const list = plan.addHeaders.join(', ');
    const plural = added > 1;
    throw new WorkbookError(
      `The Usage table has no ${list} column${plural ? 's' : ''}, and the cells to its right hold data`,
      `Add ${plural ? 'those columns' : 'that column'} to the table yourself (or move what is to its right), then add the rows again. Nothing was changed.`,
    );
  }
  const free = under === undefined || target.created || under.isNullObject;
  return supports(host, API.resize) && !target.showTotals && free ? 'resize' : 'add';
}

/** Adds the missing columns with TableColumnCollection.add (the fallback), in one sync. */
async function addColumns(
  context: Excel.RequestContext,
  target: Target,
  headers: readonly string[],
) {
  for (const header of headers) target.table.columns.add(undefined, undefined, header);
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) !== 'OperationCellsExceedLimit') throw error;
    // Excel on the web: the column would shift more than 33,554,000 cells. It fails at the
    // first column (each later one shifts fewer cells), so nothing was added.
    throw new WorkbookError(
      `Excel on the web cannot add the ${headers.join(', ')} column${headers.length > 1 ? 's' : ''} to a Usage table this long (it would move more than 33,554,000 cells)`,
      `Type ${headers.length > 1 ? 'each header' : 'the header'} in the first empty cell right of the table's last header (Excel adds the column), or add the rows in Excel on Windows or Mac. Nothing was changed.`,
    );
  }
}

/** Request bytes of one row: its values and formats, and the empty cells of rows.add. */
function rowBytes(plan: UsagePlan, i: number): number {
  return jsonBytes(plan.values[i]) + jsonBytes(plan.formats[i]) + plan.width * 3;
}

function planBlocks(plan: UsagePlan): Block[] {
  const fixed = 6 * PATH_BYTES + 6 * ACTION_BYTES;
  return rowBlocks(plan.values.length, (i) => rowBytes(plan, i), fixed);
}

/**
 * Writes the rows in syncs of about TARGET_BYTES of request; the table grows with each, so a
 * failure leaves it holding whole rows only. Returns the 0-based row of the first.
 */
async function writeRows(
  context: Excel.RequestContext,
  target: Target,
  plan: UsagePlan,
  growth: Growth,
): Promise<number> {
  const firstRow = target.top + 1 + (target.blankFirst ? 0 : target.bodyRows);
  const width = plan.width;
  const headers = [...target.headers.map(String), ...plan.addHeaders];
  // The formulas of the calculated columns the import does not write: put back after rows.add.
  const calculated = target.formulas
    .map((formula, column) => ({ formula, column }))
    .filter(({ formula, column }) => formula !== '' && plan.values[0]?.[column] === null);
  let bottom = target.top + target.height - 1 - (target.showTotals ? 1 : 0);
  if (growth === 'resize' && plan.addHeaders.length > 0) {
    // Header cells first: Table.resize names the new columns after them.
    target.sheet.getRangeByIndexes(
      target.top,
      target.left + target.headers.length,
      1,
      plan.addHeaders.length,
    ).values = [[...plan.addHeaders]];
  }
  // Once, before the first write: suspending in a loop makes Excel flicker (Microsoft,
  // "Performance optimization using the Excel JavaScript API").
  context.application.suspendScreenUpdatingUntilNextSync();
  let fill = target.blankFirst;
  for (const [start, end] of planBlocks(plan)) {
    const count = end - start;
    const at = firstRow + start;
    const add = fill ? count - 1 : count;
    fill = false;
    if (growth === 'resize') {
      bottom = Math.max(bottom, at + count - 1);
      target.table.resize(
        target.sheet.getRangeByIndexes(target.top, target.left, bottom - target.top + 1, width),
      );
    } else if (add > 0) {
      // rows.add takes a value for every cell; '' clears a calculated column's formula, which
      // is written back just after.
      const blank = headers.map(() => '');
      target.table.rows.add(
        undefined,
        Array.from({ length: add }, () => blank),
      );
      for (const { formula, column } of calculated)
        target.sheet.getRangeByIndexes(
          at + count - add,
          target.left + column,
          add,
          1,
        ).formulasR1C1 = Array.from({ length: add }, () => [formula]);
    }
    const range = target.sheet.getRangeByIndexes(at, target.left, count, width);
    // The format first: text cells become text ('@') before their values arrive. Null leaves
    // a cell as it is: the admin's own columns, calculated ones included.
    range.numberFormat = plan.formats.slice(start, end);
    range.values = plan.values.slice(start, end);
    // One sync per chunk: each must stay under Excel's 5 MB request limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
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
  const table = context.workbook.tables.getItemOrNullObject(TABLE);
  const sheets = context.workbook.worksheets.load('items/name');
  const facts = queueWorkbookFacts(context, host);
  await context.sync();
  const target = table.isNullObject
    ? await otherTarget(
        context,
        sheets.items.map((s) => s.name),
      )
    : await describe(context, table, TABLE);
  const plan = planUsageAppend(target.headers, rows, facts().date1904);
  const newRows = rows.length - (target.blankFirst ? 1 : 0);
  const growth = await makeRoomPlan(context, host, target, plan, newRows);
  if (growth === 'add' && plan.addHeaders.length > 0)
    await addColumns(context, target, plan.addHeaders);
  const first = await writeRows(context, target, plan, growth);
  return {
    sheet: target.sheetName,
    firstRow: first + 1,
    lastRow: first + rows.length,
    rows: rows.length,
    addedColumns: plan.addHeaders,
    created: target.created,
  };
}
