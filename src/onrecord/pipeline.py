"""The analysis pipeline: text in, ``Article`` out (quotations, cues on the parse, speakers, acts, issues).

It stores nothing: the batch runner, the evaluation and the server's workers call it, and ``onrecord.api``
is the public face over it and the corpus runner."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from onrecord.extract.acts import classify, mark_claim_hedges, mark_construction_acts
from onrecord.extract.confidence import default_threshold, rescore
from onrecord.extract.furniture import credited_author
from onrecord.extract.issues import Taxonomy, load_taxonomy, tag
from onrecord.extract.quotes import Quotation, double_marked, find_quotations
from onrecord.extract.reported import mark_reported
from onrecord.extract.rules import Candidate, find_candidates
from onrecord.extract.transcript import TURN_RULE, find_turns, masked, turn_candidates, within_turns
from onrecord.ingest import InputError, TextInput
from onrecord.model import Actor, Article, Statement
from onrecord.nlp import ParsedText, load, parse_many
from onrecord.resolve.event_model import shipped_filter
from onrecord.resolve.event_participants import learned_participants, shipped_participant_model
from onrecord.resolve.events import find_events
from onrecord.resolve.said import date_statements
from onrecord.resolve.speakers import ArticleResolver
from onrecord.settings import Settings

T = TypeVar("T")


def extract(
    text: str,
    *,
    id: str | None = None,
    published: str | None = None,
    source: str | None = None,
    settings: Settings | None = None,
    issues: str | Path | Taxonomy | None = None,
    title: str | None = None,
) -> Article:
    """Every attributed statement in ``text``, speakers resolved to actors; with ``issues`` (a taxonomy
    file or one loaded by ``onrecord.extract.issues.load_taxonomy``) each tagged with issues and stances.
    ``title`` is the headline when the text does not carry it ("Remarks by President Biden ..." over a
    transcript says who "THE PRESIDENT" is)."""
    item = TextInput(id=id or "", source=source, text=text, published=published, title=title)
    article = next(extract_many([item], settings=settings, issues=issues))
    article.id = id
    return article


ErrorHandler = Callable[[TextInput, str], None]


def _raise(item: TextInput, reason: str) -> None:
    raise InputError(f"{item.source or item.id}: {reason}")


def extract_many(
    items: Iterable[TextInput | str],
    *,
    settings: Settings | None = None,
    on_error: ErrorHandler = _raise,
    issues: str | Path | Taxonomy | None = None,
) -> Iterator[Article]:
    """Stream articles through ``nlp.pipe``; one ``Article`` per good input, in order.

    An input that could not be read (``TextInput.error``) or analysed goes to
    ``on_error`` and the stream goes on; the default handler raises.
    ``settings.n_process`` > 1 parses in worker processes.
    """
    settings = settings or Settings.from_env()
    taxonomy = taxonomy_for(settings, issues)

    def readable() -> Iterator[tuple[str, TextInput]]:
        for n, item in enumerate(items):
            if isinstance(item, str):
                item = TextInput(id=str(n), source=None, text=item)
            if item.error is not None:
                on_error(item, item.error)
                continue
            yield item.text, item

    for parsed, quotations, item in parsed_texts(readable(), settings):
        try:
            article = analyse(parsed, quotations, item, settings, taxonomy)
        except Exception as err:
            on_error(item, f"analysis failed: {type(err).__name__}: {err}")
            continue
        yield article


def parsed_texts(items: Iterable[tuple[str, T]], settings: Settings) -> Iterator[tuple[ParsedText, list[Quotation], T]]:
    """Each ``(text, context)`` parsed as extraction parses it, in order: its quotations found, the parser
    reading ``parse_text``'s copy (single marks doubled, a transcript's labels masked), cut where no quotation
    is split. The parse's ``text`` is the original, so every span is an offset into it. The one way texts are
    parsed: ``extract_many``, the labelled-set evaluation and the training read their parses from here."""
    def prepared() -> Iterator[tuple[str, list[tuple[int, int]], tuple[str, list[Quotation], T]]]:
        for text, context in items:
            quotations = find_quotations(text)
            yield parse_text(text, settings, quotations), [(q.start, q.end) for q in quotations], \
                (text, quotations, context)

    for parsed, (text, quotations, context) in parse_many(load(settings), prepared(), settings):
        if parsed.text is not text:  # parsed from parse_text's copy: spans come from the text
            parsed = ParsedText(text, parsed.pieces)
        yield parsed, quotations, context


def parse_text(text: str, settings: Settings, quotations: Sequence[Quotation] = ()) -> str:
    """What the parser reads of ``text``: its single-mark quotations in double marks (``double_marked``:
    British copy parses as American copy does), and a transcript without its speaker labels and stage
    directions (``extract.transcript``), which are no names and no speech; one character for one."""
    marked = double_marked(text, quotations)
    if TURN_RULE in _disabled(settings):
        return marked
    turns = find_turns(text)
    return masked(marked, turns) if turns else marked


def _disabled(settings: Settings) -> frozenset[str]:
    return frozenset(name.strip() for name in settings.disabled_rules.split(",") if name.strip())


def taxonomy_for(settings: Settings, issues: str | Path | Taxonomy | None = None) -> Taxonomy | None:
    """The taxonomy asked for: ``issues`` if given, else ``settings.issues`` (loaded once per file)."""
    if issues is not None:
        return issues if isinstance(issues, Taxonomy) else _cached_taxonomy(str(issues))
    return _cached_taxonomy(settings.issues) if settings.issues else None


@lru_cache(maxsize=8)
def _cached_taxonomy(path: str) -> Taxonomy:
    # Issue vectors are computed once per taxonomy; a worker analysing thousands of articles loads it once.
    return load_taxonomy(path)


def rule_candidates(parsed: ParsedText, quotations: Sequence[Quotation], settings: Settings) -> list[Candidate]:
    """The rules' candidates over every piece of ``parsed``, before the confidence model scores them (the
    confidence training reads them here too)."""
    candidates: list[Candidate] = []
    disabled = _disabled(settings)
    for piece in parsed.pieces:
        candidates.extend(find_candidates(piece.doc, piece.offset, quotations, strict=settings.strict_cues,
                                          disabled=disabled, text=piece.text))
    return candidates


def resolved_statements(parsed: ParsedText, quotations: Sequence[Quotation], settings: Settings,
                        published: str | None = None, title: str | None = None,
                        ) -> tuple[list[Statement], list[Actor], ArticleResolver]:
    """The statements with their speakers resolved, the actors, and the resolver (events read it too).
    ``published`` dates the offices a description is checked against ("the former president"); ``title``,
    the headline given apart from the text, heads a transcript (who its labels are)."""
    candidates = rule_candidates(parsed, quotations, settings)
    disabled = _disabled(settings)
    rescore(candidates, parsed.text)
    threshold = settings.min_confidence if settings.min_confidence is not None else default_threshold()
    candidates = [c for c in candidates if c.confidence >= threshold]
    turns = find_turns(parsed.text) if TURN_RULE not in disabled else []
    if turns:  # a transcript: no statement in a reporter's turn, and each answer paragraph is its speaker's
        answers = turn_candidates(parsed.text, turns)
        candidates = within_turns(parsed.text, candidates, turns, answers,
                                  speech_only="answer-speech" not in disabled) + answers
    resolver = ArticleResolver(parsed, quotations, settings, turns=turns, published=published, title=title)
    statements, actors = resolver.resolve(candidates)
    return statements, actors, resolver


def analyse(parsed: ParsedText, quotations: Sequence[Quotation], item: TextInput, settings: Settings,
            taxonomy: Taxonomy | None = None) -> Article:
    statements, actors, resolver = resolved_statements(parsed, quotations, settings, item.published, item.title)
    turns = find_turns(parsed.text) if TURN_RULE not in _disabled(settings) else []
    date_statements(parsed, statements, item.published, turns[0].label[0] if turns else None)
    learned = shipped_filter() if settings.learned_events else None
    events = find_events(parsed, statements, resolver, item.published, learned) if settings.events else []
    participant_model = shipped_participant_model() if events and settings.learned_participants else None
    if participant_model is not None:
        learned_participants(events, parsed, resolver, statements, participant_model)
    if events:
        actors = resolver.actors()  # with the groups only events name ("European leaders")
    # The model was trained on statements carrying the rules' verdicts, claim hedges included (its
    # ``rule_hedged`` feature), so the rules run first either way.
    if settings.claim_hedges:
        mark_claim_hedges(statements, parsed)
    if settings.learned_acts:
        classify(statements, parsed)
    if settings.construction_acts:
        mark_construction_acts(statements, parsed)
    taxonomy = taxonomy or taxonomy_for(settings)
    if taxonomy is not None:
        tag(statements, taxonomy, article_text=parsed.text)
        mark_reported(statements, parsed)  # what positions read: whose position a statement reports
    return Article(
        id=item.id,
        text=parsed.text,
        source=item.source,
        published=item.published,
        statements=statements,
        actors=actors,
        events=events,
        title=item.title,
        outlet=item.outlet,
        author=item.author or credited_author(parsed.text),  # a byline or a wire's credit when metadata has none
        url=item.url,
    )

