/**
 * Text for a terminal. Scanned input is untrusted: an escape sequence or a
 * bidi override in a host list must not repaint the terminal or reorder what
 * the person reads, so control, C1 and bidi-control characters are shown as
 * \u{...} escapes instead.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;

export function forTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)?.toString(16) ?? '?'}}`);
}

/** One line for stderr: terminal-safe, no line breaks, bounded. */
export function oneLine(text: string, max = 400): string {
  const flat = forTerminal(text.replace(/\r?\n/g, ' '));
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
