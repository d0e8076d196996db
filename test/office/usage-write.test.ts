/**
 * Adding imported evidence to the Usage table (against the fake Excel): rows at the table's
 * end, text kept as text, dates as dates, columns added only where the cells are free;
 * refused, changing nothing, when the rows have nowhere safe to go. The engine reads the
 * rows back as evidence.
 */
import {
  isoToDay,
  LISTS_EVERY_ACCOUNT_OF,
  LISTS_EVERY_USER,
  templateHeaders,
  type SheetGrid,
} from '../../src/core';
import { usageTableRows, type UsageTableRow } from '../../src/core/evidence';
import { OfficeRegisterWorkbook } from '../../src/excel/office';
import { DATE_FORMAT } from '../../src/excel/shared';
import { readFixture } from '../core/evidence/helpers';
import { purchase, register, SERVER_LICENCES, sheet, userCal } from '../core/helpers';
import { fakeHost, FakeWorkbook } from './fake-excel';
import { adapterOn, auditOf, EX, except, withTables } from './helpers';

const WS = 'Windows Server 2022 User CAL';
const day = (iso: string) => isoToDay(iso) ?? NaN;
const SOURCE = 'Get-ADUser, ad-users.csv';

function row(account: string, more: Partial<UsageTableRow> = {}): UsageTableRow {
  return {
    account,
    licence: 'Windows Server User CAL',
    lastLogon: day('2026-11-20'),
    source: SOURCE,
    capturedOn: day('2026-11-26'),
    ...more,
  };
}

/** The Usage table's columns before the two that say what a source lists in full. */
const OLD_HEADERS = [
  'Account',
  'Licence required',
  'Last logon',
  'Source',
  'Captured on',
  'Status',
];

/** A register whose Usage table holds one row of earlier evidence. */
function registerWithUsage(): SheetGrid[] {
  return withTables(
    register({
      purchases: [...SERVER_LICENCES, purchase(EX, 5), purchase(WS, 5)],
      assignments: [
        userCal(EX, 'dana@contoso.com'),
        userCal(WS, 'dana@contoso.com'),
        userCal(WS, 'eve@contoso.com'),
      ],
      usage: [
        {
          Account: 'dana@contoso.com',
          'Licence required': 'Exchange Server 2019 Standard CAL',
          'Last logon': '2026-11-25',
          Source: 'Get-MailboxStatistics',
          'Captured on': '2026-11-25',
        },
      ],
      settings: { 'As-of date': '2026-11-27' },
    }),
  );
}

test('adds rows under the last one; nothing else changes; the engine reads them as evidence', async () => {
  const { book, workbook } = adapterOn(registerWithUsage());
  const before = book.dump();
  const beforeUsage = book.values('Usage', 'A1:F2');
  const added = await workbook.appendUsage([
    row('eve@contoso.com', { status: 'Disabled' }),
    row('zoe@contoso.com'),
  ]);
  expect(added).toEqual({
    sheet: 'Usage',
    firstRow: 3,
    lastRow: 4,
    rows: 2,
    addedColumns: [],
    created: false,
  });
  expect(except(book.dump(), 'Usage')).toEqual(except(before, 'Usage'));
  expect(book.values('Usage', 'A1:F2')).toEqual(beforeUsage);
  expect(book.findTable('Usage')?.box).toEqual({ top: 0, left: 0, bottom: 3, right: 7 });
  // An export that lists nothing in full: No, and no domain.
  expect(book.values('Usage', 'A3:H3')).toEqual([
    ['eve@contoso.com', 'Windows Server User CAL', 46346, SOURCE, 46352, 'Disabled', 'No', ''],
  ]);
  const cells = book.dumpSheet('Usage').cells;
  expect(cells.C3.numberFormat).toBe(DATE_FORMAT);
  expect(cells.E4.numberFormat).toBe(DATE_FORMAT);
  expect(cells.A4.numberFormat).toBe('@');
  // Not merged into one undo step, so never run twice (host.ts).
  expect(book.runs).toEqual([{ delayForCellEdit: true }]);

  const result = auditOf((await workbook.read()).grids);
  const stale = result.findings.filter((f) => f.rule === 'CAL-STALE');
  expect(stale.map((f) => [f.key, f.sheet])).toEqual([['eve@contoso.com', 'Assignments']]);
  expect(stale[0].message).toContain(`according to ${SOURCE}`);
  const unassigned = result.findings.filter((f) => f.rule === 'CAL-UNASSIGNED-USE');
  expect(unassigned.map((f) => [f.key, f.sheet, f.row])).toEqual([['zoe@contoso.com', 'Usage', 4]]);
});

