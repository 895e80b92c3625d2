/**
 * storage.session "tab:<id>": the worker's verdict for a tab's current page
 * (the worst of its frames), read by the popup. One type and one check for
 * both sides, since the worker and the pages cannot import each other.
 */
import type { Action } from './action.ts';
import type { Level, Reason } from './types.ts';

export interface TabRecord {
  host: string;
  level: Level;
  action: Action;
  score: number;
  target?: string;
  reasons: Reason[];
  /** The tab's page, origin + path only: never a query or fragment. */
  url: string;
}

const LEVELS: readonly string[] = ['trusted', 'allow', 'warn', 'block'];
const ACTIONS: readonly string[] = ['block', 'warn', 'monitor', 'none'];

/** A stored record, re-validated: anything malformed reads as no record. */
export function toTabRecord(v: unknown): TabRecord | null {
  if (typeof v !== 'object' || v === null) return null;
  const r = v as Record<string, unknown>;
  if (typeof r['host'] !== 'string' || !LEVELS.includes(r['level'] as string) || !ACTIONS.includes(r['action'] as string)) return null;
  const reasons = Array.isArray(r['reasons'])
    ? r['reasons'].flatMap((x: unknown) => {
        const o = x as Record<string, unknown> | null;
        return o && typeof o['rule'] === 'string' && typeof o['detail'] === 'string' ? [{ rule: o['rule'], detail: o['detail'] }] : [];
      })
    : [];
  const out: TabRecord = {
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
