/**
 * Reconciling evidence of use with the register: which holder an export's account is, and
 * what the rules (CAL-UNASSIGNED-USE, CAL-STALE, REG-INVALID) make of it — whether the
 * evidence is passed as imports or written into the Usage table.
 */
import {
  dayToIso,
  LISTS_EVERY_ACCOUNT_OF,
  LISTS_EVERY_USER,
  templateHeaders,
  type AuditResult,
  type Finding,
  type SheetGrid,
} from '../../../src/core';
import {
  usageTableRows,
  usageTableSource,
  type UsageTableRow,
  type EvidenceIdentity,
  type EvidenceImport,
  type EvidenceRow,
} from '../../../src/core/evidence';
import {
  deviceCal,
  findingsOf,
  purchase,
  register,
  run,
  SERVER_LICENCES,
  sheet,
  TODAY,
  userCal,
  where,
  type RegisterSpec,
  type Row,
} from '../helpers';
import { readFixture } from './helpers';

const EXS = 'Exchange Server 2019 Standard User CAL';
const EXE = 'Exchange Server 2019 Enterprise User CAL';
const EXE_DEVICE = 'Exchange Server 2019 Enterprise Device CAL';
const WS = 'Windows Server 2022 User CAL';
const purchases = [...SERVER_LICENCES, purchase(EXS, 20), purchase(EXE, 20), purchase(WS, 20)];

/** The CAL names the exports use, and the licences findings name for them. */
const ENTERPRISE_CAL = 'Exchange Server 2019 Enterprise CAL';
const AD_CAL = 'Windows Server User CAL';

/** A row the pane writes into the Usage table, as a row of the template's headers (ISO dates). */
const usageRow = (r: UsageTableRow): Row => ({
  Account: r.account,
  'Licence required': r.licence,
  'Last logon': r.lastLogon !== undefined ? dayToIso(r.lastLogon) : null,
  Source: r.source,
  'Captured on': r.capturedOn !== undefined ? dayToIso(r.capturedOn) : null,
  Status: r.status ?? null,
  [LISTS_EVERY_USER]: r.listsEveryUser ? 'Yes' : null,
  [LISTS_EVERY_ACCOUNT_OF]: r.listsEveryAccountOf?.join(', ') ?? null,
});

// ---------------------------------------------------------------------------------------------
// A tiny builder of EvidenceImport values

/** An export's row before it is given a line: lines count from 2 (the header is line 1). */
type Account = Omit<EvidenceRow, 'line'>;

interface ExportSpec {
  readonly format?: EvidenceImport['format'];
  readonly label?: string;
  readonly source?: string;
  /** Day number; null for an export that does not say. Default: yesterday. */
  readonly capturedOn?: number | null;
  readonly completeFor?: string;
  readonly wholeDomains?: readonly string[];
}

function exported(accounts: readonly Account[], spec: ExportSpec = {}): EvidenceImport {
  const { capturedOn = TODAY - 1, ...rest } = spec;
  return {
    format: 'ad-users',
    label: 'Get-ADUser',
    source: 'ad-users.csv',
    ...(capturedOn !== null ? { capturedOn } : {}),
    rows: accounts.map((account, i) => ({ line: i + 2, ...account })),
    notes: [],
    ...rest,
  };
}

/** An enabled Active Directory account: it needs a Windows Server User CAL. */
const adUser = (identity: EvidenceIdentity, more: Partial<Account> = {}): Account => ({
  identity,
  licence: AD_CAL,
  enabled: true,
  ...more,
});

/** Get-ExchangeServerAccessLicenseUser for one CAL: every account that needs it. */
function calUsers(
  licence: string,
  identities: readonly EvidenceIdentity[],
  spec: ExportSpec = {},
): EvidenceImport {
  return exported(
    identities.map((identity) => ({ identity, licence })),
    {
      format: 'exchange-cal-users',
      label: `Get-ExchangeServerAccessLicenseUser (${licence})`,
      source: 'cal-users.csv',
      completeFor: licence,
      ...spec,
    },
  );
}

const AD_SOURCE = 'Get-ADUser, ad-users.csv';
const MAILBOX_SOURCE = 'Get-Mailbox, mailboxes.csv';

/** Mailboxes with their last logon: each needs an Exchange Server Standard CAL. */
const mailboxExport = (accounts: readonly Account[]): EvidenceImport =>
  exported(
    accounts.map((account) => ({ licence: 'Exchange Server Standard CAL', ...account })),
    { format: 'mailboxes', label: 'Get-Mailbox', source: 'mailboxes.csv' },
  );
const ENTERPRISE_SOURCE = `Get-ExchangeServerAccessLicenseUser (${ENTERPRISE_CAL}), cal-users.csv`;

const smtp = (address: string): EvidenceIdentity => ({ smtp: address });

/** Dana Scott (row 2) and Eve Berg (row 3), each with an Exchange Standard CAL. */
const people: readonly Row[] = [
  userCal(EXS, 'dana.scott@contoso.com', { 'Assigned to': 'Dana Scott' }),
  userCal(EXS, 'eve.berg@contoso.com', { 'Assigned to': 'Eve Berg' }),
];

function audited(
  assignments: readonly Row[],
  evidence: readonly EvidenceImport[],
  more: Partial<RegisterSpec> = {},
  options: { asOf?: string | number; staleDays?: number } = {},
): AuditResult {
  return run(register({ purchases, assignments, ...more }), { evidence, ...options });
}

function findings(
  rule: Finding['rule'],
  assignments: readonly Row[],
  evidence: readonly EvidenceImport[],
  more: Partial<RegisterSpec> = {},
  options: { asOf?: string | number; staleDays?: number } = {},
): Finding[] {
  return findingsOf(audited(assignments, evidence, more, options), rule);
}

/** What each usage record was matched to: the holder's key and how, or 'ambiguous'/'none'. */
function matchesOf(result: AuditResult): unknown[] {
  const t = result.register.assignments;
  return result.context.evidence.matches.map((m) =>
    m.kind === 'holder'
      ? { holder: t.key(t.holder.indexOf(m.holder)), by: m.by }
      : m.kind === 'ambiguous'
        ? { ambiguous: m.candidates, by: m.by }
        : 'none',
  );
}

const count = (text: string, part: string): number => text.split(part).length - 1;

