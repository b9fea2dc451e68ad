"""Find quotations by their marks, over the raw text.

Works on characters, not tokens, so it is independent of how spaCy splits
sentences, and it runs once over the whole article (so a long text cut into
pieces for parsing keeps its quotations whole).

Conventions handled:
- straight ("), curly (“ ”), low-high („ “) and guillemet (« » and » «) marks;
- single marks, straight (') and curly (‘ ’), as British, Irish and Australian outlets quote ('We will
  not be bullied,' she said): an opening single mark stands at a word's start before a letter or digit (not
  an elision: 'em, ’til, rock 'n' roll, the '90s), its closing mark is the next single mark that is not inside
  a word (don't, O'Brien) and not a plural possessive (the players' union: an "s'" before a word closes only
  where no other closing mark comes before the next opening one, or where none follows and the quotation
  does not run on into the next paragraph); inside double marks single ones are the
  inner quotation (US style) and inside single marks double ones are (UK style); an unclosed single mark
  quotes to its paragraph's end only where no double mark follows it there (else it is an apostrophe); the
  parser reads them written in double marks (``double_marked``), offsets unchanged;
- a quotation over several sentences;
- a quotation that runs on across paragraphs: a paragraph that ends inside a
  quotation and a next paragraph that opens with a quote mark continue it;
- unbalanced marks: an unclosed quotation ends at its paragraph's end and is
  flagged ``closed=False`` so callers can treat it with less confidence;
- a paragraph after an unclosed quotation that ends one with a closing mark but
  never opened it (the writer left out the run-on opening mark) is a quotation
  of its own, from the paragraph's start to that mark.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from onrecord.extract import english as en

# Opening mark -> the closing marks it accepts.
_PAIRS: dict[str, str] = {
    "“": "”\"",
    "„": "“”",
    "«": "»",
    '"': '"”',
}
_OPENERS = "“„«\""
# The first closing mark after an opening one, found in one search (a Python step per character was the cost).
_CLOSERS = {opener: re.compile(f"[{re.escape(closers)}]") for opener, closers in _PAIRS.items()}
_ALL_MARKS = "“”„«»\""
# Single marks: what opens a single-mark quotation, what closes one, and every mark a quotation may start or
# end with (``Quotation.inner``).
SINGLE_OPENERS = "'‘"
SINGLE_CLOSERS = "'’"
QUOTE_MARKS = _ALL_MARKS + "‘’'"
_SINGLE_MARK = re.compile("['‘’]")
# Every character ``_scan_paragraph`` stops at (an opening mark of any kind, "»" of German style, the "'" of
# "''"); it passes over the rest in one search.
_ANY_MARK = re.compile(f"[{re.escape(SINGLE_OPENERS + '“„«»' + chr(34))}]")
_GLUED = ".,;:!?)]'’‘"  # a single mark right after one of these opens nothing
_LONGEST_ELISION = max(len(word) for word in en.ELISIONS)
_PARAGRAPH = re.compile(r"\n")
# Two apostrophes standing for a double quote, as in older newspaper archives
# (''Like this,'' he said).
DOUBLED = "''"


@dataclass(frozen=True, slots=True)
class Quotation:
    """``[start, end)`` includes the quote marks themselves."""

    start: int
    end: int
    closed: bool = True
    # Offsets of the inner parts, one per paragraph it spans.
    paragraphs: int = 1

    def inner(self, text: str) -> tuple[int, int]:
        start, end = self.start, self.end
        doubled = text.startswith(DOUBLED, start)
        single = not doubled and start < end and text[start] in SINGLE_OPENERS
        if doubled:
            start += 2
        elif start < end and text[start] in QUOTE_MARKS:
            start += 1
        if self.closed and not single and end - 2 >= start and text.endswith(DOUBLED, 0, end):
            end -= 2
        elif self.closed and end > start and text[end - 1] in QUOTE_MARKS:
            end -= 1
        return start, end


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _PARAGRAPH.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _is_opening_straight(text: str, i: int) -> bool:
    """A straight quote opens when it is not glued to the preceding word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    return not before.isalnum() and before not in ".,;:!?)]"


