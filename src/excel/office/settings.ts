/// <reference types="office-js" />
/**
 * Saves the pane's settings where the engine reads them: in the settings locateRegister finds
 * (a Settings table by name, else a sheet named Settings, Options or Configuration, else a
 * header row), a table or a plain range alike. The Value of every "As-of date" and "Stale
 * after days" row is written (the engine reads the last one given); a missing row goes below
 * the last setting, where its cells are free. Only without settings anywhere are the Settings
 * sheet and table created, as the template makes them. Nothing else changes.
 */
import {
  dayToSerial,
  isoToDay,
  type SheetGrid,
  type TableRef,
  cellText,
  locateRegister,
  type LocatedTable,
  headerKey,
} from '../../core';
import { WorkbookError, DATE_FORMAT, SETTINGS_ROWS, templateTables } from '../shared';
import type { RegisterSettings, SettingsSaved } from '../port';
import type { OfficeHost } from './host';
import { freeSheetName } from './marks';
import { gridOf, locateSheets, readSheets, type Found } from './read';
import { formatSettingsDates, writeTemplateTable } from './template-write';

const TABLE = 'Settings';
const AS_OF = 'As-of date';
const STALE = 'Stale after days';

// The setting names the engine reads (src/core/parse/settings.ts), for the two the pane edits.
const AS_OF_KEYS = new Set(['asofdate', 'asof', 'auditdate']);
const STALE_KEYS = new Set([
  'staleafterdays',
  'staleafter',
  'staledays',
  'stalethreshold',
  'stalethresholddays',
]);

interface Values {
  /** The As-of date's cell value: a serial, '' for "today", undefined to leave it. */
  readonly asOf?: number | '';
  readonly staleDays?: number;
}

function values(settings: RegisterSettings, date1904: boolean): Values {
  let asOf: number | '' | undefined = settings.asOf === undefined ? undefined : '';
  if (settings.asOf !== undefined && settings.asOf !== '') {
    const day = isoToDay(settings.asOf);
    if (day === undefined)
      throw new WorkbookError(
        `"${settings.asOf}" is not a date`,
        'Enter the as-of date as YYYY-MM-DD, or leave it empty for today.',
      );
    asOf = dayToSerial(day) - (date1904 ? 1462 : 0);
  }
  const stale = settings.staleDays;
  if (stale !== undefined && (!Number.isInteger(stale) || stale <= 0))
    throw new WorkbookError(
      `${stale} is not a number of days`,
      'Enter a whole number of days, 1 or more (90 is usual).',
    );
  return {
    ...(asOf !== undefined ? { asOf } : {}),
    ...(stale !== undefined ? { staleDays: stale } : {}),
  };
}

/** Creates the template's Settings sheet and table; returns the sheet's name. */
function createSettings(
  context: Excel.RequestContext,
  sheets: readonly string[],
  wanted: Values,
): string {
  const spec = templateTables({ cals: [], all: [] }).find((t) => t.name === TABLE);
  if (!spec) throw new Error('the template has no Settings table');
  const rows = SETTINGS_ROWS.map((row) => {
    const key = headerKey(String(row[0]));
    if (AS_OF_KEYS.has(key) && wanted.asOf !== undefined) return [row[0], wanted.asOf, row[2]];
    if (STALE_KEYS.has(key) && wanted.staleDays !== undefined)
      return [row[0], wanted.staleDays, row[2]];
    return row;
  });
  const name = freeSheetName(sheets, TABLE);
  const sheet = context.workbook.worksheets.add(name);
  writeTemplateTable(sheet, spec, rows);
  formatSettingsDates(sheet, rows, DATE_FORMAT);
  return name;
}

/** One setting the pane saves: its label for a new row, the names it goes by, its value. */
interface Entry {
  readonly label: string;
  readonly keys: ReadonlySet<string>;
  readonly value: number | '';
  readonly date: boolean;
}

const isBlank = (value: unknown) => value === '' || value === null || value === undefined;

/** The rows of `box` (worksheet rows and columns, 1-based) hold nothing in the grid. */
function isFree(grid: SheetGrid, top: number, bottom: number, left: number, right: number) {
  const gridTop = grid.top ?? 1;
  const gridLeft = grid.left ?? 1;
  for (let row = top; row <= bottom; row += 1) {
    const cells = grid.rows[row - gridTop];
    for (let column = left; column <= right; column += 1)
      if (cells && !isBlank(cells[column - gridLeft])) return false;
  }
  return true;
}

