/** `cal-register audit --usage EXPORT`: exports as evidence of use, as an admin runs them. */
import { copyFileSync, existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli, EXAMPLE, ROOT, tempDir } from './run-cli';

const EXPORTS = join(ROOT, 'test', 'fixtures', 'exports');
const dir = tempDir();

interface JsonFinding {
  readonly rule: string;
  readonly severity: string;
  readonly key?: string;
  readonly message: string;
}
interface Json {
  readonly findings: readonly JsonFinding[];
  readonly evidence?: readonly {
    source: string;
    capturedOn?: string;
    ageDays?: number;
    accounts: number;
    matched: number;
    ambiguous: number;
    unmatched: number;
    completeFor?: string;
    wholeDomains?: string[];
  }[];
}

/** A copy of an export whose file date (the capture date the CLI assumes) is `day`. */
function exportOn(name: string, day: string): string {
  const file = join(dir, `${day}-${name}`);
  copyFileSync(join(EXPORTS, name), file);
  const at = new Date(`${day}T12:00:00`);
  utimesSync(file, at, at);
  return file;
}

function auditJson(...args: string[]): { status: number | null; json: Json; stderr: string } {
  const result = cli('audit', EXAMPLE, '--json', '--all', ...args);
  return { status: result.status, json: JSON.parse(result.stdout) as Json, stderr: result.stderr };
}

const keysOf = (json: Json, rule: string) =>
  json.findings
    .filter((f) => f.rule === rule)
    .map((f) => f.key ?? '')
    .sort();

