import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
import { toTabRecord as toTabVerdict } from '../../src/core/tab-record.ts';

describe('toTabVerdict', () => {
  const good = {
    host: 'twilio-okta.com',
    level: 'block',
    action: 'block',
    score: 0.93,
    target: 'twilio.okta.com',
    reasons: [{ rule: 'combosquat', detail: 'joins twilio and okta' }],
    url: 'http://twilio-okta.com/login',
  };

  it('accepts the worker record', () => {
    expect(toTabVerdict(good)).toEqual(good);
  });

  it('drops malformed reasons and a non-string target', () => {
    const v = toTabVerdict({ ...good, target: 5, reasons: [{ rule: 'x' }, null, { rule: 'a', detail: 'b' }] });
    expect(v?.reasons).toEqual([{ rule: 'a', detail: 'b' }]);
    expect(v && 'target' in v).toBe(false);
  });

  it.each([null, 'x', { ...good, level: 'evil' }, { ...good, action: 'explode' }, { ...good, host: 1 }])('refuses %j', (v) => {
    expect(toTabVerdict(v)).toBeNull();
  });
});
