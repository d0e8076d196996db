/**
 * The fake Excel host: Excel.run over a FakeWorkbook (the workbook object with its settings),
 * the requirement-set check, and (for the end-to-end test in a browser) the Excel and Office
 * globals the pane uses.
 */
import { FakeOfficeError, jsonSize } from './basics';
import type { FakeWorkbook, RunRecord } from './book';
import { FakeObject, Session } from './session';
import { FakeWorksheetCollection } from './sheet';
import { FakeTableCollection } from './table';

class FakeDocumentProperties extends FakeObject<Record<string, string>> {
  protected readonly kind = 'DocumentProperties';
  protected override get scalars(): readonly string[] {
    return Object.keys(this.session.book.properties);
  }
  protected read(p: Record<string, string>, name: string): unknown {
    if (name in p) return p[name];
    throw new FakeOfficeError('InvalidArgument', `DocumentProperties has no property ${name}.`);
  }
  get title(): string {
    return this.loaded('title');
  }
  get author(): string {
    return this.loaded('author');
  }
}

interface SettingModel {
  key: string;
  value: unknown;
}

class FakeSetting extends FakeObject<SettingModel> {
  protected readonly kind = 'Setting';
  protected override get scalars(): readonly string[] {
    return ['key', 'value'];
  }
  protected read(setting: SettingModel, name: string): unknown {
    if (name === 'key') return setting.key;
    // A copy, as Excel hands values over as JSON.
    if (name === 'value') return JSON.parse(JSON.stringify(setting.value)) as unknown;
    throw new FakeOfficeError('InvalidArgument', `Setting has no property ${name}.`);
  }
  get key(): string {
    return this.loaded('key');
  }
  get value(): unknown {
    return this.loaded('value');
  }
}

/** Workbook.settings: key-value pairs the add-in keeps in the workbook. */
class FakeSettingCollection {
  constructor(private readonly session: Session) {}
  add(key: string, value: unknown): FakeSetting {
    const stored = JSON.parse(JSON.stringify(value)) as unknown;
    this.session.enqueue(
      () => this.session.book.settings.set(key, { key, value: stored }),
      jsonSize({ key, value }),
    );
    return this.getItem(key);
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.session, () => this.session.book.settings.get(key) ?? null);
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.session, () => this.session.book.settings.get(key) ?? null, true);
  }
}

class FakeWorkbookObject extends FakeObject<FakeWorkbook> {
  protected readonly kind = 'Workbook';

  constructor(session: Session) {
    super(session, () => session.book, false, session.book);
  }

  protected override get scalars(): readonly string[] {
    return ['name'];
  }

  protected read(book: FakeWorkbook, name: string): unknown {
    if (name === 'name') return book.name;
    // Workbook.use1904DateSystem is in ExcelApi preview only: released Excel knows no such
    // property (Microsoft's reference lists it under the preview requirement set).
    if (name === 'use1904DateSystem' && book.previewApis) return book.date1904;
    throw new FakeOfficeError('PropertyNotFound', `Workbook has no property ${name}.`);
  }

  /** Workbook.functions (ExcelApi 1.2): worksheet functions, computed by Excel. */
  get functions(): FakeFunctions {
    return new FakeFunctions(this.session);
  }

  get name(): string {
    return this.loaded('name');
  }
  get use1904DateSystem(): boolean {
    return this.loaded('use1904DateSystem');
  }
  get worksheets(): FakeWorksheetCollection {
    return new FakeWorksheetCollection(this.session);
  }
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.session);
  }
  get properties(): FakeDocumentProperties {
    return new FakeDocumentProperties(
      this.session,
      () => this.session.book.properties,
      false,
      this.session.book.properties,
    );
  }
  get application(): FakeApplication {
    return new FakeApplication(this.session);
  }
  get settings(): FakeSettingCollection {
    return new FakeSettingCollection(this.session);
  }
}

/** A worksheet function's result (FunctionResult): `value`, or `error` when it fails. */
class FakeFunctionResult extends FakeObject<{ value: unknown; error: string | null }> {
  protected readonly kind = 'FunctionResult';
  protected override get scalars(): readonly string[] {
    return ['value', 'error'];
  }
  protected read(result: { value: unknown; error: string | null }, name: string): unknown {
    if (name === 'value' || name === 'error') return result[name];
    throw new FakeOfficeError('InvalidArgument', `FunctionResult has no property ${name}.`);
  }
  get value(): unknown {
    return this.loaded('value');
  }
  get error(): string | null {
    return this.loaded('error');
  }
}

const DAY_MS = 86_400_000;

class FakeFunctions {
  constructor(private readonly session: Session) {}
  /**
   * DATE(year, month, day) as the workbook counts: days since 1899-12-30 (1900 system,
   * dates from March 1900 on) or since 1904-01-01 (1904 system), so DATE(1904,1,1) is 1462
   * or 0.
   */
  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.session, () => {
      const utc = Date.UTC(year, month - 1, day);
      const origin = this.session.book.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
      return { value: Math.round((utc - origin) / DAY_MS), error: null };
    });
  }
}

