/**
 * What the functions learn from the open workbook through the shared runtime: its date
 * system. A 1904 workbook (old Mac workbooks) hands dates, TODAY() included, over as serials
 * counted from 1904; read as 1900 serials they would be four years off. Read-only.
 */

let system: Promise<boolean> | undefined;
/** The answer once known, so a function called per row need not wait for a promise. */
let known: boolean | undefined;

/** The date system if it is already known (outside Excel: the 1900 system). */
export function knownDate1904(): boolean | undefined {
  return typeof Excel === 'undefined' ? false : known;
}

/**
 * Whether the workbook counts dates from 1904: DATE(1904,1,1) is 0 there and 1462 in a 1900
 * workbook (Workbook.functions, ExcelApi 1.2; Workbook.use1904DateSystem is a preview API).
 * Asked once per session; outside Excel (no Excel global) it is the 1900 system. A failed
 * look-up is asked again next time rather than remembered.
 */
export function workbookDate1904(): Promise<boolean> {
  if (typeof Excel === 'undefined') return Promise.resolve(false);
  system ??= Excel.run(async (context) => {
    const origin = context.workbook.functions.date(1904, 1, 1).load('value');
    await context.sync();
    known = origin.value === 0;
    return known;
  }).catch((error: unknown) => {
    system = undefined;
    throw error;
  });
  return system;
}

/** Forgets the date system (for tests, and a workbook that changed it). */
export function forgetDateSystem(): void {
  system = undefined;
  known = undefined;
}