describe('audit with two fresh exports', () => {
  const without = auditJson();
  const calUsers = exportOn('exchange-cal-users-2019-enterprise.csv', '2026-11-26');
  const adUsers = exportOn('ad-users.csv', '2026-11-26');
  const { status, json, stderr } = auditJson('--usage', calUsers, '--usage', adUsers);

  test('reads both and says what it matched', () => {
    expect(stderr).toBe('');
    expect(status).toBe(1);
    // Each export is labelled by the command that makes it and its file name.
    const sources = (json.evidence ?? []).map((e) => e.source);
    expect(sources).toEqual(
      expect.arrayContaining([
        'Get-ExchangeServerAccessLicenseUser (Exchange Server 2019 Enterprise CAL), 2026-11-26-exchange-cal-users-2019-enterprise.csv',
        'Get-ADUser, 2026-11-26-ad-users.csv',
      ]),
    );
    for (const e of json.evidence ?? []) {
      if (!e.source.includes('2026-11-26-')) continue;
      expect(e.capturedOn).toBe('2026-11-26');
      expect(e.ageDays).toBe(1); // the example is judged on 2026-11-27
      expect(e.matched + e.ambiguous + e.unmatched).toBe(e.accounts);
      expect(e.matched).toBeGreaterThan(0);
    }
    const cal = json.evidence?.find((e) =>
      e.source.endsWith('exchange-cal-users-2019-enterprise.csv'),
    );
    expect(cal?.completeFor).toBe('Exchange Server 2019 Enterprise User CAL');
  });

  test('people using a CAL without an assignment are found, by UPN, DOMAIN\\sam or name', () => {
    const before = keysOf(without.json, 'CAL-UNASSIGNED-USE');
    const after = keysOf(json, 'CAL-UNASSIGNED-USE');
    expect(before).toEqual(['ops.mailbox@contoso.com']); // from the example's own Usage table
    expect(after).toEqual([
      'CONTOSO\\Administrator', // Get-ADUser: enabled, logged on, in no Assignments row
      'ops.mailbox@contoso.com',
      'priya.scott@contoso.com', // the Enterprise CAL list; she holds Standard only
      'svc-backup@contoso.com',
    ]);
    const priya = json.findings.find((f) => f.key === 'priya.scott@contoso.com');
    expect(priya?.message).toMatch(
      /uses Exchange Server 2019 Enterprise User CAL \(line \d+ of Get-ExchangeServerAccessLicenseUser/,
    );
    expect(priya?.message.match(/exchange-cal-users/g)).toHaveLength(1);
  });

  const staleOf = (found: Json, who: string) =>
    found.findings
      .filter((f) => f.rule === 'CAL-STALE' && (f.key ?? '').toLowerCase().includes(who))
      .map((f) => f.message);

  test('assignments of disabled accounts and of accounts the whole-domain export lacks are stale', () => {
    for (const who of ['liam.scott', 'alex.berg'])
      expect(staleOf(json, who).join(' ')).toMatch(/disabled/i);
    // The Get-ADUser export lists krbtgt: the whole CONTOSO domain, which these accounts are not in.
    expect(json.evidence?.find((e) => e.source.endsWith('ad-users.csv'))?.wholeDomains).toEqual([
      'CONTOSO',
    ]);
    for (const who of ['dana.nair', 'fatima.kowalski'])
      expect(staleOf(json, who).join(' ')).toMatch(
        /is not among the accounts of Get-ADUser, 2026-11-26-ad-users\.csv, .*seems deleted/,
      );
    // Nobody the exports show as active is called stale for lack of activity.
    expect(staleOf(json, 'dana.scott')).toEqual([]);
  });

  test('with the CAL list alone, its Enterprise holders it does not show are stale', () => {
    const alone = auditJson('--usage', calUsers).json;
    for (const who of ['dana.nair', 'fatima.kowalski'])
      expect(staleOf(alone, who).join(' ')).toMatch(
        /not among its users in .*2026-11-26-exchange-cal-users-2019-enterprise\.csv/,
      );
  });

  test('fresh exports raise no EVIDENCE-OLD for themselves', () => {
    const old = json.findings.filter((f) => f.rule === 'EVIDENCE-OLD');
    expect(old.filter((f) => f.message.includes('2026-11-26-'))).toEqual([]);
  });
});

test('an export older than 30 days is flagged, not trusted for staleness', () => {
  const file = exportOn('exchange-cal-users-2019-enterprise.csv', '2026-08-01');
  const { json } = auditJson('--usage', file);
  const old = json.findings.filter((f) => f.rule === 'EVIDENCE-OLD');
  expect(old.map((f) => f.message).join('\n')).toContain('2026-08-01-exchange-cal-users');
  expect(old.every((f) => f.severity === 'warning')).toBe(true);
  const unseen = json.findings.filter(
    (f) => f.rule === 'CAL-STALE' && f.message.includes('2026-08-01-exchange'),
  );
  expect(unseen).toEqual([]);
});

test('the human report lists the evidence read', () => {
  const file = exportOn('ad-users.csv', '2026-11-26');
  const result = cli('audit', EXAMPLE, '--usage', file);
  expect(result.stdout).toContain('Evidence of use');
  expect(result.stdout).toMatch(
    /2026-11-26-ad-users\.csv: captured 2026-11-26 \(1 day old\); \d+ accounts: \d+ matched/,
  );
});

test('the audit sheet lists the evidence read, with its capture date and age', async () => {
  const file = exportOn('ad-users.csv', '2026-11-26');
  const out = join(dir, 'with-evidence.xlsx');
  const result = cli('audit', EXAMPLE, '--usage', file, '--out', out);
  expect(result.status).toBe(1);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const sheet = workbook.getWorksheet('CAL Audit');
  expect(sheet?.getTable('CALAudit_Evidence')).toBeDefined();
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const ad = rows.find((r) => r[0] === 'Get-ADUser, 2026-11-26-ad-users.csv');
  expect(ad?.[1]).toEqual(new Date(Date.UTC(2026, 10, 26)));
  expect(ad?.slice(2, 7)).toEqual([1, 11, 7, 0, 4]);
});

describe('an export that cannot be used stops the audit and writes nothing', () => {
  const cases: [string, RegExp][] = [
    ['truncated.csv', /truncated\.csv/],
    ['binary.csv', /binary\.csv/],
    ['unrelated.csv', /match no export/],
    ['empty.csv', /empty\.csv/],
    ['header-only.csv', /header-only\.csv/],
  ];
  test.each(cases)('%s', (name, message) => {
    const out = join(dir, `out-${name}.xlsx`);
    const result = cli('audit', EXAMPLE, '--usage', join(EXPORTS, name), '--out', out);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/cannot be used/);
    expect(result.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    expect(existsSync(out)).toBe(false);
  });

  test('a missing export names the path', () => {
    const result = cli('audit', EXAMPLE, '--usage', join(dir, 'nope.csv'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot find the export ".*nope\.csv"/);
  });

  test('an unknown --culture is refused before anything is read', () => {
    const result = cli(
      'audit',
      EXAMPLE,
      '--usage',
      join(EXPORTS, 'ad-users.csv'),
      '--culture',
      'xx',
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--culture "xx" is not one of en-US/);
  });

  test('the register is never changed', () => {
    const before = readFileSync(EXAMPLE);
    const copy = join(dir, 'register.xlsx');
    writeFileSync(copy, before);
    cli('audit', copy, '--usage', join(EXPORTS, 'truncated.csv'));
    cli('audit', copy, '--usage', join(EXPORTS, 'ad-users.csv'), '--out', join(dir, 'ok.xlsx'));
    expect(readFileSync(copy).equals(before)).toBe(true);
  });
});
