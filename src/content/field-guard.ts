/**
 * Holds credential fields until the frame's verdict allows them. Capture-phase
 * listeners on the window run before any listener the page can add (the
 * content script runs at document_start, before page scripts), so a held
 * keystroke, paste or drop never reaches the page nor the field. Synthetic
 * events (isTrusted false) are the page's own business and pass.
 */
import { isCredentialTarget } from './credential-fields.ts';

/** Events that put text into a field, reveal it to page listeners, or send the form. */
const HELD_EVENTS = [
  'keydown',
  'keypress',
  'keyup',
  'beforeinput',
  'textInput',
  'input',
  'change',
  'paste',
  'drop',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'submit',
] as const;

/** Keys that move focus or the caret: the page may not see them, but they still work. */
const NAVIGATION_KEYS = new Set(['Tab', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Escape']);

export interface GuardPolicy {
  /** Should this trusted event on this credential field be held now? */
  mustHold(field: Element): boolean;
  /** A credential field got focus or input: a chance to report page facts early. */
  touched(field: Element): void;
}

type ShadowOpener = (el: Element) => ShadowRoot | null;

/**
 * chrome.dom (Chromium) / openOrClosedShadowRoot (Firefox): content scripts
 * may see closed shadow roots. Looked up on first use only: touching
 * chrome.dom builds its bindings, which ordinary pages should not pay for.
 */
let opener: ShadowOpener | null = null;
function shadowOpener(): ShadowOpener {
  opener ??= findShadowOpener();
  return opener;
}

function findShadowOpener(): ShadowOpener {
  const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: ShadowOpener } } }).chrome?.dom;
  if (typeof chromeDom?.openOrClosedShadowRoot === 'function') return (el) => chromeDom.openOrClosedShadowRoot?.(el) ?? null;
  return (el) => (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? el.shadowRoot;
}

/** The element the event is really about, inside (even closed) shadow roots. */
function realTarget(e: Event): Element | null {
  const first = e.composedPath()[0] ?? e.target;
  if (!(first instanceof Element)) return null;
  let el: Element = first;
  // Listeners outside a closed shadow root see only its host: follow focus inside.
  for (let depth = 0; depth < 8; depth++) {
    // Cheap test first: most targets are not shadow hosts at all.
    if (el.localName === 'input' || el.localName === 'textarea' || el.localName === 'form') break;
    const root = shadowOpener()(el);
    const inner = root?.activeElement ?? null;
    if (inner === null || inner === el) break;
    el = inner;
  }
  return el;
}

function clearValue(el: Element): void {
  if (el.localName === 'input' && (el as HTMLInputElement).value !== '') (el as HTMLInputElement).value = '';
}

export interface FieldGuard {
  /**
   * document.open() (a parent writing an about:blank frame, or a page
   * rewriting itself) erases every listener on the window, ours included;
   * the caller's mutation observer sees the document emptied and puts them
   * back. Listeners the written page added meanwhile now run first.
   */
  reinstall(): void;
  uninstall(): void;
}

export function installFieldGuard(policy: GuardPolicy): FieldGuard {
  const onEvent = (e: Event): void => {
    if (!e.isTrusted) return;
    const target = realTarget(e);
    if (!isCredentialTarget(target) || target === null) return;
    if (e.type === 'focusin') {
      policy.touched(target);
      return;
    }
    if (!policy.mustHold(target)) return;
    e.stopImmediatePropagation();
    if (e instanceof KeyboardEvent && NAVIGATION_KEYS.has(e.key)) return;
    if (e.cancelable) e.preventDefault();
    // Composition text and some IME input cannot be cancelled: take it back out.
    if (e.type === 'input' || e.type === 'compositionend' || e.type === 'change') clearValue(target);
    policy.touched(target);
  };
  const options = { capture: true };
  const add = (): void => {
    for (const type of HELD_EVENTS) window.addEventListener(type, onEvent, options);
    window.addEventListener('focusin', onEvent, options);
  };
  add();
  return {
    // Adding a listener that is still there is a no-op.
    reinstall: add,
    uninstall: () => {
      for (const type of HELD_EVENTS) window.removeEventListener(type, onEvent, options);
      window.removeEventListener('focusin', onEvent, options);
    },
  };
}
