"""Corpus readers: each format, its metadata, and what happens to broken files."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from onrecord.ingest import sources as sources_module
from onrecord.ingest.sources import JsonlFields, Source, list_sources, read_inputs, read_source, sniff
from onrecord.settings import Settings
from tests.conftest import EXAMPLES

PAGE = """<!doctype html><html><head><title>Talks resume | Gazette</title>
<meta property="og:site_name" content="The Gazette"><meta name="author" content="Ann Lee">
<meta property="article:published_time" content="2025-03-02"></head><body>
<nav>Home | World | Sport</nav><article><h1>Talks resume</h1>
<p>The foreign minister said on Sunday that talks with the rebels would resume in Geneva within a week.</p>
<p>"We have no other choice," she told reporters outside the ministry, adding that both sides wanted peace.</p>
</article><footer>Subscribe now</footer></body></html>"""


def read(path: Path, **kw: object) -> list:  # type: ignore[type-arg]
    return list(read_source(Source(path, path.stat().st_size), Settings(**kw)))  # type: ignore[arg-type]


def warc_bytes(pages: list[tuple[str, str]], *, gz: bool = True) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(html.encode()), http_headers=headers,
            warc_headers_dict={"WARC-Date": "2025-03-04T10:00:00Z"}))
    return buffer.getvalue()


@pytest.mark.parametrize("gz", [False, True])
def test_a_warc_header_line_without_end(tmp_path: Path, gz: bool) -> None:
    """A record whose header runs on for megabytes with no line break (a file cut and joined to another): warcio
    grew the line 16 KB at a time, quadratic (10 minutes at 200 MB, mostly copying memory), and the file was then
    passed over without a word (break14). The records before it are kept, the rest is one error."""
    junk = b"WARC/1.0\r\nWARC-Type: response\r\nX-Junk: " + b"a" * 3_000_000
    path = tmp_path / "crawl.warc"
    good = warc_bytes([("https://news.example/a", PAGE)], gz=gz)
    path.write_bytes(good + (gzip.compress(junk) if gz else junk))
    items = read(path)
    assert [i.error for i in items[:1]] == [None] and "talks with the rebels" in items[0].text
    assert len(items) == 2 and "a header line longer than 1,048,576 bytes" in (items[1].error or "")


def test_sniff_by_name_then_by_content() -> None:
    assert sniff("a.warc.gz", b"") == "warc"
    assert sniff("feed.jsonl", b"") == "jsonl"
    assert sniff("noext", b"WARC/1.1\r\n") == "warc"
    assert sniff("noext", b"  <!DOCTYPE html><html>") == "html"
    assert sniff("noext", b'{"text": "x"}\n') == "jsonl"
    assert sniff("noext", b"Plain words.") == "text"
    assert sniff("noext", gzip.compress(b"WARC/1.0\r\n")) == "warc"
    assert sniff("noext", b"\xef\xbb\xbf<!DOCTYPE html><html>") == "html"
    assert sniff("noext", b'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY a "b">]>\n<html>') == "html"
    assert sniff("noext", b'<?xml version="1.0"?><?xml-stylesheet href="a"?><!-- <html> --><rss>') == "xml"


def test_html_page_loses_boilerplate_and_keeps_metadata(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    [item] = read(tmp_path / "page.html")
    assert item.error is None
    assert "Subscribe" not in item.text and "Sport" not in item.text
    assert "talks with the rebels would resume" in item.text
    assert (item.title, item.outlet, item.author, item.published) == (
        "Talks resume", "The Gazette", "Ann Lee", "2025-03-02")
    assert "\n\nThe foreign minister" in item.text  # paragraphs stay apart


def test_warc_keeps_every_html_response_with_url_and_date(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_bytes([("https://news.example/a", PAGE), ("https://news.example/b", PAGE.replace(
        "Geneva", "Vienna"))]))
    items = read(path)
    assert [i.url for i in items] == ["https://news.example/a", "https://news.example/b"]
    assert all(i.error is None and i.published == "2025-03-02" for i in items)
    assert "Vienna" in items[1].text
    assert items[0].source.startswith(str(path) + "#")


def test_truncated_warc_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    whole = warc_bytes([("https://news.example/a", PAGE), ("https://news.example/b", PAGE)])
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(whole[: len(whole) * 3 // 4])
    items = read(path)
    good = [i for i in items if i.error is None]
    bad = [i for i in items if i.error is not None]
    assert [i.url for i in good] == ["https://news.example/a"]
    assert len(bad) == 1 and "truncated or corrupt WARC after 1" in bad[0].error


def test_garbage_with_a_warc_name_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not a web archive at all\n" * 10)
    [item] = read(path)
    assert item.error and "not a WARC file" in item.error


def test_jsonl_fields_are_configurable_and_bad_rows_are_reported(tmp_path: Path) -> None:
    rows = [{"body": "The mayor said the bridge would reopen.", "date": "2025-04-01T08:00", "site": "Herald",
             "uid": "h-1"}, "not an object", {"uid": "h-3"}]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken\n", encoding="utf-8")
    fields = JsonlFields().with_overrides(["text=body", "published=date", "outlet=site", "id=uid"])
    items = list(read_source(Source(path, 0), Settings(), fields))
    assert (items[0].id, items[0].published, items[0].outlet, items[0].error) == ("h-1", "2025-04-01", "Herald", None)
    assert [i.source for i in items[1:]] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "must be a JSON object, not a string" in items[1].error and "no text in field 'body'" in items[2].error
    assert "not valid JSON" in items[3].error
    with pytest.raises(ValueError, match="NAME=FIELD"):
        JsonlFields().with_overrides(["colour=body"])


def test_a_50_megabyte_page_is_refused_with_its_reason(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as out:
        out.write(b"<html><body><p>")
        for _ in range(50):
            out.write(b"word " * 200_000)  # 1 MB
    [item] = read(path)
    assert item.error is not None and "over the 20,000,000-byte limit" in item.error


def test_truncated_gzip_text_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(b"The minister said talks would resume." * 50)[:30])
    [item] = read(path)
    assert item.error and "truncated gzip" in item.error


def test_directories_are_walked_in_order_without_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x")
    (tmp_path / "1.html").write_text("x")
    (tmp_path / ".DS_Store").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("x")
    names = [s.path.name for s in list_sources([str(tmp_path)]) if s.path]
    assert names == ["1.html", "2.txt"]


def test_a_folder_nested_deeper_than_the_recursion_limit_is_read(tmp_path: Path) -> None:
    """``os.walk`` recursed once per level: a folder 1,200 deep raised RecursionError out of the listing, and
    ``ingest`` and ``extract`` stopped before their first article, the good one at the top included (redteam16).
    Here 300 levels under a recursion limit of 200 (a tree 1,200 deep would defeat pytest's own clean-up)."""
    (tmp_path / "a.txt").write_text("The minister said talks had stalled.\n")
    deep = tmp_path
    for _ in range(300):
        deep = deep / "d"
        deep.mkdir()
    (deep / "z.txt").write_text("The envoy said talks would resume.\n")
    (tmp_path / "b.txt").write_text("The spokesman said nothing.\n")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    try:
        names = [s.path.name for s in list_sources([str(tmp_path)]) if s.path]
        ids = [i.id for i in read_inputs([str(tmp_path)], Settings())]
    finally:
        sys.setrecursionlimit(limit)
    assert names == ["a.txt", "b.txt", "z.txt"]
    assert ids == ["a", "b", "z"]


def test_a_tag_of_thousands_of_attributes_is_refused_unparsed(tmp_path: Path) -> None:
    """lxml, justext and htmldate take time quadratic in one tag's attributes, in native code no CPU budget stops:
    a 0.3 MB page whose one tag had 40,000 took 11.8 s of CPU in the main process of a corpus run, 400,000 would
    take hours (redteam16). A long tag of few attributes (a JSON value of many words) is read as before."""
    crowded = PAGE.replace("<article>", "<article " + " ".join(f"a{n}=x" for n in range(5_000)) + ">")
    (tmp_path / "crowded.html").write_text(crowded)
    [item] = read(tmp_path / "crowded.html")
    assert item.error == "an HTML tag of 5,000 attributes, more than a page has (1,000): not parsed"
    props = json.dumps({"caption": " ".join(["word"] * 3_000), "id": 7}).replace("'", "&#39;")
    (tmp_path / "props.html").write_text(PAGE.replace("<article>", f"<article data-props='{props}' class=story>"))
    [item] = read(tmp_path / "props.html")
    assert item.error is None and "talks with the rebels" in item.text


def test_a_page_is_read_under_the_page_budget_not_the_whole_article_budget(tmp_path: Path) -> None:
    """Pages are read in the process that feeds every worker: a 3 MB page of 120,000 links in one paragraph held
    it for the article budget (600 s), every worker idle (redteam16). Reading a page has its own, shorter one."""
    assert 0 < Settings().max_page_seconds < Settings().max_article_seconds
    (tmp_path / "slow.html").write_text("<html><body><article>" + "<div><p><span>a</span></p></div>" * 30_000
                                        + "</article></body></html>")
    [item] = read(tmp_path / "slow.html", max_page_seconds=0.05)
    assert item.error is not None and item.error.startswith("HTML parsing stopped after 0.05 s of CPU time")
    assert "ONRECORD_MAX_PAGE_SECONDS" in item.error


@pytest.mark.parametrize(("filler", "stop"), [(b"\n", "bytes of blank lines in a row"),  # that bound comes first
                                              (b"\x00", "gzip data expanding over 100 times")],
                         ids=["blank-lines", "one-endless-line"])
def test_a_gzipped_feed_that_expands_like_a_bomb_is_stopped_with_its_rows_kept(tmp_path: Path, filler: bytes,
                                                                               stop: str) -> None:
    """A 200 KB ``feed.jsonl.gz`` of 200 million blank lines held the main process of a corpus run for 43 s of CPU
    (2 MB of it, seven minutes), every worker waiting, and then passed as an empty feed (redteam16)."""
    row = json.dumps({"id": "kept", "text": "The minister said the talks would resume on Monday."}).encode()
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress(row + b"\n" + filler * 8_000_000))
    items = read(tmp_path / "feed.jsonl.gz")
    assert [i.id for i in items] == ["kept", "feed"] and items[0].error is None
    assert stop in (items[1].error or "")


