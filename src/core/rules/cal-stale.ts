/**
 * CAL-STALE: the assignee left, is disabled, or shows no activity for longer than the stale
 * threshold (Settings "Stale after days", 90 by default). Absent marks a temporary absence:
 * never stale. Activity is the later of the register's Last activity and the Usage evidence.
 */
import type { AssignmentTable } from '../assignment-table';
import type { AuditContext, RuleCheck, StaleReason } from './context';
import { stale } from './messages';
import { draft } from './where';

/** Why assignment `i` is stale, or undefined when it is not. */
export function staleReason(
  t: AssignmentTable,
  i: number,
  asOf: number,
  staleDays: number,
  lastLogon: ReadonlyMap<string, number>,
): StaleReason | undefined {
  const status = t.status(i);
  if (status === 'Left') return LEFT;
  if (status === 'Disabled') return DISABLED;
  if (status === 'Absent') return undefined;
  let last = t.lastActivity(i);
  if (lastLogon.size > 0 && t.account(i) !== '') {
    const evidence = lastLogon.get(t.account(i).toLowerCase());
    if (evidence !== undefined && (last === undefined || evidence > last)) last = evidence;
  }
  if (last === undefined) return undefined;
  const days = asOf - last;
  return days > staleDays ? { why: 'inactive', lastActivity: last, days } : undefined;
}

const LEFT: StaleReason = { why: 'left' };
const DISABLED: StaleReason = { why: 'disabled' };

function text(reason: StaleReason, who: string, device: boolean, context: AuditContext) {
  if (reason.why === 'left') return stale.left(who, device);
  if (reason.why === 'disabled') return stale.disabled(who, device);
  return stale.inactive(who, reason.lastActivity, reason.days, context.staleDays, device);
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
