/**
 * Fixture pages served by the fixture server for any Host header. Every page
 * inlines the recorder (e2e/fixtures/recorder.js), the stand-in for a
 * phishing kit's key logger, so what the page's own listeners saw can be
 * asserted on. Pages carry `<link rel=icon href="data:,">` so that Chromium
 * makes no favicon request that would muddy per-host request counts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const recorderSource = readFileSync(fileURLToPath(new URL('../fixtures/recorder.js', import.meta.url)), 'utf8');

/** Where a held response pauses until the test releases it (see FixtureServer.release). */
export const HOLD_MARK = '<!--HOLD-->';

function recorder(tag = 'top'): string {
  return `<script data-tag="${tag}">${recorderSource}</script>`;
}

function head(title: string, tag: string | null = 'top'): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="robots" content="noindex,nofollow">
<link rel="icon" href="data:,">
<title>${title}</title>
${tag === null ? '' : recorder(tag)}
</head>`;
}

export interface LoginOptions {
  /** Brand shown in the title and logo alt text. */
  brand: string;
  /** Stream up to the focused password field, then wait for release. */
  hold: boolean;
  /** An inline script writes the password value during parsing, as autofill or a kit would. */
  prefill: boolean;
  /**
   * An inline script dispatches synthetic (isTrusted false) events on the
   * password field and beacons which of them reached it to /__synthetic.
   */
  synthetic: boolean;
  /** Focus the password field as soon as it is parsed (focus alone can make the guard report the form early). */
  focus: boolean;
}

/**
 * A clone of the Okta Sign-In Widget (Identity Engine, v7 markup: #okta-sign-in,
 * .auth-container, form.o-form, input[name=identifier],
 * input[name="credentials.passcode"]). The password field is autofocused by
 * an inline script right after it is parsed, so keys typed "at once" land in it.
 */
export function loginPage(o: LoginOptions): string {
  const script = `<script>
      window.__lg.watchAll(document);
      var pw = document.querySelector('input[name="credentials.passcode"]');
      ${o.focus ? 'pw.focus();' : ''}
      ${o.prefill ? "pw.value = 'written-before-verdict'; window.__lg.poll();" : ''}
      ${o.synthetic ? `var reached = [];
      ['keydown', 'beforeinput', 'input'].forEach(function (t) { pw.addEventListener(t, function (e) { if (!e.isTrusted) reached.push(t); }); });
      pw.dispatchEvent(new KeyboardEvent('keydown', { key: 's', bubbles: true, cancelable: true }));
      pw.dispatchEvent(new InputEvent('beforeinput', { data: 's', inputType: 'insertText', bubbles: true, cancelable: true }));
      pw.dispatchEvent(new InputEvent('input', { data: 's', inputType: 'insertText', bubbles: true }));
      // A beacon outlives the block page's navigation; the recorder's binding calls may not.
      navigator.sendBeacon('/__synthetic', JSON.stringify(reached));` : ''}
    </script>`;
  return `${head(`${o.brand} - Sign In`)}
<body class="okta-body">
<div data-fixture id="okta-login-container" class="login-bg-image tb--background">
${oktaWidget(o.brand, script, o.hold)}
</div>
</body></html>`;
}

/**
 * The widget's markup. `afterFields` runs right after the password field is
 * parsed; with `hold` the response pauses there.
 */
function oktaWidget(brand: string, afterFields: string, hold: boolean): string {
  return `<main id="okta-sign-in" class="auth-container main-container no-beacon" data-se="auth-container" tabindex="-1">
  <div class="okta-sign-in-header auth-header">
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="auth-org-logo" alt="${brand} logo">
    <p class="beacon-note">Tip: <span id="drag-source" draggable="true">drag-me-secret</span></p>
  </div>
  <div class="auth-content"><div class="auth-content-inner"><div class="siw-main-view primary-auth">
  <form method="POST" action="/idp/idx/identify" data-se="o-form" id="form19" class="ion-form o-form o-form-edit-mode">
    <div class="o-form-content o-form-theme clearfix" data-se="o-form-content">
      <h2 data-se="o-form-head" class="okta-form-title o-form-head">Sign In</h2>
      <div class="o-form-fieldset-container" data-se="o-form-fieldset-container">
        <div data-se="o-form-fieldset-identifier" class="o-form-fieldset o-form-label-top">
          <div class="okta-form-label o-form-label"><label for="input27">Username</label></div>
          <div class="o-form-input"><span class="o-form-input-name-identifier o-form-control okta-form-input-field input-fix">
            <input type="text" name="identifier" id="input27" value="" autocomplete="username" aria-required="true" required>
          </span></div>
        </div>
        <div data-se="o-form-fieldset-credentials.passcode" class="o-form-fieldset o-form-label-top">
          <div class="okta-form-label o-form-label"><label for="input35">Password</label></div>
          <div class="o-form-input"><span class="o-form-input-name-credentials.passcode o-form-control okta-form-input-field input-fix">
            <input type="password" name="credentials.passcode" id="input35" value="" autocomplete="current-password" aria-required="true" required>
          </span></div>
        </div>
      </div>
    </div>
    ${afterFields}
    ${hold ? HOLD_MARK : ''}
    <div class="o-form-button-bar"><input class="button button-primary" type="submit" value="Sign in" data-type="save"></div>
  </form>
  <div class="auth-footer"><a href="#" class="link help js-help" data-se="help-link">Help</a></div>
  </div></div></div>