test('text that looks like a formula or a number stays text', async () => {
  const { book, workbook } = adapterOn(registerWithUsage());
  await workbook.appendUsage([
    row('=HYPERLINK("http://evil","x")', { source: '+cmd|calc' }),
    row('00123'),
  ]);
  const cells = book.dumpSheet('Usage').cells;
  expect(cells.A3).toMatchObject({ value: '=HYPERLINK("http://evil","x")', numberFormat: '@' });
  expect(cells.A3.formula).toBeUndefined();
  expect(cells.D3).toMatchObject({ value: '+cmd|calc' });
  expect(cells.D3.formula).toBeUndefined();
  expect(cells.A4.value).toBe('00123');
});

test('a new register: the first row fills the empty row of the template table', async () => {
  const book = new FakeWorkbook();
  book.addSheet('Sheet1');
  const workbook = new OfficeRegisterWorkbook(fakeHost(book));
  await workbook.createTemplate();
  const added = await workbook.appendUsage([row('dana@contoso.com'), row('eve@contoso.com')]);
  expect(added).toMatchObject({ firstRow: 2, lastRow: 3, created: false });
  expect(book.findTable('Usage')?.box).toEqual({ top: 0, left: 0, bottom: 2, right: 7 });
  expect(book.values('Usage', 'A2:A4')).toEqual([['dana@contoso.com'], ['eve@contoso.com'], ['']]);
});

test('no Usage table or sheet: both are created as the template makes them', async () => {
  const grids = withTables(register({ purchases: [...SERVER_LICENCES] }));
  const { book, workbook } = adapterOn(grids);
  const before = book.dump();
  const added = await workbook.appendUsage([row('dana@contoso.com')]);
  expect(added).toMatchObject({ sheet: 'Usage', firstRow: 2, lastRow: 2, created: true });
  expect(book.dump().tables.find((t) => t.name === 'Usage')).toMatchObject({
    sheet: 'Usage',
    address: 'A1:H2',
    columns: templateHeaders('Usage'),
  });
  expect(book.values('Usage', 'A2:B2')).toEqual([['dana@contoso.com', 'Windows Server User CAL']]);
  expect(except(book.dump(), 'Usage')).toEqual(except(before, 'Usage'));
});

test('an empty sheet named Usage gets the table', async () => {
  const grids = withTables(register({ purchases: [...SERVER_LICENCES] }));
  const { book, workbook } = adapterOn([...grids, { name: 'Usage', rows: [] }]);
  const added = await workbook.appendUsage([row('dana@contoso.com')]);
  expect(added).toMatchObject({ sheet: 'Usage', created: true });
  expect(book.sheets.filter((s) => s.name.toLowerCase().startsWith('usage'))).toHaveLength(1);
});

test('the one table of an "Evidence" sheet is used when no table is named Usage', async () => {
  const { book, workbook } = adapterOn([
    ...withTables(register({ purchases: [...SERVER_LICENCES] })),
    {
      name: 'Evidence',
      rows: [
        ['UPN', 'LastLogonTime', 'Notes'],
        ['dana@contoso.com', 46340, 'from the old report'],
      ],
      tables: [{ name: 'Logons', top: 1, bottom: 2, left: 1, right: 3 }],
    },
  ]);
  const added = await workbook.appendUsage([row('eve@contoso.com')]);
  expect(added).toMatchObject({
    sheet: 'Evidence',
    firstRow: 3,
    addedColumns: ['Licence required', 'Source', 'Captured on', 'Status'],
  });
  expect(book.findTable('Logons')?.columns).toEqual([
    'UPN',
    'LastLogonTime',
    'Notes',
    'Licence required',
    'Source',
    'Captured on',
    'Status',
  ]);
  expect(book.values('Evidence', 'A3:G3')).toEqual([
    ['eve@contoso.com', 46346, '', 'Windows Server User CAL', SOURCE, 46352, ''],
  ]);
  expect(book.values('Evidence', 'A2:C2')).toEqual([
    ['dana@contoso.com', 46340, 'from the old report'],
  ]);
});

