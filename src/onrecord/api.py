"""The public Python API. The CLI and every later front end call these."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from onrecord.extract.quotes import find_quotations
from onrecord.extract.statements import Candidate, find_candidates
from onrecord.ingest import TextInput
from onrecord.model import Article
from onrecord.nlp import ParsedText, load, parse_many
from onrecord.resolve.speakers import ArticleResolver
from onrecord.settings import Settings


def extract(
    text: str,
    *,
    id: str | None = None,  # noqa: A002 - the public name the issue asks for
    published: str | None = None,
    source: str | None = None,
    settings: Settings | None = None,
) -> Article:
    """Every attributed statement in ``text``, speakers resolved to actors."""
    item = TextInput(id=id or "", source=source, text=text, published=published)
    article = next(extract_many([item], settings=settings))
    article.id = id
    return article


def extract_many(
    items: Iterable[TextInput | str],
    *,
    settings: Settings | None = None,
) -> Iterator[Article]:
    """Stream articles through ``nlp.pipe``; one ``Article`` per input, in order.

    Inputs with an ``error`` are skipped here: callers that read files report
    them (see ``onrecord.cli``). ``settings.n_process`` > 1 parses in processes.
    """
    settings = settings or Settings.from_env()
    nlp = load(settings)

    def prepared() -> Iterator[tuple[str, list[tuple[int, int]], tuple[TextInput, list]]]:  # type: ignore[type-arg]
        for n, item in enumerate(items):
            if isinstance(item, str):
                item = TextInput(id=str(n), source=None, text=item)
            if item.error is not None:
                continue
            quotations = find_quotations(item.text)
            yield item.text, [(q.start, q.end) for q in quotations], (item, quotations)

    for parsed, (item, quotations) in parse_many(nlp, prepared(), settings):
        yield analyse(parsed, quotations, item, settings)


def analyse(parsed: ParsedText, quotations: list, item: TextInput, settings: Settings) -> Article:  # type: ignore[type-arg]
    candidates: list[Candidate] = []
    for piece in parsed.pieces:
        candidates.extend(find_candidates(piece.doc, piece.offset, quotations))
    statements, actors = ArticleResolver(parsed, quotations).resolve(candidates)
    statements = [s for s in statements if s.confidence >= settings.min_confidence]
    return Article(
        id=item.id,
        text=parsed.text,
        source=item.source,
        published=item.published,
        statements=statements,
        actors=actors,
    )
