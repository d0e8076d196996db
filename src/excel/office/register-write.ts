/// <reference types="office-js" />
/**
 * Adds imported licence records to the register's Purchases and Assignments tables (the pane's
 * "Add … to the Purchases table"): rows at each table's end, under the table's own columns,
 * nothing else touched. Each table must be an Excel table whose headers are still those the
 * validation read; a protected sheet, a filtered table, a totals row or data in the cells the
 * rows need is refused before anything is written, in either table: both are checked before
 * the first write. The table grows over the empty cells under it (Table.resize, ExcelApi
 * 1.13; else rows.add, whose calculated columns are put back), one sync per chunk under
 * Excel's payload limit.
 */
import { dayToSerial, type RegisterCell, type TableInfo } from '../../core';
import { parseAddress, WorkbookError, foldIntoNotes, missingColumns, type Area } from '../shared';
import type { RegisterRowsAdded } from '../port';
import { API, queueWorkbookFacts, supports, type OfficeHost } from './host';
import { ACTION_BYTES, jsonBytes, PATH_BYTES, rowBlocks } from './payload';

const DATE = 'yyyy-mm-dd';

/** One table's rows to add: where the engine found the table, and the rows' cells. */
export interface TableRows {
  readonly info: TableInfo;
  readonly cells: readonly (readonly RegisterCell[])[];
}

const isBlank = (value: unknown) => value === '' || value === null || value === undefined;

/** A table checked and its rows laid out under its columns: ready to write. */
interface Target {
  readonly role: TableRows['info']['role'];
  readonly name: string;
  readonly sheetName: string;
  readonly table: Excel.Table;
  readonly area: Area;
  readonly width: number;
  /** The only body row is empty (a new register): the first row fills it. */
  readonly blankFirst: boolean;
  /** Formulas (R1C1) of the first body row in the columns no field is written to. */
  readonly calculated: readonly { readonly column: number; readonly formula: string }[];
  readonly values: (string | number | null)[][];
  readonly formats: (string | null)[][];
}

/** What is queued for one table before the sync that tells whether rows may go in. */
interface Probe {
  readonly rows: TableRows;
  readonly table: Excel.Table;
  readonly range: Excel.Range;
  readonly header: Excel.Range;
  readonly first: Excel.Range;
  readonly filter: Excel.AutoFilter;
  readonly protection: Excel.WorksheetProtection;
  readonly sheet: Excel.Worksheet;
}

function probe(context: Excel.RequestContext, rows: TableRows): Probe {
  const { info } = rows;
  if (info.table === undefined)
    throw new WorkbookError(
      `The ${info.role} sheet "${info.sheet}" is not an Excel table, so rows cannot be added to it safely`,
      'Select its header row and rows, choose Insert > Table, validate, and import again. Nothing was changed.',
    );
  const table = context.workbook.tables.getItem(info.table);
  table.load('showTotals');
  const sheet = table.worksheet.load('name');
  return {
    rows,
    table,
    range: table.getRange().load('address'),
    header: table.getHeaderRowRange().load('values'),
    // The first body row only: a table of a million rows is not read to add a few.
    first: table.getDataBodyRange().getRow(0).load('values,formulasR1C1'),
    filter: table.autoFilter.load('isDataFiltered'),
    protection: sheet.protection.load('protected'),
    sheet,
  };
}

