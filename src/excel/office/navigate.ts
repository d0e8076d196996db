/// <reference types="office-js" />
/**
 * Go to a finding's cell: activates its sheet and selects the cell. When the finding names
 * its record (an account or a device) and that row no longer holds it, the key columns are
 * searched in chunks and the row that holds it now is selected instead. An account has one
 * row per licence, so when the finding names a licence, the row must hold that one too.
 */
import { textOf, isLicenceProblem, parseLicence } from '../../core';
import { WorkbookError, parseAddress } from '../shared';
import type { GoToLicence, GoToResult, GoToTarget } from '../port';
import { isPayloadError } from './errors';
import { MAX_CELLS, MIN_ROWS, TARGET_BYTES } from './payload';

/** Bytes per key cell assumed when sizing search chunks (accounts, names, devices). */
const KEY_CELL_BYTES = 48;

function normal(value: unknown): string {
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  return text.trim().toLowerCase();
}

function address(sheet: string, column: string, row: number): string {
  return `${sheet}!${column}${row}`;
}

/** Row chunks of [first, last] (worksheet rows), nearest to `row` first. */
function searchChunks(top: number, bottom: number, row: number, size: number): [number, number][] {
  const chunks: [number, number][] = [];
  for (let first = top; first <= bottom; first += size)
    chunks.push([first, Math.min(bottom, first + size - 1)]);
  const distance = ([a, b]: [number, number]) => (row < a ? a - row : row > b ? row - b : 0);
  return chunks.sort((x, y) => distance(x) - distance(y));
}

/**
 * What identifies the record in a row: its key in one of the key columns and, when the
 * finding names one, its licence read as the engine reads it (a Licence cell, else the
 * Product, Version, Edition and CAL type cells together).
 */
interface Sought {
  readonly key: string;
  readonly keyColumns: readonly string[];
  readonly licence?: GoToLicence;
}

/** Every column a row's match reads: the key columns, then the licence's. */
function columnsOf(record: Sought): string[] {
  const { licence } = record;
  return [
    ...record.keyColumns,
    ...(licence?.column !== undefined ? [licence.column] : []),
    ...(licence?.parts ?? []),
  ];
}

/** Whether a row's cells (in `columnsOf` order) hold the record. */
function holds(record: Sought, cells: readonly unknown[]): boolean {
  const keys = record.keyColumns.length;
  if (!cells.slice(0, keys).some((cell) => normal(cell) === record.key)) return false;
  const { licence } = record;
  if (!licence) return true;
  let at = keys;
  let text = licence.column !== undefined ? textOf(cells[at++]) : '';
  if (text === '')
    text = cells
      .slice(at)
      .map(textOf)
      .filter((part) => part !== '')
      .join(' ');
  if (text === '') return false;
  const parsed = parseLicence(text, licence.read);
  return !isLicenceProblem(parsed) && parsed.licence.name === licence.name;
}

async function findRecord(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  record: Sought,
  span: { top: number; bottom: number },
  row: number,
): Promise<number | undefined> {
  const columns = columnsOf(record);
  let size = Math.max(
    MIN_ROWS,
    Math.min(
      Math.floor(TARGET_BYTES / (KEY_CELL_BYTES * columns.length)),
      Math.floor(MAX_CELLS / columns.length),
    ),
  );
  let best: number | undefined;
  const chunks = searchChunks(span.top, span.bottom, row, size);
  while (chunks.length > 0) {
    const [first, last] = chunks[0];
    if (best !== undefined) {
      const near = row < first ? first - row : row > last ? row - last : 0;
      if (near > Math.abs(best - row)) break;
    }
    const ranges = columns.map((c) => sheet.getRange(`${c}${first}:${c}${last}`).load('values'));
    try {
      // One sync per chunk of rows searched: never one per row.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error) || last - first + 1 <= MIN_ROWS) throw error;
      size = Math.max(MIN_ROWS, Math.floor((last - first + 1) / 2));
      chunks.splice(0, 1, ...searchChunks(first, last, row, size));
      continue;
    }
    chunks.shift();
    const cellsAt = (i: number) => ranges.map((range): unknown => range.values[i]?.[0]);
    for (let i = 0; i <= last - first; i += 1) {
      const at = first + i;
      if (best !== undefined && Math.abs(at - row) >= Math.abs(best - row)) continue;
      if (holds(record, cellsAt(i))) best = at;
    }
  }
  return best;
}

/** Activates the target's sheet and selects its cell, in the caller's Excel.run. */
export async function goTo(context: Excel.RequestContext, target: GoToTarget): Promise<GoToResult> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(target.sheet);
  sheet.load('name');
  await context.sync();
  if (sheet.isNullObject)
    throw new WorkbookError(
      `The sheet "${target.sheet}" is no longer in the workbook`,
      'It may have been renamed or deleted: validate again to refresh the findings.',
    );
  const name = sheet.name;
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('address');
  const key = target.key !== undefined ? normal(target.key) : '';
  const record: Sought = {
    key,
    keyColumns: key !== '' ? (target.keyColumns ?? []) : [],
    ...(target.licence ? { licence: target.licence } : {}),
  };
  const searched = record.keyColumns.length > 0 ? columnsOf(record) : [];
  const cells = searched.map((c) => sheet.getRange(`${c}${target.row}`).load('values'));
  // Optimistically select the cell as read: in the usual case that is the whole job.
  const column = target.column ?? 'A';
  sheet.activate();
  sheet.getRange(`${column}${target.row}`).select();
  await context.sync();

  const original = address(name, column, target.row);
  const asRead = cells.map((c): unknown => c.values[0]?.[0]);
  if (searched.length === 0 || holds(record, asRead))
    return { address: original, moved: false, lost: false };
  if (used.isNullObject) return { address: original, moved: false, lost: true };
  const area = parseAddress(used.address);
  const found = await findRecord(context, sheet, record, area, target.row);
  if (found === undefined) return { address: original, moved: false, lost: true };
  sheet.getRange(`${column}${found}`).select();
  await context.sync();
  return { address: address(name, column, found), moved: true, lost: false };
}
