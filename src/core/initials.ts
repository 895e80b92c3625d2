/**
 * Initials of a compound brand: "coinbase" (coin + base) -> "cb",
 * "teleperformance" (tele + performance) -> "tp", "datadog" -> "dd".
 * Phishing kits write a long company name by its initials ("cb-okta",
 * "tp-update", "mytpusa"); a policy that lists only the main domain cannot
 * know them otherwise. A split counts when both parts are common English
 * words of three letters or more, or when the second is one of five
 * letters or more after a head of three or more ("tele" + "performance").
 * Either way only the reading with the longest second word counts: "mgm"
 * + "resorts", not "mgmre" + "sorts"; "square" + "space", not "squares" +
 * "pace" (a plural's "s" moved to the tail makes a second reading of many
 * such names, and its initials would be chance). Two parts only:
 * three-word names have too many readings.
 */
import { englishWords } from './english-words.ts';

/** Brands shorter than this are short enough to be written out. */
export const INITIALS_MIN_BRAND = 6;
const MIN_PART = 3;
const MIN_PART_OF_WORD = 4;
const MIN_LONE_TAIL = 5;
/**
 * Two-letter English words, which the dictionary (three letters and up)
 * leaves out: initials that spell one stand inside every other label
 * ("as" of all + state in "asus", "mailas").
 */
const TWO_LETTER_WORDS: ReadonlySet<string> = new Set([
  'am', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'oh', 'ok',
  'on', 'or', 'so', 'to', 'up', 'us', 'we',
]);

export interface CompoundSplit {
  initials: string;
  head: string;
  tail: string;
}

/** The two-part reading of `token` (letters only) as a compound, with its initials, or null. */
export function compoundSplit(token: string): CompoundSplit | null {
  if (token.length < INITIALS_MIN_BRAND || !/^[a-z]+$/.test(token)) return null;
  const dict = englishWords();
  // A name that is a word itself is that word, not a compound of short ones: "notion" is not "not" + "ion",
  // "target" not "tar" + "get"; "snowflake" (snow + flake) still splits.
  const minPart = dict.has(token) ? MIN_PART_OF_WORD : MIN_PART;
  let words: CompoundSplit | undefined;
  let loneTail: CompoundSplit | undefined;
  // The first hit has the longest tail.
  for (let i = minPart; i <= token.length - minPart && !words; i++) {
    const head = token.slice(0, i);
    const tail = token.slice(i);
    if (!dict.has(tail)) continue;
    const split = { initials: `${head[0] ?? ''}${tail[0] ?? ''}`, head, tail };
    if (dict.has(head)) words = split;
    else if (tail.length >= MIN_LONE_TAIL) loneTail ??= split;
  }
  const split = words ?? loneTail;
  return split && !TWO_LETTER_WORDS.has(split.initials) ? split : null;
}
