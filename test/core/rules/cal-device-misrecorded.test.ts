import { check, deviceCal, purchase, SERVER_LICENCES, userCal, where } from '../helpers';

const EX = 'Exchange Server 2019 Standard User CAL';
const WIN = 'Windows Server 2022 User CAL';
const WIN_DEVICE = 'Windows Server 2022 Device CAL';
const purchases = [
  ...SERVER_LICENCES,
  purchase(EX, 10),
  purchase(WIN, 10),
  purchase(WIN_DEVICE, 5),
];

describe('CAL-DEVICE-MISRECORDED: a User CAL recorded against a device', () => {
  test('the Device column is filled: flagged at Device (D)', () => {
    const findings = check('CAL-DEVICE-MISRECORDED', {
      purchases,
      titled: true,
      assignments: [
        userCal(EX, 'eve@contoso.com'),
        userCal(EX, 'dana@contoso.com', { Device: 'LT-0193' }),
      ],
    });
    expect(findings.map(where)).toEqual([
      {
        rule: 'CAL-DEVICE-MISRECORDED',
        severity: 'error',
        sheet: 'Assignments',
        row: 5,
        column: 'D',
        key: 'dana@contoso.com',
        licence: EX,
      },
    ]);
    expect(findings[0].message).toContain('LT-0193');
  });

  test.each(['CONTOSO\\PC-0042$', 'PC-0042$', 'DESKTOP-7H2K9QD', 'LT-0193', 'KIOSK01'])(
    'the account %j is a computer account or a device: flagged at Account (C)',
    (account) => {
      const findings = check('CAL-DEVICE-MISRECORDED', {
        purchases,
        assignments: [{ Licence: WIN, 'Assigned to': 'Front desk', Account: account }],
      });
      expect(findings.map((f) => [f.row, f.column, f.key])).toEqual([[2, 'C', account]]);
    },
  );

  test('the assignee (with no account) is a device name: flagged at Assigned to (B)', () => {
    const findings = check('CAL-DEVICE-MISRECORDED', {
      purchases,
      assignments: [{ Licence: WIN, 'Assigned to': 'WKS-0042', 'Assigned on': '2025-03-01' }],
    });
    expect(findings.map((f) => [f.row, f.column])).toEqual([[2, 'B']]);
  });

  test.each(['pcollins1', 'winston2', 'tabitha1', 'ltaylor1', 'wsmith'])(
    'a logon name with digits (%j) is a person, not a device',
    (account) => {
      const findings = check('CAL-DEVICE-MISRECORDED', {
        purchases,
        assignments: [{ Licence: EX, 'Assigned to': account, Account: account }],
      });
      expect(findings).toEqual([]);
    },
  );

  test.each(['dana@contoso.com', 'CONTOSO\\dana', 'Dana Scott'])(
    'a person (%j) holding a User CAL is fine',
    (account) => {
      const findings = check('CAL-DEVICE-MISRECORDED', {
        purchases,
        assignments: [{ Licence: EX, 'Assigned to': 'Dana Scott', Account: account }],
      });
      expect(findings).toEqual([]);
    },
  );
});

describe('CAL-DEVICE-MISRECORDED: a Device CAL recorded against a person with no device', () => {
  test('flagged at Device (D), naming the person', () => {
    const findings = check('CAL-DEVICE-MISRECORDED', {
      purchases,
      assignments: [
        { Licence: WIN_DEVICE, 'Assigned to': 'Hal Jones', 'Assigned on': '2025-03-01' },
      ],
    });
    expect(findings.map(where)).toEqual([
      {
        rule: 'CAL-DEVICE-MISRECORDED',
        severity: 'error',
        sheet: 'Assignments',
        row: 2,
        column: 'D',
        key: 'Hal Jones',
        licence: WIN_DEVICE,
      },
    ]);
    expect(findings[0].message).toContain('Hal Jones');
  });

  test('a Device CAL on a device is fine, with or without a person named', () => {
    const findings = check('CAL-DEVICE-MISRECORDED', {
      purchases,
      assignments: [
        deviceCal(WIN_DEVICE, 'PC-0042'),
        deviceCal(WIN_DEVICE, 'PC-0043', { 'Assigned to': 'Hal Jones' }),
      ],
    });
    expect(findings).toEqual([]);
  });

  test('a Device CAL whose assignee is a device name (Device column empty) is fine', () => {
    const findings = check('CAL-DEVICE-MISRECORDED', {
      purchases,
      assignments: [
        { Licence: WIN_DEVICE, 'Assigned to': 'KIOSK-07', 'Assigned on': '2025-03-01' },
      ],
    });
    expect(findings).toEqual([]);
  });

  test('server licences and unreadable licences are not judged', () => {
    const findings = check('CAL-DEVICE-MISRECORDED', {
      purchases,
      assignments: [
        { Licence: 'Windows Server 2022 Standard', Device: 'SRV-01', 'Assigned on': '2025-03-01' },
        { Licence: 'Foo 2019 User CAL', Device: 'PC-1', 'Assigned on': '2025-03-01' },
      ],
    });
    expect(findings).toEqual([]);
  });
});
