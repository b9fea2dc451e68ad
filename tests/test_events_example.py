"""The issue's five events on the example article (published Monday 2025-08-18), with dates and statuses."""

from __future__ import annotations

import pytest

from onrecord import Article, extract
from onrecord.model import Event
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def article() -> Article:
    text = (EXAMPLES / "peace-talks.txt").read_text(encoding="utf-8")
    return extract(text, id="peace-talks", published="2025-08-18")


@pytest.fixture(scope="module")
def found(article: Article) -> list[Event]:
    return article.events


def find(events: list[Event], kind: str, *people: str, place: str | None = None) -> Event:
    for e in events:
        names = {p.name for p in e.participants}
        if e.type == kind and all(any(n.endswith(p) for n in names) for p in people) and (
                place is None or (e.place is not None and place in e.place.text)):
            return e
    raise AssertionError(f"no {kind} with {people} at {place}: {[e.to_dict() for e in events]}")


def test_the_oval_office_media_availability_that_day(article: Article, found: list[Event]) -> None:
    e = find(found, "press_conference", "Trump", "Zelensky", place="Oval Office")
    assert (e.status, e.date) == ("happened", "2025-08-18")
    # "Speaking during ..., Trump told reporters ..., but he refused to say ...": both made there
    cues = {s["key"]: s["cue"]["text"] for s in article.to_dict()["statements"] if s["cue"]}
    assert [cues[k] for k in e.statement_keys] == ["told", "refused to say outright"]


def test_the_multilateral_sit_down_at_the_white_house_that_day(found: list[Event]) -> None:
    e = find(found, "meeting", "Trump", "Zelensky", "European leaders", place="White House")
    assert e.status in ("planned", "ongoing") and e.date == "2025-08-18"
    assert any("sit-down" in m.text for m in e.mentions)


def test_the_call_with_putin_after_the_meetings(found: list[Event]) -> None:
    e = find(found, "call", "Trump", "Putin")
    assert e.status == "planned" and e.date_range == ("2025-08-18", "2025-08-25")
    assert e.time is not None and e.time.text == "after his meetings"


def test_the_anchorage_summit_the_week_before(found: list[Event]) -> None:
    e = find(found, "summit", "Trump", "Putin", place="Anchorage, Alaska")
    assert e.status == "happened" and e.date_range == ("2025-08-11", "2025-08-17")


def test_the_previous_oval_office_visit_about_six_months_earlier(found: list[Event]) -> None:
    e = find(found, "visit", "Zelensky", place="Oval Office")
    assert e.status == "happened" and e.date_range is not None
    first, last = e.date_range
    assert first <= "2025-02-18" <= last and first >= "2025-02-01" and last <= "2025-03-10"
