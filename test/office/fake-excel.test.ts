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

test('on the web, payloads over the limit fail the sync, request and response', async () => {
  const book = FakeWorkbook.fromGrids(grids);
  book.limits.response = 40;
  const host = fakeHost(book);
  const reading = run(host, async (context) => {
    context.workbook.worksheets.getItem('Assignments').getRange('A1:B3').load('values');
    await context.sync();
  });
  await expect(reading).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  book.limits.request = 40;
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
  // Excel on Windows and Mac has no such limit (RequestPayloadSizeLimitExceeded "only occurs
  // in Office on the web").
  book.platform = 'desktop';
  await run(host, async (context) => {
    context.workbook.worksheets.getItem('Assignments').getRange('D1').values = [['kept']];
    await context.sync();
  });
  expect(book.values('Assignments', 'D1')).toEqual([['kept']]);
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

describe('Excel as Microsoft documents it', () => {
  test('a request counts every object path and action, not only the values', async () => {
    const book = FakeWorkbook.fromGrids(grids);
    await run(fakeHost(book), async (context) => {
      const sheet = context.workbook.worksheets.getItem('Assignments');
      // One range written in one call, then the same values cell by cell.
      sheet.getRange('D1:D100').values = Array.from({ length: 100 }, () => ['x']);
      await context.sync();
      for (let r = 0; r < 100; r += 1) sheet.getCell(r, 4).values = [['x']];
      await context.sync();
    });
    const [block, cells] = book.syncLog.map((s) => s.requestBytes);
    expect(block).toBeLessThan(2_000);
    // 100 ranges and 100 actions: some 200 bytes each (Microsoft, "Payload size limit best
    // practices": the request combines API calls, objects and values).
    expect(cells).toBeGreaterThan(100 * 200);
  });

  test('UndoNotSupported comes at the sync holding the call, after what came before it', async () => {
    const book = FakeWorkbook.fromGrids(grids);
    book.platform = 'desktop';
    const grouped = fakeHost(book).run({ mergeUndoGroup: true }, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Assignments');
      sheet.getRange('D1').values = [['first sync']];
      await context.sync();
      sheet.getRange('D2').values = [['before the call']];
      const lists = context.workbook.worksheets.add('Lists');
      lists.visibility = 'Hidden';
      sheet.getRange('D3').values = [['after the call']];
      await context.sync();
    });
    await expect(grouped).rejects.toMatchObject({ code: 'UndoNotSupported' });
    // Worksheet.visibility cannot join an undo group on Windows and Mac; all before it stays.
    expect(book.values('Assignments', 'D1:D3')).toEqual([
      ['first sync'],
      ['before the call'],
      [''],
    ]);
    expect(book.dump().sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Assignments', 'Visible'],
      ['Lists', 'Visible'],
    ]);
    // On the web Worksheet.visibility is undoable.
    const web = FakeWorkbook.fromGrids(grids);
    await fakeHost(web).run({ mergeUndoGroup: true }, async (context) => {
      context.workbook.worksheets.add('Lists').visibility = 'Hidden';
      await context.sync();
    });
    expect(web.sheet('Lists').visibility).toBe('Hidden');
  });

  test('whole columns and rows: addresses as Excel writes them, null cell values', async () => {
    const book = FakeWorkbook.fromGrids(grids);
    book.sheet('Assignments').put(1_048_575, 0, 'far below');
    await run(fakeHost(book), async (context) => {
      const sheet = context.workbook.worksheets.getItem('Assignments');
      const used = sheet.getUsedRange(true).load('address,values');
      const rows = sheet.getRange('2:3').load('address,values,numberFormat');
      await context.sync();
      expect(used.address).toBe('Assignments!A:B');
      expect(used.values).toBeNull();
      expect(rows.address).toBe('Assignments!2:3');
      expect(rows.values).toBeNull();
      expect(rows.numberFormat).toBeNull();
    });
  });

  test('Excel on the web refuses to add a column to a long table: OperationCellsExceedLimit', async () => {
    const book = new FakeWorkbook();
    book.addSheet(
      'Usage',
      Array.from({ length: 2_100 }, (_, i) => (i === 0 ? ['Account'] : [`user${i}`])),
    );
    book.addTable('Usage', 'Usage', 'A1:A2100');
    const adding = (host: FakeHost) =>
      run(host, async (context) => {
        context.workbook.tables.getItem('Usage').columns.add(undefined, undefined, 'Source');
        await context.sync();
      });
    // 2,100 rows x (16,383 - 1) columns > 33,554,000 cells.
    await expect(adding(fakeHost(book))).rejects.toMatchObject({
      code: 'OperationCellsExceedLimit',
    });
    book.platform = 'desktop';
    await adding(fakeHost(book));
    expect(book.findTable('Usage')?.columns).toEqual(['Account', 'Source']);
  });

  test('on the web a sheet added in a sync is not yet activated by that sync', async () => {
    const book = FakeWorkbook.fromGrids(grids);
    const host = fakeHost(book);
    const selecting = run(host, async (context) => {
      const sheet = context.workbook.worksheets.add('New');
      sheet.activate();
      sheet.getRange('A1').select();
      await context.sync();
    });
    await expect(selecting).rejects.toMatchObject({ code: 'InvalidSelection' });
    expect(book.dump().activeSheet).toBe('Assignments');
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem('New');
      sheet.activate();
      sheet.getRange('A1').select();
      await context.sync();
    });
    expect(book.dump()).toMatchObject({ activeSheet: 'New', selection: 'New!A1' });
  });

  test('a table added from an address without a sheet goes on the active sheet', async () => {
    const book = FakeWorkbook.fromGrids(grids);
    book.addSheet('Other', [['Header'], ['value']]);
    await run(fakeHost(book), async (context) => {
      const other = context.workbook.worksheets.getItem('Other');
      other.tables.add('D1:D2', true);
      other.tables.add(other.getRange('A1:A2'), true);
      await context.sync();
    });
    expect(
      book
        .dump()
        .tables.slice(1)
        .map((t) => [t.sheet, t.address]),
    ).toEqual([
      ['Assignments', 'D1:D2'],
      ['Other', 'A1:A2'],
    ]);
  });

  test('protected sheets and filtered tables refuse changes; their state can be read', async () => {
    const book = FakeWorkbook.fromGrids(grids);
    const table = book.findTable('Assignments') ?? fail('no table');
    book.filter(table);
    const host = fakeHost(book);
    const adding = run(host, async (context) => {
      context.workbook.tables.getItem('Assignments').rows.add(undefined, [['x', 'y']]);
      await context.sync();
    });
    await expect(adding).rejects.toMatchObject({ code: 'FilteredRangeConflict' });
    book.protect('Assignments');
    const writing = run(host, async (context) => {
      context.workbook.worksheets.getItem('Assignments').getRange('D1').values = [['x']];
      await context.sync();
    });
    await expect(writing).rejects.toMatchObject({ code: 'AccessDenied' });
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Assignments');
      const protection = sheet.protection.load('protected');
      const filter = context.workbook.tables
        .getItem('Assignments')
        .autoFilter.load('isDataFiltered');
      await context.sync();
      expect([protection.protected, filter.isDataFiltered]).toEqual([true, true]);
    });
  });

  test('rows.add clears a calculated column where it is given ""; resize fills it', async () => {
    const book = FakeWorkbook.fromGrids(grids);
    const table = book.findTable('Assignments') ?? fail('no table');
    book.sheet('Assignments').put(0, 2, 'Upper');
    book.tables[0].box.right = 2;
    table.columns.push('Upper');
    book.addCalculatedColumn(table, 2, '=UPPER([@Account])');
    await run(fakeHost(book), async (context) => {
      const excel = context.workbook.tables.getItem('Assignments');
      excel.rows.add(undefined, [['fay@contoso.com', 'Exchange', '']]);
      await context.sync();
      excel.resize('A1:C6');
      await context.sync();
    });
    const cells = book.dumpSheet('Assignments').cells;
    expect([cells.C3.formula, cells.C4, cells.C5.formula, cells.C6.formula]).toEqual([
      '=UPPER([@Account])',
      undefined,
      '=UPPER([@Account])',
      '=UPPER([@Account])',
    ]);
  });

  test('rows.add given only "" clears the calculated column of those rows too', async () => {
    const book = FakeWorkbook.fromGrids(grids);
    const table = book.findTable('Assignments') ?? fail('no table');
    book.sheet('Assignments').put(0, 2, 'Upper');
    table.box.right = 2;
    table.columns.push('Upper');
    book.addCalculatedColumn(table, 2, '=UPPER([@Account])');
    await run(fakeHost(book), async (context) => {
      context.workbook.tables.getItem('Assignments').rows.add(undefined, [['', '', '']]);
      await context.sync();
    });
    const cells = book.dumpSheet('Assignments').cells;
    expect(table.box.bottom).toBe(3);
    expect([cells.C3.formula, cells.C4]).toEqual(['=UPPER([@Account])', undefined]);
  });

  test('the date system: DATE(1904,1,1) is 1462, or 0 in a 1904 workbook; use1904DateSystem is preview', async () => {
    const book = FakeWorkbook.fromGrids(grids);
    const dateOf1904 = () =>
      run(fakeHost(book), async (context) => {
        const result = context.workbook.functions.date(1904, 1, 1).load('value');
        await context.sync();
        return result.value;
      });
    await expect(dateOf1904()).resolves.toBe(1462);
    book.date1904 = true;
    await expect(dateOf1904()).resolves.toBe(0);
    const preview = run(fakeHost(book), async (context) => {
      context.workbook.load('use1904DateSystem');
      await context.sync();
    });
    await expect(preview).rejects.toMatchObject({ code: 'PropertyNotFound' });
  });
});
