# Set-up shared by the bench/*.sh scripts; source it, do not run it:
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# Sourcing sets ROOT (the repository root, from this file's place, wherever the script is run from),
# BENCH_WORK (bench/work, git-ignored) and the dotnet variables that keep the CLI quiet.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_WORK="$ROOT/bench/work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# bench_load: the 1-, 5- and 15-minute load averages ("5.72 6.80 7.38"), to print beside every figure
# (figures taken on a busy machine are not quotable).
bench_load() { cut -d' ' -f1-3 /proc/loadavg; }

# bench_build_tool [OUT_DIR]: builds the tool in Release, quietly (its output goes to
# bench/work/tool-build.log, shown if the build fails), and sets BLOG_DLL to the built blog.dll.
# Without OUT_DIR the build goes to src/Blog/bin/Release/net10.0 (ReadyToRun, as users get it).
bench_build_tool() {
  local out=("$ROOT/src/Blog/bin/Release/net10.0")
  mkdir -p "$BENCH_WORK"
  local args=(build -c Release "$ROOT/src/Blog" -v quiet -nologo)
  if [[ $# -gt 0 ]]; then out=("$1"); args+=(-o "$1"); fi
  if ! dotnet "${args[@]}" >"$BENCH_WORK/tool-build.log" 2>&1; then
    cat "$BENCH_WORK/tool-build.log" >&2
    echo "!! dotnet build of src/Blog failed" >&2
    return 1
  fi
  BLOG_DLL="${out[0]}/blog.dll"
}

# bench_corpus OUT_DIR N [GenerateCorpus options…]: writes N synthetic posts (bench/GenerateCorpus.cs)
# to OUT_DIR; OUT_DIR/ours is our tool's site (input/, statiq.json), OUT_DIR/hugo and /jekyll the others'.
bench_corpus() {
  local out=$1 n=$2
  (cd "$ROOT" && dotnet run bench/GenerateCorpus.cs -- --posts "$n" --out "$out" "${@:3}")
}

# bench_mode_site DIR INPUT MODE copy|link [SETTINGS]: a site folder DIR whose input/ is INPUT (copied,
# so that a script may edit it, or linked), whose theme/ links to the repository's and whose statiq.json
# sets math.render to MODE ("build" or "client"); SETTINGS are more JSON members, e.g. '"search": false, '.
bench_mode_site() {
  local dir=$1 input=$2 mode=$3 how=$4 settings=${5:-}
  rm -rf "$dir" && mkdir -p "$dir"
  if [[ $how == copy ]]; then cp -r "$input" "$dir/input"; else ln -sfn "$input" "$dir/input"; fi
  ln -sfn "$ROOT/theme" "$dir/theme"
  printf '{ "title": "Bench", "baseUrl": "http://localhost/", %s"math": { "render": "%s" } }\n' "$settings" "$mode" >"$dir/statiq.json"
}

# bench_cpu OUT_FILE COMMAND…: runs COMMAND under /usr/bin/time (its output to OUT_FILE.log) and writes
# "wall_s cpu_s maxrss_MB exit" to OUT_FILE, cpu being user + system of the command and its children
# and maxrss the largest resident set among them (GNU time's %M). Returns COMMAND's exit status.
bench_cpu() {
  local file=$1; shift
  local status=0
  /usr/bin/time -f '%e %U %S %M' -o "$file.time" "$@" >"$file.log" 2>&1 || status=$?
  awk -v s="$status" 'END { printf "%s %.2f %d %s\n", $1, $2 + $3, $4 / 1024, s }' "$file.time" >"$file"
  return "$status"
}
