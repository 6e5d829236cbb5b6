#!/usr/bin/env bash
# Build-time math benchmark (issue 7): the MathJax worker alone, and builds of the synthetic
# corpus in build mode (cold: no cache; warm: cache filled) against client mode.
#
#   bench/mathjax.sh [N]            # N posts, default 1000; RUNS=3 by default
#
# Writes bench/work/mathjax-results-N.md (and stdout). Needs node, npm ci done, hyperfine.
set -euo pipefail

N="${1:-1000}"
RUNS="${RUNS:-3}"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
WORK="$BENCH_WORK/mathjax"
RESULTS="$BENCH_WORK/mathjax-results-$N.md"
CORES="$(nproc)"
mkdir -p "$WORK"

echo "== generating $N posts"
bench_corpus "$WORK/corpus" "$N" >/dev/null
# Two sites over the same posts and theme, differing only in math.render.
for mode in build client; do bench_mode_site "$WORK/$mode" "$WORK/corpus/ours/input" "$mode" link; done

echo "== building our tool (Release)"
bench_build_tool
BLOG="dotnet $BLOG_DLL build"
(cd "$WORK/client" && $BLOG >/dev/null)

echo "== the worker alone"
WORKER="$(cd "$ROOT" && dotnet run -c Release bench/MathWorkerBench.cs -- --site "$WORK/client" --workers "$CORES")"
echo "$WORKER"
val() { echo "$WORKER" | sed -n "s/^$1=//p"; }

echo "== builds"
hyperfine --runs "$RUNS" --warmup 1 --export-json "$WORK/builds.json" \
  --prepare "rm -rf '$WORK/client/output' && sync" -n client "cd '$WORK/client' && $BLOG" \
  --prepare "rm -rf '$WORK/build/output' '$WORK/build/.cache' && sync" -n build-cold "cd '$WORK/build' && $BLOG" \
  --prepare "rm -rf '$WORK/build/output' && sync" -n build-warm "cd '$WORK/build' && $BLOG"

python3 - "$WORK/builds.json" "$RESULTS" "$N" "$CORES" "$(val formulas)" "$(val pages)" "$(val startup_s)" \
  "$(val workers1_s)" "$(val workers1_formulas_per_s)" "$(val mathjax_ms_per_formula)" \
  "$(val "workers${CORES}_s")" "$(val "workers${CORES}_formulas_per_s")" "$(bench_load)" <<'PY'
import json, sys
(builds, out, n, cores, formulas, pages, startup, w1, w1fps, msf, wn, wnfps, load) = sys.argv[1:]
r = {x["command"]: x for x in json.load(open(builds))["results"]}
cores, formulas, msf = int(cores), int(formulas), float(msf)
def cpu(name): return r[name]["user"] + r[name]["system"]
def row(name):
    x = r[name]; return f"| {name} | {x['mean']:.2f} ± {x['stddev'] or 0:.2f} | {x['min']:.2f} | {cpu(name):.2f} |"
ideal = formulas * msf / 1000 / cores
cold, warm, client = r["build-cold"]["mean"], r["build-warm"]["mean"], r["client"]["mean"]
text = f"""### Figures for N = {n} posts ({pages} pages with math, {formulas} formulas), {cores} cores

The worker alone (`bench/MathWorkerBench.cs`: every page's math sent to warm workers, no build, no cache):

| | seconds | formulas/s |
|---|---|---|
| start-up of one worker (Node + MathJax) | {float(startup):.2f} | |
| 1 worker | {float(w1):.2f} | {w1fps} |
| {cores} workers | {float(wn):.2f} | {wnfps} |

MathJax's own time per formula (measured inside the worker, without pipes): **{msf:.3f} ms**.

Whole builds (`hyperfine --runs {len(r['client']['times'])}`, process start included, output deleted before each run):

| build | mean ± sd (s) | min (s) | CPU user+sys (s) |
|---|---|---|---|
{row('client')}
{row('build-cold')}
{row('build-warm')}

| target | limit (s) | measured (s) | ratio | met |
|---|---|---|---|---|
| cold ≤ 1.3 × formulas × ms/formula ÷ cores | {1.3 * ideal:.2f} | {cold:.2f} | {cold / ideal:.2f} × ideal | {'yes' if cold <= 1.3 * ideal else 'no'} |
| warm ≤ 1.1 × client | {1.1 * client:.2f} | {warm:.2f} | {warm / client:.2f} × client | {'yes' if warm <= 1.1 * client else 'no'} |

CPU time, which the load of a shared machine disturbs less: cold {cpu('build-cold'):.1f} s against
{formulas * msf / 1000:.1f} s of MathJax's own time plus {cpu('client'):.1f} s for the client-mode build
({cpu('build-cold') / (formulas * msf / 1000 + cpu('client')):.2f} ×); warm {cpu('build-warm') / cpu('client'):.2f} × client.

Load average while measuring: {load}.
"""
open(out, "w").write(text)
print(text)
PY
