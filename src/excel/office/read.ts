/// <reference types="office-js" />
/**
 * Reads the register the way the engine's locateRegister finds it, without reading what is
 * not part of it. Two syncs find the sheets, tables and used ranges (the second also reads
 * the first rows of every sheet, to measure them); those first rows and the table names tell
 * which sheets hold the register (one more sync reads the first rows of a sheet the probe
 * missed). Only those sheets are then read in full, one sync per chunk, each chunk sized from
 * what was measured so far to carry about 4 MB of values (payload.ts). Any other sheet, say a
 * large export kept beside the register, stays at its first rows.
 */
import {
  type SheetGrid,
  type TableRef,
  HEADER_SCAN_ROWS,
  locateRegister,
  type LocatedRegister,
} from '../../core';
import type { ReadOptions, RegisterSource } from '../port';
import {
  areaAddress,
  columnLetters,
  parseAddress,
  SHEET_COLUMNS,
  SHEET_ROWS,
  type Area,
} from '../shared';
import { isPayloadError, officeErrorCode, OfficeWorkbookError, throwIfAborted } from './errors';
import { API, queueWorkbookFacts, supports, type OfficeHost, type WorkbookFacts } from './host';
import { MARK_KEY, MARKS } from './marks';
import { chunkBytes, jsonBytes, MAX_CELLS, MIN_ROWS } from './payload';

/** Rows of every sheet read with the used ranges, to measure them. */
export const PROBE_ROWS = 1000;
/**
 * Columns the probe reads at most: 1,000 rows x 1,000 columns stays well under Excel's five
 * million cells per read (past which it answers RangeExceedsLimit or null values). A sheet
 * wider than that is read in chunks, which are sized by cells too.
 */
export const PROBE_COLUMNS = 1_000;
/**
 * Cells of the sheets to read in full, at most: past this a read would take Excel an hour of
 * syncs (a stray value in XFD1048576 makes a sheet of 17 billion cells). The read refuses,
 * saying which sheet and what to do.
 */
export const MAX_SHEET_CELLS = 60_000_000;
/** Bytes per cell assumed for a sheet nothing was measured on yet. */
const DEFAULT_BYTES_PER_CELL = 24;

export interface TableInfo {
  readonly name: string;
  readonly showTotals: boolean;
  readonly showHeaders: boolean;
}

interface Structure {
  readonly sheets: readonly string[];
  readonly tables: readonly TableInfo[];
  readonly facts: WorkbookFacts;
}

export interface SheetState {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  readonly area: Area;
  readonly width: number;
  readonly total: number;
  readonly rows: unknown[][];
  readonly tables: TableRef[];
  /** Index of the next row to read. */
  next: number;
  bytes: number;
  cells: number;
  /** Bytes per cell of the last chunk read. */
  last: number;
}

interface Piece {
  readonly state: SheetState;
  readonly start: number;
  readonly rows: number;
}

async function loadStructure(context: Excel.RequestContext, host: OfficeHost): Promise<Structure> {
  const sheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name,items/showTotals,items/showHeaders');
  const facts = queueWorkbookFacts(context, host);
  await context.sync();
  return {
    sheets: sheets.items.map((s) => s.name),
    tables: tables.items.map((t) => ({
      name: t.name,
      showTotals: t.showTotals,
      showHeaders: t.showHeaders,
    })),
    facts: facts(),
  };
}

function measure(state: SheetState, values: unknown[][]): void {
  const cells = values.length * state.width;
  if (cells === 0) return;
  const bytes = jsonBytes(values);
  state.bytes += bytes;
  state.cells += cells;
  state.last = bytes / cells;
}

/** The used ranges and tables, and (unless probeRows is 0) the first rows of each sheet. */
async function loadGeometry(
  context: Excel.RequestContext,
  host: OfficeHost,
  structure: Structure,
  probeRows: number,
): Promise<SheetState[]> {
  const marks = supports(host, API.customProperties);
  const queued = structure.sheets.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const used = sheet.getUsedRange(true).load('address');
    // The first rows of the first columns, never whole rows: a used range that reaches
    // column XFD would make them unbounded, whose values come back null.
    const probe =
      probeRows > 0
        ? sheet
            .getRange(`A1:${columnLetters(PROBE_COLUMNS)}${probeRows}`)
            .getIntersectionOrNullObject(used)
            .load('address,values')
        : undefined;
    const mark = marks ? sheet.customProperties.getItemOrNullObject(MARK_KEY).load('value') : null;
    return { name, sheet, used, probe, mark };
  });
  const tables = structure.tables
    .filter((t) => t.showHeaders)
    .map((info) => ({ info, range: context.workbook.tables.getItem(info.name).getRange() }));
  tables.forEach((t) => t.range.load('address'));
  await context.sync();

  const states: SheetState[] = [];
  for (const { name, sheet, used, probe, mark } of queued) {
    // The audit sheet the add-in wrote is its output, not part of the register.
    if (mark && !mark.isNullObject && mark.value === MARKS.audit) continue;
    const area = parseAddress(used.address);
    const state: SheetState = {
      name,
      sheet,
      area,
      width: area.right - area.left + 1,
      total: area.bottom - area.top + 1,
      rows: [],
      tables: [],
      next: 0,
      bytes: 0,
      cells: 0,
      last: 0,
    };
    if (probe && !probe.isNullObject) {
      const read = parseAddress(probe.address);
      const values = probe.values as unknown[][] | null;
      // Null values are not read (Excel hands over none for too large or unbounded ranges).
      if (
        values !== null &&
        read.top === area.top &&
        read.left === area.left &&
        read.right === area.right
      ) {
        for (const row of values) state.rows.push(row);
        state.next = values.length;
        measure(state, values);
      }
    }
    states.push(state);
  }
  const bySheet = new Map(states.map((s) => [s.name, s]));
  for (const { info, range } of tables) {
    const area = parseAddress(range.address);
    const state = area.sheet !== undefined ? bySheet.get(area.sheet) : undefined;
    if (!state) continue;
    state.tables.push({
      name: info.name,
      top: area.top,
      bottom: info.showTotals ? area.bottom - 1 : area.bottom,
      left: area.left,
      right: area.right,
    });
  }
  return states;
}

