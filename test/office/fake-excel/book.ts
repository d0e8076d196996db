/**
 * The fake workbook's state: sheets, tables (workbook-wide names, as in Excel), the active
 * sheet and selection, and what the tests measure: syncs, payload sizes, run options.
 * Seeded from the engine's SheetGrid[]; dumped as plain data for assertions.
 */
import type { SheetGrid } from '../../../src/core';
import {
  boxAddress,
  FakeOfficeError,
  intersect,
  parseBox,
  versionAtMost,
  type Box,
} from './basics';
import { dumpSheet, type SheetDump, type TableDump, type WorkbookDump } from './dump';
import { cellKey, isBlank, SheetModel } from './sheet-model';

export interface TableModel {
  readonly id: string;
  name: string;
  readonly sheet: SheetModel;
  /** Header row to totals row, 0-based inclusive. */
  box: { top: number; left: number; bottom: number; right: number };
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  columns: string[];
  /** The table's filter hides rows (Table.autoFilter.isDataFiltered). */
  filtered: boolean;
  /** Calculated columns: column index -> the formula Excel fills into every body row. */
  readonly calculated: Map<number, string>;
}

/**
 * Which Excel the fake is: Excel on the web, or Excel on Windows and Mac ("desktop"). They
 * differ where Microsoft documents a difference: the 5 MB payload limit and
 * OperationCellsExceedLimit (web only), the APIs that cannot join an undo group, and a sheet
 * activated in the sync that added it (the web may leave the old sheet active).
 */
export type Platform = 'web' | 'desktop';

/**
 * APIs Excel cannot put in an undo group, per platform, as far as the fake implements them
 * (Microsoft, "Undo support with the Excel JavaScript API", table of unsupported APIs).
 */
const NO_UNDO: Readonly<Record<Platform, readonly string[]>> = {
  web: [
    'Worksheet.delete',
    'Worksheet.copy',
    'WorksheetProtection.protect',
    'WorksheetProtection.unprotect',
    'DocumentProperties.title',
    'DocumentProperties.author',
    'DocumentProperties.company',
  ],
  desktop: [
    'Worksheet.delete',
    'Worksheet.copy',
    'Worksheet.name',
    'Worksheet.position',
    'Worksheet.visibility',
    'WorksheetProtection.protect',
    'WorksheetProtection.unprotect',
  ],
};

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** The error code the sync failed with, if it failed. */
  readonly error?: string;
}

export interface RunRecord {
  readonly delayForCellEdit?: boolean;
  readonly mergeUndoGroup?: boolean;
}

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

export class FakeWorkbook {
  name = 'Register.xlsx';
  date1904 = false;
  /** Highest ExcelApi requirement set the host supports. */
  apiVersion = '1.20';
  /** Excel on the web, or on Windows and Mac. */
  platform: Platform = 'web';
  /**
   * The workbook's culture's short date pattern (Application.cultureInfo.datetimeFormat,
   * ExcelApi 1.12): Excel in en-US writes M/d/yyyy, in de-DE dd.MM.yyyy.
   */
  shortDatePattern = 'M/d/yyyy';
  /** Office's display language (Office.context.displayLanguage). */
  displayLanguage = 'en-US';
  /** Preview APIs (Workbook.use1904DateSystem) are available: never in released Excel. */
  previewApis = false;
  /**
   * More APIs that fail an undo group here, as Excel's own defects do (office-js #6491:
   * UndoNotSupported on many formulas in one merged run).
   */
  readonly noUndo = new Set<string>();
  /** Cells one read may return (Microsoft: five million); more is refused, or null. */
  readCellLimit = 5_000_000;
  /** What Excel answers to a read over the limit: RangeExceedsLimit, or null values. */
  oversizedReads: 'error' | 'null' = 'error';
  /** Bytes of JSON a sync may send (request) or receive (response), on the web. */
  readonly limits = { request: 5_000_000, response: 5_000_000 };
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly properties: Record<string, string> = { title: '', author: '', company: '' };
  /** The add-in's settings in the workbook (Workbook.settings), by key. */
  readonly settings = new Map<string, { key: string; value: unknown }>();
  activeSheet: SheetModel | undefined;
  selection: { sheet: string; address: string } | undefined;
  syncCount = 0;
  readonly syncLog: SyncRecord[] = [];
  readonly runs: RunRecord[] = [];
  screenSuspensions = 0;
  /** Cells whose values were loaded, per sheet name: what a read cost. */
  readonly valuesRead = new Map<string, number>();
  private readonly failures: string[] = [];
  private nextTable = 1;

