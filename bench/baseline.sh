#!/usr/bin/env bash
# Benchmark baseline: build the same N synthetic math posts with our tool, Hugo and Jekyll.
#
#   bench/baseline.sh [N]            # N posts, default 1000
#   RUNS=3 WARMUP=1 bench/baseline.sh 1000
#
# Writes the corpus to bench/work/corpus (git-ignored) and the results to
# bench/work/results-N.md (and stdout). Needs hyperfine (apt-get install hyperfine) or falls
# back to /usr/bin/time. Jekyll plugins come from Debian: ruby-jekyll-feed,
# ruby-jekyll-paginate, ruby-jekyll-sitemap, ruby-jekyll-archives.
set -euo pipefail

N="${1:-1000}"
RUNS="${RUNS:-3}"
WARMUP="${WARMUP:-1}"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
WORK="$BENCH_WORK"
OUT="$WORK/corpus"
RESULTS="$WORK/results-$N.md"
mkdir -p "$WORK"
TIMER=""
if [[ -z "${NO_HYPERFINE:-}" ]] && command -v hyperfine >/dev/null; then TIMER="$(hyperfine --version)"; fi

echo "== generating $N posts"
bench_corpus "$OUT" "$N"
# Our tool reads statiq.json, theme/ and its typesetting cache .cache/ from the site root. Three
# site roots share the corpus's input/: ours (the default settings: math typeset at build time,
# cache emptied before every run), ours-warm (the same, cache kept from the previous run) and
# ours-client (math.render "client": MathJax typesets in the browser, as with Hugo and Jekyll).
mkdir -p "$OUT/ours-warm" "$OUT/ours-client"
cp "$OUT/ours/statiq.json" "$OUT/ours-warm/statiq.json"
python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); s["math"]={"render": "client"}; json.dump(s, open(sys.argv[2], "w"))' \
  "$OUT/ours/statiq.json" "$OUT/ours-client/statiq.json"
for site in ours ours-warm ours-client; do ln -sfn "$ROOT/theme" "$OUT/$site/theme"; done

echo "== building our tool (Release)"
OURS_OK=0
OURS_WHY=""
if bench_build_tool 2>/dev/null; then
  if dotnet "$BLOG_DLL" build --help >/dev/null 2>&1; then
    OURS_OK=1
  else
    OURS_WHY="blog.dll has no working 'build' command"
  fi
else
  OURS_WHY="dotnet build failed (see bench/work/tool-build.log)"
fi

# name | command | output folder | what is deleted before every run (quoted for the shell)
NAMES=() CMDS=() DIRS=() CLEAN=()
if [[ $OURS_OK == 1 ]]; then
  for site in ours ours-warm ours-client; do
    NAMES+=("$site"); DIRS+=("$OUT/$site/output")
    CMDS+=("cd '$OUT/$site' && dotnet '$BLOG_DLL' build --input '$OUT/ours/input' --output '$OUT/$site/output'")
    # ours and ours-client are cold builds: no .cache at all (typesetting, search index, the
    # linked copies of MathJax's files); ours-warm keeps its .cache from the previous run.
    if [[ $site == ours-warm ]]; then CLEAN+=("'$OUT/$site/output'")
    else CLEAN+=("'$OUT/$site/output' '$OUT/$site/.cache'"); fi
  done
else
  echo "!! our tool skipped: $OURS_WHY"
fi
NAMES+=("hugo"); DIRS+=("$OUT/hugo/public"); CLEAN+=("'$OUT/hugo/public'")
CMDS+=("hugo --quiet -s '$OUT/hugo' -d '$OUT/hugo/public'")
# Hugo has no search index of its own; its documented way to get one is Pagefind's CLI over the
# built site. Our builds index their 1000 posts with Pagefind too, so this row does the same job
# (the Hugo post layout marks the article data-pagefind-body: only the posts are indexed).
PAGEFIND="$ROOT/node_modules/@pagefind/linux-x64/bin/pagefind_extended"
if [[ -x $PAGEFIND ]]; then
  NAMES+=("hugo+pagefind"); DIRS+=("$OUT/hugo/public-pf"); CLEAN+=("'$OUT/hugo/public-pf'")
  CMDS+=("hugo --quiet -s '$OUT/hugo' -d '$OUT/hugo/public-pf' && '$PAGEFIND' --silent --site '$OUT/hugo/public-pf'")
fi
NAMES+=("jekyll"); DIRS+=("$OUT/jekyll/_site"); CLEAN+=("'$OUT/jekyll/_site'")
CMDS+=("jekyll build --quiet --disable-disk-cache -s '$OUT/jekyll' -d '$OUT/jekyll/_site'")

# Check once that every command works before timing it (this also fills ours-warm's cache).
for i in "${!NAMES[@]}"; do
  eval "rm -rf ${CLEAN[$i]}"
  if ! bash -c "${CMDS[$i]}" >"$WORK/${NAMES[$i]}.log" 2>&1; then
    echo "!! ${NAMES[$i]} failed, see bench/work/${NAMES[$i]}.log"; exit 1
  fi
done

