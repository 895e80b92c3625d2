/** Normalised forms of a host label that the rules compare. */
import { bufferFor, codesToString, typoCodes } from './fold-codes.ts';
import { letterFold } from './skeleton.ts';

/** Digits that stand for letters in typosquats. */
const DIGIT_LETTER: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b' };

const ASCII_LABEL = /^[\x20-\x7e]*$/;
/** What typoCodes changes in ASCII: hyphens, digits, i, |, capitals. A label with none is its own typo form. */
const TYPO_CHANGES = /[-0-9i|A-Z]/;
const scratch = new Uint16Array(128);

/**
 * The form typo distances are measured on: hyphens removed, digits that
 * stand for letters replaced, look-alike letters folded ("tw1l-io" and
 * "twiiio" -> "twlllo", like "twilio"; letter for letter, no rn -> m), so a look-alike swap costs nothing
 * and a real typo on top of one is still a single edit.
 */
export function typoForm(label: string): string {
  if (ASCII_LABEL.test(label)) {
    if (!TYPO_CHANGES.test(label)) return label;
    const out = bufferFor(label, scratch);
    return codesToString(out, typoCodes(label, out));
  }
  let out = '';
  for (const ch of label) {
    if (ch === '-') continue;
    out += DIGIT_LETTER[ch] ?? ch;
  }
  return letterFold(out);
}

/** All strings made by deleting one character (the SymSpell neighbourhood). */
export function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}
