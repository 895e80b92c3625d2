/** What a rule returns: one finding with its weight and a sentence a person can read. */
import type { Brand } from '../brands.ts';

export interface Evidence {
  rule: string;
  /** 0..1; the verdict's score is the strongest evidence. */
  score: number;
  detail: string;
  /** The real host imitated, when the rule knows it. */
  target?: string;
}

/** How a brand is named in reasons: "twilio (twilio.com)", "Okta (login.okta.com)". */
export function brandName(b: Brand): string {
  return b.idp ? `${b.idp.name} (${b.target})` : `"${b.display}" (${b.target})`;
}

/** Rule id for a brand-based finding: IdP brands report as idp-impersonation. */
export function ruleFor(base: string, b: Brand): string {
  return b.idp ? 'idp-impersonation' : base;
}

export function evidence(base: string, b: Brand, score: number, detail: string): Evidence {
  return { rule: ruleFor(base, b), score, detail, target: b.target };
}
