/** Planning rows for the admin's Usage table: its own column order, text as text, dates as serials. */
import {
  dayToSerial,
  isoToDay,
  LISTS_EVERY_ACCOUNT_OF,
  LISTS_EVERY_USER,
  templateHeaders,
} from '../../src/core';
import type { UsageTableRow } from '../../src/core/evidence';
import {
  WorkbookError,
  DATE_FORMAT,
  planUsageAppend,
  usageColumnsToAdd,
} from '../../src/excel/shared';

const day = (iso: string) => isoToDay(iso) ?? NaN;

const ROWS: UsageTableRow[] = [
  {
    account: 'dana.scott@contoso.com',
    licence: 'Windows Server User CAL',
    lastLogon: day('2026-11-20'),
    source: 'Get-ADUser, ad-users.csv',
    capturedOn: day('2026-11-26'),
  },
  {
    account: '=HYPERLINK("http://x")',
    licence: '',
    source: 'Get-ADUser, ad-users.csv',
    capturedOn: day('2026-11-26'),
    status: 'Disabled',
  },
];

test('the template table: every field in its column, text formatted as text, dates as serials', () => {
  const headers = ['Account', 'Licence required', 'Last logon', 'Source', 'Captured on', 'Status'];
  const plan = planUsageAppend(headers, ROWS, false);
  expect(plan.addHeaders).toEqual([]);
  expect(plan.width).toBe(6);
  expect(plan.values).toEqual([
    [
      'dana.scott@contoso.com',
      'Windows Server User CAL',
      dayToSerial(day('2026-11-20')),
      'Get-ADUser, ad-users.csv',
      dayToSerial(day('2026-11-26')),
      '',
    ],
    ['=HYPERLINK("http://x")', '', '', 'Get-ADUser, ad-users.csv', 46352, 'Disabled'],
  ]);
  expect(plan.formats[0]).toEqual(['@', '@', DATE_FORMAT, '@', DATE_FORMAT, '@']);
  expect(plan.formats).toHaveLength(2);
});

test("an admin's own headers (aliases, other order, extra columns) are kept; missing ones are added at the right", () => {
  const headers = ['Notes', 'UPN', 'LastLogonTime', 'Report', ''];
  const plan = planUsageAppend(headers, ROWS.slice(0, 1), false);
  expect(plan.addHeaders).toEqual(['Licence required', 'Captured on', 'Status']);
  expect(plan.width).toBe(8);
  const [row] = plan.values;
  // The admin's Notes column and the unnamed one are left alone (null: no change).
  expect(row[0]).toBeNull();
  expect(row[4]).toBeNull();
  expect(row[1]).toBe('dana.scott@contoso.com');
  expect(row[2]).toBe(dayToSerial(day('2026-11-20')));
  expect(row[3]).toBe('Get-ADUser, ad-users.csv');
  expect(row.slice(5)).toEqual(['Windows Server User CAL', dayToSerial(day('2026-11-26')), '']);
  expect(plan.formats[0]).toEqual([null, '@', DATE_FORMAT, '@', null, '@', DATE_FORMAT, '@']);
});

test('a 1904 workbook gets 1904 serials', () => {
  const headers = ['Account', 'Last logon'];
  const [row] = planUsageAppend(headers, ROWS.slice(0, 1), true).values;
  expect(row[1]).toBe(dayToSerial(day('2026-11-20')) - 1462);
});

test('a table without an Account column is refused: the engine would not read it as Usage', () => {
  expect(() => planUsageAppend(['Server', 'Last logon'], ROWS, false)).toThrow(WorkbookError);
  expect(() => planUsageAppend(['Server', 'Last logon'], ROWS, false)).toThrow(
    'The Usage table has no Account column',
  );
});

describe('the columns that say what a source lists in full', () => {
  const TEMPLATE = templateHeaders('Usage');
  const OLD = TEMPLATE.slice(0, 6);
  const complete: UsageTableRow = { ...ROWS[0], listsEveryUser: true };
  const domain: UsageTableRow = { ...ROWS[0], listsEveryAccountOf: ['CONTOSO', 'FABRIKAM'] };

  test('the template table gets Yes or No, and the domains separated by commas', () => {
    const plan = planUsageAppend(TEMPLATE, [complete, domain, ROWS[0]], false);
    expect(plan.addHeaders).toEqual([]);
    expect(plan.values.map((row) => row.slice(6))).toEqual([
      ['Yes', ''],
      ['No', 'CONTOSO, FABRIKAM'],
      ['No', ''],
    ]);
    expect(plan.formats[0].slice(6)).toEqual(['@', '@']);
  });

  test('a table without them gets only the one an import has something to say in', () => {
    expect(usageColumnsToAdd(OLD, ROWS)).toEqual([]);
    expect(usageColumnsToAdd(OLD, [ROWS[0], complete])).toEqual([LISTS_EVERY_USER]);
    expect(usageColumnsToAdd(OLD, [domain])).toEqual([LISTS_EVERY_ACCOUNT_OF]);
    expect(planUsageAppend(OLD, [domain], false).values[0].slice(6)).toEqual(['CONTOSO, FABRIKAM']);
  });

  test("Yes and No in the language of the table's own header", () => {
    const french = [...OLD, 'Liste tous les utilisateurs de la CAL'];
    expect(planUsageAppend(french, [complete, ROWS[0]], false).values.map((r) => r[6])).toEqual([
      'Oui',
      'Non',
    ]);
  });
});
