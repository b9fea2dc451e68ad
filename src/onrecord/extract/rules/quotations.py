"""Rules for quotations without a cue of their own: a "Name: text" headline, quotations that run on
after their attribution (each a statement of its own, linked to the first), and floating quotations that
take the previous speaker."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from spacy.tokens import Span, Token

from onrecord.extract import english as en
from onrecord.extract.quotes import QUOTE_MARKS, Quotation
from onrecord.extract.rules.base import Candidate, Cover, Piece
from onrecord.extract.rules.spans import kind_and_bounds, trailing_addition
from onrecord.extract.rules.verbs import commitment, cue_kind
from onrecord.model import Act, StatementKind

# What may stand between a quotation and the attribution clause beside it: “A,” she said, “B.”
_GAP = " \t\n,;:.—–-"


def colon_headlines(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """"Sanders: Clinton Email Story Has Moved" — a name, a colon, what they said."""
    out: list[Candidate] = []
    for m in en.HEADLINE.finditer(piece.text):
        who = piece.doc.char_span(m.start("who"), m.end("who"), alignment_mode="contract")
        if who is None or not any(t.pos_ == "PROPN" or t.ent_type_ or t.is_title for t in who) or any(
            t.pos_ in en.VERB_TAGS or t.like_num for t in who
        ) or (len(who) > 6 and not _long_title(piece, who)) or who[0].lower_ in en.NON_SPEAKER_LABELS:
            continue
        if len(who) > 6:  # the body the title names is no part of the speaker ("Senate ... Committee | Chair X")
            who = who[max((n + 1 for n, t in enumerate(who[:-2]) if t.ent_type_ not in ("", en.PERSON)), default=0):]
        if piece.uses("dateline-label") and _story_opening(piece, m.start()) and _dateline_label(who, m.group("what")):
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


def _long_title(piece: Piece, who: Span) -> bool:
    """"Senate Foreign Relations Committee Chair Jim Risch: “...”": a roundup's label, a long title in capitals
    before a person's name (rule ``long-label``, nc18); not a headline of six words or more."""
    return (piece.uses("long-label") and len(who) <= en.LONG_LABEL_TOKENS
            and all(t.ent_type_ == en.PERSON or (t.pos_ == "PROPN" and t.is_title) for t in who[-2:])
            and all(t.is_title or t.is_upper or t.is_punct for t in who))


def _story_opening(piece: Piece, at: int) -> bool:
    """The story's first paragraph, under at most its headline: where a dateline stands (a transcript's or an
    interview's "CLINTON: I feel ..." further down is a speaker's label)."""
    return piece.offset == 0 and sum(1 for line in piece.text[:at].splitlines() if line.strip()) <= 1


def _dateline_label(who: Span, what: str) -> bool:
    """"NEW DELHI: India on Thursday remained non-committal ...": a place in capitals before a colon that opens
    a running sentence is the story's dateline, not a speaker (spkaudit: outlets that write the dateline with
    a colon). A transcript's "KIRBY:" is blanked before parsing; a label with a title or a person's name in it
    ("THE PRESIDENT:", "SANDERS:" over a headline) still speaks, and so does one over a line in title case."""
    letters = [c for c in who.text if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters) or any(t.ent_type_ == en.PERSON for t in who):
        return False
    if any(t.lower_.rstrip(".") in en.LABEL_TITLES | en.LABEL_HONORIFICS for t in who):
        return False
    words = _WORDS.findall(what)
    return len(words) >= 4 and sum(w[0].islower() for w in words) * 2 >= len(words)


_WORDS = re.compile(r"[^\W\d_]+")