</main>`;
}

/**
 * An ordinary page: no form, nothing to do with sign-in. `bare` leaves out
 * the recorder, so that the page runs no script of its own (benchmarks).
 */
export function articlePage(bare = false): string {
  return `${head('Gardening notes', bare ? null : 'top')}
<body><div data-fixture>
<article><h1>Tomatoes in containers</h1>
<p>Pick a pot of at least twenty litres, water in the morning and feed weekly once the first truss sets.</p>
<label>Search <input type="search" name="q" id="q"></label>
</article></div></body></html>`;
}

/** A harmless page framing another URL (the test passes a cross-origin lookalike). */
export function framePage(src: string): string {
  return `${head('Partner news')}
<body><div data-fixture>
<h1>Partner news</h1><p>Our partner's portal is embedded below.</p>
<iframe id="embedded" title="embedded portal" src="${encodeHtmlAttr(src)}" width="600" height="500"></iframe>
</div></body></html>`;
}

export type WrittenFrameKind = 'blank' | 'srcdoc' | 'data' | 'blob';

/**
 * A parent that writes a child frame holding an Okta sign-in clone, the way
 * kits hide forms from content scripts that only run in http(s) documents.
 * Every child carries its own recorder (tag "<kind>-frame").
 */
export function writesFramePage(kind: WrittenFrameKind, hold: boolean): string {
  const focus = `<script>window.__lg.watchAll(document);document.querySelector('input[type=password]').focus();</script>`;
  // With hold, a parser-blocking script that the server holds keeps the
  // child loading (no DOMContentLoaded): the user can type into its form
  // while the page's facts are not judged yet.
  const heldScript = hold ? '<script src="__HELD__"></script>' : '';
  const childDoc = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Okta - Sign In</title>${recorder(`${kind}-frame`)}</head>` +
    `<body class="okta-body"><div data-fixture>${oktaWidget('Okta', focus, false)}</div>${heldScript}</body></html>`;
  const childJson = `${JSON.stringify(childDoc).replace(/</g, '\\u003c')}.replace('__HELD__', location.origin + '/held.js')`;
  let make: string;
  switch (kind) {
    case 'blank':
      make = `f.src = 'about:blank'; box.appendChild(f);
        var d = f.contentDocument; d.open(); d.write(${childJson}); d.close();`;
      break;
    case 'srcdoc':
      make = `f.srcdoc = ${childJson}; box.appendChild(f);`;
      break;
    case 'data':
      make = `f.src = 'data:text/html;charset=utf-8,' + encodeURIComponent(${childJson}); box.appendChild(f);`;
      break;
    case 'blob':
      make = `f.src = URL.createObjectURL(new Blob([${childJson}], { type: 'text/html' })); box.appendChild(f);`;
      break;
  }
  return `${head('Sign In', 'top')}
<body><div data-fixture id="box"><h1>Sign in to continue</h1></div>
<script>
  (function () {
    var box = document.getElementById('box');
    var f = document.createElement('iframe');
    f.id = 'child'; f.title = 'sign in'; f.width = 500; f.height = 300;
    ${make}
  })();
</script>
${hold ? HOLD_MARK : ''}
</body></html>`;
}

function encodeHtmlAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** A generic forum log-in form: no brand, no IdP markup. Must stay quiet on an unrelated domain. */
export function genericLoginPage(): string {
  return `${head('Example Community - Log in')}
<body><div data-fixture>
<h1>Log in to the community</h1>
<form action="/session" method="post" id="login">
  <label>User name <input type="text" name="username" autocomplete="username"></label>
  <label>Password <input type="password" name="password" autocomplete="current-password"></label>
  <button type="submit">Log in</button>
</form>
<script>window.__lg.watchAll(document);</script>
</div></body></html>`;
}
