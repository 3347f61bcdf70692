#!/usr/bin/env bash
# Accept every received snapshot: snapshots/**/X.received.txt replaces X.verified.txt (and
# snapshots/corpus.received.md, the corpus report, replaces corpus.verified.md), and a
# regenerated rule catalog: docs/rules*.received.md replaces docs/rules*.md.
# Run it only after reading each received file (or `git diff` after running it): a snapshot
# is a reviewed statement of what the checker reports, not a record of whatever it printed.
set -euo pipefail
cd "$(dirname "$0")/.."
count=0
while IFS= read -r -d '' received; do
  extension="${received##*.}"
  verified="${received%.received.$extension}.verified.$extension"
  mv -f "$received" "$verified"
  echo "accepted $verified"
  count=$((count + 1))
done < <(find snapshots \( -name '*.received.txt' -o -name '*.received.md' \) -print0 | sort -z)
# The generated rule catalogs (docs/rules.md, docs/rules-<pack>.md) follow the same review-then-accept flow.
while IFS= read -r -d '' received; do
  verified="${received%.received.md}.md"
  mv -f "$received" "$verified"
  echo "accepted $verified"
  count=$((count + 1))
done < <(find docs -maxdepth 1 -name 'rules*.received.md' -print0 | sort -z)
echo "$count snapshot(s) accepted; review them with: git diff -- snapshots"