function isRetryable(error: unknown, rows: number): boolean {
  const code = officeErrorCode(error);
  return (
    isPayloadError(error) ||
    code === 'RangeExceedsLimit' ||
    (code === 'GeneralException' && rows > MIN_ROWS)
  );
}

/** Bytes per cell to plan with: the larger of the sheet's average and its last chunk. */
function bytesPerCell(state: SheetState, fallback: number): number {
  return state.cells > 0 ? Math.max(state.bytes / state.cells, state.last) : fallback;
}

/** Rows of a sheet to read: all of them, or its first rows. */
type Extent = (state: SheetState) => number;

const ALL_ROWS: Extent = (state) => state.total;
/** As many rows as locateRegister looks at in a sheet. */
const HEADER_ROWS: Extent = (state) => Math.min(state.total, HEADER_SCAN_ROWS);

/** The next chunk: pieces of one or more sheets, together about chunkBytes() of values. */
function planChunk(states: readonly SheetState[], rowCap: number, extent: Extent): Piece[] {
  const measured = states.reduce((sum, s) => sum + s.cells, 0);
  const fallback =
    measured > 0
      ? Math.max(DEFAULT_BYTES_PER_CELL, states.reduce((sum, s) => sum + s.bytes, 0) / measured)
      : DEFAULT_BYTES_PER_CELL;
  const perRow = (s: SheetState) => s.width * bytesPerCell(s, fallback);
  const remaining = states.reduce((sum, s) => sum + Math.max(0, extent(s) - s.next) * perRow(s), 0);
  const pieces: Piece[] = [];
  let bytes = chunkBytes(remaining);
  let cells = MAX_CELLS;
  let rows = rowCap;
  for (const state of states) {
    const left = extent(state) - state.next;
    if (left <= 0) continue;
    const size = perRow(state);
    let n = Math.min(left, Math.floor(bytes / size), Math.floor(cells / state.width), rows);
    if (n <= 0) {
      if (pieces.length > 0) break;
      n = 1;
    }
    pieces.push({ state, start: state.next, rows: n });
    bytes -= n * size;
    cells -= n * state.width;
    rows -= n;
    if (bytes <= 0 || cells <= 0 || rows <= 0) break;
  }
  return pieces;
}

function giveUp(error: unknown, pieces: readonly Piece[]): OfficeWorkbookError {
  const sheet = pieces[0]?.state.name ?? 'the register';
  return new OfficeWorkbookError(
    `Excel refused to hand over even ${MIN_ROWS} rows of "${sheet}" at a time`,
    'Delete stray values far below or right of the register, or run cal-register on a copy of the file.',
    officeErrorCode(error),
    { cause: error },
  );
}

/**
 * The ranges that read a piece: never whole rows or columns (Excel hands over no values for
 * those), so a piece as wide as the sheet is read in two halves.
 */
function pieceRanges({ state, start, rows }: Piece): Excel.Range[] {
  const { area } = state;
  const top = area.top + start - 1;
  const left = area.left - 1;
  if (state.width < SHEET_COLUMNS)
    return [state.sheet.getRangeByIndexes(top, left, rows, state.width).load('values')];
  const half = SHEET_COLUMNS / 2;
  return [
    state.sheet.getRangeByIndexes(top, left, rows, half).load('values'),
    state.sheet.getRangeByIndexes(top, left + half, rows, half).load('values'),
  ];
}

/** The rows a piece's ranges read, side by side; null when Excel handed over no values. */
function pieceValues(ranges: readonly Excel.Range[]): unknown[][] | null {
  const parts = ranges.map((r) => r.values as unknown[][] | null);
  if (parts.some((p) => p === null)) return null;
  const [first, ...rest] = parts as unknown[][][];
  return rest.length === 0 ? first : first.map((row, i) => row.concat(...rest.map((p) => p[i])));
}

