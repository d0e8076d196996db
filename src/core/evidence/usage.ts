/**
 * Imported exports as usage records, beside the Usage table's own rows: one record per
 * account the export names, with every name it gives the account.
 */
import { isLicenceProblem, parseLicence, type Licence } from '../licensing';
import { EVIDENCE_LICENCE, type FieldIssue, type UsageRecord } from '../register';
import type { EvidenceIdentity, EvidenceImport, EvidenceRow } from './types';

/** DOMAIN\sam, or the sam alone when the export gives no domain; '' without a sam. */
function samName(identity: EvidenceIdentity): string {
  // A sam is given with its domain when the export has one: CONTOSO\dana is not FABRIKAM\dana.
  if (!identity.sam) return '';
  return identity.domain ? `${identity.domain}\\${identity.sam}` : identity.sam;
}

/** The name a finding calls the account: UPN, else e-mail, else DOMAIN\sam, else display name. */
export function accountName(identity: EvidenceIdentity): string {
  return identity.upn || identity.smtp || samName(identity) || identity.displayName || '';
}

/** A name in lower case; '' for none. */
function lower(name: string | undefined): string {
  return name ? name.toLowerCase() : '';
}

/** Every name the export gives the account, lower case, each once. */
function names(identity: EvidenceIdentity, sam: string): string[] {
  const upn = lower(identity.upn);
  let smtp = lower(identity.smtp);
  let samLower = lower(sam);
  let display = lower(identity.displayName);
  // Each once, in this order: a name equal to one before it is left out.
  if (smtp === upn) smtp = '';
  if (samLower === upn || samLower === smtp) samLower = '';
  if (display === upn || display === smtp || display === samLower) display = '';
  // A list of the names there are, made at its size (one grown from empty keeps room for 17).
  const count = (upn ? 1 : 0) + (smtp ? 1 : 0) + (samLower ? 1 : 0) + (display ? 1 : 0);
  const found = new Array<string>(count);
  let k = 0;
  if (upn) found[k++] = upn;
  if (smtp) found[k++] = smtp;
  if (samLower) found[k++] = samLower;
  if (display) found[k++] = display;
  return found;
}

/** The account's state as the evidence states it: Active (enabled), Disabled or Left. */
function statusOf(row: EvidenceRow): 'Active' | 'Disabled' | 'Left' | undefined {
  if (row.deleted) return 'Left';
  return row.enabled === false ? 'Disabled' : row.enabled === true ? 'Active' : undefined;
}

/** Where a finding says the evidence came from. */
export function evidenceSource(evidence: EvidenceImport): string {
  return evidence.source === '' ? evidence.label : `${evidence.label}, ${evidence.source}`;
}

/**
 * A usage record of an imported export. Its lower-case names are made when read, and not
 * kept: the matcher reads them once, only for an account its key does not find (in a
 * directory export most accounts it does), and names kept would outlive the matching.
 */
class ImportedUsage implements UsageRecord {
  readonly accountKey: string;
  // Every field set in the constructor: one shape for every record.
  readonly status: 'Active' | 'Disabled' | 'Left' | undefined;
  issues: FieldIssue[] | undefined = undefined;

  constructor(
    readonly row: number,
    readonly account: string,
    private readonly identity: EvidenceIdentity,
    readonly licence: Licence | undefined,
    readonly licenceText: string,
    readonly lastLogon: number | undefined,
    readonly source: string,
    readonly capturedOn: number | undefined,
    readonly evidence: number,
    status: 'Active' | 'Disabled' | 'Left' | undefined,
  ) {
    this.accountKey = account.toLowerCase();
    this.status = status;
  }

  get names(): readonly string[] {
    return names(this.identity, samName(this.identity));
  }
}

export function evidenceUsage(imports: readonly EvidenceImport[]): UsageRecord[] {
  const records: UsageRecord[] = [];
  // Exports name a handful of licences, each on thousands of rows: parsed once each.
  const licences = new Map<string, Licence | undefined>();
  const licenceOf = (text: string): Licence | undefined => {
    if (!licences.has(text)) {
      const parsed = parseLicence(text, EVIDENCE_LICENCE);
      licences.set(text, isLicenceProblem(parsed) ? undefined : parsed.licence);
    }
    return licences.get(text);
  };
  imports.forEach((evidence, index) => {
    const source = evidenceSource(evidence);
    const { rows } = evidence;
    for (let r = 0; r < rows.length; r += 1) {
      const row = rows[r];
      const identity = row.identity;
      const account = accountName(identity);
      if (account === '') continue;
      records.push(
        new ImportedUsage(
          row.line,
          account,
          identity,
          row.licence ? licenceOf(row.licence) : undefined,
          row.licence ?? '',
          row.lastLogon,
          source,
          evidence.capturedOn,
          index,
          statusOf(row),
        ),
      );
    }
  });
  return records;
}

/** A row of the Usage table, as the task pane adds an import to it. */
export interface UsageTableRow {
  readonly account: string;
  /** The CAL the export says the account needs, as the export names it; '' when none. */
  readonly licence: string;
  /** Day number of the last logon or activity. */
  readonly lastLogon?: number;
  /** What the row came from: the command and the file, plain provenance. */
  readonly source: string;
  /** Day number of the capture. */
  readonly capturedOn?: number;
  /** The account's state, when the export states it (Active: enabled). */
  readonly status?: 'Active' | 'Disabled' | 'Left';
  /** The export lists every user of the row's CAL ("Lists every user of the CAL": Yes). */
  readonly listsEveryUser?: boolean;
  /** The domains whose every account the export lists ("Lists every account of domain"). */
  readonly listsEveryAccountOf?: readonly string[];
}

/**
 * The Usage table's Source for an import: the command and the file. What the export lists in
 * full goes in its own columns (UsageTableRow), never in this text.
 */
export function usageTableSource(evidence: EvidenceImport): string {
  return evidenceSource(evidence);
}

/**
 * An import as rows for the Usage table: one per account, named as findings name it. The
 * engine reads them back as it reads the import itself, except that an account keeps one
 * name (the others an export gives, such as a display name beside a UPN, are not kept).
 */
export function usageTableRows(evidence: EvidenceImport): UsageTableRow[] {
  const source = usageTableSource(evidence);
  // What the export lists in full, stated on every row (absent when it lists nothing in full).
  const lists = {
    ...(evidence.completeFor !== undefined ? { listsEveryUser: true } : {}),
    ...(evidence.wholeDomains?.length ? { listsEveryAccountOf: evidence.wholeDomains } : {}),
  };
  const rows: UsageTableRow[] = [];
  for (const row of evidence.rows) {
    const account = accountName(row.identity);
    if (account === '') continue;
    const status = statusOf(row);
    rows.push({
      account,
      licence: row.licence ?? '',
      ...(row.lastLogon !== undefined ? { lastLogon: row.lastLogon } : {}),
      source,
      ...(evidence.capturedOn !== undefined ? { capturedOn: evidence.capturedOn } : {}),
      ...(status ? { status } : {}),
      ...lists,
    });
  }
  return rows;
}
