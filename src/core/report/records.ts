/**
 * The report's tables about the register's records: the proof of entitlement checklist, the
 * evidence of use and the cloud plans.
 */
import type { AuditResult } from '../audit';
import { dayToIso, type Purchase } from '../register';
import { activeOn, hasProof } from '../position';
import { EVIDENCE_FRESH_DAYS } from '../evidence';
import { cloudRightsUsed } from './view';
import { number, text } from './columns';
import type { ReportRow, ReportTable } from './model';

/** A line's Software Assurance or subscription, as the proof checklist says it. */
function assuranceText(p: Purchase, asOf: number): string {
  const c = p.coverage;
  if (!c) return p.offering === 'licence' ? 'licence only' : 'none recorded';
  const what = c.kind === 'subscription' ? 'subscription' : 'SA';
  const from = c.from !== undefined ? `${dayToIso(c.from)} to ` : 'to ';
  const state = activeOn(p, asOf) ? 'active' : c.to < asOf ? 'ended' : 'not yet started';
  return `${what} ${from}${dayToIso(c.to)} (${state})`;
}

export function proofTable(result: AuditResult): ReportTable {
  const sheet = result.register.tables.Purchases?.sheet ?? 'Purchases';
  const rows: ReportRow[] = result.register.purchases.map((p) => {
    const missing: string[] = [];
    if (p.invoice === '' && p.order === '') missing.push('invoice or order number');
    if (p.purchaseDate === undefined) missing.push('purchase date');
    if (p.proofLocation === '') missing.push('proof location');
    const proven = hasProof(p);
    return {
      cells: [
        p.licence?.name ?? p.licenceText,
        missing.join(', '),
        p.quantity ?? null,
        p.purchaseDate !== undefined ? { date: p.purchaseDate } : null,
        p.invoice,
        p.order,
        p.proofLocation,
        p.agreement,
        assuranceText(p, result.asOf),
        proven ? (p.proofLocation === '' ? 'Proven; no location' : 'Complete') : 'Incomplete',
        `${sheet}!${p.row}`,
      ],
      tone: proven ? (p.proofLocation === '' ? 'warn' : 'good') : 'bad',
      link: { cell: 10, sheet, row: p.row, column: 'A' },
    };
  });
  return {
    kind: 'table',
    id: 'proof',
    title: 'Proof of entitlement checklist',
    tableName: 'CALAudit_Proof',
    columns: [
      text('Licence', 44),
      text('Missing', 30, true),
      number('Quantity', 10),
      { header: 'Purchase date', type: 'date', width: 13 },
      text('Invoice', 18),
      text('Order', 18),
      text('Proof location', 30, true),
      text('Agreement', 18),
      text('SA or subscription', 26, true),
      text('Status', 14),
      text('Line', 14),
    ],
    rows,
    empty: 'No purchase lines were found.',
    note: 'A line is proven by an invoice or order number and a purchase date; keep the document where Proof location says.',
  };
}

export function evidenceTable(result: AuditResult): ReportTable {
  return {
    kind: 'table',
    id: 'evidence',
    title: 'Evidence of use',
    tableName: 'CALAudit_Evidence',
    columns: [
      text('Source', 44, true),
      { header: 'Captured on', type: 'date', width: 13 },
      number('Age (days)'),
      number('Accounts'),
      number('Matched'),
      number('Ambiguous'),
      number('Not in register', 12),
      text('Lists every user of', 30, true),
    ],
    rows: result.context.evidence.summaries.map((s) => ({
      cells: [
        s.source,
        s.capturedOn !== undefined ? { date: s.capturedOn } : null,
        s.ageDays ?? null,
        s.accounts,
        s.matched,
        s.ambiguous,
        s.unmatched,
        s.completeFor?.name ?? (s.wholeDomains ? `domain ${s.wholeDomains.join(', ')}` : ''),
      ],
      tone: s.ageDays === undefined || s.ageDays > EVIDENCE_FRESH_DAYS ? 'warn' : undefined,
    })),
    empty: 'No evidence of use: the Usage table is empty and no export was imported.',
    note: `Evidence older than ${EVIDENCE_FRESH_DAYS} days is flagged. A last logon is a hint, not proof: background processes update it too.`,
  };
}

export function cloudTable(result: AuditResult): ReportTable {
  return {
    kind: 'table',
    id: 'cloud',
    title: 'Cloud plans and the CALs they stand for',
    tableName: 'CALAudit_CloudRights',
    columns: [
      text('Plan', 44),
      text('Stands for', 30, true),
      text('Confirmed', 10),
      text('Source', 44, true),
    ],
    rows: cloudRightsUsed(result).flatMap(({ plan, standsFor }): ReportRow[] =>
      standsFor.length === 0
        ? [{ cells: [plan, 'no CAL', '', ''], tone: 'info' }]
        : standsFor.map((s) => ({
            cells: [plan, s.cal, s.confirmed ? 'Yes' : 'No', s.source],
            tone: s.confirmed ? 'good' : 'warn',
          })),
    ),
    empty: 'The register names no cloud plan.',
    note: 'A holder of a plan needs no CAL it is confirmed to stand for. Confirm or change the rows in the Cloud rights table.',
  };
}
