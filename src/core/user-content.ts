/**
 * Zones inside the identity providers' families where any customer picks
 * the host name and serves its own pages (idps.ts `userContent`): Azure
 * virtual machines, Azure CDN endpoints, Apps Script and Sites content.
 * Like a private suffix on the public suffix list, such a zone makes the
 * customer's label the registrable one: the rules judge what the customer
 * chose, the company's own host there is its own domain and not the whole
 * zone, and the zone is never the IdP's own page.
 *
 * "*.cloudapp.azure.com": one more label (the region) belongs to the zone.
 */
import type { HostInfo } from './host.ts';
import { IDENTITY_PROVIDERS } from './idps.ts';
import { hostToUnicode } from './punycode.ts';

const ZONES: readonly string[] = IDENTITY_PROVIDERS.flatMap((idp) => idp.userContent ?? []);

/** The zone `hostname` lies strictly under, with a wildcard's label filled in, and the labels before it; null if none. */
function zoneOf(hostname: string): { zone: string; labels: string[] } | null {
  for (const entry of ZONES) {
    const wildcard = entry.startsWith('*.');
    const base = wildcard ? entry.slice(2) : entry;
    if (!hostname.endsWith(`.${base}`)) continue;
    const labels = hostname.slice(0, -(base.length + 1)).split('.');
    if (!wildcard) return { zone: base, labels };
    // The wildcard label and a customer label before it.
    if (labels.length < 2) return null;
    const region = labels.pop() ?? '';
    return { zone: `${region}.${base}`, labels };
  }
  return null;
}

/** True when `hostname` is a customer's host in one of the zones (not the zone itself). */
export function isUserContent(hostname: string): boolean {
  return zoneOf(hostname) !== null;
}

/** `info` re-read with the zone as its suffix; `info` itself for every other host. */
export function asUserContent(info: HostInfo): HostInfo {
  const found = zoneOf(info.hostname);
  if (found === null) return info;
  const { zone, labels } = found;
  const domainLabel = labels[labels.length - 1] ?? '';
  return {
    ...info,
    domain: `${domainLabel}.${zone}`,
    domainLabel,
    domainLabelUnicode: hostToUnicode(domainLabel),
    suffix: zone,
    subdomainLabels: labels.slice(0, -1),
  };
}
