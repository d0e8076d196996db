/** The CAL.* functions called as Excel calls them: 2D arrays of cell values. */
import { CustomFunctionError } from './custom-functions-global';
import { templateHeaders } from '../../src/core';
import * as CAL from '../../src/functions/functions';

const EX = 'Exchange Server 2019 Standard User CAL';
const EXE = 'Exchange Server 2019 Enterprise User CAL';
const SERIAL_2026_11_01 = 46327;
const SERIAL_2025_03_01 = 45717;

/** A row in template column order, blanks as Excel passes them (''). */
function row(table: 'Assignments' | 'Purchases', values: Record<string, unknown>): unknown[] {
  return templateHeaders(table).map((h) => values[h] ?? '');
}

const purchases = [
  templateHeaders('Purchases'),
  row('Purchases', {
    Licence: 'Exchange Server 2019 Standard',
    Quantity: 1,
    'Purchase date': SERIAL_2025_03_01,
    'Invoice number': 'INV-1',
  }),
  row('Purchases', {
    Licence: 'Exchange Server 2019 Standard - 1 User CAL',
    Quantity: 2,
    'Purchase date': SERIAL_2025_03_01,
    'Invoice number': 'INV-1',
  }),
  row('Purchases', {
    Licence: 'ExchgSvrEntCAL 2019 SNGL OLP NL UsrCAL',
    Quantity: 1,
    'Purchase date': SERIAL_2025_03_01,
    'Invoice number': 'INV-2',
  }),
];

const user = (account: string, extra: Record<string, unknown> = {}) =>
  row('Assignments', {
    Licence: EX,
    'Assigned to': account.split('@')[0],
    Account: account,
    'Assigned on': SERIAL_2025_03_01,
    'Last activity': SERIAL_2026_11_01,
    ...extra,
  });

const assignments = [
  templateHeaders('Assignments'),
  user('dana@contoso.com'),
  user('eve@contoso.com', { Status: 'Left' }),
  user('fay@contoso.com', { Device: 'LT-0193' }),
  user('gus@contoso.com', { Licence: EXE }),
  row('Assignments', {}), // an empty table row at the end
];

/** What Excel passes for an omitted optional argument. */
const OMITTED = null as unknown as undefined;

function errorOf(call: () => unknown): CustomFunctionError {
  try {
    call();
  } catch (error) {
    if (error instanceof CustomFunctionError) return error;
    throw error;
  }
  throw new Error('expected an Excel error');
}

/** The Excel error an async function rejects with. */
async function rejectionOf(call: () => Promise<unknown>): Promise<CustomFunctionError> {
  try {
    await call();
  } catch (error) {
    if (error instanceof CustomFunctionError) return error;
    throw error;
  }
  throw new Error('expected an Excel error');
}

describe('CAL.POSITION and CAL.SHORTFALL', () => {
  test('POSITION spills a table with a header row', async () => {
    const table = await CAL.position(assignments, purchases);
    expect(table[0]).toEqual([
      'Licence',
      'Owned',
      'Required',
      'Shortfall',
      'Surplus',
      'Reclaimable',
      'Status',
    ]);
    // dana, eve, fay hold Standard; gus holds Enterprise without Standard: 4 required, 2 owned.
    expect(table).toContainEqual([EX, 2, 4, 2, 0, 1, 'shortfall']);
    expect(table).toContainEqual([EXE, 1, 1, 0, 0, 0, 'ok']);
  });

  test('SHORTFALL: total, per licence, and 0 for a licence nobody needs', () => {
    expect(CAL.shortfall(assignments, purchases)).toBe(2);
    expect(CAL.shortfall(assignments, purchases, EX)).toBe(2);
    expect(CAL.shortfall(assignments, purchases, 'ExchgSvrStdCAL 2019 SNGL OLP NL UsrCAL')).toBe(2);
    expect(CAL.shortfall(assignments, purchases, 'Windows Server 2022 User CAL')).toBe(0);
  });

  test('ranges without their header row are read in the template column order', () => {
    expect(CAL.shortfall(assignments.slice(1), purchases.slice(1))).toBe(2);
  });

  test('an unknown licence is #N/A with a message; a wrong range is #VALUE! naming the argument', async () => {
    expect(
      errorOf(() => CAL.shortfall(assignments, purchases, 'Foo Server 2019 User CAL')),
    ).toMatchObject({
      code: '#N/A',
      message: expect.stringContaining('does not name a product'),
    });
    expect(errorOf(() => CAL.shortfall([['x']], purchases))).toMatchObject({
      code: '#VALUE!',
      message: expect.stringMatching(/^assignments: 1 column; expected the Assignments table/),
    });
    expect((await rejectionOf(() => CAL.position(assignments, [[1]]))).message).toMatch(
      /^purchases: /,
    );
  });

  test('both ranges are needed: a missing one is #VALUE!', () => {
    expect(errorOf(() => CAL.shortfall(assignments, OMITTED as unknown as unknown[][])).code).toBe(
      '#VALUE!',
    );
  });

  test('an omitted licence (null, as Excel passes it), or a blank cell (0 on Windows), is the total', () => {
    expect(CAL.shortfall(assignments, purchases, OMITTED)).toBe(2);
    expect(CAL.shortfall(assignments, purchases, 0 as unknown as string)).toBe(2);
  });
});

