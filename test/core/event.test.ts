import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  reportFromStored,
  sanitiseHost,
  sanitiseOrigin,
  sanitiseText,
  toReport,
  type GuardEvent,
} from '../../src/core/event.ts';

const base: GuardEvent = {
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  event: 'blocked',
  host: 'acme-okta.com',
  target: 'acme.okta.com',
  level: 'block',
  score: 0.92,
  reasons: [{ rule: 'combosquat', detail: 'The name joins "acme" with the sign-in word "okta".' }],
  pageOrigin: 'https://acme-okta.com',
  time: '2025-01-02T03:04:05.000Z',
  extensionVersion: '0.1.0',
  policyVersion: 'deadbeef',
};

describe('toReport', () => {
  it('builds exactly the DESIGN §7 fields', () => {
    const r = toReport(base);
    expect(Object.keys(r).sort()).toEqual(
      ['id', 'event', 'extensionVersion', 'host', 'level', 'pageOrigin', 'policyVersion', 'reasons', 'score', 'target', 'time'].sort(),
    );
    expect(r).toEqual({ ...base, reasons: base.reasons });
  });

  it('drops fields that are not part of the report, whatever a caller smuggles in', () => {
    const sneaky = { ...base, password: 'hunter2', formValues: { user: 'alice' }, url: 'https://x/?q=1' } as GuardEvent;
    const text = JSON.stringify(toReport(sneaky));
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('alice');
    expect(text).not.toContain('q=1');
  });

  it('cuts a full page URL down to its origin', () => {
    const r = toReport({ ...base, pageOrigin: 'https://user:pw@acme-okta.com:8443/login?token=abc#frag' });
    expect(r.pageOrigin).toBe('https://acme-okta.com:8443');
  });

  it('cuts a URL passed as host or target down to the host', () => {
    const r = toReport({ ...base, host: 'https://bob:secret@acme-okta.com/x?y=1#z', target: 'acme.okta.com/?a=b' });
    expect(r.host).toBe('acme-okta.com');
    expect(r.target).toBe('acme.okta.com');
  });

  it('gives null target and pageOrigin when absent or unusable', () => {
    const { target: _t, ...noTarget } = base;
    expect(toReport(noTarget).target).toBeNull();
    expect(toReport({ ...base, pageOrigin: 'data:text/html,<form>' }).pageOrigin).toBeNull();
    expect(toReport({ ...base, pageOrigin: '' }).pageOrigin).toBeNull();
  });

  it('clamps the score and rejects unknown event and level values', () => {
    expect(toReport({ ...base, score: 7 }).score).toBe(1);
    expect(toReport({ ...base, score: Number.NaN }).score).toBe(0);
    expect(toReport({ ...base, score: 0.123456 }).score).toBe(0.123);
    expect(toReport({ ...base, event: 'hacked' as GuardEvent['event'] }).event).toBe('policy-error');
    expect(toReport({ ...base, level: 'root' as GuardEvent['level'] }).level).toBe('error');
  });

  it('strips URLs with queries out of reason text but keeps a sentence-ending question mark', () => {
    const r = toReport({
      ...base,
      reasons: [{ rule: 'page', detail: 'Form posts to https://evil.io/collect?session=s3cr3t#x. Lookalike?' }],
    });
    expect(r.reasons[0]?.detail).toBe('Form posts to https://evil.io Lookalike?');
  });

  it('bounds the number of reasons', () => {
    const reasons = Array.from({ length: 50 }, (_, i) => ({ rule: 'r', detail: `d${i}` }));
    expect(toReport({ ...base, reasons }).reasons).toHaveLength(20);
  });

  it('normalises the time and falls back to the epoch when it is garbage', () => {
    expect(toReport({ ...base, time: '2025-01-02T03:04:05+01:00' }).time).toBe('2025-01-02T02:04:05.000Z');
    expect(toReport({ ...base, time: 'yesterday?x=1' }).time).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('sanitisers', () => {
  it('sanitiseOrigin keeps http(s) origins with ports and refuses other schemes', () => {
    expect(sanitiseOrigin('http://127.0.0.1:8080/a')).toBe('http://127.0.0.1:8080');
    expect(sanitiseOrigin('https://[::1]:9/x')).toBe('https://[::1]:9');
    expect(sanitiseOrigin('blob:https://acme-okta.com/uuid')).toBe('https://acme-okta.com');
    expect(sanitiseOrigin('javascript:alert(1)')).toBeNull();
    expect(sanitiseOrigin('file:///etc/passwd')).toBeNull();
    expect(sanitiseOrigin('moz-extension://abc/block.html?u=1')).toBeNull();
    expect(sanitiseOrigin('not a url')).toBeNull();
  });

  it('sanitiseHost cannot be fooled by an @ inside a query string', () => {
    expect(sanitiseHost('acme.okta.com?next=me@evil.io')).toBe('acme.okta.com');
    expect(sanitiseHost('https://acme.okta.com@evil.io/')).toBe('evil.io');
    expect(sanitiseHost(42)).toBe('');
  });

  it('sanitiseText leaves plain sentences alone', () => {
    expect(sanitiseText('Looks like acme.okta.com but is acme-okta.com.')).toBe('Looks like acme.okta.com but is acme-okta.com.');
  });
});

describe('event ids', () => {
  it('keep only what an id can hold', () => {
    expect(toReport({ ...base, id: 'abc-123<script>?x=1' }).id).toBe('abc-123scriptx1');
    expect(toReport({ ...base, id: 'a'.repeat(200) }).id).toHaveLength(64);
  });

  it('an event stored before reports had ids gets one made from the event, the same on every read', () => {
    const { id: _id, ...old } = toReport(base);
    const first = reportFromStored(JSON.parse(JSON.stringify(old)));
    expect(first?.id).toMatch(/^legacy-[0-9a-f]{8}$/);
    expect(reportFromStored(JSON.parse(JSON.stringify(old)))?.id).toBe(first?.id);
    expect(reportFromStored({ ...old, host: 'other.example' })?.id).not.toBe(first?.id);
  });
});

describe('reportFromStored', () => {
  it('round-trips a report and refuses junk', () => {
    const r = toReport(base);
    expect(reportFromStored(JSON.parse(JSON.stringify(r)))).toEqual(r);
    expect(reportFromStored(null)).toBeNull();
    expect(reportFromStored({ event: 'nope' })).toBeNull();
    expect(reportFromStored('blocked')).toBeNull();
  });
});

describe('property: no report carries a query string, fragment or user info', () => {
  // Distinctive markers so a leak is unambiguous; no "?" or "#" in them.
  const marker = fc.stringMatching(/^[a-z0-9]{6,12}$/).map((s) => `zz${s}`);
  const hostLike = fc.oneof(fc.domain(), fc.constant('127.0.0.1'), fc.constant('[::1]'), fc.constant('xn--cme-8cd.com'));

  it('holds for arbitrary URLs in every text field', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('http', 'https', 'blob:https', 'ftp', 'wss'),
        hostLike,
        fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
        fc.webPath(),
        marker,
        marker,
        marker,
        fc.string(),
        (scheme, host, port, path, query, fragment, secret, noise) => {
          const url = `${scheme}://user-${secret}:pw-${secret}@${host}${port ? `:${port}` : ''}${path}?q=${query}&${noise.replace(/[#\s]/g, '')}#${fragment}`;
          const r = toReport({
            ...base,
            host: url,
            target: url,
            pageOrigin: url,
            reasons: [{ rule: url, detail: `see ${url} now` }],
          });
          const text = JSON.stringify(r);
          for (const m of [query, fragment, secret]) expect(text).not.toContain(m);
          expect(text).not.toMatch(/[?#]/);
          if (r.pageOrigin !== null) expect(r.pageOrigin).toMatch(/^https?:\/\/[^/?#@]+$/);
        },
      ),
      { seed: 20250102, numRuns: 1000 },
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.anything(), (host, origin, reasons, score) => {
        const r = toReport({ ...base, host, pageOrigin: origin, reasons, score } as unknown as GuardEvent);
        expect(typeof r.host).toBe('string');
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
