/**
 * Tenant: on an IdP's shared domain (okta.com, oktapreview.com,
 * okta-emea.com, onelogin.com, auth0.com, b2clogin.com, ...) each customer
 * is a subdomain, and anyone can register one. A tenant label that
 * resembles the company's (typo, homoglyph, brand plus words) or the
 * company's own tenant name on another cell of the IdP is impersonation.
 */
import type { BrandIndex } from '../brand-index.ts';
import type { HostInfo } from '../host.ts';
import { IDENTITY_PROVIDERS, type IdentityProvider } from '../idps.ts';
import { hostToUnicode } from '../punycode.ts';
import type { Vocabulary } from '../segment.ts';
import { makeSubject } from '../subject.ts';
import { combosquatRule } from './combosquat.ts';
import type { Evidence } from './evidence.ts';
import { homoglyphRule } from './homoglyph.ts';
import { typoRule } from './typo.ts';

export const TENANT_FLOOR = 0.9;
export const OTHER_CELL_SCORE = 0.85;

export interface ProtectedTenant {
  tenant: string;
  domain: string;
  host: string;
}

/**
 * Companion hosts that the IdP creates with each tenant, so no one else can
 * hold them: Okta's admin console (acme-admin.okta.com), SharePoint's
 * OneDrive and admin centre (acme-my.sharepoint.com,
 * acme-admin.sharepoint.com; SharePoint tenant names have no hyphens).
 * Elsewhere "acme-admin" is just another name anyone can register.
 */
const OKTA_COMPANIONS = ['-admin'];
export const TENANT_COMPANIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ...IDENTITY_PROVIDERS.filter((idp) => idp.name === 'Okta').flatMap((idp) => idp.tenantDomains.map((d) => [d, OKTA_COMPANIONS] as const)),
  ['sharepoint.com', ['-my', '-admin']],
]);

/** The tenant a host on a tenant domain belongs to: its last subdomain label, less a companion ending. */
export function tenantLabelOf(info: HostInfo): string | null {
  const label = info.subdomainLabels[info.subdomainLabels.length - 1];
  if (!label) return null;
  for (const ending of (info.domain ? TENANT_COMPANIONS.get(info.domain) : undefined) ?? []) {
    if (label.length > ending.length && label.endsWith(ending)) return label.slice(0, -ending.length);
  }
  return label;
}

export function tenantRule(
  info: HostInfo,
  idp: IdentityProvider,
  index: BrandIndex,
  tenants: readonly ProtectedTenant[],
  vocab: Vocabulary,
): Evidence[] {
  const tenant = tenantLabelOf(info);
  if (!tenant || !info.domain) return [];
  const out: Evidence[] = [];
  for (const t of tenants) {
    if (t.tenant === tenant && t.domain !== info.domain && idp.tenantDomains.includes(t.domain)) {
      out.push({
        rule: 'tenant',
        score: OTHER_CELL_SCORE,
        target: t.host,
        detail: `"${tenant}" is the company's ${idp.name} tenant name, but on ${info.domain} instead of ${t.domain}: anyone can register a tenant there`,
      });
    }
  }
  const unicodeTenant = hostToUnicode(tenant);
  const subject = makeSubject(info, unicodeTenant, vocab);
  // Name the company's own tenant on this IdP as what is imitated, when it has one.
  const ownTenant = tenants.find((t) => idp.tenantDomains.includes(t.domain));
  const found = [...homoglyphRule(subject, index), ...typoRule(subject, index, vocab.strong), ...combosquatRule(subject, index, vocab)];
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
