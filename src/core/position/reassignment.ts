/**
 * Reassignment history: a row whose "Reassigned from" names an earlier holder of the same
 * licence means the CAL moved, so that earlier row is history, not a CAL held now. It stays
 * in the register (the 90-day rule needs it) but no longer counts as required or stale.
 */
import type { AssignmentTable } from '../register';

/** For each row that names a previous holder, the row of that previous assignment. */
export function previousAssignments(t: AssignmentTable): Map<number, number> {
  const previous = new Map<number, number>();
  const movedIn = t.reassignedRows().filter((i) => t.licence(i) !== undefined);
  if (movedIn.length === 0) return previous;
  // Rows of the holders named in "Reassigned from", by every name they are recorded under.
  const wanted = new Set(movedIn.map((i) => t.reassignedFrom(i).toLowerCase()));
  const byName = new Map<string, number[]>();
  for (let i = 0; i < t.length; i += 1) {
    if (!t.licence(i)) continue;
    for (const name of [t.account(i), t.assignedTo(i), t.device(i)]) {
      if (name === '') continue;
      const lower = name.toLowerCase();
      if (!wanted.has(lower)) continue;
      const list = byName.get(lower);
      if (list) list.push(i);
      else byName.set(lower, [i]);
    }
  }
  for (const i of movedIn) {
    const on = t.assignedOn(i);
    let found = -1;
    let foundOn: number | undefined;
    for (const j of byName.get(t.reassignedFrom(i).toLowerCase()) ?? []) {
      if (j === i || t.licence(j) !== t.licence(i)) continue;
      const when = t.assignedOn(j);
      if (on !== undefined && when !== undefined) {
        // The latest assignment of the CAL before this one.
        if (when <= on && (foundOn === undefined || when > foundOn)) [found, foundOn] = [j, when];
      } else if (found < 0 || (j < i && (found > i || j > found))) {
        // Without dates: the nearest row above, else any.
        found = j;
      }
    }
    if (found >= 0) previous.set(i, found);
  }
  return previous;
}

/** Rows that are history: a later row took their CAL. */
export function endedRows(t: AssignmentTable, previous: ReadonlyMap<number, number>): Uint8Array {
  const ended = new Uint8Array(t.length);
  for (const j of previous.values()) ended[j] = 1;
  return ended;
}
