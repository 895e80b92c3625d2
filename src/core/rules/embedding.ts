/**
 * Embedding: a protected host or brand in the subdomain part of an
 * untrusted host: "acme.okta.com.verify.net", "login.acme.com-secure.io",
 * "acme-okta.secure-auth.app", "acme.net.evil.ru". Also a brand split by dots
 * ("ad.obe.com" for adobe.com).
 */
import { hostStartsAt, MIN_HOST_HEAD, stemStartsAt, type BrandIndex, type HostOfBrand, type HostStem } from '../brand-index.ts';
import type { Brand } from '../brands.ts';
import type { IdentityProvider } from '../idps.ts';
import { HELP_DESK_WORDS, SIGN_IN_WORDS } from '../keywords.ts';
import { boundedDamerau } from '../distance.ts';
import { hostToUnicode } from '../punycode.ts';
import { parseWords, type Vocabulary } from '../segment.ts';
import { skeleton } from '../skeleton.ts';
import type { Subject } from '../subject.ts';
import { comboScore, findBrands, type BrandHit } from './combosquat.ts';
import { brandName, evidence, type Evidence } from './evidence.ts';

export const EMBEDDED_HOST_SCORE = 0.9;
export const EMBEDDED_COMBO_SCORE = 0.85;
export const EMBEDDED_CORPORATE_SCORE = 0.6;
export const EMBEDDED_BRAND_SCORE = 0.45;
/**
 * The brand as a label with an ending after it in the subdomain, a
 * real-looking host of the company's: "acme.net.evil.ru" (another ending),
 * "acme.zendesk.com.evil.cc" (its tenant on a service, proxied elsewhere).
 */
export const SWAPPED_HOST_SCORE = 0.85;
/** Endings read as the end of a host name when they follow a brand; not two-letter ones, which shared services use for regions ("acme.eu.example.com"). */
const ENDINGS: ReadonlySet<string> = new Set(['com', 'net', 'org', 'co', 'io', 'info', 'biz']);
/** The brand as a subdomain of a domain made of sign-in words ("hubspot.login-verify.com"). */
export const SIGN_IN_DOMAIN_SCORE = 0.85;
export const SPLIT_BRAND_SCORE = 0.85;
export const FAKE_TENANT_SCORE = 0.9;
/** Any other tenant-shaped label there ("rbx.okta.bio"): the company may go by a name no policy lists. */
export const FAKE_IDP_TENANT_SCORE = 0.6;
/** Labels every site has, which say nothing about tenants. */
const SITE_LABELS: ReadonlySet<string> = new Set(['www', 'm', 'mail', 'blog', 'shop', 'news', 'cdn', 'static', 'status', 'docs']);
export const TENANT_HOMOGLYPH_SCORE = 0.9;

/**
 * The longest real host (of any brand) that the host name continues with
 * from `offset`, where `label` starts: "login.live.com.evil.net" holds
 * live.com at its second label. The brand named by the label itself wins a
 * tie (a policy's extra brands share the company's hosts).
 */
function embeddedHost(hostname: string, offset: number, label: string, flat: string, index: BrandIndex): HostOfBrand | undefined {
  let best: HostOfBrand | undefined;
  for (const candidate of index.byHostHead.get(label) ?? []) {
    const { host } = candidate;
    if (!hostStartsAt(hostname, offset, host)) continue;
    const longer = host.length > (best?.host.length ?? 0);
    const sameButNamed = host.length === best?.host.length && candidate.brand.token === flat && best.brand.token !== flat;
    if (longer || sameButNamed) best = candidate;
  }
  return best;
}

/**
 * The longest stem of a real host (brand-index.ts) that the subdomain part
 * continues with from subdomain label `i`, wholly inside it:
 * "acme.okta.evil.ru" (acme.okta.com), "login.microsoftonline.evil.ru".
 * The company's or an IdP's sign-in host with its ending cut off reads as
 * that host; a bare brand label there ("acme.zendesk.com") is a tenant.
 */
