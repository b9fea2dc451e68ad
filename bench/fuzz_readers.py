"""Fuzz the ingest readers, metadata tables, name patterns and YAML files with hostile generated input.

Usage: python bench/fuzz_readers.py [--examples N] [--only NAME,...] [--seed S]

Each target writes a generated file (or string) and calls the public reader on it; any exception other than
the documented clear errors is printed with the input that raised it (shrunk by Hypothesis), and so is a call
that takes longer than ``--slow`` seconds. Nothing here is a unit test: the findings become small regression
tests in tests/ingest/ and tests/test_reliability.py.
"""

from __future__ import annotations

import argparse
import gzip
import json
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from onrecord.ingest import TextInput
from onrecord.ingest.metadata import ArticleMetadata, MetadataColumns, MetadataError, NamePattern
from onrecord.ingest.sources import JsonlFields, Source, read_inputs, read_source
from onrecord.ingest.yamlfile import YamlFileError, load_yaml
from onrecord.settings import Settings

ODD = ["\ud800", "\udfff", "\x00", "\x1b", "\x7f", "\u200b", "\u200f", "\u202e", "\ufeff", "\u0301" * 50,
       "\r", "\r\n", "\n", "\u2028", "\x85", "\t", "\f", "﷽", "𝕏", "\U0010ffff", "\uffff", "١٢٣", "２０２５"]
QUOTES = ['"', "“", "”", "'", "«", "»", "(", ")", "[", "]", "{", "}", "<", ">", "\\", ","]
LONG = ['"' * 3000, "(" * 3000, "<" * 3000, "w" * 20_000, ". " * 2000, "\n" * 3000, "9" * 5000, "{" * 3000,
        "[" * 3000]
SETTINGS = Settings(max_input_bytes=200_000, max_article_seconds=5.0)

piece = st.one_of(st.text(max_size=8), st.sampled_from(ODD), st.sampled_from(QUOTES), st.sampled_from(LONG),
                  st.binary(max_size=8).map(lambda b: b.decode("latin-1")))
hostile_text = st.lists(piece, max_size=30).map("".join)
hostile_bytes = st.one_of(
    hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    hostile_text.map(lambda t: t.encode("utf-16", "surrogatepass")),
    hostile_text.map(lambda t: t.encode("cp1252", "replace")),
    st.binary(max_size=300),
)


def json_value(depth: int = 3) -> st.SearchStrategy[object]:
    scalar = st.one_of(st.none(), st.booleans(), st.integers(-(10 ** 30), 10 ** 30),
                       st.floats(allow_nan=True, allow_infinity=True), hostile_text)
    return st.recursive(scalar, lambda kids: st.one_of(st.lists(kids, max_size=4),
                                                        st.dictionaries(st.text(max_size=6), kids, max_size=4)),
                        max_leaves=12)


FIELDS = list(JsonlFields.__dataclass_fields__)
row = st.dictionaries(st.one_of(st.sampled_from(FIELDS), st.text(max_size=5)), json_value(), max_size=8)


@st.composite
def json_lines(draw: st.DrawFn) -> bytes:
    lines = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["row", "row", "value", "broken", "blank", "deep", "bytes"]))
        if kind == "row":
            lines.append(json.dumps(draw(row), allow_nan=True).encode("utf-8", "surrogatepass"))
        elif kind == "value":
            lines.append(json.dumps(draw(json_value())).encode("utf-8", "surrogatepass"))
        elif kind == "broken":
            text = json.dumps(draw(row))
            cut = draw(st.integers(0, len(text)))
            lines.append(text[:cut].encode("utf-8", "surrogatepass"))
        elif kind == "deep":
            n = draw(st.sampled_from([100, 5000, 200_000]))
            lines.append(b'{"text": ' + b"[" * n + b"]" * n + b"}")
        elif kind == "blank":
            lines.append(draw(st.sampled_from([b"", b"   ", b"\t", b"\r"])))
        else:
            lines.append(draw(hostile_bytes))
    return draw(st.sampled_from([b"\n", b"\r\n", b"\r"])).join(lines)


@st.composite
def json_document(draw: st.DrawFn) -> bytes:
    value = draw(st.one_of(st.lists(row, max_size=4), row, json_value()))
    return json.dumps(value, indent=draw(st.sampled_from([None, 2]))).encode("utf-8", "surrogatepass")


