"""Page furniture: the lines of a page that are the outlet's, not the story's.

A wire's trailer ("(Reporting by X; Editing by Y)", "Our Standards: ..."), a byline, a caption and its credit,
a share button, a newsletter plug, a live blog's time stamp, a correction notice, the writer's address: real
pages pasted as text, and pages read from HTML, carry them. They stay in the text, since the stored text is what
every offset indexes; this module only marks them, and the extractor, the speaker resolver and the event finder
skip what lies on a marked line: no statement, no actor, no event (the link lines, "READ MORE: ...", are one
kind of it). The words are in ``english.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from onrecord.extract import english as en

__all__ = ["Furniture", "credited_author", "furniture_lines", "is_furniture"]

# No furniture line is longer: a paragraph of this length is the story's, whatever it opens with.
MAX_CHARS = 320
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\s,|·•/]+")


def is_furniture(line: str, *, at_foot: bool = True) -> bool:
    """Whether one line (without its line break) is furniture. ``at_foot``: the line is in the later half of
    the piece, where a writer's note about themselves ("X is a reporter for the Ledger.") stands."""
    stripped = line.strip().lstrip("\ufeff")
    if not stripped or len(stripped) > MAX_CHARS:
        return False
    if en.LINK_LINE.match(stripped):
        return True
    plain = stripped.lower().rstrip(".:!)").lstrip("(").strip()
    if plain in en.FURNITURE_WORDS or plain.startswith(en.FURNITURE_OPENINGS):
        return True
    if any(p.search(stripped) for p in en.FURNITURE_LINES):
        return True
    if _byline(stripped) or _credit(stripped):
        return True
    return at_foot and len(stripped) <= en.WRITER_NOTE_CHARS and en.WRITER_NOTE.match(stripped) is not None


def _credit(line: str) -> bool:
    """"(Reporting by X; Editing by Y)", "--additional reporting by X.", "Reporting by X and Y in Kyiv": a wire's
    credits, not "Reporting by ProPublica found ..." (a sentence: none of the marks, and a lower-case verb)."""
    m = en.CREDIT_LINE.match(line)
    if m is None:
        return False
    rest = m.group("rest")
    if m.group("open") or ";" in rest or re.search(r"\bby[ \t]", rest, re.I):
        return True
    return _names_only(rest.rstrip(". "))


def _names_only(words_text: str) -> bool:
    words = _WORD.findall(words_text)
    names = [w for w in words if w.lower() not in en.BYLINE_JOINS]
    return 0 < len(names) <= en.BYLINE_WORDS and all(w[:1].isupper() for w in names) \
        and words[-1].lower() not in en.BYLINE_JOINS


def _byline(line: str) -> bool:
    """"By Laura Finch and Peter Hale", "BY ANNA DE LA CRUZ, Reuters": names after "By", and nothing else."""
    if not (line.startswith(("By ", "BY ")) and len(line) > 4):
        return False
    return _names_only(line[3:]) and not line.rstrip().endswith(("?", "!"))


# One article's text is asked about by the transcript reader, the speaker resolver and the event finder in turn:
# a few entries serve them, and no more are kept (a cached key holds its whole text alive: 64 long pages is a lot).
@lru_cache(maxsize=8)
def furniture_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``text``'s furniture lines, in order (each a whole line, without its line break)."""
    half = len(text) // 2
    return tuple(m.span() for m in _LINE.finditer(text) if is_furniture(m.group(), at_foot=m.start() >= half))


class Furniture:
    """The furniture lines of one text, asked about offsets."""

    def __init__(self, text: str) -> None:
        self.spans = furniture_lines(text)
        self._starts = [start for start, _ in self.spans]

    def covers(self, offset: int) -> bool:
        """Whether ``offset`` lies on a furniture line."""
        i = bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self.spans[i][1]


# "(Reporting by Tom Reed in Kyiv; Editing by Ann Vale)": the reporters' names, before a place, a semicolon or
# the next credit.
_REPORTING_BY = re.compile(r"^[-–—(]{0,2}[ \t]*reporting[ \t]+by[ \t]+(?!the\b)(?P<names>(?-i:[A-Z])[^;()\n]+?)"
                           r"(?:[ \t]+in[ \t]+[^;()\n]*)?[ \t]*(?:[;)]|\.?$)", re.I)
# Lines from the top where a byline stands (after the headline, a stamp, a caption).
BYLINE_REACH = 6


def credited_author(text: str) -> str | None:
    """Who the page says wrote it, when its metadata does not: a byline near the top ("By Laura Finch and Peter
    Hale" gives "Laura Finch and Peter Hale"), else a wire's reporting credit ("(Reporting by Tom Reed; Editing by
    Ann Vale)" gives "Tom Reed"). None when the text has neither."""
    lines = [m for m in _LINE.finditer(text) if m.group().strip()]
    for m in lines[:BYLINE_REACH]:
        line = m.group().strip()
        if _byline(line):
            return line[3:].strip(" ,|") or None
    for m in reversed(lines):
        found = _REPORTING_BY.match(m.group().strip())
        if found and _credit(m.group().strip()):
            return found.group("names").strip(" ,.") or None
    return None
