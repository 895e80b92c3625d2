/**
 * Tenant: on an IdP's shared domain (okta.com, oktapreview.com,
 * okta-emea.com, onelogin.com, auth0.com, b2clogin.com, ...) each customer
 * is a subdomain, and anyone can register one. A tenant label that
 * resembles the company's (typo, homoglyph, brand plus words) or the
 * company's own tenant name on another cell of the IdP is impersonation.
 */
import type { BrandIndex } from '../brand-index.ts';
import type { HostInfo } from '../host.ts';
import type { IdentityProvider } from '../idps.ts';
import { hostToUnicode } from '../punycode.ts';
import type { Vocabulary } from '../segment.ts';
import { makeSubject } from '../subject.ts';
import { tenantOf } from '../tenant-of.ts';
import { combosquatRule } from './combosquat.ts';
import type { Evidence } from './evidence.ts';
import { homoglyphRule } from './homoglyph.ts';
import { typoRule } from './typo.ts';

export const TENANT_FLOOR = 0.9;
export const OTHER_CELL_SCORE = 0.85;

export interface ProtectedTenant {
  tenant: string;
  domain: string;
  /** The tenant's own host (tenant-of.ts): acme.okta.com, acme.us.auth0.com. */
  tenantHost: string;
  /** The protected host as the policy lists it. */
  host: string;
}

export function tenantRule(
  info: HostInfo,
  idp: IdentityProvider,
  index: BrandIndex,
  tenants: readonly ProtectedTenant[],
  vocab: Vocabulary,
): Evidence[] {
  const own = tenantOf(info);
  if (!own || !info.domain) return [];
  const { tenant } = own;
  const out: Evidence[] = [];
  for (const t of tenants) {
    if (t.tenant === tenant && t.tenantHost !== own.host && idp.tenantDomains.includes(t.domain)) {
      const where = own.host.slice(tenant.length + 1);
      const listed = t.tenantHost.slice(t.tenant.length + 1);
      out.push({
        rule: 'tenant',
        score: OTHER_CELL_SCORE,
        target: t.host,
        detail: `"${tenant}" is the company's ${idp.name} tenant name, but on ${where} instead of ${listed}: anyone can register a tenant there`,
      });
    }
  }
  const unicodeTenant = hostToUnicode(tenant);
  const subject = makeSubject(info, unicodeTenant, vocab);
  // Name the company's own tenant on this IdP as what is imitated, when it has one.
  const ownTenant = tenants.find((t) => idp.tenantDomains.includes(t.domain));
  const found = [...homoglyphRule(subject, index, vocab.strong, false), ...typoRule(subject, index, vocab.strong, false), ...combosquatRule(subject, index, vocab)];
  for (const e of found) {
    out.push({
      ...e,
      rule: 'tenant',
      // Weak findings (a short brand one letter off) stay weak even here.
      score: e.score >= 0.45 ? Math.max(e.score, TENANT_FLOOR) : e.score,
      detail: `${idp.name} tenant "${unicodeTenant}.${info.domain}": ${e.detail}`,
      ...(ownTenant ? { target: ownTenant.host } : {}),
    });
  }
  return out;
}
