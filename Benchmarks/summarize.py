#!/usr/bin/env python3
"""Turns the text output of `swift package benchmark` into one Markdown table of
medians (p50), with each benchmark's ratio to the baseline of its group in the
same run.

Usage:
  swift package benchmark --no-progress --time-units microseconds | tee run.txt
  python3 summarize.py run.txt

Baselines: chart/NAME/* against chart/NAME/recording; page/encode only:* against
Cairo's writer; other page/* against page/recording; text/* against the warm
paragraph; csv/* against counting the lines of the same bytes; brief/* against
brief/build [.pdf].
"""
import re
import sys

UNIT = {"ns": 1e-3, "μs": 1.0, "us": 1.0, "ms": 1e3, "s": 1e6}
SCALE = {"#": 1, "K": 1e3, "M": 1e6, "G": 1e9}


def parse(text):
    benches, name = {}, None
    for line in text.splitlines():
        if line and not line.startswith(("│", "╒", "╞", "├", "╘", " ", "[", "\x1b", "warning", "Build", "Note")) and "/" in line:
            name = line.strip()
            benches[name] = {}
        elif line.startswith("│") and name and "Metric" not in line:
            cells = [c.strip() for c in line.strip("│").split("│")]
            label, values = cells[0], cells[1:8]
            try:
                p25, p50, p75 = (float(values[i].replace(",", "")) for i in (1, 2, 3))
            except ValueError:
                continue
            label = label.replace(" *", "").strip()
            m = re.match(r"(.*) \((ns|μs|us|ms|s|#|K|M|G)\)$", label)
            key, factor = (m.group(1), m.group(2)) if m else (label, None)
            if factor is None:
                factor = 1.0
            elif key.startswith("Time"):
                factor = UNIT[factor]          # to microseconds
            else:
                factor = SCALE[factor]
            benches[name][key] = tuple(v * factor for v in (p25, p50, p75))
    return benches


def baseline(name, names):
    group = name.split("/")[0]
    if group == "chart":
        return "/".join(name.split("/")[:2]) + "/recording (baseline: draw only)"
    if group == "page":
        if name.startswith("page/encode only"):
            return next((n for n in names if n.startswith("page/encode only: cairo writer, ARGB32")), None)
        return "page/recording (baseline: draw page 1 to a recording surface)"
    if group == "text":
        return "text/paragraph 154 words, justified, warm"
    if group == "csv":
        return "csv/baseline: count lines of the same bytes"
    if group == "brief":
        return "brief/build [.pdf] (brief + 6 chart PDFs)"
    return None


def fmt_time(us):
    if us >= 1e6:
        return f"{us / 1e6:.2f} s"
    if us >= 1e3:
        return f"{us / 1e3:.2f} ms"
    return f"{us:.1f} µs"


def main():
    benches = parse(open(sys.argv[1], encoding="utf-8").read())
    names = list(benches)
    print("| benchmark | median wall | p25–p75 | ratio to baseline | output bytes | mallocs | peak RSS (MB) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in names:
        m = benches[name]
        wall = m.get("Time (wall clock)")
        if not wall:
            continue
        base = baseline(name, names)
        ratio = ""
        if base == name:
            ratio = "baseline"
        elif base and base in benches and benches[base].get("Time (wall clock)"):
            ratio = f"{wall[1] / benches[base]['Time (wall clock)'][1]:.2f}×"
        size = m.get("output bytes")
        mallocs = m.get("Malloc (total)")
        rss = m.get("Memory (resident peak)")
        print(f"| {name} | {fmt_time(wall[1])} | {fmt_time(wall[0])}–{fmt_time(wall[2])} | {ratio} | "
              f"{f'{size[1]:,.0f}' if size else ''} | {f'{mallocs[1]:,.0f}' if mallocs else ''} | "
              f"{f'{rss[1] / 1e6:.0f}' if rss else ''} |")


if __name__ == "__main__":
    main()