describe('refused, changing nothing', () => {
  async function refused(grids: SheetGrid[], message: RegExp): Promise<void> {
    const { book, workbook } = adapterOn(grids);
    const before = book.dump();
    await expect(workbook.appendUsage([row('dana@contoso.com')])).rejects.toThrow(message);
    expect(book.dump()).toEqual(before);
  }

  test('a Usage sheet with data but no Excel table', () =>
    refused(
      [
        ...withTables(register({ purchases: [...SERVER_LICENCES] })),
        {
          name: 'Usage',
          rows: [
            ['Account', 'Last logon'],
            ['dana@contoso.com', 46340],
          ],
        },
      ],
      /The sheet "Usage" holds data but no Excel table/,
    ));

  test('a table that lacks columns, with data to its right', () =>
    refused(
      [
        {
          name: 'Usage',
          rows: [
            ['Account', 'Last logon', '', 'kept here'],
            ['dana@contoso.com', 46340],
          ],
          tables: [{ name: 'Usage', top: 1, bottom: 2, left: 1, right: 2 }],
        },
      ],
      /has no Licence required, Source, Captured on, Status columns, and the cells to its right hold data/,
    ));

  test('a Usage table without an Account column', () =>
    refused(
      [
        {
          name: 'Usage',
          rows: [
            ['Server', 'Last logon'],
            ['EXCH01', 46340],
          ],
          tables: [{ name: 'Usage', top: 1, bottom: 2, left: 1, right: 2 }],
        },
      ],
      /no Account column/,
    ));

  test('nothing to add', async () => {
    const { book, workbook } = adapterOn(registerWithUsage());
    const before = book.dump();
    await expect(workbook.appendUsage([])).rejects.toThrow(/no rows to add/);
    expect(book.dump()).toEqual(before);
  });
});

test('a totals row and cells under the table move down; nothing is overwritten', async () => {
  const grids = registerWithUsage().map((g) =>
    g.name === 'Usage' ? { ...g, rows: [...g.rows, [], ['Reviewed by Dana, 2026-11-01']] } : g,
  );
  const { book, workbook } = adapterOn(grids);
  // The totals row takes the empty row under the table.
  book.setTotals(book.findTable('Usage') ?? fail('no Usage table'), true);
  expect(book.values('Usage', 'A3:A4')).toEqual([['Total'], ['Reviewed by Dana, 2026-11-01']]);
  await workbook.appendUsage([row('eve@contoso.com'), row('fay@contoso.com')]);
  expect(book.values('Usage', 'A2:A6')).toEqual([
    ['dana@contoso.com'],
    ['eve@contoso.com'],
    ['fay@contoso.com'],
    ['Total'],
    ['Reviewed by Dana, 2026-11-01'],
  ]);
});

test('a large export goes in syncs under the payload limit', async () => {
  const { book, workbook } = adapterOn(registerWithUsage());
  const rows = Array.from({ length: 40_000 }, (_, i) =>
    row(`user${i}.with-a-longer-name@contoso.example.com`, {
      source: `Get-ADUser, ad-users-${'x'.repeat(40)}.csv`,
    }),
  );
  const start = book.syncCount;
  await workbook.appendUsage(rows);
  const syncs = book.syncCount - start;
  expect(book.syncLog.every((s) => s.requestBytes <= 5_000_000 && s.error === undefined)).toBe(
    true,
  );
  expect(syncs).toBeGreaterThanOrEqual(4); // > 8 MB of values and formats: more than one write
  expect(syncs).toBeLessThanOrEqual(8);
  // Screen updating suspended once, not per chunk (Microsoft: never in a loop, it flickers).
  expect(book.screenSuspensions).toBe(1);
  expect(book.values('Usage', 'A40002:A40002')).toEqual([
    ['user39999.with-a-longer-name@contoso.example.com'],
  ]);
});

test('the Exchange CAL user list goes in as a complete list the engine recognises', async () => {
  const evidence = readFixture('exchange-cal-users-2019-enterprise.csv', {
    capturedOn: day('2026-11-26'),
  });
  const { book, workbook } = adapterOn(registerWithUsage());
  const added = await workbook.appendUsage(usageTableRows(evidence));
  expect(added.addedColumns).toEqual([]);
  // The Source says where the rows came from; the Yes says the list is complete.
  expect(book.values('Usage', 'D3:H3')).toEqual([
    [evidence.label + ', exchange-cal-users-2019-enterprise.csv', 46352, '', 'Yes', ''],
  ]);
  const result = auditOf((await workbook.read()).grids);
  const list = result.context.evidence.summaries.find((s) => s.completeFor !== undefined);
  expect(list?.source).toBe(`${evidence.label}, exchange-cal-users-2019-enterprise.csv`);
  expect(list?.completeFor?.name).toBe('Exchange Server 2019 Enterprise User CAL');
  expect(list?.ageDays).toBe(1);
});

