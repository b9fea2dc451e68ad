"""Corpus readers: text, HTML, WARC and JSON Lines into ``TextInput`` records.

Every file is sniffed (by name, then by its first bytes), so a directory of
mixed material needs no flags. A reader never raises for bad content: a file,
record or line that cannot be read becomes a ``TextInput`` with ``error`` set,
and the records read before a corrupt part of a file are kept.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import re
import shutil
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO, Literal
from urllib.parse import urlsplit

from onrecord.ingest import (
    InputError,
    TextInput,
    decode,
    display_name,
    expand,
    known_binary,
    not_a_file,
    open_regular,
    over_limit,
    read_path,
    scalar_text,
    walk,
    without_surrogates,
)
from onrecord.ingest.budget import OverBudget, cpu_budget
from onrecord.ingest.metadata import iso_day
from onrecord.settings import Settings

Format = Literal["text", "html", "warc", "jsonl", "xml"]  # "xml": an XML document that is no page (a feed...)

_SUFFIXES: tuple[tuple[tuple[str, ...], Format], ...] = (
    ((".warc", ".warc.gz", ".arc", ".arc.gz"), "warc"),
    ((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json", ".json.gz"), "jsonl"),
    ((".html", ".htm", ".xhtml", ".html.gz"), "html"),
    ((".txt", ".text", ".txt.gz"), "text"),
)
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<article|<!--)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class JsonlFields:
    """Which JSON Lines field holds what. ``--field published=date`` changes one."""

    text: str = "text"
    id: str = "id"
    title: str = "title"
    url: str = "url"
    outlet: str = "outlet"
    author: str = "author"
    published: str = "published"
    language: str = "language"

    def with_overrides(self, pairs: Iterable[str]) -> JsonlFields:
        changes: dict[str, str] = {}
        for pair in pairs:
            name, sep, field_name = pair.partition("=")
            if not sep or name not in self.__dataclass_fields__ or not field_name:
                known = ", ".join(self.__dataclass_fields__)
                raise ValueError(f"expected NAME=FIELD with NAME one of {known}, got {pair!r}")
            changes[name] = field_name
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Source:
    """One file (``path``) or stdin (``path is None``) to read, with its size for progress.

    ``error`` is set for a path that cannot even be listed (a directory without read permission).
    """

    path: Path | None
    size: int
    error: str | None = None
    found: bool = False  # found in a folder, not named: read only while it is still a regular file (``open_regular``)

    @property
    def name(self) -> str:
        return display_name(self.path) if self.path is not None else "stdin"


def list_sources(paths: Iterable[str]) -> Iterator[Source]:
    """Files named and every file under directories (sorted, recursive, hidden ones skipped).

    Symbolic links to directories are not followed (no loops); a directory that cannot be read, and a
    FIFO, socket or device found in one (reading it would block or never end), come back as a ``Source``
    with ``error`` set, so the run reports it instead of passing over it or stalling on it.
    """
    for raw in paths:
        if raw == "-":
            yield Source(None, 0)
            continue
        path = Path(raw)
        if not path.is_dir():
            yield Source(path, _size(path))
            continue
        unreadable: list[OSError] = []
        for root, dirs, files in walk(path, onerror=unreadable.append):
            yield from _unreadable_dirs(unreadable)
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith("."):
                    found = Path(root) / name
                    yield Source(found, _size(found), error=not_a_file(found) or _not_news(name), found=True)
        yield from _unreadable_dirs(unreadable)


# Files a folder of news often holds beside the articles that are never one: the taxonomy, the metadata table,
# settings, a store, a script (a newcomer's `ingest texts/` stored its issues.yaml as an article). Named on
# the command line such a file is still read as asked.
_NOT_NEWS_SUFFIXES = (".yaml", ".yml", ".toml", ".ini", ".cfg", ".csv", ".tsv", ".py", ".db", ".sqlite", ".sqlite3",
                      ".parquet", ".db-wal", ".db-shm", ".db-journal")


def _not_news(name: str) -> str | None:
    lowered = name.lower()
    if not lowered.endswith(_NOT_NEWS_SUFFIXES):
        return None
    return (f"not read: a {lowered.rsplit('.', 1)[-1]} file found in the folder is no article (a taxonomy, "
            "metadata, settings or a store); name it on its own to read it as text")


def _unreadable_dirs(errors: list[OSError]) -> Iterator[Source]:
    while errors:
        err = errors.pop(0)
        yield Source(Path(err.filename or "?"), 0, error=f"cannot read directory: {err.strerror or err}")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


_WARC_STARTS = (b"WARC/", b"filedesc://")  # a WARC record, or an ARC file's header


GZIP_MAGIC = b"\x1f\x8b"  # a gzip stream's first two bytes: every reader here knows gzip by them, not by a name


def _unzipped_head(head: bytes) -> bytes:
    """The first bytes of a file, decompressed when it is gzip (empty when that fails: not WARC, not HTML)."""
    if head[:2] != GZIP_MAGIC:
        return head
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
    except zlib.error:
        return b""


def sniff(name: str, head: bytes) -> Format:
    lowered = name.lower()
    for suffixes, fmt in _SUFFIXES:
        if lowered.endswith(suffixes):
            return fmt
    head = _unzipped_head(head).removeprefix(codecs.BOM_UTF8)
    if head.startswith(_WARC_STARTS):
        return "warc"
    if _HTML_START.match(head):
        return "html"
    if head.startswith(b"<?xml"):
        return "html" if _xml_root(head).lower() == "html" else "xml"
    if head.lstrip().startswith(b"{"):
        return "jsonl"
    return "text"


def _xml_root(head: bytes) -> str:
    """The root element's name of an XML document whose first bytes are ``head`` ("" when they do not reach it):
    past the declaration, processing instructions, comments and a DOCTYPE with its internal subset."""
    at = 0
    while (at := head.find(b"<", at)) != -1:
        if head.startswith(b"<?", at):
            end = head.find(b"?>", at)
        elif head.startswith(b"<!--", at):
            end = head.find(b"-->", at)
        elif head.startswith(b"<!", at):  # <!DOCTYPE ...>, or <!DOCTYPE x [ ... ]>
            bracket, close = head.find(b"[", at), head.find(b">", at)
            end = head.find(b"]>", at) if bracket != -1 and bracket < close else close
        else:
            match = re.match(rb"<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)", head[at:at + 200])
            return match.group(2).decode("ascii", "replace") if match else ""
        if end == -1:
            return ""
        at = end + 1
    return ""


def _xml_document(head: bytes, name: str, ident: str) -> TextInput:
    """An XML document that is no page, named for what it is: a feed's markup was analysed as an article's text
    (a speaker "<?xml version=...", a content ending "&lt;/p&gt;</description>"). Nothing in it is parsed."""
    root = _xml_root(_unzipped_head(head).removeprefix(codecs.BOM_UTF8))
    if root.lower() in ("rss", "feed", "rdf"):
        what = (f"an RSS or Atom feed (XML, root <{root}>), not an article: its items link to the articles; save "
                "those pages (or their text) and ingest them")
    else:
        what = (f"an XML document (root <{root or '?'}>), not an article: onrecord reads text, HTML, WARC and JSON "
                "(Lines); save its text as plain text first")
    return TextInput(ident, name, error=what)


def read_source(source: Source, settings: Settings, fields: JsonlFields | None = None,
                progress: Callable[[int], None] | None = None) -> Iterator[TextInput]:
    """Every article in one file or stdin; unreadable parts come back as ``TextInput.error``.

    ``progress`` hears how many bytes of the file have been read after each article, so a bar
    moves through a large WARC or JSONL file rather than jumping at its end.
    """
    ident = _stem(display_name(source.path.name)) if source.path is not None else "stdin"
    if source.error is not None:
        yield TextInput(ident, source.name, error=source.error)
        return
    try:
        if source.path is None:  # spooled to a temporary file: readers seek, and a piped feed may be large
            data: BinaryIO = tempfile.TemporaryFile()  # noqa: SIM115 (closed by the ``with`` below)
            _spool(sys.stdin.buffer, data, settings.max_input_bytes)
            data.seek(0)
        else:
            data = open_regular(source.path) if source.found else source.path.open("rb")
    except InputError as err:
        yield TextInput(ident, source.name, error=str(err))
        return
    except OSError as err:
        yield TextInput(ident, source.name, error=f"cannot open: {err.strerror or err}")
        return
    with data:
        head = data.read(8192)
        data.seek(0)
        fmt = sniff(source.name if source.path is not None else "", head)
        if fmt == "warc":
            items: Iterable[TextInput] = _read_warc(data, source.name, settings)
        elif fmt == "jsonl" and (document := _json_document(data, settings)) is not None:
            items = _document_articles(document, source.name, ident, fields or JsonlFields())
        elif fmt == "jsonl":
            items = _read_jsonl(data, source.name, ident, settings, fields or JsonlFields())
        elif fmt == "xml":
            items = [_xml_document(head, source.name, ident)]
        else:
            items = [_read_single(data, fmt, source.name, ident, settings)]
        count = 0
        for count, item in enumerate(items, start=1):  # noqa: B007 (the count is read after the loop)
            yield item
            if progress is not None and not data.closed:
                progress(data.tell())
        if count == 0 and fmt == "jsonl":  # an empty feed or "[]": reported as skipped (an empty text), not unseen
            yield TextInput(ident, source.name, "")


def _spool(stream: BinaryIO, into: BinaryIO, limit: int) -> None:
    """Copy piped input into ``into``: all of a feed or a crawl (JSON Lines, WARC), which hold many articles, but
    at most ``limit`` + 1 bytes of one text or page, which is refused past the limit anyway. ``cat /dev/zero |
    onrecord ingest -`` (or any endless pipe of text) was copied to a temporary file until the disk was full."""
    head = stream.read(8192)
    into.write(head)
    if sniff("", head) in ("jsonl", "warc"):
        shutil.copyfileobj(stream, into)
    elif len(head) <= limit:
        into.write(stream.read(limit + 1 - len(head)))


def _stem(name: str) -> str:
    for suffix in (".gz", ".txt", ".text", ".html", ".htm", ".xhtml"):
        name = name.removesuffix(suffix)
    return name


def _read_limited(stream: BinaryIO, limit: int) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise over_limit(limit)
    return data


def _read_single(stream: BinaryIO, fmt: Format, name: str, ident: str, settings: Settings) -> TextInput:
    try:
        data = _read_limited(stream, settings.max_input_bytes)
        if data[:2] == GZIP_MAGIC:
            data = _gunzip(data, settings.max_input_bytes)
        if fmt == "html":
            return html_input(data, ident=ident, source=name, budget=settings.max_page_seconds)
        text = decode(data)
        return TextInput(ident, name, text, title=headline(text))
    except InputError as err:
        return TextInput(ident, name, error=str(err))
    except OSError as err:
        return TextInput(ident, name, error=f"cannot read: {err}")


def headline(text: str) -> str | None:
    """A plain text's first line, when it reads as a headline (short, set apart, not a sentence)."""
    span = title_line(text)
    return text[span[0]:span[1]] if span is not None else None


