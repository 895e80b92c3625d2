/** Normalised forms of a host label that the rules compare. */
import { foldToString, typoCodes } from './fold-codes.ts';
import { letterFold } from './skeleton.ts';

const ASCII_LABEL = /^[\x20-\x7e]*$/;
/** What typoCodes changes in ASCII: hyphens, digits, i, |, capitals. A label with none is its own typo form. */
const TYPO_CHANGES = /[-0-9i|A-Z]/;

/**
 * The form typo distances are measured on: hyphens removed, digits that
 * stand for letters replaced, look-alike letters folded ("tw1l-io" and
 * "twiiio" -> "twlllo", like "twilio"; letter for letter, no rn -> m), so a look-alike swap costs nothing
 * and a real typo on top of one is still a single edit. An IDN label's
 * other characters are then folded through the confusables data.
 */
export function typoForm(label: string): string {
  if (!ASCII_LABEL.test(label)) return letterFold(foldToString(label, typoCodes));
  return TYPO_CHANGES.test(label) ? foldToString(label, typoCodes) : label;
}

/** All strings made by deleting one character (the SymSpell neighbourhood). */
export function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}
