#!/usr/bin/env bash
# Issue 26's one-sitting table: the same N synthetic math posts built by Hugo, Hugo + Pagefind, Jekyll
# and ours (client math with and without search, build-time math cold and warm), plus the 8-post sample
# blog warm, each timed as a whole process, in alternated rounds, with wall, CPU (user + sys), max RSS,
# the load average of each round, the commit and the command of each row.
#
#   bench/round3.sh [N]                       # N posts, default 1000; RUNS=3 WARMUP=1 by default
#   RUNS=5 bench/round3.sh 1000               # more counted rounds
#   PREVIEW=1 bench/round3.sh 1000            # also the preview's prose-edit p50/p95 (bench/PreviewBench)
#   bench/round3.sh 50                        # a quick check that every row works (figures not quotable)
#
# Run it on a quiet machine (load average < 1.5): the script prints the load of every round and
# refuses nothing, but figures taken at a higher load are not quoted (bench/README.md).
#
# Needs, as root on Debian: hugo and jekyll with its plugins (installed here with apt-get when missing:
# hugo jekyll ruby-jekyll-feed ruby-jekyll-paginate ruby-jekyll-sitemap ruby-jekyll-archives), GNU time
# (/usr/bin/time, package "time"), python3, and the repository's node_modules (Pagefind, MathJax: `npm ci`,
# which `dotnet build` runs). Everything is written under bench/work/ (git-ignored); the table also goes
# to bench/work/round3-N.md.
#
# Each row is one command; a round runs every row once, the order rotated by one each round so that a
# change of load hits all rows alike; the first WARMUP rounds are not counted. The medians of the counted
# rounds are printed (wall, CPU), with the largest max RSS. Max RSS is GNU time's %M: the largest resident
# set of the command or of any one of its descendants (a Node worker counts only if it outgrows dotnet).
set -euo pipefail

N="${1:-1000}"
RUNS="${RUNS:-3}"
WARMUP="${WARMUP:-1}"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
WORK="$BENCH_WORK/round3"
OUT="$WORK/corpus"
RESULTS="$BENCH_WORK/round3-$N.md"
mkdir -p "$WORK"

