"""Rules whose content is the clause around the attribution: "according to X, Y", "Y, as X put it"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from onrecord.extract import english as en
from onrecord.extract.rules.base import Candidate, Piece
from onrecord.extract.rules.filters import QUOTED_THROUGH
from onrecord.extract.rules.sources import apposed_name, noun_phrase
from onrecord.extract.rules.spans import kind_and_bounds, strip_punct, trailing_addition
from onrecord.model import Act


def clause_statement(piece: Piece, toks: list[Token], cue_toks: list[Token],
                     speaker_tok: Token, act: Act, rule: str) -> Candidate | None:
    """A statement whose content is a clause around its attribution."""
    toks = strip_punct(piece, toks)
    if len(toks) < 3:
        return None
    kind, start, end = kind_and_bounds(piece, toks[0].idx, toks[-1].idx + len(toks[-1]), set())
    speaker = noun_phrase(speaker_tok)
    if piece.uses("apposed-name"):
        speaker = apposed_name(speaker, speaker_tok)
    lemma = " ".join(t.lemma_.lower() for t in cue_toks)
    return Candidate(
        kind=kind,
        content=(start, end),
        cue=(cue_toks[0].idx, cue_toks[-1].idx + len(cue_toks[-1]), lemma),
        speaker=speaker,
        act=act,
        confidence=0.8,
        rule=rule,
    )


def from_according_to(piece: Piece, tok: Token, claimed: set[int]) -> Candidate | None:
    """"according to X, Y" and "Y, according to X"."""
    if tok.lower_ != en.ACCORDING or tok.dep_ != "prep":
        return None
    to = next((c for c in tok.children if c.lower_ == en.TO), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if to is None or pobj is None:
        return None
    own = {t.i for t in tok.subtree}
    head, trailing = _attributed_clause(piece, tok)
    if piece.uses("quoted-through"):  # "According to Yonhap, quoting KCNA, Y": the quoting is no part of Y
        own |= {t.i for q in _quoting(head) for t in q.subtree}
    own |= _gloss(piece, head)
    if piece.uses("apposed-name"):  # "According to the El Paso mayor, Dee Margo, Y": the name is no part of Y
        named = apposed_name(noun_phrase(pobj), pobj)
        if named.start > pobj.right_edge.i:
            own |= set(range(pobj.right_edge.i + 1, min(named.end + 1, len(named.doc))))
    toks = [t for t in head.subtree if t.i not in own and (not trailing or t.i < tok.i)]
    if piece.uses("according-inside"):
        toks = _larger_side(piece, head, tok, own, toks)
    cand = clause_statement(piece, toks, [tok, to], pobj, "assert", "according-to")
    if cand is not None:
        cand.cue = (cand.cue[0], cand.cue[1], f"{en.ACCORDING} {en.TO}") if cand.cue else None
    return cand


def _gloss(piece: Piece, head: Token) -> set[int]:
    """"According to X, Y, meaning Z": the writer's gloss of what Y means is cut, as from a verb's content
    (``trailing-addition``). Other participles stay: "there were 170 deaths, resulting from X" is the source's."""
    if not piece.uses("trailing-addition"):
        return set()
    return {t.i for c in head.children if c.lemma_.lower() in en.GLOSS_PARTICIPLES and trailing_addition(c)
            for t in c.subtree}


def _quoting(head: Token) -> list[Token]:
    """"quoting KCNA", "citing officials" hung on the clause an "according to" attributes."""
    return [c for c in head.children if c.dep_ == "advcl" and c.lower_ in en.QUOTING
            and any(g.dep_ == "dobj" for g in c.children)]


def from_quoted_through(piece: Piece, tok: Token, claimed: set[int]) -> Candidate | None:
    """"According to Yonhap, quoting KCNA, Y": the source quoted says Y too (guideline 2.6, a chain of
    sources: both statements take the same content)."""
    if tok.lower_ not in en.QUOTING or tok.dep_ != "advcl":
        return None
    according = next((c for c in tok.head.children if c.lower_ == en.ACCORDING and c.dep_ == "prep"), None)
    source = next((g for g in tok.children if g.dep_ == "dobj"), None)
    outer = from_according_to(piece, according, claimed) if according is not None else None
    if outer is None or source is None:
        return None
    return Candidate(kind=outer.kind, content=outer.content, cue=(tok.idx, tok.idx + len(tok), tok.lemma_.lower()),
                     speaker=noun_phrase(source), act=outer.act, confidence=outer.confidence, rule="according-to",
                     link=QUOTED_THROUGH)


