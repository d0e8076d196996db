/**
 * Meeting the requirement with what is owned: each licence first from its own CALs, then
 * from spare CALs of a later version of the same CAL, then from spare CAL Suites. A suite
 * licenses one user (or device) for every CAL it contains, so suites are handed out per
 * holder: one suite covers all of a holder's needs that it contains.
 */
import { covers as coversCal, isBundle, type Licence } from '../licensing';

export interface Supply {
  readonly licence: Licence;
  readonly owned: number;
}

/** Per licence: still short, covered by other licences, and left spare. */
export interface Allocation {
  readonly short: number;
  readonly covered: number;
  readonly spare: number;
}

/** What one holder needs (licences by id), for handing out suites. */
export type HolderNeeds = readonly (readonly Licence[])[];

/**
 * True when a spare CAL of `supply` may stand in for a required `demand` CAL: a later version
 * of the same CAL, or a suite that contains it (coverage.covers).
 */
export function covers(supply: Licence, demand: Licence): boolean {
  return supply !== demand && coversCal(supply, demand, { versions: 'own-or-earlier' });
}

interface State {
  readonly licence: Licence;
  need: number;
  spare: number;
  covered: number;
}

function borrow(borrower: State, lenders: readonly State[]): void {
  for (const lender of lenders) {
    if (borrower.need === 0) return;
    const take = Math.min(borrower.need, lender.spare);
    lender.spare -= take;
    borrower.need -= take;
    borrower.covered += take;
  }
}

/** Hands out spare suites holder by holder, holders with the most coverable needs first. */
function allocateSuites(states: Map<number, State>, holders: HolderNeeds): void {
  const suites = [...states.values()].filter((s) => isBundle(s.licence) && s.spare > 0);
  if (suites.length === 0) return;
  // Core before Enterprise: the cheaper suite that covers the holder.
  suites.sort(
    (a, b) => (a.licence.edition === 'Core' ? 0 : 1) - (b.licence.edition === 'Core' ? 0 : 1),
  );
  const short = (l: Licence) => {
    const state = states.get(l.id);
    return state !== undefined && state.need > 0 && !isBundle(l);
  };
  const candidates = holders
    .map((needs) => needs.filter(short))
    .filter((needs) => needs.length > 0)
    .sort((a, b) => b.length - a.length);
  for (const needs of candidates) {
    const open = needs.filter(short);
    if (open.length === 0) continue;
    const suite =
      suites.find((s) => s.spare > 0 && open.every((l) => covers(s.licence, l))) ??
      suites.find((s) => s.spare > 0 && open.some((l) => covers(s.licence, l)));
    if (!suite) continue;
    suite.spare -= 1;
    for (const l of open) {
      if (!covers(suite.licence, l)) continue;
      const state = states.get(l.id) as State;
      state.need -= 1;
      state.covered += 1;
    }
    if (!suites.some((s) => s.spare > 0)) return;
  }
}

/**
 * Allocates supply to demand. `demand` gives the required count per licence id; `holders`
 * lists what each holder needs (only used when suites are owned).
 */
export function allocate(
  supply: readonly Supply[],
  demand: (licence: Licence) => number,
  holders: () => HolderNeeds,
): Map<number, Allocation> {
  const states = new Map<number, State>();
  for (const s of supply) {
    const required = demand(s.licence);
    const used = Math.min(required, s.owned);
    states.set(s.licence.id, {
      licence: s.licence,
      need: required - used,
      spare: s.owned - used,
      covered: 0,
    });
  }
  const all = [...states.values()];
  // Later versions of the same CAL, newest borrowers first so an older CAL takes only what is
  // left; then Enterprise CAL Suites for Core CAL Suite holders.
  const borrowers = all.filter((s) => s.need > 0).sort((a, b) => b.licence.rank - a.licence.rank);
  for (const b of borrowers) {
    const lenders = all
      .filter(
        (s) =>
          s.spare > 0 &&
          (!isBundle(s.licence) || isBundle(b.licence)) &&
          covers(s.licence, b.licence),
      )
      .sort((x, y) => x.licence.rank - y.licence.rank);
    borrow(b, lenders);
  }
  if (all.some((s) => isBundle(s.licence) && s.spare > 0) && all.some((s) => s.need > 0)) {
    allocateSuites(states, holders());
  }
  const result = new Map<number, Allocation>();
  for (const s of all)
    result.set(s.licence.id, { short: s.need, covered: s.covered, spare: s.spare });
  return result;
}
