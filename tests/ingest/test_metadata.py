"""Dates, outlets and titles joined from a metadata table or read from file names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.cli import main
from onrecord.ingest import TextInput
from onrecord.ingest.metadata import (
    ArticleMetadata,
    MetadataColumns,
    MetadataError,
    NamePattern,
    complete,
    iso_day,
    stem,
)
from onrecord.store import Store
from tests.conftest import EXAMPLES

TEXT = ("Talks resume in Geneva\n\nThe foreign minister, Anna Berg, said on Monday that the talks "
        "would resume. “We are closer than before,” Berg told reporters.\n")


def item(name: str, **kw: str) -> TextInput:
    return TextInput(stem(name), f"/data/{name}", TEXT, **kw)  # type: ignore[arg-type]


def test_a_tsv_joins_by_file_stem_with_common_column_names(tmp_path: Path) -> None:
    table = tmp_path / "meta.tsv"
    table.write_text("compartment\tfilename\tpublisher\tpublication_date\tauthor\ttitle\n"
                     "train\tbreitbart_2016-09-12_stealth\tbreitbart\t2016-09-12\tDan Riehl\tStealth\n"
                     "train\tother\tcnn\tNone\tNone\tNo date\n", encoding="utf-8")
    meta = ArticleMetadata.load(table)
    got = meta.apply(item("breitbart_2016-09-12_stealth.txt"))
    assert (got.published, got.outlet, got.author, got.title) == ("2016-09-12", "breitbart", "Dan Riehl", "Stealth")
    undated = meta.apply(item("other.txt"))
    assert (undated.published, undated.outlet, undated.author) == (None, "cnn", None)
    missing = meta.apply(item("nowhere.txt"))
    assert missing.published is None
    assert (meta.matched, meta.unmatched) == (2, 1)


def test_columns_are_configurable_and_jsonl_and_csv_work(tmp_path: Path) -> None:
    rows = tmp_path / "meta.jsonl"
    rows.write_text(json.dumps({"doc": "a1", "when": "March 4, 2025", "paper": "Wire"}) + "\n", encoding="utf-8")
    columns = MetadataColumns().with_overrides(["key=doc", "published=when", "outlet=paper"])
    got = ArticleMetadata.load(rows, columns).apply(item("a1.txt"))
    assert (got.published, got.outlet) == ("2025-03-04", "Wire")
    csv_file = tmp_path / "meta.csv"
    csv_file.write_text("file,date,outlet\na1.txt,2025/03/05,Post\n", encoding="utf-8")
    assert ArticleMetadata.load(csv_file).apply(item("a1.txt")).published == "2025-03-05"
    with pytest.raises(MetadataError, match="no column"):
        ArticleMetadata.load(csv_file, MetadataColumns().with_overrides(["published=missing"]))
    with pytest.raises(MetadataError, match="NAME=COLUMN"):
        MetadataColumns().with_overrides(["colour=red"])


def test_jsonl_metadata_of_the_wrong_shapes_is_an_empty_cell_or_one_clear_error(tmp_path: Path) -> None:
    """A list of URLs became the text "['http://a', ...]"; a row nested 100,000 deep raised RecursionError."""
    rows = tmp_path / "meta.jsonl"
    rows.write_text(json.dumps({"file": "a1", "url": ["http://a.example/1"], "outlet": True, "title": {"en": "x"},
                                "published": 20250304}) + "\n", encoding="utf-8")
    got = ArticleMetadata.load(rows).apply(item("a1.txt"))
    assert (got.url, got.outlet, got.title) == (None, None, None)
    rows.write_text('{"file": "a1", "url": ' + "[" * 100_000 + "]" * 100_000 + "}\n", encoding="utf-8")
    with pytest.raises(MetadataError, match="nested too deeply"):
        ArticleMetadata.load(rows)


def test_metadata_wins_over_the_name_pattern_and_the_input(tmp_path: Path) -> None:
    table = tmp_path / "m.csv"
    table.write_text("filename,outlet\nwire_2025-03-04_x,The Table\n", encoding="utf-8")
    meta = ArticleMetadata.load(table, pattern="{outlet}_{published:%Y-%m-%d}_{slug}")
    got = meta.apply(item("wire_2025-03-04_x.txt", outlet="page"))
    assert (got.outlet, got.published) == ("The Table", "2025-03-04")


def test_name_patterns() -> None:
    pattern = NamePattern.compile("{outlet}_{published:%Y-%m-%d}_{slug}")
    assert pattern.read("dir/breitbart_2015-11-11_the-ninth-circle.txt") == {
        "outlet": "breitbart", "published": "2015-11-11"}
    assert pattern.read("no-date-here.txt") == {}
    assert pattern.read("cnn_2016-02-30_bad-day.txt") == {"outlet": "cnn"}  # no such day: undated
    assert NamePattern.compile("{published:%d%b%Y}-{title}").read("04Mar2025-talks-resume") == {
        "published": "2025-03-04", "title": "talks resume"}
    with pytest.raises(MetadataError):
        NamePattern.compile("{published:%Q}")
    with pytest.raises(MetadataError):
        NamePattern.compile("plain")


@pytest.mark.parametrize("pattern", ["{1}_{slug}", "{outlet}_{2x}", "{published:%Y}_{9}"])
def test_a_name_pattern_field_that_is_no_name_is_a_usage_error(pattern: str) -> None:
    # Found by bench/fuzz_readers.py: "{1}" reached re.compile as a group name, and the CLI answered
    # "unexpected error: bad character in group name '1' (a bug in onrecord)".
    with pytest.raises(MetadataError, match="no field name"):
        NamePattern.compile(pattern)


def test_title_line_and_dates() -> None:
    meta = ArticleMetadata.load(title_line=True)
    assert meta.apply(TextInput("x", "x.txt", "A headline with no blank line\nBody.")).title == \
        "A headline with no blank line"
    assert [iso_day(v) for v in ("2016-09-12T10:00:00Z", "12 September 2016", "2016-13-01", "soon", None)] == [
        "2016-09-12", "2016-09-12", None, None, None]


def test_ingest_counts_and_lists_undated_articles_and_a_rerun_dates_them(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "wire_2025-03-04_talks.txt").write_text(TEXT, encoding="utf-8")
    (folder / "undated-note.txt").write_text(TEXT.replace("Monday", "Tuesday"), encoding="utf-8")
    db = str(tmp_path / "m.db")
    pattern = "{outlet}_{published:%Y-%m-%d}_{slug}"
    assert main(["ingest", str(folder), "--db", db, "--name-pattern", pattern, "--progress", "off"]) == 0
    err = capsys.readouterr().err
    assert "2 articles analysed" in err and "1 undated" in err and "articles --undated" in err
    assert main(["articles", "--db", db, "--undated", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [a["id"] for a in listed] == ["undated-note"]
    table = tmp_path / "m.tsv"
    table.write_text("filename\tpublication_date\tpublisher\nundated-note\t2025-03-05\tNotes\n", encoding="utf-8")
    assert main(["ingest", str(folder), "--db", db, "--metadata", str(table), "--progress", "off"]) == 0
    assert "metadata updated on 1 stored article" in capsys.readouterr().err
    with Store(db) as store:
        assert store.conn.execute("SELECT published, outlet FROM articles WHERE slug = 'undated-note'").fetchone()[:] \
            == ("2025-03-05", "Notes")


def test_a_bad_metadata_option_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = EXAMPLES / "peace-talks.txt"
    assert main(["ingest", str(text), "--db", str(tmp_path / "x.db"), "--metadata", str(tmp_path / "none.tsv")]) == 2
    assert "cannot read the metadata file" in capsys.readouterr().err
    assert main(["ingest", str(text), "--db", str(tmp_path / "x.db"), "--meta-field", "published=d"]) == 2
    assert "--meta-field needs --metadata" in capsys.readouterr().err


def test_a_name_with_a_lone_surrogate_is_matched_not_raised() -> None:
    # Found by bench/fuzz_readers.py: an id or source holding "\ud800" (no file name decodes to it) made
    # display_name raise UnicodeEncodeError out of ArticleMetadata.apply, and so out of read_texts.
    meta = ArticleMetadata(pattern=NamePattern.compile("{outlet}_{slug}"))
    got = meta.apply(TextInput("\ud800", "\ud800", "Text."))
    assert (got.text, got.error, got.outlet) == ("Text.", None, None)
    assert meta.apply(TextInput("wire_x", "wire_x.txt", "Text.")).outlet == "wire"


def test_a_placeholder_publication_date_is_no_date() -> None:
    # A feed's 0001-01-01 (an unset .NET date) or 9999-12-31 was stored as the day the article came out: the
    # positions page and `shifts --window` then stepped past the calendar's ends (500: OverflowError).
    dated = [complete(TextInput("x", "x.txt", "Text.", published=day)).published
             for day in ("0001-01-01", "9999-12-31", "0199-12-31", "2025-08-18", "1851-09-18")]
    assert dated == [None, None, None, "2025-08-18", "1851-09-18"]
    assert complete(TextInput("x", "x.txt", "Text.", published="9999-12-31"), published="2025-01-02").published == \
        "2025-01-02"
    assert complete(TextInput("x", "x.txt", "Text."), published="0001-01-01").published is None


class _NoEndIO:
    """A text stream with no line break: ``/dev/zero`` as a table. More than ``bound`` characters read from one
    line fails the test instead of filling memory."""

    def __init__(self, bound: int) -> None:
        self.given, self.bound = 0, bound

    def readline(self, size: int = -1) -> str:  # as a file's: ``size`` characters, or to a line break (never)
        n = self.bound + 1 if size < 0 else size
        self.given += n
        assert self.given <= self.bound, "read a line past the bound"
        return "\0" * n

    def __iter__(self) -> _NoEndIO:
        return self

    def __next__(self) -> str:
        return self.readline(self.bound + 1)  # as a file's iterator: one line, however long

    def __enter__(self) -> _NoEndIO:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


@pytest.mark.parametrize("name", ["meta.csv", "meta.tsv", "meta.jsonl"])
def test_a_table_without_line_breaks_is_read_to_a_bound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        name: str) -> None:
    """``--metadata /dev/zero`` was read as one line into memory (3.8 GB in 19 s, then killed; break14)."""
    from onrecord.ingest import metadata

    table = tmp_path / name
    table.write_text("")
    monkeypatch.setattr(metadata, "MAX_ROW_CHARS", 100_000)
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: _NoEndIO(1_000_000))
    with pytest.raises(MetadataError, match="a line longer than 100,000 characters"):
        ArticleMetadata.load(table)


def test_name_pattern_fields_side_by_side_are_a_usage_error() -> None:
    """``{outlet}{author}{published}{slug}.html`` tried every split of a name it did not fit: 0.46 s a
    200-character name, more with each field (break14). A date format between fields keeps them apart."""
    with pytest.raises(MetadataError, match=r"\{outlet\}\{author\} has nothing between the two fields"):
        NamePattern.compile("{outlet}{author}{published}{slug}.html")
    with pytest.raises(MetadataError, match=r"\{a\}\{b\} has nothing between"):
        NamePattern.compile("x_{a}{b}")
    fits = NamePattern.compile("{outlet}{published:%Y%m%d}{slug}")
    assert fits.read("wire20160102story") == {"outlet": "wire", "published": "2016-01-02"}


def test_a_placeholder_date_is_said_not_dropped_without_a_word(tmp_path: Path) -> None:
    # A feed's 0001-01-01 made its article undated and nothing said why (redteam18): the run now says it, and
    # the article keeps the reason (``show`` and the reader print it).
    import sqlite3

    from onrecord.corpus import IngestOptions, ingest

    item = complete(TextInput("x", "x.txt", "Text.", published="0001-01-01"))
    assert item.published is None and item.warning is not None and "'0001-01-01' is outside" in item.warning
    redated = complete(TextInput("x", "x.txt", "Text.", published="9999-12-31"), published="2025-01-02")
    assert redated.warning is not None and redated.warning.endswith("dated 2025-01-02 instead")
    assert complete(TextInput("x", "x.txt", "Text.", published="2025-08-18")).warning is None
    rows = [{"id": "a", "published": "0001-01-01",
             "text": "“The harbour will reopen in May,” Mayor Lina Ortez said on Monday."},
            {"id": "b", "published": "2025-03-04",
             "text": "“The bridge will close in June,” Councillor Pavel Dorn said on Tuesday."}]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "news.db"
    summary = ingest([str(feed)], IngestOptions(db=db, starter_actors=False))
    assert summary.analysed == 2 and summary.undated == 1
    [warning] = summary.warnings
    assert "'0001-01-01' is outside 0200-01-01 to 9799-12-31" in warning and warning.endswith("undated")
    with sqlite3.connect(db) as con:
        kept = dict(con.execute("SELECT slug, status_reason FROM articles").fetchall())
    assert kept["b"] is None and kept["a"] is not None and "'0001-01-01'" in kept["a"]