function stemAt(s: Subject, i: number, offset: number, label: string, index: BrandIndex): HostStem | undefined {
  let best: HostStem | undefined;
  const room = s.info.subdomainLabels.length - i;
  for (const candidate of index.byStemHead.get(label) ?? []) {
    const { stem } = candidate;
    if (stem.length <= (best?.stem.length ?? 0) || candidate.labels > room || !stemStartsAt(s.info.hostname, offset, stem)) continue;
    best = candidate;
  }
  return best;
}

/**
 * "acme.okta.co": the company's name where Okta puts a tenant, on a domain
 * named after the IdP that is not the IdP's. The IdP's name on another
 * suffix alone proves nothing; with the company's tenant laid out under it,
 * it is the tenant URL with the ending changed.
 */
function fakeTenantDomainIdp(s: Subject, index: BrandIndex): Brand['idp'] {
  const label = s.info.domainLabel;
  if (!label || s.info.subdomainLabels.length === 0) return null;
  return index.byToken.get(label)?.find((b) => b.idp)?.idp ?? misspeltIdp(label, index);
}

/**
 * "acme.oktta.com": a distinctive IdP's name one edit off, with a tenant
 * laid out under it. One edit of a four-letter name is any word ("okla"),
 * so alone it proves nothing; the company's name as the tenant makes it
 * the tenant URL misspelt.
 */
function misspeltIdp(label: string, index: BrandIndex): Brand['idp'] {
  if (label.length < 4) return null;
  for (const b of index.distinctiveIdpBrands) {
    if (Math.abs(b.token.length - label.length) <= 1 && boundedDamerau(label, b.token, 1) <= 1) return b.idp;
  }
  return null;
}

/**
 * "rbx.okta.bio": a label that no brand names, where a distinctive IdP
 * (exactly its name, on a domain not its own) puts a tenant: the label and
 * the IdP's brand. The caller has ruled out a real host starting there
 * (embedding.ts) or does not care (fake-tenant.ts, which reads the label
 * as the company's name).
 */
export function fakeIdpTenantLabel(s: Subject, index: BrandIndex): { label: string; idpBrand: Brand; idp: IdentityProvider } | null {
  const labels = s.info.subdomainLabels;
  const label = labels[labels.length - 1];
  if (label === undefined || SITE_LABELS.has(label) || index.byToken.has(label.replace(/-/g, ''))) return null;
  const idpBrand = index.byToken.get(s.info.domainLabel ?? '')?.find((b) => b.idp?.distinctive);
  return idpBrand?.idp ? { label, idpBrand, idp: idpBrand.idp } : null;
}

/** Brands this long count as a look-alike subdomain: shorter ones meet ordinary words ("deli" reads "dell"). */
export const TENANT_HOMOGLYPH_MIN = 5;

/**
 * A subdomain label, such as the one where a shared service puts its
 * customer ("twllio.zendesk.com", "twllio.my.salesforce.com",
 * "twllio.evil.net"), that reads as a brand but is spelt otherwise. The
 * brand itself there is common and innocent (a company's own Zendesk); a
 * spelling made to look like it is not.
 */
function tenantHomoglyph(s: Subject, label: string, flat: string, index: BrandIndex): Evidence[] {
  const text = label.startsWith('xn--') ? hostToUnicode(label).replace(/-/g, '') : flat;
  const out: Evidence[] = [];
  for (const b of index.bySkeleton.get(skeleton(text)) ?? []) {
    if (b.token.length < TENANT_HOMOGLYPH_MIN || b.token === text) continue;
    out.push(evidence('embedding', b, TENANT_HOMOGLYPH_SCORE,
      `the subdomain "${hostToUnicode(label)}" looks like ${brandName(b)} on the unrelated ${s.info.domain ?? 'site'}: the letters differ but read the same`));
  }
  return out;
}

/** Words that name a domain for signing in or for the IT help desk, not for any product. */
const SIGN_IN: ReadonlySet<string> = new Set([...SIGN_IN_WORDS, ...HELP_DESK_WORDS]);

