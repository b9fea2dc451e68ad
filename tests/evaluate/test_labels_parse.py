"""The labelled-set evaluation and the training parse a text as extraction does (``pipeline.parsed_texts``):
single-mark quotations read in double marks, a transcript's speaker labels masked. Before, they parsed the raw
text, so the act, hedge, issue and stance figures were measured on statements a user never gets (issue 13,
branch labelsparse15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord import Article, extract
from onrecord.evaluate.gold import GoldDocument, GoldStatement
from onrecord.evaluate.labels import Labelled, analysed_articles, labelled_and_found
from onrecord.extract.quotes import find_quotations
from onrecord.pipeline import parse_text
from onrecord.settings import Settings
from onrecord.training.learn import train

# Written for this test: a British-style story quoting in single marks, and a briefing transcript.
BRITISH = (
    "Ferry fares to rise in spring\n\n"
    "The harbour board chairman, Niamh Doherty, said the board had no choice but to raise fares.\n\n"
    "'We can't keep the boats running on last year's prices,' she said. 'Fuel alone has doubled.'\n\n"
    "Councillor Rory Flynn told the Gazette: 'Islanders will pay for the board's mistakes.'\n"
)

TRANSCRIPT = (
    "Press Briefing by Press Secretary Maya Lindqvist\n\n"
    "MS. LINDQVIST:  Good afternoon.  The governor will sign the water bill on Friday.\n\n"
    "Q    Will the counties get the money this year?\n\n"
    "MS. LINDQVIST:  I think most of it will reach them by the autumn, and the rest next spring.\n"
)


def _rows(article: Article) -> list[tuple[str, str, str, int, int, str, bool]]:
    return [(s.speaker.text if s.speaker else "", s.cue.text if s.cue else "", s.kind, s.content.start,
             s.content.end, s.act, s.hedged) for s in article.statements]


def _root(tmp_path: Path, texts: dict[str, str]) -> dict[str, list[Labelled]]:
    (tmp_path / "train" / "text").mkdir(parents=True)
    labels = {}
    for name, text in texts.items():
        (tmp_path / "train" / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        labels[name] = [Labelled(key=f"{name}-1", split="train", article=name, content=((0, 10),), act="assert",
                                 hedged=False)]
    return labels


@pytest.mark.parametrize("text", [BRITISH, TRANSCRIPT], ids=["single marks", "transcript"])
def test_the_labelled_set_reads_the_statements_extraction_gives(tmp_path: Path, text: str) -> None:
    settings = Settings()
    copy = parse_text(text, settings, find_quotations(text))
    assert copy != text and len(copy) == len(text)  # the parser reads another copy, one character for one
    labels = _root(tmp_path, {"story": text})
    [(rows, article, parsed)] = list(analysed_articles(tmp_path, labels, settings))
    assert rows == labels["story"]
    assert [piece.text for piece in parsed.pieces] == [copy]  # what spaCy read: extraction's copy
    assert parsed.text == text  # spans are offsets into the article, not into the parser's copy
    want = _rows(extract(text, id="story", settings=settings))
    assert want  # the texts do have statements
    assert _rows(article) == want


def test_single_marked_quotations_reach_the_pairs_as_direct_statements(tmp_path: Path) -> None:
    labels = _root(tmp_path, {"story": BRITISH})
    quote = BRITISH.index("Islanders")
    labels["story"] = [Labelled(key="q", split="train", article="story",
                                content=((quote, BRITISH.index("'\n", quote)),), act="oppose", hedged=False)]
    [(labelled, found, _)] = list(labelled_and_found(tmp_path, labels, Settings()))
    assert labelled.key == "q" and found is not None and found.kind == "direct" and found.speaker is not None
    assert found.speaker.text == "Councillor Rory Flynn"


def test_the_lexicon_reads_a_cue_in_any_piece_of_a_long_text() -> None:
    # Cut into pieces as extraction cuts a long text: the cue of the second piece is still counted, and its
    # content's link read in that piece's own parse.
    text = "The committee met on Monday.\n\n" * 40 + "Doherty said the board would raise fares.\n"
    cue = text.index("said")
    content = text.index("the board")
    gold = GoldDocument("long", text, [GoldStatement(content=((content, len(text) - 2),), cue=((cue, cue + 4),),
                                                     speaker=((cue - 8, cue - 1),))])
    settings = Settings(max_chunk_chars=400)
    model = train([gold, gold], settings)
    assert model["lemmas"]["say"]["n"] == 2
    assert model["lemmas"]["say"]["links"] == ["ccomp"]