def title_line(text: str) -> tuple[int, int] | None:
    """Where a plain text's headline is (``headline``): the extractor takes no statement from it."""
    start = len(text) - len(text.lstrip())
    line_end = text.find("\n", start)
    if line_end == -1:
        return None
    # Set apart by a blank line, or, on wire copy, by the dateline the body opens with ("SEOUL, July 18
    # (Yonhap) --"; spkaudit): a line broken mid-paragraph runs on in lower case, never into a dateline.
    if not text.startswith(("\n", "\r\n"), line_end + 1) and not _DATELINE_OPENING.match(text, line_end + 1):
        return None
    first = text[start:line_end]
    end = start + len(first.rstrip())
    first = first.strip()
    # A sentence ends with its mark, also inside a closing quote mark ("“We will not close it.”"); a headline
    # written in title case may end with an abbreviation's point ("... Talks With U.S."; spkaudit).
    if not first or len(first) > 160:
        return None
    if first.rstrip("”’\"'»)").endswith((".", ",", ";", ":")) and not _title_case_abbreviation(first):
        return None
    return start, end


# The dateline a wire story's first paragraph opens with: a place in capitals, then a comma, a bracketed
# agency or a dash ("SEOUL, July 18 (Yonhap) --", "PUYALLUP, Wash. (AP) —").
_DATELINE_OPENING = re.compile(r"[ \t]*[A-Z][A-Z.'\- ]*[A-Z.][ \t]*(?:,|\(|--|—|–)")
# A last word that is an abbreviation with points inside it ("U.S.", "N.Y."): its point ends no sentence.
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")


