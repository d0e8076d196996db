import { check, purchase, server, userCal, where } from '../helpers';

const EX13 = 'Exchange Server 2013 Standard User CAL';
const EX16 = 'Exchange Server 2016 Standard User CAL';
const EX = 'Exchange Server 2019 Standard User CAL';
const EXSE = 'Exchange Server SE Standard User CAL';
const WIN19 = 'Windows Server 2019 User CAL';
const WIN = 'Windows Server 2022 User CAL';
const RDS19 = 'Remote Desktop Services 2019 User CAL';
const purchases = [purchase(EX, 10), purchase(WIN, 10)];

describe('CAL-VERSION', () => {
  test('a 2016 CAL for a 2019 server (Servers table) is flagged at its Licence cell', () => {
    const findings = check('CAL-VERSION', {
      purchases,
      titled: true,
      servers: [server('EX01', 'Exchange Server', '2019', 'Standard')],
      assignments: [userCal(EX, 'eve@contoso.com'), userCal(EX16, 'dana@contoso.com')],
    });
    expect(findings.map(where)).toEqual([
      {
        rule: 'CAL-VERSION',
        severity: 'error',
        sheet: 'Assignments',
        row: 5,
        column: 'A',
        key: 'dana@contoso.com',
        licence: EX16,
      },
    ]);
    expect(findings[0].message).toContain('older than Exchange Server 2019 (EX01, Servers row 4)');
  });

  test('the newest server deployed sets the bar', () => {
    const findings = check('CAL-VERSION', {
      purchases,
      servers: [
        server('EX-OLD', 'Exchange Server', '2016', 'Standard'),
        server('EX-NEW', 'Exchange Server', '2019', 'Standard'),
      ],
      assignments: [userCal(EX16, 'dana@contoso.com'), userCal(EX13, 'eve@contoso.com')],
    });
    expect(findings.map((f) => f.licence)).toEqual([EX16, EX13]);
  });

  test('a CAL of the same or a later version is fine', () => {
    const findings = check('CAL-VERSION', {
      purchases,
      servers: [server('EX01', 'Exchange Server', '2019', 'Standard')],
      assignments: [userCal(EX, 'dana@contoso.com'), userCal(EXSE, 'eve@contoso.com')],
    });
    expect(findings).toEqual([]);
  });

  test('a 2019 CAL does not cover Exchange Server SE', () => {
    const findings = check('CAL-VERSION', {
      purchases,
      servers: [server('EX01', 'Exchange Server', 'SE', 'Standard')],
      assignments: [userCal(EX, 'dana@contoso.com')],
    });
    expect(findings.map((f) => f.licence)).toEqual([EX]);
  });

  test('without a Servers table, the server purchase line sets the version', () => {
    const findings = check('CAL-VERSION', {
      purchases: [...purchases, purchase('Windows Server 2022 Standard', 2)],
      assignments: [userCal(WIN19, 'dana@contoso.com'), userCal(WIN, 'eve@contoso.com')],
    });
    expect(findings.map((f) => f.licence)).toEqual([WIN19]);
    expect(findings[0].message).toContain('Windows Server 2022 (Purchases row 4)');
  });

  test('the Servers table, when it lists the product, says what runs (not a newer licence bought)', () => {
    const findings = check('CAL-VERSION', {
      purchases: [...purchases, purchase('Exchange Server SE Standard', 1)],
      servers: [server('EX01', 'Exchange Server', '2019', 'Standard')],
      assignments: [userCal(EX, 'dana@contoso.com')],
    });
    expect(findings).toEqual([]);
  });

  test('an RDS CAL must be as new as Windows Server', () => {
    const findings = check('CAL-VERSION', {
      purchases: [...purchases, purchase('Windows Server 2022 Datacenter', 1)],
      assignments: [userCal(WIN, 'dana@contoso.com'), userCal(RDS19, 'dana@contoso.com')],
    });
    expect(findings.map((f) => f.licence)).toEqual([RDS19]);
  });

  test('CAL Suites carry no version and are never flagged', () => {
    const findings = check('CAL-VERSION', {
      purchases,
      servers: [server('EX01', 'Exchange Server', 'SE', 'Standard')],
      assignments: [userCal('Core CAL Suite User CAL', 'dana@contoso.com')],
    });
    expect(findings).toEqual([]);
  });

  test('no server recorded for the product: nothing to compare (CAL-NO-SERVER says so)', () => {
    const findings = check('CAL-VERSION', {
      purchases,
      assignments: [userCal(EX13, 'dana@contoso.com')],
    });
    expect(findings).toEqual([]);
  });

  test('another product’s server does not set the bar', () => {
    const findings = check('CAL-VERSION', {
      purchases,
      servers: [server('SQL01', 'SQL Server', '2022', 'Standard')],
      assignments: [userCal(WIN19, 'dana@contoso.com')],
    });
    expect(findings).toEqual([]);
  });
});
