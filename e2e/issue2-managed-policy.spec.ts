/**
 * Admin policy through Chromium's managed policy directory
 * (/etc/chromium/policies/managed, root only). The fixture writes a uniquely
 * named file before launch and removes it afterwards; these specs run one
 * after another (workers: 1) because every Chromium on the machine reads
 * that directory.
 */
import { test, expect, TWILIO_POLICY } from './support/fixtures.ts';
import { computeExtensionId } from './support/launch.ts';
import { expectBlocked, visit } from './support/helpers.ts';

test.describe('managed policy at start-up', () => {
  test.use({ managedPolicy: TWILIO_POLICY, localPolicy: undefined });

  test('reaches storage.managed and blocks the issue 2 lookalikes; the real hosts stay untouched', async ({ page, servers, extensionId, inWorker }) => {
    // The policy file names the id derived from the manifest key; it must be the running one.
    expect(extensionId).toBe(computeExtensionId());
    await expect
      .poll(() => inWorker(async (chrome) => (await chrome.storage.managed.get(null)).protectedDomains, undefined))
      .toEqual(TWILIO_POLICY.protectedDomains);

    for (const host of ['twilio-okta.com', 'twilio-sso.net', 'okta-twilio.net']) {
      await visit(page, servers.url(host));
      await expectBlocked(page, extensionId);
    }
    for (const host of ['twilio.okta.com', 'login.twilio.com']) {
      const url = servers.url(host);
      await page.goto(url);
      await page.locator('input[name="credentials.passcode"]').click();
      await page.keyboard.type('pw');
      await expect(page.locator('input[name="credentials.passcode"]')).toHaveValue('pw');
      expect(page.url()).toBe(url);
    }
  });
});

test.describe('managed policy changed while the browser runs', () => {
  test.use({ managedPolicy: { ...TWILIO_POLICY, mode: 'monitor' }, localPolicy: undefined });

  test('monitor -> block after "Reload policies" in chrome://policy', async ({ page, context, servers, extensionId, inWorker, managedPolicyFile }) => {
    if (!managedPolicyFile) throw new Error('fixture did not write a managed policy file');
    await expect.poll(() => inWorker(async (chrome) => (await chrome.storage.managed.get(null)).mode, undefined)).toBe('monitor');

    // Monitor: the lookalike loads, and only an event records it.
    const first = servers.url('twilio-okta.com');
    await page.goto(first);
    await expect
      .poll(() =>
        inWorker(async (chrome) => {
          const events = (await chrome.storage.local.get('events')).events;
          return Array.isArray(events) ? events.filter((e: { host?: string }) => String(e.host).startsWith('twilio-okta.com')).map((e: { event?: string }) => e.event) : [];
        }, undefined),
      )
      .toContain('monitored');
    expect(page.url()).toBe(first);

    managedPolicyFile.write({ ...TWILIO_POLICY, mode: 'block' });
    await managedPolicyFile.reloadPolicies(context);
    await expect.poll(() => inWorker(async (chrome) => (await chrome.storage.managed.get(null)).mode, undefined)).toBe('block');

    await visit(page, servers.url('twilio-sso.net'));
    await expectBlocked(page, extensionId);
  });
});
