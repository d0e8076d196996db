/**
 * Imported licence records as the values of an existing table's rows, for every writer (the
 * file's package and Excel): each field under the table's own column, found by the engine; a
 * field the table has no column for written into Notes ("Order number SO-1"), and refused when
 * the table has no Notes column either, so nothing imported is lost.
 */
import { dayToIso, type RegisterCell } from '../../core';
import { WorkbookError } from './errors';

/** Fields of the rows (and the headers that name them) the table has no column for. */
export function missingColumns(
  has: (field: string) => boolean,
  cells: readonly (readonly RegisterCell[])[],
): string[] {
  const missing = new Set<string>();
  for (const row of cells)
    for (const cell of row)
      if (cell.value !== undefined && !has(cell.field)) missing.add(cell.header);
  return [...missing];
}

/** Refuses rows that would lose a field: the table lacks its column and has no Notes. */
export function checkColumns(
  role: string,
  has: (field: string) => boolean,
  cells: readonly (readonly RegisterCell[])[],
  elsewhere: string,
): void {
  const missing = missingColumns(has, cells);
  if (missing.length > 0 && !has('notes'))
    throw new WorkbookError(
      `the ${role} table has no ${missing.join(', ')} column${missing.length === 1 ? '' : 's'} and no Notes column to keep ${missing.length === 1 ? 'it' : 'them'} in`,
      `Add a Notes column to the ${role} table (or the missing columns), ${elsewhere}. Nothing was written.`,
    );
}

/** The rows with the fields the table has no column for moved into their Notes. */
export function foldIntoNotes(
  has: (field: string) => boolean,
  cells: readonly (readonly RegisterCell[])[],
): (readonly RegisterCell[])[] {
  return cells.map((row) => {
    const extra = row
      .filter((c) => c.value !== undefined && !has(c.field))
      .map(
        (c) =>
          `${c.header} ${c.date && typeof c.value === 'number' ? dayToIso(c.value) : String(c.value)}`,
      );
    if (extra.length === 0) return row;
    return row.map((c) =>
      c.field === 'notes'
        ? { ...c, value: [...extra, c.value].filter((v) => v !== undefined && v !== '').join('; ') }
        : c,
    );
  });
}
