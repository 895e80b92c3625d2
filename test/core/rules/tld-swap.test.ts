import { describe, expect, it } from 'vitest';
import { TLD_SWAP_SCORE } from '../../../src/core/rules/tld-swap.ts';
import { ACME, expectFlag, expectQuiet, protect, TWILIO, verdict } from '../support.ts';

const acme = protect(ACME);

describe('tld-swap rule', () => {
  it.each(['acme.co', 'acme.net', 'acme.de', 'acme.co.uk', 'www.acme.net'])('%s warns against acme.com', (host) => {
    const v = expectFlag(acme, host, { level: 'warn', rule: 'tld-swap', target: 'acme.com', mentions: 'acme.com on another ending' });
    expect(v.score).toBe(TLD_SWAP_SCORE);
  });

  it('a sign-in subdomain makes it stronger', () => {
    const v = expectFlag(acme, 'login.acme.net', { level: 'warn', rule: 'tld-swap', target: 'acme.com', mentions: 'under "login"' });
    expect(v.score).toBeGreaterThan(TLD_SWAP_SCORE);
  });

  it.each([
    ['tmobile.com', 'the name of t-mobile.com without its hyphens'],
    ['tmobile.net', 'without its hyphens, on another ending (.net)'],
    ['login.tmobile.co.uk', 'on another ending (.co.uk), under "login"'],
  ])('%s: a hyphenated name without its hyphens warns like another ending', (host, mentions) => {
    expectFlag(protect(['t-mobile.com']), host, { level: 'warn', rule: 'tld-swap', target: 't-mobile.com', mentions });
  });

  it('a name the company lists without hyphens is its own, and short names do not lose their hyphens', () => {
    expectQuiet(protect(['t-mobile.com', 'tmobile.com']), 'tmobile.com', 'trusted');
    expect(verdict(protect(['ab-c.com']), 'abc.net').reasons.map((r) => r.rule)).not.toContain('tld-swap');
  });

  it('moves to block at high sensitivity', () => {
    expectFlag(protect(ACME, { sensitivity: 'high' }), 'acme.net', { level: 'block', rule: 'tld-swap', target: 'acme.com', mentions: '.net' });
  });

  describe('stays quiet', () => {
    it('every suffix the company lists itself is its own', () => {
      const e = protect(['acme.com', 'acme.net']);
      expectQuiet(e, 'acme.net', 'trusted');
      expect(verdict(e, 'acme.org').level).toBe('warn');
    });

    it('allowlisted suffixes are trusted', () => {
      expectQuiet(protect(['acme.com'], { allowlist: ['acme.de'] }), 'shop.acme.de', 'trusted');
    });

    it('an Okta tenant is not a company domain: acme.okta.com alone does not make acme.net a swap', () => {
      const v = verdict(protect(['acme.okta.com']), 'acme.net');
      expect(v.reasons.map((r) => r.rule)).not.toContain('tld-swap');
    });

    it.each(['google.de', 'google.com.br', 'okta.net', 'okta.io'])('%s: an IdP name on another suffix alone is not enough', (host) => {
      expectQuiet(acme, host);
    });

    it('twilio.com does not make twilight.net a swap', () => {
      expectQuiet(protect(TWILIO), 'twilight.net');
    });
  });
});
