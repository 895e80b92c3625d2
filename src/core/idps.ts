/**
 * Identity providers protected by default (policy identityProviders), with
 * the domains each really uses. A host on a family domain is the IdP itself
 * and never flagged; a host elsewhere that resembles an IdP brand is
 * impersonation. Tenant domains host one customer per subdomain
 * (acme.okta.com): there the tenant label is compared with the company's.
 */

export interface IdentityProvider {
  name: string;
  /** Brand tokens matched by the lookalike rules (at least 3 letters). */
  brands: readonly string[];
  /** Registrable domains the IdP itself uses (sign-in, CDN, companion apps). */
  family: readonly string[];
  /** Registrable labels the IdP owns on every country's suffix (google.de, google.com.br); not on other endings (google.xyz). */
  familyLabels?: readonly string[];
  /** Top-level domains the IdP owns (.google, .microsoft). */
  familyTlds?: readonly string[];
  /** Shared domains with one tenant per subdomain. */
  tenantDomains: readonly string[];
  /**
   * Zones inside the family where customers choose the host names and serve
   * what they like (Azure virtual machines, Apps Script pages): never the
   * IdP's own, so the rules and page signals judge them like any site
   * (user-content.ts; "*." puts one more label in the zone).
   */
  userContent?: readonly string[];
  /**
   * Everyday names of the IdP or its products that are too common to be
   * brands ("duo", "live", "teams", "o365"): they count only as a whole
   * hyphen token beside sign-in words (rules/idp-alias.ts).
   */
  aliases?: readonly string[];
  /**
   * The IdP's own apps, named after it ("okta-verify", "google-authenticator",
   * "microsoft-outlook"): download and review sites give each app's page a
   * subdomain so named (microsoft-authenticator.en.uptodown.com), and there
   * the words are the product's name, not a sign-in page's (rules/embedding.ts).
   * The IdP's brands and aliases count as products too, and so do the words
   * any app has there ("authenticator", "app": embedding.ts's APP_WORDS).
   * Only words of the identity vocabulary (keywords.ts) belong here: a label
   * with any other word beside the IdP's name is never read this way.
   */
  products?: readonly string[];
  /**
   * Tenant hosts carry no name the customer chose (api-1a2b3c4d.duosecurity.com)
   * yet show the customer's name and logo: a page there that names the
   * company is the company's own prompt as often as not (page-signals.ts).
   */
  anonymousTenantHosts?: boolean;
  /**
   * The name means identity and nothing else (Okta, not Google): any other
   * word hyphenated with it is impersonation, not a third-party product.
   */
  distinctive: boolean;
  /** Where "go to the real sign-in page" leads for this IdP. */
  signIn: string;
}

