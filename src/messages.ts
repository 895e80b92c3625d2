/**
 * The one message map between the content script, the worker and the
 * extension pages. Every runtime message goes through `send` and `handle`
 * so both ends agree on the shape at compile time.
 *
 * Trust rule for receivers: a message body carries no URL or host that the
 * worker believes. Who is asking, and about which page, comes only from the
 * browser-supplied sender (tab, frameId, url, origin, id).
 */
import type { Runtime } from 'webextension-polyfill';
import type { Level, PageFacts, Reason } from './core/types.ts';
import type { Action } from './core/action.ts';

/** What the banner of a warn decision shows. */
export interface BannerInfo {
  /** Unicode display form of the frame's host. */
  displayHost: string;
  /** Protected host it imitates, if known. */
  target?: string;
  /** Who owns the target, in words: "Acme" or "Acme (Okta)". */
  targetName?: string;
  reasons: Reason[];
}

/**
 * The worker's decision for one frame.
 * - release: trusted, or bypassed by the user: let go of every field, stop watching.
 * - block: keep every credential field held; the tab is on its way to the block page.
 * - open: fields are free, but page facts may still raise the verdict, so the
 *   content script reports a sign-in form when one appears. With `strict`, a
 *   credential field stays held until facts that include it have been
 *   evaluated (block mode: a sign-in form could turn this page into a block).
 */
export type FrameDecision =
  | { kind: 'release' }
  | { kind: 'block' }
  | { kind: 'open'; strict: boolean; banner?: BannerInfo };

/** What the block page shows; re-derived by the worker, never taken from the page URL. */
export interface BlockInfo {
  host: string;
  displayHost: string;
  level: Level;
  action: Action;
  score: number;
  target?: string;
  /** Who owns the target, in words: "Twilio", or "Twilio (Okta)" for a tenant on an IdP. */
  targetName?: string;
  reasons: Reason[];
  allowBypass: boolean;
  /** The page the user was going to (origin + path), for "continue". */
  url?: string;
}

export type ProceedResult = { ok: true } | { ok: false; error: string };

/**
 * worker -> content, the other way round: ordinary pages never message the
 * worker, so it hands a frame a warn decision it reached at navigation time
 * with scripting.executeScript, in the content script's isolated world (the
 * page can neither see nor call this). Whichever runs first, the content
 * script or the injected function, leaves its half here for the other.
 */
export const FRAME_HOOK = 'lookalikeGuardFrame';
export interface FrameHook {
  /** Set by the content script. */
  decide?: (d: FrameDecision) => void;
  /** Left by the worker when the content script has not run yet. */
  pending?: FrameDecision;
}

export interface MessageMap {
  /**
   * content -> worker, once the frame has a credential field (a sign-in form
   * appeared, or the user is about to use a field): the decision for the
   * sending frame, with page facts.
   */
  'frame:facts': { request: { facts: PageFacts }; response: FrameDecision };
  /** block page -> worker: the verdict behind the block page's own URL. */
  'block:info': { request: Record<string, never>; response: BlockInfo | { error: string } };
  /** block page -> worker: the user typed the host name and wants to continue. */
  'block:proceed': { request: Record<string, never>; response: ProceedResult };
  /** block page -> worker: the user says this block is wrong. */
  'block:false-positive': { request: Record<string, never>; response: ProceedResult };
}

export type MessageType = keyof MessageMap;
export type RequestOf<T extends MessageType> = MessageMap[T]['request'];
export type ResponseOf<T extends MessageType> = MessageMap[T]['response'];

interface Envelope<T extends MessageType = MessageType> {
  type: T;
  body: RequestOf<T>;
}

/** Chromium adds `origin` to the sender; the polyfill's type lacks it. */
export type Sender = Runtime.MessageSender & { origin?: string };

export type Handler<T extends MessageType> = (body: RequestOf<T>, sender: Sender) => Promise<ResponseOf<T>> | ResponseOf<T>;
export type Handlers = { [T in MessageType]?: Handler<T> };

/**
 * The messaging surface both browsers share natively: Firefox's `browser` and
 * Chromium's MV3 `chrome` both return promises from sendMessage and both
 * accept sendResponse + `return true`. The message map uses it directly
 * rather than webextension-polyfill because the content script runs on every
 * page: the polyfill's set-up alone measured 1-2 ms of main thread per page
 * in Chromium, against a budget of 1 ms.
 */
interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(fn: (message: unknown, sender: Runtime.MessageSender, sendResponse: (response: unknown) => void) => boolean | undefined): void;
  };
}

function runtime(): RuntimeLike {
  const g = globalThis as { browser?: { runtime?: RuntimeLike }; chrome?: { runtime?: RuntimeLike } };
  const r = g.browser?.runtime ?? g.chrome?.runtime;
  if (!r) throw new Error('not running in a browser extension');
  return r;
}

/** False once the extension was reloaded or removed under this (content) script. */
export function extensionAlive(): boolean {
  try {
    return Boolean(runtime().id);
  } catch {
    return false;
  }
}

export function send<T extends MessageType>(type: T, body: RequestOf<T>): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { type, body };
  return runtime().sendMessage(envelope) as Promise<ResponseOf<T>>;
}

function isEnvelope(m: unknown): m is Envelope {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string' && typeof (m as { body?: unknown }).body === 'object' && (m as { body?: unknown }).body !== null;
}

/**
 * Registers one runtime.onMessage listener for the given types. Call it at
 * the top level of the worker so a message that wakes the worker finds it.
 * Messages of other types are left for other listeners.
 */
export function handle(handlers: Handlers): void {
  runtime().onMessage.addListener((message, sender, sendResponse) => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type] as Handler<MessageType> | undefined;
    if (!handler) return undefined;
    Promise.resolve()
      .then(() => handler(message.body as never, sender as Sender))
      // A failed handler answers nothing (undefined): the content script and the
      // block page treat that as "ask again", never as a decision.
      .then(sendResponse, () => sendResponse(undefined));
    return true;
  });
}