/** Queues the writes to the located settings: values in place, missing rows below. */
function writeSettings(
  context: Excel.RequestContext,
  found: Found,
  located: LocatedTable,
  entries: readonly Entry[],
): void {
  const settingCol = located.columns.setting;
  const valueCol = located.columns.value;
  const name = located.table ?? located.sheet;
  if (settingCol === undefined || valueCol === undefined)
    throw new WorkbookError(
      `The ${name} table has no Setting and Value columns`,
      'Name its first two columns Setting and Value, then save the settings again.',
    );
  const { grid } = located;
  const top = (grid.top ?? 1) - 1;
  const left = (grid.left ?? 1) - 1;
  const sheet = context.workbook.worksheets.getItem(located.sheet);
  const setCell = (index: number, column: number, value: unknown, date = false) => {
    const cell = sheet.getCell(top + index, left + column);
    if (date) cell.numberFormat = [[DATE_FORMAT]];
    cell.values = [[value]];
  };

  let last = located.headerIndex;
  const rowsOf = new Map<Entry, number[]>(entries.map((e) => [e, []]));
  for (let i = located.headerIndex + 1; i < located.endIndex; i += 1) {
    const cells = grid.rows[i] ?? [];
    if (!isBlank(cells[settingCol]) || !isBlank(cells[valueCol])) last = i;
    const key = headerKey(cellText(cells[settingCol]));
    for (const entry of entries) if (entry.keys.has(key)) rowsOf.get(entry)?.push(i);
  }
  const missing = entries.filter((e) => rowsOf.get(e)?.length === 0);
  // Below the last setting, inside the table or range first; a table grows for the rest.
  const inside = missing.slice(0, Math.max(0, located.endIndex - (last + 1)));
  const beyond = missing.slice(inside.length);
  const ref: TableRef | undefined = grid.tables?.find((t) => t.name === located.table);
  if (ref && beyond.length > 0) {
    const totals = found.tables.find((t) => t.name === ref.name)?.showTotals === true;
    const below = ref.bottom + (totals ? 1 : 0) + 1;
    if (!isFree(grid, below, below + beyond.length - 1, ref.left, ref.right))
      throw new WorkbookError(
        `The ${name} table has no ${beyond.map((e) => `"${e.label}"`).join(' or ')} row, and the cells under it hold data`,
        'Add the row at the end of the table yourself (or move what is under it), then save the settings again. Nothing was changed.',
      );
  }

  context.application.suspendScreenUpdatingUntilNextSync();
  for (const entry of entries)
    for (const index of rowsOf.get(entry) ?? []) setCell(index, valueCol, entry.value, entry.date);
  let next = last + 1;
  for (const entry of ref ? inside : missing) {
    setCell(next, settingCol, entry.label);
    setCell(next, valueCol, entry.value, entry.date);
    next += 1;
  }
  if (!ref) return;
  const table = context.workbook.tables.getItem(ref.name);
  const width = ref.right - ref.left + 1;
  const offset = ref.left - 1 - left;
  for (const entry of beyond) {
    const row = Array.from({ length: width }, (_, i) =>
      i === settingCol - offset ? entry.label : i === valueCol - offset ? entry.value : '',
    );
    const added = table.rows.add(undefined, [row]);
    if (entry.date) added.getRange().getCell(0, valueCol - offset).numberFormat = [[DATE_FORMAT]];
  }
}

/**
 * Refuses, before writing, settings on a protected sheet or in a filtered table: Excel would
 * answer with its generic AccessDenied or FilteredRangeConflict.
 */
async function checkWritable(
  context: Excel.RequestContext,
  sheetName: string,
  tableName: string | undefined,
): Promise<void> {
  const protection = context.workbook.worksheets.getItem(sheetName).protection.load('protected');
  const filter =
    tableName !== undefined
      ? context.workbook.tables.getItem(tableName).autoFilter.load('isDataFiltered')
      : undefined;
  await context.sync();
  if (protection.protected)
    throw new WorkbookError(
      `The sheet "${sheetName}" is protected, so the settings cannot be saved on it`,
      'Unprotect it (Review > Unprotect Sheet), save the settings again, then protect it again if you like. Nothing was changed.',
    );
  if (filter?.isDataFiltered)
    throw new WorkbookError(
      `The ${tableName} table is filtered, so rows of it may be hidden`,
      `Clear its filter (Data > Clear on the "${sheetName}" sheet), then save the settings again. Nothing was changed.`,
    );
}

/**
 * Saves the settings in the caller's Excel.run. A setting left undefined stays as it is; an
 * as-of date of '' clears it (today).
 * Returns where they went.
 */
export async function saveSettings(
  context: Excel.RequestContext,
  host: OfficeHost,
  settings: RegisterSettings,
): Promise<SettingsSaved> {
  const found = await locateSheets(context, host);
  const wanted = values(settings, found.facts.date1904);
  const first = found.located.Settings;
  if (!first) {
    context.application.suspendScreenUpdatingUntilNextSync();
    const sheet = createSettings(context, found.sheets, wanted);
    await context.sync();
    return { sheet, created: true };
  }
  await readSheets(context, { ...found, located: { Settings: first } });
  await checkWritable(context, first.sheet, first.table);
  // Located again in the sheet read in full: the same table, to its last row.
  const located = locateRegister(found.states.map(gridOf)).Settings ?? first;
  const entries: Entry[] = [];
  if (wanted.asOf !== undefined)
    entries.push({ label: AS_OF, keys: AS_OF_KEYS, value: wanted.asOf, date: true });
  if (wanted.staleDays !== undefined)
    entries.push({ label: STALE, keys: STALE_KEYS, value: wanted.staleDays, date: false });
  writeSettings(context, found, located, entries);
  await context.sync();
  return { sheet: located.sheet, created: false };
}
