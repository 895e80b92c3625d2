/**
 * Content script, all frames, document_start. Holds credential fields from
 * the first instant until the worker's decision for this frame allows them,
 * reports page facts when a sign-in form is present, and shows the warn
 * banner. The worker decides; this script only gathers facts and enforces.
 * It never reads, stores or sends what the user types.
 *
 * Cost: an ordinary page pays for the capture listeners and a few cheap
 * checks only. The worker already judged the navigation (and blocks
 * lookalikes itself), so a frame asks only once it has a credential field
 * (a sign-in form appears, or the user focuses or types into a field, which
 * is held until the answer); a warn decision is pushed by the worker.
 */
import type { FrameDecision, FrameHook, RequestOf } from '../messages.ts';
import { extensionAlive, FRAME_HOOK, send } from '../messages.ts';
import { hideBanner, showBanner } from './banner.ts';
import { clearCredentialValues, credentialFields, isCredentialTarget, isOtpField, isPasswordField } from './credential-fields.ts';
import { installFieldGuard } from './field-guard.ts';
import { collectFacts } from './page-facts.ts';
import { watchPage, type PageWatch } from './signin-watch.ts';

/** unjudged: the frame has not heard from the worker; every credential field is held. */
type State = 'unjudged' | 'block' | 'open' | 'released';

let state: State = 'unjudged';
let strict = true;
/** Credential fields that facts evaluated by the worker have covered. */
const covered = new WeakSet<Element>();
let factsInFlight = false;
let factsAgain = false;

const guard = installFieldGuard({
  mustHold(field) {
    if (state === 'unjudged' || state === 'block') return true;
    if (state === 'released' || !strict) return false;
    return factsInFlight || !covered.has(field);
  },
  touched(field) {
    if (state === 'unjudged' && rewritten) (field as HTMLElement).blur();
    if ((state === 'unjudged' || state === 'open') && !covered.has(field)) reportFacts();
  },
});
/**
 * The document was rewritten with document.open(): listeners the page added
 * since then run before ours, so until the verdict a credential field may
 * not even keep the focus (held keys would reach those listeners first).
 */
let rewritten = false;

function onRewritten(): void {
  rewritten = true;
  guard.reinstall();
  if (state !== 'unjudged') return;
  const active = document.activeElement;
  if (active !== null && isCredentialTarget(active)) (active as HTMLElement).blur();
}

let watch: PageWatch | null = null;

const RETRY_MS = [50, 150, 400, 1000, 2000, 4000];
const BLOCKED_CLEAR_MS = 100;

/** Asks the worker, retrying while it starts; an orphaned script (extension reloaded) lets go. */
async function askFacts(body: RequestOf<'frame:facts'>): Promise<FrameDecision | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      const answer = await send('frame:facts', body);
      if (answer !== undefined) return answer;
    } catch {
      // The worker is starting, or this context was invalidated.
    }
    if (!extensionAlive()) {
      release();
      return null;
    }
    await new Promise((r) => setTimeout(r, RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]));
  }
}

function release(): void {
  state = 'released';
  guard.uninstall();
  watch?.stop();
  hideBanner();
}

function apply(d: FrameDecision, fieldsCovered: readonly Element[] = []): void {
  if (state === 'released' || state === 'block') return;
  switch (d.kind) {
    case 'release':
      release();
      return;
    case 'block':
      state = 'block';
      watch?.stopForms();
      clearCredentialValues(document);
      // Until the tab leaves for the block page, nothing written into a credential field stays there.
      setInterval(() => clearCredentialValues(document), BLOCKED_CLEAR_MS);
      return;
    case 'open':
      state = 'open';
      strict = d.strict;
      for (const f of fieldsCovered) covered.add(f);
      if (d.banner) showBanner(d.banner);
      else hideBanner();
  }
}

function reportFacts(): void {
  if (state !== 'unjudged' && state !== 'open') return;
  if (factsInFlight) {
    factsAgain = true;
    return;
  }
  // Until facts about a field are judged, what a script or autofill put there goes.
  if (state === 'unjudged' || strict) clearUnjudgedSecrets();
  const { facts, fields } = collectFacts(document);
  factsInFlight = true;
  void askFacts({ facts }).then((d) => {
    factsInFlight = false;
    if (d) apply(d, fields);
    if (factsAgain) {
      factsAgain = false;
      if (credentialFields(document).some((f) => !covered.has(f))) reportFacts();
    }
  });
}

function clearUnjudgedSecrets(): void {
  for (const field of credentialFields(document)) {
    if (!covered.has(field) && (isPasswordField(field) || isOtpField(field)) && field.value !== '') field.value = '';
  }
}

const hook: FrameHook = ((globalThis as Record<string, unknown>)[FRAME_HOOK] ??= {}) as FrameHook;
watch = watchPage(reportFacts, onRewritten);
hook.decide = (d) => apply(d);
const pushed = hook.pending;
delete hook.pending;
if (pushed !== undefined) apply(pushed);
