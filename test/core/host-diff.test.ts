import { describe, expect, it } from 'vitest';
import { codePointLabel, diffHosts } from '../../src/core/host-diff.ts';

const changed = (d: { char: string; changed: boolean }[]): string =>
  d.filter((c) => c.changed).map((c) => c.char).join('');

describe('diffHosts', () => {
  it('marks nothing for equal hosts', () => {
    const d = diffHosts('acme.okta.com', 'acme.okta.com');
    expect(changed(d.host)).toBe('');
    expect(changed(d.target)).toBe('');
  });

  it('marks a substituted separator', () => {
    const d = diffHosts('twilio-okta.com', 'twilio.okta.com');
    expect(changed(d.host)).toBe('-');
    expect(changed(d.target)).toBe('.');
  });

  it('marks inserted characters on the lookalike only', () => {
    const d = diffHosts('acmee.com', 'acme.com');
    expect(changed(d.host)).toBe('e');
    expect(changed(d.target)).toBe('');
    expect(d.host.map((c) => c.char).join('')).toBe('acmee.com');
  });

  it('marks rn standing for m', () => {
    const d = diffHosts('acrne.com', 'acme.com');
    expect(changed(d.host)).toBe('rn');
    expect(changed(d.target)).toBe('m');
  });

  it('names non-ASCII characters by code point', () => {
    const d = diffHosts('\u0430cme.com', 'acme.com');
    expect(d.host[0]).toEqual({ char: '\u0430', changed: true, codePoint: 'U+0430' });
    expect(d.host[1]).toEqual({ char: 'c', changed: false });
    expect(changed(d.target)).toBe('a');
  });

  it('handles astral characters as one character', () => {
    const d = diffHosts('\u{1D41A}cme.com', 'acme.com');
    expect(d.host[0]?.codePoint).toBe('U+1D41A');
    expect(d.host).toHaveLength(8);
  });

  it('puts an insertion after the common start', () => {
    const d = diffHosts('twi1io-okta.com', 'twilio.com');
    expect(d.host.map((c) => (c.changed ? `[${c.char}]` : c.char)).join('')).toBe('twi[1]io[-][o][k][t][a].com');
    expect(changed(d.target)).toBe('l');
  });

  it('marks a transposition', () => {
    const d = diffHosts('amce.com', 'acme.com');
    expect(changed(d.host).length).toBeGreaterThan(0);
    expect(changed(d.host).length).toBeLessThanOrEqual(2);
  });

  it('marks an embedded protected host: only the extra labels differ', () => {
    const d = diffHosts('acme.okta.com.login-verify.net', 'acme.okta.com');
    expect(changed(d.target)).toBe('');
    expect(changed(d.host)).toBe('.login-verify.net');
  });

  it('does not align very long inputs but never throws', () => {
    const long = `${'a'.repeat(600)}.com`;
    const d = diffHosts(long, 'acme.com');
    expect(d.host.every((c) => c.changed)).toBe(true);
    expect(diffHosts('', '')).toEqual({ host: [], target: [] });
  });
});

describe('codePointLabel', () => {
  it('labels only characters outside printable ASCII', () => {
    expect(codePointLabel('a')).toBeUndefined();
    expect(codePointLabel('-')).toBeUndefined();
    expect(codePointLabel('\u0131')).toBe('U+0131');
    expect(codePointLabel('\u00e9')).toBe('U+00E9');
  });
});