@st.composite
def html_page(draw: st.DrawFn) -> bytes:
    parts = [draw(st.sampled_from(["", "<!doctype html>", "<html>", "<html><head><meta charset='utf-16'>",
                                   "<?xml version='1.0' encoding='ebcdic'?>", "<head><title>", "<!--"]))]
    for _ in range(draw(st.integers(0, 12))):
        parts.append(draw(st.one_of(
            st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<style>", "<br/>",
                             "<article>", "</article>", "<meta name='date' content='", "<time datetime='",
                             "'>", "<![CDATA[", "]]>", "&", "&#0;", "&#xD800;", "&#99999999;", "&nbsp",
                             "<title>", "</title>", "<h1>", "<table><tr><td>", "<a href='http://[::1'>",
                             "<meta property='og:url' content='http://[x'>", "<base href='//'>",
                             "<meta name='author' content='", "<html lang='\ud800'>", "<svg><foreignObject>",
                             "<p>" * 2000, "<div>" * 5000, "<b><i>" * 1000]),
            hostile_text,
            st.just("The minister said \u201cwe will not leave\u201d on Monday. " * 3),
        )))
    data = "".join(parts).encode(draw(st.sampled_from(["utf-8", "utf-16", "cp1252", "utf-16-le"])), "replace")
    return data


@st.composite
def warc_file(draw: st.DrawFn) -> bytes:
    records = [b"WARC/1.0\r\n"]
    for _ in range(draw(st.integers(0, 3))):
        payload = draw(html_page())
        http = draw(st.sampled_from([b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
                                     b"HTTP/1.1 200\r\nContent-Type: text/html; charset=\xff\r\n\r\n",
                                     b"HTTP/1.1 abc\r\n\r\n", b"", b"garbage\r\n\r\n"]))
        body = http + payload
        length = draw(st.sampled_from([len(body), len(body) + 10, max(0, len(body) - 5), -1, 10 ** 20]))
        uri = draw(st.sampled_from([b"http://example.com/a", b"http://[::1", b"\xff\xfe", b"", b"x" * 5000]))
        wdate = draw(st.sampled_from([b"2024-01-02T00:00:00Z", b"9999-99-99", b"", b"\xff"]))
        rec_type = draw(st.sampled_from([b"response", b"resource", b"request", b"\xff"]))
        ctype = draw(st.sampled_from([b"application/http; msgtype=response", b"text/html", b"", b"\xff"]))
        head = (b"WARC/1.0\r\nWARC-Type: " + rec_type + b"\r\nWARC-Target-URI: " + uri + b"\r\nWARC-Date: "
                + wdate + b"\r\nContent-Type: " + ctype + b"\r\nContent-Length: " + str(length).encode()
                + b"\r\n\r\n")
        records.append(head + body + b"\r\n\r\n")
    data = b"".join(records[1:]) if len(records) > 1 else records[0]
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return data