def run_on_quotes(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """“A,” she said. “B.” “C.”: quotations that run on after the attribution
    belong to the same attribution, as annotators and readers take them (``split_run_on``
    then makes each a statement of its own).
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
        pos = _clause_end(piece, clause, cand.cue[1])
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


def _clause_end(piece: Piece, clause: list[Token], cue_end: int) -> int:
    """Where the attribution's clause ends. A paragraph break the parser hangs on the cue counts (the
    next paragraph's quotation runs on across it), but only when no quotation starts before it: in
    "“A,” Becker added, “and B.”⏎" the newline after B would hide B, which continues the sentence (issue 12)."""
    words = max((t.idx + len(t) for t in clause if not t.is_space), default=cue_end)
    spaces = max((t.idx + len(t) for t in clause if t.is_space), default=words)
    if spaces > words and bisect_left(piece.quote_starts, words) == bisect_left(piece.quote_starts, spaces):
        return spaces
    return words


def split_run_on(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """“A,” she said. “B.” and “A,” she said, “B.”: the attribution sits between quotations. The
    quotation before it stays the statement; each one after it becomes a statement of its own with the
    same cue and speaker that ``continues`` the first, so no content holds the attribution words. An
    attribution that opens onto the next quotation ("“A.” He continued, “B.”") is B's alone.
    """
    out: list[Candidate] = []
    for cand in found:
        out.append(cand)
        out.extend(_run_on_parts(piece, cand, claimed))
    return out


def _run_on_parts(piece: Piece, cand: Candidate, claimed: set[int]) -> list[Candidate]:
    """Cut ``cand`` at its attribution (in place) and return what it said after it as statements."""
    if cand.kind not in ("direct", "mixed") or cand.cue is None:
        return []
    start, end = cand.content
    if not start < cand.cue[0] < cand.cue[1] < end:
        return []  # the attribution is not inside the content
    clause = _attribution_clause(piece, cand)
    if clause is None:
        return []
    clause_start, clause_end = clause
    before = bisect_right(piece.quote_ends, clause_start) - 1
    # The text before the attribution must end with a quotation ("“A,” she said"), not with the
    # writer's words around a parenthetical ("The plan, she said, is “dead”").
    if before < 0 or piece.quotes[before].end <= start or piece.text[piece.quotes[before].end:clause_start].strip(
            _GAP):
        return []
    base = _cue_act(piece, cand)
    parts = _said_after(piece, clause_end, end, claimed)
    if parts and _introduces_what_follows(piece, piece.quotes[before], clause_start, clause_end):
        return _attribution_first(piece, cand, base, parts, claimed)
    head_kind, head_start, head_end = kind_and_bounds(piece, start, piece.quotes[before].end, claimed)
    _release(piece, claimed, piece.quotes[before].end, end, [(a, b) for _, a, b in parts])
    out = [replace(cand, kind=kind, content=(a, b), continues=cand, act=_part_act(piece, cand, base, kind, a, b))
           for kind, a, b in parts]
    cand.act = _part_act(piece, cand, base, head_kind, head_start, head_end)
    cand.kind, cand.content = head_kind, (head_start, head_end)
    return out


def _introduces_what_follows(piece: Piece, before: Quotation, clause_start: int, clause_end: int) -> bool:
    """“A.” Adding, “B.” / “A.”⏎He continued: “B.”: the quotation before ended its sentence (or its
    paragraph) and the attribution opens onto what follows with a comma or colon, so it is B's alone; A
    was someone's before it ("“A,” she said, “B.”": A runs on into the attribution)."""
    text = piece.text
    inner_end = before.inner(text)[1]
    ended = text[before.start:inner_end].rstrip()[-1:] in en.SENTENCE_ENDS or "\n" in text[before.end:clause_start]
    gap = text[clause_end:clause_end + len(text[clause_end:]) - len(text[clause_end:].lstrip(_GAP))]
    return ended and any(mark in gap for mark in en.OPENING_MARKS) and not any(c in gap for c in en.SENTENCE_ENDS)


def _attribution_first(piece: Piece, cand: Candidate, base: Act, parts: list[tuple[StatementKind, int, int]],
                       claimed: set[int]) -> list[Candidate]:
    """The statement is what follows its attribution; the quotation before it is free again (the floating
    rule gives it to the speaker before, as a reader would)."""
    _release(piece, claimed, cand.content[0], cand.content[1], [(a, b) for _, a, b in parts])
    (kind, a, b), rest = parts[0], parts[1:]
    out = [replace(cand, kind=k, content=(x, y), continues=cand, act=_part_act(piece, cand, base, k, x, y))
           for k, x, y in rest]
    cand.act = _part_act(piece, cand, base, kind, a, b)
    cand.kind, cand.content = kind, (a, b)
    return out


def _said_after(piece: Piece, pos: int, end: int, claimed: set[int]) -> list[tuple[StatementKind, int, int]]:
    """What the content holds after the attribution: each quotation that follows it ("she said. “B.”
    “C.”"), else the rest of the speaker's words ("“A,” she said, the talks are “B.”")."""
    quotes = _quotes_after(piece, pos, end)
    if quotes:
        return [("direct", *q.inner(piece.text)) for q in quotes]
    rest = pos + len(piece.text[pos:end]) - len(piece.text[pos:end].lstrip(_GAP))
    if rest >= end or _writers_participle(piece, rest):
        return []
    kind, a, b = kind_and_bounds(piece, rest, end, claimed)
    return [(kind, a, b)]


def _writers_participle(piece: Piece, at: int) -> bool:
    """"“A,” he said, [mentioning the album is “B”]": a clause that opens with a participle outside the
    quotations is the writer's addition, however the parser hangs it on the cue (here as the subject of
    "is"), never the speaker's run-on (issue 12, round 4)."""
    span = piece.doc.char_span(at, at + 1, alignment_mode="expand")
    return span is not None and span[0].tag_ == "VBG" and not piece.in_quote(span[0])


def _release(piece: Piece, claimed: set[int], start: int, end: int, kept: list[tuple[int, int]]) -> None:
    """Quotations the cut statement no longer holds are free again (a floating quote may take them)."""
    for n in range(bisect_right(piece.quote_ends, start), len(piece.quotes)):  # quotations ending after start
        q = piece.quotes[n]
        if q.start >= end:
            break
        if not any(a <= q.start < b or q.start < a < q.end for a, b in kept):
            claimed.discard(n)


def _attribution_clause(piece: Piece, cand: Candidate) -> tuple[int, int] | None:
    """Where the attribution ("she said", "said Ann Vickers, the mayor") begins and ends.

    It is the cue's clause without what the cue reports: the quotations beside it and a clause of the
    speaker's own after it ("..., the minister said, [the talks are “far from over.”]"). The writer's
    additions stay in it, with any quotation inside them ("..., saying Clinton would “abolish ...”",
    "..., citing the figures", "... as the fighters trained"): a quotation after them still runs on.
    """
    assert cand.cue is not None
    cue_span = piece.doc.char_span(cand.cue[0], cand.cue[1], alignment_mode="expand")
    if cue_span is None:
        return None
    cue = cue_span.root
    reported = {t.i for c in cue.children if piece.in_quote(c) or _speakers_clause(piece, c) for t in c.subtree}
    words = [t for t in cue.subtree if t.i not in reported and not t.is_punct and not t.is_space]
    if cand.speaker is not None:
        words.extend(t for t in cand.speaker if _outside_quotes(piece, t))
    first = [t.idx for t in words if _outside_quotes(piece, t)]
    if not first:
        return None
    # The end counts quoted words inside the writer's additions, never those before the cue.
    return min(first), max(t.idx + len(t) for t in words if t.i > cue.i or _outside_quotes(piece, t))


def _speakers_clause(piece: Piece, tok: Token) -> bool:
    """"“A,” the minister said, [the talks are ...]": a complement clause of the cue after it, unquoted.
    One opened by "as", "while", "when" ... is the writer's scene, whatever the parser calls it."""
    return (tok.i > tok.head.i and tok.dep_ == "ccomp" and tok.pos_ in en.VERB_TAGS and not piece.in_quote(tok)
            and not trailing_addition(tok)
            and not any(c.dep_ == "mark" and c.lower_ in en.WRITER_MARKS for c in tok.children)
            and not _relative(tok))


def _relative(tok: Token) -> bool:
    """Issue 12 (newcomer): "“A,” said Dr. Chan, the chief of X, [who helped lead the research]. “B.”": a clause
    whose subject is "who" or "which" is a relative clause on the speaker's name the parser hung on the cue,
    the writer's note on who speaks, never what was said (it opened B's content)."""
    first = tok.left_edge  # the subject, wherever the parser hangs it ("who [helped] lead": on the auxiliary)
    return first.dep_ in en.SUBJECTS and first.lower_ in en.WH_RELATIVES


def _outside_quotes(piece: Piece, tok: Token) -> bool:
    return not piece.in_quote(tok) and not tok.is_punct and not tok.is_space


def _quotes_after(piece: Piece, pos: int, end: int) -> list[Quotation]:
    """The quotations of a content that follow its attribution, each after nothing but punctuation."""
    out: list[Quotation] = []
    for n in range(bisect_left(piece.quote_starts, pos), len(piece.quotes)):
        q = piece.quotes[n]
        if q.start >= end or piece.text[pos:q.start].strip(_GAP):
            break
        out.append(q)
        pos = q.end
    return out


def _cue_act(piece: Piece, cand: Candidate) -> Act:
    """The act the cue itself names, before a content's "we will" made it a commitment."""
    if cand.act != "commit":
        return cand.act
    assert cand.cue is not None
    cue_span = piece.doc.char_span(cand.cue[0], cand.cue[1], alignment_mode="expand")
    named = cue_kind(cue_span.root) if cue_span is not None else None
    return named[1] if named is not None else "assert"


def _part_act(piece: Piece, cand: Candidate, base: Act, kind: StatementKind, start: int, end: int) -> Act:
    """Each part commits the speaker only when its own words do ("We will ..." in one of them)."""
    return commitment(base, piece, start, end, kind) if cand.act == "commit" else cand.act


_QUOTE_MARKS = QUOTE_MARKS  # double and single marks: the run-on convention is the same for both
_PARAGRAPH_BREAK = re.compile(r"[ \t]*\n\s*")


def split_paragraphs(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """Issue 12 (round 4): a quotation over several paragraphs, each opening with a quote mark and the one
    before it left unclosed (the news convention), is a statement per paragraph, as the guideline
    annotates it; each one after the first ``continues`` the statement the quotation starts (or the one
    that statement continues), with the same cue and speaker. A content whose next paragraph does not
    open with a quote mark is left whole (that is no run-on quotation)."""
    out: list[Candidate] = []
    for cand in found:
        out.append(cand)
        if cand.kind == "indirect":
            continue
        cuts = _paragraph_cuts(piece.text, *cand.content)
        if len(cuts) < 2:
            continue
        head = cand.continues or cand
        base = _cue_act(piece, cand) if cand.cue is not None else cand.act
        (first_start, first_end), rest = cuts[0], cuts[1:]
        out.extend(replace(cand, kind="direct", content=(a, b), continues=head,
                           act=_part_act(piece, cand, base, "direct", a, b)) for a, b in rest)
        cand.content = (first_start, first_end)
        cand.act = _part_act(piece, cand, base, cand.kind, first_start, first_end)
    return out


def _paragraph_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The content's paragraphs without their quote marks, when every paragraph after the first opens
    with one; else the content whole."""
    cuts: list[tuple[int, int]] = []
    at = start
    for brk in _PARAGRAPH_BREAK.finditer(text, start, end):
        if brk.end() >= end or text[brk.end()] not in _QUOTE_MARKS:
            return [(start, end)]
        cuts.append((at, brk.start()))
        at = brk.end() + 1
    cuts.append((at, end))
    return [(a, _unquoted_end(text, a, b)) for a, b in cuts if _unquoted_end(text, a, b) > a]


def _unquoted_end(text: str, start: int, end: int) -> int:
    """A paragraph's end without a closing mark the run-on convention left in it (“...”⏎“...)."""
    while end > start and (text[end - 1] in _QUOTE_MARKS or text[end - 1].isspace()):
        end -= 1
    return end


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
    starts_sentence = before == "" or before[-1] in ".!?:”’\"'" or "\n" in piece.text[max(0, q.start - 2):q.start]
    if not starts_sentence:
        return False
    span = piece.doc.char_span(q.start, q.end, alignment_mode="expand")
    return span is not None and any(t.pos_ in en.VERB_TAGS for t in span)