// ---------------------------------------------------------------------------------------------

describe('matching an export account to a register holder', () => {
  test.each<[string, EvidenceIdentity, string]>([
    ['its UPN', { upn: 'dana.scott@contoso.com' }, 'account'],
    ['its UPN in another case', { upn: 'DANA.Scott@Contoso.COM' }, 'account'],
    [
      'its primary SMTP address, beside a UPN the register does not have',
      { upn: 'dscott@corp.contoso.com', smtp: 'Dana.Scott@contoso.com' },
      'account',
    ],
    ['DOMAIN\\sam, against the UPN local part', { domain: 'CONTOSO', sam: 'Dana.Scott' }, 'sam'],
    ['a bare sam, against the UPN local part', { sam: 'dana.scott' }, 'sam'],
    ['its display name, against "Assigned to"', { displayName: 'dana SCOTT' }, 'name'],
  ])('by %s', (_, identity, by) => {
    const result = audited(people, [exported([adUser(identity)])]);
    expect(matchesOf(result)).toEqual([{ holder: 'dana.scott@contoso.com', by }]);
  });

  test('DOMAIN\\sam matches an Account written as DOMAIN\\sam exactly', () => {
    const result = audited(
      [userCal(EXS, 'CONTOSO\\dana.scott', { 'Assigned to': 'Dana Scott' })],
      [exported([adUser({ domain: 'contoso', sam: 'DANA.SCOTT' })])],
    );
    expect(matchesOf(result)).toEqual([{ holder: 'CONTOSO\\dana.scott', by: 'account' }]);
  });

  test('a bare sam matches the sam of an Account written as DOMAIN\\sam', () => {
    const result = audited(
      [userCal(EXS, 'CONTOSO\\dana.scott', { 'Assigned to': 'Dana Scott' })],
      [exported([adUser({ sam: 'dana.scott' })])],
    );
    expect(matchesOf(result)).toEqual([{ holder: 'CONTOSO\\dana.scott', by: 'sam' }]);
  });

  test('DOMAIN\\sam does not match the same sam in another domain', () => {
    const result = audited(
      [userCal(EXS, 'CONTOSO\\dana.scott', { 'Assigned to': 'Dana Scott' })],
      [exported([adUser({ domain: 'FABRIKAM', sam: 'dana.scott' })])],
    );
    expect(matchesOf(result)).toEqual(['none']);
  });

  test('a display name matches a holder the register names only by "Assigned to"', () => {
    const result = audited(
      [{ Licence: EXS, 'Assigned to': 'Dana Scott', 'Assigned on': '2025-03-01' }],
      [exported([adUser({ displayName: 'Dana Scott' })])],
    );
    expect(matchesOf(result)).toEqual([{ holder: 'Dana Scott', by: 'name' }]);
  });

  test('an account the register does not hold matches nobody', () => {
    const result = audited(people, [
      exported([adUser({ upn: 'zed@contoso.com', sam: 'zed', displayName: 'Zed Muller' })]),
    ]);
    expect(matchesOf(result)).toEqual(['none']);
  });

  test('a namesake whose UPN the register does not hold is not the holder of that name', () => {
    // Alex Chen (alex.chen@) is enabled; a contractor of the same name (achen2@) is disabled.
    const result = audited(
      [userCal(WS, 'alex.chen@contoso.com', { 'Assigned to': 'Alex Chen' })],
      [
        exported([
          adUser({ upn: 'alex.chen@contoso.com', displayName: 'Alex Chen' }),
          adUser({ upn: 'achen2@contoso.com', displayName: 'Alex Chen' }, { enabled: false }),
        ]),
      ],
    );
    expect(matchesOf(result)).toEqual([{ holder: 'alex.chen@contoso.com', by: 'account' }, 'none']);
    expect(findingsOf(result, 'CAL-STALE')).toEqual([]);
  });

  test('a namesake named by DOMAIN\\sam is not the holder whose account differs', () => {
    const result = audited(
      [userCal(WS, 'CORP\\jonas.chen', { 'Assigned to': 'Jonas Chen' })],
      [exported([adUser({ domain: 'CORP', sam: 'jchen2', displayName: 'Jonas Chen' })])],
    );
    expect(matchesOf(result)).toEqual(['none']);
  });

  test('a UPN matches an Account written DOMAIN\\sam by its local part', () => {
    // As a Usage table row keeps it: the UPN only, without the display name or sam.
    const result = audited(
      [userCal(WS, 'CORP\\jonas.chen', { 'Assigned to': 'Jonas Chen' })],
      [exported([adUser({ upn: 'Jonas.Chen@corp.com' })])],
    );
    expect(matchesOf(result)).toEqual([{ holder: 'CORP\\jonas.chen', by: 'sam' }]);
  });

  test('a match is used by the rules: a disabled account named by its display name is stale', () => {
    const stale = findings('CAL-STALE', people, [
      exported([adUser({ displayName: 'Eve Berg' }, { enabled: false })]),
    ]);
    expect(stale.map((f) => [f.row, f.key])).toEqual([[3, 'eve.berg@contoso.com']]);
  });
});