describe('CAL.FLAGS', () => {
  test('one output row per input row, a Flags header, empty for clean rows', async () => {
    const flags = await CAL.flags(assignments, undefined, 90, '2026-11-27');
    expect(flags).toEqual([
      ['Flags'],
      [''],
      ['CAL-STALE'],
      ['CAL-DEVICE-MISRECORDED'],
      ['CAL-NO-BASE'],
      [''],
    ]);
  });

  test('staleDays and asOf change what is stale; TODAY() arrives as a serial', async () => {
    const flags = await CAL.flags(assignments, undefined, 10, SERIAL_2026_11_01 + 30);
    expect(flags[1]).toEqual(['CAL-STALE']);
  });

  test('usage evidence keeps an account active', async () => {
    const usage = [
      ['Account', 'Licence required', 'Last logon'],
      ['dana@contoso.com', EX, SERIAL_2026_11_01 + 25],
    ];
    expect((await CAL.flags(assignments, usage, 10, SERIAL_2026_11_01 + 30))[1]).toEqual(['']);
  });

  test('bad options are #VALUE!', async () => {
    for (const days of [-5, 1.5, 'x'])
      expect(
        (await rejectionOf(() => CAL.flags(assignments, undefined, days as number))).message,
      ).toMatch(/^staleDays: /);
    expect(
      (await rejectionOf(() => CAL.flags(assignments, undefined, 90, 'yesterday'))).message,
    ).toMatch(/^asOf: /);
  });

  test('omitted options (null) and a blank cell (0 or empty) mean the defaults', async () => {
    const defaults = await CAL.flags(assignments, undefined, 90, '2026-11-27');
    for (const days of [OMITTED, 0, ''])
      expect(await CAL.flags(assignments, OMITTED, days as number, '2026-11-27')).toEqual(defaults);
    expect(await CAL.flags(assignments, OMITTED, OMITTED, OMITTED)).toHaveLength(
      assignments.length,
    );
  });

  test('a range without a header row maps only the columns it has, as with one', async () => {
    const rows = [
      [EX, 'dana', 'dana@contoso.com'],
      [EX, 'dana', 'dana@contoso.com'],
      [EX, 'eve', 'eve@contoso.com'],
    ];
    const headed = await CAL.flags([['Licence', 'User', 'Email'], ...rows]);
    expect(headed).toEqual([['Flags'], [''], ['CAL-DUPLICATE'], ['']]);
    expect(await CAL.flags(rows)).toEqual(headed.slice(1));
  });
});

describe('error cells in a table argument', () => {
  // Excel passes an error cell of Assignments[#All] as an error object, which the table
  // functions hand to the engine as it is: each answer must be the one the error's code as
  // text gives (how the engine has always read it).
  const columns = ['Licence', 'Assigned to', 'Account', 'Device', 'Status', 'Assigned on'];
  const withError = (at: string, error: unknown) => [
    ...assignments.slice(0, 2),
    user('hal@contoso.com', { [at]: error }),
    ...assignments.slice(2),
  ];
  test.each(columns)('an error in %s', async (column) => {
    for (const code of ['#N/A', '#REF!']) {
      const asObject = withError(column, { code, message: 'from Excel' });
      const asText = withError(column, code);
      expect(await CAL.flags(asObject, OMITTED, 90, '2026-11-27')).toEqual(
        await CAL.flags(asText, OMITTED, 90, '2026-11-27'),
      );
      expect(await CAL.position(asObject, purchases)).toEqual(
        await CAL.position(asText, purchases),
      );
      expect(CAL.shortfall(asObject, purchases)).toEqual(CAL.shortfall(asText, purchases));
    }
    // The error is seen: the row is flagged as an invalid value where the cell is read.
    const flags = await CAL.flags(withError(column, { code: '#N/A' }), OMITTED, 90, '2026-11-27');
    if (column !== 'Device') expect(flags[2][0]).toContain('REG-INVALID');
  });
});

