#!/usr/bin/env python3
"""Compares the formulas of every golden case with Pandoc's (a developer's check, not a test).

    apt-get install -y pandoc && python3 tests/Blog.Tests/Markdown/Golden/compare-with-pandoc.py

For each case of math-cases.txt it runs `pandoc -f markdown -t html --mathjax` on the Markdown
and lists the cases whose math elements (kind and TeX) differ from our expected HTML. Pandoc
wraps bare environments in \\[ \\]; we write them bare (MathJax reads them so), which is not
counted as a difference, and neither is white space: Pandoc collapses runs of white space inside
math to one space, we keep the bytes (MathJax reads both the same).
"""
import html, re, subprocess, sys, pathlib

CASES = pathlib.Path(__file__).with_name("math-cases.txt")
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
    text = CASES.read_text(encoding="utf-8")
    for block in text.split("\n#### ")[1:]:
        name, body = block.split("\n", 1)
        markdown, _, expected = body.partition("\n.\n")
        yield name, markdown + "\n", expected

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
