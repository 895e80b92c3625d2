import { describe, expect, it } from 'vitest';
import { uuidV5 } from '../../src/cli/export/uuid.ts';
import { plist } from '../../src/cli/export/plist.ts';
import { readPlist } from './plist-reader.ts';
import { readReg } from './reg-reader.ts';
import { runCli } from './mem-io.ts';

const ID = 'ekgafnbdlningionnmgcdaknfgejkdlo';
const GECKO = 'lookalike-guard@lookalike-guard.dev';

const POLICY = {
  protectedDomains: ['acme.com', 'acme.okta.com'],
  allowlist: ['acme-cdn.net'],
  mode: 'warn',
  allowBypass: false,
  identityProviders: true,
  reportUrl: 'https://siem.acme.com/hooks/lookalike',
  reportHeaders: { Authorization: 'Bearer "t0k\\en" & <x>', 'X-Tenant': 'äcme' },
};
// What the extension sees after parsing: the URL normalised, lists and booleans as given.
const EXPECTED = {
  protectedDomains: ['acme.com', 'acme.okta.com'],
  allowlist: ['acme-cdn.net'],
  identityProviders: true,
  mode: 'warn',
  allowBypass: false,
  reportUrl: 'https://siem.acme.com/hooks/lookalike',
  reportHeaders: { Authorization: 'Bearer "t0k\\en" & <x>', 'X-Tenant': 'äcme' },
};

async function exportAs(format: string, policy: unknown = POLICY, extra: string[] = []) {
  return runCli(['policy', 'export', '--format', format, ...extra, 'p.json'], { files: { 'p.json': JSON.stringify(policy) } });
}

