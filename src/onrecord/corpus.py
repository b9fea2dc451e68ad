"""Corpus runs: ingest inputs into the store, and reprocess what an older pipeline analysed.

``ingest`` is what ``onrecord ingest`` and ``onrecord.api.ingest`` run. Reading,
deduplication, language checks and all writes happen here, in one process;
``onrecord.batch`` decides where parsing and extraction run.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from onrecord.batch import WorkerPeaks, pipeline_version, runner_for
from onrecord.ingest import TextInput, without_surrogates
from onrecord.ingest.language import LanguageModelError, judge
from onrecord.ingest.metadata import ArticleMetadata, complete
from onrecord.ingest.sources import JsonlFields, Source, list_sources, read_source
from onrecord.model import Article
from onrecord.resolve.corpus import parse_actors_text, read_actors_file, starter_actors, starter_actors_text
from onrecord.settings import ARTICLES_PER_WORKER, BYTES_PER_WORKER, Settings, auto_workers
from onrecord.store import Store, content_hash, run_stops_on_full_or_locked, stops_run
from onrecord.store.paths import store_files
from onrecord.store.runlock import one_run_at_a_time


@dataclass(frozen=True, slots=True)
class IngestOptions:
    db: str | Path = "onrecord.db"
    workers: int | None = 1  # None: the usable cores, fewer for a small input (settings.auto_workers)
    dask: str | None = None  # address of an existing Dask scheduler
    published: str | None = None  # default publication date for inputs that carry none
    outlet: str | None = None  # default outlet
    fields: JsonlFields = field(default_factory=JsonlFields)
    actors_files: tuple[Path, ...] = ()
    starter_actors: bool = True  # load the actors file shipped with onrecord
    shards: str | None = None  # workers write Parquet shards here for `onrecord load`, instead of the store
    progress: bool = False
    # Dates, outlets and titles from a metadata file or the file names (``--metadata``, ``--name-pattern``).
    metadata: ArticleMetadata | None = None


@dataclass(slots=True)
class IngestSummary:
    analysed: int = 0
    statements: int = 0
    new_actors: int = 0
    already: int = 0  # in the store before (same content hash)
    sharded: int = 0  # analysed into Parquet shards, waiting for `onrecord load`
    skipped: int = 0  # recorded but not analysed (another language, an empty text)
    failed: int = 0
    undated: int = 0  # analysed articles with no publication date: kept, listed by `articles --undated`
    metadata_matched: int | None = None  # with --metadata: articles a row was found for
    metadata_unmatched: int | None = None
    metadata_self_dated: int = 0  # of the unmatched, those dated by what they carry (an HTML page, a feed row)
    pattern_fit: int | None = None  # with --name-pattern: names it read
    pattern_unfit: int | None = None
    metadata_updated: int = 0  # articles stored before whose date, outlet... a rerun with metadata filled in
    seconds: float = 0.0
    pipeline_version: str = ""
    worker_peak_mb: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # analysed and stored, with a doubt the user should read

    @property
    def rate(self) -> float:
        return self.analysed / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "analysed": self.analysed, "statements": self.statements, "new_actors": self.new_actors,
            "already_stored": self.already, "sharded": self.sharded, "skipped": self.skipped, "failed": self.failed,
            "undated": self.undated, "metadata_matched": self.metadata_matched,
            "metadata_unmatched": self.metadata_unmatched, "metadata_self_dated": self.metadata_self_dated,
            "pattern_fit": self.pattern_fit, "pattern_unfit": self.pattern_unfit,
            "seconds": round(self.seconds, 2), "articles_per_second": round(self.rate, 3),
            "pipeline_version": self.pipeline_version,
            "worker_peak_mb": {k: round(v, 1) for k, v in self.worker_peak_mb.items()},
            "warnings": list(self.warnings),
        }

    def __str__(self) -> str:
        if self.sharded:
            return (f"{_n(self.sharded, 'article')} analysed into shards (run `onrecord load` to store them), "
                    f"{self.already} already in the store, {self.skipped} skipped, {self.failed} failed, "
                    f"in {self.seconds:.1f} s")
        text = (f"{_n(self.analysed, 'article')} analysed ({_n(self.statements, 'statement')}, "
                f"{_n(self.new_actors, 'new actor')}), "
                f"{self.already} already in the store, {self.skipped} skipped, {self.failed} failed, "
                f"{self.undated} undated, in {self.seconds:.1f} s ({self.rate:.2f} articles/s)")
        if self.metadata_matched is not None:
            text += f"; metadata found for {self.metadata_matched}, missing for {self.metadata_unmatched}"
            if self.metadata_self_dated:  # "missing for 21" read as 21 undated, when 21 pages had their dates
                text += f" ({self.metadata_self_dated} of them dated by their own page or feed row)"
        if self.pattern_fit is not None and self.pattern_unfit:  # a pattern that fit no name said nothing
            text += (f"; --name-pattern fit {self.pattern_fit} of {self.pattern_fit + self.pattern_unfit} file "
                     "names")
        if self.metadata_updated:
            text += f"; metadata updated on {self.metadata_updated} stored article(s)"
        return text


def _n(count: int, noun: str) -> str:
    """``1 article``, ``2 articles``: the summary a newcomer reads first ("1 articles analysed")."""
    return f"{count} {noun}{'s' * (count != 1)}"


def _with_defaults(item: TextInput, options: IngestOptions) -> TextInput:
    return complete(item, options.metadata, options.published, options.outlet)


def ingest(paths: Iterable[str], options: IngestOptions | None = None,
           settings: Settings | None = None) -> IngestSummary:
    """Read, deduplicate, analyse and store every article under ``paths``; bad inputs are recorded."""
    options = options or IngestOptions()
    settings = settings or Settings.from_env()
    started = time.perf_counter()
    summary = IngestSummary(pipeline_version=pipeline_version(settings))
    own = store_files(options.db)
    sources = [s for s in list_sources(paths) if s.path is None or os.path.realpath(s.path) not in own]
    # A store that takes no more writes stops the run with what it holds, from its creation on (the actors are
    # written before any article: under ``ulimit -f`` that write failed as "a bug in onrecord", redteam17).
    with one_run_at_a_time(options.db), run_stops_on_full_or_locked(), Store(options.db) as store:
        _load_actors(store, options, summary.pipeline_version)
        bar = _progress(sum(s.size for s in sources), options.progress)
        in_flight: set[str] = set()

        def jobs() -> Iterator[TextInput]:
            for source in sources:
                yield from _read_jobs(store, source, settings, options, summary, in_flight, bar)

        peaks = WorkerPeaks()
        workers = options.workers or auto_workers(sum(s.size for s in sources), BYTES_PER_WORKER)
        runner = runner_for(settings, workers, options.dask, options.shards, summary.pipeline_version)
        with run_stops_on_full_or_locked():
            for result in runner(jobs()):
                peaks.add(result)
                for item, article, error in result.results:
                    digest = content_hash(item.text)
                    in_flight.discard(digest)
                    _store_result(store, item, digest, article, error, summary)
        bar.close()
        store.join_surnames()  # a bare surname stored before the full name it fits, or by an older onrecord
    summary.seconds = time.perf_counter() - started
    summary.worker_peak_mb = peaks.peaks
    if options.metadata is not None and options.metadata.pattern is not None:
        summary.pattern_fit, summary.pattern_unfit = options.metadata.pattern_fit, options.metadata.pattern_unfit
    if options.metadata is not None and options.metadata.rows:
        summary.metadata_matched = options.metadata.matched
        summary.metadata_unmatched = options.metadata.unmatched
        summary.metadata_self_dated = options.metadata.self_dated
    return summary


def _read_jobs(store: Store, source: Source, settings: Settings, options: IngestOptions, summary: IngestSummary,
               in_flight: set[str], bar: Any) -> Iterator[TextInput]:
    """The articles of one source still to analyse; a failure here costs this source, never the run."""
    advance = _FileProgress(bar, source.size)
    try:
        for item in read_source(source, settings, options.fields, progress=advance):
            try:
                job = _triage(store, _with_defaults(item, options), summary, in_flight)
            except Exception as err:  # the store refused a skipped article's record, say
                _fail(store, summary, item.source or source.name, err, stage="read")
                continue
            if job is not None:
                yield job
    except Exception as err:  # a reader that broke off: what it yielded before is kept
        _fail(store, summary, source.name, err, stage="read")
    advance(source.size)
    bar.set_postfix(articles=summary.analysed, failed=summary.failed, refresh=False)


def _store_result(store: Store, item: TextInput, digest: str, article: Article | None, error: str | None,
                  summary: IngestSummary) -> None:
    """One analysed article into the store in its own transaction, or its error on record."""
    if article is None and error is None:  # in a shard
        summary.sharded += 1
        return
    source = item.source or item.id
    if article is None:
        store.record_error(source, error or "analysis failed", stage="analyse")
        summary.failed += 1
        return
    try:
        saved = store.save_article(item, article, digest=digest, language=item.language,
                                   pipeline_version=summary.pipeline_version)
    except Exception as err:  # rolled back: this article only
        _fail(store, summary, source, err, stage="store")
        return
    if saved.already:
        summary.already += 1
        return
    summary.analysed += 1
    summary.undated += item.published is None
    if item.warning:
        summary.warnings.append(f"{source}: {item.warning}")
    if saved.id_of is not None:  # both texts kept; `show ID` finds the first: said, not left to be found
        summary.warnings.append(f"{source}: its id {item.id!r} is another text's already ({saved.id_of}): "
                                f"stored as {saved.slug}")
    summary.statements += saved.statements
    summary.new_actors += saved.new_actors


SKIPPED = "skipped"  # the stage of an error row that is no failure: an input with nothing to analyse


def _fail(store: Store, summary: IngestSummary, source: str, err: Exception, *, stage: str) -> None:
    """``err`` on record against ``source``; a full store (``stops_run``) is no fault of the source's, and no
    write after it would do better: it is raised on, and the run stops."""
    if stops_run(err) or isinstance(err, LanguageModelError):  # the same for every article after it
        raise err
    store.record_error(source, f"{stage} failed: {type(err).__name__}: {err}", stage=stage,
                       exception=type(err).__name__)
    summary.failed += 1


def _triage(store: Store, item: TextInput, summary: IngestSummary, in_flight: set[str]) -> TextInput | None:
    """The item to analyse, or None when it failed to read, is stored already, or is not English."""
    if item.error is not None:
        store.record_error(item.source or item.id, item.error, stage="read")
        summary.failed += 1
        return None
    if not item.text.strip():  # nothing wrong with the input, and nothing to analyse: skipped, with the reason
        store.record_error(item.source or item.id, "empty text", stage=SKIPPED)
        summary.skipped += 1
        return None
    item = replace(item, text=without_surrogates(item.text))
    digest = content_hash(item.text)
    if digest in in_flight or (status := store.article_status(digest)) is not None:
        if item.source is not None:
            store.clear_errors(item.source)
        # One recorded and not analysed (another language) is skipped again, not "already in the store", which
        # sent a newcomer looking for it in `articles`, where only analysed articles are.
        if digest not in in_flight and status == "skipped":
            summary.skipped += 1
        else:
            summary.already += 1
        # A rerun with --metadata or --name-pattern dates what an earlier run stored undated.
        if digest not in in_flight and store.update_metadata(digest, item):
            summary.metadata_updated += 1
        return None
    language, reason = judge(item.text, item.language)
    if reason is not None:
        store.save_article(item, None, digest=digest, language=language, skipped=reason,
                           pipeline_version=summary.pipeline_version)
        summary.skipped += 1
        return None
    in_flight.add(digest)
    return replace(item, language=language)


def _load_actors(store: Store, options: IngestOptions, version: str) -> None:
    """The starter actors and the actors files into the store, each read and written once per store: a file
    already loaded by this version of the code (its text's digest and the pipeline's) is not parsed again.
    An actors file of 20,000 people cost 10 s of CPU (8.5 s of it PyYAML) at the start of every run."""
    if options.starter_actors:
        digest = _digest(version, "starter", starter_actors_text())
        if not store.loaded_actors(digest):
            store.add_known_actors(starter_actors(), digest=digest)
    for path in options.actors_files:
        text = read_actors_file(Path(path))
        digest = _digest(version, "file", text)
        if not store.loaded_actors(digest):
            store.add_known_actors(parse_actors_text(text, Path(path)), digest=digest)


def _digest(version: str, kind: str, text: str) -> str:
    return hashlib.sha256(f"{version}\n{kind}\n{text}".encode("utf-8", "surrogatepass")).hexdigest()


class _FileProgress:
    """Moves the bar by the bytes of one file read so far, never past the file's size."""

    def __init__(self, bar: Any, size: int) -> None:
        self.bar, self.size, self.counted = bar, size, 0

    def __call__(self, position: int) -> None:
        step = min(position, self.size) - self.counted
        if step > 0:
            self.bar.update(step)
            self.counted += step