/**
 * The words of a registrable label made of two or more known words, one
 * of them a sign-in or help-desk word ("sso-verify", "securelogin",
 * "servicedesk-support"); null for any other label. Such a domain names no service: shared services
 * that put a company's name in a subdomain name themselves ("zendesk",
 * "service-now", "cloudappsecurity"), so the brand there is no tenant.
 */
function signInWordsOf(label: string | null, vocab: Vocabulary): string[] | null {
  if (!label) return null;
  const words = parseWords(label.replace(/-/g, ''), vocab);
  const all = [...words.strong, ...words.weak];
  return words.unknown === 0 && all.length >= 2 && words.strong.some((w) => SIGN_IN.has(w)) ? all : null;
}

/**
 * Words a download site puts beside an app's name in its page's host
 * ("google-authenticator-app"), and the name every IdP's app shares. Only
 * vocabulary words: another word leaves the label unexplained, and the loop
 * below passes over it before asking.
 */
const APP_WORDS: ReadonlySet<string> = new Set(['app', 'apps', 'authenticator', 'mobile']);

/**
 * An IdP's name beside nothing but its own apps' names ("google-authenticator",
 * "okta-verify", "microsoft-outlook-app"): an app's page on a download or
 * review site (google-authenticator.en.softonic.com), not a sign-in page.
 */
function namesIdpApp(hit: BrandHit): boolean {
  const idp = hit.brand.idp;
  const words = [...hit.words.strong, ...hit.words.weak];
  // Digits alone are a version ("microsoft-365", "office-2019") for a common name, a made-up tenant for a distinctive one ("okta1").
  if (!idp || (words.length === 0 && idp.distinctive)) return false;
  return words.every((w) => APP_WORDS.has(w) || idp.products?.includes(w) || idp.aliases?.includes(w) || idp.brands.includes(w));
}

