/**
 * CAL-NO-SA: Exchange Server SE (and the other Subscription Editions) may be used only with
 * active Software Assurance or subscriptions, for the server and every CAL, on the as-of date.
 */
import { check, purchase, server, userCal, where } from '../helpers';

const SE = 'Exchange Server SE Standard';
const SE_CAL = 'Exchange Server SE Standard User CAL';
const EX19_CAL = 'Exchange Server 2019 Standard User CAL';
const WIN = 'Windows Server 2022 User CAL';
const SA_TO_2027 = { 'SA end date': '2027-06-30', 'Licence type': 'Licence + SA' };
const SA_ENDED = { 'SA end date': '2026-06-30', 'Licence type': 'Licence + SA' };

const users = (licence: string, n: number) =>
  Array.from({ length: n }, (_, i) => [
    userCal(licence, `user${i}@contoso.com`),
    userCal(WIN, `user${i}@contoso.com`),
  ]).flat();

describe('CAL-NO-SA', () => {
  test('an SE server and 2019 CALs whose SA runs past the as-of date: nothing to say', () => {
    const findings = check('CAL-NO-SA', {
      purchases: [purchase(SE, 1, SA_TO_2027), purchase(EX19_CAL, 5, SA_TO_2027), purchase(WIN, 5)],
      assignments: users(EX19_CAL, 5),
      servers: [server('EX01', 'Exchange Server', 'SE', 'Standard')],
    });
    expect(findings).toEqual([]);
  });

  test('SE CALs bought without SA: every holder needs it, none has it', () => {
    const findings = check('CAL-NO-SA', {
      purchases: [purchase(SE, 1, SA_TO_2027), purchase(SE_CAL, 5), purchase(WIN, 5)],
      assignments: users(SE_CAL, 5),
      servers: [server('EX01', 'Exchange Server', 'SE', 'Standard')],
    });
    expect(findings.map(where)).toEqual([
      { rule: 'CAL-NO-SA', severity: 'error', licence: 'Exchange Server Standard User CAL' },
    ]);
    expect(findings[0].message).toContain('5 holders of Exchange Server Standard User CALs, 0 of');
  });

  test('a pool where only some CALs still have SA: says how many and when the rest ended', () => {
    const findings = check('CAL-NO-SA', {
      purchases: [
        purchase(SE, 1, SA_TO_2027),
        purchase(EX19_CAL, 3, SA_TO_2027),
        purchase(EX19_CAL, 2, SA_ENDED),
        purchase(WIN, 5),
      ],
      assignments: users(EX19_CAL, 5),
      servers: [server('EX01', 'Exchange Server', 'SE', 'Standard')],
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('3 of those CALs have it on 2026-11-27');
    expect(findings[0].message).toContain('the SA or subscription of 2 ended on 2026-06-30');
  });

  test('the SE server licence itself without active SA or subscription', () => {
    const findings = check('CAL-NO-SA', {
      purchases: [purchase(SE, 1, SA_ENDED), purchase(SE_CAL, 1, SA_TO_2027), purchase(WIN, 1)],
      assignments: users(SE_CAL, 1),
      servers: [server('EX01', 'Exchange Server', 'SE', 'Standard')],
    });
    expect(findings.map(where)).toEqual([
      {
        rule: 'CAL-NO-SA',
        severity: 'error',
        sheet: 'Servers',
        row: 2,
        column: 'B',
        key: 'EX01',
        licence: 'Exchange Server SE Standard',
      },
    ]);
    expect(findings[0].message).toContain('the SA or subscription of 1 ended on 2026-06-30');
    expect(findings[0].fix).toContain('buy an Exchange Server SE subscription licence');
  });

  test('a subscription line counts to its end date; a 2019 server licence with SA carries over', () => {
    const findings = check('CAL-NO-SA', {
      purchases: [
        purchase('Exchange Server 2019 Standard', 1, SA_TO_2027),
        purchase('ExchgSvrStdCAL SubsVL MVL PerUsr', 2, { 'SA end date': '2027-01-31' }),
        purchase(WIN, 2),
      ],
      assignments: users(SE_CAL, 2),
      servers: [server('EX01', 'Exchange Server', 'SE', 'Standard')],
    });
    expect(findings).toEqual([]);
  });

  test('no SE server deployed: the rule has nothing to check', () => {
    const findings = check('CAL-NO-SA', {
      purchases: [
        purchase('Exchange Server 2019 Standard', 1),
        purchase(EX19_CAL, 2),
        purchase(WIN, 2),
      ],
      assignments: users(EX19_CAL, 2),
    });
    expect(findings).toEqual([]);
  });

  test('relying on Extended Use Rights: no server SA, but every holder needs Microsoft 365 E3 or E5', () => {
    const findings = check('CAL-NO-SA', {
      purchases: [purchase(SE, 1), purchase(SE_CAL, 2), purchase(WIN, 2)],
      assignments: [...users(SE_CAL, 2), userCal('Microsoft 365 E3', 'user0@contoso.com')],
      servers: [server('EX01', 'Exchange Server', 'SE', 'Standard')],
      settings: { 'Relies on Microsoft 365 Extended Use Rights': 'Yes' },
    });
    expect(findings.map((f) => f.key)).toEqual(['user1@contoso.com']);
    expect(findings[0].message).toContain('Microsoft 365 E3 or Microsoft 365 E5');
  });

  test('an SE server known only from its purchase line (no Servers table): the line without active SA is named', () => {
    const findings = check('CAL-NO-SA', {
      purchases: [purchase(SE, 1, SA_ENDED), purchase(SE_CAL, 1, SA_TO_2027), purchase(WIN, 1)],
      assignments: users(SE_CAL, 1),
    });
    expect(findings.map(where)).toEqual([
      {
        rule: 'CAL-NO-SA',
        severity: 'error',
        sheet: 'Purchases',
        row: 2,
        column: expect.any(String),
        licence: 'Exchange Server SE Standard',
      },
    ]);
    expect(findings[0].message).toContain('The server of this line (Exchange Server SE Standard)');
    expect(findings[0].message).toContain('the SA or subscription of 1 ended on 2026-06-30');
    // With its SA running, the same register has nothing to say.
    expect(
      check('CAL-NO-SA', {
        purchases: [purchase(SE, 1, SA_TO_2027), purchase(SE_CAL, 1, SA_TO_2027), purchase(WIN, 1)],
        assignments: users(SE_CAL, 1),
      }),
    ).toEqual([]);
  });
});
