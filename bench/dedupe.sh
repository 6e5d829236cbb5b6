#!/usr/bin/env bash
# Build-time math with repeating formulas (issue 13, targets 2 and 3): cold and warm build-mode
# builds of the --repeat corpus, and MathJax's own CPU per formula, measured by CPU time.
#
#   bench/dedupe.sh [N] [REPEAT]      # N posts (default 1000), REPEAT share (default 0.6)
#
# Prints, with the load average: the --timings summary line (formulas, typeset, cache hits, worker
# CPU per typeset formula), /usr/bin/time -v's user+sys and max RSS of each build, MathJax's own CPU
# per formula (bench/MathWorkerBench.cs, one worker, no build around it) and the target
# cold CPU <= 1.25 x typeset formulas x MathJax's CPU per formula.
set -euo pipefail
N="${1:-1000}"
REPEAT="${2:-0.6}"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
WORK="$BENCH_WORK/dedupe"
mkdir -p "$WORK"

bench_corpus "$WORK/corpus" "$N" --repeat "$REPEAT" >/dev/null
for mode in build client; do
  bench_mode_site "$WORK/$mode" "$WORK/corpus/ours/input" "$mode" copy '"search": false, '
done
bench_build_tool

cpu() { # label, dir: runs one build, prints the math line, CPU and max RSS
  (cd "$2" && bench_cpu "$WORK/$1.run" dotnet "$BLOG_DLL" build --timings)
  local wall cpu rss status math
  read -r wall cpu rss status <"$WORK/$1.run"
  math="$(grep '^  math:' "$WORK/$1.run.log" || true)"
  printf '%-12s cpu %7.2f s  maxrss %5d MB  %s\n' "$1" "$cpu" "$rss" "$math"
  echo "$cpu" >"$WORK/$1.cpu"
  echo "$math" >"$WORK/$1.math"
}

echo "== load: $(uptime)"
cpu client "$WORK/client"
rm -rf "$WORK/build/.cache" "$WORK/build/output"
cpu build-cold "$WORK/build"
cpu build-warm "$WORK/build"
sed -i 's/合成文章 0001/改过的合成文章 0001/' "$WORK/build/input/posts/post-0001.md"
echo "改过的一段散文，没有新公式。" >>"$WORK/build/input/posts/post-0001.md"
cpu build-prose "$WORK/build"

echo "== MathJax alone (one worker, every page of the client build, no cache)"
WORKER="$(cd "$ROOT" && dotnet run -c Release bench/MathWorkerBench.cs -- --site "$WORK/client" --workers 1)"
echo "$WORKER"
own="$(echo "$WORKER" | sed -n 's/^mathjax_cpu_ms_per_formula=//p')"
typeset="$(sed -n 's/.* \([0-9]*\) unique typeset.*/\1/p' "$WORK/build-cold.math")"
cold="$(cat "$WORK/build-cold.cpu")"
python3 - "$cold" "$typeset" "$own" <<'PY'
import sys
cold, typeset, own = float(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
ideal = typeset * own / 1000
print(f"target 2: cold CPU {cold:.1f} s vs {typeset} typeset x {own:.3f} ms = {ideal:.1f} s -> {cold / ideal:.2f} x (limit 1.25)")
PY
echo "== load: $(uptime)"
