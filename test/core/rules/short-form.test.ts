import { describe, expect, it } from 'vitest';
import { SHORT_FORM_SCORE, SHORT_FORM_SIGN_IN_SCORE } from '../../../src/core/rules/short-form.ts';
import { makeVocabulary } from '../../../src/core/segment.ts';
import { shortFormOf } from '../../../src/core/short-forms.ts';
import { expectQuiet, protect, verdict } from '../support.ts';

const tmobile = protect(['t-mobile.com']);

describe('short-form rule: the company name shortened beside a sign-in or corporate word', () => {
  it.each([
    // the 0ktapus and Scattered Spider kits' own spellings: the name's start beside a word of signing in itself
    ['t-mobile.com', 'tmo-sso.com', '"tmo", the start of "t-mobile" (t-mobile.com), with the sign-in word "sso"'],
    ['t-mobile.com', 'tmo-sso.net', '"tmo", the start of "t-mobile"'],
    ['t-mobile.com', 'ssotmo.com', '"ssotmo" runs "tmo", the start of "t-mobile" (t-mobile.com), into the sign-in word "sso"'],
    ['mongodb.com', 'mongosso.com', '"mongo", the start of "mongodb" (mongodb.com), into the sign-in word "sso"'],
    ['netflix.com', 'netf-sso.com', '"netf", the start of "netflix"'],
    ['t-mobile.com', 'tmo-okta-login.com', '"tmo", the start of "t-mobile"'],
  ])('for %s, %s blocks, tied to the company', (target, host, detail) => {
    const v = verdict(protect([target]), host);
    expect(v).toMatchObject({ level: 'block', score: SHORT_FORM_SIGN_IN_SCORE, target });
    expect(v.reasons.map((r) => r.detail)).toContainEqual(expect.stringContaining(detail));
  });

  it.each([
    // consonants stand for many names ("src" is s-r-c of salesforce), corporate and product words for many pages
    ['roblox.com', 'rbx-hr.com', '"rbx", consonants of "roblox" (roblox.com), with the corporate word "hr"'],
    ['roblox.com', 'rbx-corp.com', 'with the corporate word "corp"'],
    ['roblox.com', 'my-rbx-vpn.net', '"rbx", consonants of "roblox" (roblox.com), with the sign-in word "vpn"'],
    ['klaviyo.com', 'klav-workday.com', '"klav", the start of "klaviyo" (klaviyo.com), with the identity word "workday"'],
    ['t-mobile.com', 'tmo-hr.com', '"tmo", the start of "t-mobile" (t-mobile.com), with the corporate word "hr"'],
    // consumer VPNs are "<name>-vpn": beside "vpn" a start only warns
    ['nordstrom.com', 'nord-vpn.com', '"nord", the start of "nordstrom" (nordstrom.com), with the sign-in word "vpn"'],
  ])('for %s, %s warns, tied to the company', (target, host, detail) => {
    const v = verdict(protect([target]), host);
    expect(v).toMatchObject({ level: 'warn', score: SHORT_FORM_SCORE, target });
    expect(v.reasons[0]).toEqual({ rule: 'combosquat', detail: expect.stringContaining(detail) });
  });

  it('the start beside a sign-in word is a warning at low sensitivity', () => {
    expect(verdict(protect(['t-mobile.com'], { sensitivity: 'low' }), 'tmo-sso.com')).toMatchObject({ level: 'warn', target: 't-mobile.com' });
  });

  it('gives the reason beside a stronger finding: "tmo-okta" is also Okta\'s name with an unknown word', () => {
    const v = verdict(tmobile, 'tmo-okta.com');
    expect(v.level).toBe('block');
    expect(v.reasons.map((r) => r.detail)).toContainEqual(expect.stringContaining('"tmo", the start of "t-mobile"'));
  });

  it('without the company, the same hosts are only the brand-less keyword shape, or nothing', () => {
    const acme = protect(['acme.com']);
    expect(verdict(acme, 'tmo-sso.com')).toMatchObject({ level: 'warn', reasons: [{ rule: 'keyword-shape' }] });
    expect(verdict(acme, 'tmo-sso.com').target).toBeUndefined();
    expectQuiet(acme, 'mongosso.com');
    expectQuiet(acme, 'ssotmo.com');
  });

  describe('stays quiet on real sites', () => {
    it.each([
      // a start that is a word is no short form: "net" of netflix, "pay" of paypal, "snow" of snowflake
      ['netflix.com', 'net-sso.com'], ['netflix.com', 'netsso.com'], ['netflix.com', 'netvpn.com'], ['paypal.com', 'paylogin.com'],
      // run into "vpn", any name is a consumer VPN's
      ['nordstrom.com', 'nordvpn.com'], ['protonmail.com', 'protonvpn.com'], ['surfline.com', 'surfvpn.com'],
      ['snowflake.com', 'snowlogin.com'], ['workday.com', 'workvpn.com'],
      // run together, consonants beside "sso" are any consonants
      ['roblox.com', 'rbxsso.com'],
      // a short form needs a sign-in or corporate word, and no other unknown word
      ['t-mobile.com', 'tmo-news.com'], ['t-mobile.com', 'tmo-blue-sso.com'], ['mongodb.com', 'mongo-express.com'], ['mongodb.com', 'mongoose.com'],
      // letters inside a word, or a product name that happens to end in a sign-in word
      ['t-mobile.com', 'espresso.com'], ['mongodb.com', 'mongolia.com'], ['cisco.com', 'nsvpn.com'],
    ])('for %s, %s', (target, host) => {
      expect(verdict(protect([target]), host).reasons.map((r) => r.detail).join(), host).not.toMatch(/the start of|consonants of/);
    });

    it('brands under five letters have no short forms (att, bbt)', () => {
      expect(verdict(protect(['att.com']), 'att-sso.com').reasons[0]?.detail).not.toContain('start of');
      expect(protect(['att.com']).shortForms.starts.size).toBe(0);
    });
  });
});

describe('shortFormOf', () => {
  const table = protect(['roblox.com', 'mongodb.com']).shortForms;
  const noWords = makeVocabulary(new Set(), new Set());

  it('reads a start of three letters or more, short of the whole', () => {
    expect(shortFormOf('mon', table, noWords)?.kind).toBe('start');
    expect(shortFormOf('mongod', table, noWords)?.brand.token).toBe('mongodb');
    expect(shortFormOf('mo', table, noWords)).toBeUndefined();
    expect(shortFormOf('mongodb', table, noWords)).toBeUndefined();
  });

  it('reads vowel-less letters taken in order from the first letter and the consonants', () => {
    expect(shortFormOf('rbx', table, noWords)).toMatchObject({ kind: 'consonants', brand: { token: 'roblox' } });
    expect(shortFormOf('rlx', table, noWords)?.kind).toBe('consonants');
    expect(shortFormOf('rxb', table, noWords)).toBeUndefined(); // out of order
    expect(shortFormOf('bx', table, noWords)).toBeUndefined(); // not from the first letter
    expect(shortFormOf('rbox', table, noWords)).toBeUndefined(); // a vowel, and no start
    expect(shortFormOf('rblx', table, noWords)).toBeUndefined(); // all the consonants: the name, not a short form
    expect(shortFormOf('rbx', table, makeVocabulary(new Set(['rbx']), new Set()))).toBeUndefined(); // a vocabulary word
  });
});
