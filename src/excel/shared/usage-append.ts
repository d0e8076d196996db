/**
 * How imported evidence goes into the admin's Usage table, whatever writes it: each row's
 * values in the table's own column order, dates as date serials, text formatted as text
 * before it is written (so "=1+1" or "00123" stays what the export said), and the columns
 * the table lacks, added at its right with the template's headers.
 */
import {
  dayToSerial,
  type UsageTableRow,
  matchHeaders,
  USAGE_COLUMNS,
  type UsageField,
} from '../../core';
import { WorkbookError } from './errors';
import { DATE_FORMAT } from './template-spec';

const FIELDS: readonly UsageField[] = USAGE_COLUMNS.map((c) => c.field);
const DATES = new Set<UsageField>(['lastLogon', 'capturedOn']);
const TEXT_FORMAT = '@';

/** A value to write; null leaves the cell as Excel makes it (a calculated column's formula). */
export type UsageCell = string | number | null;

export interface UsagePlan {
  /** Headers to add at the table's right, in this order, before the rows are written. */
  readonly addHeaders: readonly string[];
  /** Columns of the table once those are added. */
  readonly width: number;
  /** Per row, a value per table column (null for the table's other columns). */
  readonly values: UsageCell[][];
  /** Per row, a number format per table column; null leaves a column's format as it is. */
  readonly formats: (string | null)[][];
}

function cell(row: UsageTableRow, field: UsageField, date1904: boolean): UsageCell {
  const day = (value: number | undefined) =>
    value === undefined ? '' : dayToSerial(value) - (date1904 ? 1462 : 0);
  switch (field) {
    case 'account':
      return row.account;
    case 'licenceRequired':
      return row.licence;
    case 'lastLogon':
      return day(row.lastLogon);
    case 'source':
      return row.source;
    case 'capturedOn':
      return day(row.capturedOn);
    case 'status':
      return row.status ?? '';
  }
}

/**
 * The plan for adding `rows` under a Usage table whose header row is `headers`. Throws a
 * WorkbookError (nothing written) when the table has no Account column: it is then not a
 * Usage table the engine would read.
 */
export function planUsageAppend(
  headers: readonly unknown[],
  rows: readonly UsageTableRow[],
  date1904: boolean,
): UsagePlan {
  const match = matchHeaders('Usage', headers);
  if (match.columns.account === undefined)
    throw new WorkbookError(
      'The Usage table has no Account column',
      'Add an Account column to it (or rename the column that holds the accounts), then add the rows again.',
    );
  const index = new Map<UsageField, number>();
  const addHeaders: string[] = [];
  for (const field of FIELDS) {
    const at = match.columns[field];
    if (at !== undefined) {
      index.set(field, at);
    } else {
      index.set(field, headers.length + addHeaders.length);
      addHeaders.push(USAGE_COLUMNS.find((c) => c.field === field)?.header ?? field);
    }
  }
  const width = headers.length + addHeaders.length;
  const format: (string | null)[] = Array.from({ length: width }, () => null);
  for (const [field, at] of index) format[at] = DATES.has(field) ? DATE_FORMAT : TEXT_FORMAT;
  const values = rows.map((row) => {
    const line: UsageCell[] = Array.from({ length: width }, () => null);
    for (const [field, at] of index) line[at] = cell(row, field, date1904);
    return line;
  });
  return { addHeaders, width, values, formats: rows.map(() => format) };
}
