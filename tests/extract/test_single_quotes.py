"""A British-style article, quoting in single marks, reads as the same article in double marks: the same
speakers, cues and kinds, run-on quotations apart, and the apostrophes in it no quotation (issue 12, squote15)."""

from __future__ import annotations

import pytest

from onrecord import Article, extract

BRITISH = (
    "Councils clash over bus cuts\n\n"
    "The transport minister, Aoife Brennan, said the department would not fund the new routes.\n\n"
    "'We won't be pushed into paying for the drivers' pay rise,' she said. 'The councils know where we stand.'\n\n"
    "Declan O'Rourke told the Courier: 'This is a betrayal of every rural family.'\n"
)


def table(article: Article) -> list[tuple[str, str, str, str]]:
    """Speaker, cue, kind and content of each statement, curly apostrophes written straight."""
    return [((s.speaker.text if s.speaker else "").replace("’", "'"), s.cue.text if s.cue else "", s.kind,
             s.content.text.replace("’", "'")) for s in article.statements]


@pytest.mark.parametrize("marks", ["'", "‘’"])
def test_single_marks_read_as_the_same_article_in_double_marks(marks: str) -> None:
    single = BRITISH if marks == "'" else _curly(BRITISH)
    double = _double(BRITISH)
    assert len(single) == len(double)
    got, want = table(extract(single)), table(extract(double))
    assert [row[:3] for row in got] == [row[:3] for row in want]
    assert [row[3] for row in got] == [row[3] for row in want]  # quote marks are stripped from direct contents
    kinds = [row[2] for row in got]
    assert kinds.count("direct") == 3 and "indirect" in kinds
    assert not any(row[1] == "know" for row in got)  # the run-on quotation is no statement of "The councils"


def _double(text: str) -> str:
    """The quote marks of BRITISH as double marks, its apostrophes kept."""
    out = list(text)
    for quote in ("'We won't be pushed into paying for the drivers' pay rise,'", "'The councils know where we stand.'",
                  "'This is a betrayal of every rural family.'"):
        start = text.index(quote)
        out[start] = out[start + len(quote) - 1] = '"'
    return "".join(out)


def _curly(text: str) -> str:
    double = _double(text)
    out = list(text)
    opening = True
    for i, ch in enumerate(double):
        if ch == '"':
            out[i] = "‘" if opening else "’"
            opening = not opening
        elif ch == "'":
            out[i] = "’"
    return "".join(out)
