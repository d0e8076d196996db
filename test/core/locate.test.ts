import { parseRegister, type SheetGrid } from '../../src/core';
import { columnLetter, locateRegister, rowNumber } from '../../src/core/register/locate';
import { purchase, register, sheet, table, TITLE_ROWS, userCal } from './helpers';

const EX = 'Exchange Server 2019 Standard User CAL';

describe('finding each table', () => {
  test('by sheet name: each template sheet is its table, header on row 1', () => {
    const found = locateRegister(
      register({ purchases: [purchase(EX, 1)], assignments: [userCal(EX, 'dana@contoso.com')] }),
    );
    expect(found.Purchases).toMatchObject({ sheet: 'Purchases', foundBy: 'sheet', headerIndex: 0 });
    expect(found.Assignments).toMatchObject({ sheet: 'Assignments', foundBy: 'sheet' });
    expect(found.Servers).toBeUndefined();
  });

  test('by sheet name, case-insensitively and through sheet aliases', () => {
    const found = locateRegister([
      sheet('PURCHASES', ['LICENCE', 'QUANTITY'], [{ LICENCE: EX, QUANTITY: 1 }]),
      sheet('CAL Assignments', ['licence', 'account'], [{ licence: EX, account: 'a@b.com' }]),
    ]);
    expect(found.Purchases?.sheet).toBe('PURCHASES');
    expect(found.Assignments?.sheet).toBe('CAL Assignments');
    expect(found.Assignments?.foundBy).toBe('sheet');
  });

  test('by Excel table name, in worksheet coordinates, wherever the table sits', () => {
    const grid: SheetGrid = {
      name: 'Data',
      top: 5,
      left: 3,
      rows: [
        ['Licence', 'Quantity', 'Purchase date', 'Invoice number'],
        [EX, 4, 45717, 'INV-1'],
        ['Windows Server 2022 User CAL', 2, 45717, 'INV-2'],
        ['Below the table: not part of it', 99],
      ],
      tables: [{ name: 'Purchases', top: 5, bottom: 7, left: 3, right: 6 }],
    };
    const reg = parseRegister([grid]);
    expect(reg.tables.Purchases).toMatchObject({ sheet: 'Data', table: 'Purchases', headerRow: 5 });
    expect(reg.tables.Purchases?.letters).toMatchObject({ licence: 'C', quantity: 'D' });
    expect(reg.purchases.map((p) => [p.row, p.quantity])).toEqual([
      [6, 4],
      [7, 2],
    ]);
  });

  test('a table name wins over a sheet of the same name', () => {
    const stale = sheet('Purchases', ['Licence', 'Quantity'], [{ Licence: EX, Quantity: 1 }]);
    const current: SheetGrid = {
      ...sheet('Licences 2026', ['Licence', 'Quantity'], [{ Licence: EX, Quantity: 7 }]),
      tables: [{ name: 'Purchases', top: 1, bottom: 2, left: 1, right: 2 }],
    };
    const reg = parseRegister([stale, current]);
    expect(reg.tables.Purchases?.sheet).toBe('Licences 2026');
    expect(reg.purchases.map((p) => p.quantity)).toEqual([7]);
  });

  test('by header detection on an oddly named sheet', () => {
    const found = locateRegister([
      sheet('Sheet1', ['User', 'Email', 'CAL', 'Date assigned'], [{ CAL: EX, Email: 'a@b.com' }]),
      sheet('Bought', ['Product', 'Qty', 'PO number'], [{ Product: EX, Qty: 3 }]),
    ]);
    expect(found.Assignments).toMatchObject({ sheet: 'Sheet1', foundBy: 'headers' });
    expect(found.Purchases).toMatchObject({ sheet: 'Bought', foundBy: 'headers' });
  });

  test('a sheet that looks like no table is not taken for one', () => {
    const found = locateRegister([
      sheet('Notes', ['Topic', 'Owner'], [{ Topic: 'x', Owner: 'y' }]),
    ]);
    expect(found).toEqual({});
  });
});

describe('a title above the header row', () => {
  test('the header is found below the title, and rows are numbered as Excel shows them', () => {
    const grids = register({
      titled: true,
      purchases: [purchase(EX, 1)],
      assignments: [userCal(EX, 'dana@contoso.com'), userCal(EX, 'eve@contoso.com')],
    });
    const reg = parseRegister(grids);
    expect(TITLE_ROWS).toHaveLength(2);
    expect(reg.tables.Assignments?.headerRow).toBe(3);
    expect(reg.assignments.toArray().map((a) => a.row)).toEqual([4, 5]);
    expect(reg.purchases.map((p) => p.row)).toEqual([4]);
  });

  test('a grid that starts below row 1 (top) is numbered from there', () => {
    const grid = { ...table('Assignments', [userCal(EX, 'dana@contoso.com')]), top: 10 };
    const reg = parseRegister([grid]);
    expect(reg.tables.Assignments?.headerRow).toBe(10);
    expect(reg.assignments.at(0).row).toBe(11);
  });

  test('blank rows between data rows are skipped but keep their numbers', () => {
    const grid = table('Assignments', [
      userCal(EX, 'dana@contoso.com'),
      {},
      { Notes: 'only a note' },
      userCal(EX, 'eve@contoso.com'),
    ]);
    const reg = parseRegister([grid]);
    expect(reg.assignments.toArray().map((a) => [a.row, a.account])).toEqual([
      [2, 'dana@contoso.com'],
      [4, ''],
      [5, 'eve@contoso.com'],
    ]);
  });
});

