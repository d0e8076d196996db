/**
 * CAL-DUPLICATE: the same user (or device) holds the same CAL on two rows. The later row
 * is flagged and names the earlier one.
 */
import type { RuleCheck } from './context';
import { duplicate } from './messages';
import { place } from './where';

export const calDuplicate: RuleCheck = ({ register, holdings }, emit) => {
  for (const held of holdings.values()) {
    if (held.length < 2) continue;
    const first = new Map<number, number>();
    for (const a of held) {
      if (!a.licence) continue;
      const earlier = first.get(a.licence.id);
      if (earlier === undefined) {
        first.set(a.licence.id, a.row);
        continue;
      }
      emit({
        ...place(register, 'Assignments', a.row, 'licence'),
        key: a.key,
        licence: a.licence.name,
        ...duplicate(a.key, a.licence.name, earlier),
      });
    }
  }
};
