import { check, purchase, SERVER_LICENCES, TODAY, userCal, where } from '../helpers';

const EX = 'Exchange Server 2019 Standard User CAL';
const purchases = [...SERVER_LICENCES, purchase(EX, 10)];
/** The ISO date `days` days before TODAY. */
const daysAgo = (days: number): string =>
  new Date((TODAY - days) * 86_400_000).toISOString().slice(0, 10);

describe('CAL-STALE by status', () => {
  test.each([
    ['Left', 'has left'],
    ['Disabled', 'is disabled'],
    ['Terminated', 'has left'],
    ['Inactive', 'is disabled'],
  ])('status %j is stale, flagged at Status (H)', (status, words) => {
    const findings = check('CAL-STALE', {
      purchases,
      titled: true,
      assignments: [
        userCal(EX, 'eve@contoso.com'),
        userCal(EX, 'dana@contoso.com', { Status: status }),
      ],
    });
    expect(findings.map(where)).toEqual([
      {
        rule: 'CAL-STALE',
        severity: 'warning',
        sheet: 'Assignments',
        row: 5,
        column: 'H',
        key: 'dana@contoso.com',
        licence: EX,
      },
    ]);
    expect(findings[0].message).toContain(words);
  });

  test('Absent is never stale, however old the last activity', () => {
    const findings = check('CAL-STALE', {
      purchases,
      assignments: [
        userCal(EX, 'dana@contoso.com', { Status: 'Absent', 'Last activity': '2020-01-01' }),
        userCal(EX, 'eve@contoso.com', { Status: 'Parental leave', 'Last activity': daysAgo(400) }),
      ],
    });
    expect(findings).toEqual([]);
  });

  test('Active (or empty) with recent activity is not stale', () => {
    const findings = check('CAL-STALE', {
      purchases,
      assignments: [
        userCal(EX, 'dana@contoso.com', { Status: 'Active', 'Last activity': daysAgo(3) }),
        userCal(EX, 'eve@contoso.com', { 'Last activity': daysAgo(30) }),
      ],
    });
    expect(findings).toEqual([]);
  });

  test('no recorded activity at all is not stale', () => {
    expect(
      check('CAL-STALE', { purchases, assignments: [userCal(EX, 'dana@contoso.com')] }),
    ).toEqual([]);
  });
});

describe('CAL-STALE by inactivity (90 days by default)', () => {
  test('exactly 90 days is not stale; 91 is, flagged at Last activity (I)', () => {
    const findings = check('CAL-STALE', {
      purchases,
      assignments: [
        userCal(EX, 'ninety@contoso.com', { 'Last activity': daysAgo(90) }),
        userCal(EX, 'ninetyone@contoso.com', { 'Last activity': daysAgo(91) }),
      ],
    });
    expect(findings.map((f) => [f.row, f.column, f.key])).toEqual([
      [3, 'I', 'ninetyone@contoso.com'],
    ]);
    expect(findings[0].message).toContain(`since ${daysAgo(91)} (91 days; stale after 90)`);
  });

  test('the Settings threshold moves the boundary: exactly staleDays is not stale, +1 is', () => {
    const findings = check('CAL-STALE', {
      purchases,
      settings: { 'Stale after days': 30 },
      assignments: [
        userCal(EX, 'thirty@contoso.com', { 'Last activity': daysAgo(30) }),
        userCal(EX, 'thirtyone@contoso.com', { 'Last activity': daysAgo(31) }),
      ],
    });
    expect(findings.map((f) => f.key)).toEqual(['thirtyone@contoso.com']);
  });

  test('the staleDays option overrides the Settings sheet', () => {
    const findings = check(
      'CAL-STALE',
      {
        purchases,
        settings: { 'Stale after days': 30 },
        assignments: [userCal(EX, 'dana@contoso.com', { 'Last activity': daysAgo(31) })],
      },
      { staleDays: 60 },
    );
    expect(findings).toEqual([]);
  });

  test('inactivity is measured to the as-of date, not to today', () => {
    const findings = check(
      'CAL-STALE',
      {
        purchases,
        assignments: [userCal(EX, 'dana@contoso.com', { 'Last activity': '2026-01-01' })],
      },
      { asOf: '2026-03-01' },
    );
    expect(findings).toEqual([]);
  });

  test('recent usage evidence keeps an old register date from being stale', () => {
    const findings = check('CAL-STALE', {
      purchases,
      assignments: [userCal(EX, 'dana@contoso.com', { 'Last activity': daysAgo(200) })],
      usage: [{ Account: 'DANA@contoso.com', 'Last logon': daysAgo(5) }],
    });
    expect(findings).toEqual([]);
  });

  test('usage evidence alone can show an assignee is stale', () => {
    const findings = check('CAL-STALE', {
      purchases,
      assignments: [userCal(EX, 'dana@contoso.com')],
      usage: [
        { Account: 'dana@contoso.com', 'Last logon': daysAgo(150) },
        { Account: 'dana@contoso.com', 'Last logon': daysAgo(120) },
      ],
    });
    expect(findings.map((f) => f.key)).toEqual(['dana@contoso.com']);
    expect(findings[0].message).toContain('120 days');
  });

  test('a last activity after the as-of date is not stale', () => {
    const findings = check('CAL-STALE', {
      purchases,
      assignments: [userCal(EX, 'dana@contoso.com', { 'Last activity': '2027-06-01' })],
    });
    expect(findings).toEqual([]);
  });
});
