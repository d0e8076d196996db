/**
 * Software Assurance and subscriptions on purchase lines: whether a line's SA (or
 * subscription) is active on a day, whether it gave its CALs the rights to a version when that
 * version became available, and the SA of all the lines of a licence at the as-of date.
 */
import { factDays, versionInfo, type ProductId, type Licence } from '../licensing';
import type { Purchase } from '../register';

/** The line's SA or subscription runs on `day` (a line without a purchase date: from its start). */
export function activeOn(p: Purchase, day: number): boolean {
  const c = p.coverage;
  return c !== undefined && (c.from === undefined || c.from <= day) && c.to >= day;
}

/** The days a version of a product became available on (a month: its first to last day). */
export function availableDays(
  product: ProductId,
  version: string,
): { readonly first: number; readonly last: number; readonly date: string } | undefined {
  const fact = versionInfo(product, version)?.available;
  return fact ? { ...factDays(fact), date: fact.date } : undefined;
}

/**
 * Whether the line's CALs may be used with `version` of `product` although they are of an
 * earlier version (or, a suite, of none): their SA or subscription was active on the version's
 * date available (through the whole month when Microsoft states a month), or, a suite, it was
 * bought once that version was out. A line without a purchase date cannot show either.
 */
export function rightsTo(p: Purchase, product: ProductId, version: string): boolean {
  const when = availableDays(product, version);
  if (!when || p.purchaseDate === undefined) return false;
  const c = p.coverage;
  if (c && p.purchaseDate <= when.first && c.to >= when.last) return true;
  return p.licence !== undefined && p.licence.version === '' && p.purchaseDate >= when.last;
}

/** The SA of a licence's lines at a day: CALs with SA or a subscription, and the earliest end. */
export interface Assurance {
  readonly withSa: number;
  /** Day number of the earliest end among the active lines. */
  readonly earliestEnd?: number;
}

export function assuranceOf(
  purchases: readonly Purchase[],
  licence: Licence,
  day: number,
): Assurance {
  let withSa = 0;
  let earliestEnd: number | undefined;
  for (const p of purchases) {
    if (p.licence !== licence || !activeOn(p, day)) continue;
    withSa += p.owned;
    const end = (p.coverage as NonNullable<Purchase['coverage']>).to;
    if (earliestEnd === undefined || end < earliestEnd) earliestEnd = end;
  }
  return earliestEnd === undefined ? { withSa } : { withSa, earliestEnd };
}