/**
 * Application.cultureInfo.datetimeFormat (ExcelApi 1.12): how the workbook's culture writes
 * dates. Excel without that set has no such object; the fake refuses it as Excel does.
 */
class FakeDatetimeFormat extends FakeObject<{ shortDatePattern: string; dateSeparator: string }> {
  protected readonly kind = 'DatetimeFormatInfo';
  protected override get scalars(): readonly string[] {
    return ['shortDatePattern', 'dateSeparator'];
  }
  protected read(format: { shortDatePattern: string; dateSeparator: string }, name: string) {
    if (name === 'shortDatePattern' || name === 'dateSeparator') return format[name];
    throw new FakeOfficeError('InvalidArgument', `DatetimeFormatInfo has no property ${name}.`);
  }
  get shortDatePattern(): string {
    return this.loaded('shortDatePattern');
  }
}

class FakeApplication {
  constructor(private readonly session: Session) {}
  suspendScreenUpdatingUntilNextSync(): void {
    this.session.enqueue(() => (this.session.book.screenSuspensions += 1));
  }
  get cultureInfo(): { readonly datetimeFormat: FakeDatetimeFormat } {
    const book = this.session.book;
    if (!book.supports('1.12'))
      throw new FakeOfficeError('ApiNotFound', 'Application.cultureInfo needs ExcelApi 1.12.');
    return {
      datetimeFormat: new FakeDatetimeFormat(this.session, () => ({
        shortDatePattern: book.shortDatePattern,
        dateSeparator: book.shortDatePattern.replace(/[A-Za-z]/g, '').charAt(0) || '/',
      })),
    };
  }
}

export interface FakeContext {
  readonly workbook: FakeWorkbookObject;
  readonly application: FakeApplication;
  readonly trackedObjects: { add(o: unknown): void; remove(o: unknown): void };
  sync(): Promise<void>;
}

function context(book: FakeWorkbook, options: RunRecord): FakeContext {
  const session = new Session(book, options);
  const workbook = new FakeWorkbookObject(session);
  return {
    workbook,
    application: workbook.application,
    trackedObjects: { add: () => undefined, remove: () => undefined },
    sync: () => session.sync(),
  };
}

/** What the adapter's host interface needs: run, isSetSupported, and the workbook's name. */
export interface FakeHost {
  run<T>(
    options: Excel.RunOptions,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  readonly workbookName?: string;
}

/** Excel.run over the fake workbook; every run's options are recorded in `book.runs`. */
export function fakeHost(book: FakeWorkbook, workbookName?: string): FakeHost {
  return {
    run: async <T>(
      options: Excel.RunOptions,
      batch: (context: Excel.RequestContext) => Promise<T>,
    ) => {
      const record: RunRecord = {
        ...(options.delayForCellEdit !== undefined
          ? { delayForCellEdit: options.delayForCellEdit }
          : {}),
        ...(options.mergeUndoGroup !== undefined ? { mergeUndoGroup: options.mergeUndoGroup } : {}),
      };
      book.runs.push(record);
      return batch(context(book, record) as unknown as Excel.RequestContext);
    },
    isSetSupported: (name, version) => name.toLowerCase() === 'excelapi' && book.supports(version),
    ...(workbookName !== undefined ? { workbookName } : {}),
  };
}

/**
 * Installs `Excel` and `Office` globals backed by the fake workbook, for the built pane in
 * a browser: Excel.run (with or without options), Office.onReady, Office.HostType, and
 * Office.context (requirements, document url, theme).
 */
export function installFakeOffice(book: FakeWorkbook, target: object = globalThis): FakeHost {
  const host = fakeHost(book);
  const run = <T>(
    a: Excel.RunOptions | ((c: Excel.RequestContext) => Promise<T>),
    b?: (c: Excel.RequestContext) => Promise<T>,
  ) =>
    typeof a === 'function'
      ? host.run({}, a)
      : host.run(a, b as (c: Excel.RequestContext) => Promise<T>);
  const platform = book.platform === 'web' ? 'OfficeOnline' : 'PC';
  const info = { host: 'Excel', platform };
  Object.assign(target, {
    Excel: { run },
    Office: {
      HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook' },
      PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
      onReady: (callback?: (i: typeof info) => void) => {
        callback?.(info);
        return Promise.resolve(info);
      },
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => host.isSetSupported(name, version),
        },
        document: { url: `https://contoso.example/${encodeURIComponent(book.name)}` },
        officeTheme: { bodyBackgroundColor: '#FFFFFF' },
        displayLanguage: book.displayLanguage,
        diagnostics: { host: 'Excel', platform, version: '16.0' },
      },
    },
  });
  return host;
}
