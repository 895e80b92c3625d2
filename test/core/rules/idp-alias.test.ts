import { describe, expect, it } from 'vitest';
import { evaluatePage } from '../../../src/core/page-signals.ts';
import { IDP_ALIAS_SCORE } from '../../../src/core/rules/idp-alias.ts';
import type { PageFacts } from '../../../src/core/types.ts';
import { ACME, expectFlag, expectQuiet, protect, verdict } from '../support.ts';

const acme = protect(ACME);
const noIdps = protect(ACME, { identityProviders: false });

describe('idp-alias: an IdP everyday name as a whole hyphen token beside a sign-in word and known words only', () => {
  it.each([
    ['duo-auth.com', 'duo.com', 'Duo', '"duo"'],
    ['duo-push.net', 'duo.com', 'Duo', '"duo"'],
    ['verify-duo.com', 'duo.com', 'Duo', '"duo"'],
    ['o365-login.com', 'login.microsoftonline.com', 'Microsoft Entra', '"o365"'],
    ['azure-sso.net', 'login.microsoftonline.com', 'Microsoft Entra', '"azure"'],
    ['live-login-verify.com', 'login.microsoftonline.com', 'Microsoft Entra', '"live"'],
    ['ms-mfa.com', 'login.microsoftonline.com', 'Microsoft Entra', '"ms"'],
    ['gsuite-login.com', 'accounts.google.com', 'Google', '"gsuite"'],
    ['ms-account-verify.com', 'login.microsoftonline.com', 'Microsoft Entra', '"ms"'],
    ['ms-teams-login.com', 'login.microsoftonline.com', 'Microsoft Entra', '"ms"'],
  ])('%s warns as %s (%s)', (host, target, name, alias) => {
    const v = expectFlag(acme, host, { level: 'warn', rule: 'idp-impersonation', target, mentions: name });
    expect(v.score).toBe(IDP_ALIAS_SCORE);
    expect(v.reasons[0]?.detail).toContain(alias);
  });

  it.each([
    'duo-games.com', // an unknown or ordinary word beside the alias
    'office-supplies.com',
    'teams.com', // the alias alone
    'livelogin.com', // run together: too many words start with "live"
    'duolingo-login.com', // a longer word is not the alias
    'ping-security.com', // known words but no sign-in word: ordinary businesses
    'office-account.com',
  ])('%s stays quiet', (host) => {
    expect(verdict(acme, host).reasons.map((r) => r.rule)).not.toContain('idp-impersonation');
  });

  it('with identityProviders off, no alias counts', () => {
    expectQuiet(noIdps, 'duo-auth.com');
    expectQuiet(noIdps, 'o365-login.com');
  });

  it('tied to the IdP, the warning blocks once the page asks for a password (not a brand-less shape)', () => {
    const facts: PageFacts = { passwordField: true, otpField: false, usernameField: true, widgetMarkers: [], title: 'Sign in', logoTexts: [], formActionHosts: [] };
    const v = evaluatePage(acme, verdict(acme, 'o365-login.com'), facts);
    expect(v.level).toBe('block');
  });
});
