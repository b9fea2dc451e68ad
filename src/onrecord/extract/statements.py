"""Find attributed statements in a parsed piece of text.

Two sources of evidence meet here:
- the dependency parse: a reporting cue (a verb from ``cues``) with its
  subject and its complement clause or object;
- the quotation marks found over the raw text (``quotes``).

A cue whose complement is a whole quotation gives a *direct* statement; one
whose complement contains a quotation and more gives a *mixed* one; otherwise
*indirect*. Quotations left over take the speaker of an adjacent cue
("..., he said.") or, if they read as full sentences, of the previous
statement (a floating quote). The output is speaker *spans*; naming the actor
behind "he" or "the American leader" is the resolver's job.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from onrecord.extract import cues
from onrecord.extract.lexicon import shipped_lexicon
from onrecord.extract.quotes import Quotation
from onrecord.model import Act, StatementKind

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Dependents that are not part of a speaker's name ("the leaders who ...").
SPEAKER_CUTOFF = frozenset({"relcl", "acl", "appos", "punct", "advcl", "cc", "conj", "prep", "npadvmod", "case"})
# Links through which a verb without a subject shares the subject of its head.
INHERIT_LINKS = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep", "acl", "ccomp"})
CLAUSAL = frozenset({"ccomp"})
OBJECTS = frozenset({"dobj", "xcomp", "ccomp", "attr", "oprd"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Cues whose infinitive complement is what they report ("vowed to fight on").
XCOMP_CUES = frozenset(cues.THOUGHT_VERBS) | {
    "promise", "pledge", "vow", "threaten", "urge", "ask", "demand", "propose", "agree", "refuse", "decline"}
# Links a learned cue may take its content through (never its subject).
LEARNABLE_LINKS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "attr"})
# Lexicon entries at or above this cue rate are used (tuned on PolNeAR train).
LEARNED_MIN_P = 0.15
# Subordinators that usually open the writer's aside after a reported clause
# ("..., though voters disagree"); "because" and "if" usually belong to it.
WRITER_MARKS = frozenset("after though although while whereas before as when".split())
# Rule priors at or below this are "weak" cues (thought 0.75, learned 0.6,
# position 0.65): they do not stand as statements inside another's content.
WEAK_PRIOR = 0.75
# Verbs whose direct object is the listener, not the message.
ADDRESSEE_VERBS = frozenset("tell ask inform warn urge assure remind advise".split())
GAP_PUNCT = set(" \t\n,:;—–-…")
# Sources too vague to hold a belief worth recording ("most people want ...", "everyone knows ...").
SPECIFIC_PRONOUNS = frozenset("he she i we".split())  # a person the text has named ("they" is often vague)
GENERIC_SOURCES = frozenset("people everyone everybody anyone anybody most many some nobody someone one you".split())


@dataclass(slots=True)
class Candidate:
    """A statement before its speaker is resolved to an actor (article offsets)."""

    kind: StatementKind
    content: tuple[int, int]
    cue: tuple[int, int, str] | None  # start, end, lemma
    speaker: Span | None  # spaCy span in its piece; None for floating quotes
    act: Act
    hedged: bool = False
    negated: bool = False
    confidence: float = 0.8
    inherited: bool = False
    speaker_offsets: tuple[int, int] | None = None  # article offsets of ``speaker``, set by find_candidates
    rule: str = ""  # which pattern found it: speech, thought, position, learned, headline, floating, ...
    link: str = ""  # dependency that ties the content to the cue, when there is one


class _Piece:
    """One parsed piece plus the quotations that fall in it, in piece offsets."""

    def __init__(self, doc: Doc, offset: int, quotations: Sequence[Quotation]) -> None:
        self.doc = doc
        self.offset = offset
        self.text = doc.text
        end = offset + len(self.text)
        # Quotations are in text order: bisect to this piece's, not a scan of the article's.
        first = bisect_left(quotations, offset, key=lambda q: q.start)
        after = (quotations[i] for i in range(first, len(quotations)))
        self.quotes = [
            Quotation(q.start - offset, q.end - offset, q.closed, q.paragraphs)
            for q in itertools.takewhile(lambda q: q.start < end, after)
            if q.end <= end
        ]
        self.quote_starts = [q.start for q in self.quotes]
        self.quote_ends = [q.end for q in self.quotes]
        self.quote_of_char = _quote_index(self.quotes, len(self.text))

    def quote_at(self, char: int) -> int:
        return self.quote_of_char[char] if 0 <= char < len(self.quote_of_char) else -1

    def in_quote(self, tok: Token) -> bool:
        q = self.quote_at(tok.idx)
        if q == -1:
            return False
        quote = self.quotes[q]
        # The marks themselves are not "inside".
        return quote.start < tok.idx < quote.end - 1 or (tok.idx == quote.start and len(tok) > 1)


# "did not respond to a request for comment": the writer's note on a silence, not a statement.
_NO_COMMENT = re.compile(r"(?i)(?:an?|the|repeated|multiple|several|two|three)?\s*(?:emailed\s+|phone\s+)?"
                         r"(?:requests?|messages?|e-?mails?|calls?|inquir\w+|questions?)\s+(?:for|seeking)\s+"
                         r"comments?\b")


def _quote_index(quotes: Sequence[Quotation], length: int) -> list[int]:
    index = [-1] * length
    for n, q in enumerate(quotes):
        for i in range(max(q.start, 0), min(q.end, length)):
            index[i] = n
    return index


def find_candidates(doc: Doc, offset: int, quotations: Sequence[Quotation], strict: bool = False) -> list[Candidate]:
    """Candidates in ``doc``, a piece at ``offset`` of a text whose ``quotations`` are in text order.

    ``strict`` (``Settings.strict_cues``) keeps only speech, writing, stances and specific beliefs: see
    ``_is_attribution``.
    """
    piece = _Piece(doc, offset, quotations)
    found: list[Candidate] = []
    claimed: set[int] = set()  # quotations already the content of a statement
    for tok in doc:
        if piece.in_quote(tok):
            continue
        cand = (_from_according_to(piece, tok) or _from_as_put_it(piece, tok) or _from_cue(piece, tok, claimed)
                or _from_noun_cue(piece, tok, claimed) or _from_adjective(piece, tok, claimed)
                or _from_topic_noun(piece, tok, claimed))
        if cand is not None:
            found.append(cand)
    found.extend(_colon_headlines(piece, claimed))
    found = _drop_nested_positions(found)
    _run_on_quotes(piece, found, claimed)
    found.extend(_floating_quotes(piece, claimed, found))
    found = [c for c in found if not _NO_COMMENT.match(piece.text, *c.content) and (not strict or _is_attribution(c))]
    found.sort(key=lambda c: c.content)
    for c in found:
        c.content = (c.content[0] + offset, c.content[1] + offset)
        if c.cue:
            c.cue = (c.cue[0] + offset, c.cue[1] + offset, c.cue[2])
        if c.speaker is not None:
            c.speaker_offsets = (c.speaker.start_char + offset, c.speaker.end_char + offset)
    return found


def _is_attribution(cand: Candidate) -> bool:
    """The strict reading of what a statement is. A deed is none, even where the learned lexicon saw the
    verb head a cue ("signed the treaty"); a thought is attributed only to a specific source: "Officials
    believe the talks will fail" and "Russia wants to end the war" are statements, "Most people just want
    to know they are covered" and "the attacker intended to obtain money" are not."""
    if cand.rule == "learned" and cand.cue is not None and (cand.cue[2].split() or [""])[0] in cues.NOT_SPEECH:
        return False
    if cand.rule != "thought":
        return True
    if cand.speaker is None:
        return False
    root = cand.speaker.root
    if root.lower_ in GENERIC_SOURCES or cand.speaker[0].lower_ in GENERIC_SOURCES:
        return False
    # An intention ("wants to", "plans to") counts when a named actor holds it; a belief needs its clause.
    named = root.pos_ == "PROPN" and root.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
    return cand.link == "ccomp" or named or root.lower_ in SPECIFIC_PRONOUNS