def test_a_fifo_in_a_folder_is_reported_not_read(tmp_path: Path) -> None:
    """A named pipe with no writer blocked ``open`` for good: the run stalled on it (fuzz audit)."""
    (tmp_path / "a.txt").write_text("The minister said talks had stalled.\n")
    os.mkfifo(tmp_path / "b.txt")
    sources = list(list_sources([str(tmp_path)]))
    assert [s.path.name for s in sources if s.path] == ["a.txt", "b.txt"]
    [fifo] = [i for s in sources for i in read_source(s, Settings()) if i.error]  # returns: nothing opens the pipe
    assert fifo.source is not None and fifo.source.endswith("b.txt") and "named pipe (FIFO)" in (fifo.error or "")


def test_extract_reads_a_folder_past_a_fifo_and_at_most_the_limit_of_a_device(tmp_path: Path) -> None:
    """``extract dir/`` read every file whole: a FIFO blocked it, a symlink to /dev/zero filled the memory."""
    (tmp_path / "a.txt").write_text("The minister said talks had stalled.\n")
    os.mkfifo(tmp_path / "b.txt")
    items = list(read_inputs([str(tmp_path)], Settings()))
    assert [(i.id, bool(i.error)) for i in items] == [("a", False), ("b", True)]
    [zero] = list(read_inputs(["/dev/zero"], Settings(max_input_bytes=1000)))  # named: read, up to the limit
    assert zero.error and "limit" in zero.error


