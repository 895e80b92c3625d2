/**
 * Words that phishing kits put beside a brand. Gathered from the 0ktapus
 * and Scattered Spider campaigns (Group-IB, Okta, CrowdStrike write-ups):
 * identity products, access tooling and help-desk words.
 *
 * STRONG words name sign-in or access machinery: a brand next to one of
 * them is a combosquat. WEAK words are common corporate words; they count
 * as identity words only alongside a brand, never on their own.
 */

/**
 * The words of signing in itself, not of any product: a domain made of
 * them and other known words ("sso-verify", "secure-login") names no
 * service a company's tenant would live on (embedding.ts).
 */
export const SIGN_IN_WORDS: readonly string[] = [
  'sso', 'login', 'logon', 'signin', 'signon', 'auth', 'oauth', 'saml', 'idp', 'iam', 'mfa', '2fa', 'otp', 'totp',
  'passcode', 'password', 'passwd', 'credential', 'credentials', 'verify', 'verification', 'authenticate',
  'authentication', 'uid', 'userid', 'sts', 'identity',
];

/** The IT help desk's own words, which Scattered Spider's callers impersonated; no product's name. */
export const HELP_DESK_WORDS: readonly string[] = ['helpdesk', 'servicedesk', 'itsupport', 'ithelp', 'itservice', 'techsupport'];

/**
 * The words that make a common English word near a company's name suspect
 * ("plastic-sso" for elastic.co; not "zoomnation" for notion.so): signing
 * in, the IdPs, remote access, the help desk. Product names are not among them.
 */
export const SIGN_IN_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  ...SIGN_IN_WORDS, ...HELP_DESK_WORDS, 'okta', 'onelogin', 'duo', 'adfs', 'vpn', 'citrix', 'ctx',
]);

export const STRONG_KEYWORDS: readonly string[] = [
  // identity providers and their products
  'okta', 'onelogin', 'auth0', 'duo', 'ping', 'pingid', 'pingone', 'jumpcloud', 'entra', 'azuread', 'adfs',
  'azure', 'office365', 'o365', 'microsoft', 'microsoftonline', 'onmicrosoft', 'google', 'gsuite', 'workspace', 'sailpoint', 'cyberark',
  // sign-in words
  ...SIGN_IN_WORDS, 'okta2',
  // remote-access tooling
  'vpn', 'citrix', 'ctx', 'rsa', 'vmware', 'horizon', 'globalprotect', 'anyconnect', 'forticlient', 'fortinet',
  'pulse', 'zscaler', 'rdp', 'vdi', 'webmail', 'owa', 'outlook', 'sharepoint', 'workday', 'netskope', 'paloalto',
  // identity products beyond the default IdPs, and device enrolment (MFA and MDM phishing)
  'forgerock', 'keycloak', 'pingfederate', 'authenticator', 'yubikey', 'intune', 'enroll', 'enrollment',
  // SaaS that employees reach through the company's SSO, named in Scattered Spider's domains ("<company>-zendesk")
  'zendesk', 'jira', 'confluence', 'atlassian', 'slack', 'zoom', 'webex', 'onedrive', 'm365', 'microsoft365',
  'docusign', 'sharefile', 'jamf', 'idm',
  // remote-support tools that help-desk callers talk employees into installing
  'anydesk', 'teamviewer', 'screenconnect', 'connectwise', 'splashtop', 'bomgar', 'beyondtrust',
  // password managers, VPN and zero-trust gateways, and self-service password reset: what a kit asks employees to "re-verify"
  'lastpass', 'bitwarden', '1password', 'dashlane', 'ivanti', 'sonicwall', 'netscaler', 'bigip', 'ztna', 'zpa',
  'tailscale', 'openvpn', 'sspr', 'ssp', 'selfservice', 'pwreset', 'mdm',
  // help desk
  ...HELP_DESK_WORDS, 'servicenow',
];

export const WEAK_KEYWORDS: readonly string[] = [
  'id', 'ids', 'pin', 'my', 'our', 'the', 'go', 'hr', 'corp', 'corporate', 'internal', 'intranet', 'portal',
  'secure', 'security', 'account', 'accounts', 'acct', 'support', 'help', 'service', 'services', 'desk', 'it',
  'admin', 'access', 'connect', 'remote', 'online', 'web', 'app', 'apps', 'mail', 'email', 'update', 'updates',
  'reset', 'recover', 'recovery', 'unlock', 'employee', 'employees', 'staff', 'team', 'hub', 'net', 'cloud',
  'device', 'devices', 'edge', 'gateway', 'home', 'info', 'center', 'centre', 'page', 'site', 'official',
  'global', 'usa', 'us', 'uk', 'eu', 'emea', 'apac', 'inc', 'llc', 'ltd', 'group', 'co', 'hq', 'new', 'dev',
  'test', 'prod', 'mobile', 'benefits', 'payroll', 'pay', 'token', 'key', 'keys', 'wallet', 'user', 'users',
  'session', 'sessions', 'check', 'confirm', 'validate', 'validation', 'alert', 'alerts', 'notice', 'notify',
  'login1', 'sign', 'www', 'extranet', 'exchange', 'teams', 'onboarding', 'onboard', 'adp', 'ukg',
  'cms', 'dash', 'dashboard', 'wfh', 'gp', 'ticket', 'tickets', 'itsm', 'byod', 'activate', 'activation',
  'register', 'registration', 'signup', 'wifi', 'guest', 'expense', 'expenses', 'workplace', 'your', 'work',
  // Scattered Spider 2023-2024: shift schedules, incidents, agents, chat, servers ("server9-<brand>"), payments
  'schedule', 'schedules', 'incident', 'incidents', 'agent', 'agents', 'hrs', 'sync', 'livechat', 'server',
  'servers', 'payment', 'payments',
  // SaaS behind the company's SSO (code, cloud, CRM, HR, expenses): corporate words, not sign-in words, because
  // companies name their own tenants this way ("acme-aws.awsapps.com" is an AWS sign-in alias)
  'github', 'gitlab', 'bitbucket', 'aws', 'gcp', 'salesforce', 'sfdc', 'hubspot', 'dropbox', 'egnyte', 'tableau',
  'pagerduty', 'concur', 'coupa', 'ariba', 'netsuite', 'successfactors', 'peoplesoft', 'kronos', 'paychex',
  'rippling', 'bamboohr', 'yammer',
  // the dot dropped before the real suffix: "acmecom.com"
  'com', 'org',
];

/**
 * Endings that companies add to their name in their domain ("yahooinc",
 * "datadoghq", "manpowergroup"): stripped to derive the bare brand.
 */
export const CORPORATE_SUFFIXES: readonly string[] = [
  'inc', 'corp', 'corporation', 'group', 'global', 'hq', 'usa', 'us', 'llc', 'ltd', 'plc', 'gmbh', 'ag', 'sa',
  'labs', 'lab', 'tech', 'technologies', 'technology', 'holdings', 'international', 'intl', 'online', 'app',
  'apps', 'software', 'systems', 'solutions', 'company', 'co', 'official', 'worldwide', 'digital', 'io', 'ai',
  'bank', 'energy', 'health', 'cloud', 'networks', 'media',
];
