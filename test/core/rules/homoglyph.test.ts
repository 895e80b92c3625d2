import { describe, expect, it } from 'vitest';
import { HOMOGLYPH_SCORE, IDN_NEAR_SCORE, NEAR_SCORE, NEAR_WORDS_SCORE, looseScore } from '../../../src/core/rules/homoglyph.ts';
import { ACME, expectFlag, expectQuiet, protect, TWILIO, verdict } from '../support.ts';

const acme = protect(ACME);

describe('homoglyph rule', () => {
  it.each([
    ['acrne.com', 'acrne'],
    ['\u0430cme.com', '\u0430cme'], // Cyrillic а
    ['xn--cme-5cd.com', '\u0430cme'], // the same host in punycode
    ['\u0430\u0441m\u0435.com', '\u0430\u0441m\u0435'], // three Cyrillic letters
  ])('%s is blocked as a homoglyph of acme.com', (host, shown) => {
    const v = expectFlag(acme, host, { level: 'block', rule: 'homoglyph', target: 'acme.com', mentions: '"acme"' });
    expect(v.score).toBe(HOMOGLYPH_SCORE);
    expect(v.reasons[0]?.detail).toContain(shown);
  });

  it('shows the Unicode form beside the punycode host', () => {
    const v = verdict(acme, '\u0430cme.com');
    expect(v.host).toBe('xn--cme-5cd.com');
    expect(v.displayHost).toBe('\u0430cme.com');
  });

  it('DESIGN §1 quotes xn--cme-8cd.com, which is "cmeа" (letters reordered), not "аcme"', () => {
    // Documented so the table can be fixed; the engine is right to score it low.
    expect(verdict(acme, 'xn--cme-8cd.com').displayHost).toBe('cme\u0430.com');
  });

  it('a homoglyph core with an identity word scores a little higher', () => {
    const v = expectFlag(acme, 'acrne-sso.com', { level: 'block', rule: 'homoglyph', target: 'acme.com', mentions: 'sso' });
    expect(v.score).toBeGreaterThan(HOMOGLYPH_SCORE);
  });

  it('an IDN label one letter from the brand is flagged (mixing scripts is the tell)', () => {
    const v = expectFlag(acme, '\u0430cmex.com', { level: 'block', rule: 'homoglyph', target: 'acme.com', mentions: 'one letter' });
    expect(v.score).toBe(IDN_NEAR_SCORE);
  });

  it.each([
    ['tw1lio.com'],
    ['twiiio.com'],
    ['tvvilio.com'],
  ])('%s is blocked as a homoglyph of twilio.com', (host) => {
    expectFlag(protect(TWILIO), host, { level: 'block', rule: 'homoglyph', target: 'twilio.com', mentions: '"twilio"' });
  });

  it('the loose tier (b/d) warns for a 5-letter brand and blocks for a long one', () => {
    const a = expectFlag(protect(['adobe.com']), 'abobe.com', { level: 'warn', rule: 'homoglyph', target: 'adobe.com', mentions: 'small font' });
    expect(a.score).toBe(looseScore(5, 'none'));
    expectFlag(protect(['facebook.com']), 'facedook.com', { level: 'block', rule: 'typo', target: 'facebook.com', mentions: '"facebook"' });
    expect(verdict(protect(['facebook.com']), 'facedook.com').reasons.map((r) => r.rule)).toContain('homoglyph');
  });

  it('looseScore: weaker than a strict homoglyph, stronger with identity words', () => {
    expect(looseScore(5, 'none')).toBeLessThan(looseScore(8, 'none'));
    expect(looseScore(8, 'none')).toBeLessThan(looseScore(5, 'sign-in'));
    expect(looseScore(5, 'sign-in')).toBeLessThan(HOMOGLYPH_SCORE);
  });

  it('a corporate word lifts only a loose look-alike that blocks alone: "maildock" (block.xyz) warns, "dock-sso" blocks', () => {
    const block = protect(['block.xyz']);
    expectFlag(block, 'maildock.store', { level: 'warn', rule: 'homoglyph', target: 'block.xyz', mentions: 'small font' });
    expect(verdict(block, 'maildock.store').score).toBe(looseScore(5, 'corporate'));
    expectFlag(block, 'dock-sso.com', { level: 'block', rule: 'homoglyph', target: 'block.xyz', mentions: '"sso" added' });
    expect(verdict(protect(['facebook.com']), 'facedook-mail.com')).toMatchObject({ level: 'block', target: 'facebook.com' });
  });

  describe('one edit beyond the loose skeleton', () => {
    // dnstwist's homoglyph fuzzer stacks two or three look-alikes ("d" -> "cl", then "b" -> "lb").
    it.each([
      ['cllropbox.com', 'dropbox.com'],
      ['dllropbox.com', 'dropbox.com'],
      ['robirhoob.com', 'robinhood.com'],
      ['rodlinhoodl.com', 'robinhood.com'],
      ['cliseord.com', 'discord.com'],
      ['mgnrresorts.com', 'mgmresorts.com'],
    ])('%s warns as a look-alike of %s', (host, target) => {
      const v = expectFlag(protect([target]), host, { level: 'warn', rule: 'homoglyph', target, mentions: 'one more letter' });
      expect(v.score).toBe(NEAR_SCORE);
    });

    it('beside an identity word it blocks', () => {
      const v = expectFlag(protect(['dropbox.com']), 'cllropbox-sso.com', { level: 'block', rule: 'homoglyph', target: 'dropbox.com', mentions: '"sso" added' });
      expect(v.score).toBe(NEAR_WORDS_SCORE);
    });

    it.each([
      ['discord.com', ['record.com', 'discover.com', 'accord.com', 'disco.com']],
      ['dropbox.com', ['droplr.com', 'dropout.com', 'inbox.com', 'toolbox.com']],
      ['robinhood.com', ['robinson.com', 'brotherhood.com', 'neighborhood.com']],
    ] as const)('under %s, ordinary names stay quiet', (target, hosts) => {
      const engine = protect([target]);
      for (const host of hosts) expect(verdict(engine, host).reasons.map((r) => r.detail).join()).not.toContain('one more letter');
    });

    it('a common English word that only the weaker tiers bring near a name is that word: castle.com for elastic.co, clock.com for block.xyz', () => {
      expectQuiet(protect(['elastic.co']), 'castle.com');
      expectQuiet(protect(['block.xyz']), 'clock.com');
      // beside a sign-in word it counts again
      expect(verdict(protect(['block.xyz']), 'clock-sso.com').reasons.map((r) => r.detail).join()).toContain('small font');
    });

    it('stays quiet past one edit: linked.com (linkedin\'s "di" is no "dl" pair), basic.com, rodlinhoodlx.com', () => {
      for (const [target, host] of [['linkedin.com', 'linked.com'], ['elastic.co', 'basic.com'], ['robinhood.com', 'rodlinhoodlx.com']] as const) {
        expect(verdict(protect([target]), host).reasons.map((r) => r.detail).join(), host).not.toContain('one more letter');
      }
    });

    it('brands under seven letters do not use it: "openmpi" reads one edit from "openai"', () => {
      expectQuiet(protect(['openai.com']), 'open-mpi.org');
    });

    it('IdP names that are common words keep their own typo limits (Microsoft); distinctive ones do not (JumpCloud)', () => {
      expect(verdict(protect(['acme.com']), 'rnicrosofl.com').reasons.map((r) => r.detail).join()).not.toContain('one more letter');
      const v = verdict(protect(['acme.com']), 'jurnpcloudd.com');
      expect(v).toMatchObject({ level: 'warn', target: 'console.jumpcloud.com' });
      expect(v.reasons[0]?.detail).toContain('one more letter');
    });
  });

  describe('IDN letters the confusables data does not map', () => {
    it.each([
      ['h\u0289\u0185spot.com', 'hubspot.com'], // ʉ, ƅ
      ['c\u0259es\u0259rs.com', 'caesars.com'], // ə twice
      ['mailchirn\u01bf.com', 'mailchimp.com'], // rn for m, ƿ for p
    ])('%s is blocked as %s with letters from other alphabets', (host, target) => {
      const v = expectFlag(protect([target]), JSON.parse(`"${host}"`) as string, { level: 'block', rule: 'homoglyph', target, mentions: 'other alphabets' });
      expect(v.score).toBe(IDN_NEAR_SCORE);
    });

    it('more than a third of the letters replaced is not a match', () => {
      const v = verdict(protect(['hubspot.com']), 'h\u0289\u0185\u0282\u01bf\u0259t.com');
      expect(v.reasons.map((r) => r.detail).join()).not.toContain('other alphabets');
    });
  });

  describe('stays quiet', () => {
    it.each(['acme.com', 'login.acme.com'])('%s (the real host) is trusted', (host) => {
      expectQuiet(acme, host, 'trusted');
    });

    it.each(['academy.com', 'acmeist.com', 'example.org', 'wikipedia.org', 'github.com'])('%s', (host) => {
      const v = expectQuiet(acme, host);
      expect(v.reasons.map((r) => r.rule)).not.toContain('homoglyph');
    });

    it('short brands skip the loose tier: bell.com is not dell.com', () => {
      const v = expectQuiet(protect(['dell.com']), 'bell.com');
      expect(v.reasons.map((r) => r.rule)).not.toContain('homoglyph');
    });

    it('a Cyrillic word that only shares letters is quiet (\u0441\u0430.com)', () => {
      expectQuiet(acme, 'xn--80a7a.com');
    });
  });

  // FINDING (skeleton cl -> d, see skeleton.test.ts): "c1orox" and
  // "ciorox" use exactly the l/i/1 look-alikes the rule exists for, but
  // reach only the typo rule: warn 0.62 where "cl0rox" blocks at 0.95.
  it('c1orox.com is blocked as a homoglyph of clorox.com like cl0rox.com is', () => {
    const clorox = protect(['clorox.com']);
    expect(verdict(clorox, 'cl0rox.com').level).toBe('block');
    expectFlag(clorox, 'c1orox.com', { level: 'block', rule: 'homoglyph', target: 'clorox.com', mentions: '"clorox"' });
  });
});
