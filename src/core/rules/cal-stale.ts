/**
 * CAL-STALE: the assignee left, is disabled, or shows no activity for longer than the stale
 * threshold (Settings "Stale after days", 90 by default). Absent marks a temporary absence:
 * never stale. Activity is the later of the register's Last activity and the Usage evidence.
 */
import type { Assignment } from '../register';
import type { AuditContext, RuleCheck, StaleReason } from './context';
import { stale } from './messages';
import { place } from './where';

/** Why an assignment is stale, or undefined when it is not. */
export function staleReason(
  a: Assignment,
  asOf: number,
  staleDays: number,
  lastLogon: ReadonlyMap<string, number>,
): StaleReason | undefined {
  if (a.status === 'Left') return { why: 'left' };
  if (a.status === 'Disabled') return { why: 'disabled' };
  if (a.status === 'Absent') return undefined;
  let last = a.lastActivity;
  if (lastLogon.size > 0 && a.account !== '') {
    const evidence = lastLogon.get(a.account.toLowerCase());
    if (evidence !== undefined && (last === undefined || evidence > last)) last = evidence;
  }
  if (last === undefined) return undefined;
  const days = asOf - last;
  return days > staleDays ? { why: 'inactive', lastActivity: last, days } : undefined;
}

function text(reason: StaleReason, who: string, context: AuditContext) {
  if (reason.why === 'left') return stale.left(who);
  if (reason.why === 'disabled') return stale.disabled(who);
  return stale.inactive(who, reason.lastActivity, reason.days, context.staleDays);
}

export const calStale: RuleCheck = (context, emit) => {
  const { register } = context;
  for (const [a, reason] of context.stale) {
    emit({
      ...place(
        register,
        'Assignments',
        a.row,
        reason.why === 'inactive' ? 'lastActivity' : 'status',
      ),
      key: a.key,
      ...(a.licence ? { licence: a.licence.name } : {}),
      ...text(reason, a.key, context),
    });
  }
};
