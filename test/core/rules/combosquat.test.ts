import { describe, expect, it } from 'vitest';
import { comboScore, type BrandHit } from '../../../src/core/rules/combosquat.ts';
import { ACME, expectFlag, expectQuiet, protect, TWILIO, verdict } from '../support.ts';

const acme = protect(ACME);
const twilio = protect(TWILIO);

describe('combosquat rule: DESIGN §1 brand + identity keyword', () => {
  it.each([
    ['acme-okta.com', '"okta"'],
    ['acme-sso.com', '"sso"'],
    ['okta-acme.net', '"okta"'],
    ['acmesso.com', '"sso"'],
    ['oktaacme.com', '"okta"'],
    ['acme-helpdesk.com', '"helpdesk"'],
    ['acme-servicedesk.org', '"servicedesk"'],
    ['sso-acme.co', '"sso"'],
    ['acme-sso-login.com', '"login"'],
    ['ACME-SSO.COM.', '"sso"'],
    // SaaS reached through the company SSO, remote-support tools, device enrolment, corporate words
    ['acme-zendesk.com', '"zendesk"'],
    ['zendesk-acme.net', '"zendesk"'],
    ['acme-jira.com', '"jira"'],
    ['acmeslack.com', '"slack"'],
    ['acme-enroll.com', '"enroll"'],
    ['acme-m365.com', '"m365"'],
    ['acme-anydesk.com', '"anydesk"'],
    ['acme-docusign.net', '"docusign"'],
    ['acme-dashboard.com', '"dashboard"'],
    // identity words written with digits block like the words themselves
    ['acme-l0gin.com', '"login"'],
    ['acmes1gnin.net', '"signin"'],
    ['acme-ss0.com', '"sso"'],
    ['acme0kta.com', '"okta"'],
  ])('%s blocks against acme.com', (host, word) => {
    const v = expectFlag(acme, host, { level: 'block', rule: 'combosquat', target: 'acme.com', mentions: '"acme" (acme.com)' });
    expect(v.reasons[0]?.detail).toContain(word);
  });

  it.each(['acme-101.com', 'acme-360.com', 'acme-b2b.com'])('%s: digits that spell no word are read as digits, never as a word', (host) => {
    expect(verdict(acme, host).reasons[0]?.detail).not.toContain('word');
  });

  it.each(['my-acme-hr.com', 'acme-corp.co', 'acme2024.com', 'acmecorp.com'])('%s (brand + weak words or digits) blocks', (host) => {
    expectFlag(acme, host, { level: 'block', rule: 'combosquat', target: 'acme.com', mentions: '"acme"' });
  });

  it.each([
    ['acme-lastpass.com', 0.92], ['acme-ivanti.net', 0.92], ['acme-ssp.com', 0.92], ['selfservice-acme.com', 0.92],
    ['acme-github.com', 0.8], ['acme-aws.co', 0.8], ['acme-ticket.com', 0.8], ['concur-acme.com', 0.8],
    // Scattered Spider 2023-2024 (comcast-schedule, teleperformance-incident, server9-hubspot, yourbbt)
    ['acme-schedule.com', 0.8], ['acme-incident.com', 0.8], ['server9-acme.com', 0.8], ['youracme.com', 0.8],
  ] as const)('%s: access tooling is a sign-in word, SaaS and service-desk names corporate words', (host, score) => {
    expect(verdict(acme, host)).toMatchObject({ level: 'block', score, target: 'acme.com' });
  });

  it('"chat" is no corporate word (stripchat.com is "strip" + "chat", not stripe.com); "livechat" is', () => {
    expect(verdict(protect(['stripe.com']), 'stripchat.com').level).not.toBe('block');
    expect(verdict(acme, 'livechat-acme.com').level).toBe('block');
  });

  it('a SaaS name beside the company as a tenant of a shared service warns: companies name their own tenants so', () => {
    expect(verdict(acme, 'acme-aws.amazon.com').level).toBe('warn');
  });

  it('a brand beside an unknown word is weaker evidence than beside an identity word', () => {
    const unknown = expectFlag(acme, 'acme-blue.com', { level: 'warn', rule: 'combosquat', target: 'acme.com', mentions: 'unknown "blue"' });
    const identity = verdict(acme, 'acme-sso.com');
    expect(unknown.score).toBeLessThan(identity.score);
    expectFlag(twilio, 'twilio-blue.com', { level: 'warn', rule: 'combosquat', target: 'twilio.com', mentions: 'unknown "blue"' });
  });

  it('a hyphen token that known words do not fully explain is one unknown word in the reason, whatever words it holds', () => {
    const v = expectFlag(twilio, 'twilio-status.com', { level: 'warn', rule: 'combosquat', target: 'twilio.com', mentions: 'combined with the unknown "status"' });
    expect(v.reasons[0]?.detail).not.toContain('"us"');
    expectFlag(protect(['att.com']), 'att-opus.net', { level: 'warn', rule: 'combosquat', target: 'att.com', mentions: 'combined with the unknown "opus"' });
    // Whole tokens of words still read as words, joined or not.
    expectFlag(twilio, 'my-twilio-ssologin.com', { level: 'block', rule: 'combosquat', target: 'twilio.com', mentions: 'the words "sso", "login", "my"' });
  });

  it('works for any brand, not only acme', () => {
    expectFlag(twilio, 'twilio-sso.com', { level: 'block', rule: 'combosquat', target: 'twilio.com', mentions: '"twilio"' });
    expectFlag(protect(['att.com']), 'att-sso.com', { level: 'block', rule: 'combosquat', target: 'att.com', mentions: '"att"' });
  });

  it('extra brand words from the policy are protected too', () => {
    const e = protect(['acme.com'], { brands: ['roadrunner'] });
    expectFlag(e, 'roadrunner-sso.com', { level: 'block', rule: 'combosquat', target: 'acme.com', mentions: '"roadrunner"' });
  });

  it('extra keywords from the policy count as identity words', () => {
    const e = protect(['twilio.com'], { keywords: ['passkey'] });
    expect(verdict(twilio, 'twilio-passkey.com').level).toBe('warn');
    expectFlag(e, 'twilio-passkey.com', { level: 'block', rule: 'combosquat', target: 'twilio.com', mentions: '"passkey"' });
  });

  describe('stays quiet', () => {
    it.each(['attack.com', 'matter.com', 'battery.com', 'attentive.com'])('%s: a short brand buried in a word is no evidence (att.com)', (host) => {
      expectQuiet(protect(['att.com']), host);
    });

    it('pinduoduo.com: the brand does not explain its own repetition', () => {
      expectQuiet(protect(['pinduoduo.com']), 'pinduoduo.com', 'trusted');
      expectQuiet(acme, 'pinduoduo.com');
    });

    it.each(['acmeblue.com', 'acmeist.com', 'academy.com', 'example.org', 'wikipedia.org', 'github.com'])('%s for acme.com', (host) => {
      expectQuiet(acme, host);
    });

    it.each(['duolingo.com', 'pingdom.com', 'oktoberfest.de'])('%s (an IdP word inside an ordinary word)', (host) => {
      expectQuiet(acme, host);
    });
  });

  // FINDING: brands derive a second token by stripping "corporate
  // endings", including "ai" and "io". openai.com then protects the bare
  // word "open", and every real "open-<word>" site warns.
  it.each(['open-std.org', 'open-mpi.org', 'open-xchange.com'])('%s stays allowed for openai.com', (host) => {
    expectQuiet(protect(['openai.com']), host);
  });
});

describe('comboScore', () => {
  const b = acme.company.byToken.get('acme')?.[0];
  const words = (unknown: number, strong: string[] = [], weak: string[] = []) => ({ unknown, strong, weak, unknownText: 'x'.repeat(unknown) });

  it('orders evidence: identity word > no words > unknown word, aligned > buried', () => {
    if (!b) throw new Error('acme brand missing');
    const hit = (w: ReturnType<typeof words>, aligned: boolean): BrandHit => ({ brand: b, start: 0, aligned, atEdge: true, words: w });
    expect(comboScore(hit(words(0, ['sso']), true))).toBeGreaterThan(comboScore(hit(words(0), true)));
    expect(comboScore(hit(words(0), true))).toBeGreaterThan(comboScore(hit(words(4), true)));
    expect(comboScore(hit(words(4), true))).toBeGreaterThan(comboScore(hit(words(4), false)));
    expect(comboScore(hit(words(4), false))).toBe(0); // 4-letter brand inside a word
  });
});