def test_a_file_name_of_invalid_utf8_is_printable_in_extracts_json(tmp_path: Path) -> None:
    """``extract`` wrote the name's raw bytes into its JSON (undecodable escapes in a ``str``): no JSON reader took
    the line. Both readers now name such a file as ``ingest`` stores it."""
    name = os.fsencode(tmp_path) + b"/bad\xff\xfename.txt"
    with open(name, "wb") as handle:
        handle.write(b"The minister said talks had stalled.\n")
    [item] = list(read_inputs([str(tmp_path)], Settings()))
    assert item.error is None and item.source is not None
    assert item.source.encode("utf-8").endswith(b"bad\\xff\\xfename.txt") and item.id == "bad\\xff\\xfename"
    [listed] = list(read_source(next(iter(list_sources([str(tmp_path)]))), Settings()))
    assert listed.source == item.source


def test_an_impossible_date_in_a_feed_row_is_no_date(tmp_path: Path) -> None:
    """ "9999-99-99" was stored as the article's date (only its shape was checked; fuzz audit)."""
    rows = [{"id": "a", "text": "The mayor said it would rain.", "published": "9999-99-99"},
            {"id": "b", "text": "The mayor said it would snow.", "published": "2025-02-30T10:00:00Z"},
            {"id": "c", "text": "The mayor said it would hail.", "published": "2025-02-28T10:00:00Z"}]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows))
    assert [i.published for i in read(path)] == [None, None, "2025-02-28"]


def test_a_feed_row_with_a_broken_url_loses_neither_itself_nor_the_rows_after_it(tmp_path: Path) -> None:
    """ "http://[::1" made ``urlsplit`` raise ValueError out of the reader: the rest of the file was lost."""
    rows = [{"text": "The mayor said it would rain.", "url": "http://[::1/x"},
            {"text": "The mayor said it would snow.", "url": "https://news.example/a/b"}]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows))
    items = read(path)
    assert [i.error for i in items] == [None, None]
    assert items[0].url == "http://[::1/x" and items[0].outlet is None
    assert items[1].outlet == "news.example"


def test_a_warc_record_with_a_broken_url_loses_no_record_after_it(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_bytes([("http://[broken/a", PAGE), ("https://gazette.example/talks", PAGE)]))
    items = read(path)
    assert [i.error for i in items] == [None, None]
    assert items[1].url == "https://gazette.example/talks"


def _without_target(data: bytes, url: str) -> bytes:
    """The WARC with ``url``'s WARC-Target-URI header line taken out (an uncompressed WARC)."""
    line = f"WARC-Target-URI: {url}\r\n".encode()
    assert line in data
    return data.replace(line, b"", 1)


