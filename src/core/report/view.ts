/**
 * The view model every surface renders findings and the position from: where a finding
 * points, written one way ("Assignments!E7"), the findings grouped by rule in the registry's
 * order, and one set of names for the position's columns (full names where there is room, a
 * short one for narrow surfaces). The text report, the task pane, the audit sheet and the
 * CAL.POSITION function all read these.
 */
import type { AuditResult } from '../audit';
import { PRODUCTS, type Licence } from '../licensing';
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
  withSa: { header: 'With SA', short: 'With SA' },
  saEnds: { header: 'SA ends', short: 'SA ends' },
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

/** A cloud plan the register names, and the CALs it stands for (confirmed or not). */
export interface CloudRightUsed {
  readonly plan: string;
  readonly standsFor: readonly {
    readonly cal: string;
    readonly confirmed: boolean;
    readonly source: string;
  }[];
}

/**
 * The cloud plans the register names (bought or assigned), each with the CAL equivalences
 * that were in force for it: the Cloud rights table's rows, else the shipped ones.
 */
export function cloudRightsUsed(result: AuditResult): CloudRightUsed[] {
  const { register, context } = result;
  const plans = new Map<string, string>();
  const note = (l: Licence | undefined) => {
    if (l?.plan !== undefined) plans.set(l.plan, l.name);
  };
  for (const p of register.purchases) note(p.licence);
  const t = register.assignments;
  for (let i = 0; i < t.length; i += 1) note(t.licence(i));
  return [...plans].map(([id, plan]) => ({
    plan,
    standsFor: context.cloud.of(id).map((r) => ({
      cal: [PRODUCTS[r.cal.product].name, r.cal.edition, 'User CAL']
        .filter((part) => part !== '')
        .join(' '),
      confirmed: r.confirmed,
      source: r.source,
    })),
  }));
}

/** What the position says when there is nothing in it. */
export const NO_POSITION = 'No CALs were found in Purchases or Assignments.';
