import type { SheetGrid } from '../../src/core';
import {
  deviceCal,
  positionOf,
  purchase,
  register,
  run,
  SERVER_LICENCES,
  userCal,
  type Row,
} from './helpers';

const EX16 = 'Exchange Server 2016 Standard User CAL';
const EX19 = 'Exchange Server 2019 Standard User CAL';
const EXSE = 'Exchange Server SE Standard User CAL';
const EXE19 = 'Exchange Server 2019 Enterprise User CAL';
const WIN_USER = 'Windows Server 2022 User CAL';
const WIN_DEVICE = 'Windows Server 2022 Device CAL';
const CORE = 'Core CAL Suite User CAL';
const ECS = 'Enterprise CAL Suite User CAL';

function position(purchases: readonly Row[], assignments: readonly Row[]) {
  return run(register({ purchases: [...SERVER_LICENCES, ...purchases], assignments }));
}

const users = (licence: string, count: number, from = 0): Row[] =>
  Array.from({ length: count }, (_, i) => userCal(licence, `user${from + i}@contoso.com`));

describe('owned', () => {
  test('is quantity × pack, summed over purchase lines', () => {
    const result = position(
      [purchase('Windows Server 2022 CAL 5 User', 3), purchase(WIN_USER, 2)],
      [],
    );
    expect(positionOf(result, WIN_USER).owned).toBe(17);
  });

  test('unreadable or blank quantities own nothing', () => {
    const result = position([purchase(WIN_USER, 'ten'), purchase(WIN_USER, null)], []);
    expect(positionOf(result, WIN_USER).owned).toBe(0);
  });

  test('server licences are not CALs: no position row', () => {
    const result = position([], []);
    expect(result.position).toEqual([]);
  });
});

describe('required', () => {
  test('an assignment is a CAL without the word: its kind is enough', () => {
    const result = position(
      [purchase(EX19, 1), purchase(WIN_USER, 1)],
      [
        userCal('Exchange Server 2019 Standard User', 'dana@contoso.com'),
        userCal(EX19, 'eve@contoso.com'),
        userCal('Windows Server 2022 User', 'fay@contoso.com'),
      ],
    );
    expect(positionOf(result, EX19)).toMatchObject({ owned: 1, required: 2, shortfall: 1 });
    // fay, and dana and eve: Exchange runs on Windows Server, so they need its CAL too.
    expect(positionOf(result, WIN_USER)).toMatchObject({ owned: 1, required: 3 });
  });

  test('counts distinct holders: the same account twice (any case) is one', () => {
    const result = position(
      [purchase(EX19, 5)],
      [
        userCal(EX19, 'dana@contoso.com'),
        userCal(EX19, 'Dana@Contoso.com'),
        userCal(EX19, 'eve@contoso.com'),
      ],
    );
    expect(positionOf(result, EX19)).toMatchObject({ owned: 5, required: 2 });
  });

  test('Device CALs count distinct devices', () => {
    const result = position(
      [purchase(WIN_DEVICE, 5)],
      [
        deviceCal(WIN_DEVICE, 'PC-001'),
        deviceCal(WIN_DEVICE, 'pc-001'),
        deviceCal(WIN_DEVICE, 'PC-002'),
      ],
    );
    expect(positionOf(result, WIN_DEVICE).required).toBe(2);
  });
});

describe('shortfall and surplus', () => {
  test('shortfall = required − owned when short', () => {
    const row = positionOf(position([purchase(EX19, 2)], users(EX19, 5)), EX19);
    expect(row).toMatchObject({
      required: 5,
      owned: 2,
      shortfall: 3,
      surplus: 0,
      status: 'shortfall',
    });
  });

  test('surplus = owned − required when spare', () => {
    const row = positionOf(position([purchase(EX19, 10)], users(EX19, 4)), EX19);
    expect(row).toMatchObject({ shortfall: 0, surplus: 6, status: 'surplus' });
  });

  test('exactly enough is ok', () => {
    const row = positionOf(position([purchase(EX19, 3)], users(EX19, 3)), EX19);
    expect(row).toMatchObject({ shortfall: 0, surplus: 0, status: 'ok' });
  });
});

