/**
 * Reads a register from an .xlsx file with ExcelJS's streaming reader: one pass, rows as
 * plain values (the shapes Office.js gives), sheets and tables from the package.
 */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../core';
import { WorkbookError } from '../errors';
import { openPackage, type PackageInfo } from './package';

export interface ReadProgress {
  readonly sheet: string;
  readonly rows: number;
}

export interface ReadOptions {
  /** Called every few thousand rows. */
  readonly onProgress?: (progress: ReadProgress) => void;
}

export interface WorkbookGrids {
  readonly grids: SheetGrid[];
  readonly date1904: boolean;
  readonly info: PackageInfo;
}

const PROGRESS_EVERY = 5_000;

/**
 * A cell as ExcelJS gives it, as a plain value: formulas become their result, rich text
 * its text, hyperlinks their text, error cells their code ('#N/A').
 */
export function plainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') {
    return type === 'number' && Number.isNaN(value) ? '#VALUE!' : value;
  }
  if (value instanceof Date) return value;
  const cell = value as {
    result?: unknown;
    formula?: unknown;
    sharedFormula?: unknown;
    richText?: { text?: unknown }[];
    text?: unknown;
    error?: unknown;
  };
  if (typeof cell.error === 'string') return cell.error;
  if ('formula' in cell || 'sharedFormula' in cell || 'result' in cell)
    return plainValue(cell.result);
  if (Array.isArray(cell.richText)) {
    return cell.richText.map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
  }
  if ('text' in cell) return plainValue(cell.text);
  return null;
}

interface StreamedSheet {
  name?: string;
  id?: number | string;
  [Symbol.asyncIterator](): AsyncIterator<{ number: number; values: unknown }>;
}

/** One pass of ExcelJS's streaming reader: the fast way, for files of any size. */
async function streamGrids(
  path: string,
  info: PackageInfo,
  options: ReadOptions,
): Promise<SheetGrid[]> {
  const byName = new Map(info.sheets.map((s) => [s.name, s]));
  const byPart = new Map(info.sheets.map((s) => [s.part, s]));
  const grids: SheetGrid[] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  for await (const streamed of reader as unknown as AsyncIterable<StreamedSheet>) {
    const sheet =
      (streamed.name !== undefined ? byName.get(streamed.name) : undefined) ??
      byPart.get(`xl/worksheets/sheet${String(streamed.id)}.xml`);
    if (!sheet) continue;
    const rows: (unknown[] | undefined)[] = [];
    let count = 0;
    for await (const row of streamed) {
      // ExcelJS's values array is 1-based (index 1 is column A): kept as it is (left: 0), with
      // only the cells that are objects (formulas, rich text, errors) replaced by plain values.
      const values = row.values as unknown[];
      for (let c = 1; c < values.length; c += 1) {
        const value = values[c];
        if (value !== null && typeof value === 'object' && !(value instanceof Date))
          values[c] = plainValue(value);
      }
      rows[row.number - 1] = values;
      count += 1;
      if (options.onProgress && count % PROGRESS_EVERY === 0)
        options.onProgress({ sheet: sheet.name, rows: count });
    }
    options.onProgress?.({ sheet: sheet.name, rows: count });
    grids.push({ name: sheet.name, rows, top: 1, left: 0, tables: sheet.tables });
  }
  return grids;
}

/**
 * ExcelJS's whole-workbook reader, for packages its streaming reader trips on (entries
 * stored uncompressed in an unusual order, parts under unusual names). Holds the workbook
 * in memory, which such files, made by other tools, are small enough for.
 */
async function loadGrids(info: PackageInfo): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(info.bytes as unknown as ArrayBuffer);
  const tablesOf = new Map(info.sheets.map((s) => [s.name, s.tables]));
  return workbook.worksheets.map((worksheet) => {
    const rows: (unknown[] | undefined)[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, number) => {
      const values = row.values as unknown[];
      rows[number - 1] = values.slice(1).map(plainValue);
    });
    return {
      name: worksheet.name,
      rows,
      top: 1,
      left: 1,
      tables: tablesOf.get(worksheet.name) ?? [],
    };
  });
}

/** Reads every worksheet of an .xlsx file as grids, with its tables and date system. */
export async function readWorkbookGrids(
  path: string,
  options: ReadOptions = {},
): Promise<WorkbookGrids> {
  const info = await openPackage(path);
  let grids: SheetGrid[];
  try {
    grids = await streamGrids(path, info, options);
    if (grids.length < info.sheets.length) grids = await loadGrids(info);
  } catch (streamError) {
    try {
      grids = await loadGrids(info);
    } catch {
      throw new WorkbookError(
        `"${path}" could not be read: ${(streamError as Error).message}`,
        'Open it in Excel, save it again as Excel Workbook (.xlsx), and retry.',
      );
    }
  }
  const order = new Map(info.sheets.map((s, i) => [s.name, i]));
  grids.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));
  return { grids, date1904: info.date1904, info };
}
