/**
 * Content script, all frames, document_start. Holds credential fields from
 * the first instant until the worker's decision for this frame allows them,
 * reports page facts when a sign-in form is present, and shows the warn
 * banner. The worker decides; this script only gathers facts and enforces.
 * It never reads, stores or sends what the user types.
 */
import type { FrameDecision } from '../messages.ts';
import { extensionAlive, send, type MessageType, type RequestOf, type ResponseOf } from '../messages.ts';
import { hideBanner, showBanner } from './banner.ts';
import { clearCredentialValues, credentialFields, isOtpField, isPasswordField } from './credential-fields.ts';
import { installFieldGuard } from './field-guard.ts';
import { collectFacts, signInSignature } from './page-facts.ts';
import { watchSignIn } from './signin-watch.ts';

type State = 'pending' | 'block' | 'open' | 'released';

let state: State = 'pending';
let strict = true;
/** Credential fields that facts evaluated by the worker have covered. */
const covered = new WeakSet<Element>();
let factsInFlight = false;
let factsAgain = false;
let lastFactsSignature: string | null = null;
let stopWatch: (() => void) | null = null;

const uninstallGuard = installFieldGuard({
  mustHold(field) {
    if (state === 'pending' || state === 'block') return true;
    if (state === 'released' || !strict) return false;
    return factsInFlight || !covered.has(field);
  },
  touched(field) {
    if (state === 'open' && !covered.has(field)) reportFacts();
  },
});

const RETRY_MS = [50, 150, 400, 1000, 2000, 4000];
const BLOCKED_CLEAR_MS = 100;

/** Asks the worker, retrying while it starts; an orphaned script (extension reloaded) lets go. */
async function ask<T extends MessageType>(type: T, body: RequestOf<T>): Promise<ResponseOf<T> | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      const answer = await send(type, body);
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
  uninstallGuard();
  stopWatch?.();
  stopWatch = null;
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
      stopWatch?.();
      stopWatch = null;
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
      // Not waiting for DOMContentLoaded: a kit can hold the rest of the page back
      // while its password field is already live.
      checkSignIn();
      stopWatch ??= watchSignIn(reportFacts);
  }
}

function checkSignIn(): void {
  const sig = signInSignature(document);
  if (sig !== '' && sig !== lastFactsSignature) reportFacts();
}

function reportFacts(): void {
  if (state !== 'open') return;
  if (factsInFlight) {
    factsAgain = true;
    return;
  }
  // Until facts about a field are judged, what a script or autofill put there goes.
  if (strict) clearUnjudgedSecrets();
  const { facts, fields } = collectFacts(document);
  lastFactsSignature = signInSignature(document);
  factsInFlight = true;
  void ask('frame:facts', { facts }).then((d) => {
    factsInFlight = false;
    if (d) apply(d, fields);
    if (factsAgain) {
      factsAgain = false;
      reportFacts();
    }
  });
}

function clearUnjudgedSecrets(): void {
  for (const field of credentialFields(document)) {
    if (!covered.has(field) && (isPasswordField(field) || isOtpField(field)) && field.value !== '') field.value = '';
  }
}

/** DOM ready: whatever filled credential fields before any verdict (autofill, page script) goes. */
function afterDom(): void {
  if (state === 'pending') clearCredentialValues(document);
  else if (state === 'open') checkSignIn();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterDom, { once: true });

void ask('frame:hello', {}).then((d) => {
  if (d) apply(d);
});
