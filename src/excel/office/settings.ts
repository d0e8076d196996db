/// <reference types="office-js" />
/**
 * Saves the pane's settings in the workbook: the Value of the Settings table's "As-of date"
 * and "Stale after days" rows, adding a row that is missing. Without a Settings table, the
 * Settings sheet and table are created as the template makes them. Nothing else changes.
 */
import { dayToSerial, isoToDay } from '../../core';
import { matchHeaders } from '../../core/locate';
import { headerKey } from '../../core/schema';
import { WorkbookError } from '../errors';
import type { RegisterSettings } from '../port';
import { DATE_FORMAT, SETTINGS_ROWS, templateTables } from '../template-spec';
import { queueWorkbookFacts, syncWithFacts, type OfficeHost } from './host';
import { freeSheetName } from './marks';
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
  /** The As-of date's cell value: a serial, or '' for "today". */
  readonly asOf: number | '';
  readonly staleDays?: number;
}

function values(settings: RegisterSettings, date1904: boolean): Values {
  let asOf: number | '' = '';
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
  return { asOf, ...(stale !== undefined ? { staleDays: stale } : {}) };
}

function createSettings(
  context: Excel.RequestContext,
  sheets: readonly string[],
  wanted: Values,
): void {
  const spec = templateTables({ cals: [], all: [] }).find((t) => t.name === TABLE);
  if (!spec) return;
  const rows = SETTINGS_ROWS.map((row) => {
    const key = headerKey(String(row[0]));
    if (AS_OF_KEYS.has(key)) return [row[0], wanted.asOf, row[2]];
    if (STALE_KEYS.has(key) && wanted.staleDays !== undefined)
      return [row[0], wanted.staleDays, row[2]];
    return row;
  });
  const sheet = context.workbook.worksheets.add(freeSheetName(sheets, TABLE));
  writeTemplateTable(sheet, spec, rows);
  formatSettingsDates(sheet, rows, DATE_FORMAT);
}

async function updateSettings(
  context: Excel.RequestContext,
  table: Excel.Table,
  wanted: Values,
): Promise<void> {
  const header = table.getHeaderRowRange().load('values');
  const body = table.getDataBodyRange().load('values');
  await context.sync();
  const match = matchHeaders('Settings', header.values[0]);
  const settingCol = match.columns.setting;
  const valueCol = match.columns.value;
  if (settingCol === undefined || valueCol === undefined)
    throw new WorkbookError(
      'The Settings table has no Setting and Value columns',
      'Name its first two columns Setting and Value, then save the settings again.',
    );
  let asOfRow: number | undefined;
  let staleRow: number | undefined;
  body.values.forEach((cells, i) => {
    const key = headerKey(String(cells[settingCol] ?? ''));
    if (asOfRow === undefined && AS_OF_KEYS.has(key)) asOfRow = i;
    if (staleRow === undefined && STALE_KEYS.has(key)) staleRow = i;
  });
  const width = header.values[0].length;
  const row = (label: string, value: number | '') =>
    Array.from({ length: width }, (_, i) =>
      i === settingCol ? label : i === valueCol ? value : '',
    );
  context.application.suspendScreenUpdatingUntilNextSync();
  if (asOfRow !== undefined) {
    const cell = body.getCell(asOfRow, valueCol);
    cell.numberFormat = [[DATE_FORMAT]];
    cell.values = [[wanted.asOf]];
  } else {
    const added = table.rows.add(undefined, [row(AS_OF, wanted.asOf)]);
    added.getRange().getCell(0, valueCol).numberFormat = [[DATE_FORMAT]];
  }
  if (wanted.staleDays !== undefined) {
    if (staleRow !== undefined) body.getCell(staleRow, valueCol).values = [[wanted.staleDays]];
    else table.rows.add(undefined, [row(STALE, wanted.staleDays)]);
  }
  await context.sync();
}

/** Saves the settings in the caller's Excel.run. `staleDays` undefined leaves it as it is. */
export async function saveSettings(
  context: Excel.RequestContext,
  host: OfficeHost,
  settings: RegisterSettings,
): Promise<void> {
  const found = await syncWithFacts(context, host, (optional) => {
    const table = context.workbook.tables.getItemOrNullObject(TABLE);
    const sheets = context.workbook.worksheets.load('items/name');
    const facts = queueWorkbookFacts(context, host, optional);
    return () => ({ table, sheets: sheets.items.map((s) => s.name), date1904: facts().date1904 });
  });
  const wanted = values(settings, found.date1904);
  if (found.table.isNullObject) {
    context.application.suspendScreenUpdatingUntilNextSync();
    createSettings(context, found.sheets, wanted);
    await context.sync();
    return;
  }
  await updateSettings(context, found.table, wanted);
}
