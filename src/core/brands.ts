/**
 * Brand tokens derived from the policy: what a lookalike imitates.
 * From each protected host: its registrable label ("acme" from
 * login.acme.com), or its tenant label on an IdP's shared domain ("acme"
 * from acme.okta.com); the hyphen-less form ("tmobile" from t-mobile.com);
 * the label without a corporate ending ("yahoo" from yahooinc.com).
 * Plus the policy's extra brands and, when enabled, the IdPs' own brands.
 */
import { CORPORATE_SUFFIXES } from './keywords.ts';
import type { IdentityProvider } from './idps.ts';
import { looseSkeleton, nearSkeleton, skeleton } from './skeleton.ts';
import { typoForm } from './label-forms.ts';
import type { ProtectedHost } from './protected-host.ts';

export interface Brand {
  /** Letters and digits only, lower case: "tmobile". */
  token: string;
  /** As the company writes it in its domain: "t-mobile". */
  display: string;
  skeleton: string;
  /** looseSkeleton(token): the weaker look-alike tier (b/d, n/m, lh/h). */
  loose: string;
  /** nearSkeleton(token): the form matched one edit away (pairs as typed, then b/d, n/m, e/c). */
  near: string;
  /** typoForm(token): hyphens gone, digits that stand for letters replaced. */
  typo: string;
  /** The real host this brand stands for, shown to the user: "t-mobile.com", "acme.okta.com". */
  target: string;
  /** Real hosts the brand stands for (protected hosts, or the IdP's family domains). */
  hosts: readonly string[];
  /** Set when the brand is an identity provider's. */
  idp: IdentityProvider | null;
}

const MIN_BRAND = 3;

function makeBrand(display: string, target: string, hosts: readonly string[], idp: IdentityProvider | null): Brand | null {
  const token = display.replace(/[^\p{L}\p{N}]/gu, '');
  if (token.length < MIN_BRAND) return null;
  return { token, display, skeleton: skeleton(token), loose: looseSkeleton(token), near: nearSkeleton(token), typo: typoForm(token), target, hosts, idp };
}

function stripCorporateSuffix(token: string): string | null {
  for (const suffix of CORPORATE_SUFFIXES) {
    // "openai" -> "open" or "twilio" -> "twil" would be generic words, not brands.
    if (token.endsWith(suffix) && token.length - suffix.length >= 5) return token.slice(0, -suffix.length);
  }
  return null;
}

/** Brands for the company's protected hosts and extra brand words. */
export function companyBrands(protectedHosts: readonly ProtectedHost[], extraBrands: readonly string[]): Brand[] {
  const out: Brand[] = [];
  const add = (b: Brand | null): void => {
    if (!b) return;
    const same = out.find((x) => x.token === b.token);
    if (same) (same.hosts as string[]).push(...b.hosts.filter((h) => !same.hosts.includes(h)));
    else {
      out.push({ ...b, hosts: [...b.hosts] });
    }
  };
  for (const { host, info, tenant } of protectedHosts) {
    if (!info) continue;
    const label = tenant ? tenant.tenant : info.domainLabel ?? '';
    add(makeBrand(label, host, [host], null));
    const stripped = stripCorporateSuffix(label.replace(/-/g, ''));
    if (stripped) add(makeBrand(stripped, host, [host], null));
  }
  const fallbackTarget = protectedHosts[0]?.host ?? '';
  const allHosts = protectedHosts.map((p) => p.host);
  for (const word of extraBrands) add(makeBrand(word, fallbackTarget, allHosts, null));
  return out;
}

export function idpBrands(idps: readonly IdentityProvider[]): Brand[] {
  const out: Brand[] = [];
  for (const idp of idps) {
    const target = new URL(idp.signIn).hostname;
    for (const b of idp.brands) {
      const brand = makeBrand(b, target, idp.family, idp);
      if (brand) out.push(brand);
    }
  }
  return out;
}
