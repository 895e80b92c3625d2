/**
 * declarativeNetRequest session rules: once a host has been blocked, its
 * main-frame and sub-frame requests are redirected to the block page by the
 * browser itself, so a repeat visit never reaches the network. Session rules
 * die with the browser session, like bypasses do. The rules are their own
 * record (host in the redirect path), so nothing else needs storing.
 */
import browser, { type DeclarativeNetRequest } from 'webextension-polyfill';
import { BLOCK_PAGE_PATH } from './block-page-url.ts';

const available = (): boolean => typeof browser.declarativeNetRequest?.updateSessionRules === 'function';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Exactly this host (any port), not its subdomains: a bypass of one host must not leave others open. */
function filterFor(host: string): string {
  return `^(https?|wss?)://${escapeRegex(host)}(:[0-9]+)?([/?#]|$)`;
}

function hostOf(rule: DeclarativeNetRequest.Rule): string | null {
  const path = rule.action.redirect?.extensionPath;
  if (!path?.startsWith(BLOCK_PAGE_PATH)) return null;
  try {
    return new URL(path, 'https://x.invalid').searchParams.get('host');
  } catch {
    return null;
  }
}

/**
 * Hosts that have a rule, cached for the worker's life so the navigation
 * path asks the browser once; the rules themselves stay the source of truth.
 */
let ruleHosts: Promise<Set<string>> | null = null;

function knownHosts(): Promise<Set<string>> {
  ruleHosts ??= browser.declarativeNetRequest.getSessionRules().then(
    (rules) => new Set(rules.map(hostOf).filter((h): h is string => h !== null)),
    () => {
      ruleHosts = null;
      return new Set<string>();
    },
  );
  return ruleHosts;
}

let chain: Promise<unknown> = Promise.resolve();
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const run = chain.then(fn, fn);
  chain = run.catch(() => undefined);
  return run;
}

export function addBlockRule(host: string): Promise<void> {
  if (!available()) return Promise.resolve();
  return serial(async () => {
    const rules = await browser.declarativeNetRequest.getSessionRules();
    if (rules.some((r) => hostOf(r) === host)) return;
    const id = rules.reduce((max, r) => Math.max(max, r.id), 0) + 1;
    (await knownHosts()).add(host);
    await browser.declarativeNetRequest.updateSessionRules({
      addRules: [
        {
          id,
          priority: 1,
          action: { type: 'redirect', redirect: { extensionPath: `${BLOCK_PAGE_PATH}?host=${encodeURIComponent(host)}` } },
          condition: { regexFilter: filterFor(host), resourceTypes: ['main_frame', 'sub_frame'] },
        },
      ],
    });
  });
}

/** Removes the rules of the hosts for which `drop(host)` is true; returns the hosts removed. */
export function removeBlockRules(drop: (host: string) => boolean | Promise<boolean>): Promise<string[]> {
  if (!available()) return Promise.resolve([]);
  return serial(async () => {
    const rules = await browser.declarativeNetRequest.getSessionRules();
    const ids: number[] = [];
    const hosts: string[] = [];
    for (const r of rules) {
      const host = hostOf(r);
      if (host !== null && (await drop(host))) {
        ids.push(r.id);
        hosts.push(host);
      }
    }
    if (ids.length > 0) await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: ids });
    const known = await knownHosts();
    for (const h of hosts) known.delete(h);
    return hosts;
  });
}

export async function hasBlockRule(host: string): Promise<boolean> {
  if (!available()) return false;
  return (await knownHosts()).has(host);
}
