"""Statements whose content reports someone else's position (``extract/reported.py``): the name whose position
it is, read from the parse; none where the position is the speaker's own or no position is stated."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract.issues import taxonomy_from_dict

TAXONOMY = taxonomy_from_dict({"name": "t", "issues": [
    {"id": "dam", "label": "The river dam", "proposition": "The river dam should be built.",
     "description": "The dam on the river, flooding the valley."},
    {"id": "fishing", "label": "Fishing quotas", "proposition": "Fishing quotas should be cut.",
     "description": "Quotas for the fishing fleet."},
]})

# (text, the speaker's name, the name whose position the content reports, or None)
CASES: list[tuple[str, str, str | None]] = [
    ("Mayor Lena Ortiz said that Victor Hale wants to flood the whole valley for his dam.", "Lena Ortiz",
     "Victor Hale"),
    ("Lena Ortiz told voters that Hale plans to build the river dam next spring.", "Lena Ortiz", "Hale"),
    ("Lena Ortiz warned that Victor Hale's plan would drown three villages.", "Lena Ortiz", "Victor Hale"),
    # the other's plan as the object of her own side: her position on it, which the act composes
    ("Lena Ortiz attacked Hale's proposal to cut fishing quotas.", "Lena Ortiz", None),
    ("Lena Ortiz said Hale has called for deeper cuts to fishing quotas.", "Lena Ortiz", "Hale"),
    ('"When the bill came up, he proposed giving them work permits," Lena Ortiz said.', "Lena Ortiz", "he"),
    ('"Hale wants to flood — really flood the whole valley," Lena Ortiz said.', "Lena Ortiz", "Hale"),
    ('"I think Victor Hale wants to flood the valley," Lena Ortiz said.', "Lena Ortiz", "Victor Hale"),
    # her own position: no other party's
    ('"I want to stop the river dam," Lena Ortiz said.', "Lena Ortiz", None),
    ("Lena Ortiz said she wants to stop the river dam.", "Lena Ortiz", None),
    ("Lena Ortiz said that Ortiz's plan would protect the river.", "Lena Ortiz", None),
    # no position stated: a fact about another, or another's deed
    ("Lena Ortiz said that Victor Hale visited the river on Monday.", "Lena Ortiz", None),
    ("Lena Ortiz said the dam would cost too much.", "Lena Ortiz", None),
    # a country: often the speaker's own ("Sweden will support ...", its foreign minister said)
    ("Foreign Minister Lena Ortiz said that Sweden will support the river dam.", "Lena Ortiz", None),
    # others' position on him, and another verb
    ("Lena Ortiz said that Victor Hale is backed by the fishing union.", "Lena Ortiz", None),
    ("Lena Ortiz said that Victor Hale backed out of the debate on the dam.", "Lena Ortiz", None),
]


@pytest.mark.parametrize(("text", "speaker", "owner"), CASES)
def test_the_party_whose_position_the_content_reports(text: str, speaker: str, owner: str | None) -> None:
    article = extract(text, issues=TAXONOMY)
    (statement,) = [s for s in article.statements if s.speaker is not None and speaker.split()[-1] in s.speaker.text]
    if owner is None:
        assert statement.reported is None
        assert "reported" not in statement.to_dict()
    else:
        assert statement.reported is not None and statement.reported.text == owner
        assert text[statement.reported.start:statement.reported.end] == owner  # offsets into the text
        assert statement.to_dict()["reported"]["text"] == owner


def test_only_read_where_issues_are_tagged() -> None:
    """Positions are the only readers: without a taxonomy, extraction's output is unchanged."""
    text = CASES[0][0]
    assert extract(text).statements[0].reported is None
    assert extract(text, issues=TAXONOMY).statements[0].reported is not None


def test_an_issue_about_the_speaker_is_marked_their_own() -> None:
    """A tag's ``own``: the issue's label names a person and the speaker is that person (a candidate on their own
    candidacy); another speaker's tag on it, and a tag on an issue about no person, are not."""
    taxonomy = taxonomy_from_dict({"name": "t", "issues": [
        {"id": "hale-candidacy", "label": "Victor Hale for mayor",
         "proposition": "Victor Hale should be elected mayor.", "description": "Endorsing or attacking Hale."},
        {"id": "dam", "label": "The river dam", "proposition": "The river dam should be built.",
         "description": "The dam on the river."},
    ]})
    text = ("Victor Hale said he would be a great mayor and would build the river dam. "
            "Lena Ortiz said Victor Hale would be a terrible mayor.")
    tags = {(s.actor.name if s.actor else None, t.id): t.own
            for s in extract(text, issues=taxonomy).statements for t in s.issues or ()}
    assert tags.get(("Victor Hale", "hale-candidacy")) is True
    assert tags.get(("Lena Ortiz", "hale-candidacy")) is False
    assert tags.get(("Victor Hale", "dam"), False) is False


def test_the_marks_survive_the_json_an_article_is_passed_on_in() -> None:
    """Workers hand analysed articles on as JSON (``to_dict`` / ``article_from_dict``): the marks come back."""
    from onrecord.model import article_from_dict

    taxonomy = taxonomy_from_dict({"name": "t", "issues": [
        {"id": "hale-candidacy", "label": "Victor Hale for mayor",
         "proposition": "Victor Hale should be elected mayor.", "description": "Endorsing or attacking Hale."}]})
    text = "Victor Hale said he would be a great mayor. Lena Ortiz said that Victor Hale wants to flood the valley."
    article = extract(text, issues=taxonomy)
    again = article_from_dict(article.to_dict(), text)
    assert [s.reported for s in again.statements] == [s.reported for s in article.statements]
    assert [[t.own for t in s.issues or ()] for s in again.statements] == [
        [t.own for t in s.issues or ()] for s in article.statements]
    assert any(s.reported for s in again.statements)
