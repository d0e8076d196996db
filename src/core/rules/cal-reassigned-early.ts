/**
 * CAL-REASSIGNED-EARLY: a CAL reassigned less than 90 days after its last assignment,
 * without an allowed reason (hardware failure, end of employment, temporary cover).
 * The previous assignment is the row of the same licence held by "Reassigned from".
 */
import type { RuleCheck } from './context';
import { reassignedEarly } from './messages';
import { draft } from './where';

export const REASSIGNMENT_DAYS = 90;

/**
 * Reasons that allow a CAL to move within 90 days: permanent hardware failure or loss, the
 * end of the holder's employment, and temporary cover for an absent user or device.
 * "Left the project team" or "replaced with a newer laptop" are not among them.
 */
const ALLOWED_REASONS = [
  /hardware (failure|fault)|failed (beyond|permanently)|permanent(ly)? (failure|failed|broken)|beyond repair|irreparabl|written off|write-off|\bstolen\b|\btheft\b|\blost\b/i,
  /end of employment|employment ended|left the (company|organi[sz]ation|business|firm)|\bleaver\b|resign|retire|terminat|dismiss|redundan|contract (ended|end|expired)|no longer (employed|with us|with the company)/i,
  /temporar|cover(ing)? for|\bcover\b|absence|\babsent\b|(sick|parental|maternity|paternity|annual|medical) leave|\bon leave\b|holiday|vacation|sabbatical/i,
];

/** True when the reason given allows a reassignment within 90 days. */
export function allowedReason(reason: string): boolean {
  return ALLOWED_REASONS.some((pattern) => pattern.test(reason));
}

export const calReassignedEarly: RuleCheck = ({ register, previous }, emit) => {
  const t = register.assignments;
  for (const [i, j] of previous) {
    if (allowedReason(t.reason(i))) continue;
    const on = t.assignedOn(i);
    const previousOn = t.assignedOn(j);
    if (on === undefined || previousOn === undefined) continue;
    const gap = on - previousOn;
    if (gap >= REASSIGNMENT_DAYS) continue;
    const licence = t.licence(i)?.name ?? '';
    const key = t.key(i);
    const said = reassignedEarly(licence, t.reassignedFrom(i), key, gap, previousOn);
    emit(draft(register, 'Assignments', t.row[i], 'assignedOn', key, licence, said));
  }
};
