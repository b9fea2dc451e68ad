"""Property: no file content makes a reader raise; a metadata table, name pattern or YAML file fails only with
its own clear error. A small fixed budget keeps this to seconds; bench/fuzz_readers.py runs the same kinds of
input by the thousand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onrecord.ingest import TextInput
from onrecord.ingest.metadata import ArticleMetadata, MetadataError, NamePattern
from onrecord.ingest.sources import Source, read_source
from onrecord.ingest.yamlfile import YamlFileError, load_yaml
from onrecord.settings import Settings

ODD = ["\ud800", "\x00", "\u202e", "\u200b", "\ufeff", "\u0301" * 30, "\r", "\u2028", '"', "“", "{", "[", "<",
       "\\", ",", "\t", "\n", "9" * 50, "(" * 300]
texts = st.lists(st.one_of(st.text(max_size=6), st.sampled_from(ODD)), max_size=20).map("".join)
contents = st.one_of(
    st.binary(max_size=200),
    texts.map(lambda t: t.encode("utf-8", "surrogatepass")),
    texts.map(lambda t: t.encode("utf-16", "surrogatepass")),
    st.lists(st.dictionaries(st.sampled_from(["text", "id", "url", "published", "title", "x"]),
                             st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), texts,
                                       st.lists(texts, max_size=2)), max_size=5), max_size=3)
    .flatmap(lambda rows: st.sampled_from([json.dumps(rows), "\n".join(json.dumps(r) for r in rows)]))
    .map(lambda t: t.encode("utf-8", "surrogatepass")),
    texts.map(lambda t: f"<html><body><p>{t}</p>{'<div>' * 50}</body></html>".encode("utf-8", "surrogatepass")),
)
SUFFIXES = [".txt", ".json", ".jsonl", ".html", ".warc", ""]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=contents, suffix=st.sampled_from(SUFFIXES))
def test_any_file_is_read_or_reported_never_raised(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"in{suffix}"
    path.write_bytes(data)
    items = list(read_source(Source(path, len(data)), Settings(max_input_bytes=100_000)))
    assert all(isinstance(i, TextInput) for i in items)  # an empty feed or "[]" holds no article
    for item in items:
        assert item.error is None or (isinstance(item.error, str) and item.error)
        assert item.published is None or len(item.published) == 10


@settings(max_examples=80, deadline=None)
@given(pattern=st.lists(st.one_of(st.sampled_from(["{outlet}", "{published:%Y-%m-%d}", "{1}", "{slug}", "{a:",
                                                   "{published:%Q}", "_", "{", "}", "(", "\\", "%"]),
                                  st.text(max_size=3)), max_size=5).map("".join), name=texts)
def test_any_name_pattern_compiles_or_is_a_usage_error(pattern: str, name: str) -> None:
    try:
        compiled = NamePattern.compile(pattern)
    except MetadataError:
        return
    ArticleMetadata(pattern=compiled).apply(TextInput(name, name, "Text."))


@settings(max_examples=80, deadline=None)
@given(text=st.lists(st.one_of(texts, st.sampled_from(["a: 1\n", "- x\n", "&a [1]\n", "*a\n", "x: !!binary ZZ\n",
                                                       "d: 2024-99-99\n", '"\\ud800"\n', "[" * 300, "? [1]\n"])),
                     max_size=6).map("".join))
def test_any_yaml_text_loads_or_is_one_clear_error(text: str) -> None:
    try:
        load_yaml(text)
    except YamlFileError as err:
        assert str(err)


@pytest.mark.parametrize("table", [b"filename,published\n", b"\xff\xfe\x00", b"filename\n" + b'"' * 10,
                                   b'{"filename": 1}\n[1]\n'])
def test_a_metadata_table_of_any_shape_is_read_or_one_clear_error(tmp_path: Path, table: bytes) -> None:
    for suffix in (".csv", ".jsonl"):
        path = tmp_path / f"meta{suffix}"
        path.write_bytes(table)
        try:
            ArticleMetadata.load(path)
        except MetadataError as err:
            assert str(path) in str(err) or "column" in str(err)
