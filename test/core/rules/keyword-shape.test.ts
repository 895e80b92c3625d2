import { describe, expect, it } from 'vitest';
import { KEYWORD_SHAPE_SCORE } from '../../../src/core/rules/keyword-shape.ts';
import { ACME, expectQuiet, protect, verdict } from '../support.ts';

const acme = protect(ACME);

describe('keyword-shape rule', () => {
  it.each([
    ['xyz-sso.com', 'sso'],
    ['tmo-vpn.com', 'vpn'],
    ['sitel-vpn.net', 'vpn'],
    ['corp1-helpdesk.com', 'helpdesk'],
  ])('%s warns with no brand at all', (host, word) => {
    const v = verdict(acme, host);
    expect(v.level).toBe('warn');
    expect(v.score).toBe(KEYWORD_SHAPE_SCORE);
    expect(v.reasons[0]?.rule).toBe('keyword-shape');
    expect(v.reasons[0]?.detail).toContain(`"${word}"`);
    expect(v.target).toBeUndefined();
  });

  it('names the unknown name and the sign-in word', () => {
    const v = verdict(acme, 'xyz-sso.com');
    expect(v.reasons).toEqual([{ rule: 'keyword-shape', detail: expect.stringContaining('"xyz"') }]);
    expect(v.target).toBeUndefined();
  });

  it('gives way to brand evidence when a brand explains the host', () => {
    expect(verdict(acme, 'acme-sso.com').reasons.map((r) => r.rule)).not.toContain('keyword-shape');
  });

  it('is off at low sensitivity (warn only, never block)', () => {
    expectQuiet(protect(ACME, { sensitivity: 'low' }), 'xyz-sso.com');
    expect(verdict(protect(ACME, { sensitivity: 'high' }), 'xyz-sso.com').level).toBe('warn');
  });

  describe('stays quiet', () => {
    it.each(['secure-login.com', 'sso.com', 'xyzsso.com', 'my-account.com', 'long-company-name-here-sso.com', 'a-sso.com', 'example.org'])('%s', (host) => {
      expectQuiet(acme, host);
    });
  });
});