describe('additive CALs also require their base', () => {
  test('an Enterprise holder with no Standard CAL adds to the Standard requirement', () => {
    const result = position(
      [purchase(EX19, 2), purchase(EXE19, 1)],
      [...users(EX19, 2), userCal(EXE19, 'boss@contoso.com')],
    );
    expect(positionOf(result, EX19)).toMatchObject({ required: 3, shortfall: 1 });
    expect(positionOf(result, EXE19)).toMatchObject({ required: 1, shortfall: 0 });
  });

  test('an Enterprise holder who holds the Standard CAL is not counted twice', () => {
    const result = position(
      [purchase(EX19, 1), purchase(EXE19, 1)],
      [userCal(EX19, 'boss@contoso.com'), userCal(EXE19, 'boss@contoso.com')],
    );
    expect(positionOf(result, EX19)).toMatchObject({ required: 1, shortfall: 0 });
  });

  test('an RDS holder with no Windows Server CAL needs one', () => {
    const rds = 'Remote Desktop Services 2022 User CAL';
    const result = position([purchase(rds, 1)], [userCal(rds, 'dana@contoso.com')]);
    expect(positionOf(result, WIN_USER)).toMatchObject({ required: 1, owned: 0, shortfall: 1 });
  });
});

describe('a later version covers an earlier one', () => {
  test('a spare 2019 CAL covers a 2016 shortfall', () => {
    const result = position(
      [purchase(EX19, 3), purchase(EX16, 1)],
      [...users(EX19, 1), ...users(EX16, 3, 10)],
    );
    expect(positionOf(result, EX16)).toMatchObject({
      required: 3,
      owned: 1,
      covered: 2,
      shortfall: 0,
    });
    expect(positionOf(result, EX19)).toMatchObject({ required: 1, owned: 3, surplus: 0 });
  });

  test('only what is spare: 2019 holders are served first', () => {
    const result = position([purchase(EX19, 3)], [...users(EX19, 2), ...users(EX16, 2, 10)]);
    expect(positionOf(result, EX16)).toMatchObject({ covered: 1, shortfall: 1 });
    expect(positionOf(result, EX19)).toMatchObject({ shortfall: 0, surplus: 0 });
  });

  test('never the reverse: spare 2016 CALs do not cover 2019 holders', () => {
    const result = position([purchase(EX16, 5)], users(EX19, 2));
    expect(positionOf(result, EX19)).toMatchObject({ covered: 0, shortfall: 2 });
    expect(positionOf(result, EX16).surplus).toBe(5);
  });

  test('SE covers 2019', () => {
    const result = position([purchase(EXSE, 2)], users(EX19, 2));
    expect(positionOf(result, EX19)).toMatchObject({ covered: 2, shortfall: 0 });
  });

  test('a Standard CAL never covers an Enterprise one, whatever its version', () => {
    const result = position(
      [purchase(EXSE, 5)],
      [...users(EX19, 1), userCal(EXE19, 'user0@contoso.com')],
    );
    expect(positionOf(result, EXE19)).toMatchObject({ covered: 0, shortfall: 1 });
  });
});

