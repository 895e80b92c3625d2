/**
 * Homoglyph: the label (or its core without identity words) has the same
 * confusable skeleton as a brand but is not the brand: "tmobiie", "аcme",
 * "rnicrosoft", "cgslnc-okta". An IDN label one edit from a brand's
 * skeleton also counts: mixing scripts to get close to a brand is itself
 * the tell.
 */
import { typoCandidates, type BrandIndex } from '../brand-index.ts';
import { boundedDamerau } from '../distance.ts';
import type { Subject } from '../subject.ts';
import { brandName, evidence, type Evidence } from './evidence.ts';

export const HOMOGLYPH_SCORE = 0.95;
export const IDN_NEAR_SCORE = 0.85;
const KEYWORD_BONUS = 0.02;

/** The loose tier (b/d, n/m, ...) is weaker: warn for mid-length brands, block for long ones or beside identity words. */
export function looseScore(brandLength: number, withWords: boolean): number {
  if (withWords) return 0.85;
  return brandLength >= 7 ? 0.78 : 0.62;
}

export function homoglyphRule(s: Subject, index: BrandIndex): Evidence[] {
  const out: Evidence[] = [];
  // Identity words count only where no unknown word was dropped with them.
  const candidates: { text: string; skeleton: string; loose: string; removed: readonly string[] }[] = [
    { text: s.label.replace(/-/g, ''), skeleton: s.skeleton, loose: s.loose, removed: [] },
    ...s.cores.map((c) => (c.dropped.length > 0 ? { ...c, removed: [] } : c)),
  ];
  for (const c of candidates) {
    for (const b of index.byLooseSkeleton.get(c.loose) ?? []) {
      if (c.text === b.token || c.skeleton === b.skeleton) continue;
      const extra = c.removed.length ? ` with "${c.removed.join('", "')}" added` : '';
      out.push(evidence('homoglyph', b, looseScore(b.token.length, c.removed.length > 0),
        `"${c.text}" can pass for ${brandName(b)} in a small font (letters such as b/d, rn/m, e/c)${extra}`));
    }
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
    for (const b of typoCandidates(index, s.typo)) {
      if (b.typo.length < 4) continue;
      if (boundedDamerau(s.typo, b.typo, 1) <= 1) {
        out.push(evidence('homoglyph', b, IDN_NEAR_SCORE,
          `"${s.label}" mixes look-alike characters to come within one letter of ${brandName(b)}`));
      }
    }
  }
  return out;
}
