"""Turn files, directories and stdin into decoded texts, or clear per-input errors.

Decoding is strict about what it accepts: a byte-order mark decides the
encoding; otherwise UTF-8, then cp1252 for the legacy Windows text common in
news archives. Binary data (NUL bytes, many control characters) is refused
rather than turned into garbage offsets.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from onrecord.settings import Settings


class InputError(ValueError):
    """A single input cannot be read as text; the batch goes on without it."""


def over_limit(limit: int, size: int | None = None) -> InputError:
    """The error for an input over ``max_input_bytes``, naming how to raise it: a newcomer with a 30 MB text
    file was told only that it was over a limit (the README spoke of pages)."""
    what = f"{size:,} bytes is over" if size is not None else "over"
    return InputError(f"{what} the {limit:,}-byte limit for one article (any input: text, page or feed row; "
                      "ONRECORD_MAX_INPUT_BYTES=N raises it)")


@dataclass(frozen=True, slots=True)
class TextInput:
    """One article's text with where it came from; ``error`` set instead when unreadable."""

    id: str
    source: str | None
    text: str = ""
    error: str | None = None
    published: str | None = None
    # Metadata a corpus keeps per article; plain text files leave them empty.
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    language: str | None = None
    # Read, but with a doubt the run should report: a page that ends before its closing tags (analysed as far
    # as it goes).
    warning: str | None = None


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """Lone surrogates (JSON can carry them; no encoder or parser accepts them) become U+FFFD.

    One code point for one, so every offset into the text is unchanged.
    """
    return _LONE_SURROGATE.sub("\ufffd", text)


