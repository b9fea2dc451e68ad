"""Statements whose content reports someone else's position ("Hillary wants to abolish the Second Amendment",
"Clinton's plan would raise your taxes", said by Trump).

docs/ANNOTATION.md 1.3 labels the *speaker's* stance: what the speaker argues by reporting the other's position,
usually the other side when a rival reports it as an attack. Read off the content's words, the stance is the
other's; the positions layer therefore does not take such a statement as trusted evidence of the speaker's own
position (docs/CORPUS.md, "Someone else's position"). Read from the parse: the content's main clause has a named
subject that is not the speaker and a verb of wanting, planning, proposing or siding (``HELD_POSITION_VERBS``), or a
subject "X's plan / proposal / policy" (``HELD_POSITION_NOUNS``) owned by a name that is not the speaker's.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from onrecord.extract.english import (
    AWAY_PARTICLES,
    COMPOUND_LINKS,
    HELD_POSITION_CALL_PREPOSITION,
    HELD_POSITION_CALL_VERBS,
    HELD_POSITION_NOUNS,
    HELD_POSITION_VERBS,
    POSSESSOR_LINK,
    THIRD_PERSON_SUBJECTS,
    VERB_TAGS,
)
from onrecord.model import Span, Statement
from onrecord.nlp import ParsedText

PROPER_NOUN = "PROPN"
ACTIVE_SUBJECT = "nsubj"
# Entity types of a place or a people: a name the tagger gives one of these is no person. (Not ORG: the tagger
# gives a bare surname ORG as often as not, "Hale plans to ...", "Trump's plan".)
NOT_PERSON_ENTITIES = frozenset({"GPE", "NORP", "LOC", "FAC"})
PARTICLE_LINK = "prt"
CONJUNCT = "conj"
CLAUSE_LINK = "ccomp"
NAME_WORD = 3  # letters a word needs to tell two names apart ("Mr" and "Jr" do not)


def mark_reported(statements: Sequence[Statement], parsed: ParsedText) -> None:
    """Set each statement's ``reported``: the name of the other party whose position its content reports."""
    for stmt in statements:
        piece = parsed.piece_at(stmt.content.start)
        owner = reported_owner(stmt, piece.doc, piece.offset)
        stmt.reported = None if owner is None else Span(owner[0], owner[1], parsed.text[owner[0]:owner[1]])


def reported_owner(stmt: Statement, doc: Doc, offset: int) -> tuple[int, int] | None:
    """Article offsets of the name whose position the content reports, or None."""
    span = doc.char_span(stmt.content.start - offset, stmt.content.end - offset, alignment_mode="expand")
    if span is None or not len(span):
        return None
    for head in _heads(span):
        owner = _owner(head, quoted=stmt.kind == "direct")
        if owner is not None and not _speaker_named(stmt, owner):
            start, end = owner[0].idx, owner[-1].idx + len(owner[-1])
            return start + offset, end + offset
    return None


def _heads(span: DocSpan) -> Iterator[Token]:
    """The content's main words: those whose head lies outside it, the verbs coordinated with them, and the clauses
    they take ("I think [Hillary wants ...]"; a restarted sentence the parser hangs the first try on: "Hillary
    wants to abolish — essentially abolish the Second Amendment")."""
    for tok in span:
        if tok.head.i == tok.i or not span.start <= tok.head.i < span.end:
            yield tok
            main = [c for c in tok.children if c.dep_ == CONJUNCT and c.pos_ in VERB_TAGS]
            yield from main
            yield from (c for t in (tok, *main) for c in t.children if c.dep_ == CLAUSE_LINK and c.pos_ in VERB_TAGS)


def _owner(head: Token, quoted: bool = False) -> list[Token] | None:
    """The name tokens of the party whose position ``head``'s clause states. A content that is only the other's
    plan ("[opposed] Trump's proposal to ban Muslims") is the object of the speaker's own side: the act composes
    with it, and that is the speaker's position (docs/ANNOTATION.md 1.3), not a report of the other's. In a quotation
    (``quoted``) the speaker says "I" or "we" of themselves: "he", "she" or "they" wanting, proposing or backing
    something is another party ("when the bill came up, he proposed giving them work permits", a rival's)."""
    if head.pos_ not in VERB_TAGS:
        return None
    # The active subject only: "Clinton is backed by 520 superdelegates" is others' position on her, not hers. A
    # verb with a particle is another verb ("backed out of the conference", "backed away from").
    subject = next((c for c in head.children if c.dep_ == ACTIVE_SUBJECT), None)
    if subject is None or any(c.dep_ == PARTICLE_LINK or (c.i == head.i + 1 and c.lower_ in AWAY_PARTICLES)
                              for c in head.children):
        return None
    owned = _possessor(subject)
    if owned is not None:
        return owned  # "Clinton's plan would raise your taxes"
    siding = head.lemma_.lower() in HELD_POSITION_VERBS or (
        head.lemma_.lower() in HELD_POSITION_CALL_VERBS
        and any(c.lower_ == HELD_POSITION_CALL_PREPOSITION for c in head.children))
    if siding and _person(subject):
        return _name(subject)  # "Hillary wants to abolish the Second Amendment"
    if siding and quoted and subject.lower_ in THIRD_PERSON_SUBJECTS:
        return [subject]
    return None


def _possessor(noun: Token) -> list[Token] | None:
    """"X's plan": the name that owns a noun of position, None for any other noun or a pronoun owner."""
    if noun.lemma_.lower() not in HELD_POSITION_NOUNS and noun.lower_ not in HELD_POSITION_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == POSSESSOR_LINK), None)
    if owner is None or not _person(owner):
        return None
    return _name(owner)


def _person(tok: Token) -> bool:
    """A person's name (or a body's): the other *party* of a reported position. A country the subject names is often
    the speaker's own ("Sweden will support a European force", its foreign minister said; "China opposed hacking",
    its spokesman), which the words alone cannot tell from another's."""
    return tok.pos_ == PROPER_NOUN and tok.ent_type_ not in NOT_PERSON_ENTITIES


def _name(tok: Token) -> list[Token]:
    """The name ``tok`` heads: its compound proper nouns before it and itself."""
    first = tok
    for c in tok.lefts:
        if c.dep_ in COMPOUND_LINKS and c.pos_ == PROPER_NOUN:
            first = min(first, c, key=lambda t: t.i)
    return [t for t in tok.doc[first.i:tok.i + 1] if t.pos_ == PROPER_NOUN]


def _speaker_named(stmt: Statement, owner: Sequence[Token]) -> bool:
    """Whether the owner's name shares a word with the speaker's mention, actor name or aliases (their own plan);
    a pronoun (``_owner`` takes one only in a quotation) is never the speaker's."""
    if len(owner) == 1 and owner[0].lower_ in THIRD_PERSON_SUBJECTS:
        return False
    words = {t.text.lower().rstrip("'’s") for t in owner if len(t.text) >= NAME_WORD}
    said_by = [stmt.speaker.text if stmt.speaker else ""]
    if stmt.actor is not None:
        said_by += [stmt.actor.name, *stmt.actor.aliases]
    theirs = {w.lower() for text in said_by for w in text.replace("'", " ").replace("’", " ").split()}
    return not words or bool(words & theirs)
