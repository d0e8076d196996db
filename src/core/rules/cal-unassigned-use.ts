/**
 * CAL-UNASSIGNED-USE: usage evidence shows an account that needs a CAL and holds none.
 * A requirement is met by an assignment of the same product and edition (any version:
 * CAL-VERSION judges versions) or by a CAL Suite that contains it.
 */
import { suiteContains } from '../catalogue';
import type { Licence } from '../licence';
import type { RuleCheck } from './context';
import { unassignedUse } from './messages';
import { draft } from './where';

function meets(held: Licence | undefined, needed: Licence): boolean {
  if (!held) return false;
  if (held.kind !== 'User' || !held.cal) return false;
  if (held.product === needed.product && held.edition === needed.edition) return true;
  return held.product === 'suite' && suiteContains(held.edition, needed.product, needed.edition);
}

export const calUnassignedUse: RuleCheck = ({ register, holdings }, emit) => {
  if (register.usage.length === 0) return;
  const deviceProducts = new Set(
    register.purchases.filter((p) => p.licence?.kind === 'Device').map((p) => p.licence?.product),
  );
  const seen = new Set<string>();
  for (const u of register.usage) {
    const needed = u.licence;
    if (!needed || u.accountKey === '') continue;
    const once = `${u.accountKey}\u0000${needed.id}`;
    if (seen.has(once)) continue;
    seen.add(once);
    const held = holdings.rows(holdings.idOf(u.accountKey, false));
    if (held.some((i) => meets(register.assignments.licence(i), needed))) continue;
    const source = u.source !== '' ? u.source : 'Usage';
    emit(
      draft(
        register,
        'Usage',
        u.row,
        'account',
        u.account,
        needed.name,
        unassignedUse(u.account, needed.name, source, deviceProducts.has(needed.product)),
      ),
    );
  }
};
