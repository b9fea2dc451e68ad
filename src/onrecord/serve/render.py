"""HTML for an article with its statements highlighted, and an SVG timeline.

Everything that comes from an article goes through ``markupsafe.escape``; the
only markup here is ours. Speakers are told apart twice over: a colour and an
underline style (solid, dashed, dotted, double, wavy) plus a numbered badge, so
the page reads without colour too.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from markupsafe import Markup, escape

from onrecord.store.export import statement_anchor

COLOURS = 8  # css classes c0..c7
STYLES = ("solid", "dashed", "dotted", "double", "wavy")
# Bidi embeddings, overrides, isolates and marks. Applied, one in an article can reverse what follows it
# (a "Trojan Source" trick) and make a quotation read differently from what the text holds; shown, it is
# visible evidence. LRM/RLM/ALM are included: harmless alone, but invisible either way.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_SAFE_KEY = re.compile(r"[A-Za-z0-9_-]{1,64}")


@dataclass(frozen=True, slots=True)
class Speaker:
    number: int  # 1-based, shown in the badge and the legend
    key: str
    name: str
    colour: str  # css class
    line: str  # css class
    statements: int = 0  # how many of the article's statements are this speaker's

    @property
    def css(self) -> str:
        return f"{self.colour} {self.line}"


def anchor(statement: dict[str, Any], index: int | None = None) -> str:
    """The element id of a statement in the reader: ``s-KEY`` from its stable key; ``s-id-ROWID`` for a
    store written before keys existed; ``s-n-INDEX`` for an analysis with neither (never stored)."""
    key = statement.get("key")
    if (isinstance(key, str) and _SAFE_KEY.fullmatch(key)) or isinstance(statement.get("id"), int):
        return statement_anchor(statement)  # a stored statement: the same anchor as the CSV's link
    return f"s-n-{index if index is not None else 0}"


def continued_anchor(statement: dict[str, Any]) -> str | None:
    """The element id of the statement a run-on quotation continues ("“A,” she said. “B.”": B's panel
    links to A), or None."""
    key = statement.get("continues")
    return f"s-{key}" if isinstance(key, str) and _SAFE_KEY.fullmatch(key) else None


def bidi_marker(char: str) -> str:
    return f"<U+{ord(char):04X}>"


def show_bidi(text: str) -> str:
    """Plain text (for attributes and JSON) with every bidi control replaced by a visible marker."""
    return BIDI_CONTROLS.sub(lambda m: bidi_marker(m.group()), text)


def escape_visible(text: str) -> str:
    """``text`` escaped as HTML, bidi controls shown as marker spans instead of applied.

    Called per piece after the text is cut at statement boundaries, so the offsets, which count the
    original characters, still decide every cut."""
    out, last = [], 0
    for m in BIDI_CONTROLS.finditer(text):
        char = m.group()
        name = unicodedata.name(char, "bidi control")
        out += [str(escape(text[last:m.start()])),
                f'<span class="bidi" title="{escape(name.lower())}">{escape(bidi_marker(char))}</span>']
        last = m.end()
    out.append(str(escape(text[last:])))
    return "".join(out)


# A word as the full-text index (FTS5 unicode61) reads one: letters and digits; anything else separates.
_WORD = re.compile(r"[^\W_]+")


class _Unaccented(dict[int, str]):
    """A ``str.translate`` table, filled as characters come: each character with its accent taken off
    ("é" -> "e"), as the index's remove_diacritics does; one character for one, so offsets in a folded text
    are offsets in the text (a join per character cost a results page a millisecond)."""

    def __missing__(self, code: int) -> str:
        base = [c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c)]
        self[code] = folded = base[0] if len(base) == 1 else chr(code)
        return folded


_UNACCENTED = _Unaccented()


def _folded(text: str) -> str:
    return text if text.isascii() else text.translate(_UNACCENTED)


def search_pattern(phrases: Sequence[str]) -> re.Pattern[str] | None:
    """One pattern for the words and phrases of a search, matching as the index matches: whole words, case
    and accents aside, a phrase's words in order with anything but a letter or digit between them ("don't"
    finds "don’t": both are "don" then "t")."""
    alternatives = []
    for phrase in phrases:
        words = _WORD.findall(_folded(phrase))
        if words:  # a prefix word (``hostage*``) marks the whole word it starts
            tail = r"[^\W_]*" if phrase.endswith("*") else ""
            alternatives.append(r"[\W_]+".join(re.escape(w) for w in words) + tail)
    if not alternatives:
        return None
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives) + r")(?![^\W_])", re.IGNORECASE)


def found_words(text: str, pattern: re.Pattern[str] | None) -> Markup:
    """``text`` escaped (bidi controls shown), what ``pattern`` (``search_pattern``) finds in <mark class="hit">.

    A result of a long briefing can be a 700-character answer: marked, the words it was found for can be
    seen at a glance."""
    if pattern is None:
        return Markup(escape_visible(text))
    out, last = [], 0
    for m in pattern.finditer(_folded(text)):
        start, end = m.span()
        out += [escape_visible(text[last:start]), f'<mark class="hit">{escape_visible(text[start:end])}</mark>']
        last = end
    out.append(escape_visible(text[last:]))
    return Markup("".join(out))


def snippet(text: str, pattern: re.Pattern[str] | None, lead: re.Pattern[str] | None = None,
            before: int = 90, after: int = 160) -> Markup | None:
    """The text around the first place ``lead`` finds (the search's first words: "Biden inflation" shows
    where inflation comes up with Biden, not his first "I"), else ``pattern``, every word of ``pattern``
    marked, cut at spaces, with "…" where text goes on; None when neither finds anything there (the words
    were in the title only).

    An article search listed titles alone: which of five 100,000-character briefings says "Build Back
    Better", and how, could only be found by opening each. The first place is found without folding the
    text when it can be (an article's whole text folded cost a millisecond); FTS5's own snippet() read
    every article whole and took 15 ms each for a common word."""
    found = _first(text, lead) or _first(text, pattern)
    if found is None or pattern is None:
        return None
    start, end = max(0, found.start() - before), min(len(text), found.end() + after)
    if start > 0:
        start = _after_space(text, start, found.start())
    if end < len(text):
        end = _before_space(text, found.end(), end)
    window = " ".join(text[start:end].split())  # a transcript's line breaks and double spaces, as one line
    return Markup(("…" if start > 0 else "") + found_words(window, pattern) + ("…" if end < len(text) else ""))


def _first(text: str, pattern: re.Pattern[str] | None) -> re.Match[str] | None:
    if pattern is None:
        return None
    return pattern.search(text) or (pattern.search(_folded(text)) if not text.isascii() else None)


def _after_space(text: str, start: int, limit: int) -> int:
    cut = text.find(" ", start, limit)
    return cut + 1 if cut >= 0 else start


def _before_space(text: str, limit: int, end: int) -> int:
    cut = text.rfind(" ", limit, end)
    return cut if cut >= 0 else end


UNRESOLVED = "unresolved"
LEGEND_SHOWN = 20  # legend entries shown at once; the speakers with fewer statements fold below them


def speaker_key(statement: dict[str, Any]) -> tuple[str, str]:
    """Who a statement belongs to in the legend: its actor, else one entry for every statement whose speaker
    was not resolved. A written "I" or "we" is many people in a briefing (117 highlights of "I (unresolved)"
    in one), not a speaker; the details panel still shows each statement's speaker as written."""
    if statement.get("actor"):
        return f"actor:{statement['actor']['id']}", show_bidi(statement["actor"]["name"])
    return UNRESOLVED, "speaker not resolved"


def speakers(statements: Sequence[dict[str, Any]]) -> dict[str, Speaker]:
    out: dict[str, Speaker] = {}
    counts: dict[str, int] = {}
    for s in statements:
        key, name = speaker_key(s)
        counts[key] = counts.get(key, 0) + 1
        if key not in out:
            n = len(out)
            out[key] = Speaker(n + 1, key, name, f"c{n % COLOURS}", f"u-{STYLES[(n // COLOURS + n) % len(STYLES)]}")
    return {key: replace(who, statements=counts[key]) for key, who in out.items()}


def legend_parts(legend: dict[str, Speaker], shown: int = LEGEND_SHOWN) -> tuple[list[Speaker], list[Speaker]]:
    """The legend entries to show at once and those to fold: the ``shown`` speakers with the most statements
    (ties: the first to speak), each part in number order. A 12,000-word briefing had 50 entries, most of one
    statement, with the main speakers lost among them."""
    ranked = sorted(legend.values(), key=lambda w: (-w.statements, w.number))
    first = {w.key for w in ranked[:shown]}
    return [w for w in legend.values() if w.key in first], [w for w in legend.values() if w.key not in first]


def part_floor(size: int) -> int:
    """The fewest characters a part of ``text_parts`` holds when another follows it (it ends in its last
    fifth): an offset under this is in the first part, whatever the text."""
    return size * 4 // 5


def reader_link(link: str, anchor: str, offset: int, size: int) -> str:
    """``link`` (``/articles/ID#ANCHOR``) for a place at ``offset`` of the text, with ``?find=ANCHOR`` when it
    may lie past the reader's first part: the server then opens the part that holds it. The plain link loaded
    the first part (1 MB of HTML for a 250,000-character transcript), whose script asked again for the right
    one: 1.4 s in Chromium before a hit deep in the text was shown, against 0.35 s; without JavaScript it
    stayed on the first part."""
    if offset < part_floor(size) or "#" not in link:
        return link
    path, _, fragment = link.partition("#")
    return f"{path}?find={anchor}#{fragment}"


def text_parts(text: str, size: int) -> list[tuple[int, int]]:
    """``text`` cut into parts of at most ``size`` characters, each ending after a line break where one falls
    in its last fifth (else after a space, else where the size ends), as (start, end) ranges."""
    parts, start = [], 0
    while len(text) - start > size:
        stop, floor = start + size, start + part_floor(size)
        cut = text.rfind("\n", floor, stop)
        if cut < 0:
            cut = text.rfind(" ", floor, stop)
        end = cut + 1 if cut >= 0 else stop
        parts.append((start, end))
        start = end
    parts.append((start, len(text)))
    return parts


def highlight(text: str, statements: Sequence[dict[str, Any]], legend: dict[str, Speaker],
              events: Sequence[dict[str, Any]] = (), start: int = 0, end: int | None = None) -> Markup:
    """``text[start:end]`` as HTML: each statement's content in <mark> elements carrying its index, cues in
    <b> (a range, so a headline the text opens with can be the page's heading, marks and all).

    Statements may nest or overlap; the text is cut at every boundary, and each piece belongs to the
    innermost statement covering it, so every character appears once and every statement stays clickable.
    A statement left with no piece of its own (another has exactly its span) still gets its anchor, an
    empty element where it starts, so a link to it lands on its place in a long article.
    One sweep over the boundaries keeps a long article with thousands of statements fast.
    """
    stop = len(text) if end is None else end
    opens: dict[int, list[tuple[str, int]]] = defaultdict(list)
    closes: dict[int, list[tuple[str, int]]] = defaultdict(list)
    cuts = {start, stop}

    def add(part: str, n: int, span_start: int, span_end: int) -> None:
        span_start, span_end = max(span_start, start), min(span_end, stop)  # a span cut by the range
        if span_start > span_end:
            return
        cuts.update((span_start, span_end))
        if span_end > span_start:  # an empty span covers nothing
            opens[span_start].append((part, n))
            closes[span_end].append((part, n))

    for n, s in enumerate(statements):
        for part in ("content", "cue", "speaker"):
            if s.get(part):
                add(part, n, s[part]["start"], s[part]["end"])
    for n, e in enumerate(events):  # event mentions: a dashed underline of their own, inside any statement
        add("event", n, e["start"], e["end"])
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    active: dict[str, set[int]] = {"content": set(), "cue": set(), "speaker": set(), "event": set()}
    anchored: set[int] = set()
    out: list[str] = []
    badged: set[int] = set()
    begins: dict[int, int] = {}  # statement -> where in ``out`` its content begins
    for start, end in itertools.pairwise(bounds):
        for part, n in closes.get(start, ()):
            active[part].discard(n)
        for part, n in opens.get(start, ()):
            active[part].add(n)
            if part == "content":
                begins[n] = len(out)
        if start == end:
            continue
        piece = escape_visible(text[start:end])
        if active["cue"]:
            piece = f'<b class="cue">{piece}</b>'
        elif active["speaker"]:
            piece = f'<span class="who">{piece}</span>'
        if active["event"]:
            piece = _event_mark(piece, events, min(active["event"]), anchored)
        if active["content"]:
            n = min(active["content"], key=lambda i: (
                statements[i]["content"]["end"] - statements[i]["content"]["start"], i))
            first = n not in badged
            badged.add(n)
            piece = _mark(piece, statements[n], n, legend, first=first)
        out.append(piece)
    # Pieces are whole elements, so an anchor goes between two of them; from the end, so places stay put.
    for n in sorted((n for n in begins if n not in badged), key=begins.__getitem__, reverse=True):
        out.insert(begins[n], f'<span class="stmt-anchor" id="{anchor(statements[n], n)}" data-statement="{n}"></span>')
    return Markup("".join(out))


def _event_mark(piece: str, events: Sequence[dict[str, Any]], n: int, anchored: set[int]) -> str:
    """A piece of event mention ``n``; its first piece carries the anchor ``ev-START`` the events page links to."""
    e = events[n]
    ident = f' id="ev-{int(e["start"])}"' if n not in anchored else ""
    anchored.add(n)
    when = e.get("date") or ("–".join(e["date_range"]) if e.get("date_range") else "undated")
    title = escape(f"event: {str(e['type']).replace('_', ' ')}, {e['status']}, {when}")
    event = escape(str(e.get("event", n)))
    return f'<span class="event-mention"{ident} data-event="{event}" title="{title}">{piece}</span>'


def _mark(piece: str, s: dict[str, Any], n: int, legend: dict[str, Speaker], *, first: bool) -> str:
    """One piece of statement ``n``: its first piece carries the badge and the anchor id (one per page)."""
    who = legend[speaker_key(s)[0]]
    ident = f' id="{anchor(s, n)}"' if first else ""
    badge = f'<sup class="badge {who.colour}" aria-hidden="true">{who.number}</sup>' if first else ""
    title = escape(show_bidi(f"{who.name}: {s['act']}{' (hedged)' if s['hedged'] else ''}, {s['kind']}"))
    return (f'<mark class="stmt {who.css}"{ident} data-statement="{n}" data-speaker="{who.number}" tabindex="0" '
            f'role="button" title="{title}">{badge}{piece}</mark>')


def timeline_svg(points: Sequence[tuple[str, int]], *, width: int = 640, height: int = 160) -> Markup:
    """Statements per day as bars on a time axis; plain SVG attributes only (no inline style, so CSP holds)."""
    days = [(date.fromisoformat(d[:10]), n) for d, n in points if _is_day(d)]
    if not days:
        return Markup('<p class="muted">No dated statements yet.</p>')
    first, last = days[0][0], days[-1][0]
    span = max((last - first).days, 1)
    top = max(n for _, n in days)
    pad, base = 30, height - 24
    bar = max(2.0, min(18.0, (width - 2 * pad) / (span + 1) * 0.8))
    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="statements per day from {first} to {last}">',
             f'<line x1="{pad}" y1="{base}" x2="{width - pad}" y2="{base}" stroke="#888"/>']
    for day, n in days:
        x = pad + (day - first).days / span * (width - 2 * pad) - bar / 2
        h = n / top * (base - 12)
        parts.append(f'<rect class="bar" x="{x:.1f}" y="{base - h:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                     f'fill="#3a6ea5"><title>{day}: {n} statement{"s" if n != 1 else ""}</title></rect>')
    parts.append(f'<text x="{pad}" y="{height - 6}" font-size="11" fill="#444">{first}</text>')
    if last != first:
        parts.append(f'<text x="{width - pad}" y="{height - 6}" font-size="11" fill="#444" '
                     f'text-anchor="end">{last}</text>')
    parts.append(f'<text x="{pad - 4}" y="16" font-size="11" fill="#444" text-anchor="end">{top}</text></svg>')
    return Markup("".join(parts))


def _is_day(value: str) -> bool:
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        return False
    return True


def safe_url(url: str | None) -> str | None:
    """Only http(s) links are made clickable; "javascript:" and the like are shown as text."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def counted(number: int | None, noun: str) -> str:
    """ "1 statement", "2,345 statements": a count with its noun, plural only where it should be."""
    n = number or 0
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"
