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
    if _ANCHORED_LINES is not None and _ANCHORED_LINES.match(stripped):
        return True
    lowered = None if _UNLOWERED.search(stripped) else stripped.lower()
    if any((word is None or lowered is None or word in lowered) and p.search(stripped) for word, p in _LINES):
        return True
    if _byline(stripped) or _credit(stripped):
        return True
    return at_foot and len(stripped) <= en.WRITER_NOTE_CHARS and en.WRITER_NOTE.match(stripped) is not None


def leading_word(pattern: str) -> str | None:
    """The lower-case text every match of an unanchored furniture pattern opens with (``\\bclick[ \\t]+here\\b``:
    "click"; ``\\((?:ap|afp)``: "("), or None where the pattern does not say (an anchor, a group, a class or an
    alternation first, a quantified first letter). A line without that text (lowered) cannot match the pattern,
    which is then not run on it: each unanchored search with ``re.I`` scans the whole line."""
    if pattern.startswith("^") or _top_level_alternation(pattern):
        return None
    rest = pattern.removeprefix("\\b")
    word: list[str] = []
    i = 0
    while i < len(rest):
        if rest.startswith("\\(", i):
            char, step = "(", 2
        elif rest[i] in "abcdefghijklmnopqrstuvwxyz ":
            char, step = rest[i], 1
        else:
            break
        if rest[i + step:i + step + 1] in ("?", "*", "+", "{"):
            break  # that letter may be missing or repeated: the text so far is all that is sure
        word.append(char)
        i += step
    return "".join(word) or None


def _top_level_alternation(pattern: str) -> bool:
    """Whether ``pattern`` has a ``|`` outside every group and class (its first letters open one branch only)."""
    depth, in_class, i = 0, False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1
            i += pattern[i:i + 1] == "^"
            i += pattern[i:i + 1] == "]"  # "[]...]", "[^]...]": that "]" is a member, not the end
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
        i += 1
    return False


# Each furniture pattern with the text a line must hold for it to match, where the pattern says (``leading_word``).
# ``re.I`` matches a few letters to "i" and "s" that ``str.lower`` does not make so ("İ", "ı", "ſ"; a test checks
# every letter): on a line holding one, every pattern is run.
_UNLOWERED = re.compile("[\u0130\u0131\u017f]")


def _anchored(p: re.Pattern[str]) -> bool:
    """Whether a furniture pattern matches at a line's start only (``^`` before all of it; no ``re.M``), with
    the flags the patterns are compiled with: those are tried at once, as one alternation matched at the line's
    start (a match there is what ``search`` finds for each), where a search per pattern cost a call each."""
    return p.pattern.startswith("^") and not _top_level_alternation(p.pattern) and p.flags == _PLAIN.flags


_PLAIN = re.compile("", re.I)
_ANCHORED_LINES = re.compile("|".join(f"(?:{p.pattern})" for p in en.FURNITURE_LINES if _anchored(p)), re.I) \
    if any(_anchored(p) for p in en.FURNITURE_LINES) else None
_LINES: tuple[tuple[str | None, re.Pattern[str]], ...] = tuple(
    (leading_word(p.pattern) if not p.flags & re.VERBOSE else None, p) for p in en.FURNITURE_LINES
    if not _anchored(p))


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
    return tuple(m.span() for m in _LINE.finditer(text) if _furniture_line(m.group(), m.start() >= half))


def _furniture_line(line: str, at_foot: bool) -> bool:
    # The parser's copy of a text (its single marks doubled) is asked about besides the text: most of its lines
    # are the text's, answered once.
    return _known_line(line, at_foot) if len(line) <= MAX_CHARS else is_furniture(line, at_foot=at_foot)


@lru_cache(maxsize=1024)
def _known_line(line: str, at_foot: bool) -> bool:
    return is_furniture(line, at_foot=at_foot)


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