# --- cues -------------------------------------------------------------------

def _particle(tok: Token) -> str | None:
    for child in tok.children:
        if child.dep_ == "prt":
            return child.lower_
    return None


def _cue_kind(tok: Token) -> tuple[str, Act] | None:
    """("speech"|"thought"|"position"|"phrasal", act) for a cue verb, else None."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ in ("be", "have", "do") or tok.lower_ == "according":
        return None
    lemma = tok.lemma_.lower()
    prt = _particle(tok)
    if prt and (lemma, prt) in cues.PHRASAL:
        return "phrasal", cues.PHRASAL[(lemma, prt)]
    if lemma in cues.SPEECH_VERBS:
        return "speech", cues.SPEECH_VERBS[lemma]
    if lemma in cues.THOUGHT_VERBS:
        return "thought", cues.THOUGHT_VERBS[lemma]
    if lemma in cues.POSITION_VERBS:
        return "position", cues.POSITION_VERBS[lemma]
    learned = shipped_lexicon().get(lemma)
    if learned and learned["p"] >= LEARNED_MIN_P and lemma not in cues.NOT_CUES:
        return "learned", "assert"
    return None


def _complement(tok: Token, kind: str) -> Token | None:
    """The head of what the cue reports: a clause, or the object of a position verb."""
    children = list(tok.children)
    for dep in ("ccomp",):
        for c in children:
            if c.dep_ == dep:
                return c
    if kind == "speech":
        channel = _channel_clause(tok)
        if channel is not None:
            return channel
    if kind in ("position", "phrasal"):
        for c in children:
            if c.dep_ in ("dobj", "xcomp", "ccomp", "pcomp"):
                return c
        for c in children:  # "call for X": the particle-less preposition
            if c.dep_ == "prep" and c.lower_ == "for" and tok.lemma_ == "call":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
    active = not any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
    if kind in ("thought", "speech") and active:
        for c in children:
            if c.dep_ == "xcomp" and (tok.lemma_ in XCOMP_CUES or (kind == "speech" and c.tag_ == "VBG")):
                return c
    if kind == "speech" and active and tok.lemma_ not in ADDRESSEE_VERBS:
        for c in children:  # "said yes", "said legalizing it could ..." (misparsed)
            if c.dep_ == "dobj" and (c.lower_ in ("yes", "no") or c.pos_ in ("VERB", "AUX")):
                return c
    if active or kind == "learned":
        return _learned_complement(tok)
    return None


def _channel_clause(tok: Token) -> Token | None:
    """"said in a statement that X": the parser hangs the that-clause on "statement"; it is what was said."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.i < tok.i:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in cues.CUE_CHANNEL_NOUNS:
                for c in noun.children:
                    if c.dep_ in ("acl", "ccomp", "relcl") and any(
                            g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                        return c
    return None


def _learned_complement(tok: Token) -> Token | None:
    """The complement along the links the cue lexicon learned for this lemma."""
    learned = shipped_lexicon().get(tok.lemma_.lower())
    if not learned:
        return None
    children = list(tok.children)
    for link in learned["links"]:
        if link.startswith("prep:"):
            word = link[5:]
            for c in children:
                if c.dep_ == "prep" and c.lower_ == word and c.i > tok.i:
                    obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                    if obj is not None:
                        return obj
        elif link in LEARNABLE_LINKS:
            for c in children:
                if c.dep_ == link and c.i > tok.i and (link != "dobj" or tok.lemma_ not in ADDRESSEE_VERBS):
                    return c
    return None


def _withheld(tok: Token) -> Token | None:
    """For "refused to say ..." return "say"; None when ``tok`` withholds nothing."""
    if tok.lemma_ not in cues.WITHHOLD_VERBS:
        return None
    for c in tok.children:
        if c.dep_ == "xcomp":
            kind = _cue_kind(c)
            if kind and kind[0] in ("speech", "phrasal"):
                return c
    return None


def _from_cue(piece: _Piece, tok: Token, claimed: set[int]) -> Candidate | None:
    kind_act = _cue_kind(tok)
    if kind_act is None:
        return None
    kind, act = kind_act
    if tok.dep_ == "xcomp" and tok.head.lemma_ in cues.WITHHOLD_VERBS:
        return None  # handled from the withholding verb
    if tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl") and not any(c.dep_ in SUBJECTS for c in tok.children):
        # "Pressed on X by reporters, ...", "guarantees backed by US forces": the
        # participle describes, it does not report.
        return None
    if kind != "speech" and any(a.lemma_ in ("ask", "wonder") for a in tok.ancestors):
        return None  # "Asked whether she would support X": the reporter's question, not her position
    if any(c.dep_ == "auxpass" for c in tok.children):
        return _from_passive(piece, tok, kind, act, claimed)
    cue_tokens = [tok]
    head = tok
    inner = _withheld(tok)
    if inner is not None:
        cue_tokens.append(inner)
        head = inner
        kind_act = _cue_kind(inner)
        kind = kind_act[0] if kind_act else kind
        act = "refuse_to_commit"
    comp = _complement(head, kind)
    if comp is not None and _paragraph_break_between(piece.text, head.idx, comp.idx):
        comp = None  # the parser glued two paragraphs (a headline without a full stop)
    if comp is None and inner is not None:
        # "refused to answer": what is withheld is the answer itself.
        cue_tokens, head, comp = [tok], tok, inner
    if comp is None and head.dep_ == "parataxis" and kind in ("speech", "learned") and head.head.pos_ in (
            "VERB", "AUX"):
        return _parenthetical(piece, head)
    quote_span = None if comp is not None else _adjacent_quote(piece, head, kind)
    if comp is None and quote_span is None:
        return None
    if kind == "position" and comp is not None and comp.dep_ == "dobj" and comp.pos_ == "PRON":
        return None  # "backed it": nothing reportable without the antecedent
    speaker, inherited = _speaker(head if head is not tok else tok)
    if speaker is None and kind != "speech":
        return None
    if speaker is not None and speaker.root.lower_ in ("it", "this", "that", "which", "there"):
        return None

    cue_tokens.extend(_cue_extras(head))
    hedged = _hedged(tok)
    governor = _hedge_governor(tok)
    if governor is not None:
        cue_tokens.append(governor)
    negated = any(c.dep_ == "neg" for c in tok.children)
    if negated and act in ("reject", "assert") and (head.lemma_, _particle(head)) == ("rule", "out"):
        act = "refuse_to_commit"

    if comp is not None:
        start, end = _clause_extent(piece, comp)
        if comp.dep_ in ("dobj", "pobj", "pcomp"):
            end = max(end, _object_clause_end(piece, head, comp))
        for split in _split_complements(head, comp):
            end = max(end, _clause_extent(piece, split)[1])
        start, end = _within_paragraph(piece.text, comp.idx, start, end)
    else:
        assert quote_span is not None
        start, end = quote_span
    if end <= start:
        return None
    between = None
    if quote_span is not None:
        clause = [t for t in head.subtree if not t.is_punct and not t.is_space and not piece.in_quote(t)]
        between = (clause[0].idx, clause[-1].idx + len(clause[-1]))
    stmt_kind, start, end = _kind_and_bounds(piece, start, end, claimed, between)
    if stmt_kind == "indirect" and comp is not None and _too_short(comp, start, end):
        return None
    cue_start = min(t.idx for t in cue_tokens)
    cue_end = max(t.idx + len(t) for t in cue_tokens)
    if start < cue_end and end > cue_start and between is None:  # the cue lies outside its content
        return None
    act = _refine_act(act, comp, piece, start, end, stmt_kind)
    confidence = {"speech": 0.9, "phrasal": 0.85, "thought": 0.75, "position": 0.65, "learned": 0.6}[kind]
    if speaker is None:
        confidence -= 0.3
    if quote_span is not None:
        confidence -= 0.1
    return Candidate(
        kind=stmt_kind,
        content=(start, end),
        cue=(cue_start, cue_end, _cue_lemma(tok, head)),
        speaker=speaker,
        act=act,
        hedged=hedged or governor is not None,
        negated=negated,
        confidence=confidence,
        inherited=inherited,
        rule=kind + ("-adjacent" if quote_span is not None else ""),
        link=comp.dep_ if comp is not None else "",
    )


def _from_passive(piece: _Piece, tok: Token, kind: str, act: Act, claimed: set[int]) -> Candidate | None:
    """A passive cue ("was asked about X", "it was reported that", "X is expected to"):
    the speaker is the agent ("by X") or unnamed; the content is the clause, the
    prepositional object, or subject plus infinitive where train shows that use."""
    children = list(tok.children)
    comp = next((c for c in children if c.dep_ == "ccomp"), None)
    start = end = -1
    if comp is None:
        for c in children:
            if c.dep_ == "prep" and c.lower_ in ("about", "on", "over", "for", "as") and c.i > tok.i:
                comp = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if comp is not None:
                    break
    learned_links = (shipped_lexicon().get(tok.lemma_.lower()) or {}).get("links", [])
    if comp is None and "nsubjpass" in learned_links:
        xcomp = next((c for c in children if c.dep_ == "xcomp"), None)
        subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
        if xcomp is not None and subject is not None and subject.lower_ not in RELATIVE_PRONOUNS | {"it"}:
            start = _clause_extent(piece, subject)[0]
            end = _clause_extent(piece, xcomp)[1]
    if comp is not None:
        start, end = _clause_extent(piece, comp)
    if end <= start:
        return None
    agent = next((c for c in children if c.dep_ == "agent"), None)
    by = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    speaker = _noun_phrase(by) if by is not None else None
    stmt_kind, start, end = _kind_and_bounds(piece, start, end, claimed)
    cue_toks = [tok, *_cue_extras(tok)]
    cue_start = min(t.idx for t in cue_toks)
    cue_end = max(t.idx + len(t) for t in cue_toks)
    if start < cue_end and end > cue_start and comp is not None:
        return None
    return Candidate(
        kind=stmt_kind,
        content=(start, end),
        cue=(cue_start, cue_end, tok.lemma_.lower()),
        speaker=speaker,
        act=act,
        negated=any(c.dep_ == "neg" for c in children),
        confidence=0.4,
        rule="passive",
        link=comp.dep_ if comp is not None else "nsubjpass",
    )


def _cue_lemma(tok: Token, head: Token) -> str:
    lemmas = [tok.lemma_.lower()]
    if head is not tok:
        lemmas.append(head.lemma_.lower())
    prt = _particle(head)
    if prt:
        lemmas.append(prt)
    return " ".join(lemmas)


def _cue_extras(tok: Token) -> list[Token]:
    """Words that belong to the cue: particle, "outright", "in a statement"."""
    extra: list[Token] = []
    for c in tok.children:
        adjacent_adverb = c.dep_ == "advmod" and c.i == tok.i + 1 and c.lower_ not in ("also", "then", "later", "now")
        if c.dep_ == "prt" or (c.dep_ == "aux" and c.lower_ == "to") or adjacent_adverb:
            extra.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("in", "on", "during") and tok.i < c.i <= tok.i + 2:
            nouns = [g for g in c.subtree if g.lemma_.lower() in cues.CUE_CHANNEL_NOUNS]
            if nouns:
                said = _channel_clause(tok)  # "in a statement [that X]": the clause is content, not cue
                inside = {t.i for t in said.subtree} if said is not None else set()
                extra.extend(t for t in c.subtree if t.i not in inside)
    return extra


def _hedge_governor(tok: Token) -> Token | None:
    """"seemed" in "seemed to rule out"."""
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_ in cues.HEDGE_GOVERNORS:
        return head
    return None


def _hedged(tok: Token) -> bool:
    if tok.lemma_.lower() in cues.HEDGE_CUES:
        return True
    near = list(tok.children)
    if tok.dep_ == "conj":
        near.append(tok.head)
        near.extend(tok.head.children)
    return any(t.lemma_.lower() in cues.HEDGE_WORDS or t.lower_ in cues.HEDGE_WORDS for t in near)


# --- speakers ---------------------------------------------------------------

def _speaker(tok: Token) -> tuple[Span | None, bool]:
    """The subject that says ``tok``, following conjunctions and control verbs up."""
    current = tok
    for _ in range(6):
        subject = next((c for c in current.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            if subject.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                return _noun_phrase(current.head), False
            if subject.dep_ == "csubj":
                return None, False
            return _noun_phrase(subject), current is not tok
        if current.dep_ in ("relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN"):
            return _noun_phrase(current.head), False
        if current.dep_ not in INHERIT_LINKS or current.head is current:
            return None, False
        current = _controller(current)
    return None, False


def _controller(tok: Token) -> Token:
    """The verb whose subject ``tok`` shares.

    A participle clause set off by a comma ("..., while hedging and telling")
    is about the main clause's subject even when the parser hangs it on a
    relative clause in between ("a post he'd made"), so it climbs past that.
    """
    head = tok.head
    if tok.dep_ == "advcl" and head.dep_ in ("relcl", "acl"):
        left = tok.left_edge.i
        if left > 0 and tok.doc[left - 1].text == ",":
            return head.sent.root
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and head.dep_ == "ccomp" and _after_comma(tok):
        return head.head  # "he said Moscow would not accept X, adding that ...": he adds, not Moscow
    return head


def _inner_hyphen(tok: Token) -> bool:
    """The hyphen inside "Ocasio-Cortez": punctuation that does not end a phrase."""
    return tok.text in ("-", "‐") and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _noun_phrase(tok: Token) -> Span:
    """``tok`` with its modifiers, without relative clauses and appositions."""
    left = tok.left_edge.i
    right = tok.i
    for c in tok.children:
        if c.i > tok.i and c.dep_ not in SPEAKER_CUTOFF:
            right = max(right, c.right_edge.i)
        if c.i > tok.i and c.dep_ == "prep" and c.lower_ in ("of", "for", "at"):
            right = max(right, c.right_edge.i)
    for c in tok.children:  # "Trump, who ..." : keep left modifiers only up to punctuation
        if c.i < tok.i and c.dep_ in ("punct", "appos", "relcl") and not _inner_hyphen(c):
            left = max(left, c.right_edge.i + 1)
    doc = tok.doc
    while left < right and (doc[left].is_space or doc[left].is_punct):
        left += 1
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[left:right + 1]


# --- content ----------------------------------------------------------------

def _clause_extent(piece: _Piece, head: Token) -> tuple[int, int]:
    """Character bounds of a complement clause, without "that" and end punctuation.

    A trailing ", referring to ..." participle and a ", and <subject> <verb>"
    clause are the writer's additions, not part of what was reported.
    """
    cut = {t.i for c in head.children if _trailing_addition(c) for t in c.subtree}
    cut.update(_trailing_apposition(head))
    if cut:
        first_cut = min(cut)
        cut.update(t.i for t in head.subtree if t.i >= first_cut)
    toks = _strip_punct(piece, [t for t in head.subtree if t.i not in cut], drop_that=True)
    if not toks:
        return 0, 0
    return _within_paragraph(piece.text, head.idx, toks[0].idx, toks[-1].idx + len(toks[-1]))


def _strip_punct(piece: _Piece, toks: list[Token], *, drop_that: bool = False) -> list[Token]:
    """Drop punctuation outside quotations at both ends (and a leading "that")."""
    def noise(t: Token, leading: bool) -> bool:
        if t.is_punct and piece.quote_at(t.idx) == -1:
            return True
        return leading and drop_that and t.dep_ == "mark" and t.lower_ == "that"

    start, end = 0, len(toks)
    while start < end and noise(toks[start], True):
        start += 1
    while end > start and noise(toks[end - 1], False):
        end -= 1
    return toks[start:end]


def _paragraph_break_between(text: str, a: int, b: int) -> bool:
    return "\n" in text[min(a, b):max(a, b)]


def _within_paragraph(text: str, anchor: int, start: int, end: int) -> tuple[int, int]:
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


def _split_complements(verb: Token, comp: Token) -> list[Token]:
    """A clause the parser cut in two ccomps ("say [they do]n’t yet [know ...]")."""
    if comp.dep_ != "ccomp":
        return []
    sent_end = comp.sent.end
    return [c for c in verb.children if c.dep_ == "ccomp" and c.i > comp.i and c.i < sent_end
            and (c.i < verb.i) == (comp.i < verb.i)
            and not any(t.text in (".", ";") for t in verb.doc[comp.right_edge.i:c.left_edge.i])]


# Prepositions that set the scene of the reporting act ("praised Obama after the meeting").
SCENE_PREPOSITIONS = frozenset("after before during since following amid while at".split())


def _object_clause_end(piece: _Piece, verb: Token, comp: Token) -> int:
    """Where an object-type content ends: the rest of the verb's phrase after it.

    "supports [his amendments] [to expand immigration]", "decried [the GOP]
    [for “turning its back”]", "called [him] [“a total stiff”]": the parser
    often hangs the second half on the verb; it still belongs to the content.
    Conjoined verbs, comma-set participles and parentheticals do not.
    """
    end = 0
    for c in verb.children:
        if c.i <= comp.i or c.dep_ in ("conj", "cc", "punct", "parataxis", "mark", "dep") or _trailing_addition(c):
            continue
        if c.dep_ == "prep" and c.lower_ in SCENE_PREPOSITIONS:
            continue  # when and where the speaker spoke, not what was said
        end = max(end, _clause_extent(piece, c)[1])
    return end


def _trailing_apposition(head: Token) -> set[int]:
    """", Congress’ most zealous advocate for ..." or ", which allows ..." closing a
    content: an apposition or non-restrictive relative clause is the writer's gloss."""
    last = head.right_edge.i
    doc = head.doc
    for t in head.subtree:
        if t.dep_ in ("appos", "relcl") and t.right_edge.i >= last - 1 and t.left_edge.i > head.left_edge.i:
            before = doc[t.left_edge.i - 1]
            if before.text in (",", "–", "—", "-"):
                return set(range(before.i, last + 1))
    return set()


def _trailing_addition(tok: Token) -> bool:
    """A dependent that follows the reported clause but is the writer's, not the speaker's."""
    if tok.i <= tok.head.i:
        return False
    if tok.dep_ == "prep" and tok.lower_ == "according":
        return True  # "..., according to press reports": a second attribution
    if tok.dep_ == "prep" and tok.lower_ in ("before", "after", "while") and any(
            c.dep_ == "pcomp" and c.tag_ == "VBG" for c in tok.children):
        return True  # "... before claiming that ...": a further act
    if not _after_comma(tok):
        return False
    if tok.dep_ in ("advcl", "xcomp") and tok.tag_ in ("VBG", "VBN"):
        return True
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in WRITER_MARKS for c in tok.children):
        return True
    return tok.dep_ == "conj" and any(c.dep_ in SUBJECTS for c in tok.children)


def _after_comma(tok: Token) -> bool:
    """A comma right before ``tok``'s phrase, also when a closing quote mark sits between (',"')."""
    i = tok.left_edge.i - 1
    doc = tok.doc
    while i >= 0 and doc[i].is_quote and doc[i].text not in ("'", "’"):
        i -= 1
    return i >= 0 and doc[i].text == ","


def _kind_and_bounds(piece: _Piece, start: int, end: int, claimed: set[int],
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
            if q.start > start and _is_scare_quote(piece.text, q):
                continue
            touched.append(n)
        elif q.start > end:
            break
    if not touched:
        return "indirect", start, end
    claimed.update(touched)
    outside = _text_outside(piece, start, end, touched)
    if cue_span is not None:
        outside = outside.replace(piece.text[cue_span[0]:cue_span[1]], "")
    if not outside.strip(" ,.;:!?—–-…\n"):
        first, last = piece.quotes[touched[0]], piece.quotes[touched[-1]]
        return "direct", first.inner(piece.text)[0], last.inner(piece.text)[1]
    return "mixed", start, end


_NAMING = re.compile(r"\b(?:call|calls|called|dubbed|termed|labell?ed|so-called|known as|describ\w+ as)\b", re.I)


def _is_scare_quote(text: str, q: Quotation) -> bool:
    """“peace deal” in "what he called a full-on “peace deal”": a name, not speech."""
    last_words = text[max(0, q.start - 40):q.start].split()[-3:]
    return bool(_NAMING.search(" ".join(last_words)))


def _text_outside(piece: _Piece, start: int, end: int, quotes: Iterable[int]) -> str:
    parts: list[str] = []
    pos = start
    for n in quotes:
        q = piece.quotes[n]
        parts.append(piece.text[pos:q.start])
        pos = q.end
    parts.append(piece.text[pos:end])
    return "".join(parts)


def _too_short(comp: Token, start: int, end: int) -> bool:
    """An indirect complement must say something: a clause or a phrase of 2+ words."""
    return end - start < 3 or (comp.pos_ == "PRON" and end - start < 6)


def _adjacent_quote(piece: _Piece, tok: Token, kind: str) -> tuple[int, int] | None:
    """Quotations next to the cue's clause: "“...,” he said.", "He said: “...”",
    and both sides of "“...,” she said. “...”" as one span.
    """
    if kind not in ("speech",) and not _colon_follows(piece, tok):
        return None
    subtree = [t for t in tok.subtree if not t.is_punct and not t.is_space and not piece.in_quote(t)]
    if not subtree:
        return None
    c_start = subtree[0].idx
    c_end = subtree[-1].idx + len(subtree[-1])
    before = after = None
    # Quotations do not overlap, so only the last one ending before the clause and
    # the first one opening after it can be next to it.
    last = bisect_right(piece.quote_ends, c_start) - 1
    if last >= 0 and _only_gap(piece.text[piece.quotes[last].end:c_start]):
        before = piece.quotes[last]
    first = bisect_left(piece.quote_starts, c_end)
    if first < len(piece.quotes):
        q = piece.quotes[first]
        if _only_gap(piece.text[c_end:q.start]) and q.closed:
            after = q
    if before is not None and after is not None:
        return before.start, after.end
    if before is not None:
        return before.start, before.end
    if after is not None:
        return after.start, after.end
    return None


def _colon_follows(piece: _Piece, tok: Token) -> bool:
    right = tok.right_edge
    nxt = right.i + 1
    return (tok.dep_ == "ROOT" and nxt < len(piece.doc) and piece.doc[nxt].text == ":"
            and any(c.dep_ in SUBJECTS for c in tok.children))


def _only_gap(between: str) -> bool:
    return len(between) <= 4 and all(ch in GAP_PUNCT for ch in between)


_HEADLINE = re.compile(r"^(?P<who>[^:\n]{2,60}?):[ \t]+(?P<what>[^\n]{10,}?)[ \t]*$", re.M)


def _colon_headlines(piece: _Piece, claimed: set[int]) -> list[Candidate]:
    """"Sanders: Clinton Email Story Has Moved" — a name, a colon, what they said."""
    out: list[Candidate] = []
    for m in _HEADLINE.finditer(piece.text):
        who = piece.doc.char_span(m.start("who"), m.end("who"), alignment_mode="contract")
        if who is None or not any(t.pos_ == "PROPN" or t.ent_type_ or t.is_title for t in who) or any(
            t.pos_ in ("VERB", "AUX") or t.like_num for t in who
        ) or len(who) > 6 or who[0].lower_ in cues.NON_SPEAKER_LABELS:
            continue
        start, end = m.start("what"), m.end("what")
        while end > start and piece.text[end - 1] in " .":
            end -= 1
        kind, start, end = _kind_and_bounds(piece, start, end, claimed)
        colon = m.end("who")
        out.append(Candidate(
            kind=kind, content=(start, end), cue=(colon, colon + 1, ":"), speaker=who,
            act="assert", confidence=0.7, rule="headline",
        ))
    return out


def _parenthetical(piece: _Piece, tok: Token) -> Candidate | None:
    """"The economy, he said, is improving": the clause around the attribution."""
    subject = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return None
    own = {t.i for t in tok.subtree}
    toks = [t for t in tok.head.subtree if t.i not in own]
    cue_toks = [tok, *_cue_extras(tok)]
    cue_toks.sort(key=lambda t: t.i)
    act = cues.SPEECH_VERBS.get(tok.lemma_.lower(), "assert")
    return _clause_statement(piece, toks, [cue_toks[0], cue_toks[-1]], subject, act, "parenthetical")


def _noun_owner(tok: Token) -> Token | None:
    """Who a reporting noun belongs to: "Putin's warning", "a claim by the ministry"."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
        owner = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    return owner


def _voicer(tok: Token) -> Token | None:
    """The subject who voices the noun: "X voiced criticism of", "X responded with chants of"."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "with":
        verb = verb.head
    elif tok.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.VOICING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _from_topic_noun(piece: _Piece, tok: Token, claimed: set[int]) -> Candidate | None:
    """"his comments on X", "Obama's criticism of Y", "her call for Z": the content is what the noun is about."""
    entry = cues.TOPIC_NOUNS.get(tok.lemma_.lower())
    if entry is None or tok.pos_ != "NOUN":
        return None
    act, preps = entry
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps and c.i == tok.i + 1), None)
    obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    owner = _noun_owner(tok) or _voicer(tok)
    if prep is None or obj is None or owner is None or owner.lower_ in ("it", "its", "this", "that", "their",
                                                                         "which"):
        return None
    start, end = _clause_extent(piece, obj)
    start, end = _within_paragraph(piece.text, obj.idx, start, end)
    if end <= start:
        return None
    kind, start, end = _kind_and_bounds(piece, start, end, claimed)
    return Candidate(
        kind=kind,
        content=(start, end),
        cue=(tok.idx, prep.idx + len(prep), tok.lemma_.lower()),
        speaker=_noun_phrase(owner),
        act=act,
        confidence=0.45,
        rule="noun-topic",
        link=f"prep:{prep.lower_}",
    )


def _from_noun_cue(piece: _Piece, tok: Token, claimed: set[int]) -> Candidate | None:
    """"Putin's warning that X", "a claim by the ministry that X": a reporting noun with a that-clause."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in cues.NOUN_CUES:
        return None
    clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl") and any(
        g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
    if clause is None:
        return None
    owner = _noun_owner(tok)
    start, end = _clause_extent(piece, clause)
    if end <= start:
        return None
    kind, start, end = _kind_and_bounds(piece, start, end, claimed)
    speaker = _noun_phrase(owner) if owner is not None else None
    return Candidate(
        kind=kind,
        content=(start, end),
        cue=(tok.idx, tok.idx + len(tok), tok.lemma_.lower()),
        speaker=speaker,
        act=cues.NOUN_CUES[tok.lemma_.lower()],
        confidence=0.5,
        rule="noun",
        link=clause.dep_,
    )


def _from_adjective(piece: _Piece, tok: Token, claimed: set[int]) -> Candidate | None:
    """"X was adamant that Y", "X is critical of Y": a stance adjective after "be"."""
    act = cues.ADJECTIVE_CUES.get(tok.lower_)
    if act is None or tok.dep_ != "acomp" or tok.head.lemma_ != "be":
        return None
    # The that-clause hangs on the adjective or, as often, on "be" after it.
    content = next((c for c in [*tok.children, *tok.head.children] if c.dep_ == "ccomp" and c.i > tok.i), None)
    if content is None:
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "about", "to")), None)
        content = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep else None
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if content is None or subject is None or subject.lower_ in ("it", "this", "that", "there"):
        return None
    start, end = _clause_extent(piece, content)
    if end <= start:
        return None
    kind, start, end = _kind_and_bounds(piece, start, end, claimed)
    speaker = _noun_phrase(subject)
    cue_start = min(tok.idx, tok.head.idx)
    return Candidate(
        kind=kind,
        content=(start, end),
        cue=(cue_start, tok.idx + len(tok), f"be {tok.lower_}"),
        speaker=speaker,
        act=act,
        negated=any(c.dep_ == "neg" for c in tok.head.children),
        confidence=0.5,
        rule="adjective",
        link=content.dep_,
    )


def _from_as_put_it(piece: _Piece, tok: Token) -> Candidate | None:
    """"Y, as X put it" / "as X said, Y": the main clause is what X said."""
    if tok.lemma_ not in ("put", "say", "note", "write") or tok.dep_ != "advcl":
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return None
    subject = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return None
    own = {t.i for t in tok.subtree}
    toks = [t for t in tok.head.subtree if t.i not in own]
    return _clause_statement(piece, toks, [tok], subject, "assert", "as-put-it")


def _clause_statement(piece: _Piece, toks: list[Token], cue_toks: list[Token],
                      speaker_tok: Token, act: Act, rule: str) -> Candidate | None:
    """A statement whose content is a clause around its attribution."""
    toks = _strip_punct(piece, toks)
    if len(toks) < 3:
        return None
    kind, start, end = _kind_and_bounds(piece, toks[0].idx, toks[-1].idx + len(toks[-1]), set())
    speaker = _noun_phrase(speaker_tok)
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


def _from_according_to(piece: _Piece, tok: Token) -> Candidate | None:
    """"according to X, Y" and "Y, according to X"."""
    if tok.lower_ != "according" or tok.dep_ != "prep":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if to is None or pobj is None:
        return None
    own = {t.i for t in tok.subtree}
    toks = [t for t in tok.head.subtree if t.i not in own]
    cand = _clause_statement(piece, toks, [tok, to], pobj, "assert", "according-to")
    if cand is not None:
        cand.cue = (cand.cue[0], cand.cue[1], "according to") if cand.cue else None
    return cand


def _refine_act(act: Act, comp: Token | None, piece: _Piece, start: int, end: int,
                stmt_kind: StatementKind) -> Act:
    """A neutral cue takes the act its content expresses ("said ... opposed")."""
    if act == "assert" and comp is not None and comp.lemma_.lower() in cues.CONTENT_ACTS and any(
            c.dep_ in SUBJECTS for c in comp.children):
        return cues.CONTENT_ACTS[comp.lemma_.lower()]
    return _commitment(act, piece, start, end, stmt_kind)


_FIRST_PERSON_FUTURE = ("we will", "we’ll", "we'll", "i will", "i’ll", "i'll", "we’re going to",
                        "we're going to", "we are going to", "i’m going to", "i'm going to", "we shall",
                        "i am going to", "i promise", "we promise")


def _commitment(act: Act, piece: _Piece, start: int, end: int, stmt_kind: StatementKind) -> Act:
    """A direct quote of "we will ..." commits the speaker."""
    if act == "assert" and stmt_kind == "direct":
        text = piece.text[start:end].lower()
        if any(p in text for p in _FIRST_PERSON_FUTURE):
            return "commit"
    return act


def _drop_nested_positions(found: list[Candidate]) -> list[Candidate]:
    """Resolve overlaps in favour of the surer reading.

    A position, thought or learned cue inside another statement's content is
    part of what that statement reports, not a new statement ("said his country
    opposed X", "said he believes Y"); and one whose content swallows a surer
    statement's cue misread the clause. Speech and phrasal cues nest.
    Sorted sweeps, not all pairs: a long text can hold thousands of candidates.
    """
    contents = _Cover([c.content for c in found])
    cued = sorted((c.cue[0], c.cue[1], c.confidence) for c in found if c.cue is not None)
    cue_starts = [x[0] for x in cued]
    # Two rules reading the same words ("responded with chants of “...”") make one statement:
    # the surer one, the first on a tie.
    best: dict[tuple[int, int], int] = {}
    for i, c in enumerate(found):
        j = best.get(c.content)
        if j is None or c.confidence > found[j].confidence:
            best[c.content] = i
    keep: list[Candidate] = []
    for i, c in enumerate(found):
        if best[c.content] != i:
            continue
        if c.cue is not None and c.confidence <= WEAK_PRIOR:
            nested = contents.contains(c.cue[0], c.cue[1], besides=i)
            swallowing = _swallows(c, cued, cue_starts)
            if nested or swallowing:
                continue
        keep.append(c)
    return keep


def _swallows(c: Candidate, cued: list[tuple[int, int, float]], cue_starts: list[int]) -> bool:
    """Whether ``c``'s content holds the cue of a surer candidate (``cued``: sorted cue spans)."""
    start, end = c.content
    for n in range(bisect_left(cue_starts, start), len(cued)):
        cue_start, cue_end, confidence = cued[n]
        if cue_start > end:
            return False
        if confidence > c.confidence and cue_end <= end:
            return True
    return False


class _Cover:
    """Which of a list of spans contain a given span, by bisection (no scan of all pairs)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        order = sorted(range(len(spans)), key=lambda n: spans[n][0])
        self.starts = [spans[n][0] for n in order]
        # For each prefix of spans sorted by start: the furthest end, whose index, and the
        # furthest end of any other span (so a span can be asked about "besides itself").
        self.top: list[tuple[int, int, int]] = []
        best, owner, second = -1, -1, -1
        for n in order:
            end = spans[n][1]
            if end > best:
                best, owner, second = end, n, best
            elif end > second:
                second = end
            self.top.append((best, owner, second))

    def contains(self, start: int, end: int, besides: int = -1) -> bool:
        """Whether some span (other than number ``besides``) covers ``[start, end)``."""
        at = bisect_right(self.starts, start)
        if at == 0:
            return False
        best, owner, second = self.top[at - 1]
        return (second if owner == besides else best) >= end


# --- quotations with no cue of their own --------------------------------------

def _run_on_quotes(piece: _Piece, found: list[Candidate], claimed: set[int]) -> None:
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



def _floating_quotes(piece: _Piece, claimed: set[int], found: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    covered = _Cover([c.content for c in found])
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
            act=_commitment("assert", piece, q.start, q.end, "direct"),
            confidence=0.5,
            inherited=True,
            rule="floating",
        ))
    return out


def _reads_as_speech(piece: _Piece, q: Quotation) -> bool:
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
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)