def _opens_doubled(text: str, i: int) -> bool:
    glued = i > 0 and (text[i - 1].isalnum() or text[i - 1] == "'")
    return not glued and _is_opening_straight(text, i + 1)


def _opens_single(text: str, i: int, end: int) -> bool:
    """A single mark opens a quotation at a word's start before a letter or digit ('We ..., ‘The ...), not
    glued to a word (O'Brien, rock'n'roll) and not eliding one ('em, ’til, 'n', the '90s, in '08)."""
    before = text[i - 1] if i > 0 else " "
    if before.isalnum() or before in _GLUED:
        return False
    after = text[i + 1] if i + 1 < end else " "
    if after.isdigit():
        digits = i + 1
        while digits < end and digits - i <= 3 and text[digits].isdigit():
            digits += 1
        follows = text[digits] if digits < end else " "
        return not (digits - i == 3 and (follows in "sS" or not follows.isalnum()))
    if not after.isalpha():
        return after in "\"“…[(."  # an inner quotation, an ellipsis, the writer's "[T]he" in the speaker's words
    word = i + 1
    while word < end and word - i <= _LONGEST_ELISION and text[word].isalpha():
        word += 1
    return text[i + 1:word].lower() not in en.ELISIONS or (word < end and text[word].isalpha())


def _closes_single(text: str, i: int, end: int) -> int:
    """How a single mark inside a single-mark quotation reads: 0 no closing mark (inside a word: don't,
    D’Souza; after a space; feet in 6' 2"), 1 a plural possessive or a closing mark ("the players' union",
    "the 'lads' and"), 2 a closing mark."""
    before = text[i - 1]
    after = text[i + 1] if i + 1 < end else " "
    if after.isalnum():
        return 0
    if before.isspace():  # closes only after an inner quotation's mark and a (thin) space: '... "B." '
        return 2 if i >= 2 and text[i - 2] in "\"”" else 0
    if after == " " and i + 2 < end:
        if before.isdigit() and text[i + 2].isdigit():
            return 0
        if before in "sS" and text[i + 2].isalpha():
            return 1
    return 2


class _Singles:
    """A paragraph's single marks, read once: which could open a quotation, which close one."""

    def __init__(self, text: str, start: int, end: int) -> None:
        after = end
        while after < len(text) and text[after].isspace():
            after += 1
        self.runs_on = after < len(text) and text[after] in SINGLE_OPENERS  # the next paragraph opens with one
        self.text = text
        self.opens: list[int] = []
        self.closes: list[int] = []
        self.possessive: list[int] = []
        for match in _SINGLE_MARK.finditer(text, start, end):
            i = match.start()
            if text[i] in SINGLE_OPENERS and _opens_single(text, i, end):
                self.opens.append(i)
            if text[i] in SINGLE_CLOSERS and i > start:
                reading = _closes_single(text, i, end)
                if reading:
                    (self.closes if reading == 2 else self.possessive).append(i)
        # An unclosed single mark before a double mark of the paragraph is an apostrophe, not a quotation.
        self.last_double = max(text.rfind(mark, start, end) for mark in (*_ALL_MARKS, DOUBLED))

    def close_after(self, i: int) -> int | None:
        """The closing mark of the quotation opened at ``i``: the first closing mark after it, or a plural
        possessive before that where another quotation opens between the two ("called them 'the lads' and
        said: 'We won.'"), or where no closing mark follows it and it is no sentence running on into a next
        paragraph that opens with a single mark ("what she called a 'fair deal for teachers' at the time",
        "Mocked ‘Queers’ Who Get AIDS", "'does not involve defeat devices' which ...")."""
        close_at = bisect_right(self.closes, i)
        close = self.closes[close_at] if close_at < len(self.closes) else None
        for n in range(bisect_right(self.possessive, i), len(self.possessive)):
            mark = self.possessive[n]
            if close is not None and mark > close:
                break
            opens_at = bisect_right(self.opens, mark)
            next_open = self.opens[opens_at] if opens_at < len(self.opens) else None
            if next_open is not None and (close is None or next_open < close):
                return mark
            if close is None:  # no later possessive has a quotation opening after it either
                # it closes, unless a sentence quoted runs on into the next paragraph, which opens with a single
                # mark ('It's the players' pay.⏎⏎'And ...; not "'does not involve defeat devices' which ...⏎⏎'")
                return None if self.runs_on and self.text[i + 1].isupper() else mark
        return close


