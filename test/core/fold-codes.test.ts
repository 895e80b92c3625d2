/**
 * The screen hashes folds straight from code buffers; the rules compare
 * strings. Both must agree exactly, or the screen would stop lookalikes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasTypoDigit, letterCodes, skeletonHashes, typoCodes } from '../../src/core/fold-codes.ts';
import { HashSet32 } from '../../src/core/hash-set.ts';
import { typoForm } from '../../src/core/label-forms.ts';
import { edgeWordLengths, makeVocabulary } from '../../src/core/segment.ts';
import { looseSkeleton, nearSkeleton, skeleton } from '../../src/core/skeleton.ts';
import { hashString } from '../../src/core/string-hash.ts';

const UNITS = 'abcdeilmnorsvwqhkgt0134578|-ABILRN'.split('');
const text = fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 24 });

// Reference folds written the plain way, independent of the code-unit loops.
const map = (s: string, table: Record<string, string>): string => [...s].map((c) => table[c] ?? c).join('');
const refLetters = (s: string): string => map(s.toLowerCase(), { '0': 'o', '1': 'l', i: 'l', '5': 's', '|': 'l' });
const refTypo = (s: string): string => refLetters(map(s.replace(/-/g, ''), { '3': 'e', '4': 'a', '7': 't', '8': 'b' }));
function refSkeleton(s: string): string {
  return refLetters(s).replace(/rn|vv|cl/g, (p) => ({ rn: 'm', vv: 'w', cl: 'd' })[p] ?? p);
}
function refLoose(s: string): string {
  const out: string[] = [];
  let pairEnded = false;
  const pairs: Record<string, string> = { rm: 'm', mm: 'm', rr: 'm', vv: 'w', cl: 'd', ld: 'd', dl: 'd', lh: 'h', lk: 'k' };
  for (const ch of map(refLetters(s), { b: 'd', q: 'g', e: 'c', n: 'm' })) {
    const pair = out.length > 0 && !pairEnded ? pairs[`${out[out.length - 1]}${ch}`] : undefined;
    if (pair) {
      out[out.length - 1] = pair;
      pairEnded = true;
    } else {
      out.push(ch);
      pairEnded = false;
    }
  }
  return out.join('');
}

describe('fold kernels', () => {
  it('typoCodes, typoForm, skeleton and looseSkeleton match the plain reference folds', () => {
    const out = new Uint16Array(64);
    fc.assert(fc.property(text, (s) => {
      expect(String.fromCharCode(...out.subarray(0, typoCodes(s, out)))).toBe(refTypo(s));
      expect(typoForm(s)).toBe(refTypo(s));
      const flat = s.replace(/-/g, '');
      expect(skeleton(flat)).toBe(refSkeleton(flat));
      expect(looseSkeleton(flat)).toBe(refLoose(flat));
    }), { seed: 3, numRuns: 5000 });
    expect([refSkeleton('c1orox'), refSkeleton('rnicrosoft'), refLoose('eiseo'), refLoose('cisco')]).toEqual(['dorox', 'mlcrosoft', 'dsco', 'dsco']);
  });

  it('skeletonHashes hash the strict and loose skeletons of the letter fold', () => {
    const letters = new Uint16Array(64);
    const hashes = new Uint32Array(2);
    fc.assert(fc.property(text, (s) => {
      const flat = s.replace(/-/g, '');
      skeletonHashes(letters, letterCodes(flat, letters), hashes);
      expect([hashes[0], hashes[1]]).toEqual([hashString(skeleton(flat)), hashString(looseSkeleton(flat))]);
    }), { seed: 4, numRuns: 5000 });
  });

  it('nearSkeleton reads pairs as typed, then folds letters', () => {
    expect(['cllropbox', 'dropbox', 'linkedin', 'linked', 'rnicrosoft', 'lcIaviyo', 'mgnrresorts'].map(nearSkeleton)).toEqual([
      'dlropdox', 'dropdox', 'llmkcdlm', 'llmkcd', 'mlcrosoft', 'lclavlyo', 'mgmmcsorts',
    ]);
  });

  it('reads the typo form as the letter fold unless a 3, 4, 7 or 8 stands for a letter', () => {
    const a = new Uint16Array(64);
    const b = new Uint16Array(64);
    fc.assert(fc.property(text, (s) => {
      const flat = s.replace(/-/g, '');
      const n = typoCodes(flat, a);
      const m = letterCodes(flat, b);
      if (!hasTypoDigit(flat)) expect(Array.from(a.subarray(0, n))).toEqual(Array.from(b.subarray(0, m)));
    }), { seed: 5, numRuns: 3000 });
    expect(hasTypoDigit('tw1l10')).toBe(false);
    expect(hasTypoDigit('g00g7e')).toBe(true);
  });
});

describe('HashSet32', () => {
  it('has exactly the hashes it was built from, 0 and 2^32-1 included', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.nat({ max: 0xffffffff }), { maxLength: 300 }), fc.array(fc.nat({ max: 0xffffffff }), { maxLength: 50 }), (keys, probes) => {
      const set = new HashSet32(keys);
      expect(set.size).toBe(keys.length);
      for (const k of keys) expect(set.has(k)).toBe(true);
      for (const p of probes) expect(set.has(p)).toBe(keys.includes(p));
    }), { seed: 6, numRuns: 300 });
    const edge = new HashSet32([0, 0xffffffff]);
    expect([edge.has(0), edge.has(0xffffffff), edge.has(1)]).toEqual([true, true, false]);
    expect(new HashSet32([]).has(0)).toBe(false);
  });
});

describe('edge words', () => {
  const vocab = makeVocabulary(new Set(['sso', 'okta', 'o365', 'login']), new Set(['hr', 'help', 'helpdesk']));
  it('finds every sign-in or corporate word at either end, longest words included', () => {
    expect(edgeWordLengths('helpdeskacme', vocab.heads, false, 3)).toEqual([4, 8]);
    expect(edgeWordLengths('acmeo365', vocab.tails, true, 3)).toEqual([4]);
    expect(edgeWordLengths('acmesso', vocab.tails, true, 3)).toEqual([3]);
  });
  it('leaves at least `keep` characters and ignores words of one letter or outside a-z0-9', () => {
    expect(edgeWordLengths('ssoab', vocab.heads, false, 3)).toEqual([]);
    expect(edgeWordLengths('sso-acme', vocab.heads, false, 3)).toEqual([3]);
    expect(edgeWordLengths('hracme', vocab.heads, false, 3)).toEqual([]); // short weak words never come off the ends
    expect(edgeWordLengths('acme_sso', vocab.tails, true, 3)).toEqual([3]);
    expect(edgeWordLengths('', vocab.heads, false, 3)).toEqual([]);
  });
});
