"""Rules that drop candidates: nested weak cues, notes on a silence, and (strict) deeds and vague beliefs."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.attrs import LEMMA
from spacy.tokens import Token

from onrecord.extract import english as en
from onrecord.extract.furniture import Furniture
from onrecord.extract.rules.base import Candidate, Cover, Piece
from onrecord.extract.rules.sources import noun_phrase
from onrecord.ingest.sources import title_line
from onrecord.nlp import KnownIds, token_indices

# Rule priors at or below this are "weak" cues (thought 0.75, learned 0.6,
# position 0.65): they do not stand as statements inside another's content.
WEAK_PRIOR = 0.75
# The ``link`` of a statement by a source that another passes on: "According to X, quoting Y, Z" (Y says Z).
QUOTED_THROUGH = "quoted-through"
ACCORDING = "according-to"
# Candidates of stances and beliefs (``verbs.PRIORS``), which an "according to" source may report in turn.
CHAINED_RULES = frozenset({"position", "thought", "phrasal"})


def drop_nested_positions(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """Resolve overlaps in favour of the surer reading (see ``drop_nested``)."""
    relays: frozenset[int] = frozenset()
    inner: frozenset[int] = frozenset()
    if piece.uses("relay-chain"):
        relays = frozenset(i for i, c in enumerate(found) if trailing_relay(piece, c))
        inner = frozenset(i for i, c in enumerate(found) if c.speaker is not None and i not in relays and any(
            found[r].content[0] <= c.speaker.start_char and c.speaker.end_char <= found[r].content[1]
            for r in relays))
    quoting = frozenset(i for i, c in enumerate(found) if _quotes_its_object(piece, c, found)) \
        if piece.uses("quoted-object") else frozenset()
    return drop_nested(found, piece.uses("according-chain"), relays, inner, quoting)


def _quotes_its_object(piece: Piece, c: Candidate, found: list[Candidate]) -> bool:
    """"The BBC cited [Budi Gunawan ... as saying Y]": the outlet's statement holds the cue of the one it quotes,
    whose speaker opens its content (rule ``quoted-object``): a chain, not a misread clause. Where the parser left
    "as saying Y" off the object ("cited [Budi Gunawan], chief of the agency, as saying Y"), the content runs on
    over it to the quoted one's content's end (guideline 2.3: "cited the Air Force as stating ...")."""
    if c.cue is None or c.cue[2] not in en.QUOTING_VERBS:
        return False
    inner = next(((o, o.cue) for o in found if o is not c and o.speaker is not None and o.cue is not None
                  and o.speaker.start_char == c.content[0] and o.cue[0] >= c.content[0]), None)
    if inner is None:
        return False
    quoted, cue = inner
    gap = piece.text[c.content[1]:cue[0]].strip(" ,").lower()  # "as", or the object's apposition and "as"
    if cue[0] >= c.content[1] and (gap == en.AS or gap.endswith(", " + en.AS)) and not any(
            mark in gap for mark in ".\n\"“”"):
        c.content = (c.content[0], max(c.content[1], quoted.content[1]))
    return True


_RELAY_GAP = " ,\"'”’"  # what may stand between a relayed content and its relay ("...,” state media reported")


def trailing_relay(piece: Piece, c: Candidate) -> bool:
    """Whether ``c`` is wire copy's relay: "[X called the deal 'a victory'], state media reported", "[X said Y],
    the agency said" (rule ``relay-chain``): a report that closes its sentence after its content, by an outlet
    (or with the verb "report")."""
    if c.cue is None or c.speaker is None or c.cue[2] not in en.RELAY_VERBS:
        return False
    if c.speaker.start_char < c.content[1] or piece.text[c.content[1]:c.speaker.start_char].strip(_RELAY_GAP):
        return False  # not right after its content
    return _relays(c.cue[2], c.speaker.root)


def _relays(verb_lemma: str, subject: Token) -> bool:
    """Whether a report by ``subject`` relays another's words: an outlet's (or any subject's "report")."""
    return verb_lemma == en.RELAY_REPORT or subject.lemma_.lower() in en.OUTLET_NOUNS


def mend_relays(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """"Abbas Araghchi said [the agreement was a victory], state media reported (on Monday)": the parser hangs the
    relay under the inner verb (its complement, or a second one), so the inner content ran on over ", state media
    reported" and the relay lost its speaker or was never found. The inner statement's content ends before the
    relay; the relay's is the whole attribution (guideline 2.6; rule ``relay-chain``)."""
    relay_verbs = _relay_verbs(piece)  # one pass over the piece: most have none
    if not relay_verbs:
        return found
    by_cue = {c.cue[0]: c for c in found if c.cue is not None}
    added: list[Candidate] = []
    for inner in found:
        if inner.cue is None or inner.speaker is None or inner.speaker.end_char > inner.content[0]:
            continue
        start, end = inner.content
        relay_verb = next(((verb, subject) for verb, subject in relay_verbs if start <= subject.idx
                           and verb.right_edge.idx + len(verb.right_edge) >= end - 1 and verb.idx < end), None)
        if relay_verb is None:
            continue
        verb, subject = relay_verb
        comma = subject.left_edge.idx
        while comma > start and not piece.text[comma - 1:comma].strip(_RELAY_GAP):
            comma -= 1
        outer = (min(inner.speaker.start_char, inner.cue[0]), comma)
        inner.content = (start, comma)
        relay = by_cue.get(verb.idx)
        if relay is not None:
            relay.content = outer
            continue
        added.append(Candidate(kind="indirect" if inner.kind == "indirect" else "mixed", content=outer,
                               cue=(verb.idx, verb.idx + len(verb), verb.lemma_.lower()), speaker=noun_phrase(subject),
                               act="assert", confidence=inner.confidence, rule=inner.rule))
    return found + added


# The lemmas (lowered) of the verbs a relay is told with, learned as the docs' lemma ids are met.
_RELAY_LEMMAS = KnownIds(lambda lemma: lemma.lower() in en.RELAY_VERBS)


def _relay_verbs(piece: Piece) -> list[tuple[Token, Token]]:
    """The relay verbs of a piece ("..., state media reported on Monday") with their subjects: a verb of reporting
    with a subject set off by a comma, by an outlet (or the verb "report"), and nothing after it but a time or
    place phrase."""
    doc = piece.doc
    out = []
    for verb in (doc[i] for i in token_indices(doc, LEMMA, _RELAY_LEMMAS)):  # no Token made for the rest
        if verb.pos_ not in en.VERB_TAGS:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or subject.left_edge.i == 0 or doc[subject.left_edge.i - 1].text != ",":
            continue
        if not _relays(verb.lemma_.lower(), subject):
            continue
        if any(c.i > verb.i and c.dep_ not in en.RELAY_TAIL for c in verb.children):
            continue  # "the agency reported record profits": a report of its own
        out.append((verb, subject))
    return out


def drop_nested(found: list[Candidate], chains: bool = False, relays: frozenset[int] = frozenset(),
                inner: frozenset[int] = frozenset(), quoting: frozenset[int] = frozenset()) -> list[Candidate]:
    """Resolve overlaps in favour of the surer reading.

    A position, thought or learned cue inside another statement's content is
    part of what that statement reports, not a new statement ("said his country
    opposed X", "said he believes Y"); and one whose content swallows a surer
    statement's cue misread the clause. Speech and phrasal cues nest.
    Sorted sweeps, not all pairs: a long text can hold thousands of candidates.
    """
    contents = Cover([c.content for c in found])
    # With ``chains`` a stance inside an "according to" content is a statement of its own (guideline 2.6:
    # "According to a poll, [most members favored X]" is the poll's and the members').
    unchained = Cover([(c.content[0], c.content[0]) if c.rule == ACCORDING else c.content for c in found])
    # A statement whose source a relay's content names ("[X called Y Z], state media reported": ``inner``) is
    # the chain's inner link, not a weak cue inside the relay's report: the relays' contents do not cover it.
    unrelayed = Cover([(c.content[0], c.content[0]) if i in relays else c.content for i, c in enumerate(found)]) \
        if inner else contents
    cued = sorted((c.cue[0], c.cue[1], c.confidence) for c in found if c.cue is not None)
    cue_starts = [x[0] for x in cued]
    # Two rules reading the same words ("responded with chants of “...”") make one statement:
    # the surer one, the first on a tie.
    # A source quoted through another ("according to X, quoting Y") says the same words as a second statement.
    best: dict[tuple[int, int, bool], int] = {}
    for i, c in enumerate(found):
        key = (*c.content, c.link == QUOTED_THROUGH)
        j = best.get(key)
        if j is None or c.confidence > found[j].confidence:
            best[key] = i
    keep: list[Candidate] = []
    for i, c in enumerate(found):
        if best[(*c.content, c.link == QUOTED_THROUGH)] != i:
            continue
        if c.cue is not None and c.confidence <= WEAK_PRIOR:
            cover = unchained if chains and c.rule in CHAINED_RULES else unrelayed if i in inner else contents
            nested = cover.contains(c.cue[0], c.cue[1], besides=i)
            swallowing = i not in quoting and _swallows(c, cued, cue_starts)
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


def drop_no_comment(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """"did not respond to a request for comment": the writer's note on a silence, not a statement."""
    return [c for c in found if not en.NO_COMMENT.match(piece.text, *c.content)]


def mark_bare_channel(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """"The office issued a statement on Monday", "the ministry released a report": a content that is only
    the channel or document (and when) reports nothing anyone said, so it makes no statement; its source is
    still read, as the one a following "it said" or unattributed quotation may mean."""
    # The piece's channel nouns, off its lemma column: a content holds one only where the piece does (most hold
    # none, and a walk over each content's tokens made a Token of every word).
    channels = token_indices(piece.doc, LEMMA, _CHANNEL_LEMMAS)
    if not channels:
        return found
    for c in found:
        if _bare_channel(piece, *c.content, channels):
            c.announces_only = True
    return found


# The lemmas (lowered) of the channel nouns (``en.BARE_CHANNEL_NOUNS``), learned as the docs' lemma ids are met.
_CHANNEL_LEMMAS = KnownIds(lambda lemma: lemma.lower() in en.BARE_CHANNEL_NOUNS)


def _bare_channel(piece: Piece, start: int, end: int, channels: Sequence[int]) -> bool:
    """Whether the content from ``start`` to ``end`` is only a channel (and when); ``channels``: the indices, in
    order, of the piece's tokens whose lemma is a channel noun."""
    span = piece.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    # "issued a statement regarding the rejection": what the statement was about is still no content (issue 12)
    at = bisect_left(channels, span.start)
    channel = channels[at] if at < len(channels) and channels[at] < span.end else span.end
    if channel == span.end:
        return False  # no channel noun: nothing below can hold (most contents; the rest reads the span thrice)
    timed = {t.i for t in span if t.ent_type_ in en.TIME_ENTITIES}
    timed |= {t.i for t in span if t.dep_ == "prep" and any(c.i in timed for c in t.children)}
    timed |= {d.i for t in span[channel - span.start:] if t.lower_ in en.TOPIC_PREPOSITIONS for d in t.subtree}
    words = [t for t in span if t.i not in timed and t.pos_ not in en.BARE_CHANNEL_FILLER]
    return bool(words) and all(t.lemma_.lower() in en.BARE_CHANNEL_NOUNS for t in words)


def drop_title(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """The headline (a plain text's first line, short and set apart, not a sentence: what ingest takes as the
    title) gives no statement: it is the editor's summary ("Swedish minister rules out troops", "Mill to cut
    240 jobs, workers told"), whose speaker is unnamed or, told in headlinese, the listener; the body says
    who said what (issue 12). A first line that ends like a sentence is body text (PolNeAR's titles)."""
    span = title_line(piece.text) if piece.offset == 0 else None
    if span is None:
        return found
    start, end = span

    def on_title(c: Candidate) -> bool:
        at = c.cue[0] if c.cue else c.content[0]
        return start <= at < end or start <= c.content[0] < end

    return [c for c in found if not on_title(c)]


def drop_source_notes(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """"..., who asked not to be named, said Y", "they were not authorized to discuss the matter": the
    reporter's note on the source is no statement of it; the statement it sits in (its "said Y") stays."""
    notes = [(m.start(), m.end()) for m in en.SOURCE_NOTE.finditer(piece.text)]
    if not notes:
        return found
    starts = [start for start, _ in notes]

    def in_note(c: Candidate) -> bool:
        if c.cue is None:
            return False
        i = bisect_left(starts, c.cue[0] + 1) - 1
        return i >= 0 and c.cue[0] < notes[i][1]

    return [c for c in found if not in_note(c)]


def relayed(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """"'...,' said Russell Zimmerman per ABC News": the outlet that passes the words on says them too, as a
    second statement with the same content (guideline 2.6)."""
    out = list(found)
    for c in found:
        if c.speaker is None or c.link == QUOTED_THROUGH:
            continue
        for prep in c.speaker.root.children:
            source = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if prep.dep_ != "prep" or prep.lower_ not in en.RELAY_PREPOSITIONS or source is None:
                continue
            out.append(Candidate(kind=c.kind, content=c.content, cue=(prep.idx, prep.idx + len(prep), prep.lower_),
                                 speaker=noun_phrase(source), act=c.act, hedged=c.hedged, negated=c.negated,
                                 confidence=c.confidence, rule=c.rule, link=QUOTED_THROUGH))
    return out


def drop_furniture_lines(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """"READ MORE: Officials say ...", "Image caption, X said ...", "Correction: An earlier version of this article
    said ...", "Our Standards: ...": a line of the page's furniture (``extract.furniture``) is no statement, and
    names no speaker."""
    furniture = Furniture(piece.text)
    if not furniture.spans:
        return found

    def on_furniture(c: Candidate) -> bool:
        at = c.cue[0] if c.cue else c.content[0]
        return furniture.covers(at) or furniture.covers(c.content[0]) \
            or (c.speaker is not None and furniture.covers(c.speaker.start_char))

    return [c for c in found if not on_furniture(c)]


def is_attribution(cand: Candidate) -> bool:
    """The strict reading of what a statement is (the second-domain guideline, docs/ANNOTATION.md 2.2): a
    belief is attributed only to a specific source, and an intention or wish never is (the writer's account
    of a goal): "Officials believe the talks will fail" is a statement; "Most people just think they are
    covered", "Russia wants to end the war" and "the attacker intended to obtain money" are not."""
    if cand.rule != "thought":
        return True
    if cand.speaker is None or _intention(cand):
        return False
    root = cand.speaker.root
    if root.lower_ in en.GENERIC_SOURCES or cand.speaker[0].lower_ in en.GENERIC_SOURCES:
        return False
    # An intention ("wants to", "plans to") counts when a named actor holds it; a belief needs its clause.
    named = root.pos_ == "PROPN" and root.ent_type_ in en.ENTITY_TYPES
    return cand.link == "ccomp" or named or root.lower_ in en.SPECIFIC_PRONOUNS


def _intention(cand: Candidate) -> bool:
    """"wants to support it", "plans to meet the envoys": a goal, told with an infinitive."""
    return cand.link == "xcomp" and cand.cue is not None and cand.cue[2].split()[0] in en.INTENTION_VERBS


def drop_case_names(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """"Roe recognized the right to privacy", "Roe v. Wade held ...": a court case (named "X v. Y" in the
    piece, or by its first party) is a ruling, no one who spoke; read as a speaker, "Roe" became a person
    (issue 12, newcomer). The court that ruled says so in a statement of its own."""
    cases = {m.group(1) for m in en.CASE_NAME.finditer(piece.text)}
    if not cases:
        return found

    def a_case(c: Candidate) -> bool:
        if c.speaker is None:
            return False
        words = c.speaker.text.split()
        return bool(words) and words[0] in cases and (len(words) == 1 or en.CASE_NAME.match(c.speaker.text) is not None)

    return [c for c in found if not a_case(c)]
