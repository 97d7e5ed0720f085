#!/usr/bin/env python3
"""Time per MB of each pipeline stage at growing document sizes, for normal
news and for hostile inputs, to show that nothing is quadratic, and the peak
memory of annotating each, to check the per-document bound stated in README.

usage: scripts/scaling-bench.py [--whosaid PATH] [--sizes 1e3,1e5,1e6,1e7] [--cases news,long-line,...]
                                [--large]

Normal news comes from ../shared/data/polnear/train when present (else the
sample article), repeated to the size. Each case and size is written to a
temporary directory (as many copies as make 1 MB, for small sizes), run
through `whosaid bench` for per-stage times, and through `whosaid annotate` (stdin, so binary
bytes are annotated too rather than skipped) under /usr/bin/time for peak
memory. Prints one line per case and size (milliseconds per MB, total and
per stage, and peak RSS), then a Markdown table. `--large` adds the issue's
sizes for two cases: a 50 MB line and a 20 MB quotation.
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
    """`unit` repeated to `size` UTF-8 bytes, cut at a character boundary."""
    data = unit.encode() if isinstance(unit, str) else unit
    data = (data * (size // max(1, len(data)) + 1))[:size]
    return data.decode("utf-8", errors="ignore").encode() if isinstance(unit, str) else data


def cases(size):
    rng = random.Random(7)
    words = ["the", "board", "said", "on", "Tuesday", "plan", "would", "cost", "more"]
    caps = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India"]
    news = news_text()
    noise = bytes(rng.randrange(256) for _ in range(65536))
    return {
        "news": lambda: repeat_to(news, size),
        # Stray bytes of Latin-1 and cut UTF-8 sequences in English text.
        "invalid-utf8": lambda: repeat_to(b"The mayor said \xe9t\xe9 \xff\xfe caf\xc3 \"fine\xe2\x80\" today. ", size),
        "long-line": lambda: repeat_to(" ".join(rng.choice(words) for _ in range(200)) + ", ", size),
        "quote-marks": lambda: repeat_to('"', size),
        "nested-quotes": lambda: repeat_to("\u201cthen \u2018again ", size // 2) + repeat_to("\u2019\u201d", size - size // 2),
        "one-quotation": lambda: b'She said: "' + repeat_to("words and more words ", size - 12) + b'"',
        "capitalized": lambda: repeat_to(" ".join(caps) + " ", size),
        "rtl-zero-width": lambda: repeat_to("\u05e9\u05dc\u05d5\u05dd \u200bword\u200f \u0645\u0631\u062d\u0628\u0627. ", size),
        "mixed-line-ends": lambda: repeat_to("One line.\r\nTwo line.\rThree \"q\".\n", size),
        # Image and archive bytes fed as a document (as files, the batch walker skips them).
        "png-zip": lambda: repeat_to(b"\x89PNG\r\n\x1a\n" + noise + b"PK\x03\x04" + noise, size),
    }


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def measure(whosaid, data):
    """(ms per MB per stage incl. total, peak RSS in MB) for one document.
    Small documents are timed as many copies (up to 1 MB in all), one pass."""
    with tempfile.TemporaryDirectory() as tmp:
        copies = max(1, int(1e6 // max(1, len(data))))
        for copy in range(copies):
            with open(os.path.join(tmp, f"doc{copy}.txt"), "wb") as f:
                f.write(data)
        mb = len(data) * copies / 1e6
        bench = run([whosaid, "bench", tmp, "--repeats", "1"])
        header = re.search(r"([\d]+) tokens", bench.stdout)
        tokens = int(header.group(1)) if header else 0
        stages = {}
        for line in bench.stdout.splitlines():
            m = re.match(r"^(\S[\w ]*?)\s+([\d.]+)\s+[\d.inf]+\s+([\d.inf]+)$", line)
            if m:
                # tokens/s is printed to more significant digits than seconds.
                per_second = float(m.group(3))
                seconds = tokens / per_second if tokens and per_second > 0 else float(m.group(2))
                stages[m.group(1)] = seconds * 1000 / mb
        with open(os.path.join(tmp, "doc0.txt"), "rb") as f:
            timed = run(["/usr/bin/time", "-f", "%M", whosaid, "annotate", "--max-bytes", str(len(data) + 1),
                         "--time-limit", "0"], stdin=f)
        rss = timed.stderr.strip().splitlines()[-1] if timed.stderr.strip() else ""
        return stages, int(rss) / 1024 if rss.isdigit() else float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--whosaid", default=os.path.join(ROOT, ".build", "release", "whosaid"))
    ap.add_argument("--sizes", default="1000,100000,1000000,10000000")
    ap.add_argument("--cases", default=None)
    ap.add_argument("--large", action="store_true")
    args = ap.parse_args()
    sizes = [int(float(s)) for s in args.sizes.split(",")]
    wanted = args.cases.split(",") if args.cases else None
    runs = [(name, size) for size in sizes for name in cases(size) if not wanted or name in wanted]
    if args.large:
        runs += [("long-line", 50_000_000), ("one-quotation", 20_000_000)]
    table = {}
    print(f"{'case':16s}{'size':>10s}{'ms/MB':>10s}  per stage (ms/MB)  peak RSS", flush=True)
    for name, size in runs:
        data = cases(size)[name]()
        stages, rss = measure(args.whosaid, data)
        total = stages.pop("total", float("nan"))
        table.setdefault(name, {})[size] = (total, rss)
        detail = " ".join(f"{k}={v:.0f}" for k, v in stages.items())
        print(f"{name:16s}{size:>10d}{total:>10.0f}  {detail}  {rss:.0f} MB", flush=True)

    print()
    print("| case | " + " | ".join(f"ms/MB at {label(s)}" for s in sizes) + f" | peak RSS at {label(sizes[-1])} |")
    print("|---|" + "---:|" * (len(sizes) + 1))
    for name, row in table.items():
        cells = [f"{row[s][0]:.0f}" if s in row else "" for s in sizes]
        largest = max(row)
        extra = "" if largest == sizes[-1] else f" ({label(largest)}: {row[largest][0]:.0f} ms/MB, {row[largest][1]:.0f} MB)"
        rss = f"{row[sizes[-1]][1]:.0f} MB" if sizes[-1] in row else ""
        print(f"| {name} | " + " | ".join(cells) + f" | {rss}{extra} |")


def label(size):
    for unit, scale in (("MB", 1e6), ("KB", 1e3)):
        if size >= scale:
            return f"{size / scale:g} {unit}"
    return f"{size} B"


if __name__ == "__main__":
    main()
