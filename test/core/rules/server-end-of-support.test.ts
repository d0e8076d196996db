/** SERVER-END-OF-SUPPORT: a deployed server version past its end of support, with its successor. */
import { check, purchase, server, userCal, where } from '../helpers';

const EX = 'Exchange Server 2019 Standard User CAL';

describe('SERVER-END-OF-SUPPORT', () => {
  test('Exchange 2019 in November 2026: ended 2025-10-14; the supported successor is SE', () => {
    const findings = check('SERVER-END-OF-SUPPORT', {
      purchases: [purchase('Exchange Server 2019 Standard', 1), purchase(EX, 1)],
      assignments: [userCal(EX, 'dana@contoso.com')],
      servers: [server('EX01', 'Exchange Server', '2019', 'Standard')],
    });
    expect(findings.map(where)).toEqual([
      {
        rule: 'SERVER-END-OF-SUPPORT',
        severity: 'warning',
        sheet: 'Servers',
        row: 2,
        column: 'C',
        key: 'EX01',
        licence: 'Exchange Server 2019 Standard',
      },
    ]);
    expect(findings[0].message).toBe(
      'EX01 runs Exchange Server 2019: its support ended on 2025-10-14, so it gets no more security fixes.',
    );
    expect(findings[0].fix).toContain('Move to Exchange Server SE');
  });

  test('a supported version says nothing; the as-of date decides', () => {
    const spec = {
      purchases: [purchase('Windows Server 2016 Standard', 1)],
      assignments: [],
      servers: [server('DC01', 'Windows Server', '2016', 'Standard')],
    };
    expect(check('SERVER-END-OF-SUPPORT', spec)).toEqual([]);
    const later = check('SERVER-END-OF-SUPPORT', spec, { asOf: '2027-02-01' });
    expect(later.map((f) => f.message)).toEqual([
      'DC01 runs Windows Server 2016: its support ended on 2027-01-12, so it gets no more security fixes.',
    ]);
    expect(later[0].fix).toContain('Move to Windows Server 2019');
  });

  test('without a Servers table: a note on the server purchase line', () => {
    const findings = check('SERVER-END-OF-SUPPORT', {
      purchases: [purchase('Exchange Server 2016 Standard', 1), purchase(EX, 1)],
      assignments: [userCal(EX, 'dana@contoso.com')],
    });
    expect(findings.map(where)).toEqual([
      {
        rule: 'SERVER-END-OF-SUPPORT',
        severity: 'info',
        sheet: 'Purchases',
        row: 2,
        column: 'A',
        licence: 'Exchange Server 2016 Standard',
      },
    ]);
  });
});
