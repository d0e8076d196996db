/**
 * Reading the fields of one table row: the located columns, and typed reads that record
 * what could not be read on the record instead of throwing.
 */
import { isBlank, isProblem, readCount, readDay, readText } from '../cells';
import { isLicenceProblem, parseLicence, type ParsedLicence } from '../licence';
import { columnLetter, rowNumber, type LocatedTable } from '../locate';
import type { FieldIssue, TableInfo } from '../register';
import { COLUMNS } from '../schema';

export interface ParseOptions {
  /** The workbook uses the 1904 date system (old Mac workbooks). */
  readonly date1904?: boolean;
}

/** Issues found on one row, gathered before the record is built. */
export type Issues = FieldIssue[] | undefined;

export class RowReader {
  /** Field -> index into the row's cells; -1 when the table has no such column. */
  private readonly index: Record<string, number> = {};
  private readonly mapped: number[];
  readonly info: TableInfo;
  issues: Issues;

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
    this.info = {
      role: located.role,
      sheet: located.sheet,
      ...(located.table !== undefined ? { table: located.table } : {}),
      headerRow: rowNumber(located.grid, located.headerIndex),
      letters,
      headers: located.headers,
    };
  }

  has(field: string): boolean {
    return this.index[field] >= 0;
  }

  /** Calls back for every data row that has something in a mapped column. */
  forEachRow(callback: (cells: ReadonlyArray<unknown>, row: number) => void): void {
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
      if (blank) continue;
      this.issues = undefined;
      callback(cells, top + r);
    }
  }

  private note(field: string, problem: FieldIssue['problem']): void {
    (this.issues ??= []).push({ field, problem });
  }

  raw(cells: ReadonlyArray<unknown>, field: string): unknown {
    const at = this.index[field];
    return at >= 0 ? cells[at] : undefined;
  }

  text(cells: ReadonlyArray<unknown>, field: string): string {
    const at = this.index[field];
    if (at < 0) return '';
    const value = readText(cells[at]);
    if (value === null) return '';
    if (isProblem(value)) {
      this.note(field, value);
      return '';
    }
    return value;
  }

  day(cells: ReadonlyArray<unknown>, field: string): number | undefined {
    const at = this.index[field];
    if (at < 0) return undefined;
    const value = readDay(cells[at], this.options.date1904);
    if (value === null) return undefined;
    if (isProblem(value)) {
      this.note(field, value);
      return undefined;
    }
    return value;
  }

  count(cells: ReadonlyArray<unknown>, field: string): number | undefined {
    const at = this.index[field];
    if (at < 0) return undefined;
    const value = readCount(cells[at]);
    if (value === null) return undefined;
    if (isProblem(value)) {
      this.note(field, value);
      return undefined;
    }
    return value;
  }

  /**
   * The licence of a row: the Licence column, else the Product, Version, Edition and CAL
   * type columns read together. Returns the text as written and, if it could be read, the licence.
   */
  licence(
    cells: ReadonlyArray<unknown>,
    field = 'licence',
  ): { text: string; parsed?: ParsedLicence } {
    let text = this.text(cells, field);
    if (text === '' && field === 'licence') {
      text = ['product', 'version', 'edition', 'calType']
        .map((part) => this.text(cells, part))
        .filter((part) => part !== '')
        .join(' ');
    }
    if (text === '') return { text };
    const parsed = parseLicence(text);
    if (isLicenceProblem(parsed)) {
      this.note('licence', parsed);
      return { text };
    }
    return { text, parsed };
  }

  /** Records a field that was read but is not a valid value (an account, a status). */
  flag(field: string, problem: FieldIssue['problem']): void {
    this.note(field, problem);
  }
}
