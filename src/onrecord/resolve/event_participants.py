"""Learned event participants (issue 9): every actor named near an event, kept or dropped by a logistic regression.

The rules of ``events.py`` choose an event's participants from the trigger's own arguments, read off the tune
articles; on articles they were not read on they miss about half (``docs/EVALUATION.md``, "Event participants
learned"). Here every actor the text names around each mention of a found event (the entities and personal
pronouns of the mention's sentence and the sentences either side, resolved like the rules' parties), every party
the rules chose and every speaker of a statement linked to the event is a *candidate*, described by general
features: how it hangs on the trigger or the verb governing it (subject, object, "with", "between", possessor,
in the mention's words), distance, which sentence, entity label and actor type, a place, a pronoun, a speaker in
the sentence or at the event, how prominent in the article, and whether the rules chose it. A logistic regression
(``event_participants.json``, trained by ``python -m onrecord.training.event_participants``) keeps each candidate
whose probability reaches its threshold. Scoring is a sum of weights, so the same features give the same answer.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span as DocSpan
from spacy.tokens import Token

from onrecord.extract.rules.sources import first_conjunct
from onrecord.model import Event, Participant, Statement, statement_key, text_digest
from onrecord.nlp import ParsedText
from onrecord.resolve.event_model import EventFilter, read_shipped
from onrecord.resolve.speakers import ArticleResolver

MODEL_FILE = "event_participants.json"
_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "his", "their", "hers", "theirs"})
_ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


@dataclass(slots=True)
class ParticipantCandidate:
    participant: Participant
    features: set[str] = field(default_factory=set)
    rule: bool = False  # the rules chose it


def participant_candidates(event: Event, parsed: ParsedText, resolver: ArticleResolver,
                           statements: Sequence[Statement], prominence: Counter[str] | None = None
                           ) -> list[ParticipantCandidate]:
    """The candidates of one event (the rules' participants first), each with its features."""
    from onrecord.resolve.events import _governor, _participant, _same

    out: list[ParticipantCandidate] = []

    distance: dict[int, int] = {}  # candidate number: fewest tokens from a trigger in its sentence

    def add(p: Participant, feats: set[str], rule: bool = False, dist: int | None = None) -> None:
        for n, c in enumerate(out):
            if _same(c.participant, p) or (c.participant.actor is None and p.actor is None
                                           and c.participant.name.lower() == p.name.lower()):
                c.features |= feats
                c.rule = c.rule or rule
                if dist is not None:
                    distance[n] = min(dist, distance.get(n, dist))
                return
        if dist is not None:
            distance[len(out)] = dist
        out.append(ParticipantCandidate(p, set(feats), rule))

    for p in event.participants:
        add(p, {"rule", "rule_mention" if p.mention is not None else "rule_no_mention"}, rule=True)
    digest = text_digest(parsed.text)
    linked = {statement_key(digest, s): s for s in statements if s.actor is not None}
    for key in event.statement_keys:
        s = linked.get(key)
        if s is not None and s.actor is not None:
            add(Participant(s.actor.name, s.speaker, s.actor), {"linked_speaker"})
    prominence = prominence if prominence is not None else _prominence(statements)
    top = [name for name, _ in prominence.most_common(2)]
    place = (event.place.start, event.place.end) if event.place is not None else None
    for m in event.mentions:
        piece = parsed.piece_at(m.start)
        offset, doc = piece.offset, piece.doc
        span = doc.char_span(m.start - offset, m.end - offset, alignment_mode="expand")
        if span is None or not len(span):
            continue
        trigger = span.root
        governor = _governor(trigger)
        sent = trigger.sent
        sents = [("same", sent)]
        if sent.start > 0:
            sents.append(("prev", doc[sent.start - 1].sent))
        if sent.end < len(doc):
            sents.append(("next", doc[sent.end].sent))
        lo, hi = sent.start_char + offset, sent.end_char + offset
        speakers_here = {s.actor.id for s in statements if s.actor is not None
                         and min(s.content.start, *(x.start for x in (s.cue, s.speaker) if x is not None)) < hi
                         and max(s.content.end, *(x.end for x in (s.cue, s.speaker) if x is not None)) > lo}
        for where, window in sents:
            for tok in _candidate_tokens(window):
                found = _participant(tok, offset, resolver)
                if found is None:
                    continue
                p = found
                people = [Participant(a.name, p.mention, a) for a in resolver.members(p.actor)] \
                    if p.actor is not None and p.actor.members else [p]
                feats = _token_features(tok, trigger, governor, where, span.start, span.end, event.type)
                if place is not None and p.mention is not None and p.mention.start < place[1] \
                        and place[0] < p.mention.end:
                    feats.add("is_place")
                for q in people:
                    f = set(feats)
                    if q.actor is not None:
                        f.add(f"actor={q.actor.type}")
                        f.add(f"type_actor={event.type}:{q.actor.type}")
                        if q.actor.id in speakers_here:
                            f.add("speaks_in_sentence")
                        if q.actor.name in top[:1]:
                            f.add("main_actor")
                        elif q.actor.name in top:
                            f.add("second_actor")
                        f.add(f"mentions={_bucket(len(q.actor.mentions), (1, 3, 8))}")
                    else:
                        f.add("actor=none")
                    if len(people) > 1:
                        f.add("group_member")
                    add(q, f, dist=abs(tok.i - trigger.i) if where == "same" else None)
    _relative(out, distance)
    n_rules = _bucket(len(event.participants), (0, 1))
    for c in out:
        sentences = sum(1 for f in c.features if f.startswith("where=") and f != "where=none")
        c.features.add(f"sentences={sentences}")
        c.features.add(f"rules_found={n_rules}")
        if not c.rule and "where=same" in c.features:
            c.features.add(f"same_rules_found={n_rules}")
            if "actor=person" in c.features:
                c.features.add(f"same_person_rules_found={n_rules}")
        if c.rule:
            c.features.add(f"rule_type={event.type}")
        if not any(f.startswith("where=") for f in c.features):
            c.features.add("where=none")
        c.features.add(f"type={event.type}")
    return out


def _relative(out: list[ParticipantCandidate], distance: dict[int, int]) -> None:
    """Features against the event's other candidates: the nearest in a trigger's sentence, the most mentioned
    actor, the nearest or only person."""
    if distance:
        nearest = min(distance.values())
        for n, d in distance.items():
            if d == nearest:
                out[n].features.add("nearest")
        people = {n: d for n, d in distance.items() if "actor=person" in out[n].features}
        if people:
            near = min(people.values())
            for n, d in people.items():
                if d == near:
                    out[n].features.add("nearest_person")
            if len(people) == 1:
                out[next(iter(people))].features.add("only_person_in_sentence")
    counts = [len(c.participant.actor.mentions) if c.participant.actor is not None else 0 for c in out]
    most = max(counts, default=0)
    if most:
        for c, k in zip(out, counts, strict=True):
            if k == most:
                c.features.add("most_mentioned")


def _prominence(statements: Sequence[Statement]) -> Counter[str]:
    return Counter(s.actor.name for s in statements if s.actor is not None and s.actor.type == "person")


def _candidate_tokens(sent: DocSpan) -> Iterator[Token]:
    seen: set[int] = set()
    for ent in sent.ents:
        if ent.label_ in _ENTITY_LABELS and ent.root.i not in seen:
            seen.add(ent.root.i)
            yield ent.root
    for tok in sent:
        if tok.pos_ == "PRON" and tok.lower_ in _PRONOUNS and tok.i not in seen:
            seen.add(tok.i)
            yield tok


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _token_features(tok: Token, trigger: Token, governor: Token | None, where: str, m_start: int, m_end: int,
                    kind: str) -> set[str]:
    f = {f"where={where}", f"ent={tok.ent_type_ or 'none'}", f"dep={tok.dep_}"}
    if tok.pos_ == "PRON":
        f.add("pronoun")
    if where == "same":
        d = abs(tok.i - trigger.i)
        f.add(f"dist={_bucket(d, (2, 5, 10, 20))}")
        f.add("before" if tok.i < trigger.i else "after")
    if m_start <= tok.i < m_end:
        f.add("in_mention")
    head = first_conjunct(tok)
    rels = []
    if head.head.i == trigger.i and head.i != trigger.i:
        rels.append(f"child:{head.dep_}")
    if head.dep_ == "pobj" and head.head.head.i == trigger.i:
        rels.append(f"prep:{head.head.lower_}")
    if governor is not None and governor.i != trigger.i:
        if head.head.i == governor.i:
            rels.append(f"gov:{head.dep_}")
        if head.dep_ == "pobj" and head.head.head.i == governor.i:
            rels.append(f"govprep:{head.head.lower_}")
    if where == "same" and not rels:
        if any(a.i == trigger.i for a in tok.ancestors):
            rels.append("under_trigger")
        elif any(a.i == tok.i for a in trigger.ancestors):
            rels.append("over_trigger")
        else:
            rels.append("same_sentence")
    if tok.i != head.i:
        f.add("conjunct")
    governing = head.head.head if head.dep_ == "pobj" else head.head
    f.add(f"head_lemma={governing.lemma_.lower()}")
    f.add(f"path={head.dep_}/{head.head.lower_ if head.dep_ == 'pobj' else governing.pos_}")
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ROOT":
        f.add(f"clause_subject={where}")
    for r in rels:
        f.add(f"rel={r}")
        f.add(f"type_rel={kind}:{r}")
    return f


def top_candidate(features: Sequence[Iterable[str]], model: EventFilter) -> int | None:
    """The index of the candidate the model rates highest, if it reaches the threshold (the first on a tie)."""
    best: tuple[float, int] | None = None
    for n, f in enumerate(features):
        p = model.probability(f)
        if p >= model.threshold and (best is None or p > best[0]):
            best = (p, n)
    return best[1] if best is not None else None


def learned_participants(events: list[Event], parsed: ParsedText, resolver: ArticleResolver,
                         statements: Sequence[Statement], model: EventFilter) -> None:
    """An event the rules found no participant for takes the candidate the model rates highest, if any reaches
    its threshold (in place); the rules' participants stand where they found any."""
    prominence = _prominence(statements)
    for e in events:
        if e.participants:
            continue
        candidates = participant_candidates(e, parsed, resolver, statements, prominence)
        best = top_candidate([c.features for c in candidates], model)
        if best is not None:
            e.participants = [candidates[best].participant]


@lru_cache(maxsize=1)
def shipped_participant_model() -> EventFilter | None:
    """The model shipped with the package; None where it is absent (the rules then decide)."""
    return read_shipped(MODEL_FILE)
