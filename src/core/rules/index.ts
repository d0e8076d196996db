/**
 * The rules: the registry (./registry.ts, one line per rule module) and what is derived from
 * it: the RuleId type, lookup by id, and CAL.FLAGS's row rules. The engine, Go to, the README's
 * rule table and the audit sheet's checks read the registry through here.
 */
import type { Rule } from './define';
import { RULES } from './registry';

/** A rule's stable id, e.g. 'CAL-STALE'. */
export type RuleId = (typeof RULES)[number]['id'];

/** A rule of the registry, whatever its messages. */
export type RuleDef = Rule<RuleId>;

const BY_ID = new Map<string, RuleDef>(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: RuleId): RuleDef {
  return BY_ID.get(id) as RuleDef;
}

/**
 * The rules CAL.FLAGS reports on a range of assignments: those that judge Assignments rows
 * (or rows of any table) from the Assignments and Usage tables alone.
 */
export function rowRules(rules: readonly RuleDef[] = RULES): RuleId[] {
  return rules
    .filter((r) => r.scope === 'row' && (r.table === undefined || r.table === 'Assignments'))
    .map((r) => r.id);
}

export { defineRule } from './define';
export type { Place, Report, Rule, RuleScope, Said } from './define';
export type { AlsoNeeded, AuditContext, DeployedServers } from './context';
export { SEVERITY_ORDER, type Finding, type FindingDraft, type Severity } from './finding';
export { misrecorded, type Misrecorded } from './cal-device-misrecorded';
export { allowedReason, REASSIGNMENT_DAYS } from './cal-reassigned-early';
export { placed } from './where';
export { RULES };
export { regInvalid } from './reg-invalid';
