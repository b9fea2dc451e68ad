"""Draw the second-domain ``fresh5`` articles (nineteenth session, issue 12, branch ``speaker19``).

Ten English Wikinews articles of 2019 (the CC BY 2.5 scrape in github.com/vanatteveldt/wikinews, file
``data/wikinews_2019.csv``; the 2020 file was left to other helpers) outside politics, drawn at random with a
fixed seed from those of 200-600 words that no set of the project uses yet (names, URLs and titles in every
``eval/*/sources.jsonl`` and ``eval/*/articles.jsonl``, held-out halves included: only their names are read),
less Wikinews's own question-and-answer interviews. "Outside politics": at most three words of government,
diplomacy or elections (``POLITICS_WORD``); "several attributed statements": at least three reporting words
(``CUE_WORD``). Texts are prepared as ``gold/fresh3`` and ``gold/fresh4`` were (``sample_fresh2._clean``:
headline, blank line, paragraphs; dateline dropped, whitespace normalised; image captions dropped) and written to
``eval/second-domain/texts/NAME.txt``; sources (half ``fresh5``, added ``session 19``) are appended to
``eval/second-domain/sources.jsonl``.

Usage: python eval/tools/sample_sd_fresh5.py /work/.mirror/vanatteveldt+wikinews/repo [--write]
(reads the CSV from the git mirror with ``git show HEAD:data/wikinews_2019.csv``). At the nineteenth session's
start 44 articles of 2019 were untaken at 200-600 words, 12 of them pass both filters (with the image captions dropped),
so the draw is 10 of 12.
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
from sample_fresh3 import taken as taken_everywhere

SEED = 20261128
COUNT = 10
HALF = "fresh5"
SD = Path(__file__).resolve().parents[1] / "second-domain"
POLITICS_WORD = re.compile(r"\b(president|prime minister|minister|government|parliament|congress|senate|"
                           r"diplomat\w*|embassy|ambassador|foreign|treaty|elections?|sanctions|party|"
                           r"lawmakers?|protesters?|campaign|vote[ds]?|referendum|mps?)\b", re.I)
CUE_WORD = re.compile(r"\b(said|says|told|stated|according to|announced|reported|added|explained|wrote|"
                      r"claimed)\b", re.I)
# the domain field of sources.jsonl, set by hand after the draw (the draw does not depend on it)
DOMAIN: dict[str, str] = {
    "wikinews-2019-01-state-run-bus-crashes-in-cuba-en-route-to-havana-k": "disaster",
    "wikinews-2019-02-german-migrant-rescue-charity-renames-ship-after-d": "society",
    "wikinews-2019-04-notre-dame-in-paris-catches-fire": "disaster",
    "wikinews-2019-07-louisiana-declares-state-of-emergency-as-tropical": "disaster",
    "wikinews-2019-08-french-inventor-franky-zapata-successfully-crosses": "transport",
    "wikinews-2019-08-wikinews-attends-texas-haunters-convention": "culture",
    "wikinews-2019-10-swedish-academy-announces-2019-nobel-prize-winners": "science",
    "wikinews-2019-10-voracious-fish-defend-coral-reefs-against-warming": "science",
    "wikinews-2019-11-lost-52-project-announces-discovery-of-wrecked-sub": "culture",
    "wikinews-2019-11-researchers-break-down-deaths-due-to-power-plant-p": "science",
}


CAPTION = re.compile(r"(?:^|\s)\(?Image: [^\n]+$")


def _uncaptioned(text: str) -> str:
    """Drop image captions, paragraphs that end in a credit (guideline 2.8):
    "... Image: Remi Mathis.", "Sirhan in 1969 (Image: CDCR)"."""
    return "\n\n".join(p for p in text.rstrip("\n").split("\n\n") if not CAPTION.search(p)) + "\n"


def taken() -> tuple[set[str], set[str], set[str]]:
    """Names, URLs and titles used by any set, less this draw's own rows (so that a rerun draws the same)."""
    names, urls, titles = taken_everywhere()
    with open(SD / "sources.jsonl", encoding="utf-8") as f:
        own = [json.loads(line) for line in f if line.strip()]
    for row in own:
        if row.get("half") == HALF:
            names.discard(str(row["name"]))
            urls.discard(str(row["url"]))
            titles.discard(str(row["title"]).strip().lower())
    return names, urls, titles


def main(mirror: Path, write: bool) -> None:
    csv.field_size_limit(10**8)
    raw = subprocess.run(["git", "-C", str(mirror), "show", "HEAD:data/wikinews_2019.csv"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    names, urls, titles = taken()
    pool = []
    for r in csv.DictReader(io.StringIO(raw)):
        url = r["url"].replace(".org//wiki", ".org/wiki")
        text = _uncaptioned(_clean(r["title"], r["text"]))
        slug = _slug(url, r["date"])
        if url in urls or slug in names or r["title"].strip().lower() in titles:
            continue
        if r["title"].startswith("Wikinews interviews") or not 200 <= _words(text) <= 600:
            continue
        if len(POLITICS_WORD.findall(text)) <= 3 and len(CUE_WORD.findall(text)) >= 3:
            pool.append((slug, url, r["date"], r["title"].strip(), text))
    pool.sort()
    chosen = sorted(random.Random(f"{SEED}-sd-{HALF}").sample(pool, COUNT))
    print(f"# pool {len(pool)}", file=sys.stderr)
    for slug, url, date, title, text in chosen:
        print(slug, date, _words(text), title, file=sys.stderr)
        if write:
            (SD / "texts" / f"{slug}.txt").write_text(text, encoding="utf-8")
            source = {"name": slug, "url": url, "outlet": "Wikinews", "published": date, "licence": "CC BY 2.5",
                      "title": title, "words": _words(text),
                      "text_via": "CC BY 2.5 scrape github.com/vanatteveldt/wikinews data/wikinews_2019.csv"
                                  " (commit 34725417); dateline and image captions dropped, whitespace normalised",
                      "half": HALF, "added": "session 19", "domain": DOMAIN.get(slug, "other")}
            with open(SD / "sources.jsonl", "a", encoding="utf-8") as f:
                f.write(json.dumps(source) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--write" in sys.argv[2:])
