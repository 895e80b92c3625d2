import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedDamerau } from '../../src/core/distance.ts';

/** Unbounded optimal-string-alignment distance, written independently as the oracle. */
function osa(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = v;
    }
  }
  return at(a.length, b.length);
}

describe('boundedDamerau', () => {
  it.each([
    ['acme', 'acme', 0],
    ['acme', 'acmee', 1], // insertion
    ['acme', 'acm', 1], // deletion
    ['acme', 'acne', 1], // substitution
    ['acme', 'amce', 1], // adjacent swap counts once
    ['twilio', 'twlio', 1],
    ['microsoft', 'micorsfot', 2],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['ca', 'abc', 3], // OSA, not unrestricted Damerau (which gives 2)
  ])('%j vs %j = %i', (a, b, want) => {
    expect(boundedDamerau(a, b, 5)).toBe(want);
  });

  it('returns max + 1 as soon as the distance must exceed max', () => {
    expect(boundedDamerau('acme', 'zzzzzzzz', 2)).toBe(3);
    expect(boundedDamerau('abcdef', 'uvwxyz', 1)).toBe(2);
    expect(boundedDamerau('', 'abcd', 2)).toBe(3);
  });

  it('equals min(osa, max + 1) for random strings and bounds (seeded)', () => {
    const str = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });
    fc.assert(
      fc.property(str, str, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        expect(boundedDamerau(a, b, max)).toBe(Math.min(osa(a, b), max + 1));
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  it('is symmetric (seeded)', () => {
    const str = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 });
    fc.assert(
      fc.property(str, str, (a, b) => {
        expect(boundedDamerau(a, b, 3)).toBe(boundedDamerau(b, a, 3));
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
