import { allowedReason } from '../../../src/core/rules/cal-reassigned-early';
import { check, deviceCal, purchase, SERVER_LICENCES, userCal, where, type Row } from '../helpers';

const EX = 'Exchange Server 2019 Standard User CAL';
const WIN = 'Windows Server 2022 User CAL';
const WIN_DEVICE = 'Windows Server 2022 Device CAL';
const purchases = [
  ...SERVER_LICENCES,
  purchase(EX, 10),
  purchase(WIN, 10),
  purchase(WIN_DEVICE, 5),
];

/** Dana held the CAL from 2025-01-01; Eve took it over `days` days later. */
function handover(days: number, extra: Row = {}, licence = EX): Row[] {
  const on = new Date(Date.UTC(2025, 0, 1 + days)).toISOString().slice(0, 10);
  return [
    userCal(licence, 'dana@contoso.com', { 'Assigned on': '2025-01-01', Status: 'Left' }),
    userCal(licence, 'eve@contoso.com', {
      'Assigned on': on,
      'Reassigned from': 'dana@contoso.com',
      ...extra,
    }),
  ];
}

describe('CAL-REASSIGNED-EARLY', () => {
  test('reassigned 89 days after the last assignment: flagged at Assigned on (E)', () => {
    const findings = check('CAL-REASSIGNED-EARLY', {
      purchases,
      titled: true,
      assignments: handover(89),
    });
    expect(findings.map(where)).toEqual([
      {
        rule: 'CAL-REASSIGNED-EARLY',
        severity: 'warning',
        sheet: 'Assignments',
        row: 5,
        column: 'E',
        key: 'eve@contoso.com',
        licence: EX,
      },
    ]);
    expect(findings[0].message).toContain('from dana@contoso.com to eve@contoso.com 89 days');
    expect(findings[0].message).toContain('assigned on 2025-01-01');
  });

  test('exactly 90 days later is allowed', () => {
    expect(check('CAL-REASSIGNED-EARLY', { purchases, assignments: handover(90) })).toEqual([]);
  });

  test('the same day is flagged (0 days)', () => {
    const findings = check('CAL-REASSIGNED-EARLY', { purchases, assignments: handover(0) });
    expect(findings.map((f) => f.key)).toEqual(['eve@contoso.com']);
    expect(findings[0].message).toContain('0 days');
  });

  test.each([
    'Hardware failure',
    'laptop stolen',
    'End of employment',
    'Dana left the company',
    'Temporary cover for Dana',
    'Cover during sick leave',
  ])('an allowed reason (%j) permits an early reassignment', (reason) => {
    const findings = check('CAL-REASSIGNED-EARLY', {
      purchases,
      assignments: handover(10, { Reason: reason }),
    });
    expect(findings).toEqual([]);
  });

  test.each([
    'Reorganisation',
    'Moved to sales',
    'Needed it more',
    'Left the project team',
    'Replaced with a newer model',
  ])('any other reason (%j) does not', (reason) => {
    const findings = check('CAL-REASSIGNED-EARLY', {
      purchases,
      assignments: handover(10, { Reason: reason }),
    });
    expect(findings).toHaveLength(1);
  });

  test('the previous holder can be named by display name', () => {
    const findings = check('CAL-REASSIGNED-EARLY', {
      purchases,
      assignments: handover(30, { 'Reassigned from': 'DANA' }),
    });
    expect(findings.map((f) => f.key)).toEqual(['eve@contoso.com']);
  });

  test('the gap is from the latest earlier assignment of the same CAL', () => {
    const findings = check('CAL-REASSIGNED-EARLY', {
      purchases,
      assignments: [
        userCal(EX, 'dana@contoso.com', { 'Assigned on': '2024-01-01' }),
        userCal(EX, 'dana@contoso.com', { 'Assigned on': '2025-05-01' }),
        userCal(EX, 'eve@contoso.com', {
          'Assigned on': '2025-06-01',
          'Reassigned from': 'dana@contoso.com',
        }),
      ],
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('31 days');
  });

  test("the previous holder's other CALs do not count", () => {
    const findings = check('CAL-REASSIGNED-EARLY', {
      purchases,
      assignments: [
        userCal(WIN, 'dana@contoso.com', { 'Assigned on': '2025-05-01' }),
        userCal(EX, 'eve@contoso.com', {
          'Assigned on': '2025-06-01',
          'Reassigned from': 'dana@contoso.com',
        }),
      ],
    });
    expect(findings).toEqual([]);
  });

  test('Device CALs: reassigned from one device to another', () => {
    const findings = check('CAL-REASSIGNED-EARLY', {
      purchases,
      assignments: [
        deviceCal(WIN_DEVICE, 'PC-0001', { 'Assigned on': '2025-01-01' }),
        deviceCal(WIN_DEVICE, 'PC-0002', {
          'Assigned on': '2025-02-01',
          'Reassigned from': 'PC-0001',
        }),
      ],
    });
    expect(findings.map((f) => [f.row, f.key])).toEqual([[3, 'PC-0002']]);
  });

  test('no "Reassigned from", or a previous holder not in the register: nothing to judge', () => {
    const findings = check('CAL-REASSIGNED-EARLY', {
      purchases,
      assignments: [
        userCal(EX, 'dana@contoso.com', { 'Assigned on': '2025-01-01' }),
        userCal(EX, 'eve@contoso.com', { 'Assigned on': '2025-01-02' }),
        userCal(EX, 'fay@contoso.com', {
          'Assigned on': '2025-01-03',
          'Reassigned from': 'ghost@contoso.com',
        }),
      ],
    });
    expect(findings).toEqual([]);
  });
});

describe('allowedReason', () => {
  test.each<[string, boolean]>([
    ['Hardware failure', true],
    ['End of employment', true],
    ['Temporary cover', true],
    ['', false],
    ['Promotion', false],
    ['Leaver', true],
    ['Device lost in transit', true],
    ['Covering for Dana on parental leave', true],
    ['Left the project team', false],
    ['Replaced with a newer model', false],
  ])('%j -> %s', (reason, allowed) => {
    expect(allowedReason(reason)).toBe(allowed);
  });
});
