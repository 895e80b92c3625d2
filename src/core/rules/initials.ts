/**
 * Initials: a long compound company name written by its initials among
 * known words, "tp-usa", "mytpusa", "tpusa-citrix" for Teleperformance
 * (tele + performance), "cb-okta" for Coinbase, "vz-hr" where the policy's
 * `brands` lists "vz" (two-letter brands are used only this way). Two letters are weak evidence, so this only
 * warns; tied to the company, the warning becomes a block on a page that
 * asks for a password.
 */
import type { Brand } from '../brands.ts';
import { pairAt } from '../pair-table.ts';
import type { CompoundSplit } from '../initials.ts';
import { wordsAround, type Vocabulary } from '../segment.ts';
import type { Subject } from '../subject.ts';
import { brandName, evidence, type Evidence } from './evidence.ts';

export const INITIALS_SIGN_IN_SCORE = 0.7;
export const INITIALS_CORPORATE_SCORE = 0.6;

export interface CompanyInitials {
  /** The company brand the letters stand for: its target is the verdict's. */
  brand: Brand;
  /** How the name splits into the words the letters start, or null for two letters the policy's `brands` lists. */
  split: CompoundSplit | null;
}

/** What the letters are, for a reason or a listing: 'the initials of "x" read as a + b', 'a short name of "x" that the policy lists'. */
export function describeInitials({ brand, split }: CompanyInitials): string {
  return split ? `the initials of ${brandName(brand)} read as ${split.head} + ${split.tail}` : `a short name of ${brandName(brand)} that the policy lists`;
}

/** Known words and digits on both sides of the initials at `at`, at least one word: the words, else undefined. */
function knownWordsAround(flat: string, at: number, length: number, vocab: Vocabulary): { strong: string[]; weak: string[] } | undefined {
  const around = wordsAround(flat, at, at + length, vocab);
  if (!around) return undefined;
  const strong = [...around.before.strong, ...around.after.strong];
  const weak = [...around.before.weak, ...around.after.weak];
  return strong.length + weak.length > 0 ? { strong, weak } : undefined;
}

export interface InitialsHit {
  letters: string;
  initials: CompanyInitials;
  strong: string[];
  weak: string[];
}

/**
 * Every set of the company's initials that `flat` (a hyphen-less label)
 * holds with known words all around it, the first place each does. Read
 * position by position (initials are two letters), so the cost follows the
 * label, not the policy. The screen asks this too.
 */
export function initialsIn(flat: string, vocab: Vocabulary, initials: ReadonlyMap<string, CompanyInitials>, pairs?: Uint8Array): InitialsHit[] {
  const out: InitialsHit[] = [];
  for (let at = 0; at + 2 <= flat.length; at++) {
    // The engine's pair table (engine.ts) answers most positions without a string.
    if (pairs && !pairAt(pairs, flat, at)) continue;
    const letters = flat.slice(at, at + 2);
    const entry = initials.get(letters);
    if (!entry || out.some((h) => h.letters === letters)) continue;
    const words = knownWordsAround(flat, at, 2, vocab);
    if (words) out.push({ letters, initials: entry, ...words });
  }
  return out;
}

export function initialsRule(s: Subject, vocab: Vocabulary, initials: ReadonlyMap<string, CompanyInitials>, pairs?: Uint8Array): Evidence[] {
  if (s.isIdn || initials.size === 0) return [];
  return initialsIn(s.flat, vocab, initials, pairs).map(({ letters, initials: entry, strong, weak }) =>
    evidence('combosquat', entry.brand, strong.length > 0 ? INITIALS_SIGN_IN_SCORE : INITIALS_CORPORATE_SCORE,
      `"${s.label}" has "${letters}", ${describeInitials(entry)}, beside "${[...strong, ...weak].join('", "')}"`));
}