describe('an account several holders fit is reported, never guessed', () => {
  const twoDanas: readonly Row[] = [
    userCal(EXS, 'dana.scott@contoso.com', { 'Assigned to': 'Dana Scott' }),
    userCal(EXS, 'dana.scott@fabrikam.com', { 'Assigned to': 'Dana Scott (Fabrikam)' }),
  ];

  test('a sam that is the UPN local part of two holders is ambiguous', () => {
    const result = audited(twoDanas, [
      exported([adUser({ domain: 'CONTOSO', sam: 'dana.scott' })]),
    ]);
    expect(matchesOf(result)).toEqual([
      { ambiguous: ['dana.scott@contoso.com', 'dana.scott@fabrikam.com'], by: 'sam' },
    ]);
  });

  test('a display name two holders share is ambiguous', () => {
    const result = audited(
      [
        userCal(EXS, 'dana.scott@contoso.com', { 'Assigned to': 'Dana Scott' }),
        userCal(EXS, 'dana.scott2@contoso.com', { 'Assigned to': 'Dana Scott' }),
      ],
      [exported([adUser({ displayName: 'Dana Scott' })])],
    );
    expect(matchesOf(result)).toEqual([
      { ambiguous: ['dana.scott2@contoso.com', 'dana.scott@contoso.com'], by: 'name' },
    ]);
  });

  test('an exact UPN is not ambiguous, though its sam fits two holders', () => {
    const result = audited(twoDanas, [
      exported([adUser({ upn: 'dana.scott@fabrikam.com', sam: 'dana.scott' })]),
    ]);
    expect(matchesOf(result)).toEqual([{ holder: 'dana.scott@fabrikam.com', by: 'account' }]);
  });

  test('the ambiguous account is REG-INVALID, on no sheet, naming the candidates and the line', () => {
    const invalid = findings('REG-INVALID', twoDanas, [
      exported([
        adUser({ upn: 'zed@contoso.com' }),
        adUser({ domain: 'CONTOSO', sam: 'dana.scott' }),
      ]),
    ]);
    expect(invalid.map(where)).toEqual([
      { rule: 'REG-INVALID', severity: 'warning', key: 'CONTOSO\\dana.scott' },
    ]);
    expect(invalid[0].message).toContain(
      'fits 2 records of the register (dana.scott@contoso.com and dana.scott@fabrikam.com): ' +
        'it is not counted for any of them',
    );
    expect(invalid[0].message).toContain(`line 3 of ${AD_SOURCE}`);
    expect(count(invalid[0].message, AD_SOURCE)).toBe(1);
  });

  test('an ambiguous Usage table row is REG-INVALID at its Account cell', () => {
    const invalid = findings('REG-INVALID', twoDanas, [], {
      usage: [{ Account: 'dana.scott', 'Last logon': '2026-11-20', Source: 'Get-ADUser' }],
    });
    expect(invalid.map(where)).toEqual([
      {
        rule: 'REG-INVALID',
        severity: 'warning',
        sheet: 'Usage',
        row: 2,
        column: 'A',
        key: 'dana.scott',
      },
    ]);
  });

  test('the ambiguous account gets no CAL-UNASSIGNED-USE, though neither candidate holds the CAL', () => {
    const unassigned = findings('CAL-UNASSIGNED-USE', twoDanas, [
      calUsers(ENTERPRISE_CAL, [{ domain: 'CONTOSO', sam: 'dana.scott' }, smtp('zed@contoso.com')]),
    ]);
    expect(unassigned.map((f) => f.key)).toEqual(['zed@contoso.com']);
  });

  test('a complete CAL list naming an ambiguous account says neither candidate is unseen', () => {
    const enterprise: readonly Row[] = [
      userCal(EXE, 'dana.scott@contoso.com', { 'Assigned to': 'Dana Scott' }),
      userCal(EXE, 'dana.scott@fabrikam.com', { 'Assigned to': 'Dana Scott (Fabrikam)' }),
      userCal(EXE, 'eve.berg@contoso.com', { 'Assigned to': 'Eve Berg' }),
    ];
    const stale = findings('CAL-STALE', enterprise, [
      calUsers(ENTERPRISE_CAL, [{ domain: 'CONTOSO', sam: 'dana.scott' }]),
    ]);
    expect(stale.map((f) => f.key)).toEqual(['eve.berg@contoso.com']);
  });

  test('a disabled ambiguous account makes neither candidate stale', () => {
    const stale = findings('CAL-STALE', twoDanas, [
      exported([
        adUser({ sam: 'dana.scott' }, { enabled: false }),
        adUser({ upn: 'dana.scott@fabrikam.com' }, { lastLogon: TODAY - 2 }),
      ]),
    ]);
    expect(stale).toEqual([]);
  });
});

describe('CAL-UNASSIGNED-USE from imported evidence', () => {
  test('an account on the Enterprise CAL list who holds only a Standard CAL: error, on no sheet', () => {
    const unassigned = findings('CAL-UNASSIGNED-USE', people, [
      calUsers(ENTERPRISE_CAL, [smtp('dana.scott@contoso.com')]),
    ]);
    expect(unassigned.map(where)).toEqual([
      {
        rule: 'CAL-UNASSIGNED-USE',
        severity: 'error',
        key: 'dana.scott@contoso.com',
        licence: EXE,
      },
    ]);
  });

  test('an account on the Enterprise CAL list who holds an Enterprise CAL needs nothing more', () => {
    const unassigned = findings(
      'CAL-UNASSIGNED-USE',
      [...people, userCal(EXE, 'dana.scott@contoso.com', { 'Assigned to': 'Dana Scott' })],
      [calUsers(ENTERPRISE_CAL, [smtp('dana.scott@contoso.com'), smtp('eve.berg@contoso.com')])],
    );
    expect(unassigned.map((f) => f.key)).toEqual(['eve.berg@contoso.com']);
  });

  test('an account the register does not hold at all: error keyed by the account', () => {
    const unassigned = findings('CAL-UNASSIGNED-USE', people, [
      calUsers(ENTERPRISE_CAL, [smtp('zoe.muller@contoso.com')]),
    ]);
    expect(unassigned.map(where)).toEqual([
      {
        rule: 'CAL-UNASSIGNED-USE',
        severity: 'error',
        key: 'zoe.muller@contoso.com',
        licence: EXE,
      },
    ]);
  });

  test('an enabled AD user without a Windows Server CAL needs one', () => {
    const unassigned = findings(
      'CAL-UNASSIGNED-USE',
      [...people, userCal(WS, 'eve.berg@contoso.com', { 'Assigned to': 'Eve Berg' })],
      [
        exported([
          adUser({ upn: 'dana.scott@contoso.com', sam: 'dana.scott' }, { lastLogon: TODAY - 1 }),
          adUser({ upn: 'eve.berg@contoso.com', sam: 'eve.berg' }, { lastLogon: TODAY - 1 }),
        ]),
      ],
    );
    expect(unassigned.map(where)).toEqual([
      {
        rule: 'CAL-UNASSIGNED-USE',
        severity: 'error',
        key: 'dana.scott@contoso.com',
        licence: AD_CAL,
      },
    ]);
  });

  test.each<[string, Partial<Account>]>([
    ['disabled', { enabled: false }],
    ['deleted', { deleted: true }],
    ['inactive for longer than the stale threshold (91 days)', { lastLogon: TODAY - 91 }],
  ])('an account the evidence shows %s needs no CAL', (_, state) => {
    const unassigned = findings('CAL-UNASSIGNED-USE', people, [
      exported([adUser({ upn: 'zed@contoso.com' }, state), adUser({ upn: 'amy@contoso.com' })]),
    ]);
    expect(unassigned.map((f) => f.key)).toEqual(['amy@contoso.com']);
  });

  test('an account last seen exactly the stale threshold ago still needs a CAL', () => {
    const unassigned = findings('CAL-UNASSIGNED-USE', people, [
      exported([adUser({ upn: 'zed@contoso.com' }, { lastLogon: TODAY - 90 })]),
    ]);
    expect(unassigned.map((f) => f.key)).toEqual(['zed@contoso.com']);
  });

  test('the inactivity threshold follows the staleDays option', () => {
    const unassigned = findings(
      'CAL-UNASSIGNED-USE',
      people,
      [exported([adUser({ upn: 'zed@contoso.com' }, { lastLogon: TODAY - 91 })])],
      {},
      { staleDays: 120 },
    );
    expect(unassigned.map((f) => f.key)).toEqual(['zed@contoso.com']);
  });

  test('the message names the line and the source of the imported row, once', () => {
    const [finding] = findings('CAL-UNASSIGNED-USE', people, [
      calUsers(ENTERPRISE_CAL, [smtp('dana.scott@contoso.com'), smtp('zoe.muller@contoso.com')]),
    ]).filter((f) => f.key === 'zoe.muller@contoso.com');
    expect(finding.message).toBe(
      `zoe.muller@contoso.com uses ${EXE} (line 3 of ${ENTERPRISE_SOURCE}) but holds no such CAL in Assignments.`,
    );
    expect(count(finding.message, 'line 3 of')).toBe(1);
  });
});

