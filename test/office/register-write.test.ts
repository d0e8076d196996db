/**
 * Adding imported licence records to the register's Purchases and Assignments tables (the
 * pane's "Add … to the Purchases table"), against the fake Excel: rows at each table's end
 * under the table's own columns, dates as dates in either date system, text as text; and
 * every refusal the writer promises (not a table, headers changed since the validation, a
 * protected sheet, a filtered table, a totals row, data under the table) refused with one
 * clear message before any cell of either table changes.
 */
import {
  templateHeaders,
  type ImportedAssignment,
  type ImportedPurchase,
  type ImportPlan,
  type SheetGrid,
} from '../../src/core';
import { OfficeRegisterWorkbook } from '../../src/excel/office';
import { DATE_FORMAT } from '../../src/excel/shared';
import { day, purchase, register, SERVER_LICENCES, sheet, userCal } from '../core/helpers';
import { fakeHost, FakeWorkbook, type TableModel, type WorkbookDump } from './fake-excel';
import { adapterOn, auditOf, EX, largeRegister, WS, withTables } from './helpers';

/** The Purchases table's columns in an order of the admin's, not the template's. */
const PURCHASE_HEADERS = [
  'Notes',
  'Quantity',
  'Licence',
  'Order number',
  'Purchase date',
  'Invoice number',
  'Reseller',
  'SA end date',
  'Agreement number',
  'Proof location',
];

function registerGrids(): SheetGrid[] {
  const grids = register({
    assignments: [userCal(EX, 'dana@contoso.com'), userCal(WS, 'dana@contoso.com')],
    settings: { 'As-of date': '2026-11-27' },
  });
  return withTables([
    sheet('Purchases', PURCHASE_HEADERS, [...SERVER_LICENCES, purchase(EX, 5), purchase(WS, 5)]),
    ...grids,
  ]);
}

const SOURCE = 'VLOrders.csv';

function bought(licence: string, quantity: number, more: Partial<ImportedPurchase> = {}) {
  const line: ImportedPurchase = {
    source: SOURCE,
    line: 2,
    licence,
    read: true,
    quantity,
    purchaseDate: day('2026-10-01'),
    invoice: '',
    order: 'SO-4471',
    reseller: 'Contoso Licensing Ltd',
    agreement: '',
    proofLocation: '',
    notes: `${SOURCE} line 2`,
    ...more,
  };
  return line;
}

function assigned(account: string, more: Partial<ImportedAssignment> = {}) {
  const line: ImportedAssignment = {
    source: 'seats.csv',
    line: 3,
    licence: EX,
    read: true,
    assignedTo: 'Zoe Park',
    account,
    device: '',
    assignedOn: day('2026-11-02'),
    notes: 'seats.csv line 3',
    ...more,
  };
  return line;
}

const PLAN: ImportPlan = {
  purchases: [
    bought(EX, 10),
    bought(WS, 25, { line: 3, order: '00123', saEnd: day('2028-09-30'), notes: '' }),
  ],
  assignments: [assigned('zoe@contoso.com')],
  notes: [],
};

/** The adapter on the register, and where the validation found its tables. */
function validated(grids = registerGrids()) {
  const { book, workbook } = adapterOn(grids);
  return { book, workbook, tables: auditOf(grids).register.tables };
}

/** Serial of an ISO date in the 1900 date system. */
const serial = (iso: string) => day(iso) + 25_569;

/** The dump without the sheets named. */
function without(dump: WorkbookDump, ...names: string[]): unknown {
  return {
    ...dump,
    sheets: dump.sheets.filter((s) => !names.includes(s.name)),
    tables: dump.tables.filter((t) => !names.includes(t.sheet)),
  };
}

