"""Draw the sixteen articles of the events set ``fresh2`` (twelfth session, issue 9), articles no event rule
was read on, by a fixed rule, not picked for what the system does on them:

    .venv/bin/python eval/tools/sample_fresh2.py ../shared/data/polnear WIKINEWS_SCRAPE_DIR

- 8 PolNeAR **train** articles not already in ``eval/events/articles.jsonl``, 250-700 words, whose text has a
  meeting/talks/call/visit/summit/vote word (``EVENT_WORD``), drawn at random with a fixed seed;
- 8 English Wikinews articles (CC BY 2.5) of 2019-2020 from the scrape in github.com/vanatteveldt/wikinews
  (``data/wikinews_2019.csv``, ``data/wikinews_2020.csv``), not already in ``eval/second-domain`` or
  ``eval/world-politics``, 200-650 words, with an event word and at least three words of government or
  diplomacy (``POLITICS_WORD``), less Wikinews's own question-and-answer interviews (not news reports),
  drawn at random with a fixed seed. Their texts are written to
  ``eval/events/texts/NAME.txt`` (headline, blank line, paragraphs separated by blank lines; the dateline
  dropped, whitespace normalised), as ``eval/world-politics`` keeps its texts.

Each source's eight are split up front, at random with the seed, into 4 **work** and 4 **check** articles
(``half`` in the printed rows: ``fresh2-work`` / ``fresh2-check``). Prints one JSON row per article (no text)
for ``eval/events/articles.jsonl`` and writes ``eval/events/sources.jsonl`` for the Wikinews ones.
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from pathlib import Path
from urllib.parse import unquote

SEED = 20261127
PER_SOURCE = 8
EVENTS = Path(__file__).resolve().parents[1] / "events"
EVAL = Path(__file__).resolve().parents[1]
EVENT_WORD = re.compile(r"\b(meet|meets|meeting|meetings|met with|talks|summit|phone call|call with|visit|visits|"
                        r"visited|vote|votes|voted|voting)\b", re.I)
POLITICS_WORD = re.compile(r"\b(president|prime minister|minister|government|parliament|congress|senate|"
                           r"diplomat\w*|embassy|ambassador|foreign|treaty|election|sanctions|leaders?)\b", re.I)


def _words(text: str) -> int:
    return len(text.split())


def polnear_rows(root: Path, taken: set[str]) -> list[dict[str, object]]:
    with open(root / "metadata.tsv", encoding="utf-8") as f:
        dates = {r["filename"]: r["publication_date"] for r in csv.DictReader(f, delimiter="\t")}
    names = []
    for p in sorted((root / "train" / "text").glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        if p.stem not in taken and 250 <= _words(text) <= 700 and EVENT_WORD.search(text):
            names.append(p.stem)
    chosen = sorted(random.Random(f"{SEED}-fresh2-polnear").sample(names, PER_SOURCE))
    return [{"name": n, "corpus": "polnear", "split": "train", "published": dates[n]} for n in chosen]


def _slug(url: str, date: str) -> str:
    title = unquote(url.rsplit("/", 1)[-1])
    words = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return f"wikinews-{date[:7]}-{words[:50].rstrip('-')}"


def _clean(title: str, body: str) -> str:
    paragraphs = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", body)]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and re.fullmatch(r"\w+day, \w+ \d{1,2}, \d{4}", paragraphs[0]):
        paragraphs = paragraphs[1:]  # the dateline
    return "\n\n".join([title.strip(), *paragraphs]) + "\n"


def wikinews_rows(scrape: Path, taken_urls: set[str]) -> list[dict[str, object]]:
    csv.field_size_limit(10**8)
    pool = []
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        with open(scrape / name, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                url = r["url"].replace(".org//wiki", ".org/wiki")
                text = _clean(r["title"], r["text"])
                if url in taken_urls or r["title"].startswith("Wikinews interviews") or not 200 <= _words(text) <= 650:
                    continue
                if EVENT_WORD.search(text) and len(POLITICS_WORD.findall(text)) >= 3:
                    pool.append((_slug(url, r["date"]), url, r["date"], r["title"].strip(), text, name))
    pool.sort()
    chosen = sorted(random.Random(f"{SEED}-fresh2-wikinews").sample(pool, PER_SOURCE))
    rows = []
    sources = []
    for slug, url, date, title, text, name in chosen:
        (EVENTS / "texts" / f"{slug}.txt").write_text(text, encoding="utf-8")
        rows.append({"name": slug, "corpus": "events", "split": None, "published": date})
        sources.append({"name": slug, "url": url, "outlet": "Wikinews", "published": date, "licence": "CC BY 2.5",
                        "title": title, "words": _words(text),
                        "text_via": f"CC BY 2.5 scrape github.com/vanatteveldt/wikinews data/{name} (commit 34725417);"
                                    " dateline dropped, whitespace normalised"})
    with open(EVENTS / "sources.jsonl", "w", encoding="utf-8") as f:
        for s in sources:
            f.write(json.dumps(s) + "\n")
    return rows


def main(polnear: Path, scrape: Path) -> None:
    with open(EVENTS / "articles.jsonl", encoding="utf-8") as f:
        listed = [json.loads(line) for line in f if line.strip()]
    taken = {r["name"] for r in listed if not str(r["half"]).startswith("fresh2")}  # its own draw is no exclusion
    urls: set[str] = set()
    for corpus in ("second-domain", "world-politics"):
        with open(EVAL / corpus / "sources.jsonl", encoding="utf-8") as f:
            urls |= {json.loads(line)["url"].replace(".org//wiki", ".org/wiki") for line in f if line.strip()}
    for source, rows in (("polnear", polnear_rows(polnear, taken)), ("wikinews", wikinews_rows(scrape, urls))):
        work = set(random.Random(f"{SEED}-fresh2-split-{source}").sample(range(len(rows)), PER_SOURCE // 2))
        for i, row in enumerate(rows):
            row["half"] = "fresh2-work" if i in work else "fresh2-check"
            row["second_pass"] = False
            print(json.dumps(row))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