/** Refuses what Excel cannot take safely, else lays the rows out under the table's columns. */
function plan(p: Probe, date1904: boolean): Target {
  const { info, cells } = p.rows;
  const name = info.table as string;
  const sheetName = p.sheet.name;
  if (p.protection.protected)
    throw new WorkbookError(
      `The sheet "${sheetName}" is protected, so the rows cannot go into its ${name} table`,
      'Unprotect it (Review > Unprotect Sheet), add the rows again, then protect it again if you like. Nothing was changed.',
    );
  if (p.filter.isDataFiltered)
    throw new WorkbookError(
      `The ${name} table on "${sheetName}" is filtered: Excel adds no rows to a table that hides some`,
      `Clear its filter (Data > Clear on the "${sheetName}" sheet), add the rows, then filter again if you like. Nothing was changed.`,
    );
  if (p.table.showTotals)
    throw new WorkbookError(
      `The ${name} table on "${sheetName}" shows a totals row, and the rows would have to go under it`,
      'Turn off its Total Row (Table Design > Total Row), add the rows, then turn it on again. Nothing was changed.',
    );
  const headers = (p.header.values[0] ?? []).map((h) => String(h));
  // Field -> index in the table, by the headers the validation read (still there?).
  const at = new Map<string, number>();
  for (const [field, text] of Object.entries(info.headers)) {
    const index = headers.indexOf(text);
    if (index < 0)
      throw new WorkbookError(
        `The ${name} table has no "${text}" column any more: its headers changed since the register was validated`,
        'Validate again, then add the rows. Nothing was changed.',
      );
    at.set(field, index);
  }
  if (!at.has('licence')) {
    const part = ['product', 'version', 'edition', 'calType'].find((f) => at.has(f));
    if (part) at.set('licence', at.get(part) as number);
  }
  const has = (field: string) => at.has(field);
  if (!has('notes')) refuseLostValues(name, has, cells);
  const rows = foldIntoNotes(has, cells);
  const lay = <T>(cell: (c: RegisterCell) => T) =>
    rows.map((row) => {
      const line: (T | null)[] = headers.map(() => null);
      for (const c of row) {
        const index = at.get(c.field);
        if (index !== undefined && c.value !== undefined) line[index] = cell(c);
      }
      return line;
    });
  const values = lay((c) =>
    c.date && typeof c.value === 'number' ? dateValue(c.value, date1904) : (c.value as string),
  );
  const formats = lay((c) => (c.date ? DATE : typeof c.value === 'string' ? '@' : 'General'));
  const area = parseAddress(p.range.address);
  const firstValues = p.first.values[0] ?? [];
  const written = new Set(at.values());
  const calculated = (p.first.formulasR1C1[0] ?? []).flatMap((f: unknown, column: number) =>
    typeof f === 'string' && f.startsWith('=') && !written.has(column)
      ? [{ column, formula: f }]
      : [],
  );
  return {
    role: info.role,
    name,
    sheetName,
    table: p.table,
    area,
    width: headers.length,
    blankFirst: area.bottom - area.top === 1 && firstValues.every(isBlank),
    calculated,
    values,
    formats,
  };
}

/**
 * Refuses rows that would lose a value: a table with no Notes column can keep only the fields
 * it has a column for (and the rows' notes, the export and line each came from, need Notes).
 */
function refuseLostValues(
  name: string,
  has: (field: string) => boolean,
  cells: readonly (readonly RegisterCell[])[],
): void {
  const notes = cells.some((row) => row.some((c) => c.field === 'notes' && c.value !== undefined));
  const missing = missingColumns(
    has,
    cells.map((row) => row.filter((c) => c.field !== 'notes')),
  );
  const hint = (what: string) =>
    `Add a Notes column${what} to the table, validate again, then add the rows. Nothing was changed.`;
  if (missing.length > 0) {
    const many = missing.length > 1;
    const list = many
      ? `${missing.slice(0, -1).join(', ')} or ${missing[missing.length - 1]}`
      : missing[0];
    throw new WorkbookError(
      `The ${name} table has no ${list} column, and no Notes column to keep ${many ? 'those values' : 'that value'} in`,
      hint(` (or the missing column${many ? 's' : ''})`),
    );
  }
  if (notes)
    throw new WorkbookError(
      `The ${name} table has no Notes column for the rows' notes (the export and line each came from)`,
      hint(''),
    );
}

/** 0-based worksheet row of the first row added. */
const firstRow = (t: Target) => t.area.top + (t.blankFirst ? 0 : t.area.bottom - t.area.top);

