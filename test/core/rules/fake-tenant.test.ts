import { describe, expect, it } from 'vitest';
import { FAKE_IDP_TENANT_SCORE } from '../../../src/core/rules/embedding.ts';
import { FAKE_TENANT_OF_COMPANY_SCORE } from '../../../src/core/rules/fake-tenant.ts';
import { protect, verdict } from '../support.ts';

describe('fake tenant of the company: its name shortened or misspelt where an IdP puts a tenant, on a domain that is not the IdP\'s', () => {
  it.each([
    // Scattered Spider, 2024: Roblox went by "rbx"
    ['roblox.com', 'rbx.okta.bio', '"rbx", consonants of "roblox" (roblox.com), where Okta puts a company\'s tenant, but okta.bio is not Okta\'s'],
    ['roblox.com', 'roblx.okta.bio', '"roblx", a misspelling of "roblox"'],
    ['roblox.com', 'rbx.onelogin.app', 'where OneLogin puts a company\'s tenant'],
    ['t-mobile.com', 'tmo.okta.bio', '"tmo", the start of "t-mobile"'],
    ['teleperformance.com', 'tp.okta.bio', '"tp", the initials of "teleperformance"'],
  ])('for %s, %s blocks, tied to the company', (target, host, detail) => {
    const v = verdict(protect([target]), host);
    expect(v).toMatchObject({ level: 'block', score: FAKE_TENANT_OF_COMPANY_SCORE, target });
    expect(v.reasons[0]).toEqual({ rule: 'embedding', detail: expect.stringContaining(detail) });
  });

  it.each([
    // a label that is not the company's: the layout alone, tied to the IdP
    ['roblox.com', 'abc.okta.bio'],
    // a common word near the name is that word
    ['chase.com', 'phase.okta.io'],
  ])('for %s, %s is only the tenant layout, a warning tied to the IdP', (target, host) => {
    expect(verdict(protect([target]), host)).toMatchObject({ level: 'warn', score: FAKE_IDP_TENANT_SCORE, target: 'login.okta.com' });
  });

  it.each([
    // the IdP's own domain, a site label, a common IdP name, an IdP name misspelt
    ['roblox.com', 'rbx.okta.com'], ['roblox.com', 'www.okta.bio'], ['roblox.com', 'rbx.google.bio'], ['roblox.com', 'rbx.oktta.com'],
    // the short form elsewhere in the host
    ['roblox.com', 'rbx.example.com'],
  ])('for %s, %s says nothing of the company', (target, host) => {
    expect(verdict(protect([target]), host).reasons.map((r) => r.detail).join()).not.toMatch(/consonants of|misspelling of|start of/);
  });
});
