import type { SheetGrid } from '../../../src/core';
import {
  check,
  deviceCal,
  findingsOf,
  purchase,
  register,
  run,
  SERVER_LICENCES,
  sheet,
  userCal,
  where,
} from '../helpers';

const EX = 'Exchange Server 2019 Standard User CAL';
const WIN_DEVICE = 'Windows Server 2022 Device CAL';
const base = { purchases: [...SERVER_LICENCES, purchase(EX, 10)] };

describe('REG-MISSING on assignment rows', () => {
  test('an empty account is flagged at its cell, counting the title rows', () => {
    const findings = check('REG-MISSING', {
      ...base,
      titled: true,
      assignments: [
        userCal(EX, 'dana@contoso.com'),
        userCal(EX, 'eve', { 'Assigned to': 'Eve Adams', Account: null }),
      ],
    });
    // Without an account the record is known by the person's name.
    expect(findings.map(where)).toEqual([
      {
        rule: 'REG-MISSING',
        severity: 'warning',
        sheet: 'Assignments',
        row: 5,
        column: 'C',
        key: 'Eve Adams',
      },
    ]);
    expect(findings[0].message).toBe('Account is empty.');
  });

  test('several empty fields on a row give one finding that names them all', () => {
    const findings = check('REG-MISSING', {
      ...base,
      assignments: [{ Licence: EX, Notes: 'to do' }],
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ row: 2, column: 'B' });
    expect(findings[0].message).toBe('Assigned to, Account and Assigned on are empty.');
  });

  test('an empty licence is flagged at the Licence column, with the key of the record', () => {
    const findings = check('REG-MISSING', {
      ...base,
      assignments: [userCal(EX, 'dana@contoso.com', { Licence: null })],
    });
    expect(findings.map(where)).toEqual([
      {
        rule: 'REG-MISSING',
        severity: 'warning',
        sheet: 'Assignments',
        row: 2,
        column: 'A',
        key: 'dana@contoso.com',
      },
    ]);
  });

  test('an empty date of assignment is flagged at Assigned on', () => {
    const findings = check('REG-MISSING', {
      ...base,
      assignments: [userCal(EX, 'dana@contoso.com', { 'Assigned on': '  ' })],
    });
    expect(findings.map((f) => f.column)).toEqual(['E']);
  });

  test('a Device CAL needs a device (or a name), not an account', () => {
    const findings = check('REG-MISSING', {
      ...base,
      assignments: [deviceCal(WIN_DEVICE, 'PC-0042'), deviceCal(WIN_DEVICE, '')],
    });
    expect(findings.map((f) => [f.row, f.column])).toEqual([[3, 'D']]);
  });

  test('a complete register has none', () => {
    const findings = check('REG-MISSING', {
      ...base,
      assignments: [userCal(EX, 'dana@contoso.com'), deviceCal(WIN_DEVICE, 'PC-0042')],
    });
    expect(findings).toEqual([]);
  });

  test('an unreadable value is REG-INVALID, not also REG-MISSING', () => {
    const findings = check('REG-MISSING', {
      ...base,
      assignments: [userCal(EX, 'dana@contoso.com', { 'Assigned on': '#N/A' })],
    });
    expect(findings).toEqual([]);
  });
});

describe('REG-MISSING on purchase lines', () => {
  test('an empty quantity is flagged at Quantity', () => {
    const findings = check('REG-MISSING', {
      purchases: [purchase(EX, 1), purchase(EX, null)],
      assignments: [],
    });
    expect(findings.map(where)).toEqual([
      { rule: 'REG-MISSING', severity: 'warning', sheet: 'Purchases', row: 3, column: 'B' },
    ]);
  });

  test('an empty licence is flagged at Licence', () => {
    const findings = check('REG-MISSING', {
      purchases: [{ Quantity: 5, 'Invoice number': 'INV-1' }],
      assignments: [],
    });
    expect(findings.map((f) => [f.sheet, f.row, f.column])).toEqual([['Purchases', 2, 'A']]);
  });
});