test.each([
  ['1900', false, 0],
  ['1904', true, 1462],
])(
  'rows go under the table’s own columns, dates as dates (%s date system); nothing else changes',
  async (_system, date1904, offset) => {
    const { book, workbook, tables } = validated();
    book.date1904 = date1904;
    const before = book.dump();
    const oldPurchases = book.values('Purchases', 'A1:J5');
    const oldAssignments = book.values('Assignments', 'A1:J3');

    const added = await workbook.appendRegisterRows(PLAN, tables);

    expect(added).toEqual({
      tables: [
        { role: 'Purchases', sheet: 'Purchases', rows: 2, firstRow: 6, lastRow: 7 },
        { role: 'Assignments', sheet: 'Assignments', rows: 1, firstRow: 4, lastRow: 4 },
      ],
    });
    expect(without(book.dump(), 'Purchases', 'Assignments')).toEqual(
      without(before, 'Purchases', 'Assignments'),
    );
    expect(book.values('Purchases', 'A1:J5')).toEqual(oldPurchases);
    expect(book.values('Assignments', 'A1:J3')).toEqual(oldAssignments);
    expect(book.findTable('Purchases')?.box).toEqual({ top: 0, left: 0, bottom: 6, right: 9 });
    expect(book.findTable('Assignments')?.box.bottom).toBe(3);

    // Under the admin's order of columns: Notes, Quantity, Licence, Order number, …
    expect(book.values('Purchases', 'A6:J7')).toEqual([
      [
        `${SOURCE} line 2`,
        10,
        EX,
        'SO-4471',
        serial('2026-10-01') - offset,
        '',
        'Contoso Licensing Ltd',
        '',
        '',
        '',
      ],
      [
        '',
        25,
        WS,
        '00123',
        serial('2026-10-01') - offset,
        '',
        'Contoso Licensing Ltd',
        serial('2028-09-30') - offset,
        '',
        '',
      ],
    ]);
    const cells = book.dumpSheet('Purchases').cells;
    expect(cells.E6.numberFormat).toBe(DATE_FORMAT);
    expect(cells.H7.numberFormat).toBe(DATE_FORMAT);
    // Text stays text: an order number of digits keeps its leading zeros.
    expect(cells.D7).toMatchObject({ value: '00123', numberFormat: '@' });
    expect(book.sheet('Purchases').numberFormat(5, 1)).toBe('General');

    const headers = templateHeaders('Assignments');
    const row = book.values('Assignments', 'A4:J4')[0];
    const at = (h: string) => row[headers.indexOf(h)];
    expect([at('Licence'), at('Assigned to'), at('Account'), at('Assigned on')]).toEqual([
      EX,
      'Zoe Park',
      'zoe@contoso.com',
      serial('2026-11-02') - offset,
    ]);
    expect(book.runs).toEqual([{ delayForCellEdit: true }]);

    // Read back as the pane reads it: the engine sees the dates as written.
    const source = await workbook.read();
    expect(source.date1904).toBe(date1904);
    const result = auditOf(source.grids, source.date1904);
    const purchases = result.register.purchases.filter((p) => p.order !== '');
    expect(purchases.map((p) => [p.licenceText, p.owned, p.purchaseDate, p.saEnd])).toEqual([
      [EX, 10, day('2026-10-01'), undefined],
      [WS, 25, day('2026-10-01'), day('2028-09-30')],
    ]);
  },
);

test('a field the table has no column for goes into its Notes', async () => {
  const grids = withTables([
    sheet(
      'Purchases',
      ['Licence', 'Quantity', 'Purchase date', 'Notes'],
      SERVER_LICENCES.map(({ Licence, Quantity }) => ({ Licence, Quantity })),
    ),
  ]);
  const { book, workbook, tables } = validated(grids);
  await workbook.appendRegisterRows(
    { purchases: [bought(EX, 10)], assignments: [], notes: [] },
    tables,
  );
  expect(book.values('Purchases', 'A4:D4')).toEqual([
    [
      EX,
      10,
      serial('2026-10-01'),
      `Order number SO-4471; Reseller Contoso Licensing Ltd; ${SOURCE} line 2`,
    ],
  ]);
});

test('a table without the columns of some values and without Notes is refused, changing nothing', async () => {
  const grids = withTables([
    sheet(
      'Purchases',
      ['Licence', 'Quantity', 'Purchase date'],
      SERVER_LICENCES.map(({ Licence, Quantity }) => ({ Licence, Quantity })),
    ),
  ]);
  const { book, workbook, tables } = validated(grids);
  const before = book.dump();
  const error = await workbook
    .appendRegisterRows({ purchases: [bought(EX, 10)], assignments: [], notes: [] }, tables)
    .then(
      () => undefined,
      (e: unknown) => e as Error & { hint?: string },
    );
  expect(error?.message).toBe(
    'The Purchases table has no Order number or Reseller column, and no Notes column to keep those values in',
  );
  expect(error?.hint).toMatch(/^Add a Notes column .* Nothing was changed\.$/);
  const onlyNotes = await workbook
    .appendRegisterRows(
      {
        purchases: [bought(EX, 10, { order: '', reseller: '' })],
        assignments: [],
        notes: [],
      },
      tables,
    )
    .then(
      () => undefined,
      (e: unknown) => e as Error,
    );
  expect(onlyNotes?.message).toMatch(
    /^The Purchases table has no Notes column for the rows' notes/,
  );
  expect(book.dump()).toEqual(before);
});

