"""Draw the second-domain ``fresh6`` articles (nineteenth session, issue 12, branch ``who19``).

Ten English Wikinews articles of 2020 (the CC BY 2.5 scrape in github.com/vanatteveldt/wikinews, file
``data/wikinews_2020.csv``; 2019 and the 2020 political articles were left to other helpers) outside politics:
the headline names no office, government or election (``POLITICS_TITLE``), and the text has at least four
attribution words (``CUE``), drawn at random with a fixed seed from those of 200-600 words that no set of the
project uses yet (names, URLs and titles in every ``eval/*/sources.jsonl`` and ``eval/*/articles.jsonl``,
held-out halves included: only their names are read; ``sample_fresh3.taken``). Texts are prepared as
``gold/fresh3`` and ``gold/fresh4`` were (``sample_fresh2._clean``: headline, blank line, paragraphs; dateline
dropped, whitespace normalised; a pull-quote box's attribution line, a paragraph that opens with a dash,
dropped) and written to ``eval/second-domain/texts/NAME.txt``; sources are appended to
``eval/second-domain/sources.jsonl`` (half ``fresh6``, added ``session 19``). Prints one line per article.

Usage: python eval/tools/sample_sd_fresh6.py /work/.mirror/vanatteveldt+wikinews/repo [--write]
(reads the CSV from the git mirror with ``git show HEAD:data/wikinews_2020.csv``). Of the 124 articles of 2020,
30 are 200-600 words and untaken, 13 of them pass the two filters; the draw is 10 of those 13.
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import subprocess
import sys
from pathlib import Path

from sample_fresh2 import _clean, _slug, _words
from sample_fresh3 import taken

SEED = 20261128
COUNT = 10
HALF = "fresh6"
SECOND = Path(__file__).resolve().parents[1] / "second-domain"
CUE = re.compile(r"\b(said|says|told|according to|stated|reported|announced|confirmed|tweeted|wrote|added|"
                 r"explained)\b", re.I)
POLITICS_TITLE = re.compile(r"\b(president|prime minister|minister|government|politician|election|running mate|"
                            r"parliament|mayor|sultan|official|senator|congress)\b", re.I)
DOMAINS = (("health", r"coronavirus|covid"), ("disaster", r"quake|seismic|crash|helicopter|flight|bus hits"),
           ("crime", r"police|arrest|shot|stabbing|suspect|killed"), ("sports", r"wrestler"),
           ("transport", r"railway"))
SMALL = {"a", "an", "the", "of", "in", "on", "at", "to", "by", "as", "and", "for", "from", "with", "after", "upon",
         "its", "that", "us", "uk"}


def _short(url: str, date: str) -> str:
    """``wikinews-YYYY-MM-`` and the headline's first five words that are not small ones."""
    words = [w for w in _slug(url, date).split("-")[3:] if w not in SMALL]
    return f"wikinews-{date[:7]}-" + "-".join(words[:5])


def _without_pull_quote_lines(text: str) -> str:
    """Drop a pull-quote box's attribution line ("—Name, of Body"), a paragraph of its own, as 2.8 asks."""
    return "\n\n".join(p for p in text.rstrip("\n").split("\n\n") if not re.match(r"[—–]\s?\S", p)) + "\n"


def main(mirror: Path, write: bool) -> None:
    csv.field_size_limit(10**8)
    raw = subprocess.run(["git", "-C", str(mirror), "show", "HEAD:data/wikinews_2020.csv"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    names, urls, titles = taken()
    pool = []
    for r in csv.DictReader(io.StringIO(raw)):
        url = r["url"].replace(".org//wiki", ".org/wiki")
        text = _without_pull_quote_lines(_clean(r["title"], r["text"]))
        if url in urls or _slug(url, r["date"]) in names or _short(url, r["date"]) in names \
                or r["title"].strip().lower() in titles:
            continue
        if r["title"].startswith("Wikinews interviews") or not 200 <= _words(text) <= 600:
            continue
        if POLITICS_TITLE.search(r["title"]) or len(CUE.findall(text)) < 4:
            continue
        pool.append((_short(url, r["date"]), url, r["date"], r["title"].strip(), text))
    pool.sort()
    chosen = sorted(random.Random(f"{SEED}-sd-{HALF}").sample(pool, COUNT))
    print(f"# pool {len(pool)}", file=sys.stderr)
    for slug, url, date, title, text in chosen:
        domain = next((d for d, pattern in DOMAINS if re.search(pattern, title, re.I)), "local")
        print(slug, _words(text), domain)
        if write:
            (SECOND / "texts" / f"{slug}.txt").write_text(text, encoding="utf-8")
            source = {"name": slug, "url": url, "outlet": "Wikinews", "published": date, "licence": "CC BY 2.5",
                      "title": title, "words": _words(text),
                      "text_via": "CC BY 2.5 scrape github.com/vanatteveldt/wikinews data/wikinews_2020.csv"
                                  " (commit 34725417); dateline and pull-quote attribution lines dropped,"
                                  " whitespace normalised",
                      "half": HALF, "added": "session 19", "domain": domain}
            with open(SECOND / "sources.jsonl", "a", encoding="utf-8") as f:
                f.write(json.dumps(source) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--write" in sys.argv[2:])