describe('a Usage table made before the columns that say what a source lists in full', () => {
  /** registerWithUsage, its Usage table without the two columns (as registers before them). */
  function oldRegister(headers: readonly string[] = OLD_HEADERS): SheetGrid[] {
    const grids = registerWithUsage().filter((g) => g.name !== 'Usage');
    const usage = sheet('Usage', headers, [
      { [headers[0]]: 'dana@contoso.com', [headers[3]]: 'Get-MailboxStatistics' },
    ]);
    return [...grids, ...withTables([usage])];
  }

  test('an export that lists nothing in full adds no column', async () => {
    const { book, workbook } = adapterOn(oldRegister());
    const added = await workbook.appendUsage([row('eve@contoso.com')]);
    expect(added.addedColumns).toEqual([]);
    expect(book.findTable('Usage')?.columns).toEqual(OLD_HEADERS);
  });

  test('a complete CAL user list gets its column, and is read back as complete', async () => {
    const evidence = readFixture('exchange-cal-users-2019-enterprise.csv', {
      capturedOn: day('2026-11-26'),
    });
    const { book, workbook } = adapterOn(oldRegister());
    const rows = usageTableRows(evidence);
    const added = await workbook.appendUsage(rows);
    expect(added.addedColumns).toEqual([LISTS_EVERY_USER]);
    expect(book.findTable('Usage')?.columns).toEqual([...OLD_HEADERS, LISTS_EVERY_USER]);
    expect(book.values('Usage', `G2:G${rows.length + 2}`)).toEqual([
      [''],
      ...rows.map(() => ['Yes']),
    ]);
    const result = auditOf((await workbook.read()).grids);
    expect(result.context.evidence.summaries.map((s) => s.completeFor?.name)).toEqual([
      undefined,
      'Exchange Server 2019 Enterprise User CAL',
    ]);
  });

  test('an export of every account of a domain gets its column, naming the domain', async () => {
    const evidence = readFixture('ad-users.csv', { capturedOn: day('2026-11-26') });
    expect(evidence.wholeDomains).toEqual(['CONTOSO']);
    const { book, workbook } = adapterOn(oldRegister());
    const added = await workbook.appendUsage(usageTableRows(evidence));
    expect(added.addedColumns).toEqual([LISTS_EVERY_ACCOUNT_OF]);
    expect(book.values('Usage', 'D3:G3')).toEqual([
      ['Get-ADUser, ad-users.csv', 46352, expect.any(String), 'CONTOSO'],
    ]);
    const result = auditOf((await workbook.read()).grids);
    expect(result.context.evidence.summaries.map((s) => s.wholeDomains)).toEqual([
      undefined,
      ['CONTOSO'],
    ]);
  });

  test("a German table's own column gets Ja and Nein", async () => {
    const german = [...OLD_HEADERS, 'Listet alle Benutzer der CAL'];
    const complete = readFixture('exchange-cal-users-2019-enterprise.csv', {
      capturedOn: day('2026-11-26'),
    });
    const { book, workbook } = adapterOn(oldRegister(german));
    await workbook.appendUsage(usageTableRows(complete).slice(0, 1));
    await workbook.appendUsage([row('eve@contoso.com')]);
    expect(book.values('Usage', 'G3:G4')).toEqual([['Ja'], ['Nein']]);
  });
});

