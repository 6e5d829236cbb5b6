#!/bin/bash
# Build mode, 1000-post corpus: CPU (user + sys) and max RSS of cold and warm builds, alternating two
# binaries (e.g. main before and after a change), each run timed by /usr/bin/time; the load in each line.
# usage: [CORPUS=dir] bench/splice.sh OLD_BLOG_DLL NEW_BLOG_DLL [ROUNDS]
# (corpus: $CORPUS/ours, by default bench/work/corpus/ours as bench/baseline.sh makes it, copied to a temp folder)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
OLD=$(realpath "$1"); NEW=$(realpath "$2"); ROUNDS=${3:-2}
SITE=$(mktemp -d /tmp/splice-bench.XXXXXX)
CORPUS=${CORPUS:-$ROOT/bench/work/corpus}
cp -r "$CORPUS/ours/input" "$CORPUS/ours/statiq.json" "$SITE/"
ln -s "$ROOT/theme" "$SITE/theme"; ln -s "$ROOT/node_modules" "$SITE/node_modules"
cd "$SITE"
one() { # dll label cold|warm
  if [[ $3 == cold ]]; then rm -rf .cache; fi
  rm -rf output; sync
  local load wall cpu rss status; load=$(cut -d' ' -f1 /proc/loadavg)
  bench_cpu run.txt dotnet "$1" build --input input --output output || echo "$2 $3 FAILED (see $SITE/run.txt.log)"
  read -r wall cpu rss status < run.txt
  printf "%-7s %-5s load %5s  wall %6.2f s  cpu %6.2f s  maxrss %4d MB\n" "$2" "$3" "$load" "$wall" "$cpu" "$rss"
}
for _ in $(seq "$ROUNDS"); do
  one "$OLD" before cold; one "$NEW" after cold
  one "$OLD" before warm; one "$NEW" after warm
  one "$NEW" after cold; one "$OLD" before cold
  one "$NEW" after warm; one "$OLD" before warm
done
rm -rf "$SITE"
