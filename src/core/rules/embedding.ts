/**
 * Embedding: a protected host or brand in the subdomain part of an
 * untrusted host: "acme.okta.com.verify.net", "login.acme.com-secure.io",
 * "acme-okta.secure-auth.app". Also a brand split by dots
 * ("ad.obe.com" for adobe.com).
 */
import type { BrandIndex } from '../brand-index.ts';
import type { Brand } from '../brands.ts';
import { parseWords, type Vocabulary } from '../segment.ts';
import type { Subject } from '../subject.ts';
import { comboScore, findBrands } from './combosquat.ts';
import { brandName, evidence, type Evidence } from './evidence.ts';

export const EMBEDDED_HOST_SCORE = 0.9;
export const EMBEDDED_COMBO_SCORE = 0.85;
export const EMBEDDED_BRAND_SCORE = 0.45;
export const SPLIT_BRAND_SCORE = 0.85;

/** The real host of `b` that the host name continues with from `offset`, if any. */
function embeddedHost(hostname: string, offset: number, b: Brand): string | undefined {
  const rest = hostname.slice(offset);
  let best: string | undefined;
  for (const h of b.hosts) {
    if ((rest.startsWith(`${h}.`) || rest.startsWith(`${h}-`)) && h.length > (best?.length ?? 0)) best = h;
  }
  return best;
}

export function embeddingRule(s: Subject, index: BrandIndex, vocab: Vocabulary): Evidence[] {
  const out: Evidence[] = [];
  const { hostname, subdomainLabels } = s.info;
  let offset = 0;
  for (const label of subdomainLabels) {
    const flat = label.replace(/-/g, '');
    for (const b of index.byToken.get(flat) ?? []) {
      const host = embeddedHost(hostname, offset, b);
      if (host) {
        out.push({
          ...evidence('embedding', b, EMBEDDED_HOST_SCORE, `"${hostname}" starts with the real host ${host} but belongs to ${s.info.domain ?? 'another site'}`),
          // The IdP's sign-in page is where the user meant to go; for the company, the host it copied.
          target: b.idp ? b.target : host,
        });
      } else {
        out.push(evidence('embedding', b, EMBEDDED_BRAND_SCORE, `the subdomain "${label}" names ${brandName(b)} on the unrelated ${s.info.domain ?? 'site'}`));
      }
    }
    const boundaries = new Set<number>([0, flat.length]);
    for (const hit of findBrands(flat, boundaries, index, vocab)) {
      if (hit.words.unknown > 0 || comboScore(hit) === 0) continue;
      out.push(evidence('embedding', hit.brand, EMBEDDED_COMBO_SCORE,
        `the subdomain "${label}" combines ${brandName(hit.brand)} with "${[...hit.words.strong, ...hit.words.weak].join('", "')}" on the unrelated ${s.info.domain ?? 'site'}`));
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
