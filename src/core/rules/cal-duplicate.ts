/**
 * CAL-DUPLICATE: the same user (or device) holds the same CAL on two rows. The later row
 * is flagged and names the earlier one.
 */
import { defineRule, type Said, type Saying } from './define';

const messages = {
  duplicate: (who: string, licence: string, firstRow: number): Said => ({
    message: `${who} holds ${licence} twice (also row ${firstRow}).`,
    fix: 'Delete the duplicate row, or assign the CAL to someone who needs it.',
  }),
};

/** What the finding says, made when asked (outside the rule's loop: see cal-no-windows-cal). */
function duplicateSaid(key: string, licence: string, earlier: number): Saying {
  return { say: () => messages.duplicate(key, licence, earlier) };
}

export const calDuplicate = defineRule({
  id: 'CAL-DUPLICATE',
  severity: 'warning',
  title: 'Same CAL assigned twice',
  flags: 'the same user or device holds the same CAL twice',
  why: 'One CAL per user or device is enough.',
  table: 'Assignments',
  scope: 'row',
  messages,
  check({ register, holdings }, report) {
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
        const key = t.key(i);
        report({
          table: 'Assignments',
          row: row[i],
          field: 'licence',
          key,
          licence: held.name,
          ...duplicateSaid(key, held.name, earlier),
        });
      }
    }
  },
});