def _title_case_abbreviation(line: str) -> bool:
    """"Foreign Minister Says Iran Is Open To Talks With U.S.": a line whose words are nearly all capitalised
    and whose last point closes an abbreviation is a headline, not a sentence."""
    words = [w for w in line.split() if w[:1].isalpha()]
    capitalised = sum(w[:1].isupper() for w in words)
    return bool(_ABBREVIATION_END.search(line)) and len(words) >= 4 and capitalised >= 0.8 * len(words)


def _gunzip(data: bytes, limit: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
            unpacked = _read_limited(gz, limit)  # type: ignore[arg-type]
    except (OSError, EOFError, zlib.error) as err:
        raise InputError(f"corrupt or truncated gzip data: {err}") from err
    # The same budget as a feed's: 20 KB that unpack to 20 MB of one repeated byte were analysed as an article (a
    # folder of such files is thousands of analyses of 20 MB from a few megabytes on disk).
    _not_a_gzip_bomb(len(unpacked), len(data), kept="not read", whole_file=False)
    return unpacked


# More tags than any article page has (a long news page has a few thousand): a page of a million tiny tags
# took 30 s of CPU and 1 GB to parse, in the main process of a corpus run, where it stalls every worker.
MAX_HTML_TAGS = 250_000  # opening and closing tags both count
# More attributes in one tag than any page has (a long tag holds a few dozen, one of them perhaps a long JSON value).
# lxml's parser, justext and htmldate each take time quadratic in a tag's attributes, in native code that no CPU
# budget interrupts: one tag of 40,000 attributes (a 0.3 MB page of 12 tags) took 11.8 s of CPU, 400,000 would
# take hours, in the main process of a corpus run (redteam16).
MAX_TAG_ATTRIBUTES = 1_000
_LONG_TAG = re.compile(rb"<[A-Za-z][^<>]{%d,}" % (2 * MAX_TAG_ATTRIBUTES))  # room for more than the limit
_QUOTED_VALUE = re.compile(rb"\"[^\"]*\"|'[^']*'")
_ATTRIBUTE_NAME = re.compile(rb"\s[^\s\"'<>/=]+")


def most_attributes(data: bytes) -> int:
    """The most attributes in one tag of a page, counted in tags long enough to hold more than the limit."""
    most = 0
    for tag in _LONG_TAG.finditer(data):
        most = max(most, len(_ATTRIBUTE_NAME.findall(_QUOTED_VALUE.sub(b" ", tag.group()))))
    return most


def html_input(data: bytes | str, *, ident: str, source: str, url: str | None = None,
               published: str | None = None, budget: float = 0.0) -> TextInput:
    """The article in an HTML page, boilerplate removed, with the page's metadata. Parsing stops after
    ``budget`` CPU seconds (``cpu_budget``; 0: none; ``Settings.max_page_seconds`` where a corpus is read), and a
    page of more than ``MAX_HTML_TAGS`` tags, or with a tag of more than ``MAX_TAG_ATTRIBUTES`` attributes, is
    refused unread: each is an ``InputError`` for this page alone."""
    import trafilatura  # imported here: a second or two of start-up that text-only runs skip

    if isinstance(data, bytes) and (what := known_binary(data)):  # a PDF saved as .html, say
        raise InputError(what)
    if isinstance(data, bytes) and b"\x00" in data[:8192]:  # UTF-16 (a page saved by a Windows tool), or binary
        try:
            data = decode(data)  # was refused as binary data, with its byte-order mark or without
        except InputError:
            raise InputError("binary data (NUL bytes), not HTML") from None
    tags = data.count(b"<") if isinstance(data, bytes) else data.count("<")
    if tags > MAX_HTML_TAGS:
        raise InputError(f"an HTML page of {tags:,} tags, more than an article page has ({MAX_HTML_TAGS:,}): "
                         "not parsed")
    attributes = most_attributes(data if isinstance(data, bytes) else data.encode("utf-8", "replace"))
    if attributes > MAX_TAG_ATTRIBUTES:
        raise InputError(f"an HTML tag of {attributes:,} attributes, more than a page has ({MAX_TAG_ATTRIBUTES:,}): "
                         "not parsed")
    too_deep = False
    try:
        with cpu_budget(budget):
            page: Any = data
            if _nests_too_deep(data, huge=False):  # read as a tree of up to 2,048 levels instead of 256
                page, too_deep = _deep_tree(data), _nests_too_deep(data, huge=True)
            doc = trafilatura.bare_extraction(page if page is not None else data, url=url, with_metadata=True,
                                              include_comments=False, include_tables=False)
    except OverBudget:
        raise InputError(f"HTML parsing stopped after {budget:g} s of CPU time, the budget for reading one page (a "
                         "page too large or too unusual to read; ONRECORD_MAX_PAGE_SECONDS=N raises it)") from None
    except Exception as err:  # trafilatura/lxml raise many kinds on malformed markup
        raise InputError(f"HTML could not be parsed: {type(err).__name__}: {err}") from err
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError("no article text found in the HTML page" + (f" ({TOO_DEEP})" if too_deep else ""))
    # trafilatura puts one paragraph (or heading) per line; a blank line between them keeps a
    # headline out of the first sentence when the text is parsed. This is the text that is stored.
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    page_url = getattr(doc, "url", None) or url
    outlet = getattr(doc, "sitename", None) or getattr(doc, "hostname", None)
    if not outlet and page_url:
        outlet = _hostname(page_url)
    return TextInput(
        id=_url_ident(page_url) if page_url else ident,
        source=source,
        text=text,
        published=_page_day(getattr(doc, "date", None), data) or published,
        title=getattr(doc, "title", None),
        url=page_url,
        outlet=outlet,
        author=getattr(doc, "author", None),
        warning="; ".join(w for w, doubt in ((TRUNCATED_PAGE, _ends_early(data)), (TOO_DEEP, too_deep)) if doubt)
        or None,
    )


# libxml2 stops reading a page at 256 levels of tags (2,048 with XML_PARSE_HUGE, lxml's ``huge_tree``), and what
# lies deeper is dropped without an error. An old page that opens a <font> or a <div> in each paragraph and never
# closes it nests one or two levels a paragraph: of 400 such paragraphs 127 were read, and the run said nothing
# (redteam19). Such a page is read again as a tree of up to 2,048 levels (the input's own limits, MAX_HTML_TAGS and
# the page's CPU budget, bound it); past that depth the text is still lost, and said.
TOO_DEEP = "the page nests its tags more than 2,048 deep: the text past that depth is not read"
_DEPTH_ERROR = "Excessive depth"


def _lxml_html() -> Any:
    import importlib

    return importlib.import_module("lxml.html")  # trafilatura's parser (no type stubs are installed for it)


def _html_parser(*, huge: bool) -> Any:
    # trafilatura's own parser's options (trafilatura.utils.HTML_PARSER), with or without libxml2's huge limits
    return _lxml_html().HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                      remove_pis=True, huge_tree=huge)


