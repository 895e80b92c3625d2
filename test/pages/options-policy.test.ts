import { describe, expect, it } from 'vitest';
import { POLICY_CATALOGUE } from '../../src/core/policy-catalogue.ts';
import { formToRaw, isFormatError, rawToForm, textToHeaders, textToList } from '../../src/pages/options/field-codec.ts';
import { errorsByKey, nextLocalPolicy, validateRaw } from '../../src/pages/options/local-policy.ts';

describe('field codec', () => {
  it('splits lists on lines and commas and drops blanks', () => {
    expect(textToList(' acme.com\n\nacme.okta.com, login.acme.com \n')).toEqual(['acme.com', 'acme.okta.com', 'login.acme.com']);
    expect(textToList('')).toEqual([]);
  });

  it('reads headers as "Name: value" lines, keeping colons in the value', () => {
    expect(textToHeaders('Authorization: Bearer a:b\n\nX-Team: sec')).toEqual({ Authorization: 'Bearer a:b', 'X-Team': 'sec' });
    expect(isFormatError(textToHeaders('Authorization Bearer x'))).toBe(true);
    expect(isFormatError(textToHeaders(': nameless'))).toBe(true);
  });

  it('round-trips every catalogue kind', () => {
    const samples = {
      protectedDomains: ['acme.com', 'acme.okta.com'],
      brands: ['acmecorp'],
      identityProviders: false,
      mode: 'warn',
      reportUrl: 'https://siem.example/hook',
      reportHeaders: { Authorization: 'Bearer t' },
    } as const;
    for (const [key, value] of Object.entries(samples)) {
      const spec = POLICY_CATALOGUE[key as keyof typeof samples];
      expect(formToRaw(spec, rawToForm(spec, value))).toEqual(value);
    }
  });

  it('shows a wrong-typed stored list instead of hiding it', () => {
    expect(rawToForm(POLICY_CATALOGUE.protectedDomains, 'acme.com')).toBe('"acme.com"');
  });
});

describe('nextLocalPolicy', () => {
  it('stores only values that differ from the defaults', () => {
    expect(nextLocalPolicy({}, { protectedDomains: ['acme.com'], mode: 'block', allowBypass: true, blocklist: [] }, [])).toEqual({
      protectedDomains: ['acme.com'],
    });
  });

  it('removes a key set back to its default', () => {
    expect(nextLocalPolicy({ mode: 'warn' }, { mode: 'block' }, [])).toEqual({});
  });

  it('keeps the local value of a managed key and ignores edits to it', () => {
    expect(nextLocalPolicy({ mode: 'warn' }, { mode: 'monitor' }, ['mode'])).toEqual({ mode: 'warn' });
  });

  it('drops keys the catalogue does not know', () => {
    expect(nextLocalPolicy({ bogus: 1, mode: 'warn' }, {}, [])).toEqual({ mode: 'warn' });
  });
});

describe('validation for the form', () => {
  it('groups entry and header errors under their field', () => {
    const byKey = validateRaw({
      protectedDomains: ['acme.com', 'not a host', 'com'],
      reportUrl: 'http://siem.example/hook',
      reportHeaders: { 'Content-Type': 'text/plain' },
    });
    expect(byKey.get('protectedDomains')).toHaveLength(2);
    expect(byKey.get('protectedDomains')?.[0]).toMatch(/^\[1\]: /);
    expect(byKey.get('reportUrl')?.[0]).toMatch(/https/);
    expect(byKey.get('reportHeaders')?.[0]).toMatch(/^\.Content-Type: /);
    expect(byKey.has('mode')).toBe(false);
  });

  it('has nothing to say about a valid policy', () => {
    expect(validateRaw({ protectedDomains: ['acme.com'], reportUrl: 'http://127.0.0.1:8080/x', mode: 'monitor' }).size).toBe(0);
    expect(errorsByKey([]).size).toBe(0);
  });
});
