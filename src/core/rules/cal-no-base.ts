/**
 * CAL-NO-BASE: an additive CAL (an Enterprise CAL; an RDS CAL) without its base CAL (the
 * Standard CAL; a Windows Server CAL) for the same user or device. A CAL Suite that contains
 * the base counts as the base.
 */
import { baseOf, suiteContains, type ProductEdition } from '../catalogue';
import type { Licence } from '../licence';
import { licenceOf } from '../licence';
import type { Assignment } from '../register';
import type { RuleCheck } from './context';
import { noBase } from './messages';
import { place } from './where';

/** True when the licences held include the base (any version) or a suite containing it. */
export function holdsBase(
  held: readonly Assignment[],
  base: ProductEdition,
  kind: Licence['kind'],
): boolean {
  for (const other of held) {
    const l = other.licence;
    if (!l || l.kind !== kind) continue;
    if (l.product === base.product && l.edition === base.edition) return true;
    if (l.product === 'suite' && suiteContains(l.edition, base.product, base.edition)) return true;
  }
  return false;
}

export const calNoBase: RuleCheck = ({ register, holdings }, emit) => {
  for (const a of register.assignments) {
    const licence = a.licence;
    if (!licence || a.holder === '') continue;
    const base = baseOf(licence.product, licence.edition);
    if (!base) continue;
    if (holdsBase(holdings.get(a.holder) ?? [], base, licence.kind)) continue;
    const baseName = licenceOf(base.product, licence.version, base.edition, licence.kind).name;
    emit({
      ...place(register, 'Assignments', a.row, 'licence'),
      key: a.key,
      licence: licence.name,
      ...noBase(a.key, licence.name, baseName, licence.kind),
    });
  }
};
