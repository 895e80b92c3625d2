import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STRONG_KEYWORDS, WEAK_KEYWORDS } from '../../src/core/keywords.ts';
import { couldBeAllWords, makeVocabulary, parseWords, type Vocabulary } from '../../src/core/segment.ts';

const strong = new Set(STRONG_KEYWORDS);
const weak = new Set(WEAK_KEYWORDS.filter((w) => !strong.has(w)));
const vocab: Vocabulary = makeVocabulary(strong, weak);

describe('parseWords', () => {
  it('splits identity words with nothing left over', () => {
    expect(parseWords('ssologin', vocab)).toEqual({ unknown: 0, strong: ['sso', 'login'], weak: [], unknownText: '' });
  });

  it('separates strong and weak words', () => {
    const p = parseWords('myhr', vocab);
    expect(p.unknown).toBe(0);
    expect(p.strong).toEqual([]);
    expect(p.weak).toEqual(['my', 'hr']);
  });

  it('explains digit runs', () => {
    const p = parseWords('2024sso', vocab);
    expect(p.unknown).toBe(0);
    expect(p.strong).toEqual(['sso']);
  });

  it('prefers longer keywords (servicedesk over service + desk)', () => {
    expect(parseWords('servicedesk', vocab).strong).toEqual(['servicedesk']);
  });

  it('counts and reports the unexplained letters', () => {
    const p = parseWords('bluesso', vocab);
    expect(p.unknown).toBe(4);
    expect(p.unknownText).toBe('blue');
    expect(p.strong).toEqual(['sso']);
  });

  it('joins separate unknown runs with a hyphen', () => {
    const p = parseWords('xxssoyy', vocab);
    expect(p.unknownText).toBe('xx-yy');
    expect(p.unknown).toBe(4);
  });

  it('does not let the excluded brand explain itself (pinduoduo)', () => {
    expect(parseWords('duo', vocab).unknown).toBe(0);
    expect(parseWords('duo', vocab, 'duo').unknown).toBe(3);
  });

  it('reads look-alike digits inside a keyword as the letters they stand for (l0gin, s1gnin, ss0, 0kta)', () => {
    expect(parseWords('l0gin', vocab)).toEqual({ unknown: 0, strong: ['login'], weak: [], unknownText: '' });
    expect(parseWords('s1gnin', vocab).strong).toEqual(['signin']);
    expect(parseWords('he1pdesk', vocab).strong).toEqual(['helpdesk']);
    expect(parseWords('ss0', vocab).strong).toEqual(['sso']);
    expect(parseWords('0ktal0gin', vocab).strong).toEqual(['okta', 'login']);
    expect(parseWords('c0rp', vocab)).toMatchObject({ unknown: 0, weak: ['corp'] });
  });

  it('never reads a run of digits alone as a word, and leaves digits that read as nothing unexplained letters', () => {
    expect(parseWords('10', vocab)).toMatchObject({ unknown: 0, strong: [], weak: [] });
    expect(parseWords('2024', vocab)).toMatchObject({ unknown: 0, strong: [], weak: [] });
    expect(parseWords('l0gln', vocab).unknown).toBeGreaterThan(0);
  });

  it('does not let a digit spelling of the excluded brand explain it ("0kta" next to okta)', () => {
    expect(parseWords('0kta', vocab, 'okta').strong).toEqual([]);
  });

  it('returns an empty parse for empty text', () => {
    expect(parseWords('', vocab)).toEqual({ unknown: 0, strong: [], weak: [], unknownText: '' });
  });

  it('never reports more unknown letters than the text has, and the pieces rebuild it (seeded)', () => {
    const piece = fc.oneof(fc.constantFrom('sso', 'okta', 'login', 'my', 'hr', '42', 'x', 'zz', 'helpdesk'), fc.string({ unit: fc.constantFrom(...'abqxz'.split('')), maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (parts) => {
        const text = parts.join('');
        const p = parseWords(text, vocab);
        expect(p.unknown).toBeGreaterThanOrEqual(0);
        expect(p.unknown).toBeLessThanOrEqual(text.length);
        expect(p.unknownText.replace(/-/g, '').length).toBe(p.unknown);
        for (const w of p.strong) expect(strong.has(w)).toBe(true);
        for (const w of p.weak) expect(weak.has(w)).toBe(true);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe('couldBeAllWords: the quick test before a full parse', () => {
  const v = makeVocabulary(new Set(STRONG_KEYWORDS), new Set(WEAK_KEYWORDS));

  it('passes text that is all words, and text with digits or other characters (parseWords decides those)', () => {
    for (const t of ['', 'sso', 'mysso', 'usa', 'myusa', 'l0gin', 'acme2024', 'x-y']) expect(couldBeAllWords(t, v), t).toBe(true);
  });

  it('stops text that no word starts or no word ends', () => {
    for (const t of ['qx', 'ssoq', 'qsso', 'blue', 'setu']) expect(couldBeAllWords(t, v), t).toBe(false);
  });

  it('never stops what parseWords reads as all words (seeded)', () => {
    const pieces = [...STRONG_KEYWORDS, ...WEAK_KEYWORDS, 'q', 'zz', 'x', '7', '42'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 4 }), (parts) => {
        const text = parts.join('');
        if (parseWords(text, v).unknown === 0) expect(couldBeAllWords(text, v)).toBe(true);
      }),
      { seed: 11, numRuns: 3000 },
    );
  });
});
