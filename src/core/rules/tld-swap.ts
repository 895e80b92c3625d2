/**
 * TLD swap: the company's own name on another suffix ("acme.net" when the
 * company is acme.com), or, for a hyphenated name, without its hyphens on
 * any suffix ("tmobile.com", "tmobile.net" for t-mobile.com). Only for
 * company domains: an IdP's name on another suffix is not enough on its
 * own (google.de is Google's).
 */
import type { Subject } from '../subject.ts';
import type { Evidence } from './evidence.ts';

export const TLD_SWAP_SCORE = 0.65;
const WITH_SIGN_IN_SUBDOMAIN = 0.72;

/** How the host spells the real domain's name otherwise: its ending, its hyphens, or both. */
function spelling(s: Subject, real: string): string {
  const ending = `on another ending (.${s.info.suffix ?? ''})`;
  if (real.startsWith(`${s.info.domainLabel ?? ''}.`)) return ending;
  return real.endsWith(`.${s.info.suffix ?? ''}`) ? 'without its hyphens' : `without its hyphens, ${ending}`;
}

export function tldSwapRule(
  s: Subject,
  protectedByLabel: ReadonlyMap<string, readonly string[]>,
  words: ReadonlySet<string>,
): Evidence[] {
  const domains = protectedByLabel.get(s.info.domainLabel ?? '');
  if (!domains || !s.info.domain || domains.includes(s.info.domain)) return [];
  const real = domains[0] as string;
  const signIn = s.info.subdomainLabels.find((l) => words.has(l));
  return [
    {
      rule: 'tld-swap',
      score: signIn ? WITH_SIGN_IN_SUBDOMAIN : TLD_SWAP_SCORE,
      target: real,
      detail: `"${s.info.domain}" is the name of ${real} ${spelling(s, real)}${signIn ? `, under "${signIn}"` : ''}`,
    },
  ];
}
