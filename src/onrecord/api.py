"""The public Python API. The CLI and every later front end call these.

The analysis itself is ``onrecord.pipeline`` and the corpus runs are ``onrecord.corpus``; this module
only brings them together, so nothing below it imports it back.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from onrecord.corpus import IngestOptions, IngestSummary, ReprocessSummary
from onrecord.corpus import ingest as run_ingest
from onrecord.corpus import reprocess as run_reprocess
from onrecord.ingest import TextInput
from onrecord.ingest.metadata import ArticleMetadata, complete
from onrecord.ingest.sources import read_inputs
from onrecord.pipeline import ErrorHandler, analyse, extract, extract_many, taxonomy_for
from onrecord.settings import Settings

__all__ = ["ArticleMetadata", "ErrorHandler", "analyse", "extract", "extract_many", "ingest", "read_texts",
           "reprocess", "taxonomy_for"]


def read_texts(paths: Iterable[str], *, metadata: ArticleMetadata | None = None, published: str | None = None,
               outlet: str | None = None, settings: Settings | None = None) -> Iterator[TextInput]:
    """The text files under ``paths`` ("-" for stdin) for ``extract_many``, each with its date, outlet and
    title from ``metadata`` (``ArticleMetadata.load(table, pattern=..., title_line=...)``) and then the
    defaults, as ``ingest`` gives them; an unreadable file comes with its ``error`` set."""
    for item in read_inputs(paths, settings or Settings.from_env()):
        yield complete(item, metadata, published, outlet)


def ingest(paths: Iterable[str], options: IngestOptions | None = None,
           settings: Settings | None = None) -> IngestSummary:
    """Read, deduplicate, analyse and store every article under ``paths`` (see ``onrecord.corpus``)."""
    return run_ingest(paths, options, settings)


def reprocess(db: str, *, everything: bool = False, workers: int | None = 1, dask: str | None = None,
              settings: Settings | None = None, progress: bool = False) -> ReprocessSummary:
    """Re-run extraction on stored articles an older pipeline analysed (all with ``everything``)."""
    return run_reprocess(db, everything=everything, workers=workers, dask=dask, settings=settings,
                         progress=progress)
