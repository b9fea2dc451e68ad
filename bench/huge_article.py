"""Add a huge analysed article to a store in seconds: one stretch of text analysed once, repeated.

    .venv/bin/python bench/huge_article.py --db STORE --mb 20 --source ../shared/data/polnear/train/text

Analysing a 20 MB text takes about 1,000 s of CPU (Settings.max_article_seconds); what the server's limits
are tried against is its size and its number of statements, not how it was analysed. So about 20 KB of the
given texts (joined) are analysed once, and the article is that text repeated up to ``--mb`` megabytes,
every statement repeated with its offsets moved (40 statements per 20 KB: about 40,000 at 20 MB). It is
stored as an ingest stores an article (``Store.save_article``), under the slug ``huge-<MB>mb``.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
from pathlib import Path
from typing import Any

from onrecord.batch import pipeline_version
from onrecord.ingest import TextInput
from onrecord.model import Article, Statement
from onrecord.pipeline import extract
from onrecord.settings import Settings
from onrecord.store import Store


def moved(part: Any, by: int) -> Any:
    return None if part is None else dataclasses.replace(part, start=part.start + by, end=part.end + by)


def repeated(article: Article, times: int, separator: str) -> Article:
    step = len(article.text) + len(separator)
    statements: list[Statement] = []
    for n in range(times):
        by = n * step
        statements += [dataclasses.replace(s, content=moved(s.content, by), cue=moved(s.cue, by),
                                           speaker=moved(s.speaker, by), continues=None)
                       for s in article.statements]
    return dataclasses.replace(article, text=separator.join([article.text] * times), statements=statements,
                               events=[])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--mb", type=float, default=20)
    parser.add_argument("--source", type=Path, required=True, help="a folder of .txt articles")
    parser.add_argument("--chunk", type=int, default=20_000, help="characters analysed once")
    args = parser.parse_args()
    text = ""
    for path in sorted(args.source.glob("*.txt")):
        text += path.read_text(encoding="utf-8").strip() + "\n\n"
        if len(text) >= args.chunk:
            break
    one = extract(text.strip(), id="huge")
    times = max(1, int(args.mb * 1_000_000 // (len(one.text) + 2)))
    article = repeated(one, times, "\n\n")
    digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    item = TextInput(id=f"huge-{args.mb:g}mb", source=None, text=article.text, title=f"A {args.mb:g} MB article",
                     published="2016-03-01", outlet="Bench Wire")
    store = Store(args.db)
    try:
        saved = store.save_article(item, article, digest=digest, pipeline_version=pipeline_version(Settings()),
                                   language="en")
    finally:
        store.close()
    print(f"{saved.slug}: {len(article.text):,} characters, {len(article.statements):,} statements")


if __name__ == "__main__":
    main()
