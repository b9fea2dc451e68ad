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
from typing import Any

from onrecord.ingest import TextInput
from onrecord.model import Article, article_from_dict
from onrecord.store import Store, content_hash, run_stops_on_full_or_locked

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
        yield *_row_article(row), row["content_hash"], row["pipeline_version"]


def _row_article(row: dict[str, Any]) -> tuple[TextInput, Article]:
    """A shard row's input and its analysis, rebuilt on its text."""
    item = TextInput(**{key: row[key] for key in _META}, text=row["text"])
    return item, article_from_dict(json.loads(row["analysis"]), row["text"])


@dataclass(slots=True)
class LoadSummary:
    shards: int = 0
    loaded: int = 0
    statements: int = 0
    already: int = 0
    failed: int = 0  # shards that could not be read, and rows whose analysis could not be rebuilt

    def __str__(self) -> str:
        text = (f"{self.loaded} articles loaded ({self.statements} statements) from {self.shards} shards, "
                f"{self.already} already in the store")
        return text + (f", {self.failed} failed (`onrecord errors` lists them)" if self.failed else "")


def load_shards(directory: str | Path, db: str | Path) -> LoadSummary:
    """Every shard's articles into the store. A shard that cannot be read (cut short by a copy, corrupt, not
    onrecord's) or a row whose analysis cannot be rebuilt is recorded as an error and the rest is loaded: one
    such file stopped the load of every shard after it, with pyarrow's message, or a traceback (KeyError)."""
    summary = LoadSummary()
    # A full or locked store stops the load with what to do, as it stops an ingest: it was "unexpected
    # OperationalError ... (a bug in onrecord)" (break15). What was loaded is kept; the same command resumes.
    with Store(db) as store, run_stops_on_full_or_locked():
        for path in sorted(Path(directory).glob("part-*.parquet")):
            summary.shards += 1
            rows, n = _shard_rows(path), 0
            while True:
                try:
                    row = next(rows, None)
                except Exception as err:  # pyarrow raises ArrowInvalid, OSError and more on a damaged file
                    what = "not a readable shard" if n == 0 else f"the shard cannot be read past row {n}"
                    store.record_error(str(path), f"load failed: {what}: {type(err).__name__}: {err}",
                                       stage="load", exception=type(err).__name__)
                    summary.failed += 1
                    break
                if row is None:
                    break
                n += 1
                _load_row(store, row, f"{path}#{n}", summary)  # outside the ``try``: a full store stops the load
    return summary


def _shard_rows(path: Path) -> Iterator[dict[str, Any]]:
    """A shard's rows, decoded one at a time. A Parquet file stores a repeated value once (a dictionary) and
    compresses the rest: a 15 KB file of 3,000 rows of one 1 MB text was read whole (``read_table``, then every
    row as Python objects) into 6.5 GB by ``onrecord load``, and more rows are past any machine's memory;
    one row at a time it is 100 MB (redteam16)."""
    import pyarrow.parquet as pq

    shard = pq.ParquetFile(path)
    missing = {*_META, "text", "analysis", "content_hash", "pipeline_version"} - set(shard.schema_arrow.names)
    if missing:
        raise ValueError(f"no column(s) {', '.join(sorted(missing))}: not a shard `ingest --shards` wrote")
    for batch in shard.iter_batches(batch_size=1):
        yield from batch.to_pylist()


def _load_row(store: Store, row: dict[str, Any], where: str, summary: LoadSummary) -> None:
    try:
        if not all(isinstance(row[key], str) for key in ("text", "content_hash", "pipeline_version")):
            raise TypeError("its text, content_hash or pipeline_version is not a string")
        if content_hash(row["text"]) != row["content_hash"]:  # the store's identity of a text is its hash: the
            # same text under 3,000 made-up hashes was stored 3,000 times; a damaged text is caught here too
            raise ValueError("its content_hash is not its text's")
        item, article = _row_article(row)
    except Exception as err:  # an analysis of another version, or damaged: this row only
        store.record_error(where, f"load failed: the row's analysis cannot be read: {type(err).__name__}: {err}",
                           stage="load", exception=type(err).__name__)
        summary.failed += 1
        return
    if store.has_article(row["content_hash"]):
        summary.already += 1
        return
    saved = store.save_article(item, article, digest=row["content_hash"], language=item.language,
                               pipeline_version=row["pipeline_version"])
    summary.loaded += 1
    summary.statements += saved.statements