describe('CAL-STALE from imported evidence', () => {
  test('an Active assignee whose AD account is disabled is stale, according to the export', () => {
    const stale = findings(
      'CAL-STALE',
      [
        userCal(EXS, 'dana.scott@contoso.com', { 'Assigned to': 'Dana Scott', Status: 'Active' }),
        userCal(EXS, 'eve.berg@contoso.com', { 'Assigned to': 'Eve Berg' }),
      ],
      [exported([adUser({ upn: 'dana.scott@contoso.com' }, { enabled: false })])],
    );
    expect(stale.map(where)).toEqual([
      {
        rule: 'CAL-STALE',
        severity: 'warning',
        sheet: 'Assignments',
        row: 2,
        column: 'H',
        key: 'dana.scott@contoso.com',
        licence: EXS,
      },
    ]);
    expect(stale[0].message).toBe(
      `dana.scott@contoso.com's account is disabled (according to ${AD_SOURCE}); the CAL is still assigned.`,
    );
  });

  test('an assignee Microsoft 365 lists as deleted is stale: "deleted"', () => {
    const stale = findings('CAL-STALE', people, [
      exported([{ identity: { upn: 'eve.berg@contoso.com' }, deleted: true }], {
        format: 'm365-users',
        label: 'Microsoft 365 users',
        source: 'm365-deleted-users.csv',
      }),
    ]);
    expect(stale.map((f) => [f.row, f.column, f.key])).toEqual([[3, 'H', 'eve.berg@contoso.com']]);
    expect(stale[0].message).toBe(
      "eve.berg@contoso.com's account is deleted (according to Microsoft 365 users, " +
        'm365-deleted-users.csv); the CAL is still assigned.',
    );
  });

  test('a last logon older than the stale threshold is stale, and said to be a hint only', () => {
    const stale = findings('CAL-STALE', people, [
      mailboxExport([
        { identity: { upn: 'dana.scott@contoso.com' }, lastLogon: TODAY - 90 },
        { identity: { upn: 'eve.berg@contoso.com' }, lastLogon: TODAY - 91 },
      ]),
    ]);
    expect(stale.map(where)).toEqual([
      {
        rule: 'CAL-STALE',
        severity: 'warning',
        sheet: 'Assignments',
        row: 3,
        column: 'I',
        key: 'eve.berg@contoso.com',
        licence: EXS,
      },
    ]);
    expect(stale[0].message).toContain(
      `since ${dayToIso(TODAY - 91)} (91 days; stale after 90), by the last logon in ${MAILBOX_SOURCE}.`,
    );
    expect(stale[0].message).toContain('A last logon is a hint, not proof');
  });

  describe('a logon counts only for the CALs of the product it shows use of', () => {
    /** Dana holds an Exchange CAL and a Windows Server CAL, both last active 200 days ago. */
    const dana: readonly Row[] = [
      userCal(EXS, 'dana.scott@contoso.com', { 'Last activity': dayToIso(TODAY - 200) }),
      userCal(WS, 'dana.scott@contoso.com', { 'Last activity': dayToIso(TODAY - 200) }),
      userCal('Core CAL Suite User CAL', 'dana.scott@contoso.com', {
        'Last activity': dayToIso(TODAY - 200),
      }),
    ];
    const staleLicences = (evidence: readonly EvidenceImport[]) =>
      findings('CAL-STALE', dana, evidence).map((f) => f.licence);

    test('a domain logon yesterday is Windows Server use, not Exchange use', () => {
      const ad = exported([adUser({ upn: 'dana.scott@contoso.com' }, { lastLogon: TODAY - 1 })]);
      // The Core CAL Suite contains the Windows Server CAL: its use shows.
      expect(staleLicences([ad])).toEqual([EXS]);
    });

    test('a mailbox logon yesterday is Exchange use, not Windows Server use', () => {
      const mailbox = mailboxExport([
        { identity: { upn: 'dana.scott@contoso.com' }, lastLogon: TODAY - 1 },
      ]);
      expect(staleLicences([mailbox])).toEqual([WS]);
    });

    test('a Usage table row that names no CAL counts for every CAL the holder has', () => {
      const stale = findings('CAL-STALE', dana, [], {
        usage: [{ Account: 'dana.scott@contoso.com', 'Last logon': dayToIso(TODAY - 1) }],
      });
      expect(stale).toEqual([]);
    });
  });

  test('the latest capture tells the account state: disabled in June, enabled in November', () => {
    const june = exported([adUser({ upn: 'eve.berg@contoso.com' }, { enabled: false })], {
      source: 'june.csv',
      capturedOn: TODAY - 150,
    });
    const november = exported([adUser({ upn: 'eve.berg@contoso.com' }, { lastLogon: TODAY - 2 })], {
      source: 'november.csv',
    });
    expect(findings('CAL-STALE', people, [june, november])).toEqual([]);
    expect(findings('CAL-STALE', people, [november, june])).toEqual([]);
  });

  test('enabled in June, disabled in November: stale, according to November', () => {
    const june = exported([adUser({ upn: 'eve.berg@contoso.com' })], {
      source: 'june.csv',
      capturedOn: TODAY - 150,
    });
    const november = exported([adUser({ upn: 'eve.berg@contoso.com' }, { enabled: false })], {
      source: 'november.csv',
    });
    const stale = findings('CAL-STALE', people, [november, june]);
    expect(stale.map((f) => f.key)).toEqual(['eve.berg@contoso.com']);
    expect(stale[0].message).toContain('november.csv');
  });

  test('a recent Last activity in the register outweighs an old logon in the evidence', () => {
    const stale = findings(
      'CAL-STALE',
      [userCal(EXS, 'dana.scott@contoso.com', { 'Last activity': dayToIso(TODAY - 10) })],
      [exported([adUser({ upn: 'dana.scott@contoso.com' }, { lastLogon: TODAY - 200 })])],
    );
    expect(stale).toEqual([]);
  });
});

