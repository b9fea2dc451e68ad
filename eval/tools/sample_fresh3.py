"""Draw the ``fresh3`` event articles (seventeenth session, issue 9, branch ``events17``).

Ten English Wikinews articles of 2019 (the CC BY 2.5 scrape in github.com/vanatteveldt/wikinews, file
``data/wikinews_2019.csv``) on politics, diplomacy or government whose text names a meeting, talks, summit,
call, visit, press conference, vote or court hearing, drawn at random with a fixed seed from those of 200-600
words that no set of the project uses yet (names, URLs and titles in every ``eval/*/sources.jsonl`` and
``eval/*/articles.jsonl``, held-out halves included: only their names are read). Texts are prepared as
``sample_fresh2.py`` prepares them (headline, blank line, paragraphs; dateline dropped, whitespace
normalised) and written to ``eval/events/texts/NAME.txt``; sources are appended to
``eval/events/sources.jsonl``. Prints one ``articles.jsonl`` row per article (half ``fresh3``).

Usage: python eval/tools/sample_fresh3.py /work/.mirror/vanatteveldt+wikinews/repo [--write]
(reads the CSV from the git mirror with ``git show HEAD:data/wikinews_2019.csv``).
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from sample_fresh2 import _clean, _slug, _words

SEED = 20261128
COUNT = 10
EVAL = Path(__file__).resolve().parents[1]
EVENTS = EVAL / "events"
EVENT_WORD = re.compile(r"\b(met with|meeting|meetings|talks|summit|phone call|call with|visited|visit to|"
                        r"press conference|news conference|voted|vote on|referendum|election|hearing|"
                        r"court|trial)\b", re.I)
POLITICS_WORD = re.compile(r"\b(president|prime minister|minister|government|parliament|congress|senate|"
                           r"diplomat\w*|embassy|ambassador|foreign|treaty|election|sanctions|leaders?|"
                           r"court|judge|party|lawmakers?)\b", re.I)


def taken() -> tuple[set[str], set[str], set[str]]:
    names: set[str] = set()
    urls: set[str] = set()
    titles: set[str] = set()
    for path in sorted(EVAL.glob("*/sources.jsonl")) + sorted(EVAL.glob("*/articles.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                row = json.loads(line)
                names.add(str(row.get("name", "")))
                if row.get("url"):
                    urls.add(str(row["url"]).replace(".org//wiki", ".org/wiki"))
                if row.get("title"):
                    titles.add(str(row["title"]).strip().lower())
    return names, urls, titles


def draw(mirror: Path, write: bool, *, year: int, half: str, count: int, keep: Callable[[str], bool],
         words: tuple[int, int] = (200, 600)) -> None:
    """Draw ``count`` untaken Wikinews articles of ``year`` whose text ``keep`` accepts and whose length lies in
    ``words`` (also ``sample_fresh4``, and ``sample_fresh5`` with longer articles); all of them when the pool is
    no larger than ``count``."""
    csv.field_size_limit(10**8)
    raw = subprocess.run(["git", "-C", str(mirror), "show", f"HEAD:data/wikinews_{year}.csv"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    names, urls, titles = taken()
    pool = []
    for r in csv.DictReader(io.StringIO(raw)):
        url = r["url"].replace(".org//wiki", ".org/wiki")
        text = _clean(r["title"], r["text"])
        slug = _slug(url, r["date"])
        if url in urls or slug in names or r["title"].strip().lower() in titles:
            continue
        if r["title"].startswith("Wikinews interviews") or not words[0] <= _words(text) <= words[1]:
            continue
        if keep(text):
            pool.append((slug, url, r["date"], r["title"].strip(), text))
    pool.sort()
    chosen = sorted(random.Random(f"{SEED}-{half}").sample(pool, min(count, len(pool))))
    print(f"# pool {len(pool)}", file=sys.stderr)
    for slug, url, date, title, text in chosen:
        row = {"name": slug, "corpus": "events", "split": None, "published": date, "half": half,
               "second_pass": False}
        print(json.dumps(row))
        if write:
            (EVENTS / "texts" / f"{slug}.txt").write_text(text, encoding="utf-8")
            source = {"name": slug, "url": url, "outlet": "Wikinews", "published": date, "licence": "CC BY 2.5",
                      "title": title, "words": _words(text),
                      "text_via": f"CC BY 2.5 scrape github.com/vanatteveldt/wikinews data/wikinews_{year}.csv"
                                  " (commit 34725417); dateline dropped, whitespace normalised"}
            with open(EVENTS / "sources.jsonl", "a", encoding="utf-8") as f:
                f.write(json.dumps(source) + "\n")


def main(mirror: Path, write: bool) -> None:
    draw(mirror, write, year=2019, half="fresh3", count=COUNT,
         keep=lambda text: bool(EVENT_WORD.search(text)) and len(POLITICS_WORD.findall(text)) >= 4)


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--write" in sys.argv[2:])
