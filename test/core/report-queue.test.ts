import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDelivered, pushBounded, retryDelayMs, RETRY_BASE_MS, RETRY_MAX_MS } from '../../src/core/report-queue.ts';

describe('pushBounded', () => {
  it('appends while there is room', () => {
    expect(pushBounded([1, 2], [3], 5)).toEqual({ items: [1, 2, 3], dropped: 0 });
  });

  it('drops the oldest and counts them', () => {
    expect(pushBounded([1, 2, 3], [4, 5], 3)).toEqual({ items: [3, 4, 5], dropped: 2 });
  });

  it('does not mutate its input', () => {
    const q = [1, 2, 3];
    pushBounded(q, [4], 2);
    expect(q).toEqual([1, 2, 3]);
  });

  it('keeps at most max, newest last, and accounts for every item', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.array(fc.integer()), fc.integer({ min: 0, max: 50 }), (q, add, max) => {
        const r = pushBounded(q, add, max);
        expect(r.items.length).toBeLessThanOrEqual(max);
        expect(r.items.length + r.dropped).toBe(q.length + add.length);
        expect(r.items).toEqual([...q, ...add].slice(r.dropped));
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe('retryDelayMs', () => {
  it('starts at 30 s and doubles', () => {
    expect(retryDelayMs(1)).toBe(RETRY_BASE_MS);
    expect(retryDelayMs(2)).toBe(2 * RETRY_BASE_MS);
    expect(retryDelayMs(3)).toBe(4 * RETRY_BASE_MS);
  });

  it('is capped at an hour, even for absurd attempt numbers', () => {
    expect(retryDelayMs(50)).toBe(RETRY_MAX_MS);
    expect(retryDelayMs(Number.MAX_SAFE_INTEGER)).toBe(RETRY_MAX_MS);
  });

  it('treats nonsense attempts as the first', () => {
    expect(retryDelayMs(0)).toBe(RETRY_BASE_MS);
    expect(retryDelayMs(-3)).toBe(RETRY_BASE_MS);
    expect(retryDelayMs(Number.NaN)).toBe(RETRY_BASE_MS);
  });

  it('adds at most a fifth as jitter and never goes below the base schedule', () => {
    expect(retryDelayMs(1, 0.5)).toBe(RETRY_BASE_MS * 1.1);
    expect(retryDelayMs(1, 5)).toBeLessThan(RETRY_BASE_MS * 1.2);
    expect(retryDelayMs(1, -1)).toBe(RETRY_BASE_MS);
  });

  it('never shrinks as attempts grow', () => {
    for (let a = 1; a < 40; a++) expect(retryDelayMs(a + 1)).toBeGreaterThanOrEqual(retryDelayMs(a));
  });
});

describe('isDelivered', () => {
  it('accepts 2xx only', () => {
    expect(isDelivered(200)).toBe(true);
    expect(isDelivered(204)).toBe(true);
    expect(isDelivered(301)).toBe(false);
    expect(isDelivered(429)).toBe(false);
    expect(isDelivered(500)).toBe(false);
  });
});
