"""Rules around a reporting noun or adjective: "Putin's warning that X", "his comments on X",
"X was adamant that Y"."""

from __future__ import annotations

from spacy.tokens import Token

from onrecord.extract import english as en
from onrecord.extract.rules.base import Candidate, Piece
from onrecord.extract.rules.sources import noun_phrase
from onrecord.extract.rules.spans import clause_extent, kind_and_bounds, within_paragraph


def _noun_owner(tok: Token) -> Token | None:
    """Who a reporting noun belongs to: "Putin's warning", "a claim by the ministry"."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in en.OWNER_PREPOSITIONS), None)
        owner = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    return owner


def _voicer(tok: Token) -> Token | None:
    """The subject who voices the noun: "X voiced criticism of", "X responded with chants of"."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == en.WITH:
        verb = verb.head
    elif tok.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in en.VOICING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def from_topic_noun(piece: Piece, tok: Token, claimed: set[int]) -> Candidate | None:
    """"his comments on X", "Obama's criticism of Y", "her call for Z": the content is what the noun is about."""
    entry = en.TOPIC_NOUNS.get(tok.lemma_.lower())
    if entry is None or tok.pos_ != "NOUN":
        return None
    act, preps = entry
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps and c.i == tok.i + 1), None)
    obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    owner = _noun_owner(tok) or _voicer(tok)
    if prep is None or obj is None or owner is None or owner.lower_ in en.DUMMY_OWNERS:
        return None
    if piece.uses("topic-time") and obj.ent_type_ in en.TIME_ENTITIES and not piece.in_quote(obj):
        return None  # "a tweet on Monday": when it was said, not what about ("chants of “four more years”" is)
    start, end = clause_extent(piece, obj)
    start, end = within_paragraph(piece.text, obj.idx, start, end)
    if end <= start:
        return None
    kind, start, end = kind_and_bounds(piece, start, end, claimed)
    return Candidate(
        kind=kind,
        content=(start, end),
        cue=(tok.idx, prep.idx + len(prep), tok.lemma_.lower()),
        speaker=noun_phrase(owner),
        act=act,
        confidence=0.45,
        rule="noun-topic",
        link=f"prep:{prep.lower_}",
    )


def from_noun_cue(piece: Piece, tok: Token, claimed: set[int]) -> Candidate | None:
    """"Putin's warning that X", "a claim by the ministry that X": a reporting noun with a that-clause."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in en.NOUN_CUES:
        return None
    clause = next((c for c in tok.children if c.dep_ in en.NOUN_CLAUSE_LINKS and any(
        g.dep_ == "mark" and g.lower_ == en.THAT for g in c.children)), None)
    if clause is None:
        return None
    # "Party leaders gave assurances that X": who voices the noun, else the nearest speaker took it (voice14)
    owner = _noun_owner(tok) or _voicer(tok)
    start, end = clause_extent(piece, clause)
    if end <= start:
        return None
    kind, start, end = kind_and_bounds(piece, start, end, claimed)
    speaker = noun_phrase(owner) if owner is not None else None
    return Candidate(
        kind=kind,
        content=(start, end),
        cue=(tok.idx, tok.idx + len(tok), tok.lemma_.lower()),
        speaker=speaker,
        act=en.NOUN_CUES[tok.lemma_.lower()],
        confidence=0.5,
        rule="noun",
        link=clause.dep_,
    )


def from_adjective(piece: Piece, tok: Token, claimed: set[int]) -> Candidate | None:
    """"X was adamant that Y", "X is critical of Y": a stance adjective after "be"."""
    act = en.ADJECTIVE_CUES.get(tok.lower_)
    if act is None or tok.dep_ != "acomp" or tok.head.lemma_ != en.BE:
        return None
    # The that-clause hangs on the adjective or, as often, on "be" after it.
    content = next((c for c in [*tok.children, *tok.head.children] if c.dep_ == "ccomp" and c.i > tok.i), None)
    if content is None:
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in en.ADJECTIVE_PREPOSITIONS), None)
        content = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep else None
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if content is None or subject is None or subject.lower_ in en.ADJECTIVE_DUMMY_SUBJECTS:
        return None
    start, end = clause_extent(piece, content)
    if end <= start:
        return None
    kind, start, end = kind_and_bounds(piece, start, end, claimed)
    cue_start = min(tok.idx, tok.head.idx)
    return Candidate(
        kind=kind,
        content=(start, end),
        cue=(cue_start, tok.idx + len(tok), f"{en.BE} {tok.lower_}"),
        speaker=noun_phrase(subject),
        act=act,
        negated=any(c.dep_ == "neg" for c in tok.head.children),
        confidence=0.5,
        rule="adjective",
        link=content.dep_,
    )
