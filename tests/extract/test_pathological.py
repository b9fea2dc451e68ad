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
