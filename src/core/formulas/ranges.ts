/**
 * The engine for formulas: ranges as Excel passes them to custom functions (2D arrays, blank
 * cells as ''), with or without their header row. What a wrong argument is, and what the
 * answer is, is decided here; src/functions only turns problems into Excel errors.
 */
import {
  parseStatus,
  cellText,
  describeValue,
  isBlank,
  isProblem,
  readCount,
  readDay,
  readText,
  isoToDay,
  matchHeaders,
  type SheetGrid,
  parseRegister,
  COLUMNS,
  headerKey,
  SIGNATURES,
  templateHeaders,
  type TableName,
} from '../register';
import { buildContext, DEFAULT_STALE_DAYS, flaggedRows, type AuditOptions } from '../audit';
import { type RuleId, misrecorded, regInvalid, rowRules, RULES } from '../rules';
import { isLicenceProblem, parseLicence, type Licence } from '../licensing';
import { type PositionRow, staleReason } from '../position';

/** A wrong argument (#VALUE!) or a value that names nothing known (#N/A), with a message. */
export class RangeProblem {
  constructor(
    readonly kind: 'value' | 'na',
    readonly message: string,
  ) {}
}

export type Answer<T> = T | RangeProblem;

/** Columns a range without a header row must have, in template order. */
const MIN_COLUMNS: Partial<Record<TableName, number>> = {
  Assignments: 3,
  Purchases: 2,
  Usage: 1,
  Servers: 2,
};

const WHAT: Partial<Record<TableName, string>> = {
  Assignments:
    'the Assignments table (e.g. Assignments[#All]) or its columns in template order (Licence, Assigned to, Account, ...)',
  Purchases:
    'the Purchases table (e.g. Purchases[#All]) or its columns in template order (Licence, Quantity, ...)',
  Usage:
    'the Usage table (e.g. Usage[#All]) or its columns in template order (Account, Licence required, Last logon, ...)',
  Servers:
    'the Servers table (e.g. Servers[#All]) or its columns in template order (Server, Product, Version, Edition, ...)',
};

export interface RangeSheet {
  readonly grid: SheetGrid;
  /** The range's first row is its header row. */
  readonly header: boolean;
}

/** Every row of a range is an array (a loop: a table's range has 100,000 rows). */
function everyRowIsArray(values: readonly unknown[]): boolean {
  for (let r = 0; r < values.length; r += 1) if (!Array.isArray(values[r])) return false;
  return true;
}

/**
 * A range as a register table. With a header row it is read by its headers; without, its
 * columns are the template's first ones, in order (columns it lacks are absent, not empty).
 * Either way worksheet row r of the grid is input row r - 1.
 */
export function rangeSheet(argument: string, role: TableName, values: unknown): Answer<RangeSheet> {
  if (!Array.isArray(values) || values.length === 0 || !everyRowIsArray(values)) {
    return new RangeProblem('value', `${argument}: expected a range, ${WHAT[role] ?? role}.`);
  }
  const rows = values as unknown[][];
  const first = matchHeaders(role, rows[0]);
  const header = SIGNATURES[role].every((any) => any.some((field) => field in first.columns));
  if (header) return { grid: { name: role, rows, top: 1 }, header };
  const width = rows[0].length;
  if (width < (MIN_COLUMNS[role] ?? 1)) {
    return new RangeProblem(
      'value',
      `${argument}: ${width} column${width === 1 ? '' : 's'}; expected ${WHAT[role] ?? role}.`,
    );
  }
  const headers = templateHeaders(role).slice(0, width);
  return { grid: { name: role, rows: [headers, ...rows], top: 0 }, header };
}

/** True when a cell holds the header (the template's or an alias) of one of the fields. */
function namesField(role: TableName, fields: readonly string[], cell: unknown): boolean {
  const key = headerKey(cellText(cell));
  return COLUMNS[role].some((c) => fields.includes(c.field) && c.aliases.includes(key));
}

/**
 * Whether ranges given column by column (Assignments[[#All],[Status]]) start with their header
 * row: every range of more than one row starts with a header of one of its fields, as FLAGS
 * asks a header row to name its columns. So a value that is also a header ("Enabled") in one
 * range is not taken for a header when the others start with values.
 */