describe('CAL-STALE from a complete Exchange CAL user list', () => {
  /** Dana (row 2) and Eve (row 3) hold Enterprise CALs; Liam (row 4) a Standard CAL. */
  const enterprise: readonly Row[] = [
    userCal(EXE, 'dana.scott@contoso.com', { 'Assigned to': 'Dana Scott' }),
    userCal(EXE, 'eve.berg@contoso.com', { 'Assigned to': 'Eve Berg' }),
    userCal(EXS, 'liam.scott@contoso.com', { 'Assigned to': 'Liam Scott' }),
  ];

  test('a holder of the CAL the fresh list leaves out is stale: "not among its users"', () => {
    const capturedOn = TODAY - 5;
    const stale = findings('CAL-STALE', enterprise, [
      calUsers(ENTERPRISE_CAL, [smtp('dana.scott@contoso.com')], { capturedOn }),
    ]);
    expect(stale.map(where)).toEqual([
      {
        rule: 'CAL-STALE',
        severity: 'warning',
        sheet: 'Assignments',
        row: 3,
        column: 'H',
        key: 'eve.berg@contoso.com',
        licence: EXE,
      },
    ]);
    expect(stale[0].message).toBe(
      `eve.berg@contoso.com holds ${EXE} but is not among its users in ${ENTERPRISE_SOURCE}, ` +
        `captured on ${dayToIso(capturedOn)}: no use of it was seen.`,
    );
  });

  test('an Absent holder the list leaves out is not stale: a temporary absence', () => {
    const absent = enterprise.map((r) =>
      r.Account === 'eve.berg@contoso.com' ? { ...r, Status: 'Absent' } : r,
    );
    const result = audited(absent, [calUsers(ENTERPRISE_CAL, [smtp('dana.scott@contoso.com')])]);
    expect(findingsOf(result, 'CAL-STALE')).toEqual([]);
    expect(result.position.find((p) => p.licence === EXE)?.reclaimable).toBe(0);
  });

  test('a list exactly 30 days old still counts', () => {
    const stale = findings('CAL-STALE', enterprise, [
      calUsers(ENTERPRISE_CAL, [smtp('dana.scott@contoso.com')], { capturedOn: TODAY - 30 }),
    ]);
    expect(stale.map((f) => f.key)).toEqual(['eve.berg@contoso.com']);
  });

  test('a list 31 days old makes no CAL look unused', () => {
    const stale = findings('CAL-STALE', enterprise, [
      calUsers(ENTERPRISE_CAL, [smtp('dana.scott@contoso.com')], { capturedOn: TODAY - 31 }),
    ]);
    expect(stale).toEqual([]);
  });

  test('the age of the list is measured to the as-of date', () => {
    const stale = findings(
      'CAL-STALE',
      enterprise,
      [calUsers(ENTERPRISE_CAL, [smtp('dana.scott@contoso.com')], { capturedOn: TODAY - 40 })],
      {},
      { asOf: TODAY - 20 },
    );
    expect(stale.map((f) => f.key)).toEqual(['eve.berg@contoso.com']);
  });

  test('a list with no capture date makes no CAL look unused', () => {
    const stale = findings('CAL-STALE', enterprise, [
      calUsers(ENTERPRISE_CAL, [smtp('dana.scott@contoso.com')], { capturedOn: null }),
    ]);
    expect(stale).toEqual([]);
  });

  test('an Enterprise list says nothing about holders of the Standard CAL', () => {
    const stale = findings('CAL-STALE', enterprise, [
      calUsers(ENTERPRISE_CAL, [smtp('dana.scott@contoso.com'), smtp('eve.berg@contoso.com')]),
    ]);
    expect(stale).toEqual([]);
  });

  test('a list of another version is not applied', () => {
    const stale = findings('CAL-STALE', enterprise, [
      calUsers('Exchange Server 2016 Enterprise CAL', [smtp('dana.scott@contoso.com')]),
    ]);
    expect(stale).toEqual([]);
  });

  test('a list that names no version applies to holders of every version', () => {
    const stale = findings('CAL-STALE', enterprise, [
      calUsers('Exchange Server Enterprise CAL', [smtp('dana.scott@contoso.com')]),
    ]);
    expect(stale.map((f) => f.key)).toEqual(['eve.berg@contoso.com']);
  });

  test('an export that is not a complete list (no completeFor) is not applied', () => {
    const partial = calUsers(ENTERPRISE_CAL, [smtp('dana.scott@contoso.com')], {
      completeFor: undefined,
    });
    expect(findings('CAL-STALE', enterprise, [partial])).toEqual([]);
  });

  test('Usage rows of one CAL are a complete list when their "Lists every user of the CAL" says Yes, whatever their Source says', () => {
    const row = (Source: string, listed: unknown): Row => ({
      Account: 'dana.scott@contoso.com',
      'Licence required': ENTERPRISE_CAL,
      Source,
      'Captured on': dayToIso(TODAY - 1),
      [LISTS_EVERY_USER]: listed,
    });
    const stale = (Source: string, listed: unknown = null) =>
      findings('CAL-STALE', enterprise, [], { usage: [row(Source, listed)] }).map((f) => f.key);
    const wording = `Get-ExchangeServerAccessLicenseUser (all users of ${ENTERPRISE_CAL})`;
    // The Source's wording means nothing: the old "(all users of ...)" text alone is no list.
    expect(stale(wording)).toEqual([]);
    expect(stale(wording, 'No')).toEqual([]);
    expect(stale('Get-ExchangeServerAccessLicenseUser', 'Yes')).toEqual(['eve.berg@contoso.com']);
    // Read as every Yes/No cell is: a German register's "Ja", Excel's TRUE.
    expect(stale('Get-ExchangeServerAccessLicenseUser', 'Ja')).toEqual(['eve.berg@contoso.com']);
    expect(stale('Get-ExchangeServerAccessLicenseUser', true)).toEqual(['eve.berg@contoso.com']);
  });

  test('a source whose rows do not all say Yes is not a complete list', () => {
    const row = (Account: string, listed: string | null): Row => ({
      Account,
      'Licence required': ENTERPRISE_CAL,
      Source: 'Get-ExchangeServerAccessLicenseUser',
      'Captured on': dayToIso(TODAY - 1),
      [LISTS_EVERY_USER]: listed,
    });
    const usage = [row('dana.scott@contoso.com', 'Yes'), row('zoe.muller@contoso.com', null)];
    expect(findings('CAL-STALE', enterprise, [], { usage })).toEqual([]);
  });

  test('a "Lists every user of the CAL" cell that is neither Yes nor No is REG-INVALID', () => {
    const usage: Row[] = [
      {
        Account: 'dana.scott@contoso.com',
        'Licence required': ENTERPRISE_CAL,
        Source: 'Get-ExchangeServerAccessLicenseUser',
        'Captured on': dayToIso(TODAY - 1),
        [LISTS_EVERY_USER]: 'all of them',
      },
    ];
    const invalid = findings('REG-INVALID', enterprise, [], { usage });
    expect(invalid.map((f) => [f.sheet, f.row, f.column, f.message])).toEqual([
      ['Usage', 2, 'G', `${LISTS_EVERY_USER} "all of them" is neither Yes nor No.`],
    ]);
    expect(findings('CAL-STALE', enterprise, [], { usage })).toEqual([]);
  });

  test('a holder the list names by display name or DOMAIN\\sam is among its users', () => {
    const stale = findings('CAL-STALE', enterprise, [
      calUsers(ENTERPRISE_CAL, [
        { displayName: 'Dana Scott' },
        { domain: 'CONTOSO', sam: 'eve.berg' },
      ]),
    ]);
    expect(stale).toEqual([]);
  });

  test('Device CAL rows are never "unseen"', () => {
    const stale = findings(
      'CAL-STALE',
      [...enterprise, deviceCal(EXE_DEVICE, 'PC-0042')],
      [calUsers(ENTERPRISE_CAL, [smtp('dana.scott@contoso.com')])],
      { purchases: [...purchases, purchase(EXE_DEVICE, 5)] },
    );
    expect(stale.map((f) => f.key)).toEqual(['eve.berg@contoso.com']);
  });
});

