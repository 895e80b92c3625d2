/**
 * A protected host that is the company's workspace on someone else's
 * service, like `acme.zendesk.com` beside `acme.com`: its last subdomain
 * label is one of the company's names and its registrable domain belongs to
 * another (whose label does not contain that name, as `acmecorp` would).
 * It is trusted, with its subdomains, like any protected host, but its
 * registrable domain does not become the company's (every *.zendesk.com
 * host would then pass as the company's, lookalike workspaces included),
 * and the service's name (`zendesk`) does not become a brand. Protection
 * must never switch off quietly because a host was listed in the wrong key.
 */
import type { ProtectedHost } from './protected-host.ts';

/** The protected hosts (as listed) that are workspaces on other services. */
export function workspaceHosts(protectedHosts: readonly ProtectedHost[]): ReadonlySet<string> {
  const own = protectedHosts.filter((p) => !p.onTenantDomain);
  const names = new Set(own.flatMap(({ info }) => (info?.domainLabel ? [info.domainLabel] : [])));
  const out = new Set<string>();
  for (const { host, info } of own) {
    const name = info?.subdomainLabels[info.subdomainLabels.length - 1];
    const label = info?.domainLabel;
    if (name && label && names.has(name) && !label.includes(name)) out.add(host);
  }
  return out;
}
