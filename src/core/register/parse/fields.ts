/**
 * Reading the fields of one table row: the located columns, and typed reads that record
 * what could not be read on the record instead of throwing.
 */
import { isBlank, isPlainText, isProblem, readCount, readDay, readText } from '../cells';
import {
  isLicenceProblem,
  parseLicence,
  type LicenceReadOptions,
  type ParsedLicence,
  combineLicence,
  type LicencePartField,
} from '../../licensing';
import { columnLetter, rowNumber, type LocatedTable } from '../locate';
import type { FieldIssue, TableInfo } from '../records';
import type { DateOrder } from '../date-order';
import { COLUMNS } from '../schema';
import { FIRST_REGULAR_SERIAL, MAX_SERIAL, regularSerialToDay } from '../dates';

export interface ParseOptions {
  /** The workbook uses the 1904 date system (old Mac workbooks). */
  readonly date1904?: boolean;
  /**
   * How text dates with day and month as numbers are read when the register's Settings do not
   * say (its "Date order"): the workbook's locale, where Excel gives it.
   */
  readonly dateOrder?: DateOrder;
  /**
   * Read only what the licence position needs (CAL.POSITION, CAL.SHORTFALL, recalculated on
   * every edit): an Assignments row's Reason is not kept, and its Assigned to is not read when
   * an account names the holder (asked for, it is read back from the grid then). Field issues
   * of those cells go unrecorded, so the register is not fit for the rules.
   */
  readonly positionOnly?: boolean;
}

/** Issues found on one row, gathered before the record is built. */
export type Issues = FieldIssue[] | undefined;

/** A field and the index of its cell in a row (-1 when the table has no such column). */
export interface Col {
  readonly field: string;
  readonly at: number;
}

// Bound once: every row's licence goes through them (docs/architecture.md, "Hot loops").
const isUnread = isLicenceProblem;
const readLicence = parseLicence;

/** A printable ASCII character other than the space: never trimmed. */
function isPrintable(code: number): boolean {
  return code > 32 && code < 127;
}

/** The most distinct Licence cells a table's reader remembers. */
const SEEN_LIMIT = 4096;

export class RowReader {
  /** Field -> index into the row's cells; -1 when the table has no such column. */
  private readonly index: Record<string, number> = {};
  /** The cells of the mapped columns. */
  private readonly mapped: number[];
  /** The header of each mapped column, lower case: a row that repeats them is no record. */
  private readonly againHeader: string[];
  readonly info: TableInfo;
  issues: Issues;
  /** The licence text of the row last read by `licence()`. */
  licenceText = '';
  private readonly licenceCol: Col;
  /**
   * The last plain Licence cell read and what it gave: registers list a licence's rows
   * together, so most rows are answered by comparing their cell with the row before's.
   */
  private lastCell: unknown;
  private lastRead: LicenceReadOptions | undefined;
  private lastParsed: ReturnType<typeof parseLicence> | undefined;
  /**
   * Every plain Licence cell read so far (up to SEEN_LIMIT) and what it gave, for rows whose
   * licence differs from the row before's (a person's two CALs on adjacent rows); all read as
   * `seenRead`.
   */
  private readonly seen = new Map<string, ReturnType<typeof parseLicence>>();
  private seenRead: LicenceReadOptions | undefined;
  private readonly partCols: (Col & {
    readonly field: LicencePartField;
    readonly header: string;
  })[];

  constructor(
    readonly located: LocatedTable,
    private readonly options: ParseOptions,
  ) {
    const letters: Record<string, string> = {};
    for (const def of COLUMNS[located.role]) {
      const at = located.columns[def.field];
      this.index[def.field] = at ?? -1;
      if (at !== undefined) letters[def.field] = columnLetter(located.grid, at);
    }
    this.mapped = Object.values(located.columns);
    this.againHeader = Object.keys(located.columns).map((field) =>
      (located.headers[field] ?? '').trim().toLowerCase(),
    );
    this.licenceCol = this.col('licence');
    this.partCols = (['product', 'version', 'edition', 'calType'] as const)
      .map((field) => ({
        field,
        at: this.index[field] ?? -1,
        header: located.headers[field] ?? '',
      }))
      .filter((c) => c.at >= 0);
    this.info = {
      role: located.role,
      sheet: located.sheet,
      ...(located.table !== undefined ? { table: located.table } : {}),
      headerRow: rowNumber(located.grid, located.headerIndex),
      letters,
      headers: located.headers,
    };
  }

  /** The most data rows the table can have. */
  get capacity(): number {
    return Math.max(0, this.located.endIndex - this.located.headerIndex - 1);
  }

  has(field: string): boolean {
    return this.index[field] >= 0;
  }

  /** The column of a field, resolved once per table rather than once per cell. */
  col(field: string): Col {
    return { field, at: this.index[field] ?? -1 };
  }

  /**
   * Calls back for every data row that has something in a mapped column and is not the
   * header row written again.
   */
  forEachRow(callback: (cells: ReadonlyArray<unknown>, row: number, index: number) => void): void {
    const { grid, headerIndex, endIndex } = this.located;
    const top = grid.top ?? 1;
    const mapped = this.mapped;
    for (let r = headerIndex + 1; r < endIndex; r += 1) {
      const cells = grid.rows[r];
      if (!cells) continue;
      let blank = true;
      for (let m = 0; m < mapped.length; m += 1) {
        if (!isBlank(cells[mapped[m]])) {
          blank = false;
          break;
        }
      }
      if (blank || this.repeatsHeader(cells)) continue;
      this.issues = undefined;
      callback(cells, top + r, r);
    }
  }

