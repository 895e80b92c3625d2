import { describe, expect, it } from 'vitest';
import { readProtectedHosts } from '../../src/core/protected-host.ts';
import { workspaceHosts } from '../../src/core/workspace.ts';
import { protect, verdict } from './support.ts';

const workspacesOf = (hosts: string[]): string[] => [...workspaceHosts(readProtectedHosts(hosts))];

describe('workspaceHosts: protected hosts that are the company\u2019s workspace on another service', () => {
  it('is the company name as the last subdomain label on a domain that is not the company\u2019s', () => {
    expect(workspacesOf(['acme.com', 'acme.zendesk.com', 'acme.slack.com'])).toEqual(['acme.zendesk.com', 'acme.slack.com']);
  });

  it('is not a host of the company\u2019s own domains, an IdP tenant, or a domain whose name holds the company\u2019s', () => {
    expect(workspacesOf(['acme.com', 'login.acme.com', 'sso.acmecorp.com', 'acme.acmecorp.net', 'acme.okta.com', 'acme.github.io'])).toEqual([]);
  });

  it('needs the company name from another entry: a workspace listed alone cannot be told apart', () => {
    expect(workspacesOf(['acme.zendesk.com'])).toEqual([]);
  });
});

describe('a workspace listed in protectedDomains', () => {
  const engine = protect(['twilio.com', 'twilio.zendesk.com']);

  it('is trusted with its subdomains', () => {
    expect(verdict(engine, 'twilio.zendesk.com').level).toBe('trusted');
    expect(verdict(engine, 'help.twilio.zendesk.com').level).toBe('trusted');
  });

  it('does not make the service the company\u2019s: lookalike workspaces there are still caught', () => {
    expect(engine.ownDomains.has('zendesk.com')).toBe(false);
    expect(engine.company.brands.map((b) => b.token)).not.toContain('zendesk');
    expect(verdict(engine, 'twllio.zendesk.com').level).toBe('block');
    expect(verdict(engine, 'twilio-sso.zendesk.com').level).toBe('block');
    expect(verdict(engine, 'zendesk-login.com').level).toBe('allow');
  });
});
