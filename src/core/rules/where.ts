/** Where a finding points: sheet, row and column of a record's field. */
import type { FindingDraft } from '../findings';
import { COLUMNS, type TableName } from '../schema';
import type { FieldIssue, Register, TableInfo, UsageRecord } from '../register';

/** What a finding says: the message and, usually, what to do. */
export interface Said {
  readonly message: string;
  readonly fix?: string;
}

/**
 * A finding about a record's field, built in one step (rules build many of these on large
 * registers). `key` names the record; `licence` the licence it is about.
 */
export function draft(
  register: Register,
  table: TableName,
  row: number,
  field: string | undefined,
  key: string | undefined,
  licence: string | undefined,
  said: Said,
): FindingDraft {
  const info = register.tables[table];
  return {
    sheet: info?.sheet,
    row,
    column: info !== undefined && field !== undefined ? columnOf(info, field) : undefined,
    key: key === '' ? undefined : key,
    licence,
    message: said.message,
    fix: said.fix,
  };
}

/**
 * The column letter of a field. A licence written over Product, Version, Edition and CAL type
 * columns points at the first of them, so the finding still names a cell.
 */
function columnOf(info: TableInfo, field: string): string | undefined {
  const letter = info.letters[field];
  if (letter !== undefined || field !== 'licence') return letter;
  const { product, version, edition, calType } = info.letters;
  return product ?? version ?? edition ?? calType;
}

/**
 * A finding about a usage record: on its Usage table row, or, for a row of an imported export,
 * on no sheet (the message names the file and line: `evidenceLine`, added unless the message
 * already says it).
 */
export function usageDraft(
  register: Register,
  u: UsageRecord,
  field: string,
  licence: string | undefined,
  said: Said,
  lineNamed = false,
): FindingDraft {
  if (u.evidence === undefined)
    return draft(register, 'Usage', u.row, field, u.account, licence, said);
  return {
    sheet: undefined,
    row: undefined,
    column: undefined,
    key: u.account,
    licence,
    message: lineNamed ? said.message : `${said.message} (${evidenceLine(u)})`,
    fix: said.fix,
  };
}

/** Where an imported usage record came from: "line 8 of Get-ADUser, ad-users.csv". */
export function evidenceLine(u: UsageRecord): string {
  return `line ${u.row} of ${u.source}`;
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