class _NoBar:
    def update(self, n: int) -> None: ...
    def set_postfix(self, **kwargs: object) -> None: ...
    def close(self) -> None: ...


def _progress(total: int, show: bool) -> Any:
    if not show:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024, file=sys.stderr,
                desc="ingest", smoothing=0.1)


@dataclass(slots=True)
class ReprocessSummary:
    articles: int = 0
    statements: int = 0
    failed: int = 0
    seconds: float = 0.0
    pipeline_version: str = ""

    def __str__(self) -> str:
        return (f"{self.articles} articles reprocessed ({self.statements} statements), {self.failed} failed, "
                f"in {self.seconds:.1f} s, pipeline {self.pipeline_version}")


def reprocess(db: str | Path, *, everything: bool = False, workers: int | None = 1, dask: str | None = None,
              settings: Settings | None = None, progress: bool = False) -> ReprocessSummary:
    """Re-run extraction on articles analysed by another pipeline version (all with ``everything``)."""
    settings = settings or Settings.from_env()
    started = time.perf_counter()
    summary = ReprocessSummary(pipeline_version=pipeline_version(settings))
    with one_run_at_a_time(db), Store(db) as store:
        ids = store.analysed_article_ids(unless_version=None if everything else summary.pipeline_version)
        bar = _progress(len(ids), progress)

        def jobs() -> Iterator[TextInput]:
            for article_id in ids:
                yield store.stored_input(article_id)

        with run_stops_on_full_or_locked():  # a full or locked store: said as ingest says it, not a traceback
            for result in runner_for(settings, workers or auto_workers(len(ids), ARTICLES_PER_WORKER),
                                     dask)(jobs()):
                for item, article, error in result.results:
                    bar.update(1)
                    if article is None:
                        store.record_error(item.source or item.id, f"reprocess: {error}")
                        summary.failed += 1
                        continue
                    summary.statements += store.replace_analysis(int(item.id), article, summary.pipeline_version)
                    summary.articles += 1
        bar.close()
        store.join_surnames()
    summary.seconds = time.perf_counter() - started
    return summary
