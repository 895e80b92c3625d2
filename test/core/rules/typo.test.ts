import { describe, expect, it } from 'vitest';
import { typoScore } from '../../../src/core/rules/typo.ts';
import { ACME, expectFlag, expectQuiet, protect, TWILIO } from '../support.ts';

const acme = protect(ACME);
const twilio = protect(TWILIO);
const att = protect(['att.com']);

describe('typoScore', () => {
  it('grows with brand length and needs length 9 for two edits', () => {
    expect(typoScore(1, 4)).toBeLessThan(0.5); // short brand, one edit: not enough alone
    expect(typoScore(1, 5)).toBeGreaterThanOrEqual(0.5);
    expect(typoScore(1, 7)).toBeGreaterThan(typoScore(1, 6));
    expect(typoScore(2, 8)).toBe(0);
    expect(typoScore(2, 9)).toBeGreaterThan(0);
    expect(typoScore(3, 20)).toBe(0);
  });
});

describe('typo rule', () => {
  it.each([
    ['twiliio.com', 'one letter'], // insertion
    ['twlio.com', 'one letter'], // deletion
    ['twilii.com', 'one letter'], // substitution
    ['twiloi.com', 'one letter'], // adjacent swap
  ])('%s warns against twilio.com (6 letters, one edit)', (host, phrase) => {
    expectFlag(twilio, host, { level: 'warn', rule: 'typo', target: 'twilio.com', mentions: phrase });
  });

  it('one edit of a 7+ letter brand blocks', () => {
    expectFlag(protect(['facebook.com']), 'facebok.com', { level: 'block', rule: 'typo', target: 'facebook.com', mentions: '"facebook"' });
  });

  it('two edits count for long brands only', () => {
    expectFlag(protect(['salesforce.com']), 'saelsforc.com', { level: 'warn', rule: 'typo', target: 'salesforce.com', mentions: 'two letters' });
    expectQuiet(twilio, 'twaxio.com');
  });

  it('any two edits count for brands of 12+ letters: two changed or added letters (real myetherwallet.com phishing hosts)', () => {
    const mew = protect(['myetherwallet.com']);
    for (const host of ['myelherwaflet.com', 'myetherweltet.com', 'rmyetherewallet.com', 'myelthermwallet.com', 'myehterwaltet.com']) {
      expectFlag(mew, host, { level: 'warn', rule: 'typo', target: 'myetherwallet.com', mentions: 'two letters' });
    }
    expectFlag(protect(['teleperformance.com']), 'telepertormanse.com', { level: 'warn', rule: 'typo', target: 'teleperformance.com', mentions: 'two letters' });
  });

  it('two changed letters of a 9-11 letter brand make other words, and stay quiet', () => {
    expectQuiet(protect(['expressvpn.com']), 'expression.com');
    expectQuiet(protect(['blackrock.com']), 'blackjack.com');
    expectQuiet(protect(['packagist.org']), 'packaging.com');
    expectQuiet(protect(['siteground.com']), 'niceground.com');
  });

  it('the brand split by hyphens is deliberate: blocked for brands of 5+ letters', () => {
    expectFlag(twilio, 'tw-ilio.com', { level: 'block', rule: 'typo', target: 'twilio.com', mentions: 'hyphens added' });
  });

  it('a hyphen inside a short brand stays a weak finding', () => {
    expectQuiet(acme, 'ac-me.com');
  });

  it('a short-brand typo beside an identity word is flagged', () => {
    expectFlag(acme, 'acmee-sso.com', { level: 'warn', rule: 'typo', target: 'acme.com', mentions: '"sso" added' });
    expectFlag(acme, 'amce-login.com', { level: 'warn', rule: 'typo', target: 'acme.com', mentions: '"login" added' });
  });

  it('an identity word raises a typo of a longer brand to block', () => {
    expectFlag(twilio, 'twiliio-sso.com', { level: 'block', rule: 'typo', target: 'twilio.com', mentions: '"sso" added' });
  });

  it('a typo beside an unknown word is weaker than the brand beside one', () => {
    expectQuiet(protect(['slack.com']), 'black-mountain.tech');
    expectQuiet(protect(['slack.com']), 'snack-bar.us');
    expectFlag(protect(['facebook.com']), 'facebok-blue.com', { level: 'warn', rule: 'typo', target: 'facebook.com', mentions: '"facebok"' });
  });

  it('a corporate word lifts only a strong typo to a block', () => {
    // A 1-letter typo of a 5-6 letter brand, or 2 letters off a long one, plus "mail": warn, not block.
    expectFlag(protect(['slack.com']), 'slakcmail.net', { level: 'warn', rule: 'typo', target: 'slack.com', mentions: '"mail" added' });
    expectFlag(protect(['slack.com']), 'slaack-mail.com', { level: 'warn', rule: 'typo', target: 'slack.com', mentions: '"slaack"' });
    expectFlag(twilio, 'twiliio-portal.com', { level: 'warn', rule: 'typo', target: 'twilio.com', mentions: '"portal" added' });
    expectFlag(protect(['salesforce.com']), 'saelsforc-portal.com', { level: 'warn', rule: 'typo', target: 'salesforce.com', mentions: 'two letters' });
    // A 1-letter typo of a 7+ letter brand is strong already: the word makes it a block.
    expectFlag(protect(['facebook.com']), 'facebok-portal.com', { level: 'block', rule: 'typo', target: 'facebook.com', mentions: '"portal" added' });
  });

  describe('short brands need more evidence (issue 3: one letter is not enough for 4 letters or fewer)', () => {
    // DESIGN §1 lists acmee.com and amce.com as lookalikes, but issue 3 says
    // one changed letter in a brand of 4 letters or fewer is not enough on
    // its own; the engine follows the issue. The reason is still recorded.
    it.each(['acmee.com', 'amce.com', 'acne.com', 'acne.org'])('%s alone stays allowed for acme.com', (host) => {
      const v = expectQuiet(acme, host);
      expect(v.reasons[0]?.rule).toBe('typo');
      expect(v.score).toBeLessThan(0.5);
    });

    it.each(['atx.com', 'atts.com', 'attt.com', 'at.com'])('%s alone stays allowed for att.com', (host) => {
      expectQuiet(att, host);
    });
  });

  describe('stays quiet on real domains', () => {
    it.each(['attack.com', 'matter.com', 'battery.com', 'attorney.com'])('%s for att.com', (host) => {
      expectQuiet(att, host);
    });

    it.each(['example.org', 'sendgrid.com', 'segment.com', 'trello.com', 'twitter.com', 'twitch.tv'])('%s for twilio.com', (host) => {
      expectQuiet(twilio, host);
    });

    it.each(['autodesk.com', 'netsuite.com', 'mail.com', 'auto.com', 'okto.com'])('%s (IdP names below 6 letters skip the typo rule)', (host) => {
      expectQuiet(acme, host);
    });

    it.each([
      ['elastic.co', 'plastic.com'],
      ['chase.com', 'phase.com'],
      ['chase.com', 'chose.com'],
      ['apple.com', 'apply.com'],
      ['discord.com', 'discard.email'],
      ['stripe.com', 'strip.com'],
      // these two were blocks once, then warnings (a corporate word lifts only a strong typo)
      ['slack.com', 'lackmail.net'],
      ['slack.com', 'blackmail.com'],
      // hyphenated, every part a word
      ['startek.com', 'star-trek.online'],
    ])('for %s, %s: a common English word a letter away is that word, not a slip', (target, host) => {
      expectQuiet(protect([target]), host);
    });
  });

  it('joined, or with a part that is no word, a hyphenated slip still counts: startrek, star-tekk', () => {
    const startek = protect(['startek.com']);
    expectFlag(startek, 'startrek.com', { level: 'block', rule: 'typo', target: 'startek.com', mentions: 'one letter away' });
    expectFlag(startek, 'star-tekk.com', { level: 'block', rule: 'typo', target: 'startek.com', mentions: 'one letter away' });
  });

  it('a common word a letter from the company\'s name still warns beside a sign-in word, and a non-word still counts', () => {
    const elastic = protect(['elastic.co']);
    expectFlag(elastic, 'plastic-sso.com', { level: 'warn', rule: 'typo', target: 'elastic.co', mentions: '"plastic" is one letter away from "elastic"' });
    expectFlag(elastic, 'elastc.com', { level: 'block', rule: 'typo', target: 'elastic.co', mentions: 'one letter away' });
    // a product word is no sign-in word: "zoomnation" is zoom + nation, not notion.so's
    expectQuiet(protect(['notion.so']), 'zoomnation.info');
    expectQuiet(elastic, 'plastic-zoom.com');
    expectFlag(protect(['chase.com']), 'chasse.com', { level: 'warn', rule: 'typo', target: 'chase.com', mentions: 'one letter away' });
  });

  // FINDING: in a two-word label the typo rule adds the identity-word
  // bonus (+0.2) for ANY removed word, even one that is no keyword. A
  // 1-letter change of a short brand next to an ordinary word then warns.
  // act-on.com is Act-On Software; at-home.com, art-house.com alike.
  it.each(['act-on.com', 'at-home.com', 'art-house.com'])('%s stays allowed for att.com (the other word is no identity word)', (host) => {
    expectQuiet(att, host);
  });

  it('acne-clinic.com stays allowed for acme.com', () => {
    expectQuiet(acme, 'acne-clinic.com');
  });

});