export function embeddingRule(s: Subject, index: BrandIndex, vocab: Vocabulary): Evidence[] {
  const out: Evidence[] = [];
  const { hostname, subdomainLabels } = s.info;
  const idpDomain = fakeTenantDomainIdp(s, index);
  let signIn: string[] | null | undefined;
  const lastSub = subdomainLabels.length - 1;
  let offset = 0;
  for (const [i, label] of subdomainLabels.entries()) {
    const flat = label.replace(/-/g, '');
    const embedded = embeddedHost(hostname, offset, label, flat, index);
    if (embedded) {
      const { host, brand } = embedded;
      out.push({
        ...evidence('embedding', brand, EMBEDDED_HOST_SCORE, `"${hostname}" starts with the real host ${host} but belongs to ${s.info.domain ?? 'another site'}`),
        // The IdP's sign-in page is where the user meant to go; for the company, the host it copied.
        target: brand.idp ? brand.target : host,
      });
    }
    const stem = embedded ? undefined : stemAt(s, i, offset, label, index);
    if (stem) {
      out.push({
        ...evidence('embedding', stem.brand, SWAPPED_HOST_SCORE,
          `"${hostname}" holds ${stem.stem}, the real host ${stem.host} without its ending, but belongs to ${s.info.domain ?? 'another site'}`),
        target: stem.brand.idp ? stem.brand.target : stem.host,
      });
    }
    if (!embedded && !index.byToken.has(flat)) out.push(...tenantHomoglyph(s, label, flat, index));
    // A whole host name under the brand ends inside the subdomain: "acme.net.evil.ru", "acme.zendesk.com.evil.cc".
    const ending = subdomainLabels.findIndex((l, j) => j > i && ENDINGS.has(l));
    for (const b of index.byToken.get(flat) ?? []) {
      if (embedded) continue;
      if (ending !== -1 && label === b.token && label.length >= MIN_HOST_HEAD) {
        const held = subdomainLabels.slice(i, ending + 1).join('.');
        const what = ending === i + 1 ? `${brandName(b)} on another ending` : `a host named for ${brandName(b)}`;
        out.push(evidence('embedding', b, SWAPPED_HOST_SCORE, `"${hostname}" holds ${held}, ${what}, but belongs to ${s.info.domain ?? 'another site'}`));
      } else if (idpDomain && !b.idp && i === lastSub) {
        out.push(evidence('embedding', b, FAKE_TENANT_SCORE,
          `"${hostname}" puts ${brandName(b)} where ${idpDomain.name} puts a company's tenant, but ${s.info.domain ?? 'its domain'} is not ${idpDomain.name}'s`));
      } else if ((signIn ??= signInWordsOf(s.info.domainLabel, vocab))) {
        out.push(evidence('embedding', b, SIGN_IN_DOMAIN_SCORE,
          `the subdomain "${label}" names ${brandName(b)} on ${s.info.domain ?? 'a site'}, a name made of sign-in and corporate words only ("${signIn.join('", "')}")`));
      } else {
        out.push(evidence('embedding', b, EMBEDDED_BRAND_SCORE, `the subdomain "${label}" names ${brandName(b)} on the unrelated ${s.info.domain ?? 'site'}`));
      }
    }
    if (i === lastSub && !embedded) {
      const fake = fakeIdpTenantLabel(s, index);
      if (fake) {
        const { name } = fake.idp;
        out.push(evidence('embedding', fake.idpBrand, FAKE_IDP_TENANT_SCORE,
          `"${hostname}" is laid out like a tenant ("${label}") of ${name}, but ${s.info.domain ?? 'its domain'} is not ${name}'s`));
      }
    }
    const boundaries = new Set<number>([0, flat.length]);
    for (const hit of findBrands(flat, boundaries, index, vocab)) {
      if (hit.words.unknown > 0 || comboScore(hit) === 0 || namesIdpApp(hit)) continue;
      // Shared services name customers' workspaces this way ("acmedev.service-now.com", "acme-corp.slack.com"): only a sign-in
      // word blocks, or a domain named with sign-in words, which is no service ("acme-corp.sso-login.app").
      const known = [...hit.words.strong, ...hit.words.weak];
      const words = known.length > 0 ? `"${known.join('", "')}"` : 'digits';
      if (hit.words.strong.length > 0) {
        out.push(evidence('embedding', hit.brand, EMBEDDED_COMBO_SCORE, `the subdomain "${label}" combines ${brandName(hit.brand)} with ${words} on the unrelated ${s.info.domain ?? 'site'}`));
      } else if ((signIn ??= signInWordsOf(s.info.domainLabel, vocab))) {
        out.push(evidence('embedding', hit.brand, SIGN_IN_DOMAIN_SCORE,
          `the subdomain "${label}" combines ${brandName(hit.brand)} with ${words} on ${s.info.domain ?? 'a site'}, a name made of sign-in and corporate words only ("${signIn.join('", "')}")`));
      } else {
        out.push(evidence('embedding', hit.brand, EMBEDDED_CORPORATE_SCORE, `the subdomain "${label}" combines ${brandName(hit.brand)} with ${words} on the unrelated ${s.info.domain ?? 'site'}`));
      }
    }
    offset += label.length + 1;
  }
  return out;
}

/** "ad.obe.com", "cis.co.com": the brand written across the dots of the host name. */
export function splitBrandRule(s: Subject, index: BrandIndex, vocab: Vocabulary): Evidence[] {
  // Every run of two or more labels before the last one ("co.com" may be a suffix).
  // Two labels or more before the last: only hosts with three labels or more.
  if (s.info.hostname.indexOf('.') === s.info.hostname.lastIndexOf('.')) return [];
  const labels = s.info.hostname.split('.').slice(0, -1).map((l) => l.replace(/-/g, ''));
  const out: Evidence[] = [];
  for (let from = 0; from < labels.length; from++) {
    let joined = labels[from] ?? '';
    for (let to = from + 1; to < labels.length; to++) {
      joined += labels[to] ?? '';
      for (const b of index.byToken.get(joined) ?? []) {
        const before = parseWords(labels.slice(0, from).join(''), vocab);
        out.push(evidence('embedding', b, SPLIT_BRAND_SCORE + (before.strong.length ? 0.05 : 0),
          `"${s.info.hostname}" spells ${brandName(b)} across its dots but belongs to ${s.info.domain ?? 'another site'}`));
      }
    }
  }
  return out;
}
