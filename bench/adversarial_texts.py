"""Time ``onrecord.pipeline.extract`` on adversarial article texts at two sizes, to find work that grows faster
than the text (redteam17): each line prints CPU seconds at both sizes and their ratio (about 2 is linear).

    PYTHONPATH=src python bench/adversarial_texts.py 3000 6000            # every kind
    PYTHONPATH=src python bench/adversarial_texts.py 6000 12000 caps rtl  # some kinds

Kinds: 100k-comma lists, quote marks closed and open, one sentence of N words, nested and open parentheses,
zero-width and bidirectional marks, Arabic script, chains of "said that", colons, dashes, a line of N
capitalised names, N lines of "He said".
"""

from __future__ import annotations

import sys
import time

from onrecord.pipeline import extract

LEAD = "The minister said on Monday that the talks would resume. "


def texts(n: int) -> dict[str, str]:
    return {
        "commas": LEAD + "The minister said " + ", ".join(["a"] * n) + ".",
        "quotes": LEAD + "He said " + '"a" ' * n + ".",
        "open-quotes": LEAD + "He said " + '"a ' * n + ".",
        "one-sentence": LEAD + "He said " + " ".join(["word"] * n) + ".",
        "parens": LEAD + "He said " + "(" * n + "a" + ")" * n + ".",
        "open-parens": LEAD + "He said " + "(a " * n + ".",
        "zero-width": LEAD + "He said " + "a\u200b\u200f\u202e " * n + ".",
        "rtl": LEAD + "\u0627\u0644\u0648\u0632\u064a\u0631 \u0642\u0627\u0644 " * n + ".",
        "said-chain": LEAD + "He said that she said that " * n + "it rained.",
        "colons": LEAD + "Smith: " * n + "end.",
        "dashes": LEAD + "He said — " * n + "end.",
        "caps": LEAD + "John Smith " * n + "said it rained.",
        "newlines": LEAD + "He said\n" * n + "it.",
    }


def main() -> None:
    small, large = (int(a) for a in sys.argv[1:3])
    only = set(sys.argv[3:])
    extract("Warm up. He said it.", id="warm")
    for name in texts(1):
        if only and name not in only:
            continue
        seconds: list[float] = []
        found = 0
        for n in (small, large):
            start = time.process_time()
            found = len(extract(texts(n)[name], id="x").statements)
            seconds.append(time.process_time() - start)
        print(f"{name:14s} {small}: {seconds[0]:6.2f}s  {large}: {seconds[1]:6.2f}s  "
              f"x{seconds[1] / max(seconds[0], 1e-3):.1f}  ({found} statements)", flush=True)


if __name__ == "__main__":
    main()
