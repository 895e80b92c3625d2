#!/usr/bin/env bash
# Held-out check of the lookalike rules: dnstwist permutations of brands that
# ../shared/corpus does not have, scored as `npm run eval` scores dnstwist-dev.
# Needs dnstwist (Debian package); runs offline. Usage: bash bench/held-out.sh [brand.com ...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v dnstwist >/dev/null || { echo "held-out: dnstwist is not installed (apt-get install dnstwist)" >&2; exit 2; }

brands=("$@")
if [ "${#brands[@]}" -eq 0 ]; then
  # Companies named in 0ktapus / Scattered Spider reporting and other popular SSO users, none in the corpus.
  brands=(coinbase.com twilio.com cloudflare.com mailchimp.com doordash.com robinhood.com salesforce.com
    atlassian.com dropbox.com shopify.com zscaler.com intuit.com linkedin.com instacart.com hubspot.com
    klaviyo.com roblox.com reddit.com discord.com chipotle.com truist.com asurion.com mgmresorts.com caesars.com)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The corpus's recipe: SSO words as the dictionary, common endings for TLD swaps, homoglyphs sampled to 150.
printf '%s\n' sso okta login signin auth mfa vpn helpdesk support secure portal account verify my hr corp internal id servicedesk citrix > "$work/words.txt"
printf '%s\n' com net org co io us info biz app dev > "$work/tlds.txt"
out="$work/dnstwist-held-out.tsv"
printf 'fuzzer\tdomain\ttarget\n' > "$out"
for d in "${brands[@]}"; do
  for f in addition bitsquatting cyrillic homoglyph hyphenation insertion omission repetition replacement subdomain transposition vowel-swap various; do
    # A fixed seed for shuf: the same sample on every run.
    dnstwist --format list --fuzzers "$f" "$d" 2>/dev/null | grep -vx "$d" | shuf -n 150 --random-source=<(yes) | awk -v f="$f" -v t="$d" '{print f"\t"$1"\t"t}' >> "$out" || true
  done
  dnstwist --format list --fuzzers dictionary -d "$work/words.txt" "$d" | grep -vx "$d" | awk -v t="$d" '{print "dictionary\t"$1"\t"t}' >> "$out" || true
  dnstwist --format list --fuzzers tld-swap --tld "$work/tlds.txt" "$d" | grep -vx "$d" | awk -v t="$d" '{print "tld-swap\t"$1"\t"t}' >> "$out" || true
done
npx tsx bench/eval.ts --dnstwist "$out"