def test_a_warc_record_without_its_target_uri_loses_no_record_after_it(tmp_path: Path) -> None:
    # warcio's own parse raised AttributeError on the record without a target, the iteration ended, and the
    # third page was lost with "truncated or corrupt WARC".
    pages = [("https://gazette.example/a", PAGE), ("https://gazette.example/b", PAGE.replace("Sunday", "Monday")),
             ("https://gazette.example/c", PAGE.replace("Sunday", "Friday"))]
    path = tmp_path / "crawl.warc"
    path.write_bytes(_without_target(warc_bytes(pages, gz=False), "https://gazette.example/b"))
    items = read(path)
    assert [i.error for i in items] == [None, None, None]
    assert [i.url for i in items] == ["https://gazette.example/a", None, "https://gazette.example/c"]
    assert "Monday" in items[1].text and "Subscribe" not in items[1].text  # its HTTP headers were read off


def test_feed_fields_of_the_wrong_kind_are_left_out_and_the_article_kept(tmp_path: Path) -> None:
    """A list of URLs was stored as "['http://a', 'http://b']", a boolean outlet as "True"; a megabyte id was
    carried whole into the store."""
    rows = [{"text": "The mayor said it would rain.", "url": ["http://a.example/1", "http://b.example/2"],
             "title": {"en": "Rain"}, "outlet": True, "published": None, "author": 7},
            {"text": "The mayor said it would snow.", "id": "x" * 1_000_000, "published": 20250228},
            {"text": "The mayor said it would hail.", "published": "99999-01-01"}]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows))
    first, second, third = read(path)
    assert (first.error, first.url, first.title, first.outlet, first.published, first.author) == (
        None, None, None, None, None, "7")
    assert second.error is None and len(second.id) <= 2_000 and second.published is None
    assert third.error is None and third.published is None
    path.write_text("\n".join(json.dumps({"text": t}) for t in (12345, None, ["a"], {"b": 1})))
    assert [i.error for i in read(path)] == [  # each was "no text in field 'text'", as if the field were missing
        "field 'text' holds a number, not text", "field 'text' holds null, not text",
        "field 'text' holds a list, not text", "field 'text' holds an object, not text"]


def test_a_jsonl_line_over_the_limit_is_never_held_whole(tmp_path: Path) -> None:
    """A file of one long line (a JSON array dumped without newlines) was read whole into memory to be
    refused: a dump of some gigabytes killed the run (fuzz audit). Now at most the limit is held."""
    import tracemalloc

    good = json.dumps({"id": "ok", "text": "The mayor said it would rain."}).encode()
    path = tmp_path / "feed.jsonl"
    path.write_bytes(good + b"\n" + b'{"text": "' + b"x" * 4_000_000 + b'"}\n' + good.replace(b"ok", b"ok2"))
    tracemalloc.start()
    try:
        items = read(path, max_input_bytes=10_000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [(i.id, bool(i.error)) for i in items] == [("ok", False), ("feed-2", True), ("ok2", False)]
    assert "limit" in (items[1].error or "") and items[1].source and items[1].source.endswith(":2")
    assert peak < 1_000_000, peak


def test_a_feed_piped_on_stdin_is_not_held_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """``zcat feed.jsonl.gz | onrecord ingest -`` read all of stdin into memory before the first row."""
    import sys
    import tracemalloc
    from types import SimpleNamespace

    rows = b"".join(json.dumps({"id": f"r{n}", "text": "The mayor said it would rain. " * 20}).encode() + b"\n"
                    for n in range(5_000))  # 3.3 MB
    class Pipe(io.RawIOBase):  # a pipe's bytes arrive fresh, not shared with the test's copy
        pos = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            n = min(len(buffer), 65_536, len(rows) - self.pos)
            buffer[:n] = rows[self.pos:self.pos + n]
            self.pos += n
            return n

    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BufferedReader(Pipe())))
    tracemalloc.start()
    try:
        stream = read_source(Source(None, 0), Settings())
        first = next(stream)
        peak = tracemalloc.get_traced_memory()[1]
        rest = list(stream)
    finally:
        tracemalloc.stop()
    assert first.id == "r0" and len(rest) == 4_999 and not any(i.error for i in rest)
    assert peak < 1_000_000, peak


_STORY = ("<p>The foreign minister said on Monday that the talks would resume in Geneva next week, after two "
          "months in which both sides traded accusations.</p><p>\u201cWe are ready to sign,\u201d the mayor told "
          "reporters.</p>")


def _entities(secret: Path) -> str:
    """A DOCTYPE with an external entity on a local file (XXE) and ten levels of ten (billion laughs)."""
    laughs = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    return f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{secret}"><!ENTITY l0 "lol">{laughs}]>'


