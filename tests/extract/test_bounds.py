"""Work per candidate stays bounded: lookups by position, sorted sweeps, no scans of all pairs.

Counted, not timed: each test fails on code that scans every quotation or candidate.
"""

from collections.abc import Sequence
from typing import overload

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.extract import confidence
from onrecord.extract.quotes import Quotation, find_quotations
from onrecord.extract.rules import Candidate, filters, find_candidates, verbs
from onrecord.extract.rules.base import Cover
from onrecord.extract.rules.filters import drop_nested
from onrecord.nlp import load
from tests.conftest import run


class CountingQuotes(Sequence[Quotation]):
    """An article's quotations that count how many are read."""

    def __init__(self, items: list[Quotation]) -> None:
        self.items = items
        self.reads = 0

    @overload
    def __getitem__(self, i: int) -> Quotation: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Quotation]: ...
    def __getitem__(self, i: int | slice) -> Quotation | Sequence[Quotation]:
        self.reads += 1
        return self.items[i]

    def __len__(self) -> int:
        return len(self.items)


def test_a_piece_reads_only_its_own_quotations() -> None:
    piece = "“We will win,” she said."
    offset = 1_000_000
    earlier = [Quotation(i * 10, i * 10 + 5) for i in range(10_000)]
    quotes = CountingQuotes(earlier + [Quotation(q.start + offset, q.end + offset) for q in find_quotations(piece)])
    found = find_candidates(load()(piece), offset, quotes)
    assert [piece[c.content[0] - offset:c.content[1] - offset] for c in found] == ["We will win,"]
    assert quotes.reads < 100  # a bisection, not a pass over the 10,000 earlier ones


def test_quotations_next_to_a_cue_are_looked_up_not_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    only_gap = verbs.only_gap

    def counted(between: str) -> bool:
        nonlocal calls
        calls += 1
        return only_gap(between)

    monkeypatch.setattr(verbs, "only_gap", counted)
    text = "“Never,” he added. " * 200
    article = run(text)
    assert len(article.statements) == 200
    assert calls <= 2 * 200  # the quotation before and the one after each cue


CONFIDENCES = st.sampled_from([0.9, 0.85, 0.75, 0.65, 0.6, 0.5, 0.45])


@st.composite
def candidates(draw: st.DrawFn) -> Candidate:
    start = draw(st.integers(0, 60))
    end = start + draw(st.integers(1, 30))
    cue = None
    if draw(st.booleans()):
        cue_start = draw(st.integers(0, 90))
        cue = (cue_start, cue_start + draw(st.integers(1, 4)), "say")
    return Candidate(kind="indirect", content=(start, end), cue=cue, speaker=None, act="assert",
                     confidence=draw(CONFIDENCES))


def all_pairs(found: list[Candidate]) -> list[Candidate]:
    """The reference: every candidate compared with every other."""
    keep = []
    for i, c in enumerate(found):
        weak = c.cue is not None and c.confidence <= filters.WEAK_PRIOR
        nested = weak and any(o is not c and o.content[0] <= c.cue[0] and c.cue[1] <= o.content[1]  # type: ignore[index]
                              for o in found)
        swallowing = weak and any(o is not c and o.cue is not None and o.confidence > c.confidence
                                  and c.content[0] <= o.cue[0] and o.cue[1] <= c.content[1] for o in found)
        duplicate = any(j != i and o.content == c.content and (o.confidence, -j) > (c.confidence, -i)
                        for j, o in enumerate(found))
        if not (nested or swallowing or duplicate):
            keep.append(c)
    return keep


@settings(max_examples=200, deadline=None)
@given(st.lists(candidates(), max_size=25))
def test_overlaps_resolved_by_sweeps_as_by_all_pairs(found: list[Candidate]) -> None:
    assert drop_nested(found) == all_pairs(found)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 50), st.integers(1, 20)).map(lambda x: (x[0], x[0] + x[1])), max_size=20),
       st.integers(0, 60), st.integers(1, 20), st.integers(-1, 19))
def test_cover_finds_a_containing_span(spans: list[tuple[int, int]], start: int, length: int, besides: int) -> None:
    expected = any(n != besides and a <= start and start + length <= b for n, (a, b) in enumerate(spans))
    assert Cover(spans).contains(start, start + length, besides) == expected


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \n\t\u00a0\u2003.“"), max_size=200), st.data())
def test_words_are_counted_as_far_as_the_buckets_need(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert confidence._words(text, start, end) == min(len(text[start:end].split()), 31)
