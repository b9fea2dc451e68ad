"""Draw the ``fresh4`` event articles (eighteenth session, issue 9, branch ``events18``).

Nine English Wikinews articles of 2020 (the CC BY 2.5 scrape in github.com/vanatteveldt/wikinews, file
``data/wikinews_2020.csv``; the 2019 file was left to other helpers), any topic, whose text names a meeting,
talks, summit, phone call, visit, press conference, vote, hearing, trial or election, drawn at random with a
fixed seed from those of 200-600 words that no set of the project uses yet (names, URLs and titles in every
``eval/*/sources.jsonl`` and ``eval/*/articles.jsonl``, held-out halves included: only their names are read).
Texts are prepared as
``sample_fresh2.py`` prepares them (headline, blank line, paragraphs; dateline dropped, whitespace
normalised) and written to ``eval/events/texts/NAME.txt``; sources are appended to
``eval/events/sources.jsonl``. Prints one ``articles.jsonl`` row per article (half ``fresh4``).

Usage: python eval/tools/sample_fresh4.py /work/.mirror/vanatteveldt+wikinews/repo [--write]
(reads the CSV from the git mirror with ``git show HEAD:data/wikinews_2020.csv``). The 2020 file holds 124
articles; 11 pass the filters, so the draw is 9 of those 11.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from sample_fresh3 import draw  # the same filters, seed and rows as fresh3's draw; the year, word list and count differ

COUNT = 9
EVENT_WORD = re.compile(r"\b(met with|meet with|meeting|meetings|talks|summit|phone call|call with|spoke by phone|"
                        r"visited|visit to|press conference|news conference|press briefing|voted|vote on|"
                        r"referendum|elections?|primary|hearing|trial|sentenced|debate)\b", re.I)


def main(mirror: Path, write: bool) -> None:
    draw(mirror, write, year=2020, half="fresh4", count=COUNT, keep=lambda text: bool(EVENT_WORD.search(text)))


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--write" in sys.argv[2:])
