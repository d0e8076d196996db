/**
 * Excel.Worksheet and the worksheet collection in the fake, with custom properties and
 * freeze panes. Names are matched without regard to case, as Excel matches them.
 */
import { FakeOfficeError, jsonSize, MAX_COLUMNS, MAX_ROWS, parseBox } from './basics';
import { FakeChartCollection } from './chart';
import { FakeRange } from './range';
import { FakeCollection, FakeObject, type Session } from './session';
import type { SheetModel } from './sheet-model';
import { FakeTableCollection } from './table';

interface Property {
  key: string;
  value: string;
}

class FakeCustomProperty extends FakeObject<Property> {
  protected readonly kind = 'WorksheetCustomProperty';
  protected override get scalars(): readonly string[] {
    return ['key', 'value'];
  }
  protected read(p: Property, name: string): unknown {
    if (name === 'key' || name === 'value') return p[name];
    throw new FakeOfficeError('InvalidArgument', `WorksheetCustomProperty has no ${name}.`);
  }
  get key(): string {
    return this.loaded('key');
  }
  get value(): string {
    return this.loaded('value');
  }
}

class FakeCustomProperties extends FakeCollection<Property, FakeCustomProperty> {
  protected readonly kind = 'WorksheetCustomPropertyCollection';
  constructor(
    session: Session,
    private readonly sheet: FakeWorksheet,
  ) {
    super(session, () => {
      const s = sheet.targetNow();
      return s ? [...s.customProperties.values()] : null;
    });
  }
  protected wrap(p: Property): FakeCustomProperty {
    return new FakeCustomProperty(this.session, () => p, false, p);
  }
  add(key: string, value: string): FakeCustomProperty {
    this.sheet.queue((s) => s.customProperties.set(key.toLowerCase(), { key, value }), {
      key,
      value,
    });
    return this.getItem(key);
  }
  getItem(key: string): FakeCustomProperty {
    return new FakeCustomProperty(
      this.session,
      () => this.sheet.targetNow()?.customProperties.get(key.toLowerCase()) ?? null,
    );
  }
  getItemOrNullObject(key: string): FakeCustomProperty {
    return new FakeCustomProperty(
      this.session,
      () => this.sheet.targetNow()?.customProperties.get(key.toLowerCase()) ?? null,
      true,
    );
  }
}

/** A read-only flag of a sheet's (protection.protected, autoFilter.isDataFiltered). */
class FakeSheetFlag extends FakeObject<SheetModel> {
  protected readonly kind: string;
  constructor(
    session: Session,
    locate: () => SheetModel | null,
    kind: string,
    private readonly property: string,
    private readonly value: (sheet: SheetModel) => boolean,
  ) {
    super(session, locate);
    this.kind = kind;
  }
  protected override get scalars(): readonly string[] {
    return [this.property];
  }
  protected read(s: SheetModel, name: string): unknown {
    if (name === this.property) return this.value(s);
    throw new FakeOfficeError('InvalidArgument', `${this.kind} has no property ${name}.`);
  }
  get protected(): boolean {
    return this.loaded('protected');
  }
  get isDataFiltered(): boolean {
    return this.loaded('isDataFiltered');
  }
}

export class FakeWorksheet extends FakeObject<SheetModel> {
  protected readonly kind = 'Worksheet';

  protected override get scalars(): readonly string[] {
    return ['name', 'id', 'position', 'visibility', 'tabColor', 'showGridlines'];
  }

  protected read(s: SheetModel, name: string): unknown {
    switch (name) {
      case 'name':
      case 'id':
      case 'visibility':
      case 'tabColor':
      case 'showGridlines':
        return s[name];
      case 'position':
        return this.session.book.sheets.indexOf(s);
      default:
        throw new FakeOfficeError('InvalidArgument', `Worksheet has no property ${name}.`);
    }
  }

  targetNow(): SheetModel | null {
    return this.bind();
  }

  queue(apply: (sheet: SheetModel) => void, payload?: unknown): void {
    this.change(apply, payload);
  }

