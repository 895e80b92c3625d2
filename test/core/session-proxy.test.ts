import { describe, expect, it } from 'vitest';
import { proxiedHost, SESSION_PROXY_DOMAINS } from '../../src/core/session-proxy.ts';
import { ACME, protect, verdict } from './support.ts';

const acme = protect(ACME);

describe('proxiedHost: the site a Defender for Cloud Apps host name carries', () => {
  it.each([
    ['acme.okta.com.mcas.ms', 'acme.okta.com', 'mcas.ms'],
    ['login.acme.com.admin-mcas.ms', 'login.acme.com', 'admin-mcas.ms'],
    ['acme.com.mcas-gov.us', 'acme.com', 'mcas-gov.us'],
    ['acme.com.admin-rs-mcas-df.ms', 'acme.com', 'admin-rs-mcas-df.ms'],
  ])('%s carries %s', (host, carried, proxy) => {
    expect(proxiedHost(host)).toEqual({ host: carried, proxy });
  });

  it.each(['mcas.ms', 'com.mcas.ms', 'acme.com.xmcas.ms', 'acme.com-mcas.ms', 'acme.com.mcas.ms.evil.net', 'acme.com.mcas.net', 'acme.com'])(
    '%s carries nothing',
    (host) => expect(proxiedHost(host)).toBeNull(),
  );

  it('knows every domain of Microsoft list, each ending in the marker it checks first', () => {
    for (const d of SESSION_PROXY_DOMAINS) expect(proxiedHost(`acme.com.${d}`)).toEqual({ host: 'acme.com', proxy: d });
  });
});

describe('scoring a host served through the session proxy', () => {
  it('the company sign-in page through the proxy is trusted, and says why', () => {
    const v = verdict(acme, 'acme.okta.com.mcas.ms');
    expect(v.level).toBe('trusted');
    expect(v.host).toBe('acme.okta.com.mcas.ms');
    expect(v.reasons[0]).toEqual({ rule: 'session-proxy', detail: expect.stringContaining('is acme.okta.com served through Microsoft Defender for Cloud Apps') });
    expect(verdict(acme, 'https://login.acme.com.mcas.ms/sso?x=1').level).toBe('trusted');
  });

  it('names an IDN host in Unicode in its reason', () => {
    const v = verdict(acme, 'xn--cme-5cd.okta.com.mcas.ms');
    expect(v.level).toBe('block');
    expect(v.reasons[0]?.detail).toContain('is \u0430cme.okta.com served through');
  });

  it('a lookalike through the proxy is still the lookalike', () => {
    for (const host of ['acme-okta.com.mcas.ms', 'acrne.okta.com.admin-mcas.ms']) {
      const v = verdict(acme, host);
      expect(v.level, host).toBe('block');
      expect(v.target).toMatch(/acme/);
    }
  });

  it('an ordinary site through the proxy is allowed with no reasons', () => {
    expect(verdict(acme, 'example.org.mcas.ms')).toEqual({ host: 'example.org.mcas.ms', displayHost: 'example.org.mcas.ms', level: 'allow', score: 0, reasons: [] });
  });

  it('a name that only resembles the proxy is scored as itself: the embedded host still blocks', () => {
    expect(verdict(acme, 'acme.okta.com.xmcas.ms').level).toBe('block');
    expect(verdict(acme, 'acme.okta.com.mcas.ms.evil.net').level).toBe('block');
  });

  it('the blocklist applies to the proxy name itself', () => {
    const engine = protect(ACME, { blocklist: ['acme.com.mcas.ms'] });
    expect(verdict(engine, 'acme.com.mcas.ms').level).toBe('block');
  });
});
