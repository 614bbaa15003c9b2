#!/usr/bin/env python3
"""Where does a tradebrief process spend its time? perf, summed over many runs.

Usage:
  bench-profile.py [--runs N] [--freq HZ] [--fp] [--top K] [--keep DATA] -- BINARY ARG ...

Runs `BINARY ARG ...` N times (default 20) under `perf record` (cpu-clock
sampling at HZ, default 2999; DWARF call graphs, or frame pointers with --fp),
then sorts every sample of the tradebrief process and its threads into one
cost category by looking at its whole call stack (first matching rule wins,
most specific first), and prints:
  1. a Markdown table: category, % of samples, ms of CPU per run;
  2. the top K self-cost symbols (`perf report --no-children --sort dso,symbol`).
CPU samples only: time spent waiting (I/O, sleeping on a futex) is not counted.
Needs linux-perf (`perf`) and kernel.perf_event_paranoid ≤ 2 for user code.
"""
import argparse
import collections
import os
import shlex
import subprocess
import sys
import tempfile

# (category, predicate over (frames, comm)); frames are "symbol dso" strings, leaf first.
def has(*needles):
    return lambda frames, comm: any(n in f for f in frames for n in needles)


def leaf_in(*needles):
    return lambda frames, comm: bool(frames) and any(n in frames[0] for n in needles)


def both(a, b):
    return lambda frames, comm: a(frames, comm) and b(frames, comm)


def either(a, b):
    return lambda frames, comm: a(frames, comm) or b(frames, comm)


def comm_is(*names):
    return lambda frames, comm: comm in names


def pango_thread_only(frames, comm):
    """A thread's own start-up or exit with nothing else on its stack (Pango starts
    one thread per new fontset); Swift concurrency and Dispatch workers also
    begin in start_thread, but their stacks show the work they do."""
    if not any("start_thread" in f or "clone3" in f for f in frames):
        return False
    user = [f for f in frames if "kernel.kallsyms" not in f and not f.startswith("[unknown]")]
    return all(any(lib in f for lib in ("libc.so", "libglib", "ld-linux", "(inlined)")) for f in user)


RULES = [
    ("process start-up: exec, ld.so loading and relocating ~40 shared libraries",
     either(has("_dl_start", "dl_main", "_dl_relocate_object", "_dl_init ", "load_elf_binary", "bprm_execve", "_dl_runtime_resolve",
                "_dl_fixup", "_dl_catch"), leaf_in("ld-linux"))),
    ("process exit: atexit handlers, unmapping", has("__run_exit_handlers", "_dl_fini", "do_exit", "exit_mmap", "do_group_exit")),
    ("fontconfig init: FcInit parses /etc/fonts (47 conf files), loads caches for 161 fonts",
     either(comm_is("[pango] FcInit"),
            has("FcInit", "FcConfigParseAndLoad", "FcConfigBuildFonts", "FcDirCacheLoad", "FcConfigReference", "FcConfigGetCurrent"))),
    ("fontconfig matching: FcConfigSubstitute + FcFontSetSort/Match per Pango fontset (per family/size/weight)",
     has("FcFontSetSort", "FcFontSetMatch", "FcFontSort", "FcFontMatch", "FcConfigSubstitute", "FcDefaultSubstitute",
         "FcFontRenderPrepare", "FcCharSetMerge", "FcPatternDuplicate", "pango_fc_font_map_load_fontset", "pango_fc_fontset")),
    ("Pango's fontconfig worker threads: create, start, exit (one per new fontset)",
     either(has("__pthread_create", "g_thread_new"), pango_thread_only)),
    ("PNG encode (zlib deflate, filtering, CRC)", both(has("deflate", "crc32", "adler32", "png_", "PNGEncoder"),
                                                        lambda f, c: not any("cairo_surface_finish" in x or "show_page" in x for x in f))),
    ("cairo PDF/SVG output: page emission, font subsetting, stream deflate, number printing",
     has("cairo_surface_finish", "cairo_show_page", "cairo_surface_show_page", "_cairo_pdf_", "_cairo_svg_", "_cairo_scaled_font_subsets",
         "_cairo_truetype_subset", "_cairo_cff_",
         # cairo prints every coordinate with snprintf("%f") (_cairo_dtostr); callers are often lost in libc
         "printf_fp", "__vfprintf_internal", "hack_digit", "__localeconv", "__mpn_", "vsnprintf")),
    ("SVGFinisher post-pass (Swift)", has("SVGFinisher")),
    ("SHA-256 + manifest JSON", has("CCryptoBoringSSL", "sha256", "Manifest")),
    ("atomic file writes (temp file, fsync, rename)", has("AtomicFile", "ArtifactWriter")),
    # Swift names are matched on their function part ("TextLayoutC4size"): mangled names
    # also spell their parameters' types, so "Typesetter" alone would match any caller.
    ("text drawing: pango_cairo_show_layout (glyphs into the surface)", has("pango_cairo_show_layout", "pango_renderer_draw",
                                                                            "GraphicsContextC4draw")),
    ("text measurement: Pango layout + HarfBuzz shaping", has("pango_layout_", "pango_shape", "hb_shape", "hb_ot_", "hb_font",
                                                              "pango_itemize", "TextLayoutC4size", "TextLayoutC5lines",
                                                              "TextLayoutC8baseline", "TypesetterC6layout")),
    ("other cairo drawing and rasterising (paths, fills, pixman)", has("cairo_", "pixman")),
    ("dataset JSON decode (Foundation JSONDecoder)", has("JSONDecoder", "JSONDecod", "JSONScanner", "JSONMap")),
    ("style YAML (Yams)", has("Yams", "yaml_parser", "StyleLoader")),
    ("dataset validation after import (Dataset.validationProblems)", has("validationProblems")),
    ("CSV parse (InvestmentCSV, CSVParser)", has("InvestmentCSV", "CSVParser", "AmountParser", "StateListParser")),
    ("aggregation + output formatting", has("Aggregation", "AggregationFormat", "MoneyFormat")),
    ("argument parsing (swift-argument-parser)", has("parseAsRoot", "ArgumentSet", "SplitArguments", "CommandParser",
                                                      "ArgumentDefinition", "ParsableArgumentsValidation")),
    ("Swift runtime: type metadata and protocol-conformance lookups", has("swift_conformsToProtocol", "swift_getTypeByMangledName",
                                                                        "swift_getGenericMetadata", "swift_getWitnessTable")),
    ("kernel: page faults (first touch of memory)", has("asm_exc_page_fault")),
    ("kernel: other system calls", has("entry_SYSCALL_64")),
    ("malloc/free, not attributed above", leaf_in("malloc", "_int_free", "cfree", "free ", "realloc", "calloc")),
    ("layout engine, charts and other Swift code", has("tradebrief", "libswiftCore", "libFoundation")),
]
OTHER = "other"


