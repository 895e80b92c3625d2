/**
 * One mutation observer, two jobs, at the lowest cost an ordinary page can
 * pay (each callback into the content script costs it ~0.1 ms; the first
 * MutationObserver of a page another ~0.15 ms, so there is only one):
 * - From the first instant: document.open() emptied the document, so the
 *   field guard's erased listeners go back and the written page is looked
 *   at straight away.
 * - Sign-in forms (a password or one-time-code field) showing up, checked by
 *   one native selector match that finds nothing on most pages.
 *   While the document loads, a sparse timer checks (observing the subtree
 *   then would queue a record for every node the parser inserts); from
 *   DOMContentLoaded until WATCH_MS later, the observer watches the subtree
 *   and its callback only arms a timer. After that the field guard's
 *   focus/keystroke hook is the backstop.
 */
import { isPasswordField, isSecretField } from './credential-fields.ts';

const LOADING_POLL_MS = [50, 200, 500, 1000, 2000];
const CHECK_DELAY_MS = 120;
const WATCH_MS = 30_000;
const MAX_INPUTS = 300;

/**
 * Once the gate below has passed: the inputs that may be secret fields (a
 * superset of isSecretField), matched natively so that only those get an
 * element wrapper in this world. A literal: building it would run code on
 * every page.
 */
const MAYBE_SECRET =
  'input[type="password" i],input[autocomplete*="password" i],input[autocomplete*="one-time-code" i],' +
  'input[name*="otp" i],input[id*="otp" i],input[name*="mfa" i],input[id*="mfa" i],input[name*="pass" i],input[id*="pass" i],' +
  'input[name*="one" i],input[id*="one" i],input[name*="verification" i],input[id*="verification" i],input[name*="2fa" i],input[id*="2fa" i]';

/**
 * What a sign-in form nearly always has. Parsing MAYBE_SECRET costs a page
 * ~0.25 ms, this ~0.05 ms: it is what every page pays. A form whose only
 * secret is a one-time code named so (name or id) without autocomplete is
 * reported when a field of it gets the focus instead.
 */
const SIGN_IN_GATE = 'input[type=password],input[autocomplete~=one-time-code]';

/** '' for no sign-in form; otherwise changes when its secret fields change. */
export function signInSignature(doc: Document): string {
  if (doc.querySelector(SIGN_IN_GATE) === null) return '';
  const candidates = doc.querySelectorAll<HTMLInputElement>(MAYBE_SECRET);
  let passwords = 0;
  let codes = 0;
  for (let i = 0; i < candidates.length && i < MAX_INPUTS; i++) {
    const el = candidates[i];
    if (el === undefined || !isSecretField(el)) continue;
    if (isPasswordField(el)) passwords++;
    else codes++;
  }
  return passwords + codes === 0 ? '' : `${passwords}p${codes}o`;
}

export interface PageWatch {
  /** No more sign-in form checks; document.open() is still watched. */
  stopForms(): void;
  /** Nothing watched any more. */
  stop(): void;
}

export function watchPage(onForm: () => void, onDocumentReset: () => void): PageWatch {
  let last = '';
  let forms: 'loading' | 'observing' | 'off' = 'loading';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let step = 0;

  const check = (): void => {
    timer = undefined;
    const now = signInSignature(document);
    if (now === last) return;
    last = now;
    if (now !== '') onForm();
  };
  const reset = (): void => {
    onDocumentReset();
    // What was written may be a sign-in form the user is about to type into: look now, not later.
    if (forms !== 'off') check();
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      // The parser only ever adds to the document itself; document.open() empties it.
      if (r.target === document && r.removedNodes.length > 0) {
        reset();
        return;
      }
    }
    if (forms === 'observing') timer ??= setTimeout(check, CHECK_DELAY_MS);
  });
  observer.observe(document, { childList: true });

  const stopForms = (): void => {
    if (forms === 'observing') {
      observer.disconnect();
      observer.observe(document, { childList: true });
    }
    forms = 'off';
    clearTimeout(timer);
    clearTimeout(deadline);
    window.removeEventListener('DOMContentLoaded', ready);
  };
  function ready(): void {
    clearTimeout(timer);
    if (forms !== 'loading') return;
    forms = 'observing';
    // Inline fast path: on an ordinary page not even check() gets compiled.
    if (last !== '' || document.querySelector(SIGN_IN_GATE) !== null) check();
    observer.observe(document, { childList: true, subtree: true });
    deadline = setTimeout(stopForms, WATCH_MS);
  }
  // Timers survive document.open(), listeners do not: the poll also notices the end of loading.
  const poll = (): void => {
    if (forms !== 'loading') return;
    if (document.readyState !== 'loading') {
      ready();
      return;
    }
    check();
    timer = setTimeout(poll, LOADING_POLL_MS[Math.min(step++, LOADING_POLL_MS.length - 1)]);
  };

  if (document.readyState === 'loading') {
    // On the window (the event bubbles there), like the guard: no other event target to set up.
    window.addEventListener('DOMContentLoaded', ready, { once: true });
    timer = setTimeout(poll, LOADING_POLL_MS[step++]);
  } else {
    ready();
  }
  return {
    stopForms,
    stop: () => {
      stopForms();
      observer.disconnect();
    },
  };
}
