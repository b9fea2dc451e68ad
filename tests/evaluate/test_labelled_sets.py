"""The labelled sets under eval/ are sound: every offset indexes its text, every label is a known value."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from onrecord.evaluate.gold import read_onrecord_gold
from onrecord.model import ACTS
from tests.conftest import POLNEAR, REPO

EVAL = REPO / "eval"
SECOND = EVAL / "second-domain"
WORLD = EVAL / "world-politics"
STANCES = {"support", "oppose", "open", "unclear"}
SPEAKER_TYPES = {"person", "organization", "country", "group", "unnamed"}


def _gold_files() -> list[Path]:
    return [path for folder in (SECOND, WORLD)
            for path in sorted(folder.glob("gold/*/*.gold.json")) + sorted(folder.glob("second-pass/*.gold.json"))]


@pytest.mark.parametrize(("folder", "size"), [(SECOND, 40), (WORLD, 24)], ids=["second-domain", "world-politics"])
def test_each_span_set_has_two_halves_of_the_promised_size(folder: Path, size: int) -> None:
    tune, heldout = (sorted((folder / "gold" / half).glob("*.gold.json")) for half in ("tune", "heldout"))
    assert len(tune) + len(heldout) >= size and abs(len(tune) - len(heldout)) <= 1
    assert not {p.name for p in tune} & {p.name for p in heldout}
    # tune material added later (README): gold/fresh (seventh session), gold/fresh3 (seventeenth), gold/fresh4
    # (eighteenth), gold/fresh5 and gold/fresh6 (nineteenth), each its own half
    halves = {d.name: sorted(d.glob("*.gold.json")) for d in sorted((folder / "gold").glob("fresh*")) if d.is_dir()}
    fresh = [p for paths in halves.values() for p in paths]
    assert len({p.name for p in fresh}) == len(fresh) and not {p.name for p in fresh} & {p.name for p in tune + heldout}
    sources = [json.loads(line) for line in (folder / "sources.jsonl").read_text().splitlines()]
    assert {s["name"] for s in sources} == {p.name.removesuffix(".gold.json") for p in tune + heldout + fresh}
    assert all(s["licence"] == "CC BY 2.5" and s["url"].startswith("https://en.wikinews.org/") for s in sources)
    assert len({s["url"] for s in sources}) == len(sources)  # no article twice, under two names
    assert {s["half"] for s in sources} == {"tune", "heldout"} | {half for half, paths in halves.items() if paths}
    for half, paths in halves.items():
        names = {p.name.removesuffix(".gold.json") for p in paths}
        assert all(s["half"] == half for s in sources if s["name"] in names)


def test_world_politics_fresh2_is_ten_2019_articles_added_in_the_eighteenth_session() -> None:
    paths = sorted((WORLD / "gold" / "fresh2").glob("*.gold.json"))
    assert len(paths) == 10 and all(p.name.startswith("wikinews-2019-") for p in paths)
    sources = {s["name"]: s for s in map(json.loads, (WORLD / "sources.jsonl").read_text().splitlines())}
    rows = [sources[p.name.removesuffix(".gold.json")] for p in paths]
    assert all(r["half"] == "fresh2" and r["added"] == "session 18" for r in rows)
    assert all(r["published"].startswith("2019-") for r in rows)


def test_second_domain_fresh6_is_ten_2020_articles_added_in_the_nineteenth_session() -> None:
    paths = sorted((SECOND / "gold" / "fresh6").glob("*.gold.json"))
    assert len(paths) == 10 and all(p.name.startswith("wikinews-2020-") for p in paths)
    sources = {s["name"]: s for s in map(json.loads, (SECOND / "sources.jsonl").read_text().splitlines())}
    rows = [sources[p.name.removesuffix(".gold.json")] for p in paths]
    assert all(r["half"] == "fresh6" and r["added"] == "session 19" for r in rows)
    assert all(r["published"].startswith("2020-") and 200 <= r["words"] <= 600 for r in rows)


def test_second_domain_fresh5_is_ten_2019_articles_added_in_the_nineteenth_session() -> None:
    paths = sorted((SECOND / "gold" / "fresh5").glob("*.gold.json"))
    assert len(paths) == 10 and all(p.name.startswith("wikinews-2019-") for p in paths)
    sources = {s["name"]: s for s in map(json.loads, (SECOND / "sources.jsonl").read_text().splitlines())}
    rows = [sources[p.name.removesuffix(".gold.json")] for p in paths]
    assert all(r["half"] == "fresh5" and r["added"] == "session 19" for r in rows)
    assert all(r["published"].startswith("2019-") and 200 <= r["words"] <= 600 for r in rows)
    for p in paths:  # no image caption left in a text (guideline 2.8)
        text = (p.parent / json.loads(p.read_text(encoding="utf-8"))["article"]).read_text(encoding="utf-8")
        assert "Image:" not in text


def test_world_politics_fresh3_is_nine_2020_articles_added_in_the_nineteenth_session() -> None:
    paths = sorted((WORLD / "gold" / "fresh3").glob("*.gold.json"))
    assert len(paths) == 9 and all(p.name.startswith("wikinews-2020-") for p in paths)
    sources = {s["name"]: s for s in map(json.loads, (WORLD / "sources.jsonl").read_text().splitlines())}
    rows = [sources[p.name.removesuffix(".gold.json")] for p in paths]
    assert all(r["half"] == "fresh3" and r["added"] == "session 19" for r in rows)
    assert all(r["published"].startswith("2020-") and 200 <= r["words"] <= 600 for r in rows)


@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_span_of_a_gold_file_indexes_its_text(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    text = (path.parent / data["article"]).read_text(encoding="utf-8")
    assert data["statements"], "an article with no statement is not worth its place"
    for s in data["statements"]:
        for part in ("content", "cue", "speaker_mention"):
            span = s.get(part)
            if span:
                assert text[span["start"]:span["end"]] == span["text"], (part, span)
        if path.parent.name != "second-pass" or "act" in s:  # a second pass may draw spans and speakers only
            assert s["act"] in ACTS and isinstance(s["hedged"], bool)
        assert s.get("speaker_type") in SPEAKER_TYPES | {None}
        if s.get("speaker"):
            assert s["speaker"] in data["actors"]
    assert read_onrecord_gold(path).statements  # the reader the scorer uses takes it


def test_polnear_labels_are_known_values_keyed_to_the_sample() -> None:
    sample = [json.loads(line) for line in (EVAL / "labels" / "polnear-sample.jsonl").read_text().splitlines()]
    labels = [json.loads(line) for line in (EVAL / "labels" / "polnear-statements.jsonl").read_text().splitlines()]
    taxonomy = POLNEAR.parent / "taxonomies" / "us-2016.yaml"
    issues = {i["id"] for i in yaml.safe_load(taxonomy.read_text())["issues"]} if taxonomy.exists() else None
    assert [r["key"] for r in labels] == [r["key"] for r in sample]
    assert len(labels) >= 1500 and len({r["key"] for r in labels}) == len(labels)
    assert "text" not in labels[0] and "context" not in labels[0]  # offsets and labels only
    for row in labels:
        assert row["act"] in ACTS and isinstance(row["hedged"], bool)
        assert all(i["stance"] in STANCES for i in row["issues"])
        if issues is not None:
            assert {i["id"] for i in row["issues"]} <= issues


def test_polnear_label_offsets_fall_inside_their_articles(polnear: Path) -> None:
    labels = [json.loads(line) for line in (EVAL / "labels" / "polnear-statements.jsonl").read_text().splitlines()]
    lengths: dict[str, int] = {}
    for row in labels:
        key = f"{row['split']}/{row['article']}"
        if key not in lengths:
            lengths[key] = len((polnear / row["split"] / "text" / f"{row['article']}.txt").read_text(encoding="utf-8"))
        assert all(0 <= a < b <= lengths[key] for a, b in row["content"])
