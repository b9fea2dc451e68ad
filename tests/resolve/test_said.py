"""When a statement was made (resolve/said.py): the time the text attaches to its cue, never the content's."""

from __future__ import annotations

from typing import Any

import pytest

from onrecord import extract

THURSDAY = "2025-08-21"


def said(text: str, published: str | None = THURSDAY) -> list[dict[str, Any]]:
    article = extract(text, published=published)
    return [{"content": s.content.text, **(s.said.to_dict() if s.said else {})} for s in article.statements]


def only(text: str, published: str | None = THURSDAY) -> dict[str, Any]:
    found = said(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "words", "day"), [
    ("Marta Kowalczyk said on Monday that the talks would resume.", "Monday", "2025-08-18"),
    ("On Tuesday, Marta Kowalczyk announced that the plant would close.", "Tuesday", "2025-08-19"),
    ("“We will not move,” Marta Kowalczyk said Wednesday.", "Wednesday", "2025-08-20"),
    ("Marta Kowalczyk told reporters yesterday that the bridge was safe.", "yesterday", "2025-08-20"),
    ("In an interview on Sunday, Marta Kowalczyk said the plan would fail.", "Sunday", "2025-08-17"),
])
def test_a_day_attached_to_the_cue_dates_the_statement(text: str, words: str, day: str) -> None:
    s = only(text)
    assert s["time"]["text"] == words and text[s["time"]["start"]:s["time"]["end"]] == words
    assert (s["date"], s["date_range"], s["dated_by"]) == (day, None, "text")


def test_a_year_or_a_week_is_a_range() -> None:
    s = only("Marta Kowalczyk told the Gazette in 2015 that she opposed the deal.")
    assert (s["time"]["text"], s["date_range"], s["dated_by"]) == ("2015", ["2015-01-01", "2015-12-31"], "text")
    s = only("Marta Kowalczyk wrote in a 2012 op-ed that taxes should rise.")
    assert s["date_range"] == ["2012-01-01", "2012-12-31"]
    s = only("Marta Kowalczyk said last week that the union would strike.")
    assert s["date_range"] == ["2025-08-11", "2025-08-17"]


def test_a_range_that_runs_past_publication_ends_at_it() -> None:
    # "this week" in a Thursday report: said by Thursday, not by Sunday
    s = only("Marta Kowalczyk said this week that the union would strike.")
    assert s["date_range"] == ["2025-08-18", THURSDAY]


def test_a_time_inside_the_content_is_the_contents() -> None:
    s = only("Marta Kowalczyk said the vote will be held on Friday.")
    assert (s["time"], s["date"], s["dated_by"]) == (None, THURSDAY, "published")
    s = only("Marta Kowalczyk said on Monday that the vote would be held on Friday.")
    assert (s["time"]["text"], s["date"]) == ("Monday", "2025-08-18")


def test_a_time_under_another_thing_is_that_things() -> None:
    # the summit was last week; the suggesting has no time of its own
    s = only("After his summit with the mayor last week, Tomas Lindqvist suggested that the plan should wait.")
    assert (s["time"], s["dated_by"]) == (None, "published")


@pytest.mark.parametrize(("text", "word"), [
    ("Tomas Lindqvist has long argued that the program is wasteful.", "long"),
    ("Tomas Lindqvist previously said that he would run.", "previously"),
])
def test_said_before_the_article_with_no_day_is_earlier(text: str, word: str) -> None:
    s = only(text)
    assert s["earlier"] is True and s["time"]["text"] == word
    assert (s["date"], s["date_range"], s["dated_by"]) == (None, None, None)


def test_an_undated_article_keeps_the_words_and_no_day() -> None:
    s = only("Marta Kowalczyk said on Monday that the talks would resume.", published=None)
    assert (s["time"]["text"], s["date"], s["dated_by"]) == ("Monday", None, None)
    s = only("Marta Kowalczyk said the talks would resume.", published=None)
    assert s == {"content": s["content"], "time": None, "date": None, "date_range": None, "dated_by": None}


def test_said_travels_through_the_json_and_back() -> None:
    from onrecord.model import article_from_dict

    text = "Marta Kowalczyk said on Monday that the talks would resume."
    article = extract(text, published=THURSDAY)
    again = article_from_dict(article.to_dict(), text)
    assert [s.said for s in again.statements] == [s.said for s in article.statements]
    assert article.to_dict()["statements"][0]["said"]["date"] == "2025-08-18"


TRANSCRIPT = """Press Briefing by Press Secretary Dana Whitfield
March 3, 2025

MS. WHITFIELD: Good afternoon, everyone. The president will sign the bridge bill this week, and we expect it.

Q: Will the Senate vote before Friday on the bill?

MS. WHITFIELD: I think the Senate will move quickly on it, as the leader said on Thursday.

Q: And the tariffs?

MS. WHITFIELD: We have nothing to announce on tariffs today, and I would not expect anything soon.
"""


@pytest.mark.parametrize("published", ["2025-03-07", None])
def test_a_transcripts_statements_are_dated_by_its_header(published: str | None) -> None:
    found = said(TRANSCRIPT, published)
    header = {"start": TRANSCRIPT.index("March 3"), "end": TRANSCRIPT.index("March 3") + 13, "text": "March 3, 2025"}
    answers = [s for s in found if s["content"].startswith(("Good afternoon", "I think", "We have"))]
    assert len(answers) == 3 and all(s["time"] == header and s["date"] == "2025-03-03" for s in answers)
    # a time of its own inside the transcript is read from the briefing's day: the Thursday before Monday 3 March
    leader = next(s for s in found if s["content"] == "the Senate will move quickly on it")
    assert (leader["time"]["text"], leader["date"]) == ("Thursday", "2025-02-27")


def test_a_time_that_dates_another_thing_or_misreads_a_year_is_not_the_statements() -> None:
    # "last month's convention": the convention's month, not the sharing's
    s = only("At last month's convention, Jane Woods shared her belief that the speech was fine.")
    assert (s["time"], s["dated_by"]) == (None, "published")


def test_a_year_written_is_the_year_it_resolves_to() -> None:
    from datetime import date

    from onrecord.resolve.said import _same_years
    from onrecord.resolve.time import Resolved

    assert _same_years("in 2015", Resolved(first=date(2015, 1, 1), last=date(2015, 12, 31)))
    assert not _same_years("the 1990s", Resolved(date=date(2015, 12, 30)))
    assert _same_years("on Monday", Resolved(date=date(2025, 8, 18)))


def test_the_participle_that_made_the_channel_public_dates_the_statement() -> None:
    s = only("In a statement issued on Monday, the police confirmed that they had seized the drug.")
    assert (s["time"]["text"], s["date"]) == ("Monday", "2025-08-18")
    s = only("The opinion of the court, released on Wednesday, read in part that the oath was void.")
    assert (s["time"]["text"], s["date"]) == ("Wednesday", "2025-08-20")
    # the poll is dated; what the voters favour, as the poll reports it, is not a saying of last week
    found = said("According to a poll published last week, most voters favored the plan.")
    poll = next(s for s in found if s["content"] == "most voters favored the plan")
    assert poll["date_range"] == ["2025-08-11", "2025-08-17"]
    assert all(s["dated_by"] == "published" for s in found if s is not poll)
