/// <reference types="office-js" />
/**
 * A cheap look at the open workbook before reading it: are there sheets or tables named like
 * a register? One sync, names only.
 */
import { headerKey, SHEET_ALIASES } from '../../core';

export function namesRegister(names: readonly string[]): boolean {
  const keys = new Set(names.map(headerKey));
  return (['Assignments', 'Purchases'] as const).some(
    (table) => keys.has(headerKey(table)) || SHEET_ALIASES[table].some((alias) => keys.has(alias)),
  );
}

export async function hasRegister(context: Excel.RequestContext): Promise<boolean> {
  const sheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name');
  await context.sync();
  return namesRegister([...sheets.items.map((s) => s.name), ...tables.items.map((t) => t.name)]);
}
