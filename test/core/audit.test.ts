import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_STALE_DAYS, RULES, toJson, verdictOf, type Severity } from '../../src/core';
import {
  day,
  findingsOf,
  purchase,
  register,
  run,
  SERVER_LICENCES,
  sheet,
  TODAY,
  userCal,
  type RegisterSpec,
} from './helpers';

const EX = 'Exchange Server 2019 Standard User CAL';

// Clean as licensing stands in 2026: Exchange Server SE with Software Assurance on the server
// and every CAL, and a Windows Server CAL for everyone who reaches Exchange.
const SA = { 'SA end date': '2027-06-30', 'Licence type': 'Licence + SA' };
const EXSE = 'Exchange Server SE Standard User CAL';
const WIN = 'Windows Server 2022 User CAL';
const clean: RegisterSpec = {
  purchases: [
    purchase('Exchange Server SE Standard', 1, SA),
    purchase('Windows Server 2022 Standard', 1),
    purchase(EXSE, 2, SA),
    purchase(WIN, 2),
  ],
  assignments: ['dana', 'eve'].flatMap((who) => [
    userCal(EXSE, `${who}@contoso.com`),
    userCal(WIN, `${who}@contoso.com`),
  ]),
};

describe('settings', () => {
  test('without a Settings sheet: as of today, stale after 90 days, no organisation', () => {
    const result = run(register(clean));
    expect(result.asOf).toBe(TODAY);
    expect(result.staleDays).toBe(DEFAULT_STALE_DAYS);
    expect(DEFAULT_STALE_DAYS).toBe(90);
    expect(result.organisation).toBeUndefined();
  });

  test('read from the Settings sheet: As-of date, Stale after days, Organisation', () => {
    const result = run(
      register({
        ...clean,
        settings: {
          'As-of date': '2026-06-30',
          'Stale after days': 30,
          Organisation: 'Contoso Ltd',
        },
      }),
    );
    expect(result.asOf).toBe(day('2026-06-30'));
    expect(result.staleDays).toBe(30);
    expect(result.organisation).toBe('Contoso Ltd');
  });

  test('setting names and values are read loosely: other spellings, serials, text numbers', () => {
    const result = run(
      register({
        ...clean,
        settings: { 'AS OF': 46203, 'Stale threshold (days)': ' 45 ', Organization: 'Contoso' },
      }),
    );
    expect(result.asOf).toBe(day('2026-06-30'));
    expect(result.staleDays).toBe(45);
    expect(result.organisation).toBe('Contoso');
  });

  test('the options override the Settings sheet', () => {
    const grids = register({
      ...clean,
      settings: { 'As-of date': '2026-06-30', 'Stale after days': 30 },
    });
    expect(run(grids, { asOf: '2026-01-15', staleDays: 120 })).toMatchObject({
      asOf: day('2026-01-15'),
      staleDays: 120,
    });
    expect(run(grids, { asOf: day('2025-12-31') }).asOf).toBe(day('2025-12-31'));
  });

  test('an as-of option that is not an ISO date falls back to the Settings sheet', () => {
    const grids = register({ ...clean, settings: { 'As-of date': '2026-06-30' } });
    expect(run(grids, { asOf: '30/06/2026' }).asOf).toBe(day('2026-06-30'));
  });

  test('an unreadable setting is ignored (and reported), not used', () => {
    const result = run(register({ ...clean, settings: { 'Stale after days': 0 } }));
    expect(result.staleDays).toBe(90);
    expect(findingsOf(result, 'REG-INVALID')).toHaveLength(1);
  });

  test('the 1904 date system applies to every date cell', () => {
    const grids = register({
      purchases: [...SERVER_LICENCES],
      assignments: [userCal(EX, 'dana@contoso.com', { 'Assigned on': 45717 - 1462 })],
      settings: { 'As-of date': 46353 - 1462 },
    });
    const result = run(grids, { date1904: true });
    expect(result.asOf).toBe(TODAY);
    expect(result.register.assignments.at(0).assignedOn).toBe(day('2025-03-01'));
  });
});

