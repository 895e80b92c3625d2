import { describe, expect, it } from 'vitest';
import { IDENTITY_PROVIDERS } from '../../src/core/idps.ts';
import { actionFor } from '../../src/core/action.ts';
import { THRESHOLDS } from '../../src/core/engine.ts';
import { isHostError, parseHost } from '../../src/core/host.ts';
import { idpFamilyOf, matchHostSet, scoreHost, scoreInfo } from '../../src/core/score.ts';
import type { Sensitivity } from '../../src/core/types.ts';
import { ACME, expectFlag, expectQuiet, protect, TWILIO, verdict } from './support.ts';

const acme = protect(ACME);

describe('scoreHost: decision order', () => {
  it('the blocklist wins over everything, including protected hosts', () => {
    const e = protect(ACME, { blocklist: ['evil.io', 'old.acme.com'] });
    for (const host of ['evil.io', 'x.evil.io', 'old.acme.com']) {
      const v = verdict(e, host);
      expect(v.level, host).toBe('block');
      expect(v.score).toBe(1);
      expect(v.reasons[0]).toEqual({ rule: 'blocklist', detail: expect.stringContaining('blocklist') });
    }
    expect(verdict(e, 'new.acme.com').level).toBe('trusted');
  });

  it('protected and allowlisted hosts and their subdomains are trusted', () => {
    const e = protect(ACME, { allowlist: ['acme-partner.com'] });
    expect(verdict(e, 'acme.com').reasons[0]?.detail).toContain('protected');
    expect(verdict(e, 'a.b.acme.com').level).toBe('trusted');
    const allowed = verdict(e, 'sso.acme-partner.com');
    expect(allowed.level).toBe('trusted');
    expect(allowed.reasons[0]?.detail).toContain('allowlist');
  });

  it('compares whole labels: acme.com.evil.io and evilacme.com are not trusted', () => {
    expect(verdict(acme, 'acme.com.evil.io').level).toBe('block');
    expect(verdict(acme, 'evilacme.com').level).not.toBe('trusted');
  });

  it('an IdP tenant entry trusts that tenant only, never all of okta.com', () => {
    expect(verdict(acme, 'acme.okta.com').level).toBe('trusted');
    expect(verdict(acme, 'okta.com').level).toBe('allow');
    expect(verdict(acme, 'globex.okta.com').level).toBe('allow');
  });

  it('other hosts on the company\u2019s own registrable domain are allowed (not trusted) when only a subdomain is protected', () => {
    const e = protect(['login.acme.com']);
    expect(verdict(e, 'login.acme.com').level).toBe('trusted');
    expect(verdict(e, 'www.acme.com').level).toBe('allow');
  });

  it('IPs are allowed with no reasons', () => {
    for (const host of ['127.0.0.1', '0x7f.1', '[::1]', '10.0.0.8:8443']) expectQuiet(acme, host);
  });

  it('reports at most five distinct reasons, strongest first, and rounds the score', () => {
    const v = verdict(acme, 'acme-okta-sso-login-helpdesk.com');
    expect(v.reasons.length).toBeLessThanOrEqual(5);
    expect(new Set(v.reasons.map((r) => r.detail)).size).toBe(v.reasons.length);
    expect(Math.round(v.score * 100) / 100).toBe(v.score);
    expect(v.score).toBeLessThanOrEqual(1);
  });

  it('non-web input gives an error, never a verdict', () => {
    for (const input of ['', 'about:blank', 'data:text/html,x', 'javascript:alert(1)', 'xn--zz.com', 'a'.repeat(10_000)]) {
      const v = scoreHost(acme, input);
      expect('error' in v, input).toBe(true);
    }
  });

  it('scoreInfo agrees with scoreHost', () => {
    const info = parseHost('acme-sso.com');
    if (isHostError(info)) throw new Error(info.error);
    expect(scoreInfo(acme, info)).toEqual(verdict(acme, 'acme-sso.com'));
  });
});

describe('hostile input never trusts a lookalike', () => {
  it.each([
    ['https://acme.okta.com@evil.io', 'evil.io'],
    ['acme.okta.com@evil.io', 'evil.io'],
    ['blob:https://evil.io/6f1c', 'evil.io'],
    ['http://acme.okta.com:443@acme-sso.com/', 'acme-sso.com'],
    ['acme.okta.com.evil.io', 'acme.okta.com.evil.io'],
    ['acme.okta.com%2eevil.io', 'acme.okta.com.evil.io'],
  ])('%j is judged as %s and not trusted', (input, host) => {
    const v = verdict(acme, input);
    expect(v.host).toBe(host);
    expect(v.level).not.toBe('trusted');
  });

  it('upper case, trailing dots and ports do not change the verdict', () => {
    const base = verdict(acme, 'acme-sso.com');
    for (const input of ['ACME-SSO.COM', 'acme-sso.com.', 'https://acme-sso.com:8443/login?x=1#y', 'user:pw@acme-sso.com']) {
      const v = verdict(acme, input);
      expect([v.level, v.score, v.target], input).toEqual([base.level, base.score, base.target]);
    }
  });
});

