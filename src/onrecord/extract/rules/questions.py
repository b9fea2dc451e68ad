"""A cue inside a question: "Does he intend to raise it?", "Has Russia responded to the offer?".

A question asks whether someone said or holds something; it is no statement of theirs ("Does he intend to
bring it up?" is not his commitment, "Can you explain why?" not an explanation). A question in quotation
marks is a statement of its speaker ("“Why would we pay?” she asked"): its cue stands outside the question,
and the act model reads the question (``acts``), so only the cues of an unquoted question are dropped.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from onrecord.extract import english as en
from onrecord.extract.rules.base import Candidate, Piece


def drop_questioned(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """Drop the candidates whose cue sits in the asking clause of an unquoted question."""
    if en.QUESTION_MARK not in piece.text:
        return found  # most pieces of news: nothing to read
    return [c for c in found if c.cue is None or not _asked(piece, c.cue[0], c.cue[1])]


def _asked(piece: Piece, start: int, end: int) -> bool:
    cue = piece.doc.char_span(start, end, alignment_mode="expand")
    if cue is None or not _ends_in_question(piece, cue.root.sent):
        return False
    # The cue and the clauses it hangs in, up to the sentence's root: one of them must ask (an inverted
    # auxiliary or a wh-word subject); "X said A, but will B?" keeps the statement that opens it.
    tok: Token | None = cue.root
    while tok is not None:
        if _asks(tok):
            return True
        tok = tok.head if tok.head.i != tok.i else None
    return False


def _ends_in_question(piece: Piece, sent: Span) -> bool:
    """Whether the sentence ends in a question mark of the writer's (not one inside a quotation)."""
    last = next((t for t in reversed(sent) if not (t.is_space or t.is_quote)), None)
    return last is not None and last.text == en.QUESTION_MARK and piece.quote_at(last.idx) == -1


def _asks(tok: Token) -> bool:
    """"Does he intend", "has Russia responded", "Is this something", "will there come": an auxiliary (or
    the verb "be" at the head) before the subject; "What happens", "Who said": a wh-word subject."""
    # Every subject the parser gave it: a word before the question may be taken for one too ("Karine, has
    # the President ...", a transcript's "Q  Does he ...").
    for subject in (c for c in tok.children if c.dep_ in en.QUESTION_SUBJECTS):
        if subject.tag_ in en.WH_TAGS:
            return True
        if tok.pos_ == en.AUX_TAG and tok.i < subject.i:
            return True
        if any(c.dep_ in en.AUX_LINKS and c.i < subject.i for c in tok.children):
            return True
    return False
