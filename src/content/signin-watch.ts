/**
 * Notices a sign-in form appearing after load (single-page apps, the Okta
 * widget rendering late). Mutation callbacks only set a timer; the check
 * itself is a live-collection length test on pages without inputs. Bounded
 * in time: after that, the field guard's focus/keystroke hook is the backstop.
 */
import { signInSignature } from './page-facts.ts';

const CHECK_DELAY_MS = 120;
const WATCH_MS = 30_000;

export function watchSignIn(onChange: () => void): () => void {
  let last = signInSignature(document);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = (): void => {
    timer = undefined;
    const now = signInSignature(document);
    if (now !== last) {
      last = now;
      if (now !== '') onChange();
    }
  };
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(check, CHECK_DELAY_MS);
  });
  observer.observe(document, { childList: true, subtree: true });
  const stop = (): void => {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(deadline);
  };
  const deadline = setTimeout(stop, WATCH_MS);
  return stop;
}
