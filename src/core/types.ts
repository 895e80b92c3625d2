/** Shared engine types. Pure data: no browser or DOM types here. */

export type Level = 'trusted' | 'allow' | 'warn' | 'block';
export type Mode = 'block' | 'warn' | 'monitor';
export type Sensitivity = 'low' | 'balanced' | 'high';

export interface Reason {
  /** Rule id, e.g. "combosquat", "typo", "homoglyph", "blocklist". */
  rule: string;
  /** One plain sentence a person can read on the block page. */
  detail: string;
}

export interface Verdict {
  /** Normalised host: lower case ASCII (punycode for IDN). */
  host: string;
  /** Unicode form of `host`, equal to it unless the host has IDN labels. */
  displayHost: string;
  level: Level;
  /** 0..1, how strongly the host resembles a protected site. */
  score: number;
  /** The protected host it imitates, e.g. "acme.okta.com". */
  target?: string;
  reasons: Reason[];
}

/**
 * Plain facts a content script gathers from a page. Evaluated by
 * page-signals.ts; never contains what the user typed.
 */
export interface PageFacts {
  /** The page has an <input type=password>. */
  passwordField: boolean;
  /** The page has a one-time-code field (autocomplete=one-time-code, otp names). */
  otpField: boolean;
  /** The page has a user-name/email field next to a credential field. */
  usernameField: boolean;
  /** Ids, classes and attributes that fingerprint IdP sign-in widgets, collected verbatim (bounded). */
  widgetMarkers: string[];
  /** document.title, trimmed and bounded. */
  title: string;
  /** alt/aria-label text of images that look like logos (bounded). */
  logoTexts: string[];
  /** Hosts that forms on the page post to (ASCII, lower case). */
  formActionHosts: string[];
}
