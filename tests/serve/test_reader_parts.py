"""A long article is read a part at a time (Settings.serve_reader_part_chars): a 20 MB article with 77,000
statements took over 10 s to read and render whole (then 503 at the query budget)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from fastapi.testclient import TestClient

from onrecord.serve.app import create_app
from onrecord.serve.render import text_parts
from onrecord.settings import Settings

STATEMENT = re.compile(r'data-s="(\d+)"')


def test_text_parts_cover_the_text_once_and_end_after_line_breaks() -> None:
    text = ("A line of about forty characters here.\n" * 30) + "x" * 500
    parts = text_parts(text, 200)
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(parts))
    assert all(end - start <= 200 for start, end in parts)
    lines = text.rindex("\n") + 1
    assert all(text[end - 1] == "\n" for _, end in parts if end < lines)  # after a line break while there are some
    assert text_parts("short", 200) == [(0, 5)]


def test_a_long_article_is_shown_a_part_at_a_time_with_every_statement_in_one_part(long_db: Path) -> None:
    client = TestClient(create_app(long_db, Settings(serve_workers=1, serve_reader_part_chars=3_000)))
    whole = client.get("/api/articles/long-read", params={"text": "true"}).json()  # long here: text when asked
    assert len(whole["text"]) > 9_000
    pages, part = [], 1
    while part <= 50:  # without parts, ?part= would be ignored and every part the whole article
        response = client.get("/articles/long-read", params={"part": part})
        if response.status_code == 404:
            break
        assert response.status_code == 200
        pages.append(response.text)
        part += 1
    assert len(pages) >= 3
    counts = [int(re.search(r'id="statement-count">(\d+)<', page).group(1)) for page in pages]  # type: ignore[union-attr]
    assert sum(counts) == len(whole["statements"])
    assert all(count < len(whole["statements"]) for count in counts)
    assert "next part" in pages[0] and "previous part" in pages[-1] and "next part" not in pages[-1]
    assert len(pages[1]) < len(client.get("/articles/long-read").text) * 2  # each part about its own size


def test_an_article_under_the_part_size_is_shown_whole_as_before(long_db: Path) -> None:
    client = TestClient(create_app(long_db, Settings(serve_workers=1)))
    page = client.get("/articles/long-read").text
    assert "next part" not in page
    count = int(re.search(r'id="statement-count">(\d+)<', page).group(1))  # type: ignore[union-attr]
    assert count == len(client.get("/api/articles/long-read").json()["statements"])
    assert client.get("/articles/long-read", params={"part": 2}).status_code == 404


def test_a_link_to_a_statement_opens_the_part_that_holds_it(long_db: Path) -> None:
    """Search results, actor pages and the CSV link to /articles/ID#s-KEY; the fragment never reaches the
    server, so the reader's script asks again with ?find=s-KEY and the server picks the part."""
    client = TestClient(create_app(long_db, Settings(serve_workers=1, serve_reader_part_chars=3_000)))
    last = client.get("/api/articles/long-read").json()["statements"][-1]
    assert last["content"]["start"] > 6_000  # past the first two parts
    page = client.get("/articles/long-read", params={"find": f"s-{last['key']}"}).text
    assert f'id="s-{last["key"]}"' in page
    assert "part 1." not in page and "next part" not in page  # the last part, not the first
    first = client.get("/articles/long-read", params={"find": "s-nosuchkey"}).text
    assert "part 1." in first  # an anchor naming nothing here: the first part, as a plain link
    event = client.get("/articles/long-read", params={"find": f"ev-{last['content']['start']}"}).text
    assert f'id="s-{last["key"]}"' in event
    by_row = client.get("/articles/long-read", params={"find": f"s-id-{last['id']}"}).text  # a store before keys
    assert f'id="s-{last["key"]}"' in by_row
    assert "part 1." in client.get("/articles/long-read", params={"find": "s-id-99999999999999999999999"}).text


def test_search_and_actor_links_to_a_statement_past_the_first_part_open_its_part_without_the_script(
        long_db: Path) -> None:
    """A result deep in a long article links with ?find=: the plain #s-KEY link loaded the first part (1 MB for a
    250,000-character transcript) before the script asked for the right one, and without JavaScript it stayed
    there. A statement the first part always holds keeps the plain link (the floor of text_parts)."""
    size = 3_000
    client = TestClient(create_app(long_db, Settings(serve_workers=1, serve_reader_part_chars=size)))
    starts = {s["key"]: s["content"]["start"] for s in client.get("/api/articles/long-read").json()["statements"]}
    page = client.get("/search", params={"q": "region", "sort": "relevance"}).text
    actor = client.get("/api/statements", params={"q": "region", "limit": 1}).json()["items"][0]["actor"]["id"]
    links = re.findall(r'<a class="said" href="([^"]+)"', page + client.get(f"/actors/{actor}").text)
    assert len(links) > 20
    deep = plain = 0
    for link in links:
        key = link.rsplit("#s-", 1)[1]
        if starts[key] < size * 4 // 5:
            assert link == f"/articles/long-read#s-{key}"
            plain += 1
            opened = client.get(link.partition("#")[0]).text
        else:
            assert link == f"/articles/long-read?find=s-{key}#s-{key}"
            deep += 1
            opened = client.get(link.partition("#")[0].replace("&amp;", "&")).text
        assert f'id="s-{key}"' in opened  # the part served holds the statement, no script needed
    assert deep and plain


def test_reader_link_adds_find_only_where_the_first_part_may_not_hold_the_place() -> None:
    from onrecord.serve.render import part_floor, reader_link

    text = ("A line of about forty characters here.\n" * 300)
    for size in (200, 1_000, 3_000):
        assert text_parts(text, size)[0][1] >= part_floor(size)  # the floor holds for the cut text_parts makes
    assert reader_link("/articles/a#ev-100", "ev-100", 100, 1_000) == "/articles/a#ev-100"
    assert reader_link("/articles/a#ev-800", "ev-800", 800, 1_000) == "/articles/a?find=ev-800#ev-800"
    assert reader_link("/articles/a%23b#s-k", "s-k", 5_000, 1_000) == "/articles/a%23b?find=s-k#s-k"