async function readChunks(
  context: Excel.RequestContext,
  states: readonly SheetState[],
  options: ReadOptions,
  extent = ALL_ROWS,
): Promise<void> {
  // Never every row of a sheet in one piece: that range would be whole columns.
  let rowCap = SHEET_ROWS - 1;
  for (;;) {
    throwIfAborted(options.signal);
    const pieces = planChunk(states, rowCap, extent);
    if (pieces.length === 0) return;
    const ranges = pieces.map(pieceRanges);
    const planned = pieces.reduce((sum, p) => sum + p.rows, 0);
    try {
      // One sync per chunk, by design: the chunk loop is how a large register is read.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isRetryable(error, planned)) throw error;
      if (planned <= MIN_ROWS) throw giveUp(error, pieces);
      rowCap = Math.max(MIN_ROWS, Math.floor(planned / 2));
      continue;
    }
    const read = ranges.map(pieceValues);
    // Excel may hand over null values rather than refuse a large range: smaller pieces.
    if (read.some((values) => values === null)) {
      if (planned <= MIN_ROWS) throw giveUp(undefined, pieces);
      rowCap = Math.max(MIN_ROWS, Math.floor(planned / 2));
      continue;
    }
    pieces.forEach(({ state }, i) => {
      const values = read[i] ?? [];
      for (const row of values) state.rows.push(row);
      state.next += values.length;
      measure(state, values);
      options.onProgress?.({ sheet: state.name, rows: state.next, total: state.total });
    });
  }
}

/** What locateSheets found: every sheet as read so far, and the register in them. */
export interface Found {
  /** Every sheet's name, the add-in's audit sheet included. */
  readonly sheets: readonly string[];
  readonly tables: readonly TableInfo[];
  readonly facts: WorkbookFacts;
  /** The sheets but the audit sheet: the register's read in full only once readSheets ran. */
  readonly states: readonly SheetState[];
  /** Where the engine finds each table of the register, judged from the first rows. */
  readonly located: LocatedRegister;
}

export function gridOf(state: SheetState): SheetGrid {
  return {
    name: state.name,
    rows: state.rows,
    top: state.area.top,
    left: state.area.left,
    tables: state.tables,
  };
}

/**
 * Finds the register in one Excel.run (the caller's) from the table names, the sheet names
 * and the first rows of every sheet: what locateRegister looks at, so it finds the same
 * tables as it will in the sheets read in full.
 */
export async function locateSheets(
  context: Excel.RequestContext,
  host: OfficeHost,
  options: ReadOptions = {},
): Promise<Found> {
  throwIfAborted(options.signal);
  const structure = await loadStructure(context, host);
  throwIfAborted(options.signal);
  let states: SheetState[];
  try {
    states = await loadGeometry(context, host, structure, PROBE_ROWS);
  } catch (error) {
    if (!isRetryable(error, PROBE_ROWS)) throw error;
    states = await loadGeometry(context, host, structure, 0);
  }
  // The first rows of a sheet the probe missed (it starts below the probe, or the probe was
  // too large): usually none, so no sync.
  await readChunks(context, states, { signal: options.signal }, HEADER_ROWS);
  return { ...structure, states, located: locateRegister(states.map(gridOf)) };
}

/** Refuses, before reading, sheets too large for Excel to hand over in reasonable time. */
function checkSize(states: readonly SheetState[]): void {
  const cells = states.reduce((sum, s) => sum + s.width * s.total, 0);
  if (cells <= MAX_SHEET_CELLS) return;
  const largest = [...states].sort((a, b) => b.width * b.total - a.width * a.total)[0];
  const { area } = largest;
  throw new OfficeWorkbookError(
    `The sheet "${largest.name}" reaches ${areaAddress(area.bottom, area.right)}: ${(largest.width * largest.total).toLocaleString('en-US')} cells, too many for Excel to hand over`,
    'Delete stray values far below or right of the register (Ctrl+End shows the last cell Excel counts), save, and validate again.',
    undefined,
  );
}

/** Reads the sheets in full that hold a table of the register, as located. */
export async function readSheets(
  context: Excel.RequestContext,
  found: Found,
  options: ReadOptions = {},
): Promise<void> {
  const holding = new Set(Object.values(found.located).map((table) => table.sheet));
  const states = found.states.filter((s) => holding.has(s.name));
  checkSize(states);
  for (const state of states) {
    if (state.next > 0)
      options.onProgress?.({ sheet: state.name, rows: state.next, total: state.total });
  }
  await readChunks(context, states, options);
}

/**
 * Reads the register in one Excel.run (the caller's): the register source for the engine.
 * The sheets that hold the register come in full; any other only with its first rows, which
 * is all the engine looks at in a sheet that holds no table of the register.
 */
export async function readRegister(
  context: Excel.RequestContext,
  host: OfficeHost,
  options: ReadOptions = {},
): Promise<RegisterSource> {
  const found = await locateSheets(context, host, options);
  await readSheets(context, found, options);
  return {
    grids: found.states.map(gridOf),
    date1904: found.facts.date1904,
    ...(found.facts.dateOrder ? { dateOrder: found.facts.dateOrder } : {}),
    name: found.facts.name ?? 'this workbook',
  };
}
