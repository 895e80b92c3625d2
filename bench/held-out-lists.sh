#!/usr/bin/env bash
# Held-out lists the rules were not written against, fetched from the npm
# registry at pinned versions (nothing is installed into the project):
#   free-email-domains, disposable-email-domains, top-sites: real domains, scored as benign;
#   eth-phishing-detect: MetaMask's list of real phishing hosts and the brands they imitate.
# Usage: bash bench/held-out-lists.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for pkg in free-email-domains@1.12.6 disposable-email-domains@1.0.62 top-sites@1.1.222 eth-phishing-detect@1.2.0; do
  name=${pkg%@*}
  mkdir -p "$work/$name"
  (cd "$work" && npm pack --silent "$pkg" >/dev/null) || { echo "held-out-lists: cannot fetch $pkg from the npm registry" >&2; exit 2; }
  tar xzf "$work/$name"-*.tgz -C "$work/$name"
done
npx tsx bench/held-out-lists.ts "$work"