def scalar_text(value: object) -> str:
    """A JSON value as a metadata field's text: a list, an object or a boolean is no title, date, outlet or URL
    (a list of URLs was stored as "['http://a', ...]" and linked), so it is empty and the article kept."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return ""
    return str(value)


def display_name(path: os.PathLike[str] | str) -> str:
    """A file name as text that can be printed and stored: undecodable bytes shown as \\xNN escapes.

    A name given as text may hold a lone surrogate no file name decodes to ("\\ud800", from a caller's
    ``TextInput``): ``os.fsencode`` raised UnicodeEncodeError out of ``ArticleMetadata.apply`` (fuzzing); it
    is escaped as its UTF-8 bytes would be."""
    try:
        raw = os.fsencode(path)
    except UnicodeEncodeError:
        raw = os.fspath(path).encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "backslashreplace")


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = set("\n\r\t\f\v")


# Formats people put in a news folder beside the texts, by their first bytes. Each was refused as "binary data
# (NUL bytes), not text", which does not say what the file is or what to do with it; a PDF whose first 8 KB
# hold no NUL was read as cp1252 mojibake when its streams were few.
_SAVE_AS_TEXT = "save it as plain text first"
_DECOMPRESS = "only gzip is read: decompress it first"
_KNOWN_BINARY = (
    (b"%PDF-", "a PDF document", "convert it to text first (pdftotext, say)"),
    (b"PK\x03\x04", "a ZIP archive or a document made of one (.docx, .odt, .epub)", "unpack it or " + _SAVE_AS_TEXT),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc, .xls)", _SAVE_AS_TEXT),
    (b"{\\rtf", "an RTF document", _SAVE_AS_TEXT),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", ""),
    (b"\xff\xd8\xff", "a JPEG image", ""),
    (b"GIF8", "a GIF image", ""),
    (b"\x7fELF", "a program (ELF)", ""),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "unpack it first"),
    (b"Rar!\x1a\x07", "a RAR archive", "unpack it first"),
    (b"\xfd7zXZ\x00", "xz-compressed data", _DECOMPRESS),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data", _DECOMPRESS),
    (b"SQLite format 3\x00", "an SQLite database", "an onrecord store is read with the query commands"),
)


def known_binary(data: bytes) -> str | None:
    """What a file of a known binary format is and what to do, for a person ("a PDF document ..."), or None."""
    for magic, what, advice in _KNOWN_BINARY:
        if data.startswith(magic):
            return f"{what}, not text: {advice}" if advice else f"{what}, not text"
    if data[:3] == b"BZh" and data[3:4].isdigit() and data[4:10] == b"1AY&SY":
        return f"bzip2-compressed data, not text: {_DECOMPRESS}"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WebP image, not text"
    return None


def decode(data: bytes) -> str:
    """Bytes to text, or ``InputError`` saying why not."""
    if what := known_binary(data):
        raise InputError(what)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as err:
                raise InputError(f"starts with a {encoding} byte-order mark but does not decode: {err}") from err
    if b"\x00" in data[:8192]:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError("binary data (NUL bytes), not text")
        return _not_binary(text)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as err:
            raise InputError(f"neither UTF-8 nor cp1252 text: {err}") from err
    return _not_binary(text)


def _utf16_without_bom(data: bytes) -> str | None:
    """Latin-script UTF-16 text written without a byte-order mark (some Windows tools, exports), else None.

    It has a NUL in nearly every other byte and almost never in the bytes between, and every character is
    one of Latin script's (letters to Latin Extended-B, punctuation, currency and letterlike symbols): that
    pattern, a strict decode and those characters tell it from binary data, which was all a NUL meant before
    (an article in UTF-16LE was refused as "binary data"). Other UTF-16 without a BOM is still refused."""
    sample = data[:8192]
    sample = sample[: len(sample) // 2 * 2]
    if not sample:
        return None
    half = len(sample) // 2
    even, odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    encoding = "utf-16-le" if odd >= 0.5 and even <= 0.01 else "utf-16-be" if even >= 0.5 and odd <= 0.01 else None
    if encoding is None or len(data) % 2:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return text if _LATIN_TEXT.fullmatch(text) else None


_LATIN_TEXT = re.compile("[\t\n\v\f\r\x20-\x7e\xa0-\u024f\u2000-\u214f]*")


def _not_binary(text: str) -> str:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in _ALLOWED_CONTROLS)
    if sample and controls / len(sample) > 0.01:
        raise InputError("binary data (control characters), not text")
    return text


def not_a_file(path: Path) -> str | None:
    """Why a path found inside a folder is no file to read, or None for a regular file (or one that cannot
    be examined: opening it then says why). A FIFO blocks the reader for good (a run stalled on a
    ``mkfifo``'d ``b.txt``), and a device such as ``/dev/zero`` behind a symlink never ends; a path the user
    names is still read as given (``onrecord ingest <(zcat feed.jsonl.gz)`` reads a pipe)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return _not_regular(mode)


def _not_regular(mode: int) -> str:
    kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")
    return f"not read: {kind}, not a regular file (name it on the command line to read it anyway)"


def open_regular(path: Path) -> BinaryIO:
    """A file found in a folder, opened to read only if it is still a regular file when opened: ``InputError``
    (the run goes on) for a FIFO, device or socket. ``not_a_file`` looks when the folder is listed, but a file
    swapped for a FIFO after that (``mv fifo b.txt`` while a long run reads the folder) blocked ``open`` for good,
    and the run with it (a leftover of redteam16): the open does not wait here (``O_NONBLOCK``), the descriptor's
    own ``fstat`` says what was opened, and a regular file is then read as any other."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(_not_regular(mode))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_path(path: Path, settings: Settings, *, found: bool = False) -> TextInput:
    """One file's text. ``found``: found in a folder, so read only while it is a regular file (``open_regular``)."""
    # A name's undecodable bytes went out raw in ``extract``'s JSON (b"bad\xff.txt"), which no JSON reader then
    # accepts: the name is shown as ``display_name`` writes it, as ``ingest`` stores it.
    ident, where = display_name(path.stem), display_name(path)
    try:
        size = path.stat().st_size
        if size > settings.max_input_bytes:
            raise over_limit(settings.max_input_bytes, size)
        # At most the limit: a device or pipe named on the command line has no size to check first.
        with open_regular(path) if found else path.open("rb") as stream:
            data = stream.read(settings.max_input_bytes + 1)
        if len(data) > settings.max_input_bytes:
            raise over_limit(settings.max_input_bytes)
        return TextInput(ident, where, decode(data))
    except (InputError, OSError) as err:
        return TextInput(ident, where, error=str(err))


def walk(top: Path, onerror: Callable[[OSError], object] | None = None) -> Iterator[tuple[str, list[str], list[str]]]:
    """``os.walk(top, onerror=onerror)``, top-down, links to folders listed and not entered, but with a stack
    instead of recursion. ``os.walk`` recurses once per level (in Python 3.11): a folder nested 1,000 deep (a
    mirror of a crawl's paths, a tool's runaway output) raised RecursionError out of the listing, which stopped
    ``ingest`` and ``extract`` before their first article, good ones beside it included. A level too deep to
    name (past the system's longest path) is an error of that folder, as one that cannot be read."""
    stack = [os.fspath(top)]
    while stack:
        root = stack.pop()
        try:
            with os.scandir(root) as listing:
                entries = list(listing)
        except OSError as err:
            if onerror is not None:
                onerror(err)
            continue
        dirs: list[str] = []
        files: list[str] = []
        links: set[str] = set()
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if not is_dir:
                files.append(entry.name)
                continue
            dirs.append(entry.name)
            try:
                if entry.is_symlink():
                    links.add(entry.name)
            except OSError:
                links.add(entry.name)
        yield root, dirs, files  # the caller may prune or sort ``dirs`` in place, as with os.walk
        stack.extend(os.path.join(root, name) for name in reversed(dirs) if name not in links)


def expand(paths: Iterable[str]) -> Iterator[Path | None]:
    """Files named, ``*.txt`` under directories (sorted, recursive); ``None`` for "-" (stdin).

    A FIFO, socket or device under a directory is passed on too: ``read_inputs`` reports it unread."""
    for raw in paths:
        if raw == "-":
            yield None
            continue
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.endswith(".txt"):
                        yield Path(root) / name
        else:
            yield path
