"""Where a content begins and ends, and what kind it is.

The boundary rules are named like the construction rules (``trailing-addition``,
``trailing-apposition``, ``split-complements``, ``object-extent``, ``scene-preposition``,
``scare-quote``) so a test can switch each off and see the span it changes.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from onrecord.extract import english as en
from onrecord.extract.quotes import Quotation
from onrecord.extract.rules.base import Piece
from onrecord.model import StatementKind


def clause_extent(piece: Piece, head: Token) -> tuple[int, int]:
    """Character bounds of a complement clause, without "that" and end punctuation.

    A trailing ", referring to ..." participle and a ", and <subject> <verb>"
    clause are the writer's additions, not part of what was reported.
    """
    subtree = list(head.subtree)  # walked once (a walk makes a Token per token), read up to three times
    cut: set[int] = set()
    if piece.uses("trailing-addition"):
        cut = {t.i for c in head.children if trailing_addition(c) for t in c.subtree}
    if piece.uses("trailing-apposition"):
        cut.update(trailing_apposition(head, subtree))
    if piece.uses("finite-conjunct"):
        cut.update(finite_conjuncts(head))
    if cut:
        first_cut = min(cut)
        while first_cut - 1 > head.left_edge.i and head.doc[first_cut - 1].dep_ == "cc":
            first_cut -= 1  # "A and [several said ...]": the conjunction goes with what is cut
        cut.update(t.i for t in subtree if t.i >= first_cut)
    toks = strip_punct(piece, [t for t in subtree if t.i not in cut], drop_that=True)
    if not toks:
        return 0, 0
    return within_paragraph(piece.text, head.idx, toks[0].idx, toks[-1].idx + len(toks[-1]))


def outer_conjunct(verb: Token) -> Token | None:
    """Issue 12 (span12): "He announced that he was undergoing therapy and vowed to Y", "Mr. Putin backpedaled
    on his prediction that Russia would pull out ..., and blamed Y", "RNC's spokesman said the move was made by
    X and urged Y": the parser hangs the second verb on the last verb of the reported clause, whose subject is
    someone else. A conjunct in another form than that verb (so not under its auxiliary: "was undergoing" and
    "vowed") and in the form of the verb that reports the clause (or of a verb that one depends on: "continues
    to insist that he will fight and refuses Y") is that verb's conjunct: its subject speaks. None otherwise
    ("said the firm raised prices and cut jobs", "said it lost money and is cutting jobs": the firm does).
    The ``outer-conjunct`` rule: the speaker rules climb to that verb. (Ending the reported clause before it
    too lost more matched contents on PolNeAR train than it gained: its annotators often keep the conjunct.)"""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != en.REPORTED_CLAUSE or head.tag_ == verb.tag_ or any(
            c.dep_ in en.AUX_LINKS for c in verb.children):
        return None  # the same form as the clause's verb, or an auxiliary of its own: a conjunct inside
    governor = head.head
    for _ in range(3):
        if governor.pos_ not in en.VERB_TAGS:
            return None
        if _form(governor) == _form(verb):
            return governor
        if governor.dep_ not in en.CONTROL_LINKS or governor.head.i == governor.i:
            return None
        governor = governor.head
    return None


def _form(verb: Token) -> str:
    """A verb's form for coordination: "finite" for any tensed form (or a tensed auxiliary before it), else its
    tag (an infinitive, a participle)."""
    aux = next((c for c in verb.children if c.dep_ in en.AUX_LINKS and c.i < verb.i), None)
    tag = aux.tag_ if aux is not None else verb.tag_
    return en.FINITE_FORM if tag in en.FINITE_TAGS or tag == en.MODAL_TAG else tag


def finite_conjuncts(head: Token) -> set[int]:
    """"urged [the embassy to reconsider] and spoke with X": a verb with a tense conjoined to an infinitive
    is the subject's next deed (the parser hangs it on the infinitive), not part of what was urged."""
    if head.tag_ != en.BARE_INFINITIVE or not any(c.dep_ == "aux" and c.lower_ == en.TO for c in head.children):
        return set()
    cut: set[int] = set()
    for c in head.children:
        if c.dep_ == "conj" and c.tag_ in en.FINITE_TAGS and c.i > head.i:
            cut.update(t.i for t in c.subtree)
            cut.update(g.i for g in head.children if g.dep_ == "cc" and g.i < c.left_edge.i)
    return cut


def strip_punct(piece: Piece, toks: list[Token], *, drop_that: bool = False) -> list[Token]:
    """Drop punctuation outside quotations at both ends (and a leading "that")."""
    def noise(t: Token, leading: bool) -> bool:
        if (t.is_punct or t.is_space) and piece.quote_at(t.idx) == -1:
            return True
        # "states [that] few if any ...": the parser may make the complementiser the cue's object, keeping the
        # tag of one, which the determiner "that" ("said [that option] was ...") never has (issue 12,
        # newcomer); a subject "that" ("an article that Carson said was written") is a relative pronoun
        # "said last month [that] Y": and an adverb (issue 12, newcomer)
        complementiser = t.dep_ == "mark" or (t.tag_ == en.COMPLEMENTISER_TAG and t.dep_ in en.COMPLEMENTISER_MISLABELS)
        return leading and drop_that and complementiser and t.lower_ == en.THAT

    start, end = 0, len(toks)
    while start < end and noise(toks[start], True):
        start += 1
    while end > start and noise(toks[end - 1], False):
        end -= 1
    return toks[start:end]


def paragraph_break_between(text: str, a: int, b: int) -> bool:
    return "\n" in text[min(a, b):max(a, b)]


def within_paragraph(text: str, anchor: int, start: int, end: int) -> tuple[int, int]:
    """Clip ``[start, end)`` to the paragraph holding ``anchor``.

    A clause never runs over a paragraph break (a missing full stop makes the
    parser glue paragraphs); quotations that do are restored from their marks.
    """
    start = max(start, text.rfind("\n", 0, anchor) + 1)
    line_end = text.find("\n", anchor)
    if line_end != -1 and line_end < end:
        end = line_end
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
            end -= 1
    return start, end


def split_complements(piece: Piece, verb: Token, comp: Token) -> list[Token]:
    """A clause the parser cut in two ccomps ("say [they do]n’t yet [know ...]")."""
    if comp.dep_ != "ccomp" or not piece.uses("split-complements"):
        return []
    sent_end = comp.sent.end
    return [c for c in verb.children if c.dep_ == "ccomp" and c.i > comp.i and c.i < sent_end
            and (c.i < verb.i) == (comp.i < verb.i)
            and not any(t.text in en.CLAUSE_ENDS for t in verb.doc[comp.right_edge.i:c.left_edge.i])]


def object_clause_end(piece: Piece, verb: Token, comp: Token) -> int:
    """Where an object-type content ends: the rest of the verb's phrase after it.

    "supports [his amendments] [to expand immigration]", "decried [the GOP]
    [for “turning its back”]", "called [him] [“a total stiff”]": the parser
    often hangs the second half on the verb; it still belongs to the content.
    Conjoined verbs, comma-set participles and parentheticals do not.
    """
    if not piece.uses("object-extent"):
        return 0
    end = 0
    for c in verb.children:
        if c.i <= comp.i or c.dep_ in en.NOT_OBJECT_EXTENSION or trailing_addition(c):
            continue
        if c.dep_ == "prep" and piece.uses("scene-preposition") and (c.lower_ in en.SCENE_PREPOSITIONS or _dated(c)):
            continue  # when and where the speaker spoke, not what was said ("praised X on Monday")
        if channel_phrase(piece, c):
            continue  # "welcomed X [in a statement]": how the speaker said it
        end = max(end, clause_extent(piece, c)[1])
    return end


def _dated(prep: Token) -> bool:
    """"on Monday", "in March": a preposition whose object is a date or time."""
    return any(g.dep_ == "pobj" and g.ent_type_ in en.TIME_ENTITIES for g in prep.children)


def channel_phrase(piece: Piece, prep: Token) -> bool:
    """"in a statement", "on Twitter", "in an interview", "at a press conference": the channel of the
    reporting act (rule ``channel-phrase``)."""
    if prep.dep_ != "prep" or prep.lower_ not in en.CHANNEL_PHRASE_PREPOSITIONS or not piece.uses("channel-phrase"):
        return False
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return noun is not None and noun.lemma_.lower() in en.CHANNELS


def object_channel_start(piece: Piece, obj: Token) -> int | None:
    """Where a channel the parser hung on the object starts, when it closes the object: "welcomed [the
    meeting] in a statement". Only with an indefinite article ("in a statement", "in an interview"):
    "the ban on Twitter" is what was opposed."""
    last = obj.right_edge.i
    for c in obj.children:
        if c.right_edge.i != last or not channel_phrase(piece, c):
            continue
        noun = next(g for g in c.children if g.dep_ == "pobj")
        if any(g.lower_ in en.INDEFINITE for g in noun.children):
            return obj.doc[c.i - 1].idx + len(obj.doc[c.i - 1]) if c.i > obj.i else None
    return None


def trailing_apposition(head: Token, subtree: Sequence[Token] | None = None) -> set[int]:
    """", Congress’ most zealous advocate for ..." or ", which allows ..." closing a
    content: an apposition or non-restrictive relative clause is the writer's gloss. ``subtree``: ``head``'s,
    where the caller has it."""
    last = head.right_edge.i
    doc = head.doc
    for t in head.subtree if subtree is None else subtree:
        if t.dep_ in ("appos", "relcl") and t.right_edge.i >= last - 1 and t.left_edge.i > head.left_edge.i:
            before = doc[t.left_edge.i - 1]
            if before.text in en.APPOSITION_MARKS:
                return set(range(before.i, last + 1))
            if t.dep_ == "relcl" and t.head.tag_ == en.SINGULAR_NAME and doc[t.left_edge.i].lower_ in en.WH_RELATIVES:
                # "the Persian Gulf which was joined by ...": one named thing takes no restrictive clause, so this
                # is the writer's gloss even without its comma ("Americans who ..." is plural, and may restrict).
                return set(range(t.left_edge.i, last + 1))
    return set()


def trailing_addition(tok: Token) -> bool:
    """A dependent that follows the reported clause but is the writer's, not the speaker's."""
    if tok.i <= tok.head.i:
        return False
    if tok.dep_ == "prep" and tok.lower_ == en.ACCORDING:
        return True  # "..., according to press reports": a second attribution
    if tok.dep_ == "prep" and tok.lower_ in en.LATER_ACT_PREPOSITIONS and any(
            c.dep_ == "pcomp" and c.tag_ == "VBG" for c in tok.children):
        return True  # "... before claiming that ...": a further act
    if tok.dep_ == "conj" and tok.lemma_.lower() in en.SPEECH_VERBS and any(
            c.dep_ in en.SUBJECTS for c in tok.children):
        return True  # "people changed their minds and several said ...": the next attribution, comma or not
    if not after_comma(tok):
        return False
    if tok.dep_ == "prep" and tok.lower_ in en.ABSOLUTE_PREPOSITIONS and any(
            c.dep_ == "pcomp" and c.pos_ in en.VERB_TAGS and any(g.dep_ in en.SUBJECTS for g in c.children)
            for c in tok.children):
        return True  # "..., with officials reporting X": the writer's circumstance, a report of its own
    if tok.dep_ in ("advcl", "xcomp") and tok.tag_ in ("VBG", "VBN"):
        return True
    if tok.dep_ == "prep" and tok.lower_ in en.ASIDE_PREPOSITIONS:
        return True  # "the plane was a freighter, despite photos showing windows": the writer's aside
    if tok.dep_ == "acl" and _participle(tok):
        return True  # "affirmed [her willingness to serve], writing, “...”": hung on the object
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in en.WRITER_MARKS for c in tok.children):
        return True
    return tok.dep_ == "conj" and any(c.dep_ in en.SUBJECTS for c in tok.children)


