import { describe, expect, it } from 'vitest';
import { isHostError, isSameOrSubdomain, parseHost, type HostInfo, type HostResult } from '../../src/core/host.ts';

function ok(r: HostResult): HostInfo {
  if (isHostError(r)) throw new Error(`expected a host, got error: ${r.error}`);
  return r;
}

describe('parseHost: normal hosts and URLs', () => {
  it('splits a plain host into registrable domain, label, suffix and subdomains', () => {
    const h = ok(parseHost('login.acme.com'));
    expect(h).toMatchObject({
      hostname: 'login.acme.com',
      unicode: 'login.acme.com',
      isIp: false,
      domain: 'acme.com',
      domainLabel: 'acme',
      domainLabelUnicode: 'acme',
      suffix: 'com',
      subdomainLabels: ['login'],
    });
  });

  it('understands multi-label public suffixes', () => {
    const h = ok(parseHost('www.acme.co.uk'));
    expect([h.domain, h.domainLabel, h.suffix, h.subdomainLabels]).toEqual(['acme.co.uk', 'acme', 'co.uk', ['www']]);
  });

  it('counts private suffixes (foo.github.io is its own site)', () => {
    const h = ok(parseHost('foo.github.io'));
    expect([h.domain, h.domainLabel, h.suffix]).toEqual(['foo.github.io', 'foo', 'github.io']);
  });

  it('judges a host that is itself a private suffix by its ICANN domain', () => {
    const h = ok(parseHost('github.io'));
    expect([h.domain, h.domainLabel]).toEqual(['github.io', 'github']);
  });

  it('lists subdomain labels outermost first', () => {
    expect(ok(parseHost('a.b.c.acme.com')).subdomainLabels).toEqual(['a', 'b', 'c']);
  });

  it.each([
    ['https://login.acme.com/path?q=1#frag', 'login.acme.com'],
    ['http://acme.com:8443/x', 'acme.com'],
    ['acme.com:8443', 'acme.com'],
    ['wss://acme.com/socket', 'acme.com'],
    ['ftp://acme.com/', 'acme.com'],
    ['//acme.com/x', 'acme.com'],
    ['ACME.COM', 'acme.com'],
    ['HTTPS://Login.ACME.com/', 'login.acme.com'],
    ['acme.com.', 'acme.com'],
    ['acme.com..', 'acme.com'],
    ['  acme.com  ', 'acme.com'],
    ['acme\u3002com', 'acme.com'], // ideographic full stop is a dot to browsers
    ['\uff41\uff43\uff4d\uff45.com', 'acme.com'], // full-width letters map to ASCII
  ])('%j -> %s', (input, hostname) => {
    expect(ok(parseHost(input)).hostname).toBe(hostname);
  });
});

describe('parseHost: the host that counts in hostile URLs', () => {
  it('takes the host after the userinfo, not the protected name before @', () => {
    const h = ok(parseHost('https://acme.okta.com@evil.io'));
    expect(h.hostname).toBe('evil.io');
    expect(h.domain).toBe('evil.io');
  });

  it('also without a scheme, and with a password and port', () => {
    expect(ok(parseHost('acme.okta.com:443@evil.io')).hostname).toBe('evil.io');
    expect(ok(parseHost('user@host.example')).hostname).toBe('host.example');
    expect(ok(parseHost('http://user:pw@acme.com:80/x')).hostname).toBe('acme.com');
  });

  it('keeps the whole host when a protected host is only its prefix', () => {
    const h = ok(parseHost('acme.okta.com.evil.io'));
    expect(h.domain).toBe('evil.io');
    expect(h.subdomainLabels).toEqual(['acme', 'okta', 'com']);
  });

  it('decodes percent-encoded dots in the host', () => {
    expect(ok(parseHost('acme.okta.com%2eevil.io')).domain).toBe('evil.io');
  });

  it('treats a backslash as a path separator like browsers do', () => {
    // Chromium opens acme.okta.com for this URL, so that is the host to judge.
    expect(ok(parseHost('http://acme.okta.com\\@evil.io')).hostname).toBe('acme.okta.com');
  });

  it('takes the creator origin of a blob: URL', () => {
    expect(ok(parseHost('blob:https://evil.io/7d6c1c52-9a9e-4b3b-9b0f-2b1f9d0b6a11')).hostname).toBe('evil.io');
  });

  it.each(['data:text/html,<h1>Okta</h1>', 'about:blank', 'javascript:alert(1)', 'blob:null/abc', 'file:///etc/passwd',
    'chrome://settings', 'view-source:https://acme-sso.com', 'mailto:a@acme-sso.com', 'filesystem:https://x.io/temporary/f'])(
    '%j has no web host',
    (input) => {
      const r = parseHost(input);
      expect(isHostError(r)).toBe(true);
    },
  );
});