describe('a missing column gives one finding, not one per row', () => {
  const rows = ['a', 'b', 'c'].map((name) => ({
    Licence: EX,
    'Assigned to': name,
    Account: `${name}@contoso.com`,
  }));

  test('no "Assigned on" column', () => {
    const grids = [
      sheet('Purchases', ['Licence', 'Quantity'], [{ Licence: EX, Quantity: 3 }]),
      sheet('Assignments', ['Licence', 'Assigned to', 'Account'], rows, [['Register'], []]),
    ];
    const findings = findingsOf(run(grids), 'REG-MISSING');
    expect(findings.map(where)).toEqual([
      { rule: 'REG-MISSING', severity: 'warning', sheet: 'Assignments', row: 3 },
    ]);
    expect(findings[0].message).toContain('no "Assigned on" column');
  });

  test('no "Account" column while User CALs are assigned', () => {
    const grids = [
      sheet('Purchases', ['Licence', 'Quantity'], [{ Licence: EX, Quantity: 3 }]),
      sheet(
        'Assignments',
        ['Licence', 'Assigned to', 'Assigned on'],
        rows.map(({ Licence, 'Assigned to': who }) => ({
          Licence,
          'Assigned to': who,
          'Assigned on': '2025-03-01',
        })),
      ),
    ];
    const findings = findingsOf(run(grids), 'REG-MISSING');
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('no "Account" column');
    expect(findings[0].fix).toBe('Add an "Account" column to the Assignments table.');
  });

  test('no "Account" column is fine when only Device CALs are assigned', () => {
    const grids = [
      sheet('Purchases', ['Licence', 'Quantity'], [{ Licence: WIN_DEVICE, Quantity: 3 }]),
      sheet(
        'Assignments',
        ['Licence', 'Device', 'Assigned on'],
        [{ Licence: WIN_DEVICE, Device: 'PC-1', 'Assigned on': '2025-03-01' }],
      ),
    ];
    expect(findingsOf(run(grids), 'REG-MISSING')).toEqual([]);
  });

  test('no "Quantity" column in a Purchases Excel table', () => {
    const grid: SheetGrid = {
      ...sheet(
        'Purchases',
        ['Licence', 'Purchase date', 'Invoice number'],
        [
          { Licence: EX, 'Purchase date': '2025-03-01', 'Invoice number': 'INV-1' },
          { Licence: WIN_DEVICE, 'Purchase date': '2025-03-01', 'Invoice number': 'INV-2' },
        ],
      ),
      tables: [{ name: 'Purchases', top: 1, bottom: 3, left: 1, right: 3 }],
    };
    const assignments = sheet('Assignments', ['Licence', 'Device', 'Assigned on'], []);
    const findings = findingsOf(run([grid, assignments]), 'REG-MISSING');
    expect(findings.map(where)).toEqual([
      { rule: 'REG-MISSING', severity: 'warning', sheet: 'Purchases', row: 1 },
    ]);
    expect(findings[0].message).toContain('no "Quantity" column');
    expect(findings[0].fix).toBe('Add a "Quantity" column to the Purchases table.');
  });
});

