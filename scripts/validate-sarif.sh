#!/usr/bin/env bash
# Validates SARIF files with Microsoft's SARIF multitool (`validate` verb) and fails if it reports
# any error. The multitool exits 0 even when a file breaks the schema, so its own SARIF log is
# read instead and its results of level "error" counted.
#   usage: scripts/validate-sarif.sh FILE.sarif...
set -euo pipefail
[ "$#" -gt 0 ] || { echo "usage: $0 FILE.sarif..." >&2; exit 2; }
exe=$("$(dirname "$0")/sarif-multitool.sh")
logs=$(mktemp -d "${TMPDIR:-/tmp}/sarif-validate.XXXXXX")
trap 'rm -rf "$logs"' EXIT
status=0
for file in "$@"; do
  log="$logs/$(basename "$file").validation.sarif"
  "$exe" validate "$file" --output "$log" --quiet >&2 || { echo "$file: the validator could not run" >&2; status=1; continue; }
  # The multitool has printed each problem above; count the errors in its log.
  errors=$(node -e '
    const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(log.runs.flatMap(r => r.results || []).filter(r => r.level === "error").length);' "$log")
  echo "$file: $errors error(s)"
  [ "$errors" -eq 0 ] || status=1
done
exit $status
