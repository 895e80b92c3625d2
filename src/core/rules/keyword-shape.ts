/**
 * Keyword shape: a short unknown name hyphenated with a sign-in word,
 * "xyz-sso", "abc-okta", "tmo-vpn". It is the 0ktapus domain shape even when
 * the name is an abbreviation no policy lists (tmo for T-Mobile, sitel for
 * Foundever). Warn-level on its own; a sign-in form on the page makes it a
 * block (page signals).
 */
import type { Subject } from '../subject.ts';
import type { Vocabulary } from '../segment.ts';
import type { Evidence } from './evidence.ts';

export const KEYWORD_SHAPE_SCORE = 0.5;

/** Words that, hyphenated with an unknown name, make the phishing shape. */
export const SHAPE_TRIGGERS: ReadonlySet<string> = new Set([
  'okta', 'onelogin', 'sso', 'mfa', '2fa', 'otp', 'vpn', 'citrix', 'ctx', 'uid', 'idp', 'helpdesk', 'servicedesk',
  'signin', 'login', 'logon', 'duo', 'adfs', 'passcode',
]);

export function keywordShapeRule(s: Subject, vocab: Vocabulary): Evidence[] {
  if (s.tokens.length < 2 || s.isIdn) return [];
  const trigger = s.tokens.find((t) => SHAPE_TRIGGERS.has(t));
  if (!trigger) return [];
  const unknown = s.tokens.filter((t) => !vocab.strong.has(t) && !vocab.weak.has(t) && !/^\d+$/.test(t));
  if (unknown.length === 0 || unknown.length > 2 || unknown.some((t) => t.length < 2 || t.length > 10)) return [];
  return [
    {
      rule: 'keyword-shape',
      score: KEYWORD_SHAPE_SCORE,
      detail: `"${s.label}" joins the name "${unknown.join('-')}" with the sign-in word "${trigger}", the shape of SSO phishing domains`,
    },
  ];
}
