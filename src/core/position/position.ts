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
import { allocate, type Allocation } from './allocation';
import {
  PRODUCTS,
  type CloudRights,
  type ProductEdition,
  type Kind,
  type ProductId,
  licenceOf,
  type Licence,
  holdsBase,
  isBundle,
} from '../licensing';
import { dayToIso, type Purchase } from '../register';
import { assuranceOf } from './assurance';
import type { Holdings } from './holdings';

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
  /** CALs owned with Software Assurance or a subscription active at the as-of date. */
  readonly withSa: number;
  /** The earliest end (ISO date) of that SA or subscription; absent when none is active. */
  readonly saEnds?: string;
  readonly status: PositionStatus;
}

export interface PositionOptions {
  /** The as-of date (day number): whose SA counts as active. */
  readonly asOf: number;
  /** Which CALs the register's cloud plans stand for. */
  readonly cloud?: CloudRights;
  /**
   * The version of Windows Server CAL that holders of Exchange, SharePoint, Skype for Business
   * and Project Server CALs need besides (catalogue `alsoNeeds`); undefined when the register
   * does not count them (Windows Server CALs kept elsewhere, or none recorded).
   */
  readonly windowsVersion?: string;
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
  options: PositionOptions,
): PositionRow[] {
  const { cloud, windowsVersion } = options;
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
  const table = holdings.assignments;
  // What each holder needs, kept only when suites are owned (they are handed out per holder).
  const collect = tallies.some((t) => t !== undefined && isBundle(t.licence) && t.owned > 0);
  const needsAll: Licence[][] = [];
  const needsActive: Licence[][] = [];
  // The CALs needed besides, found once per licence rather than once per holder.
  const bases = new Map<number, Licence>();
  const baseOf = (licence: Licence): Licence => {
    let found = bases.get(licence.id);
    if (!found) {
      const base = licence.base as NonNullable<Licence['base']>;
      found = licenceOf(base.product, licence.version, base.edition, licence.kind);
      bases.set(licence.id, found);
    }
    return found;
  };
  const alsoByKind = new Map<string, Licence>();
  const alsoOf = (also: ProductEdition, kind: Licence['kind']): Licence => {
    // One CAL is needed besides (the Windows Server CAL) for every product that needs one.
    let found = alsoByKind.get(kind);
    if (!found || found.product !== also.product || found.edition !== also.edition) {
      found = licenceOf(also.product, windowsVersion as string, also.edition, kind);
      alsoByKind.set(kind, found);
    }
    return found;
  };
  // What one holder needs (kept per holder only when collecting), counted as it is found.
  let needs: Licence[] = [];
  let activeNeeds: Licence[] = [];
  const need = (licence: Licence, isActive: boolean) => {
    const t = tally(licence);
    t.required += 1;
    if (isActive) t.active += 1;
    if (!collect) return;
    needs.push(licence);
    if (isActive) activeNeeds.push(licence);
  };
  // Distinct licences of one holder (the first `n`), and whether any of its assignments of
  // each is active: two lists reused from holder to holder.
  const held: Licence[] = [];
  const active: boolean[] = [];
  for (let h = 0; h < holdings.count; h += 1) {
    let n = 0;
    for (let i = first[h]; i >= 0; i = next[i]) {
      const licence = table.licence(i);
      if (!licence || !licence.cal) continue;
      let at = 0;
      while (at < n && held[at] !== licence) at += 1;
      if (at === n) {
        held[n] = licence;
        active[n] = stale[i] === 0;
        n += 1;
      } else if (stale[i] === 0) {
        active[at] = true;
      }
    }
    if (collect) {
      needs = [];
      activeNeeds = [];
    }
    let alsoActive: boolean | undefined;
    let needsAlso: Licence | undefined;
    for (let k = 0; k < n; k += 1) {
      const licence = held[k];
      need(licence, active[k]);
      const base = licence.base;
      if (base && !holdsBase(held, base, licence.kind, cloud, n)) need(baseOf(licence), active[k]);
      // Exchange, SharePoint, Skype and Project Server run on Windows Server: their holders
      // need a Windows Server CAL too, once per holder.
      if (windowsVersion !== undefined && licence.alsoNeeds) {
        needsAlso ??= licence;
        alsoActive = (alsoActive ?? false) || active[k];
      }
    }
    if (needsAlso !== undefined && alsoActive !== undefined) {
      const also = needsAlso.alsoNeeds as ProductEdition;
      if (!holdsBase(held, also, needsAlso.kind, cloud, n))
        need(alsoOf(also, needsAlso.kind), alsoActive);
    }
    if (collect && needs.length > 0) {
      needsAll.push(needs);
      needsActive.push(activeNeeds);
    }
  }

  const list = tallies
    .filter((t): t is Tally => t !== undefined)
    .sort((a, b) => rowOrder(a.licence, b.licence));
  const byId = (l: Licence) => tallies[l.id] as Tally;
  const all = allocate(
    list,
    (l) => byId(l).required,
    () => needsAll,
  );
  const afterReclaim = allocate(
    list,
    (l) => byId(l).active,
    () => needsActive,
  );
  return list.map((t) => {
    const { short: shortfall, covered, spare: surplus } = all.get(t.licence.id) as Allocation;
    const shortAfter = (afterReclaim.get(t.licence.id) as Allocation).short;
    const l = t.licence;
    const sa = assuranceOf(purchases, l, options.asOf);
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
      withSa: sa.withSa,
      ...(sa.earliestEnd !== undefined ? { saEnds: dayToIso(sa.earliestEnd) } : {}),
      status: shortfall > 0 ? 'shortfall' : surplus > 0 ? 'surplus' : 'ok',
    };
  });
}