describe('CAL-STALE from an export of every account of a domain', () => {
  /** Get-ADUser -Filter * of CONTOSO: it lists krbtgt, so it lists the whole domain. */
  const wholeDomain = (accounts: readonly Account[], spec: ExportSpec = {}) =>
    exported(
      [
        { identity: { sam: 'krbtgt', domain: 'CONTOSO' }, enabled: false },
        adUser({ upn: 'dana.scott@contoso.com', sam: 'dana.scott', domain: 'CONTOSO' }),
        ...accounts,
      ],
      { wholeDomains: ['CONTOSO'], ...spec },
    );
  const stale = (assignments: readonly Row[], evidence: readonly EvidenceImport[]) =>
    findings('CAL-STALE', assignments, evidence).map((f) => [f.row, f.key]);

  test('a register account of the domain the export leaves out no longer exists', () => {
    const result = findings('CAL-STALE', people, [wholeDomain([])]);
    expect(result.map(where)).toEqual([
      {
        rule: 'CAL-STALE',
        severity: 'warning',
        sheet: 'Assignments',
        row: 3,
        column: 'H',
        key: 'eve.berg@contoso.com',
        licence: EXS,
      },
    ]);
    expect(result[0].message).toBe(
      `eve.berg@contoso.com is not among the accounts of ${AD_SOURCE}, captured on ${dayToIso(TODAY - 1)}, ` +
        'which lists every account of the domain: the account seems deleted, and the CAL is still assigned.',
    );
  });

  test('an export filtered by OU or state (no krbtgt) says nothing of the accounts it leaves out', () => {
    const filtered = exported([
      adUser({ upn: 'dana.scott@contoso.com', sam: 'dana.scott', domain: 'CONTOSO' }),
    ]);
    expect(stale(people, [filtered])).toEqual([]);
  });

  test('accounts of other domains and UPN suffixes are out of its scope', () => {
    const others: readonly Row[] = [
      userCal(EXS, 'eve.berg@fabrikam.com'),
      userCal(EXS, 'FABRIKAM\\eve.berg'),
      userCal(EXS, 'CONTOSO\\zed.muller'),
      userCal(EXS, 'zed'),
    ];
    expect(stale(others, [wholeDomain([])])).toEqual([[4, 'CONTOSO\\zed.muller']]);
  });

  test('an account it names by sam or display name is not missing', () => {
    const named = wholeDomain([adUser({ sam: 'eve.berg', domain: 'CONTOSO' })]);
    expect(stale(people, [named])).toEqual([]);
  });

  test('an Absent holder, a Device CAL and an export older than 30 days are left alone', () => {
    const assignments: readonly Row[] = [
      userCal(EXS, 'eve.berg@contoso.com', { Status: 'Absent' }),
      deviceCal(EXE_DEVICE, 'PC-0042'),
    ];
    expect(stale(assignments, [wholeDomain([])])).toEqual([]);
    expect(stale(people, [wholeDomain([], { capturedOn: TODAY - 31 })])).toEqual([]);
  });

  test('written to the Usage table by the pane, the export gives the same finding', () => {
    const evidence = wholeDomain([]);
    // The Source is provenance only; the domain goes in its own column.
    expect(usageTableSource(evidence)).toBe(AD_SOURCE);
    const rows = usageTableRows(evidence);
    expect(rows.every((r) => r.listsEveryAccountOf?.join() === 'CONTOSO')).toBe(true);
    const result = run([
      ...register({ purchases, assignments: people }),
      sheet('Usage', templateHeaders('Usage'), rows.map(usageRow)),
    ]);
    expect(findingsOf(result, 'CAL-STALE').map((f) => [f.row, f.key])).toEqual([
      [3, 'eve.berg@contoso.com'],
    ]);
  });

  test('Usage rows list every account of a domain by their column, never by their Source', () => {
    const usage = (Source: string, domains: string | null): Row[] =>
      ['CONTOSO\\krbtgt', 'dana.scott@contoso.com'].map((Account) => ({
        Account,
        Source,
        'Last logon': dayToIso(TODAY - 2),
        'Captured on': dayToIso(TODAY - 1),
        [LISTS_EVERY_ACCOUNT_OF]: domains,
      }));
    const stale = (Source: string, domains: string | null) =>
      findings('CAL-STALE', people, [], { usage: usage(Source, domains) }).map((f) => f.key);
    expect(stale('Get-ADUser (every account of domain CONTOSO)', null)).toEqual([]);
    expect(stale('Get-ADUser', 'contoso, FABRIKAM')).toEqual(['eve.berg@contoso.com']);
  });
});

