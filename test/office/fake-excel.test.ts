/**
 * The fake Excel is strict where Office.js is: reading before load() and sync() fails,
 * isNullObject is known only after a sync, payloads over the limit fail, text typed with a
 * leading = + - @ becomes a formula unless the cell is formatted as text.
 */
import type { SheetGrid } from '../../src/core';
import { fakeHost, FakeWorkbook, installFakeOffice, type FakeHost } from './fake-excel';

const grids: SheetGrid[] = [
  {
    name: 'Assignments',
    rows: [
      ['Account', 'Licence'],
      ['dana@contoso.com', 'Exchange'],
      ['eve@contoso.com', null],
    ],
    tables: [{ name: 'Assignments', top: 1, bottom: 3, left: 1, right: 2 }],
  },
];

/** The error code a read throws, if it throws. */
function codeOf(read: () => unknown): string | undefined {
  try {
    read();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

function run<T>(host: FakeHost, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return host.run({ delayForCellEdit: true }, batch);
}

test('a property read before load() and sync() throws PropertyNotLoaded', async () => {
  const book = FakeWorkbook.fromGrids(grids);
  await run(fakeHost(book), async (context) => {
    const range = context.workbook.worksheets.getItem('Assignments').getRange('A1:B2');
    // Reading too early on purpose: the fake must refuse it as Office.js does.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    expect(codeOf(() => range.values)).toBe('PropertyNotLoaded');
    range.load('values');
    // Reading too early on purpose: the fake must refuse it as Office.js does.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
    expect(codeOf(() => range.values)).toBe('PropertyNotLoaded');
    await context.sync();
    expect(range.values).toEqual([
      ['Account', 'Licence'],
      ['dana@contoso.com', 'Exchange'],
    ]);
    // Reading too early on purpose: the fake must refuse it as Office.js does.
    // eslint-disable-next-line office-addins/load-object-before-read
    expect(codeOf(() => range.address)).toBe('PropertyNotLoaded');
  });
  expect(book.syncCount).toBe(1);
});

test('isNullObject is known only after a sync', async () => {
  const book = FakeWorkbook.fromGrids(grids);
  await run(fakeHost(book), async (context) => {
    const found = context.workbook.tables.getItemOrNullObject('Assignments');
    const missing = context.workbook.tables.getItemOrNullObject('Purchases');
    // Reading too early on purpose: the fake must refuse it as Office.js does.
    // eslint-disable-next-line office-addins/call-sync-before-read
    expect(codeOf(() => missing.isNullObject)).toBe('PropertyNotLoaded');
    await context.sync();
    expect([found.isNullObject, missing.isNullObject]).toEqual([false, true]);
  });
});

test('a missing item fails the sync with ItemNotFound', async () => {
  const book = FakeWorkbook.fromGrids(grids);
  const failing = run(fakeHost(book), async (context) => {
    context.workbook.worksheets.getItem('Nope').getRange('A1').load('values');
    await context.sync();
  });
  await expect(failing).rejects.toMatchObject({ code: 'ItemNotFound' });
});

test('payloads over the limit fail the sync, request and response', async () => {
  const book = FakeWorkbook.fromGrids(grids);
  book.setPayloadLimit(40);
  const host = fakeHost(book);
  const reading = run(host, async (context) => {
    context.workbook.worksheets.getItem('Assignments').getRange('A1:B3').load('values');
    await context.sync();
  });
  await expect(reading).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  const writing = run(host, async (context) => {
    context.workbook.worksheets.getItem('Assignments').getRange('D1:D2').values = [
      ['a long enough text'],
      ['another long text'],
    ];
    await context.sync();
  });
  await expect(writing).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  expect(book.values('Assignments', 'D1:D2')).toEqual([[''], ['']]);
  expect(book.syncLog.map((s) => s.error)).toEqual([
    'ResponsePayloadSizeLimitExceeded',
    'RequestPayloadSizeLimitExceeded',
  ]);
});

test('text with a leading = + - @ becomes a formula unless the cell is text', async () => {
  const book = FakeWorkbook.fromGrids(grids);
  await run(fakeHost(book), async (context) => {
    const sheet = context.workbook.worksheets.getItem('Assignments');
    sheet.getRange('D1:G1').values = [['=1+1', '+cmd', '-1+2', '@SUM(A1)']];
    const text = sheet.getRange('D2:G2');
    text.numberFormat = [['@', '@', '@', '@']];
    text.values = [['=1+1', '+cmd', '-1+2', '@SUM(A1)']];
    await context.sync();
  });
  const sheet = book.dumpSheet('Assignments');
  expect(['D1', 'E1', 'F1', 'G1'].map((a) => sheet.cells[a].formula)).toEqual([
    '=1+1',
    '=+cmd',
    '=-1+2',
    '=@SUM(A1)',
  ]);
  expect(
    ['D2', 'E2', 'F2', 'G2'].map((a) => [sheet.cells[a].value, sheet.cells[a].formula]),
  ).toEqual([
    ['=1+1', undefined],
    ['+cmd', undefined],
    ['-1+2', undefined],
    ['@SUM(A1)', undefined],
  ]);
});

test('seeded from grids and dumped as plain data', () => {
  const book = FakeWorkbook.fromGrids(grids);
  expect(book.dump().tables).toEqual([
    {
      name: 'Assignments',
      sheet: 'Assignments',
      address: 'A1:B3',
      showHeaders: true,
      showTotals: false,
      style: 'TableStyleMedium2',
      columns: ['Account', 'Licence'],
    },
  ]);
  expect(book.dumpSheet('Assignments').cells).toEqual({
    A1: { value: 'Account' },
    B1: { value: 'Licence' },
    A2: { value: 'dana@contoso.com' },
    B2: { value: 'Exchange' },
    A3: { value: 'eve@contoso.com' },
  });
});

test('the Excel and Office globals of the fake host, for the pane in a browser', async () => {
  const book = FakeWorkbook.fromGrids(grids);
  const target: { Excel?: { run: typeof Excel.run }; Office?: typeof Office } = {};
  installFakeOffice(book, target);
  const info = await target.Office?.onReady();
  expect(info?.host).toBe('Excel');
  expect(target.Office?.context.requirements.isSetSupported('ExcelApi', '1.12')).toBe(true);
  const names = await target.Excel?.run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
  expect(names).toEqual(['Assignments']);
});