describe('sensitivity moves the thresholds', () => {
  const at = (s: Sensitivity, host: string, hosts = ACME) => verdict(protect(hosts, { sensitivity: s }), host);

  it('thresholds are ordered: high < balanced < low', () => {
    expect(THRESHOLDS.high.warn).toBeLessThan(THRESHOLDS.balanced.warn);
    expect(THRESHOLDS.balanced.warn).toBeLessThan(THRESHOLDS.low.warn);
    expect(THRESHOLDS.high.block).toBeLessThan(THRESHOLDS.balanced.block);
    expect(THRESHOLDS.balanced.block).toBeLessThan(THRESHOLDS.low.block);
  });

  it('acme.net (tld-swap, 0.65): warn at low and balanced, block at high', () => {
    expect(['low', 'balanced', 'high'].map((s) => at(s as Sensitivity, 'acme.net').level)).toEqual(['warn', 'warn', 'block']);
    expect(at('low', 'acme.net').score).toBe(at('high', 'acme.net').score);
  });

  it('twiliocdn.com (brand + unknown word, 0.55): allow at low, warn otherwise', () => {
    expect(['low', 'balanced', 'high'].map((s) => at(s as Sensitivity, 'twiliocdn.com', TWILIO).level)).toEqual(['allow', 'warn', 'warn']);
  });

  it('acmecorp.com (0.8): warn at low, block at balanced and high', () => {
    expect(['low', 'balanced', 'high'].map((s) => at(s as Sensitivity, 'acmecorp.com').level)).toEqual(['warn', 'block', 'block']);
  });

  it('strong evidence blocks at every sensitivity, and real hosts stay quiet at high', () => {
    for (const s of ['low', 'balanced', 'high'] as const) {
      expect(at(s, 'acrne.com').level, s).toBe('block');
      expect(at(s, 'example.org').level, s).toBe('allow');
      expect(at(s, 'login.okta.com').level, s).toBe('allow');
    }
  });
});

describe('DESIGN §1 table, end to end', () => {
  it.each([
    ['acme-okta.com', 'block', 'combosquat', 'acme.com'],
    ['acme-sso.com', 'block', 'combosquat', 'acme.com'],
    ['okta-acme.net', 'block', 'combosquat', 'acme.com'],
    ['acmesso.com', 'block', 'combosquat', 'acme.com'],
    ['acme-helpdesk.com', 'block', 'combosquat', 'acme.com'],
    ['sso-acme.co', 'block', 'combosquat', 'acme.com'],
    ['acrne.com', 'block', 'homoglyph', 'acme.com'],
    ['\u0430cme.com', 'block', 'homoglyph', 'acme.com'],
    ['xn--cme-5cd.com', 'block', 'homoglyph', 'acme.com'],
    ['acme.okta.com.login-verify.net', 'block', 'embedding', 'acme.okta.com'],
    ['login.acme.com-secure.io', 'block', 'embedding', 'acme.com'],
    ['acme-okta.secure-auth.app', 'block', 'embedding', 'acme.com'],
    ['acme-sso.okta.com', 'block', 'tenant', 'acme.okta.com'],
    ['acrne.okta.com', 'block', 'tenant', 'acme.okta.com'],
    ['acme.okta-emea.com', 'block', 'tenant', 'acme.okta.com'],
    ['0kta.com', 'block', 'idp-impersonation', 'login.okta.com'],
    ['okta-login.com', 'block', 'idp-impersonation', 'login.okta.com'],
    ['login-microsoftonline.com', 'block', 'idp-impersonation', 'login.microsoftonline.com'],
    ['okta.com.verify-id.net', 'block', 'idp-impersonation', 'login.okta.com'],
    ['acme.co', 'warn', 'tld-swap', 'acme.com'],
    ['acme.net', 'warn', 'tld-swap', 'acme.com'],
  ] as const)('%s -> %s by %s, target %s', (host, level, rule, target) => {
    const mentions = rule !== 'idp-impersonation' ? 'acme' : host.includes('microsoft') ? 'Microsoft Entra' : host.startsWith('okta.com.') ? 'okta.com' : 'Okta';
    expectFlag(acme, host, { level, rule, target, mentions });
  });
});

describe('helpers', () => {
  it('matchHostSet matches whole labels from the right', () => {
    const set = new Set(['acme.com', 'acme.okta.com']);
    expect(matchHostSet('a.b.acme.com', set)).toBe('acme.com');
    expect(matchHostSet('acme.okta.com', set)).toBe('acme.okta.com');
    expect(matchHostSet('evilacme.com', set)).toBeNull();
    expect(matchHostSet('acme.com.evil.io', set)).toBeNull();
    expect(matchHostSet('acme.com', new Set())).toBeNull();
  });

  it('idpFamilyOf knows family domains, family labels and family TLDs', () => {
    const family = (h: string): string | null => {
      const info = parseHost(h);
      if (isHostError(info)) throw new Error(info.error);
      return idpFamilyOf(info, acme)?.name ?? null;
    };
    expect(family('aadcdn.msftauth.net')).toBe('Microsoft Entra');
    expect(family('google.com.br')).toBe('Google');
    expect(family('blog.google')).toBe('Google');
    expect(family('ok12static.oktacdn.com')).toBe('Okta');
    expect(family('okta.net')).toBeNull();
    expect(family('example.org')).toBeNull();
    expect(family('login.partner.microsoftonline.cn')).toBe('Microsoft Entra'); // Azure China
  });

  it('lists every IdP family entry as a registrable domain, the only form the look-up can match', () => {
    for (const idp of IDENTITY_PROVIDERS) {
      for (const d of idp.family) {
        const info = parseHost(d);
        expect(isHostError(info) ? null : info.domain, `${idp.name}: ${d}`).toBe(d);
      }
    }
  });

  it('actionFor: block gets the mode, warn never more than a banner', () => {
    expect(actionFor('block', 'block')).toBe('block');
    expect(actionFor('block', 'warn')).toBe('warn');
    expect(actionFor('block', 'monitor')).toBe('monitor');
    expect(actionFor('warn', 'block')).toBe('warn');
    expect(actionFor('warn', 'monitor')).toBe('monitor');
    expect(actionFor('allow', 'block')).toBe('none');
    expect(actionFor('trusted', 'block')).toBe('none');
  });
});
