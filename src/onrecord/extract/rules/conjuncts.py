"""Two reported clauses under one cue: "said [A], and that [B]".

The second "that" tells the reader a second report begins; the guideline (docs/ANNOTATION.md 2.3, one
statement per separately reported clause) and the world-politics gold make it a statement of its own,
with the same cue and speaker. It ``continues`` the first, so a scorer that joins parts (PolNeAR's
convention, where such a content is one span or two parts of one) sees one content, as it does for a
run-on quotation.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from onrecord.extract import english as en
from onrecord.extract.rules.base import Candidate, Piece
from onrecord.extract.rules.spans import clause_extent, kind_and_bounds, outer_conjunct, within_paragraph


def split_and_that(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """Each "..., and that B" after a reported clause becomes a statement continuing the first."""
    out: list[Candidate] = []
    for cand in found:
        out.append(cand)
        if cand.cue is None or cand.continues is not None or cand.kind == "direct":
            continue
        out.extend(_parts(piece, cand, claimed))
    return out


def _parts(piece: Piece, cand: Candidate, claimed: set[int]) -> list[Candidate]:
    """Cut ``cand`` (in place) before its first "and that" and return the clauses after it."""
    start, end = cand.content
    # Only a content whose text holds "that" can hold the mark: the others' tokens are not read (most of them).
    has_that = en.THAT in piece.text[start:end].lower()
    marks = [t for t in _tokens(piece, start, end) if _second_that(t)] if has_that else []
    bounds: list[tuple[int, int]] = []
    if marks:
        cuts = [(_before_conjunction(t), t.doc[t.i + 1].idx) for t in marks]
        ends = [a for a, _ in cuts[1:]] + [end]
        bounds = [(b, e) for (_, b), e in zip(cuts, ends, strict=True) if e > b]
        end = cuts[0][0]
    bounds.extend(_after_content(piece, cand, end if not marks else cand.content[1]))
    if not bounds or end <= start:
        return []
    kind, a, b = kind_and_bounds(piece, start, end, claimed)
    cand.kind, cand.content = kind, (a, b)
    parts = []
    for x, y in bounds:
        part_kind, x, y = kind_and_bounds(piece, x, y, claimed)
        parts.append(replace(cand, kind=part_kind, content=(x, y), continues=cand))
    return parts


def _tokens(piece: Piece, start: int, end: int) -> list[Token]:
    span = piece.doc.char_span(start, end, alignment_mode="contract")
    return list(span) if span is not None else []


def _second_that(tok: Token) -> bool:
    """"that" opening a clause conjoined to another by "and" right before it ("A, and that B")."""
    if tok.lower_ != en.THAT or tok.dep_ != "mark" or tok.head.dep_ != "conj" or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    return before.lower_ in en.AND_THAT_CONJUNCTIONS and before.dep_ == "cc"


def _before_conjunction(that: Token) -> int:
    """Where the first clause ends: before "and" and any comma before it (a closing quote mark stays)."""
    i = that.i - 1  # "and"
    while i > 1 and that.doc[i - 1].is_punct and not that.doc[i - 1].is_quote:
        i -= 1
    last = that.doc[i - 1]
    return last.idx + len(last)


def _after_content(piece: Piece, cand: Candidate, end: int) -> list[tuple[int, int]]:
    """"announced [A], and that B" where the parser hangs the second clause on the cue itself."""
    assert cand.cue is not None
    verbs = [t for t in _tokens(piece, cand.cue[0], cand.cue[1]) if t.pos_ in en.VERB_TAGS]
    out = []
    for verb in verbs:
        for c in verb.children:
            that = next((g for g in c.children if _second_that(g)), None)
            if c.dep_ != "conj" or that is None or that.idx < end:
                continue
            a, b = clause_extent(piece, c)
            a, b = within_paragraph(piece.text, c.idx, max(a, that.idx + len(that)), b)
            if b > a:
                out.append((a, b))
    return out


def cut_conjoined_reports(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """``conjoined-report``: "The proclamation said “A” and said B", "He noted A, and mentioned B": where the parser
    hangs the second report on the first one's content, that content runs over the second cue. The guideline
    makes each cue its own statement (docs/ANNOTATION.md 2.3) and no content holds a cue of its own source: the
    first content ends at the conjunction before a cue of another statement with the same speaker (issue 12,
    wire19). A chain stays whole ("X reported its source said Y": another speaker), and so does a conjunct the
    parser could read as the clause's own ("Montalvo walked in and turned himself in, and told the police Y":
    one form, no ``outer_conjunct``)."""
    cues = [(c.cue[0], c) for c in found if c.cue is not None and c.speaker is not None and _outer(piece, c.cue)]
    if not cues:
        return found
    for cand in found:
        if cand.cue is None or cand.speaker is None or cand.kind == "direct":
            continue
        start, end = cand.content
        inner = [at for at, o in cues if o is not cand and start < at < end and o.speaker is not None
                 and (o.speaker.start, o.speaker.end) == (cand.speaker.start, cand.speaker.end)
                 and at != cand.cue[0]]
        if not inner:
            continue
        joiner = en.REPORT_JOINERS.search(piece.text[start:min(inner)].rstrip())
        if joiner is None or joiner.start() == 0:
            continue
        kind, a, b = kind_and_bounds(piece, start, start + joiner.start(), claimed)
        cand.kind, cand.content = kind, (a, b)
    return found


def _outer(piece: Piece, cue: tuple[int, int, str]) -> bool:
    """Whether the cue's verb is a conjunct of a reported clause's verb that belongs to the verb reporting it."""
    span = piece.doc.char_span(cue[0], cue[1], alignment_mode="expand")
    return span is not None and outer_conjunct(span[0]) is not None
