"""Find quotations by their marks, over the raw text.

Works on characters, not tokens, so it is independent of how spaCy splits
sentences, and it runs once over the whole article (so a long text cut into
pieces for parsing keeps its quotations whole).

Conventions handled:
- straight ("), curly (“ ”), low-high („ “) and guillemet (« » and » «) marks;
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
from collections.abc import Iterator
from dataclasses import dataclass

# Opening mark -> the closing marks it accepts.
_PAIRS: dict[str, str] = {
    "“": "”\"",
    "„": "“”",
    "«": "»",
    '"': '"”',
}
_OPENERS = "“„«\""
_ALL_MARKS = "“”„«»\""
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
        if text.startswith(DOUBLED, start):
            start += 2
        elif start < end and text[start] in _ALL_MARKS:
            start += 1
        if self.closed and end - 2 >= start and text.endswith(DOUBLED, 0, end):
            end -= 2
        elif self.closed and end > start and text[end - 1] in _ALL_MARKS:
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


def _scan_paragraph(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """Yield ``(open, close_end, closed)`` for each top-level quotation."""
    i = start
    last_opening_guillemet = text.rfind("«", start, end)  # a "»" after it opens nothing
    while i < end:
        ch = text[i]
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
        closers = _PAIRS[ch]
        found = next((j for j in range(i + 1, end) if text[j] in closers), -1)
        if found == -1:
            yield i, end, False
            return
        yield i, found + 1, True
        i = found + 1


def find_quotations(text: str) -> list[Quotation]:
    """All top-level quotations in ``text``, in order, merged across paragraphs."""
    raw: list[tuple[int, int, bool]] = []
    left_open = False  # the last paragraph with text ended inside a quotation
    own: set[int] = set()  # starts of continued paragraphs, never merged with the quotation before
    for p_start, p_end in _paragraphs(text):
        if not text[p_start:p_end].strip():
            continue
        tail = _unopened_tail(text, p_start, p_end) if left_open else None
        if tail is not None:
            raw.append(tail)
            own.add(tail[0])
            p_start = tail[1]
        found = list(_scan_paragraph(text, p_start, p_end))
        raw.extend(found)
        left_open = bool(found) and not found[-1][2]
    merged: list[Quotation] = []
    for q_start, q_end, closed in raw:
        prev = merged[-1] if merged else None
        if prev is not None and not prev.closed and q_start not in own and _continues(text, prev.end, q_start):
            merged[-1] = Quotation(prev.start, q_end, closed, prev.paragraphs + 1)
            continue
        merged.append(Quotation(q_start, q_end, closed))
    return [_trim(text, q) for q in merged]


def _unopened_tail(text: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """``(start, close_end, True)`` when the paragraph's first quote mark closes a quotation it never
    opened: "It was a very emotional day. [...] it felt like the first.”" after "said, “I think [...]"."""
    while start < end and text[start].isspace():
        start += 1
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
