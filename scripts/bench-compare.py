#!/usr/bin/env python3
"""Whole-process, side-by-side timing of tradebrief and the anchor tools.

Called by scripts/bench-compare.sh, which builds tradebrief, prepares the
anchors' virtualenv and the synthetic CSV, then passes every command here.

Each tool is one command line. After one uncounted warm-up run each, the tools
run round-robin (A1 B1 C1 … A2 B2 C2 …), so that a change in the machine's load
hits every tool alike. One run is measured exactly as the anchors' bench.py
measures it (its `one()` function is imported and reused): wall time on the
monotonic clock from fork to reap, user + system CPU and peak RSS (ru_maxrss)
from os.wait4, stdin empty, stdout and stderr discarded.

Usage:
  bench-compare.py --anchors DIR [--runs N] [--max-load L] [--wait S] [--write FILE]
                   --tool 'NAME|GROUP|GOAL|COMMAND' ...
GROUP "brief" rows get a ratio against the row named "tradebrief"; GOAL is
free text ("≤ 0.15 s") or empty; COMMAND is split with shlex and may start
with "cd DIR &&" to run in DIR.
"""
import argparse
import datetime
import importlib.util
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys
import time

BEGIN = "<!-- bench-compare:begin (scripts/bench-compare.sh replaces this block) -->"
END = "<!-- bench-compare:end -->"


def load_one(anchors):
    """The anchors' own single-run timer, so both sides are measured the same way."""
    path = os.path.join(anchors, "bench.py")
    spec = importlib.util.spec_from_file_location("anchors_bench", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.one


def loadavg():
    with open("/proc/loadavg") as f:
        return tuple(float(x) for x in f.read().split()[:3])


def wait_for_quiet(max_load, wait):
    """Waits (up to `wait` seconds) for the 1-minute load to drop to `max_load`."""
    deadline = time.monotonic() + wait
    load = loadavg()
    while load[0] > max_load and time.monotonic() < deadline:
        print(f"load {load[0]:.2f} > {max_load}; waiting 30 s (other builds?)", file=sys.stderr)
        time.sleep(30)
        load = loadavg()
    return load


def machine():
    model = ""
    try:
        with open("/proc/cpuinfo") as f:
            model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "")
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kib = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1))
            mem = f"{kib / 1024 / 1024:.0f} GiB"
    except (OSError, AttributeError):
        pass
    os_name = ""
    try:
        with open("/etc/os-release") as f:
            os_name = re.search(r'PRETTY_NAME="([^"]+)"', f.read()).group(1)
    except (OSError, AttributeError):
        pass
    return f"{os_name}, {platform.machine()}, {os.cpu_count()} cores ({model}), {mem}, kernel {platform.release()}"


def parse_tool(spec):
    name, group, goal, command = spec.split("|", 3)
    cwd = None
    m = re.match(r"\s*cd\s+(\S+)\s*&&\s*(.*)", command)
    if m:
        cwd, command = m.group(1), m.group(2)
    return {"name": name, "group": group, "goal": goal, "cmd": shlex.split(command), "cwd": cwd, "command": command}


def run_in(one, tool):
    if tool["cwd"]:
        old = os.getcwd()
        os.chdir(tool["cwd"])
        try:
            return one(tool["cmd"])
        finally:
            os.chdir(old)
    return one(tool["cmd"])


def fmt_ratio(x):
    return f"{x:.1f}×" if x >= 10 else f"{x:.2f}×"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--anchors", required=True)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--max-load", type=float, default=1.5)
    ap.add_argument("--wait", type=float, default=600)
    ap.add_argument("--write", help="replace the bench-compare block of this Markdown file")
    ap.add_argument("--note", action="append", default=[], help="a line for the report's notes")
    ap.add_argument("--tool", action="append", required=True)
    a = ap.parse_args()

    one = load_one(a.anchors)
    tools = [parse_tool(t) for t in a.tool]
    load_before = wait_for_quiet(a.max_load, a.wait)
    started = datetime.datetime.now().astimezone()
    loads = [load_before]

    for tool in tools:                      # 1 warm-up each, uncounted
        rc, *_ = run_in(one, tool)
        if rc != 0:
            print(f"warning: warm-up of {tool['name']} exited {rc}: {tool['command']}", file=sys.stderr)
        tool["runs"] = []
    for r in range(a.runs):                 # round-robin
        for tool in tools:
            tool["runs"].append(run_in(one, tool))
        loads.append(loadavg())
        print(f"round {r + 1}/{a.runs} done, load {loads[-1][0]:.2f}", file=sys.stderr)
    load_after = loadavg()

    base = next((t for t in tools if t["name"] == "tradebrief"), None)
    base_wall = statistics.median(r[1] for r in base["runs"]) if base else None
    base_rss = statistics.median(r[4] for r in base["runs"]) if base else None

    lines = [
        BEGIN,
        f"### Whole-process comparison, {started:%Y-%m-%d %H:%M %Z}",
        "",
        f"Machine: {machine()}.",
        f"Load average (1/5/15 min) before: {' / '.join(f'{x:.2f}' for x in load_before)}; "
        f"after: {' / '.join(f'{x:.2f}' for x in load_after)}; "
        f"highest 1-min reading between rounds: {max(l[0] for l in loads):.2f}.",
        f"{a.runs} counted runs per tool after 1 warm-up, interleaved round-robin; timer: the anchors' bench.py `one()` "
        "(monotonic wall clock fork→reap, os.wait4 rusage).",
        "",
        "| tool | group | median wall (s) | min–max (s) | median CPU (s) | peak RSS (MiB) | ratio vs tradebrief: tool wall ÷ tradebrief wall (> 1: tradebrief faster) | RSS ÷ tradebrief RSS | goal | exit |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for t in tools:
        runs = t["runs"]
        walls = [r[1] for r in runs]
        cpus = [r[2] + r[3] for r in runs]
        rss = max(r[4] for r in runs)
        med = statistics.median(walls)
        bad = sorted({r[0] for r in runs if r[0] != 0})
        ratio = rss_ratio = "—"
        if base and t["group"] == "brief" and t is not base:
            ratio = fmt_ratio(med / base_wall)
            rss_ratio = fmt_ratio(statistics.median(r[4] for r in runs) / base_rss)
        elif t is base:
            ratio = rss_ratio = "1 (baseline)"
        lines.append(
            f"| {t['name']} | {t['group']} | {med:.3f} | {min(walls):.3f}–{max(walls):.3f} | {statistics.median(cpus):.3f} | "
            f"{rss:.1f} | {ratio} | {rss_ratio} | {t['goal'] or '—'} | {'0' if not bad else 'FAILED ' + ','.join(map(str, bad))} |")
    lines += ["", "Commands:", ""]
    lines += [f"- {t['name']}: `{('cd ' + t['cwd'] + ' && ') if t['cwd'] else ''}{t['command']}`" for t in tools]
    if a.note:
        lines += [""] + [f"{n}" for n in a.note]
    lines.append(END)
    report = "\n".join(lines) + "\n"
    print(report)

    if a.write:
        text = open(a.write, encoding="utf-8").read() if os.path.exists(a.write) else ""
        if BEGIN in text and END in text:
            head, rest = text.split(BEGIN, 1)
            tail = rest.split(END, 1)[1]
            text = head + report.rstrip("\n") + tail
        else:
            text = text + ("\n" if text else "") + report
        with open(a.write, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"wrote {a.write}", file=sys.stderr)
    return 0 if all(r[0] == 0 for t in tools for r in t["runs"]) else 1


if __name__ == "__main__":
    sys.exit(main())
