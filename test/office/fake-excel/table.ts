/**
 * Excel.Table in the fake: names unique in the workbook, a header row, a body, an optional
 * totals row that takes the row under the table; rows added at the end push what is under
 * the table down, as Excel does.
 */
import { FakeOfficeError, intersect, jsonSize, MAX_COLUMNS, parseBox, type Box } from './basics';
import type { TableModel } from './book';
import { FakeRange, shownText } from './range';
import { FakeWorksheet } from './sheet';
import { FakeCollection, FakeObject, type Session } from './session';
import { isBlank, type SheetModel } from './sheet-model';

function bodyRows(t: TableModel): number {
  return t.box.bottom - t.box.top - (t.showTotals ? 1 : 0);
}

/** Cells Excel on the web lets one operation touch (OperationCellsExceedLimit past it). */
export const OPERATION_CELL_LIMIT = 33_554_000;

/**
 * What Excel refuses before a table grows or shrinks: a protected sheet (AccessDenied), a
 * filter that hides rows (FilteredRangeConflict: "The attempted operation causes a conflict
 * with a filtered range").
 */
function assertCanReshape(t: TableModel): void {
  t.sheet.assertWritable();
  if (t.filtered)
    throw new FakeOfficeError(
      'FilteredRangeConflict',
      `The attempted operation causes a conflict with a filtered range (table ${t.name}).`,
    );
}

class FakeTableRow {
  constructor(
    private readonly session: Session,
    private readonly locate: () => { table: TableModel; row: number } | null,
  ) {}
  getRange(): FakeRange {
    return new FakeRange(this.session, () => {
      const at = this.locate();
      if (!at) return null;
      const { box, sheet } = at.table;
      return { sheet, box: { top: at.row, bottom: at.row, left: box.left, right: box.right } };
    });
  }
}

class FakeTableColumn extends FakeObject<{ table: TableModel; index: number }> {
  protected readonly kind = 'TableColumn';
  protected override get scalars(): readonly string[] {
    return ['name', 'index'];
  }
  protected read(c: { table: TableModel; index: number }, name: string): unknown {
    if (name === 'name') return c.table.columns[c.index];
    if (name === 'index') return c.index;
    throw new FakeOfficeError('InvalidArgument', `TableColumn has no property ${name}.`);
  }
  get name(): string {
    return this.loaded('name');
  }
  private column(rows: (t: TableModel) => [number, number]): FakeRange {
    return new FakeRange(this.session, () => {
      const c = this.bind();
      if (!c) return null;
      const [top, bottom] = rows(c.table);
      const col = c.table.box.left + c.index;
      return { sheet: c.table.sheet, box: { top, bottom, left: col, right: col } };
    });
  }
  getRange(): FakeRange {
    return this.column((t) => [t.box.top, t.box.bottom]);
  }
  getHeaderRowRange(): FakeRange {
    return this.column((t) => [t.box.top, t.box.top]);
  }
  getDataBodyRange(): FakeRange {
    return this.column((t) => [t.box.top + 1, t.box.top + bodyRows(t)]);
  }
}

type ColumnRef = { table: TableModel; index: number };

class FakeTableColumns extends FakeCollection<ColumnRef, FakeTableColumn> {
  protected readonly kind = 'TableColumnCollection';
  constructor(
    session: Session,
    private readonly table: FakeTable,
  ) {
    super(session, () => {
      const t = table.targetNow();
      return t ? t.columns.map((_, index) => ({ table: t, index })) : null;
    });
  }
  protected wrap(c: ColumnRef): FakeTableColumn {
    return new FakeTableColumn(this.session, () => c, false, c);
  }
  getItemAt(index: number): FakeTableColumn {
    return new FakeTableColumn(this.session, () => {
      const t = this.table.targetNow();
      return t && index < t.columns.length ? { table: t, index } : null;
    });
  }
  /**
   * Adds a column at the table's right (the fake adds nowhere else): Excel would shift cells
   * beside the table, so the fake refuses when they are not empty.
   */
  add(index?: number | null, values?: unknown, name?: string): FakeTableColumn {
    let added: ColumnRef | null = null;
    this.session.enqueue(
      () => {
        const t = this.table.targetNow();
        if (!t) throw new FakeOfficeError('ItemNotFound', 'The table does not exist.');
        assertCanReshape(t);
        // Excel on the web shifts every cell right of the table, to column XFD: past
        // 33,554,000 cells it refuses (Microsoft, "Error handling with the application-
        // specific JavaScript APIs": (table rows) x (16383 - table columns); web only).
        const height = t.box.bottom - t.box.top + 1;
        const shifted = height * (MAX_COLUMNS - 1 - t.columns.length);
        if (this.session.book.platform === 'web' && shifted > OPERATION_CELL_LIMIT)
          throw new FakeOfficeError(
            'OperationCellsExceedLimit',
            `The attempted operation affects more than the limit of ${OPERATION_CELL_LIMIT} cells.`,
          );
        if (index !== undefined && index !== null && index !== t.columns.length)
          throw new FakeOfficeError('NotImplemented', 'The fake adds columns at the right only.');
        if (values !== undefined && values !== null)
          throw new FakeOfficeError('NotImplemented', 'The fake adds empty columns only.');
        const column = t.box.right + 1;
        for (let r = t.box.top; r <= t.box.bottom; r += 1)
          if (!isBlank(t.sheet.raw(r, column)) || t.sheet.formula(r, column) !== undefined)
            throw new FakeOfficeError(
              'InvalidOperation',
              'The cells beside the table are not empty.',
            );
        let header = name ?? `Column${t.columns.length + 1}`;
        while (t.columns.some((h) => h.toLowerCase() === header.toLowerCase())) header += '2';
        t.box.right = column;
        t.columns.push(header);
        t.sheet.put(t.box.top, column, header);
        added = { table: t, index: t.columns.length - 1 };
      },
      jsonSize(name ?? ''),
    );
    return new FakeTableColumn(this.session, () => added);
  }