describe('summary', () => {
  test('a clean register is compliant with no findings at all', () => {
    const result = run(register(clean));
    expect(result.findings).toEqual([]);
    expect(result.summary).toEqual({
      compliant: true,
      verdict: 'compliant',
      shortfall: 0,
      errors: 0,
      warnings: 0,
      infos: 0,
    });
  });

  test('counts findings by severity and sums the shortfall over licences', () => {
    const result = run(
      register({
        purchases: [
          ...SERVER_LICENCES,
          purchase(EX, 1),
          purchase('Windows Server 2022 User CAL', 5),
        ],
        assignments: [
          userCal(EX, 'dana@contoso.com'),
          userCal(EX, 'eve@contoso.com', { Status: 'Left' }),
          userCal(EX, 'fay@contoso.com'),
          userCal('SQL Server 2022 User CAL', 'gus@contoso.com'),
        ],
      }),
    );
    const count = (s: Severity) => result.findings.filter((f) => f.severity === s).length;
    expect(result.summary).toEqual({
      compliant: false,
      verdict: 'not-compliant',
      shortfall: 3, // Exchange 2 short, SQL 1 short
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    });
    // Two shortfalls, no SQL Server licence, and dana, eve and fay hold Exchange CALs but no
    // Windows Server CAL.
    expect(result.summary.errors).toBe(6);
    expect(result.summary.warnings).toBe(1); // eve has left
    // 2 spare Windows Server CALs (the 3 Exchange users count toward them); Exchange 2019 is
    // past its end of support (a note: no Servers table says it still runs).
    expect(result.summary.infos).toBe(2);
  });

  test('compliant with warnings and infos, as long as there is no error', () => {
    const result = run(
      register({
        purchases: [
          ...SERVER_LICENCES,
          purchase(EX, 5, { 'Invoice number': null }),
          purchase(WIN, 1),
        ],
        assignments: [
          userCal(EX, 'dana@contoso.com', { Status: 'Left' }),
          userCal(WIN, 'dana@contoso.com', { Status: 'Left' }),
        ],
      }),
    );
    expect(result.summary.errors).toBe(0);
    expect(result.summary.warnings).toBeGreaterThan(0);
    expect(result.summary.infos).toBeGreaterThan(0);
    expect(result.summary.compliant).toBe(true);
  });

  test('one error makes the register non-compliant', () => {
    const result = run(
      register({
        purchases: [...clean.purchases!, purchase('Windows Server 2022 Device CAL', 1)],
        // A Device CAL recorded against a person with no device.
        assignments: [
          ...clean.assignments!,
          userCal('Windows Server 2022 Device CAL', 'fay@contoso.com'),
        ],
      }),
    );
    expect(result.summary.errors).toBe(1);
    expect(result.summary.compliant).toBe(false);
  });
});

