/**
 * CAL-REASSIGNED-EARLY: a CAL reassigned less than 90 days after its last assignment,
 * without an allowed reason (hardware failure, end of employment, temporary cover).
 * The previous assignment is the row of the same licence held by "Reassigned from".
 */
import type { Assignment } from '../register';
import type { RuleCheck } from './context';
import { reassignedEarly } from './messages';
import { place } from './where';

export const REASSIGNMENT_DAYS = 90;

const ALLOWED_REASON =
  /hardware|failure|failed|broken|defect|stolen|lost|replace|end of employment|left|leaver|leaving|resign|retire|terminat|dismiss|redundan|contract end|temporary|temp\b|cover|absence|absent|leave|sick|holiday|vacation/i;

/** True when the reason given allows a reassignment within 90 days. */
export function allowedReason(reason: string): boolean {
  return ALLOWED_REASON.test(reason);
}

function names(a: Assignment): string[] {
  return [a.account, a.assignedTo, a.device].filter((n) => n !== '').map((n) => n.toLowerCase());
}

export const calReassignedEarly: RuleCheck = ({ register }, emit) => {
  const movedIn = register.assignments.filter(
    (a) => a.reassignedFrom !== '' && a.licence && a.assignedOn !== undefined,
  );
  if (movedIn.length === 0) return;
  // Earlier holders of each licence, by every name they are recorded under.
  const byName = new Map<string, Assignment[]>();
  for (const a of register.assignments) {
    if (!a.licence || a.assignedOn === undefined) continue;
    for (const name of names(a)) {
      const list = byName.get(name);
      if (list) list.push(a);
      else byName.set(name, [a]);
    }
  }
  for (const a of movedIn) {
    if (allowedReason(a.reason)) continue;
    const on = a.assignedOn as number;
    let previous: Assignment | undefined;
    for (const candidate of byName.get(a.reassignedFrom.toLowerCase()) ?? []) {
      if (candidate === a || candidate.licence !== a.licence) continue;
      const when = candidate.assignedOn as number;
      if (when <= on && (!previous || when > (previous.assignedOn as number))) previous = candidate;
    }
    if (!previous) continue;
    const gap = on - (previous.assignedOn as number);
    if (gap >= REASSIGNMENT_DAYS) continue;
    emit({
      ...place(register, 'Assignments', a.row, 'assignedOn'),
      key: a.key,
      licence: a.licence?.name,
      ...reassignedEarly(
        a.licence?.name ?? '',
        a.reassignedFrom,
        a.key,
        gap,
        previous.assignedOn as number,
      ),
    });
  }
};