  /** Whether the host has ExcelApi `version`. */
  supports(version: string): boolean {
    return versionAtMost(version, this.apiVersion);
  }

  /** Whether `api` cannot join an undo group on this platform. */
  cannotUndo(api: string): boolean {
    return NO_UNDO[this.platform].includes(api) || this.noUndo.has(api);
  }

  /** Protects a sheet: Excel then refuses every change to its (locked) cells. */
  protect(sheetName: string): void {
    this.sheet(sheetName).isProtected = true;
  }

  /** Filters a table so that it hides rows, as the admin's filter button does. */
  filter(table: TableModel): void {
    table.filtered = true;
  }

  /** Makes a column of a table a calculated column: its formula in every body row. */
  addCalculatedColumn(table: TableModel, column: number, formula: string): void {
    table.calculated.set(column, formula);
    for (let r = table.box.top + 1; r <= table.box.bottom - (table.showTotals ? 1 : 0); r += 1) {
      table.sheet.put(r, table.box.left + column, undefined);
      table.sheet.formulas.set(cellKey(r, table.box.left + column), formula);
    }
  }

  /** Fills the calculated columns of a table's body rows [from, to]. */
  fillCalculated(table: TableModel, from: number, to: number): void {
    for (const [column, formula] of table.calculated)
      for (let r = from; r <= to; r += 1) {
        table.sheet.put(r, table.box.left + column, undefined);
        table.sheet.formulas.set(cellKey(r, table.box.left + column), formula);
      }
  }

  /** A workbook holding the grids, their tables included. */
  static fromGrids(grids: readonly SheetGrid[]): FakeWorkbook {
    const book = new FakeWorkbook();
    for (const grid of grids) {
      const sheet = book.addSheet(grid.name);
      const top = (grid.top ?? 1) - 1;
      const left = (grid.left ?? 1) - 1;
      grid.rows.forEach((row, r) =>
        row?.forEach((value, c) => sheet.put(top + r, left + c, seedValue(value))),
      );
      for (const t of grid.tables ?? []) {
        book.createTable(
          sheet,
          { top: t.top - 1, left: t.left - 1, bottom: t.bottom - 1, right: t.right - 1 },
          t.name,
        );
      }
    }
    return book;
  }

  addSheet(name: string, rows: readonly (readonly unknown[])[] = [], at = 'A1'): SheetModel {
    if (this.findSheet(name))
      throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
    const sheet = new SheetModel(name);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    const { box } = parseBox(at);
    rows.forEach((row, r) => row.forEach((v, c) => sheet.put(box.top + r, box.left + c, v)));
    return sheet;
  }

