/** Where a finding points: a place named by table and field, resolved to sheet, row and column. */
import type { Finding, FindingDraft, RuleId, Severity } from './finding';
import {
  COLUMNS,
  type TableName,
  type FieldIssue,
  type Register,
  type TableInfo,
  type UsageRecord,
} from '../register';
import { saidOf, type Place, type Said, type Saying } from './define';

/**
 * A finding as the workbook shows it: the table's sheet, the row, the column letter of the
 * field (when the table has it) and the record's key (none when empty).
 */
export function placed(register: Register, finding: Place & Saying): FindingDraft;
/** The finding of a rule, whole. */
export function placed(
  register: Register,
  finding: Place & Saying,
  rule: RuleId,
  severity: Severity,
): Finding;
export function placed(
  register: Register,
  finding: Place & Saying,
  rule?: RuleId,
  severity?: Severity,
): FindingDraft | Finding {
  const info = finding.table !== undefined ? register.tables[finding.table] : undefined;
  const { field, key } = finding;
  const { message, fix } = saidOf(finding);
  // Built whole, in one literal: an audit may make tens of thousands.
  return {
    rule,
    severity,
    sheet: info?.sheet,
    row: finding.row,
    column: info !== undefined && field !== undefined ? columnOf(info, field) : undefined,
    key: key === '' ? undefined : key,
    licence: finding.licence,
    message,
    fix,
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
 * already says it: `lineNamed`).
 */
export function aboutUsage(
  u: UsageRecord,
  finding: {
    readonly field: string;
    readonly licence?: string;
    readonly lineNamed?: boolean;
  } & Said,
): Place & Said {
  const { field, licence, lineNamed, message, fix } = finding;
  if (u.evidence === undefined)
    return { table: 'Usage', row: u.row, field, key: u.account, licence, message, fix };
  return {
    key: u.account,
    licence,
    message: lineNamed ? message : `${message} (${evidenceLine(u)})`,
    fix,
  };
}

/** A finding on the Licence cell of an Assignments row. */
export function onLicenceOf(
  row: number,
  key: string,
  licence: string,
  said: Saying,
): Place & Saying {
  return { table: 'Assignments', row, field: 'licence', key, licence, ...said };
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
