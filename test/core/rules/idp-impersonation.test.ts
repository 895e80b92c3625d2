import { describe, expect, it } from 'vitest';
import { ACME, expectFlag, expectQuiet, protect, verdict } from '../support.ts';

const acme = protect(ACME);
/** IdPs are protected by default, even with no company domain at all. */
const none = protect([]);

describe('idp-impersonation', () => {
  it.each([
    ['0kta.com', 'login.okta.com', 'Okta'],
    ['okta-login.com', 'login.okta.com', 'Okta'],
    ['okta-sso.com', 'login.okta.com', 'Okta'],
    ['okta-blue.com', 'login.okta.com', 'Okta'], // distinctive IdP + any hyphenated word
    ['login-microsoftonline.com', 'login.microsoftonline.com', 'Microsoft Entra'],
    ['rnicrosoft.com', 'login.microsoftonline.com', 'Microsoft Entra'],
    ['micros0ft-login.com', 'login.microsoftonline.com', 'Microsoft Entra'],
    ['microsfot.com', 'login.microsoftonline.com', 'Microsoft Entra'],
    ['goog1e.com', 'accounts.google.com', 'Google'],
    ['onelogin-support.com', 'app.onelogin.com', 'OneLogin'],
    // Microsoft's tenant domain name (acme.onmicrosoft.com) is one of its brands
    ['onmicrosoft-login.com', 'login.microsoftonline.com', 'Microsoft Entra'],
    ['onmicrosft.com', 'login.microsoftonline.com', 'Microsoft Entra'],
  ])('%s blocks as an impersonation of %s', (host, target, name) => {
    expectFlag(none, host, { level: 'block', rule: 'idp-impersonation', target, mentions: name });
    expect(verdict(acme, host).level).toBe('block');
  });

  it.each(['microsoftstream.com', 'microsoftadvertising.com', 'microsoftedgeinsider.com', 'googleplay.com', 'googlecloudcommunity.com', 'googlemerchandisestore.com'])(
    '%s: Google or Microsoft first, run into one unknown word, is how they name their own sites: quiet',
    (host) => {
      expectQuiet(none, host);
    },
  );

  it.each(['pingidentity.co.uk', 'oktapreview.net'])("%s: the IdP's other name whole on another suffix holds no combination of its shorter one (pingid + entity)", (host) => {
    expectQuiet(none, host);
    expect(verdict(acme, 'acme.oktapreview.net').level).toBe('block'); // with the company as the tenant, it is the tenant URL
  });

  it.each(['google-docs-share.com', 'googledocs-share.com', 'docsgoogle.com', 'microsoft-xyzcheck.net'])(
    '%s: hyphenated, or after other letters, Google or Microsoft beside unknown words still warns',
    (host) => {
      expect(verdict(none, host)).toMatchObject({ level: 'warn', reasons: [{ rule: 'idp-impersonation' }] });
    },
  );

  it("the company's name beside Microsoft's tenant domain name blocks: onmicrosoft is an identity word", () => {
    expectFlag(acme, 'acme-onmicrosoft.com', { level: 'block', rule: 'combosquat', target: 'acme.com', mentions: 'the word "onmicrosoft"' });
    expectFlag(acme, 'acmeonmicrosoft.net', { level: 'block', rule: 'combosquat', target: 'acme.com', mentions: 'the word "onmicrosoft"' });
    expectQuiet(acme, 'acme.onmicrosoft.com');
  });

  it("an IdP's customers' content zones are judged like any site: the customer's label is the registrable one", () => {
    expectFlag(acme, 'acme-okta.cloudapp.net', { level: 'block', rule: 'combosquat', target: 'acme.com', mentions: '"okta"' });
    expectFlag(acme, 'acme-sso.vo.msecnd.net', { level: 'block', rule: 'combosquat', target: 'acme.com', mentions: '"sso"' });
    expectFlag(acme, 'acme-sso.googleusercontent.com', { level: 'block', rule: 'combosquat', target: 'acme.com', mentions: '"sso"' });
    // The region is part of the zone: the virtual machine's own name is the registrable label.
    expectFlag(acme, 'acme-okta.eastus.cloudapp.azure.com', { level: 'block', rule: 'combosquat', target: 'acme.com', mentions: '"okta"' });
    expectFlag(acme, 'login.acme-sso.westeurope.cloudapp.azure.com', { level: 'block', rule: 'combosquat', target: 'acme.com', mentions: '"sso"' });
    // The zones themselves, and what their customers name innocently, stay quiet.
    for (const host of ['googleusercontent.com', 'lh3.googleusercontent.com', 'cloudapp.azure.com', 'eastus.cloudapp.azure.com', 'myvm.eastus.cloudapp.azure.com']) expectQuiet(acme, host);
  });

  it('a protected host in such a zone is its own domain, not the whole zone', () => {
    const engine = protect(['acme.com', 'portal.eastus.cloudapp.azure.com']);
    expect(engine.ownDomains.has('azure.com')).toBe(false);
    expect(verdict(engine, 'x.portal.eastus.cloudapp.azure.com').level).toBe('trusted');
    expect(verdict(engine, 'acme-okta.eastus.cloudapp.azure.com').level).toBe('block');
  });

  it('okta.com.verify-id.net: the IdP host embedded in another domain', () => {
    expectFlag(none, 'okta.com.verify-id.net', { level: 'block', rule: 'idp-impersonation', target: 'login.okta.com', mentions: 'real host okta.com' });
  });

  it.each(['oikta.com', 'olkta.com', 'oIkta.net'])('%s: "ik"/"lk" read as "k" in Okta, a distinctive name of four letters, warns', (host) => {
    const v = verdict(protect(ACME), host);
    expect(v).toMatchObject({ level: 'warn', target: 'login.okta.com' });
    expect(v.reasons[0]?.detail).toContain('can pass for Okta');
  });

  it.each(['olta.com', 'octa.com', 'okla.com'])('%s: other four-letter names near Okta stay quiet', (host) => {
    expectQuiet(protect(ACME), host);
  });

  it.each(['auht0.com', 'awth0.com', 'aut0.com'])('%s: one letter off Auth0 warns when the 0 stays', (host) => {
    expect(verdict(protect(ACME), host)).toMatchObject({ level: 'warn', target: 'auth0.com' });
  });

  it.each(['auto.com', 'autos.net', 'authy.com'])('%s: one letter off "autho" without the digit stays quiet', (host) => {
    expectQuiet(protect(ACME), host);
  });

  it('a single-letter typo of a 6-letter IdP name warns', () => {
    expectFlag(none, 'gogle.com', { level: 'warn', rule: 'idp-impersonation', target: 'accounts.google.com', mentions: 'one letter' });
  });

  it('is off with identityProviders: false', () => {
    const off = protect(ACME, { identityProviders: false });
    for (const host of ['0kta.com', 'okta-login.com', 'rnicrosoft.com']) expectQuiet(off, host);
    // company rules still apply
    expect(verdict(off, 'acme-okta.com').level).toBe('block');
  });

  describe('the IdPs\u2019 real domains stay quiet', () => {
    it.each([
      'okta.com', 'login.okta.com', 'oktapreview.com', 'okta-emea.com', 'ok12static.oktacdn.com', 'login.microsoftonline.com',
      'aadcdn.msftauth.net', 'autologon.microsoftazuread-sso.com', 'contoso.b2clogin.com', 'outlook.office365.com',
      'accounts.google.com', 'google.de', 'google.com.br', 'www.google.co.uk', 'gmail.com', 'auth0.com', 'acme.us.auth0.com',
      'onelogin.com', 'app.onelogin.com', 'duosecurity.com', 'api-123abc.duosecurity.com', 'duo.com', 'pingone.com',
      'auth.pingone.com', 'pingidentity.com', 'jumpcloud.com', 'console.jumpcloud.com', 'googleapis.dev',
      // PingOne's Singapore region, Auth0's private-cloud and demo deployments, Duo Federal
      'auth.pingone.sg', 'stage.acme.auth0app.com', 'tenant.cic-demo-platform.auth0app.com', 'api-123abc.duofederal.com',
    ])('%s', (host) => {
      const v = expectQuiet(acme, host);
      expect(v.reasons).toEqual([]);
    });
  });

  it.each(['oktablue.com', 'blueokta.net', 'jumpcloudxyz.com'])('%s: a distinctive IdP name starting or ending the label warns', (host) => {
    expect(verdict(none, host).level).toBe('warn');
  });

  describe('ordinary sites near IdP names stay quiet', () => {
    it.each(['mail.com', 'auto.com', 'okto.com', 'octa.com', 'pinduoduo.com', 'duolingo.com', 'pingdom.com', 'autodesk.com', 'netsuite.com', 'google.xyz', 'okta.net', 'okta.io', 'booktangier.com', 'noktasi.com.tr', 'lookta-ahead.com', 'uqmobile.jp', 'office-email.com'])(
      '%s',
      (host) => {
        expectQuiet(none, host);
      },
    );
  });
});