describe('parseHost: IDN and punycode', () => {
  it('keeps ASCII punycode as the hostname and decodes it for display', () => {
    const h = ok(parseHost('\u0430cme.com'));
    expect(h.hostname).toBe('xn--cme-5cd.com');
    expect(h.unicode).toBe('\u0430cme.com');
    expect(h.domainLabel).toBe('xn--cme-5cd');
    expect(h.domainLabelUnicode).toBe('\u0430cme');
  });

  it('gives the same parts for the punycode and the Unicode spelling', () => {
    expect(ok(parseHost('XN--CME-5CD.COM.'))).toEqual(ok(parseHost('\u0430cme.com')));
  });

  it('rejects invalid punycode labels instead of throwing', () => {
    for (const input of ['xn--zz.com', 'xn--zz.acme.com', 'xn--a.com', 'xn--.com']) {
      expect(() => parseHost(input)).not.toThrow();
      expect(isHostError(parseHost(input)), input).toBe(true);
    }
  });
});

describe('parseHost: IP literals', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['0x7f.1', '127.0.0.1'],
    ['127.1', '127.0.0.1'],
    ['017700000001', '127.0.0.1'],
    ['[::1]', '[::1]'],
    ['[::1]:8080', '[::1]'],
    ['http://[::ffff:127.0.0.1]/', '[::ffff:7f00:1]'],
  ])('%j is the IP %s', (input, hostname) => {
    const h = ok(parseHost(input));
    expect(h.isIp).toBe(true);
    expect(h.hostname).toBe(hostname);
    expect(h.domain).toBeNull();
  });

  it('rejects impossible addresses', () => {
    expect(isHostError(parseHost('999.999.999.999'))).toBe(true);
    expect(isHostError(parseHost('1.2.3.4.5'))).toBe(true);
  });
});

describe('parseHost: malformed input never throws', () => {
  const long = ['a'.repeat(63), 'b'.repeat(63), 'c'.repeat(63), 'd'.repeat(57)].join('.') + '.com';

  it('accepts a 253-character host', () => {
    expect(long.length).toBe(253);
    const h = ok(parseHost(long));
    expect(h.hostname).toBe(long);
    expect(h.domain).toBe(`${'d'.repeat(57)}.com`);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['acme.com\u0000.evil.io', 'control'],
    ['acme .com', 'white space'],
    ['acme.com\nevil.io', 'white space'],
    ['a'.repeat(10_000), '8192'],
    ['.acme.com', 'empty label'],
    ['acme..com', 'empty label'],
    ['http://', 'not a valid'],
    ['http://acme.com:99999', 'not a valid'],
  ])('%j -> error mentioning %s', (input, fragment) => {
    const r = parseHost(input);
    if (!isHostError(r)) throw new Error(`expected an error for ${JSON.stringify(input)}, got ${r.hostname}`);
    expect(r.error).toContain(fragment);
  });

  it('rejects non-string input given by untyped callers', () => {
    expect(parseHost(42 as unknown as string)).toEqual({ error: 'not a string' });
    expect(parseHost(null as unknown as string)).toEqual({ error: 'not a string' });
  });

  it('a bare public suffix or single label has no registrable domain', () => {
    for (const input of ['com', 'co.uk', 'localhost']) {
      const h = ok(parseHost(input));
      expect(h.domain, input).toBeNull();
      expect(h.domainLabel, input).toBeNull();
    }
  });
});

describe('isSameOrSubdomain', () => {
  it.each([
    ['acme.com', 'acme.com', true],
    ['login.acme.com', 'acme.com', true],
    ['a.b.acme.com', 'acme.com', true],
    ['evilacme.com', 'acme.com', false],
    ['acme.com.evil.io', 'acme.com', false],
    ['acme.co', 'acme.com', false],
    ['com', 'acme.com', false],
  ])('%s under %s: %s', (host, base, want) => {
    expect(isSameOrSubdomain(host, base)).toBe(want);
  });
});

describe('characters no host name has', () => {
  it.each(['=1+1', 'a,b', 'acme.com;evil', "o'reilly.com", 'ac(me).com'])('%s is an error, not a host', (input) => {
    expect(parseHost(input)).toHaveProperty('error');
  });
  it('keeps underscores, which real DNS names use', () => {
    expect(parseHost('_dmarc.acme.com')).toMatchObject({ hostname: '_dmarc.acme.com' });
  });
});
