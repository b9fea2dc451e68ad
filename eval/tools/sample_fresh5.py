"""Draw the ``fresh5`` event articles (nineteenth session, issue 9, branch ``events19``): LONGER articles.

Every earlier fresh set was 200-600 words; wire stories are longer, with more events, dates and participants.
This draw takes English Wikinews articles of 2020 (the CC BY 2.5 scrape in github.com/vanatteveldt/wikinews, file
``data/wikinews_2020.csv``; 2019 and every 2020 article of 200-600 words were left to other helpers), any topic,
whose text names a meeting, talks, summit, phone call, visit, press conference, vote, hearing, trial or election
(``sample_fresh4``'s word list), of 600-2,000 words, that no set of the project uses yet (names, URLs and titles in
every ``eval/*/sources.jsonl`` and ``eval/*/articles.jsonl``, held-out halves included: only their names are read)
and that are not Wikinews interviews (``sample_fresh3.draw`` leaves those out, as every fresh draw did).

The 2020 file holds 124 articles; only six untaken non-interview ones have 600-1,600 words, and three of those were
already used, so the upper bound was raised to 2,000 words to take in two monthly campaign round-ups (1,839 and
1,947 words) and a 1,989-word report on a Linux distribution told partly through its founder's words. The pool
is then six articles and the draw takes all six (``COUNT`` is larger than the pool).
Texts are prepared as ``sample_fresh2.py`` prepares them and written to ``eval/events/texts/NAME.txt``; sources are
appended to ``eval/events/sources.jsonl``. Prints one ``articles.jsonl`` row per article (half ``fresh5``).

Usage: python eval/tools/sample_fresh5.py /work/.mirror/vanatteveldt+wikinews/repo [--write]
"""

from __future__ import annotations

import sys
from pathlib import Path

from sample_fresh3 import draw
from sample_fresh4 import EVENT_WORD

COUNT = 8
WORDS = (600, 2000)


def main(mirror: Path, write: bool) -> None:
    draw(mirror, write, year=2020, half="fresh5", count=COUNT, keep=lambda text: bool(EVENT_WORD.search(text)),
         words=WORDS)


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--write" in sys.argv[2:])
