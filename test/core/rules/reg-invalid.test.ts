import {
  check,
  findingsOf,
  purchase,
  run,
  SERVER_LICENCES,
  server,
  sheet,
  userCal,
  where,
} from '../helpers';

const EX = 'Exchange Server 2019 Standard User CAL';
const base = { purchases: [...SERVER_LICENCES, purchase(EX, 10)] };

describe('REG-INVALID on purchase lines', () => {
  test.each<[unknown, string]>([
    ['ten', 'Quantity "ten" is not a number.'],
    [-2, 'Quantity -2 is negative.'],
    [1.5, 'Quantity 1.5 is not a whole number.'],
    ['#N/A', 'Quantity holds the error #N/A.'],
    [{ error: '#REF!' }, 'Quantity holds the error #REF!.'],
    [true, 'Quantity TRUE is not a number.'],
  ])('quantity %p is flagged at Quantity (B), counting the title rows', (quantity, message) => {
    const findings = check('REG-INVALID', {
      titled: true,
      purchases: [purchase(EX, 1), purchase(EX, quantity)],
      assignments: [],
    });
    expect(findings.map(where)).toEqual([
      { rule: 'REG-INVALID', severity: 'warning', sheet: 'Purchases', row: 5, column: 'B' },
    ]);
    expect(findings[0].message).toBe(message);
  });

  test.each(['12', ' 12 ', '1,000', 0])('quantity %p is readable', (quantity) => {
    const findings = check('REG-INVALID', { purchases: [purchase(EX, quantity)], assignments: [] });
    expect(findings).toEqual([]);
  });

  test.each<[unknown, string]>([
    ['01/03/2025', 'does not say which comes first'],
    ['2025-02-30', 'not a date'],
    [60, 'serial 60'],
  ])('purchase date %p is flagged at Purchase date (C)', (date, words) => {
    const findings = check('REG-INVALID', {
      purchases: [purchase(EX, 1, { 'Purchase date': date })],
      assignments: [],
    });
    expect(findings.map((f) => [f.row, f.column])).toEqual([[2, 'C']]);
    expect(findings[0].message).toContain(words);
  });

  test.each([
    ['Foo Server 2019 User CAL', 'does not name a product'],
    ['Exchange Server 2022 Standard User CAL', 'known: 2010, 2013, 2016, 2019, SE'],
    ['Exchange Server Standard User CAL', 'does not say which version'],
    ['Exchange Server 2019 Standard CAL', 'User CAL or a Device CAL'],
    ['Exchange Server 2019 User Device CAL', 'both User and Device'],
  ])('licence %j is flagged at Licence (A)', (licence, words) => {
    const findings = check('REG-INVALID', { purchases: [purchase(licence, 1)], assignments: [] });
    expect(findings.map((f) => [f.sheet, f.row, f.column])).toEqual([['Purchases', 2, 'A']]);
    expect(findings[0].message).toContain(words);
  });

  test('a licence over Product, Version, Edition and CAL type columns is flagged at Product', () => {
    const grid = sheet(
      'Purchases',
      ['Qty', 'Product', 'Version', 'Edition', 'CAL type'],
      [{ Qty: 1, Product: 'Exchange Server', Version: 2022, 'CAL type': 'User' }],
    );
    const findings = findingsOf(run([grid]), 'REG-INVALID');
    expect(findings.map((f) => [f.sheet, f.row, f.column])).toEqual([['Purchases', 2, 'B']]);
    expect(findings[0].message).toContain('"Exchange Server 2022 User"');
  });

  test('every unreadable cell of a line is its own finding', () => {
    const findings = check('REG-INVALID', {
      purchases: [purchase('Foo 2019 User CAL', 'x', { 'SA end date': 'soon' })],
      assignments: [],
    });
    expect(findings.map((f) => f.column).sort()).toEqual(['A', 'B', 'H']);
  });
});

