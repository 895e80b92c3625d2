/**
 * Homoglyph: the label (or its core without identity words) has the same
 * confusable skeleton as a brand but is not the brand: "tmobiie", "аcme",
 * "rnicrosoft", "cgslnc-okta". An IDN label one edit from a brand's
 * skeleton also counts: mixing scripts to get close to a brand is itself
 * the tell.
 */
import type { BrandIndex } from '../brand-index.ts';
import { boundedDamerau } from '../distance.ts';
import type { Subject } from '../subject.ts';
import { brandName, evidence, type Evidence } from './evidence.ts';

export const HOMOGLYPH_SCORE = 0.95;
export const IDN_NEAR_SCORE = 0.85;
const KEYWORD_BONUS = 0.02;

export function homoglyphRule(s: Subject, index: BrandIndex): Evidence[] {
  const out: Evidence[] = [];
  const candidates: { text: string; skeleton: string; removed: readonly string[] }[] = [
    { text: s.label.replace(/-/g, ''), skeleton: s.skeleton, removed: [] },
    ...s.cores,
  ];
  for (const c of candidates) {
    for (const b of index.bySkeleton.get(c.skeleton) ?? []) {
      if (c.text === b.token) continue;
      const extra = c.removed.length ? ` with "${c.removed.join('", "')}" added` : '';
      out.push(
        evidence('homoglyph', b, Math.min(0.99, HOMOGLYPH_SCORE + (c.removed.length ? KEYWORD_BONUS : 0)),
          `"${c.text}" looks like ${brandName(b)}: the letters differ but read the same${extra}`),
      );
    }
  }
  if (s.isIdn && out.length === 0) {
    for (const b of index.brands) {
      if (b.skeleton.length < 4 || Math.abs(b.skeleton.length - s.skeleton.length) > 1) continue;
      if (boundedDamerau(s.skeleton, b.skeleton, 1) === 1) {
        out.push(evidence('homoglyph', b, IDN_NEAR_SCORE,
          `"${s.label}" mixes look-alike characters to come within one letter of ${brandName(b)}`));
      }
    }
  }
  return out;
}