describe('the same import as Usage table rows gives the same findings', () => {
  /** An import as the task pane writes it into the Usage table: template headers, ISO dates. */
  function usageGrid(imports: readonly EvidenceImport[]): SheetGrid {
    return sheet('Usage', templateHeaders('Usage'), imports.flatMap(usageTableRows).map(usageRow));
  }

  const assignments: readonly Row[] = [
    userCal(EXE, 'dana.scott@contoso.com', { 'Assigned to': 'Dana Scott' }),
    userCal(EXE, 'eve.berg@contoso.com', { 'Assigned to': 'Eve Berg' }),
    userCal(EXS, 'fatima.scott@contoso.com', { 'Assigned to': 'Fatima Scott' }),
    userCal(WS, 'kenji.berg@contoso.com', { 'Assigned to': 'Kenji Berg' }),
    userCal(WS, 'liam.scott@contoso.com', { 'Assigned to': 'Liam Scott' }),
    userCal(WS, 'mei.chen@contoso.com', { 'Assigned to': 'Mei Chen' }),
  ];
  const imports: readonly EvidenceImport[] = [
    calUsers(
      ENTERPRISE_CAL,
      [
        smtp('dana.scott@contoso.com'),
        smtp('fatima.scott@contoso.com'),
        smtp('zoe.muller@contoso.com'),
      ],
      { capturedOn: TODAY - 3 },
    ),
    exported(
      [
        adUser({ upn: 'kenji.berg@contoso.com', sam: 'kenji.berg' }, { lastLogon: TODAY - 162 }),
        adUser({ upn: 'liam.scott@contoso.com', sam: 'liam.scott' }, { enabled: false }),
        adUser({ upn: 'mei.chen@contoso.com', sam: 'mei.chen' }, { lastLogon: TODAY - 2 }),
        adUser({ upn: 'svc-backup@contoso.com', sam: 'svc-backup' }, { lastLogon: TODAY }),
      ],
      { capturedOn: TODAY - 2 },
    ),
    exported([{ identity: { upn: 'dana.scott@contoso.com' }, deleted: true }], {
      format: 'm365-users',
      label: 'Microsoft 365 users',
      source: 'm365-users.csv',
      capturedOn: TODAY - 1,
    }),
  ];

  const fromImports = () => run(register({ purchases, assignments }), { evidence: imports });
  const fromTable = () => run([...register({ purchases, assignments }), usageGrid(imports)]);
  const keyed = (result: AuditResult, rule: Finding['rule']) =>
    findingsOf(result, rule).map((f) => [f.key, f.licence]);

  test('the imports give the findings this scenario expects', () => {
    const result = fromImports();
    expect(keyed(result, 'CAL-UNASSIGNED-USE')).toEqual([
      ['fatima.scott@contoso.com', EXE],
      ['zoe.muller@contoso.com', EXE],
      ['svc-backup@contoso.com', AD_CAL],
    ]);
    expect(findingsOf(result, 'CAL-STALE').map((f) => [f.row, f.column, f.key])).toEqual([
      [2, 'H', 'dana.scott@contoso.com'],
      [3, 'H', 'eve.berg@contoso.com'],
      [5, 'I', 'kenji.berg@contoso.com'],
      [6, 'H', 'liam.scott@contoso.com'],
    ]);
  });

  test('CAL-UNASSIGNED-USE: the same accounts and licences, at their Usage rows', () => {
    const imported = fromImports();
    const table = fromTable();
    expect(keyed(table, 'CAL-UNASSIGNED-USE')).toEqual(keyed(imported, 'CAL-UNASSIGNED-USE'));
    expect(findingsOf(table, 'CAL-UNASSIGNED-USE').map((f) => [f.sheet, f.row, f.column])).toEqual([
      ['Usage', 3, 'A'],
      ['Usage', 4, 'A'],
      ['Usage', 8, 'A'],
    ]);
  });

  test('CAL-STALE: the same findings at the same Assignments cells', () => {
    expect(findingsOf(fromTable(), 'CAL-STALE').map(where)).toEqual(
      findingsOf(fromImports(), 'CAL-STALE').map(where),
    );
  });

  test('the Usage table path reads "Lists every user of the CAL" as a complete list', () => {
    const [unseen] = findingsOf(fromTable(), 'CAL-STALE').filter(
      (f) => f.key === 'eve.berg@contoso.com',
    );
    expect(unseen.message).toContain(
      `is not among its users in ${ENTERPRISE_SOURCE}, captured on ${dayToIso(TODAY - 3)}`,
    );
  });
});

