"""Time and peak memory of `newslint check` on pathological shapes of input,
each grown 1x, 4x and 16x, so that growth faster than linear shows.

    python bench/reliability/shapes.py [--base-kb 64] [--sizes 1,4,16] [--shapes a,b] [--format json]
    python bench/reliability/shapes.py --shapes one-line-words --base-kb 4096 --sizes 1

Every run is one whole process with the default rules and --no-cache; peak
RSS is the child's ru_maxrss. The last column is the time per input MB
relative to the smallest size: it stays near 1.0 when the work is linear.
The files are written to a temporary folder, never into the repository.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "fixtures" / "algeria-russia.txt").read_text(encoding="utf-8")
WORDS = SEED.split()


def fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def three_lines(size: int) -> str:
    """The issue's 1 MB file, scaled: a run of one letter, a repeated word, quotes."""
    third = size // 3
    return "a" * third + "\n" + fill("ab ", third) + "\n" + '"' * (third - 2) + " x\n"


def one_line_words(size: int) -> str:
    """A story pasted without line breaks."""
    return fill(" ".join(WORDS) + " ", size).rstrip() + "\n"


def nested_quotes(size: int) -> str:
    return fill('“He said "she said ‘they said «', size // 2) + fill('» ’ " ”', size // 2) + "\n"


def huge_word(size: int) -> str:
    return "Story.\n\n" + "x" * size + "\n"


def repeated_words(size: int) -> str:
    return fill("the ", size) + "\n"


def many_names(size: int) -> str:
    """Thousands of distinct capitalised names, look-alikes among them."""
    names, i = [], 0
    while sum(map(len, names)) < size:
        names.append(f"Minister Ab{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676 % 26)}ov said.")
        i += 1
    return "\n\n".join(names) + "\n"


def boilerplate_lines(size: int) -> str:
    return fill("Advertisements\n\nShare this:\n\nThe minister said the talks went well.\n\n", size)


def jsonl_record(size: int) -> str:
    return json.dumps({"id": 1, "text": one_line_words(size)}) + "\n"


def nested_markdown(size: int) -> str:
    depth = size // 4
    return "> " * depth + "quote\n" + "".join("  " * (i % 200) + "- item\n" for i in range(size // 200))


def nested_html(size: int) -> str:
    depth = size // 11
    return "<html><body>" + "<div><p>" * (depth // 2) + "Story text." + "</p></div>" * (depth // 2) + "</body></html>\n"


def nested_code_html(size: int) -> str:
    depth = size // 20
    return "<p>" + "<code>" * depth + "x" + "</b>" * depth + "</code>" * depth + "</p>\n"


def template_markdown(size: int) -> str:
    return fill("word {{ x }} word and www.example.com/x here, the the end.\n", size)


def suppression_comments(size: int) -> str:
    return fill("<!-- newslint-disable-next-line NL501 -->\nHe said the the thing.\n\n", size)


def mojibake_line(size: int) -> str:
    return fill("It\u00e2\u20ac\u2122s caf\u00c3\u00a9 ", size) + "\n"


def long_paragraphs(size: int) -> str:
    """Two huge, nearly identical paragraphs."""
    first = one_line_words(size // 2).strip()
    return first + "\n\n" + first.replace(" the ", " a ", 3) + "\n"


SHAPES = {  # name -> (builder, file suffix)
    "three-lines": (three_lines, ".txt"),
    "one-line-words": (one_line_words, ".txt"),
    "nested-quotes": (nested_quotes, ".txt"),
    "huge-word": (huge_word, ".txt"),
    "repeated-words": (repeated_words, ".txt"),
    "many-names": (many_names, ".txt"),
    "boilerplate-lines": (boilerplate_lines, ".txt"),
    "jsonl-record": (jsonl_record, ".jsonl"),
    "nested-markdown": (nested_markdown, ".md"),
    "nested-html": (nested_html, ".html"),
    "nested-code-html": (nested_code_html, ".html"),
    "template-markdown": (template_markdown, ".md"),
    "suppression-comments": (suppression_comments, ".md"),
    "mojibake-line": (mojibake_line, ".txt"),
    "long-paragraphs": (long_paragraphs, ".txt"),
}


def limit_memory(gigabytes: float):
    """A child that would take more than this is stopped by its allocator,
    not by the kernel's OOM killer (which may pick another process)."""
    import resource

    def apply() -> None:
        limit = int(gigabytes * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


def run(path: Path, output_format: str, timeout: float, gigabytes: float) -> tuple[float, float, int]:
    """Seconds, peak RSS in MB and exit code of one `newslint check` run
    (the child is reaped here, so ru_maxrss is its own)."""
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "lint", "check", "--no-cache", "-q", "--format",
                                output_format, str(path)], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, preexec_fn=limit_memory(gigabytes))
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            process.kill()
        time.sleep(0.02)
    process.returncode = os.waitstatus_to_exitcode(status)
    return time.monotonic() - started, usage.ru_maxrss / 1024, process.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-kb", type=int, default=64, help="size of the 1x input (default 64 KB)")
    parser.add_argument("--sizes", default="1,4,16", help="multiples of the base size")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated: " + ", ".join(SHAPES))
    parser.add_argument("--format", default="json", help="reporter (default json)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per run")
    parser.add_argument("--max-memory-gb", type=float, default=4, help="address-space limit per run")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"default rules, --no-cache, --format {args.format}; base {args.base_kb} KB; "
          f"limits {args.timeout:.0f} s and {args.max_memory_gb:g} GB per run (exit -9: killed)")
    print("| shape | size | input (KB) | time (s) | peak RSS (MB) | exit | time per MB vs smallest |")
    print("|---|---|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        for name in args.shapes.split(","):
            build, suffix = SHAPES[name]
            first = None
            for multiple in sizes:
                path = Path(folder, f"{name}-{multiple}x{suffix}")
                path.write_text(build(args.base_kb * 1024 * multiple), encoding="utf-8")
                kb = path.stat().st_size / 1024
                seconds, rss, code = run(path, args.format, args.timeout, args.max_memory_gb)
                per_mb = seconds / kb
                first = first or per_mb
                print(f"| {name} | {multiple}x | {kb:,.0f} | {seconds:.2f} | {rss:.0f} | {code} | "
                      f"{per_mb / first:.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
