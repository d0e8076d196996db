/**
 * One Excel.run of the fake: a queue of operations that run in order at context.sync(),
 * as Office.js batches them. Proxies are strict where Office.js is: a property read before
 * load() and a sync throws PropertyNotLoaded; isNullObject is known only after a sync.
 * Each sync is counted and its payload measured against the workbook's limits.
 *
 * A request is measured as Office.js builds it (its runtime's createSetPropertyAction,
 * createQueryAction and object-path records: `{"Id","ActionType","Name","ObjectPathId",
 * "ArgumentInfo":{"Arguments":[…]}}`): every object path and every action costs its JSON,
 * not only the values it carries (Microsoft, "Payload size limit best practices": the size
 * combines the number of API calls, the number of objects and the length of the values).
 */
import { FakeOfficeError, jsonSize, loadNames, notFound, notLoaded } from './basics';
import type { FakeWorkbook, RunRecord } from './book';

/** An operation of a request, and the API it calls (for the undo check). */
interface Op {
  readonly run: () => void;
  readonly api?: string;
}

const BIG_ID = 99_999;

/** JSON bytes of an object path Office.js sends, with the action that instantiates it. */
export function pathBytes(name: string, args: readonly unknown[] = []): number {
  return (
    jsonSize({
      Id: BIG_ID,
      ObjectPathType: 3,
      Name: name,
      ParentObjectPathId: BIG_ID,
      ArgumentInfo: args.length > 0 ? { Arguments: args } : {},
    }) + jsonSize({ Id: BIG_ID, ActionType: 1, Name: '', ObjectPathId: BIG_ID })
  );
}

/** JSON bytes of an action, besides the `valueBytes` of the value it carries. */
export function actionBytes(name: string, valueBytes = 0): number {
  return (
    jsonSize({ Id: BIG_ID, ActionType: 4, Name: name, ObjectPathId: BIG_ID, ArgumentInfo: {} }) +
    jsonSize({ Arguments: [] }) +
    valueBytes
  );
}

export class Session {
  private ops: Op[] = [];
  private requestBytes = 0;
  private commits: (() => void)[] = [];
  private responseBytes = 0;
  /** Sheets added by operations of the sync now running (see FakeWorksheet.activate). */
  readonly addedThisSync = new Set<unknown>();

  constructor(
    readonly book: FakeWorkbook,
    readonly options: RunRecord,
  ) {}

  /**
   * Queues an operation; `bytes` is what it adds to the request; `api` names the call
   * (`Worksheet.visibility`) when it is one Excel cannot undo on some platform.
   */
  enqueue(op: () => void, bytes = 0, api?: string): void {
    this.ops.push(api === undefined ? { run: op } : { run: op, api });
    this.requestBytes += bytes;
  }

  /** From a running operation: hands loaded data over once the sync succeeds. */
  deliver(commit: () => void, bytes: number): void {
    this.commits.push(commit);
    this.responseBytes += bytes;
  }

  async sync(): Promise<void> {
    const book = this.book;
    book.syncCount += 1;
    const ops = this.ops;
    const requestBytes = this.requestBytes;
    this.ops = [];
    this.requestBytes = 0;
    this.commits = [];
    this.responseBytes = 0;
    await Promise.resolve();
    const fail = (code: string, message: string): never => {
      book.syncLog.push({ requestBytes, responseBytes: this.responseBytes, error: code });
      throw new FakeOfficeError(code, message);
    };
    const injected = book.takeFailure();
    if (injected !== undefined) fail(injected, `${injected} (injected by the test).`);
    const web = book.platform === 'web';
    // Only Excel on the web limits a request or a response to 5 MB (Microsoft, "Error
    // handling with the application-specific JavaScript APIs": RequestPayloadSizeLimitExceeded
    // "only occurs in Office on the web").
    if (web && requestBytes > book.limits.request)
      fail('RequestPayloadSizeLimitExceeded', `The request (${requestBytes} bytes) is too large.`);
    this.addedThisSync.clear();
    try {
      for (const op of ops) {
        // Excel raises UndoNotSupported at the sync that holds the call it cannot group,
        // after the operations queued before it have been applied (Microsoft, "Undo
        // support with the Excel JavaScript API": Unsupported APIs).
        if (this.options.mergeUndoGroup && op.api !== undefined && book.cannotUndo(op.api))
          throw new FakeOfficeError(
            'UndoNotSupported',
            `${op.api} cannot be part of an undo group in Excel ${web ? 'on the web' : 'on Windows and Mac'}.`,
          );
        op.run();
      }
    } catch (error) {
      const code = error instanceof FakeOfficeError ? error.code : 'GeneralException';
      book.syncLog.push({ requestBytes, responseBytes: this.responseBytes, error: code });
      throw error;
    }
    if (web && this.responseBytes > book.limits.response)
      fail(
        'ResponsePayloadSizeLimitExceeded',
        `The response (${this.responseBytes} bytes) is too large.`,
      );
    for (const commit of this.commits) commit();
    book.syncLog.push({ requestBytes, responseBytes: this.responseBytes });
  }
}

