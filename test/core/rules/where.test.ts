/** Where a finding points (sheet, row, column letter) and how it names an imported row. */
import { parseRegister } from '../../../src/core';
import type { UsageRecord } from '../../../src/core/register/records';
import { aboutUsage, hasIssue, headerOf, placed } from '../../../src/core/rules/where';
import { register, sheet, TITLE_ROWS, userCal } from '../helpers';

const said = { message: 'Something is wrong.', fix: 'Mend it.' };
const EX = 'Exchange Server 2019 Standard User CAL';

describe('placed', () => {
  const parsed = parseRegister(register({ assignments: [userCal(EX, 'dana@contoso.com')] }));

  test("points at the field's column of the table's sheet, keyed and about a licence", () => {
    expect(
      placed(parsed, {
        table: 'Assignments',
        row: 2,
        field: 'account',
        key: 'dana@contoso.com',
        licence: EX,
        ...said,
      }),
    ).toEqual({
      sheet: 'Assignments',
      row: 2,
      column: 'C',
      key: 'dana@contoso.com',
      licence: EX,
      message: said.message,
      fix: said.fix,
    });
  });

  test('no field, or a field the table lacks: no column; an empty key is no key', () => {
    const whole = placed(parsed, { table: 'Assignments', row: 2, key: '', ...said });
    expect(whole).toMatchObject({ sheet: 'Assignments', row: 2 });
    expect(whole.column).toBeUndefined();
    expect(whole.key).toBeUndefined();
    expect(
      placed(parsed, { table: 'Purchases', row: 5, field: 'quantity', key: 'x', ...said }).sheet,
    ).toBeUndefined();
  });

  test('a licence written over Product, Version, Edition and CAL type points at Product', () => {
    const grids = [
      sheet(
        'Purchases',
        ['Invoice number', 'Product', 'Version', 'Edition', 'CAL type', 'Quantity'],
        [
          {
            'Invoice number': 'INV-1',
            Product: 'Exchange Server',
            Version: '2019',
            Edition: 'Standard',
            'CAL type': 'User',
            Quantity: 5,
          },
        ],
        TITLE_ROWS,
      ),
    ];
    const split = parseRegister(grids);
    expect(
      placed(split, { table: 'Purchases', row: 4, field: 'licence', licence: EX, ...said }).column,
    ).toBe('B');
  });
});

describe('aboutUsage', () => {
  const parsed = parseRegister(register({ usage: [{ Account: 'dana@contoso.com' }] }));
  const fromTable: UsageRecord = {
    row: 2,
    account: 'dana@contoso.com',
    accountKey: 'dana@contoso.com',
    licenceText: '',
    source: 'Get-ADUser',
    issues: undefined,
  };
  const imported: UsageRecord = { ...fromTable, row: 8, source: 'Get-ADUser, ad.csv', evidence: 0 };

  test('a Usage table row: on its sheet, row and column', () => {
    expect(placed(parsed, aboutUsage(fromTable, { field: 'account', ...said }))).toMatchObject({
      sheet: 'Usage',
      row: 2,
      column: 'A',
      key: 'dana@contoso.com',
      message: said.message,
    });
  });

  test('an imported row: on no sheet, its file and line added to the message once', () => {
    const finding = placed(
      parsed,
      aboutUsage(imported, { field: 'account', licence: EX, ...said }),
    );
    expect(finding).toMatchObject({ key: 'dana@contoso.com', licence: EX });
    expect(finding.sheet).toBeUndefined();
    expect(finding.row).toBeUndefined();
    expect(finding.message).toBe('Something is wrong. (line 8 of Get-ADUser, ad.csv)');
    expect(
      placed(
        parsed,
        aboutUsage(imported, { field: 'account', licence: EX, lineNamed: true, ...said }),
      ).message,
    ).toBe(said.message);
  });
});

test('headerOf: the header as the sheet writes it, else as the template does', () => {
  const grids = [sheet('Assignments', ['Licence', 'User', 'UPN'], [{ Licence: EX, UPN: 'a@b.c' }])];
  const parsed = parseRegister(grids);
  expect(headerOf(parsed, 'Assignments', 'account')).toBe('UPN');
  expect(headerOf(parsed, 'Assignments', 'assignedOn')).toBe('Assigned on');
  expect(headerOf(parsed, 'Purchases', 'licence')).toBe('Licence');
});

test('hasIssue: whether a field is among the issues', () => {
  const issues = [{ field: 'account', problem: { problem: 'bad-account' as const, text: 'x' } }];
  expect(hasIssue(issues, 'account')).toBe(true);
  expect(hasIssue(issues, 'status')).toBe(false);
  expect(hasIssue(undefined, 'account')).toBe(false);
});
