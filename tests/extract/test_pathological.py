"""Inputs that once took minutes and gigabytes (issue 11), at small sizes: they finish, offsets stay valid.

The time bound itself is measured by bench/bench_scaling.py, not asserted here.
"""

import pytest

from onrecord import Settings, extract
from tests.extract.offsets import assert_offsets_valid

NEWS = ("Senator Ada Brook said that the vote would come on Friday. "
        "“We have the numbers and we will win this,” Brook said.\n")

TEXTS = {
    "straight marks": '"' * 4_000,
    "curly marks": "“" * 2_000 + "”" * 2_000,
    "spaced curly marks": "“ ”" * 1_500,
    "guillemets and low marks": "»a «b „c ''d " * 500,
    "reporting clauses": "the senator said that " * 300,
    "unbalanced quotations": ('He said "we will “not go, she said. ' * 150) + NEWS,
    "floating quotations": "“There is no other way forward for this state and its people.” " * 150,
    "long run of punctuation in news": NEWS + "(" * 2_000 + "." * 2_000 + " " + NEWS,
    "surrogates, controls and NUL": NEWS.replace("vote", "vo\ud800te").replace("Friday", "Fri\x00\x1bday\udfff") * 5,
}


@pytest.mark.parametrize("name", TEXTS)
def test_pathological_input_finishes_with_valid_offsets(name: str) -> None:
    text = TEXTS[name]
    assert_offsets_valid(text, extract(text))


def test_reporting_clauses_are_still_found_in_a_run_without_punctuation() -> None:
    text = "the senator said that " * 300
    article = extract(text, settings=Settings(max_sentence_tokens=100))
    assert len(article.statements) > 100


def test_news_around_a_long_run_is_read_as_without_it() -> None:
    plain = extract(NEWS + NEWS)
    noisy = extract(NEWS + "(" * 2_000 + " " + NEWS)
    assert [s.content.text for s in noisy.statements] == [s.content.text for s in plain.statements]


@pytest.mark.parametrize("published", ["2025-08-18", "9999-12-31", "0001-01-01"])
def test_times_past_the_calendars_ends_leave_events_undated_not_the_article_failed(published: str) -> None:
    # "3000 years ago" (or "tomorrow" in an article dated 9999-12-31) raised out of date resolution:
    # "analysis failed: ValueError: year -975 is out of range", the article lost.
    text = ('The minister said on Monday that the talks held 3000 years ago would resume tomorrow. '
            '"We will meet again in 9000 years," he said of the summit next year.')
    article = extract(text, published=published)
    assert_offsets_valid(text, article)
    assert article.statements and article.events
