/**
 * What the scan says about real shapes, end to end through the CLI. These
 * depend on the detection rules in src/core (issue 2's "done when" list).
 */
import { describe, expect, it } from 'vitest';
import { jsonLines, runCli } from './mem-io.ts';

async function levels(hosts: string[], argv: string[], files: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const r = await runCli(['scan', ...argv], { stdin: `${hosts.join('\n')}\n`, files });
  expect(r.code).toBe(0);
  return Object.fromEntries(jsonLines(r.stdout).map((x) => [x['input'], x['level']]));
}

describe('scan behaviour', () => {
  it('issue 2: twilio-okta.com is block (or warn), twilio.com trusted, example.org allow, with --protect twilio.com', async () => {
    const got = await levels(['twilio-okta.com', 'twilio.com', 'example.org'], ['--protect', 'twilio.com']);
    expect(got['twilio-okta.com']).toMatch(/^(block|warn)$/);
    expect(got['twilio.com']).toBe('trusted');
    expect(got['example.org']).toBe('allow');
  });

  it('issue 2: the managed-policy list, through --policy', async () => {
    const files = { 'p.json': JSON.stringify({ protectedDomains: ['twilio.com', 'twilio.okta.com'] }) };
    const got = await levels(['twilio-okta.com', 'twilio-sso.net', 'okta-twilio.net', 'twilio.okta.com', 'login.twilio.com', 'example.org'], ['--policy', 'p.json'], files);
    expect(got['twilio-okta.com']).toMatch(/^(block|warn)$/);
    expect(got['twilio-sso.net']).toMatch(/^(block|warn)$/);
    expect(got['okta-twilio.net']).toMatch(/^(block|warn)$/);
    expect(got['twilio.okta.com']).toBe('trusted');
    expect(got['login.twilio.com']).toBe('trusted');
    expect(got['example.org']).toBe('allow');
  });

  it('a flagged host names the protected target and gives readable reasons', async () => {
    const r = await runCli(['scan', '--protect', 'twilio.com'], { stdin: 'twilio-okta.com\n' });
    const [x] = jsonLines(r.stdout);
    expect(x?.['target']).toBe('twilio.com');
    const reasons = x?.['reasons'] as { rule: string; detail: string }[];
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason.detail.length).toBeGreaterThan(10);
    expect(x?.['score']).toBeGreaterThan(0);
  });

  it('hostile URLs never come out trusted', async () => {
    const got = await levels(['https://acme.okta.com@evil.io/', 'acme.okta.com.evil.io', 'login.acme.com-secure.io'], ['--protect', 'acme.com,acme.okta.com']);
    for (const level of Object.values(got)) expect(level).not.toBe('trusted');
    expect(got['acme.okta.com.evil.io']).toMatch(/^(block|warn)$/);
  });

  it('check explains a lookalike to a person', async () => {
    const r = await runCli(['check', '--protect', 'twilio.com', 'twilio-okta.com']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^twilio-okta\.com\n {2}level: {3}(block|warn)\n/);
    expect(r.stdout).toContain('  target:  twilio.com\n');
    expect(r.stdout).toMatch(/\n {4}- \w[\w-]*: .+\n/);
  });
});
