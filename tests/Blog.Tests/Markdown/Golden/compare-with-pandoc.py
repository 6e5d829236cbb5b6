#!/usr/bin/env python3
"""Compares the formulas of every golden case with Pandoc's (a developer's check, not a test).

    apt-get install -y pandoc && python3 tests/Blog.Tests/Markdown/Golden/compare-with-pandoc.py

For each example of tests/Blog.Tests/Specs/math.md (Markdig's spec format) it runs `pandoc -f markdown -t html --mathjax` on the Markdown
and lists the cases whose math elements (kind and TeX) differ from our expected HTML. Pandoc
wraps bare environments in \\[ \\]; we write them bare (MathJax reads them so), which is not
counted as a difference, and neither is white space: Pandoc collapses runs of white space inside
math to one space, we keep the bytes (MathJax reads both the same).
"""
import html, re, subprocess, sys, pathlib

CASES = pathlib.Path(__file__).parents[2] / "Specs" / "math.md"
OPEN, CLOSE = "`" * 32 + " example", "`" * 32
MATH = re.compile(r'<(span|div) class="math (inline|display)"[^>]*>(.*?)</\1>', re.S)

def formulas(fragment):
    out = []
    for _, kind, body in MATH.findall(fragment):
        tex = html.unescape(body)
        if tex[:2] in ("\\(", "\\[") and tex[-2:] in ("\\)", "\\]"):
            tex = tex[2:-2]
        out.append((kind, " ".join(tex.split())))
    return out

def cases():
    lines = CASES.read_text(encoding="utf-8").split("\n")
    name, i = "", 0
    while i < len(lines):
        if lines[i].startswith("#"):
            name = lines[i].lstrip("#").strip()
        if lines[i] == OPEN:
            dot, end = lines.index(".", i + 1), lines.index(CLOSE, i + 1)
            yield name, "\n".join(lines[i + 1:dot]) + "\n", "\n".join(lines[dot + 1:end])
            i = end
        i += 1

differ = 0
for name, markdown, expected in cases():
    pandoc = subprocess.run(["pandoc", "-f", "markdown+tex_math_single_backslash", "-t", "html", "--mathjax", "--wrap=none"],
                            input=markdown, capture_output=True, text=True, check=True).stdout
    ours, theirs = formulas(expected), formulas(pandoc)
    if ours != theirs:
        differ += 1
        print(f"### {name}\n  ours:   {ours}\n  pandoc: {theirs}\n")
print(f"{differ} case(s) differ from Pandoc")
sys.exit(1 if differ else 0)
