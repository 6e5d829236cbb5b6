#!/usr/bin/env bash
# Issue 23's held-back checks on a real blog: makes a fresh site with `blog init`, imports SOURCE into it, builds it
# with "math": {"errors": "warn"} and checks the output (bench/probes/import-check.py: every post a page, formulas
# source → imported, no '{%' '{{' '{:' left, the link check, old URLs reaching the new pages).
# Usage: bash bench/probes/import-check.sh KIND SOURCE [SITE]   (SITE default: a new temporary folder, kept)
# The source's content is read, never copied into this repository.
set -uo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
kind=$1; source=$(realpath "$2"); site=${3:-$(mktemp -d /tmp/import-check.XXXXXX)/site}
blog=("dotnet" "$(ls "$repo"/src/Blog/bin/*/net*/blog.dll | head -1)")
[ -f "${blog[1]}" ] || { echo "build the tool first: dotnet build src/Blog"; exit 2; }
rm -rf "$site"
"${blog[@]}" init "$site" --title "Imported" --language en >/dev/null || exit 2
"${blog[@]}" import "$kind" "$source" --root "$site" >"$site/import.out" 2>&1 || { cat "$site/import.out"; exit 2; }
python3 - "$site/statiq.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1])); s["math"] = {**s.get("math", {}), "errors": "warn"}
json.dump(s, open(sys.argv[1], "w"), indent=2, ensure_ascii=False)
PY
"${blog[@]}" build --root "$site" >"$site/build.out" 2>&1; rc=$?
echo "site: $site"
grep -E '^- (posts|pages|files|links|old|formulas)' "$site/import-report.md"
grep -E '^## ' "$site/import-report.md" | grep -v 'Formulas per post\|Next'
tail -1 "$site/build.out"
echo "build: $(grep -c ': error' "$site/build.out") errors, $(grep -c ': warning' "$site/build.out") warnings"
python3 "$repo/bench/probes/import-check.py" "$kind" "$source" "$site" "$rc"
