/**
 * A worksheet's state in the fake: values (rows of cells), formulas, number formats, cell
 * formats, hyperlinks, column widths, validation, custom properties and charts. Writes
 * behave as Excel's do: text beginning with = + - @ becomes a formula unless the cell is
 * formatted as text ('@').
 */
import { cellCount, FakeOfficeError, MAX_COLUMNS, type Box } from './basics';

export interface CellFormat {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
  underline?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borderBottom?: string;
}

export interface Hyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface Validation {
  box: Box;
  rule?: unknown;
  errorAlert?: unknown;
  ignoreBlanks?: boolean;
}

export interface ChartSeriesModel {
  name: string;
  values?: string;
  xValues?: string;
}

export interface ChartModel {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  series: ChartSeriesModel[];
  categories?: string;
  title: string;
  legend?: string;
  position?: [string, string];
}

/** Too many cells for a per-cell operation: the fake refuses rather than crawl. */
const MAX_PER_CELL = 3_000_000;

export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

let nextSheetId = 1;

export class SheetModel {
  readonly id = `{sheet-${nextSheetId++}}`;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  tabColor = '';
  showGridlines = true;
  frozenRows = 0;
  readonly rows: (unknown[] | undefined)[] = [];
  readonly formulas = new Map<number, string>();
  readonly numberFormats = new Map<number, string>();
  readonly formats = new Map<number, CellFormat>();
  readonly hyperlinks = new Map<number, Hyperlink>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly validations: Validation[] = [];
  readonly customProperties = new Map<string, { key: string; value: string }>();
  readonly charts: ChartModel[] = [];
  autofits = 0;
  /** Review > Protect Sheet: every cell locked, as Excel makes them by default. */
  isProtected = false;

  constructor(public name: string) {}

  /**
   * Throws as Excel does on a change to a protected sheet's cells: AccessDenied ("You cannot
   * perform the requested operation", as Microsoft Graph reports a write to a locked cell).
   */
  assertWritable(): void {
    if (this.isProtected)
      throw new FakeOfficeError(
        'AccessDenied',
        `You cannot perform the requested operation: the sheet ${this.name} is protected.`,
      );
  }

  raw(row: number, column: number): unknown {
    return this.rows[row]?.[column];
  }

  numberFormat(row: number, column: number): string {
    return this.numberFormats.get(cellKey(row, column)) ?? 'General';
  }

  /** Stores a value as a seed or a text cell: exactly as given, never a formula. */
  put(row: number, column: number, value: unknown): void {
    // A value replaces a formula, a blank included, on a row that holds nothing else too
    // (Microsoft, "Blank and null values in Excel add-ins": '' in values clears the cell).
    this.formulas.delete(cellKey(row, column));
    let cells = this.rows[row];
    if (!cells) {
      if (isBlank(value)) return;
      cells = this.rows[row] = [];
    }
    cells[column] = isBlank(value) ? undefined : value;
  }

  /** A value written through `values`: Excel's reading of what was typed. */
  write(row: number, column: number, value: unknown): void {
    if (value === null || value === undefined) return;
    if (typeof value !== 'string' || value === '') return this.put(row, column, value);
    if (this.numberFormat(row, column) === '@') return this.put(row, column, value);
    if (/^[=+\-@]./s.test(value)) {
      this.put(row, column, undefined);
      this.formulas.set(cellKey(row, column), value.startsWith('=') ? value : `=${value}`);
      return;
    }
    const number = Number(value);
    this.put(row, column, value.trim() !== '' && Number.isFinite(number) ? number : value);
  }

  formula(row: number, column: number): string | undefined {
    return this.formulas.get(cellKey(row, column));
  }

  eachCell(box: Box, visit: (row: number, column: number) => void): void {
    if (cellCount(box) > MAX_PER_CELL)
      throw new FakeOfficeError('NotImplemented', 'The fake does not format whole sheets.');
    for (let r = box.top; r <= box.bottom; r += 1)
      for (let c = box.left; c <= box.right; c += 1) visit(r, c);
  }

  format(box: Box, change: CellFormat): void {
    this.eachCell(box, (r, c) => {
      const key = cellKey(r, c);
      this.formats.set(key, { ...this.formats.get(key), ...change });
    });
  }

  /**
   * The smallest box holding every value (and, unless valuesOnly, every format), of the
   * sheet or of the cells `within` a box.
   */
  usedBox(valuesOnly: boolean, within?: Box): Box | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const note = (r: number, c: number) => {
      if (within && (r < within.top || r > within.bottom || c < within.left || c > within.right))
        return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    };
    this.rows.forEach((cells, r) => cells?.forEach((v, c) => !isBlank(v) && note(r, c)));
    const keys = [this.formulas.keys()];
    if (!valuesOnly) keys.push(this.formats.keys(), this.numberFormats.keys());
    for (const list of keys)
      for (const key of list) note(Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS);
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /** Clears cells: 'All', 'Contents', 'Formats' or 'Hyperlinks'. */
  clear(box: Box, applyTo: string, whole: boolean): void {
    const contents = applyTo === 'All' || applyTo === 'Contents';
    const formats = applyTo === 'All' || applyTo === 'Formats';
    const links = applyTo === 'All' || applyTo === 'Hyperlinks' || applyTo === 'RemoveHyperlinks';
    const maps: Map<number, unknown>[] = [];
    if (contents) maps.push(this.formulas);
    if (formats) maps.push(this.numberFormats, this.formats);
    if (links) maps.push(this.hyperlinks);
    if (whole) {
      if (contents) this.rows.length = 0;
      maps.forEach((m) => m.clear());
      if (formats) this.validations.length = 0;
      return;
    }
    for (const map of maps)
      for (const key of [...map.keys()]) {
        const r = Math.floor(key / MAX_COLUMNS);
        const c = key % MAX_COLUMNS;
        if (r >= box.top && r <= box.bottom && c >= box.left && c <= box.right) map.delete(key);
      }
    if (contents)
      for (let r = box.top; r <= Math.min(box.bottom, this.rows.length - 1); r += 1) {
        const cells = this.rows[r];
        if (cells)
          for (let c = box.left; c <= box.right && c < cells.length; c += 1) cells[c] = undefined;
      }
  }

  /** Moves the cells of columns [left, right] from `row` down by `count` rows. */
  shiftDown(row: number, left: number, right: number, count: number): void {
    let last = this.rows.length - 1;
    for (const map of [this.formulas, this.numberFormats, this.formats, this.hyperlinks])
      for (const key of map.keys()) last = Math.max(last, Math.floor(key / MAX_COLUMNS));
    for (let r = last; r >= row; r -= 1) {
      for (let c = left; c <= right; c += 1) {
        const value = this.raw(r, c);
        this.put(r + count, c, value);
        this.put(r, c, undefined);
        for (const map of [this.formulas, this.numberFormats, this.formats, this.hyperlinks] as Map<
          number,
          unknown
        >[]) {
          const v = map.get(cellKey(r, c));
          map.delete(cellKey(r, c));
          if (v !== undefined) map.set(cellKey(r + count, c), v);
        }
      }
    }
  }
}
