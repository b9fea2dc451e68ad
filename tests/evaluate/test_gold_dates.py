"""The harness analyses each gold text with its publication date, as a user running ``extract`` would."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

import onrecord.evaluate as harness
from onrecord.evaluate.gold import date_in_name, read_brat_dir, read_onrecord_gold
from onrecord.ingest import TextInput
from onrecord.model import Article
from onrecord.settings import Settings

TEXT = "The mayor said the bridge would reopen in May.\n"


def _gold(path: Path, **extra: object) -> None:
    path.write_text(json.dumps({"article": "../../texts/bridge.txt", **extra, "statements": []}), encoding="utf-8")


@pytest.fixture
def labelled_set(tmp_path: Path) -> Path:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "bridge.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold" / "tune").mkdir(parents=True)
    rows = [{"name": "other", "published": "2001-01-01"}, {"name": "bridge", "published": "2019-03-04"}]
    (tmp_path / "sources.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return tmp_path


def test_a_polnear_file_name_carries_its_date() -> None:
    assert date_in_name("breitbart_2016-09-12_stealth-over-health") == "2016-09-12"
    assert date_in_name("no-date-here") is None
    assert date_in_name("x_2016-13-40_bad") is None  # no such day


def test_brat_documents_take_the_date_of_their_file_name(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "cnn_2016-05-01_bridge.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "cnn_2016-05-01_bridge_ab12.ann").write_text("", encoding="utf-8")
    (doc,) = read_brat_dir(tmp_path)
    assert doc.published == "2016-05-01"


def test_a_gold_file_finds_its_date_in_the_sets_sources(labelled_set: Path) -> None:
    _gold(labelled_set / "gold" / "tune" / "bridge.gold.json")
    assert read_onrecord_gold(labelled_set / "gold" / "tune" / "bridge.gold.json").published == "2019-03-04"


def test_a_date_in_the_gold_file_wins_over_the_listing(labelled_set: Path) -> None:
    _gold(labelled_set / "gold" / "tune" / "bridge.gold.json", published="2020-02-02")
    assert read_onrecord_gold(labelled_set / "gold" / "tune" / "bridge.gold.json").published == "2020-02-02"


def test_the_harness_hands_the_date_to_extraction_unless_undated(labelled_set: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _gold(labelled_set / "gold" / "tune" / "bridge.gold.json")
    seen: list[str | None] = []

    def fake(items: Iterable[TextInput], settings: Settings) -> Iterator[Article]:
        for item in items:
            seen.append(item.published)
            yield Article(id=item.id, text=item.text, statements=[])

    monkeypatch.setattr(harness, "extract_many", fake)
    gold = labelled_set / "gold" / "tune"
    harness.evaluate(gold, "onrecord", settings=Settings())
    harness.evaluate(gold, "onrecord", settings=Settings(), dated=False)
    assert seen == ["2019-03-04", None]
