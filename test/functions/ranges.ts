/** Register tables as Excel hands them to a custom function: 2D arrays, blanks as ''. */
import { locateRegister, type LocatedTable } from '../../src/core/register/locate';
import type { SheetGrid, TableName } from '../../src/core';

/** The range of a located table, header row included (as Table[#All] gives it). */
export function tableRange(table: LocatedTable): unknown[][] {
  const { grid, headerIndex, endIndex } = table;
  const ref = grid.tables?.find((t) => t.name === table.table);
  const left = ref ? ref.left - (grid.left ?? 1) : 0;
  const rows = grid.rows.slice(headerIndex, endIndex);
  const width = ref ? ref.right - ref.left + 1 : Math.max(...rows.map((r) => r?.length ?? 0));
  return rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const value = row?.[left + c];
      return value === null || value === undefined ? '' : value;
    }),
  );
}

export function registerRanges(
  grids: readonly SheetGrid[],
): Partial<Record<TableName, unknown[][]>> {
  const located = locateRegister(grids);
  const ranges: Partial<Record<TableName, unknown[][]>> = {};
  for (const [role, table] of Object.entries(located) as [TableName, LocatedTable][])
    ranges[role] = tableRange(table);
  return ranges;
}
