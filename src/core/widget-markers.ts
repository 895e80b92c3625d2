/**
 * The vocabulary of PageFacts.widgetMarkers: CSS selectors that fingerprint
 * identity-provider sign-in widgets. The content script reports the `marker`
 * of each selector that matches; page-signals can map it back to the IdP.
 * Kept in core so both ends use the same strings.
 */

export interface WidgetMarker {
  /** Stable id reported in PageFacts.widgetMarkers, e.g. "okta:#okta-sign-in". */
  marker: string;
  /** Identity provider the widget belongs to, or "generic". */
  idp: string;
  /** Matched with querySelector. */
  selector: string;
}

const m = (idp: string, selector: string): WidgetMarker => ({ marker: `${idp}:${selector}`, idp, selector });

export const WIDGET_MARKERS: readonly WidgetMarker[] = [
  // Okta Sign-In Widget (classic and Identity Engine)
  m('okta', '#okta-sign-in'),
  m('okta', '#okta-login-container'),
  m('okta', '[data-se="o-form"]'),
  m('okta', '.okta-sign-in-header'),
  m('okta', 'input[name="identifier"][data-se]'),
  m('okta', '.auth-org-logo'),
  // Microsoft Entra ID / Microsoft account
  m('microsoft', 'input[name="loginfmt"]'),
  m('microsoft', '#i0116'),
  m('microsoft', '#i0118'),
  m('microsoft', '#lightbox .logo'),
  // Google accounts
  m('google', '#identifierId'),
  m('google', 'input[name="Passwd"]'),
  // OneLogin, Auth0, Ping, Duo, JumpCloud
  m('onelogin', '#login-form[data-onelogin]'),
  m('onelogin', 'input[name="username"][data-testid="username-input"]'),
  m('auth0', '.auth0-lock'),
  m('auth0', 'form[data-provider="auth0"]'),
  m('ping', 'form[action*="/as/authorization"]'),
  m('ping', '.ping-header'),
  m('duo', '#duo_iframe'),
  m('duo', 'iframe[src*="duosecurity.com"]'),
  m('jumpcloud', '[data-test-id="LoginPage"]'),
  // Generic sign-in forms
  m('generic', 'form[action*="login" i] input[type="password"]'),
  m('generic', 'form[action*="signin" i] input[type="password"]'),
];

/** One selector for "does this page have any widget at all": a single DOM query on ordinary pages. */
export const ANY_WIDGET_SELECTOR = WIDGET_MARKERS.map((w) => w.selector).join(',');