export function startsWithHeaders(
  role: TableName,
  ranges: ReadonlyArray<readonly [fields: readonly string[], values: unknown]>,
): boolean {
  let seen = false;
  for (const [fields, values] of ranges) {
    if (!Array.isArray(values) || values.length < 2) continue;
    const first: unknown = Array.isArray(values[0]) ? values[0][0] : undefined;
    if (!namesField(role, fields, first)) return false;
    seen = true;
  }
  return seen;
}

export interface FormulaOptions {
  /** Today as a day number; the default as-of date. */
  readonly today: number;
  readonly asOf?: unknown;
  readonly staleDays?: unknown;
  /** The workbook counts dates from 1904: serials (TODAY() too) are read so. */
  readonly date1904?: boolean;
}

/** Reads the optional asOf and staleDays arguments into audit options. */
export function formulaOptions(options: FormulaOptions): Answer<AuditOptions> {
  let asOf: number | undefined;
  if (!isBlank(options.asOf)) {
    const day =
      typeof options.asOf === 'string'
        ? (isoToDay(options.asOf) ?? readDay(options.asOf, options.date1904))
        : readDay(options.asOf, options.date1904);
    if (day === null || isProblem(day)) {
      return new RangeProblem(
        'value',
        `asOf: expected a date (a date cell, a serial or 2026-11-27), got ${describeValue(options.asOf)}.`,
      );
    }
    asOf = day;
  }
  let staleDays: number | undefined;
  if (!isBlank(options.staleDays)) {
    const days = readCount(options.staleDays);
    if (days === null || isProblem(days)) {
      return new RangeProblem(
        'value',
        `staleDays: expected a whole number of days (0 or empty for ${DEFAULT_STALE_DAYS}), got ${describeValue(options.staleDays)}.`,
      );
    }
    // A blank cell reaches a number argument as 0: 0 means the default, as empty does.
    if (days > 0) staleDays = days;
  }
  return {
    today: options.today,
    ...(asOf !== undefined ? { asOf } : {}),
    ...(staleDays !== undefined ? { staleDays } : {}),
    ...(options.date1904 ? { date1904: true } : {}),
  };
}

/** The licence a formula argument names, or #N/A saying why it cannot be read. */
export function licenceArgument(argument: string, text: unknown): Answer<Licence> {
  const value = readText(text);
  if (value === null || isProblem(value)) {
    return new RangeProblem(
      'value',
      `${argument}: expected a licence name such as "Exchange Server 2019 Standard User CAL".`,
    );
  }
  const parsed = parseLicence(value);
  if (isLicenceProblem(parsed)) {
    return new RangeProblem(
      'na',
      regInvalid.messages.invalid('Licence', { field: 'licence', problem: parsed }).message,
    );
  }
  return parsed.licence;
}

/** The licence position of assignments and purchases given as ranges. */
export function positionOfRanges(
  assignments: unknown,
  purchases: unknown,
  options: AuditOptions,
  servers?: unknown,
): Answer<readonly PositionRow[]> {
  const a = rangeSheet('assignments', 'Assignments', assignments);
  if (a instanceof RangeProblem) return a;
  const p = rangeSheet('purchases', 'Purchases', purchases);
  if (p instanceof RangeProblem) return p;
  const grids = [p.grid, a.grid];
  // The deployed servers say which Windows Server CAL Exchange users need, as the CLI reads them.
  if (!isEmptyRange(servers)) {
    const s = rangeSheet('servers', 'Servers', servers);
    if (s instanceof RangeProblem) return s;
    grids.push(s.grid);
  }
  const register = parseRegister(grids, { ...options, positionOnly: true });
  return buildContext(register, options).position;
}

/** An optional range left out (undefined or null) or all blank. */
function isEmptyRange(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (Array.isArray(value) && value.every((r) => Array.isArray(r) && r.every(isBlank)))
  );
}

/** The rules that flag assignment rows (CAL.FLAGS): derived from the registry. */
export const ROW_RULES: readonly RuleId[] = rowRules();

/** The bit of each row rule in a row's flags (ROW_RULES order); a row's flags fit 31 bits. */
const ROW_RULE_BIT = new Map(ROW_RULES.map((id, at) => [id, 1 << at]));
if (ROW_RULES.length > 31) throw new Error('CAL.FLAGS files at most 31 row rules by bit');