def from_per(piece: Piece, tok: Token, claimed: set[int]) -> Candidate | None:
    """"Per the decree, Y" and "Y, per ABC News": "per" set off by a comma is "according to" (the candidate
    is read as one, so the confidence model weighs it so). Read off the surface, as the parser often takes
    the source for the subject of Y. Not a rate ("$5 per gallon", "Per capita, ..."): no comma before it, or
    a number or unit after it."""
    if tok.lower_ != en.PER:
        return None
    sent = tok.sent
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < sent.end else None
    if nxt is None or nxt.like_num or nxt.lower_ in en.PER_UNITS:
        return None
    if tok.i == sent.start:  # "Per X, Y."
        comma = next((t for t in tok.doc[tok.i + 1:sent.end] if t.text == ","), None)
        if comma is None or comma.i - tok.i > en.MAX_PER_SOURCE:
            return None
        source, content = tok.doc[tok.i + 1:comma.i], list(tok.doc[comma.i + 1:sent.end])
    elif tok.i > sent.start and tok.doc[tok.i - 1].text == ",":  # "Y, per X."
        end = sent.end
        while end > tok.i + 1 and (tok.doc[end - 1].is_punct or tok.doc[end - 1].is_space):
            end -= 1  # the full stop and the paragraph break after it are no part of the source
        if end - tok.i > en.MAX_PER_SOURCE or any(t.text == "," for t in tok.doc[tok.i:end]):
            return None
        source, content = tok.doc[tok.i + 1:end], list(tok.doc[sent.start:tok.i - 1])
    else:
        return None
    if not len(source):
        return None
    cand = clause_statement(piece, content, [tok], source.root, "assert", "according-to")
    if cand is not None:
        cand.speaker = source
    return cand


def _larger_side(piece: Piece, head: Token, tok: Token, own: set[int], toks: list[Token]) -> list[Token]:
    """"Tesco's operation, according to the paper, is too big to sell whole": a phrase inside its clause
    splits it, and a span may not hold its cue, so the content is the larger side (the guideline's rule,
    2.3; on PolNeAR, whose content has two parts, the larger side is still at least half of it). A clause
    after a trailing phrase is not its content ("..., according to officials, and 35 were rescued")."""
    last = max(own)
    after = [t for t in head.subtree if t.i > last]
    if any(t.pos_ in en.VERB_TAGS for t in after):
        after = [t for t in after if t in toks]
    before = [t for t in toks if t.i < tok.i]
    if not _words(before) or not _words(after):
        return toks
    def width(side: list[Token]) -> int:
        return side[-1].idx + len(side[-1]) - side[0].idx
    return before if width(before) >= width(after) else after


def _words(side: list[Token]) -> bool:
    return any(not t.is_punct for t in side)


def _attributed_clause(piece: Piece, tok: Token) -> tuple[Token, bool]:
    """The head of the clause an "according to" phrase attributes, and whether the phrase trails it. A
    trailing phrase covers the conjuncts before it and nothing after it: in "17 people died and 35 were
    rescued, according to officials, some of whom were hospitalised" the officials report both deaths and
    rescues, and the relative clause after them is the writer's."""
    head = tok.head
    if tok.i < head.i or not piece.uses("according-trailing"):
        return head, False
    while head.dep_ == "conj" and head.head.pos_ in en.VERB_TAGS:
        head = head.head
    return head, True


def from_as_put_it(piece: Piece, tok: Token, claimed: set[int]) -> Candidate | None:
    """"Y, as X put it" / "as X told the paper, Y": the main clause is what X said. Not when the verb has
    a clause of its own ("..., as he explained how tough it is"): "as" means "while" there."""
    if tok.lemma_ not in en.AS_PUT_IT_VERBS or tok.dep_ != "advcl":
        return None
    if any(c.dep_ == "ccomp" for c in tok.children):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == en.AS for c in tok.children):
        return None
    subject = next((c for c in tok.children if c.dep_ in en.SUBJECTS), None)
    if subject is None:
        return None
    own = {t.i for t in tok.subtree}
    toks = [t for t in tok.head.subtree if t.i not in own]
    return clause_statement(piece, toks, [tok], subject, "assert", "as-put-it")