test('a register without the table the rows need is refused before anything is written', async () => {
  const grids = registerGrids().filter((g) => g.name !== 'Purchases');
  const { book, workbook, tables } = validated(grids);
  const before = book.dump();
  const error = await workbook.appendRegisterRows(PLAN, tables).then(
    () => undefined,
    (e: unknown) => e as Error & { hint?: string },
  );
  expect(error?.message).toBe(
    'The register has no Purchases table for the purchase lines to go into',
  );
  expect(error?.hint).toMatch(/^Add a Purchases sheet .* Nothing was changed\.$/);
  expect(book.dump()).toEqual(before);
});

test('a new register: the first row fills the empty row of the template table', async () => {
  const book = new FakeWorkbook();
  book.addSheet('Sheet1');
  const workbook = new OfficeRegisterWorkbook(fakeHost(book));
  await workbook.createTemplate();
  const tables = auditOf((await workbook.read()).grids).register.tables;
  const added = await workbook.appendRegisterRows(
    { purchases: [bought(EX, 10), bought(WS, 5)], assignments: [], notes: [] },
    tables,
  );
  expect(added.tables).toEqual([
    { role: 'Purchases', sheet: 'Purchases', rows: 2, firstRow: 2, lastRow: 3 },
  ]);
  const table = book.findTable('Purchases') as TableModel;
  expect(table.box.bottom).toBe(2);
  const licence = templateHeaders('Purchases').indexOf('Licence');
  expect(book.values('Purchases', 'A2:K3').map((r) => r[licence])).toEqual([EX, WS]);
});

/** A refusal: how to set the workbook up after the validation, and what the message says. */
interface Refusal {
  readonly name: string;
  readonly message: RegExp;
  /** Grids the validation reads (default: the register with a table on every sheet). */
  readonly grids?: (role: 'Purchases' | 'Assignments') => SheetGrid[];
  readonly after?: (book: FakeWorkbook, table: TableModel) => void;
}

const REFUSALS: Refusal[] = [
  {
    name: 'the sheet is not an Excel table',
    grids: (role) => {
      const grids = registerGrids();
      return grids.map((g) => (g.name === role ? { ...g, tables: [] } : g));
    },
    message: /is not an Excel table/,
  },
  {
    name: 'a header was changed since the validation',
    after: (book, table) => {
      const at = table.columns.indexOf('Licence');
      table.sheet.put(table.box.top, table.box.left + at, 'Licence name');
      table.columns[at] = 'Licence name';
    },
    message: /has no "Licence" column any more/,
  },
  {
    name: 'the sheet is protected',
    after: (book, table) => book.protect(table.sheet.name),
    message: /is protected/,
  },
  {
    name: 'the table is filtered',
    after: (book, table) => book.filter(table),
    message: /is filtered/,
  },
  {
    name: 'the table shows its totals row',
    after: (book, table) => book.setTotals(table, true),
    message: /totals row/,
  },
  {
    name: 'the cells under the table hold data',
    after: (book, table) =>
      table.sheet.put(table.box.bottom + 1, table.box.left, 'Checked 2026-11'),
    message: /cells under the \w+ table .* hold data/,
  },
  {
    name: 'the cells under the table hold data (Excel without Table.resize)',
    after: (book, table) => {
      book.apiVersion = '1.12';
      table.sheet.put(table.box.bottom + 1, table.box.right, 'Checked 2026-11');
    },
    message: /cells under the \w+ table .* hold data/,
  },
];

