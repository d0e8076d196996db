/** The sentences findings say (each rule's `messages`): each names what is wrong with the value, and what to do. */
import { isoToDay } from '../../../src/core';
import type { LicenceProblem } from '../../../src/core/licensing/licence';
import { calShortfall } from '../../../src/core/rules/cal-shortfall';
import { calStale } from '../../../src/core/rules/cal-stale';
import { calVersion } from '../../../src/core/rules/cal-version';
import { evidenceOld as evidenceOldRule } from '../../../src/core/rules/evidence-old';
import { regInvalid } from '../../../src/core/rules/reg-invalid';
import { regMissing } from '../../../src/core/rules/reg-missing';

const { invalid, ambiguousAccount } = regInvalid.messages;
const missing = regMissing.messages;
const { shortfall } = calShortfall.messages;
const stale = calStale.messages;
const { version } = calVersion.messages;
const { evidenceOld } = evidenceOldRule.messages;

const day = (iso: string) => isoToDay(iso) ?? Number.NaN;

describe('invalid: a value that cannot be read', () => {
  test.each<[LicenceProblem['problem'], RegExp]>([
    ['unknown-product', /does not name a product CAL Register knows \(Exchange Server, /],
    ['no-version', /does not say which version it is/],
    ['no-kind', /User CAL or a Device CAL/],
    ['both-kinds', /says both User and Device/],
    ['bad-pack', /pack of 0 CALs/],
    ['server-licence', /is a server licence, not a CAL/],
  ])('licence %s: quotes the text and says what to do', (problem, says) => {
    const text = invalid('Licence', { field: 'licence', problem: { problem, text: 'Foo 2019' } });
    expect(text.message).toContain('"Foo 2019"');
    expect(text.message).toMatch(says);
    expect(text.fix).toBeTruthy();
  });

  test("an unknown version lists the product's versions", () => {
    const text = invalid('Licence', {
      field: 'licence',
      problem: {
        problem: 'unknown-version',
        text: 'Exchange Server 2022 User CAL',
        product: 'exchange',
      },
    });
    expect(text.message).toContain('known: 2010, 2013, 2016, 2019, SE');
  });

  test('cell problems name the header and the value', () => {
    expect(
      invalid('Assigned on', {
        field: 'assignedOn',
        problem: { code: 'not-a-date', value: '"01/03/2025"' },
      }),
    ).toEqual({
      message: 'Assigned on "01/03/2025" is not a date.',
      fix: 'Enter an Excel date or ISO text such as 2025-03-01 (01/03/2025 is ambiguous).',
    });
  });

  test('an account and a status that cannot be read', () => {
    expect(
      invalid('Account', { field: 'account', problem: { problem: 'bad-account', text: 'olga' } })
        .message,
    ).toBe('Account "olga" is not a UPN, an e-mail address or DOMAIN\\name.');
    expect(
      invalid('Status', { field: 'status', problem: { problem: 'bad-status', text: 'gone' } })
        .message,
    ).toBe('Status "gone" is not one of Active, Left, Disabled or Absent.');
  });
});

test('missing fields are listed with "and", and "is" or "are" agrees', () => {
  expect(missing.fields(['Account'], 'why').message).toBe('Account is empty.');
  expect(missing.fields(['Account', 'Assigned on', 'Licence'], 'why').message).toBe(
    'Account, Assigned on and Licence are empty.',
  );
});

describe('stale', () => {
  test("a last logon from evidence is called a hint, not proof; the register's own date is not", () => {
    const logon = stale.inactive('dana', day('2026-06-01'), 179, 90, false, 'Get-Mailbox, m.csv');
    expect(logon.message).toBe(
      'dana shows no activity since 2026-06-01 (179 days; stale after 90), by the last logon in ' +
        'Get-Mailbox, m.csv. A last logon is a hint, not proof: background processes update it too.',
    );
    expect(stale.inactive('dana', day('2026-06-01'), 179, 90, false).message).not.toContain('hint');
    expect(stale.inactive('PC-1', day('2026-06-01'), 179, 90, true).message).toMatch(
      /^Device PC-1/,
    );
  });

  test('left, deleted and disabled say where the evidence says so', () => {
    expect(stale.left('dana', false).message).toBe('dana has left; the CAL is still assigned.');
    expect(stale.left('dana', false, 'M365').message).toBe(
      "dana's account is deleted (according to M365); the CAL is still assigned.",
    );
    expect(stale.disabled('dana', false, 'AD').message).toContain('disabled (according to AD)');
  });
});

test('shortfall: what is covered and what could be reclaimed, only when there is some', () => {
  expect(shortfall(12, 10, 0, 2, 0)).toEqual({
    message: '12 required, 10 owned: 2 short.',
    fix: 'Buy 2 CALs or remove assignments.',
  });
  expect(shortfall(12, 10, 1, 1, 3).message).toContain('1 covered by a later version or a suite');
  expect(shortfall(12, 10, 1, 1, 3).fix).toBe(
    'Buy 1 CAL or remove assignments (3 held by stale assignees can be reclaimed).',
  );
});

test('version: "an" before a vowel sound', () => {
  expect(
    version('Exchange Server 2016 Standard User CAL', 'Exchange Server', '2019', 'EX01').fix,
  ).toBe('Assign an Exchange Server 2019 or later CAL.');
  expect(version('Windows Server 2019 User CAL', 'Windows Server', '2022', 'DC01').fix).toBe(
    'Assign a Windows Server 2022 or later CAL.',
  );
});

test('an ambiguous account lists at most four candidates', () => {
  const many = ambiguousAccount('alex', 'AD', ['a', 'b', 'c', 'd', 'e']).message;
  expect(many).toContain('fits 5 records of the register (a, b, c and d, ...)');
});

test('old evidence: the fix depends on whether it sits in the Usage table', () => {
  const inTable = evidenceOld('AD', day('2026-10-01'), 57, day('2026-11-27'), 30, true);
  expect(inTable.message).toBe(
    'AD was captured on 2026-10-01, 57 days before 2026-11-27: evidence older than 30 days may no longer show who uses the servers.',
  );
  expect(inTable.fix).toContain('remove the old rows from the Usage table');
  expect(evidenceOld('AD', day('2026-10-01'), 57, day('2026-11-27'), 30, false).fix).toBe(
    'Export it again and audit with the new file.',
  );
});