def _nests_too_deep(data: bytes | str, *, huge: bool) -> bool:
    """Whether libxml2 stops reading ``data`` at its depth limit (256 levels; 2,048 with ``huge``)."""
    fromstring = _lxml_html().fromstring
    parser = _html_parser(huge=huge)
    try:
        fromstring(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data, parser=parser)
    except Exception:  # an empty or unreadable page: trafilatura says so as it reads it
        return False
    return any(_DEPTH_ERROR in error.message for error in parser.error_log)


def _deep_tree(data: bytes | str) -> Any:
    """``data`` as trafilatura loads a page (its decoding and repairs), parsed with the huge limits; None where
    that fails (trafilatura reads the page itself then)."""
    from trafilatura.utils import decode_file, repair_faulty_html

    fromstring = _lxml_html().fromstring

    try:
        text = decode_file(data)
        text = repair_faulty_html(text, text[:50].lower())
        try:
            return fromstring(text, parser=_html_parser(huge=True))
        except ValueError:  # "Unicode strings with encoding declaration are not supported"
            return fromstring(text.encode("utf-8", "surrogatepass"), parser=_html_parser(huge=True))
    except Exception:
        return None


TRUNCATED_PAGE = "the page may be truncated (it opens <html> or <body> and never closes it): analysed as far as it goes"
_PAGE_EDGE = 4096  # where a page's opening and closing tags sit


def _ends_early(data: bytes | str) -> bool:
    """Whether a page stops before its end (a download cut off): it opens the document and never closes it.
    HTML lets a page leave out ``</body></html>``, but pages saved by browsers and served by news sites keep them."""
    if isinstance(data, str):  # each character is a byte or more: the encoded page's edges, without encoding it all
        head = data[:_PAGE_EDGE].encode("utf-8", "replace")[:_PAGE_EDGE]
        tail = data[-_PAGE_EDGE:].encode("utf-8", "replace")[-_PAGE_EDGE:]
    else:
        head, tail = data[:_PAGE_EDGE], data[-_PAGE_EDGE:]
    head, tail = head.lower(), tail.lower()
    return (b"<html" in head or b"<body" in head) and b"</html" not in tail and b"</body" not in tail


def _split(url: str) -> tuple[str, str]:
    """A URL's host and path; ("", the whole string) for one ``urlsplit`` refuses. A feed row's "http://[::1"
    (a broken IPv6 host) raised ValueError out of the JSON Lines reader, and every row after it was lost."""
    try:
        parts = urlsplit(url)
        return parts.hostname or "", parts.path
    except ValueError:
        return "", url


def _hostname(url: str) -> str | None:
    return _split(url)[0] or None


def _url_ident(url: str) -> str:
    host, path = _split(url)
    ident = re.sub(r"[^A-Za-z0-9._-]+", "-", f"{host}{path}").strip("-")
    if len(ident) > 120:  # the path's end, from a whole word: never "ory-..." of "story-..." nor a leading "-"
        tail = ident[-120:]
        if ident[-121].isalnum() and tail[0].isalnum() and (cut := re.search(r"[-._]", tail)) is not None:
            tail = tail[cut.end():]
        ident = tail.strip("-._")
    return ident or "page"


