import { check, purchase, server, userCal, where } from '../helpers';

const EX = 'Exchange Server 2019 Standard User CAL';
const WIN = 'Windows Server 2022 User CAL';
const SQL = 'SQL Server 2022 User CAL';
const RDS = 'Remote Desktop Services 2022 User CAL';

describe('CAL-NO-SERVER', () => {
  test('Exchange CALs with no Exchange server licence: one error per CAL licence', () => {
    const findings = check('CAL-NO-SERVER', {
      purchases: [purchase(EX, 5), purchase('Windows Server 2022 Standard', 1), purchase(WIN, 5)],
      assignments: [userCal(EX, 'dana@contoso.com')],
    });
    expect(findings.map(where)).toEqual([
      { rule: 'CAL-NO-SERVER', severity: 'error', licence: EX },
    ]);
    expect(findings[0].message).toContain('No Exchange Server licence is recorded');
  });

  test('CALs owned but not assigned still need the server licence', () => {
    const findings = check('CAL-NO-SERVER', { purchases: [purchase(SQL, 5)], assignments: [] });
    expect(findings.map((f) => f.licence)).toEqual([SQL]);
  });

  test('CALs assigned but never bought still need the server licence', () => {
    const findings = check('CAL-NO-SERVER', {
      purchases: [],
      assignments: [userCal(SQL, 'dana@contoso.com')],
    });
    expect(findings.map((f) => f.licence)).toEqual([SQL]);
  });

  test('a server purchase line is a server licence', () => {
    const findings = check('CAL-NO-SERVER', {
      purchases: [purchase(EX, 5), purchase('Exchange Server 2019 Standard', 1)],
      assignments: [],
    });
    expect(findings).toEqual([]);
  });

  test('a Servers row is a server licence', () => {
    const findings = check('CAL-NO-SERVER', {
      purchases: [purchase(EX, 5)],
      assignments: [],
      servers: [server('EX01', 'Exchange Server', '2019', 'Standard')],
    });
    expect(findings).toEqual([]);
  });

  test('a server licence of another version still counts (CAL-VERSION judges versions)', () => {
    const findings = check('CAL-NO-SERVER', {
      purchases: [purchase(EX, 5), purchase('Exchange Server 2016 Enterprise', 1)],
      assignments: [],
    });
    expect(findings).toEqual([]);
  });

  test('another product’s server licence does not count', () => {
    const findings = check('CAL-NO-SERVER', {
      purchases: [purchase(EX, 5), purchase('SQL Server 2022 Standard', 1)],
      assignments: [],
      servers: [server('SP01', 'SharePoint Server', '2019', 'Standard')],
    });
    expect(findings.map((f) => f.licence)).toEqual([EX]);
  });

  test('RDS CALs complement a Windows Server licence', () => {
    const without = check('CAL-NO-SERVER', { purchases: [purchase(RDS, 5)], assignments: [] });
    expect(without.map((f) => f.licence)).toEqual([RDS]);
    expect(without[0].message).toContain('No Windows Server licence');
    const withServer = check('CAL-NO-SERVER', {
      purchases: [purchase(RDS, 5), purchase('Windows Server 2022 Datacenter', 1)],
      assignments: [],
    });
    expect(withServer).toEqual([]);
  });

  test('a CAL Suite is not tied to one server product', () => {
    const findings = check('CAL-NO-SERVER', {
      purchases: [purchase('Core CAL Suite User CAL', 5)],
      assignments: [],
    });
    expect(findings).toEqual([]);
  });

  test('a CAL purchase line does not count as the server licence', () => {
    const findings = check('CAL-NO-SERVER', {
      purchases: [purchase(EX, 5), purchase('Exchange Server 2019 Enterprise User CAL', 5)],
      assignments: [],
    });
    expect(findings.map((f) => f.licence).sort()).toEqual([
      'Exchange Server 2019 Enterprise User CAL',
      EX,
    ]);
  });
});
