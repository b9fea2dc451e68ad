"""Rules for quotations without a cue of their own: a "Name: text" headline, quotations that run on
after their attribution, and floating quotations that take the previous speaker."""

from __future__ import annotations

from bisect import bisect_left

from onrecord.extract import english as en
from onrecord.extract.quotes import Quotation
from onrecord.extract.rules.base import Candidate, Cover, Piece
from onrecord.extract.rules.spans import kind_and_bounds
from onrecord.extract.rules.verbs import commitment


def colon_headlines(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """"Sanders: Clinton Email Story Has Moved" — a name, a colon, what they said."""
    out: list[Candidate] = []
    for m in en.HEADLINE.finditer(piece.text):
        who = piece.doc.char_span(m.start("who"), m.end("who"), alignment_mode="contract")
        if who is None or not any(t.pos_ == "PROPN" or t.ent_type_ or t.is_title for t in who) or any(
            t.pos_ in en.VERB_TAGS or t.like_num for t in who
        ) or len(who) > 6 or who[0].lower_ in en.NON_SPEAKER_LABELS:
            continue
        start, end = m.start("what"), m.end("what")
        while end > start and piece.text[end - 1] in " .":
            end -= 1
        kind, start, end = kind_and_bounds(piece, start, end, claimed)
        colon = m.end("who")
        out.append(Candidate(
            kind=kind, content=(start, end), cue=(colon, colon + 1, ":"), speaker=who,
            act="assert", confidence=0.7, rule="headline",
        ))
    return [*found, *out]


def run_on_quotes(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """“A,” she said. “B.” “C.”: quotations that run on after the attribution
    belong to the same statement, as annotators and readers take them.
    """
    by_end = sorted((c for c in found if c.kind in ("direct", "mixed") and c.cue), key=lambda c: c.content[0])
    for cand in by_end:
        assert cand.cue is not None
        if cand.cue[0] < cand.content[1]:
            continue  # the attribution comes first ("She said: “...”")
        cue_span = piece.doc.char_span(cand.cue[0], cand.cue[1], alignment_mode="expand")
        if cue_span is None:
            continue
        # From the end of the attribution's clause ("she said," / "he said.").
        clause = [t for t in cue_span.root.subtree
                  if not piece.in_quote(t) and not t.is_punct and t.idx >= cand.content[1]]
        pos = max((t.idx + len(t) for t in clause), default=cand.cue[1])
        for n in range(bisect_left(piece.quote_starts, pos), len(piece.quotes)):
            q = piece.quotes[n]
            if n in claimed:
                break  # taken by another statement; its marks would be in any later gap
            gap = piece.text[pos:q.start]
            if gap.strip(" \t,;:.—–-") or not q.closed:
                break  # something else is said in between, or a new paragraph begins
            claimed.add(n)
            cand.content = (cand.content[0], q.inner(piece.text)[1] if cand.kind == "direct" else q.end)
            pos = q.end
    return found


def floating_quotes(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """A full sentence in quotation marks with no cue: said by the previous speaker."""
    out: list[Candidate] = []
    covered = Cover([c.content for c in found])
    for n, q in enumerate(piece.quotes):
        if n in claimed or not _reads_as_speech(piece, q):
            continue
        if covered.contains(q.start, q.end):
            continue
        inner = q.inner(piece.text)
        out.append(Candidate(
            kind="direct",
            content=inner,
            cue=None,
            speaker=None,
            act=commitment("assert", piece, q.start, q.end, "direct"),
            confidence=0.5,
            inherited=True,
            rule="floating",
        ))
    return [*found, *out]


def _reads_as_speech(piece: Piece, q: Quotation) -> bool:
    """A full sentence in quotes at a sentence start, not a scare quote or title."""
    inner = piece.text[q.start + 1:q.end - 1].strip()
    words = inner.split()
    if len(words) < 6:
        return False
    before = piece.text[max(0, q.start - 3):q.start].strip()
    starts_sentence = before == "" or before[-1] in ".!?:”\"" or "\n" in piece.text[max(0, q.start - 2):q.start]
    if not starts_sentence:
        return False
    span = piece.doc.char_span(q.start, q.end, alignment_mode="expand")
    return span is not None and any(t.pos_ in en.VERB_TAGS for t in span)