describe('CAL Suites count toward the CALs they contain', () => {
  test('a Core CAL Suite covers Exchange Standard and Windows Server CALs', () => {
    const result = position([purchase(CORE, 2)], [...users(EX19, 1), ...users(WIN_USER, 1, 10)]);
    expect(positionOf(result, EX19)).toMatchObject({ covered: 1, shortfall: 0 });
    // The Exchange user needs a Windows Server CAL too: the same suite covers it.
    expect(positionOf(result, WIN_USER)).toMatchObject({ covered: 2, shortfall: 0 });
    expect(positionOf(result, CORE)).toMatchObject({ surplus: 0 });
  });

  test('a Core CAL Suite does not cover Exchange Enterprise', () => {
    const result = position(
      [purchase(CORE, 5)],
      [userCal(EX19, 'boss@contoso.com'), userCal(EXE19, 'boss@contoso.com')],
    );
    expect(positionOf(result, EXE19)).toMatchObject({ covered: 0, shortfall: 1 });
  });

  test('an Enterprise CAL Suite covers Exchange Enterprise and a Core CAL Suite', () => {
    // Distinct holders: one suite per holder whatever it covers.
    const result = position(
      [purchase(ECS, 2), purchase(EX19, 1)],
      [...users(CORE, 1), userCal(EX19, 'boss@contoso.com'), userCal(EXE19, 'boss@contoso.com')],
    );
    expect(positionOf(result, EXE19)).toMatchObject({ covered: 1, shortfall: 0 });
    expect(positionOf(result, CORE)).toMatchObject({ required: 1, covered: 1, shortfall: 0 });
    expect(positionOf(result, ECS)).toMatchObject({ owned: 2, surplus: 0 });
  });

  test('one suite licenses one holder for every CAL it contains', () => {
    // Dana needs Exchange Standard and a Windows Server CAL: one Core CAL Suite covers both.
    const result = position(
      [purchase(CORE, 1)],
      [userCal(EX19, 'dana@contoso.com'), userCal(WIN_USER, 'dana@contoso.com')],
    );
    expect(positionOf(result, EX19)).toMatchObject({ covered: 1, shortfall: 0 });
    expect(positionOf(result, WIN_USER)).toMatchObject({ covered: 1, shortfall: 0 });
    expect(positionOf(result, CORE)).toMatchObject({ owned: 1, surplus: 0 });
    expect(result.summary.shortfall).toBe(0);
  });

  test('one suite never covers two holders', () => {
    const result = position(
      [purchase(CORE, 1)],
      [userCal(EX19, 'dana@contoso.com'), userCal(WIN_USER, 'eve@contoso.com')],
    );
    expect(result.summary.shortfall).toBe(1);
    expect(positionOf(result, CORE)).toMatchObject({ surplus: 0 });
  });

  test('suites go first to the holders they cover most for', () => {
    // Two suites, three holders: dana and eve need both CALs, fay only one.
    const result = position(
      [purchase(CORE, 2)],
      [
        userCal(EX19, 'fay@contoso.com'),
        userCal(EX19, 'dana@contoso.com'),
        userCal(WIN_USER, 'dana@contoso.com'),
        userCal(EX19, 'eve@contoso.com'),
        userCal(WIN_USER, 'eve@contoso.com'),
      ],
    );
    expect(positionOf(result, EX19)).toMatchObject({ covered: 2, shortfall: 1 });
    // fay, an Exchange user, needs a Windows Server CAL too: short once the suites are out.
    expect(positionOf(result, WIN_USER)).toMatchObject({ covered: 2, shortfall: 1 });
  });

  test('a Core CAL Suite never covers an Enterprise CAL Suite', () => {
    const result = position([purchase(CORE, 5)], users(ECS, 1));
    expect(positionOf(result, ECS)).toMatchObject({ covered: 0, shortfall: 1 });
  });
});

describe('User never covers Device', () => {
  test('spare User CALs leave a Device shortfall, and the other way round', () => {
    const result = position(
      [purchase(WIN_USER, 5), purchase(WIN_DEVICE, 5)],
      [deviceCal(WIN_DEVICE, 'PC-1'), ...users(WIN_USER, 6)].concat(
        ['PC-2', 'PC-3', 'PC-4', 'PC-5', 'PC-6'].map((pc) => deviceCal(WIN_DEVICE, pc)),
      ),
    );
    expect(positionOf(result, WIN_USER)).toMatchObject({ required: 6, covered: 0, shortfall: 1 });
    expect(positionOf(result, WIN_DEVICE)).toMatchObject({ required: 6, covered: 0, shortfall: 1 });
  });

  test('a User CAL Suite does not cover Device CALs', () => {
    const result = position([purchase(CORE, 3)], [deviceCal(WIN_DEVICE, 'PC-1')]);
    expect(positionOf(result, WIN_DEVICE)).toMatchObject({ covered: 0, shortfall: 1 });
  });
});

