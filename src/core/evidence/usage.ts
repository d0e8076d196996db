/**
 * Imported exports as usage records, beside the Usage table's own rows: one record per
 * account the export names, with every name it gives the account.
 */
import { isLicenceProblem, parseLicence } from '../licence';
import { EVIDENCE_LICENCE } from '../parse/usage';
import type { UsageRecord } from '../register';
import type { EvidenceIdentity, EvidenceImport } from './types';

/** The name a finding calls the account: UPN, else e-mail, else DOMAIN\sam, else display name. */
export function accountName(identity: EvidenceIdentity): string {
  const sam = identity.sam
    ? identity.domain
      ? `${identity.domain}\\${identity.sam}`
      : identity.sam
    : '';
  return identity.upn || identity.smtp || sam || identity.displayName || '';
}

function names(identity: EvidenceIdentity): string[] {
  const all = [identity.upn, identity.smtp, identity.sam, identity.displayName];
  if (identity.sam && identity.domain) all.push(`${identity.domain}\\${identity.sam}`);
  return [...new Set(all.filter((n): n is string => !!n).map((n) => n.toLowerCase()))];
}

/** Where a finding says the evidence came from. */
export function evidenceSource(evidence: EvidenceImport): string {
  return evidence.source === '' ? evidence.label : `${evidence.label}, ${evidence.source}`;
}

export function evidenceUsage(imports: readonly EvidenceImport[]): UsageRecord[] {
  const records: UsageRecord[] = [];
  imports.forEach((evidence, index) => {
    for (const row of evidence.rows) {
      const account = accountName(row.identity);
      if (account === '') continue;
      const parsed = row.licence ? parseLicence(row.licence, EVIDENCE_LICENCE) : undefined;
      const status = row.deleted ? 'Left' : row.enabled === false ? 'Disabled' : undefined;
      records.push({
        row: row.line,
        account,
        accountKey: account.toLowerCase(),
        names: names(row.identity),
        licence: parsed && !isLicenceProblem(parsed) ? parsed.licence : undefined,
        licenceText: row.licence ?? '',
        lastLogon: row.lastLogon,
        source: evidenceSource(evidence),
        capturedOn: evidence.capturedOn,
        ...(status ? { status } : {}),
        evidence: index,
        issues: undefined,
      });
    }
  });
  return records;
}
