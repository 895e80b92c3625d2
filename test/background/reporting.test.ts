import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeFakeBrowser, type FakeBrowser } from './fake-browser.ts';

let fake: FakeBrowser;
vi.mock('webextension-polyfill', () => ({
  get default() {
    return fake;
  },
}));

type Events = typeof import('../../src/background/events.ts');
type Reporting = typeof import('../../src/background/reporting.ts');
let events: Events;
let reporting: Reporting;

interface Sent {
  url: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}
let sent: Sent[];
let respond: (url: string) => Promise<number>;
// A hung endpoint, released after each test so its flush ends inside that test.
let releaseHang: () => void;
let hung: () => Promise<number>;

const input = (n = 0) => ({
  event: 'blocked' as const,
  host: `acme-okta${n}.com`,
  target: 'acme.okta.com',
  level: 'block' as const,
  score: 0.9,
  reasons: [{ rule: 'combosquat', detail: 'brand plus okta' }],
  pageOrigin: `https://acme-okta${n}.com/login?user=alice#pw`,
});

async function until(cond: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    if (await cond()) return;
    await new Promise((r) => setImmediate(r));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const local = () => fake.storage.local.data;
const queueLength = () => (Array.isArray(local()['reportQueue']) ? (local()['reportQueue'] as unknown[]).length : 0);

beforeEach(async () => {
  fake = makeFakeBrowser();
  sent = [];
  respond = async () => 200;
  const hang = new Promise<number>((resolve) => {
    releaseHang = () => resolve(503);
  });
  hung = () => hang;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const status = await respond(url);
    sent.push({ url, headers: init.headers as Record<string, string>, body: JSON.parse(String(init.body)) as Record<string, unknown> });
    return { status } as Response;
  });
  vi.resetModules();
  events = await import('../../src/background/events.ts');
  reporting = await import('../../src/background/reporting.ts');
});

afterEach(async () => {
  vi.useRealTimers();
  releaseHang();
  await reporting.flushReports();
  vi.unstubAllGlobals();
});

describe('recordEvent', () => {
  it('stores a sanitised event with time and versions, and does not queue without reportUrl', async () => {
    await events.recordEvent(input());
    const [e] = local()['events'] as Record<string, unknown>[];
    expect(e).toMatchObject({ event: 'blocked', host: 'acme-okta0.com', pageOrigin: 'https://acme-okta0.com', extensionVersion: '9.8.7' });
    expect(e?.['policyVersion']).toMatch(/^[0-9a-f]{8}$/);
    expect(Date.parse(String(e?.['time']))).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(local())).not.toMatch(/alice|#pw/);
    expect(local()['reportQueue']).toBeUndefined();
  });

  it('loses no event under 200 concurrent calls', async () => {
    local()['localPolicy'] = { reportUrl: 'https://siem.example/hook' };
    respond = hung; // nothing leaves the queue
    await Promise.all(Array.from({ length: 200 }, (_, i) => events.recordEvent(input(i))));
    const hosts = (local()['events'] as { host: string }[]).map((e) => e.host);
    expect(new Set(hosts).size).toBe(200);
    expect(queueLength()).toBe(200);
  });

  it('keeps the newest 1000 events', async () => {
    local()['events'] = Array.from({ length: 1000 }, () => ({ event: 'warned', host: 'old.com' }));
    await events.recordEvent(input(7));
    const log = local()['events'] as { host: string }[];
    expect(log).toHaveLength(1000);
    expect(log.at(-1)?.host).toBe('acme-okta7.com');
  });

  it('resolves without waiting for a hung endpoint', async () => {
    local()['localPolicy'] = { reportUrl: 'https://siem.example/hook' };
    respond = hung;
    await events.recordEvent(input());
    expect(queueLength()).toBe(1);
  });

  it('uses the policy passed in instead of storage', async () => {
    await events.recordEvent(input(), {
      ...(await import('../../src/core/policy.ts')).DEFAULT_POLICY,
      reportUrl: 'http://127.0.0.1:9/x',
    });
    await until(() => sent.length === 1, 'the POST');
    expect(sent[0]?.url).toBe('http://127.0.0.1:9/x');
  });

  it('does not queue for a reportUrl the policy refuses (plain http off loopback)', async () => {
    local()['localPolicy'] = { reportUrl: 'http://siem.example/hook' };
    await events.recordEvent(input());
    expect(local()['reportQueue']).toBeUndefined();
  });
});

