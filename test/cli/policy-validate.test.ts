import { describe, expect, it } from 'vitest';
import { runCli } from './mem-io.ts';

const validate = (text: string) => runCli(['policy', 'validate', 'p.json'], { files: { 'p.json': text } });

describe('policy validate', () => {
  it('prints every error naming the key and the reason, then exits 2 with a one-line summary', async () => {
    const r = await validate(
      JSON.stringify({
        protectedDomains: ['acme.com', 'not a host', 'com'],
        mode: 'blok',
        allowBypass: 'yes',
        reportUrl: 'http://siem.example/hook',
        reportHeaders: { Cookie: 'x' },
        colour: 'blue',
      }),
    );
    expect(r.code).toBe(2);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^p\.json: protectedDomains\[1\]: "not a host" is not a host name/),
      expect.stringMatching(/^p\.json: protectedDomains\[2\]: "com" is a public suffix/),
      'p.json: mode: must be one of "block", "warn", "monitor", got "blok"',
      'p.json: allowBypass: must be true or false, got "yes"',
      'p.json: reportUrl: must use https (http is allowed for loopback hosts only)',
      'p.json: reportHeaders.Cookie: cannot be set',
      'p.json: colour: is not a known policy key; ignored',
    ]);
    expect(r.stderr).toBe('lookalike-guard: p.json: 7 policy errors\n');
  });

  it('says "valid", lists the keys set and the policy version, and exits 0 for a clean file', async () => {
    const r = await validate(JSON.stringify({ protectedDomains: ['acme.com', 'acme.okta.com'], mode: 'warn' }));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^p\.json: valid; 2 keys set \(protectedDomains, mode\); policyVersion [0-9a-f]{8}\nbrands: acme \(acme\.com\)\n$/);
  });

  it('lists the brands and initials the engine reads from the policy, so an admin sees what it will look for', async () => {
    const r = await validate(JSON.stringify({ protectedDomains: ['teleperformance.com', 't-mobile.com'], brands: ['tpusa', 'tl'] }));
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[1]).toBe('brands: teleperformance (teleperformance.com), t-mobile (t-mobile.com), tpusa (teleperformance.com)');
    expect(lines[2]).toBe('initials: tl for teleperformance (listed in brands), tp for teleperformance (tele + performance)');
    expect(lines[3]).toBe(
      'short forms (beside sign-in, identity or corporate words): teleperformance (teleperformance.com): starts tel to teleperformanc, consonants of tlprfrmnc; ' +
        't-mobile (t-mobile.com): starts tmo to tmobil, consonants of tmbl; tpusa (teleperformance.com): starts tpu to tpus, consonants of tps',
    );
  });

  it('names the starts of a brand left out because they are words', async () => {
    const r = await validate(JSON.stringify({ protectedDomains: ['netflix.com'] }));
    expect(r.stdout).toContain('short forms (beside sign-in, identity or corporate words): netflix (netflix.com): starts netf to netfli (not net), consonants of ntflx\n');
  });

  it('notes an empty protectedDomains without failing', async () => {
    const r = await validate('{}');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('note: protectedDomains is empty');
  });

  it.each([
    ['not JSON', '{"mode": ', /p\.json is not valid JSON/],
    ['not an object', '["acme.com"]', /p\.json: 1 policy error$/m],
  ])('rejects %s with exit 2', async (_what, text, message) => {
    const r = await validate(text);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('exits 2 on a missing file', async () => {
    const r = await runCli(['policy', 'validate', 'nope.json']);
    expect(r).toMatchObject({ code: 2, stderr: 'lookalike-guard: cannot read policy file nope.json: no such file\n' });
  });
});
