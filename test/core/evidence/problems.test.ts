/** Files that cannot be used: one problem each, one clear sentence, nothing imported, no throw. */
import {
  KNOWN_EXPORTS,
  readEvidence,
  readEvidenceText,
  type EvidenceProblem,
} from '../../../src/core/evidence';
import { fixtureBytes, problemOf, utf8 } from './helpers';

/** One sentence: a capital, one full stop at the end, no stack trace. */
function expectOneSentence(problem: EvidenceProblem): void {
  expect(problem.message).toMatch(/^[A-Z].*\.$/s);
  expect(problem.message).not.toMatch(/\.\s+[A-Z]/);
  expect(problem.message).not.toMatch(/\bat \w+ \(|Error:/);
}

test.each<[string, EvidenceProblem['problem'], RegExp]>([
  ['truncated.csv', 'truncated', /stops in the middle of line 4/],
  ['binary.csv', 'encoding', /looks binary/],
  ['unrelated.csv', 'unknown-format', /"Name", "Id", "CPU", "WorkingSet64" match no export/],
  ['header-only.csv', 'no-rows', /columns of Get-Mailbox .* but no rows/],
  ['empty.csv', 'empty', /empty/],
  ['cal-users-table.txt', 'not-csv', /on-screen table .* Export-Csv/],
])('%s: %s', (name, kind, message) => {
  const problem = problemOf(name);
  expect(problem).toEqual({ problem: kind, message: expect.stringMatching(message) });
  expectOneSentence(problem);
});

test('the unknown-format message names every export the add-in reads', () => {
  const { message } = problemOf('unrelated.csv');
  for (const known of KNOWN_EXPORTS) expect(message).toContain(known);
});

test('a long unrelated header is shortened in the message', () => {
  const header = Array.from({ length: 12 }, (_, i) => `Column${i + 1}`).join(',');
  const result = readEvidenceText(`${header}\n${'x,'.repeat(11)}x\n`, { source: 'x.csv' });
  expect(result).toMatchObject({ problem: 'unknown-format' });
  expect((result as EvidenceProblem).message).toContain('"Column6", ...');
});

test.each([
  ['JSON', '[{"LicenseName":"Exchange Server 2019 Standard CAL"}]', /JSON/],
  ['HTML', '<!DOCTYPE html><html><body>Report</body></html>', /HTML or XML/],
  [
    'Format-List',
    'LicenseName : Exchange Server 2019 Standard CAL\nName : dana@contoso.com\n\nLicenseName : x\n',
    /on-screen table or list/,
  ],
])('%s is not CSV', (_, text, message) => {
  expect(readEvidence(utf8(text), { source: 'x' })).toEqual({
    problem: 'not-csv',
    message: expect.stringMatching(message),
  });
});

test('a file whose rows name no account at all is refused, not imported empty', () => {
  const text = 'DisplayName,PrimarySmtpAddress,LastLogonTime\n,,11/26/2026\n,,\n';
  expect(readEvidenceText(text, { source: 'x' })).toEqual({
    problem: 'no-rows',
    message: expect.stringContaining('names an account'),
  });
});

test('a UTF-16 export cut in the middle of a character and a quoted value is truncated', () => {
  const bytes = fixtureBytes('exchange-cal-users-standard-noyear.csv');
  expect(readEvidence(bytes.subarray(0, bytes.length - 61), { source: 'x' })).toMatchObject({
    problem: 'truncated',
  });
});

describe('a file that is not one whole export is refused', () => {
  const HEADER = '"SamAccountName","UserPrincipalName","Enabled","LastLogonDate"';
  const dana = '"dana","dana@contoso.com","True","11/26/2026 8:00:00 AM"';

  test('two PowerShell 5 exports joined: the second #TYPE line', () => {
    const text = `#TYPE Selected.Microsoft.ActiveDirectory.Management.ADUser\n${HEADER}\n${dana}\n#TYPE Selected.Microsoft.ActiveDirectory.Management.ADUser\n${HEADER}\n${dana}\n`;
    const result = readEvidenceText(text, { source: 'x' }) as EvidenceProblem;
    expect(result).toEqual({
      problem: 'not-csv',
      message: expect.stringMatching(/^Line 4 starts another export/),
    });
    expectOneSentence(result);
  });

  test('two exports joined: the second header', () => {
    const text = `${HEADER}\n${dana}\n${HEADER}\n${dana}\n`;
    expect(readEvidenceText(text, { source: 'x' })).toMatchObject({
      problem: 'not-csv',
      message: expect.stringMatching(/^Line 3 starts another export/),
    });
  });

  test('a line with fewer values than the header has columns', () => {
    const text = `${HEADER}\n${dana}\n"alex","alex@contoso.com"\n${dana}\n`;
    const result = readEvidenceText(text, { source: 'x' }) as EvidenceProblem;
    expect(result).toEqual({
      problem: 'truncated',
      message:
        'Line 3 has 2 values where the header has 4 columns: the file was damaged or edited by hand, so export it again.',
    });
    expectOneSentence(result);
  });

  test('a line with more values than the header has columns', () => {
    const text = `${HEADER}\n${dana},"x"\n`;
    expect(readEvidenceText(text, { source: 'x' })).toMatchObject({
      problem: 'truncated',
      message: expect.stringMatching(/^Line 2 has 5 values where the header has 4/),
    });
  });

  test('empty values after the last column are not a problem', () => {
    const text = `${HEADER}\n${dana},\n`;
    expect(readEvidenceText(text, { source: 'x' })).toMatchObject({ format: 'ad-users' });
  });
});
