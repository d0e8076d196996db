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

  test('CAL Suites carry no version: one bought after the server version came out covers it', () => {
    const findings = check('CAL-VERSION', {
      purchases: [
        ...purchases,
        purchase('Core CAL Suite User CAL', 1, { 'Purchase date': '2025-09-01' }),
      ],
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

describe('CAL-VERSION through Software Assurance', () => {
  const SE_SERVER = server('EX01', 'Exchange Server', 'SE', 'Standard');
  const EX19 = 'Exchange Server 2019 Standard User CAL';
  const WIN22 = 'Windows Server 2022 User CAL';
  const holders = (licence: string, n: number) =>
    Array.from({ length: n }, (_, i) => userCal(licence, `user${i}@contoso.com`));
  const sa = (end: string, bought = '2023-01-15') => ({
    'Purchase date': bought,
    'SA end date': end,
    'Licence type': 'Licence + SA',
  });

  test('2019 CALs whose SA was active when Exchange Server SE came out (2025-07) cover it', () => {
    const findings = check('CAL-VERSION', {
      purchases: [
        purchase('Exchange Server SE Standard', 1, sa('2027-06-30')),
        purchase(EX19, 5, sa('2027-06-30')),
      ],
      assignments: holders(EX19, 5),
      servers: [SE_SERVER],
    });
    expect(findings).toEqual([]);
  });

  test('SA that lapsed before the release gives no rights: every row, saying why', () => {
    const findings = check('CAL-VERSION', {
      purchases: [purchase('Exchange Server SE Standard', 1), purchase(EX19, 2, sa('2025-06-30'))],
      assignments: holders(EX19, 2),
      servers: [SE_SERVER],
    });
    expect(findings.map((f) => f.row)).toEqual([2, 3]);
    expect(findings[0].message).toBe(
      `${EX19} does not cover Exchange Server SE (EX01, Servers row 2): none of its CALs had Software Assurance or a subscription when it became available (2025-07).`,
    );
  });

  test('SA active on the date available of Windows Server 2025 (2024-11) covers it', () => {
    const findings = check('CAL-VERSION', {
      purchases: [
        purchase('Windows Server 2025 Standard', 1),
        purchase(WIN22, 3, sa('2026-12-31')),
      ],
      assignments: holders(WIN22, 3),
      servers: [server('DC01', 'Windows Server', '2025', 'Standard')],
    });
    expect(findings).toEqual([]);
  });

  test('a pool where only some CALs had SA: one finding with the count of holders not covered', () => {
    const findings = check('CAL-VERSION', {
      purchases: [
        purchase('Windows Server 2025 Standard', 1),
        purchase(WIN22, 12, sa('2026-12-31')),
        purchase(WIN22, 8),
      ],
      assignments: holders(WIN22, 20),
      servers: [server('DC01', 'Windows Server', '2025', 'Standard')],
    });
    expect(findings.map(where)).toEqual([
      { rule: 'CAL-VERSION', severity: 'error', licence: WIN22 },
    ]);
    expect(findings[0].message).toBe(
      `12 of 20 ${WIN22}s had Software Assurance or a subscription on Windows Server 2025 when it became available (2024-11); 8 of 20 holders are not covered for Windows Server 2025 (DC01, Servers row 2).`,
    );
  });

  test('a line without a purchase date cannot show its SA was active then', () => {
    const findings = check('CAL-VERSION', {
      purchases: [
        purchase('Windows Server 2025 Standard', 1),
        purchase(WIN22, 2, { 'Purchase date': '', 'SA end date': '2027-01-31' }),
      ],
      assignments: holders(WIN22, 2),
      servers: [server('DC01', 'Windows Server', '2025', 'Standard')],
    });
    expect(findings).toHaveLength(2);
  });

  test('a CAL Suite bought before Exchange Server SE, without SA, does not cover it; bought after, it does', () => {
    const suite = 'Core CAL Suite User CAL';
    const spec = (bought: string) => ({
      purchases: [
        purchase('Exchange Server SE Standard', 1),
        purchase(suite, 1, { 'Purchase date': bought }),
      ],
      assignments: [userCal(suite, 'dana@contoso.com')],
      servers: [SE_SERVER],
    });
    expect(check('CAL-VERSION', spec('2024-03-01')).map((f) => f.licence)).toEqual([suite]);
    expect(check('CAL-VERSION', spec('2025-09-01'))).toEqual([]);
  });
});