# --- tools ----------------------------------------------------------------------------------------------
missing=()
command -v hugo >/dev/null || missing+=(hugo)
command -v jekyll >/dev/null || missing+=(jekyll ruby-jekyll-feed ruby-jekyll-paginate ruby-jekyll-sitemap ruby-jekyll-archives)
[[ -x /usr/bin/time ]] || missing+=(time)
if ((${#missing[@]})); then
  echo "== installing Debian packages: ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then echo "!! run as root, or install them: apt-get install -y ${missing[*]}" >&2; exit 1; fi
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
fi
PAGEFIND="$ROOT/node_modules/@pagefind/linux-x64/bin/pagefind_extended"

echo "== building our tool (Release, ReadyToRun)"
bench_build_tool
COMMIT="$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src || echo '+uncommitted')"

echo "== generating $N posts"
bench_corpus "$OUT" "$N" >/dev/null
INPUT="$OUT/ours/input"
# Our site roots, all reading the same input/: client math with search (the defaults but math) and without,
# build-time math cold (its .cache deleted before every run) and warm (.cache kept from the run before).
bench_mode_site "$WORK/client" "$INPUT" client link
bench_mode_site "$WORK/client-nosearch" "$INPUT" client link '"search": false, '
bench_mode_site "$WORK/build-cold" "$INPUT" build link
bench_mode_site "$WORK/build-warm" "$INPUT" build link
# The 8-post sample blog of the tests, warm (its .cache kept), as a writer's small blog.
rm -rf "$WORK/sample" && cp -r "$ROOT/tests/Blog.Tests/Fixtures/sample-blog" "$WORK/sample"

# --- rows: name | command (run by bash -c) | folders deleted before every run, outside the timing ---------
NAMES=() CMDS=() CLEAN=()
row() { NAMES+=("$1"); CMDS+=("$2"); CLEAN+=("$3"); }
ours() { echo "cd '$WORK/$1' && dotnet '$BLOG_DLL' build"; }
row hugo "hugo --quiet -s '$OUT/hugo' -d '$OUT/hugo/public'" "'$OUT/hugo/public'"
if [[ -x $PAGEFIND ]]; then
  row hugo+pagefind "hugo --quiet -s '$OUT/hugo' -d '$OUT/hugo/public-pf' && '$PAGEFIND' --silent --site '$OUT/hugo/public-pf'" "'$OUT/hugo/public-pf'"
else
  echo "!! no Pagefind in node_modules (run npm ci): the hugo+pagefind row is left out"
fi
row jekyll "jekyll build --quiet --disable-disk-cache -s '$OUT/jekyll' -d '$OUT/jekyll/_site'" "'$OUT/jekyll/_site'"
row ours-client "$(ours client)" "'$WORK/client/output' '$WORK/client/.cache'"
row ours-client-nosearch "$(ours client-nosearch)" "'$WORK/client-nosearch/output' '$WORK/client-nosearch/.cache'"
row ours-build-cold "$(ours build-cold)" "'$WORK/build-cold/output' '$WORK/build-cold/.cache'"
row ours-build-warm "$(ours build-warm)" ""
row sample-8-warm "$(ours sample)" ""

# Every command once, untimed: it must work (this also fills the warm rows' caches and output).
for i in "${!NAMES[@]}"; do
  [[ -n ${CLEAN[$i]} ]] && eval "rm -rf ${CLEAN[$i]}"
  if ! bash -c "${CMDS[$i]}" >"$WORK/${NAMES[$i]}.log" 2>&1; then
    echo "!! ${NAMES[$i]} failed (bench/work/round3/${NAMES[$i]}.log):" >&2; tail -20 "$WORK/${NAMES[$i]}.log" >&2; exit 1
  fi
done

# time_once INDEX -> "wall cpu maxrss_MB"; the deletion and a sync happen before the clock starts.
time_once() {
  local i=$1
  [[ -n ${CLEAN[$i]} ]] && eval "rm -rf ${CLEAN[$i]}"
  sync
  /usr/bin/time -f '%e %U %S %M' -o "$WORK/run.time" bash -c "${CMDS[$i]}" >"$WORK/run.log" 2>&1 \
    || { echo "!! ${NAMES[$i]} failed:" >&2; tail -20 "$WORK/run.log" >&2; exit 1; }
  awk '{ printf "%.3f %.3f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$WORK/run.time"
}

declare -A WALLS CPUS RSSES
LOADS=()
count=${#NAMES[@]}
for ((r = 0; r < WARMUP + RUNS; r++)); do
  load=$(bench_load)
  line="round $((r + 1))/$((WARMUP + RUNS))$( ((r < WARMUP)) && echo ' (warm-up)' || true) (load $load):"
  ((r >= WARMUP)) && LOADS+=("${load%% *}")
  for ((k = 0; k < count; k++)); do
    i=$(((k + r) % count))
    read -r wall cpu rss < <(time_once "$i")
    line+=" ${NAMES[$i]} ${wall}s/${cpu}s/${rss}MB"
    if ((r >= WARMUP)); then WALLS[${NAMES[$i]}]+="$wall " CPUS[${NAMES[$i]}]+="$cpu " RSSES[${NAMES[$i]}]+="$rss "; fi
  done
  echo "$line"
done

# Optional: the preview's prose edit, save to reload event (bench/preview.md's method).
PREVIEW_LINE=""
if [[ -n ${PREVIEW:-} ]]; then
  echo "== preview (bench/PreviewBench, $N posts, 30 prose edits)"
  dotnet build -c Release "$ROOT/bench/PreviewBench" -v quiet -nologo >"$WORK/previewbench-build.log" 2>&1
  PREVIEW_LINE=$(cd "$ROOT" && BENCH_PROSE_ONLY=1 dotnet bench/PreviewBench/bin/Release/net10.0/PreviewBench.dll "$N" 30 1 1 2>&1 | grep -m1 'prose edit' || true)
fi

median() { python3 -c 'import statistics,sys; print("%.2f" % statistics.median(float(x) for x in sys.argv[1:]))' "$@"; }
largest() { python3 -c 'import sys; print("%.0f" % max(float(x) for x in sys.argv[1:]))' "$@"; }
{
  echo "## Round 3 table: $N posts, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $COMMIT"
  echo
  echo "$RUNS alternated rounds after $WARMUP warm-up round(s); load average (1 min) at the start of the counted rounds: ${LOADS[*]}."
  echo "Medians of the counted rounds; max RSS the largest. Ratios are to Hugo's median wall time."
  echo
  echo "| row | wall median (s) | × Hugo | CPU user+sys median (s) | max RSS (MB) | command |"
  echo "|---|---:|---:|---:|---:|---|"
  hugo_wall=""
  for i in "${!NAMES[@]}"; do
    name=${NAMES[$i]}
    # shellcheck disable=SC2086
    wall=$(median ${WALLS[$name]}) cpu=$(median ${CPUS[$name]}) rss=$(largest ${RSSES[$name]})
    [[ $name == hugo ]] && hugo_wall=$wall
    ratio=$(python3 -c 'import sys; print("%.2f" % (float(sys.argv[1]) / float(sys.argv[2])))' "$wall" "${hugo_wall:-$wall}")
    cmd=${CMDS[$i]//$ROOT\//}
    printf '| %s | %s | %s | %s | %s | `%s` |\n' "$name" "$wall" "$ratio" "$cpu" "$rss" "$cmd"
  done
  [[ -n $PREVIEW_LINE ]] && { echo; echo "Preview (BENCH_PROSE_ONLY=1 PreviewBench $N 30 1 1): $PREVIEW_LINE"; }
  echo
  echo "Command: \`RUNS=$RUNS WARMUP=$WARMUP bench/round3.sh $N\`; load before $(printf '%s' "${LOADS[0]:-?}"), after $(bench_load)."
  echo "Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), nproc $(nproc), $(free -g | awk '/^Mem:/ {print $2}') GiB;" \
    "dotnet $(dotnet --version); node $(node --version 2>/dev/null || echo none); $(hugo version | cut -d' ' -f1-2); $(jekyll --version)."
} | tee "$RESULTS"
echo "(written to ${RESULTS#$ROOT/})"
