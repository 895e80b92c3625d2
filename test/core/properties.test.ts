/**
 * Seeded property tests for the invariants of issue 3. Every property runs
 * with a fixed seed so a failure reproduces; fast-check prints the
 * shrunk counterexample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHostError, parseHost } from '../../src/core/host.ts';
import { mergePolicy, parsePolicy } from '../../src/core/policy.ts';
import { buildEngine, scoreHost, type Engine } from '../../src/core/score.ts';
import type { Verdict } from '../../src/core/types.ts';

const SEED = 42;
const RUNS = 300;

const engineOf = (obj: Record<string, unknown>): Engine => buildEngine(mergePolicy(parsePolicy(obj).policy, {}).policy);
const acme = engineOf({ protectedDomains: ['acme.com', 'acme.okta.com', 'twilio.com'] });

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789'.split('');
const SUFFIXES = ['com', 'net', 'org', 'io', 'co.uk', 'com.br', 'de', 'app', 'github.io'];
const alnum = fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 10 });
/** A DNS label: letters and digits with inner hyphens. */
const dnsLabel = fc.tuple(alnum, fc.option(alnum, { nil: undefined })).map(([a, b]) => (b ? `${a}-${b}` : a));
const registrable = fc.tuple(dnsLabel, fc.constantFrom(...SUFFIXES)).map(([l, s]) => `${l}.${s}`);

/** Labels built from brand, identity and look-alike pieces so rules actually fire. */
const PIECES = ['acme', 'acrne', 'twilio', 'tw1lio', 'okta', '0kta', 'sso', 'login', 'microsoft', 'google', 'my', 'hr', '-', '1', '\u0430', '\u0435', '\u043e', '\u00e9', 'okta.com', 'acme.com'];
const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 5 }));
const lookalikeHost = fc
  .tuple(fc.array(fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join('')), { minLength: 1, maxLength: 3 }), fc.constantFrom(...SUFFIXES, 'okta.com', 'okta-emea.com'))
  .map(([labels, suffix]) => [...labels, suffix].join('.'));

const key = (v: Verdict | { error: string }): string => ('error' in v ? `error` : JSON.stringify([v.level, v.score, v.target ?? null]));

