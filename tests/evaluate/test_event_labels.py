"""The event set under eval/events is sound: known types and statuses, ISO dates, and offsets that index the texts.

Gold files (eval/events/gold/{tune,heldout}) and second-pass files (eval/events/second-pass) follow
docs/ANNOTATION.md §3.4. PolNeAR texts are read from ../shared (never copied into the repository); their span
checks are skipped, with a message, where that folder is absent.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import POLNEAR, REPO

EVENTS = REPO / "eval" / "events"
TYPES = {"meeting", "talks", "summit", "call", "visit", "press_conference", "vote", "debate", "rally", "hearing",
         "speech"}
STATUSES = {"happened", "ongoing", "planned", "cancelled"}
ANNOTATORS = {"pass-a", "pass-b"}
EVENT_KEYS = {"type", "status", "mentions", "participants", "place", "time", "date", "date_range"}
OPTIONAL_KEYS = {"statement_links", "note"}
FILE_KEYS = {"name", "corpus", "split", "published", "annotator", "text_sha256", "events"}


def _articles() -> dict[str, dict[str, Any]]:
    rows = [json.loads(line) for line in (EVENTS / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    return {row["name"]: row for row in rows}


def _event_files() -> list[Path]:
    return (sorted(EVENTS.glob("gold/*/*.events.json")) + sorted(EVENTS.glob("gold/fresh2/*/*.events.json"))
            + sorted(EVENTS.glob("second-pass/*.events.json")))


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _iso(value: Any) -> dt.date:
    assert isinstance(value, str) and len(value) == 10, value
    return dt.date.fromisoformat(value)


def _spans(event: dict[str, Any]) -> list[dict[str, Any]]:
    spans = list(event["mentions"]) + list(event.get("statement_links") or [])
    if event["time"] is not None:
        spans.append(event["time"])
    return spans


def _text_of(article: dict[str, Any]) -> str:
    name: str = article["name"]
    if article["corpus"] == "polnear":
        path = POLNEAR / str(article["split"]) / "text" / f"{name}.txt"
        if not path.exists():
            pytest.skip(f"PolNeAR is not at {POLNEAR} (it lives in the project's shared/ folder, never in the repo)")
    else:
        path = REPO / "eval" / article["corpus"] / "texts" / f"{name}.txt"
    return path.read_text(encoding="utf-8")


def _ids(path: Path) -> str:
    return f"{path.parent.name}/{path.name.removesuffix('.events.json')}"


def test_every_article_of_the_sample_has_one_gold_file_in_its_half() -> None:
    articles = _articles()
    # 40 drawn at random (PolNeAR, second domain), the 24 world-politics articles, each in one half, and the 24
    # fresh second-domain articles added as tune material in the seventh session, and the 16 of fresh2 (twelfth
    # session: 8 PolNeAR train, 8 Wikinews, each split 4 work + 4 check), and the 10 Wikinews 2019 articles of
    # fresh3 (seventeenth session), and the 9 Wikinews 2020 articles of fresh4 (eighteenth session), and the 6
    # longer Wikinews 2020 articles of fresh5 (nineteenth session) (eval/events/README.md)
    assert len(articles) == 129
    assert sum(a["corpus"] == "world-politics" for a in articles.values()) == 24
    assert sum(a["half"] == "fresh" for a in articles.values()) == 24
    for half in ("fresh2-work", "fresh2-check"):
        assert sum(a["half"] == half and a["corpus"] == "polnear" for a in articles.values()) == 4
        assert sum(a["half"] == half and a["corpus"] == "events" for a in articles.values()) == 4
    assert sum(a["half"] == "fresh3" and a["corpus"] == "events" for a in articles.values()) == 10
    assert sum(a["half"] == "fresh4" and a["corpus"] == "events" for a in articles.values()) == 9
    assert sum(a["half"] == "fresh5" and a["corpus"] == "events" for a in articles.values()) == 6
    for half in ("tune", "heldout", "fresh", "fresh2-work", "fresh2-check", "fresh3", "fresh4", "fresh5"):
        folder = EVENTS / "gold" / half.replace("-", "/")
        names = {p.name.removesuffix(".events.json") for p in folder.glob("*.events.json")}
        assert names == {n for n, a in articles.items() if a["half"] == half}, half
    second = {p.name.removesuffix(".events.json") for p in (EVENTS / "second-pass").glob("*.events.json")}
    assert second <= {n for n, a in articles.items() if a["second_pass"]}


@pytest.mark.parametrize("path", _event_files(), ids=_ids)
def test_event_labels_are_known_values_with_iso_dates(path: Path) -> None:
    data = _load(path)
    article = _articles()[data["name"]]
    assert set(data) == FILE_KEYS
    assert path.name == f"{data['name']}.events.json"
    keys = ("corpus", "split", "published")
    assert [data[k] for k in keys] == [article[k] for k in keys]
    assert data["annotator"] in ANNOTATORS
    assert (data["annotator"] == "pass-b") == (path.parent.name == "second-pass")
    if path.parent.name != "second-pass":
        assert path.parent.relative_to(EVENTS / "gold").as_posix() == article["half"].replace("-", "/")
    _iso(data["published"])
    assert isinstance(data["events"], list)
    for event in data["events"]:
        assert EVENT_KEYS <= set(event) <= EVENT_KEYS | OPTIONAL_KEYS, sorted(event)
        assert event["type"] in TYPES and event["status"] in STATUSES, (event["type"], event["status"])
        assert event["mentions"], "an event has at least one mention"
        assert isinstance(event["participants"], list) and all(isinstance(p, str) and p for p in event["participants"])
        assert event["place"] is None or (isinstance(event["place"], str) and event["place"])
        assert event["date"] is None or event["date_range"] is None, "date and date_range are never both given"
        if event["date"] is not None:
            _iso(event["date"])
        if event["date_range"] is not None:
            first, last = event["date_range"]
            assert _iso(first) <= _iso(last), event["date_range"]
        for span in _spans(event):
            assert set(span) == {"start", "end", "text"} and 0 <= span["start"] < span["end"], span
            assert span["end"] - span["start"] == len(span["text"]), span


@pytest.mark.parametrize("path", _event_files(), ids=_ids)
def test_every_span_of_an_event_file_indexes_its_text(path: Path) -> None:
    data = _load(path)
    text = _text_of(_articles()[data["name"]])
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == data["text_sha256"]
    for event in data["events"]:
        for span in _spans(event):
            assert text[span["start"]:span["end"]] == span["text"], span