describe('CAL.ISSTALE and CAL.ISMISRECORDED', () => {
  test('a single row, as a calculated table column calls it', async () => {
    expect(await CAL.isStale([['Left']], [['']])).toEqual([[true]]);
    expect(await CAL.isStale([['']], [[SERIAL_2026_11_01]], 90, SERIAL_2026_11_01 + 90)).toEqual([
      [false],
    ]);
    expect(await CAL.isStale([['']], [[SERIAL_2026_11_01]], 90, SERIAL_2026_11_01 + 91)).toEqual([
      [true],
    ]);
    expect(await CAL.isStale([['Absent']], [[1]], 90, '2026-11-27')).toEqual([[false]]);
  });

  test('a row asked alone answers as it does inside a range, bad cells included', async () => {
    // A calculated column asks one row at a time (answered without the range machinery);
    // each answer must be the one the same row gets in a range, with the same options.
    const statuses = [
      '',
      'Active',
      'Left',
      'Disabled',
      'Absent',
      'Gone',
      '#N/A',
      { code: '#REF!' },
    ];
    const activity = [SERIAL_2026_11_01, '', '2026-10-01', '01/10/2026', 'soon', 0];
    for (const [days, asOf] of [
      [90, '2026-11-27'],
      [20, SERIAL_2026_11_01 + 25],
      [OMITTED, OMITTED],
    ] as const) {
      const status = statuses.flatMap((s) => activity.map(() => [s]));
      const last = statuses.flatMap(() => activity.map((a) => [a]));
      const together = await CAL.isStale(status, last, days, asOf);
      for (let r = 0; r < status.length; r += 1) {
        const alone = await CAL.isStale([status[r]], [last[r]], days, asOf);
        expect(alone).toEqual([together[r]]);
      }
    }
  });

  test('a range in gives an array out; a bad cell is an error in its own place', async () => {
    const result = await CAL.isStale(
      [['Active'], ['Left'], ['Gone fishing']],
      [[SERIAL_2026_11_01], [''], ['']],
      90,
      '2026-11-27',
    );
    expect(result.slice(0, 2)).toEqual([[false], [true]]);
    expect(result[2][0]).toMatchObject({
      code: '#VALUE!',
      message: expect.stringContaining('Gone fishing'),
    });
  });

  test('ranges with their header row (Assignments[[#All],[Status]]) get a header cell', async () => {
    expect(
      await CAL.isStale(
        [['Status'], ['Active'], ['Left']],
        [['Last activity'], [SERIAL_2026_11_01], [SERIAL_2026_11_01]],
        OMITTED,
        '2026-11-27',
      ),
    ).toEqual([['Stale'], [false], [true]]);
    expect(
      CAL.isMisrecorded(
        [['Licence'], [EX], [EX]],
        [['Assigned to'], ['Dana'], ['Eve']],
        [['Device'], ['LT-0193'], ['']],
      ),
    ).toEqual([['Misrecorded'], [true], [false]]);
    expect(
      CAL.isMisrecorded([['Licence'], [EX]], [['Account'], ['dana@contoso.com']], OMITTED),
    ).toEqual([['Misrecorded'], [false]]);
  });

  test('a first value that is also a header name ("Enabled") is a value when the others are', async () => {
    expect(
      await CAL.isStale([['Enabled'], ['Left']], [[SERIAL_2026_11_01], ['']], 90, '2026-11-27'),
    ).toEqual([[false], [true]]);
  });

  test('ranges of different sizes are #VALUE!', async () => {
    expect((await rejectionOf(() => CAL.isStale([['a'], ['b']], [[1], [2], [3]]))).code).toBe(
      '#VALUE!',
    );
  });

  test('User CAL on a device, Device CAL on a person', () => {
    expect(
      CAL.isMisrecorded(
        [[EX], [EX], ['Exchange Server 2019 Standard Device CAL'], ['']],
        [['Dana'], ['DESKTOP-7H2K9QD'], ['Dana'], ['']],
        [[''], [''], [''], ['']],
      ),
    ).toEqual([[false], [true], [true], [false]]);
    expect(CAL.isMisrecorded([[EX]], [['Dana']], [['LT-0193']])).toEqual([[true]]);
    expect(CAL.isMisrecorded([['nonsense']], [['Dana']])[0][0]).toMatchObject({ code: '#N/A' });
  });
});

describe('CAL.LICENCE, CAL.OWNED, CAL.REQUIRED', () => {
  test('LICENCE normalises any wording, or is #N/A with the reason', () => {
    expect(CAL.licence('ExchgSvrEntCAL 2019 SNGL OLP NL UsrCAL')).toBe(EXE);
    expect(CAL.licence('WinSvrCAL 2022 SNGL OLP NL DvcCAL')).toBe('Windows Server 2022 Device CAL');
    expect(errorOf(() => CAL.licence('Exchange Server 2019 Standard CAL'))).toMatchObject({
      code: '#N/A',
      message: expect.stringContaining('User CAL or a Device CAL'),
    });
  });

  test('OWNED counts quantity x pack; REQUIRED counts distinct holders and Enterprise bases', () => {
    expect(CAL.owned(purchases, EX)).toBe(2);
    expect(
      CAL.owned(
        [
          ['Licence', 'Quantity'],
          ['Windows Server 2022 CAL 5 User', 3],
        ],
        'Windows Server 2022 User CAL',
      ),
    ).toBe(15);
    expect(CAL.required(assignments, EX)).toBe(4);
    expect(CAL.required(assignments, EXE)).toBe(1);
    expect(errorOf(() => CAL.owned(purchases, ''))).toMatchObject({ code: '#VALUE!' });
  });
});
