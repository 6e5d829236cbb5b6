#!/usr/bin/env bash
# Compute blocks benchmark: 100 pages × 5 {csharp} blocks, built cold (no cache, no warm
# worker), warm (everything cached), and the same pages with the blocks turned into plain
# ```csharp code (no compute). Also a 1-page cold build, to separate the fixed start-up cost.
# Usage: bash bench/compute.sh [pages] [blocks]   (from any folder)
# Writes bench/work/compute/ (git-ignored) and prints a Markdown table.
set -euo pipefail
pages=${1:-100}
blocks=${2:-5}
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root=$ROOT
work=$BENCH_WORK/compute
bench_build_tool "$work/tool"
blog="$work/tool/blog"

make_site() { # folder, pages, info string of the blocks
  local site=$1 count=$2 info=$3
  rm -rf "$site"; mkdir -p "$site/input/posts" "$site/theme"
  cp -r "$root/theme/." "$site/theme/"
  echo '{ "title": "bench" }' > "$site/statiq.json"
  for p in $(seq 1 "$count"); do
    {
      printf -- '---\ntitle: 页面 %d\ndate: 2020-01-01\nslug: p%d\n---\n\n' "$p" "$p"
      printf '第 %d 页:均值见下。\n\n' "$p"
      for b in $(seq 1 "$blocks"); do
        printf '```%s\nvar xs%d = Enumerable.Range(0, 2000).Select(i => Rng.NextDouble() * %d).ToArray();\nCheck(xs%d.All(x => x >= 0), "非负");\nxs%d.Average()\n```\n\n' "$info" "$b" "$p" "$b" "$b"
        printf '段落 %d,最大值约 `{csharp} xs%d.Max().ToString("F2")`。\n\n' "$b" "$b" | { [ "$info" = "{csharp}" ] && cat || sed 's/`{csharp} [^`]*`/1.00/'; }
      done
    } > "$site/input/posts/p$p.md"
  done
}

seconds() { # folder, extra args → wall seconds of one build
  local start end
  start=$(date +%s.%N)
  (cd "$1" && "$blog" build "${@:2}" >/dev/null)
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

make_site "$work/compute" "$pages" "{csharp}"
make_site "$work/plain" "$pages" "csharp"
make_site "$work/one" 1 "{csharp}"
make_site "$work/one-plain" 1 "csharp"
rm -rf "$work"/*/.cache

cold=$(seconds "$work/compute")
warm=$(seconds "$work/compute")
plain=$(seconds "$work/plain")
plain2=$(seconds "$work/plain")
one=$(seconds "$work/one")
one_plain=$(seconds "$work/one-plain")
units=$((pages * blocks * 2))   # each block plus one inline value
# Per unit after the first page: needs two pages or more.
per_block="n/a (one page)"
if ((pages > 1)); then per_block=$(echo "scale=4; (($cold - $plain) - ($one - $one_plain)) / ($units - $blocks * 2)" | bc); fi
ratio=$(echo "scale=3; $warm / $plain2" | bc)

cat <<TABLE
| build ($pages pages, each with $blocks blocks and $blocks inline values; $(nproc) cores, load average $(bench_load)) | seconds |
| --- | --- |
| cold (no cache, workers started) | $cold |
| warm (all results cached) | $warm |
| no compute (same pages, plain \`\`\`csharp) | $plain2 |
| 1 page cold / 1 page no compute | $one / $one_plain |
| cold time per unit after the first page | $per_block |
| warm / no-compute ratio | $ratio |
TABLE
