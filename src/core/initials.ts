/**
 * Initials of a compound brand: "coinbase" (coin + base) -> "cb",
 * "teleperformance" (tele + performance) -> "tp", "datadog" -> "dd".
 * Phishing kits write a long company name by its initials ("cb-okta",
 * "tp-update", "mytpusa"); a policy that lists only the main domain cannot
 * know them otherwise. A split counts when both parts are common English
 * words of three letters or more, or when the second is one of five
 * letters or more after a head of three or more ("tele" + "performance"),
 * and then only the reading with the longest such word ("mgm" + "resorts",
 * not "mgmre" + "sorts"). Two parts only: three-word names have too many
 * readings.
 */
import { englishWords } from './english-words.ts';

/** Brands shorter than this are short enough to be written out. */
export const INITIALS_MIN_BRAND = 6;
const MIN_PART = 3;
const MIN_PART_OF_WORD = 4;
const MIN_LONE_TAIL = 5;

export interface CompoundSplit {
  initials: string;
  head: string;
  tail: string;
}

/** Every two-part reading of `token` (letters only) as a compound, with its initials. */
export function compoundSplits(token: string): CompoundSplit[] {
  if (token.length < INITIALS_MIN_BRAND || !/^[a-z]+$/.test(token)) return [];
  const dict = englishWords();
  // A name that is a word itself is that word, not a compound of short ones: "notion" is not "not" + "ion",
  // "target" not "tar" + "get"; "snowflake" (snow + flake) still splits.
  const minPart = dict.has(token) ? MIN_PART_OF_WORD : MIN_PART;
  const words: CompoundSplit[] = [];
  let loneTail: CompoundSplit | undefined;
  for (let i = minPart; i <= token.length - minPart; i++) {
    const head = token.slice(0, i);
    const tail = token.slice(i);
    if (!dict.has(tail)) continue;
    const split = { initials: `${head[0] ?? ''}${tail[0] ?? ''}`, head, tail };
    if (dict.has(head)) words.push(split);
    // The first hit has the longest tail.
    else if (tail.length >= MIN_LONE_TAIL) loneTail ??= split;
  }
  if (words.length > 0) return words;
  return loneTail ? [loneTail] : [];
}