# Interleaved rounds: every round builds with each tool once, in a rotating order, so that a
# change in the machine's load during the benchmark hits all tools alike instead of whichever
# tool happened to be timed at that moment. Round 1..WARMUP is not counted.
time_once() { # command paths-to-delete -> "wall-seconds cpu-seconds max-rss-MB" (cpu = user + system)
  # Max RSS is GNU time's %M (KB): the largest resident set of the command or any one of its
  # descendants (getrusage RUSAGE_CHILDREN), so our Node workers count only if one outgrows dotnet.
  local cmd="$1" clean="$2" rss
  local timed="/usr/bin/time -f %M -o '$WORK/run.rss' bash -c $(printf '%q' "$cmd")"
  if [[ -n $TIMER ]]; then
    hyperfine --runs 1 --style none --prepare "rm -rf $clean && sync" --export-json "$WORK/run.json" "$timed" >/dev/null
    rss=$(tail -1 "$WORK/run.rss")
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print(r["times"][0], r["user"] + r["system"], int(sys.argv[2]) / 1024)' "$WORK/run.json" "$rss"
  else
    eval "rm -rf $clean"; sync
    /usr/bin/time -f '%e %U %S %M' -o "$WORK/run.time" bash -c "$cmd" >/dev/null 2>&1
    awk '{ print $1, $2 + $3, $4 / 1024 }' "$WORK/run.time"
  fi
}

LOAD_BEFORE="$(bench_load)"
declare -A TIMES CPUS RSSES MEAN SD MIN CPU RSS PAGES FILES
count=${#NAMES[@]}
for ((r = 0; r < WARMUP + RUNS; r++)); do
  line="round $((r + 1))/$((WARMUP + RUNS))"
  ((r < WARMUP)) && line+=" (warm-up)"
  line+=" (load $(cut -d' ' -f1 /proc/loadavg)):"
  for ((k = 0; k < count; k++)); do
    i=$(((k + r) % count))
    read -r t c m < <(time_once "${CMDS[$i]}" "${CLEAN[$i]}")
    line+=" ${NAMES[$i]} $(printf '%.2f' "$t") s (cpu $(printf '%.2f' "$c") s, rss $(printf '%.0f' "$m") MB)"
    if ((r >= WARMUP)); then TIMES[${NAMES[$i]}]+="$t " CPUS[${NAMES[$i]}]+="$c " RSSES[${NAMES[$i]}]+="$m "; fi
  done
  echo "$line"
done
for i in "${!NAMES[@]}"; do
  name="${NAMES[$i]}" dir="${DIRS[$i]}"
  # shellcheck disable=SC2086
  read -r m s lo < <(python3 -c 'import statistics as st,sys; v=[float(x) for x in sys.argv[1:]]; print(st.mean(v), st.stdev(v) if len(v)>1 else 0, min(v))' ${TIMES[$name]})
  MEAN[$name]=$m SD[$name]=$s MIN[$name]=$lo
  # shellcheck disable=SC2086
  CPU[$name]=$(python3 -c 'import statistics as st,sys; print(st.mean(float(x) for x in sys.argv[1:]))' ${CPUS[$name]})
  # shellcheck disable=SC2086
  RSS[$name]=$(python3 -c 'import sys; print(max(float(x) for x in sys.argv[1:]))' ${RSSES[$name]})
  PAGES[$name]=$(find "$dir" -name '*.html' | wc -l)
  FILES[$name]=$(find "$dir" -type f | wc -l)
done

{
  echo "## Results: $N posts, $RUNS interleaved runs after $WARMUP warm-up round(s), $(date -u +%Y-%m-%d)"
  echo
  echo "| tool | wall mean ± sd (s) | wall min (s) | CPU user+sys mean (s) | max RSS (MB) | HTML pages | files written |"
  echo "|---|---|---|---|---|---|---|"
  for name in "${NAMES[@]}"; do
    printf '| %s | %.2f ± %.2f | %.2f | %.2f | %.0f | %s | %s |\n' "$name" "${MEAN[$name]}" "${SD[$name]}" "${MIN[$name]}" "${CPU[$name]}" "${RSS[$name]}" "${PAGES[$name]}" "${FILES[$name]}"
  done
  [[ $OURS_OK == 1 ]] || echo "| ours | skipped: $OURS_WHY | | | | |"
  echo
  echo "Commit $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD || echo ' (with uncommitted changes)'); command \`RUNS=$RUNS WARMUP=$WARMUP bench/baseline.sh $N\`."
  echo
  echo "Machine:"
  echo
  echo "- CPU: $(lscpu | sed -n 's/^Model name: *//p' | head -1), nproc $(nproc)"
  echo "- memory: $(free -g | awk '/^Mem:/ {print $2}') GiB; OS: $(. /etc/os-release && echo "$PRETTY_NAME"); kernel $(uname -r)"
  echo "- dotnet $(dotnet --version); node $(node --version 2>/dev/null || echo none); $(hugo version | cut -d' ' -f1-2); $(jekyll --version); $(ruby --version | cut -d' ' -f1-2)"
  echo "- timer: ${TIMER:-/usr/bin/time (no hyperfine)}; load average before timing $LOAD_BEFORE, after $(bench_load)"
} | tee "$RESULTS"
echo "(written to ${RESULTS#$ROOT/})"