/** Refuses when the cells the new rows need, under any of the tables, hold data. */
async function checkRoom(context: Excel.RequestContext, targets: readonly Target[]) {
  const under = targets.flatMap((t) => {
    const newRows = t.values.length - (t.blankFirst ? 1 : 0);
    if (newRows <= 0) return [];
    const range = context.workbook.worksheets
      .getItem(t.sheetName)
      .getRangeByIndexes(t.area.bottom, t.area.left - 1, newRows, t.width)
      .getUsedRangeOrNullObject(true);
    return [{ t, newRows, range }];
  });
  if (under.length === 0) return;
  await context.sync();
  for (const { t, newRows, range } of under)
    if (!range.isNullObject)
      throw new WorkbookError(
        `The cells under the ${t.name} table on "${t.sheetName}" hold data, and the ${newRows} new ${newRows === 1 ? 'row needs' : 'rows need'} them (rows ${t.area.bottom + 1}–${t.area.bottom + newRows})`,
        'Move what is under the table (or cut and insert it lower down), then add the rows again. Nothing was changed.',
      );
}

/** Request bytes of one row: values and formats, and the blank cells rows.add sends. */
function rowBytes(t: Target, i: number): number {
  return jsonBytes(t.values[i]) + jsonBytes(t.formats[i]) + t.width * 3;
}

/** Writes a table's rows, in syncs under Excel's request limit; returns the first row (0-based). */
async function write(context: Excel.RequestContext, t: Target, resize: boolean): Promise<number> {
  const first = firstRow(t);
  const sheet = context.workbook.worksheets.getItem(t.sheetName);
  const left = t.area.left - 1;
  let bottom = t.area.bottom - 1; // 0-based last row of the table
  const fixed = (6 + t.calculated.length) * (PATH_BYTES + ACTION_BYTES);
  for (const [start, end] of rowBlocks(t.values.length, (i) => rowBytes(t, i), fixed)) {
    const top = first + start;
    const count = end - start;
    if (top + count - 1 > bottom) {
      const add = top + count - 1 - bottom;
      if (resize)
        t.table.resize(
          sheet.getRangeByIndexes(t.area.top - 1, left, top + count - t.area.top + 1, t.width),
        );
      else {
        // rows.add takes a value for every cell, and '' clears a calculated column's formula:
        // the formulas are put back just after.
        const blank = t.values[0].map(() => '');
        t.table.rows.add(
          undefined,
          Array.from({ length: add }, () => blank),
        );
        for (const { column, formula } of t.calculated)
          sheet.getRangeByIndexes(bottom + 1, left + column, add, 1).formulasR1C1 = Array.from(
            { length: add },
            () => [formula],
          );
      }
      bottom += add;
    }
    const target = sheet.getRangeByIndexes(top, left, count, t.width);
    // The format first: text cells become text ('@') before their values arrive. Null leaves
    // a cell as it is: the admin's own columns, calculated ones included.
    target.numberFormat = t.formats.slice(start, end);
    target.values = t.values.slice(start, end);
    // One sync per chunk: each stays under Excel's 5 MB request limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return first;
}

/** A day number as the workbook counts dates. */
function dateValue(day: number, date1904: boolean): number {
  return dayToSerial(day) - (date1904 ? 1462 : 0);
}

/**
 * Adds the rows in the caller's Excel.run, Purchases first. Every table is checked (and the
 * cells its rows need) before the first is written, so a refusal changes nothing.
 */
export async function appendRegisterRows(
  context: Excel.RequestContext,
  host: OfficeHost,
  tables: readonly TableRows[],
): Promise<RegisterRowsAdded> {
  const facts = queueWorkbookFacts(context, host);
  const probes = tables.filter((t) => t.cells.length > 0).map((t) => probe(context, t));
  await context.sync();
  const { date1904 } = facts();
  const targets = probes.map((p) => plan(p, date1904));
  await checkRoom(context, targets);
  const resize = supports(host, API.resize);
  // Once, before the first write: suspending in a loop makes Excel flicker.
  if (targets.length > 0) context.application.suspendScreenUpdatingUntilNextSync();
  const added: RegisterRowsAdded['tables'][number][] = [];
  for (const t of targets) {
    const first = await write(context, t, resize);
    added.push({
      role: t.role,
      rows: t.values.length,
      sheet: t.sheetName,
      firstRow: first + 1,
      lastRow: first + t.values.length,
    });
  }
  return { tables: added };
}