@pytest.mark.parametrize("name", ["feed.xml", "feed.rss", "feed", "atom.xml", "sitemap.xml"])
def test_an_xml_feed_is_named_not_read_as_an_article(tmp_path: Path, name: str) -> None:
    """An RSS feed's markup was analysed as an article (a speaker "<?xml version=...", a content ending
    "&lt;/p&gt;</description>"); nothing in it is parsed, so no entity of it is expanded or fetched (break14)."""
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT", encoding="utf-8")
    root = {"atom.xml": '<feed xmlns="http://www.w3.org/2005/Atom">', "sitemap.xml": "<urlset>"}.get(name, "<rss>")
    body = f"<item><description>{_STORY.replace('<', '&lt;')} &xxe; &l9;</description></item>"
    path = tmp_path / name
    path.write_text(f'\ufeff<?xml version="1.0"?>\n<!-- a feed -->\n{_entities(secret)}\n{root}{body}</x>',
                    encoding="utf-8")
    [item] = read(path)
    assert item.error and item.text == "" and "not an article" in item.error
    if name == "sitemap.xml":
        assert "an XML document (root <urlset>)" in item.error
    else:
        assert "an RSS or Atom feed" in item.error


def test_an_xhtml_page_is_read_as_a_page_without_its_entities(tmp_path: Path) -> None:
    """A page that opens with an XML declaration (XHTML) was read as plain text, markup and all; read as HTML, a
    local file named by an external entity never enters the article (break14)."""
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT", encoding="utf-8")
    page = (f'<?xml version="1.0" encoding="UTF-8"?>\n{_entities(secret)}\n<html xmlns="http://www.w3.org/1999/xhtml">'
            f"<head><title>Talks</title></head><body><article>{_STORY}<p>&xxe; &l9;</p></article></body></html>")
    for name in ("page", "page.xml", "page.xhtml"):
        (tmp_path / name).write_text(page, encoding="utf-8")
        [item] = read(tmp_path / name)
        assert item.error is None and item.text.startswith("The foreign minister said"), (name, item)
        assert "SECRET" not in item.text and "lollol" not in item.text and "<p>" not in item.text


@pytest.mark.parametrize("name", ["feed.jsonl", "feed.ndjson", "feed"])
def test_a_gzipped_feed_named_without_gz(tmp_path: Path, name: str) -> None:
    """A gzipped feed read by its name alone: without ".gz" each compressed line was "not valid JSON" (break14)."""
    rows = [{"id": f"r{n}", "text": f"The mayor said the bridge {n} would open."} for n in range(3)]
    path = tmp_path / name
    path.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode()))
    items = list(read_source(Source(path, path.stat().st_size), Settings()))
    assert [(i.id, i.error) for i in items] == [("r0", None), ("r1", None), ("r2", None)]


class _EndlessPipe(io.RawIOBase):
    """``cat /dev/zero | tr`` (or ``yes``): text that never ends; a reader that takes more than ``bound`` bytes
    fails the test instead of filling memory or the disk."""

    def __init__(self, bound: int) -> None:
        self.given, self.bound = 0, bound

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        assert self.given <= self.bound, "read an endless pipe past the article limit"
        n = min(len(buffer), 65_536)
        buffer[:n] = b"y " * (n // 2) + b"y" * (n % 2)
        self.given += n
        return n


@pytest.mark.parametrize("reader", ["extract", "ingest"])
def test_an_endless_pipe_of_text_is_read_to_the_limit(monkeypatch: pytest.MonkeyPatch, reader: str) -> None:
    """``extract -`` read all of stdin into memory, past the 20 MB limit a file has (a 30 MB pipe was analysed);
    ``ingest -`` copied an endless text to a temporary file until the disk was full (break14)."""
    import sys
    from types import SimpleNamespace

    settings = Settings(max_input_bytes=100_000)
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BufferedReader(_EndlessPipe(1_000_000))))
    items = list(read_inputs(["-"], settings) if reader == "extract" else read_source(Source(None, 0), settings))
    assert len(items) == 1 and "100,000-byte limit" in (items[0].error or "")


def test_example_corpus_reads_every_format() -> None:
    sources = list(list_sources([str(EXAMPLES / "corpus")]))
    items = [i for s in sources for i in read_source(s, Settings())]
    good = {i.id for i in items if i.error is None}
    assert {"zelensky-guarantees", "wire-001", "wire-002", "ok-1"} <= good
    assert any(i.url and "northstar" in i.url for i in items if i.error is None)
    assert sum(1 for i in items if i.error) == 7


def test_a_plain_texts_headline_becomes_its_title(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Talks stall in Geneva\n\nThe minister said talks had stalled.\n")
    (tmp_path / "b.txt").write_text("The minister said talks had stalled.\n\nNothing else.\n")
    assert read(tmp_path / "a.txt")[0].title == "Talks stall in Geneva"
    assert read(tmp_path / "b.txt")[0].title is None


def test_a_headline_over_a_dateline_or_ending_in_an_abbreviation_is_still_the_title() -> None:
    # spkaudit (news from other outlets): wire copy puts the dateline on the line right after the headline,
    # and a title-case headline may end with "U.S."; a line broken mid-sentence is still no title.
    from onrecord.ingest.sources import headline

    assert headline("Mayor says it is time to reopen the harbour\nBERGEN, June 3 (Wire) -- The mayor said so.") \
        == "Mayor says it is time to reopen the harbour"
    assert headline("Mayor Says Harbour Will Reopen To Ferries From U.S.\n\nThe mayor said so.") \
        == "Mayor Says Harbour Will Reopen To Ferries From U.S."
    assert headline("The mayor said the harbour would reopen\nin May, officials said.\n") is None
    assert headline("The mayor said ferries would come from the U.S.\n\nNothing else.") is None


def test_progress_moves_through_a_large_file(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"id": f"r{n}", "text": "The minister said yes. " * 400}) + "\n"
                            for n in range(30)), encoding="utf-8")
    seen: list[int] = []
    items = list(read_source(Source(path, path.stat().st_size), Settings(), progress=seen.append))
    assert len(items) == 30 and seen == sorted(seen) and 0 < seen[0] < seen[-1] <= path.stat().st_size


