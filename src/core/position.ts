/**
 * The licence position: for every CAL, how many are owned and required, and what is short,
 * spare or reclaimable.
 *
 * - owned: purchased quantity x pack, per licence; unproven: the part of it bought on lines
 *   without proof of purchase.
 * - required: distinct holders of the licence now. An additive CAL (Enterprise, RDS) also
 *   requires its base CAL of the same version when its holder holds no base.
 * - covered: the part of required met by spare CALs of a later version of the same CAL, or by
 *   a CAL Suite that contains it (an Enterprise CAL Suite also covers a Core CAL Suite).
 * - shortfall = max(0, required - owned - covered); surplus = owned not used here or lent.
 * - reclaimable: holders whose every assignment of the licence is stale; shortfallAfterReclaim
 *   is the shortfall once those are removed.
 */
import { PRODUCTS, suiteContains, type Kind, type ProductId } from './catalogue';
import { licenceOf, type Licence } from './licence';
import type { Holdings } from './holdings';
import type { Purchase } from './register';
import { holdsBase } from './rules/cal-no-base';

export type PositionStatus = 'shortfall' | 'surplus' | 'ok';

export interface PositionRow {
  readonly licence: string;
  readonly product: string;
  readonly version: string;
  readonly edition: string;
  readonly kind: Kind;
  readonly owned: number;
  readonly required: number;
  readonly covered: number;
  readonly shortfall: number;
  readonly surplus: number;
  readonly reclaimable: number;
  readonly shortfallAfterReclaim: number;
  readonly unproven: number;
  readonly status: PositionStatus;
}

interface Tally {
  readonly licence: Licence;
  owned: number;
  unproven: number;
  required: number;
  active: number;
}

/** A purchase line is proven when it has an invoice or order number and a purchase date. */
export function hasProof(p: Purchase): boolean {
  return (p.invoice !== '' || p.order !== '') && p.purchaseDate !== undefined;
}

/** True when spare `supply` may stand in for a required `demand` CAL. */
export function covers(supply: Licence, demand: Licence): boolean {
  if (supply === demand || supply.kind !== demand.kind) return false;
  if (supply.product === 'suite') {
    if (demand.product === 'suite')
      return supply.edition === 'Enterprise' && demand.edition === 'Core';
    return suiteContains(supply.edition, demand.product, demand.edition);
  }
  return (
    supply.product === demand.product &&
    supply.edition === demand.edition &&
    supply.rank > demand.rank
  );
}

/** Nearest substitute first: later versions by age, then a Core suite before an Enterprise one. */
function substituteOrder(a: Licence, b: Licence): number {
  const suiteA = a.product === 'suite' ? 1 : 0;
  const suiteB = b.product === 'suite' ? 1 : 0;
  if (suiteA !== suiteB) return suiteA - suiteB;
  if (suiteA === 1) return a.edition === 'Core' ? -1 : 1;
  return a.rank - b.rank;
}

/** Shortfall per licence after exact supply, then substitutes; returns [short, covered, spare]. */
function allocate(
  tallies: readonly Tally[],
  demandOf: (t: Tally) => number,
): Map<Tally, [number, number, number]> {
  const spare = new Map<Tally, number>();
  const need = new Map<Tally, number>();
  for (const t of tallies) {
    const demand = demandOf(t);
    const used = Math.min(demand, t.owned);
    spare.set(t, t.owned - used);
    need.set(t, demand - used);
  }
  const covered = new Map<Tally, number>();
  // Later versions first, so an older CAL borrows only what newer ones leave spare.
  const borrowers = tallies
    .filter((t) => (need.get(t) ?? 0) > 0)
    .sort((a, b) => b.licence.rank - a.licence.rank);
  for (const t of borrowers) {
    const lenders = tallies
      .filter((s) => (spare.get(s) ?? 0) > 0 && covers(s.licence, t.licence))
      .sort((a, b) => substituteOrder(a.licence, b.licence));
    let remaining = need.get(t) ?? 0;
    let got = 0;
    for (const s of lenders) {
      if (remaining === 0) break;
      const take = Math.min(remaining, spare.get(s) ?? 0);
      spare.set(s, (spare.get(s) ?? 0) - take);
      remaining -= take;
      got += take;
    }
    need.set(t, remaining);
    covered.set(t, got);
  }
  const result = new Map<Tally, [number, number, number]>();
  for (const t of tallies)
    result.set(t, [need.get(t) ?? 0, covered.get(t) ?? 0, spare.get(t) ?? 0]);
  return result;
}

