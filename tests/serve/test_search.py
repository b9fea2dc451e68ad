"""Search: phrases and exclusions, relevance order, facets, and undated results without stray commas."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.serve.app import create_app
from tests.serve.conftest import store_of

ARTICLES = [
    {"id": "street", "title": "Markets", "outlet": "Ledger", "published": "2025-03-04",
     "text": "“Wall Street will recover,” the banker Maria Lopez said on Tuesday."},
    {"id": "border", "title": "Border", "outlet": "Courier", "published": "2025-04-10",
     "text": "“We will finish the border wall,” Senator John Harlow said. "
             "“A wall on the street is not a border wall,” Harlow said later."},
    {"id": "undated", "title": "Undated",
     "text": "“The border wall, the border wall again, is a waste of money,” Senator Ruth Adler said."},
]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    return TestClient(create_app(store_of(tmp_path_factory.mktemp("search"), ARTICLES)))


def contents(client: TestClient, query: str) -> list[str]:
    response = client.get(f"/api/statements?{query}")
    assert response.status_code == 200, response.text
    return [s["content"]["text"] for s in response.json()["items"]]


def test_a_quoted_phrase_matches_its_words_together_and_a_minus_leaves_a_word_out(client: TestClient) -> None:
    assert len(contents(client, "q=wall")) == 4
    phrase = contents(client, 'q="border wall"')
    assert len(phrase) == 3 and not any("Wall Street" in c for c in phrase)
    assert [c for c in contents(client, 'q="wall street"') if "Wall Street" in c] == contents(client, 'q="wall street"')
    assert not any("Street" in c or "street" in c for c in contents(client, "q=wall+-street"))
    assert client.get("/api/statements?q=-wall").status_code == 400


def test_relevance_puts_the_best_match_first(client: TestClient) -> None:
    by_date = contents(client, "q=border+wall")
    best = contents(client, "q=border+wall&sort=relevance")
    assert sorted(best) == sorted(by_date)
    assert "waste" in by_date[-1] and "waste" in best[0]  # undated, so last by date; says "border wall" twice
    assert client.get("/api/statements?q=x&sort=loudest").status_code == 422


def test_facets_count_what_the_search_finds(client: TestClient) -> None:
    body = client.get("/api/statements?q=wall&facets=1").json()
    facets = body["facets"]
    assert sum(v["count"] for v in facets["hedged"]) == body["total"] == 4
    assert {v["value"]: v["count"] for v in facets["outlet"]} == {"Courier": 2, "Ledger": 1}
    assert {v["value"]: v["count"] for v in facets["month"]} == {"2025-03": 1, "2025-04": 2}  # undated left out
    assert "facets" not in client.get("/api/statements?q=wall").json()


def test_the_search_page_shows_facets_that_narrow_it(client: TestClient) -> None:
    page = client.get("/search?q=wall").text
    assert 'class="facets"' in page and "since=2025-04-01&amp;until=2025-04-30" in page
    narrowed = client.get("/search?q=wall&since=2025-04-01&until=2025-04-30").text
    assert "2 statements" in narrowed


def test_an_undated_result_has_no_stray_comma(client: TestClient) -> None:
    page = client.get("/search?q=waste").text
    squeezed = "".join(page.split())
    assert "Undated</a></span>" in squeezed and "Undated</a>," not in squeezed
    assert "Border</a>,Courier2025-04-10</span>" in "".join(client.get("/search?q=finish").text.split())


def test_the_search_page_skips_facets_over_too_many_matches(client: TestClient) -> None:
    from onrecord.settings import Settings

    capped = TestClient(create_app(Path(client.app.state.db), Settings(serve_facet_max_matches=3)))  # type: ignore[attr-defined]
    page = capped.get("/search?q=wall").text  # 4 matches
    assert 'class="facets"' not in page and "narrow the search to see counts" in page
    assert 'class="facets"' in capped.get("/search?q=finish").text


def test_the_api_skips_facets_over_too_many_matches_and_says_so(client: TestClient) -> None:
    """/api/statements?facets=1 grouped every match (2 s for the most quoted actor at 100,000 articles); past
    serve_facet_max_matches it counts up to the cap and says facets_skipped, as the search page does."""
    from onrecord.settings import Settings

    capped = TestClient(create_app(Path(client.app.state.db), Settings(serve_facet_max_matches=3)))  # type: ignore[attr-defined]
    over = capped.get("/api/statements?q=wall&facets=1").json()  # 4 matches
    assert over["facets"] is None and over["facets_skipped"] is True
    assert over["total"] == 3 and over["total_is_lower_bound"] is True and len(over["items"]) == 4
    everything = capped.get("/api/statements?facets=1").json()  # no search: an exact total, over the cap
    assert everything["facets_skipped"] is True and everything["total"] > 3
    assert everything["total_is_lower_bound"] is False
    under = capped.get("/api/statements?q=finish&facets=1").json()
    assert under["facets_skipped"] is False and under["facets"]["actor"] and under["total"] == 1


def test_a_search_counts_up_to_the_cap_and_says_more(client: TestClient) -> None:
    from onrecord.settings import Settings

    capped = TestClient(create_app(Path(client.app.state.db), Settings(serve_search_count_max=3)))  # type: ignore[attr-defined]
    body = capped.get("/api/statements?q=wall").json()
    assert body["total"] == 3 and body["total_is_lower_bound"] is True  # 4 match: "more than 3"
    assert len(body["items"]) == 4  # the rows are not capped, only the count
    exact = capped.get("/api/statements?q=wall&facets=1").json()  # facets count every match: an exact total
    assert exact["total"] == 4 and exact["total_is_lower_bound"] is False
    under = capped.get("/api/statements?q=finish").json()
    assert under["total"] == 1 and under["total_is_lower_bound"] is False
    page = capped.get("/search?q=wall").text
    assert "3+ statements" in page and 'class="facets"' not in page and "narrow the search to see counts" in page
    assert "1 statement ·" in capped.get("/search?q=finish").text


def test_search_pages_follow_the_capped_count(long_db: Path) -> None:
    from onrecord.settings import Settings

    capped = TestClient(create_app(long_db, Settings(serve_search_count_max=60)))
    first = capped.get("/search?q=region").text  # 150 statements match
    assert "60+ statements" in first and "page 1 of 2+" in first and "q=region&amp;page=2" in first
    second = capped.get("/search?q=region&page=2").text
    assert "page 2 of 2+" in second and "q=region&amp;page=1" in second
    assert second.count('class="said"') == 50  # the rows of a page past the count are still shown
    # Past the count the pages go on while rows follow (page 2 of "2+" was a dead end: 90 matches unreachable).
    assert "q=region&amp;page=3" in second
    third = capped.get("/search?q=region&page=3").text
    assert "page 3 of 3+" in third and 0 < third.count('class="said"') < 50 and "page=4" not in third  # the last
    beyond = capped.get("/search?q=region&page=5").text
    assert "No statements on page 5: the search found more than 60 statements." in beyond
    assert "q=region&amp;page=4" in beyond  # the way back


@pytest.mark.parametrize("newest_first", [False, True])
@pytest.mark.parametrize("relevance", [False, True])
def test_a_page_of_a_search_is_the_slice_of_every_match(client: TestClient, long_db: Path, newest_first: bool,
                                                         relevance: bool) -> None:
    """Pages read by walking the date index or by sorting only the keys give the rows a full sort gives."""
    from onrecord.store import Store
    from onrecord.store import queries as q

    cases = [(Path(client.app.state.db), w) for w in ("wall", "border", '"border wall" -waste')]  # type: ignore[attr-defined]
    cases += [(long_db, w) for w in ("region", "region -not", '"will not work"')]
    for db, words in cases:
        with Store(db, readonly=True) as store:
            every = q.StatementFilter(search=words, newest_first=newest_first, relevance=relevance)
            ids = [s["id"] for s in q.statements(store, every)]
            for act in (None, "assert"):
                wanted = [s["id"] for s in q.statements(store, replace(every, act=act))]
                for limit, offset in ((1, 0), (1, 2), (2, 1), (10, 0), (10, 25), (50, 0), (3, 200)):
                    page = q.statements(store, replace(every, act=act, limit=limit, offset=offset))
                    assert [s["id"] for s in page] == wanted[offset:offset + limit], (words, act, limit, offset)
            assert ids, words


def test_matches_tied_on_rank_come_newest_id_first(long_db: Path) -> None:
    """The tie-break is the statement's id (the full-text index's rowid), newest first, paged or not,
    so a page by relevance needs no join of every tied match to its article."""
    from onrecord.store import Store
    from onrecord.store import queries as q

    with Store(long_db, readonly=True) as store:
        every = q.StatementFilter(search="region", relevance=True)
        ranked = [(s["id"], store.conn.execute("SELECT rank FROM statements_fts WHERE statements_fts MATCH ? "
                                               "AND rowid = ?", ("region", s["id"])).fetchone()[0])
                  for s in q.statements(store, every)]
        assert ranked == sorted(ranked, key=lambda p: (p[1], -p[0]))
        assert len({r for _, r in ranked}) < len(ranked)  # some tie
        for f in (replace(every, limit=5, offset=3), replace(every, limit=5, offset=3, act="assert")):
            full = [s["id"] for s in q.statements(store, replace(f, limit=None, offset=0))]
            assert [s["id"] for s in q.statements(store, f)] == full[3:8]


def test_a_common_word_walks_the_date_index_and_a_rare_one_sorts(long_db: Path) -> None:
    from onrecord.store import Store
    from onrecord.store import queries as q

    with Store(long_db, readonly=True) as store:
        assert q._search_walk(store, q.StatementFilter(search="region", limit=10))  # 150 of about 150 statements
        assert not q._search_walk(store, q.StatementFilter(search='"plan number 7 will"', limit=10))
        assert not q._search_walk(store, q.StatementFilter(search="region", limit=10, relevance=True))


def test_outlets_are_listed_once_each_without_case_in_the_order(client: TestClient) -> None:
    from onrecord.store import Store
    from onrecord.store import queries as q

    with Store(Path(client.app.state.db), readonly=True) as store:  # type: ignore[attr-defined]
        assert q.outlets(store) == ["Courier", "Ledger"]  # the undated article has none
    page = client.get("/search?q=wall").text
    assert page.index("<option >Courier") < page.index("<option >Ledger")


def test_or_and_not_typed_in_capitals_are_read_as_a_user_means_them(client: TestClient) -> None:
    """`recover OR waste` found nothing (it wanted the word "or" too); `AND` and `NOT` wanted "and", "not"."""
    either = contents(client, "q=recover+OR+waste")
    assert len(either) == 2 and any("recover" in c for c in either) and any("waste" in c for c in either)
    assert contents(client, "q=recover+or+waste") == []  # lower case: words, as before
    assert sorted(contents(client, "q=border+AND+wall")) == sorted(contents(client, "q=border+wall"))
    assert contents(client, "q=wall+NOT+street") == contents(client, "q=wall+-street")
    grouped = contents(client, "q=recover+OR+finish+border")  # (recover or finish) and border
    assert len(grouped) == 1 and "finish" in grouped[0]
    page = client.get("/search", params={"q": "recover OR waste"}).text
    assert '<mark class="hit">recover</mark>' in page and '<mark class="hit">waste</mark>' in page
    assert client.get("/api/statements?q=OR").status_code == 200  # alone, a word
    assert client.get("/api/statements?q=NOT+wall").status_code == 400  # only a word left out
