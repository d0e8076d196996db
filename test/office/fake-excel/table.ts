/**
 * Excel.Table in the fake: names unique in the workbook, a header row, a body, an optional
 * totals row that takes the row under the table; rows added at the end push what is under
 * the table down, as Excel does.
 */
import { FakeOfficeError, jsonSize, parseBox } from './basics';
import type { TableModel } from './book';
import { FakeRange } from './range';
import { FakeCollection, FakeObject, type Session } from './session';
import { isBlank, type SheetModel } from './sheet-model';

function bodyRows(t: TableModel): number {
  return t.box.bottom - t.box.top - (t.showTotals ? 1 : 0);
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
        this.change((t) => {
          const count = values?.length ?? 1;
          const at = t.box.top + 1 + (index ?? bodyRows(t));
          t.sheet.shiftDown(at, t.box.left, t.box.right, count);
          t.box.bottom += count;
          values?.forEach((row, i) =>
            row.forEach((v, j) => t.sheet.write(at + i, t.box.left + j, v)),
          );
          added = { table: t, row: at };
        }, values);
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

  delete(): void {
    this.change((t) => {
      const tables = this.session.book.tables;
      tables.splice(tables.indexOf(t), 1);
    });
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
          const parsed = parseBox(address);
          sheet = parsed.sheet !== undefined ? book.findSheet(parsed.sheet) : this.scope?.();
          box = parsed.box;
        } else {
          const target = address.targetNow();
          sheet = target?.sheet;
          box = target?.box;
        }
        if (!sheet || !box) throw new FakeOfficeError('ItemNotFound', 'No sheet for the table.');
        created = book.createTable(sheet, box);
      },
      jsonSize(typeof address === 'string' ? address : 'range'),
    );
    return new FakeTable(this.session, () => created);
  }
}