describe('summaries of the evidence used', () => {
  test('count accounts, matched, ambiguous and unmatched, and the age at the as-of date', () => {
    const result = audited(
      [
        userCal(EXE, 'dana.scott@contoso.com', { 'Assigned to': 'Dana Scott' }),
        userCal(EXE, 'dana.scott@fabrikam.com', { 'Assigned to': 'Dana Scott' }),
        userCal(EXE, 'eve.berg@contoso.com', { 'Assigned to': 'Eve Berg' }),
      ],
      [
        calUsers(
          ENTERPRISE_CAL,
          [
            smtp('eve.berg@contoso.com'),
            { displayName: 'Dana Scott' },
            smtp('zoe.muller@contoso.com'),
            smtp('dana.scott@fabrikam.com'),
          ],
          { capturedOn: TODAY - 12 },
        ),
        exported([adUser({ upn: 'eve.berg@contoso.com' })], { capturedOn: null }),
      ],
      {},
      { asOf: TODAY - 2 },
    );
    expect(
      result.context.evidence.summaries.map(({ records: _, completeFor, ...s }) => ({
        ...s,
        completeFor: completeFor?.name,
      })),
    ).toEqual([
      {
        source: ENTERPRISE_SOURCE,
        capturedOn: TODAY - 12,
        ageDays: 10,
        accounts: 4,
        matched: 2,
        ambiguous: 1,
        unmatched: 1,
        completeFor: EXE,
      },
      {
        source: AD_SOURCE,
        accounts: 1,
        matched: 1,
        ambiguous: 0,
        unmatched: 0,
        completeFor: undefined,
      },
    ]);
  });

  test('a Usage table source is summarised with its first row', () => {
    const result = audited(people, [], {
      usage: [
        {
          Account: 'dana.scott@contoso.com',
          'Last logon': '2026-11-20',
          Source: 'Get-ADUser',
          'Captured on': '2026-11-25',
        },
        {
          Account: 'zed@contoso.com',
          'Last logon': '2026-11-20',
          Source: 'Get-ADUser',
          'Captured on': '2026-11-25',
        },
      ],
    });
    expect(result.context.evidence.summaries).toEqual([
      {
        source: 'Get-ADUser',
        capturedOn: TODAY - 2,
        ageDays: 2,
        accounts: 2,
        matched: 1,
        ambiguous: 0,
        unmatched: 1,
        firstRow: 2,
        records: [0, 1],
      },
    ]);
  });

  test('an account an export names without any name is not counted', () => {
    const result = audited(people, [
      exported([adUser({ upn: 'dana.scott@contoso.com' }), adUser({ domain: 'CONTOSO' })]),
    ]);
    expect(result.context.evidence.summaries.map((s) => s.accounts)).toEqual([1]);
  });
});

describe('real exports', () => {
  test('an Exchange 2019 Enterprise CAL user list against a small register', () => {
    const list = readFixture('exchange-cal-users-2019-enterprise.csv', { capturedOn: TODAY - 3 });
    const result = audited(
      [
        userCal(EXS, 'dana.scott@contoso.com', { 'Assigned to': 'Dana Scott' }),
        userCal(EXE, 'dana.scott@contoso.com', { 'Assigned to': 'Dana Scott' }),
        userCal(EXS, 'fatima.scott@contoso.com', { 'Assigned to': 'Fatima Scott' }),
        userCal(EXE, 'dana.berg@contoso.com', { 'Assigned to': 'Dana Berg' }),
        userCal(EXE, 'fatima.berg@contoso.com', { 'Assigned to': 'Fatima Berg' }),
        userCal(EXE, 'kenji.berg@contoso.com', { 'Assigned to': 'Kenji Berg' }),
        userCal(EXS, 'liam.scott@contoso.com', { 'Assigned to': 'Liam Scott' }),
      ],
      [list],
    );
    const source = `Get-ExchangeServerAccessLicenseUser (${ENTERPRISE_CAL}), exchange-cal-users-2019-enterprise.csv`;
    expect(matchesOf(result)).toEqual([
      { holder: 'dana.scott@contoso.com', by: 'account' },
      { holder: 'fatima.scott@contoso.com', by: 'account' },
      { holder: 'dana.berg@contoso.com', by: 'name' },
      { holder: 'fatima.berg@contoso.com', by: 'sam' },
      'none',
      'none',
      'none',
      'none',
    ]);
    const unassigned = findingsOf(result, 'CAL-UNASSIGNED-USE');
    expect(unassigned.map((f) => [f.key, f.licence])).toEqual([
      ['fatima.scott@contoso.com', EXE],
      ['sofia.kowalski@contoso.com', EXE],
      ['amara.scott@contoso.com', EXE],
      ['priya.scott@contoso.com', EXE],
      ['Dana Kowalski', EXE],
    ]);
    expect(unassigned[0].message).toContain(`(line 3 of ${source})`);
    expect(unassigned[4].message).toContain(`(line 9 of ${source})`);
    expect(findingsOf(result, 'CAL-STALE').map(where)).toEqual([
      {
        rule: 'CAL-STALE',
        severity: 'warning',
        sheet: 'Assignments',
        row: 7,
        column: 'H',
        key: 'kenji.berg@contoso.com',
        licence: EXE,
      },
    ]);
    expect(findingsOf(result, 'EVIDENCE-OLD')).toEqual([]);
  });

  test('Get-ADUser: disabled and long-inactive assignees, and accounts with no CAL', () => {
    const ad = readFixture('ad-users.csv', { capturedOn: TODAY - 1 });
    const result = audited(
      [
        'dana.scott',
        'alex.scott',
        'alex.berg',
        'liam.scott',
        'kenji.berg',
        'priya.scott',
        'mei.chen',
      ].map((name) => userCal(WS, `${name}@contoso.com`)),
      [ad],
    );
    expect(findingsOf(result, 'CAL-STALE').map((f) => [f.row, f.column, f.key])).toEqual([
      [4, 'H', 'alex.berg@contoso.com'],
      [5, 'H', 'liam.scott@contoso.com'],
      [6, 'I', 'kenji.berg@contoso.com'],
    ]);
    expect(findingsOf(result, 'CAL-STALE')[2].message).toContain('(162 days; stale after 90)');
    expect(findingsOf(result, 'CAL-UNASSIGNED-USE').map((f) => [f.key, f.licence])).toEqual([
      ['CONTOSO\\Administrator', AD_CAL],
      ['svc-backup@contoso.com', AD_CAL],
    ]);
  });
});
