/**
 * Combosquat: a brand joined with identity words, separators and digits:
 * "acme-okta", "oktaacme", "acmesso", "my-acme-hr", "acme-sso-login". A
 * brand beside an unknown word ("acme-blue") is weaker evidence, and short
 * brands then count only as a whole hyphen-separated word ("att-opus"),
 * never buried inside another word ("attack").
 */
import { PREFIX, prefixKey, type BrandIndex } from '../brand-index.ts';
import type { Brand } from '../brands.ts';
import { parseWords, type Vocabulary, type WordParse } from '../segment.ts';
import type { Subject } from '../subject.ts';
import { brandName, evidence, type Evidence } from './evidence.ts';

/** "acme-okta", "okta-xyz": a distinctive IdP name hyphenated with any word. */
export const DISTINCTIVE_IDP_ALIGNED = 0.8;
export const DISTINCTIVE_IDP_JOINED = 0.6;
/** A common IdP name (Google, Microsoft) first, run into unknown letters only: a warning at high sensitivity alone. */
export const COMMON_IDP_WITH_UNKNOWN = 0.45;

export interface BrandHit {
  brand: Brand;
  start: number;
  aligned: boolean;
  /** The brand starts or ends the label ("oktaacme", "acmeokta"), rather than sitting inside a word ("booktangier"). */
  atEdge: boolean;
  words: WordParse;
}

function merge(a: WordParse, b: WordParse): WordParse {
  return {
    unknown: a.unknown + b.unknown,
    strong: [...a.strong, ...b.strong],
    weak: [...a.weak, ...b.weak],
    unknownText: [a.unknownText, b.unknownText].filter(Boolean).join('-'),
  };
}

/**
 * The words of flat[from, to), read hyphen token by hyphen token: a token
 * that known words do not fully explain is one unknown word, whatever
 * words it holds ("status" is not "stat" + "us").
 */
function wordsBetween(flat: string, from: number, to: number, boundaries: ReadonlySet<number>, vocab: Vocabulary, exclude: string): WordParse {
  // No hyphen (only the label's two ends are boundaries): one piece, as most labels.
  if (boundaries.size <= 2) return wholePiece(flat.slice(from, to), vocab, exclude);
  let out: WordParse = { unknown: 0, strong: [], weak: [], unknownText: '' };
  let start = from;
  for (let i = from + 1; i <= to; i++) {
    if (i < to && !boundaries.has(i)) continue;
    out = merge(out, wholePiece(flat.slice(start, i), vocab, exclude));
    start = i;
  }
  return out;
}

/** The words of one hyphen token, or the token as one unknown word when words do not explain all of it. */
function wholePiece(piece: string, vocab: Vocabulary, exclude: string): WordParse {
  const words = parseWords(piece, vocab, exclude);
  return words.unknown === 0 ? words : { unknown: piece.length, strong: [], weak: [], unknownText: piece };
}

/** Every place a brand occurs inside `flat`, with the words around it parsed. */
export function findBrands(flat: string, boundaries: ReadonlySet<number>, index: BrandIndex, vocab: Vocabulary): BrandHit[] {
  const hits: BrandHit[] = [];
  for (let i = 0; i + PREFIX <= flat.length; i++) {
    const list = index.byPrefix.get(prefixKey(flat, i));
    if (!list) continue;
    for (const brand of list) {
      const end = i + brand.token.length;
      if (!flat.startsWith(brand.token, i) || (i === 0 && end === flat.length)) continue;
      // "pingidentity" holds "pingid", "oktapreview" holds "okta": the IdP's other name whole, not a combination.
      if (brand.idp?.brands.includes(flat)) continue;
      const words = merge(wordsBetween(flat, 0, i, boundaries, vocab, brand.token), wordsBetween(flat, end, flat.length, boundaries, vocab, brand.token));
      hits.push({ brand, start: i, aligned: boundaries.has(i) && boundaries.has(end), atEdge: i === 0 || end === flat.length, words });
    }
  }
  return hits;
}

/** Score of a brand hit; 0 when it is no evidence at all. */
export function comboScore(hit: BrandHit): number {
  const len = hit.brand.token.length;
  const { unknown, strong } = hit.words;
  if (unknown === 0) {
    if (strong.length > 0) return 0.92;
    return len >= 4 || hit.aligned ? 0.8 : 0.55;
  }
  let score: number;
  if (hit.aligned) score = len >= 6 ? 0.6 : len === 5 ? 0.55 : 0.5;
  else score = len >= 6 ? 0.55 : len === 5 ? 0.45 : 0;
  if (score > 0 && strong.length > 0) score += 0.1;
  const idp = hit.brand.idp;
  if (!idp) return score;
  // Inside a word with unknown letters on both sides ("booktangier", Turkish "noktasi") the name is chance.
  if (idp.distinctive) return hit.aligned ? DISTINCTIVE_IDP_ALIGNED : hit.atEdge ? DISTINCTIVE_IDP_JOINED : score;
  // Google and Microsoft name their own sites this way ("googleplay", "microsoftstream", "microsoftedgeinsider"):
  // their name first, run into one unknown word, with no sign-in or identity word, says nothing. Hyphenated
  // ("google-docs-share", "googledocs-share") or after other letters ("docsgoogle") it still warns; their own
  // hyphenated domains are listed in idps.ts.
  if (strong.length === 0 && !hit.aligned && hit.start === 0 && !hit.words.unknownText.includes('-')) return COMMON_IDP_WITH_UNKNOWN;
  return Math.min(score, 0.6);
}

export function describeHit(label: string, hit: BrandHit): string {
  const { strong, weak, unknownText } = hit.words;
  const known = [...strong, ...weak];
  const parts: string[] = [];
  if (known.length) parts.push(`the word${known.length > 1 ? 's' : ''} "${known.join('", "')}"`);
  if (unknownText) parts.push(`the unknown "${unknownText}"`);
  return `"${label}" is ${brandName(hit.brand)} combined with ${parts.join(' and ') || 'digits'}`;
}

export function combosquatRule(s: Subject, index: BrandIndex, vocab: Vocabulary): Evidence[] {
  const out: Evidence[] = [];
  for (const hit of findBrands(s.flat, s.boundaries, index, vocab)) {
    const score = comboScore(hit);
    if (score > 0) out.push(evidence('combosquat', hit.brand, score, describeHit(s.label, hit)));
  }
  return out;
}
