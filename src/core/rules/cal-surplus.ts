/** CAL-SURPLUS: more CALs owned than required, per licence: money to recover. */
import { defineRule, type Said } from './define';

const messages = {
  surplus: (count: number, owned: number, required: number): Said => ({
    message: `${count} more owned than required (owned ${owned}, required ${required}).`,
    fix: 'Reassign them where they are needed, or reduce the next renewal.',
  }),
};

export const calSurplus = defineRule({
  id: 'CAL-SURPLUS',
  severity: 'info',
  title: 'More owned than required',
  flags: 'more owned than required',
  why: 'Spare CALs are money to recover.',
  scope: 'position',
  messages,
  check({ position, register }, report) {
    // Nothing assigned: every CAL owned looks spare, and advice to cut the renewal would be
    // wrong (the verdict says the register has no assignments to check against).
    if (register.assignments.length === 0) return;
    for (const row of position) {
      if (row.surplus === 0) continue;
      report({ licence: row.licence, ...messages.surplus(row.surplus, row.owned, row.required) });
    }
  },
});
