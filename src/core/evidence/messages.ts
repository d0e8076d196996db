/**
 * Every sentence the evidence import shows an admin: the problems that stop an import and
 * the notes that come with one. One place, so the task pane and the CLI say the same thing.
 */
import type { EvidenceProblem } from './types';

const EXPORT_AGAIN = 'Export-Csv -Path FILE -NoTypeInformation -Encoding UTF8';

/** The exports readEvidence knows, as the unknown-format message lists them. */
export const KNOWN_EXPORTS = [
  'Get-ExchangeServerAccessLicenseUser',
  'Get-ExchangeServerAccessLicense',
  'Get-Mailbox or Get-MailboxStatistics with LastLogonTime',
  'Get-ADUser -Properties LastLogonDate,Enabled',
  'the Microsoft 365 admin center users export',
  'the Microsoft 365 active users report',
];

function problem(kind: EvidenceProblem['problem'], message: string): EvidenceProblem {
  return { problem: kind, message };
}

export const PROBLEMS = {
  empty: () =>
    problem(
      'empty',
      'The file is empty: a command that finds nothing writes an empty file, so check that it returns accounts and export again.',
    ),
  binary: () =>
    problem(
      'encoding',
      `The file is not text in an encoding this add-in reads (UTF-8, UTF-16 or Windows-1252) and looks binary: export it again with ${EXPORT_AGAIN}.`,
    ),
  workbook: () =>
    problem(
      'not-csv',
      'The file is an Excel workbook (or another archive), not a CSV export: save it as "CSV UTF-8" in Excel, or export again with Export-Csv.',
    ),
  formattedTable: () =>
    problem(
      'not-csv',
      `The file is PowerShell's on-screen table or list (Format-Table, Format-List or Out-File), not CSV: pipe the command to ${EXPORT_AGAIN} instead.`,
    ),
  otherText: (kind: string) =>
    problem(
      'not-csv',
      `The file is ${kind}, not CSV: export the accounts with Export-Csv, or download the report as CSV.`,
    ),
  truncated: (line: number) =>
    problem(
      'truncated',
      `The file stops in the middle of line ${line}: the export was cut short, so export it again and copy the whole file.`,
    ),
  unknownFormat: (columns: readonly string[]) => {
    const shown = columns.slice(0, 6).map((c) => `"${c}"`);
    if (columns.length > 6) shown.push('...');
    return problem(
      'unknown-format',
      `The columns ${shown.join(', ')} match no export this add-in reads; it reads ${KNOWN_EXPORTS.slice(0, -1).join(', ')} and ${KNOWN_EXPORTS[KNOWN_EXPORTS.length - 1]}.`,
    );
  },
  noRows: (label: string) =>
    problem(
      'no-rows',
      `The file has the columns of ${label} but no rows: run the export again where it finds accounts.`,
    ),
  noAccounts: (label: string) =>
    problem(
      'no-rows',
      `None of the rows of this ${label} export names an account (all the name columns are empty): export it again with the account columns.`,
    ),
  computers: () =>
    problem(
      'unknown-format',
      'The file lists computer accounts (as Get-ADComputer does), not users: export the users with Get-ADUser -Filter * -Properties LastLogonDate,Enabled | ' +
        `${EXPORT_AGAIN}.`,
    ),
  damaged: (line: number, found: number, expected: number) =>
    problem(
      'truncated',
      `Line ${line} has ${found} value${found === 1 ? '' : 's'} where the header has ${expected} columns: the file was damaged or edited by hand, so export it again.`,
    ),
  joined: (line: number) =>
    problem(
      'not-csv',
      `Line ${line} starts another export (its header or #TYPE line again): the file holds several exports joined together, so import each export's file on its own.`,
    ),
  concealed: () =>
    problem(
      'no-rows',
      'The report conceals user names, so no account can be matched: in the Microsoft 365 admin center, turn off "Display concealed user, group, and site names in all reports" (Settings > Org settings > Services > Reports), then export the report again.',
    ),
};

