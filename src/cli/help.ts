/** --help text. Kept beside the parser it documents. */
export const HELP = `lookalike-guard: score host names against lookalike sign-in rules, and produce admin policy files

Usage:
  lookalike-guard scan [--policy FILE] [--protect HOST,...] [--format jsonl|csv|table] [FILE|-]
  lookalike-guard check [--policy FILE] [--protect HOST,...] HOST...
  lookalike-guard policy validate FILE
  lookalike-guard policy export --format FORMAT [--id ID] FILE
  lookalike-guard --help | --version

scan     One host or URL a line in (FILE, or stdin when FILE is - or absent);
         one result a line out, in input order. Blank lines and lines starting
         with # are skipped.
         jsonl (default): {"input","host","level","score","target","reasons"} a line;
           level is trusted, allow, warn, block, or error for a line that is not
           a host or URL (host and score are then null; the scan goes on).
         csv: the same columns with a header row; table: aligned, for people.
check    The same verdicts, written for a person: one block per HOST.
--policy FILE      A policy JSON file (the same object as managed policy).
--protect HOST,... Protected domains, added after the policy file's.

policy validate    Prints every error (key and reason); exit 2 if there are any.
policy export      Validates, then prints what a platform deploys. FORMAT:
  chrome              JSON for Chrome's managed policy folder
                      (/etc/opt/chrome/policies/managed/, /etc/chromium/policies/managed/)
  edge                the same for Edge (/etc/opt/edge/policies/managed/)
  google-admin        JSON for Google Admin console > Policy for extensions
  windows-reg         .reg for Chrome and Edge (HKLM\\SOFTWARE\\Policies\\...\\3rdparty)
  macos-mobileconfig  configuration profile for Chrome and Edge (Jamf, Intune, ...)
  firefox             policies.json (3rdparty.Extensions)
  --id ID             extension id to use instead of the one derived from the
                      manifest key (e.g. a store-assigned id)

Exit status: 0 when the command ran (whatever it found); 2 on a usage or
policy error, with a one-line message on stderr. See docs/admin.md.
`;
