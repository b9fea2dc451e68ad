"""Shared fixtures. PolNeAR is read from ../shared (never copied into the repo)."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord import Article, extract

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
POLNEAR = REPO.parent / "shared" / "data" / "polnear"


@pytest.fixture(scope="session")
def polnear() -> Path:
    if not (POLNEAR / "dev" / "text").is_dir():
        pytest.skip(f"PolNeAR is not at {POLNEAR} (it lives in the project's shared/ folder, never in the repo)")
    return POLNEAR


def only(article: Article):  # type: ignore[no-untyped-def]
    """The single statement of a one-statement text."""
    assert len(article.statements) == 1, [s.to_dict() for s in article.statements]
    return article.statements[0]


def run(text: str) -> Article:
    article = extract(text)
    for s in article.statements:  # provenance holds for every statement we make
        assert text[s.content.start:s.content.end] == s.content.text
        if s.cue:
            assert text[s.cue.start:s.cue.end] == s.cue.text
        if s.speaker:
            assert text[s.speaker.start:s.speaker.end] == s.speaker.text
    return article
