/**
 * Hosts the user chose to continue to from the block page, for this browser
 * session only: storage.session "bypass" (cleared when the browser closes).
 */
import browser from 'webextension-polyfill';

export const BYPASS_KEY = 'bypass';

let cached: Promise<Set<string>> | null = null;

function toHosts(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((h): h is string => typeof h === 'string') : [];
}

export function bypassedHosts(): Promise<Set<string>> {
  cached ??= browser.storage.session.get(BYPASS_KEY).then(
    (s) => new Set(toHosts(s[BYPASS_KEY])),
    () => {
      cached = null;
      return new Set<string>();
    },
  );
  return cached;
}

export function invalidateBypass(): void {
  cached = null;
}

let writing: Promise<unknown> = Promise.resolve();

export function addBypass(host: string): Promise<void> {
  const run = writing.then(async () => {
    const hosts = toHosts((await browser.storage.session.get(BYPASS_KEY))[BYPASS_KEY]);
    if (!hosts.includes(host)) hosts.push(host);
    await browser.storage.session.set({ [BYPASS_KEY]: hosts });
    cached = null;
  });
  writing = run.catch(() => undefined);
  return run;
}
