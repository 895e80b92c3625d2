import { describe, expect, it } from 'vitest';
import { siteName } from '../../src/core/site-name.ts';

describe('siteName', () => {
  it('names a company domain by its registrable label', () => {
    expect(siteName('twilio.com')).toEqual({ name: 'Twilio' });
    expect(siteName('login.acme.co.uk')).toEqual({ name: 'Acme' });
  });

  it('names a tenant on an identity provider by the tenant', () => {
    expect(siteName('twilio.okta.com')).toEqual({ name: 'Twilio', via: 'Okta' });
    expect(siteName('acme-admin.okta.com')).toEqual({ name: 'Acme', via: 'Okta' });
    expect(siteName('acme.us.auth0.com')).toEqual({ name: 'Acme', via: 'Auth0' });
  });

  it('names an identity provider itself', () => {
    expect(siteName('login.microsoftonline.com')).toEqual({ name: 'Microsoft' });
    expect(siteName('okta.com')).toEqual({ name: 'Okta' });
    expect(siteName('login.okta.com')).toEqual({ name: 'Okta' });
  });

  it('falls back to the text for what is not a host', () => {
    expect(siteName('')).toEqual({ name: '' });
    expect(siteName('127.0.0.1')).toEqual({ name: '127.0.0.1' });
  });
});
