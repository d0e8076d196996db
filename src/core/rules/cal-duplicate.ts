/**
 * CAL-DUPLICATE: the same user (or device) holds the same CAL on two rows. The later row
 * is flagged and names the earlier one.
 */
import type { RuleCheck } from './context';
import { duplicate } from './messages';
import { draft } from './where';

export const calDuplicate: RuleCheck = ({ register, holdings }, emit) => {
  const { first, next } = holdings;
  const t = register.assignments;
  const { row } = t;
  for (let h = 0; h < holdings.count; h += 1) {
    const start = first[h];
    if (next[start] < 0) continue; // one assignment: nothing to compare
    for (let i = next[start]; i >= 0; i = next[i]) {
      const held = t.licence(i);
      if (!held) continue;
      let earlier = -1;
      for (let j = start; j !== i; j = next[j]) {
        if (t.licence(j) === held) {
          earlier = row[j];
          break;
        }
      }
      if (earlier < 0) continue;
      const said = duplicate(t.key(i), held.name, earlier);
      emit(draft(register, 'Assignments', row[i], 'licence', t.key(i), held.name, said));
    }
  }
};
