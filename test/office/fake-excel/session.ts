/**
 * One Excel.run of the fake: a queue of operations that run in order at context.sync(),
 * as Office.js batches them. Proxies are strict where Office.js is: a property read before
 * load() and a sync throws PropertyNotLoaded; isNullObject is known only after a sync.
 * Each sync is counted and its payload measured against the workbook's limits.
 */
import { FakeOfficeError, jsonSize, loadNames, notFound, notLoaded } from './basics';
import type { FakeWorkbook, RunRecord } from './book';

export class Session {
  private ops: (() => void)[] = [];
  private requestBytes = 0;
  private commits: (() => void)[] = [];
  private responseBytes = 0;
  private first = true;

  constructor(
    readonly book: FakeWorkbook,
    readonly options: RunRecord,
  ) {}

  /** Queues an operation; `bytes` is what it adds to the request. */
  enqueue(op: () => void, bytes = 0): void {
    this.ops.push(op);
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
    if (this.first && this.options.mergeUndoGroup && !book.undoGroups)
      fail('UndoNotSupported', 'This host cannot merge undo groups.');
    this.first = false;
    if (requestBytes > book.limits.request)
      fail('RequestPayloadSizeLimitExceeded', `The request (${requestBytes} bytes) is too large.`);
    try {
      for (const op of ops) op();
    } catch (error) {
      const code = error instanceof FakeOfficeError ? error.code : 'GeneralException';
      book.syncLog.push({ requestBytes, responseBytes: this.responseBytes, error: code });
      throw error;
    }
    if (this.responseBytes > book.limits.response)
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
    });
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
    this.session.enqueue(() => {
      const target = this.bind();
      if (target === null) {
        if (this.nullable) return;
        throw notFound(this.kind);
      }
      const snapshot = this.snapshot(target, list);
      this.session.deliver(() => this.preload(snapshot), jsonSize(snapshot));
    });
    return this;
  }

  protected loaded<V>(name: string): V {
    if (!this.props.has(name)) throw notLoaded(`${this.kind}.${name}`);
    return this.props.get(name) as V;
  }

  /** Queues a change to the target; `payload` counts toward the request size. */
  protected change(apply: (target: T) => void, payload?: unknown): void {
    this.session.enqueue(() => apply(this.need()), payload === undefined ? 0 : jsonSize(payload));
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
    this.session.enqueue(() => {
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
    });
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
