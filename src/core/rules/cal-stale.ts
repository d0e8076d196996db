/**
 * CAL-STALE: the assignee left, is disabled, or shows no activity for longer than the stale
 * threshold (Settings "Stale after days", 90 by default). Absent marks a temporary absence:
 * never stale. Activity is the later of the register's Last activity and the Usage evidence
 * of use of the CAL's product.
 */
import type { AssignmentTable } from '../assignment-table';
import { lastLogonFor, type HolderEvidence } from '../evidence/context';
import type { AuditContext, RuleCheck, StaleReason } from './context';
import { stale } from './messages';
import { draft } from './where';

/** Why assignment `i` is stale, or undefined when it is not. Evidence of use counts too. */
export function staleReason(
  t: AssignmentTable,
  i: number,
  asOf: number,
  staleDays: number,
  evidence: ReadonlyMap<number, HolderEvidence>,
): StaleReason | undefined {
  const status = t.status(i);
  if (status === 'Left') return LEFT;
  if (status === 'Disabled') return DISABLED;
  if (status === 'Absent') return undefined;
  const seen = evidence.size > 0 && t.holder[i] >= 0 ? evidence.get(t.holder[i]) : undefined;
  if (seen?.status === 'Left') return { why: 'left', source: seen.statusSource };
  if (seen?.status === 'Disabled') return { why: 'disabled', source: seen.statusSource };
  let last = t.lastActivity(i);
  let source: string | undefined;
  // Only a logon that shows use of this CAL's product counts: a domain logon is not Exchange use.
  const logon = seen ? lastLogonFor(seen, t.licence(i)) : undefined;
  if (logon && (last === undefined || logon.day > last)) {
    last = logon.day;
    source = logon.source;
  }
  if (last === undefined) return undefined;
  const days = asOf - last;
  if (days <= staleDays) return undefined;
  return source
    ? { why: 'inactive', lastActivity: last, days, source }
    : { why: 'inactive', lastActivity: last, days };
}

const LEFT: StaleReason = { why: 'left' };
const DISABLED: StaleReason = { why: 'disabled' };

function text(reason: StaleReason, who: string, device: boolean, context: AuditContext) {
  if (reason.why === 'left') return stale.left(who, device, reason.source);
  if (reason.why === 'disabled') return stale.disabled(who, device, reason.source);
  if (reason.why === 'missing') return stale.missing(who, reason.source, reason.capturedOn);
  if (reason.why === 'unseen')
    return stale.unseen(who, reason.licence, reason.source, reason.capturedOn);
  return stale.inactive(
    who,
    reason.lastActivity,
    reason.days,
    context.staleDays,
    device,
    reason.source,
  );
}

export const calStale: RuleCheck = (context, emit) => {
  const { register, stale } = context;
  const assignments = register.assignments;
  for (const [i, reason] of stale) {
    const key = assignments.key(i);
    const field = reason.why === 'inactive' ? 'lastActivity' : 'status';
    const said = text(reason, key, assignments.byDevice[i] === 1, context);
    const licence = assignments.licence(i)?.name;
    emit(draft(register, 'Assignments', assignments.row[i], field, key, licence, said));
  }
};
