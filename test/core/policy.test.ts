import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkReportUrl,
  DEFAULT_POLICY,
  mergePolicy,
  normaliseHostEntry,
  parsePolicy,
  POLICY_CATALOGUE,
  POLICY_KEYS,
  policyVersion,
  type PolicyKey,
} from '../../src/core/policy.ts';
import { buildEngine, scoreHost } from '../../src/core/score.ts';

/** A value of the wrong type for every kind of key. */
const WRONG: Record<string, unknown[]> = {
  hostList: ['acme.com', 42, { 0: 'acme.com' }, null, true],
  wordList: ['acme', 7, { a: 1 }, null, false],
  boolean: ['true', 1, 0, null, ['x'], {}],
  enum: ['BLOCK', 'max', 1, null, ['block'], {}],
  url: [42, null, ['https://x.io'], {}, true],
  headers: ['Authorization: x', 3, null, ['a'], true],
};

describe('parsePolicy: wrong types', () => {
  const cases = POLICY_KEYS.flatMap((key) => (WRONG[POLICY_CATALOGUE[key].kind] ?? []).map((value) => [key, value] as const));

  it('covers every key of the catalogue', () => {
    expect(new Set(cases.map(([k]) => k))).toEqual(new Set(POLICY_KEYS));
  });

  it.each(cases)('%s = %j: error names the key, default applies', (key: PolicyKey, value: unknown) => {
    const { policy, errors } = parsePolicy({ [key]: value });
    expect(policy[key]).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]?.key).toBe(key);
    expect(errors[0]?.message.length).toBeGreaterThan(5);
    expect(mergePolicy(policy, {}).policy[key]).toEqual(DEFAULT_POLICY[key]);
  });

  it('keeps the valid keys when another key is wrong', () => {
    const { policy, errors } = parsePolicy({ protectedDomains: ['acme.com'], mode: 'explode', sensitivity: 'high' });
    expect(policy).toEqual({ protectedDomains: ['acme.com'], sensitivity: 'high' });
    expect(errors.map((e) => e.key)).toEqual(['mode']);
  });

  it('accepts every valid enum value', () => {
    for (const mode of ['block', 'warn', 'monitor']) expect(parsePolicy({ mode }).policy.mode).toBe(mode);
    for (const s of ['low', 'balanced', 'high']) expect(parsePolicy({ sensitivity: s }).policy.sensitivity).toBe(s);
  });

  it('reports unknown keys and ignores them', () => {
    const { policy, errors } = parsePolicy({ protectedDomain: ['acme.com'], foo: 1 });
    expect(policy).toEqual({});
    expect(errors.map((e) => e.key)).toEqual(['protectedDomain', 'foo']);
    expect(errors[0]?.message).toContain('not a known policy key');
  });

  it.each([[[1]], ['x'], [42], [true]])('a non-object policy %j is one "(policy)" error', (input) => {
    const r = parsePolicy(input);
    expect(r.policy).toEqual({});
    expect(r.errors).toEqual([{ key: '(policy)', message: expect.stringContaining('JSON object') }]);
  });

  it('null and undefined are an empty policy without errors', () => {
    expect(parsePolicy(null)).toEqual({ policy: {}, errors: [] });
    expect(parsePolicy(undefined)).toEqual({ policy: {}, errors: [] });
  });
});

