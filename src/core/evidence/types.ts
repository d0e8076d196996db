/**
 * Evidence of use: what the exports admins produce (Exchange CAL reports, mailbox logons,
 * Active Directory, Microsoft 365) say about accounts, once read. The import (reading the
 * files) and the reconciliation (the rules) meet on these types.
 */

export type EvidenceFormat =
  /** Get-ExchangeServerAccessLicenseUser -LicenseName "<name>" | Export-Csv */
  | 'exchange-cal-users'
  /** Get-ExchangeServerAccessLicense | Export-Csv (licence names and counts, no accounts) */
  | 'exchange-cals'
  /** Get-Mailbox / Get-MailboxStatistics selections with LastLogonTime */
  | 'mailboxes'
  /** Get-ADUser -Properties LastLogonDate,Enabled | Export-Csv */
  | 'ad-users'
  /** Microsoft 365 admin center: Users > Active users > Export users */
  | 'm365-users'
  /** Microsoft 365 admin center: Reports > Usage > Active users (per-user activity) */
  | 'm365-activity';

/** The names an export gives an account; any of them may be missing. */
export interface EvidenceIdentity {
  /** user@contoso.com (UserPrincipalName) */
  readonly upn?: string;
  /** Primary SMTP address */
  readonly smtp?: string;
  /** sAMAccountName, without the domain */
  readonly sam?: string;
  /** NetBIOS domain of DOMAIN\sam, when the export gives it */
  readonly domain?: string;
  readonly displayName?: string;
}

export interface EvidenceRow {
  /** Line in the file (1-based), for messages. */
  readonly line: number;
  readonly identity: EvidenceIdentity;
  /** The CAL the export says the account needs, as the export names it. */
  readonly licence?: string;
  /** Day number (days since 1970-01-01) of the last logon or activity. */
  readonly lastLogon?: number;
  /** false for a disabled account (AD Enabled=False, Microsoft 365 sign-in blocked). */
  readonly enabled?: boolean;
  /** The account is deleted (Microsoft 365 "Is Deleted"). */
  readonly deleted?: boolean;
}

export interface EvidenceImport {
  readonly format: EvidenceFormat;
  /** What produced it, for people: "Get-ExchangeServerAccessLicenseUser (Exchange Server 2019 Enterprise CAL)". */
  readonly label: string;
  /** Where it came from: a file name, or "pasted text". */
  readonly source: string;
  /** Day number of the capture, when known (a report's refresh date, or as the caller says). */
  readonly capturedOn?: number;
  readonly rows: readonly EvidenceRow[];
  /**
   * The export lists every account of this licence (an Exchange CAL user report), so an
   * account the register gives that licence but the export leaves out has not used it.
   */
  readonly completeFor?: string;
  /**
   * The export lists every account of these domains (Get-ADUser -Filter * lists krbtgt, which
   * every domain has and an export filtered by OU or state leaves out), so a register account
   * of one of them that the export leaves out no longer exists.
   */
  readonly wholeDomains?: readonly string[];
  /** Things the admin should know about this import (e.g. "lists licence names only"). */
  readonly notes: readonly string[];
}

/** Why a file could not be used as evidence; nothing is imported. */
export interface EvidenceProblem {
  readonly problem: 'empty' | 'encoding' | 'not-csv' | 'unknown-format' | 'truncated' | 'no-rows';
  /** One sentence: what is wrong and what to do. */
  readonly message: string;
}

/** How dates in the export are written, when they are not ISO (PowerShell writes the culture's). */
export type DateCulture = 'en-US' | 'en-GB' | 'de-DE' | 'fr-FR' | 'nl-NL';

export interface EvidenceReadOptions {
  /** The file name, or "pasted text". */
  readonly source: string;
  /** Default en-US (Windows PowerShell's invariant-looking M/d/yyyy h:mm:ss tt). */
  readonly culture?: DateCulture;
  /** Day number of the capture when the export does not say (e.g. the file's date). */
  readonly capturedOn?: number;
}

export function isEvidenceProblem(
  value: EvidenceImport | EvidenceProblem,
): value is EvidenceProblem {
  return 'problem' in value;
}
