#!/usr/bin/env bash
# Issue 13, target 7: `blog build` of the 8-post sample blog with warm caches, process start included.
# Usage (from the repository root): bench/startup.sh [RUNS=10]
#   BLOG_R2R=0 bench/startup.sh   also times an IL-only (JIT) build of the tool beside the ReadyToRun one
# Builds the tool in Release (ReadyToRun: src/Blog/ReadyToRun.targets), builds the sample once to warm
# .cache/ (MathJax, compute blocks, citations, search index), then times `dotnet blog.dll build` and
# the apphost `blog build` with hyperfine, and one run under /usr/bin/time -v (CPU, max RSS), with
# the load average printed beside each figure. Output goes to output/ as usual.
set -euo pipefail
runs=${1:-10}
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
bench_build_tool
bin=src/Blog/bin/Release/net10.0
dotnet "$bin/blog.dll" build >/dev/null   # warms the caches
echo "# commit $(git rev-parse --short HEAD), $(nproc) cores, $(dotnet --version), load before: $(bench_load)"
hyperfine --warmup 2 --runs "$runs" -N \
  "dotnet $bin/blog.dll build" \
  "$bin/blog build"
echo "load after hyperfine: $(bench_load)"
/usr/bin/time -v dotnet "$bin/blog.dll" build --timings 2>&1 \
  | grep -E "ms  |Built|User time|System time|Elapsed \(wall|Maximum resident"
echo "load after time -v: $(bench_load)"
if [ "${BLOG_R2R:-1}" = 0 ]; then
  # The same tool without ReadyToRun, into a separate folder, for the before/after comparison.
  dotnet build -c Release src/Blog -p:BlogReadyToRun=false -o bench/work/blog-il -v q -nologo >/dev/null
  hyperfine --warmup 2 --runs "$runs" -N "dotnet bench/work/blog-il/blog.dll build"
  echo "load after IL run: $(bench_load)"
fi
