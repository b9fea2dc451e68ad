"""What a research desk's reader could not tell from the pages (thirteenth session): why a stored French page
has no statements, why a search for a name lists statements that never write it, and why a stance of a hundred
statements has a confidence of 0.00."""

from __future__ import annotations

from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from onrecord.serve.app import create_app
from onrecord.store import Store, content_hash
from tests.test_cli_newcomer import _said


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("desk") / "desk.db"
    with Store(db) as store:
        old, said = _said("bridge-2025", "Ilse Marwood", "bridge-reopening")  # published 2025-05-02
        store.save_article(old, said, digest=content_hash(old.text), pipeline_version="t", language="en")
        item, said = _said("ferry-2026", "Konrad Strand")
        item = replace(item, text=item.text.replace("bridge", "ferry"), published="2026-05-02")
        said = replace(said, text=item.text)
        store.save_article(item, said, digest=content_hash(item.text), pipeline_version="t", language="en")
        item, _ = _said("ballon", "Ilse Marwood")
        store.save_article(replace(item, text="Le maire a dit que le pont rouvrirait."), None,
                           digest=content_hash("ballon"), pipeline_version="t", language="fr",
                           skipped="language 'fr' (detected, p=1.00), not 'en'")
    return TestClient(create_app(db))


def test_a_stored_article_that_was_not_analysed_says_why(desk: TestClient) -> None:
    page = desk.get("/articles/ballon").text
    assert 'id="not-analysed"' in page and "Stored, not analysed:" in page
    assert "language &#39;fr&#39; (detected, p=1.00), not &#39;en&#39;" in page
    assert 'id="not-analysed"' not in desk.get("/articles/bridge-2025").text


def test_a_result_found_by_its_speaker_says_so(desk: TestClient) -> None:
    """"Jean-Pierre" listed 1,000+ of her statements, none with the word in it, nothing marked."""
    page = desk.get("/search", params={"q": "Marwood"}).text
    assert 'class="muted found-in-speaker">(found in its speaker as' in page
    assert 'written: Ilse <mark class="hit">Marwood</mark>)' in page
    page = desk.get("/search", params={"q": "bridge"}).text  # found in the text: nothing more to say
    assert '<mark class="hit">bridge</mark>' in page and "found-in-speaker" not in page
    assert "words find a statement's speaker as written too" in page


def test_a_confidence_faded_by_age_says_how_old_its_statements_are(desk: TestClient) -> None:
    """Every position of an actor quoted a year before the newest article read "0.00", unexplained."""
    page = desk.get("/actors/ilse-marwood").text
    assert "As of 2026-05-02" in page and "<td>0.00 " in page
    assert ('title="a statement\'s weight halves every 30 days before 2026-05-02">(faded:\n      last said 365 days '
            'before)</span>' in page)


