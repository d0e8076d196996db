/**
 * A small fake of the Excel request context, strict where Office.js is strict: a loaded
 * property can be read only after load() and a context.sync(); an object from
 * getItemOrNullObject says whether it exists only after a sync. Counts context.sync() calls.
 */

export class NotLoadedError extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before load() and context.sync()`);
  }
}

export class FakeSync {
  syncs = 0;
  private pending: (() => void)[] = [];

  /** Runs `apply` at the next sync, as Office.js delivers loaded values. */
  later(apply: () => void): void {
    this.pending.push(apply);
  }

  async sync(): Promise<void> {
    this.syncs += 1;
    const pending = this.pending;
    this.pending = [];
    for (const apply of pending) apply();
    return Promise.resolve();
  }
}

/** A range whose `values` must be loaded and synced before reading. */
export class FakeRange {
  private loaded = false;
  constructor(
    private readonly session: FakeSync,
    private readonly data: unknown[][],
  ) {}

  load(properties: string): this {
    if (
      properties
        .split(',')
        .map((p) => p.trim())
        .includes('values')
    )
      this.session.later(() => (this.loaded = true));
    return this;
  }

  get values(): unknown[][] {
    if (!this.loaded) throw new NotLoadedError('Range.values');
    return this.data.map((row) => [...row]);
  }
}

export class FakeTable {
  private synced = false;
  constructor(
    private readonly session: FakeSync,
    private readonly data: unknown[][] | undefined,
  ) {
    session.later(() => (this.synced = true));
  }

  get isNullObject(): boolean {
    if (!this.synced) throw new NotLoadedError('Table.isNullObject');
    return this.data === undefined;
  }

  getRange(): FakeRange {
    if (this.data === undefined) throw new Error('ItemNotFound: the table does not exist');
    return new FakeRange(this.session, this.data);
  }
}

/** Installs a global Excel whose workbook holds the given tables (undefined: absent). */
export function fakeExcel(tables: Record<string, unknown[][] | undefined>): FakeSync {
  const session = new FakeSync();
  const context = {
    workbook: {
      tables: { getItemOrNullObject: (name: string) => new FakeTable(session, tables[name]) },
    },
    sync: () => session.sync(),
  };
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: async <T>(callback: (ctx: typeof context) => Promise<T>): Promise<T> => callback(context),
  };
  return session;
}
