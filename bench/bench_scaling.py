"""Does extraction time grow linearly with the size of one input, whatever the text?

    .venv/bin/python bench/bench_scaling.py                      # 1k, 10k, 100k, 1M words
    .venv/bin/python bench/bench_scaling.py --max-words 100000   # stop at 100k

Three kinds of text, generated here: ordinary news (the repository's examples/
texts, repeated), quote-dense text (those texts with a quotation mark of some
kind on most words, many of them unbalanced) and repetitive reporting clauses
("the senator said that ..." with no punctuation). Each size runs in a fresh
process; its peak RSS is that process's (os.wait4), and its time is extraction
alone (the pipeline is loaded and warmed up first). The figure to read is
seconds per 1,000 words: flat means linear.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
KINDS = ("news", "quotes", "clauses")
SIZES = (1_000, 10_000, 100_000, 1_000_000)
MARKS = ('"', "“", "”", "„", "«", "»", "''", "'")


def news_unit() -> str:
    """The example articles, as plain text, one after another."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.rglob("*.txt")) if "broken" not in p.parts]
    for line in (EXAMPLES / "corpus" / "wire.jsonl").read_text(encoding="utf-8").splitlines():
        texts.append(json.loads(line)["text"])
    return "\n\n".join(t.strip() for t in texts) + "\n\n"


def quote_dense(text: str) -> str:
    """Most words get a quotation mark before or after them; nothing makes them pair up."""
    rng = random.Random(11)
    out = []
    for word in text.split(" "):
        if rng.random() < 0.6:
            word = rng.choice(MARKS) + word
        if rng.random() < 0.4:
            word += rng.choice(MARKS)
        out.append(word)
    return " ".join(out)


def generate(kind: str, words: int) -> str:
    unit = {"news": news_unit, "quotes": lambda: quote_dense(news_unit()),
            "clauses": lambda: "the senator said that "}[kind]().strip()
    unit += " " if kind == "clauses" else "\n\n"  # so no word runs into the next copy's first
    text = unit * (words // len(unit.split()) + 1)
    cut = next(m for n, m in enumerate(re.finditer(r"\S+", text), start=1) if n == words)
    return text[:cut.end()]


def child(kind: str, words: int) -> None:
    """Runs in the fresh process: extract one generated text and print the figures as JSON."""
    from onrecord import extract

    text = generate(kind, words)
    extract("Warm up, the senator said.")
    start = time.perf_counter()
    article = extract(text)
    seconds = time.perf_counter() - start
    print(json.dumps({"chars": len(text), "seconds": seconds, "statements": len(article.statements)}))


def measure(kind: str, words: int) -> dict[str, float]:
    proc = subprocess.Popen([sys.executable, __file__, "--child", kind, str(words)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"{kind} at {words:,} words failed (status {status})")
    figures: dict[str, float] = json.loads(out)
    figures["peak_mb"] = usage.ru_maxrss / 1024  # kilobytes on Linux
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-words", type=int, default=SIZES[-1], help="largest size to run")
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated, of: " + ", ".join(KINDS))
    parser.add_argument("--child", nargs=2, metavar=("KIND", "WORDS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    sizes = [n for n in SIZES if n <= args.max_words]
    print(f"{'kind':8} {'words':>10} {'chars':>11} {'seconds':>9} {'s/1k words':>11} {'peak MB':>8} {'statements':>11}")
    for kind in args.kinds.split(","):
        per_k = []
        for words in sizes:
            f = measure(kind, words)
            per_k.append(1000 * f["seconds"] / words)
            print(f"{kind:8} {words:>10,} {int(f['chars']):>11,} {f['seconds']:>9.2f} {per_k[-1]:>11.3f}"
                  f" {f['peak_mb']:>8.0f} {int(f['statements']):>11,}", flush=True)
        print(f"{kind:8} time per word, largest over smallest size: {per_k[-1] / per_k[0]:.2f}x"
              f" (max/min over sizes {max(per_k) / min(per_k):.2f}x; target <= 3x)", flush=True)


if __name__ == "__main__":
    main()
