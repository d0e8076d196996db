import { check, deviceCal, purchase, SERVER_LICENCES, userCal, where, type Row } from '../helpers';

const EX = 'Exchange Server 2019 Standard User CAL';
const EX16 = 'Exchange Server 2016 Standard User CAL';
const EXE = 'Exchange Server 2019 Enterprise User CAL';
const EX_DEVICE = 'Exchange Server 2019 Standard Device CAL';
const purchases = [...SERVER_LICENCES, purchase(EX, 10), purchase(EXE, 10)];

const use = (account: string, licence: string, extra: Row = {}): Row => ({
  Account: account,
  'Licence required': licence,
  ...extra,
});

describe('CAL-UNASSIGNED-USE', () => {
  test('an account seen using Exchange with no CAL assigned: flagged at the Usage row', () => {
    const findings = check('CAL-UNASSIGNED-USE', {
      purchases,
      titled: true,
      assignments: [userCal(EX, 'dana@contoso.com')],
      usage: [
        use('dana@contoso.com', 'Exchange Server 2019 Standard CAL'),
        use('zed@contoso.com', 'Exchange Server 2019 Standard CAL', {
          Source: 'Get-ExchangeServerAccessLicenseUser',
        }),
      ],
    });
    expect(findings.map(where)).toEqual([
      {
        rule: 'CAL-UNASSIGNED-USE',
        severity: 'error',
        sheet: 'Usage',
        row: 5,
        column: 'A',
        key: 'zed@contoso.com',
        licence: EX,
      },
    ]);
    expect(findings[0].message).toContain('(Get-ExchangeServerAccessLicenseUser)');
  });

  test('accounts match case-insensitively', () => {
    const findings = check('CAL-UNASSIGNED-USE', {
      purchases,
      assignments: [userCal(EX, 'dana.scott@contoso.com')],
      usage: [use('Dana.Scott@Contoso.com', 'Exchange Server Standard CAL')],
    });
    expect(findings).toEqual([]);
  });

  test('evidence without a version is met by a CAL of any version', () => {
    const findings = check('CAL-UNASSIGNED-USE', {
      purchases,
      assignments: [userCal(EX16, 'dana@contoso.com')],
      usage: [use('dana@contoso.com', 'Exchange Server Standard CAL')],
    });
    expect(findings).toEqual([]);
  });

  test('evidence naming only the server product ("Exchange Server 2019") asks for its CAL', () => {
    const findings = check('CAL-UNASSIGNED-USE', {
      purchases,
      assignments: [userCal(EX, 'dana@contoso.com')],
      usage: [
        use('dana@contoso.com', 'Exchange Server 2019'),
        use('zed@contoso.com', 'Exchange Server 2019'),
      ],
    });
    expect(findings.map((f) => [f.key, f.licence])).toEqual([['zed@contoso.com', EX]]);
  });

  test('a Core CAL Suite meets an Exchange Standard requirement', () => {
    const findings = check('CAL-UNASSIGNED-USE', {
      purchases,
      assignments: [userCal('Core CAL Suite User CAL', 'dana@contoso.com')],
      usage: [use('dana@contoso.com', 'Exchange Server Standard CAL')],
    });
    expect(findings).toEqual([]);
  });

  test('an Enterprise requirement is not met by a Standard CAL', () => {
    const findings = check('CAL-UNASSIGNED-USE', {
      purchases,
      assignments: [userCal(EX, 'dana@contoso.com')],
      usage: [use('dana@contoso.com', 'Exchange Server Enterprise CAL')],
    });
    expect(findings.map((f) => [f.key, f.licence])).toEqual([
      ['dana@contoso.com', 'Exchange Server Enterprise User CAL'],
    ]);
  });

  test("another account's CAL does not count", () => {
    const findings = check('CAL-UNASSIGNED-USE', {
      purchases,
      assignments: [userCal(EX, 'eve@contoso.com')],
      usage: [use('dana@contoso.com', 'Exchange Server Standard CAL')],
    });
    expect(findings.map((f) => f.key)).toEqual(['dana@contoso.com']);
  });

  test('the same account and licence seen on many rows is one finding', () => {
    const findings = check('CAL-UNASSIGNED-USE', {
      purchases,
      assignments: [],
      usage: [
        use('zed@contoso.com', 'Exchange Server Standard CAL', { 'Last logon': '2026-11-01' }),
        use('zed@contoso.com', 'Exchange Server Standard CAL', { 'Last logon': '2026-11-02' }),
        use('zed@contoso.com', 'Exchange Server Enterprise CAL'),
      ],
    });
    expect(findings.map((f) => f.row)).toEqual([2, 4]);
  });

  test('when Device CALs of the product are owned, the message says what they cover', () => {
    const findings = check('CAL-UNASSIGNED-USE', {
      purchases: [...purchases, purchase(EX_DEVICE, 5)],
      assignments: [deviceCal(EX_DEVICE, 'PC-0042', { 'Assigned to': 'Zed' })],
      usage: [use('zed@contoso.com', 'Exchange Server Standard CAL')],
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('Device CALs cover it only if every device');
  });

  test('evidence that names no licence, or no account, is not judged', () => {
    const findings = check('CAL-UNASSIGNED-USE', {
      purchases,
      assignments: [],
      usage: [
        { Account: 'dana@contoso.com', 'Last logon': '2026-11-01' },
        use('', 'Exchange Server Standard CAL'),
      ],
    });
    expect(findings).toEqual([]);
  });

  test('no Usage table: nothing to judge', () => {
    const findings = check('CAL-UNASSIGNED-USE', { purchases, assignments: [] });
    expect(findings).toEqual([]);
  });
});
