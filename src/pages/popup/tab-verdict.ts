/** The worker's record for the active tab (storage.session "tab:<id>"), re-validated. */
import browser from 'webextension-polyfill';
import type { Action } from '../../core/action.ts';
import { tabVerdictKey } from '../../core/storage-keys.ts';
import type { Level, Reason } from '../../core/types.ts';

export interface TabVerdict {
  host: string;
  level: Level;
  action: Action;
  score: number;
  target?: string;
  reasons: Reason[];
  url: string;
}

const LEVELS: readonly string[] = ['trusted', 'allow', 'warn', 'block'];
const ACTIONS: readonly string[] = ['block', 'warn', 'monitor', 'none'];

export function toTabVerdict(v: unknown): TabVerdict | null {
  if (typeof v !== 'object' || v === null) return null;
  const r = v as Record<string, unknown>;
  if (typeof r['host'] !== 'string' || !LEVELS.includes(r['level'] as string) || !ACTIONS.includes(r['action'] as string)) return null;
  const reasons = Array.isArray(r['reasons'])
    ? r['reasons'].flatMap((x: unknown) => {
        const o = x as Record<string, unknown> | null;
        return o && typeof o['rule'] === 'string' && typeof o['detail'] === 'string' ? [{ rule: o['rule'], detail: o['detail'] }] : [];
      })
    : [];
  const out: TabVerdict = {
    host: r['host'],
    level: r['level'] as Level,
    action: r['action'] as Action,
    score: typeof r['score'] === 'number' ? r['score'] : 0,
    reasons,
    url: typeof r['url'] === 'string' ? r['url'] : '',
  };
  if (typeof r['target'] === 'string') out.target = r['target'];
  return out;
}

export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return typeof tab?.id === 'number' ? tab.id : null;
}

export async function readTabVerdict(tabId: number): Promise<TabVerdict | null> {
  const key = tabVerdictKey(tabId);
  return toTabVerdict((await browser.storage.session.get(key))[key]);
}
