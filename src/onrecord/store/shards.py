"""Parquet shards: where cluster workers can put results instead of sending them back.

With ``onrecord ingest --dask ADDRESS --shards DIR`` each worker writes the articles of
a chunk to ``DIR/part-<digest>.parquet`` (a shared folder the workers and the loader
both see) and sends back only a receipt; ``onrecord load DIR`` then merges the
shards into the store, article by article and idempotently, so loading twice, or
loading shards that overlap after a resumed run, stores each article once.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from onrecord.ingest import TextInput
from onrecord.model import Article, article_from_dict
from onrecord.store import Store, content_hash

_META = ("id", "source", "title", "url", "outlet", "author", "published", "language")


def write_shard(directory: str | Path, done: Sequence[tuple[TextInput, Article]], pipeline_version: str) -> Path:
    """Write analysed articles to a new shard (written under a temporary name, then renamed whole)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    digests = [content_hash(item.text) for item, _ in done]
    name = hashlib.sha256("".join(digests).encode()).hexdigest()[:20]
    rows = {key: [getattr(item, key) for item, _ in done] for key in _META}
    rows.update(content_hash=digests, text=[item.text for item, _ in done],
                analysis=[json.dumps(article.to_dict(), ensure_ascii=False) for _, article in done],
                pipeline_version=[pipeline_version] * len(done))
    target = folder / f"part-{name}.parquet"
    partial = folder / f".part-{name}.{os.getpid()}.tmp"
    pq.write_table(pa.table(rows), partial)
    partial.replace(target)  # a reader never sees half a shard
    return target


def read_shard(path: Path) -> Iterator[tuple[TextInput, Article, str, str]]:
    """(input, article, content hash, pipeline version) for every row of a shard."""
    import pyarrow.parquet as pq

    for row in pq.read_table(path).to_pylist():
        item = TextInput(**{key: row[key] for key in _META}, text=row["text"])
        yield item, article_from_dict(json.loads(row["analysis"]), row["text"]), row["content_hash"], row[
            "pipeline_version"]


@dataclass(slots=True)
class LoadSummary:
    shards: int = 0
    loaded: int = 0
    statements: int = 0
    already: int = 0

    def __str__(self) -> str:
        return (f"{self.loaded} articles loaded ({self.statements} statements) from {self.shards} shards, "
                f"{self.already} already in the store")


def load_shards(directory: str | Path, db: str | Path) -> LoadSummary:
    summary = LoadSummary()
    with Store(db) as store:
        for path in sorted(Path(directory).glob("part-*.parquet")):
            summary.shards += 1
            for item, article, digest, version in read_shard(path):
                if store.has_article(digest):
                    summary.already += 1
                    continue
                saved = store.save_article(item, article, digest=digest, language=item.language,
                                           pipeline_version=version)
                summary.loaded += 1
                summary.statements += saved.statements
    return summary
