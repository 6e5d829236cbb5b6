#!/usr/bin/env bash
# Issue 27: ```tikz diagrams. The TeX engine's start-up, and the cold and warm time per diagram.
# Usage (from anywhere): bench/tikz.sh [N=10]
#   BLOG_DLL=src/Blog/bin/Debug/net10.0/blog.dll bench/tikz.sh   uses an already built tool
# Writes a site of N posts, each with one tikz-cd square and one tikzpicture with a math label (all
# different, so nothing is shared), client math and no search (so the build is mostly diagrams);
# builds it cold (no .cache/) and warm with --timings, and prints the tool's own tikz line (TeX runs,
# engine starts, engine load time, ms per drawn diagram) beside wall time and the load average.
set -euo pipefail
n=${1:-10}
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
if [[ -z "${BLOG_DLL:-}" ]]; then bench_build_tool; fi
site="$BENCH_WORK/tikz"
rm -rf "$site"
mkdir -p "$site/input/posts"
echo '{"title": "tikz bench", "math": {"render": "client"}, "search": false}' > "$site/statiq.json"
for i in $(seq 1 "$n"); do
  cat > "$site/input/posts/d$i.md" <<POST
---
title: Diagram $i
date: 2024-01-$(printf %02d $(( (i - 1) % 28 + 1 )))
---
\`\`\`tikz
%| label: fig-square
%| fig-cap: Square $i
\\begin{tikzcd}
A_{$i} \\arrow[r, "f"] \\arrow[d, "h"'] & B \\arrow[d, "g"] \\\\
C \\arrow[r, "k"'] & D_{$i}
\\end{tikzcd}
\`\`\`

\`\`\`tikz
\\begin{tikzpicture}
\\draw[->, thick] (0,0) -- ($i,1) node[right] {\$\\int_0^{$i} x^2\\,dx\$};
\\end{tikzpicture}
\`\`\`
POST
done
echo "# commit $(git -C "$ROOT" rev-parse --short HEAD), $(nproc) cores, $n posts × 2 diagrams"
for run in cold warm; do
  [[ $run == cold ]] && rm -rf "$site/.cache"
  echo "## $run (load before: $(bench_load))"
  start=$(date +%s.%N)
  (cd "$site" && dotnet "$BLOG_DLL" build --timings) | grep -E "Built|tikz:"
  echo "wall $(echo "$(date +%s.%N) - $start" | bc) s, load after: $(bench_load)"
done
