"""``find_quotations`` and ``double_marked`` on long texts of apostrophes and single and double marks: linear?

    .venv/bin/python bench/bench_single_quotes.py

Prints, for each kind of text at 0.25, 0.5 and 1 MB, the CPU seconds of finding the quotations and writing
them in double marks, and the ratio to the size before (2.0 is linear, 4.0 quadratic). Each text is one
paragraph (no newline), the worst case for a scan that works paragraph by paragraph.
"""

from __future__ import annotations

import time

from onrecord.extract.quotes import double_marked, find_quotations

UNITS = {
    "apostrophes": "It's the players' union, Jones’ remarks, O'Brien's '90s rock 'n' roll, don’t. ",
    "open-singles": "'a the workers' pay 'b ",
    "british": "'We won't go,' she said. 'The players' union knows.' He called it 'a \"fair\" deal'. ",
    "mixed": "\"We won't,\" he said of the 'deal' and the workers' ‘pay’. ",
    "unclosed": "‘ it’s 'x ",
    "unclosed-caps": "'A the workers' pay \"",
}


def main() -> None:
    for name, unit in UNITS.items():
        before = None
        for size in (250_000, 500_000, 1_000_000):
            text = unit * (size // len(unit))
            start = time.process_time()
            found = find_quotations(text)
            double_marked(text, found)
            took = time.process_time() - start
            ratio = f"{took / before:.1f}" if before else "-"
            print(f"{name:13} {len(text):>9,} chars  {took:6.2f} s  x{ratio:>4}  {len(found):>7,} quotations")
            before = took


if __name__ == "__main__":
    main()
