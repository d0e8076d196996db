/**
 * Strings to dense ids (0, 1, 2, ... in order of first sight): an open-addressing hash table
 * over one typed array, at most 80% full. On a large register grouping costs mostly cache
 * misses, so a slot is four bytes: the key's id + 1 in the low `bits` bits (0: empty) and,
 * above them, a tag (the bits of the key's hash above the slot number). A probe that meets
 * another key's slot is told apart by the tag, without touching that key; sixteen slots share
 * a cache line, so the probes of one look-up mostly cost one miss.
 */
export class StringIndex {
  private slots: Int32Array;
  /** The table holds 2^bits slots; an id + 1 is below that, so it fits in `bits` bits. */
  private bits: number;
  private mask: number;
  private keys: string[];
  private count = 0;

  /** `expected`: how many keys to make room for before the table grows. */
  constructor(expected = 16) {
    let bits = 4;
    while (bits < 27 && (1 << bits) * 4 < expected * 5) bits += 1;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.slots = new Int32Array(1 << bits);
    this.keys = new Array<string>(Math.max(16, expected));
  }

  get size(): number {
    return this.count;
  }

  /** The id of a key, adding it when new. */
  add(key: string): number {
    return this.addHashed(key, hashText(key));
  }

  /** `add` when the key's hash is known already: it must be hashText(key). */
  addHashed(key: string, h: number): number {
    const slots = this.slots;
    const bits = this.bits;
    const mask = this.mask;
    const tag = h >>> bits;
    let slot = h & mask;
    for (;;) {
      const held = slots[slot];
      if (held === 0) break;
      if (held >>> bits === tag && this.keys[(held & mask) - 1] === key) return (held & mask) - 1;
      slot = (slot + 1) & mask;
    }
    const id = this.count;
    this.count += 1;
    if (id < this.keys.length) this.keys[id] = key;
    else this.keys.push(key);
    slots[slot] = (tag << bits) | (id + 1);
    if (this.count * 5 > (mask + 1) * 4) this.grow();
    return id;
  }

  /** The id of a key, or -1 when it was never added. */
  get(key: string): number {
    const h = hashText(key);
    const bits = this.bits;
    const mask = this.mask;
    const tag = h >>> bits;
    let slot = h & mask;
    for (;;) {
      const held = this.slots[slot];
      if (held === 0) return -1;
      if (held >>> bits === tag && this.keys[(held & mask) - 1] === key) return (held & mask) - 1;
      slot = (slot + 1) & mask;
    }
  }

  /** Twice the slots: every key placed again, its hash computed anew (the slot keeps only a tag). */
  private grow(): void {
    this.bits += 1;
    const bits = this.bits;
    this.mask = (1 << bits) - 1;
    const mask = this.mask;
    const slots = new Int32Array(1 << bits);
    for (let id = 0; id < this.count; id += 1) {
      const h = hashText(this.keys[id]);
      let slot = h & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = ((h >>> bits) << bits) | (id + 1);
    }
    this.slots = slots;
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