def test_the_share_hedged_is_rounded_as_the_command_line_rounds_it(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Two of three statements hedged read 66% on the pages and 67% in `onrecord positions` (18% against 17%
    for an actor of the desk's corpus): the pages cut the share, the command line rounds it."""
    db = tmp_path_factory.mktemp("hedged") / "hedged.db"
    with Store(db) as store:
        for n, hedged in enumerate((True, True, False)):
            item, said = _said(f"bridge-{n}", "Ilse Marwood", "bridge-reopening")
            item = replace(item, text=item.text.replace("spring", f"spring {n}"))
            said = replace(said, text=item.text, statements=[replace(said.statements[0], hedged=hedged)])
            store.save_article(item, said, digest=content_hash(item.text), pipeline_version="t", language="en")
    client = TestClient(create_app(db))
    actor = client.get("/actors/ilse-marwood").text
    assert "<td>67%</td>" in actor and "66%" not in actor
    matrix = client.get("/positions").text
    assert "67% hedged" in matrix and "66%" not in matrix


def test_a_tall_timeline_shows_its_dates_above_the_bands_too(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A timeline of twelve actors had its dates only under the last band, a screen and more below the first."""
    import re

    db = tmp_path_factory.mktemp("tall") / "tall.db"
    names = ("Ilse Marwood", "Konrad Strand", "Kornelia Vask", "Oskar Lindqvist", "Petra Haller")
    with Store(db) as store:
        for n, name in enumerate(names):
            item, said = _said(f"bridge-{n}", name, "bridge-reopening")
            item = replace(item, text=item.text.replace("spring", f"spring {n}"), published=f"2025-0{n + 1}-02")
            said = replace(said, text=item.text)
            store.save_article(item, said, digest=content_hash(item.text), pipeline_version="t", language="en")
    client = TestClient(create_app(db))

    def heights(page: str) -> tuple[list[float], list[float]]:
        svg = page[page.index("<svg class=\"stance-timeline\""):]
        dates = [float(y) for y in re.findall(r'<text x="[\d.]+" y="([\d.]+)"[^>]*>\d{4}-\d\d-\d\d</text>', svg)]
        bands = [float(y) for y in re.findall(r'<text x="4" y="([\d.]+)"[^>]*font-weight="bold"', svg)]
        return dates, bands

    dates, bands = heights(client.get("/positions/timeline", params={"issue": "bridge-reopening"}).text)
    assert len(bands) == 5 and min(dates) < min(bands) and max(dates) > max(bands)  # above and below
    dates, bands = heights(client.get("/positions/timeline", params={"issue": "bridge-reopening",
                                                                     "actor": "Ilse Marwood"}).text)
    assert len(bands) == 1 and min(dates) > max(bands)  # one band: the dates under it are in view


def test_a_transcript_turns_cue_is_named_not_shown_as_a_bare_colon(tmp_path_factory: pytest.TempPathFactory,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """Every answer of a briefing showed its cue as “:” (the colon after "MS. JEAN-PIERRE"), on the actor page,
    in the reader's details and in `onrecord show`."""
    from onrecord.cli import main
    from onrecord.ingest import TextInput
    from onrecord.model import Actor, Article, Cue, Mention, Span, Statement

    text = "MS. MARWOOD: The bridge will reopen in spring, and the ferry will run until then.\n"
    colon = text.index(":")
    actor = Actor(id="a1", name="Ilse Marwood", type="person", mentions=[Mention(0, colon)])
    said = Span(colon + 2, len(text) - 1, text[colon + 2:-1])
    turn = Statement(kind="direct", content=said, cue=Cue(colon, colon + 1, ":", ":"),
                     speaker=Span(0, colon, "MS. MARWOOD"), actor=actor, resolution="named")
    db = tmp_path_factory.mktemp("turn") / "turn.db"
    with Store(db) as store:
        item = TextInput(id="briefing", source="briefing.txt", text=text, published="2025-05-02")
        store.save_article(item, Article(id="briefing", text=text, statements=[turn], actors=[actor]),
                           digest=content_hash(text), pipeline_version="t", language="en")
    client = TestClient(create_app(db))
    assert "(direct, a transcript turn)" in client.get("/actors/ilse-marwood").text
    assert '"cue": "the colon after the speaker\'s label (a transcript turn)"' in client.get("/articles/briefing").text
    assert main(["show", "briefing", "--db", str(db)]) == 0
    assert "· direct · cue: the label's colon (a transcript turn)" in capsys.readouterr().out


def test_the_home_page_says_how_many_actors_are_quoted(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Home said "1,274 actors" and the Actors page it links to "163 actors": those quoted at least once."""
    from onrecord.model import Actor, Mention

    db = tmp_path_factory.mktemp("home") / "home.db"
    with Store(db) as store:
        item, said = _said("bridge", "Ilse Marwood")
        named = Actor(id="a2", name="Konrad Strand", type="person", mentions=[Mention(0, 4)])  # named, never quoted
        store.save_article(item, replace(said, actors=[*said.actors, named]), digest=content_hash(item.text),
                           pipeline_version="t", language="en")
    client = TestClient(create_app(db))
    home = client.get("/").text
    assert '<a href="/actors?all=true">2 actors</a> (<a href="/actors">1 quoted</a>)' in home
    assert "1 actor, most quoted first" in client.get("/actors").text
    assert "2 actors, most quoted first" in client.get("/actors", params={"all": "true"}).text
