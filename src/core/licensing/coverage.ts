/**
 * Does a held licence cover a needed CAL: the one answer the rules, the position and the
 * evidence all use. A CAL covers a CAL of its own product and edition; a CAL Suite covers
 * every CAL it contains (catalogue `contains`); the kinds must match (a User CAL never stands
 * in for a Device CAL). Versions are judged as the caller asks: any version (whether a base
 * CAL is held; whether evidence of use is licensed, where CAL-VERSION judges versions), or
 * its own and earlier versions only (a spare CAL standing in for a required one).
 */
import {
  grantsOf,
  usedProductsOf,
  type Kind,
  type ProductEdition,
  type ProductId,
} from './catalogue';
import type { CloudRights } from './cloud-rights';
import type { Licence } from './licence';

/** A CAL that is needed: its product and edition, and where known its kind and version rank. */
export interface NeededCal extends ProductEdition {
  readonly kind?: Kind | '';
  /** Version rank (catalogue.versionRank); 0 or absent for "any version". */
  readonly rank?: number;
}

export interface CoverOptions {
  /**
   * 'any': a CAL of any version covers (the default); 'own-or-earlier': a CAL covers its own
   * and earlier versions only (a suite, which carries no version, covers every version).
   */
  readonly versions?: 'any' | 'own-or-earlier';
  /** Which CALs cloud plans stand for (the register's Cloud rights); plans cover none without it. */
  readonly cloud?: CloudRights;
}

/** The default: any version covers (one object, not one per call). */
const ANY_VERSION: CoverOptions = {};

/** True when `held` covers the CAL `needed`. */
export function covers(
  held: Licence,
  needed: NeededCal,
  options: CoverOptions = ANY_VERSION,
): boolean {
  if (needed.kind !== undefined && held.kind !== needed.kind) return false;
  // A cloud plan stands for the CALs its confirmed Cloud rights rows name, of any version.
  if (held.plan !== undefined) return options.cloud?.covers(held.plan, needed) ?? false;
  if (!held.cal || !grants(held, needed)) return false;
  if (options.versions !== 'own-or-earlier' || held.rank === 0) return true;
  return held.rank >= (needed.rank ?? 0);
}

/** Whether a CAL grants a product and edition (itself, or a CAL its suite contains). */
function grants(held: Licence, cal: ProductEdition): boolean {
  // A loop, not some(): the engine asks this for every holder, and a closure each time costs.
  for (let k = 0; k < held.grants.length; k += 1) {
    const part = held.grants[k];
    if (part.product === cal.product && part.edition === cal.edition) return true;
  }
  return false;
}

/**
 * True when one of the licences held covers the base CAL (any version) for a holder of `kind`:
 * `covers` with the base as the needed CAL, asked once per holder, so without allocating.
 * `count`: how many of `held` to look at (a list reused from holder to holder).
 */
export function holdsBase(
  held: ReadonlyArray<Licence | undefined>,
  base: ProductEdition,
  kind: Licence['kind'],
  cloud?: CloudRights,
  count = held.length,
): boolean {
  for (let k = 0; k < count; k += 1) {
    const l = held[k];
    if (l === undefined || l.kind !== kind) continue;
    if (l.plan !== undefined) {
      if (cloud?.covers(l.plan, base)) return true;
    } else if (l.cal && grants(l, base)) return true;
  }
  return false;
}

/** A licence that grants more than one CAL (a CAL Suite): handed out whole, per holder. */
export function isBundle(licence: Licence): boolean {
  return licence.grants.length > 1;
}

/** The products a licence gives use of: its own, or those of the CALs a suite contains. */
export function productsOf(licence: Licence): ProductId[] {
  return usedProductsOf(licence.product, licence.edition);
}

export { grantsOf };
