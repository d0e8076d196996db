import type { EvidenceImport } from '../../../src/core/evidence';
import { check, purchase, SERVER_LICENCES, TODAY, userCal, where, type Row } from '../helpers';

const EX = 'Exchange Server 2019 Standard User CAL';
const purchases = [...SERVER_LICENCES, purchase(EX, 10)];
const assignments = [userCal(EX, 'dana@contoso.com')];

/** The ISO date `days` days before TODAY (2026-11-27). */
const daysAgo = (days: number): string =>
  new Date((TODAY - days) * 86_400_000).toISOString().slice(0, 10);

/** A Usage table row seen in `source`, captured on `capturedOn` (ISO) unless blank. */
const seen = (account: string, source: string, capturedOn?: string): Row => ({
  Account: account,
  'Last logon': daysAgo(40),
  Source: source,
  ...(capturedOn !== undefined ? { 'Captured on': capturedOn } : {}),
});

/** An imported export of one account, captured on `capturedOn` (a day number) when given. */
function imported(capturedOn: number | undefined, source = 'ad-users.csv'): EvidenceImport {
  return {
    format: 'ad-users',
    label: 'Get-ADUser',
    source,
    ...(capturedOn !== undefined ? { capturedOn } : {}),
    rows: [{ line: 2, identity: { upn: 'dana@contoso.com' }, lastLogon: TODAY - 40 }],
    notes: [],
  };
}

describe('EVIDENCE-OLD', () => {
  test('exactly 30 days old is not flagged; 31 days old is', () => {
    const findings = check('EVIDENCE-OLD', {
      purchases,
      assignments,
      usage: [
        seen('dana@contoso.com', 'Thirty', daysAgo(30)),
        seen('dana@contoso.com', 'Thirty-one', daysAgo(31)),
      ],
    });
    expect(findings.map((f) => f.row)).toEqual([3]);
    expect(findings[0].message).toContain('Thirty-one was captured on');
  });

  test('is a warning, on the Captured on column (E) of the Usage row, with no key', () => {
    const findings = check('EVIDENCE-OLD', {
      purchases,
      assignments,
      titled: true,
      usage: [seen('dana@contoso.com', 'Get-ADUser', daysAgo(31))],
    });
    expect(findings.map(where)).toEqual([
      { rule: 'EVIDENCE-OLD', severity: 'warning', sheet: 'Usage', row: 4, column: 'E' },
    ]);
  });

  test('the message names the source, the capture date, the age and the as-of date', () => {
    const [finding] = check('EVIDENCE-OLD', {
      purchases,
      assignments,
      usage: [seen('dana@contoso.com', 'Get-Mailbox, mailboxes.csv', '2026-10-01')],
    });
    expect(finding.message).toBe(
      'Get-Mailbox, mailboxes.csv was captured on 2026-10-01, 57 days before 2026-11-27: ' +
        'evidence older than 30 days may no longer show who uses the servers.',
    );
    expect(finding.fix).toBe(
      'Export it again, import the new file and remove the old rows from the Usage table.',
    );
  });

  test('a Usage-table source is flagged once, at its first row', () => {
    const findings = check('EVIDENCE-OLD', {
      purchases,
      assignments,
      usage: [
        seen('eve@contoso.com', 'Fresh', daysAgo(2)),
        seen('dana@contoso.com', 'Old export', daysAgo(45)),
        seen('eve@contoso.com', 'Old export', daysAgo(45)),
        seen('zed@contoso.com', 'Old export', daysAgo(45)),
      ],
    });
    expect(findings.map((f) => [f.sheet, f.row, f.column])).toEqual([['Usage', 3, 'E']]);
  });

  test('each old source gets its own finding', () => {
    const findings = check('EVIDENCE-OLD', {
      purchases,
      assignments,
      usage: [
        seen('dana@contoso.com', 'Get-ADUser', daysAgo(60)),
        seen('eve@contoso.com', 'Get-Mailbox', daysAgo(90)),
        seen('zed@contoso.com', 'Get-ADUser', daysAgo(60)),
      ],
    });
    expect(findings.map((f) => f.row)).toEqual([2, 3]);
    expect(findings[1].message).toContain('Get-Mailbox was captured on');
  });

  test('Usage rows without a Source are named "Usage table"', () => {
    const [finding] = check('EVIDENCE-OLD', {
      purchases,
      assignments,
      usage: [seen('dana@contoso.com', '', daysAgo(31))],
    });
    expect(finding.message).toMatch(/^Usage table was captured on /);
  });

  test('an imported file is flagged on no sheet, with its source as the key', () => {
    const findings = check(
      'EVIDENCE-OLD',
      { purchases, assignments },
      { evidence: [imported(TODAY - 31)] },
    );
    expect(findings.map(where)).toEqual([
      { rule: 'EVIDENCE-OLD', severity: 'warning', key: 'Get-ADUser, ad-users.csv' },
    ]);
    expect(findings[0].message).toContain(
      `Get-ADUser, ad-users.csv was captured on ${daysAgo(31)}, 31 days before 2026-11-27`,
    );
    // The file was never in the Usage table: nothing to remove there.
    expect(findings[0].fix).toBe('Export it again and audit with the new file.');
  });

  test('an imported file exactly 30 days old is not flagged', () => {
    const findings = check(
      'EVIDENCE-OLD',
      { purchases, assignments },
      { evidence: [imported(TODAY - 30)] },
    );
    expect(findings).toEqual([]);
  });

  test('two old imported files: one finding each, keyed by their sources', () => {
    const findings = check(
      'EVIDENCE-OLD',
      { purchases, assignments },
      { evidence: [imported(TODAY - 40, 'a.csv'), imported(TODAY - 50, 'b.csv')] },
    );
    expect(findings.map((f) => f.key).sort()).toEqual(['Get-ADUser, a.csv', 'Get-ADUser, b.csv']);
  });

  test('a source with no capture date is not flagged by this rule', () => {
    const findings = check(
      'EVIDENCE-OLD',
      {
        purchases,
        assignments,
        usage: [seen('dana@contoso.com', 'Get-ADUser'), seen('eve@contoso.com', '')],
      },
      { evidence: [imported(undefined)] },
    );
    expect(findings).toEqual([]);
  });

  test('evidence captured after the as-of date is not flagged', () => {
    const findings = check(
      'EVIDENCE-OLD',
      {
        purchases,
        assignments,
        usage: [seen('dana@contoso.com', 'Get-ADUser', '2026-11-20')],
      },
      { asOf: '2026-06-30', evidence: [imported(TODAY)] },
    );
    expect(findings).toEqual([]);
  });
});

