import { describe, expect, it } from 'vitest';
import { evaluatePage, isBrandlessWarning } from '../../src/core/page-signals.ts';
import { mergePolicy, parsePolicy } from '../../src/core/policy.ts';
import { buildEngine, scoreHost } from '../../src/core/score.ts';
import type { PageFacts, Verdict } from '../../src/core/types.ts';

const engine = buildEngine(mergePolicy(parsePolicy({ protectedDomains: ['acme.com', 'acme.okta.com'] }).policy, {}).policy);

function verdict(host: string): Verdict {
  const v = scoreHost(engine, host);
  if ('error' in v) throw new Error(v.error);
  return v;
}

const blank: PageFacts = {
  passwordField: false,
  otpField: false,
  usernameField: false,
  widgetMarkers: [],
  title: '',
  logoTexts: [],
  formActionHosts: [],
};
const signIn = (extra: Partial<PageFacts> = {}): PageFacts => ({ ...blank, passwordField: true, usernameField: true, ...extra });

describe('evaluatePage', () => {
  it('raises a warn-level lookalike to block when it asks for a password', () => {
    const v = verdict('acme.net'); // tld-swap: warn on its own
    expect(v.level).toBe('warn');
    const out = evaluatePage(engine, v, signIn());
    expect(out.level).toBe('block');
    expect(out.reasons[0]?.rule).toBe('page-signals');
    expect(out.target).toBe(v.target);
  });

  it('also raises on a one-time-code field', () => {
    expect(evaluatePage(engine, verdict('acme.net'), { ...blank, otpField: true }).level).toBe('block');
  });

  it('leaves a warn-level lookalike at warn when the page asks for nothing', () => {
    expect(evaluatePage(engine, verdict('acme.net'), { ...blank, title: 'Acme news' }).level).toBe('warn');
  });

  it('blocks the Okta widget with a password on an unrelated domain, naming the company tenant', () => {
    const v = verdict('secure-portal-773.com');
    expect(v.level).toBe('allow');
    const out = evaluatePage(engine, v, signIn({ widgetMarkers: ['okta:#okta-sign-in'] }));
    expect(out.level).toBe('block');
    expect(out.target).toBe('acme.okta.com');
    expect(out.reasons[0]?.detail).toContain('Okta');
  });

  it("leaves the IdP's own pages alone, but not its customers' content zones, nor its name on endings it may not own", () => {
    const widget = signIn({ widgetMarkers: ['okta:#okta-sign-in'], title: 'Acme sign in' });
    for (const own of ['accounts.google.com', 'login.microsoftonline.com', 'www.google.de', 'www.google.com.br']) expect(evaluatePage(engine, verdict(own), widget).level, own).toBe('allow');
    for (const host of ['n-4f2k-0lu-script.googleusercontent.com', 'portal.eastus.cloudapp.azure.com', 'accounts.google.xyz', 'login.microsoft.help', 'gmail.io']) {
      expect(evaluatePage(engine, verdict(host), widget).level, host).toBe('block');
    }
  });

  it("blocks another tenant on the company's IdP whose sign-in page calls itself by the company's name", () => {
    const branded = signIn({ widgetMarkers: ['okta:#okta-sign-in'], title: 'Acme - Sign In' });
    const out = evaluatePage(engine, verdict('xyz123.okta.com'), branded);
    expect([out.level, out.target, out.reasons[0]?.rule]).toEqual(['block', 'acme.okta.com', 'page-signals']);
    expect(out.reasons[0]?.detail).toContain('another Okta tenant');
    // Unbranded tenants, the company's own tenant and its companions, and every tenant when the policy lists none, are left alone.
    expect(evaluatePage(engine, verdict('xyz123.okta.com'), signIn({ title: 'Sign In' })).level).toBe('allow');
    expect(evaluatePage(engine, verdict('acme-admin.okta.com'), branded).level).toBe('trusted');
    expect(evaluatePage(engine, verdict('xyz123.onelogin.com'), signIn({ title: 'Sign In' })).level).toBe('allow');
    // The IdPs' service hosts are not tenants (PingOne's app portal, OneLogin's login page).
    expect(evaluatePage(engine, verdict('apps.pingone.com'), signIn({ title: 'Acme - My Applications' })).level).toBe('allow');
    expect(evaluatePage(engine, verdict('app.onelogin.com'), signIn({ title: 'Acme - Sign In' })).level).toBe('allow');
    // Duo's prompt shows the company's own name on a host with no name in it: the company's Duo, as likely as not.
    expect(evaluatePage(engine, verdict('api-1a2b3c4d.duosecurity.com'), { ...blank, otpField: true, title: 'Acme - Duo Security' }).level).toBe('allow');
    // A tenant on another IdP that calls itself Acme is not the company's either (its tenant is on Okta).
    expect(evaluatePage(engine, verdict('xyz123.us.auth0.com'), signIn({ title: 'Acme - Sign In' })).level).toBe('block');
    const noTenant = buildEngine(mergePolicy(parsePolicy({ protectedDomains: ['acme.com'] }).policy, {}).policy);
    const own = scoreHost(noTenant, 'acme.okta.com');
    if ('error' in own) throw new Error(own.error);
    expect(evaluatePage(noTenant, own, branded).level).toBe('allow');
  });

  it('does not block a widget marker without a credential field', () => {
    expect(evaluatePage(engine, verdict('secure-portal-773.com'), { ...blank, widgetMarkers: ['okta:#okta-sign-in'] }).level).toBe('allow');
  });

  it('blocks a password form that calls itself by the company name on an unrelated origin', () => {
    const out = evaluatePage(engine, verdict('portal-login-9.net'), signIn({ title: 'ACME | Employee sign in' }));
    expect(out.level).toBe('block');
    expect(out.target).toBe('acme.com');
  });

  it('only matches the company name as a whole word', () => {
    expect(evaluatePage(engine, verdict('example.org'), signIn({ title: 'Acmeist forum login' })).level).toBe('allow');
  });

  it('warns when an unrelated page names an IdP beside a password field', () => {
    const out = evaluatePage(engine, verdict('files-share.example'), signIn({ title: 'Sign in with your Microsoft account' }));
    expect(out.level).toBe('warn');
  });

  it('never touches trusted hosts or the IdP itself', () => {
    const facts = signIn({ widgetMarkers: ['okta:#okta-sign-in'], title: 'Acme - Sign In' });
    expect(evaluatePage(engine, verdict('acme.okta.com'), facts).level).toBe('trusted');
    expect(evaluatePage(engine, verdict('login.okta.com'), facts).level).toBe('allow');
    expect(evaluatePage(engine, verdict('login.microsoftonline.com'), signIn({ widgetMarkers: ['microsoft:#i0116'] })).level).toBe('allow');
  });

  it('leaves an ordinary site with a password field alone', () => {
    expect(evaluatePage(engine, verdict('news.example.com'), signIn({ title: 'Example News - Log in' })).level).toBe('allow');
  });

  describe('a warning with no brand (keyword shape)', () => {
    it('is not raised by a password field alone: generic services have login pages', () => {
      for (const host of ['urban-vpn.com', 'adguard-vpn.online', 'xyz-sso.com', 'qzx-hr.com']) {
        const v = verdict(host);
        expect(v.level, host).toBe('warn');
        expect(v.reasons[0]?.rule, host).toBe('keyword-shape');
        expect(isBrandlessWarning(v), host).toBe(true);
        expect(evaluatePage(engine, v, signIn({ title: 'Urban VPN - Log in' })).level, host).toBe('warn');
        expect(evaluatePage(engine, v, { ...blank, otpField: true }).level, host).toBe('warn');
      }
    });

    it('blocks when the page shows an IdP widget', () => {
      const out = evaluatePage(engine, verdict('xyz-sso.com'), signIn({ widgetMarkers: ['okta:#okta-sign-in'] }));
      expect(out.level).toBe('block');
      expect(out.target).toBe('acme.okta.com');
    });

    it("blocks when the page calls itself by the company's name", () => {
      const out = evaluatePage(engine, verdict('xyz-sso.com'), signIn({ logoTexts: ['Acme logo'] }));
      expect(out.level).toBe('block');
      expect(out.target).toBe('acme.com');
    });

    it('blocks when the page names an IdP (a cloned sign-in page)', () => {
      const out = evaluatePage(engine, verdict('xyz-sso.com'), signIn({ title: 'Okta - Sign In' }));
      expect(out.level).toBe('block');
      expect(out.reasons[0]?.detail).toContain('Okta');
    });

    it('brand-linked warnings still block on a password field alone', () => {
      const v = verdict('acme.net');
      expect(isBrandlessWarning(v)).toBe(false);
      expect(evaluatePage(engine, v, signIn()).level).toBe('block');
    });

    it("the company's initials are tied to the company: tp-usa.net blocks on a password field for teleperformance.com", () => {
      const tp = buildEngine(mergePolicy(parsePolicy({ protectedDomains: ['teleperformance.com'] }).policy, {}).policy);
      const v = scoreHost(tp, 'tp-usa.net') as Verdict;
      expect(v).toMatchObject({ level: 'warn', target: 'teleperformance.com' });
      expect(isBrandlessWarning(v)).toBe(false);
      expect(evaluatePage(tp, v, signIn()).level).toBe('block');
      expect(evaluatePage(tp, v, blank).level).toBe('warn');
    });
  });
});
