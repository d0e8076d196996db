/**
 * Property: whatever the bytes, readEvidence returns a problem or an import and never
 * throws; an import's rows point at lines of the file and name an account.
 */
import fc from 'fast-check';
import {
  isEvidenceProblem,
  readEvidence,
  readEvidenceText,
  type EvidenceImport,
  type EvidenceProblem,
} from '../../../src/core/evidence';
import { fixtureBytes } from './helpers';

const PROBLEMS = ['empty', 'encoding', 'not-csv', 'unknown-format', 'truncated', 'no-rows'];

function check(result: EvidenceImport | EvidenceProblem, lines: number): void {
  if (isEvidenceProblem(result)) {
    expect(PROBLEMS).toContain(result.problem);
    expect(result.message.length).toBeGreaterThan(20);
    return;
  }
  for (const row of result.rows) {
    expect(row.line).toBeGreaterThanOrEqual(1);
    expect(row.line).toBeLessThanOrEqual(lines);
    expect(
      row.identity.upn ?? row.identity.smtp ?? row.identity.sam ?? row.identity.displayName,
    ).toBeTruthy();
    if (row.lastLogon !== undefined) expect(Number.isInteger(row.lastLogon)).toBe(true);
  }
}

test('random bytes never make readEvidence throw', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
      check(readEvidence(bytes, { source: 'random' }), Number.MAX_SAFE_INTEGER);
    }),
    { numRuns: 2000 },
  );
});

test('a real export with random bytes spliced in never throws', () => {
  const base = fixtureBytes('ad-users.csv');
  fc.assert(
    fc.property(
      fc.nat({ max: base.length }),
      fc.nat({ max: 40 }),
      fc.uint8Array({ maxLength: 40 }),
      (at, cut, insert) => {
        const bytes = new Uint8Array([
          ...base.subarray(0, at),
          ...insert,
          ...base.subarray(at + cut),
        ]);
        check(readEvidence(bytes, { source: 'spliced' }), Number.MAX_SAFE_INTEGER);
      },
    ),
    { numRuns: 1000 },
  );
});

const WORDS = [
  'LicenseName',
  'Name',
  'UserName',
  'UnitLabel',
  'DisplayName',
  'PrimarySmtpAddress',
  'SamAccountName',
  'LastLogonTime',
  'LastLogonDate',
  'Enabled',
  'DistinguishedName',
  'User Principal Name',
  'Display name',
  'Block credential',
  'Report Refresh Date',
  'Exchange Last Activity Date',
  'Is Deleted',
  'True',
  'False',
  'Never',
  'CONTOSO\\dana',
  'contoso.com/Users/Dana Scott',
  'dana@contoso.com',
  'CN=Dana,DC=contoso,DC=com',
  '11/27/2026 9:14:03 AM',
  '27.11.2026 09:14:03',
  '2026-11-27',
  '31/02/2026',
  '#TYPE X',
];

test('CSV-like text of export words, separators and quotes never throws', () => {
  const token = fc.oneof(
    fc.constantFrom(...WORDS),
    fc.constantFrom(',', ';', '\t', '"', '""', '\r\n', '\n', '\r', ' '),
    fc.string({ maxLength: 8 }),
  );
  fc.assert(
    fc.property(
      fc.array(token, { maxLength: 80 }),
      fc.constantFrom('en-US', 'de-DE', 'nl-NL'),
      (tokens, culture) => {
        const text = tokens.join('');
        const lines = text.split(/\r\n|\r|\n/).length;
        check(readEvidenceText(text, { source: 'words', culture }), lines);
      },
    ),
    { numRuns: 3000 },
  );
});
