/**
 * How the add-in knows the sheets it created: a worksheet custom property (ExcelApi 1.12).
 * A sheet without the mark is the admin's, whatever its name, and is never written to. The
 * mark travels with a copy of the sheet (Move or Copy), so the audit sheet is also recorded
 * in the workbook by its id (AUDIT_RECORD).
 */

import { AUDIT_SHEET_NAME, freeSheetName } from '../shared';

export const MARK_KEY = 'CALRegister';
export const MARKS = {
  audit: 'audit-sheet',
  lists: 'lists',
} as const;

/**
 * Key of the workbook setting (Workbook.settings, ExcelApi 1.4: kept in the file, seen only
 * by this add-in) that records the audit sheet the add-in wrote last: `{ id, name }`.
 */
export const AUDIT_RECORD = 'CALRegister.auditSheet';

export const AUDIT_SHEET = AUDIT_SHEET_NAME;

/** "CAL Audit", "CAL Audit (2)", ...: the names the audit sheet may have. */
export function isAuditSheetName(name: string, base = AUDIT_SHEET): boolean {
  const lower = name.toLowerCase();
  const stem = base.toLowerCase();
  return lower === stem || new RegExp(`^${escape(stem)} \\(\\d+\\)$`).test(lower);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export { freeSheetName };

/** `base`, else `base2`, ...: a table name no table of the workbook has (any case). */
export function freeTableName(taken: Set<string>, base: string): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base}${n}`;
  taken.add(name.toLowerCase());
  return name;
}