# A copyright notice's year ("Copyright 2024 The Paper", "© 2018-2024"), which the HTML reader's date search takes,
# as its last resort, for 1 January of that year.
_COPYRIGHT_YEAR = re.compile(r"(?:©|&copy;|&#169;|\bcopyright\b|\(c\))\s*(?:\d{4}\s*[-–]\s*)?(?P<year>\d{4})\b", re.I)


def _page_day(found: object, page: bytes | str) -> str | None:
    """The day the HTML reader found for a page, unless it is only the 1 January of a copyright notice's year: a
    notice dates the site, not the story (outlets15: a page with no date of its own was dated 2024-01-01 by its
    footer's "Copyright 2024", and every statement in it with that day). A page that writes the day itself
    ("2024-01-01", "January 1, 2024", "1 Jan 2024") keeps it."""
    day = _iso_day(found)
    if day is None or not day.endswith("-01-01"):
        return day
    html = page.decode("utf-8", "replace") if isinstance(page, bytes) else page
    year = day[:4]
    if year not in {m.group("year") for m in _COPYRIGHT_YEAR.finditer(html)}:
        return day
    written = re.search(rf"{year}-01-01|\b(?:jan(?:uary)?\.?\s+0?1(?:st)?,?\s+|0?1(?:st)?\s+jan(?:uary)?\.?,?\s+)"
                        rf"{year}", html, re.I)
    return day if written else None


def _iso_day(value: object) -> str | None:
    """A day as a feed, a page or a WARC header writes it: ISO, or the forms a metadata table may use ("18 March
    2025", "May 30, 2025": a feed row's date in those forms left its article undated, with nothing said, while
    the same cell in a --metadata table dated it). A day not in the calendar ("9999-99-99") is none, and so is a
    number (a feed's 20250228 may be anything: a row's fields of the wrong kind are left out)."""
    if not isinstance(value, str) or value.strip().isdigit():
        return None
    return iso_day(value)