describe('parsePolicy: host lists entry by entry', () => {
  it('one bad host drops only itself, reported with its index', () => {
    const { policy, errors } = parsePolicy({ protectedDomains: ['acme.com', 'acme.okta.com', 'not a host!', 'login.acme.com'] });
    expect(policy.protectedDomains).toEqual(['acme.com', 'acme.okta.com', 'login.acme.com']);
    expect(errors).toEqual([{ key: 'protectedDomains[2]', message: expect.stringContaining('not a host!') }]);
  });

  it.each(['allowlist', 'blocklist'])('%s is checked the same way', (key) => {
    const { policy, errors } = parsePolicy({ [key]: ['ok.example', 12, 'javascript:alert(1)'] });
    expect(policy[key as 'allowlist']).toEqual(['ok.example']);
    expect(errors.map((e) => e.key)).toEqual([`${key}[1]`, `${key}[2]`]);
  });

  it('normalises entries: case, trailing dot, URL, wildcard, IDN, duplicates', () => {
    const { policy, errors } = parsePolicy({
      protectedDomains: ['ACME.COM.', 'https://login.acme.com/x?y', '*.acme.net', '\u0430cme.org', 'acme.com'],
    });
    expect(errors).toEqual([]);
    expect(policy.protectedDomains).toEqual(['acme.com', 'login.acme.com', 'acme.net', 'xn--cme-5cd.org']);
  });

  it.each(['com', 'mailto:x@acme.com', '', '   ', 'acme..com', 'a b.com'])('rejects %j', (entry) => {
    expect(typeof normaliseHostEntry(entry)).toBe('object');
  });

  it('caps lists at 5000 entries and says so', () => {
    const hosts = Array.from({ length: 5002 }, (_, i) => `h${i}.example`);
    const { policy, errors } = parsePolicy({ blocklist: hosts });
    expect(policy.blocklist).toHaveLength(5000);
    expect(errors).toEqual([{ key: 'blocklist', message: expect.stringContaining('5000') }]);
  });

  // BUG: a multi-label public suffix passes as a protected "domain": the
  // check only rejects single-label suffixes. {"protectedDomains":["co.uk"]}
  // then trusts every *.co.uk site, e.g. evil-bank.co.uk.
  it('rejects a multi-label public suffix (co.uk) as a protected domain', () => {
    expect(typeof normaliseHostEntry('co.uk')).toBe('object');
  });

  it('never trusts an unrelated site because a public suffix was listed', () => {
    const parsed = parsePolicy({ protectedDomains: ['co.uk'] });
    const v = scoreHost(buildEngine(mergePolicy(parsed.policy, {}).policy), 'evil-bank.co.uk');
    expect('error' in v ? v.error : v.level).not.toBe('trusted');
  });
});

describe('parsePolicy: word lists', () => {
  it('lower-cases, dedupes and checks each word', () => {
    const { policy, errors } = parsePolicy({ brands: ['AcmeCorp', 'bad word', 5, '-x', 'acmecorp', 'acme-corp'] });
    expect(policy.brands).toEqual(['acmecorp', 'acme-corp']);
    expect(errors.map((e) => e.key)).toEqual(['brands[1]', 'brands[2]', 'brands[3]']);
  });

  it('keywords take the same checks', () => {
    const { policy, errors } = parsePolicy({ keywords: ['Passkey', 'x!'] });
    expect(policy.keywords).toEqual(['passkey']);
    expect(errors.map((e) => e.key)).toEqual(['keywords[1]']);
  });
});

describe('reportUrl', () => {
  it.each([
    ['https://siem.example.com/hook', 'https://siem.example.com/hook'],
    ['http://127.0.0.1:8080/x', 'http://127.0.0.1:8080/x'],
    ['http://localhost:9/x', 'http://localhost:9/x'],
    ['http://[::1]:9/x', 'http://[::1]:9/x'],
    ['http://0x7f.1/x', 'http://127.0.0.1/x'],
    ['', ''],
  ])('accepts %j', (input, want) => {
    expect(checkReportUrl(input)).toBe(want);
    const { policy, errors } = parsePolicy({ reportUrl: input });
    expect(errors).toEqual([]);
    expect(policy.reportUrl).toBe(want);
  });

  it.each([
    ['http://siem.example.com/hook', 'https'],
    ['http://127.0.0.1.evil.com/', 'https'],
    ['http://localhost.evil.com/', 'https'],
    ['https://user:pw@siem.example.com/', 'user name or password'],
    ['https://user@siem.example.com/', 'user name or password'],
    ['http://u:p@127.0.0.1/', 'user name or password'],
    ['ftp://siem.example.com/', 'https'],
    ['javascript:alert(1)', 'https'],
    ['not a url', 'not a valid URL'],
  ])('rejects %j (%s)', (input, fragment) => {
    const { policy, errors } = parsePolicy({ reportUrl: input });
    expect(policy.reportUrl).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]?.key).toBe('reportUrl');
    expect(errors[0]?.message).toContain(fragment);
  });
});

