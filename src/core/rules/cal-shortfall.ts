/** CAL-SHORTFALL: more CALs required than owned (and covered), per licence. */
import { defineRule, type Said } from './define';
import { plural } from './text';

const messages = {
  shortfall: (
    required: number,
    owned: number,
    covered: number,
    short: number,
    reclaimable: number,
  ): Said => ({
    message:
      `${required} required, ${owned} owned` +
      (covered > 0 ? `, ${covered} covered by a later version or a suite` : '') +
      `: ${short} short.`,
    fix:
      `Buy ${plural(short, 'CAL')} or remove assignments` +
      (reclaimable > 0 ? ` (${reclaimable} held by stale assignees can be reclaimed).` : '.'),
  }),
};

export const calShortfall = defineRule({
  id: 'CAL-SHORTFALL',
  severity: 'error',
  title: 'Fewer CALs owned than required',
  flags: 'more CALs required than owned, per licence',
  why: 'Licences must cover every authorised user or device.',
  scope: 'position',
  messages,
  check({ position }, report) {
    for (const row of position) {
      if (row.shortfall === 0) continue;
      report({
        licence: row.licence,
        ...messages.shortfall(
          row.required,
          row.owned,
          row.covered,
          row.shortfall,
          Math.min(row.reclaimable, row.shortfall),
        ),
      });
    }
  },
});
