/**
 * How a protected host is read, once per policy, for the engine's tables,
 * the company's brands and the workspace check: parsed, with the IdPs'
 * customer zones as suffixes (user-content.ts), and, on an IdP's tenant
 * domain, the tenant it names (tenant-of.ts).
 */
import { isHostError, parseHost, type HostInfo } from './host.ts';
import { IDENTITY_PROVIDERS } from './idps.ts';
import { tenantOf, type TenantOf } from './tenant-of.ts';
import { asUserContent } from './user-content.ts';

export interface ProtectedHost {
  /** As the policy lists it. */
  host: string;
  /** Null when it names no registrable domain (an IP literal, a bare suffix, unparsable text). */
  info: HostInfo | null;
  /** On an IdP's shared tenant domain (acme.okta.com, and okta.com itself). */
  onTenantDomain: boolean;
  /** The tenant it names there, if any. */
  tenant: TenantOf | null;
}

function readOne(host: string): ProtectedHost {
  const parsed = parseHost(host);
  const info = isHostError(parsed) ? null : asUserContent(parsed);
  if (!info?.domain || !info.domainLabel) return { host, info: null, onTenantDomain: false, tenant: null };
  const domain = info.domain;
  const onTenantDomain = IDENTITY_PROVIDERS.some((idp) => idp.tenantDomains.includes(domain));
  return { host, info, onTenantDomain, tenant: onTenantDomain ? tenantOf(info) : null };
}

export function readProtectedHosts(hosts: readonly string[]): ProtectedHost[] {
  return hosts.map(readOne);
}
