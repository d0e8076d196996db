/** CAL-SHORTFALL: more CALs required than owned (and covered), per licence. */
import type { RuleCheck } from './context';
import { shortfall } from './messages';

export const calShortfall: RuleCheck = ({ position }, emit) => {
  for (const row of position) {
    if (row.shortfall === 0) continue;
    emit({
      licence: row.licence,
      ...shortfall(
        row.required,
        row.owned,
        row.covered,
        row.shortfall,
        Math.min(row.reclaimable, row.shortfall),
      ),
    });
  }
};
