#!/usr/bin/env python3
"""Time per MB of each pipeline stage at growing document sizes, for normal
news and for hostile inputs, to show that nothing is quadratic.

usage: scripts/scaling-bench.py [--whosaid PATH] [--sizes 1e3,1e5,1e6,1e7] [--cases news,long-line,...]

Normal news comes from ../shared/data/polnear/train when present (else the
sample article), repeated to the size. Each case and size is written to a
temporary directory, run through `whosaid bench --repeats 1` for per-stage
times, and through `whosaid annotate` under /usr/bin/time for peak memory.
Prints a table of milliseconds per MB (total and per stage) and peak RSS.
"""
import argparse
import glob
import os
import random
import re
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def news_text():
    files = sorted(glob.glob(os.path.join(ROOT, "..", "shared", "data", "polnear", "train", "*.txt")))
    if files:
        return "\n\n".join(open(f, encoding="utf-8").read() for f in files[:200])
    return open(os.path.join(ROOT, "Examples", "newsroom-article.txt"), encoding="utf-8").read()


def repeat_to(unit, size):
    return (unit * (size // max(1, len(unit.encode())) + 1))[:size]


def cases(size):
    rng = random.Random(7)
    words = ["the", "board", "said", "on", "Tuesday", "plan", "would", "cost", "more"]
    caps = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India"]
    news = news_text()
    return {
        "news": repeat_to(news, size),
        "long-line": repeat_to(" ".join(rng.choice(words) for _ in range(200)) + ", ", size).replace("\n", " "),
        "quote-marks": repeat_to('"', size),
        "nested-quotes": repeat_to("\u201cthen \u2018again ", size // 2) + repeat_to("\u2019\u201d", size // 2),
        "one-quotation": 'She said: "' + repeat_to("words and more words ", size - 20) + '"',
        "capitalized": repeat_to(" ".join(caps) + " ", size),
        "rtl-zero-width": repeat_to("\u05e9\u05dc\u05d5\u05dd \u200bword\u200f \u0645\u0631\u062d\u0628\u0627. ", size),
        "mixed-line-ends": repeat_to("One line.\r\nTwo line.\rThree \"q\".\n", size),
    }


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--whosaid", default=os.path.join(ROOT, ".build", "release", "whosaid"))
    ap.add_argument("--sizes", default="1000,100000,1000000,10000000")
    ap.add_argument("--cases", default=None)
    args = ap.parse_args()
    sizes = [int(float(s)) for s in args.sizes.split(",")]
    wanted = args.cases.split(",") if args.cases else None
    print(f"{'case':16s}{'size':>10s}{'ms/MB':>10s}  per stage (ms/MB)  peak RSS")
    for size in sizes:
        for name, text in cases(size).items():
            if wanted and name not in wanted:
                continue
            with tempfile.TemporaryDirectory() as tmp:
                path = os.path.join(tmp, "doc.txt")
                with open(path, "w", encoding="utf-8", newline="") as f:
                    f.write(text)
                mb = os.path.getsize(path) / 1e6
                bench = run([args.whosaid, "bench", tmp, "--repeats", "1"])
                stages = {}
                for line in bench.stdout.splitlines():
                    m = re.match(r"^(\S[\w ]*?)\s+([\d.]+)\s+[\d.inf]+\s+[\d.inf]+$", line)
                    if m:
                        stages[m.group(1)] = float(m.group(2)) * 1000 / mb
                with open(path, "rb") as f:
                    timed = run(["/usr/bin/time", "-f", "%M", args.whosaid, "annotate", "--max-bytes", "200000000",
                                 "--time-limit", "0"], stdin=f)
                rss = timed.stderr.strip().splitlines()[-1] if timed.stderr.strip() else "?"
                total = stages.pop("total", float("nan"))
                detail = " ".join(f"{k}={v:.0f}" for k, v in stages.items())
                print(f"{name:16s}{size:>10d}{total:>10.0f}  {detail}  {int(rss) // 1024 if rss.isdigit() else rss} MB", flush=True)


if __name__ == "__main__":
    main()