/** The row of CAL.FLAGS's answer for a set of flags (a mask of ROW_RULE_BIT bits). */
function flagsRow(mask: number): string[] {
  return [ROW_RULES.filter((_, at) => (mask & (1 << at)) !== 0).join(', ')];
}

/**
 * CAL.FLAGS's answer: one row per row of an assignments range, aligned with the input, holding
 * the ids of the rules that flag it in registry order ('' for a clean row); a header row gets
 * "Flags". Rows with the same flags are one shared array: read them, do not change them.
 */
export function flagsOfRanges(
  assignments: unknown,
  usage: unknown,
  options: AuditOptions,
): Answer<string[][]> {
  const a = rangeSheet('assignments', 'Assignments', assignments);
  if (a instanceof RangeProblem) return a;
  const grids = [a.grid];
  if (!isEmptyRange(usage)) {
    const u = rangeSheet('usage', 'Usage', usage);
    if (u instanceof RangeProblem) return u;
    grids.push(u.grid);
  }
  const register = parseRegister(grids, options);
  const rows = (assignments as unknown[][]).length;
  // Each row's rules as bits; no finding's text is made.
  const masks = new Int32Array(rows);
  flaggedRows(buildContext(register, options), ROW_RULES, RULES, (rule, table, row) => {
    if (table !== 'Assignments' || row === undefined) return;
    const index = row - 1;
    if (index < 0 || index >= rows || (a.header && index === 0)) return;
    masks[index] |= ROW_RULE_BIT.get(rule) ?? 0;
  });
  const clean = flagsRow(0);
  const answers = new Map<number, string[]>();
  const out = new Array<string[]>(rows);
  for (let i = 0; i < rows; i += 1) {
    const mask = masks[i];
    // Most rows are clean.
    if (mask === 0) {
      out[i] = clean;
      continue;
    }
    let answer = answers.get(mask);
    if (answer === undefined) answers.set(mask, (answer = flagsRow(mask)));
    out[i] = answer;
  }
  if (a.header && rows > 0) out[0] = ['Flags'];
  return out;
}

/** Whether one assignment is stale, from its Status and Last activity cells. */
export function isStaleValue(
  status: unknown,
  lastActivity: unknown,
  asOf: number,
  staleDays: number,
  date1904 = false,
): Answer<boolean> {
  const text = readText(status);
  if (isProblem(text)) return new RangeProblem('value', `status: ${text.value} cannot be read.`);
  const parsed = text === null ? 'Active' : parseStatus(text);
  if (parsed === undefined) {
    return new RangeProblem('value', `status: "${text}" is not Active, Left, Disabled or Absent.`);
  }
  // The rule's own decision (src/core/position/stale.ts), on this one row; the status
  // decides before the date is read.
  if (parsed !== 'Active') return staleReason(parsed, undefined, asOf, staleDays) !== undefined;
  const day = readDay(lastActivity, date1904);
  if (isProblem(day)) {
    // A slash or dash date is a date whose order the function cannot tell (it reads no Date
    // order): say so, not that it is no date.
    const said =
      day.code === 'ambiguous-date'
        ? `gives the day and the month as numbers, in an order the functions cannot tell: enter an Excel date or ISO text such as 2026-11-27`
        : 'is not a date';
    return new RangeProblem('value', `lastActivity: ${day.value} ${said}.`);
  }
  return staleReason(parsed, day ?? undefined, asOf, staleDays) !== undefined;
}

/** Whether one assignment records a User CAL against a device or a Device CAL against a person. */
export function isMisrecordedValue(
  licence: unknown,
  assignedTo: unknown,
  device: unknown,
): Answer<boolean> {
  if (isBlank(licence)) return false;
  const parsed = licenceArgument('licence', licence);
  if (parsed instanceof RangeProblem) return parsed;
  const who = readText(assignedTo);
  const on = readText(device);
  // CAL-DEVICE-MISRECORDED's own check, on this one row.
  return (
    misrecorded(
      parsed,
      typeof who === 'string' ? who : '',
      '',
      typeof on === 'string' ? on : '',
    ) !== undefined
  );
}
