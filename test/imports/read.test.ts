/**
 * Reading licence exports: each format recognised by its header row, its lines read into
 * register rows, and every file that cannot be used refused with one sentence.
 */
import {
  planImport,
  readImport,
  readImportText,
  isImportProblem,
  parseRegister,
  type ImportFile,
  type ImportProblem,
} from '../../src/core';
import { judgeLicence, readQuantity } from '../../src/core/imports';
import { purchase, register } from '../core/helpers';
import { fixtureFile } from './helpers';

function read(name: string, licence?: string): ImportFile {
  const { file, bytes } = fixtureFile(name);
  const result = readImport(bytes, { source: file, ...(licence ? { licence } : {}) });
  if (isImportProblem(result)) throw new Error(result.message);
  return result;
}

function problemOf(text: string | Uint8Array, source = 'export.csv'): ImportProblem {
  const result =
    typeof text === 'string' ? readImportText(text, { source }) : readImport(text, { source });
  if (!isImportProblem(result)) throw new Error(`read as ${result.format}`);
  return result;
}

describe('each export is recognised by its header row', () => {
  test.each([
    ['snipeit-licenses-export', 'snipeit-licenses', 'Snipe-IT Licenses > Export'],
    ['snipeit-licenses-list', 'snipeit-license-list', 'Snipe-IT Licenses list (export button)'],
    ['snipeit-license-report', 'snipeit-license-report', 'Snipe-IT Reports > Licenses'],
    ['snipeit-seats', 'snipeit-seats', 'Snipe-IT licence seats (export button)'],
    ['glpi-licences', 'glpi-licences', 'GLPI licences (Management > Licenses, Export CSV)'],
    ['glpi11-licences', 'glpi-licences', 'GLPI licences (Management > Licenses, Export CSV)'],
    [
      'glpi-licences-excel-ansi',
      'glpi-licences',
      'GLPI licences (Management > Licenses, Export CSV)',
    ],
    [
      'configmgr-license-statement',
      'configmgr-license-statement',
      'ConfigMgr General License Statement',
    ],
    ['m365-vl-orders', 'm365-orders', 'Microsoft 365 admin center volume licensing orders'],
    ['m365-license-summary', 'm365-license-summary', 'Microsoft 365 admin center license summary'],
  ])('%s', (name, format, label) => {
    expect(read(name)).toMatchObject({ format, label });
  });
});

describe('Snipe-IT Licenses > Export', () => {
  const file = read('snipeit-licenses-export');

  test('the header row written again every 500 licences is skipped, and said once', () => {
    expect(file.lines).toBe(505);
    expect(file.notes[0]).toBe(
      'The header row is repeated on line 502 (Snipe-IT writes it again every 500 licences): skipped.',
    );
    // The line after it is read like any other.
    expect(file.purchases.at(-1)).toMatchObject({
      licence: 'Windows Server 2019 User CAL',
      line: 507,
      quantity: 50,
    });
  });

  test('the 495 lines of other software and Office are one note; Microsoft 365 E3 is a cloud plan the register keeps', () => {
    expect(file.purchases).toHaveLength(10);
    expect(file.purchases.find((p) => p.line === 10)?.licence).toBe('Microsoft 365 E3');
    expect(file.notes.filter((n) => n.includes('left out'))).toEqual([
      '495 lines name no Microsoft server product or CAL (another publisher, Office, a Windows client, a cloud subscription) and were left out, e.g. "Office LTSC Standard 2021" (line 11), "Adobe Acrobat Pro DC - Finance 01" (line 12), "Sophos Central Intercept X Advanced - Sales 01" (line 13), ....',
    ]);
  });

  test('a line keeps the names Snipe-IT gives, its order numbers, dates and its file and line', () => {
    expect(file.purchases[1]).toEqual({
      source: 'licenses-2026-11-27-101500.csv',
      line: 3,
      licence: 'Windows Server 2022 User CAL',
      read: true,
      quantity: 120,
      purchaseDate: 19402,
      invoice: '',
      order: 'SO-88123 / PO-4500017',
      reseller: 'SoftwareONE',
      agreement: '',
      proofLocation: '',
      notes: 'Snipe-IT Licenses > Export: licenses-2026-11-27-101500.csv, line 3',
    });
  });

  test('a pack is counted in CALs, and the wording of the export is kept in the notes', () => {
    expect(file.purchases.find((p) => p.line === 7)).toMatchObject({
      licence: 'Windows Server 2022 Device CAL',
      quantity: 30,
      notes:
        'Warehouse scanners, "shared" PCs; "Windows Server 2022 CAL 5 Device" in the export; 6 × 5-pack; Snipe-IT Licenses > Export: licenses-2026-11-27-101500.csv, line 7',
    });
  });

  test('a Microsoft CAL that cannot be read is written as read, and said', () => {
    expect(file.purchases.find((p) => p.line === 9)).toMatchObject({
      licence: 'Windows Server CAL',
      read: false,
      quantity: 10,
    });
    expect(file.notes).toContain(
      '1 line could not be read as a licence and is written as read from the export, for you to correct in the register: "Windows Server CAL" (line 9: no version).',
    );
  });
});

