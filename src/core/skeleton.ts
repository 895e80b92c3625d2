/**
 * Confusable skeleton of a host label, in the spirit of UTS #39: two labels
 * with the same skeleton look alike. On top of the Unicode data it folds
 * diacritics (á -> a) and the ASCII look-alikes that fonts in address bars
 * make real: rn/m, vv/w, cl/d, l/i/1/I, 0/o, 5/s.
 */
import { CONFUSABLES_PACKED } from './confusables-data.ts';
import { foldToString, letterCodes, looseCodes, nearCodes, skeletonCodes } from './fold-codes.ts';

const CONFUSABLES: ReadonlyMap<number, string> = new Map(
  CONFUSABLES_PACKED.split(' ').map((pair) => {
    const [cp = '', proto = ''] = pair.split(':');
    return [parseInt(cp, 36), proto] as const;
  }),
);

const COMBINING_MARK = /\p{M}/u;
const ASCII_ONLY = /^[\x20-\x7e]*$/;

// skeleton, looseSkeleton and typoForm each fold the same IDN label in turn: remember the last one.
let lastUnicodeIn = '';
let lastUnicodeOut = '';

/** Maps each non-ASCII code point through the confusables data, dropping marks. */
function foldUnicode(label: string): string {
  if (label === lastUnicodeIn) return lastUnicodeOut;
  lastUnicodeIn = label;
  lastUnicodeOut = foldEachCodePoint(label);
  return lastUnicodeOut;
}

function foldEachCodePoint(label: string): string {
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
const NEEDS_LETTER_FOLD = /[015iI|A-Z]/;

/** Lower-cased, with non-ASCII code points mapped through the confusables data. */
function asciiish(label: string): string {
  return ASCII_ONLY.test(label) ? label : foldUnicode(label).toLowerCase();
}

export function skeleton(label: string): string {
  if (ASCII_ONLY.test(label) && !NEEDS_FOLD.test(label)) return label;
  return foldToString(asciiish(label), skeletonCodes);
}

/**
 * Character-for-character folding only (no rn -> m): keeps lengths, so
 * edit distances measured on it still count real typing errors.
 */
export function letterFold(label: string): string {
  if (ASCII_ONLY.test(label) && !NEEDS_LETTER_FOLD.test(label)) return label;
  return foldToString(asciiish(label), letterCodes);
}

/** True when the label uses any character outside ASCII letters, digits and hyphen. */
export function hasNonAscii(label: string): boolean {
  return !/^[a-z0-9-]*$/.test(label);
}

/**
 * Looser ASCII look-alikes for a second, weaker homoglyph tier: letters
 * that mirror or nearly match in small address-bar fonts (b/d, q/g, e/c,
 * n/m) and a stray l beside a tall letter (lh, lb, lk, dl). Too loose for
 * short names ("bell" and "dell"), so only long brands use it. Letters
 * first, then pairs, so every spelling agrees: "eiseo", "cisco" and
 * "clsco" all read "dsco".
 */
export function looseSkeleton(label: string): string {
  return foldToString(asciiish(label), looseCodes);
}

/**
 * The near skeleton: the loose tier's folds with pairs read first, on the
 * letters as typed, for matching a brand one edit away (homoglyph.ts).
 */
export function nearSkeleton(label: string): string {
  return foldToString(asciiish(label), nearCodes);
}
