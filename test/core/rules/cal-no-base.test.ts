import { check, deviceCal, purchase, SERVER_LICENCES, userCal, where } from '../helpers';

const EX16 = 'Exchange Server 2016 Standard User CAL';
const EX = 'Exchange Server 2019 Standard User CAL';
const EXE = 'Exchange Server 2019 Enterprise User CAL';
const EXE_DEVICE = 'Exchange Server 2019 Enterprise Device CAL';
const EX_DEVICE = 'Exchange Server 2019 Standard Device CAL';
const SP_STD = 'SharePoint Server 2019 Standard User CAL';
const SP_ENT = 'SharePoint Server 2019 Enterprise User CAL';
const SFB_STD = 'Skype for Business Server 2019 Standard User CAL';
const SFB_PLUS = 'Skype for Business Server 2019 Plus User CAL';
const RDS = 'Remote Desktop Services 2022 User CAL';
const WIN = 'Windows Server 2022 User CAL';
const purchases = [...SERVER_LICENCES, purchase(EX, 10), purchase(EXE, 10)];

describe('CAL-NO-BASE', () => {
  test('an Exchange Enterprise CAL without the Standard CAL', () => {
    const findings = check('CAL-NO-BASE', {
      purchases,
      titled: true,
      assignments: [userCal(EX, 'eve@contoso.com'), userCal(EXE, 'dana@contoso.com')],
    });
    expect(findings.map(where)).toEqual([
      {
        rule: 'CAL-NO-BASE',
        severity: 'error',
        sheet: 'Assignments',
        row: 5,
        column: 'A',
        key: 'dana@contoso.com',
        licence: EXE,
      },
    ]);
    expect(findings[0].message).toContain(`but no ${EX}`);
  });

  test('Enterprise with Standard for the same user is fine, in either row order', () => {
    const findings = check('CAL-NO-BASE', {
      purchases,
      assignments: [
        userCal(EXE, 'dana@contoso.com'),
        userCal(EX, 'dana@contoso.com'),
        userCal(EX, 'eve@contoso.com'),
        userCal(EXE, 'Eve@Contoso.com'),
      ],
    });
    expect(findings).toEqual([]);
  });

  test("another user's Standard CAL does not count", () => {
    const findings = check('CAL-NO-BASE', {
      purchases,
      assignments: [userCal(EX, 'eve@contoso.com'), userCal(EXE, 'dana@contoso.com')],
    });
    expect(findings.map((f) => f.key)).toEqual(['dana@contoso.com']);
  });

  test('the Enterprise base is satisfied by a Core CAL Suite (which contains Exchange Standard)', () => {
    const findings = check('CAL-NO-BASE', {
      purchases,
      assignments: [
        userCal('Core CAL Suite User CAL', 'dana@contoso.com'),
        userCal(EXE, 'dana@contoso.com'),
      ],
    });
    expect(findings).toEqual([]);
  });

  test('a Standard CAL of another version counts as the base (CAL-VERSION judges versions)', () => {
    const findings = check('CAL-NO-BASE', {
      purchases,
      assignments: [userCal(EX16, 'dana@contoso.com'), userCal(EXE, 'dana@contoso.com')],
    });
    expect(findings).toEqual([]);
  });

  test('a Standard Device CAL is not the base of an Enterprise User CAL', () => {
    const findings = check('CAL-NO-BASE', {
      purchases,
      assignments: [deviceCal(EX_DEVICE, 'PC-1'), userCal(EXE, 'dana@contoso.com')],
    });
    expect(findings.map((f) => f.key)).toEqual(['dana@contoso.com']);
  });

  test('Device CALs: Enterprise on a device needs Standard on the same device', () => {
    const findings = check('CAL-NO-BASE', {
      purchases,
      assignments: [
        deviceCal(EX_DEVICE, 'PC-1'),
        deviceCal(EXE_DEVICE, 'PC-1'),
        deviceCal(EXE_DEVICE, 'PC-2'),
      ],
    });
    expect(findings.map((f) => [f.row, f.key, f.licence])).toEqual([[4, 'PC-2', EXE_DEVICE]]);
  });

  test('an RDS CAL without a Windows Server CAL', () => {
    const findings = check('CAL-NO-BASE', {
      purchases,
      assignments: [
        userCal(RDS, 'dana@contoso.com'),
        userCal(RDS, 'eve@contoso.com'),
        userCal(WIN, 'eve@contoso.com'),
      ],
    });
    expect(findings.map((f) => [f.row, f.key])).toEqual([[2, 'dana@contoso.com']]);
    expect(findings[0].message).toContain('Windows Server 2022 User CAL');
  });

  test('SharePoint Enterprise and Skype for Business Plus need their Standard CALs', () => {
    const findings = check('CAL-NO-BASE', {
      purchases,
      assignments: [
        userCal(SP_ENT, 'dana@contoso.com'),
        userCal(SFB_PLUS, 'dana@contoso.com'),
        userCal(SP_STD, 'eve@contoso.com'),
        userCal(SP_ENT, 'eve@contoso.com'),
        userCal(SFB_STD, 'eve@contoso.com'),
        userCal(SFB_PLUS, 'eve@contoso.com'),
      ],
    });
    expect(findings.map((f) => f.licence)).toEqual([SP_ENT, SFB_PLUS]);
    expect(findings.every((f) => f.key === 'dana@contoso.com')).toBe(true);
  });

  test('Standard, Windows Server and suite CALs stand alone', () => {
    const findings = check('CAL-NO-BASE', {
      purchases,
      assignments: [
        userCal(EX, 'a@contoso.com'),
        userCal(WIN, 'b@contoso.com'),
        userCal('Enterprise CAL Suite User CAL', 'c@contoso.com'),
        userCal('SQL Server 2022 User CAL', 'd@contoso.com'),
      ],
    });
    expect(findings).toEqual([]);
  });
});
