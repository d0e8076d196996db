/**
 * Cloud plans in the register: licences CAL Register knows, whose CAL equivalences count only
 * once confirmed (the Cloud rights table, else the shipped rows, confirmed where a Microsoft
 * source was read), and which the JSON lists with whether each was confirmed.
 */
import { toJson } from '../../src/core';
import {
  findingsOf,
  purchase,
  register,
  run,
  SERVER_LICENCES,
  sheet,
  userCal,
  where,
} from './helpers';

const EX = 'Exchange Server 2019 Standard User CAL';
const WIN = 'Windows Server 2022 User CAL';
const RIGHTS_HEADERS = ['Plan', 'Stands for (CALs)', 'Confirmed', 'Source'];

/** dana holds an Exchange CAL, a Windows Server CAL and Microsoft 365 E3. */
const spec = {
  purchases: [
    ...SERVER_LICENCES,
    purchase(EX, 1),
    purchase(WIN, 1),
    purchase('Microsoft 365 E3', 1),
  ],
  assignments: [
    userCal(EX, 'dana@contoso.com'),
    userCal(WIN, 'dana@contoso.com'),
    userCal('Microsoft 365 E3', 'dana@contoso.com'),
  ],
};

const rights = (confirmed: string) =>
  sheet('Cloud rights', RIGHTS_HEADERS, [
    {
      Plan: 'Microsoft 365 E3',
      'Stands for (CALs)': 'Exchange Server Standard CAL; Exchange Server Enterprise CAL',
      Confirmed: confirmed,
      Source: 'Product Terms, checked 2026-11-02',
    },
  ]);

test('a plan is a licence of its own: never "not a product CAL Register knows"', () => {
  const result = run(register(spec));
  expect(findingsOf(result, 'REG-INVALID')).toEqual([]);
  expect(result.summary.verdict).not.toBe('incomplete');
});

test('unconfirmed equivalences change nothing; the JSON lists them as not confirmed', () => {
  const result = run(register(spec));
  expect(findingsOf(result, 'CAL-SURPLUS').filter((f) => f.row !== undefined)).toEqual([]);
  const json = toJson(result);
  expect(json.cloudRights).toEqual([
    {
      plan: 'Microsoft 365 E3',
      standsFor: expect.arrayContaining([
        expect.objectContaining({ cal: 'Exchange Server Standard User CAL', confirmed: false }),
      ]),
    },
  ]);
});

test('confirmed in the Cloud rights table: the CAL held beside the plan can be freed', () => {
  const result = run([...register(spec), rights('Yes')]);
  const freed = findingsOf(result, 'CAL-SURPLUS').filter((f) => f.row !== undefined);
  expect(freed.map(where)).toEqual([
    {
      rule: 'CAL-SURPLUS',
      severity: 'info',
      sheet: 'Assignments',
      row: 2,
      column: 'A',
      key: 'dana@contoso.com',
      licence: EX,
    },
  ]);
  expect(freed[0].message).toContain('Microsoft 365 E3, which stands for it');
  expect(toJson(result).cloudRights?.[0].standsFor).toEqual([
    {
      cal: 'Exchange Server Standard User CAL',
      confirmed: true,
      source: 'Cloud rights row 2',
    },
    {
      cal: 'Exchange Server Enterprise User CAL',
      confirmed: true,
      source: 'Cloud rights row 2',
    },
  ]);
});

test('a confirmed plan stands in for the base CAL and for the use evidence shows', () => {
  const grids = [
    ...register({
      purchases: [
        ...SERVER_LICENCES,
        purchase('Exchange Server 2019 Enterprise User CAL', 1),
        purchase(WIN, 1),
      ],
      assignments: [
        userCal('Exchange Server 2019 Enterprise User CAL', 'eve@contoso.com'),
        userCal(WIN, 'eve@contoso.com'),
        userCal('Microsoft 365 E3', 'eve@contoso.com'),
      ],
      usage: [{ Account: 'eve@contoso.com', 'Licence required': 'Exchange Server Standard CAL' }],
    }),
    rights('Yes'),
  ];
  const result = run(grids);
  expect(findingsOf(result, 'CAL-NO-BASE')).toEqual([]);
  expect(findingsOf(result, 'CAL-UNASSIGNED-USE')).toEqual([]);
  const unconfirmed = run([...grids.slice(0, -1), rights('No')]);
  expect(findingsOf(unconfirmed, 'CAL-NO-BASE')).toHaveLength(1);
});

test('a Cloud rights row that cannot be read is reported, and confirms nothing', () => {
  const result = run([
    ...register(spec),
    sheet('Cloud rights', RIGHTS_HEADERS, [
      {
        Plan: 'Contoso Cloud Plan 9',
        'Stands for (CALs)': 'Exchange Server Standard CAL',
        Confirmed: 'Yes',
      },
      {
        Plan: 'Microsoft 365 E3',
        'Stands for (CALs)': 'Exchange Server Standard CAL',
        Confirmed: 'perhaps',
      },
    ]),
  ]);
  expect(findingsOf(result, 'REG-INVALID').map((f) => [f.sheet, f.row, f.column])).toEqual([
    ['Cloud rights', 2, 'A'],
    ['Cloud rights', 3, 'C'],
  ]);
  expect(findingsOf(result, 'CAL-SURPLUS').filter((f) => f.row !== undefined)).toEqual([]);
});

test('holders with only a plan whose rights are not confirmed: the verdict cannot confirm, and says why', () => {
  const cloudOnly = {
    purchases: [
      purchase('Exchange Server SE Standard', 1, {
        'SA end date': '2027-06-30',
        'Licence type': 'Subscription',
      }),
      purchase('Microsoft 365 E3', 2),
    ],
    assignments: [
      userCal('Microsoft 365 E3', 'ann@contoso.com'),
      userCal('Microsoft 365 E3', 'bob@contoso.com'),
    ],
    settings: { 'Relies on Microsoft 365 Extended Use Rights': 'Yes' },
  };
  const result = run(register(cloudOnly));
  expect(result.summary.verdict).toBe('incomplete');
  expect(result.summary.incomplete).toContainEqual(
    '2 holders with only a cloud plan whose Cloud rights are not confirmed (the CALs they may need were not checked)',
  );
  // Confirmed in the workbook: the plan counts as the CALs it stands for, and this reason goes.
  const confirmed = run([...register(cloudOnly), rights('Yes')]);
  expect(confirmed.summary.incomplete ?? []).not.toContainEqual(
    expect.stringContaining('cloud plan'),
  );
  // A holder who also holds a CAL is judged by the rules, not by this reason (dana, above).
  expect(run(register(spec)).summary.incomplete ?? []).not.toContainEqual(
    expect.stringContaining('cloud plan'),
  );
});
