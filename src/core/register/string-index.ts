/**
 * Strings to dense ids (0, 1, 2, ... in order of first sight): an open-addressing hash table
 * over typed arrays, at most 70% full. Each slot keeps the key's hash beside its id, so a probe that misses
 * never touches the key itself; on a large register that is most of the cost of grouping.
 */
export class StringIndex {
  /** Pairs of (hash, id + 1); id + 1 = 0 marks an empty slot. */
  private slots: Int32Array;
  private mask: number;
  private keys: string[];
  private count = 0;

  constructor(expected = 16) {
    let capacity = 16;
    while (capacity < expected) capacity *= 2;
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
    this.keys = new Array<string>(Math.max(16, expected));
  }

  get size(): number {
    return this.count;
  }

  /** The id of a key, adding it when new. */
  add(key: string): number {
    return this.addHashed(key, hashText(key));
  }

  /** `add` when the key's hash (hashText's) is known already. */
  addHashed(key: string, h: number): number {
    const slots = this.slots;
    let slot = h & this.mask;
    for (;;) {
      const held = slots[slot * 2 + 1];
      if (held === 0) break;
      if (slots[slot * 2] === h && this.keys[held - 1] === key) return held - 1;
      slot = (slot + 1) & this.mask;
    }
    const id = this.count;
    this.count += 1;
    if (id < this.keys.length) this.keys[id] = key;
    else this.keys.push(key);
    slots[slot * 2] = h;
    slots[slot * 2 + 1] = id + 1;
    if (this.count * 10 > (this.mask + 1) * 7) this.grow();
    return id;
  }

  /** The id of a key, or -1 when it was never added. */
  get(key: string): number {
    const h = hashText(key);
    let slot = h & this.mask;
    for (;;) {
      const held = this.slots[slot * 2 + 1];
      if (held === 0) return -1;
      if (this.slots[slot * 2] === h && this.keys[held - 1] === key) return held - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s + 1] === 0) continue;
      let slot = old[s] & this.mask;
      while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = old[s];
      this.slots[slot * 2 + 1] = old[s + 1];
    }
  }
}

/** Where hashText starts: FNV-1a's offset basis. */
export const HASH_START = 0x811c9dc5;

/** One step of FNV-1a: the hash so far with one more UTF-16 code unit. */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/** The last step: a mix so similar keys spread out, kept to 28 bits (room for flags above). */
export function hashEnd(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h & 0x0fffffff;
}

/** FNV-1a over UTF-16 code units from `h`, mixed by hashEnd: the hash StringIndex keeps. */
export function hashText(key: string, h = HASH_START): number {
  for (let i = 0; i < key.length; i += 1) h = hashStep(h, key.charCodeAt(i));
  return hashEnd(h);
}
