/** Normalised forms of a host label that the rules compare. */

/** Digits that stand for letters in typosquats. */
const DIGIT_LETTER: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b' };

/** Hyphens removed, digits that stand for letters replaced: "tw1l-io" -> "twilio". */
export function typoForm(label: string): string {
  let out = '';
  for (const ch of label) {
    if (ch === '-') continue;
    out += DIGIT_LETTER[ch] ?? ch;
  }
  return out;
}

/** All strings made by deleting one character (the SymSpell neighbourhood). */
export function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}
