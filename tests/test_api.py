"""The public Python API and the example article, end to end."""

import json

from onrecord import extract, extract_many
from tests.conftest import EXAMPLES


def test_example_article_matches_its_hand_annotation() -> None:
    text = (EXAMPLES / "peace-talks.txt").read_text(encoding="utf-8")
    gold = json.loads((EXAMPLES / "peace-talks.gold.json").read_text(encoding="utf-8"))
    article = extract(text, id="peace-talks", published="2025-08-18")
    got = {(s.content.start, s.content.end): s for s in article.statements}
    assert len(article.statements) == len(gold["statements"])
    for g in gold["statements"]:
        s = got[(g["content"]["start"], g["content"]["end"])]
        assert s.actor is not None and s.actor.name == g["speaker"]
        assert (s.act, s.hedged, s.kind) == (g["act"], g["hedged"], g["kind"])
    writer = gold["not_attributed"][0]
    assert not any(writer in s.content.text for s in article.statements)


def test_to_dict_has_the_agreed_shape_and_valid_offsets() -> None:
    text = "Officials said on Monday that the border would reopen.\n“It is safe now,” Mayor Ana Ruiz said."
    data = extract(text, id="t").to_dict()
    assert list(data) == ["id", "source", "published", "statements", "actors", "events"]
    for s in data["statements"]:
        for key in ("content", "cue", "speaker"):
            if s[key]:
                assert text[s[key]["start"]:s[key]["end"]] == s[key]["text"]
    for actor in data["actors"]:
        assert set(actor) == {"id", "name", "type", "aliases", "mentions"}


def test_extract_many_keeps_order_and_handles_text_without_quotes() -> None:
    texts = ["Nothing is attributed here at all.", "The mayor said that the road is closed.", ""]
    articles = list(extract_many(texts))
    assert [len(a.statements) for a in articles] == [0, 1, 0]
