/**
 * The domain shapes of the 0ktapus (2022) and Scattered Spider (2023-2025)
 * campaigns, as the public write-ups list them (Group-IB "Roasting 0ktapus",
 * Okta and CrowdStrike on Scattered Spider, ReliaQuest on its Zendesk and
 * Okta domains), built for 26 companies that are not in the eval corpus.
 * A regression guard for generalisation: every shape must block for every
 * company whose name is a brand (three letters or more), under a policy
 * with nothing but its main domain, on every ending the kits used.
 */
import { describe, expect, it } from 'vitest';
import { protect, verdict } from './support.ts';

const COMPANIES = [
  'twilio.com', 'cloudflare.com', 'mailchimp.com', 'coinbase.com', 'doordash.com', 'riotgames.com', 'mgmresorts.com',
  'caesars.com', 'reddit.com', 'dropbox.com', 'slack.com', 'atlassian.com', 'salesforce.com', 'gitlab.com', 'discord.com',
  'robinhood.com', 'lastpass.com', 'zendesk.com', 'hubspot.com', 'ibm.com', 'att.com', 'sap.com', 'bmw.com', 't-mobile.com',
  'uber.com', 'visa.com',
];
const SHAPES = [
  '{b}-okta', '{b}-sso', '{b}-helpdesk', '{b}helpdesk', '{b}-servicedesk', '{b}-servicenow', '{b}-hr', '{b}-support', '{b}-vpn',
  '{b}-citrix', '{b}-workday', '{b}-login', 'okta-{b}', 'sso-{b}', '{b}-corp', '{b}corp-okta', '{b}-internal', '{b}-portal', '{b}-it',
  '{b}-itsupport', 'my-{b}', '{b}-onelogin', '{b}-secure', '{b}-account', '{b}-intranet', '{b}-employee', '{b}-benefits',
  '{b}-payroll', '{b}-mfa', '{b}-2fa', '{b}-help', '{b}-auth', '{b}-id', '{b}-azure', '{b}sso', '{b}okta', '{b}-okta-sso',
  '{b}-sso-login', '{b}-vpn-login', '{b}-mfa-help', '{b}-zendesk', 'zendesk-{b}', '{b}-l0gin', 'www-{b}-okta', '{b}-anydesk',
  // CISA AA23-320A (2025 update) and Check Point's 2025 count: CMS, password managers, gateways, self-service, SaaS
  '{b}-cms', 'oktalogin-{b}', '{b}-lastpass', '{b}-ivanti', '{b}-netscaler', '{b}-ssp', '{b}-selfservice', '{b}-mdm',
  '{b}-github', '{b}-aws', '{b}-salesforce', '{b}-ticket', '{b}-concur',
];
const ENDINGS = ['com', 'net', 'org', 'co', 'us', 'help', 'online', 'support'];

describe('campaign domain shapes for companies the rules were not tuned on', () => {
  it.each(COMPANIES)('every shape blocks for %s', (domain) => {
    const engine = protect([domain]);
    const name = (domain.split('.')[0] ?? '').replace(/-/g, '');
    const missed: string[] = [];
    // "{b}-zendesk" for zendesk.com is the brand twice, no shape of any kit.
    for (const shape of SHAPES.filter((x) => !x.replace('{b}', '').includes(name))) {
      for (const ending of ENDINGS) {
        const host = `${shape.replace('{b}', name)}.${ending}`;
        const v = verdict(engine, host);
        if (v.level !== 'block' || v.target !== domain) missed.push(`${host}: ${v.level}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('a company name of two letters blocks beside sign-in words and warns beside corporate words', () => {
    const hp = protect(['hp.com']);
    for (const host of ['hp-sso.com', 'hp-okta.net', 'hp-servicedesk.com', 'hp-vpn-login.co', 'sso-hp.help']) expect(verdict(hp, host).level, host).toBe('block');
    for (const host of ['hp-hr.com', 'my-hp.net', 'hp-support.co', 'hp-payroll.com']) expect(verdict(hp, host).level, host).toBe('warn');
  });

  it('run straight into one sign-in word, a two-letter name warns (o2sso, as the kits wrote it for O2); any more letters, or a corporate word, is nothing', () => {
    const o2 = protect(['o2.co.uk']);
    for (const host of ['o2sso.com', 'ssoo2.net', 'o2okta.com']) expect(verdict(o2, host), host).toMatchObject({ level: 'warn', target: 'o2.co.uk' });
    const hp = protect(['hp.com']);
    for (const host of ['shpsso.com', 'hphelp.com', 'hpssox.com']) expect(verdict(hp, host).level, host).toBe('allow');
  });
});
