import { check, purchase, SERVER_LICENCES, userCal, where, type Row } from '../helpers';

const EX16 = 'Exchange Server 2016 Standard User CAL';
const EX = 'Exchange Server 2019 Standard User CAL';
const WIN = 'Windows Server 2022 User CAL';

const users = (licence: string, count: number, from = 0): Row[] =>
  Array.from({ length: count }, (_, i) => userCal(licence, `user${from + i}@contoso.com`));

describe('CAL-SURPLUS', () => {
  test('more owned than required: one info per licence, naming the licence', () => {
    const findings = check('CAL-SURPLUS', {
      purchases: [...SERVER_LICENCES, purchase(EX, 10)],
      assignments: users(EX, 4),
    });
    expect(findings.map(where)).toEqual([{ rule: 'CAL-SURPLUS', severity: 'info', licence: EX }]);
    expect(findings[0].message).toBe('6 more owned than required (owned 10, required 4).');
  });

  test('CALs bought and never assigned are all surplus', () => {
    const findings = check('CAL-SURPLUS', {
      purchases: [
        ...SERVER_LICENCES,
        purchase('Windows Server 2022 CAL 5 User', 2),
        purchase('SQL Server 2022 User CAL', 1),
      ],
      assignments: users('SQL Server 2022 User CAL', 1),
    });
    expect(findings.map((f) => [f.licence, f.message])).toEqual([
      [WIN, '10 more owned than required (owned 10, required 0).'],
    ]);
  });

  test('a register with no assignments at all gets no advice to cut the renewal', () => {
    const findings = check('CAL-SURPLUS', {
      purchases: [...SERVER_LICENCES, purchase('Windows Server 2022 CAL 5 User', 2)],
      assignments: [],
    });
    expect(findings).toEqual([]);
  });

  test('exactly enough is no surplus; a shortfall is no surplus', () => {
    const findings = check('CAL-SURPLUS', {
      purchases: [...SERVER_LICENCES, purchase(EX, 3), purchase(WIN, 1)],
      assignments: [...users(EX, 3), ...users(WIN, 4)],
    });
    expect(findings).toEqual([]);
  });

  test('spare CALs lent to an earlier version are not surplus', () => {
    const findings = check('CAL-SURPLUS', {
      purchases: [...SERVER_LICENCES, purchase(EX, 5)],
      assignments: [...users(EX, 2), ...users(EX16, 3, 10)],
    });
    expect(findings).toEqual([]);
  });

  test('only what is left after lending is surplus', () => {
    const findings = check('CAL-SURPLUS', {
      purchases: [...SERVER_LICENCES, purchase(EX, 6)],
      assignments: [...users(EX, 2), ...users(EX16, 3, 10)],
    });
    expect(findings.map((f) => f.licence)).toEqual([EX]);
    expect(findings[0].message).toMatch(/^1 more owned/);
  });

  test('server licences are never surplus CALs', () => {
    const findings = check('CAL-SURPLUS', {
      purchases: [purchase('Exchange Server 2019 Standard', 3)],
      assignments: [],
    });
    expect(findings).toEqual([]);
  });
});
