/**
 * 32-bit polynomial string hashes, so the typo index can look up every
 * one-letter deletion of a label without building the deleted strings:
 * hash(s without s[i]) follows from prefix hashes in O(1). Collisions only
 * cost a wasted distance check, since every candidate is verified.
 */
const BASE = 0x01000193;
/** The multiplier of hashString, for code that hashes as it folds (fold-codes.ts). */
export const HASH_BASE = BASE;
/**
 * Hashes handed between functions keep 30 bits: V8 stores such integers
 * unboxed (small integers), where a full 32-bit value becomes a heap
 * number at every call. Collisions stay rare and only cost a check.
 */
export const HASH_MASK = 0x3fffffff;

/** 32-bit FNV-1a of `text`: short, stable fingerprints (policy versions, error sets). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, BASE) >>> 0;
  }
  return h;
}

export function hashString(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) >>> 0;
  return h & HASH_MASK;
}

// Scratch space reused by every call: this runs for every label scored, and
// host labels are at most 63 characters (longer input gets its own arrays).
const SCRATCH = 128;
const prefixScratch = new Uint32Array(SCRATCH + 1);
const codeScratch = new Uint16Array(SCRATCH);
/** BASE^i, for i up to SCRATCH; longer input computes its own. */
const POW = powers(SCRATCH);

function powers(n: number): Uint32Array {
  const pow = new Uint32Array(n + 1);
  pow[0] = 1;
  for (let i = 0; i < n; i++) pow[i + 1] = Math.imul(pow[i] as number, BASE) >>> 0;
  return pow;
}

/**
 * True when `keys` has the hash of the first `n` codes with one code
 * deleted (or, with `whole`, of all `n` codes), stopping at the first found.
 */
export function someDeletionHash(codes: Uint16Array, n: number, keys: { has(hash: number): boolean }, whole = false): boolean {
  const prefix = n <= SCRATCH ? prefixScratch : new Uint32Array(n + 1);
  const pow = n <= SCRATCH ? POW : powers(n);
  prefix[0] = 0;
  for (let i = 0; i < n; i++) prefix[i + 1] = (Math.imul(prefix[i] as number, BASE) + (codes[i] as number)) >>> 0;
  const all = prefix[n] as number;
  if (whole && keys.has(all & HASH_MASK)) return true;
  for (let i = 0; i < n; i++) {
    const shift = pow[n - 1 - i] as number;
    // tail = all - prefix[i + 1] * B^(n-1-i): the codes after i, already weighted.
    const tail = (all - Math.imul(prefix[i + 1] as number, shift)) >>> 0;
    if (keys.has((Math.imul(prefix[i] as number, shift) + tail) & HASH_MASK)) return true;
  }
  return false;
}

/** Calls `visit` with the hash of s with each single character deleted, in order of position. */
export function forEachDeletionHash(s: string, visit: (hash: number) => void): void {
  const codes = s.length <= SCRATCH ? codeScratch : new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
  someDeletionHash(codes, s.length, {
    has(h) {
      visit(h);
      return false;
    },
  });
}

/** Hashes of s with each single character deleted, in order of the deleted position. */
export function deletionHashes(s: string): number[] {
  const out: number[] = [];
  forEachDeletionHash(s, (h) => out.push(h));
  return out;
}