const PRODUCT_ORDER: readonly ProductId[] = Object.keys(PRODUCTS) as ProductId[];

function rowOrder(a: Licence, b: Licence): number {
  return (
    PRODUCT_ORDER.indexOf(a.product) - PRODUCT_ORDER.indexOf(b.product) ||
    a.rank - b.rank ||
    a.edition.localeCompare(b.edition) ||
    a.kind.localeCompare(b.kind)
  );
}

/**
 * Computes the position from purchases, holdings (assignments by holder) and which
 * assignments are stale (1 by row index).
 */
export function computePosition(
  purchases: readonly Purchase[],
  holdings: Holdings,
  stale: Uint8Array,
): PositionRow[] {
  // Tallies by licence id: licence ids are small integers.
  const tallies: (Tally | undefined)[] = [];
  const tally = (licence: Licence): Tally => {
    let t = tallies[licence.id];
    if (!t) {
      t = { licence, owned: 0, unproven: 0, required: 0, active: 0 };
      tallies[licence.id] = t;
    }
    return t;
  };

  for (const p of purchases) {
    if (!p.licence || !p.licence.cal) continue;
    const t = tally(p.licence);
    t.owned += p.owned;
    if (!hasProof(p)) t.unproven += p.owned;
  }

  const { first, next } = holdings;
  const licences = holdings.assignments.licence;
  // Distinct licences of one holder, and whether any of its assignments of each is active.
  const held: Licence[] = [];
  const active: boolean[] = [];
  for (let h = 0; h < holdings.count; h += 1) {
    held.length = 0;
    active.length = 0;
    for (let i = first[h]; i >= 0; i = next[i]) {
      const licence = licences[i];
      if (!licence || !licence.cal) continue;
      const at = held.indexOf(licence);
      if (at < 0) {
        held.push(licence);
        active.push(stale[i] === 0);
      } else if (stale[i] === 0) {
        active[at] = true;
      }
    }
    for (let k = 0; k < held.length; k += 1) {
      const licence = held[k];
      const t = tally(licence);
      t.required += 1;
      if (active[k]) t.active += 1;
      const base = licence.base;
      if (base && !holdsBase(held, base, licence.kind)) {
        const b = tally(licenceOf(base.product, licence.version, base.edition, licence.kind));
        b.required += 1;
        if (active[k]) b.active += 1;
      }
    }
  }

  const list = tallies
    .filter((t): t is Tally => t !== undefined)
    .sort((a, b) => rowOrder(a.licence, b.licence));
  const all = allocate(list, (t) => t.required);
  const afterReclaim = allocate(list, (t) => t.active);
  return list.map((t) => {
    const [shortfall, covered, surplus] = all.get(t) as [number, number, number];
    const [shortAfter] = afterReclaim.get(t) as [number, number, number];
    const l = t.licence;
    return {
      licence: l.name,
      product: l.productName,
      version: l.version,
      edition: l.edition,
      kind: l.kind as Kind,
      owned: t.owned,
      required: t.required,
      covered,
      shortfall,
      surplus,
      reclaimable: t.required - t.active,
      shortfallAfterReclaim: shortAfter,
      unproven: t.unproven,
      status: shortfall > 0 ? 'shortfall' : surplus > 0 ? 'surplus' : 'ok',
    };
  });
}
