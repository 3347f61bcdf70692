#!/usr/bin/env bash
# Prints the path of Microsoft's SARIF validator (npm package @microsoft/sarif-multitool), first
# installing it with npm into a cache folder outside the repository if it is not there yet.
# The npm package is a thin wrapper: the real tool is a self-contained .NET executable in the
# per-OS package it depends on (@microsoft/sarif-multitool-linux, -darwin, -win32); it needs no
# .NET runtime, only glibc and ICU on Linux. Needs node and npm (and the npm registry, once).
set -euo pipefail
version=5.7.0
cache="${CONSISTENCY_TOOLS_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/consistency}/sarif-multitool-$version"
platform=$(node -p 'process.platform')
package="$cache/node_modules/@microsoft/sarif-multitool-$platform"
if [ ! -f "$package/index.js" ]; then
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-audit --no-fund --no-save --loglevel=error "@microsoft/sarif-multitool@$version" >&2
fi
# The platform package's index.js exports the executable's path.
exe=$(node -p "require(process.argv[1])" "$package")
chmod u+x "$exe"
echo "$exe"
