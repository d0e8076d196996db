/**
 * Reading the register's tables from the open workbook, for =CAL.SHORTFALL() with no
 * arguments. Read-only: two context.sync() calls, whatever the size of the tables.
 */

export interface RegisterRanges {
  readonly assignments: unknown[][];
  readonly purchases: unknown[][];
}

/** The Assignments and Purchases tables, header rows included; undefined if one is missing. */
export async function readRegisterTables(): Promise<RegisterRanges | undefined> {
  return Excel.run(async (context) => {
    const assignmentsTable = context.workbook.tables.getItemOrNullObject('Assignments');
    const purchasesTable = context.workbook.tables.getItemOrNullObject('Purchases');
    await context.sync();
    if (assignmentsTable.isNullObject || purchasesTable.isNullObject) return undefined;
    const assignments = assignmentsTable.getRange().load('values');
    const purchases = purchasesTable.getRange().load('values');
    await context.sync();
    return { assignments: assignments.values, purchases: purchases.values };
  });
}