describe('reporting', () => {
  it('POSTs the report JSON with the policy headers and empties the queue', async () => {
    fake.storage.managed.throwOnGet = false;
    fake.storage.managed.data['reportUrl'] = 'https://siem.example/hook';
    fake.storage.managed.data['reportHeaders'] = { Authorization: 'Bearer t0k' };
    await events.recordEvent(input());
    await until(() => sent.length === 1 && queueLength() === 0, 'delivery');
    expect(sent[0]?.headers).toEqual({ Authorization: 'Bearer t0k', 'Content-Type': 'application/json' });
    expect(Object.keys(sent[0]?.body ?? {}).sort()).toEqual(
      ['id', 'event', 'extensionVersion', 'host', 'level', 'pageOrigin', 'policyVersion', 'reasons', 'score', 'target', 'time'].sort(),
    );
    expect(sent[0]?.body['id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(JSON.stringify(sent[0]?.body)).not.toMatch(/alice|[?#]/);
  });

  it('gives every event its own id, kept in the event log and sent as it is', async () => {
    fake.storage.managed.throwOnGet = false;
    fake.storage.managed.data['reportUrl'] = 'https://siem.example/hook';
    await events.recordEvent(input(1));
    await events.recordEvent(input(2));
    await until(() => sent.length === 2 && queueLength() === 0, 'delivery');
    const ids = sent.map((s) => s.body['id']);
    expect(new Set(ids).size).toBe(2);
    const logged = (local()['events'] as { id: string }[]).map((e) => e.id);
    expect(logged.slice(-2)).toEqual(ids);
  });

  it('on failure keeps the event and schedules an alarm with backoff; the alarm delivers it later', async () => {
    local()['localPolicy'] = { reportUrl: 'https://siem.example/hook' };
    respond = async () => 503;
    await events.recordEvent(input());
    await until(() => fake.alarms.store.has(reporting.REPORT_ALARM), 'the retry alarm');
    const first = local()['reportRetry'] as { attempt: number; nextAt: number };
    expect(first.attempt).toBe(1);
    expect(first.nextAt - Date.now()).toBeGreaterThan(25_000);
    expect(queueLength()).toBe(1);

    // A new event during the backoff waits for the alarm instead of hammering the endpoint.
    const before = sent.length;
    await events.recordEvent(input(1));
    expect(queueLength()).toBe(2);
    expect(sent.length).toBe(before);

    await reporting.handleAlarm({ name: reporting.REPORT_ALARM, scheduledTime: Date.now() });
    expect((local()['reportRetry'] as { attempt: number }).attempt).toBe(2);
    expect((local()['reportRetry'] as { nextAt: number }).nextAt - Date.now()).toBeGreaterThan(55_000);

    respond = async () => 204;
    await reporting.handleAlarm({ name: reporting.REPORT_ALARM, scheduledTime: Date.now() });
    expect(queueLength()).toBe(0);
    expect(local()['reportRetry']).toBeUndefined();
    expect(fake.alarms.store.has(reporting.REPORT_ALARM)).toBe(false);
    expect(sent.slice(-2).map((s) => s.body['host'])).toEqual(['acme-okta0.com', 'acme-okta1.com']);
  });

  it('a failure part-way keeps exactly the unsent reports, in order', async () => {
    local()['localPolicy'] = { reportUrl: 'https://siem.example/hook' };
    const { toReport } = await import('../../src/core/event.ts');
    local()['reportQueue'] = [0, 1, 2, 3].map((i) => ({
      id: `q${i}`,
      report: toReport({ ...input(i), id: 'e-test', time: '', extensionVersion: '', policyVersion: '' }),
    }));
    let calls = 0;
    respond = async () => (++calls === 3 ? 500 : 200);
    expect(await reporting.flushReports()).toEqual({ sent: 2, remaining: 2, stopped: 'failed' });
    expect((local()['reportQueue'] as { id: string }[]).map((e) => e.id)).toEqual(['q2', 'q3']);
    respond = async () => 200;
    expect(await reporting.flushReports()).toEqual({ sent: 2, remaining: 0 });
    // Every POST attempt, the failed third one included: q2 went twice, nothing else did.
    expect(sent.map((x) => x.body['host'])).toEqual(['acme-okta0.com', 'acme-okta1.com', 'acme-okta2.com', 'acme-okta2.com', 'acme-okta3.com']);
  });

  it('ignores other alarms', async () => {
    expect(await reporting.handleAlarm({ name: 'something-else', scheduledTime: 0 })).toBe(false);
  });

  it('bounds the queue, counts the drops, and tells the endpoint once', async () => {
    local()['localPolicy'] = { reportUrl: 'https://siem.example/hook' };
    local()['reportRetry'] = { attempt: 3, nextAt: Date.now() + 3_600_000 }; // in backoff: nothing sent yet
    const { toReport } = await import('../../src/core/event.ts');
    local()['reportQueue'] = Array.from({ length: reporting.MAX_QUEUE }, (_, i) => ({
      id: `old-${i}`,
      report: toReport({ ...input(i), id: `e${i}`, time: '2025-01-01T00:00:00Z', extensionVersion: '1', policyVersion: 'p' }),
    }));
    await events.recordEvent(input(9999));
    await events.recordEvent(input(10000));
    expect(queueLength()).toBe(reporting.MAX_QUEUE);
    expect(local()['reportDropped']).toBe(2);
    expect(await reporting.reportStatus()).toMatchObject({ queued: reporting.MAX_QUEUE, dropped: 2 });

    const r = await reporting.flushReports();
    expect(r).toEqual({ sent: reporting.MAX_QUEUE, remaining: 0 });
    expect(sent[0]?.body['host']).toBe('acme-okta2.com'); // the two oldest went
    expect(sent[0]?.body['queueDropped']).toBe(2);
    expect(sent.slice(1).some((s) => 'queueDropped' in s.body)).toBe(false);
    expect(sent.at(-1)?.body['host']).toBe('acme-okta10000.com');
  }, 15_000);

  it('aborts a POST that takes longer than the timeout and retries later', async () => {
    local()['localPolicy'] = { reportUrl: 'https://siem.example/hook' };
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      return new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { toReport } = await import('../../src/core/event.ts');
    local()['reportQueue'] = [{ id: 'a', report: toReport({ ...input(), id: 'e-test', time: '', extensionVersion: '', policyVersion: '' }) }];
    const flushing = reporting.flushReports();
    await until(async () => {
      await vi.advanceTimersByTimeAsync(reporting.FETCH_TIMEOUT_MS);
      return fake.alarms.store.has(reporting.REPORT_ALARM);
    }, 'the abort');
    expect(await flushing).toMatchObject({ stopped: 'failed', remaining: 1 });
    // Leave a fetch that answers, so afterEach's drain does not wait on an abort.
    vi.stubGlobal('fetch', async () => ({ status: 200 }) as Response);
  });

  it('keeps the queue when no endpoint is set, and sends it to a new endpoint as soon as one is set', async () => {
    local()['localPolicy'] = { reportUrl: 'https://old.example/hook' };
    respond = async () => 500;
    await events.recordEvent(input());
    await until(() => fake.alarms.store.has(reporting.REPORT_ALARM), 'the retry alarm');

    reporting.registerReportingListeners();
    respond = async () => 200;
    await fake.storage.local.set({ localPolicy: { reportUrl: 'https://new.example/hook' } });
    await until(() => queueLength() === 0, 'delivery to the new endpoint');
    expect(sent.at(-1)?.url).toBe('https://new.example/hook');
    expect(fake.alarms.store.has(reporting.REPORT_ALARM)).toBe(false);
  });

  it('an event queued while a flush without an endpoint runs is sent once the endpoint is there', async () => {
    // A flush that started under the old policy (no endpoint) and is still busy
    // must not swallow what is queued meanwhile under the new one.
    const { DEFAULT_POLICY } = await import('../../src/core/policy.ts');
    let releaseBusy: () => void = () => undefined;
    const busy = new Promise<void>((r) => {
      releaseBusy = r;
    });
    const clear = fake.alarms.clear.bind(fake.alarms);
    fake.alarms.clear = async (name: string) => {
      await busy;
      return clear(name);
    };
    const endpointless = reporting.flushReports({ ...DEFAULT_POLICY, reportUrl: '' });
    local()['localPolicy'] = { reportUrl: 'https://siem.example/hook' };
    await events.recordEvent(input());
    releaseBusy();
    await endpointless;
    await until(() => sent.length === 1 && queueLength() === 0, 'delivery after the endpointless run');
    expect(sent[0]?.url).toBe('https://siem.example/hook');
  });

  it('a flush asked for during a failing run waits for the backoff: no second post in a row', async () => {
    local()['localPolicy'] = { reportUrl: 'https://siem.example/hook' };
    respond = hung;
    await events.recordEvent(input(1));
    await until(() => queueLength() === 1, 'the first event queued');
    await events.recordEvent(input(2));
    // Joins the hung run: resolves when that run, and any run it chains, is over.
    const whole = reporting.flushReports();
    releaseHang();
    await whole;
    expect(fake.alarms.store.has(reporting.REPORT_ALARM)).toBe(true);
    expect(sent).toHaveLength(1);
    expect(queueLength()).toBe(2);
  });

  it('without an endpoint, a flush keeps the queue and drops the alarm', async () => {
    const { toReport } = await import('../../src/core/event.ts');
    local()['reportQueue'] = [{ id: 'a', report: toReport({ ...input(), id: 'e-test', time: '', extensionVersion: '', policyVersion: '' }) }];
    await fake.alarms.create(reporting.REPORT_ALARM, { when: Date.now() + 1000 });
    expect(await reporting.flushReports()).toEqual({ sent: 0, remaining: 1, stopped: 'no-endpoint' });
    expect(fake.alarms.store.has(reporting.REPORT_ALARM)).toBe(false);
  });

  it('on worker start re-creates a lost alarm for a queue in backoff', async () => {
    local()['localPolicy'] = { reportUrl: 'https://siem.example/hook' };
    const { toReport } = await import('../../src/core/event.ts');
    local()['reportQueue'] = [{ id: 'a', report: toReport({ ...input(), id: 'e-test', time: '', extensionVersion: '', policyVersion: '' }) }];
    const nextAt = Date.now() + 120_000;
    local()['reportRetry'] = { attempt: 2, nextAt };
    await reporting.resumeReporting();
    expect(fake.alarms.store.get(reporting.REPORT_ALARM)?.scheduledTime).toBe(nextAt);
    expect(sent).toHaveLength(0);
  });

  it('on worker start flushes a queue whose backoff is over', async () => {
    local()['localPolicy'] = { reportUrl: 'https://siem.example/hook' };
    const { toReport } = await import('../../src/core/event.ts');
    local()['reportQueue'] = [{ id: 'a', report: toReport({ ...input(), id: 'e-test', time: '', extensionVersion: '', policyVersion: '' }) }];
    local()['reportRetry'] = { attempt: 2, nextAt: Date.now() - 1 };
    await reporting.resumeReporting();
    expect(sent).toHaveLength(1);
    expect(queueLength()).toBe(0);
  });

  it('throws away a stored queue entry of the wrong shape instead of sending it', async () => {
    local()['localPolicy'] = { reportUrl: 'https://siem.example/hook' };
    local()['reportQueue'] = [{ id: 'x', report: { event: 'nope', password: 'p' } }, 'junk', null];
    expect(await reporting.flushReports()).toEqual({ sent: 0, remaining: 0 });
    expect(sent).toHaveLength(0);
  });
});