  /** The sheet of that name (any case); throws when there is none, so a test fails clearly. */
  sheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`the fake workbook has no sheet "${name}"`);
    return sheet;
  }

  findSheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  findTable(name: string): TableModel | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower);
  }

  /** Adds an Excel table over `address` (header row first) on a sheet. */
  addTable(sheet: string, name: string, address: string, showTotals = false): TableModel {
    const table = this.createTable(this.sheet(sheet), parseBox(address).box, name);
    if (showTotals) this.setTotals(table, true);
    return table;
  }

  createTable(sheet: SheetModel, box: Box, name?: string): TableModel {
    for (const other of this.tables)
      if (other.sheet === sheet && intersect(other.box, box))
        throw new FakeOfficeError('InvalidOperation', 'A table cannot overlap another table.');
    const columns: string[] = [];
    for (let c = box.left; c <= box.right; c += 1) {
      const raw = sheet.raw(box.top, c);
      let header = isBlank(raw) ? `Column${c - box.left + 1}` : String(raw);
      while (columns.some((h) => h.toLowerCase() === header.toLowerCase())) header += '2';
      columns.push(header);
      sheet.put(box.top, c, header);
    }
    const id = String(this.nextTable++);
    const table: TableModel = {
      id,
      name: `Table${id}`,
      sheet,
      box: { ...box, bottom: Math.max(box.bottom, box.top + 1) },
      showHeaders: true,
      showTotals: false,
      style: 'TableStyleMedium2',
      columns,
      filtered: false,
      calculated: new Map(),
    };
    this.tables.push(table);
    if (name !== undefined) this.renameTable(table, name);
    return table;
  }

  renameTable(table: TableModel, name: string): void {
    if (!TABLE_NAME.test(name))
      throw new FakeOfficeError('InvalidArgument', `Not a valid table name: ${name}`);
    const other = this.findTable(name);
    if (other && other !== table)
      throw new FakeOfficeError('ItemAlreadyExists', `A table named ${name} already exists.`);
    table.name = name;
  }

  /** Shows or hides a table's totals row, as Excel does: the row under the table is taken. */
  setTotals(table: TableModel, show: boolean): void {
    if (show === table.showTotals) return;
    const { sheet, box } = table;
    if (show) {
      const row = box.bottom + 1;
      for (let c = box.left; c <= box.right; c += 1)
        if (!isBlank(sheet.raw(row, c)) || sheet.formula(row, c) !== undefined)
          throw new FakeOfficeError('InvalidOperation', 'The row under the table is not empty.');
      box.bottom = row;
      sheet.put(row, box.left, 'Total');
      const last = table.columns[table.columns.length - 1];
      sheet.formulas.set(cellKey(row, box.right), `=SUBTOTAL(109,${table.name}[${last}])`);
    } else {
      sheet.clear({ ...box, top: box.bottom }, 'Contents', false);
      box.bottom -= 1;
    }
    table.showTotals = show;
  }

  /** What a cell shows: its value, or the result of its formula. */
  valueAt(sheet: SheetModel, row: number, column: number): unknown {
    const formula = sheet.formula(row, column);
    if (formula !== undefined) return this.evaluate(formula);
    const raw = sheet.raw(row, column);
    return isBlank(raw) ? '' : raw;
  }

  /**
   * `=SUBTOTAL(109,Table[Column])` is summed; `=HYPERLINK("#…","text")` shows its text; any
   * other formula is #NAME?.
   */
  evaluate(formula: string): unknown {
    const link = /^=HYPERLINK\("(?:[^"]|"")*",\s*"((?:[^"]|"")*)"\)$/.exec(formula);
    if (link) return link[1].replace(/""/g, '"');
    const m = /^=SUBTOTAL\(109,\s*([^[]+)\[(.+)\]\)$/.exec(formula);
    const table = m ? this.findTable(m[1]) : undefined;
    if (!m || !table) return '#NAME?';
    const header = m[2].replace(/'(.)/g, '$1');
    const at = table.columns.findIndex((h) => h.toLowerCase() === header.toLowerCase());
    if (at < 0) return '#REF!';
    let sum = 0;
    const { box } = table;
    for (let r = box.top + 1; r <= box.bottom - (table.showTotals ? 1 : 0); r += 1) {
      const v = table.sheet.raw(r, box.left + at);
      if (typeof v === 'number') sum += v;
    }
    return sum;
  }

  /** Every sync from now on reads and writes at most `bytes` of JSON. */
  setPayloadLimit(bytes: number): void {
    this.limits.request = bytes;
    this.limits.response = bytes;
  }

  /** The next syncs fail with these error codes (one each), before doing anything. */
  failNextSyncs(...codes: string[]): void {
    this.failures.push(...codes);
  }

  takeFailure(): string | undefined {
    return this.failures.shift();
  }

  /** The values of a sheet's used range (or of an address on it), formulas evaluated. */
  values(sheetName: string, address?: string): unknown[][] {
    const sheet = this.sheet(sheetName);
    const box = address !== undefined ? parseBox(address).box : sheet.usedBox(true);
    if (!box) return [];
    const rows: unknown[][] = [];
    for (let r = box.top; r <= box.bottom; r += 1) {
      const row: unknown[] = [];
      for (let c = box.left; c <= box.right; c += 1) row.push(this.valueAt(sheet, r, c));
      rows.push(row);
    }
    return rows;
  }

  dumpSheet(name: string): SheetDump {
    const sheet = this.sheet(name);
    return dumpSheet(sheet, this.sheets.indexOf(sheet), (r, c) => this.valueAt(sheet, r, c));
  }

  dumpTable(table: TableModel): TableDump {
    return {
      name: table.name,
      sheet: table.sheet.name,
      address: boxAddress(table.box),
      showHeaders: table.showHeaders,
      showTotals: table.showTotals,
      style: table.style,
      columns: [...table.columns],
    };
  }

  /** Everything a test may assert on, as plain data. */
  dump(): WorkbookDump {
    return {
      name: this.name,
      date1904: this.date1904,
      activeSheet: this.activeSheet?.name,
      selection: this.selection ? `${this.selection.sheet}!${this.selection.address}` : undefined,
      sheets: this.sheets.map((s) => this.dumpSheet(s.name)),
      tables: this.tables.map((t) => this.dumpTable(t)),
    };
  }
}

/** A seed cell as Excel holds it: dates as serials, blanks empty. */
function seedValue(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  return value;
}
