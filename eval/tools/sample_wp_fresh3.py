"""Draw the world-politics ``fresh3`` articles (nineteenth session, issue 12, branch ``wire19``).

Nine English Wikinews articles of 2020 (every one that passes the filters) (the CC BY 2.5 scrape in
github.com/vanatteveldt/wikinews, file ``data/wikinews_2020.csv``) on politics, government, conflict, elections
or governments' pandemic measures, drawn at random with a fixed seed from those that

- no set of the project uses yet (names, URLs and titles in every ``eval/*/sources.jsonl`` and
  ``eval/*/articles.jsonl``, held-out halves included: only their names are read, ``sample_fresh3.taken``);
- have 200-600 words and are no Wikinews question-and-answer interview;
- have at least three words of government or politics (``POLITICS_WORD``) and at least three attribution words
  (``CUE_WORD``, so that the article has statements to score);
- have no disaster, accident, science or sport word in the headline (``OFF_TOPIC``: those are other helpers'
  slices of the same file);
- are not in ``eval/second-domain/gold/fresh6`` (``FRESH6``: drawn at the same time from the same file by branch
  who19 for non-political news, the first foreign coronavirus deaths in Wuhan and a journalist shot in Aden;
  once that set is merged ``taken`` excludes them anyway).

The 2020 file holds 124 articles; 11 pass the first four filters, 9 the fifth, and the draw takes all 9. A first
draw (9 of the 11) had taken the two that fresh6 also took; they were given up to fresh6 and the two left over
annotated blind in their place, before any rule changed (docs/EVALUATION.md, wire19). Texts are prepared as
``sample_fresh2.py`` prepares them (headline, blank line, paragraphs; dateline dropped, whitespace normalised)
and written to ``eval/world-politics/texts/NAME.txt``; rows are appended to ``eval/world-politics/sources.jsonl``
with ``"half": "fresh3"`` and ``"added": "session 19"``.

Usage: python eval/tools/sample_wp_fresh3.py /work/.mirror/vanatteveldt+wikinews/repo [--write]
(reads the CSV from the git mirror with ``git show HEAD:data/wikinews_2020.csv``; without ``--write`` it only
prints the pool's size and the names drawn).
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
COUNT = 9
HALF = "fresh3"
WP = Path(__file__).resolve().parents[1] / "world-politics"
POLITICS_WORD = re.compile(r"\b(president|prime minister|minister|government|parliament|congress|senate|senator|"
                           r"diplomat\w*|embassy|ambassador|foreign|treaty|elections?|electoral|sanctions|mayor|"
                           r"governor|politic\w*|officials?|civil war|council|sultan|administration|nominee)\b", re.I)
CUE_WORD = re.compile(r"\b(said|says|saying|told|stated|announced|according to|reported|wrote|declared|claimed|"
                      r"called|urged|added|quoted|posted|tweeted|statement|commented|praised|paid tribute)\b", re.I)
FRESH6 = frozenset({"https://en.wikinews.org/wiki/First_foreigners_die_from_coronavirus_in_Wuhan,_China",
                    "https://en.wikinews.org/wiki/Yemeni_journalist_Nabil_Hasan_al-Quaety_shot_dead_in_Aden"})
OFF_TOPIC = re.compile(r"\b(earthquake|quake|hurricane|storm|crash\w*|fire|scientists|study|wrestler|spaceflight|"
                       r"frog|elephant|jackal|bus|mathematician|water main|stabbing)\b", re.I)


def main(mirror: Path, write: bool) -> None:
    csv.field_size_limit(10**8)
    raw = subprocess.run(["git", "-C", str(mirror), "show", "HEAD:data/wikinews_2020.csv"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    names, urls, titles = taken()
    with open(WP / "sources.jsonl", encoding="utf-8") as f:  # this half's own rows are no exclusion (a rerun)
        own = [json.loads(line) for line in f if line.strip() and json.loads(line).get("half") == HALF]
    names -= {str(r["name"]) for r in own}
    urls -= {str(r["url"]).replace(".org//wiki", ".org/wiki") for r in own}
    titles -= {str(r["title"]).strip().lower() for r in own}
    pool = []
    for r in csv.DictReader(io.StringIO(raw)):
        url = r["url"].replace(".org//wiki", ".org/wiki")
        text = _clean(r["title"], r["text"])
        slug = _slug(url, r["date"])
        if url in urls or url in FRESH6 or slug in names or r["title"].strip().lower() in titles:
            continue
        if r["title"].startswith("Wikinews interviews") or not 200 <= _words(text) <= 600:
            continue
        if OFF_TOPIC.search(r["title"]) or len(POLITICS_WORD.findall(text)) < 3 or len(CUE_WORD.findall(text)) < 3:
            continue
        pool.append((slug, url, r["date"], r["title"].strip(), text))
    pool.sort()
    chosen = sorted(random.Random(f"{SEED}-wp-{HALF}").sample(pool, COUNT))
    print(f"# pool {len(pool)}", file=sys.stderr)
    for slug, url, date, title, text in chosen:
        print(slug)
        if write and slug not in {str(r["name"]) for r in own}:
            (WP / "texts" / f"{slug}.txt").write_text(text, encoding="utf-8")
            source = {"name": slug, "url": url, "outlet": "Wikinews", "published": date, "licence": "CC BY 2.5",
                      "title": title, "words": _words(text),
                      "text_via": "CC BY 2.5 scrape github.com/vanatteveldt/wikinews data/wikinews_2020.csv"
                                  " (commit 34725417); dateline dropped, whitespace normalised",
                      "half": HALF, "added": "session 19"}
            with open(WP / "sources.jsonl", "a", encoding="utf-8") as f:
                f.write(json.dumps(source) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--write" in sys.argv[2:])