@st.composite
def csv_table(draw: st.DrawFn) -> bytes:
    sep = draw(st.sampled_from([",", "\t", ";"]))
    header = draw(st.lists(st.sampled_from(["filename", "id", "publisher", "publication_date", "title", "url",
                                            "", "filename", "\ufefffilename", "x"]), max_size=6))
    lines = [sep.join(header)]
    for _ in range(draw(st.integers(0, 5))):
        cells = draw(st.lists(st.one_of(hostile_text, st.sampled_from(
            ["2016-09-12", "0000-00-00", "9999-12-31", "2016-02-30", "٢٠١٦-٠٩-١٢", "12.09.2016", "\"", '"a""b',
             "\"unclosed", "null", "NaN", "x" * 200_000])), max_size=7))
        lines.append(sep.join(cells))
    text = draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines)
    return text.encode(draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"])), "replace")


def _check_items(items: list[TextInput]) -> None:
    for item in items:
        assert isinstance(item, TextInput), item
        assert (item.error is None) or isinstance(item.error, str)
        for value in (item.id, item.title, item.url, item.outlet, item.author, item.published, item.language):
            assert value is None or isinstance(value, str), item
        if item.published is not None:
            assert len(item.published) == 10, item.published


def read_file(data: bytes, suffix: str) -> list[TextInput]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"in{suffix}"
        path.write_bytes(data)
        items = list(read_source(Source(path, len(data)), SETTINGS, JsonlFields()))
        items += list(read_inputs([str(path)], SETTINGS)) if suffix == ".txt" else []
    _check_items(items)
    return items


def gz(data: bytes) -> bytes:
    return gzip.compress(data)


TARGETS: dict[str, Callable[[], object]] = {}


def target(name: str, strategy: st.SearchStrategy[object]) -> Callable[[Callable[[object], object]], None]:
    def wrap(fn: Callable[[object], object]) -> None:
        TARGETS[name] = lambda: (fn, strategy)  # type: ignore[assignment,return-value]
    return wrap


@target("text", st.tuples(hostile_bytes, st.sampled_from([".txt", "", ".text", ".txt.gz"])))
def _text(args: tuple[bytes, str]) -> None:
    data, suffix = args
    read_file(gz(data) if suffix.endswith(".gz") else data, suffix)


@target("html", st.tuples(html_page(), st.sampled_from([".html", ".htm", "", ".html.gz", ".xhtml"])))
def _html(args: tuple[bytes, str]) -> None:
    data, suffix = args
    read_file(gz(data) if suffix.endswith(".gz") else data, suffix)


@target("jsonl", st.tuples(st.one_of(json_lines(), json_document()),
                           st.sampled_from([".jsonl", ".json", ".ndjson", ".jsonl.gz", ".json.gz", ""])))
def _jsonl(args: tuple[bytes, str]) -> None:
    data, suffix = args
    read_file(gz(data) if suffix.endswith(".gz") else data, suffix)


@target("warc", st.tuples(warc_file(), st.sampled_from([".warc", ".warc.gz", ""])))
def _warc(args: tuple[bytes, str]) -> None:
    data, suffix = args
    read_file(gz(data) if suffix.endswith(".gz") else data, suffix)


@target("metadata", st.tuples(st.one_of(csv_table(), json_lines()),
                              st.sampled_from([".csv", ".tsv", ".jsonl", ".json", ".tab", ""]),
                              st.lists(st.sampled_from(["key=filename", "published=x", "title=title", "key=",
                                                        "=x", "url=\ud800", "key=\x00"]), max_size=2)))
def _metadata(args: tuple[bytes, str, list[str]]) -> None:
    data, suffix, overrides = args
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"meta{suffix}"
        path.write_bytes(data)
        try:
            meta = ArticleMetadata.load(path, MetadataColumns().with_overrides(overrides))
        except MetadataError:
            return
        for name in ("a.txt", "filename", "\udcff.txt", ""):
            meta.apply(TextInput(name, name, "text"))


@target("pattern", st.tuples(st.lists(st.one_of(st.sampled_from(
    ["{outlet}", "{published:%Y-%m-%d}", "{slug}", "{1}", "{title}", "{published:%Q}", "{published:%}",
     "{published}", "_", "{", "}", "{a:", "%", "(", "\\", "{published:%Y%Y}", "{ä}", "{_}", "{outlet}"]),
    st.text(max_size=4)), max_size=6).map("".join), hostile_text))
def _pattern(args: tuple[str, str]) -> None:
    pattern, name = args
    try:
        compiled = NamePattern.compile(pattern)
    except MetadataError:
        return
    compiled.read(name)
    meta = ArticleMetadata(pattern=compiled)
    meta.apply(TextInput(name, name + ".txt", "text"))


@target("yaml", st.one_of(hostile_text, st.lists(st.sampled_from(
    ["a: 1\n", "- x\n", "&a [1]\n", "*a\n", "!!python/object:os.system\n", "? [1]\n: 2\n", "issues:\n",
     "  - id: x\n", "    terms: [", "date: 2024-99-99\n", "t: !!timestamp 2001-13-40\n", "x: !!binary ZZZ\n",
     "[" * 2000, "{" * 2000, "\t", ": :\n", "%YAML 9.9\n", "--- \n", "...\n", "<<: *a\n", "x: !!int 1e309\n",
     "x: !!float nan\n", "x: 0o999\n", "x: !!set {a, b}\n", "x: !!omap [1]\n", "x: !!pairs 3\n"]),
    max_size=8).map("".join)))
def _yaml(text: str) -> None:
    try:
        load_yaml(text)
    except YamlFileError:
        return


def run(name: str, examples: int, slow: float, seed_value: int) -> list[str]:
    fn, strategy = TARGETS[name]()  # type: ignore[misc]
    found: list[str] = []

    @seed(seed_value)
    @settings(max_examples=examples, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def check(value: object) -> None:
        start = time.process_time()
        fn(value)
        took = time.process_time() - start
        if took > slow:
            raise AssertionError(f"slow: {took:.1f} s CPU")

    try:
        check()
    except Exception:
        found.append(traceback.format_exc()[-3000:])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=300)
    parser.add_argument("--only", default=",".join(TARGETS))
    parser.add_argument("--slow", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    for name in args.only.split(","):
        start = time.perf_counter()
        found = run(name, args.examples, args.slow, args.seed)
        print(f"{name}: {args.examples} examples, {time.perf_counter() - start:.1f} s, "
              f"{'FAILED' if found else 'ok'}", flush=True)
        for report in found:
            print(report, flush=True)


if __name__ == "__main__":
    main()
