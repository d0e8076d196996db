/**
 * CAL-NO-BASE: an additive CAL (an Enterprise CAL; an RDS CAL) without its base CAL (the
 * Standard CAL; a Windows Server CAL) for the same user or device. A CAL Suite that contains
 * the base counts as the base.
 */
import { suiteContains, type ProductEdition } from '../catalogue';
import type { Licence } from '../licence';
import { licenceOf } from '../licence';
import type { RuleCheck } from './context';
import { noBase } from './messages';
import { draft } from './where';

/** True when the licences held include the base (any version) or a suite containing it. */
export function holdsBase(
  held: ReadonlyArray<Licence | undefined>,
  base: ProductEdition,
  kind: Licence['kind'],
): boolean {
  for (const l of held) {
    if (!l || l.kind !== kind) continue;
    if (l.product === base.product && l.edition === base.edition) return true;
    if (l.product === 'suite' && suiteContains(l.edition, base.product, base.edition)) return true;
  }
  return false;
}

export const calNoBase: RuleCheck = ({ register, holdings }, emit) => {
  const t = register.assignments;
  for (let i = 0; i < t.length; i += 1) {
    const licence = t.licence(i);
    if (!licence || holdings.holderOf[i] < 0) continue;
    const base = licence.base;
    if (!base) continue;
    if (holdsBase(holdings.licencesNear(i), base, licence.kind)) continue;
    const baseName = licenceOf(base.product, licence.version, base.edition, licence.kind).name;
    const said = noBase(t.key(i), licence.name, baseName, licence.kind);
    emit(draft(register, 'Assignments', t.row[i], 'licence', t.key(i), licence.name, said));
  }
};
