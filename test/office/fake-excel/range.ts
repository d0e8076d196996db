/**
 * Excel.Range in the fake: address and size, values (formulas evaluated), number formats,
 * formulas, hyperlinks, select, clear, and the derived ranges (cell, resized, offset,
 * intersection, row, column). Values written must match the range's size, as in Excel.
 */
import {
  boxAddress,
  cellCount,
  FakeOfficeError,
  intersect,
  isUnbounded,
  MAX_COLUMNS,
  MAX_ROWS,
  parseBox,
  sheetPrefix,
  type Box,
} from './basics';
import { FakeDataValidation, FakeRangeFormat } from './range-format';
import { FakeObject, type Session } from './session';
import { cellKey, type Hyperlink, type SheetModel } from './sheet-model';

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly box: Box;
}

/** What a cell shows as text. */
export function shownText(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** Cell-level properties: null for a range of whole rows or columns. */
const CELL_LEVEL = new Set(['values', 'numberFormat', 'formulas', 'formulasR1C1', 'text']);

function isWhole(box: Box): boolean {
  return (
    box.top === 0 && box.left === 0 && box.bottom === MAX_ROWS - 1 && box.right === MAX_COLUMNS - 1
  );
}

function checkBox(box: Box): Box {
  if (
    box.top < 0 ||
    box.left < 0 ||
    box.bottom >= MAX_ROWS ||
    box.right >= MAX_COLUMNS ||
    box.bottom < box.top ||
    box.right < box.left
  )
    throw new FakeOfficeError('InvalidArgument', 'The range is outside the sheet.');
  return box;
}

export class FakeRange extends FakeObject<RangeTarget> {
  protected readonly kind = 'Range';

  constructor(session: Session, locate: () => RangeTarget | null, nullable = false) {
    super(session, locate, nullable);
  }

  protected override get scalars(): readonly string[] {
    return [
      'address',
      'rowCount',
      'columnCount',
      'rowIndex',
      'columnIndex',
      'values',
      'numberFormat',
    ];
  }

  private grid(t: RangeTarget, cell: (row: number, column: number) => unknown): unknown[][] | null {
    const book = this.session.book;
    if (cellCount(t.box) > book.readCellLimit) {
      if (book.oversizedReads === 'null') return null;
      throw new FakeOfficeError('RangeExceedsLimit', 'Too many cells in one read.');
    }
    const rows: unknown[][] = [];
    for (let r = t.box.top; r <= t.box.bottom; r += 1) {
      const row: unknown[] = [];
      for (let c = t.box.left; c <= t.box.right; c += 1) row.push(cell(r, c));
      rows.push(row);
    }
    return rows;
  }

  protected read(t: RangeTarget, name: string): unknown {
    const book = this.session.book;
    // A range of whole columns or rows hands over no cell-level property: `values`,
    // `numberFormat`, `formulas` and `text` come back null (Microsoft, "Read or write to an
    // unbounded range using the Excel JavaScript API").
    if (isUnbounded(t.box) && CELL_LEVEL.has(name)) return null;
    switch (name) {
      case 'address':
        return `${sheetPrefix(t.sheet.name)}!${boxAddress(t.box)}`;
      case 'rowCount':
        return t.box.bottom - t.box.top + 1;
      case 'columnCount':
        return t.box.right - t.box.left + 1;
      case 'rowIndex':
        return t.box.top;
      case 'columnIndex':
        return t.box.left;
      case 'values':
        book.valuesRead.set(
          t.sheet.name,
          (book.valuesRead.get(t.sheet.name) ?? 0) + cellCount(t.box),
        );
        return this.grid(t, (r, c) => book.valueAt(t.sheet, r, c));
      // The fake keeps formulas as typed; for the structured references of calculated
      // columns (`=[@Account]`) the R1C1 form is the same text.
      case 'formulas':
      case 'formulasR1C1':
        return this.grid(t, (r, c) => t.sheet.formula(r, c) ?? book.valueAt(t.sheet, r, c));
      case 'text':
        return this.grid(t, (r, c) => shownText(book.valueAt(t.sheet, r, c)));
      case 'numberFormat':
        return this.grid(t, (r, c) => t.sheet.numberFormat(r, c));
      case 'hyperlink':
        return t.sheet.hyperlinks.get(cellKey(t.box.top, t.box.left)) ?? null;
      default:
        throw new FakeOfficeError('InvalidArgument', `Range has no property ${name}.`);
    }
  }

  get address(): string {
    return this.loaded('address');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get values(): unknown[][] {
    return this.loaded('values');
  }
  get formulas(): unknown[][] {
    return this.loaded('formulas');
  }
  get formulasR1C1(): unknown[][] {
    return this.loaded('formulasR1C1');
  }
  get numberFormat(): string[][] {
    return this.loaded('numberFormat');
  }
  get hyperlink(): Hyperlink | null {
    return this.loaded('hyperlink');
  }

  /** Queues an operation on the range (for its format and validation objects). */
  queue(apply: (target: RangeTarget) => void, payload?: unknown): void {
    this.change((t) => {
      t.sheet.assertWritable();
      apply(t);
    }, payload);
  }

  /** The target now, for an operation running in a sync. */
  targetNow(): RangeTarget | null {
    return this.bind();
  }

  private writeGrid(
    input: unknown,
    cell: (t: RangeTarget, r: number, c: number, v: unknown) => void,
    api: string,
  ): void {
    this.change(
      (t) => {
        if (isUnbounded(t.box))
          throw new FakeOfficeError(
            'InvalidArgument',
            'Cell-level properties cannot be set on whole rows or columns.',
          );
        t.sheet.assertWritable();
        const rows = t.box.bottom - t.box.top + 1;
        const columns = t.box.right - t.box.left + 1;
        if (
          !Array.isArray(input) ||
          input.length !== rows ||
          !input.every((row) => Array.isArray(row) && row.length === columns)
        )
          throw new FakeOfficeError(
            'InvalidArgument',
            `The input array doesn't match the size of the range (${rows} x ${columns}).`,
          );
        (input as unknown[][]).forEach((row, i) =>
          row.forEach((v, j) => cell(t, t.box.top + i, t.box.left + j, v)),
        );
      },
      input,
      api,
    );
  }

  set values(input: unknown[][]) {
    this.writeGrid(input, (t, r, c, v) => t.sheet.write(r, c, v), 'Range.values');
  }

  set numberFormat(input: unknown[][]) {
    this.writeGrid(
      input,
      (t, r, c, v) => {
        if (v === null || v === undefined) return;
        if (v === 'General') t.sheet.numberFormats.delete(cellKey(r, c));
        else
          t.sheet.numberFormats.set(cellKey(r, c), typeof v === 'string' ? v : JSON.stringify(v));
      },
      'Range.numberFormat',
    );
  }

  set formulasR1C1(input: unknown[][]) {
    this.formulas = input;
  }

  set formulas(input: unknown[][]) {
    this.writeGrid(
      input,
      (t, r, c, v) => {
        if (typeof v === 'string' && v.startsWith('=')) {
          t.sheet.put(r, c, undefined);
          t.sheet.formulas.set(cellKey(r, c), v);
        } else t.sheet.write(r, c, v);
      },
      'Range.formulas',
    );
  }

  set hyperlink(link: Hyperlink) {
    this.change((t) => {
      t.sheet.assertWritable();
      t.sheet.eachCell(t.box, (r, c) => {
        t.sheet.hyperlinks.set(cellKey(r, c), { ...link });
        if (link.textToDisplay !== undefined) t.sheet.put(r, c, link.textToDisplay);
      });
    }, link);
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this);
  }

  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this);
  }

  private derive(shape: (box: Box) => Box | null, nullable = false): FakeRange {
    return new FakeRange(
      this.session,
      () => {
        const t = this.bind();
        if (t === null) return null;
        const box = shape(t.box);
        return box === null ? null : { sheet: t.sheet, box: checkBox(box) };
      },
      nullable,
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive((b) => ({
      top: b.top + row,
      left: b.left + column,
      bottom: b.top + row,
      right: b.left + column,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive((b) => ({
      ...b,
      bottom: b.bottom + deltaRows,
      right: b.right + deltaColumns,
    }));
  }

  getOffsetRange(rows: number, columns: number): FakeRange {
    return this.derive((b) => ({
      top: b.top + rows,
      left: b.left + columns,
      bottom: b.bottom + rows,
      right: b.right + columns,
    }));
  }

  getRow(row: number): FakeRange {
    return this.derive((b) => ({ ...b, top: b.top + row, bottom: b.top + row }));
  }

  getColumn(column: number): FakeRange {
    return this.derive((b) => ({ ...b, left: b.left + column, right: b.left + column }));
  }

  getEntireColumn(): FakeRange {
    return this.derive((b) => ({ ...b, top: 0, bottom: MAX_ROWS - 1 }));
  }

  getEntireRow(): FakeRange {
    return this.derive((b) => ({ ...b, left: 0, right: MAX_COLUMNS - 1 }));
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return this.derive((b) => {
      if (typeof other === 'string') return intersect(b, parseBox(other).box);
      const o = other.targetNow();
      return o === null ? null : intersect(b, o.box);
    }, true);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.session,
      () => {
        const t = this.bind();
        const box = t?.sheet.usedBox(valuesOnly, t.box);
        return t && box ? { sheet: t.sheet, box } : null;
      },
      true,
    );
  }

  clear(applyTo = 'All'): void {
    this.change((t) => {
      t.sheet.assertWritable();
      t.sheet.clear(t.box, applyTo, isWhole(t.box));
    });
  }

  select(): void {
    this.change((t) => {
      const book = this.session.book;
      if (book.activeSheet !== t.sheet)
        throw new FakeOfficeError('InvalidSelection', 'Select a range on the active sheet.');
      book.selection = { sheet: t.sheet.name, address: boxAddress(t.box) };
    });
  }
}