test('Snipe-IT Licenses list: Total is the quantity; the footer of sums is no licence', () => {
  const file = read('snipeit-licenses-list');
  expect(file.purchases.map((p) => [p.licence, p.quantity])).toEqual([
    ['Windows Server 2022 User CAL', 120],
    ['Exchange Server 2019 Standard User CAL', 100],
    ['Exchange Server 2019 Standard', 1],
    ['Windows Server 2022 Standard', 2],
  ]);
  expect(file.notes).toContain(
    '1 line without a licence name (line 8, e.g. a totals row) was left out.',
  );
});

test('Snipe-IT Reports > Licenses has no order numbers: said once, not per line', () => {
  const file = read('snipeit-license-report');
  expect(file.purchases.every((p) => p.order === '' && p.invoice === '')).toBe(true);
  expect(file.notes.filter((n) => n.includes('proof of purchase'))).toEqual([
    "Reports > Licenses has no order or invoice numbers: each line's proof of purchase must be added in the register (Snipe-IT's Licenses > Export has Order Number and Purchase Order Number).",
  ]);
});

describe('Snipe-IT seat list', () => {
  test('its licence comes from the file name; free seats are left out; an asset is a device', () => {
    const file = read('snipeit-seats');
    expect(file.assignments).toHaveLength(8);
    expect(file.assignments.every((a) => a.licence === 'Windows Server 2022 User CAL')).toBe(true);
    expect(file.assignments.find((a) => a.line === 8)).toMatchObject({
      assignedTo: '',
      account: '',
      device: 'PC-042',
    });
    expect(file.notes).toEqual([
      'The seats are taken as Windows Server 2022 User CAL, as the file name says; give --licence to name another CAL.',
      '3 free seats (no user, e-mail or asset) were left out.',
      "The seat list gives no checkout dates: fill in Assigned on from each seat's history in Snipe-IT.",
    ]);
  });

  test('--licence names the CAL instead', () => {
    const file = read('snipeit-seats', 'Windows Server 2025 Device CAL');
    expect(file.assignments[0].licence).toBe('Windows Server 2025 Device CAL');
    expect(file.notes[0]).toBe('The seats are recorded as Windows Server 2025 Device CAL.');
  });

  test('without a licence in its name or --licence, it is refused', () => {
    const { bytes } = fixtureFile('snipeit-seats');
    expect(problemOf(bytes, 'seats.csv')).toEqual({
      problem: 'no-licence',
      message:
        'A Snipe-IT seat list names no licence, and its file name "seats.csv" does not say which CAL it is either: give the licence with --licence, e.g. --licence "Windows Server 2022 User CAL".',
    });
  });

  test('a licence that names no kind is refused, not guessed', () => {
    const { bytes } = fixtureFile('snipeit-seats');
    const result = readImport(bytes, { source: 'x.csv', licence: 'Windows Server 2022 CAL' });
    expect(result).toEqual({
      problem: 'no-licence',
      message:
        'The seats cannot be recorded against "Windows Server 2022 CAL": it names neither User nor Device. Give the CAL with --licence, e.g. --licence "Windows Server 2022 User CAL".',
    });
  });
});