describe('findings', () => {
  const messy = register({
    titled: true,
    purchases: [...SERVER_LICENCES, purchase(EX, 1), purchase(EX, 1, { 'Invoice number': null })],
    assignments: [
      userCal(EX, 'dana@contoso.com', { Status: 'Left' }),
      userCal(EX, 'eve@contoso.com', { Device: 'PC-0042' }),
      userCal(EX, 'fay@contoso.com', { Account: 'not an account' }),
      userCal(EX, 'gus@contoso.com'),
    ],
  });

  test('are sorted errors first, then warnings, then infos', () => {
    const order = { error: 0, warning: 1, info: 2 };
    const severities = run(messy).findings.map((f) => order[f.severity]);
    expect(severities.length).toBeGreaterThan(3);
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
    expect(new Set(severities)).toEqual(new Set([0, 1, 2]));
  });

  test('within a severity and a sheet, by row', () => {
    const warnings = run(messy).findings.filter(
      (f) => f.severity === 'warning' && f.sheet === 'Assignments',
    );
    const rows = warnings.map((f) => f.row as number);
    expect(rows).toEqual([4, 6]);
  });

  test('carry the id and severity the registry gives their rule, or the milder one it reports', () => {
    const order = { error: 0, warning: 1, info: 2 };
    for (const f of run(messy).findings) {
      const rule = RULES.find((r) => r.id === f.rule);
      expect(rule).toBeDefined();
      expect(order[f.severity]).toBeGreaterThanOrEqual(order[rule!.severity]);
    }
  });

  test('the registry keeps the published rules (README, Rules), with their severities; each id once', () => {
    const published = {
      'REG-MISSING': 'warning',
      'REG-INVALID': 'warning',
      'CAL-DUPLICATE': 'warning',
      'CAL-DEVICE-MISRECORDED': 'error',
      'CAL-NO-BASE': 'error',
      'CAL-STALE': 'warning',
      'CAL-SHORTFALL': 'error',
      'CAL-VERSION': 'error',
      'CAL-NO-SERVER': 'error',
      'DOC-NO-PROOF': 'warning',
      'CAL-UNASSIGNED-USE': 'error',
      'CAL-REASSIGNED-EARLY': 'warning',
      'CAL-SURPLUS': 'info',
      'EVIDENCE-OLD': 'warning',
    };
    // Ids are stable (scripts and the audit sheet use them): none may go or change severity.
    expect(Object.fromEntries(RULES.map((r) => [r.id, r.severity]))).toEqual(
      expect.objectContaining(published),
    );
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  test('every rule of the registry has its own test file', () => {
    for (const rule of RULES) {
      const file = join(__dirname, 'rules', `${rule.id.toLowerCase()}.test.ts`);
      expect([rule.id, existsSync(file)]).toEqual([rule.id, true]);
    }
  });

  test('every finding has a message', () => {
    for (const f of run(messy).findings) expect(f.message.length).toBeGreaterThan(10);
  });
});

describe('toJson', () => {
  test('the as-of date is ISO text and the summary is the audit summary', () => {
    const result = run(register(clean), { asOf: '2026-06-30' });
    const json = toJson(result);
    expect(json.asOf).toBe('2026-06-30');
    expect(json.summary).toEqual(result.summary);
    expect(Object.keys(json)).toEqual(['asOf', 'position', 'findings', 'summary']);
  });
});

describe('verdict: compliant only when everything needed was read and checked', () => {
  const EXS = 'Exchange Server 2019 Standard User CAL';
  const purchases = [...SERVER_LICENCES, purchase(EXS, 2)];
  // Exchange and Windows Server 2019/2022 CALs without SA: compliant unless a server needs more.
  const cals: RegisterSpec = {
    purchases: [...SERVER_LICENCES, purchase(EX, 2), purchase(WIN, 2)],
    assignments: ['dana', 'eve'].flatMap((who) => [
      userCal(EX, `${who}@contoso.com`),
      userCal(WIN, `${who}@contoso.com`),
    ]),
  };

  test('licence names not understood: incomplete, with how many', () => {
    const result = run(
      register({
        purchases: [
          ...purchases,
          purchase('Exchange Server 2020 Standard User CAL', 1),
          purchase(WIN, 1),
        ],
        assignments: [
          userCal(EXS, 'dana@contoso.com'),
          userCal(WIN, 'dana@contoso.com'),
          userCal('Exchange CAL', 'eve@contoso.com'),
        ],
      }),
    );
    expect(result.summary).toMatchObject({
      compliant: false,
      verdict: 'incomplete',
      errors: 0,
      incomplete: ['2 licence names not understood'],
    });
    expect(verdictOf(result).verdict).toBe('Cannot confirm: 2 licence names not understood.');
  });

  test('purchases without assignments: incomplete, and no surplus advice', () => {
    const result = run(register({ purchases, assignments: [] }));
    expect(result.summary).toMatchObject({
      verdict: 'incomplete',
      incomplete: ['no assignments to check against'],
    });
    expect(result.findings.filter((f) => f.rule === 'CAL-SURPLUS')).toEqual([]);
    expect(verdictOf(result)).toEqual({
      verdict: 'Purchases only: no assignments to check against.',
      tone: 'warn',
    });
  });

  test('an empty register: nothing to audit', () => {
    const result = run(register({ purchases: [], assignments: [] }));
    expect(verdictOf(result).verdict).toBe(
      'Nothing to audit: no purchase lines and no assignments.',
    );
  });

  test('a Servers row whose version was not read: incomplete, never compliant', () => {
    // With the version read this register is not compliant (SE needs SA on every CAL); an
    // empty Version cell must not turn that into "Compliant".
    expect(run(register(cals)).summary.verdict).toBe('compliant');
    const se = [{ Server: 'EXCH01', Product: 'Exchange Server', Version: 'SE' }];
    expect(run(register({ ...cals, servers: se })).summary.verdict).toBe('not-compliant');
    const noVersion = [
      { Server: 'EXCH01', Product: 'Exchange Server', Version: '' },
      { Server: 'EXCH02', Product: 'Exchange Server Standard', Version: '' },
    ];
    const result = run(register({ ...cals, servers: noVersion }));
    expect(result.summary).toMatchObject({
      compliant: false,
      verdict: 'incomplete',
      incomplete: ['2 server versions not read'],
    });
    expect(verdictOf(result).verdict).toBe('Cannot confirm: 2 server versions not read.');
  });

  test('a Servers sheet whose headers were not recognised: incomplete, never compliant', () => {
    const servers = sheet(
      'Servers',
      ['Server', 'Prodcut', 'Version'],
      [{ Server: 'EXCH01', Prodcut: 'Exchange Server', Version: 'SE' }],
    );
    const result = run([...register(cals), servers]);
    expect(result.summary).toMatchObject({
      verdict: 'incomplete',
      incomplete: ['the sheet "Servers" was not read (its headers were not recognised)'],
    });
  });

  test('an error wins over what could not be read: not compliant', () => {
    const result = run(
      register({
        purchases: [...purchases, purchase('Acme Antivirus', 1)],
        assignments: ['a', 'b', 'c'].map((n) => userCal(EXS, `${n}@contoso.com`)),
      }),
    );
    expect(result.summary).toMatchObject({ verdict: 'not-compliant', compliant: false });
    expect(result.summary.incomplete).toBeUndefined();
  });
});

test('rows that repeat the row before’s licence are read as it was: each unreadable one reported, each readable one counted', () => {
  const bad = 'Contoso Widget Server User CAL';
  const result = run(
    register({
      purchases: [...SERVER_LICENCES, purchase(EX, 10)],
      assignments: [
        userCal(bad, 'ann@contoso.com'),
        userCal(bad, 'bob@contoso.com'),
        userCal(EX, 'cat@contoso.com'),
        userCal(EX, 'dan@contoso.com'),
        userCal(` ${EX}`, 'eve@contoso.com'),
        userCal(bad, 'fay@contoso.com'),
      ],
    }),
  );
  const invalid = findingsOf(result, 'REG-INVALID').filter((f) => f.column === 'A');
  expect(invalid.map((f) => f.row)).toEqual([2, 3, 7]);
  expect(result.position.find((p) => p.licence === EX)?.required).toBe(3);
  expect(result.register.assignments.licenceText(1)).toBe(bad);
  expect(result.register.assignments.licenceText(4)).toBe(EX);
});