describe('reassignment history', () => {
  test('the row a CAL moved away from is history: not required, not stale', () => {
    const result = position(
      [purchase(EX19, 1)],
      [
        userCal(EX19, 'dana@contoso.com', { 'Assigned on': '2025-01-01', Status: 'Left' }),
        userCal(EX19, 'eve@contoso.com', {
          'Assigned on': '2025-06-01',
          'Reassigned from': 'dana@contoso.com',
        }),
      ],
    );
    expect(positionOf(result, EX19)).toMatchObject({ required: 1, shortfall: 0, reclaimable: 0 });
    expect(result.findings.filter((f) => f.rule === 'CAL-STALE')).toEqual([]);
  });
});

describe('reclaimable', () => {
  test('stale holders are reclaimable, and the shortfall after reclaiming them shrinks', () => {
    const result = position(
      [purchase(EX19, 2)],
      [
        ...users(EX19, 2),
        userCal(EX19, 'gone@contoso.com', { Status: 'Left' }),
        userCal(EX19, 'off@contoso.com', { Status: 'Disabled' }),
        userCal(EX19, 'away@contoso.com', { Status: 'Absent' }),
      ],
    );
    expect(positionOf(result, EX19)).toMatchObject({
      required: 5,
      shortfall: 3,
      reclaimable: 2,
      shortfallAfterReclaim: 1,
    });
  });

  test('a holder with one stale and one active row of the same CAL is not reclaimable', () => {
    const result = position(
      [purchase(EX19, 1)],
      [userCal(EX19, 'dana@contoso.com', { Status: 'Left' }), userCal(EX19, 'dana@contoso.com')],
    );
    expect(positionOf(result, EX19)).toMatchObject({ required: 1, reclaimable: 0 });
  });
});

describe('unproven', () => {
  test('lines without invoice or order number, or without a date, count as owned and unproven', () => {
    const result = position(
      [
        purchase(EX19, 4),
        purchase(EX19, 3, { 'Invoice number': null }),
        purchase(EX19, 2, { 'Purchase date': null }),
        purchase(EX19, 1, { 'Invoice number': null, 'Order number': 'PO-7' }),
      ],
      [],
    );
    expect(positionOf(result, EX19)).toMatchObject({ owned: 10, unproven: 5 });
  });
});

describe('Software Assurance in the position', () => {
  test('CALs with SA or a subscription active at the as-of date, and when the earliest ends', () => {
    const result = position(
      [
        purchase(EX19, 10, { 'SA end date': '2027-06-30', 'Licence type': 'Licence + SA' }),
        purchase(EX19, 5, { 'SA end date': '2026-12-31', 'Licence type': 'Subscription' }),
        purchase(EX19, 3, { 'SA end date': '2026-01-31' }),
        purchase(EX19, 2),
      ],
      users(EX19, 4),
    );
    expect(positionOf(result, EX19)).toMatchObject({ owned: 20, withSa: 15, saEnds: '2026-12-31' });
  });

  test('no active SA: none with SA, and no end date', () => {
    const result = position([purchase(EX19, 2)], users(EX19, 1));
    const row = positionOf(result, EX19);
    expect(row.withSa).toBe(0);
    expect(row.saEnds).toBeUndefined();
  });
});

test('the SA end date and the licence type are read under the headers other tools give them', () => {
  for (const [endHeader, typeHeader] of [
    ['SA expiry', 'Programme'],
    ['Subscription end', 'Licence option'],
    ['Coverage end', 'Offering'],
  ]) {
    const purchases: SheetGrid = {
      name: 'Purchases',
      rows: [
        ['Licence', 'Quantity', endHeader, typeHeader],
        [EX19, 10, '2027-06-30', 'Licence + SA'],
      ],
    };
    const assignments = register({ assignments: users(EX19, 2) });
    const result = run([purchases, ...assignments]);
    expect(result.register.purchases[0]).toMatchObject({ saEnd: expect.any(Number) });
    expect(result.register.purchases[0].offering).toBeDefined();
    expect(positionOf(result, EX19)).toMatchObject({ withSa: 10, saEnds: '2027-06-30' });
  }
});