def _participle(tok: Token) -> bool:
    """A present participle, also one the tagger took for a noun ("writing, “...”"): a noun takes no clause."""
    return tok.tag_ == en.PRESENT_PARTICIPLE or (tok.lower_.endswith(en.ING) and any(
        c.dep_ == "ccomp" for c in tok.children))


def after_comma(tok: Token) -> bool:
    """A comma right before ``tok``'s phrase, also when a closing quote mark sits between (',"')."""
    i = tok.left_edge.i - 1
    doc = tok.doc
    while i >= 0 and doc[i].is_quote and doc[i].text not in en.APOSTROPHES:
        i -= 1
    return i >= 0 and doc[i].text == ","


def kind_and_bounds(piece: Piece, start: int, end: int, claimed: set[int],
                    cue_span: tuple[int, int] | None = None) -> tuple[StatementKind, int, int]:
    """Snap content to the quotations it touches and name its kind.

    ``cue_span`` is the attribution written between two halves of a quotation
    ("“...,” she said, “...”"); it does not make the statement mixed.
    """
    touched: list[int] = []
    q_first = piece.quote_at(start)
    q_last = piece.quote_at(end - 1)
    if q_first != -1:
        start = min(start, piece.quotes[q_first].start)
    if q_last != -1:
        end = max(end, piece.quotes[q_last].end)
    # A closing mark right after the clause (“... Ukraine.”) belongs to it.
    nxt = piece.quote_at(end)
    if nxt != -1 and piece.quotes[nxt].end - end <= 2 and piece.quotes[nxt].start < start:
        end = piece.quotes[nxt].end
    for n in range(bisect_left(piece.quote_starts, start), len(piece.quotes)):
        q = piece.quotes[n]
        if q.end <= end:
            if q.start > start and piece.uses("scare-quote") and is_scare_quote(piece.text, q):
                continue
            touched.append(n)
        elif q.start > end:
            break
    if not touched:
        return "indirect", start, end
    claimed.update(touched)
    outside = text_outside(piece, start, end, touched)
    if cue_span is not None:
        outside = outside.replace(piece.text[cue_span[0]:cue_span[1]], "")
    if not outside.strip(" ,.;:!?—–-…\n"):
        first, last = piece.quotes[touched[0]], piece.quotes[touched[-1]]
        return "direct", first.inner(piece.text)[0], last.inner(piece.text)[1]
    return "mixed", start, end


def is_scare_quote(text: str, q: Quotation) -> bool:
    """“peace deal” in "what he called a full-on “peace deal”": a name, not speech."""
    last_words = text[max(0, q.start - 40):q.start].split()[-3:]
    return bool(en.NAMING.search(" ".join(last_words)))


def text_outside(piece: Piece, start: int, end: int, quotes: Iterable[int]) -> str:
    parts: list[str] = []
    pos = start
    for n in quotes:
        q = piece.quotes[n]
        parts.append(piece.text[pos:q.start])
        pos = q.end
    parts.append(piece.text[pos:end])
    return "".join(parts)


def too_short(comp: Token, start: int, end: int) -> bool:
    """An indirect complement must say something: a clause or a phrase of 2+ words."""
    return end - start < 3 or (comp.pos_ == "PRON" and end - start < 6)
