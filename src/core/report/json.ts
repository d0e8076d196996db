/** The machine-readable audit output (`cal-register audit FILE --json`; README, JSON output). */
import type { AuditResult, NotChecked, Summary } from '../audit';
import { cloudRightsUsed, type CloudRightUsed } from './view';
import { dayToIso } from '../register';
import { evidenceUsed, type EvidenceUsed } from '../evidence';
import type { Finding } from '../rules';
import type { PositionRow } from '../position';

export interface AuditJson {
  readonly asOf: string;
  readonly position: readonly PositionRow[];
  readonly findings: readonly Finding[];
  readonly summary: Summary;
  /** The evidence of use the audit read (Usage table, imported exports); absent when none. */
  readonly evidence?: readonly EvidenceUsed[];
  /** The cloud plans the register names and the CAL equivalences used for each; absent when none. */
  readonly cloudRights?: readonly CloudRightUsed[];
  /** Rules a setting turned off for this register, and why; absent when none. */
  readonly notChecked?: readonly NotChecked[];
}

/**
 * The JSON object printed by `--json`: asOf, position, findings, summary in this order, and `evidence` when
 * the audit used any.
 */
export function toJson(result: AuditResult): AuditJson {
  const evidence = evidenceUsed(result.context.evidence, dayToIso);
  const cloud = cloudRightsUsed(result);
  return {
    asOf: dayToIso(result.asOf),
    position: result.position,
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      ...(f.sheet !== undefined ? { sheet: f.sheet } : {}),
      ...(f.row !== undefined ? { row: f.row } : {}),
      ...(f.column !== undefined ? { column: f.column } : {}),
      ...(f.key !== undefined ? { key: f.key } : {}),
      ...(f.licence !== undefined ? { licence: f.licence } : {}),
      message: f.message,
      ...(f.fix !== undefined ? { fix: f.fix } : {}),
    })),
    summary: result.summary,
    ...(evidence.length > 0 ? { evidence } : {}),
    ...(cloud.length > 0 ? { cloudRights: cloud } : {}),
    ...(result.notChecked.length > 0 ? { notChecked: result.notChecked } : {}),
  };
}
