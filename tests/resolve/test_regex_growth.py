"""Patterns the resolver runs over a whole article stay linear on hostile text (fuzz audit).

Each attack below took minutes with the old pattern (quadratic: the same run of characters rescanned from
every start) and takes milliseconds now; the alarm only catches a regression, with a margin of about 1,000x.
"""

from __future__ import annotations

import re
import signal
from collections.abc import Iterator
from types import FrameType

import pytest

from onrecord.resolve import speakers


class TooSlow(Exception):
    pass


@pytest.fixture
def within_seconds() -> Iterator[None]:
    def stop(signum: int, frame: FrameType | None) -> None:
        raise TooSlow

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(20)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_a_dateline_then_a_long_run_of_spaces(within_seconds: None) -> None:
    """ "AB, x" and spaces: the place and the spaces after it both took the spaces, given back one by one."""
    assert not list(speakers._DATELINE.finditer("AB, x" + " " * 200_000 + "x\n"))
    [found] = speakers._DATELINE.finditer("Intro.\nBRUSSELS, Belgium  (AP) — The talks resumed.")
    assert found.group(1) == "BRUSSELS"


def test_an_abbreviation_in_a_long_dotted_run(within_seconds: None) -> None:
    """ "Ab.Cd.Ef..." (minified script in a page): each capital of the run scanned the rest of it."""
    assert speakers._defined_abbreviations("Ab." * 100_000) == {}
    text = "Ab." * 1_000 + " The NCLAN (National Crop Loss Assessment Network) said so."
    assert speakers._defined_abbreviations(text) == {"NCLAN": "National Crop Loss Assessment Network"}


def test_a_capitalised_run_in_a_long_hyphenated_word(within_seconds: None) -> None:
    assert not list(speakers._CAPITALISED_RUN.finditer("A-" * 100_000))
    assert [m.group() for m in speakers._CAPITALISED_RUN.finditer("at the Royal Hospital for Children.")] \
        == ["Royal Hospital for Children."]


class _Counting:
    """Stands in for a compiled pattern and counts the characters each search is given."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.scanned, self.calls = pattern, 0, 0

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        self.scanned += end - pos
        self.calls += 1
        return self.pattern.finditer(text, pos, end)


def test_a_body_the_recogniser_missed_is_looked_for_once_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "the hotel" after a name the recogniser missed: each one searched the article from its start."""
    from onrecord import extract

    def scanned(n: int) -> int:
        counter = _Counting(speakers._CAPITALISED_RUN)
        monkeypatch.setattr(speakers, "_CAPITALISED_RUN", counter)
        text = "The Hotel Arpit Palace caught fire. " + " ".join(
            f"The hotel said room {i} burned. Firefighters arrived." for i in range(n))
        looked = 0
        missed_body = speakers.ArticleResolver._missed_body

        def counted(self: speakers.ArticleResolver, *args: object, **kwargs: object) -> object:
            nonlocal looked
            looked += 1
            return missed_body(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(speakers.ArticleResolver, "_missed_body", counted)
        extract(text)
        assert looked >= n // 2  # most "the hotel" look
        return counter.scanned

    small, large = scanned(60), scanned(120)
    assert large <= 2.5 * small, (small, large)


def test_a_long_word_before_an_abbreviation_in_brackets(within_seconds: None) -> None:
    """ "QQQ...Q! (UN)" (a hash or blob of 100,000 word characters on the line of a bracketed abbreviation): each
    capital of the run scanned the rest of it as a word of a name (about 3 minutes; break14)."""
    assert speakers._defined_abbreviations("Q" * 100_000 + "! (UN) said so.") == {}
    text = "Q" * 1_000 + "! (UN) and the National Crop Loss Assessment Network (NCLAN) said so."
    assert speakers._defined_abbreviations(text) == {"NCLAN": "National Crop Loss Assessment Network"}


def test_a_line_of_thousands_of_names_is_read_once_not_once_a_name(within_seconds: None) -> None:
    """Each name mention asked whether its line is a Title Case headline, and the line was split anew for each: a
    line of 6,000 names (a list of signatories flattened into one paragraph) took 10.9 s of CPU, 3.2 times as long as
    half of it (redteam17)."""
    line = "John Smith " * 50_000
    text = "The minister said the talks would resume.\n" + line + "\nThe mayor said it would rain.\n"
    starts = range(text.index("John"), text.index("\nThe mayor"), len("John Smith ") // 2)
    assert all(speakers._title_case_line(text, at) for at in starts)
    assert not speakers._title_case_line(text, 5) and not speakers._title_case_line(text, len(text) - 5)
    assert speakers._line_shape(text, len(text) - 5) == (6, 1)
