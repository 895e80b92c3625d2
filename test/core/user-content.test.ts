import { describe, expect, it } from 'vitest';
import { isHostError, parseHost, type HostInfo } from '../../src/core/host.ts';
import { asUserContent, isUserContent } from '../../src/core/user-content.ts';

const read = (host: string): HostInfo => {
  const info = parseHost(host);
  if (isHostError(info)) throw new Error(info.error);
  return asUserContent(info);
};

describe('user-content zones inside IdP families', () => {
  it('make the customer label the registrable one', () => {
    expect(read('n-4f2k-0lu-script.googleusercontent.com')).toMatchObject({ domain: 'n-4f2k-0lu-script.googleusercontent.com', domainLabel: 'n-4f2k-0lu-script', suffix: 'googleusercontent.com', subdomainLabels: [] });
    expect(read('a.b.acme-okta.cloudapp.net')).toMatchObject({ domain: 'acme-okta.cloudapp.net', subdomainLabels: ['a', 'b'] });
  });

  it('take the wildcard label (the Azure region) into the zone', () => {
    expect(read('login.acme.eastus.cloudapp.azure.com')).toMatchObject({ domain: 'acme.eastus.cloudapp.azure.com', domainLabel: 'acme', suffix: 'eastus.cloudapp.azure.com', subdomainLabels: ['login'] });
  });

  it('leave the zones themselves, and every other host, as parsed', () => {
    for (const host of ['googleusercontent.com', 'cloudapp.azure.com', 'eastus.cloudapp.azure.com', 'login.microsoftonline.com', 'acme.com', 'xgoogleusercontent.com']) {
      expect(isUserContent(host), host).toBe(false);
      const info = parseHost(host);
      if (isHostError(info)) throw new Error(info.error);
      expect(asUserContent(info), host).toBe(info);
    }
  });
});
