#!/usr/bin/env bash
# Validates SARIF files with Microsoft's SARIF multitool (`validate` verb) and fails if it reports
# any problem. Besides the SARIF specification's rules it runs GitHub's (`--rule-kind "Sarif;Gh;Ghas"`:
# what GitHub code scanning and Advanced Security require of an upload, such as a `help` object on every
# rule) at levels error and warning. The multitool exits 0 even when a file breaks the schema, so its own
# SARIF log is read instead and its results counted.
#   usage: scripts/validate-sarif.sh FILE.sarif...
set -euo pipefail
[ "$#" -gt 0 ] || { echo "usage: $0 FILE.sarif..." >&2; exit 2; }
exe=$("$(dirname "$0")/sarif-multitool.sh")
logs=$(mktemp -d "${TMPDIR:-/tmp}/sarif-validate.XXXXXX")
trap 'rm -rf "$logs"' EXIT
status=0
for file in "$@"; do
  log="$logs/$(basename "$file").validation.sarif"
  "$exe" validate "$file" --rule-kind "Sarif;Gh;Ghas" --level "Error;Warning" --output "$log" --quiet >&2 || { echo "$file: the validator could not run" >&2; status=1; continue; }
  # The multitool has printed each problem above; count them in its log.
  errors=$(node -e '
    const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(log.runs.flatMap(r => r.results || []).filter(r => r.level === "error" || r.level === "warning").length);' "$log")
  echo "$file: $errors problem(s)"
  [ "$errors" -eq 0 ] || status=1
done
exit $status
