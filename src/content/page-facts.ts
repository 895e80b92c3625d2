/**
 * Plain facts about the page for core's page-signals (PageFacts). Never a
 * field's value: only whether fields exist, widget fingerprints, the title,
 * logo alt text and where forms post.
 */
import type { PageFacts } from '../core/types.ts';
import { WIDGET_MARKERS } from '../core/widget-markers.ts';
import { credentialFields, isOtpField, isPasswordField, isUserNameLike } from './credential-fields.ts';

const MAX_ITEMS = 10;
const MAX_TEXT = 100;
const LOGO_SELECTOR = 'img[alt][class*="logo" i], img[alt][id*="logo" i], img[alt][src*="logo" i], img[alt*="logo" i], [class*="logo" i][aria-label], header img[alt]';

function formHosts(doc: Document): string[] {
  const hosts = new Set<string>();
  const forms = doc.forms;
  for (let i = 0; i < forms.length && hosts.size < MAX_ITEMS; i++) {
    const form = forms[i];
    if (form === undefined) continue;
    // getAttribute: form.action is shadowed by an <input name="action">.
    try {
      const url = new URL(form.getAttribute('action') ?? '', doc.baseURI);
      if (url.protocol === 'http:' || url.protocol === 'https:') hosts.add(url.hostname);
    } catch {
      // An unparsable action posts nowhere useful.
    }
  }
  return [...hosts];
}

function logoTexts(doc: Document): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll(LOGO_SELECTOR)).slice(0, MAX_ITEMS * 2)) {
    const text = (el.getAttribute('alt') ?? el.getAttribute('aria-label') ?? '').trim().slice(0, MAX_TEXT);
    if (text !== '' && !out.includes(text)) out.push(text);
    if (out.length >= MAX_ITEMS) break;
  }
  return out;
}

function widgetMarkers(doc: Document): string[] {
  const out: string[] = [];
  for (const w of WIDGET_MARKERS) {
    if (doc.querySelector(w.selector) !== null) out.push(w.marker);
    if (out.length >= MAX_ITEMS * 2) break;
  }
  return out;
}

export interface Collected {
  facts: PageFacts;
  /** The credential fields these facts describe. */
  fields: HTMLInputElement[];
}

export function collectFacts(doc: Document): Collected {
  const fields = credentialFields(doc);
  return {
    fields,
    facts: {
      passwordField: fields.some(isPasswordField),
      otpField: fields.some(isOtpField),
      usernameField: fields.some((f) => !isPasswordField(f) && !isOtpField(f) && isUserNameLike(f)),
      widgetMarkers: widgetMarkers(doc),
      title: (doc.title || '').trim().slice(0, 200),
      logoTexts: logoTexts(doc),
      formActionHosts: formHosts(doc),
    },
  };
}
