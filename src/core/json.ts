/** The machine-readable audit output of DESIGN.md (`cal-register audit FILE --json`). */
import type { AuditResult, Summary } from './audit';
import { dayToIso } from './dates';
import type { Finding } from './findings';
import type { PositionRow } from './position';

export interface AuditJson {
  readonly asOf: string;
  readonly position: readonly PositionRow[];
  readonly findings: readonly Finding[];
  readonly summary: Summary;
}

/** The JSON object printed by `--json`: fields in DESIGN.md's order, nothing else. */
export function toJson(result: AuditResult): AuditJson {
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
  };
}
