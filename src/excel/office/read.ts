/// <reference types="office-js" />
/**
 * Reads the register the way the engine's locateRegister finds it, without reading what is
 * not part of it. Two syncs find the sheets, tables and used ranges (the second also reads
 * the first rows of every sheet, to measure them); those first rows and the table names tell
 * which sheets hold the register (one more sync reads the first rows of a sheet the probe
 * missed). Only those sheets are then read in full, one sync per chunk, each chunk sized from
 * what was measured so far to carry about 4 MB of values (read-chunks.ts). Any other sheet,
 * say a large export kept beside the register, stays at its first rows.
 */
import { type SheetGrid, locateRegister, type LocatedRegister } from '../../core';
import type { ReadOptions, RegisterSource } from '../port';
import { areaAddress, columnLetters, parseAddress } from '../shared';
import { OfficeWorkbookError, throwIfAborted } from './errors';
import { API, queueWorkbookFacts, supports, type OfficeHost, type WorkbookFacts } from './host';
import { MARK_KEY, MARKS } from './marks';
import { HEADER_ROWS, isRetryable, measure, readChunks, type SheetState } from './read-chunks';

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
