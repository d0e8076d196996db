/**
 * Finding the register in a workbook: each table by its Excel table name, else by its sheet
 * name, else by a header row that looks like it (a title above the header row is normal).
 */
import { cellText } from './cells';
import { foreignSheetNames } from './languages';
import {
  COLUMNS,
  headerKey,
  SHEET_ALIASES,
  SHEET_NAMES,
  SIGNATURES,
  TABLE_NAMES,
  type TableName,
} from './schema';

/** A worksheet as plain values, the way every adapter hands it to the engine. */
export interface SheetGrid {
  readonly name: string;
  /** Rows of cells; a missing row or cell is blank. */
  readonly rows: ReadonlyArray<ReadonlyArray<unknown> | undefined>;
  /** Worksheet row number of rows[0] (1 when the grid starts at the top). */
  readonly top?: number;
  /** Worksheet column number of rows[i][0] (1 for column A). */
  readonly left?: number;
  /** The Excel tables on this sheet, in worksheet coordinates. */
  readonly tables?: readonly TableRef[];
}

export interface TableRef {
  readonly name: string;
  /** Worksheet row of the header row. */
  readonly top: number;
  /** Worksheet row of the last data row (before a totals row). */
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** One table of the register as found: where its header is and which column holds what. */
export interface LocatedTable {
  readonly role: TableName;
  readonly grid: SheetGrid;
  readonly sheet: string;
  readonly table?: string;
  /** Index into grid.rows of the header row. */
  readonly headerIndex: number;
  /** Index into grid.rows after the last data row. */
  readonly endIndex: number;
  /** Field -> index into a row's cells. */
  readonly columns: Readonly<Record<string, number>>;
  /** Field -> the header text as written in the sheet. */
  readonly headers: Readonly<Record<string, string>>;
  /** How the table was found. */
  readonly foundBy: 'table' | 'sheet' | 'headers';
}

export type LocatedRegister = Partial<Record<TableName, LocatedTable>>;

/** Rows of a sheet searched for a header row: all that finding the register looks at. */
export const HEADER_SCAN_ROWS = 25;

interface HeaderMatch {
  readonly columns: Record<string, number>;
  readonly headers: Record<string, string>;
  readonly score: number;
}

/** Maps a header row's cells to fields of a table; the first column of a field wins. */
export function matchHeaders(
  role: TableName,
  row: ReadonlyArray<unknown> | undefined,
  from = 0,
  to = row ? row.length : 0,
): HeaderMatch {
  const columns: Record<string, number> = {};
  const headers: Record<string, string> = {};
  let score = 0;
  if (!row) return { columns, headers, score };
  const defs = COLUMNS[role];
  for (let index = from; index < to; index += 1) {
    const text = cellText(row[index]);
    if (text === '') continue;
    const key = headerKey(text);
    for (const def of defs) {
      if (def.field in columns) continue;
      if (def.aliases.includes(key)) {
        columns[def.field] = index;
        headers[def.field] = text;
        score += 1;
        break;
      }
    }
  }
  return { columns, headers, score };
}

function meetsSignature(role: TableName, match: HeaderMatch): boolean {
  return SIGNATURES[role].every((any) => any.some((field) => field in match.columns));
}

function bestHeaderRow(
  role: TableName,
  grid: SheetGrid,
): { index: number; match: HeaderMatch } | undefined {
  let best: { index: number; match: HeaderMatch } | undefined;
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let index = 0; index < limit; index += 1) {
    const match = matchHeaders(role, grid.rows[index]);
    if (meetsSignature(role, match) && (!best || match.score > best.match.score)) {
      best = { index, match };
    }
  }
  return best;
}

function locateTable(role: TableName, grid: SheetGrid, ref: TableRef): LocatedTable {
  const top = grid.top ?? 1;
  const left = grid.left ?? 1;
  const headerIndex = ref.top - top;
  const match = matchHeaders(role, grid.rows[headerIndex], ref.left - left, ref.right - left + 1);
  return {
    role,
    grid,
    sheet: grid.name,
    table: ref.name,
    headerIndex,
    endIndex: Math.min(grid.rows.length, ref.bottom - top + 1),
    columns: match.columns,
    headers: match.headers,
    foundBy: 'table',
  };
}

