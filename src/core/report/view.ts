/**
 * The view model every surface renders findings and the position from: where a finding
 * points, written one way ("Assignments!E7"), the findings grouped by rule in the registry's
 * order, and one set of names for the position's columns (full names where there is room, a
 * short one for narrow surfaces). The text report, the task pane, the audit sheet and the
 * CAL.POSITION function all read these.
 */
import { RULES, type Finding, type RuleDef } from '../rules';
import type { PositionRow } from '../position';

/** "Assignments!E7" for a finding on a cell (the row alone when no column), else undefined. */
export function cellAddress(finding: Finding): string | undefined {
  if (finding.sheet === undefined || finding.row === undefined) return undefined;
  return `${finding.sheet}!${finding.column ?? ''}${finding.row}`;
}

export interface RuleGroup {
  readonly rule: RuleDef;
  readonly findings: readonly Finding[];
}

/** The findings of each rule that has any, in the registry's order. */
export function groupByRule(
  findings: readonly Finding[],
  rules: readonly RuleDef[] = RULES,
): RuleGroup[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  return rules
    .map((rule) => ({ rule, findings: byRule.get(rule.id) ?? [] }))
    .filter((group) => group.findings.length > 0);
}

export type PositionField = keyof Omit<PositionRow, 'product' | 'version' | 'edition'>;

export interface PositionColumn {
  /** The column's name. */
  readonly header: string;
  /** Its name where width is short (the text report, the task pane). */
  readonly short: string;
}

/** The position's columns, named once. */
export const POSITION_COLUMNS: Readonly<Record<PositionField, PositionColumn>> = {
  licence: { header: 'Licence', short: 'Licence' },
  status: { header: 'Status', short: 'Status' },
  owned: { header: 'Owned', short: 'Owned' },
  required: { header: 'Required', short: 'Required' },
  covered: { header: 'Covered', short: 'Covered' },
  shortfall: { header: 'Shortfall', short: 'Short' },
  surplus: { header: 'Surplus', short: 'Surplus' },
  reclaimable: { header: 'Reclaimable', short: 'Reclaim' },
  shortfallAfterReclaim: { header: 'Short after reclaim', short: 'Short after' },
  unproven: { header: 'Unproven', short: 'Unproven' },
  kind: { header: 'Kind', short: 'Kind' },
};

/** The headers of these position fields, in this order. */
export function positionHeaders(
  fields: readonly PositionField[],
  width: 'header' | 'short' = 'header',
): string[] {
  return fields.map((field) => POSITION_COLUMNS[field][width]);
}

/** A position row's state in words: "3 short", "2 spare", "covered". */
export function positionState(row: PositionRow): string {
  if (row.shortfall > 0) return `${row.shortfall} short`;
  if (row.surplus > 0) return `${row.surplus} spare`;
  return 'covered';
}

/** What the position says when there is nothing in it. */
export const NO_POSITION = 'No CALs were found in Purchases or Assignments.';