def test_a_text_over_the_limit_is_refused_naming_the_setting_that_raises_it(tmp_path: Path) -> None:
    # Issue 12: a 30 MB text file was refused with no hint how to raise the limit.
    from onrecord.ingest import read_path

    path = tmp_path / "long.txt"
    path.write_text("The minister said the talks would go on. " * 40, encoding="utf-8")
    for item in (*read(path, max_input_bytes=1000), read_path(path, Settings(max_input_bytes=1000))):
        assert item.error is not None and "1,000-byte limit" in item.error
        assert "ONRECORD_MAX_INPUT_BYTES" in item.error
    [ok] = read(path, max_input_bytes=10_000)
    assert ok.error is None


def test_a_list_of_articles_dumped_on_one_line_is_read_as_one_document(tmp_path: Path) -> None:
    # Was read as JSON Lines: its one line "a JSON Lines row must be an object", every article in it lost.
    rows = [{"text": "The mayor said the bridge would reopen.", "id": "a"}, {"text": None}, 5,
            {"text": "The minister said no.", "id": "b"}]
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(rows))
    got = read(path)
    assert [(i.id, i.error) for i in got] == [
        ("a", None), ("dump.json-2", "field 'text' holds null, not text"),
        ("dump.json-3", "an article must be a JSON object, not a number"), ("b", None)]
    gz = tmp_path / "dump.json.gz"
    gz.write_bytes(gzip.compress(json.dumps(rows[:1]).encode()))
    assert [(i.id, i.error) for i in read(gz)] == [("a", None)]
    # JSON Lines (a whole object on the first line) is read row by row as before, a bad row alone reported.
    lines = tmp_path / "rows.json"
    lines.write_text(json.dumps(rows[0]) + "\n[1]\n" + json.dumps(rows[3]) + "\n")
    assert [(i.id, i.error) for i in read(lines)] == [
        ("a", None), ("rows.json-2", "an article must be a JSON object, not a list"), ("b", None)]


def test_extract_reads_a_named_page_crawl_or_feed_as_ingest_does(tmp_path: Path) -> None:
    """``extract page.html`` had read the markup as the article ("... next week.</p></body></html" was a
    content) and a WARC's headers as statements; a named file is now sniffed like ``ingest``'s inputs."""
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "crawl.warc.gz").write_bytes(warc_bytes([("https://gazette.example/a", PAGE),
                                                         ("https://gazette.example/b", PAGE)]))
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "f1", "text": "The mayor said it would rain."}))
    (tmp_path / "plain.txt").write_text("<p>A text file is its own words, markup and all.</p>")
    named = [str(tmp_path / n) for n in ("page.html", "crawl.warc.gz", "feed.jsonl", "plain.txt")]
    items = list(read_inputs(named, Settings()))
    assert [i.error for i in items] == [None] * 5
    page, first, second, feed, plain = items
    assert "talks with the rebels would resume" in page.text and "<p>" not in page.text
    assert page.outlet == "The Gazette"
    assert (first.url, second.url) == ("https://gazette.example/a", "https://gazette.example/b")
    assert (feed.id, feed.text) == ("f1", "The mayor said it would rain.")
    assert plain.text.startswith("<p>")
    # A directory still means its *.txt files, as documented.
    assert [i.id for i in read_inputs([str(tmp_path)], Settings())] == ["plain"]


@pytest.mark.parametrize("content", ["", "\n\n", "[]"])
def test_an_empty_feed_is_one_empty_input_not_nothing(tmp_path: Path, content: str) -> None:
    # It gave no item at all: a run over it said nothing of the file (not read, not skipped, not failed).
    path = tmp_path / "feed.jsonl"
    path.write_text(content)
    assert [(i.id, i.text, i.error) for i in read(path)] == [("feed.jsonl", "", None)]


