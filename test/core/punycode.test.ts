import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePunycode, hostToUnicode } from '../../src/core/punycode.ts';

describe('decodePunycode (RFC 3492)', () => {
  it.each([
    ['cme-5cd', '\u0430cme'], // Cyrillic а + "cme"
    ['cme-8cd', 'cme\u0430'], // the form DESIGN §1 quotes decodes to "cmeа", not "аcme"
    ['80a7a', '\u0441\u0430'],
    ['mnchen-3ya', 'm\u00fcnchen'],
    ['bcher-kva', 'b\u00fccher'],
    ['wgv71a119e', '\u65e5\u672c\u8a9e'],
    ['zca', '\u00df'],
  ])('xn--%s -> %s', (input, want) => {
    expect(decodePunycode(input)).toBe(want);
  });

  it('returns null for invalid input instead of throwing', () => {
    for (const bad of ['zz', '99999999999', 'a-\u00e9', '\u00e9-abc', 'a-', '-9', 'ab-99999999']) {
      expect(() => decodePunycode(bad)).not.toThrow();
    }
    expect(decodePunycode('zz')).toBeNull();
    expect(decodePunycode('\u00e9-abc')).toBeNull();
    expect(decodePunycode('99999999999')).toBeNull();
  });

  it('agrees with the WHATWG URL parser on every label it encodes (seeded)', () => {
    const unit = fc.constantFrom(...'abcxyz019\u0430\u0435\u043e\u0441\u00e9\u00fc\u00df\u4e2d\u6587\u03b1\u05d0'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 12 }), (label) => {
        let ascii: string;
        try {
          ascii = new URL(`http://${label}.com`).hostname.split('.')[0] ?? '';
        } catch {
          return; // not a valid IDN label (e.g. mixed bidi); nothing to compare
        }
        if (!ascii.startsWith('xn--')) return;
        const decoded = decodePunycode(ascii.slice(4));
        expect(decoded).not.toBeNull();
        expect(new URL(`http://${decoded ?? ''}.com`).hostname.split('.')[0]).toBe(ascii);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('never throws on arbitrary text (seeded)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const r = decodePunycode(s);
        expect(r === null || typeof r === 'string').toBe(true);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe('hostToUnicode', () => {
  it('decodes only xn-- labels and keeps the rest', () => {
    expect(hostToUnicode('login.xn--cme-5cd.com')).toBe('login.\u0430cme.com');
    expect(hostToUnicode('acme.com')).toBe('acme.com');
  });

  it('keeps an invalid xn-- label as written', () => {
    expect(hostToUnicode('xn--zz.acme.com')).toBe('xn--zz.acme.com');
  });
});