describe('GLPI', () => {
  test('the licence name is completed by Software and Purchase version; Type is no CAL kind', () => {
    const file = read('glpi-licences');
    expect(file.purchases.map((p) => [p.licence, p.quantity])).toEqual([
      ['Windows Server 2022 User CAL', 80],
      ['Exchange Server 2019 Standard User CAL', 60],
      ['Exchange Server 2016 Enterprise User CAL', 20],
      ['Windows Server 2022 Standard', 4],
      ['SQL Server 2019 Device CAL', undefined],
    ]);
    expect(file.purchases[2].notes).toContain(
      "the export's Purchase version says 2019, the licence 2016",
    );
    expect(file.notes).toContain(
      '1 line says two things: "Exchange Server 2016 Enterprise User CAL" (line 4: Purchase version 2019); the licence name is kept, and the line\'s Notes say what the column says: check which is right.',
    );
    expect(file.notes).toContain(
      '1 quantity could not be read ("Unlimited" (line 6)) and is left empty: enter the number of licences bought.',
    );
  });

  test("GLPI 10's quotes written as two apostrophes and its ; after every value are read", () => {
    const file = read('glpi-licences');
    expect(file.notes[0]).toContain("\"Office 2021 ''Standard''\" (line 7)");
    expect(file.purchases[0]).toMatchObject({
      order: 'PO-2023-114',
      invoice: 'F-2023-0456',
      reseller: 'Bechtle',
    });
  });

  test("GLPI 11 (UTF-8 without BOM, CRLF, day-first dates) and Excel's Windows-1252 copy", () => {
    const glpi11 = read('glpi11-licences');
    expect(glpi11.purchases[1]).toMatchObject({
      reseller: 'Société Générale Informatique',
      purchaseDate: 19431,
      saEnd: 20818,
    });
    const ansi = read('glpi-licences-excel-ansi');
    expect(ansi.purchases[0]).toMatchObject({
      reseller: 'Société Générale Informatique',
      purchaseDate: 19431,
    });
  });

  test('a list without the Number column is refused: it says no quantity', () => {
    const text = '"Name";"Software";"Type";\n"User CAL";"Microsoft Windows Server";"Volume";\n';
    expect(problemOf(text)).toEqual({
      problem: 'missing-column',
      message:
        "The GLPI licence list export has no Number column, so it says no quantity: add the Number column to the licence list (the list's column settings) so each licence says how many were bought, and export again.",
    });
  });
});

test('ConfigMgr: Version completes the name, a build number does not; SupportPurchased 0 is yes', () => {
  const file = read('configmgr-license-statement');
  expect(file.purchases.map((p) => [p.licence, p.quantity, p.saEnd])).toEqual([
    ['Windows Server 2022 User CAL', 120, 20497],
    ['Exchange Server 2019 Standard User CAL', 100, undefined],
    ['Exchange Server 2019 Standard', 1, undefined],
    ['SharePoint Server 2019 Enterprise Device CAL', 10, undefined],
  ]);
  expect(file.purchases[3].reseller).toBe('Bechtle Österreich');
  expect(file.notes[0]).toBe(
    '2 lines name no Microsoft server product or CAL (another publisher, Office, a Windows client, a cloud subscription) and were left out, e.g. "Adobe Acrobat Reader DC" (line 6), "Microsoft 365 Apps for enterprise" (line 7).',
  );
});

test('Microsoft 365 orders: price-list descriptions, the reseller order number and the licence ID', () => {
  const file = read('m365-vl-orders');
  expect(file.purchases[0]).toMatchObject({
    licence: 'Windows Server 2022 User CAL',
    quantity: 120,
    purchaseDate: 19402,
    order: '4500017123',
    agreement: '87654321',
    reseller: 'SoftwareONE',
  });
  expect(file.purchases[0].notes).toContain('customer order number CON-PO-1187');
});

test('Microsoft 365 license summary: entitlements, online services left out', () => {
  const file = read('m365-license-summary');
  expect(file.purchases.every((p) => p.entitlement)).toBe(true);
  expect(file.notes).toContain(
    '1 line of online services or subscriptions was left out: they are not CALs.',
  );
});

