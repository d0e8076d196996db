/**
 * CAL-REASSIGNED-EARLY: a CAL reassigned less than 90 days after its last assignment,
 * without an allowed reason (hardware failure, end of employment, temporary cover).
 * The previous assignment is the row of the same licence held by "Reassigned from".
 */
import { dayToIso } from '../register';
import { defineRule, type Said } from './define';
import { plural } from './text';

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

const messages = {
  reassignedEarly: (
    licence: string,
    from: string,
    to: string,
    gap: number,
    previous: number,
  ): Said => ({
    message: `${licence} was reassigned from ${from} to ${to} ${plural(gap, 'day')} after it was assigned on ${dayToIso(previous)}; reassignment within 90 days is allowed only for hardware failure, end of employment or temporary cover.`,
    fix: 'Record the reason (hardware failure, end of employment, temporary cover), or use another CAL.',
  }),
};

export const calReassignedEarly = defineRule({
  id: 'CAL-REASSIGNED-EARLY',
  severity: 'warning',
  title: 'Reassigned within 90 days',
  flags: 'a CAL reassigned within 90 days without an allowed reason',
  why: 'A CAL may be reassigned only after 90 days, except for hardware failure, end of employment or temporary cover.',
  table: 'Assignments',
  scope: 'row',
  messages,
  check({ register, previous }, report) {
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
      report({
        table: 'Assignments',
        row: t.row[i],
        field: 'assignedOn',
        key,
        licence,
        say: () => messages.reassignedEarly(licence, t.reassignedFrom(i), key, gap, previousOn),
      });
    }
  },
});
