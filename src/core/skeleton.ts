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
const MULTI_FOLD: readonly (readonly [RegExp, string])[] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
];

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

export function skeleton(label: string): string {
  let s = ASCII_ONLY.test(label) ? label : foldUnicode(label);
  s = s.toLowerCase();
  // Pairs first, on the letters as written: "ci" must not become "cl" -> "d".
  for (const [re, to] of MULTI_FOLD) s = s.replace(re, to);
  let folded = '';
  for (const ch of s) folded += ASCII_FOLD[ch] ?? ch;
  return folded;
}

/** True when the label uses any character outside ASCII letters, digits and hyphen. */
export function hasNonAscii(label: string): boolean {
  return !/^[a-z0-9-]*$/.test(label);
}
