/** The audit sheet's name, and a sheet name no sheet of the workbook has: both adapters'. */

export const AUDIT_SHEET_NAME = 'CAL Audit';

/** `base`, else `base (2)`, ...: never the name of a sheet the workbook has (any case). */
export function freeSheetName(existing: readonly string[], base = AUDIT_SHEET_NAME): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} (${n})`;
  return name;
}
