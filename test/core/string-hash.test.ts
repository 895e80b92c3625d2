import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HashSet32 } from '../../src/core/hash-set.ts';
import { deletionHashes, hashString, someDeletionHash, someTwoDeletionHash } from '../../src/core/string-hash.ts';

const codesOf = (s: string): Uint16Array => Uint16Array.from(s, (c) => c.charCodeAt(0));

/** Every string `s` becomes with two of its characters deleted, built the slow way. */
function twoDeletions(s: string): string[] {
  const out: string[] = [];
  for (let j = 1; j < s.length; j++) for (let i = 0; i < j; i++) out.push(s.slice(0, i) + s.slice(i + 1, j) + s.slice(j + 1));
  return out;
}

/** Every hash a probe offers to `confirm`, in order. */
function offered(probe: (keys: HashSet32, confirm: (h: number) => boolean) => boolean, keys: number[]): number[] {
  const seen: number[] = [];
  probe(new HashSet32(keys), (h) => {
    seen.push(h);
    return false;
  });
  return seen;
}

describe('deletion hashes', () => {
  const text = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'), minLength: 2, maxLength: 70 });

  it('one deletion: each hash is hashString of the string with that character gone', () => {
    fc.assert(
      fc.property(text, (s) => {
        const built = [...s].map((_, i) => hashString(s.slice(0, i) + s.slice(i + 1)));
        expect(deletionHashes(s)).toEqual(built);
        expect(offered((keys, confirm) => someDeletionHash(codesOf(s), s.length, keys, false, confirm), built)).toEqual(built);
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('two deletions: every pair of positions, hashed as the string without both (past 128 characters too)', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: fc.constantFrom('a', 'b'), minLength: 129, maxLength: 140 })), (s) => {
        const built = twoDeletions(s).map(hashString);
        expect(offered((keys, confirm) => someTwoDeletionHash(codesOf(s), s.length, keys, confirm), built)).toEqual(built);
      }),
      { seed: 12, numRuns: 200 },
    );
  });

  it('stops at the first hash the set holds and confirm accepts', () => {
    const keys = new HashSet32(twoDeletions('myelherwaflet').map(hashString));
    let calls = 0;
    expect(someTwoDeletionHash(codesOf('myelherwaflet'), 13, keys, () => ++calls === 3)).toBe(true);
    expect(calls).toBe(3);
    // myetherwallet less its t and an l is myelherwaflet less its l and f.
    expect(someTwoDeletionHash(codesOf('myetherwallet'), 13, keys, () => true)).toBe(true);
    expect(someTwoDeletionHash(codesOf('zzzzzzzzzzzzz'), 13, keys, () => true)).toBe(false);
  });
});
