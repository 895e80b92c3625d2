/**
 * A name a person recognises for a protected host, for the block page and
 * the warn banner: "Acme" for acme.com or acme.okta.com, "Microsoft" for
 * login.microsoftonline.com.
 */
import { isHostError, parseHost } from './host.ts';
import { SERVICE_LABELS, tenantOf } from './tenant-of.ts';

/** Registrable labels of identity providers, by display name. */
const IDP_NAMES: Readonly<Record<string, string>> = {
  okta: 'Okta',
  oktapreview: 'Okta',
  'okta-emea': 'Okta',
  onelogin: 'OneLogin',
  auth0: 'Auth0',
  microsoftonline: 'Microsoft',
  microsoft: 'Microsoft',
  live: 'Microsoft',
  b2clogin: 'Microsoft Entra',
  google: 'Google',
  pingidentity: 'Ping Identity',
  pingone: 'Ping Identity',
  duosecurity: 'Duo',
  jumpcloud: 'JumpCloud',
};

/** IdP domains whose first label is a customer's tenant (acme.okta.com). */
const TENANT_DOMAINS = new Set(['okta', 'oktapreview', 'okta-emea', 'onelogin', 'auth0', 'b2clogin', 'pingone']);


function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export interface SiteName {
  /** "Acme" */
  name: string;
  /** "Okta" when the protected host is a tenant on an identity provider's domain. */
  via?: string;
}

export function siteName(target: string): SiteName {
  const info = parseHost(target);
  if (isHostError(info) || info.domainLabel === null) return { name: target };
  const label = info.domainLabelUnicode ?? info.domainLabel;
  const idp = IDP_NAMES[info.domainLabel];
  const tenant = tenantOf(info)?.tenant;
  if (idp !== undefined && TENANT_DOMAINS.has(info.domainLabel) && tenant !== undefined && !SERVICE_LABELS.has(tenant)) {
    return { name: capitalise(tenant), via: idp };
  }
  if (idp !== undefined) return { name: idp };
  return { name: capitalise(label) };
}
