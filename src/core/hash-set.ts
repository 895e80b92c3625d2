/**
 * A set of 32-bit hashes in typed arrays, asked about every label scored,
 * many times per label. A bit array (one bit per hash, about 32 bits per
 * key) answers most misses with one read; the exact table (open
 * addressing, linear probing) settles the rest. No garbage, no Map.
 */
const EMPTY = 0;

/** Spreads the polynomial hashes' low bits, which follow the last character too closely. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  // A non-negative int32: used only masked, as an index.
  return (h ^ (h >>> 16)) & 0x7fffffff;
}

export class HashSet32 {
  readonly size: number;
  private readonly slots: Uint32Array;
  private readonly slotMask: number;
  private readonly bits: Uint32Array;
  private readonly bitMask: number;
  /** 0 marks an empty slot, so the hash 0 is remembered on the side. */
  private readonly hasZero: boolean;

  constructor(hashes: Iterable<number>) {
    const unique = new Set<number>();
    for (const h of hashes) unique.add(h >>> 0);
    this.size = unique.size;
    let capacity = 8;
    while (capacity < unique.size * 2) capacity *= 2;
    let bitCount = 1024;
    while (bitCount < unique.size * 32) bitCount *= 2;
    this.slots = new Uint32Array(capacity);
    this.slotMask = capacity - 1;
    this.bits = new Uint32Array(bitCount / 32);
    this.bitMask = bitCount - 1;
    let hasZero = false;
    for (const h of unique) {
      if (h === EMPTY) {
        hasZero = true;
        continue;
      }
      const m = mix(h);
      const bit = (m >>> 7) & this.bitMask;
      this.bits[bit >>> 5] = (this.bits[bit >>> 5] as number) | (1 << (bit & 31));
      let i = m & this.slotMask;
      while (this.slots[i] !== EMPTY) i = (i + 1) & this.slotMask;
      this.slots[i] = h;
    }
    this.hasZero = hasZero;
  }

  has(hash: number): boolean {
    const h = hash >>> 0;
    if (h === EMPTY) return this.hasZero;
    const m = mix(h);
    const bit = (m >>> 7) & this.bitMask;
    if ((((this.bits[bit >>> 5] as number) >>> (bit & 31)) & 1) === 0) return false;
    for (let i = m & this.slotMask; ; i = (i + 1) & this.slotMask) {
      const slot = this.slots[i] as number;
      if (slot === h) return true;
      if (slot === EMPTY) return false;
    }
  }
}
