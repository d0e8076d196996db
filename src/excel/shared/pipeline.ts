/**
 * "Audit this workbook", once for every surface: read the workbook through the port, audit
 * it, and say what came of it as one typed outcome (no register; nothing to audit; audited);
 * then, on request, render the report and write the audit sheet. The command line and the
 * task pane both run this; each only says the outcome its own way.
 */
import {
  audit,
  buildReport,
  type AuditOptions,
  type AuditResult,
  type EvidenceImport,
  type ReportMeta,
  type UnreadSheet,
} from '../../core';
import type { ReadOptions, RegisterSource, RegisterWorkbook } from '../port';

export interface AuditRequest {
  /** Today, as a day number: the as-of date when neither the request nor the register sets one. */
  readonly today: number;
  /** Overrides the register's as-of date (ISO text or day number). */
  readonly asOf?: string | number;
  /** Overrides the register's stale threshold. */
  readonly staleDays?: number;
  /** Exports read as evidence of use, besides the Usage table. */
  readonly evidence?: readonly EvidenceImport[];
  /** Progress and cancellation of the read. */
  readonly read?: ReadOptions;
}

export type AuditOutcome =
  /**
   * The workbook has no Assignments or Purchases table or sheet (`unread`: sheets named like
   * one whose headers were not recognised).
   */
  | {
      readonly kind: 'no-register';
      readonly source: RegisterSource;
      readonly unread?: readonly UnreadSheet[];
    }
  /** The register's tables are there but hold no purchase line and no assignment. */
  | {
      readonly kind: 'nothing-to-audit';
      readonly source: RegisterSource;
      readonly result: AuditResult;
    }
  | { readonly kind: 'audited'; readonly source: RegisterSource; readonly result: AuditResult };

/**
 * What every surface says when a workbook holds no register (each adds what to do there):
 * when sheets are named Purchases or Assignments but their headers were not recognised, which
 * sheets and which headers, for naming the sheets would not help.
 */
export function noRegisterMessage(name: string, unread: readonly UnreadSheet[] = []): string {
  const named = unread.filter((u) => u.role === 'Purchases' || u.role === 'Assignments');
  if (named.length === 0)
    return `no register found in "${name}": no Assignments or Purchases table or sheet`;
  const sheets = named.map(
    (u) =>
      `the sheet "${u.sheet}" has a header row CAL Register does not recognise (${u.headers.join(', ')})`,
  );
  return `no register found in "${name}": ${sheets.join('; ')}`;
}

/** Whether `noRegisterMessage` names sheets whose headers were not recognised. */
export function hasUnreadRegisterSheets(unread: readonly UnreadSheet[] = []): boolean {
  return unread.some((u) => u.role === 'Purchases' || u.role === 'Assignments');
}

/** Reads the workbook and audits it; never writes. */
export async function auditWorkbook(
  workbook: RegisterWorkbook,
  request: AuditRequest,
): Promise<AuditOutcome> {
  const source = await workbook.read(request.read);
  const options: AuditOptions = {
    today: request.today,
    date1904: source.date1904,
    ...(source.dateOrder ? { dateOrder: source.dateOrder } : {}),
    ...(request.asOf !== undefined ? { asOf: request.asOf } : {}),
    ...(request.staleDays !== undefined ? { staleDays: request.staleDays } : {}),
    ...(request.evidence !== undefined && request.evidence.length > 0
      ? { evidence: request.evidence }
      : {}),
  };
  const result = audit(source.grids, options);
  const { tables, purchases, assignments } = result.register;
  if (!tables.Assignments && !tables.Purchases) {
    const unread = result.register.unreadSheets;
    return { kind: 'no-register', source, ...(unread ? { unread } : {}) };
  }
  if (purchases.length === 0 && assignments.length === 0)
    return { kind: 'nothing-to-audit', source, result };
  return { kind: 'audited', source, result };
}

/** Renders the report of an audit and writes it as the audit sheet; returns the sheet's name. */
export async function writeAuditReport(
  workbook: RegisterWorkbook,
  result: AuditResult,
  meta: ReportMeta,
): Promise<string> {
  return workbook.writeAuditSheet(buildReport(result, meta));
}