def test_a_file_swapped_for_a_fifo_after_the_listing_is_reported_not_waited_on(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A file listed as a regular file and then replaced by a FIFO (``mv fifo b.txt`` while a long run reads the
    folder) blocked ``open`` for good, and the run with it (a leftover of redteam16). The readers run in a thread
    with a time-out, so a regression fails here instead of hanging; the pipe is opened to write to release it."""
    import threading

    (tmp_path / "a.txt").write_text("The minister said talks had stalled.\n")
    (tmp_path / "b.txt").write_text("The mayor said the bridge would reopen.\n")
    sources = list(list_sources([str(tmp_path)]))
    (tmp_path / "b.txt").unlink()
    os.mkfifo(tmp_path / "b.txt")
    monkeypatch.setattr(sources_module, "not_a_file", lambda path: None)  # the listing saw a file
    results: list[list[Any]] = []

    def run() -> None:
        results.append([i for s in sources for i in read_source(s, Settings())])
        results.append(list(read_inputs([str(tmp_path)], Settings())))  # ``extract dir/``

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(20)
    if worker.is_alive():  # blocked in open: a writer releases it, then the test fails
        os.close(os.open(tmp_path / "b.txt", os.O_WRONLY | os.O_NONBLOCK))
        worker.join(5)
    assert len(results) == 2, "a reader blocked on the FIFO"
    for items in results:
        assert [i.error is None for i in items] == [True, False]
        assert "named pipe (FIFO)" in (items[1].error or "")


@pytest.mark.parametrize("blank", [b"\n", b"   \r\n"], ids=["newlines", "spaces"])
def test_a_feed_of_blank_lines_is_stopped_after_a_bounded_run(tmp_path: Path, blank: bytes) -> None:
    """A plain 2 GB ``feed.jsonl`` of blank lines was skipped line by line for about seven minutes (a leftover of
    redteam16); now a run of more than 1 MB of blank lines stops the file, the rows before it kept."""
    row = json.dumps({"id": "kept", "text": "The minister said the talks would resume on Monday."}).encode()
    (tmp_path / "feed.jsonl").write_bytes(row + b"\n" + blank * (1_100_000 // len(blank)) + row + b"\n")
    items = read(tmp_path / "feed.jsonl")
    assert [i.id for i in items] == ["kept", "feed"] and items[0].error is None
    assert "bytes of blank lines in a row" in (items[1].error or "")
    (tmp_path / "feed.jsonl").write_bytes(row + b"\n" + blank * 1_000 + row.replace(b"kept", b"after") + b"\n")
    assert [(i.id, i.error) for i in read(tmp_path / "feed.jsonl")] == [("kept", None), ("after", None)]


def test_blank_lines_spread_through_a_feed_are_passed_over_a_buffer_at_a_time(tmp_path: Path) -> None:
    """A feed of a row every megabyte of blank lines (no run over the bound) was read a line at a time, about 11
    million lines a second: 14 s of CPU for 100 rows (100 MB), minutes for a few gigabytes, in the process that
    stores every article (redteam17's leftover). Blank lines after a blank line are now passed over a buffer at a
    time; the rows keep the numbers (and so the ids) they had."""

    class Counting(io.BufferedReader):
        calls = 0

        def readline(self, size: int | None = -1) -> bytes:
            Counting.calls += 1
            return super().readline(size)

    row = json.dumps({"text": "The minister said the talks would resume on Monday."}).encode()
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"".join(b"\n" * 50_000 + b"  \r\n" * 1_000 + row + b"\n" for _ in range(20)))
    with io.FileIO(path) as raw:
        lines = list(sources_module._lines(Counting(raw), 1_000_000))
    assert [n for n, _ in lines] == [51_001 * k for k in range(1, 21)] and all(line == row + b"\n" for _, line in lines)
    assert Counting.calls < 200  # a line at a time: 1,020,021
    ids = [i.id for i in read(path)]
    assert ids == [f"feed-{51_001 * k}" for k in range(1, 21)]


def test_a_line_of_zeros_without_end_is_not_read_through(tmp_path: Path) -> None:
    """A sparse file of terabytes named ``.jsonl`` (one line of NUL bytes) was read through to its end to refuse its
    one line; a line over the limit is skipped for at most 100 MB (or four times the limit), then the file stopped."""
    row = json.dumps({"id": "kept", "text": "The minister said the talks would resume."}).encode() + b"\n"
    with (tmp_path / "feed.jsonl").open("wb") as sparse:
        sparse.write(row)
        sparse.truncate(150_000_000)  # zeros that take no room on disk
    items = read(tmp_path / "feed.jsonl", max_input_bytes=1_000)
    assert [i.id for i in items] == ["kept", "feed"]
    assert "a line longer than 100,000,000 bytes: not a feed" in (items[1].error or "")


def test_a_warc_gz_that_expands_like_a_bomb_is_stopped_with_its_records_kept(tmp_path: Path) -> None:
    """A 2 MB ``.warc.gz`` whose record was 2 GB of spaces took 4.5 s of CPU to pass over (redteam16), about 2.2 s a
    compressed megabyte with no bound; the feed's decompressed-size budget now stops it."""
    good = "<html><body><article><p>The minister said the talks would resume on Monday, officials said.</p>" \
           "</article></body></html>"
    bomb = "<html><body>" + " " * 6_000_000 + "</body></html>"
    pages = [("http://a.example/good", good), ("http://a.example/bomb", bomb)]
    (tmp_path / "crawl.warc.gz").write_bytes(warc_bytes(pages))
    items = read(tmp_path / "crawl.warc.gz")
    assert items[0].error is None and "minister" in items[0].text
    assert "gzip-compressed WARC data expanding over 100 times" in (items[-1].error or "")
    (tmp_path / "plain.warc").write_bytes(warc_bytes([("http://a.example/good", good)], gz=False) + b"\r\n" * 600_000)
    items = read(tmp_path / "plain.warc")  # blank lines after the last record, past the bound
    assert items[0].error is None and "bytes of blank lines in a row" in (items[-1].error or "")


def test_a_record_under_a_content_encoding_bomb_is_refused_alone(tmp_path: Path) -> None:
    """A record's payload under its own ``Content-Encoding: gzip`` has the same budget: refused, the next read."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    pages = [("http://a.example/bomb", gzip.compress(b"<html><body>" + b" " * 6_000_000 + b"</body></html>"), "gzip"),
             ("http://a.example/good", b"<html><body><article><p>The mayor said the bridge would reopen on Friday, "
                                       b"officials said.</p></article></body></html>", None)]
    for url, body, encoding in pages:
        fields = [("Content-Type", "text/html")] + ([("Content-Encoding", encoding)] if encoding else [])
        headers = StatusAndHeaders("200 OK", fields, protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    (tmp_path / "crawl.warc").write_bytes(buffer.getvalue())
    items = read(tmp_path / "crawl.warc")
    assert "the record's Content-Encoding expanding over 100 times" in (items[0].error or "")
    assert items[1].error is None and "mayor" in items[1].text


def test_a_gzipped_text_or_page_that_expands_like_a_bomb_is_refused(tmp_path: Path) -> None:
    """20 KB that unpack to 20 MB of one byte were analysed as an article; now refused by the same budget."""
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b" " * 6_000_000))
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(b"<html><body>" + b"<p>a</p>" * 800_000 + b"</body></html>"))
    (tmp_path / "c.txt.gz").write_bytes(gzip.compress(b"The minister said the talks would resume on Monday.\n"))
    for name in ("a.txt.gz", "b.html.gz"):
        [item] = read(tmp_path / name)
        assert "gzip data expanding over 100 times" in (item.error or ""), name
    [item] = read(tmp_path / "c.txt.gz")
    assert item.error is None and "minister" in item.text


def test_a_taxonomy_or_metadata_table_found_in_a_folder_is_reported_not_read_as_news(tmp_path: Path) -> None:
    # lead17: a newcomer's `ingest texts/` stored the issues.yaml beside the articles as an article
    (tmp_path / "story.txt").write_text("Talks\n\nThe minister said talks would resume.\n", encoding="utf-8")
    (tmp_path / "issues.yaml").write_text("name: t\nissues: []\n", encoding="utf-8")
    (tmp_path / "meta.csv").write_text("id,published\nstory,2025-11-21\n", encoding="utf-8")
    found = {s.path.name: s.error for s in list_sources([str(tmp_path)]) if s.path is not None}
    assert found["story.txt"] is None
    assert found["issues.yaml"] is not None and "no article" in found["issues.yaml"]
    assert found["meta.csv"] is not None and "no article" in found["meta.csv"]
    named = {s.path.name: s.error for s in list_sources([str(tmp_path / "issues.yaml")]) if s.path is not None}
    assert named["issues.yaml"] is None  # named on its own, it is read as asked


def test_a_page_that_never_closes_its_tags_is_read_past_256_levels() -> None:
    # An old page that opens a <font> in each paragraph and never closes it nests two levels a paragraph: libxml2
    # stops at 256 levels and drops the rest without an error, so 127 of 400 paragraphs were read and nothing said
    # (redteam19). Such a page is read as a tree of up to 2,048 levels; past that the loss is said.
    from onrecord.ingest import InputError
    from onrecord.ingest.sources import html_input

    def page(paragraphs: int) -> str:
        return ("<html><head><title>Harbour talks</title></head><body>" + "".join(
            f"<font size=2><p>“Point {n} of the harbour plan will be settled,” Mayor Lina Ortez said." for n in
            range(paragraphs)) + "</body></html>")

    item = html_input(page(400), ident="p", source="p.html")
    assert item.text.count("harbour plan") == 400 and "“Point 399 of" in item.text
    assert item.warning is None
    deeper = html_input(page(1_100), ident="p", source="p.html")
    assert deeper.text.count("harbour plan") > 1_000
    assert deeper.warning is not None and "more than 2,048 deep" in deeper.warning
    with pytest.raises(InputError, match="more than 2,048 deep"):
        html_input("<html><body>" + "<div>" * 3_000 + "<p>Deep words here.</p>" + "</div>" * 3_000 + "</body></html>",
                   ident="d", source="d.html")
    ordinary = html_input(page(3).replace("<font size=2>", ""), ident="o", source="o.html")
    assert ordinary.text.count("harbour plan") == 3 and ordinary.warning is None
