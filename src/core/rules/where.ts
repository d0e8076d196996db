/** Where a finding points: sheet, row and column of a record's field. */
import { COLUMNS, type TableName } from '../schema';
import type { FieldIssue, Register } from '../register';

export interface Place {
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
}

export function place(register: Register, table: TableName, row: number, field?: string): Place {
  const info = register.tables[table];
  if (!info) return { row };
  const column = field === undefined ? undefined : info.letters[field];
  return column === undefined ? { sheet: info.sheet, row } : { sheet: info.sheet, row, column };
}

/** The header of a field as the sheet writes it, else as the template does. */
export function headerOf(register: Register, table: TableName, field: string): string {
  const written = register.tables[table]?.headers[field];
  if (written) return written;
  const def = COLUMNS[table].find((c) => c.field === field);
  if (field === 'licence') return 'Licence';
  return def && def.header !== '' ? def.header : field;
}

export function hasIssue(issues: readonly FieldIssue[] | undefined, field: string): boolean {
  return issues !== undefined && issues.some((issue) => issue.field === field);
}
