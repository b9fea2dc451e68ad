"""What every command shares: argument types, safe terminal output, one-line errors and opening the store
read-only. The command modules (``cli``, ``cli_corpus``, ``cli_positions``) import this and never each
other's internals, so the command line has no import cycle."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import ClassVar, NoReturn

from onrecord.ingest.metadata import FIRST_PUBLISHED, LAST_PUBLISHED, plausible_day
from onrecord.store import Store, StoreError
from onrecord.store.queries import SQLITE_MAX_INT

# Shown instead of printed raw: C0/C1 controls (ESC and CSI start terminal escape sequences, OSC can set
# the window title or write the clipboard), DEL, and bidi controls that reorder what a line appears to say.
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_UNSAFE = {**{c: chr(0x2400 + c) for c in range(0x20)}, 0x7F: "\u2421",
           **{c: f"<U+{c:04X}>" for c in range(0x80, 0xA0)}, **{ord(c): f"<U+{ord(c):04X}>" for c in _BIDI}}
_UNSAFE_IN_TEXT = {c: shown for c, shown in _UNSAFE.items() if chr(c) not in "\n\t"}


def visible(text: str, *, lines: bool = False) -> str:
    """``text`` safe to print on a terminal: control characters become visible (␛, <U+202E>).
    ``lines`` keeps newlines and tabs (a whole article); table cells keep neither."""
    return text.translate(_UNSAFE_IN_TEXT if lines else _UNSAFE)


class Parser(argparse.ArgumentParser):
    argv: ClassVar[list[str]] = []  # the command line being parsed (``cli.main`` sets it), for the hint below

    def error(self, message: str) -> NoReturn:
        """A usage error is one line (argparse prints the whole usage first), exit status 2."""
        if message.startswith("the following arguments are required") and (dashed := [
                w for w in Parser.argv if w.startswith("-") and w not in ("-", "--")
                and w.split("=", 1)[0] not in self._option_string_actions]):
            # An article id made from a page title once could start with "-" ("-briefing-by-..."): argparse
            # took it for an option and said only that the article was missing.
            message += (f"; {visible(dashed[0])!r} starts with \"-\" and was read as an option: give it after "
                        f"\"--\" ({self.prog} [options] -- {visible(dashed[0])})")
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def count(value: str) -> int:
    """A --limit: a whole number from 0 (a negative LIMIT would mean "everything" to SQLite)."""
    return _bounded(value, 0, SQLITE_MAX_INT, "a whole number, 0 or more")


def positive(value: str) -> int:
    return _bounded(value, 1, SQLITE_MAX_INT, "a whole number, 1 or more")


def port(value: str) -> int:
    return _bounded(value, 0, 65535, "a port number, 0 to 65535")


def _bounded(value: str, low: int, high: int, what: str) -> int:
    text = value.strip()
    digits = text.removeprefix("-")
    # ASCII digits only: int() also reads "²" or "١", and a string of thousands of digits is slow to convert.
    if not (digits.isascii() and digits.isdigit() and len(digits) <= 20) or not low <= int(text) <= high:
        raise argparse.ArgumentTypeError(f"not {what}: {value!r}")
    return int(text)


def iso_date(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from err


def publication_date(value: str) -> str:
    """``--published``: an ISO day that is no placeholder (0001-01-01, 9999-12-31), which ingest would drop."""
    day = iso_date(value)
    if not plausible_day(day):
        raise argparse.ArgumentTypeError(f"{day} is no publication date: one between {FIRST_PUBLISHED} and "
                                         f"{LAST_PUBLISHED}, please")
    return day


def output_format(args: argparse.Namespace) -> str:
    """The --format asked for; by default a table on a terminal, JSON Lines into a pipe."""
    return str(args.format or ("table" if sys.stdout.isatty() else "jsonl"))


def excerpt(text: str, width: int) -> str:
    """One table cell: whitespace collapsed, control characters made visible, cut to ``width``."""
    text = visible(" ".join(text.split()))
    return text if len(text) <= width else text[: width - 1] + "…"


def fail(message: str, status: int = 2) -> int:
    print(f"onrecord: error: {visible(message)}", file=sys.stderr)
    return status


def unwritable(db: str) -> str | None:
    """Why the store at ``db`` cannot be written to, or None.

    Asked before any work: SQLite would only say "attempt to write a readonly database" (or "unable to
    open database file") somewhere in the middle of the run.
    """
    path = Path(db)
    folder = path.absolute().parent
    if path.is_dir():
        return f"{db} is a folder; --db names the store file"
    if path.exists() and not os.access(path, os.W_OK):
        return f"cannot write to the store {db}: the file is read-only"
    if not folder.is_dir():
        return f"cannot create the store {db}: there is no folder {folder}"
    # SQLite keeps its write-ahead log in <store>-wal and <store>-shm beside the store, created as needed.
    beside = [Path(f"{path}-wal"), Path(f"{path}-shm")]
    if not os.access(folder, os.W_OK | os.X_OK) and not all(f.exists() for f in beside):
        return f"cannot write to the store {db}: its folder {folder} is read-only (SQLite writes {path.name}-wal " \
               "and -shm files beside the store)"
    return None


def open_store(db: str) -> Store:
    """The store, read-only; one written by an older onrecord is upgraded first, as `onrecord serve` does."""
    from onrecord.store.schema import MIGRATIONS

    store = Store(db, readonly=True)
    latest = MIGRATIONS[-1][0]
    if store.schema_version < latest:
        older = store.schema_version
        store.close()
        if unwritable(db):  # the queries would fail on columns it lacks ("no such column")
            raise StoreError(f"{db} has schema version {older} and this onrecord reads {latest}; it cannot be "
                             "upgraded where it is (read-only): copy it somewhere writable")
        Store(db).close()  # migrates
        store = Store(db, readonly=True)
    return store
