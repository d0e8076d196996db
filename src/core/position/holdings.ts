/**
 * Who holds what: assignments grouped by holder (the same account, or the same device,
 * on any number of rows), as linked lists over flat arrays: no per-holder allocation.
 */
import type { AssignmentTable } from '../register';
import type { Licence } from '../licensing';

export class Holdings {
  /** Holder id of each assignment (by row index), -1 when it names nobody. */
  readonly holderOf: Int32Array;
  /** First assignment index of each holder. */
  readonly first: Int32Array;
  /** Next assignment index of the same holder, -1 after the last; sheet order. */
  readonly next: Int32Array;
  readonly count: number;

  /** `ended`: rows that are history (1), left out of every holder's list. */
  constructor(
    readonly assignments: AssignmentTable,
    ended?: Uint8Array,
  ) {
    const n = assignments.length;
    if (ended) {
      this.holderOf = assignments.holder.slice(0, n);
      for (let i = 0; i < n; i += 1) if (ended[i] === 1) this.holderOf[i] = -1;
    } else {
      this.holderOf = assignments.holder;
    }
    this.count = assignments.holderCount;
    this.first = new Int32Array(this.count).fill(-1);
    this.next = new Int32Array(n).fill(-1);
    for (let i = n - 1; i >= 0; i -= 1) {
      const h = this.holderOf[i];
      if (h < 0) continue;
      this.next[i] = this.first[h];
      this.first[h] = i;
    }
  }

  /** The holder id of a lower-case account or device name, -1 when it holds nothing. */
  idOf(key: string, device: boolean): number {
    return this.assignments.holderNamed(key, device);
  }

  /** Row indexes of a holder's assignments, in sheet order. */
  rows(holder: number): number[] {
    const rows: number[] = [];
    if (holder < 0) return rows;
    for (let i = this.first[holder]; i >= 0; i = this.next[i]) rows.push(i);
    return rows;
  }

  /** The licences held by the holder of row `index` (its own included). */
  licencesNear(index: number): (Licence | undefined)[] {
    const held: (Licence | undefined)[] = [];
    const holder = this.holderOf[index];
    if (holder < 0) return held;
    for (let i = this.first[holder]; i >= 0; i = this.next[i])
      held.push(this.assignments.licence(i));
    return held;
  }
}
