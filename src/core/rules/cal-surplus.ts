/** CAL-SURPLUS: more CALs owned than required, per licence: money to recover. */
import type { RuleCheck } from './context';
import { surplus } from './messages';

export const calSurplus: RuleCheck = ({ position }, emit) => {
  for (const row of position) {
    if (row.surplus === 0) continue;
    emit({ licence: row.licence, ...surplus(row.surplus, row.owned, row.required) });
  }
};
