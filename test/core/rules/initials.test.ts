import { describe, expect, it } from 'vitest';
import { INITIALS_CORPORATE_SCORE, INITIALS_SIGN_IN_SCORE } from '../../../src/core/rules/initials.ts';
import { protect, verdict } from '../support.ts';

const tp = protect(['teleperformance.com']);

describe('initials rule: a compound company name by its initials among known words', () => {
  it.each([
    ['tp-usa.net', INITIALS_CORPORATE_SCORE],
    ['mytpusa.com', INITIALS_CORPORATE_SCORE], // the 2022 kits' own spelling, no hyphen
    ['tp-update.com', INITIALS_CORPORATE_SCORE],
    ['tpusa-citrix.com', INITIALS_SIGN_IN_SCORE],
    ['tp-sso.com', INITIALS_SIGN_IN_SCORE],
  ])('%s warns for teleperformance.com, tied to the company', (host, score) => {
    const v = verdict(tp, host);
    expect(v).toMatchObject({ level: 'warn', score, target: 'teleperformance.com' });
    expect(v.reasons[0]?.detail).toContain('"tp", the initials of "teleperformance"');
    expect(v.reasons[0]?.detail).toContain('tele + performance');
  });

  it('works for any compound name: cb for coinbase.com, beside a sign-in word', () => {
    expect(verdict(protect(['coinbase.com']), 'cb-servicedesk.com')).toMatchObject({ level: 'warn', score: INITIALS_SIGN_IN_SCORE, target: 'coinbase.com' });
    expect(verdict(protect(['coinbase.com']), 'cbsso.com')).toMatchObject({ level: 'warn', target: 'coinbase.com' });
  });

  it.each(['tp.com', 'setup.com', 'stpusa.com', 'tp-blue.com', 'tpx-usa.com', 'output-help.com'])(
    '%s: the initials alone, inside a word or beside unknown letters are nothing',
    (host) => {
      expect(verdict(tp, host).reasons.map((r) => r.detail).join(), host).not.toContain('initials');
    },
  );

  it('two letters the policy\'s brands lists count the same way, tied to the company (vz for Verizon); a known word never', () => {
    const vz = protect(['verizon.com'], { brands: ['vz', 'it'] });
    expect([...vz.initials.keys()]).toEqual(['vz']);
    const v = verdict(vz, 'vz-hr.com');
    expect(v).toMatchObject({ level: 'warn', score: INITIALS_CORPORATE_SCORE, target: 'verizon.com' });
    expect(v.reasons[0]?.detail).toContain('"vz", a short name of "verizon" (verizon.com) that the policy lists');
    expect(verdict(vz, 'vz-blue.com').level).toBe('allow');
  });

  it('initials that are a word, an IdP alias or a protected name are never read as initials', () => {
    // mgmresorts.com reads "mgm" + "resorts" (mr), unless mr.com is the company's too; mainstream reads "ms", Microsoft's alias.
    expect([...protect(['mgmresorts.com']).initials.keys()]).toEqual(['mr']);
    expect([...protect(['mgmresorts.com', 'mr.com']).initials.keys()]).toEqual([]);
    expect([...protect(['mainstream.com']).initials.keys()]).toEqual([]);
  });
});