describe('EVIDENCE-OLD is measured to the as-of date, not to today', () => {
  const usage = [seen('dana@contoso.com', 'Get-ADUser', '2026-01-01')];

  test('30 days before the as-of option is not flagged, though months before today', () => {
    expect(
      check('EVIDENCE-OLD', { purchases, assignments, usage }, { asOf: '2026-01-31' }),
    ).toEqual([]);
  });

  test('31 days before the as-of option is flagged, and the message counts to it', () => {
    const findings = check(
      'EVIDENCE-OLD',
      { purchases, assignments, usage },
      { asOf: '2026-02-01' },
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('captured on 2026-01-01, 31 days before 2026-02-01');
  });

  test('the Settings as-of date counts when no option is given', () => {
    const findings = check('EVIDENCE-OLD', {
      purchases,
      assignments,
      usage,
      settings: { 'As of date': '2026-01-20' },
    });
    expect(findings).toEqual([]);
  });

  test('the as-of option (--as-of) overrides the Settings as-of date', () => {
    const findings = check(
      'EVIDENCE-OLD',
      { purchases, assignments, usage, settings: { 'As of date': '2026-01-20' } },
      { asOf: '2026-03-01' },
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('59 days before 2026-03-01');
  });

  test('an imported file is aged to the as-of date too', () => {
    const findings = check(
      'EVIDENCE-OLD',
      { purchases, assignments },
      { asOf: TODAY - 100, evidence: [imported(TODAY - 120)] },
    );
    expect(findings).toEqual([]);
  });
});
