/**
 * 32-bit polynomial string hashes, so the typo index can look up every
 * one-letter deletion of a label without building the deleted strings:
 * hash(s without s[i]) follows from prefix hashes in O(1). Collisions only
 * cost a wasted distance check, since every candidate is verified.
 */
const BASE = 0x01000193;

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
  return h;
}

// Scratch space reused by every call: this runs for every label scored, and
// host labels are at most 63 characters (longer input gets its own arrays).
const SCRATCH = 128;
const prefixScratch = new Uint32Array(SCRATCH + 1);
const powScratch = new Uint32Array(SCRATCH + 1);

/** Calls `visit` with the hash of s with each single character deleted, in order of position. */
export function forEachDeletionHash(s: string, visit: (hash: number) => void): void {
  const n = s.length;
  const prefix = n <= SCRATCH ? prefixScratch : new Uint32Array(n + 1);
  const pow = n <= SCRATCH ? powScratch : new Uint32Array(n + 1);
  prefix[0] = 0;
  pow[0] = 1;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = (Math.imul(prefix[i] as number, BASE) + s.charCodeAt(i)) >>> 0;
    pow[i + 1] = Math.imul(pow[i] as number, BASE) >>> 0;
  }
  const whole = prefix[n] as number;
  for (let i = 0; i < n; i++) {
    const shift = pow[n - 1 - i] as number;
    // tail = whole - prefix[i + 1] * B^(n-1-i): the characters after i, already weighted.
    const tail = (whole - Math.imul(prefix[i + 1] as number, shift)) >>> 0;
    visit((Math.imul(prefix[i] as number, shift) + tail) >>> 0);
  }
}

/** Hashes of s with each single character deleted, in order of the deleted position. */
export function deletionHashes(s: string): number[] {
  const out: number[] = [];
  forEachDeletionHash(s, (h) => out.push(h));
  return out;
}