describe('REG-INVALID on assignment rows', () => {
  test('an account that is not a UPN, e-mail or DOMAIN\\name, keyed by it', () => {
    const findings = check('REG-INVALID', {
      ...base,
      assignments: [userCal(EX, 'dana scott@contoso')],
    });
    expect(findings.map(where)).toEqual([
      {
        rule: 'REG-INVALID',
        severity: 'warning',
        sheet: 'Assignments',
        row: 2,
        column: 'C',
        key: 'dana scott@contoso',
      },
    ]);
  });

  test.each([
    ['Exchange Server 2019 Standard', 'is a server licence, not a CAL'],
    ['Windows Server 2022 Datacenter', 'is a server licence, not a CAL'],
    ['Exchange Server 2019 Standard CAL', 'User CAL or a Device CAL'],
  ])('an assignment of %j (no kind) is flagged at Licence (A), never dropped', (licence, words) => {
    const findings = check('REG-INVALID', {
      ...base,
      assignments: [userCal(licence, 'dana@contoso.com')],
    });
    expect(findings.map(where)).toEqual([
      {
        rule: 'REG-INVALID',
        severity: 'warning',
        sheet: 'Assignments',
        row: 2,
        column: 'A',
        key: 'dana@contoso.com',
      },
    ]);
    expect(findings[0].message).toContain(`"${licence}"`);
    expect(findings[0].message).toContain(words);
  });

  test.each(['dana@contoso.com', 'CONTOSO\\dana', 'dscott'])('account %j is valid', (account) => {
    expect(check('REG-INVALID', { ...base, assignments: [userCal(EX, account)] })).toEqual([]);
  });

  test('a status outside Active, Left, Disabled, Absent is flagged at Status (H)', () => {
    const findings = check('REG-INVALID', {
      ...base,
      assignments: [userCal(EX, 'dana@contoso.com', { Status: 'Gone fishing' })],
    });
    expect(findings.map((f) => [f.column, f.key])).toEqual([['H', 'dana@contoso.com']]);
  });

  test.each(['Active', 'left', 'DISABLED', 'Absent', 'On leave', ''])('status %j is valid', (s) => {
    const findings = check('REG-INVALID', {
      ...base,
      assignments: [userCal(EX, 'dana@contoso.com', { Status: s })],
    });
    expect(findings).toEqual([]);
  });

  test('an Excel error in a date and an ambiguous date, at their columns', () => {
    const findings = check('REG-INVALID', {
      ...base,
      assignments: [
        userCal(EX, 'dana@contoso.com', {
          'Assigned on': '#VALUE!',
          'Last activity': '03/04/2025',
        }),
      ],
    });
    expect(findings.map((f) => f.column).sort()).toEqual(['E', 'I']);
  });

  test('dates as serials, date cells and ISO text are all readable', () => {
    const findings = check('REG-INVALID', {
      ...base,
      assignments: [
        userCal(EX, 'a@contoso.com', { 'Assigned on': 45717 }),
        userCal(EX, 'b@contoso.com', { 'Assigned on': new Date(Date.UTC(2025, 2, 1)) }),
        userCal(EX, 'c@contoso.com', { 'Assigned on': '1 March 2025' }),
      ],
    });
    expect(findings).toEqual([]);
  });
});

describe('REG-INVALID on the optional tables', () => {
  test('a Servers row naming an unknown product, keyed by the server name', () => {
    const findings = check('REG-INVALID', {
      ...base,
      assignments: [],
      servers: [
        server('EX01', 'Exchange Server', '2019', 'Standard'),
        server('FS01', 'Lotus Domino', '9'),
      ],
    });
    expect(findings.map((f) => [f.sheet, f.row, f.column, f.key])).toEqual([
      ['Servers', 3, 'B', 'FS01'],
    ]);
  });

  test('a Usage row with an unreadable last logon, keyed by the account', () => {
    const findings = check('REG-INVALID', {
      ...base,
      assignments: [],
      usage: [{ Account: 'dana@contoso.com', 'Last logon': 'yesterday' }],
    });
    expect(findings.map((f) => [f.sheet, f.row, f.column, f.key])).toEqual([
      ['Usage', 2, 'C', 'dana@contoso.com'],
    ]);
  });

  test.each<[unknown, string]>([
    ['abc', 'is not a number'],
    [0, 'must be 1 or more'],
    [-5, 'is negative'],
  ])('a Stale after days of %p is flagged on its Settings row', (value, words) => {
    const findings = check('REG-INVALID', {
      ...base,
      assignments: [],
      settings: { Organisation: 'Contoso', 'Stale after days': value },
    });
    expect(findings.map((f) => [f.sheet, f.row, f.column])).toEqual([['Settings', 3, 'B']]);
    expect(findings[0].message).toContain(words);
    expect(findings[0].message).toContain('Stale after days');
  });

  test('an unreadable As-of date is flagged on its Settings row', () => {
    const findings = check('REG-INVALID', {
      ...base,
      assignments: [],
      settings: { 'As-of date': '31/12/2026' },
    });
    expect(findings.map((f) => [f.sheet, f.row, f.column])).toEqual([['Settings', 2, 'B']]);
  });
});

describe('how a purchase line was bought', () => {
  test('a Licence type that names no offering, and "Licence only" with an SA end date', () => {
    const findings = check('REG-INVALID', {
      purchases: [
        purchase('Exchange Server 2019 Standard User CAL', 1, { 'Licence type': 'Gold' }),
        purchase('Exchange Server 2019 Standard User CAL', 1, {
          'Licence type': 'Licence only',
          'SA end date': '2027-01-31',
        }),
      ],
      assignments: [],
    });
    expect(findings.map((f) => [f.row, f.column])).toEqual([
      [2, 'I'],
      [3, 'I'],
    ]);
    expect(findings[0].message).toContain('"Gold" does not say whether');
    expect(findings[1].message).toContain('it is read as having no Software Assurance');
  });
});
