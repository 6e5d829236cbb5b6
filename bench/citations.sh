#!/usr/bin/env bash
# Citation benchmark: what a 4,000-entry .bib adds to a build of the sample blog.
# Three copies of the sample blog (input/, theme/, statiq.json), math and compute caches warm in all:
#   none       the citations taken out of the posts, no bibliography
#   cold-4000  bibliography = a generated 4,000-entry .bib; .cache/citations emptied before each run
#   warm-4000  the same with .cache/citations kept (a rebuild)
# Usage: bash bench/citations.sh   (from any folder; RUNS=5 by default)
# Writes bench/work/citations/ (git-ignored) and prints hyperfine's table.
set -euo pipefail
runs=${RUNS:-5}
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root=$ROOT
work=$BENCH_WORK/citations
mkdir -p "$work"
bench_build_tool "$work/tool"
(cd "$root" && dotnet run bench/GenerateBib.cs -- --entries 4000 --out "$work/refs4000.bib")

make_site() { # folder
  rm -rf "$1"; mkdir -p "$1"
  cp -r "$root/input" "$root/theme" "$root/statiq.json" "$1/"
}
make_site "$work/none"
sed -i 's/\[@[^]]*\]//g; s/@ma2020hsic //g' "$work/none/input/posts/"*.md
sed -i '/"bibliography"/d' "$work/none/statiq.json"
make_site "$work/cite"
cp "$work/refs4000.bib" "$work/cite/input/references.bib"

for site in none cite; do # warm the math and compute caches
  (cd "$work/$site" && "$work/tool/blog" build >/dev/null)
done

hyperfine --runs "$runs" --warmup 1 --export-markdown "$work/results.md" \
  -n none      --prepare "rm -rf $work/none/output" "cd $work/none && $work/tool/blog build" \
  -n cold-4000 --prepare "rm -rf $work/cite/output $work/cite/.cache/citations" "cd $work/cite && $work/tool/blog build" \
  -n warm-4000 --prepare "rm -rf $work/cite/output" "cd $work/cite && $work/tool/blog build"
cat "$work/results.md"
