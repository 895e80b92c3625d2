/**
 * Confusable skeleton of a host label, in the spirit of UTS #39: two labels
 * with the same skeleton look alike. On top of the Unicode data it folds
 * diacritics (á -> a) and the ASCII look-alikes that fonts in address bars
 * make real: rn/m, vv/w, cl/d, l/i/1/I, 0/o, 5/s.
 */
import { CONFUSABLES_PACKED } from './confusables-data.ts';

const CONFUSABLES: ReadonlyMap<number, string> = new Map(
  CONFUSABLES_PACKED.split(' ').map((pair) => {
    const [cp = '', proto = ''] = pair.split(':');
    return [parseInt(cp, 36), proto] as const;
  }),
);

/** ASCII single characters folded to one representative. */
const ASCII_FOLD: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', i: 'l', '5': 's', '|': 'l' };
/** Two-letter look-alikes, keyed by the pair: rn/m, vv/w, cl/d. */
const PAIR_FOLD: ReadonlyMap<string, string> = new Map([
  ['rn', 'm'],
  ['vv', 'w'],
  ['cl', 'd'],
]);

const PAIR_STARTS: ReadonlySet<number> = new Set([...PAIR_FOLD.keys()].map((k) => k.charCodeAt(0)));

/** One left-to-right pass replacing the pairs of PAIR_FOLD. */
function foldPairs(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    // Only slice where a pair can start: this runs on every label scored.
    const pair = PAIR_STARTS.has(s.charCodeAt(i)) ? PAIR_FOLD.get(s.slice(i, i + 2)) : undefined;
    if (pair !== undefined) {
      out += pair;
      i++;
    } else out += s.charAt(i);
  }
  return out;
}

const COMBINING_MARK = /\p{M}/u;
const ASCII_ONLY = /^[\x20-\x7e]*$/;

/** Maps each non-ASCII code point through the confusables data, dropping marks. */
function foldUnicode(label: string): string {
  let out = '';
  for (const ch of label.normalize('NFD')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out += ch;
    else if (COMBINING_MARK.test(ch)) continue;
    else out += CONFUSABLES.get(cp) ?? ch;
  }
  return out;
}

/** ASCII labels with none of these are their own skeleton: no string is built. */
const NEEDS_FOLD = /[015iI|A-Z]|rn|vv|cl/;

export function skeleton(label: string): string {
  const ascii = ASCII_ONLY.test(label);
  if (ascii && !NEEDS_FOLD.test(label)) return label;
  const s = ascii ? label : foldUnicode(label);
  // Letters first, then pairs, so that every spelling of a pair agrees:
  // "c1orox", "ciorox" and "clorox" all read "dorox".
  return foldPairs(foldAscii(s.toLowerCase()));
}

const ASCII_FOLDABLE = /[015i|]/g;

function foldAscii(s: string): string {
  // One native replace: this runs on nearly every label ("i" is common).
  return s.replace(ASCII_FOLDABLE, (ch) => ASCII_FOLD[ch] ?? ch);
}

/**
 * Character-for-character folding only (no rn -> m): keeps lengths, so
 * edit distances measured on it still count real typing errors.
 */
export function letterFold(label: string): string {
  const ascii = ASCII_ONLY.test(label);
  if (ascii && !/[015iI|A-Z]/.test(label)) return label;
  return foldAscii((ascii ? label : foldUnicode(label)).toLowerCase());
}

/** True when the label uses any character outside ASCII letters, digits and hyphen. */
export function hasNonAscii(label: string): boolean {
  return !/^[a-z0-9-]*$/.test(label);
}

/**
 * Looser ASCII look-alikes for a second, weaker homoglyph tier: letters
 * that mirror or nearly match in small address-bar fonts (b/d, q/g, e/c,
 * n/m) and a stray l beside a tall letter (lh, lb, lk, dl). Too loose for
 * short names ("bell" and "dell"), so only long brands use it.
 */
/** Letters folded for the loose tier, indexed by char code: b/d, q/g, e/c, n/m. */
const LOOSE_SINGLE = new Map<number, number>([
  [0x62, 0x64],
  [0x71, 0x67],
  [0x65, 0x63],
  [0x6e, 0x6d],
]);
/** Pairs as they read after the single folds (rn -> rm, nn -> mm, lb -> ld), keyed first<<8|second. */
const LOOSE_PAIRS = new Map<number, number>(
  (
    [
      ['rm', 'm'],
      ['mm', 'm'],
      ['rr', 'm'],
      ['vv', 'w'],
      ['cl', 'd'],
      ['ld', 'd'],
      ['dl', 'd'],
      ['lh', 'h'],
      ['lk', 'k'],
    ] as const
  ).map(([pair, to]) => [(pair.charCodeAt(0) << 8) | pair.charCodeAt(1), to.charCodeAt(0)]),
);

/**
 * Letters first (the strict folds, then b/d, q/g, e/c, n/m), then pairs on
 * the result, so every spelling agrees: "eiseo", "cisco" and "clsco" all
 * read "dsco". One pass over char codes: it runs for every label scored.
 */
export function looseSkeleton(label: string): string {
  const letters = letterFold(label);
  const out: number[] = [];
  let pairEnded = false;
  for (let i = 0; i < letters.length; i++) {
    let c = letters.charCodeAt(i);
    c = LOOSE_SINGLE.get(c) ?? c;
    const prev = out[out.length - 1];
    const pair = prev === undefined ? undefined : LOOSE_PAIRS.get((prev << 8) | c);
    // A pair folds once: "mmm" is "m" + "m", not one letter.
    if (pair !== undefined && !pairEnded) {
      out[out.length - 1] = pair;
      pairEnded = true;
    } else {
      out.push(c);
      pairEnded = false;
    }
  }
  return String.fromCharCode(...out);
}