export const NOTES = {
  skipped: (lines: readonly number[]) =>
    lines.length === 1
      ? `1 row without an account was left out (line ${lines[0]}).`
      : `${lines.length} rows without an account were left out (lines ${listLines(lines)}).`,
  licenceNamesOnly: (cals: readonly string[]) =>
    `This export lists licence names only, no accounts: run Get-ExchangeServerAccessLicenseUser -LicenseName "<name>" | ${EXPORT_AGAIN} for each licence${cals.length > 0 ? ` (${cals.map((c) => `"${c}"`).join(', ')})` : ''}.`,
  serverEdition: (licence: string) =>
    `"${licence}" counts servers, not users: its rows are listed without a CAL.`,
  mixedLicences: (licences: readonly string[]) =>
    `The file mixes ${licences.length} licences (${licences.join(', ')}), so it cannot show who lacks one: export one file per licence.`,
  lastLogonHint: () =>
    'LastLogonTime is a hint, not proof of use: background processes (mobile devices, antivirus, archiving) update it too.',
  noCalMailboxes: (count: number) =>
    `${count} shared, room or equipment mailbox${count === 1 ? '' : 'es'} need no CAL of their own and are listed without one.`,
  neverLoggedOn: (count: number, column: string) =>
    `${count} account${count === 1 ? '' : 's'} never logged on (no ${column}) ${count === 1 ? 'is' : 'are'} listed without a CAL: a CAL is needed once the account is used.`,
  noMailboxType: () =>
    'The export has no RecipientTypeDetails column, so shared, room and equipment mailboxes cannot be told from user mailboxes and are all taken to need a CAL: add RecipientTypeDetails to Select-Object and export again.',
  unreadEnabled: (texts: readonly string[]) =>
    `${texts.length} Enabled value${texts.length === 1 ? '' : 's'} could not be read (e.g. "${texts[0]}"): ${texts.length === 1 ? 'that account is' : 'those accounts are'} taken as enabled.`,
  computersLeftOut: (count: number) =>
    `${count} computer account${count === 1 ? '' : 's'} (ObjectClass computer, or a name ending in $) ${count === 1 ? 'was' : 'were'} left out: computers are devices, which need Device CALs, not User CALs.`,
  wholeDomains: (domains: readonly string[]) =>
    `The export lists every account of ${domains.length === 1 ? 'the domain' : 'the domains'} ${domains.join(', ')} (it includes krbtgt), so a register account of ${domains.length === 1 ? 'that domain' : 'those domains'} it leaves out no longer exists.`,
  adLag: () =>
    'LastLogonDate comes from lastLogonTimestamp, which domain controllers replicate only every 9 to 14 days: it can be two weeks behind.',
  disabledAccounts: (count: number) =>
    `${count} disabled account${count === 1 ? ' is' : 's are'} listed without a CAL.`,
  m365Users: () =>
    'The Microsoft 365 users export tells which accounts exist and which are blocked from signing in; it has no last sign-in date and names no CAL.',
  m365Activity: () =>
    'The active users report gives the last activity per Microsoft 365 service (the latest is used); it names no on-premises CAL.',
  dateOrderFromFile: (example: string, dayFirst: boolean, culture: string) =>
    `Dates such as ${example} can only be ${dayFirst ? 'day/month/year' : 'month/day/year'}, so the file's dates were read that way instead of as ${culture}.`,
  dateOrderAssumed: (example: string, dayFirst: boolean, culture: string) =>
    `Dates such as ${example} were read as ${culture} (${dayFirst ? 'day/month/year' : 'month/day/year'}); if the export came from a computer with other regional settings, choose its culture and import again.`,
  unreadDates: (count: number, example: string) =>
    `${count} date${count === 1 ? '' : 's'} could not be read (e.g. "${example}") and ${count === 1 ? 'was' : 'were'} left empty.`,
};

function listLines(lines: readonly number[]): string {
  const shown = lines.slice(0, 10).join(', ');
  return lines.length > 10 ? `${shown}, ...` : shown;
}