function locateInSheet(
  role: TableName,
  grid: SheetGrid,
  foundBy: 'sheet' | 'headers',
): LocatedTable | undefined {
  const best = bestHeaderRow(role, grid);
  if (!best) return undefined;
  return {
    role,
    grid,
    sheet: grid.name,
    headerIndex: best.index,
    endIndex: grid.rows.length,
    columns: best.match.columns,
    headers: best.match.headers,
    foundBy,
  };
}

function nameMatches(role: TableName, name: string): boolean {
  const key = headerKey(name);
  return key === role.toLowerCase() || SHEET_ALIASES[role].includes(key);
}

/**
 * Finds each table of the register. A sheet named like a table but without a recognisable
 * header row is not one: `unreadSheets` names it.
 */
export function locateRegister(grids: readonly SheetGrid[]): LocatedRegister {
  const found: LocatedRegister = {};
  const usedSheets = new Set<SheetGrid>();

  for (const role of TABLE_NAMES) {
    for (const grid of grids) {
      const ref = grid.tables?.find((t) => nameMatches(role, t.name));
      if (ref && !found[role]) {
        found[role] = locateTable(role, grid, ref);
        usedSheets.add(grid);
      }
    }
  }
  for (const role of TABLE_NAMES) {
    if (found[role]) continue;
    const grid = grids.find((g) => !usedSheets.has(g) && nameMatches(role, g.name));
    const located = grid && locateInSheet(role, grid, 'sheet');
    if (grid && located) {
      found[role] = located;
      usedSheets.add(grid);
    }
  }
  // Header detection: give each remaining sheet the table its header row fits best.
  const candidates: { role: TableName; located: LocatedTable; score: number }[] = [];
  for (const grid of grids) {
    if (usedSheets.has(grid)) continue;
    for (const role of TABLE_NAMES) {
      if (found[role]) continue;
      const located = locateInSheet(role, grid, 'headers');
      if (located) candidates.push({ role, located, score: Object.keys(located.columns).length });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  for (const { role, located } of candidates) {
    if (found[role] || usedSheets.has(located.grid)) continue;
    found[role] = located;
    usedSheets.add(located.grid);
  }
  return found;
}

/** A sheet named like a table of the register whose header row was not recognised. */
export interface UnreadSheet {
  readonly role: TableName;
  readonly sheet: string;
  /** The first row with text, as written: the headers that were not recognised. */
  readonly headers: readonly string[];
}

/**
 * Whether a sheet bears a table's own name (in any of the register's languages): a sheet
 * named by a looser alias ("Evidence", "Options", "Licences") may hold something else.
 */
function ownName(role: TableName, name: string): boolean {
  const key = headerKey(name);
  const own = [role, SHEET_NAMES[role] ?? role, ...foreignSheetNames(role)];
  return own.some((word) => headerKey(word) === key);
}

/**
 * The sheets named as a table (Purchases, Servers, ...) that were not read as it, because
 * no header row of theirs has the table's key columns: most often a typo in a header. Said,
 * so that a sheet the admin keeps is never silently skipped.
 */
export function unreadSheets(grids: readonly SheetGrid[], found: LocatedRegister): UnreadSheet[] {
  const used = new Set(Object.values(found).map((located) => located?.grid));
  const unread: UnreadSheet[] = [];
  for (const role of TABLE_NAMES) {
    if (found[role]) continue;
    const grid = grids.find((g) => !used.has(g) && ownName(role, g.name));
    if (!grid) continue;
    const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
    let headers: string[] = [];
    for (let index = 0; index < limit && headers.length === 0; index += 1) {
      headers = (grid.rows[index] ?? []).map(cellText).filter((text) => text !== '');
    }
    unread.push({ role, sheet: grid.name, headers });
  }
  return unread;
}

/** Worksheet row number of an index into a grid's rows. */
export function rowNumber(grid: SheetGrid, index: number): number {
  return (grid.top ?? 1) + index;
}

/** Column letter of an index into a grid's row (0 -> the grid's first column). */
export function columnLetter(grid: SheetGrid, index: number): string {
  let n = (grid.left ?? 1) + index;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
