/**
 * Which form fields carry credentials: password and one-time-code fields,
 * the user-name/e-mail field that goes with them, and any field of a form
 * that has a password field. Attribute checks only, no layout: these run on
 * every guarded key event.
 */

const OTP_NAME = /(^|[^a-z])(otp|totp|mfa|passcode|one-?time|verification-?code|2fa)([^a-z]|$)/;
const USER_NAME = /user|e-?mail|login|identifier|account|principal|upn/;
const TEXTUAL = new Set(['', 'text', 'email', 'tel', 'number', 'password', 'search']);

function attr(el: Element, name: string): string {
  return el.getAttribute(name) ?? '';
}

function isInput(el: Element | null): el is HTMLInputElement {
  return el !== null && el.localName === 'input';
}

function inputType(el: HTMLInputElement): string {
  return attr(el, 'type').toLowerCase();
}

/*
 * Regular expressions run only after a plain substring test passed: the
 * first run of a case-insensitive expression costs a page ~0.5 ms, and
 * these checks run on every ordinary page that has an <input>.
 */

export function isPasswordField(el: HTMLInputElement): boolean {
  // The type attribute, not .type: a page may switch it to "text" to show the password.
  if (inputType(el) === 'password') return true;
  const ac = attr(el, 'autocomplete').toLowerCase();
  return ac.includes('password') && /(^|\s)(current|new)-password(\s|$)/.test(ac);
}

const OTP_HINTS = ['otp', 'mfa', 'passcode', 'one', 'verification', '2fa'];

export function isOtpField(el: HTMLInputElement): boolean {
  const ac = attr(el, 'autocomplete').toLowerCase();
  if (ac.includes('one-time-code') && /(^|\s)one-time-code(\s|$)/.test(ac)) return true;
  const name = `${attr(el, 'name')} ${el.id}`.toLowerCase();
  return OTP_HINTS.some((h) => name.includes(h)) && OTP_NAME.test(name);
}

export function isUserNameLike(el: HTMLInputElement): boolean {
  const type = inputType(el);
  if (type === 'email') return true;
  if (!TEXTUAL.has(type)) return false;
  const ac = attr(el, 'autocomplete').toLowerCase();
  if ((ac.includes('username') || ac.includes('email')) && /(^|\s)(username|email)(\s|$)/.test(ac)) return true;
  return USER_NAME.test(`${attr(el, 'name')} ${el.id}`.toLowerCase());
}

/** A password or one-time-code field: what makes a form a sign-in form for page signals. */
export function isSecretField(el: HTMLInputElement): boolean {
  return TEXTUAL.has(inputType(el)) && (isPasswordField(el) || isOtpField(el));
}

function formHasSecret(form: HTMLFormElement): boolean {
  for (const el of Array.from(form.elements)) {
    if (isInput(el) && (isPasswordField(el) || isOtpField(el))) return true;
  }
  return false;
}

/** The field an event is about is a credential field (or the form holding one). */
export function isCredentialTarget(el: Element | null): boolean {
  if (el === null) return false;
  if (el.localName === 'form') return formHasSecret(el as HTMLFormElement);
  if (!isInput(el)) return false;
  if (!TEXTUAL.has(inputType(el))) return false;
  if (isPasswordField(el) || isOtpField(el)) return true;
  const form = el.form;
  if (form !== null) return formHasSecret(form) || isUserNameLike(el);
  // Sign-in widgets often have no <form>: a user-name field is held on its own.
  return isUserNameLike(el);
}

/** Every credential field of the document (bounded scan of its inputs). */
export function credentialFields(doc: Document, limit = 300): HTMLInputElement[] {
  const inputs = doc.getElementsByTagName('input');
  const out: HTMLInputElement[] = [];
  for (let i = 0; i < inputs.length && i < limit; i++) {
    const el = inputs[i];
    if (el !== undefined && isCredentialTarget(el)) out.push(el);
  }
  return out;
}

/** Clears values written before the verdict: autofill, or a page script setting .value. */
export function clearCredentialValues(doc: Document): void {
  for (const el of credentialFields(doc)) {
    if (el.value !== '') el.value = '';
  }
}
