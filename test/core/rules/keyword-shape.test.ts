import { describe, expect, it } from 'vitest';
import { isAcronymLike, KEYWORD_SHAPE_SCORE } from '../../../src/core/rules/keyword-shape.ts';
import { ACME, expectQuiet, protect, verdict } from '../support.ts';

const acme = protect(ACME);

describe('keyword-shape rule', () => {
  it.each([
    ['xyz-sso.com', 'sso'],
    ['tmo-vpn.com', 'vpn'],
    ['sitel-vpn.net', 'vpn'],
    ['corp1-helpdesk.com', 'helpdesk'],
  ])('%s warns with no brand at all', (host, word) => {
    const v = verdict(acme, host);
    expect(v.level).toBe('warn');
    expect(v.score).toBe(KEYWORD_SHAPE_SCORE);
    expect(v.reasons[0]?.rule).toBe('keyword-shape');
    expect(v.reasons[0]?.detail).toContain(`"${word}"`);
    expect(v.target).toBeUndefined();
  });

  it('names the unknown name and the sign-in word', () => {
    const v = verdict(acme, 'xyz-sso.com');
    expect(v.reasons).toEqual([{ rule: 'keyword-shape', detail: expect.stringContaining('"xyz"') }]);
    expect(v.target).toBeUndefined();
  });

  it('gives way to brand evidence when a brand explains the host', () => {
    expect(verdict(acme, 'acme-sso.com').reasons.map((r) => r.rule)).not.toContain('keyword-shape');
  });

  it('is off at low sensitivity (warn only, never block)', () => {
    expectQuiet(protect(ACME, { sensitivity: 'low' }), 'xyz-sso.com');
    expect(verdict(protect(ACME, { sensitivity: 'high' }), 'xyz-sso.com').level).toBe('warn');
  });

  describe('stays quiet', () => {
    it.each(['secure-login.com', 'sso.com', 'xyzsso.com', 'my-account.com', 'long-company-name-here-sso.com', 'a-sso.com', 'example.org'])('%s', (host) => {
      expectQuiet(acme, host);
    });
  });

  describe('corporate form: an abbreviation with a word for an internal service', () => {
    it.each([
      ['qzx-hr.com', 'hr'],
      ['kbw-corp.net', 'corp'],
      ['corp-kbw.net', 'corp'],
      ['qx-update.com', 'update'],
      ['abcd-payroll.com', 'payroll'],
      ['bsg-intranet.net', 'intranet'],
      ['kbwcorp.co', 'corp'],
      ['qxzupdate.com', 'update'],
    ])('%s warns', (host, word) => {
      const v = verdict(acme, host);
      expect(v.level).toBe('warn');
      expect(v.score).toBe(KEYWORD_SHAPE_SCORE);
      expect(v.reasons[0]?.rule).toBe('keyword-shape');
      expect(v.reasons[0]?.detail).toContain(`the corporate word "${word}"`);
      expect(v.target).toBeUndefined();
    });

    it('reads 2-4 letters, or up to 5 with no vowel, as an abbreviation', () => {
      expect(['tp', 'abc', 'uscc', 'vzw', 'bcdfg'].map(isAcronymLike)).toEqual([true, true, true, true, true]);
      expect(['a', 'sitel', 'urban', 'teams', 'ab1', 'bcdfgh'].map(isAcronymLike)).toEqual([false, false, false, false, false, false]);
    });

    describe('stays quiet on real sites', () => {
      it.each([
        // a longer name is a word or a company, not an abbreviation
        'sitel-hr.com', 'global-corp.com', 'notion-corp.com', 'viral-update.xyz',
        // help, support and portal are not corporate triggers: "<topic>-help" is everywhere
        'tax-help.com', 'pc-help.net', 'git-help.com', 'top-help.ru', 'nwds-support.com', 'mail-help.net', 'kamin-portal.ru',
        // corporate words that are not triggers, and three-part labels
        'service-now.com', 'cust-service.com', 'name-services.com', 'my-best.com', 'my-cima.net', 'clp-usa.us', 'abc-hr-news.com',
        // joined: only a vowel-less name before a corporate word of 4+ letters
        'ibscorp.ru', 'newscorp.com', 'wowcorp.com', 'hrw.org', 'rsvhr.com', 'prtshr.com', 'hrbsg.ru', 'zendesk.com',
        // joined sign-in words are products' names ("nsvpn") or servers ("mfadsrvr")
        'nsvpn.com', 'dtvpn.dpdns.org', 'mfadsrvr.com', 'snslogin.com', 'xyzsso.com',
      ])('%s', (host) => {
        expectQuiet(acme, host);
      });
    });
  });
});

describe('a company name too short to be a brand', () => {
  const hp = protect(['hp.com']);
  it('is the company beside a sign-in word: hp-sso, sso-hp block against hp.com', () => {
    for (const host of ['hp-sso.com', 'sso-hp.net', 'hp-vpn.co']) {
      const v = verdict(hp, host);
      expect([v.level, v.target, v.reasons[0]?.rule]).toEqual(['block', 'hp.com', 'combosquat']);
      expect(v.reasons[0]?.detail).toContain('short name "hp"');
    }
  });
  it('beside a corporate word only warns: hp-hr', () => {
    expect([verdict(hp, 'hp-hr.com').level, verdict(hp, 'hp-hr.com').target]).toEqual(['warn', 'hp.com']);
  });
  it('beside any sign-in word of the vocabulary, and digits, blocks: ea-servicenow, hp-workday, hp-sso-2024', () => {
    const ea = protect(['ea.com']);
    for (const [engine, host] of [[ea, 'ea-servicenow.com'], [ea, 'azure-ea.net'], [hp, 'hp-workday.net'], [hp, 'hp-sso-2024.com'], [hp, 'hp-itsupport.com']] as const) {
      const v = verdict(engine, host);
      expect([v.level, v.reasons[0]?.rule], host).toEqual(['block', 'combosquat']);
    }
  });
  it('names the company, not the IdP, beside an IdP name: hp-okta, 3m-okta', () => {
    expect(verdict(hp, 'hp-okta.com')).toMatchObject({ level: 'block', target: 'hp.com' });
    expect(verdict(protect(['3m.com']), '3m-okta.net')).toMatchObject({ level: 'block', target: '3m.com' });
  });
  it('beside ordinary corporate words warns: my-hp, hp-support, hp-portal', () => {
    for (const host of ['my-hp.com', 'hp-support.com', 'hp-portal.net']) expect([verdict(hp, host).level, verdict(hp, host).target], host).toEqual(['warn', 'hp.com']);
  });
  it('another short name stays the brand-less shape; the name alone or inside a word is nothing', () => {
    expect([verdict(hp, 'xy-sso.com').level, verdict(hp, 'xy-sso.com').target]).toEqual(['warn', undefined]);
    expectQuiet(hp, 'hp-blue.com');
    expectQuiet(hp, 'hp-blue-shop.com');
    // Inside a word; run into exactly one sign-in word ("hpsso") it warns (campaign-patterns.test.ts).
    expectQuiet(hp, 'shpsso.com');
    expectQuiet(hp, 'hp.net.example.org');
  });
});