def _read_warc(stream: BinaryIO, name: str, settings: Settings) -> Iterator[TextInput]:
    """Every HTML response record is an article; its URL and WARC-Date are kept."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.statusandheaders import StatusAndHeadersParser, StatusAndHeadersParserException

    http = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1"], verify=False)

    seen = records_read = 0
    size = stream.seek(0, io.SEEK_END)
    stream.seek(0)
    first = stream.read(4096)
    stream_gzipped = first[:2] == GZIP_MAGIC
    head = _unzipped_head(first)
    stream.seek(0)
    if not head.startswith(_WARC_STARTS):
        yield TextInput(_stem(Path(name).name), name, error="not a WARC file: it does not start with a WARC record")
        return
    try:
        # The HTTP headers are parsed here, record by record (``_http_headers``): warcio's own parse raised on a
        # response record without a WARC-Target-URI, which ended the iteration and lost every later record.
        records = ArchiveIterator(stream, no_record_parse=True)
        blank_run = _bound_reader(records.reader, stream if stream_gzipped else None)
        record = None
        for record in records:
            records_read += 1
            if record.rec_type not in ("response", "resource"):
                continue
            try:
                record.http_headers = _http_headers(record, http)
            except StatusAndHeadersParserException as err:  # an EOFError is a file cut short: reported below
                where = f"{name}#{records.get_record_offset()}"
                yield TextInput(where, where, error=f"a record's HTTP headers cannot be read: {err}")
                continue
            ctype = ""
            if record.http_headers is not None:
                ctype = record.http_headers.get_header("Content-Type") or ""
                status = record.http_headers.get_statuscode() or "200"
                if not status.startswith("2"):
                    continue
            else:
                ctype = record.rec_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower():
                continue
            seen += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            day = _iso_day(record.rec_headers.get_header("WARC-Date"))
            try:
                payload: bytes | None = _read_limited(record.content_stream(), settings.max_input_bytes)
                problem = None
                # A payload under its own Content-Encoding (gzip, deflate, br) has the feed's budget too.
                _not_a_gzip_bomb(len(payload or b""), record.length or 0, what="the record's Content-Encoding",
                                 kept="not read", whole_file=False)
            except _Stopped:
                raise  # a bound of the file's own: no record after it is read
            except InputError as err:
                payload, problem = None, str(err)
            if payload is not None and getattr(record.raw_stream, "limit", None):
                raise InputError(f"record for {url or 'an unknown URL'} is cut short")  # the file ends inside it
            # Only after the payload is read: asking for the offset reads the record to its end.
            where = f"{name}#{records.get_record_offset()}"
            ident = _url_ident(url) if url else where
            if payload is None:
                yield TextInput(ident, where, error=problem)
                continue
            try:
                yield html_input(payload, ident=ident, source=where, url=url, published=day,
                                 budget=settings.max_page_seconds)
            except InputError as err:
                yield TextInput(ident, where, error=str(err))
        if blank_run:  # the reader ended the file there (the record before the blank lines is kept)
            _blank_run(blank_run[0])
        if record is not None and getattr(record.raw_stream, "limit", None):  # the file ends inside a record
            raise InputError("the last record is cut short")
        if size and not records_read:
            raise InputError("no WARC record found")
        if records.offset < size:  # warcio stops quietly at a truncated gzip member
            raise InputError(f"{size - records.offset:,} bytes at offset {records.offset:,} could not be read")
    except _Stopped as err:
        yield TextInput(_stem(Path(name).name), name, error=f"stopped after {seen} HTML record(s): {err}")
    except Exception as err:  # warcio raises ArchiveLoadFailed, EOFError, zlib.error, ValueError...
        kind = "truncated or corrupt WARC" if records_read else "not a readable WARC file"
        yield TextInput(_stem(Path(name).name), name,
                        error=f"{kind} after {seen} HTML record(s): " + (f"{type(err).__name__}: {err}" if str(err)
                                                                          else "the file ends inside a record"))


# A WARC or HTTP header line is at most a few kilobytes (a long URL, a cookie); no real one comes near this.
MAX_WARC_LINE = 1 << 20


def _bound_reader(reader: Any, packed: BinaryIO | None) -> list[int]:
    """Make warcio's reader read a header line to at most ``MAX_WARC_LINE`` bytes, and a longer one an error of
    the file. warcio grows a line by concatenation, 16 KB at a time: a file opening "WARC/1.0" and then a line of
    200 MB (a file cut and joined to another, or not a WARC at all) took over ten minutes, mostly copying memory
    (system time, which the CPU budget does not count), in the process that stores every article, and then it was
    passed over without a word (break14).

    And the file's other bounds, each an error of the file after the records before it: more than
    ``MAX_BLANK_RUN`` bytes of blank lines in a row (warcio skips the blank lines between records one by one),
    and, for a ``.warc.gz`` (``packed``: the compressed file), the decompressed-size budget of every gzip read
    (``_not_a_gzip_bomb``): a 2 MB ``.warc.gz`` whose record was 2 GB of spaces took 4.5 s of CPU to pass over,
    about 2.2 s a compressed megabyte, unbounded by any size limit (redteam16). A blank run ends the file for
    warcio, as its end would, so that the record before it is still read; it is in the list returned, to report."""
    unbounded, unbounded_read = reader.readline, reader.read
    unpacked = blank = 0
    over: list[int] = []

    def counted(got: int) -> None:
        nonlocal unpacked
        before, unpacked = unpacked, unpacked + got
        if packed is not None and unpacked >> 16 != before >> 16:  # every 64 KB
            _not_a_gzip_bomb(unpacked, packed.tell(), what="gzip-compressed WARC data",
                             kept="the records before it are kept")

    def read(length: int = -1) -> bytes:
        data: bytes = unbounded_read(length)
        counted(len(data))
        return data

    def readline(length: int | None = None) -> bytes:
        nonlocal blank
        if over:  # the file ended for warcio at the blank run
            return b""
        imposed = length is None or length > MAX_WARC_LINE
        cap = MAX_WARC_LINE if imposed or length is None else length
        parts: list[bytes] = []
        got = 0
        while got < cap:  # in pieces, joined once: linear in the line
            part: bytes = unbounded(min(cap - got, 1 << 16))
            if not part:
                break
            parts.append(part)
            got += len(part)
            if part.endswith(b"\n"):
                break
        line = b"".join(parts)
        if imposed and got >= cap and not line.endswith(b"\n"):
            raise InputError(f"a header line longer than {MAX_WARC_LINE:,} bytes: not a WARC record")
        blank = blank + len(line) if line and not line.strip() else 0
        if blank > MAX_BLANK_RUN:
            over.append(blank)
            return b""
        counted(len(line))
        return line

    reader.readline = readline
    reader.read = read
    return over


def _http_headers(record: Any, parser: Any) -> Any:
    """A response record's HTTP status and headers, read off the front of its block, as warcio would: where its
    target is an http(s) URL, or, with no target at all, where the record says it holds an HTTP message."""
    if record.rec_type != "response" or record.length == 0:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    if uri is not None:
        is_http = uri.startswith(("http:", "https:"))
    else:
        is_http = (record.content_type or "").lower().startswith("application/http")
    return parser.parse(record.raw_stream) if is_http else None


def _read_jsonl(stream: BinaryIO, name: str, ident: str, settings: Settings,
                fields: JsonlFields) -> Iterator[TextInput]:
    ident = ident.removesuffix(".jsonl").removesuffix(".ndjson")
    at = [0]  # the lines read so far, blank ones too
    try:
        # gzip by its first bytes, as every other reader here: a gzipped feed named without ".gz" (``feed.jsonl``,
        # a download saved as sent) had each compressed "line" refused as "not valid JSON", every article lost.
        gzipped = stream.read(2) == GZIP_MAGIC
        stream.seek(0)
        raw: BinaryIO = gzip.GzipFile(fileobj=stream) if gzipped else stream  # type: ignore[assignment]
        for lineno, line in _lines(raw, settings.max_input_bytes, stream if gzipped else None, at):
            where = f"{name}:{lineno}"
            try:
                if line is None:
                    raise over_limit(settings.max_input_bytes)
                yield _jsonl_row(line, where, f"{ident}-{lineno}", settings, fields)
            except InputError as err:
                yield TextInput(f"{ident}-{lineno}", where, error=str(err))
    except (OSError, EOFError, zlib.error) as err:
        yield TextInput(ident, name, error=f"corrupt or truncated after line {at[0]}: {err}")
    except InputError as err:  # the file as a whole (a compression bomb): after the rows read before it
        yield TextInput(ident, name, error=f"stopped after {max(at[0] - 1, 0):,} line(s): {err}")  # before the bad one


# gzip makes news text (JSON Lines, WARC) 3 to 10 times smaller; a feed that expands far more is no feed. A 200 KB
# ``feed.jsonl.gz`` of 200 million blank lines held the main process of a corpus run for 43 s of CPU (each line
# skipped in turn; 2 MB of it, seven minutes) while every worker waited, then counted as one empty feed (redteam16).
MAX_GZIP_RATIO = 100
_GZIP_RATIO_FROM = 4_000_000  # decompressed bytes before the ratio is judged: small files may compress well


class _Stopped(InputError):
    """A bound of the whole file (not of one record) was passed: the file is read no further."""


def _not_a_gzip_bomb(unpacked: int, packed: int, what: str = "gzip data", kept: str = "the rows before it are kept",
                     whole_file: bool = True) -> None:
    """The one decompressed-size budget of every compressed input read (a gzipped feed, page, text or JSON document,
    a ``.warc.gz`` and a record's own Content-Encoding): past ``_GZIP_RATIO_FROM`` bytes unpacked, no more than
    ``MAX_GZIP_RATIO`` times the bytes packed. ``whole_file``: the file is read no further (``_Stopped``)."""
    if unpacked > _GZIP_RATIO_FROM and unpacked > MAX_GZIP_RATIO * max(packed, 1):
        raise (_Stopped if whole_file else InputError)(
            f"{what} expanding over {MAX_GZIP_RATIO} times ({packed:,} bytes to {unpacked:,} and more): not news (a "
            f"compression bomb?); {kept}")


# Blank lines in a row, in bytes, that no feed or crawl holds (a few between rows or records). A plain 2 GB
# ``feed.jsonl`` of blank lines was skipped line by line for about seven minutes, in the process that stores every
# article, before it counted as an empty feed (a leftover of redteam16); a sparse file of terabytes, for ever.
MAX_BLANK_RUN = 1 << 20


def _blank_run(run: int) -> None:
    if run > MAX_BLANK_RUN:
        raise _Stopped(f"more than {MAX_BLANK_RUN:,} bytes of blank lines in a row: not a feed or crawl (a file "
                         "padded or cut into another?); what was read before them is kept")


# How far one line over the limit is skipped to reach the rows after it (a row refused for its size ends within a
# few times the limit): a line of zeros (a sparse file of terabytes named .jsonl) was read to its end to be refused.
_LONG_LINE_SKIP = 100_000_000  # bytes, or four times the limit where that is more


def _lines(raw: BinaryIO, limit: int, packed: BinaryIO | None = None,
           at: list[int] | None = None) -> Iterator[tuple[int, bytes | None]]:
    """The lines of a file that are not blank, each of at most ``limit`` bytes, with their numbers; None for a
    longer one, which is skipped in pieces of that size. A file of one long line (a JSON array dumped without
    newlines) was read whole into memory, twice its size, to be refused: enough to kill the run on a large dump
    (fuzz audit). ``packed``: the gzip file ``raw`` decompresses, whose expansion is watched
    (``_not_a_gzip_bomb``). ``at[0]``: the lines read so far, for a message when the file is stopped.

    Blank lines after a blank line are passed over a buffer at a time (``_skip_blank``), not a line at a time: a
    feed of a row every megabyte of blank lines (each run within ``MAX_BLANK_RUN``) was read at about 11 million
    lines a second, minutes for a few gigabytes, in the process that stores every article (redteam17)."""
    at = at if at is not None else [0]
    blank = 0
    peek = getattr(raw, "peek", None)
    while True:
        line = raw.readline(limit + 1)
        if not line:
            return
        at[0] += 1
        if packed is not None and (at[0] % 4096 == 0 or len(line) > 65_536):
            _not_a_gzip_bomb(raw.tell(), packed.tell())
        if len(line) <= limit:
            if line.strip():
                blank = 0
                yield at[0], line
                continue
            blank += len(line)
            _blank_run(blank)
            if peek is not None and line.endswith(b"\n"):
                blank = _skip_blank(raw, peek, blank, at, packed)
            continue
        blank = skipped = 0
        most = max(_LONG_LINE_SKIP, 4 * limit)
        while not line.endswith(b"\n"):
            line = raw.readline(limit + 1)
            if not line:
                break
            skipped += len(line)
            if skipped > most:
                raise _Stopped(f"a line longer than {most:,} bytes: not a feed; the rows before it are kept")
            if packed is not None:
                _not_a_gzip_bomb(raw.tell(), packed.tell())
        yield at[0], None


_BLANK = b" \t\n\r\x0b\x0c"  # what ``bytes.strip`` takes off


def _skip_blank(raw: BinaryIO, peek: Any, blank: int, at: list[int], packed: BinaryIO | None) -> int:
    """Pass over the whole blank lines that follow, as much as the reader holds at a time: counted in ``at[0]``
    and in the run of blank bytes (returned), as line by line, the run's bound (``_blank_run``) and the gzip
    budget judged once a buffer. Stops before the first line that is not blank, or the file's end."""
    while True:
        held: bytes = peek(1 << 16)
        if not held:
            return blank
        cut = held.rfind(b"\n", 0, len(held) - len(held.lstrip(_BLANK))) + 1  # whole blank lines only
        if cut == 0:
            return blank
        if blank + cut > MAX_BLANK_RUN:  # the line over the bound, numbered as line by line
            at[0] += held.count(b"\n", 0, MAX_BLANK_RUN - blank) + 1
            _blank_run(blank + cut)
        raw.read(cut)
        at[0] += held.count(b"\n", 0, cut)
        blank += cut
        if packed is not None:
            _not_a_gzip_bomb(raw.tell(), packed.tell())
        if cut < len(held):
            return blank


def _jsonl_row(line: bytes, where: str, default_id: str, settings: Settings, fields: JsonlFields) -> TextInput:
    if len(line) > settings.max_input_bytes:
        raise over_limit(settings.max_input_bytes)
    row = _json_value(line)
    return _json_article(row, where, default_id, fields)


def _json_value(data: bytes) -> Any:
    try:
        return json.loads(data)
    except ValueError as err:
        raise InputError(f"not valid JSON: {err}") from err
    except RecursionError as err:  # json recurses once per nesting level
        raise InputError("JSON nested too deeply to be an article") from err


def _json_document(stream: BinaryIO, settings: Settings) -> Any:
    """The value of a pretty-printed JSON file, or of a one-line array; None for JSON Lines (the first line is
    a whole object), or when the file does not parse as one document (the JSON Lines reader then reports each
    bad row). A list of articles dumped on one line (``json.dump(rows, f)``) was read as JSON Lines, its one
    line refused as "a JSON Lines row must be an object", and every article in it lost (hostile-folder run)."""
    try:
        head = stream.read(2)
        stream.seek(0)
        raw: Any = gzip.GzipFile(fileobj=stream) if head == GZIP_MAGIC else stream
        try:
            if isinstance(json.loads(raw.readline(1 << 20)), dict):
                return None
        except (ValueError, RecursionError):
            pass
        stream.seek(0)
        data = _read_limited(stream, settings.max_input_bytes)
        if data[:2] == GZIP_MAGIC:
            data = _gunzip(data, settings.max_input_bytes)
        return _json_value(data)
    except (InputError, OSError, EOFError, zlib.error):
        return None
    finally:
        stream.seek(0)


def _document_articles(value: Any, name: str, ident: str, fields: JsonlFields) -> Iterator[TextInput]:
    """A JSON document: an article object or an array of them; any other document is one clear error."""
    if not isinstance(value, list) and not (isinstance(value, dict) and fields.text in value):
        yield TextInput(ident, name, error=f"a JSON document with no {fields.text!r} field: not an article")
        return
    rows = value if isinstance(value, list) else [value]
    for n, row in enumerate(rows, start=1):
        where, row_id = (name, ident) if len(rows) == 1 else (f"{name}[{n}]", f"{ident}-{n}")
        try:
            yield _json_article(row, where, row_id, fields)
        except InputError as err:
            yield TextInput(row_id, where, error=str(err))


# A title, an id or a URL is short; a feed row's field of a megabyte (a text put in the wrong field) is cut here
# rather than carried into every list, page and export of the store.
_MAX_FIELD_CHARS = 2_000


def _json_kind(value: Any) -> str:
    """What a JSON value is, in words, for an error ("a number", "a list")."""
    return {type(None): "null", bool: "a boolean", int: "a number", float: "a number", list: "a list",
            dict: "an object", str: "a string"}.get(type(value), "no string")


def _no_text_field(row: dict[Any, Any], field: str) -> str:
    """A row without the text field, with the fields it has and the one that likely holds the text: a feed
    whose text is under "body" failed row after row with "no text in field 'text'" and nothing more."""
    names = [str(k)[:40] for k in row][:12]
    said = f"no text in field {field!r}; the row's fields are {', '.join(names) or 'none'}" + (
        ", ..." if len(row) > 12 else "")
    texts = [(len(v), str(k)[:40]) for k, v in row.items() if isinstance(v, str) and len(v.split()) >= 20]
    if texts:
        longest = max(texts)[1]
        said += f": `--field text={longest}` reads the text from {longest!r}"
    return said


def _json_article(row: Any, where: str, default_id: str, fields: JsonlFields) -> TextInput:
    if not isinstance(row, dict):
        raise InputError(f"an article must be a JSON object, not {_json_kind(row)}")
    text = row.get(fields.text)
    if not isinstance(text, str):  # missing (a wrong --field?): an error; an empty text is skipped downstream
        raise InputError(_no_text_field(row, fields.text) if fields.text not in row
                         else f"field {fields.text!r} holds {_json_kind(text)}, not text")

    def meta(key: str) -> str | None:
        value = scalar_text(row.get(key))
        return without_surrogates(value)[:_MAX_FIELD_CHARS] if value else None

    url = meta(fields.url)
    return TextInput(
        id=meta(fields.id) or (_url_ident(url) if url else default_id),
        source=where,
        text=text,  # lone surrogates in the text are replaced for every reader at triage (corpus.py)
        published=_iso_day(meta(fields.published)),
        title=meta(fields.title),
        url=url,
        outlet=meta(fields.outlet) or (_hostname(url) if url else None),
        author=meta(fields.author),
        language=meta(fields.language),
    )


def read_inputs(paths: Iterable[str], settings: Settings) -> Iterator[TextInput]:
    paths = list(paths)
    named = {Path(raw) for raw in paths if raw != "-"}
    for path in expand(paths):
        if path is not None and path not in named and (reason := not_a_file(path)) is not None:
            yield TextInput(display_name(path.stem), display_name(path), error=reason)
            continue
        if path is None:  # at most the limit, as from a file: ``extract -`` read an endless pipe into memory
            try:
                yield TextInput("stdin", None, decode(_read_limited(sys.stdin.buffer, settings.max_input_bytes)))
            except InputError as err:
                yield TextInput("stdin", None, error=str(err))
        elif path in named and (pages := _pages_of(path, settings)) is not None:
            yield from pages
        else:
            yield read_path(path, settings, found=path is not None and path not in named)


def _pages_of(path: Path, settings: Settings) -> Iterator[TextInput] | None:
    """The articles of an HTML page, a WARC crawl or a JSON (Lines) feed named on the command line, read as
    ``ingest`` reads them (``sources.read_source``); ``None`` for plain text. ``extract page.html`` had read the
    markup as the article's text, and a WARC's headers as statements."""
    if not path.is_file():  # a FIFO or device is read once, as text, by read_path
        return None
    try:
        with path.open("rb") as stream:
            head = stream.read(8192)
    except OSError:
        return None  # read_path reports it
    return None if sniff(path.name, head) == "text" else read_source(Source(path, _size(path)), settings)
