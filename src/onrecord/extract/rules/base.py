"""What every rule works on: a candidate statement, the parsed piece with its quotations, and the
set of rules switched off (tests switch one off by name to show what it does)."""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from onrecord.extract.quotes import Quotation
from onrecord.model import Act, StatementKind


@dataclass(slots=True)
class Candidate:
    """A statement before its speaker is resolved to an actor (article offsets)."""

    kind: StatementKind
    content: tuple[int, int]
    cue: tuple[int, int, str] | None  # start, end, lemma
    speaker: Span | None  # spaCy span in its piece; None for floating quotes
    act: Act
    hedged: bool = False
    negated: bool = False
    confidence: float = 0.8
    inherited: bool = False
    speaker_offsets: tuple[int, int] | None = None  # article offsets of ``speaker``, set by find_candidates
    rule: str = ""  # which rule found it (a name in ``rules.CANDIDATE_RULES``)
    link: str = ""  # dependency that ties the content to the cue, when there is one
    # The statement this one runs on from ("“A,” she said. “B.”": B continues A), same cue and speaker.
    continues: Candidate | None = None
    # A source that only announces ("the office issued a statement"): its speaker is read, so a later "it"
    # or an unattributed quotation can refer to it, but it makes no statement (rule ``bare-channel``).
    announces_only: bool = False


class Piece:
    """One parsed piece plus the quotations that fall in it, in piece offsets."""

    def __init__(self, doc: Doc, offset: int, quotations: Sequence[Quotation],
                 disabled: frozenset[str] = frozenset(), text: str | None = None) -> None:
        self.doc = doc
        self.offset = offset
        self.text = doc.text if text is None else text  # ``text``: the doc's, when the caller kept it
        self.disabled = disabled
        end = offset + len(self.text)
        # Quotations are in text order: bisect to this piece's, not a scan of the article's.
        first = bisect_left(quotations, offset, key=lambda q: q.start)
        after = (quotations[i] for i in range(first, len(quotations)))
        self.quotes = [
            Quotation(q.start - offset, q.end - offset, q.closed, q.paragraphs)
            for q in itertools.takewhile(lambda q: q.start < end, after)
            if q.end <= end
        ]
        self.quote_starts = [q.start for q in self.quotes]
        self.quote_ends = [q.end for q in self.quotes]
        self.quote_of_char = _quote_index(self.quotes, len(self.text))

    def uses(self, rule: str) -> bool:
        """Whether the rule of that name is on (all are, unless a test switched one off)."""
        return rule not in self.disabled

    def quote_at(self, char: int) -> int:
        return self.quote_of_char[char] if 0 <= char < len(self.quote_of_char) else -1

    def in_quote(self, tok: Token) -> bool:
        q = self.quote_at(tok.idx)
        if q == -1:
            return False
        quote = self.quotes[q]
        # The marks themselves are not "inside".
        return quote.start < tok.idx < quote.end - 1 or (tok.idx == quote.start and len(tok) > 1)


def _quote_index(quotes: Sequence[Quotation], length: int) -> list[int]:
    index = [-1] * length
    for n, q in enumerate(quotes):
        start, end = max(q.start, 0), min(q.end, length)
        if start < end:
            index[start:end] = [n] * (end - start)  # one slice, not a Python step per character
    return index


class Cover:
    """Which of a list of spans contain a given span, by bisection (no scan of all pairs)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        order = sorted(range(len(spans)), key=lambda n: spans[n][0])
        self.starts = [spans[n][0] for n in order]
        # For each prefix of spans sorted by start: the furthest end, whose index, and the
        # furthest end of any other span (so a span can be asked about "besides itself").
        self.top: list[tuple[int, int, int]] = []
        best, owner, second = -1, -1, -1
        for n in order:
            end = spans[n][1]
            if end > best:
                best, owner, second = end, n, best
            elif end > second:
                second = end
            self.top.append((best, owner, second))

    def contains(self, start: int, end: int, besides: int = -1) -> bool:
        """Whether some span (other than number ``besides``) covers ``[start, end)``."""
        at = bisect_right(self.starts, start)
        if at == 0:
            return False
        best, owner, second = self.top[at - 1]
        return (second if owner == besides else best) >= end
