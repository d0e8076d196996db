/**
 * How imported evidence goes into the admin's Usage table, whatever writes it: each row's
 * values in the table's own column order, dates as date serials, text formatted as text
 * before it is written (so "=1+1" or "00123" stays what the export said), and the columns
 * the table lacks, added at its right with the template's headers. The two columns that say what
 * a source lists in full are added only for an import that lists something in full.
 */
import {
  dayToSerial,
  headerIn,
  headerKey,
  LANGUAGES,
  LISTS_EVERY_USER,
  type UsageTableRow,
  matchHeaders,
  USAGE_COLUMNS,
  type UsageField,
  yesNoIn,
} from '../../core';
import { WorkbookError } from './errors';
import { DATE_FORMAT } from './template-spec';

const FIELDS: readonly UsageField[] = USAGE_COLUMNS.map((c) => c.field);
const DATES = new Set<UsageField>(['lastLogon', 'capturedOn']);
/** Columns a table that lacks them gets only when a row has something to say in them. */
const WHEN_STATED = new Set<UsageField>(['listsEveryUser', 'listsEveryAccountOf']);
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

/** Yes and No in the language of the table's "Lists every user of the CAL" header. */
function yesNoFor(header: unknown): { readonly yes: string; readonly no: string } {
  const key = typeof header === 'string' ? headerKey(header) : '';
  const language = LANGUAGES.find((l) => headerKey(headerIn(LISTS_EVERY_USER, l)) === key);
  return yesNoIn(language ?? 'en');
}

function cell(
  row: UsageTableRow,
  field: UsageField,
  date1904: boolean,
  yesNo: { readonly yes: string; readonly no: string },
): UsageCell {
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
    case 'listsEveryUser':
      return row.listsEveryUser === true ? yesNo.yes : yesNo.no;
    case 'listsEveryAccountOf':
      return (row.listsEveryAccountOf ?? []).join(', ');
  }
}

/** Whether a row says something in a column: what its source lists in full. */
function states(row: UsageTableRow, field: UsageField): boolean {
  if (field === 'listsEveryUser') return row.listsEveryUser === true;
  if (field === 'listsEveryAccountOf') return (row.listsEveryAccountOf?.length ?? 0) > 0;
  return true;
}

interface Layout {
  /** Each field written, and its column in the table once the headers are added. */
  readonly index: ReadonlyMap<UsageField, number>;
  readonly addHeaders: readonly string[];
}

function layout(headers: readonly unknown[], rows: readonly UsageTableRow[]): Layout {
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
    } else if (!WHEN_STATED.has(field) || rows.some((row) => states(row, field))) {
      index.set(field, headers.length + addHeaders.length);
      addHeaders.push(USAGE_COLUMNS.find((c) => c.field === field)?.header ?? field);
    }
  }
  return { index, addHeaders };
}

/**
 * The headers adding `rows` would add at the right of a Usage table whose header row is
 * `headers` (what the pane says before the rows are added). Throws as planUsageAppend does.
 */
export function usageColumnsToAdd(
  headers: readonly unknown[],
  rows: readonly UsageTableRow[],
): readonly string[] {
  return layout(headers, rows).addHeaders;
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
  const { index, addHeaders } = layout(headers, rows);
  const everyUser = index.get('listsEveryUser');
  const yesNo = yesNoFor(everyUser === undefined ? undefined : headers[everyUser]);
  const width = headers.length + addHeaders.length;
  const format: (string | null)[] = Array.from({ length: width }, () => null);
  for (const [field, at] of index) format[at] = DATES.has(field) ? DATE_FORMAT : TEXT_FORMAT;
  const values = rows.map((row) => {
    const line: UsageCell[] = Array.from({ length: width }, () => null);
    for (const [field, at] of index) line[at] = cell(row, field, date1904, yesNo);
    return line;
  });
  return { addHeaders, width, values, formats: rows.map(() => format) };
}
