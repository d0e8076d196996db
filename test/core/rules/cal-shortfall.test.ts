import { check, deviceCal, purchase, SERVER_LICENCES, userCal, where, type Row } from '../helpers';

const EX16 = 'Exchange Server 2016 Standard User CAL';
const EX = 'Exchange Server 2019 Standard User CAL';
const EXE = 'Exchange Server 2019 Enterprise User CAL';
const WIN = 'Windows Server 2022 User CAL';
const WIN_DEVICE = 'Windows Server 2022 Device CAL';

const users = (licence: string, count: number, from = 0): Row[] =>
  Array.from({ length: count }, (_, i) => userCal(licence, `user${from + i}@contoso.com`));

describe('CAL-SHORTFALL', () => {
  test('more required than owned: one error per licence, about the licence, not a row', () => {
    const findings = check('CAL-SHORTFALL', {
      purchases: [...SERVER_LICENCES, purchase(EX, 2)],
      assignments: users(EX, 5),
    });
    expect(findings.map(where)).toEqual([
      { rule: 'CAL-SHORTFALL', severity: 'error', licence: EX },
    ]);
    expect(findings[0].message).toBe('5 required, 2 owned: 3 short.');
    expect(findings[0].fix).toBe('Buy 3 CALs or remove assignments.');
  });

  test('exactly enough, or more, is no shortfall', () => {
    const findings = check('CAL-SHORTFALL', {
      purchases: [...SERVER_LICENCES, purchase(EX, 3), purchase(WIN, 10)],
      assignments: [...users(EX, 3), ...users(WIN, 4)],
    });
    expect(findings).toEqual([]);
  });

  test('packs count: 1 × "5 User" pack covers 5 users, not 1', () => {
    const findings = check('CAL-SHORTFALL', {
      purchases: [...SERVER_LICENCES, purchase('Windows Server 2022 CAL 5 User', 1)],
      assignments: users(WIN, 5),
    });
    expect(findings).toEqual([]);
  });

  test('a CAL held by nobody is not short', () => {
    const findings = check('CAL-SHORTFALL', {
      purchases: [...SERVER_LICENCES, purchase(EX, 0)],
      assignments: [],
    });
    expect(findings).toEqual([]);
  });

  test('a shortfall covered by spare later versions is no shortfall', () => {
    const findings = check('CAL-SHORTFALL', {
      purchases: [...SERVER_LICENCES, purchase(EX, 4)],
      assignments: [...users(EX, 2), ...users(EX16, 2, 10)],
    });
    expect(findings).toEqual([]);
  });

  test('the message says what a later version or a suite covered', () => {
    const findings = check('CAL-SHORTFALL', {
      purchases: [...SERVER_LICENCES, purchase(EX, 3)],
      assignments: [...users(EX, 2), ...users(EX16, 3, 10)],
    });
    expect(findings.map((f) => f.licence)).toEqual([EX16]);
    expect(findings[0].message).toBe(
      '3 required, 0 owned, 1 covered by a later version or a suite: 2 short.',
    );
  });

  test('each licence short is its own finding, User and Device apart', () => {
    const findings = check('CAL-SHORTFALL', {
      purchases: [...SERVER_LICENCES, purchase(WIN, 5)],
      assignments: [...users(WIN, 1), deviceCal(WIN_DEVICE, 'PC-1'), deviceCal(WIN_DEVICE, 'PC-2')],
    });
    expect(findings.map((f) => f.licence)).toEqual([WIN_DEVICE]);
    expect(findings[0].message).toContain('2 short');
  });

  test('an Enterprise holder without a Standard CAL makes Standard short too', () => {
    const findings = check('CAL-SHORTFALL', {
      purchases: [...SERVER_LICENCES, purchase(EX, 1), purchase(EXE, 1)],
      assignments: [...users(EX, 1), userCal(EXE, 'boss@contoso.com')],
    });
    expect(findings.map((f) => [f.licence, f.message])).toEqual([
      [EX, '2 required, 1 owned: 1 short.'],
    ]);
  });

  test('the fix says how many stale assignments could be reclaimed', () => {
    const findings = check('CAL-SHORTFALL', {
      purchases: [...SERVER_LICENCES, purchase(EX, 1)],
      assignments: [
        ...users(EX, 2),
        userCal(EX, 'gone@contoso.com', { Status: 'Left' }),
        userCal(EX, 'off@contoso.com', { Status: 'Disabled' }),
      ],
    });
    expect(findings[0].message).toBe('4 required, 1 owned: 3 short.');
    expect(findings[0].fix).toBe(
      'Buy 3 CALs or remove assignments (2 held by stale assignees can be reclaimed).',
    );
  });

  test('a stale holder still counts as required until the assignment is removed', () => {
    const findings = check('CAL-SHORTFALL', {
      purchases: [...SERVER_LICENCES, purchase(EX, 1)],
      assignments: [...users(EX, 1), userCal(EX, 'gone@contoso.com', { Status: 'Left' })],
    });
    expect(findings.map((f) => f.licence)).toEqual([EX]);
  });
});