  getItem(name: string): FakeTableColumn {
    return new FakeTableColumn(this.session, () => {
      const t = this.table.targetNow();
      const index = t ? t.columns.findIndex((h) => h.toLowerCase() === name.toLowerCase()) : -1;
      return t && index >= 0 ? { table: t, index } : null;
    });
  }
}

export class FakeTable extends FakeObject<TableModel> {
  protected readonly kind = 'Table';

  protected override get scalars(): readonly string[] {
    return ['name', 'id', 'showTotals', 'showHeaders', 'style'];
  }

  protected read(t: TableModel, name: string): unknown {
    switch (name) {
      case 'name':
      case 'id':
      case 'showTotals':
      case 'showHeaders':
      case 'style':
        return t[name];
      default:
        throw new FakeOfficeError('InvalidArgument', `Table has no property ${name}.`);
    }
  }

  targetNow(): TableModel | null {
    return this.bind();
  }

  get name(): string {
    return this.loaded('name');
  }
  set name(value: string) {
    this.change((t) => this.session.book.renameTable(t, value), value);
  }
  get showTotals(): boolean {
    return this.loaded('showTotals');
  }
  set showTotals(value: boolean) {
    this.change((t) => this.session.book.setTotals(t, value), value);
  }
  get showHeaders(): boolean {
    return this.loaded('showHeaders');
  }
  get style(): string {
    return this.loaded('style');
  }
  set style(value: string) {
    this.change((t) => (t.style = value), value);
  }

  get columns(): FakeTableColumns {
    return new FakeTableColumns(this.session, this);
  }

  get rows(): {
    add(index?: number | null, values?: unknown[][]): FakeTableRow;
  } {
    return {
      add: (index, values) => {
        let added: { table: TableModel; row: number } | null = null;
        this.change(
          (t) => {
            assertCanReshape(t);
            const count = values?.length ?? 1;
            const width = t.box.right - t.box.left + 1;
            if (values?.some((row) => row.length !== width))
              throw new FakeOfficeError(
                'InvalidArgument',
                `The rows to add must have the table's ${width} columns.`,
              );
            const at = t.box.top + 1 + (index ?? bodyRows(t));
            t.sheet.shiftDown(at, t.box.left, t.box.right, count);
            t.box.bottom += count;
            // New rows get the calculated columns' formulas; a value given for such a cell
            // replaces it, '' included (it clears the cell, as typing over it does).
            this.session.book.fillCalculated(t, at, at + count - 1);
            values?.forEach((row, i) =>
              row.forEach((v, j) => t.sheet.write(at + i, t.box.left + j, v)),
            );
            added = { table: t, row: at };
          },
          values,
          'TableRowCollection.add',
        );
        return new FakeTableRow(this.session, () => added);
      },
    };
  }

  private part(rows: (t: TableModel) => [number, number] | null): FakeRange {
    return new FakeRange(this.session, () => {
      const t = this.bind();
      if (!t) return null;
      const span = rows(t);
      if (!span) throw new FakeOfficeError('InvalidOperation', 'The table has no such row.');
      return { sheet: t.sheet, box: { ...t.box, top: span[0], bottom: span[1] } };
    });
  }

  getRange(): FakeRange {
    return this.part((t) => [t.box.top, t.box.bottom]);
  }
  getHeaderRowRange(): FakeRange {
    return this.part((t) => [t.box.top, t.box.top]);
  }
  getDataBodyRange(): FakeRange {
    return this.part((t) => [t.box.top + 1, t.box.top + bodyRows(t)]);
  }
  getTotalRowRange(): FakeRange {
    return this.part((t) => (t.showTotals ? [t.box.bottom, t.box.bottom] : null));
  }