describe('files that cannot be imported', () => {
  test.each<[string, string | Uint8Array, ImportProblem['problem'], RegExp]>([
    ['empty', '', 'empty', /^The file is empty/],
    [
      'a workbook',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      'not-csv',
      /is a workbook, not CSV/,
    ],
    [
      'binary',
      new Uint8Array(Array.from({ length: 300 }, (_, i) => (i * 37) % 256)),
      'encoding',
      /not text/,
    ],
    ['JSON', '[{"Name":"x"}]', 'not-csv', /not CSV/],
    ['HTML', '<table><tr><td>x</td></tr></table>', 'not-csv', /not CSV/],
    [
      'an unrelated CSV',
      '"Given name","Surname"\n"Dana","Scott"\n',
      'unknown-format',
      /^The columns "Given name", "Surname" match no licence export/,
    ],
    ['header only', 'Name,Publisher,Version,Language,EffectiveQuantity\n', 'no-rows', /no rows/],
    [
      'cut short',
      'Name,Publisher,Version,Language,EffectiveQuantity\n"Windows Server User CAL,Microsoft',
      'truncated',
      /stops in the middle of line 2/,
    ],
  ])('%s', (_, input, problem, message) => {
    const result = problemOf(input);
    expect(result.problem).toBe(problem);
    expect(result.message).toMatch(message);
  });
});

describe('judgeLicence and readQuantity', () => {
  test.each([
    ['WinSvrCAL 2022 SNGL OLP NL UsrCAL', '', 'read'],
    ['Exchange Server 2019 Standard', '', 'read'],
    ['Adobe Acrobat Pro DC', '', 'not-cal'],
    // A cloud plan: a licence of its own (its CAL equivalences are the Cloud rights table's).
    ['Microsoft 365 E3', 'Microsoft', 'read'],
    ['Windows 11 Enterprise', '', 'not-cal'],
    ['Exhange 2019 User CAL', '', 'unread'],
    ['Windows Server CAL', '', 'unread'],
    ['Windows Server 2022 User CAL', 'Citrix Systems', 'not-cal'],
  ])('%j (publisher %j) is %s', (text, publisher, kind) => {
    expect(judgeLicence(text, publisher).kind).toBe(kind);
  });

  test.each<[string, number | undefined]>([
    ['25', 25],
    ['1,250', 1250],
    ['1 250', 1250],
    ['1.250', 1250],
    ['25.00', 25],
    ['Unlimited', undefined],
    ['-1', undefined],
    ['', undefined],
  ])('quantity %j is %s', (text, expected) => expect(readQuantity(text)).toBe(expected));
});

describe('planImport', () => {
  const orders = read('m365-vl-orders');
  const summary = read('m365-license-summary');

  test('a summary line whose licence the orders count is left out, with both counts', () => {
    const plan = planImport([orders, summary]);
    expect(plan.purchases.filter((p) => p.entitlement).map((p) => p.licence)).toEqual([
      'SQL Server 2019 Standard',
    ]);
    // A summary line without a kind is covered by orders of its product and version.
    expect(plan.notes[0]).toContain(
      '"2022 Remote Desktop Services CAL" (line 7: 25 in the summary, 25 of Remote Desktop Services 2022 User CAL in the orders)',
    );
    expect(plan.notes[0]).toMatch(
      /^6 license summary lines are left out because imported orders already count those licences: "Windows Server 2022 User CAL" \(line 2: 120 in the summary, 120 in the orders\)/,
    );
  });

  test('a line the register has is not added again; other lines are', () => {
    const existing = parseRegister(
      register({
        purchases: [
          purchase('Windows Server 2022 User CAL', 120, {
            'Order number': '4500017123',
            'Purchase date': '2023-02-14',
          }),
        ],
      }),
    );
    const plan = planImport([orders], { register: existing, name: 'register.xlsx' });
    expect(plan.purchases.map((p) => p.line)).toEqual([3, 4, 5, 6, 7]);
    expect(plan.notes).toContain('1 line is already in register.xlsx and was not added again.');
  });

  test('the same export twice adds its lines once; a licence from two sources is said', () => {
    const twice = planImport([
      orders,
      {
        ...orders,
        source: 'copy.csv',
        purchases: orders.purchases.map((p) => ({ ...p, source: 'copy.csv' })),
      },
    ]);
    expect(twice.purchases).toHaveLength(6);
    expect(twice.notes).toEqual([
      '6 lines repeat a line of an export imported before them in the same run and were not added twice.',
    ]);
    const snipe = read('snipeit-license-report');
    const both = planImport([snipe, orders]);
    expect(both.notes[0]).toMatch(
      /^4 licences are bought in more than one source \(Windows Server 2022 User CAL: license-report-2026-11-27\.csv line 2 and VLOrders\.csv line 2;/,
    );
  });
});
