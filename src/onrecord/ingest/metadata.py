"""Per-article metadata from outside the text: a metadata table, or the file name itself.

Corpora often ship their dates, outlets and titles beside the texts (PolNeAR's
``metadata.tsv``) or in the file names (``breitbart_2016-09-12_some-slug.txt``).
``ArticleMetadata`` joins either onto the ``TextInput`` records a reader yields,
so a date reaches the store however the corpus happens to carry it.

Precedence, most trusted first: the metadata file (the user's own record), the
name pattern, what the input itself carries (an HTML page's date), and last the
``--published`` / ``--outlet`` defaults.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TextIO

from onrecord.ingest import TextInput, display_name, scalar_text

# The article fields a metadata row or a file name can fill.
META_FIELDS = ("published", "outlet", "title", "author", "url")

# Column names tried in order when the user names none: the common spellings, so that a table such as
# PolNeAR's (filename, publisher, publication_date) joins without flags.
_DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "key": ("filename", "file", "file_name", "path", "name", "id", "slug"),
    "published": ("published", "publication_date", "date", "pubdate", "published_at"),
    "outlet": ("outlet", "publisher", "source", "site", "sitename", "newspaper"),
    "title": ("title", "headline"),
    "author": ("author", "authors", "byline"),
    "url": ("url", "link"),
}

# Date formats a metadata cell may use besides ISO; a cell that fits none leaves the article undated.
_DATE_FORMATS = ("%Y/%m/%d", "%d.%m.%Y", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y%m%d")
# The same, as a user reads them (the warning about a date no form fits names them).
DATE_FORMS = "'2025-05-29', '2025/05/29', '29.05.2025', 'May 29, 2025', '29 May 2025' or '20250529'"
_TEXT_SUFFIXES = (".gz", ".txt", ".text", ".html", ".htm", ".xhtml", ".json", ".jsonl")


class MetadataError(ValueError):
    """A metadata file or a name pattern that cannot be used."""


def iso_day(value: str | None) -> str | None:
    """``value`` as YYYY-MM-DD, or None when it is no date we can read."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if match := re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", value):
        try:
            year, month, day = (int(g) for g in match.groups())
            return datetime(year, month, day).date().isoformat()
        except ValueError:
            return None
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def stem(name: str) -> str:
    """A file name without its folder and text suffixes: ``a/b_2016-01-02_x.txt.gz`` -> ``b_2016-01-02_x``."""
    name = re.split(r"[\\/]", name)[-1]
    changed = True
    while changed:
        changed = False
        for suffix in _TEXT_SUFFIXES:
            if name.lower().endswith(suffix) and len(name) > len(suffix):
                name, changed = name[: -len(suffix)], True
    return name


@dataclass(frozen=True, slots=True)
class MetadataColumns:
    """Which column holds what; ``--meta-field published=publication_date`` names one outright."""

    names: dict[str, str] = field(default_factory=dict)

    def with_overrides(self, pairs: Iterable[str]) -> MetadataColumns:
        names = dict(self.names)
        for pair in pairs:
            key, sep, column = pair.partition("=")
            if not sep or key not in _DEFAULT_COLUMNS or not column:
                raise MetadataError(f"expected NAME=COLUMN with NAME one of {', '.join(_DEFAULT_COLUMNS)}, "
                                    f"got {pair!r}")
            names[key] = column
        return MetadataColumns(names)

    def pick(self, header: list[str]) -> dict[str, str]:
        """Field -> the header's column for it; a named column that is missing is an error."""
        lowered = {h.strip().lower(): h for h in header}
        chosen: dict[str, str] = {}
        for key, candidates in _DEFAULT_COLUMNS.items():
            if key in self.names:
                if self.names[key].lower() not in lowered:
                    raise MetadataError(f"no column {self.names[key]!r} in the metadata (it has "
                                        f"{', '.join(header)})")
                chosen[key] = lowered[self.names[key].lower()]
                continue
            found = next((lowered[c] for c in candidates if c in lowered), None)
            if found is not None:
                chosen[key] = found
        if "key" not in chosen:
            raise MetadataError(f"no file name or id column in the metadata (it has {', '.join(header)}); "
                                "name it with --meta-field key=COLUMN")
        return chosen