  /** Table.worksheet (ExcelApi 1.2): the sheet the table is on. */
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.session, () => this.bind()?.sheet ?? null);
  }

  /** Table.autoFilter (ExcelApi 1.9): whether the table's filter hides rows. */
  get autoFilter(): FakeTableFilter {
    return new FakeTableFilter(this.session, () => this.bind());
  }

  /**
   * Table.resize (ExcelApi 1.13): the table takes `range`, whose top row stays its header
   * row and which overlaps it (Microsoft's reference). Cells taken in become the table's:
   * their header cells name the new columns, calculated columns fill the new rows. Growing
   * over cells moves nothing, so no OperationCellsExceedLimit. The fake does not model a
   * table showing its totals row (Excel would keep that row last): it refuses.
   */
  resize(range: FakeRange | string): void {
    this.change(
      (t) => {
        if (!this.session.book.supports('1.13'))
          throw new FakeOfficeError('ApiNotFound', 'Table.resize needs ExcelApi 1.13.');
        assertCanReshape(t);
        let box: Box | undefined;
        if (typeof range === 'string') box = parseBox(range).box;
        else {
          const target = range.targetNow();
          if (target && target.sheet !== t.sheet)
            throw new FakeOfficeError('InvalidArgument', 'The range is on another sheet.');
          box = target?.box;
        }
        if (!box || box.top !== t.box.top || !intersect(box, t.box))
          throw new FakeOfficeError(
            'InvalidArgument',
            'The new range must overlap the table and keep its header row.',
          );
        if (t.showTotals)
          throw new FakeOfficeError(
            'NotImplemented',
            'The fake resizes tables without totals only.',
          );
        for (const other of this.session.book.tables)
          if (other !== t && other.sheet === t.sheet && intersect(other.box, box))
            throw new FakeOfficeError('InvalidOperation', 'A table cannot overlap another table.');
        const oldBottom = t.box.bottom;
        const columns: string[] = [];
        for (let c = box.left; c <= box.right; c += 1) {
          const at = c - t.box.left;
          if (at >= 0 && at < t.columns.length) {
            columns.push(t.columns[at]);
            continue;
          }
          const raw = t.sheet.raw(box.top, c);
          let header =
            raw === undefined || raw === null || raw === ''
              ? `Column${columns.length + 1}`
              : shownText(raw);
          while (columns.some((h) => h.toLowerCase() === header.toLowerCase())) header += '2';
          columns.push(header);
          t.sheet.put(box.top, c, header);
        }
        t.columns = columns;
        t.box = { ...box };
        if (box.bottom > oldBottom) this.session.book.fillCalculated(t, oldBottom + 1, box.bottom);
      },
      typeof range === 'string' ? range : 'range',
      'Table.resize',
    );
  }

  delete(): void {
    this.change((t) => {
      const tables = this.session.book.tables;
      tables.splice(tables.indexOf(t), 1);
    });
  }
}

class FakeTableFilter extends FakeObject<TableModel> {
  protected readonly kind = 'AutoFilter';
  protected override get scalars(): readonly string[] {
    return ['isDataFiltered'];
  }
  protected read(t: TableModel, name: string): unknown {
    if (name === 'isDataFiltered') return t.filtered;
    throw new FakeOfficeError('InvalidArgument', `AutoFilter has no property ${name}.`);
  }
  get isDataFiltered(): boolean {
    return this.loaded('isDataFiltered');
  }
}

/** The workbook's tables, or one sheet's (`scope`). */
export class FakeTableCollection extends FakeCollection<TableModel, FakeTable> {
  protected readonly kind = 'TableCollection';

  constructor(
    session: Session,
    private readonly scope?: () => SheetModel | null,
  ) {
    super(session, () => {
      const sheet = scope?.();
      if (sheet === null) return null;
      return session.book.tables.filter((t) => sheet === undefined || t.sheet === sheet);
    });
  }

  protected wrap(t: TableModel): FakeTable {
    return new FakeTable(this.session, () => t, false, t);
  }

  private find(name: string): TableModel | null {
    const table = this.session.book.findTable(name);
    if (!table) return null;
    const sheet = this.scope?.();
    return sheet === undefined || table.sheet === sheet ? table : null;
  }

  getItem(name: string): FakeTable {
    return new FakeTable(this.session, () => this.find(name));
  }

  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.session, () => this.find(name), true);
  }

  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    let created: TableModel | null = null;
    this.session.enqueue(
      () => {
        if (!hasHeaders)
          throw new FakeOfficeError('NotImplemented', 'The fake adds tables with headers only.');
        const book = this.session.book;
        let sheet: SheetModel | null | undefined;
        let box;
        if (typeof address === 'string') {
          // An address without a sheet name means the active sheet, even from a sheet's own
          // table collection (Microsoft's reference for TableCollection.add).
          const parsed = parseBox(address);
          sheet = parsed.sheet !== undefined ? book.findSheet(parsed.sheet) : book.activeSheet;
          box = parsed.box;
        } else {
          const target = address.targetNow();
          sheet = target?.sheet;
          box = target?.box;
        }
        if (!sheet || !box) throw new FakeOfficeError('ItemNotFound', 'No sheet for the table.');
        sheet.assertWritable();
        created = book.createTable(sheet, box);
      },
      jsonSize(typeof address === 'string' ? address : 'range'),
    );
    return new FakeTable(this.session, () => created);
  }
}
