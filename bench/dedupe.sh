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
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/bench/work/dedupe"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
mkdir -p "$WORK"

(cd "$ROOT" && dotnet run bench/GenerateCorpus.cs -- --posts "$N" --out "$WORK/corpus" --repeat "$REPEAT" >/dev/null)
for mode in build client; do
  rm -rf "$WORK/$mode" && mkdir -p "$WORK/$mode"
  cp -r "$WORK/corpus/ours/input" "$WORK/$mode/input"
  ln -sfn "$ROOT/theme" "$WORK/$mode/theme"
  printf '{ "title": "Bench", "baseUrl": "http://localhost/", "search": false, "math": { "render": "%s" } }\n' "$mode" >"$WORK/$mode/statiq.json"
done
(cd "$ROOT" && dotnet build -c Release src/Blog -v quiet -nologo >/dev/null)
BLOG="dotnet $ROOT/src/Blog/bin/Release/net10.0/blog.dll build --timings"

cpu() { # label, dir: runs one build under /usr/bin/time -v, prints the math line, CPU and max RSS
  local out; out="$(cd "$2" && /usr/bin/time -v $BLOG 2>&1)"
  local user sys rss math
  user="$(echo "$out" | sed -n 's/.*User time (seconds): //p')"
  sys="$(echo "$out" | sed -n 's/.*System time (seconds): //p')"
  rss="$(echo "$out" | sed -n 's/.*Maximum resident set size (kbytes): //p')"
  math="$(echo "$out" | grep '^  math:' || true)"
  printf '%-12s cpu %7.2f s  maxrss %5d MB  %s\n' "$1" "$(echo "$user + $sys" | bc)" "$((rss / 1024))" "$math"
  echo "$user + $sys" | bc >"$WORK/$1.cpu"
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
