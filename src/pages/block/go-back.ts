/**
 * "Go back". The previous history entry may be the lookalike itself (blocked
 * after it committed) or a page that frames it; going back to it lands on
 * the block page again. A marker in this tab's sessionStorage (per tab, per
 * extension origin) lets that new block page keep going back, a bounded
 * number of times, and close the tab when there is nowhere left to go.
 */
import browser from 'webextension-polyfill';

const MARK = 'lookalike-guard:going-back';
const WINDOW_MS = 5000;
const MAX_HOPS = 3;

interface Mark {
  at: number;
  hops: number;
}

function readMark(): Mark | null {
  try {
    const v = JSON.parse(sessionStorage.getItem(MARK) ?? 'null') as unknown;
    if (typeof v !== 'object' || v === null) return null;
    const { at, hops } = v as Record<string, unknown>;
    return typeof at === 'number' && typeof hops === 'number' ? { at, hops } : null;
  } catch {
    return null;
  }
}

async function closeTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id).catch(() => undefined);
  else window.close();
}

export function goBack(hops = 0): void {
  if (history.length <= 1 || hops >= MAX_HOPS) {
    sessionStorage.removeItem(MARK);
    void closeTab();
    return;
  }
  sessionStorage.setItem(MARK, JSON.stringify({ at: Date.now(), hops: hops + 1 }));
  history.back();
}

/** On load: if the user just asked to go back and landed here again, keep going. Returns whether it did. */
export function continueGoingBack(): boolean {
  const mark = readMark();
  if (!mark) return false;
  if (Date.now() - mark.at > WINDOW_MS) {
    sessionStorage.removeItem(MARK);
    return false;
  }
  goBack(mark.hops);
  return true;
}
