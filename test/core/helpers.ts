/**
 * Test helpers: registers built from rows written as { header: value } records under the
 * template headers, and short ways to run the audit and pick findings out of it.
 */
import {
  audit,
  isoToDay,
  templateHeaders,
  type AuditOptions,
  type AuditResult,
  type Finding,
  type PositionRow,
  type RuleId,
  type SheetGrid,
  type TableName,
} from '../../src/core';

/** Day number of an ISO date; throws on a typo so a test never runs on `undefined`. */
export function day(iso: string): number {
  const value = isoToDay(iso);
  if (value === undefined) throw new Error(`not an ISO date: ${iso}`);
  return value;
}

/** The audit date of every test unless a test says otherwise. */
export const TODAY = day('2026-11-27');

/** A row of a table: header -> cell value. */
export type Row = Readonly<Record<string, unknown>>;

/** Rows above the header row: a title and a blank line, as registers often have. */
export const TITLE_ROWS: unknown[][] = [['Contoso CAL register'], []];

/**
 * A sheet with a header row and rows placed under it. A row naming a header the sheet
 * does not have is a mistake in the test, so it throws.
 */
export function sheet(
  name: string,
  headers: readonly string[],
  rows: readonly Row[],
  above: readonly unknown[][] = [],
): SheetGrid {
  const body = rows.map((row) => {
    const cells: unknown[] = headers.map(() => null);
    for (const [header, value] of Object.entries(row)) {
      const at = headers.indexOf(header);
      if (at < 0) throw new Error(`sheet ${name} has no column "${header}"`);
      cells[at] = value;
    }
    return cells;
  });
  return { name, rows: [...above, [...headers], ...body] };
}

/** A sheet of one register table with the template's headers. */
export function table(
  role: TableName,
  rows: readonly Row[],
  above: readonly unknown[][] = [],
): SheetGrid {
  return sheet(role, templateHeaders(role), rows, above);
}

export interface RegisterSpec {
  readonly purchases?: readonly Row[];
  readonly assignments?: readonly Row[];
  readonly servers?: readonly Row[];
  readonly usage?: readonly Row[];
  /** Setting name -> value, one Settings row each. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Put TITLE_ROWS above every header row (header on row 3, first data row 4). */
  readonly titled?: boolean;
}

/** A register workbook: one sheet per table given, named after the table. */
export function register(spec: RegisterSpec): SheetGrid[] {
  const above = spec.titled ? TITLE_ROWS : [];
  const grids: SheetGrid[] = [];
  if (spec.purchases) grids.push(table('Purchases', spec.purchases, above));
  if (spec.assignments) grids.push(table('Assignments', spec.assignments, above));
  if (spec.servers) grids.push(table('Servers', spec.servers, above));
  if (spec.usage) grids.push(table('Usage', spec.usage, above));
  if (spec.settings) {
    const rows = Object.entries(spec.settings).map(([Setting, Value]) => ({ Setting, Value }));
    grids.push(table('Settings', rows, above));
  }
  return grids;
}

/** A purchase line with its proof (invoice number and purchase date). */
export function purchase(licence: string, quantity: unknown, extra: Row = {}): Row {
  return {
    Licence: licence,
    Quantity: quantity,
    'Purchase date': '2025-03-01',
    'Invoice number': 'INV-1001',
    ...extra,
  };
}

/** A User CAL assigned to a person (name derived from the account), assigned on 2025-03-01. */
export function userCal(licence: string, account: string, extra: Row = {}): Row {
  return {
    Licence: licence,
    'Assigned to': account.split('@')[0].replace('.', ' '),
    Account: account,
    'Assigned on': '2025-03-01',
    ...extra,
  };
}

/** A Device CAL assigned to a device, assigned on 2025-03-01. */
export function deviceCal(licence: string, device: string, extra: Row = {}): Row {
  return { Licence: licence, Device: device, 'Assigned on': '2025-03-01', ...extra };
}

/** A Servers row. */
export function server(name: string, product: string, version: string, edition = ''): Row {
  return { Server: name, Product: product, Version: version, Edition: edition };
}

/** Server licences that keep CAL-NO-SERVER quiet for Exchange and Windows Server CALs. */
export const SERVER_LICENCES: readonly Row[] = [
  purchase('Exchange Server 2019 Standard', 1),
  purchase('Windows Server 2022 Standard', 1),
];

/** Runs the audit as of TODAY unless the options say otherwise. */
export function run(grids: readonly SheetGrid[], options: Partial<AuditOptions> = {}): AuditResult {
  return audit(grids, { today: TODAY, ...options });
}

/** The findings of one rule. */
export function findingsOf(result: AuditResult, rule: RuleId): Finding[] {
  return result.findings.filter((f) => f.rule === rule);
}

/** Runs the audit on a register and returns the findings of one rule. */
export function check(
  rule: RuleId,
  spec: RegisterSpec,
  options: Partial<AuditOptions> = {},
): Finding[] {
  return findingsOf(run(register(spec), options), rule);
}

/** The position row of a licence; throws when there is none so a test fails clearly. */
export function positionOf(result: AuditResult, licence: string): PositionRow {
  const row = result.position.find((p) => p.licence === licence);
  if (!row) {
    const names = result.position.map((p) => p.licence).join(', ');
    throw new Error(`no position row for ${licence} (have: ${names})`);
  }
  return row;
}

/** Where a finding points, without its wording: what most assertions compare. */
export function where(f: Finding): Partial<Finding> {
  const { rule, severity, sheet: s, row, column, key, licence } = f;
  return {
    rule,
    severity,
    ...(s !== undefined ? { sheet: s } : {}),
    ...(row !== undefined ? { row } : {}),
    ...(column !== undefined ? { column } : {}),
    ...(key !== undefined ? { key } : {}),
    ...(licence !== undefined ? { licence } : {}),
  };
}
