#!/usr/bin/env bash
# Search index benchmark: how long Pagefind takes to index the built pages, and how big the index
# is, for the sample blog and the N-post corpus (bench/GenerateCorpus.cs). Each site is built
# RUNS times with `build --timings`: "search/index" is what the index adds after the pipelines
# (Pagefind's writeFiles and any indexing not done yet), "search/beside" the indexer's whole run
# from the build's start (it is fed each pipeline's pages as they are finished). Math is left to the browser ("client") so that
# the builds are short; the index holds the formulas' TeX either way.
#
#   bench/search.sh [N]          # N=1000 by default; RUNS=3
set -euo pipefail
N="${1:-1000}"
RUNS="${RUNS:-3}"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
WORK="$BENCH_WORK"
bench_build_tool

SAMPLE="$WORK/search-sample"
rm -rf "$SAMPLE" && mkdir -p "$SAMPLE"
cp -r "$ROOT/input" "$ROOT/theme" "$ROOT/statiq.json" "$SAMPLE/"
CORPUS="$WORK/corpus"
if [ ! -d "$CORPUS/ours/input/posts" ] || [ "$(ls "$CORPUS/ours/input/posts" | wc -l)" != "$N" ]; then
  bench_corpus "$CORPUS" "$N"
fi
SITES=("$SAMPLE" "$CORPUS/ours")

for site in "${SITES[@]}"; do
  python3 - "$site/statiq.json" <<'PY'
import json, sys
p = sys.argv[1]; s = json.load(open(p)); s.setdefault("math", {})["render"] = "client"; json.dump(s, open(p, "w"), ensure_ascii=False, indent=2)
PY
  times=()
  for run in $(seq 1 "$RUNS"); do
    load=$(cut -d' ' -f1 /proc/loadavg)
    rm -rf "$site/.cache/search" # the index is reused when no page changed (SearchIndexCache): time a fresh one
    timings=$(cd "$site" && dotnet "$BLOG_DLL" build --timings)
    ms=$(awk '/search\/index/ { print $1 }' <<<"$timings")
    beside=$(awk '/search\/beside/ { print $1 }' <<<"$timings")
    times+=("$ms")
    echo "$(basename "$site") run $run: search/index ${ms} ms after the pipelines, search/beside ${beside} ms from the build's start (load ${load})"
  done
  bundle="$site/output/pagefind"
  pages=$(python3 -c "import json,sys; e=json.load(open(sys.argv[1])); print(sum(l['page_count'] for l in e['languages'].values()))" "$bundle/pagefind-entry.json")
  files=$(find "$bundle" -type f | wc -l)
  bytes=$(du -sb "$bundle" | cut -f1)
  index_bytes=$(du -cb "$bundle"/index "$bundle"/fragment "$bundle"/filter "$bundle"/*.pf_meta 2>/dev/null | tail -1 | cut -f1)
  printf '%s: %s pages indexed, min %s ms, runs [%s], bundle %s bytes in %s files (index itself %s bytes), load now %s\n' \
    "$(basename "$site")" "$pages" "$(printf '%s\n' "${times[@]}" | sort -n | head -1)" "${times[*]}" "$bytes" "$files" "$index_bytes" "$(bench_load)"
done
