"""What a media researcher's corpus of 80 PolNeAR train texts showed in the web app (newcomer 19)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.serve.app import create_app
from tests.serve.conftest import store_of

ANN = {"id": "a", "published": "2025-01-02",
       "text": "“The budget will pass,” Senator Ann Harlow said on Monday. “We have the votes,” Harlow added."}
BOB = {"id": "b", "published": "2025-01-03",
       "text": "“The bridge is safe,” Mayor Bob Harlow said on Tuesday. “Nobody should worry,” Bob Harlow added."}
BARE = {"id": "c", "published": "2025-01-04",
        "text": "Crowds cheered as Harlow visited the town on Wednesday. “The road is closed,” the sheriff, Tom Reyes, "
                "said."}


def _counts(client: TestClient) -> dict[str, int]:
    found = (client.get(f"/api/actors/{key}") for key in ("harlow", "ann-harlow", "bob-harlow"))
    return {a["id"]: a["statements"] for a in (r.json() for r in found if r.status_code == 200)}


def test_an_actor_page_whose_id_other_actors_could_mean_is_that_actors_page(tmp_path: Path) -> None:
    """/actors/obama, a bare "Obama" with no statement of its own (listed by /actors?all=true), answered 500: the
    page looked its id up as a typed name, which Barack and Michelle Obama could both mean. 18 of the corpus's
    1,381 actor pages did so, and 10 more listed another actor's statements under their heading (/actors/florida
    those of "Florida Latino voters", /actors/sanders Bernie Sanders's)."""
    client = TestClient(create_app(store_of(tmp_path, [ANN, BOB, BARE])), raise_server_exceptions=False)
    counts = _counts(client)
    assert counts.get("harlow") == 0 and counts.get("ann-harlow") == 2 and counts.get("bob-harlow") == 2, counts
    page = client.get("/actors/harlow")
    assert page.status_code == 200, page.text[:300]
    assert "<h1>Harlow" in page.text
    assert "The budget will pass" not in page.text and "The bridge is safe" not in page.text  # nobody else's
    assert "The budget will pass" in client.get("/actors/ann-harlow").text
    # a name typed in a filter still says what it could mean
    typed = client.get("/api/statements", params={"actor": "Harlow"})
    assert typed.status_code == 400 and "could be several actors" in typed.json()["detail"]


def test_an_actors_search_and_csv_links_ask_for_that_actor_by_id(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The actor page's "search them all" and "download CSV" links passed the id as a typed name: for an id other
    actors could mean ("harlow", a bare "Harlow" beside Ann and Bob Harlow) the CSV answered 400 "give the full
    name or the id" though the id was given. ``actor_id`` asks for exactly that actor."""
    monkeypatch.setattr("onrecord.serve.pages.ACTOR_PAGE_STATEMENTS", 1)  # the page shows 1 of 2: the links
    client = TestClient(create_app(store_of(tmp_path, [ANN, BOB, BARE])), raise_server_exceptions=False)
    assert 'href="/api/statements.csv?actor_id=ann-harlow"' in client.get("/actors/ann-harlow").text
    typed = client.get("/api/statements.csv", params={"actor": "harlow"})
    assert typed.status_code == 400 and "could be several actors" in typed.text
    by_id = client.get("/api/statements.csv", params={"actor_id": "harlow"})
    assert by_id.status_code == 200 and len(by_id.text.strip().splitlines()) == 1  # the header: Harlow said nothing
    ann = client.get("/api/statements.csv", params={"actor_id": "ann-harlow"})
    assert ann.status_code == 200 and "The budget will pass" in ann.text and "The bridge is safe" not in ann.text
    assert client.get("/api/statements", params={"actor_id": "no-such-actor"}).status_code == 400
    # the search page keeps the id through its form, and a refused name offers each actor by id
    page = client.get("/search", params={"actor_id": "bob-harlow"})
    assert page.status_code == 200 and "The bridge is safe" in page.text and "The budget will pass" not in page.text
    assert 'name="actor_id" value="bob-harlow"' in page.text
    refused = client.get("/search", params={"actor": "Harlow"})
    assert "actor_id=ann-harlow" in refused.text