describe('header aliases', () => {
  test.each<[string, string]>([
    ['User', 'assignedTo'],
    ['Email', 'account'],
    ['E-mail', 'account'],
    ['UPN', 'account'],
    ['Date assigned', 'assignedOn'],
    ['Last logon', 'lastActivity'],
    ['Computer name', 'device'],
  ])('Assignments header %j is %s', (header, field) => {
    const found = locateRegister([sheet('Assignments', ['Licence', header, 'Assigned to'], [])]);
    expect(found.Assignments?.columns[field]).toBe(1);
  });

  test.each<[string, string]>([
    ['Qty', 'quantity'],
    ['PO number', 'order'],
    ['Invoice', 'invoice'],
    ['Invoice #', 'invoice'],
    ['Date of purchase', 'purchaseDate'],
    ['Supplier', 'reseller'],
  ])('Purchases header %j is %s', (header, field) => {
    const found = locateRegister([sheet('Purchases', ['Licence', header, 'Count'], [])]);
    expect(found.Purchases?.columns[field]).toBe(1);
  });

  test('headers match case-insensitively, ignoring punctuation and US spelling', () => {
    const found = locateRegister([
      sheet('Purchases', ['LICENSE', 'quantity', 'Purchase Date (UTC)', 'invoice no.'], []),
    ]);
    expect(found.Purchases?.columns).toEqual({
      licence: 0,
      quantity: 1,
      purchaseDate: 2,
      invoice: 3,
    });
  });

  test('unknown columns are ignored, and the fields keep the sheet headers', () => {
    const grid = sheet(
      'Assignments',
      ['Cost centre', 'Licence', 'Employee', 'UPN', 'Manager'],
      [{ 'Cost centre': 'CC-1', Licence: EX, Employee: 'Dana', UPN: 'dana@contoso.com' }],
    );
    const reg = parseRegister([grid]);
    expect(reg.tables.Assignments?.letters).toEqual({
      licence: 'B',
      assignedTo: 'C',
      account: 'D',
    });
    expect(reg.tables.Assignments?.headers).toEqual({
      licence: 'Licence',
      assignedTo: 'Employee',
      account: 'UPN',
    });
    expect(reg.assignments.at(0)).toMatchObject({
      assignedTo: 'Dana',
      account: 'dana@contoso.com',
    });
  });

  test('the first of two columns for the same field wins', () => {
    const grid = sheet(
      'Assignments',
      ['Licence', 'Email', 'UPN'],
      [{ Licence: EX, Email: 'first@contoso.com', UPN: 'second@contoso.com' }],
    );
    expect(parseRegister([grid]).assignments.at(0).account).toBe('first@contoso.com');
  });

  test('a licence spread over Product, Version, Edition and CAL type columns is read whole', () => {
    const grid = sheet(
      'Purchases',
      ['Product', 'Version', 'Edition', 'CAL type', 'Qty'],
      [
        {
          Product: 'Exchange Server',
          Version: 2019,
          Edition: 'Standard',
          'CAL type': 'User CAL',
          Qty: 3,
        },
      ],
    );
    const [line] = parseRegister([grid]).purchases;
    expect(line.licence?.name).toBe(EX);
    expect(line.owned).toBe(3);
  });

  test('a CAL type of User or Device makes the parts a CAL; without one they are a server licence', () => {
    const headers = ['Product', 'Version', 'Edition', 'CAL type'];
    const exchange = { Product: 'Exchange Server', Version: 2019, Edition: 'Standard' };
    const reg = parseRegister([
      sheet(
        'Licences owned',
        [...headers, 'Qty'],
        [
          { ...exchange, 'CAL type': 'User', Qty: 3 },
          { Product: 'Windows Server', Version: '2022', 'CAL type': 'Device', Qty: 5 },
          { ...exchange, Qty: 1 },
        ],
      ),
      sheet(
        'Allocations',
        [...headers, 'User', 'Email'],
        [{ ...exchange, 'CAL type': 'User', User: 'Dana', Email: 'dana@contoso.com' }],
      ),
    ]);
    expect(reg.purchases.map((p) => [p.licence?.name, p.owned])).toEqual([
      [EX, 3],
      ['Windows Server 2022 Device CAL', 5],
      ['Exchange Server 2019 Standard', 1],
    ]);
    expect(reg.assignments.licence(0)?.name).toBe(EX);
  });
});

describe('rowNumber and columnLetter', () => {
  test('count from the grid origin', () => {
    const grid: SheetGrid = { name: 'S', rows: [], top: 3, left: 2 };
    expect(rowNumber(grid, 0)).toBe(3);
    expect(columnLetter(grid, 0)).toBe('B');
    expect(columnLetter({ name: 'S', rows: [] }, 25)).toBe('Z');
    expect(columnLetter({ name: 'S', rows: [] }, 26)).toBe('AA');
    expect(columnLetter({ name: 'S', rows: [] }, 701)).toBe('ZZ');
    expect(columnLetter({ name: 'S', rows: [] }, 702)).toBe('AAA');
  });
});