def _cited(tok: Token) -> Token | None:
    """The source ``tok`` cites, where ``tok`` is "citing"/"quoting", or "cited"/"quoted" opening a relative clause
    on a source ("AFP, which cited sources ..."), and its object names a source (``CITED_SOURCE_NOUNS``, a name)."""
    if tok.lower_ not in en.QUOTING and not (tok.lemma_.lower() in en.QUOTING_LEMMAS and tok.dep_ == "relcl"):
        return None
    source = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if source is None or not (source.ent_type_ in en.CITED_SOURCE_ENTITIES or source.pos_ == "PROPN"
                              or source.lemma_.lower() in en.CITED_SOURCE_NOUNS):
        return None
    return source


def _source_phrase(source: Token) -> Span:
    """The cited source with what restricts it ("sources within the Department of Defense", "sources close to the
    investigation"), up to a comma (an apposition says who it is, not which)."""
    doc = source.doc
    end = next((t.i for t in doc[source.i:source.right_edge.i + 1] if t.text == en.COMMA), source.right_edge.i + 1)
    return doc[source.left_edge.i:end]


def cited_sources(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """Issue 12 (wire18): "Multiple news outlets reported Hamza to be dead citing sources within the Department of
    Defense", "Two papers reported that he had died, citing sources in the ministry", "The Daily Telegraph, citing
    local paramilitary groups, reported that Y", "According to AFP, which cited sources close to the investigation,
    Y": the source cited says Y too (guideline 2.6, as "according to X, quoting Y"), and "citing ..." at a content's
    end is no part of it. The participle is no statement of its own with the source as its content (rule
    ``cited-source``)."""
    if not piece.uses("cited-source"):
        return found
    doc = piece.doc
    added: list[Candidate] = []
    citing_cues: set[int] = set()
    for c in found:
        if c.cue is None or c.speaker is None or c.link == QUOTED_THROUGH or c.cue[2] in en.QUOTING_LEMMAS:
            continue  # (the citing participle's own reading is dropped below)
        sent = doc[c.speaker.start].sent
        for tok in sent:
            source = _cited(tok)
            if source is None:
                continue
            # "AFP, which cited Y, ...", "The paper, citing Y, reported ..."
            after_speaker = c.speaker.end <= tok.i and (
                (tok.dep_ == "relcl" and c.speaker.start <= tok.head.i < c.speaker.end)
                or (doc[tok.i - 1].text == en.COMMA and tok.i - 1 == c.speaker.end and tok.idx < c.cue[0]))
            # "reported Z citing Y": the participle closes the content
            trailing = c.content[0] < tok.idx < c.content[1] and tok.idx > c.cue[1] and (
                source.right_edge.idx + len(source.right_edge) >= c.content[1] - 1)
            # "reported that Z, citing Y": the participle right after a content it was cut from
            following = tok.idx >= c.content[1] and not piece.text[c.content[1]:tok.idx].strip(" ,") and (
                tok.head.idx == c.cue[0] or c.content[0] <= tok.head.idx < c.content[1])
            if not (after_speaker or trailing or following):
                continue
            if trailing:
                end = tok.idx
                while end > c.content[0] and piece.text[end - 1] in " ,;":
                    end -= 1
                c.content = (c.content[0], end)
            citing_cues.add(tok.idx)
            cue = (tok.idx, tok.idx + len(tok), tok.lemma_.lower())
            added.append(Candidate(kind=c.kind, content=c.content, cue=cue, speaker=_source_phrase(source), act=c.act,
                                   hedged=c.hedged, confidence=c.confidence, rule=c.rule, link=QUOTED_THROUGH))
            break
    if not added:
        return found
    kept = [c for c in found if c.cue is None or c.cue[0] not in citing_cues]
    return kept + added