/** A proxy of one object: bound to its target when its first queued operation runs. */
export abstract class FakeObject<T> {
  private bound = false;
  private target: T | null = null;
  private nullState: boolean | undefined;
  private readonly props = new Map<string, unknown>();

  constructor(
    protected readonly session: Session,
    protected readonly locate: () => T | null,
    private readonly nullable = false,
    known?: T,
  ) {
    if (known !== undefined) {
      this.bound = true;
      this.target = known;
      this.nullState = false;
      return;
    }
    session.enqueue(() => {
      const isNull = this.bind() === null;
      session.deliver(() => (this.nullState ??= isNull), 0);
    }, pathBytes(this.constructor.name));
  }

  protected abstract readonly kind: string;

  /** A loadable property of the target; throws InvalidArgument for one the fake lacks. */
  protected abstract read(target: T, name: string): unknown;

  /** What load() with no argument loads. */
  protected get scalars(): readonly string[] {
    return [];
  }

  protected bind(): T | null {
    if (!this.bound) {
      this.bound = true;
      this.target = this.locate();
    }
    return this.target;
  }

  /** The target, for an operation that needs it to exist. */
  protected need(): T {
    const target = this.bind();
    if (target === null) throw notFound(this.kind);
    return target;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded(`${this.kind}.isNullObject`);
    return this.nullState;
  }

  snapshot(target: T, names: readonly string[]): Record<string, unknown> {
    const snapshot: Record<string, unknown> = {};
    for (const name of names.length > 0 ? names : this.scalars)
      snapshot[name] = this.read(target, name);
    return snapshot;
  }

  preload(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.props.set(k, v);
  }

  load(names?: unknown): this {
    const list = loadNames(names);
    this.session.enqueue(
      () => {
        const target = this.bind();
        if (target === null) {
          if (this.nullable) return;
          throw notFound(this.kind);
        }
        const snapshot = this.snapshot(target, list);
        this.session.deliver(() => this.preload(snapshot), jsonSize(snapshot));
      },
      actionBytes('', jsonSize({ Select: list })),
    );
    return this;
  }

  protected loaded<V>(name: string): V {
    if (!this.props.has(name)) throw notLoaded(`${this.kind}.${name}`);
    return this.props.get(name) as V;
  }

  /**
   * Queues a change to the target: an action whose `payload` counts toward the request size,
   * named `api` (`Worksheet.visibility`) for the undo check.
   */
  protected change(apply: (target: T) => void, payload?: unknown, api?: string): void {
    this.session.enqueue(
      () => apply(this.need()),
      actionBytes(api ?? this.kind, payload === undefined ? 0 : jsonSize(payload)),
      api,
    );
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.props);
  }
}

/** A collection proxy: `items` once loaded, each item a proxy bound to its object. */
export abstract class FakeCollection<M, P extends FakeObject<M>> extends FakeObject<M[]> {
  private list: P[] | undefined;

  protected abstract wrap(model: M): P;

  protected read(target: M[], name: string): unknown {
    if (name === 'count') return target.length;
    throw new FakeOfficeError('InvalidArgument', `${this.kind} has no property ${name}.`);
  }

  override load(names?: unknown): this {
    const list = loadNames(names);
    this.session.enqueue(
      () => {
        // A collection is read as it is when the load runs, not when it was first bound.
        const models = this.locate();
        if (models === null) throw new FakeOfficeError('ItemNotFound', `${this.kind} not found.`);
        const items = models.map((m) => {
          const proxy = this.wrap(m);
          return {
            proxy,
            values: proxy.snapshot(
              m,
              list.filter((n) => n !== 'count'),
            ),
          };
        });
        this.session.deliver(
          () => {
            items.forEach(({ proxy, values }) => proxy.preload(values));
            this.list = items.map((i) => i.proxy);
            this.preload({ count: models.length });
          },
          jsonSize(items.map((i) => i.values)),
        );
      },
      actionBytes('', jsonSize({ Select: list })),
    );
    return this;
  }

  get items(): P[] {
    if (!this.list) throw notLoaded(`${this.kind}.items`);
    return this.list;
  }

  get count(): number {
    return this.loaded<number>('count');
  }
}
