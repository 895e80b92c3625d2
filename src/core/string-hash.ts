/**
 * 32-bit polynomial string hashes, so the typo index can look up every
 * one-letter deletion of a label without building the deleted strings:
 * hash(s without s[i]) follows from prefix hashes in O(1). Collisions only
 * cost a wasted distance check, since every candidate is verified.
 */
const BASE = 0x01000193;

export function hashString(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) >>> 0;
  return h;
}

/** Hashes of s with each single character deleted, in order of the deleted position. */
export function deletionHashes(s: string): number[] {
  const n = s.length;
  const prefix = new Array<number>(n + 1);
  const pow = new Array<number>(n + 1);
  prefix[0] = 0;
  pow[0] = 1;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = (Math.imul(prefix[i] as number, BASE) + s.charCodeAt(i)) >>> 0;
    pow[i + 1] = Math.imul(pow[i] as number, BASE) >>> 0;
  }
  const whole = prefix[n] as number;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const shift = pow[n - 1 - i] as number;
    // tail = whole - prefix[i + 1] * B^(n-1-i): the characters after i, already weighted.
    const tail = (whole - Math.imul(prefix[i + 1] as number, shift)) >>> 0;
    out[i] = (Math.imul(prefix[i] as number, shift) + tail) >>> 0;
  }
  return out;
}