describe('invariant 1: no input throws', () => {
  const hostile = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.domain(),
    lookalikeHost,
    fc.tuple(fc.constantFrom('http://', 'https://', 'blob:https://', 'data:', 'javascript:', 'xn--', '//', '[', 'user@', ''), fc.string({ maxLength: 80 })).map(([a, b]) => a + b),
  );

  it('parseHost and scoreHost never throw and return a verdict or an error', () => {
    fc.assert(
      fc.property(hostile, (input) => {
        const parsed = parseHost(input);
        if (!isHostError(parsed)) expect(parsed.hostname).not.toMatch(/[A-Z\s]/);
        const v = scoreHost(acme, input);
        if (!('error' in v)) {
          expect(['trusted', 'allow', 'warn', 'block']).toContain(v.level);
          expect(v.score).toBeGreaterThanOrEqual(0);
          expect(v.score).toBeLessThanOrEqual(1);
        } else expect(typeof v.error).toBe('string');
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('long inputs (up to 10k characters) come back quickly', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '.', '-', 'x', 'n', '\u0430'), minLength: 200, maxLength: 10_000 }), (input) => {
        const t = performance.now();
        scoreHost(acme, input);
        // generous: other suites share the CPU; a quadratic blow-up on 10k characters would take far longer
        expect(performance.now() - t).toBeLessThan(2000);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('parsePolicy never throws on random JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (v) => {
        expect(() => parsePolicy(v)).not.toThrow();
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('invariant 2: a host under a protected host is trusted', () => {
  it('for random protected domains and random subdomain labels', () => {
    fc.assert(
      fc.property(
        fc.array(registrable, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.array(dnsLabel, { maxLength: 4 }),
        fc.constantFrom('', '.', ':8443', '/login?next=1'),
        (domains, pick, subs, tail) => {
          const engine = engineOf({ protectedDomains: domains });
          const base = domains[pick % domains.length] as string;
          const host = [...subs, base].join('.');
          const v = scoreHost(engine, `${host}${tail}`);
          expect('error' in v ? v.error : v.level).toBe('trusted');
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('also under protected IdP tenants (acme.okta.com) and in upper case', () => {
    fc.assert(
      fc.property(dnsLabel, fc.array(dnsLabel, { maxLength: 3 }), fc.constantFrom('okta.com', 'oktapreview.com', 'b2clogin.com', 'onelogin.com'), (tenant, subs, idp) => {
        const protectedHost = `${tenant}.${idp}`;
        const engine = engineOf({ protectedDomains: [protectedHost] });
        const v = scoreHost(engine, [...subs, protectedHost].join('.').toUpperCase());
        expect('error' in v ? v.error : v.level).toBe('trusted');
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

// The one exception, 3b below: a session-proxy name (acme.okta.com.mcas.ms) is trusted exactly when the site it carries is.
describe('invariant 3: a host whose registrable domain is neither protected nor allowlisted is never trusted', () => {
  const domainOf = (h: string): string | null => {
    const p = parseHost(h);
    return isHostError(p) ? null : p.domain;
  };

  it('for random policies and random hosts', () => {
    fc.assert(
      fc.property(fc.array(registrable, { minLength: 1, maxLength: 4 }), fc.array(registrable, { maxLength: 2 }), fc.array(dnsLabel, { maxLength: 3 }), registrable, (prot, allow, subs, site) => {
        const engine = engineOf({ protectedDomains: prot, allowlist: allow });
        const host = [...subs, site].join('.');
        const own = new Set([...prot, ...allow].map(domainOf));
        fc.pre(!own.has(domainOf(host)));
        const v = scoreHost(engine, host);
        expect('error' in v ? 'error' : v.level).not.toBe('trusted');
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('for lookalikes built from the protected hosts (prefix, hyphen, suffix tricks)', () => {
    const trick = fc.constantFrom(
      (h: string, x: string) => `${h}.${x}.com`,
      (h: string, x: string) => `${h}-${x}.com`,
      (h: string, x: string) => `${x}${h}`,
      (h: string, x: string) => `${h.replace(/\./g, '-')}.${x}.io`,
      (h: string, x: string) => `https://${h}@${x}.net/`,
      (h: string, x: string) => `${h.split('.')[0] ?? ''}.${x}`,
      (h: string, x: string) => `${h}${x}.com`,
    );
    fc.assert(
      fc.property(fc.constantFrom('acme.com', 'acme.okta.com', 'twilio.com'), dnsLabel, trick, (h, x, make) => {
        const input = make(h, x);
        const v = scoreHost(acme, input);
        if ('error' in v) return;
        const d = domainOf(v.host);
        fc.pre(d !== 'acme.com' && d !== 'twilio.com' && !(v.host === 'acme.okta.com' || v.host.endsWith('.acme.okta.com')));
        expect(v.level, `${input} -> ${v.host}`).not.toBe('trusted');
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('invariant 3b: a Defender for Cloud Apps session-proxy name is judged as the site it carries', () => {
  it('X.mcas.ms gets the level, score and target of X, for lookalikes and ordinary hosts', () => {
    fc.assert(
      fc.property(fc.oneof(lookalikeHost, registrable), fc.constantFrom('mcas.ms', 'admin-mcas.ms', 'mcas-gov.us'), (host, proxy) => {
        const inner = scoreHost(acme, host);
        fc.pre(!('error' in inner) && inner.host.includes('.'));
        expect(key(scoreHost(acme, `${host}.${proxy}`)), host).toBe(key(inner));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('invariant 4: scoring is deterministic', () => {
  it('the same engine gives the same verdict twice, and a second engine from the same policy agrees', () => {
    const policy = { protectedDomains: ['acme.com', 'acme.okta.com', 'twilio.com'], brands: ['roadrunner'], sensitivity: 'high' };
    const a = engineOf(policy);
    const b = engineOf(JSON.parse(JSON.stringify(policy)) as Record<string, unknown>);
    fc.assert(
      fc.property(lookalikeHost, (host) => {
        const first = scoreHost(a, host);
        expect(scoreHost(a, host)).toEqual(first);
        expect(scoreHost(b, host)).toEqual(first);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('scoring other hosts in between does not change a verdict (no hidden state)', () => {
    fc.assert(
      fc.property(lookalikeHost, fc.array(lookalikeHost, { maxLength: 5 }), (host, others) => {
        const before = scoreHost(acme, host);
        for (const o of others) scoreHost(acme, o);
        expect(scoreHost(acme, host)).toEqual(before);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});

describe('invariant 5: upper case, trailing dot and punycode vs Unicode give the same verdict', () => {
  it('level, score and target agree across the spellings', () => {
    fc.assert(
      fc.property(lookalikeHost, (host) => {
        const base = scoreHost(acme, host);
        fc.pre(!('error' in base));
        if ('error' in base) return;
        const asciiUpper = (s: string): string => s.replace(/[a-z]/g, (c) => c.toUpperCase());
        const spellings = [asciiUpper(host), `${host}.`, base.host, base.displayHost, `${asciiUpper(base.host)}.`, `https://${base.displayHost}./x`];
        for (const s of spellings) expect(key(scoreHost(acme, s)), `${host} vs ${s}`).toBe(key(base));
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('the punycode form of a Unicode lookalike is blocked like its Unicode form', () => {
    for (const [uni, ascii] of [['\u0430cme.com', 'xn--cme-5cd.com'], ['tw\u0456lio.com', new URL('http://tw\u0456lio.com').hostname]] as const) {
      const u = scoreHost(acme, uni);
      const p = scoreHost(acme, ascii);
      expect(key(p)).toBe(key(u));
      expect('error' in u ? u.error : u.level).toBe('block');
    }
  });
});
