/** Does a held licence cover a needed one: the one answer every rule and the position use. */
import { suiteContains, type ProductEdition } from './catalogue';
import type { Licence } from './licence';

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