# A line of a metadata table is a file name and a few short fields; one longer than this is no table of ours.
MAX_ROW_CHARS = 1_000_000


def _lines(handle: TextIO, path: Path) -> Iterator[str]:
    """The lines of an open text file, each read to at most ``MAX_ROW_CHARS``: ``--metadata /dev/zero`` (or a
    binary file without a line break) was read as one line into memory, gigabytes of it, until the process was
    killed (break14)."""
    for n in itertools.count(1):
        line = handle.readline(MAX_ROW_CHARS + 1)
        if not line:
            return
        if len(line) > MAX_ROW_CHARS:
            raise MetadataError(f"{path}:{n}: a line longer than {MAX_ROW_CHARS:,} characters: not a metadata "
                                "table (CSV, TSV or JSON Lines)")
        yield line


def _rows(path: Path) -> Iterator[dict[str, str]]:
    """The rows of a CSV, TSV or JSON Lines file as column -> text."""
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        with path.open(encoding="utf-8") as handle:
            for n, line in enumerate(_lines(handle, path), start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except ValueError as err:
                    raise MetadataError(f"{path}:{n}: not valid JSON: {err}") from err
                except RecursionError:  # a traceback before: json recurses once per level
                    raise MetadataError(f"{path}:{n}: JSON nested too deeply to be a row") from None
                if not isinstance(row, dict):
                    raise MetadataError(f"{path}:{n}: a row must be an object")
                yield {str(k): scalar_text(v) for k, v in row.items()}
        return
    with path.open(encoding="utf-8-sig", newline="") as handle:
        delimiter = "\t" if path.suffix.lower() in (".tsv", ".tab") else ","
        for row in csv.DictReader(_lines(handle, path), delimiter=delimiter):
            yield {k: v or "" for k, v in row.items() if k is not None}


@dataclass(frozen=True, slots=True)
class NamePattern:
    """``{outlet}_{published:%Y-%m-%d}_{slug}``: fields read from a file's name (its stem).

    A ``{name}`` matches as little text as it can; ``{published:FORMAT}`` matches a date in that
    strptime format. Fields other than published, outlet, title, author and url (``{slug}``) are
    matched and ignored.
    """

    pattern: str
    regex: re.Pattern[str]
    formats: dict[str, str]

    @classmethod
    def compile(cls, pattern: str) -> NamePattern:
        parts: list[str] = []
        formats: dict[str, str] = {}
        last = 0
        free_last: str | None = None  # the field just before, when it is free (``.+?``, no format)
        for m in re.finditer(r"\{(\w+)(?::([^}]*))?\}", pattern):
            parts.append(re.escape(pattern[last:m.start()]))
            name, fmt = m.group(1), m.group(2)
            if not name.isidentifier():  # "{1}" reached re.compile as a group name: an "unexpected error"
                raise MetadataError(f"--name-pattern: {{{name}}} is no field name (use letters, such as {{slug}})")
            if name in formats or f"(?P<{name}>" in "".join(parts):
                raise MetadataError(f"--name-pattern names {{{name}}} twice")
            if fmt:
                formats[name] = fmt
                parts.append(f"(?P<{name}>{_format_regex(fmt)})")
            else:
                # Two free fields side by side cannot be told apart in a name, and a name that does not fit made the
                # match try every split: 0.46 s a name for four of them on a 200-character name, minutes for more
                # (break14).
                if free_last is not None and last == m.start():
                    raise MetadataError(f"--name-pattern: {{{free_last}}}{{{name}}} has nothing between the two "
                                        f"fields, so no name says where one ends: put what separates them in the "
                                        f"file names between them (such as {{{free_last}}}_{{{name}}})")
                parts.append(f"(?P<{name}>.+?)")
            free_last = None if fmt else name
            last = m.end()
        parts.append(re.escape(pattern[last:]))
        if not formats and "{" not in pattern:
            raise MetadataError("--name-pattern has no {field}")
        try:
            regex = re.compile("".join(parts) + r"\Z")
        except re.error as err:  # whatever else a pattern's fields hold: a usage error, not a traceback
            raise MetadataError(f"--name-pattern cannot be used: {err}") from None
        return cls(pattern, regex, formats)

    def read(self, name: str) -> dict[str, str]:
        """The fields the pattern finds in ``name``; empty when the name does not fit."""
        match = self.regex.match(stem(name))
        if match is None:
            return {}
        out: dict[str, str] = {}
        for key, value in match.groupdict().items():
            if key not in META_FIELDS or not value:
                continue
            if key in self.formats:
                try:
                    value = datetime.strptime(value, self.formats[key]).date().isoformat()
                except ValueError:
                    continue  # "2016-02-30" fits the shape, not the calendar: the article stays undated
            out[key] = value.replace("-", " ") if key == "title" else value
        if "published" in out and not self.formats.get("published"):
            day = iso_day(out["published"])
            out = {k: v for k, v in out.items() if k != "published"} | ({"published": day} if day else {})
        return out


_STRPTIME_REGEX = {"Y": r"\d{4}", "m": r"\d{1,2}", "d": r"\d{1,2}", "y": r"\d{2}", "b": r"[A-Za-z]{3}",
                   "B": r"[A-Za-z]+", "H": r"\d{1,2}", "M": r"\d{1,2}", "S": r"\d{1,2}", "j": r"\d{1,3}",
                   "%": "%"}


def _format_regex(fmt: str) -> str:
    out, i = [], 0
    while i < len(fmt):
        if fmt[i] == "%" and i + 1 < len(fmt):
            code = fmt[i + 1]
            if code not in _STRPTIME_REGEX:
                raise MetadataError(f"--name-pattern: %{code} is not supported (use %Y %m %d %y %b %B %H %M %S %j)")
            out.append(_STRPTIME_REGEX[code])
            i += 2
        else:
            out.append(re.escape(fmt[i]))
            i += 1
    return "".join(out)


@dataclass(slots=True)
class ArticleMetadata:
    """Joins a metadata table and/or a name pattern onto articles; counts what it matched."""

    rows: dict[str, dict[str, str]] = field(default_factory=dict)
    pattern: NamePattern | None = None
    title_line: bool = False
    matched: int = 0  # articles a metadata row was found for
    unmatched: int = 0  # articles of a run with a metadata file but no row for them
    self_dated: int = 0  # of those, the ones dated by what they carry (a page's or a feed row's date)
    pattern_fit: int = 0  # articles whose file name the name pattern read
    pattern_unfit: int = 0  # articles whose name it did not fit (a pattern that fits none dates nothing)
    unread_dates: list[tuple[str, str]] = field(default_factory=list)  # (key, cell) of dates no form fits

    @classmethod
    def load(cls, path: str | Path | None = None, columns: MetadataColumns | None = None,
             pattern: str | None = None, title_line: bool = False) -> ArticleMetadata:
        meta = cls(pattern=NamePattern.compile(pattern) if pattern else None, title_line=title_line)
        if path is not None:
            meta.rows = _table(Path(path), columns or MetadataColumns(), meta.unread_dates)
        return meta

    @property
    def active(self) -> bool:
        return bool(self.rows) or self.pattern is not None or self.title_line

    def apply(self, item: TextInput) -> TextInput:
        """``item`` with what the metadata knows about it; an input that failed to read is left alone."""
        if item.error is not None or not self.active:
            return item
        names = [n for n in (item.source, item.id) if n]
        values: dict[str, str] = {}
        if self.pattern is not None:
            for name in names:
                if found := self.pattern.read(display_name(name)):
                    values = found
                    break
            self.pattern_fit += bool(values)
            self.pattern_unfit += not values
        if self.rows:
            row = next((self.rows[k] for n in names for k in (n, stem(n)) if k in self.rows), None)
            if row is None:
                self.unmatched += 1
                self.self_dated += bool(item.published)
            else:
                self.matched += 1
                values |= row
        if self.title_line and "title" not in values:
            first = item.text.lstrip().split("\n", 1)[0].strip()
            if first:
                values["title"] = first[:300]
        return replace(item, **{k: values.get(k) or getattr(item, k) for k in META_FIELDS})


# Publication days the store takes: a day nearer the calendar's ends is a placeholder (a feed's 0001-01-01, an
# unset 9999-12-31), not a day news was written, and stored it broke what steps from it (the positions page
# and `shifts --window` answered 500: OverflowError). The server's as-of range is the same.
FIRST_PUBLISHED, LAST_PUBLISHED = "0200-01-01", "9799-12-31"


def plausible_day(value: str | None) -> bool:
    """Whether ``value`` (ISO, a day or a time) is a publication day the store can take (not a placeholder)."""
    return bool(value) and FIRST_PUBLISHED <= str(value)[:10] <= LAST_PUBLISHED


def complete(item: TextInput, metadata: ArticleMetadata | None = None, published: str | None = None,
             outlet: str | None = None) -> TextInput:
    """``item`` with its metadata (``--metadata``, ``--name-pattern``, ``--title-line``) and then the run's
    defaults (``--published``, ``--outlet``) where it still has none: one path for ``ingest`` and
    ``extract``, so a file gets the same date and title from either. A placeholder date (``plausible_day``)
    is no date."""
    if metadata is not None:
        item = metadata.apply(item)
    placeholder = item.published if item.published and not plausible_day(item.published) else None
    if placeholder is not None:
        item = replace(item, published=None)
    if published and not plausible_day(published):
        published = None
    if not ((item.published or not published) and (item.outlet or not outlet)):
        item = replace(item, published=item.published or published, outlet=item.outlet or outlet)
    if placeholder is not None:  # said, and kept with the article: it had been made undated without a word
        said = (f"its date {placeholder[:40]!r} is outside {FIRST_PUBLISHED} to {LAST_PUBLISHED}, a placeholder, "
                f"not a day news was written: {f'dated {item.published} instead' if item.published else 'undated'}")
        item = replace(item, warning=f"{item.warning}; {said}" if item.warning else said)
    return item


def _table(path: Path, columns: MetadataColumns,
           unread: list[tuple[str, str]] | None = None) -> dict[str, dict[str, str]]:
    """Metadata rows keyed by file name and by its stem (a table may list either); ``unread`` gets the key and
    the cell of each date that fits no form (``DATE_FORMS``), whose article stays undated."""
    try:
        rows = list(_rows(path))
    except OSError as err:
        raise MetadataError(f"cannot read the metadata file {path}: {err.strerror or err}") from err
    except (UnicodeDecodeError, csv.Error) as err:
        raise MetadataError(f"cannot read the metadata file {path}: {err}") from err
    if not rows:
        raise MetadataError(f"the metadata file {path} has no rows")
    chosen = columns.pick(list(rows[0]))
    table: dict[str, dict[str, str]] = {}
    for row in rows:
        key = (row.get(chosen["key"]) or "").strip()
        if not key:
            continue
        values = {f: row.get(chosen[f], "").strip() for f in META_FIELDS if f in chosen}
        values = {f: v for f, v in values.items() if v and v.lower() not in ("none", "null", "nan", "n/a")}
        if "published" in values:
            cell = values.pop("published")
            if day := iso_day(cell):
                values["published"] = day
            elif unread is not None:
                unread.append((key, cell))
        table.setdefault(key, values)
        table.setdefault(stem(key), values)
    return table