describe.each(['Purchases', 'Assignments'] as const)(
  'refused in the %s table, changing nothing in either table',
  (role) => {
    test.each(REFUSALS.map((r) => [r.name, r] as const))('%s', async (_name, refusal) => {
      const grids = refusal.grids?.(role) ?? registerGrids();
      const { book, workbook, tables } = validated(grids);
      const table = book.findTable(role);
      if (refusal.after) refusal.after(book, table as TableModel);
      const before = book.dump();
      const syncs = book.syncLog.length;
      const error = await workbook.appendRegisterRows(PLAN, tables).then(
        () => undefined,
        (e: unknown) => e as Error & { hint?: string },
      );
      expect(error?.message).toMatch(refusal.message);
      expect(error?.hint).toMatch(/Nothing was changed\.$/);
      expect(book.dump()).toEqual(before);
      // Refused on what Excel said, not on an error Excel raised half-way.
      expect(book.syncLog.slice(syncs).filter((s) => s.error !== undefined)).toEqual([]);
    });
  },
);

test.each([
  ['Table.resize', '1.20'],
  ['rows.add, Excel without Table.resize', '1.12'],
])(
  'a calculated column of the admin’s keeps its formula in the new rows (%s)',
  async (_how, api) => {
    const grids = withTables([
      sheet('Purchases', [...PURCHASE_HEADERS, 'Checked'], [...SERVER_LICENCES]),
    ]);
    const { book, workbook, tables } = validated(grids);
    book.apiVersion = api;
    const table = book.findTable('Purchases') as TableModel;
    book.addCalculatedColumn(table, 10, '=IF([@Quantity]>0,"yes","no")');
    await workbook.appendRegisterRows(
      { purchases: [bought(EX, 10), bought(WS, 5)], assignments: [], notes: [] },
      tables,
    );
    expect(table.box.bottom).toBe(4);
    const cells = book.dumpSheet('Purchases').cells;
    expect([cells.K4.formula, cells.K5.formula]).toEqual([
      '=IF([@Quantity]>0,"yes","no")',
      '=IF([@Quantity]>0,"yes","no")',
    ]);
    expect(book.values('Purchases', 'B4:C5')).toEqual([
      [10, EX],
      [5, WS],
    ]);
  },
);

test('a long table: only its header and first row are read, not every row', async () => {
  const grids = largeRegister(50_000);
  const { book, workbook, tables } = validated(grids);
  const width = (book.findTable('Assignments') as TableModel).columns.length;
  book.valuesRead.clear();
  const added = await workbook.appendRegisterRows(
    { purchases: [], assignments: [assigned('zoe@contoso.com')], notes: [] },
    tables,
  );
  expect(added.tables).toEqual([
    { role: 'Assignments', sheet: 'Assignments', rows: 1, firstRow: 50_002, lastRow: 50_002 },
  ]);
  expect(book.valuesRead.get('Assignments')).toBeLessThanOrEqual(2 * width);
});

test('many rows go in several syncs, each under Excel’s 5 MB request limit', async () => {
  const { book, workbook, tables } = validated();
  const many = Array.from({ length: 40_000 }, (_, i) =>
    bought(i % 2 === 0 ? EX : WS, 1 + (i % 9), {
      line: i + 2,
      order: `SO-${100_000 + i}`,
      invoice: `INV-${200_000 + i}`,
      notes: `${SOURCE} line ${i + 2}, a longer note of the kind resellers add to an order`,
    }),
  );
  const syncs = book.syncLog.length;
  const added = await workbook.appendRegisterRows(
    { purchases: many, assignments: [], notes: [] },
    tables,
  );
  expect(added.tables).toEqual([
    { role: 'Purchases', sheet: 'Purchases', rows: 40_000, firstRow: 6, lastRow: 40_005 },
  ]);
  const log = book.syncLog.slice(syncs);
  expect(log.every((s) => s.error === undefined)).toBe(true);
  const writes = log.filter((s) => s.requestBytes > 1_000_000);
  expect(writes.length).toBeGreaterThan(1);
  expect(Math.max(...log.map((s) => s.requestBytes))).toBeLessThan(book.limits.request);
  expect(book.values('Purchases', 'A40005:D40005')).toEqual([
    [many[39_999].notes, many[39_999].quantity, WS, many[39_999].order],
  ]);
  expect(book.findTable('Purchases')?.box.bottom).toBe(40_004);
});
