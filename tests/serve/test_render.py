"""render.py on its own: anchors, the legend, bidi controls made visible, offsets kept."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from onrecord.serve import render
from onrecord.serve.app import create_app
from tests.serve.conftest import LONG_WORD

MARKER = re.compile(r'<span class="bidi" title="[^"]*">&lt;U\+([0-9A-F]{4})&gt;</span>')


def statement(start: int, end: int, text: str, speaker: str, **extra: Any) -> dict[str, Any]:
    return {"content": {"start": start, "end": end, "text": text[start:end]}, "cue": None, "speaker": None,
            "actor": {"id": speaker.lower(), "name": speaker, "type": "person"}, "act": "assert",
            "hedged": False, "kind": "direct", **extra}


def plain(fragment: str) -> str:
    """The article characters a piece of reader HTML stands for: markers back to their bidi control."""
    fragment = MARKER.sub(lambda m: f"&#x{m.group(1)};", fragment)
    fragment = re.sub(r'<sup class="badge[^>]*>\d+</sup>', "", fragment)
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def test_bidi_controls_are_shown_not_applied_and_offsets_still_line_up() -> None:
    controls = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
    text = f"Intro \u202e. “Pay \u202eevil\u202c now,” Ann said. “{controls} ok,” Bo said."
    first, second = text.index("Pay"), text.index(controls)
    statements = [statement(first, text.index(",”"), text, "Ann", key="aaaa"),
                  statement(second, second + len(controls) + 3, text, "Bo", key="bbbb")]
    out = render.highlight(text, statements, render.speakers(statements))
    assert not set(controls) & set(out)  # none is left for the browser to apply
    assert out.count('class="bidi"') == 3 + len(controls)
    assert "&lt;U+202E&gt;" in out and 'title="right-to-left override"' in out
    assert plain(out) == text  # every character once, in order
    for n, s in enumerate(statements):
        pieces = re.findall(rf'<mark [^>]*data-statement="{n}"[^>]*>(.*?)</mark>', out)
        assert plain("".join(pieces)) == s["content"]["text"]


def test_every_statement_gets_one_anchor_from_its_key_or_its_row_id() -> None:
    text = "“One,” Ann said. “Two,” Bo said. “Three,” Cy said. “Four,” Di said."
    spans = [m.span(1) for m in re.finditer(r"“(\w+),”", text)]
    statements = [statement(*spans[0], text, "Ann", key="0123abcd", id=7),
                  statement(*spans[1], text, "Bo", key=None, id=8),  # a store from before keys
                  statement(*spans[2], text, "Cy"),  # "Try it": neither
                  statement(*spans[3], text, "Di", key='x"><script>', id=9)]  # never trusted into an attribute
    out = render.highlight(text, statements, render.speakers(statements))
    assert re.findall(r' id="([^"]+)"', out) == ["s-0123abcd", "s-id-8", "s-n-2", "s-id-9"]


def test_the_legend_names_each_speaker_once_numbered_in_order(client: TestClient) -> None:
    page = client.get("/articles/peace-talks").text
    legend = page[page.index('<ol class="legend-list">'):page.index("</ol>")]
    entries = re.findall(r'data-speaker="(\d+)"[^>]*><sup[^>]*>(\d+)</sup><span class="sr">[^<]*</span>([^<]+)'
                         r"</button>", legend)
    assert [int(n) for n, _, _ in entries] == list(range(1, len(entries) + 1))
    assert all(a == b for a, b, _ in entries)
    names = [name.strip() for _, _, name in entries]
    assert "Donald Trump" in names and "Sergei Lavrov" in names and len(set(names)) == len(names)
    assert "</sup>text</span>" not in page  # the old swatches said "text"


def test_long_article_anchors_numbers_and_wrapping(long_db: Path) -> None:
    client = TestClient(create_app(long_db))
    data = client.get("/api/articles/long-read").json()
    page = client.get("/articles/long-read").text
    keys = [s["key"] for s in data["statements"]]
    assert len(keys) >= 140 and all(keys)
    assert re.findall(r'<mark [^>]*\bid="s-([^"]+)"', page) == keys  # one anchor each, in text order
    numbers = set(re.findall(r'<mark [^>]*data-speaker="(\d+)"', page))
    assert numbers == {str(n) for n in range(1, 41)}  # 40 speakers, 40 numbers, though only 8 colours
    assert "\u202e" not in page and "&lt;U+202E&gt;" in page
    assert LONG_WORD in page
    assert "overflow-wrap: anywhere" in client.get("/static/app.css").text


def test_search_actor_pages_and_csv_link_to_the_statement(client: TestClient) -> None:
    data = client.get("/api/statements", params={"actor": "sergei-lavrov"}).json()["items"]
    links = {f"/articles/peace-talks#s-{s['key']}" for s in data}
    assert links and all(s["key"] for s in data)
    search = html.unescape(client.get("/search", params={"actor": "sergei-lavrov"}).text)
    actor = html.unescape(client.get("/actors/sergei-lavrov").text)
    for link in links:
        assert f'href="{link}"' in search and f'href="{link}"' in actor
    csv = client.get("/api/statements.csv", params={"actor": "sergei-lavrov"}).text.splitlines()
    assert csv[0].endswith(",link")
    assert {row.rsplit(",", 1)[1] for row in csv[1:]} == {f"http://testserver{link}" for link in links}


def test_bidi_controls_are_visible_in_search_results_too(long_db: Path) -> None:
    client = TestClient(create_app(long_db))
    page = client.get("/search", params={"q": "evil"}).text
    assert "\u202e" not in page and '&lt;U+202E&gt;</span><mark class="hit">evil</mark>' in page


def test_event_mentions_are_marked_inside_and_outside_statements_every_character_once() -> None:
    text = "Trump said the summit went well. The call with Putin is next."
    statements = [statement(11, 31, text, "Trump")]
    events = [{"start": 15, "end": 21, "type": "summit", "status": "happened", "event": 0, "date": "2025-08-15"},
              {"start": 37, "end": 52, "type": "call", "status": "planned", "event": 1,
               "date_range": ["2025-08-18", "2025-08-25"]}]
    body = str(render.highlight(text, statements, render.speakers(statements), events))
    assert plain(body) == text
    marks = re.findall(r'<span class="event-mention"( id="ev-\d+")?[^>]*title="([^"]+)">([^<]+)</span>', body)
    assert [(m[0], m[2]) for m in marks] == [(' id="ev-15"', "summit"), (' id="ev-37"', "call with Putin")]
    assert marks[1][1] == "event: call, planned, 2025-08-18–2025-08-25"
    assert re.search(r'<mark class="stmt[^>]*>[^<]*<span class="event-mention"', body)  # inside the statement


def test_a_long_legend_shows_the_main_speakers_and_folds_the_rest_and_groups_the_unresolved() -> None:
    # Issue 12: a briefing's legend had 50 entries; "I (unresolved)" alone held 117 statements of many people.
    text = "x" * 400
    said = [statement(n, n + 1, text, f"Speaker {n % 25}") for n in range(25)]
    said += [statement(100 + n, 101 + n, text, "Speaker 24") for n in range(5)]  # the last to speak, the most
    for n, pronoun in enumerate(("I", "we", "I")):
        said.append(dict(statement(200 + n, 201 + n, text, "x"), actor=None,
                         speaker={"start": 0, "end": 1, "text": pronoun}))
    legend = render.speakers(said)
    assert len(legend) == 26 and legend[render.UNRESOLVED].statements == 3  # one entry, not "I" and "we"
    shown, folded = render.legend_parts(legend, shown=20)
    assert len(shown) == 20 and len(folded) == 6
    assert "actor:speaker 24" in {w.key for w in shown} and render.UNRESOLVED in {w.key for w in shown}
    assert [w.number for w in shown] == sorted(w.number for w in shown)  # in the order they first speak


def test_the_reader_folds_the_legend_below_its_main_speakers(long_db: Path) -> None:
    page = TestClient(create_app(long_db)).get("/articles/long-read").text
    main = page[page.index('<ol class="legend-list">'):page.index("</ol>")]
    assert main.count("data-speaker=") == render.LEGEND_SHOWN
    assert '<details class="legend-more"><summary>20 more, with fewer statements</summary>' in page
    assert "Speakers (40)" in page