export const IDENTITY_PROVIDERS: readonly IdentityProvider[] = [
  {
    name: 'Okta',
    distinctive: true,
    brands: ['okta', 'oktapreview'],
    family: [
      'okta.com', 'oktapreview.com', 'okta-emea.com', 'okta-gov.com', 'okta.mil', 'oktacdn.com', 'okta-cdn.com',
      'oktaweb.com', 'oktainc.com', 'okta.world', 'trexcloud.com', 'okta-eu.com', 'oktaworkflows.com',
    ],
    tenantDomains: ['okta.com', 'oktapreview.com', 'okta-emea.com', 'okta-gov.com', 'okta.mil', 'okta-eu.com', 'trexcloud.com'],
    products: ['verify'],
    signIn: 'https://login.okta.com/',
  },
  {
    name: 'Microsoft Entra',
    distinctive: false,
    brands: ['microsoft', 'microsoftonline', 'onmicrosoft', 'office365', 'azuread', 'msftauth', 'msauth'],
    family: [
      'microsoft.com', 'microsoftonline.com', 'microsoftonline-p.com', 'microsoftonline-p.net', 'msauth.net',
      'msftauth.net', 'msauthimages.net', 'msftauthimages.net', 'msidentity.com', 'live.com', 'live.net',
      'office.com', 'office.net', 'office365.com', 'outlook.com', 'hotmail.com', 'windows.net', 'windows.com',
      'azure.com', 'azure.net', 'azureedge.net', 'azurefd.net', 'azurewebsites.net', 'azure-api.net',
      'azure-devices.net', 'azure-dns.com', 'azure-dns.info', 'azure-dns.net', 'azure-dns.org', 'azurerms.com',
      'microsoftazuread-sso.com', 'microsoftapp.net', 'microsoftpersonalcontent.com', 's-microsoft.com',
      'msftncsi.com', 'msftconnecttest.com', 'msn.com', 'msn.cn', 'bing.com', 'bing.net', 'sharepoint.com',
      'sharepoint.us', 'sharepointonline.com', 'skype.com', 'skypeassets.com', 'xbox.com', 'xboxlive.com',
      'microsoft365.com', 'microsoftstore.com', 'msecnd.net', 'aka.ms', 'msft.net', 'visualstudio.com',
      'onmicrosoft.com', 'microsoftonline.us', 'microsoft.us', 'azure.us', 'azureedge.us', 'office365.us',
      'windowsupdate.com', 'msedge.net', 't-msedge.net', 'gfx.ms', 'passport.net',
      'msocdn.com', 'office365cdn.com', 'msappproxy.net', 'azure.cn', 'chinacloudapi.cn', 'microsoftonline.cn',
      'microsoftonline.de', 'b2clogin.com', 'ciamlogin.com', 'msftidentity.com', 'windowsazure.com', 'azureserv.com',
    ],
    familyLabels: ['microsoft', 'msn', 'bing', 'xbox'],
    aliases: ['ms', 'msft', 'msonline', 'aad', 'entra', 'azure', 'o365', 'm365', 'office', 'outlook', 'hotmail', 'live', 'sharepoint', 'onedrive', 'teams'],
    familyTlds: ['microsoft', 'azure', 'bing', 'windows', 'xbox', 'office', 'skype', 'hotmail'],
    products: ['microsoft365', 'edge', 'intune', 'remote'],
    tenantDomains: ['b2clogin.com', 'ciamlogin.com', 'onmicrosoft.com', 'sharepoint.com'],
    // <name>.<region>.cloudapp.azure.com is any Azure customer's virtual machine; <name>.vo.msecnd.net its CDN endpoint.
    userContent: ['*.cloudapp.azure.com', 'cloudapp.net', 'vo.msecnd.net'],
    signIn: 'https://login.microsoftonline.com/',
  },
  {
    name: 'Google',
    distinctive: false,
    brands: ['google', 'gmail', 'googlemail'],
    family: [
      'google.com', 'googleapis.com', 'gstatic.com', 'googleusercontent.com', 'googlevideo.com',
      'googletagmanager.com', 'googletagservices.com', 'google-analytics.com', 'googleadservices.com',
      'googlesyndication.com', 'googlemail.com', 'gmail.com', 'googlepages.com', 'googleblog.com',
      'thinkwithgoogle.com', 'withgoogle.com', 'googledrive.com', 'googlecode.com', 'googlesource.com',
      'googleoptimize.com', 'googleworkspace.com', 'google.dev', 'doubleclick.net', 'doubleclick.com',
      'youtube.com', 'youtube-nocookie.com', 'ytimg.com', 'ggpht.com', 'gvt1.com', 'gvt2.com', 'withyoutube.com',
      'googlegroups.com', 'appspot.com', 'firebaseapp.com', 'web.app', 'goo.gl', 'g.co', 'android.com', 'chrome.com',
      'chromium.org', 'googleprod.com', 'googlezip.net', 'googleweblight.com', 'googlecnapps.cn', 'gmodules.com',
      'googleearth.com', 'googleplex.com', 'google-syndication.com', 'googlefiber.net', 'googlehosted.com', 'googleapis.dev',
    ],
    familyLabels: ['google', 'gmail'],
    aliases: ['gsuite', 'goog'],
    familyTlds: ['google', 'goog', 'youtube', 'gmail', 'android', 'chrome'],
    products: ['workspace', 'sync'],
    tenantDomains: [],
    // Apps Script pages, Sites embeds and Drive previews: anyone's HTML.
    userContent: ['googleusercontent.com'],
    signIn: 'https://accounts.google.com/',
  },
  {
    name: 'OneLogin',
    distinctive: true,
    brands: ['onelogin'],
    family: ['onelogin.com', 'onelogin.net', 'onelogin.eu'],
    tenantDomains: ['onelogin.com', 'onelogin.eu'],
    signIn: 'https://app.onelogin.com/login',
  },
  {
    name: 'Auth0',
    distinctive: true,
    brands: ['auth0'],
    family: ['auth0.com', 'auth0cdn.com', 'auth0.net', 'auth0app.com'],
    tenantDomains: ['auth0.com'],
    signIn: 'https://auth0.com/',
  },
  {
    name: 'Ping Identity',
    distinctive: true,
    brands: ['pingidentity', 'pingone', 'pingid', 'pingfederate'],
    aliases: ['ping'],
    family: ['pingidentity.com', 'pingone.com', 'pingone.eu', 'pingone.asia', 'pingone.ca', 'pingone.com.au', 'pingone.sg', 'pingid.com', 'pingidentity.eu'],
    tenantDomains: ['pingone.com', 'pingone.eu', 'pingone.asia', 'pingone.ca', 'pingidentity.com'],
    signIn: 'https://www.pingidentity.com/',
  },
  {
    name: 'Duo',
    distinctive: true,
    brands: ['duosecurity', 'duomobile'],
    aliases: ['duo'],
    family: ['duosecurity.com', 'duo.com', 'duomobile.com', 'duosecurity.eu', 'duofederal.com'],
    tenantDomains: ['duosecurity.com'],
    anonymousTenantHosts: true,
    signIn: 'https://duo.com/',
  },
  {
    name: 'JumpCloud',
    distinctive: true,
    brands: ['jumpcloud'],
    products: ['agent', 'go'],
    family: ['jumpcloud.com', 'jumpcloud.eu', 'jumpcloud-status.com'],
    tenantDomains: [],
    signIn: 'https://console.jumpcloud.com/login',
  },
];
