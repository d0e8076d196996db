/**
 * CAL-NO-WINDOWS-CAL: Exchange, SharePoint, Skype for Business and Project Server run on
 * Windows Server, so their CAL holders need a Windows Server CAL too.
 */
import {
  check,
  positionOf,
  purchase,
  register,
  run,
  server,
  SERVER_LICENCES,
  userCal,
  where,
} from '../helpers';

const EX = 'Exchange Server 2019 Standard User CAL';
const SP = 'SharePoint Server 2019 Standard User CAL';
const WIN = 'Windows Server 2022 User CAL';

describe('CAL-NO-WINDOWS-CAL', () => {
  const spec = {
    purchases: [...SERVER_LICENCES, purchase(EX, 3), purchase(WIN, 3)],
    assignments: [
      userCal(EX, 'dana@contoso.com'),
      userCal(WIN, 'dana@contoso.com'),
      userCal(EX, 'eve@contoso.com'),
      userCal(EX, 'mei@contoso.com'),
      userCal('Core CAL Suite User CAL', 'mei@contoso.com'),
    ],
  };

  test('an Exchange holder without a Windows Server CAL, once per holder; a suite counts', () => {
    const findings = check('CAL-NO-WINDOWS-CAL', spec);
    expect(findings.map(where)).toEqual([
      {
        rule: 'CAL-NO-WINDOWS-CAL',
        severity: 'error',
        sheet: 'Assignments',
        row: 4,
        column: 'A',
        key: 'eve@contoso.com',
        licence: EX,
      },
    ]);
    expect(findings[0].message).toContain('needs a Windows Server CAL too');
  });

  test('those holders count toward the Windows Server CALs required', () => {
    const windows = positionOf(run(register(spec)), WIN);
    expect(windows.required).toBe(2); // dana, and eve who lacks one (mei has a suite)
  });

  test('one finding names every CAL of the holder that needs it', () => {
    const findings = check('CAL-NO-WINDOWS-CAL', {
      purchases: [...SERVER_LICENCES, purchase(EX, 1), purchase(SP, 1), purchase(WIN, 1)],
      assignments: [
        userCal(EX, 'eve@contoso.com'),
        userCal(SP, 'eve@contoso.com'),
        userCal(WIN, 'dana@contoso.com'),
      ],
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain(`holds ${EX} and ${SP} but no Windows Server CAL`);
  });

  test('no Windows Server CAL recorded at all: one note instead', () => {
    const findings = check('CAL-NO-WINDOWS-CAL', {
      purchases: [purchase('Exchange Server 2019 Standard', 1), purchase(EX, 2)],
      assignments: [userCal(EX, 'dana@contoso.com'), userCal(EX, 'eve@contoso.com')],
    });
    expect(findings.map(where)).toEqual([{ rule: 'CAL-NO-WINDOWS-CAL', severity: 'info' }]);
    expect(findings[0].message).toContain('2 holders');
    expect(findings[0].message).toMatch(/CALs need one\.$/);
    const one = check('CAL-NO-WINDOWS-CAL', {
      purchases: [purchase('Exchange Server 2019 Standard', 1), purchase(EX, 1)],
      assignments: [userCal(EX, 'dana@contoso.com')],
    });
    expect(one[0].message).toMatch(/yet 1 holder of .* CALs needs one\.$/);
  });

  test('no Windows Server CAL recorded, none said to be kept elsewhere: never "compliant"', () => {
    // The Windows Server CALs these holders need were not checked: the verdict cannot be
    // compliant, and says why.
    const result = run(
      register({
        purchases: [purchase('Exchange Server 2019 Standard', 1), purchase(EX, 2)],
        assignments: [userCal(EX, 'dana@contoso.com'), userCal(EX, 'eve@contoso.com')],
      }),
    );
    expect(result.summary).toMatchObject({
      compliant: false,
      verdict: 'incomplete',
      errors: 0,
      incomplete: [
        'no Windows Server CAL recorded for 2 holders of Exchange, SharePoint, Skype or Project Server CALs',
      ],
    });
    // Said kept elsewhere, the admin has answered for them: compliant, and "not checked" says so.
    const elsewhere = run(
      register({
        purchases: [purchase('Exchange Server 2019 Standard', 1), purchase(EX, 2)],
        assignments: [userCal(EX, 'dana@contoso.com'), userCal(EX, 'eve@contoso.com')],
        settings: { 'Windows Server CALs kept elsewhere': 'Yes' },
      }),
    );
    expect(elsewhere.summary.verdict).toBe('compliant');
  });

  test('"Windows Server CALs kept elsewhere": off, and the result says it was not checked', () => {
    const result = run(
      register({ ...spec, settings: { 'Windows Server CALs kept elsewhere': 'Yes' } }),
    );
    expect(result.findings.filter((f) => f.rule === 'CAL-NO-WINDOWS-CAL')).toEqual([]);
    expect(result.notChecked).toEqual([
      { rule: 'CAL-NO-WINDOWS-CAL', why: expect.stringContaining('kept elsewhere') },
    ]);
    expect(positionOf(result, WIN).required).toBe(1);
  });

  test('the Windows Server version deployed (Servers table) names the CAL those holders count toward', () => {
    const deployed = {
      ...spec,
      servers: [server('DC01', 'Windows Server', '2025', 'Standard')],
    };
    // Without a Servers table: the newest Windows Server CAL the register holds (2022).
    expect(positionOf(run(register(spec)), WIN).required).toBe(2);
    // With Windows Server 2025 deployed: eve, who holds none, needs a 2025 CAL.
    const result = run(register(deployed));
    expect(positionOf(result, 'Windows Server 2025 User CAL').required).toBe(1);
    expect(positionOf(result, WIN).required).toBe(1);
  });
});