  /** The header row again (an export that writes it every 500 rows, opened in Excel). */
  private repeatsHeader(cells: ReadonlyArray<unknown>): boolean {
    const at = this.mapped;
    const headers = this.againHeader;
    for (let k = 0; k < at.length; k += 1) {
      const cell = cells[at[k]];
      const header = headers[k];
      // A cell shorter than the header cannot be it, and most are longer with no space to trim:
      // printable ASCII at both ends (trim would leave the cell as it is).
      if (typeof cell !== 'string' || cell.length < header.length) return false;
      if (
        cell.length > header.length &&
        isPrintable(cell.charCodeAt(0)) &&
        isPrintable(cell.charCodeAt(cell.length - 1))
      )
        return false;
      const text = cell.length === header.length ? cell : cell.trim();
      if (text.length !== header.length || text.toLowerCase() !== header) return false;
    }
    return at.length > 0;
  }

  private note(field: string, problem: FieldIssue['problem']): void {
    (this.issues ??= []).push({ field, problem });
  }

  raw(cells: ReadonlyArray<unknown>, col: Col): unknown {
    return col.at >= 0 ? cells[col.at] : undefined;
  }

  text(cells: ReadonlyArray<unknown>, col: Col): string {
    if (col.at < 0) return '';
    const cell = cells[col.at];
    // Fast paths: an empty cell ('' from Excel, null from a file) and plain text need no reading.
    if (typeof cell === 'string') {
      if (cell.length === 0) return '';
      if (isPlainText(cell)) return cell;
    } else if (cell === null || cell === undefined) return '';
    const value = readText(cell);
    if (value === null) return '';
    if (isProblem(value)) {
      this.note(col.field, value);
      return '';
    }
    return value;
  }

  day(cells: ReadonlyArray<unknown>, col: Col): number | undefined {
    if (col.at < 0) return undefined;
    const cell = cells[col.at];
    // Fast path: a date cell of the 1900 system from 1900-03-01 on (nearly every date).
    if (
      typeof cell === 'number' &&
      cell >= FIRST_REGULAR_SERIAL &&
      cell <= MAX_SERIAL &&
      this.options.date1904 !== true
    )
      return regularSerialToDay(cell);
    const value = readDay(cell, this.options.date1904, this.options.dateOrder);
    if (value === null) return undefined;
    if (isProblem(value)) {
      this.note(col.field, value);
      return undefined;
    }
    return value;
  }

  count(cells: ReadonlyArray<unknown>, col: Col): number | undefined {
    if (col.at < 0) return undefined;
    const value = readCount(cells[col.at]);
    if (value === null) return undefined;
    if (isProblem(value)) {
      this.note(col.field, value);
      return undefined;
    }
    return value;
  }

  /**
   * The licence of a row: the Licence column completed by the Product, Version, Edition and
   * CAL type columns (or those alone); a column that contradicts the Licence is recorded on
   * its field. Undefined when it cannot be read. `licenceText` keeps the text as read. `read`
   * says how (an Assignments row is a CAL whatever its wording).
   */
  licence(cells: ReadonlyArray<unknown>, read?: LicenceReadOptions): ParsedLicence | undefined {
    const cell = this.licenceCol.at >= 0 ? cells[this.licenceCol.at] : undefined;
    if (this.lastParsed !== undefined && cell === this.lastCell && read === this.lastRead) {
      this.licenceText = cell as string;
      return this.answer(this.lastParsed);
    }
    if (this.partCols.length === 0 && typeof cell === 'string' && read === this.seenRead) {
      const known = this.seen.get(cell);
      if (known !== undefined) {
        this.remember(cell, read, known);
        return this.answer(known);
      }
    }
    let text = this.text(cells, this.licenceCol);
    if (this.partCols.length > 0) text = this.withParts(cells, text);
    this.licenceText = text;
    if (text === '') return undefined;
    const parsed = readLicence(text, read);
    // Remembered only when the cell alone gave the text as it stands (no column beside it,
    // nothing trimmed or noted on the way).
    if (this.partCols.length === 0 && cell === text) {
      this.remember(text, read, parsed);
      if (read !== this.seenRead) {
        this.seen.clear();
        this.seenRead = read;
      }
      if (this.seen.size < SEEN_LIMIT) this.seen.set(text, parsed);
    }
    return this.answer(parsed);
  }

  /**
   * The Licence cell's text completed by the Product, Version, Edition and CAL type columns; a
   * column that contradicts it is recorded on its field. Apart from licence() so that its
   * closures are not made on every row: a minifier inlines a function called once, and a
   * closure in licence() would make V8 allocate licence()'s variables on every call.
   */
  private withParts(cells: ReadonlyArray<unknown>, text: string): string {
    const parts = this.partCols.map((part) => ({
      field: part.field,
      header: part.header,
      text: this.text(cells, part),
    }));
    const combined = combineLicence(text, parts);
    for (const conflict of combined.conflicts)
      this.note(conflict.field, { problem: 'contradicts', text, ...conflict });
    return combined.text;
  }

  private remember(
    cell: string,
    read: LicenceReadOptions | undefined,
    parsed: ReturnType<typeof parseLicence>,
  ): void {
    this.licenceText = cell;
    this.lastCell = cell;
    this.lastRead = read;
    this.lastParsed = parsed;
  }

  private answer(parsed: ReturnType<typeof parseLicence>): ParsedLicence | undefined {
    if (isUnread(parsed)) {
      this.note('licence', parsed);
      return undefined;
    }
    return parsed;
  }

  /** Records a field that was read but is not a valid value (an account, a status). */
  flag(field: string, problem: FieldIssue['problem']): void {
    this.note(field, problem);
  }
}