describe('policy export', () => {
  it('chrome / edge: the managed policy folder file, 3rdparty.extensions.<id>', async () => {
    for (const format of ['chrome', 'edge']) {
      const r = await exportAs(format);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({ '3rdparty': { extensions: { [ID]: EXPECTED } } });
      // Keys in catalogue order, whatever order the admin wrote them in.
      expect(Object.keys((JSON.parse(r.stdout) as { '3rdparty': { extensions: Record<string, object> } })['3rdparty'].extensions[ID] ?? {})).toEqual(Object.keys(EXPECTED));
    }
  });

  it('google-admin: each key wrapped as {"Value": ...}', async () => {
    const r = await exportAs('google-admin');
    expect(JSON.parse(r.stdout)).toEqual(Object.fromEntries(Object.entries(EXPECTED).map(([k, v]) => [k, { Value: v }])));
  });

  it('firefox: policies.json with 3rdparty.Extensions.<gecko id>', async () => {
    const r = await exportAs('firefox');
    expect(JSON.parse(r.stdout)).toEqual({ policies: { '3rdparty': { Extensions: { [GECKO]: EXPECTED } } } });
  });

  it('windows-reg: Chrome and Edge keys, REG_SZ strings, REG_DWORD booleans, JSON strings for lists and objects', async () => {
    const r = await exportAs('windows-reg');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^[\x20-\x7e\r\n]*$/);
    const reg = readReg(r.stdout);
    expect(reg.header).toBe('Windows Registry Editor Version 5.00');
    const chrome = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${ID}\\policy`;
    const edge = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${ID}\\policy`;
    expect(reg.deleted).toEqual([chrome, edge]);
    expect([...reg.keys.keys()]).toEqual([chrome, edge]);
    for (const key of [chrome, edge]) {
      const values = reg.keys.get(key);
      expect(values?.get('mode')).toEqual({ type: 'REG_SZ', data: 'warn' });
      expect(values?.get('reportUrl')).toEqual({ type: 'REG_SZ', data: EXPECTED.reportUrl });
      expect(values?.get('allowBypass')).toEqual({ type: 'REG_DWORD', data: 0 });
      expect(values?.get('identityProviders')).toEqual({ type: 'REG_DWORD', data: 1 });
      const list = values?.get('protectedDomains');
      expect(list?.type).toBe('REG_SZ');
      expect(JSON.parse(String(list?.data))).toEqual(EXPECTED.protectedDomains);
      // Quotes, backslashes and non-ASCII survive .reg escaping and JSON.
      expect(JSON.parse(String(values?.get('reportHeaders')?.data))).toEqual(EXPECTED.reportHeaders);
      expect(values?.size).toBe(Object.keys(EXPECTED).length);
    }
  });

  it('macos-mobileconfig: a well-formed plist with one payload per browser carrying the policy', async () => {
    const r = await exportAs('macos-mobileconfig');
    expect(r.code).toBe(0);
    const profile = readPlist(r.stdout) as Record<string, unknown>;
    expect(profile).toMatchObject({ PayloadType: 'Configuration', PayloadVersion: 1, PayloadScope: 'System', PayloadIdentifier: 'dev.lookalike-guard.policy' });
    const payloads = profile['PayloadContent'] as Record<string, unknown>[];
    expect(payloads.map((p) => p['PayloadType'])).toEqual([`com.google.Chrome.extensions.${ID}`, `com.microsoft.Edge.extensions.${ID}`]);
    const uuids = [profile['PayloadUUID'], ...payloads.map((p) => p['PayloadUUID'])];
    for (const u of uuids) expect(u).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(new Set(uuids).size).toBe(3);
    for (const p of payloads) {
      const policy = Object.fromEntries(Object.entries(p).filter(([k]) => !k.startsWith('Payload')));
      expect(policy).toEqual(EXPECTED);
    }
  });

  it('macos-mobileconfig: PayloadUUIDs are deterministic from content', async () => {
    const uuids = (text: string) => text.match(/[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}/g);
    const a = await exportAs('macos-mobileconfig');
    const b = await exportAs('macos-mobileconfig');
    const c = await exportAs('macos-mobileconfig', { ...POLICY, mode: 'block' });
    expect(a.stdout).toBe(b.stdout);
    expect(uuids(c.stdout)).not.toEqual(uuids(a.stdout));
  });

  it('exports only the keys the admin set', async () => {
    const r = await exportAs('chrome', { protectedDomains: ['acme.com'] });
    expect(JSON.parse(r.stdout)).toEqual({ '3rdparty': { extensions: { [ID]: { protectedDomains: ['acme.com'] } } } });
    const empty = readPlist((await exportAs('macos-mobileconfig', { blocklist: [] })).stdout) as { PayloadContent: Record<string, unknown>[] };
    expect(empty.PayloadContent[0]?.['blocklist']).toEqual([]);
  });

  it('uses --id instead of the manifest id', async () => {
    const other = 'abcdefghijklmnopabcdefghijklmnop';
    expect(JSON.parse((await exportAs('chrome', POLICY, ['--id', other])).stdout)['3rdparty'].extensions).toHaveProperty(other);
    expect(JSON.parse((await exportAs('firefox', POLICY, ['--id', 'guard@acme.com'])).stdout).policies['3rdparty'].Extensions).toHaveProperty('guard@acme.com');
    expect((await exportAs('windows-reg', POLICY, ['--id', 'nope'])).code).toBe(2);
  });

  it('validates first: exit 2, one line naming the key, nothing on stdout', async () => {
    for (const format of ['chrome', 'edge', 'google-admin', 'firefox', 'windows-reg', 'macos-mobileconfig']) {
      const r = await exportAs(format, { protectedDomains: ['acme.com'], mode: 'loud' });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('lookalike-guard: p.json: mode: must be one of "block", "warn", "monitor", got "loud"\n');
    }
  });

  it('refuses a header value a property list cannot carry', async () => {
    const r = await exportAs('macos-mobileconfig', { reportHeaders: { 'X-A': 'a\u0001b' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/control character/);
  });
});

describe('export helpers', () => {
  it('uuidV5 matches the RFC 9562 example (DNS namespace, "www.example.com")', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ED6657D-E927-568B-95E1-2665A8AEA6A2');
  });

  it('plist escapes markup characters and the reader rejects broken XML', () => {
    expect(readPlist(plist({ a: '<&>', b: [true, false, 3] }))).toEqual({ a: '<&>', b: [true, false, 3] });
    expect(() => readPlist(plist({ a: 'x' }).replace('</dict>', ''))).toThrow();
    expect(() => readPlist(plist({ a: 'x' }).replace('<string>x', '<string>x<'))).toThrow();
  });
});