  get name(): string {
    return this.loaded('name');
  }
  set name(value: string) {
    this.change(
      (s) => {
        const other = this.session.book.findSheet(value);
        if (other && other !== s)
          throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${value} exists.`);
        s.name = value;
      },
      value,
      'Worksheet.name',
    );
  }
  get id(): string {
    return this.loaded('id');
  }
  get position(): number {
    return this.loaded('position');
  }
  get visibility(): string {
    return this.loaded('visibility');
  }
  set visibility(value: string) {
    this.change(
      (s) => {
        const book = this.session.book;
        const visible = book.sheets.filter((x) => x.visibility === 'Visible' && x !== s);
        if (value !== 'Visible' && visible.length === 0)
          throw new FakeOfficeError('InvalidOperation', 'A workbook must keep one visible sheet.');
        s.visibility = value as SheetModel['visibility'];
        if (value !== 'Visible' && book.activeSheet === s) book.activeSheet = visible[0];
      },
      value,
      'Worksheet.visibility',
    );
  }
  set tabColor(value: string) {
    this.change((s) => (s.tabColor = value), value);
  }
  set showGridlines(value: boolean) {
    this.change((s) => (s.showGridlines = value), value);
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.session, () => this.bind());
  }
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.session, this);
  }
  get customProperties(): FakeCustomProperties {
    return new FakeCustomProperties(this.session, this);
  }
  get freezePanes(): { freezeRows(count?: number): void } {
    return { freezeRows: (count = 1) => this.change((s) => (s.frozenRows = count), count) };
  }

  /** Worksheet.protection (ExcelApi 1.2): whether the sheet is protected. */
  get protection(): FakeSheetFlag {
    return new FakeSheetFlag(
      this.session,
      () => this.bind(),
      'WorksheetProtection',
      'protected',
      (s) => s.isProtected,
    );
  }

  /**
   * Worksheet.autoFilter (ExcelApi 1.9): the sheet's own filter. The fake's sheets have no
   * filter of their own (tables carry theirs), so it never hides rows.
   */
  get autoFilter(): FakeSheetFlag {
    return new FakeSheetFlag(
      this.session,
      () => this.bind(),
      'AutoFilter',
      'isDataFiltered',
      () => false,
    );
  }

  activate(): void {
    this.change((s) => {
      if (s.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
      // Excel on the web may leave the old sheet active when the sheet was added in the same
      // sync (the issue this adapter met: activate and select in a later sync).
      if (this.session.book.platform === 'web' && this.session.addedThisSync.has(s)) return;
      this.session.book.activeSheet = s;
    });
  }

  delete(): void {
    this.change(
      (s) => {
        const book = this.session.book;
        book.sheets.splice(book.sheets.indexOf(s), 1);
        book.tables.splice(0, book.tables.length, ...book.tables.filter((t) => t.sheet !== s));
        if (book.activeSheet === s)
          book.activeSheet = book.sheets.find((x) => x.visibility === 'Visible');
      },
      undefined,
      'Worksheet.delete',
    );
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.session, () => {
      const s = this.bind();
      if (s === null) return null;
      if (address === undefined)
        return { sheet: s, box: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
      return { sheet: s, box: parseBox(address).box };
    });
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return this.getRange()
      .getCell(row, column)
      .getResizedRange(rows - 1, columns - 1);
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRange().getCell(row, column);
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.session, () => {
      const s = this.bind();
      if (s === null) return null;
      return { sheet: s, box: s.usedBox(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.session,
      () => {
        const s = this.bind();
        const box = s?.usedBox(valuesOnly);
        return s && box ? { sheet: s, box } : null;
      },
      true,
    );
  }
}

export class FakeWorksheetCollection extends FakeCollection<SheetModel, FakeWorksheet> {
  protected readonly kind = 'WorksheetCollection';

  constructor(session: Session) {
    super(session, () => [...session.book.sheets]);
  }

  protected wrap(s: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.session, () => s, false, s);
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.session, () => this.session.book.findSheet(name) ?? null);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.session, () => this.session.book.findSheet(name) ?? null, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.session, () => this.session.book.activeSheet ?? null);
  }

  add(name?: string): FakeWorksheet {
    let created: SheetModel | null = null;
    this.session.enqueue(
      () => {
        const book = this.session.book;
        let chosen = name;
        for (
          let n = book.sheets.length + 1;
          chosen === undefined || book.findSheet(chosen);
          n += 1
        ) {
          if (name !== undefined)
            throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} exists.`);
          chosen = `Sheet${n}`;
        }
        if (/[[\]:*?/\\]/.test(chosen) || chosen.length > 31)
          throw new FakeOfficeError('InvalidArgument', `Not a valid sheet name: ${chosen}`);
        created = book.addSheet(chosen);
        this.session.addedThisSync.add(created);
      },
      jsonSize(name ?? ''),
    );
    return new FakeWorksheet(this.session, () => created);
  }
}