describe('a missing table', () => {
  test('no Purchases and no Assignments table: one finding each, about the table', () => {
    const findings = findingsOf(run([]), 'REG-MISSING');
    expect(findings.map(where)).toEqual([
      { rule: 'REG-MISSING', severity: 'warning' },
      { rule: 'REG-MISSING', severity: 'warning' },
    ]);
    expect(findings.map((f) => f.message.slice(0, 24))).toEqual([
      'No Purchases table found',
      'No Assignments table fou',
    ]);
  });

  test('a sheet named like a table whose headers are not recognised: named, never skipped silently', () => {
    // A typo in the key headers: the sheets are there, so "add a Purchases sheet" would mislead.
    const grids = [
      sheet(
        'Purchases',
        ['Licnece', 'Quantty', 'Purchase date'],
        [{ Licnece: EX, Quantty: 2, 'Purchase date': '2025-03-01' }],
      ),
      ...register({ assignments: [userCal(EX, 'dana@contoso.com')] }),
      sheet(
        'Servers',
        ['Server', 'Prodcut', 'Version'],
        [{ Server: 'EX01', Prodcut: 'Exchange Server', Version: 'SE' }],
      ),
    ];
    const findings = findingsOf(run(grids), 'REG-MISSING');
    expect(findings.map((f) => [f.sheet, f.message])).toEqual([
      [
        undefined,
        'The sheet "Purchases" was not read as the Purchases table: its header row (Licnece, Quantty, Purchase date) is not one CAL Register recognises.',
      ],
      [
        undefined,
        'The sheet "Servers" was not read as the Servers table: its header row (Server, Prodcut, Version) is not one CAL Register recognises.',
      ],
    ]);
    expect(findings[0].fix).toBe(
      'Correct the headers: Licence, Quantity, Purchase date, Invoice number, Order number, Reseller, Agreement number, SA end date, Licence type, Proof location, Notes (or run "cal-register template" to see the layout).',
    );
  });

  test('a sheet named by a looser alias ("Evidence", "Options") may hold something else: not named', () => {
    const grids = [
      ...register({ ...base, assignments: [userCal(EX, 'dana@contoso.com')] }),
      sheet(
        'Evidence',
        ['Invoice', 'Scanned copy'],
        [{ Invoice: 'INV-1', 'Scanned copy': 'inv-1.pdf' }],
      ),
      sheet('Options', ['Colour'], [{ Colour: 'blue' }]),
    ];
    const result = run(grids);
    expect(findingsOf(result, 'REG-MISSING')).toEqual([]);
    expect(result.register.unreadSheets).toBeUndefined();
  });

  test('the optional tables (Servers, Usage, Settings) are not required', () => {
    const findings = check('REG-MISSING', { purchases: [purchase(EX, 1)], assignments: [] });
    expect(findings).toEqual([]);
  });
});

describe('servers and usage rows', () => {
  test('a Servers row without a product, and a Usage row without an account', () => {
    const findings = check('REG-MISSING', {
      ...base,
      assignments: [],
      servers: [{ Server: 'EX01', 'Licence reference': 'INV-9' }],
      usage: [{ 'Licence required': 'Exchange Server Standard CAL' }],
    });
    expect(findings.map((f) => [f.sheet, f.row, f.column, f.key])).toEqual([
      ['Servers', 2, 'B', 'EX01'],
      ['Usage', 2, 'A', undefined],
    ]);
  });

  test('a Servers row that names its product but no version: the version is missing', () => {
    const findings = check('REG-MISSING', {
      ...base,
      assignments: [],
      servers: [
        { Server: 'EX01', Product: 'Exchange Server', Version: '' },
        { Server: 'EX02', Product: 'Exchange Server', Version: '2019' },
        { Server: 'EX03', Product: 'Exchange Server 2019 Standard', Version: '' },
      ],
    });
    expect(findings.map((f) => [f.sheet, f.row, f.column, f.key, f.message])).toEqual([
      ['Servers', 2, 'C', 'EX01', 'Version is empty.'],
    ]);
  });

  test('a Servers table without a Version column (a typo in its header): said once', () => {
    const grids = register({ ...base, assignments: [] }).concat(
      sheet(
        'Servers',
        ['Server', 'Product', 'Verison'],
        [
          { Server: 'EX01', Product: 'Exchange Server', Verison: 'SE' },
          { Server: 'EX02', Product: 'Exchange Server', Verison: 'SE' },
        ],
      ),
    );
    const findings = findingsOf(run(grids), 'REG-MISSING');
    expect(findings.map((f) => [f.sheet, f.row, f.message])).toEqual([
      [
        'Servers',
        1,
        'The Servers table has no "Version" column, so no server says which version it runs.',
      ],
    ]);
  });
});