describe('reportHeaders', () => {
  it('keeps good headers and reports each bad one by name', () => {
    const { policy, errors } = parsePolicy({
      reportHeaders: { Authorization: 'Bearer abc', 'X-Tenant': 'acme', Cookie: 'a=b', HOST: 'h', 'Content-Type': 'x', 'Content-Length': '1', Origin: 'o', Referer: 'r', 'Bad Name': 'x', 'X-Split': 'a\r\nb', 'X-Num': 5 },
    });
    expect(policy.reportHeaders).toEqual({ Authorization: 'Bearer abc', 'X-Tenant': 'acme' });
    const byKey = Object.fromEntries(errors.map((e) => [e.key, e.message]));
    for (const name of ['Cookie', 'HOST', 'Content-Type', 'Content-Length', 'Origin', 'Referer']) {
      expect(byKey[`reportHeaders.${name}`], name).toContain('cannot be set');
    }
    expect(byKey['reportHeaders.Bad Name']).toContain('not a valid header name');
    expect(byKey['reportHeaders.X-Split']).toContain('single-line');
    expect(byKey['reportHeaders.X-Num']).toContain('single-line');
    expect(errors).toHaveLength(9);
  });
});

describe('mergePolicy', () => {
  it('managed wins key by key; local fills the rest; defaults after that', () => {
    const managed = parsePolicy({ protectedDomains: ['acme.com'], mode: 'warn' }).policy;
    const local = parsePolicy({ protectedDomains: ['evil.io'], mode: 'monitor', sensitivity: 'high' }).policy;
    const { policy, managedKeys } = mergePolicy(managed, local);
    expect(policy.protectedDomains).toEqual(['acme.com']);
    expect(policy.mode).toBe('warn');
    expect(policy.sensitivity).toBe('high');
    expect(policy.allowBypass).toBe(true);
    expect(policy.identityProviders).toBe(true);
    expect([...managedKeys].sort()).toEqual(['mode', 'protectedDomains']);
  });

  it('a managed false or empty list still wins over local', () => {
    const { policy, managedKeys } = mergePolicy({ allowBypass: false, allowlist: [] }, { allowBypass: true, allowlist: ['x.io'] });
    expect(policy.allowBypass).toBe(false);
    expect(policy.allowlist).toEqual([]);
    expect(managedKeys).toEqual(expect.arrayContaining(['allowBypass', 'allowlist']));
  });

  it('gives every key a value and never shares default arrays', () => {
    const a = mergePolicy({}, {}).policy;
    expect(Object.keys(a).sort()).toEqual([...POLICY_KEYS].sort());
    a.protectedDomains.push('mutated.example');
    expect(mergePolicy({}, {}).policy.protectedDomains).toEqual([]);
    expect(DEFAULT_POLICY.protectedDomains).toEqual([]);
  });
});

describe('policyVersion', () => {
  it('changes with the policy and ignores header values', () => {
    const base = mergePolicy({ protectedDomains: ['acme.com'] }, {}).policy;
    const other = mergePolicy({ protectedDomains: ['acme.net'] }, {}).policy;
    expect(policyVersion(base)).toMatch(/^[0-9a-f]{8}$/);
    expect(policyVersion(base)).not.toBe(policyVersion(other));
    const h1 = mergePolicy({ reportHeaders: { Authorization: 'one' } }, {}).policy;
    const h2 = mergePolicy({ reportHeaders: { Authorization: 'two' } }, {}).policy;
    expect(policyVersion(h1)).toBe(policyVersion(h2));
  });
});

describe('parsePolicy never throws (seeded)', () => {
  it('on random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parsePolicy(v);
        expect(Array.isArray(r.errors)).toBe(true);
        for (const k of Object.keys(r.policy)) expect(POLICY_KEYS).toContain(k);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('on random objects shaped like policies, and the result always builds an engine', () => {
    const anyValue = fc.oneof(fc.jsonValue(), fc.array(fc.oneof(fc.string(), fc.jsonValue()), { maxLength: 5 }), fc.dictionary(fc.string(), fc.jsonValue()));
    const shaped = fc.dictionary(fc.oneof(fc.constantFrom(...POLICY_KEYS), fc.string()), anyValue, { maxKeys: 6 });
    fc.assert(
      fc.property(shaped, (obj) => {
        const { policy, errors } = parsePolicy(obj);
        for (const e of errors) expect(typeof e.key).toBe('string');
        const engine = buildEngine(mergePolicy(policy, {}).policy);
        expect(() => scoreHost(engine, 'acme-sso.com')).not.toThrow();
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
