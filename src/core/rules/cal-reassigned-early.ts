/**
 * CAL-REASSIGNED-EARLY: a CAL reassigned less than 90 days after its last assignment,
 * without an allowed reason (hardware failure, end of employment, temporary cover).
 * The previous assignment is the row of the same licence held by "Reassigned from".
 */
import type { RuleCheck } from './context';
import { reassignedEarly } from './messages';
import { draft } from './where';

export const REASSIGNMENT_DAYS = 90;

const ALLOWED_REASON =
  /hardware|failure|failed|broken|defect|stolen|lost|replace|end of employment|left|leaver|leaving|resign|retire|terminat|dismiss|redundan|contract end|temporary|temp\b|cover|absence|absent|leave|sick|holiday|vacation/i;

/** True when the reason given allows a reassignment within 90 days. */
export function allowedReason(reason: string): boolean {
  return ALLOWED_REASON.test(reason);
}

export const calReassignedEarly: RuleCheck = ({ register }, emit) => {
  const t = register.assignments;
  const movedIn = t.reassignedRows().filter((i) => t.licence[i] && t.assignedOn(i) !== undefined);
  if (movedIn.length === 0) return;
  // Earlier holders named in "Reassigned from", by every name they are recorded under.
  const wanted = new Set(movedIn.map((i) => t.reassignedFrom(i).toLowerCase()));
  const byName = new Map<string, number[]>();
  for (let i = 0; i < t.length; i += 1) {
    if (!t.licence[i] || t.assignedOn(i) === undefined) continue;
    for (const name of [t.account[i], t.assignedTo[i], t.device[i]]) {
      if (name === '') continue;
      const lower = name.toLowerCase();
      if (!wanted.has(lower)) continue;
      const list = byName.get(lower);
      if (list) list.push(i);
      else byName.set(lower, [i]);
    }
  }
  for (const i of movedIn) {
    if (allowedReason(t.reason(i))) continue;
    const on = t.assignedOn(i) as number;
    let previousOn: number | undefined;
    for (const j of byName.get(t.reassignedFrom(i).toLowerCase()) ?? []) {
      if (j === i || t.licence[j] !== t.licence[i]) continue;
      const when = t.assignedOn(j) as number;
      if (when <= on && (previousOn === undefined || when > previousOn)) previousOn = when;
    }
    if (previousOn === undefined) continue;
    const gap = on - previousOn;
    if (gap >= REASSIGNMENT_DAYS) continue;
    const licence = t.licence[i]?.name ?? '';
    const key = t.key(i);
    const said = reassignedEarly(licence, t.reassignedFrom(i), key, gap, previousOn);
    emit(draft(register, 'Assignments', t.row[i], 'assignedOn', key, licence, said));
  }
};
