#!/usr/bin/env python3
"""Prints the test classes that took longest in the TRX files given, to find what to share or speed up.

    python3 .ci/slowest-classes.py TestResults/ci/*.trx [--top 15]

A class's time is the sum of its tests' durations as the TRX records them (vstest's own clock per test,
fixtures' set-up included in the first test that needs it); tests of different classes run in parallel,
so the sums add up to more than the suite's wall time.
"""
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"


def seconds(duration: str) -> float:
    h, m, s = duration.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def main(argv):
    top = 15
    files = []
    it = iter(argv)
    for a in it:
        if a == "--top":
            top = int(next(it))
        else:
            files.append(a)
    total = defaultdict(float)
    count = defaultdict(int)
    for path in files:
        root = ET.parse(path).getroot()
        classes = {t.get("id"): t.find(NS + "TestMethod").get("className") for t in root.iter(NS + "UnitTest")}
        for r in root.iter(NS + "UnitTestResult"):
            cls = classes.get(r.get("testId"), "?")
            total[cls] += seconds(r.get("duration", "0:0:0"))
            count[cls] += 1
    if not total:
        return
    print(f"Slowest test classes (sum of their tests' durations; {len(total)} classes):")
    for cls, s in sorted(total.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {s:8.1f} s  {count[cls]:4d} tests  {cls}")


if __name__ == "__main__":
    main(sys.argv[1:])
