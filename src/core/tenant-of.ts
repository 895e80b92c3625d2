/**
 * Which tenant a host on an IdP's tenant domain belongs to. Usually the
 * label before the domain (acme.okta.com), but:
 * - some IdPs put a region between (acme.us.auth0.com, acme.eu.auth0.com);
 * - some create companion hosts with each tenant, which no one else can
 *   hold: Okta's admin console (acme-admin.okta.com), SharePoint's OneDrive
 *   and admin centre (acme-my.sharepoint.com, acme-admin.sharepoint.com;
 *   SharePoint tenant names have no hyphens). Elsewhere "acme-admin" is
 *   just another name anyone can register.
 * Brands, the engine's tenant list, trust and the tenant rule all ask here.
 */
import type { HostInfo } from './host.ts';
import { IDENTITY_PROVIDERS } from './idps.ts';

const OKTA_COMPANIONS = ['-admin'];

export const TENANT_COMPANIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ...IDENTITY_PROVIDERS.filter((idp) => idp.name === 'Okta').flatMap((idp) => idp.tenantDomains.map((d) => [d, OKTA_COMPANIONS] as const)),
  ['sharepoint.com', ['-my', '-admin']],
]);

/** Region labels an IdP puts between the tenant and its domain. */
export const TENANT_REGIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['auth0.com', new Set(['us', 'eu', 'au', 'jp', 'ca', 'uk'])],
]);

/** Labels that name one of the IdP's own services, not a customer, where a tenant would stand (login.okta.com). */
export const SERVICE_LABELS: ReadonlySet<string> = new Set([
  'www', 'login', 'signin', 'sso', 'auth', 'id', 'accounts', 'account', 'help', 'support', 'developer', 'status',
  'app', 'apps', 'myapps', 'console', 'api', 'cdn', 'static', 'docs',
]);

export interface TenantOf {
  /** The tenant's name: "acme". */
  tenant: string;
  /** The tenant's own host, which its companions share: "acme.okta.com", "acme.us.auth0.com". */
  host: string;
}

/** The tenant of a host on a tenant domain (`info.domain` is the IdP's), or null when it names none. */
export function tenantOf(info: HostInfo): TenantOf | null {
  const labels = info.subdomainLabels;
  const domain = info.domain;
  if (!domain || labels.length === 0) return null;
  let at = labels.length - 1;
  let region = '';
  if (at > 0 && TENANT_REGIONS.get(domain)?.has(labels[at] ?? '')) {
    region = `${labels[at] ?? ''}.`;
    at--;
  }
  let tenant = labels[at] ?? '';
  for (const ending of TENANT_COMPANIONS.get(domain) ?? []) {
    if (tenant.length > ending.length && tenant.endsWith(ending)) {
      tenant = tenant.slice(0, -ending.length);
      break;
    }
  }
  return tenant === '' ? null : { tenant, host: `${tenant}.${region}${domain}` };
}
