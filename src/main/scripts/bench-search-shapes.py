#!/usr/bin/env python3
"""Job search, one filter shape at a time, single requests on an idle portal (no load): for every shape in
src/bench/search-shapes.tsv the median and worst time of page 1, of offset page 2 (size 20, the deepest page numbers
reach: 61 rows wanted, as many as a page of the largest size) and of the 10th page reached through `next` tokens. Usage: bench-search-shapes.py http://localhost:8089 [runs]
"""
import datetime
import json
import statistics
import sys
import time
import urllib.parse
import urllib.request

BASE = sys.argv[1].rstrip("/")
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 9
TODAY = datetime.date.today()


def query(text):
    params = []
    for part in filter(None, text.split("&")):
        name, value = part.split("=", 1)
        if value.startswith("@"):  # @N: N days ago
            value = (TODAY - datetime.timedelta(days=int(value[1:]))).isoformat()
        params.append((name, value))
    return params


def timed(params):
    url = BASE + "/api/v1/jobs?" + urllib.parse.urlencode(params)
    started = time.perf_counter()
    with urllib.request.urlopen(url) as response:
        body = json.load(response)
    return (time.perf_counter() - started) * 1000, body


def measure(params):
    return [timed(params)[0] for _ in range(RUNS)]


def deep(params):
    """Follows next tokens 9 times, then times the 10th page (repeatedly, with the same token)."""
    after = None
    for _ in range(9):
        _, body = timed(params + ([("after", after)] if after else []))
        after = body.get("next")
        if not after:
            return None
    return measure(params + [("after", after)])


def show(times):
    return "        –" if times is None else f"{statistics.median(times):6.1f} / {max(times):5.1f}"


shapes = []
for line in open("src/bench/search-shapes.tsv", encoding="utf-8"):
    if not line.startswith("#") and line.strip():
        name, _, text = line.rstrip("\n").partition("\t")
        shapes.append((name, query(text) + [("size", "20")]))
for _ in range(3):  # the portal's JIT compiler warms up on every path before anything is measured
    for _, params in shapes:
        timed(params)
        timed(params + [("page", "2")])

print(f"{'shape':32} {'page 1':>15} {'offset 40':>15} {'10th by next':>15}   (ms, median / worst of {RUNS})")
worst = 0.0
for name, params in shapes:
    cells = [measure(params), measure(params + [("page", "2")]), deep(params)]
    worst = max([worst] + [statistics.median(c) for c in cells if c])
    print(f"{name:32} {show(cells[0]):>15} {show(cells[1]):>15} {show(cells[2]):>15}")
print(f"slowest median: {worst:.1f} ms")