def samples(data):
    out = subprocess.run(["perf", "script", "-i", data, "-F", "comm,tid,ip,sym,dso"], capture_output=True, text=True, check=True).stdout
    comm, frames = None, []
    for line in out.splitlines():
        if not line.strip():
            if comm is not None:
                yield comm, frames
            comm, frames = None, []
        elif not line[0].isspace():
            comm = line.rsplit(None, 1)[0].strip()
            frames = []
        else:
            parts = line.strip().split(None, 1)
            frames.append(parts[1] if len(parts) > 1 else parts[0])
    if comm is not None:
        yield comm, frames


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--freq", type=int, default=2999)
    ap.add_argument("--fp", action="store_true", help="frame-pointer call graphs (system libraries lose frames)")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--keep", help="keep perf data at this path")
    ap.add_argument("--cwd", default=None)
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    if not cmd:
        ap.error("give the command after --")
    data = a.keep or tempfile.mktemp(suffix=".perf")
    loop = f"for i in $(seq {a.runs}); do {shlex.join(cmd)} >/dev/null 2>&1; done"
    graph = ["-g"] if a.fp else ["--call-graph", "dwarf,16384"]
    subprocess.run(["perf", "record", "-q", "-F", str(a.freq), *graph, "-o", data, "--", "sh", "-c", loop],
                   check=True, cwd=a.cwd, stdout=subprocess.DEVNULL)
    counts = collections.Counter()
    total = 0
    skip = {"sh", "seq", "perf"}
    for comm, frames in samples(data):
        if comm in skip:
            continue
        total += 1
        for name, rule in RULES:
            if rule(frames, comm):
                counts[name] += 1
                break
        else:
            counts[OTHER] += 1
    if not total:
        print("no samples", file=sys.stderr)
        return 1
    ms = lambda n: n / a.freq / a.runs * 1000
    print(f"`{shlex.join(cmd)}`: {a.runs} runs, {total} samples at {a.freq} Hz = {ms(total):.1f} ms CPU per run\n")
    print("| cost | share of CPU samples | ms CPU per run |")
    print("|---|---:|---:|")
    for name, n in counts.most_common():
        print(f"| {name} | {100 * n / total:.1f}% | {ms(n):.1f} |")
    print()
    report = subprocess.run(["perf", "report", "-i", data, "--no-children", "--sort", "dso,symbol", "--stdio", "-g", "none",
                             "--comms", ",".join(sorted({c for c, _ in samples(data)} - skip)), "--percent-limit", "0.5"],
                            capture_output=True, text=True).stdout
    rows = [l for l in report.splitlines() if l.strip() and not l.startswith("#")][: a.top]
    print(f"Top {len(rows)} self-cost symbols (perf report --no-children --sort dso,symbol):\n")
    print("```")
    for r in rows:
        print(r.rstrip()[:160])
    print("```")
    if not a.keep:
        os.unlink(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
