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

import csv
import io
import json
import random
import re
import subprocess
import sys
from pathlib import Path

from sample_fresh2 import _clean, _slug, _words

SEED = 20261128
COUNT = 9
EVAL = Path(__file__).resolve().parents[1]
EVENTS = EVAL / "events"
EVENT_WORD = re.compile(r"\b(met with|meet with|meeting|meetings|talks|summit|phone call|call with|spoke by phone|"
                        r"visited|visit to|press conference|news conference|press briefing|voted|vote on|"
                        r"referendum|elections?|primary|hearing|trial|sentenced|debate)\b", re.I)


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


def main(mirror: Path, write: bool) -> None:
    csv.field_size_limit(10**8)
    raw = subprocess.run(["git", "-C", str(mirror), "show", "HEAD:data/wikinews_2020.csv"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    names, urls, titles = taken()
    pool = []
    for r in csv.DictReader(io.StringIO(raw)):
        url = r["url"].replace(".org//wiki", ".org/wiki")
        text = _clean(r["title"], r["text"])
        slug = _slug(url, r["date"])
        if url in urls or slug in names or r["title"].strip().lower() in titles:
            continue
        if r["title"].startswith("Wikinews interviews") or not 200 <= _words(text) <= 600:
            continue
        if EVENT_WORD.search(text):
            pool.append((slug, url, r["date"], r["title"].strip(), text))
    pool.sort()
    chosen = sorted(random.Random(f"{SEED}-fresh4").sample(pool, COUNT))
    print(f"# pool {len(pool)}", file=sys.stderr)
    for slug, url, date, title, text in chosen:
        row = {"name": slug, "corpus": "events", "split": None, "published": date, "half": "fresh4",
               "second_pass": False}
        print(json.dumps(row))
        if write:
            (EVENTS / "texts" / f"{slug}.txt").write_text(text, encoding="utf-8")
            source = {"name": slug, "url": url, "outlet": "Wikinews", "published": date, "licence": "CC BY 2.5",
                      "title": title, "words": _words(text),
                      "text_via": "CC BY 2.5 scrape github.com/vanatteveldt/wikinews data/wikinews_2020.csv"
                                  " (commit 34725417); dateline dropped, whitespace normalised"}
            with open(EVENTS / "sources.jsonl", "a", encoding="utf-8") as f:
                f.write(json.dumps(source) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--write" in sys.argv[2:])
