/**
 * Block page messages. The host in question is the one in the block page's
 * own URL (which only the worker and its session rules produce), checked
 * against the tab's record; every permission (allowBypass) is re-checked here.
 */
import browser from 'webextension-polyfill';
import { isHostError, parseHost } from '../core/host.ts';
import type { BlockInfo, Handlers, ProceedResult, Sender } from '../messages.ts';
import { addBypass } from './bypass-list.ts';
import { removeBlockRules } from './block-rules.ts';
import { recordVerdictEvent } from './events.ts';
import { judge, targetName, type Judgement } from './judge.ts';
import { blockPageSender, type BlockPageSender } from './sender-checks.ts';
import { originPath, readTabRecord, removeTabRecord } from './tab-records.ts';

interface Subject {
  from: BlockPageSender;
  host: string;
  /** Where "continue" goes: the page that was blocked (origin + path). */
  url: string;
}

async function subject(from: BlockPageSender): Promise<Subject | null> {
  const param = from.url.searchParams.get('host');
  if (param === null) return null;
  const parsed = parseHost(param);
  if (isHostError(parsed) || parsed.hostname !== param) return null;
  const host = parsed.hostname;
  const record = await readTabRecord(from.tabId);
  const fromParam = originPath(from.url.searchParams.get('url') ?? undefined);
  let url = `https://${host}/`;
  if (record?.host === host && record.url !== '') url = record.url;
  else if (fromParam !== null && new URL(fromParam).hostname === host) url = fromParam;
  return { from, host, url };
}

/** The block page asking, the host it names, and the worker's own verdict on that host; or why not. */
async function judgedSubject(sender: Sender): Promise<{ s: Subject; j: Judgement } | { error: string }> {
  const from = blockPageSender(sender);
  const s = from && (await subject(from));
  if (!s) return { error: 'This page was not opened by Lookalike Guard.' };
  const j = await judge(s.host);
  if (!j) return { error: 'The blocked address is not a web host.' };
  return { s, j };
}

export const blockPageHandlers: Handlers = {
  'block:info': async (_body, sender) => {
    const found = await judgedSubject(sender);
    if ('error' in found) return found;
    const { s, j } = found;
    const v = j.verdict;
    const info: BlockInfo = {
      host: v.host,
      displayHost: v.displayHost,
      level: v.level,
      action: j.action,
      score: v.score,
      reasons: v.reasons,
      allowBypass: j.policy.allowBypass,
      url: s.url,
    };
    if (v.target !== undefined) {
      info.target = v.target;
      info.targetName = targetName(v.target);
    }
    return info;
  },

  'block:proceed': async (_body, sender): Promise<ProceedResult> => {
    const found = await judgedSubject(sender);
    if ('error' in found) return { ok: false, error: found.error };
    const { s, j } = found;
    if (!j.policy.allowBypass) return { ok: false, error: 'Your organisation does not allow continuing to this site.' };
    const record = await readTabRecord(s.from.tabId);
    if (record?.host !== s.host) return { ok: false, error: 'This tab was not blocked on that site; open it again.' };
    await addBypass(s.host);
    await removeBlockRules((h) => h === s.host);
    await recordVerdictEvent('bypassed', j.verdict, s.url, j.policy);
    await removeTabRecord(s.from.tabId);
    await browser.tabs.update(s.from.tabId, { url: s.url });
    return { ok: true };
  },

  'block:false-positive': async (_body, sender): Promise<ProceedResult> => {
    const found = await judgedSubject(sender);
    if ('error' in found) return { ok: false, error: found.error };
    await recordVerdictEvent('false-positive', found.j.verdict, found.s.url, found.j.policy);
    return { ok: true };
  },
};