def _scan_paragraph(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """Yield ``(open, close_end, closed)`` for each top-level quotation."""
    i = start
    last_opening_guillemet = text.rfind("«", start, end)  # a "»" after it opens nothing
    singles: _Singles | None = None
    nested: dict[int, int] | None = None  # curly marks paired as brackets, read once if a “ is met
    while i < end:
        mark = _ANY_MARK.search(text, i, end)  # a character of no mark is passed by every test below
        if mark is None:
            return
        i = mark.start()
        ch = text[i]
        if ch in SINGLE_OPENERS and _opens_single(text, i, end):
            singles = singles or _Singles(text, start, end)
            close = singles.close_after(i)
            if close is not None:
                yield i, close + 1, True
                i = close + 1
                continue
            if singles.last_double < i:
                yield i, end, False
                return
            i += 1
            continue
        if text.startswith(DOUBLED, i) and _opens_doubled(text, i):
            close = text.find(DOUBLED, i + 2, end)
            if close == -1:
                yield i, end, False
                return
            yield i, close + 2, True
            i = close + 2
            continue
        is_opener = ch in "“„«" or (ch == '"' and _is_opening_straight(text, i))
        if not is_opener:
            # "»text«" (German style) opens with »; treat it symmetrically.
            if ch == "»" and i < last_opening_guillemet and not text[i + 1].isspace():
                close = text.find("«", i + 1, end)
                if close != -1:
                    yield i, close + 1, True
                    i = close + 1
                    continue
            i += 1
            continue
        closer = _CLOSERS[ch].search(text, i + 1, end)
        if closer is None:
            yield i, end, False
            return
        close_end = closer.end()
        if ch == "“" and closer.group() == "”" and text.find("“", i + 1, closer.start()) != -1:
            # an inner quotation opens before the first closing mark: pair the curly marks as brackets, unless a
            # straight mark stands between (“A," she said. "B.” mixes the kinds: the first closing mark closes)
            nested = _curly_pairs(text, start, end) if nested is None else nested
            paired = nested.get(i, close_end)
            close_end = close_end if text.find('"', i, paired) != -1 else paired
        yield i, close_end, True
        i = close_end


_CURLY = re.compile("[“”]")


def _curly_pairs(text: str, start: int, end: int) -> dict[int, int]:
    """Where each curly quotation of a paragraph that holds curly quotations of its own closes: “The chant
    “Death to America” is policy, and “Death to Israel” too.” is one quotation (nc18: a roundup of statements).
    Marks paired as brackets, in one pass; an opening mark left without its pair (a mark left out) is not in
    the answer, and the first closing mark after it closes it, as before."""
    pairs: dict[int, int] = {}
    open_at: list[int] = []
    for m in _CURLY.finditer(text, start, end):
        if m.group() == "“":
            open_at.append(m.start())
        elif open_at:
            pairs[open_at.pop()] = m.end()
    return pairs


def find_quotations(text: str) -> list[Quotation]:
    """All top-level quotations in ``text``, in order, merged across paragraphs."""
    raw: list[tuple[int, int, bool]] = []
    left_open = False  # the last paragraph with text ended inside a quotation
    left_single = False  # ... one a single mark opened
    own: set[int] = set()  # starts of continued paragraphs, never merged with the quotation before
    for p_start, p_end in _paragraphs(text):
        if not text[p_start:p_end].strip():
            continue
        tail = _unopened_tail(text, p_start, p_end, left_single) if left_open else None
        if tail is not None:
            raw.append(tail)
            own.add(tail[0])
            p_start = tail[1]
        found = list(_scan_paragraph(text, p_start, p_end))
        raw.extend(found)
        left_open = bool(found) and not found[-1][2]
        left_single = left_open and _single_opened(text, found[-1][0])
    merged: list[Quotation] = []
    for q_start, q_end, closed in raw:
        prev = merged[-1] if merged else None
        if prev is not None and not prev.closed and q_start not in own and _continues(text, prev.end, q_start):
            merged[-1] = Quotation(prev.start, q_end, closed, prev.paragraphs + 1)
            continue
        merged.append(Quotation(q_start, q_end, closed))
    return [_trim(text, q) for q in merged]


def _single_opened(text: str, start: int) -> bool:
    return text[start] in SINGLE_OPENERS and not text.startswith(DOUBLED, start)


def _unopened_tail(text: str, start: int, end: int, single: bool = False) -> tuple[int, int, bool] | None:
    """``(start, close_end, True)`` when the paragraph's first quote mark closes a quotation it never
    opened: "It was a very emotional day. [...] it felt like the first.”" after "said, “I think [...]".
    After a quotation a single mark opened, its closing single mark (double marks are inner ones there)."""
    while start < end and text[start].isspace():
        start += 1
    if single:
        for i in range(start, end):
            ch = text[i]
            if ch in SINGLE_OPENERS and _opens_single(text, i, end):
                return None
            if ch in SINGLE_CLOSERS and i > start and _closes_single(text, i, end) == 2:
                return start, i + 1, True
        return None
    for i in range(start, end):
        ch = text[i]
        if ch == "”" or (ch == '"' and not _is_opening_straight(text, i)):
            return (start, i + 1, True) if i > start else None
        if ch in _ALL_MARKS or text.startswith(DOUBLED, i):
            return None
    return None


def _continues(text: str, prev_end: int, start: int) -> bool:
    """True when only paragraph whitespace separates an open quotation and a new one."""
    between = text[prev_end:start]
    return "\n" in between and not between.strip()


def _trim(text: str, q: Quotation) -> Quotation:
    """An unclosed quotation must not swallow trailing whitespace."""
    if q.closed:
        return q
    end = q.end
    while end > q.start and text[end - 1].isspace():
        end -= 1
    return Quotation(q.start, end, q.closed, q.paragraphs)


_AS_DOUBLE = {"'": '"', "‘": "“", "’": "”"}
_AS_SINGLE = {'"': "'", "“": "‘", "”": "’"}


def double_marked(text: str, quotations: Sequence[Quotation]) -> str:
    """``text`` with each single-mark quotation written in double marks and the double marks inside it in
    single ones, one character for one, apostrophes untouched: what the parser reads, so that a British
    article parses as the same article in American marks (the parser learned quotations from those)."""
    chars: list[str] | None = None
    for q in quotations:
        single = _single_opened(text, q.start)
        tail = q.closed and text[q.start] not in QUOTE_MARKS and text[q.end - 1] in SINGLE_CLOSERS
        if not single and not tail:
            continue
        chars = chars if chars is not None else list(text)
        if single:
            chars[q.start] = _AS_DOUBLE[text[q.start]]
            for i in range(q.start + 1, q.end - (1 if q.closed else 0)):
                if text[i] in _AS_SINGLE:
                    chars[i] = _AS_SINGLE[text[i]]
                elif text[i] in SINGLE_OPENERS and _reopens(text, q.start, i):
                    chars[i] = _AS_DOUBLE[text[i]]  # a run-on paragraph's opening mark
        if q.closed and text[q.end - 1] in SINGLE_CLOSERS:
            chars[q.end - 1] = _AS_DOUBLE[text[q.end - 1]]
    return text if chars is None else "".join(chars)


def _reopens(text: str, start: int, i: int) -> bool:
    """The single mark at ``i`` opens a paragraph inside the quotation that began at ``start``."""
    j = i - 1
    while j > start and text[j] in " \t\u00a0":
        j -= 1
    return text[j] == "\n" and _opens_single(text, i, len(text))

