"""Pages: what a reader sees, escaped, offline, with clear errors."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient


def test_home_lists_articles_actors_and_a_search_box(client: TestClient) -> None:
    page = client.get("/").text
    assert 'href="/articles/peace-talks"' in page and 'href="/actors/donald-trump"' in page
    assert 'name="q"' in page


def test_reader_highlights_every_statement_once_with_a_legend(client: TestClient) -> None:
    page = client.get("/articles/peace-talks").text
    ids = set(re.findall(r'<mark class="stmt[^"]*"[^>]* data-statement="(\d+)"', page))
    assert len(ids) == 14
    assert page.count('class="badge') >= 14 + 2  # a badge per statement, and per legend entry
    assert "Donald Trump" in page and "Sergei Lavrov" in page
    assert '<b class="cue">refused to rule out</b>' in page


def test_everything_from_an_article_is_escaped(client: TestClient) -> None:
    for url in ("/articles/hostile", "/", "/search?q=minister", "/actors/donald-trump"):
        page = client.get(url).text
        assert "<script>alert" not in page and "<img src=x" not in page and "<svg onload" not in page
        assert "<b>never</b>" not in page
    reader = client.get("/articles/hostile").text
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in reader
    assert 'href="javascript:' not in reader  # shown as text, never as a link
    data = re.search(r'<script type="application/json" id="statements-data">(.*?)</script>', reader, re.S)
    assert data and "<" not in data.group(1)  # the embedded JSON cannot close its own script tag


def test_pages_send_a_strict_content_security_policy(client: TestClient) -> None:
    headers = client.get("/articles/peace-talks").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_every_asset_is_served_by_the_app(client: TestClient) -> None:
    for url in ("/", "/articles/peace-talks", "/actors/donald-trump", "/search?q=peace", "/try"):
        page = client.get(url).text
        assets = (re.findall(r'<(?:script|img)[^>]*\ssrc="([^"]+)"', page)
                  + re.findall(r'<link[^>]*\shref="([^"]+)"', page))
        assert assets, url
        for ref in assets:
            assert not ref.startswith(("http://", "https://", "//")), (url, ref)
            if ref.startswith("/static/"):
                assert client.get(ref).status_code == 200, ref


def test_actor_page_groups_statements_and_filters_by_act(client: TestClient) -> None:
    page = client.get("/actors/donald-trump").text
    assert "<svg" in page and "President of the United States" in page
    assert page.count('class="act"') == 13
    only = client.get("/actors/donald-trump", params={"act": "refuse_to_commit"}).text
    assert 0 < only.count('class="act"') < 13
    bad = client.get("/actors/donald-trump", params={"act": "shout"})
    assert bad.status_code == 400 and "<title>Cannot show this" in bad.text  # was "Not found" (fuzz audit)
    missing = client.get("/actors/nobody")
    assert missing.status_code == 404 and "<title>Not found" in missing.text


def test_search_with_filters_and_csv_link(client: TestClient) -> None:
    page = client.get("/search", params={"q": "Ukraine", "actor": "Trump"}).text
    assert "download CSV" in page and "/api/statements.csv?q=Ukraine&amp;actor=Trump" in page
    assert client.get("/search", params={"act": "shout"}).status_code == 400
    assert client.get("/search", params={"since": "not-a-date"}).status_code == 422


def test_try_it_analyses_a_pasted_text_without_storing(client: TestClient) -> None:
    page = client.post("/try", data={"text": "“We will win,” the coach said.\n\nHe added that it would be hard."})
    assert page.status_code == 200 and "Analysed now, not stored" in page.text
    assert len(set(re.findall(r'data-statement="(\d+)"', page.text))) == 2
    assert client.post("/try", data={"text": "   "}).status_code == 400
    assert client.post("/try", data={"text": "a" * 200_001}).status_code == 413


def test_the_reader_shows_a_run_on_quotation_as_two_statements_the_second_linking_the_first(
        client: TestClient) -> None:
    import json

    page = client.post("/try", data={"text": "“The bridge will reopen,” said Mayor Ruth Okafor. “The inspectors "
                                             "signed off this morning.”"}).text
    data = re.search(r'<script type="application/json" id="statements-data">(.*?)</script>', page, re.S)
    assert data is not None
    first, second = json.loads(data.group(1))
    assert first["continues"] is None and second["continues"] == first["anchor"]
    assert first["speaker_number"] == second["speaker_number"] and first["cue"] == second["cue"] == "said"
    assert len(set(re.findall(r'data-statement="(\d+)"', page))) == 2
    assert '<b class="cue">said</b>' in page and 'id="d-continues"' in page


def test_articles_list_with_outlet_filter(client: TestClient) -> None:
    page = client.get("/articles").text
    assert "2 articles" in page and 'href="/articles/peace-talks"' in page
    only = client.get("/articles", params={"outlet": "Example Wire"}).text  # the hostile row names its own
    assert "1 article," in only and 'href="/articles/hostile"' not in only
    assert "0 articles" in client.get("/articles", params={"outlet": "Nowhere"}).text
    assert client.get("/articles", params={"page": 0}).status_code == 422


def test_a_busy_actor_page_shows_the_newest_and_links_to_the_rest(client: TestClient,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from onrecord.serve import pages as app_module

    monkeypatch.setattr(app_module, "ACTOR_PAGE_STATEMENTS", 5)
    page = client.get("/actors/donald-trump").text
    assert page.count('class="act"') == 5
    assert "The 5 most recent of 13 statements" in page and "/api/statements.csv?actor_id=donald-trump" in page


def test_an_actors_index_lists_and_searches_actors_with_counts_linked_from_every_page(client: TestClient) -> None:
    """/actors was a 404: the actor pages could only be reached from an article or the home page's top 12."""
    page = client.get("/actors")
    assert page.status_code == 200
    assert 'href="/actors/donald-trump"' in page.text and 'href="/actors/sergei-lavrov"' in page.text
    row = re.search(r'href="/actors/donald-trump">Donald Trump</a></td><td>person</td>\s*<td>(\d+)</td>', page.text)
    assert row and int(row.group(1)) > 0
    found = client.get("/actors", params={"q": "lavrov"}).text
    assert 'href="/actors/sergei-lavrov"' in found and 'href="/actors/donald-trump"' not in found
    assert "No actor called “nobody-at-all”" in client.get("/actors", params={"q": "nobody-at-all"}).text
    for url in ("/", "/articles", "/actors/donald-trump", "/search"):
        assert '<a href="/actors">Actors</a>' in client.get(url).text


def test_counts_read_as_english_one_statement_many_statements(client: TestClient) -> None:
    one = client.get("/search", params={"q": '"first line of defense"'}).text
    assert "1 statement ·" in one and "1 statements" not in one
    many = client.get("/search", params={"q": "Trump"}).text
    assert re.search(r"\d+ statements ·", many)
