/**
 * 32-bit polynomial string hashes, so the typo index can look up every
 * one-letter deletion of a label without building the deleted strings:
 * hash(s without s[i]) follows from prefix hashes in O(1). Collisions only
 * cost a wasted distance check, since every candidate is verified.
 */
import type { HashSet32 } from './hash-set.ts';

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

/** Fills `prefix` with the running hashes of the first `n` codes; returns the hash of all of them. */
function prefixHashes(codes: Uint16Array, n: number, prefix: Uint32Array): number {
  prefix[0] = 0;
  for (let i = 0; i < n; i++) prefix[i + 1] = (Math.imul(prefix[i] as number, BASE) + (codes[i] as number)) >>> 0;
  return prefix[n] as number;
}

/** Hash of the `n` codes behind `prefix` without code i: prefix[i] shifted past the tail, plus the tail. */
function withoutCode(prefix: Uint32Array, pow: Uint32Array, all: number, n: number, i: number): number {
  const shift = pow[n - 1 - i] as number;
  // tail = all - prefix[i + 1] * B^(n-1-i): the codes after i, already weighted.
  const tail = (all - Math.imul(prefix[i + 1] as number, shift)) >>> 0;
  return (Math.imul(prefix[i] as number, shift) + tail) & HASH_MASK;
}

/**
 * True when `keys` has the hash of the first `n` codes with one code
 * deleted (or, with `whole`, of all `n` codes) and `confirm`, when given,
 * accepts that hash; stops at the first. Takes the set itself, not any
 * object with `has`: the screen calls this for every label, and one
 * receiver type keeps the call cheap.
 */
export function someDeletionHash(codes: Uint16Array, n: number, keys: HashSet32, whole = false, confirm?: (hash: number) => boolean): boolean {
  const prefix = n <= SCRATCH ? prefixScratch : new Uint32Array(n + 1);
  const pow = n <= SCRATCH ? POW : powers(n);
  const all = prefixHashes(codes, n, prefix);
  if (whole) {
    const h = all & HASH_MASK;
    if (keys.has(h) && (!confirm || confirm(h))) return true;
  }
  for (let i = 0; i < n; i++) {
    const h = withoutCode(prefix, pow, all, n, i);
    if (keys.has(h) && (!confirm || confirm(h))) return true;
  }
  return false;
}

/**
 * True when `keys` has the hash of the first `n` codes with two codes
 * deleted and `confirm` accepts it; stops at the first. For the typo index
 * of long brands, where any two edits count (two changed or added letters
 * need a deletion on each side). Each hash is three weighted slices of the
 * prefix hashes: before i, between i and j, after j.
 */
export function someTwoDeletionHash(codes: Uint16Array, n: number, keys: HashSet32, confirm: (hash: number) => boolean): boolean {
  const prefix = n <= SCRATCH ? prefixScratch : new Uint32Array(n + 1);
  const pow = n <= SCRATCH ? POW : powers(n);
  const all = prefixHashes(codes, n, prefix);
  for (let j = 1; j < n; j++) {
    // The codes after j, already weighted, and prefix[j] shifted past them.
    const tail = (all - Math.imul(prefix[j + 1] as number, pow[n - 1 - j] as number)) >>> 0;
    for (let i = 0; i < j; i++) {
      // prefix[j] without code i: the codes before i, then those between i and j.
      const between = (prefix[j] as number) - Math.imul(prefix[i + 1] as number, pow[j - 1 - i] as number);
      const head = (Math.imul(prefix[i] as number, pow[j - 1 - i] as number) + between) >>> 0;
      const h = (Math.imul(head, pow[n - 1 - j] as number) + tail) & HASH_MASK;
      if (keys.has(h) && confirm(h)) return true;
    }
  }
  return false;
}

/** Calls `visit` with the hash of s with each single character deleted, in order of position. */
export function forEachDeletionHash(s: string, visit: (hash: number) => void): void {
  const n = s.length;
  const codes = n <= SCRATCH ? codeScratch : new Uint16Array(n);
  for (let i = 0; i < n; i++) codes[i] = s.charCodeAt(i);
  const prefix = n <= SCRATCH ? prefixScratch : new Uint32Array(n + 1);
  const pow = n <= SCRATCH ? POW : powers(n);
  const all = prefixHashes(codes, n, prefix);
  for (let i = 0; i < n; i++) visit(withoutCode(prefix, pow, all, n, i));
}

/** Hashes of s with each single character deleted, in order of the deleted position. */
export function deletionHashes(s: string): number[] {
  const out: number[] = [];
  forEachDeletionHash(s, (h) => out.push(h));
  return out;
}