describe('in Excel as it is', () => {
  /** A Usage table of `rows` rows that lacks Source, Captured on and Status. */
  function longUsage(rows: number): SheetGrid[] {
    const body = Array.from({ length: rows }, (_, i) => [`user${i}@contoso.com`, '', 46300]);
    return [
      ...withTables(register({ purchases: [...SERVER_LICENCES, purchase(WS, 5)] })),
      {
        name: 'Usage',
        rows: [['Account', 'Licence required', 'Last logon'], ...body],
        tables: [{ name: 'Usage', top: 1, bottom: rows + 1, left: 1, right: 3 }],
      },
    ];
  }

  test('a long Usage table on the web grows over the empty cells: no OperationCellsExceedLimit', async () => {
    // 2,100 rows x (16,383 - 3) columns would move 34 million cells with columns.add.
    const { book, workbook } = adapterOn(longUsage(2_100));
    const added = await workbook.appendUsage([row('zoe@contoso.com')]);
    expect(added.addedColumns).toEqual(['Source', 'Captured on', 'Status']);
    expect(book.findTable('Usage')?.columns).toEqual(OLD_HEADERS);
    expect(book.values('Usage', 'A2102:F2102')).toEqual([
      ['zoe@contoso.com', 'Windows Server User CAL', 46346, SOURCE, 46352, ''],
    ]);
    expect(book.syncLog.every((s) => s.error === undefined)).toBe(true);
  });

  test('without Table.resize, the columns Excel on the web will not add are explained; nothing changed', async () => {
    const { book, workbook } = adapterOn(longUsage(2_100));
    book.apiVersion = '1.12';
    const before = book.dump();
    await expect(workbook.appendUsage([row('zoe@contoso.com')])).rejects.toMatchObject({
      message: expect.stringMatching(
        /^Excel on the web cannot add the Source, Captured on, Status columns/,
      ),
      hint: expect.stringContaining('Nothing was changed'),
    });
    expect(book.dump()).toEqual(before);
  });

  /** The register's Usage table with a calculated column "Days" of the admin's, at its right. */
  const DAYS = templateHeaders('Usage').length;
  const DAYS_LETTER = String.fromCharCode(65 + DAYS);
  function withDays(grids: SheetGrid[]): { book: FakeWorkbook; workbook: OfficeRegisterWorkbook } {
    const usage = grids.map((g) =>
      g.name === 'Usage'
        ? {
            ...g,
            rows: g.rows.map((r, i) => [...(r ?? []), i === 0 ? 'Days' : '']),
            tables: [{ name: 'Usage', top: 1, bottom: 2, left: 1, right: DAYS + 1 }],
          }
        : g,
    );
    const { book, workbook } = adapterOn(usage);
    const table = book.findTable('Usage') ?? fail('no Usage table');
    book.addCalculatedColumn(table, DAYS, '=TODAY()-[@[Last logon]]');
    return { book, workbook };
  }

  test.each([
    ['grown over the empty cells', '1.20'],
    ['rows added (no Table.resize)', '1.12'],
  ])("the admin's calculated column keeps its formula in the new rows: %s", async (_how, api) => {
    const { book, workbook } = withDays(registerWithUsage());
    book.apiVersion = api;
    await workbook.appendUsage([row('eve@contoso.com'), row('fay@contoso.com')]);
    const cells = book.dumpSheet('Usage').cells;
    expect([2, 3, 4].map((r) => cells[`${DAYS_LETTER}${r}`].formula)).toEqual([
      '=TODAY()-[@[Last logon]]',
      '=TODAY()-[@[Last logon]]',
      '=TODAY()-[@[Last logon]]',
    ]);
    expect(book.values('Usage', 'A4:F4')).toEqual([
      ['fay@contoso.com', 'Windows Server User CAL', 46346, SOURCE, 46352, ''],
    ]);
  });

  test('a protected Usage sheet: one precise message, nothing changed', async () => {
    const { book, workbook } = adapterOn(registerWithUsage());
    book.protect('Usage');
    const before = book.dump();
    await expect(workbook.appendUsage([row('eve@contoso.com')])).rejects.toMatchObject({
      message: 'The sheet "Usage" is protected, so the rows cannot go into its Usage table',
      hint: expect.stringContaining('Review > Unprotect Sheet'),
    });
    expect(book.dump()).toEqual(before);
  });

  test('a filtered Usage table: one precise message, nothing changed', async () => {
    const { book, workbook } = adapterOn(registerWithUsage());
    book.filter(book.findTable('Usage') ?? fail('no Usage table'));
    const before = book.dump();
    await expect(workbook.appendUsage([row('eve@contoso.com')])).rejects.toMatchObject({
      message: 'The Usage table is filtered: Excel adds no rows to a table that hides some',
      hint: expect.stringContaining('Data > Clear'),
    });
    expect(book.dump()).toEqual(before);
  });
});
