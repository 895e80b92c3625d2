/**
 * The warn-mode banner: a closed shadow root (the page cannot reach into it)
 * on a host element whose inline !important styles beat any page stylesheet,
 * put back whenever the page removes or restyles it. Text via textContent only.
 */
import type { BannerInfo } from '../messages.ts';

// One literal: the content script runs on every page, and building this string would cost each of them.
const HOST_STYLE =
  'all: initial !important; display: block !important; position: fixed !important; top: 0 !important; left: 0 !important; ' +
  'right: 0 !important; z-index: 2147483647 !important; visibility: visible !important; opacity: 1 !important; ' +
  'pointer-events: auto !important; transform: none !important; clip-path: none !important; filter: none !important';

const CSS = `
  .bar { font: 15px/1.4 system-ui, sans-serif; color: #fff; background: #8b0000; padding: 10px 16px;
         border-bottom: 3px solid #ffd54f; display: flex; gap: 16px; align-items: flex-start; }
  .text { flex: 1; }
  strong { font-weight: 700; }
  ul { margin: 4px 0 0; padding-left: 20px; }
  button { font: inherit; color: #000; background: #ffd54f; border: 0; border-radius: 4px; padding: 4px 12px; cursor: pointer; }
  button:focus-visible { outline: 3px solid #fff; outline-offset: 2px; }
`;

let host: HTMLElement | null = null;
let observer: MutationObserver | null = null;
let dismissed = false;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  return e;
}

function build(info: BannerInfo): HTMLElement {
  const h = document.createElement('lookalike-guard-banner');
  h.setAttribute('style', HOST_STYLE);
  const root = h.attachShadow({ mode: 'closed' });
  const style = el('style', CSS);
  const bar = el('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'alert');
  bar.lang = 'en';
  const text = el('div');
  text.className = 'text';
  const head = el('strong', 'Lookalike Guard: this may be a fake sign-in page. ');
  const what =
    info.target !== undefined
      ? `${info.displayHost} looks like ${info.targetName ?? info.target} (${info.target}) but is not it. Do not enter your password or codes here.`
      : `${info.displayHost} looks suspicious. Do not enter your password or codes here.`;
  text.append(head, document.createTextNode(what));
  if (info.reasons.length > 0) {
    const list = el('ul');
    for (const r of info.reasons.slice(0, 3)) list.append(el('li', r.detail));
    text.append(list);
  }
  const close = el('button', 'Dismiss');
  close.type = 'button';
  close.addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    dismissed = true;
    hideBanner();
  });
  bar.append(text, close);
  root.append(style, bar);
  return h;
}

function mount(): void {
  if (!host || dismissed) return;
  const parent = document.documentElement;
  if (parent === null) return;
  if (host.parentNode !== parent) parent.append(host);
  observer?.observe(parent, { childList: true });
  if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
  if (host.hidden) host.hidden = false;
}

export function showBanner(info: BannerInfo): void {
  if (dismissed) return;
  hideBanner();
  host = build(info);
  observer = new MutationObserver(mount);
  // document itself: document.open() or a replaced <html> must not lose the banner.
  observer.observe(document, { childList: true });
  observer.observe(host, { attributes: true });
  mount();
}

export function hideBanner(): void {
  observer?.disconnect();
  observer = null;
  host?.remove();
  host = null;
}
