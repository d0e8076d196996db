/// <reference types="office-js" />
/**
 * Reading sheets in chunks (read.ts): each chunk pieces of one or more sheets, sized from the
 * bytes per cell measured so far to carry about chunkBytes() of values (payload.ts), read in
 * one sync; a chunk Excel refuses, or hands over without values, is read again in smaller
 * pieces, down to MIN_ROWS rows.
 */
import { HEADER_SCAN_ROWS, type TableRef } from '../../core';
import type { ReadOptions } from '../port';
import { SHEET_COLUMNS, SHEET_ROWS, type Area } from '../shared';
import { isPayloadError, officeErrorCode, OfficeWorkbookError, throwIfAborted } from './errors';
import { chunkBytes, jsonBytes, MAX_CELLS, MIN_ROWS } from './payload';

/** Bytes per cell assumed for a sheet nothing was measured on yet. */
const DEFAULT_BYTES_PER_CELL = 24;

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

/** Adds what a read of `values` cost to the sheet's measure of bytes per cell. */
export function measure(state: SheetState, values: unknown[][]): void {
  const cells = values.length * state.width;
  if (cells === 0) return;
  const bytes = jsonBytes(values);
  state.bytes += bytes;
  state.cells += cells;
  state.last = bytes / cells;
}

/** Whether a refused read may succeed with fewer rows. */
export function isRetryable(error: unknown, rows: number): boolean {
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
export const HEADER_ROWS: Extent = (state) => Math.min(state.total, HEADER_SCAN_ROWS);

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

/**
 * Reads the sheets' rows (all, or `extent` of each) in chunks, one sync each; a chunk Excel
 * refuses or hands over without values is read again in smaller pieces.
 */
export async function readChunks(
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
