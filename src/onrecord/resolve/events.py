"""Events an article reports: meetings, talks, summits, calls, visits, press conferences, votes, debates, rallies,
hearings and speeches, each with who took part, where, when, and whether it had happened by publication.

Rules on the dependency parse, like statements. A *trigger* is a noun that names an occasion ("summit",
"a media availability") or a verb that reports one ("met with", "travelled to"); its arguments give the
participants (subject, object, "with/alongside/between", a possessor: "his summit"), the place ("in/at/to" a
place name) and the time (a DATE entity attached to it or to the verb that governs it). Participants are
resolved by the article's speaker resolver, so "his" and "the American leader" are the actors statements name.
Mentions of one occasion are merged into one event; a statement whose cue governs the occasion ("Speaking
during a media availability ..., Trump told reporters") is linked to it. English words live in
``event_words.py``.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy
from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from onrecord.extract import english as en
from onrecord.extract import event_words as W
from onrecord.extract.furniture import Furniture
from onrecord.extract.rules.sources import first_conjunct
from onrecord.model import (
    Actor,
    Event,
    EventStatus,
    EventType,
    Participant,
    Span,
    Statement,
    statement_key,
    text_digest,
)
from onrecord.nlp import (
    KnownIds,
    ParsedText,
    ancestors_to,
    column,
    entities,
    entities_in,
    in_sorted,
    sorted_ids,
    token_indices,
)
from onrecord.resolve.event_model import EventFilter
from onrecord.resolve.names import METONYMS, name_gender, pronoun_gender
from onrecord.resolve.speakers import ArticleResolver
from onrecord.resolve.time import WEEKDAYS, Direction, Resolved, clock_only, parse_relative_base, resolve

# Days after the anchor event that "after his meetings" covers (ANNOTATION.md §3.3).
ANCHOR_DAYS = 7
# An event whose fields are this close (sentences) to an anaphoric mention ("the summit") takes it.
ANAPHOR_SENTENCES = 40
# "that election", "this debate" point back this far (sentences) at the last occasion of the same word.
DEMONSTRATIVE_SENTENCES = 3


@dataclass(slots=True)
class _Mention:
    """One mention of an event in one sentence, before mentions are merged."""

    type: EventType
    trigger: Token
    offset: int  # of the trigger's piece in the article
    span: tuple[int, int]
    status: EventStatus
    firm: bool = True  # the words say the status (tense, "will", "cancelled"); False: a default
    participants: list[Participant] = field(default_factory=list)
    present: list[Participant] = field(default_factory=list)  # from the sentence around it: no merging on them
    # A debate's moderators: present, but what they say there (questions) is not the debaters' (no statement link).
    moderators: list[Participant] = field(default_factory=list)
    place: tuple[int, int] | None = None
    time: tuple[int, int] | None = None
    time_text: str = ""  # what is resolved: the time as written, or "six months ago" for "six months after X"
    near: DocSpan | None = None  # the one time of the sentence, in another clause: dates it when nothing else does
    anchor: Token | None = None  # the trigger of the event "after his meetings" points to
    earlier: bool = False  # "his last visit": an occasion before the one the report is about
    links: list[str] = field(default_factory=list)  # statement keys
    ruled_out: bool = False  # a loose candidate (``event_candidates``) the rules would drop
    asked: bool = False  # in a question ("any talk of a summit?"): names no occasion alone (``_asked``)

    @property
    def start(self) -> int:
        return self.span[0]

    def richness(self) -> int:
        return len(self.participants) + (self.place is not None) + (self.time is not None)


@dataclass(slots=True)
class _Draft:
    mentions: list[_Mention]
    resolved: Resolved | None = None
    dated_by: str | None = None
    timed: _Mention | None = None  # the mention whose time dated it, when not the first timed one

    @property
    def head(self) -> _Mention:
        return max(self.mentions, key=lambda m: (m.richness(), -m.start))


def find_events(parsed: ParsedText, statements: Sequence[Statement], resolver: ArticleResolver,
                published: str | None, learned: EventFilter | None = None) -> list[Event]:
    """The article's events, merged per occasion, in order of first mention. With ``learned``, every candidate
    the trigger words give (before the rules' filters) is kept or dropped by the learned filter instead."""
    text = parsed.text
    if learned is None:
        cues = _cue_keys(text, statements)
        mentions: list[_Mention] = []
        for piece in parsed.pieces:
            for trigger, kind in _triggers(piece.doc):
                mention = _mention(trigger, kind, piece.offset, text, resolver, cues)
                if mention is not None:
                    mentions.append(mention)
    else:
        mentions = [c.mention for c in event_candidates(parsed, statements, resolver) if learned.keeps(c.features)]
    furniture = Furniture(text)  # "Related: Leaders meet in Geneva", a caption: no occasion of this story
    mentions = sorted((m for m in mentions if not furniture.covers(m.start)), key=lambda m: m.start)
    base = parse_relative_base(published)
    drafts = _fold_headline(_merge(mentions, resolver, base), text, base)
    # An occasion only asked about is none; a question's mention of one named elsewhere still adds to it
    # ("the summit of the Americas" ... "the agenda for that summit next week?": its date).
    drafts = [d for d in drafts if not all(m.asked for m in d.mentions)]
    if learned is None:  # the learned filter reads these as features of each mention
        drafts = [d for d in drafts if not _unspecific(d) and not _hypothetical(d)]
    _said_next(drafts, statements, text)  # before dating: an event where a statement was made is of the report
    _said_before(drafts, statements, text)
    _series_debaters(drafts)  # after linking: whom a series debates decides no statement's place
    if base is not None:
        _date(drafts, base, parsed, resolver)
    events = [_event(d, text) for d in drafts]
    _follow_links(events, statements, parsed)
    _add_speakers(events, statements, text)
    _add_counterparts(events, parsed, resolver)
    _add_press(events)
    _add_protesters(drafts, events)
    _drop_titles(events, text)
    _roles_named(events, text, resolver)
    _home_country_dropped(events)
    return events


_COUNTRY_BEFORE_PARTY = re.compile(r"^(?:the\s+)?(?:US|U\.S\.|United\s+States)\s+(?=\S+(?:\s+\S+)*\s+Party$)")


def _home_country_dropped(events: list[Event]) -> None:
    """"the United States Democratic Party", "the US Constitution Party", "the US Green Party": a party takes part
    by its own name ("Democratic Party"), its country's name before it only saying whose party it is (the name the
    same party has where the text names it plainly). Not "American Independent Party" nor "UK Independence Party",
    a party's own name."""
    for e in events:
        e.participants = [Participant(_COUNTRY_BEFORE_PARTY.sub("", p.name), p.mention, p.actor)
                          if _COUNTRY_BEFORE_PARTY.match(p.name) else p for p in e.participants]


def _roles_named(events: list[Event], text: str, resolver: ArticleResolver) -> None:
    """"a United States federal judge sentenced a doctor" ... "Dr. Joel Smithers" ... "Judge James Parker Jones":
    a party known only by a role no name resolved is the one person the article names with that role as a title
    (ANNOTATION.md §3.5: a role stays as written unless the article names the holder elsewhere); not "another
    judge", and not where two persons bear the title."""
    holders: dict[str, Actor | None] = {}
    for e in events:
        kept: list[Participant] = []
        for p in e.participants:
            role = p.name.split()[-1].lower() if p.name else ""
            if (p.actor is None or p.actor.type == "unnamed") and role in W.ROLE_TITLES and p.mention is not None \
                    and p.mention.text.split()[0].lower() not in W.OTHER_ONE_WORDS:
                if role not in holders:
                    holders[role] = _title_holder(W.ROLE_TITLES[role], text, resolver)
                holder = holders[role]
                if holder is not None:
                    if not any(q.actor is not None and q.actor.id == holder.id for q in e.participants):
                        kept.append(Participant(holder.name, p.mention, holder))
                    continue
            kept.append(p)
        e.participants = kept


def _title_holder(titles: frozenset[str], text: str, resolver: ArticleResolver) -> Actor | None:
    """The one person actor named after one of ``titles`` somewhere in the text ("Judge Gray Miller", "Judge
    Miller"), by the surname; None when nobody or more than one is."""
    pattern = r"\b(?:" + "|".join(re.escape(t) for t in sorted(titles)) + r")\s+((?:[A-Z][\w'-]+\.?\s+)*[A-Z][\w'-]+)"
    surnames = {m.group(1).split()[-1] for m in re.finditer(pattern, text)}
    people = [a for a in resolver.actors() if a.type == "person" and a.name.split()[-1] in surnames]
    return people[0] if len(people) == 1 else None


def _drop_titles(events: list[Event], text: str) -> None:
    """"US Secretary of State and Turkish Foreign Minister meet" over "Blinken met with Turkish Foreign Minister
    Hakan Fidan": a role no name resolved, written somewhere right before a person who takes part, is that
    person (ANNOTATION.md §3.3: the text's own naming of the holder), not another party; likewise a person's
    name cut short ("Pham Binh" beside "Pham Binh Minh")."""
    for e in events:
        people = [p.name for p in e.participants if p.actor is not None and p.actor.type == "person"]
        if len(e.participants) < 2 or not people:
            continue
        e.participants = [p for p in e.participants if not _title_of(p, people, text)]


def _title_of(p: Participant, people: list[str], text: str) -> bool:
    if p.actor is not None and p.actor.type == "person":
        if any(n != p.name and n.startswith(p.name + " ") for n in people):
            return True  # the name cut short
        # a one-word title the resolver took for a person, with its place before the holder's name ("Chief
        # Executive of Hong Kong Carrie Lam" read as "Executive" and "Carrie Lam")
        return " " not in p.name and any(re.search(re.escape(p.name) + _OF_PLACE + re.escape(n), text)
                                         for n in people if n != p.name)
    if p.actor is not None and p.actor.type != "unnamed":
        return False
    # the role written before the holder's name, with its place between ("Chief Executive of Hong Kong Carrie Lam")
    return any(f"{p.name} {n}" in text or re.search(re.escape(p.name) + _OF_PLACE + re.escape(n), text)
               for n in people)


_OF_PLACE = r" of (?:the )?(?:[A-Z][\w.'-]* ){1,4}"  # "of Hong Kong ", "of the United Kingdom "


def _series_debaters(drafts: list[_Draft]) -> None:
    """"the second presidential debate between Trump and Biden ... the final debate is still scheduled for October
    22": a debate named by its place in a series ("the final debate", "the third debate") with no debaters of its
    own (a moderator is none) is between the people the article's other debates of the series are between, when
    one of those names two or more people and no other names anyone else."""
    series = [d for d in drafts if d.head.type == "debate" and any(_in_series(m.trigger) for m in d.mentions)]
    people = [_debater_ids(d) for d in series]
    model = next((d for d, ids in zip(series, people, strict=True) if len(ids) >= 2), None)
    if model is None or set().union(*people) != _debater_ids(model):
        return
    model_people = [p for m in model.mentions for p in m.participants + m.present
                    if p.actor is not None and p.actor.type == "person"]
    for d, ids in zip(series, people, strict=True):
        if not ids:
            for p in model_people:
                if not any(_same(p, q) for q in d.head.present):
                    d.head.present.append(p)


def _debater_ids(d: _Draft) -> set[str]:
    return {p.actor.id for m in d.mentions for p in m.participants + m.present
            if p.actor is not None and p.actor.type == "person"}


def _in_series(trigger: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in W.SERIES_WORDS for c in trigger.children)


_ENCOUNTERS = frozenset({"meeting", "talks", "call", "summit"})


def _add_counterparts(events: list[Event], parsed: ParsedText, resolver: ArticleResolver) -> None:
    """"Mirzoyan told reporters after the talks ... His Azerbaijani counterpart, Jeyhun Bayramov, said": the
    counterpart of a party to an encounter just reported, named in apposition, is the other side of it."""
    for piece in parsed.pieces:
        lemmas = column(piece.doc, "LEMMA")
        for i in numpy.flatnonzero(_lemma_in(lemmas, piece.doc, W.PARTY_ROLES)).tolist():
            tok = piece.doc[i]
            named = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if named is None or owner is None:
                continue
            event = _encounter_before(events, tok.idx + piece.offset, resolver)
            whose = _participant(owner, piece.offset, resolver)
            other = _participant(named, piece.offset, resolver)
            if event is None or whose is None or other is None:
                continue
            if any(_same(whose, p) for p in event.participants) and not any(
                    _same(other, p) for p in event.participants):
                event.participants.append(other)


def _encounter_before(events: list[Event], at: int, resolver: ArticleResolver) -> Event | None:
    """The encounter mentioned last before ``at``, within a few sentences."""
    here = resolver.sentence_of(at)
    near = [(m.start, e) for e in events if e.type in _ENCOUNTERS for m in e.mentions
            if m.start < at and here - resolver.sentence_of(m.start) <= DEMONSTRATIVE_SENTENCES]
    return max(near, key=lambda x: x[0])[1] if near else None


def _add_press(events: list[Event]) -> None:
    """A press conference is given to reporters (ANNOTATION.md §3.3), whether or not the text names them."""
    for e in events:
        if e.type == "press_conference" and not any(p.name == "reporters" for p in e.participants):
            e.participants.append(Participant("reporters", None, None))


def _add_protesters(drafts: list[_Draft], events: list[Event]) -> None:
    """"two weeks of protests in the capital": a protest no one is named at is held by its protesters, the group by
    its description (ANNOTATION.md §3.2), as a press conference is given to reporters."""
    for d, e in zip(drafts, events, strict=True):
        if e.type == "rally" and not e.participants and any(
                m.trigger.pos_ == "NOUN" and m.trigger.lemma_.lower() in W.PROTEST_NOUNS for m in d.mentions):
            e.participants.append(Participant("protesters", None, None))


def _add_speakers(events: list[Event], statements: Sequence[Statement], text: str) -> None:
    """Whoever made a statement at the event was there: the speaker at a press conference or in an interview."""
    digest = text_digest(text)
    speakers = {statement_key(digest, s): s for s in statements if s.actor is not None}
    for e in events:
        for key in e.statement_keys:
            s = speakers.get(key)
            if s is None or s.actor is None:
                continue
            p = Participant(s.actor.name, s.speaker, s.actor)
            if not any(_same(p, q) for q in e.participants):
                e.participants.append(p)



# -- triggers ------------------------------------------------------------------
# The words (as written, lower case) and lemmas (lower case) a trigger can have: every path of ``_noun_type`` and
# ``_verb_type`` that names a type asks for one of them, save a gathering of states a verb attends (a proper noun,
# the object: ``_gathering_attended``). A pre-filter: the tokens without one are no trigger, and are not looked at.
_NOUN_WORDS = frozenset({"down", "tuesday"} | W.QUALIFIED_NOUNS.keys() | W.NOUN_TRIGGERS.keys()
                       | {g[-1] for g in W.GATHERINGS_OF_STATES})  # "assembly" of "the General Assembly"
_NOUN_LEMMAS = frozenset(W.WIN_WORDS | W.RACE_WORDS | W.PROGRAMME_NOUNS | W.QUALIFIED_NOUNS.keys() | W.RULING_NOUNS
                         | W.PARTY_NOUNS.keys() | W.NOUN_TRIGGERS.keys() | W.SPOKEN_AT)
# The lemmas of ``_said_to_audience``'s and ``_reported``'s occasions: the verbs either names a type for.
_SAID_TO_LEMMAS = frozenset({"tell", "sit", "take", "go", "head", "hear"})
_REPORTED_LEMMAS = (_SAID_TO_LEMMAS | W.ARRIVE_VERBS | W.ELECT_VERBS | W.PROTEST_VERBS | W.VERDICT_VERBS | W.FOUND_VERBS
                    | {"appear", "address", "speak", "brief", "sentence"})
_VERB_LEMMAS = frozenset(W.PASS_VERBS | W.MOTION_VERBS | W.ENTER_VERBS | W.DEPART_VERBS | W.GATHERING_VERBS
                         | W.RULE_VERBS | W.COURT_ACT_VERBS | W.VERB_TRIGGERS.keys() | _REPORTED_LEMMAS
                         | W.OUTCOME_VERBS)


# Per set of lower-case lemmas, the lemma ids (hashes of their strings, the same in every vocabulary) in it, learned
# as docs are read: a lemma is looked up and lowered once, not once per doc.
_LEMMA_IDS: dict[frozenset[str], KnownIds] = {}


def _lemma_in(lemmas: numpy.ndarray, doc: Doc, wanted: frozenset[str]) -> numpy.ndarray:
    """Which of ``lemmas`` (ids, a column of the doc's arrays) lowered are in ``wanted``."""
    known = _LEMMA_IDS.get(wanted)
    if known is None:
        known = _LEMMA_IDS[wanted] = KnownIds(lambda lemma: lemma.lower() in wanted)
    return known.among(lemmas, doc.vocab.strings)


# The ids of the parts of speech a trigger has, of the words (``_NOUN_WORDS``) and of the "dobj" label, sorted.
_FIXED_IDS: list[numpy.ndarray] = []


def _trigger_indices(doc: Doc) -> list[int]:
    """The indices, in order, of the tokens that can be triggers, as ``_noun_type`` and ``_verb_type`` first test
    them: a noun with a noun's word or lemma, a proper-noun object (a gathering attended), a verb with a verb's
    lemma. Read off the doc's arrays; no Token made for the rest. Half the nouns and verbs a looser test let
    through (any object, a verb with a noun's lemma) were made a Token only to be turned away (speed8)."""
    strings = doc.vocab.strings
    if not _FIXED_IDS:
        _FIXED_IDS.extend(sorted_ids(strings[w] for w in words)
                          for words in (("NOUN", "PROPN", "VERB"), _NOUN_WORDS, ("dobj",)))
    pos_ids, word_ids, dobj_ids = _FIXED_IDS
    if not len(doc):
        return []
    pos = column(doc, "POS")
    noun, proper, verb = pos == pos_ids[0], pos == pos_ids[1], pos == pos_ids[2]
    candidates = numpy.flatnonzero(noun | proper | verb)
    if not len(candidates):
        return []
    lemmas = column(doc, "LEMMA")[candidates]
    noun, proper, verb = noun[candidates], proper[candidates], verb[candidates]
    nouns = (noun | proper) & (_lemma_in(lemmas, doc, _NOUN_LEMMAS)
                               | in_sorted(column(doc, "LOWER")[candidates], word_ids)
                               | (proper & (column(doc, "DEP")[candidates] == dobj_ids[0])))
    verbs = verb & _lemma_in(lemmas, doc, _VERB_LEMMAS)
    return candidates[nouns | verbs].tolist()  # type: ignore[no-any-return]


def _triggers(doc: Doc) -> Iterator[tuple[Token, EventType]]:
    titles = _programme_titles(doc)
    for i in sorted(set(_trigger_indices(doc)) | titles.keys()):  # no Token made for the rest
        tok = doc[i]
        if i in titles:
            yield tok, "speech"  # "said on NBC's ''Meet the Press''": an interview, not a meeting
            continue
        kind = _noun_type(tok) if tok.pos_ in ("NOUN", "PROPN") else _verb_type(tok) if tok.pos_ == "VERB" else None
        if kind is not None:
            yield tok, kind


def _programme_titles(doc: Doc) -> dict[int, Token]:
    """"he said on ABC's ''This Week''", "Sanders said on CBS's "Face the Nation"", "Trump said on NBC's ''Meet the
    Press''": a speech verb's "on" phrase naming an organisation's programme by its title (capitalised or quoted)
    is an appearance on a broadcast programme, an interview (ANNOTATION.md §3.5, "speaking on a named broadcast
    programme"); the title's head word, a verb or a noun of any kind, is the trigger. Read off "on" tokens only."""
    found: dict[int, Token] = {}
    on = doc.vocab.strings["on"]
    for i in numpy.flatnonzero(column(doc, "LOWER") == on).tolist():
        prep = doc[i]
        if prep.dep_ != "prep" or prep.head.lemma_.lower() not in W.ON_AIR_VERBS or _nobody_did(prep.head):
            continue
        for head in prep.children:
            if head.dep_ not in ("pobj", "pcomp"):
                continue
            title = _title_after(head) if _owner(head) else head if _programme_owner(head) is not None else None
            if title is not None and title.lemma_.lower() not in W.PROGRAMME_NOUNS:
                found[title.i] = title  # "Morning Meeting program": the programme noun's own rule
    return found


def _nobody_did(verb: Token) -> bool:
    """"not one woman appeared on Fox News' The Kelly File", "no one said on ...", "did not appear": it did not
    happen."""
    if _negated(verb):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none") or any(
        d.lower_ in ("no", "not", "neither") for d in c.subtree if d.i < c.i)) for c in verb.children)


def _on_air(m: _Mention) -> bool:
    """A mention of an appearance on a programme: a titled programme, "the interview", "Sunday interview shows"."""
    return _programme_owner(m.trigger) is not None or m.trigger.lemma_.lower() in W.ON_AIR_NOUNS


def _owner(tok: Token) -> bool:
    """"NBC's", "CBS’s": an organisation written with the possessive ending."""
    return tok.ent_type_ == "ORG" and any(c.tag_ == "POS" for c in tok.children)


def _title_after(owner: Token) -> Token | None:
    """The first word after an owner's "'s" (past an opening quote), when it is written as a title."""
    doc = owner.doc
    i = max(c.i for c in owner.children if c.tag_ == "POS") + 1
    quoted = False
    while i < len(doc) and doc[i].is_punct and i <= owner.i + 3:
        quoted = quoted or doc[i].is_quote or doc[i].text == "''"
        i += 1
    if i >= len(doc) or doc[i].is_punct or not (quoted or doc[i].is_title):
        return None
    if doc[i].ent_type_ in ("DATE", "TIME") and not quoted:
        return None  # "on NBC's Sunday broadcast": a day, unless the title is quoted ("ABC's ''This Week''")
    return doc[i]


def _title_end(title: Token) -> int:
    """Where a programme's title ends: its words written as a title, and the small words between them ("Meet the
    Press", "This Week with George Stephanopoulos", "Good Morning America"), up to eight words."""
    doc = title.doc
    last = title.i
    for t in doc[title.i + 1:min(len(doc), title.i + 8)]:
        if t.is_punct or t.is_space or not (t.is_title or t.is_upper or t.lower_ in W.TITLE_SMALL_WORDS):
            break
        if t.is_title or t.is_upper:
            last = t.i
    return doc[last].idx + len(doc[last])


def _programme_owner(tok: Token) -> Token | None:
    """The organisation whose titled programme ``tok`` heads ("ABC's ''This Week''": ABC), or None."""
    owner = next((c for c in tok.children if c.dep_ == "poss" and _owner(c)), None)
    if owner is not None and _title_after(owner) is not None and owner.i < tok.i:
        return owner
    prep = tok.doc[tok.i - 1] if tok.i > 0 else None
    while prep is not None and prep.i > 0 and (prep.is_punct or prep.tag_ == "POS"):
        prep = prep.doc[prep.i - 1]
    after = _title_after(prep) if prep is not None and prep.dep_ == "pobj" and _owner(prep) \
        and prep.head.lower_ == "on" else None
    if prep is not None and after is not None and after.i == tok.i:
        return prep  # "on NBC's ''Meet the Press": the parser makes "NBC" the object and "Meet" a verb
    return None


def _noun_type(tok: Token) -> EventType | None:
    word = tok.lower_
    lemma = tok.lemma_.lower()
    if word not in _NOUN_WORDS and lemma not in _NOUN_LEMMAS and not (tok.pos_ == "PROPN" and tok.dep_ == "dobj"):
        return None  # no word a trigger has (above)
    if word == "down" and tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "sit":
        word = lemma = "sit-down"
    if lemma in W.WIN_WORDS and _won_place(tok):
        return "vote"  # "his victory in Michigan", "a win in New Hampshire": a vote that was won
    if lemma in W.RACE_WORDS and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("win", "lose") and not any(
            c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):  # not "the race for the nomination"
        return "vote"  # "Losing a Senate race by ten points": the election lost (ANNOTATION.md §3.5)
    if word == "tuesday" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "super":
        return None if tok.dep_ in ("compound", "nmod") else "vote"  # "a Super Tuesday rally": the rally
    if _gathering_attended(tok):
        return "summit"  # "to attend the United Nations General Assembly": its annual session
    if tok.pos_ == "PROPN" and (word not in W.PROPER_TRIGGERS or (tok.is_upper and lemma in W.NAMED_ONLY_TITLED)):
        return None  # "March" the month, a name; "I WON THIS ELECTION": shouting, parsed as a name
    if tok.dep_ in ("compound", "amod") or (tok.dep_ == "nmod" and not any(c.tag_ == "POS" for c in tok.children)):
        return None  # "summit meeting", "election day", "a caucus state": the head names it
    modifiers = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    for key in (word, lemma):
        if key in W.QUALIFIED_NOUNS:
            words, qualified = W.QUALIFIED_NOUNS[key]
            if modifiers & words or (key == "call" and (_with_party(tok) or _their_call(tok))):
                return None if _generic(tok, lemma) else qualified
    if lemma in W.RULING_NOUNS and _by_court(tok) and not _definite(tok) and not _generic(tok, lemma):
        # not "nearly every pro-business Supreme Court ruling since the Reagan era": no particular ruling
        # "the Supreme Court of Puerto Rico issued a ruling"; not "the Supreme Court's ruling", which names one
        # already told ("the Supreme Court ruled against ...") and would stand apart where the court's two names
        # resolve to two actors
        return "hearing"
    if lemma in W.PARTY_NOUNS and _with_party(tok) and not (lemma in W.SETTLED_NOUNS and _not_one_deal(tok)):
        return W.PARTY_NOUNS[lemma]  # "the ban followed discussions within Europe and with the US"
    if lemma in W.PROGRAMME_NOUNS and _said_on_programme(tok):
        return "speech"  # "Brown said on Boston Herald Radio's Morning Meeting program": an interview on air
    if lemma in W.SPOKEN_AT and _said_during(tok):
        return "speech"  # "during the opening ceremony of the pipeline, Erdoğan called for ...": he addressed it
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ in W.CALL_ABOUT for c in tok.children):
        return "call"  # "police received the first call about the attack": a call reporting it
    kind = W.NOUN_TRIGGERS.get(word) or W.NOUN_TRIGGERS.get(lemma)
    if kind is None or modifiers & W.NOT_OCCASIONS.get(lemma, frozenset()):
        return None
    if _mass_use(tok, lemma) or _published_words(tok, lemma):
        return None
    if kind == "meeting" and (_of_states(tok) is not None or any(_state_leaders(p) for p in _of_people(tok))):
        kind = "summit"  # "the annual meeting of the United Nations General Assembly", "a meeting of NATO leaders"
    if _generic(tok, lemma) or _issue_not_occasion(tok, lemma) or _open_question(tok):
        return None
    if kind != "talks" and _repeated(tok):
        return None
    name = _split_name(tok)
    if name is not None and _generic(name, lemma):
        return None  # "No State of the Union address, no matter how eloquent, ...": the name's "No" is the phrase's
    if kind == "vote" and any(c.dep_ == "nummod" and c.ent_type_ != "DATE" for c in tok.children):
        return None  # "309 electoral votes": a count
    if kind == "vote" and _tally_of(tok) is not None:
        return None  # "passed the bill by a vote of 60 to 40": how the passing went, one vote (the verb's)
    if _alternative_name(tok, kind):
        return None  # "the next Republican primary election or caucus is scheduled": one contest, named twice
    if lemma == "vote" and _share_of(tok):
        return None  # "with about 48% of the vote", "a majority of the votes": a result, not another mention
    if lemma == "vote" and any(c.ent_type_ == "NORP" or c.lower_ in W.VOTER_BLOCS for c in tok.children
                               if c.dep_ in ("amod", "compound", "nmod")):
        return None  # "the African-American vote", "the white vote": voters, not a ballot
    if lemma == "vote" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children) and not _roll_call(tok):
        return None  # "supporting him with their vote", "cast his vote": a ballot; "the Senate's vote" stays
    return kind


def _roll_call(tok: Token) -> bool:
    """"his last roll call vote", "her first recorded vote": a legislator's vote in the chamber's count, the body's
    vote (ANNOTATION.md §3.5), not a ballot cast."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in W.ROLL_CALL_WORDS for c in tok.children)


def _said_on_programme(tok: Token) -> bool:
    """"Brown said on Boston Herald Radio's Morning Meeting program", "told the MSNBC show": speaking on a named
    broadcast programme is an appearance on it, an interview (ANNOTATION.md §3.5, "appeared on MSNBC"); not "said
    on TV", which names only the medium (no programme noun)."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in W.ON_AIR_PREPS and prep.head.lemma_.lower() in W.ON_AIR_VERBS \
        and any(c.dep_ in ("poss", "compound", "det") for c in tok.children)


def _not_one_deal(tok: Token) -> bool:
    """"bad deals with China" (many, none in particular), "to enforce any peace deal between Russia and Ukraine",
    "a possible deal with Iran", "will make a deal with Republican leaders" (none reached), "don't deal with
    subjects" (the verb, tagged a noun after an odd apostrophe): no agreement reached, so no talks that reached it."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    verb_before = before is not None and (before.tag_ in ("MD", "TO") or before.lemma_.lower() in ("do", "not")
                                          or before.lower_.endswith(("n't", "n`t", "n’t")))
    unreached = any(c.dep_ == "amod" and c.lower_ in W.UNREACHED for c in tok.children)
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" else None
    if verb is not None and verb.tag_ == "VB":
        unreached = True  # "will make a deal with ...", "to broker a peace deal between ...": one still to reach
    return tok.tag_ != "NN" or verb_before or unreached or _generic(tok, tok.lemma_.lower())


def _open_question(tok: Token) -> bool:
    """"Assad's role is not up for debate", "the plan is open to debate": an idiom for a question still open, no
    occasion; "the bill comes up for a vote on Tuesday" (with "a") and "is up for re-election" name one."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("for", "to") and prep.head.lower_ in W.OPEN_QUESTION_WORDS \
        and tok.lemma_.lower() in W.OPEN_QUESTION_NOUNS and not any(c.dep_ in ("det", "poss") for c in tok.children)


def _repeated(tok: Token) -> bool:
    """"holds its annual meetings", "the malaise speech the candidates have been delivering for a year": a
    recurring series, or an occasion held again and again, is no one occasion (ANNOTATION.md §3.1: habitual
    mentions); talks that "have been going on" are one occasion over days, and are not asked here."""
    plural = tok.tag_ in ("NNS", "NNPS")
    if plural and any(c.dep_ == "amod" and c.lower_ in W.RECURRING_WORDS for c in tok.children):
        return True
    if plural and tok.dep_ == "dobj" and _again_and_again(tok.head):
        return True  # "have been holding rallies across the state"
    return any(c.dep_ == "relcl" and _again_and_again(c) for c in tok.children)


def _again_and_again(verb: Token) -> bool:
    """The present perfect progressive ("have been delivering"): done over and over up to now."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == en.PRESENT_PARTICIPLE and "been" in aux and bool(aux & {"have", "has", "'ve", "'s"})


def _split_name(tok: Token) -> Token | None:
    """"his final State of the Union address": the parser makes the name's first word ("State") the head of the
    phrase and the occasion noun the object of its "of"; that head then holds the phrase's determiner and
    possessor, and the words between it and the noun name the occasion, not a party to it."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.pos_ != "PROPN":
        return None
    if not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
        return None  # "a summit of the Americas" is no occasion noun after a name
    head = tok.head.head
    return head if head.is_title and head.i < tok.i else None


def _tally_of(tok: Token) -> Token | None:
    """The body's passing that "by a vote" tells the tally of ("The Senate passed the bill by a vote of 60 to 40",
    "Parliament approved a statement ... by an almost unanimous vote"): that verb's vote, not a second one."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "by":
        return None
    return next((a for a in tok.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in W.PASS_VERBS
                 and _passed_by_body(a)), None)


def _alternative_name(tok: Token, kind: EventType) -> bool:
    """"a caucus or primary election", "the next primary election or caucus": a noun joined by "or" to a noun of
    the same kind names the one occasion the first names (whichever form it takes), not a second one."""
    head = tok.head
    if tok.dep_ != "conj" or head.i == tok.i or not any(c.dep_ == "cc" and c.lower_ == "or" for c in head.children):
        return False
    return (W.NOUN_TRIGGERS.get(head.lower_) or W.NOUN_TRIGGERS.get(head.lemma_.lower())) == kind


def _share_of(tok: Token) -> bool:
    """"about 48% of the vote", "15 percent of the votes", "a majority of the vote": a share a candidate got (or
    needs) is the contest's result, told of a contest named elsewhere; it names no occasion of its own, and as a
    bare "the vote" it would join whichever contest was told last."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    share = tok.head.head
    return share.ent_type_ == "PERCENT" or share.lemma_.lower() in W.SHARE_NOUNS


def _mass_use(tok: Token, lemma: str) -> bool:
    """"removing speech that might be illegal", "laws on speech", "to shut down debate in parliament", "resigning in
    protest": a singular occasion noun with nothing before it
    (no article, possessor, number or modifier) is the mass noun, words and not one occasion; only a headline
    drops the article of one ("Lam delivers speech on video")."""
    if lemma not in W.SERIES_NOUNS | W.ACTIVITY_NOUNS or tok.tag_ != "NN" or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "amod", "compound", "nmod") for c in tok.lefts):
        return False
    return not _in_headline(tok)


def _published_words(tok: Token, lemma: str) -> bool:
    """"He said, in remarks published by CNN in February": remarks an outlet published are the words of a
    statement, a publication (ANNOTATION.md §3.1), not the occasion they were made at."""
    return lemma in W.WORDS_NOUNS and any(c.dep_ == "acl" and c.lemma_.lower() in W.PUBLISH_VERBS
                                          for c in tok.children)


def _in_headline(tok: Token) -> bool:
    """The first line of a piece when it closes with no full stop: a headline, which drops articles."""
    sent = tok.sent
    last = sent[-1]
    return sent.start == 0 and last.text not in _CLAUSE_ENDS and "\n" in last.whitespace_ + last.text


def _said_during(tok: Token) -> bool:
    """A gathering a statement is made at or during ("At the opening ceremony, the president said"): a speech
    there (ANNOTATION.md §3.5, a ceremony at which someone addresses the crowd). Not "at a hospital" (a place)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in W.PRESENT_PREPS or _generic(tok, tok.lemma_.lower()):
        return False
    verb = prep.head
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in en.SPEECH_VERBS or any(
        c.dep_ == "prep" and (lemma, c.lower_) in W.APPEAL_VERBS for c in verb.children))


def _their_call(tok: Token) -> bool:
    """"Li told Starmer ... Their call came after days of silence": a call the two sides had with each other;
    not "their call for a ceasefire", "their call to end the war" (a demand), which has a complement."""
    children = list(tok.children)
    return any(c.dep_ == "poss" and c.lower_ in W.MUTUAL_POSSESSIVES for c in children) and not any(
        c.dep_ in ("prep", "acl", "relcl", "xcomp", "ccomp", "appos") for c in children)


def _gathering_attended(tok: Token) -> bool:
    """A gathering of states named as what someone attends ("to attend the United Nations General Assembly"): its
    session, not the body. Not "unveiled at the General Assembly" (what is said of it, in a statement)."""
    if tok.pos_ != "PROPN" or not (_attended(tok) or _trip_purpose(tok) or _held_relative(tok)):
        return False  # the verb first: the entity is the dearer test
    ent = _entity(tok)
    return not (ent is None or ent.root.i != tok.i or not any(all(w in {t.lower_ for t in ent} for w in g)
                                                              for g in W.GATHERINGS_OF_STATES))


def _attended(tok: Token) -> bool:
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in W.ATTEND_VERBS


def _named_as(tok: Token) -> Token:
    """The noun a name is in apposition to ("the United Nations (UN) General Assembly", parsed as two names), else
    the name."""
    return tok.head if tok.dep_ == "appos" else tok


def _trip_purpose(tok: Token) -> bool:
    """"Cengiz traveled to New York for the United Nations General Assembly": what a trip is for is attended."""
    holder = _named_as(tok)
    prep = holder.head
    return holder.dep_ == "pobj" and prep.lower_ in W.TRIP_PURPOSE_PREPS and prep.head.lemma_.lower() in W.TRAVEL_VERBS


def _held_relative(tok: Token) -> bool:
    """"the General Assembly which took place this week": a gathering said to be held is its session."""
    return any(c.dep_ == "relcl" and _holding(c) for c in (tok, _named_as(tok)) for c in c.children)


def _of_states(meeting: Token) -> Token | None:
    """The gathering of states a meeting is "of" ("of the United Nations General Assembly")."""
    for c in meeting.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                words = {t.lower_ for t in p.subtree if t.i <= p.i}
                if p.dep_ == "pobj" and any(all(w in words for w in g) for g in W.GATHERINGS_OF_STATES):
                    return p
    return None


def _of_people(trigger: Token) -> list[Token]:
    """"A summit of European leaders", "a meeting of foreign ministers": the people a gathering is "of" meet
    there (not "a meeting of the minds", "talks of a deal": no people)."""
    if W.NOUN_TRIGGERS.get(trigger.lemma_.lower()) not in W.GATHERINGS:
        return []
    return [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
            if p.dep_ == "pobj" and p.tag_ in ("NNS", "NNPS") and p.lemma_.lower() in _people_nouns()]


def _host_of(trigger: Token) -> list[Token]:
    """"Anna Berg, the host of the summit, greeted ...", "Austria, the summit's host,": the one a host noun of the
    occasion is in apposition to hosts it (the bare noun alone names no one)."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of":
        noun = trigger.head.head
    elif trigger.dep_ == "poss":
        noun = trigger.head
    else:
        return []
    if noun.lemma_.lower() not in W.HOST_NOUNS or noun.dep_ != "appos" or not _is_party(noun.head):
        return []
    return [noun.head]


def _with_party(tok: Token) -> bool:
    """A "with"/"between" phrase below the noun, or below a conjoined phrase ("within Europe and with the US")."""
    preps = [c for c in tok.children if c.dep_ == "prep"]
    preps += [x for c in preps for x in c.children if x.dep_ == "conj" and x.pos_ == "ADP"]
    return any(c.lower_ in ("with", "between") for c in preps)


def _by_court(noun: Token) -> bool:
    """A ruling a court owns ("the court's ruling", "the ruling of the court") or issues (the subject of the
    verb it is the object of)."""
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound")]  # "a 2015 federal court decision"
    owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for p in c.children]
    if noun.dep_ == "dobj":
        owners += [c for c in noun.head.children if c.dep_ == "nsubj"]
    return any(_is_court(o) for o in owners)


def _ruling_court(noun: Token) -> list[Token]:
    """The court a ruling is by, a party to it (the guideline's hearing): "a 2015 federal court decision", "the
    ruling of the court" (the possessor, the subject and "by" are read as parties already)."""
    owners = [c for c in noun.children if c.dep_ == "compound"]
    owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj"]
    return [o for o in owners if _is_court(o)]


def _court_subject(verb: Token) -> bool:
    """"the Supreme Court ruled", "William Conley, a United States District judge, ordered": a court or a judge
    (by the head word, or a judge named with the title in apposition) is the subject."""
    return any(_is_court(c) or any(a.dep_ in ("appos", "compound") and _is_court(a) for a in c.children)
               for c in verb.children if c.dep_ == "nsubj")  # "U.S. District Judge Gray Miller ruled": the title


def _is_court(tok: Token) -> bool:
    """"the Supreme Court", "a federal judge", "the Supreme Court of Puerto Rico": its head word names one."""
    return tok.lemma_.lower() in W.JUDGES or tok.lower_ in W.JUDGES


def _won_place(tok: Token) -> bool:
    """"victory in Iowa", "Iowa victory": a win named by the state or country where the vote was."""
    owners = [tok, tok.head] if tok.dep_ == "dobj" else [tok]  # "celebrated his victory in Michigan"
    places = [p for o in owners for c in o.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children]
    places += [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod")]
    return any(p.ent_type_ == "GPE" for p in places)


def _generic(tok: Token, lemma: str) -> bool:
    """"summits rarely work", "any meeting", "no debate": no particular occasion."""
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "poss", "nummod")}
    if dets & {"no", "any", "every", "each", "such", "what", "which", "whatever"}:
        return True  # "any meeting", "what address her house was"
    if tok.tag_ in ("NNS", "NNPS") and (dets & W.QUANTITY_WORDS or any(c.dep_ == "nummod" and not _a_year(c)
                                                                       for c in tok.children)):
        return True  # "some phone calls", "more than 150 phone calls": many occasions, no one of them
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_.lower() == "vote":
        return not _voted_in_one(tok)  # "voting in a Republican primary": the act of voting, not the occasion
    plural = tok.tag_ in ("NNS", "NNPS") and lemma not in ("talk", "negotiation", "remark")
    if plural and lemma in W.SERIES_NOUNS:
        return True  # "The interviews were done in 2007": a series, no one occasion
    if tok.tag_ in ("NNS", "NNPS") and not dets and any(c.dep_ == "amod" and c.lower_ in W.BEFORE_MODIFIERS
                                                        for c in tok.children) \
            and not any(t.ent_type_ in W.DATE_LABELS or t.ent_type_ in W.PLACE_LABELS for t in tok.subtree):
        return True  # "absent from previous Syrian peace negotiations": the earlier rounds, no one occasion
    if plural and W.NOUN_TRIGGERS.get(lemma) == "vote" and not _states_named(tok) and not _year_of(tok):
        return True  # "until the primaries end in June": the season, unless the states or the year are named
    if plural and W.NOUN_TRIGGERS.get(lemma) == "vote":
        return False  # contests whose states are named (above): "Next week will bring contests in Florida"
    if plural and W.NOUN_TRIGGERS.get(lemma) == "debate" and not any(
            t.ent_type_ in W.DATE_LABELS or t.ent_type_ in W.PLACE_LABELS for t in tok.subtree):
        return True  # "in the primary debates he pooh-poohed it", "what the debates have become": the series
    if plural and lemma in W.PROTEST_NOUNS and not dets and _protests_told(tok):
        return False  # "Protests broke out in Minneapolis", "protests related to the death of George Floyd"
    return plural and not dets and not any(c.dep_ == "prep" for c in tok.children)


def _protests_told(tok: Token) -> bool:
    """Protests with no determiner told as particular ones: the subject of a verb of their breaking out or going on
    ("Protests broke out", "Protests ... continued across the nation", "protests ... were spreading"), or defined by
    what they follow or are about ("protests related to the death of George Floyd", "protests that followed the
    verdict"); not "protests are a right" nor "he has faced protests"."""
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in W.PROTESTS_GO_ON:
        return True
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in W.PROTEST_CAUSE_VERBS for c in tok.children)


def _voted_in_one(tok: Token) -> bool:
    """"2.9 million people voted in Sunday's election", "Hong Kongers voted in their district elections on Sunday":
    voting told in the past, in elections named by their day or possessor or dated, is that one occasion (not
    "voting in a Republican primary", the act of voting)."""
    verb = tok.head.head
    if verb.tag_ != "VBD":
        return False
    return _dated(verb) or any(c.dep_ == "poss" for c in tok.children)


def _year_of(tok: Token) -> bool:
    """"the 2018 elections", "the next elections in 2008": a country's elections of one year, held together, are
    one occasion (a year written on the noun itself, or in its own "in" phrase)."""
    near = [c for c in tok.children if c.dep_ in ("compound", "nummod", "amod", "nmod")]
    near += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
    return any(_a_year(t) for t in near)


def _a_year(tok: Token) -> bool:
    """"2018" in "the 2018 elections": a year, not a count of occasions."""
    return tok.ent_type_ == "DATE" and _YEAR.fullmatch(tok.text) is not None


def _states_named(tok: Token) -> bool:
    """The states of plural contests: below the noun ("primaries in Ohio and Texas") or, for the object or passive
    subject of a verb, in the verb's own "in" phrase ("Next week will bring contests in Florida, Ohio ...", "In Iowa,
    caucuses were held"), or the state that holds them ("Nevada held its caucuses")."""
    below = [c for c in tok.subtree if c.i != tok.i]
    if tok.dep_ in ("dobj", "nsubjpass"):  # "In Iowa, caucuses were held on February 3"
        below += [t for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "in" for t in c.subtree]
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in W.HOLD_VERBS:
        below += [c for c in tok.head.children if c.dep_ == "nsubj"]  # "Nevada held its caucuses": the holder's
    return any(c.ent_type_ == "GPE" for c in below)


def _verb_type(tok: Token) -> EventType | None:
    lemma = tok.lemma_.lower()
    if lemma not in _VERB_LEMMAS:
        return None  # no lemma a trigger has (above)
    if any(c.dep_ == "advmod" and c.lower_ in W.HABITUAL_ADVERBS for c in tok.children):
        return None  # "Parliament has repeatedly voted against ...", "often traveled": no one occasion (§3.1)
    if lemma in W.PASS_VERBS and _passed_by_body(tok):
        return "vote"  # "Congress passed 'permanent normal trade relations'": a vote of that body (§3.5)
    if lemma in W.MOTION_VERBS and _goes_to_place(tok):
        return "visit"
    if lemma in W.ENTER_VERBS and _enters_building(tok):
        return "visit"
    if lemma in W.DEPART_VERBS:
        return "visit" if _departs_for(tok) else None
    if lemma in W.GATHERING_VERBS:
        if not _people_gather(tok):
            return None
        return "summit" if _leaders_meet(tok) else "meeting"
    reported = _reported(tok, lemma)
    if reported is not None:
        return reported
    if lemma in W.RULE_VERBS and _court_subject(tok) and not any(c.dep_ == "prt" for c in tok.children):
        # "the Supreme Court ruled against ...", "a federal judge ruled the male-only draft violated ..." (the clause
        # parsed as an object); not "ruled out" (a court does not rule a country)
        return "hearing"
    if lemma in W.COURT_ACT_VERBS and _court_subject(tok) and tok.tag_ in en.FINITE_TAGS and not _negated(tok):
        return "hearing"  # "a federal judge dismissed a Trump lawsuit", "the judge ordered last week that ..."
    if lemma in W.OUTCOME_VERBS and _result_in_state(tok):
        return "vote"  # "He lost badly to Cruz in Wisconsin", "won his home state of Ohio": that state's contest
    kind = W.VERB_TRIGGERS.get(lemma) or ("vote" if lemma == "win" else None)
    if kind is None or any(c.dep_ == "neg" for c in tok.children):
        return None
    children = list(tok.children)
    if any(c.dep_ in ("ccomp", "oprd") or (c.dep_ == "xcomp" and lemma != "vote") for c in children):
        return None  # "spoke about ...", "called him a liar", "said ...": speech, not an encounter
    party = _has_party(tok)
    if lemma in W.BARE_TALK_VERBS and not party and _place_of(tok) is None and not _dated(tok) \
            and not _named_negotiator(tok):
        return None  # "before it negotiates", "efforts to negotiate an end to the war": the act, no occasion
    if lemma == "win":
        won = tok.tag_ != "VBG" and any(c.dep_ == "dobj" and c.ent_type_ == "GPE" for c in children)
        return "vote" if won else None
    if lemma == "call":
        if any(c.dep_ == "nsubjpass" for c in children) and _called_to_place(tok):
            return "call"  # "Fire and Rescue Service were called to the building": an emergency call out
        if any(c.dep_ in ("prt", "prep") and c.lower_ in W.CALL_NOT for c in children):
            return None
        if _by_phone(tok) and any(c.dep_ == "dobj" for c in children):
            return "call"  # "calling the Scientology organization by phone"
        if _names_called(tok):
            return None  # "calling him, among other things, “a failed candidate”": a name, not a phone call
        return "call" if any(c.dep_ == "dobj" and _is_party(c) for c in children) else None
    if lemma in ("speak", "talk"):
        if _leave_to_talk(tok) or _vague_talk(tok):
            return None
        if not _by_phone(tok) and any(_audience_body(p) for c in children if c.dep_ == "prep" and c.lower_ == "to"
                                      for p in c.children):
            return "speech"  # "speaking to the Atlantic Council think tank": an address to its audience
        if not party:  # "Trump and Erdogan spoke on the phone": the parties are its subjects
            return "call" if _by_phone(tok) and any(c.dep_ == "nsubj" for c in children) else None
        if any(_press_word(p) for c in children if c.dep_ == "prep" for p in c.children):
            return "press_conference"  # "speaking to the press", "talked to reporters"
        by_phone = _by_phone(tok)
        if not by_phone and _addressee_frame(tok):
            return None
        if not by_phone and _questioners(tok):
            return "meeting"  # "police ... spoke with Anne Sacoolas as a suspect": questioned in person (§3.5)
        return "call" if by_phone or not _place_of(tok) else "meeting"
    if lemma in W.NEEDS_PARTY and not party:
        return None
    if lemma == "receive" and not any(c.dep_ == "dobj" and _received(c) for c in children):
        return None  # "received Zelensky"; not "received support ranging from Obama to Zuckerberg"
    if lemma in W.NEEDS_PLACE and _place_of(tok) is None:
        return None
    if lemma == "meet" and not party and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children) \
            and _inherited_subject(tok) is None:
        return None  # "are expected to meet again in Vienna": the expected ones meet
    if lemma == "meet" and any(c.dep_ == "dobj" and not _is_party(c) for c in children):
        return None  # "met the deadline", "meet expectations"
    if lemma == "meet" and any(c.dep_ == "nsubjpass" for c in children) and not any(c.dep_ == "agent"
                                                                                  for c in children):
        return None  # "the move was met with fury", "that's met here": a reaction or a test met, met by nobody
    if lemma == "meet" and not party and any(p.dep_ == "pobj" and not _is_party(p) for c in children
                                             if c.dep_ == "prep" and c.lower_ == "with" for p in c.children):
        return None  # "was met with applause", "met with resistance"; not "will meet Zelenskyy with a package"
    if lemma == "visit" and not any(c.dep_ == "dobj" for c in children) and not party:
        return None
    if tok.dep_ in ("amod", "compound", "acl") and tok.tag_ in ("VBG", "VBN"):
        return None  # "negotiating partners", "a rallying cry"
    if lemma in ("debate", "fly", "travel") and any(c.dep_ == "dobj" and not _is_party(c) for c in children) \
            and not (lemma == "debate" and _voting_body(tok)):
        return None  # "debated a bill", "flies fighters and cargo to Syria"; "the Senate debated a bill" is one
    if any(c.dep_ == "dobj" and c.tag_ == "NNS" for c in tok.children) and _again_and_again(tok):
        return None  # "have been hosting traditional dinners with locals": again and again, no one occasion
    if lemma == "rally" and not _people_rally(tok):
        return None  # "Shares in the firm rallied 5%": a market, not a crowd
    if kind == "rally" and _mobilised(tok):
        return None  # "trying to rally Latinos", "would prefer to march under his orders": no gathering
    if lemma == "visit" and any(c.dep_ == "dobj" and c.lemma_.lower() in W.WEB_WORDS for c in children):
        return None  # "visit our website"
    if lemma == "rally" and any(c.dep_ == "prep" and c.lower_ in ("behind", "around", "to") for c in children):
        return None  # "rally behind Ted Cruz": backing him, not a rally
    if lemma == "vote" and not _voting_body(tok) and not _voted_on_measure(tok):
        return None  # "47 percent said they would vote for Clinton": a poll, not a vote
    if lemma == "meet" and tok.dep_ in ("advcl", "xcomp") and tok.head.lemma_.lower() in W.TRAVEL_VERBS:
        return None  # "traveled to Florida to meet with Devocht": the visit's purpose, one event
    if _what_any_can_do(tok):
        return None  # "lawmakers can vote on a motion to censure": what the rules allow, no occasion
    if kind == "meeting" and lemma in W.GATHER_VERBS and _leaders_meet(tok):
        return "summit"  # "European leaders will meet in Brussels": a gathering of states (ANNOTATION.md §3.1)
    return kind


def _result_in_state(verb: Token) -> bool:
    """"He lost badly to Cruz in Wisconsin", "Kasich won in Delaware", "having only won his home state of Ohio": a
    person's win or loss with no other object, placed in a state or a country, is that place's contest (ANNOTATION.md
    §3.5, "a state named for its contest"); not "lost his job in Ohio", "won praise in Iowa", "hopes to win in Iowa"
    (a finite verb or a perfect participle only), nor a state's own result ("Florida won ...")."""
    finite = verb.tag_ in en.FINITE_TAGS or (verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and (c.lemma_.lower() == "have" or c.lower_ == "having") for c in verb.children))
    if not finite or _negated(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    having = any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)  # "despite having only won"
    if (subject is None and not having) or (subject is not None and (subject.ent_type_ in W.PLACE_LABELS or not (
            subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she")))):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:  # "won his home state of Ohio"
        return len(objects) == 1 and objects[0].lemma_.lower() == "state" and any(
            p.ent_type_ == "GPE" for c in objects[0].children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj")
    return any(p.ent_type_ == "GPE" for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
               for p in c.children if p.dep_ == "pobj")


def _names_called(verb: Token) -> bool:
    """"Trump attacked Romney, calling him, among other things, “a failed candidate”": a quotation opening after the
    person called, before any other verb of the sentence, is the name called (the parser hangs it off the verb, so
    the ``oprd`` test misses it)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    for tok in verb.doc[obj.i + 1:min(verb.sent.end, obj.i + W.NAME_CALLED_WITHIN)]:
        if tok.tag_ == "``":
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _what_any_can_do(verb: Token) -> bool:
    """"When Congress seeks to condemn a judge, lawmakers can vote on a motion", "members can meet in private":
    "can" with a subject that is a bare plural (no determiner, no name) and no time or place says what such
    people may do in general (ANNOTATION.md §3.1: generic), not that they will."""
    if not any(c.dep_ == "aux" and c.lower_ == "can" for c in verb.children) or _dated(verb):
        return False
    if _place_of(verb) is not None:
        return False
    return any(c.dep_ == "nsubj" and c.tag_ == "NNS" and not any(d.dep_ in ("det", "poss", "nummod", "compound")
                                                                 for d in c.children) for c in verb.children)


def _people_rally(verb: Token) -> bool:
    """Who rallies is people ("protesters rallied", "thousands rallied", "Trump rallied supporters"), or nobody
    named ("rallying in Ohio"); not "shares", "stocks" or "the dollar"."""
    subject = next(iter(_subjects(verb)), None) or _inherited_subject(verb)
    return subject is None or _is_party(subject) or _crowd(verb)


def _mobilised(verb: Token) -> bool:
    """"is trying to rally Latinos", "troops would prefer to march under the orders of Trump": rallying people to
    a side, or a wish to march, with no place and no time, names no gathering (ANNOTATION.md §3.1: figures of
    speech, hypotheticals); "rallied supporters in Ohio", "plans to march on Saturday" still do."""
    if _place_of(verb) is not None or any(t.ent_type_ in W.DATE_LABELS for t in verb.subtree):
        return False
    if any(c.dep_ == "dobj" and _is_party(c) for c in verb.children):
        return True  # rallied whom: won over, not assembled
    if not (verb.head.lower_ == "to" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return False  # "protesters marched", "will march": said of an occasion
    wisher = next((a for a in verb.ancestors if a.pos_ == "VERB"), None)
    return wisher is None or not (_plan_verb(wisher) or wisher.lemma_.lower() in W.HOLD_VERBS)


def _issue_not_occasion(tok: Token, lemma: str) -> bool:
    """"The debate over immigration", "the march of technology", "trial and error": a debate about an issue, a
    figure of speech, an idiom, with no party, place or time of its own below the noun."""
    if any(c.dep_ == "conj" and c.lower_ in W.IDIOM_CONJUNCTS.get(lemma, frozenset()) for c in tok.children):
        return True
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if not any(c.lower_ in W.ISSUE_PREPS.get(lemma, frozenset()) for c in preps):
        return False
    below = [t for c in tok.children if c.dep_ != "det" for t in c.subtree]
    return not any(t.ent_type_ or _is_party(t) for t in below)


def _press_word(tok: Token) -> bool:
    """"the press", "reporters", "the media" (which the lemmatiser turns into "medium")."""
    return tok.lemma_.lower() in W.PRESS_WORDS or tok.lower_ in W.PRESS_WORDS


def _leave_to_talk(verb: Token) -> bool:
    """"he was not authorised to speak to the media", "ready to talk with Iran": leave or readiness to talk is no
    occasion (ANNOTATION.md §3.1: hypotheticals nobody plans)."""
    head = verb.head
    return verb.dep_ == "xcomp" and (head.lemma_.lower() in W.LEAVE_TO_TALK or head.lower_ in W.LEAVE_TO_TALK)


def _addressee_frame(verb: Token) -> bool:
    """"Speaking to Martin Smith of PBS, he said ...", "speaking to BBC, said": a participle with no subject of its
    own, no place and no time, that frames a statement names whom it was said to, not a call or a meeting (like
    "told the BBC", ANNOTATION.md §3.5); "Speaking by phone with Macron", "speaking with him in Paris on Monday"
    still name one."""
    if verb.tag_ != en.PRESENT_PARTICIPLE or verb.dep_ not in ("advcl", "acl", "ccomp", "xcomp") \
            or any(c.dep_ in en.SUBJECTS for c in verb.children):
        return False
    return _place_of(verb) is None and not any(t.ent_type_ in W.DATE_LABELS for t in verb.subtree)


def _vague_talk(verb: Token) -> bool:
    """"we will talk to them first": a conversation to come, not by phone, with no time or place and no party
    named (only a pronoun or a common noun) is no particular call (ANNOTATION.md §3.1, §3.5 keeps "spoke with" a
    named counterpart abroad a call)."""
    if not _future(verb) or _by_phone(verb) or _place_of(verb) is not None:
        return False
    if any(t.ent_type_ in W.DATE_LABELS for t in verb.subtree):
        return False
    parties = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in W.PARTY_PREPS | {"to"}
               for p in c.children if p.dep_ == "pobj"]
    return bool(parties) and not any(t.ent_type_ or t.pos_ == "PROPN" for p in parties for t in p.subtree)


def _received(guest: Token) -> bool:
    """A guest received: a person or a delegation, not "all the delegates at stake", "More Bad News"."""
    if any(c.dep_ in ("nummod", "predet") or c.lower_ == "all" for c in guest.children):
        return False
    return guest.ent_type_ in ("PERSON", "NORP", "GPE") or guest.lemma_.lower() in _people_nouns() | {"delegation"} \
        or (guest.pos_ == "PRON" and guest.lower_ not in W.THING_PRONOUNS)


def _passed_by_body(verb: Token) -> bool:
    """"the Senate passed the bill", "a bill passed by Parliament", "a deal that was rejected by majorities in
    Congress": a body that votes, deciding on a measure."""
    if any(c.dep_ == "prt" for c in verb.children) or (_negated(verb) and not _counterfactual(verb)):
        return False  # "did not pass", "passed away", "passed on" (but "had Congress not passed": it did)
    if any(c.dep_ == "aux" and c.lower_ in W.NECESSITY_AUX for c in verb.children):
        return False  # "it must also be approved by the Senate": what a measure needs, no vote held or set
    by = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    bodies = [c for c in verb.children if c.dep_ == "nsubj"] + by
    measures = [verb.head if c.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else c  # "a deal that was ..."
                for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    measure = any(not _is_party(c) or c.pos_ == "PROPN" for c in measures)  # a bill, or one named like a name
    voters = W.VOTING_BODIES if verb.lemma_.lower() == "pass" else W.VOTING_BODIES - W.COURTS
    return measure and any({t.lower_ for t in b.subtree} & voters for b in bodies)  # a court's approval is no vote


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _counterfactual(verb: Token) -> bool:
    """"had Congress not passed X": an inverted "had" before the subject supposes the opposite of what happened."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    had = [c for c in verb.children if c.dep_ == "aux"] + ([verb.head] if verb.dep_ == "ccomp" else [])
    return any(h.lower_ == "had" and h.i < subject.i for h in had)  # the parser may hang the clause on "had"


def _reported(verb: Token, lemma: str) -> EventType | None:
    """Occasions reported by verbs that name one only in some company (ANNOTATION.md §3.1's examples): "Modi
    arrived in Washington" (a visit), "appeared in court" (a hearing), "addressed the nation" (a speech),
    "briefed reporters" (a press conference), "was elected president" (a vote), "thousands protested in
    Tbilisi" (a rally)."""
    if lemma not in _REPORTED_LEMMAS:
        return None  # none of the verbs below
    if lemma in W.ELECT_VERBS and _elected_participle(verb):
        return "vote"  # "Elijah Cummings, first elected to Congress in 1996, ...": the election that made him
    if _negated(verb) or (verb.dep_ in ("amod", "compound", "acl") and verb.tag_ in ("VBG", "VBN")):
        return None  # "did not arrive", "elected officials", "the protesting farmers"
    children = list(verb.children)
    said_to = _said_to_audience(verb, lemma)
    if said_to is not None:
        return said_to
    if any(c.dep_ in ("ccomp", "xcomp") for c in children):
        return None  # "demonstrated that it helps", "appeared to be": no occasion
    objects = [c for c in children if c.dep_ == "dobj"]
    pobjs = {p.lemma_.lower(): (c.lower_, p) for c in children if c.dep_ == "prep" for p in c.children
             if p.dep_ == "pobj"}
    if lemma in W.ARRIVE_VERBS and _traveller(verb):
        return "visit" if any(prep in W.ARRIVE_PREPS and _destination(p) for prep, p in pobjs.values()) else None
    if lemma == "appear" and any(prep in ("in", "before") and word in W.APPEAR_PLACES
                                 for word, (prep, _) in pobjs.items()):
        return "hearing"
    if lemma == "address" and any(o.lemma_.lower() in W.PRESS_WORDS for o in objects):
        return "press_conference"  # "while addressing the press yesterday", like "briefed reporters"
    if lemma == "speak" and any(prep == "at" and word in W.SPOKEN_AT for word, (prep, _) in pobjs.items()):
        return "speech"  # "was speaking at the opening of Sacred Defence Week": an address at a gathering
    if lemma == "address" and any(o.lemma_.lower() in W.AUDIENCE_WORDS or o.ent_type_ == "ORG" for o in objects):
        writing = any(prep == "in" and word in W.WRITINGS for word, (prep, _) in pobjs.items())
        return None if writing else "speech"  # not "addressed the issue", "addressed them in an email"
    if lemma == "brief" and any(o.lemma_.lower() in W.PRESS_WORDS for o in objects):
        return "press_conference"
    if lemma in W.ELECT_VERBS and any(c.dep_ == "nsubjpass" for c in children) and _dated(verb) \
            and not any(c.dep_ == "mark" and c.lower_ in ("if", "when", "unless") for c in children):
        return "vote"  # "was elected president in 1992": a vote; not "if he is elected", "delegates elected by"
    if lemma in W.PROTEST_VERBS and not objects and _crowd(verb):
        return "rally"  # not "he protested the decision"
    if lemma == "sentence" and (any(_is_party(o) for o in objects) or any(c.dep_ == "nsubjpass" for c in children)
                                or _passive_to_be_done(verb)):
        return "hearing"  # "Judge Schwartz sentenced the Turpins to life", "were sentenced on Friday": a sentencing
    verdict = lemma in W.VERDICT_VERBS or (lemma in W.FOUND_VERBS and any(
        c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ in W.VERDICT_WORDS for c in children))  # "found guilty"
    if verdict and any(c.dep_ == "nsubjpass" and _is_party(c) for c in children) and (
            _dated(verb) or any(c.dep_ == "advmod" and c.ent_type_ == "DATE" for c in children)
            or any(_is_court(p) for c in children if c.dep_ in ("prep", "agent") for p in c.children)):
        # "was convicted of terrorism years ago", "was acquitted by a jury", "was found guilty in May": a verdict
        # placed at a time or in a court (ANNOTATION.md §3.5); not "users pleaded guilty or were convicted"
        return "hearing"
    if verdict and _court_subject(verb) and any(_is_party(o) for o in objects) and not _negated(verb):
        return "hearing"  # "a United States federal jury convicted Michael Avenatti": given by the court or jury
    return None


def _passive_to_be_done(verb: Token) -> bool:
    """"Avenatti is to be sentenced in June", "is scheduled to be sentenced", "is due to be tried": a passive
    infinitive whose subject (a party) the verb before it holds."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and _is_party(c) for c in verb.head.children)


def _elected_participle(verb: Token) -> bool:
    """"Cummings, first elected to Congress in 1996, was born ...": a dated participle of electing on a person is
    that person's election, as "was elected ... in 1992" is (not "elected officials", undated and before a noun)."""
    head = verb.head
    named = _a_person(head) or (head.pos_ == "PROPN" and head.ent_type_ not in W.PLACE_LABELS)  # a name unrecognised
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and named and _dated(verb) and not _negated(verb)


def _said_to_audience(verb: Token, lemma: str) -> EventType | None:
    """Common ways news names an occasion by what people did there: "told a crowd in Cleveland" (a speech,
    ANNOTATION.md §3.5), "sat down with X" (a meeting, like "a sit-down"), "took to the streets" (a protest),
    "went to the polls" (a vote), "the court heard arguments" (a hearing)."""
    if lemma not in _SAID_TO_LEMMAS:
        return None  # none of the verbs below
    pobjs = [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if lemma == "tell" and any(o.lower_ in W.TOLD_AUDIENCES or _audience_body(o) for o in objects):
        return None if any(p.lemma_.lower() in W.WRITINGS for p in pobjs) else "speech"  # not "in an email"
    if lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children) and _has_party(verb):
        return "meeting"
    if lemma == "take" and any(p.lower_ in W.STREETS for p in pobjs) and _crowd(verb):
        return "rally"
    if lemma in ("go", "head") and any(p.lower_ in W.POLLS for p in pobjs):
        return "vote"
    if lemma == "hear" and _court_subject(verb) and any(o.lemma_.lower() in W.HEARD_AT_COURT for o in objects):
        return "hearing"
    return None


def _audience_body(tok: Token) -> bool:
    """"the Asia-Pacific Council", "the Atlantic Council think tank", "the Economic Club of Washington": an
    organisation by name whose last word says it hears speakers; not "the council" (unnamed), nor a committee
    (whose witnesses testify: a hearing)."""
    if tok.lower_ not in W.AUDIENCE_BODIES:
        return False
    if tok.lower_ == "tank" and not any(c.lower_ == "think" for c in tok.children):
        return False
    return tok.ent_type_ in W.BODY_LABELS or any(c.dep_ == "compound" and c.ent_type_ in W.BODY_LABELS
                                                 for c in tok.children)


def _dated(verb: Token) -> bool:
    """A DATE among the verb's own phrases ("in 1992", "on Tuesday", "last year"); not a term's length ("are
    elected for two-year terms": how long, not when)."""
    return any(t.ent_type_ == "DATE" and (datable(t.text) or t.like_num)
               for c in verb.children if c.dep_ in ("prep", "npadvmod") and c.lower_ not in W.DURATION_PREPS
               for t in c.subtree)


def _traveller(verb: Token) -> bool:
    subject = next(iter(_subjects(verb)), None) or _inherited_subject(verb)
    return subject is not None and _is_party(subject) and subject.ent_type_ not in W.NOT_TRAVELLERS


def _crowd(verb: Token) -> bool:
    """"Thousands of people protested", "protesters demonstrated", "students protested": many people."""
    subject = next(iter(_subjects(verb)), None)
    if subject is None:
        return False
    people = subject.lemma_.lower() in W.CROWD_WORDS | _people_nouns() or subject.lower_ in W.CROWD_WORDS
    return (people and subject.tag_ in ("NNS", "NNPS")) or subject.ent_type_ in ("CARDINAL", "NORP")


def _named_negotiator(verb: Token) -> bool:
    """"Mugabe was able to negotiate immunity", "Iran and the US negotiated": a side named by name (its own
    subject or the one it inherits) makes the negotiating one that took place; "it", "who", "they" or nobody
    ("efforts are ongoing to negotiate an end to the war") leave only the act."""
    subject = next(iter(_subjects(verb)), None) or _inherited_subject(verb)
    if subject is None and verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ":
        subject = next(iter(_subjects(verb.head.head)), None)  # "Mugabe was able to negotiate"
    return subject is not None and subject.pos_ == "PROPN" and _is_party(subject)


def _departs_for(verb: Token) -> bool:
    """"Members of the negotiating team left Tuesday for Doha", "departed for Kyiv": someone setting out for a
    named place makes a trip there (a visit, ANNOTATION.md §3.1); not "left for dead", "left for work" (no place
    named), "left the party for Labour" (something left)."""
    if verb.dep_ in ("amod", "compound", "acl") and verb.tag_ in ("VBG", "VBN"):
        return False
    if any(c.dep_ == "dobj" for c in verb.children) or not _traveller(verb):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(p.dep_ == "pobj" and p.ent_type_ in W.PLACE_LABELS
                                                             for p in c.children) for c in verb.children)


def _goes_to_place(verb: Token) -> bool:
    """"Officials went to the sheriff's station", "walked into the lobby of the station", "was persuaded to travel
    back to a management building": someone going to a particular place is a visit. Not "went to court",
    "came to power", "the money went to Iran" (no particular building, no place, or no one going)."""
    if verb.dep_ in ("amod", "compound", "acl") and verb.tag_ in ("VBG", "VBN"):
        return False
    if verb.dep_ == "xcomp" and _negated(verb.head):
        return False  # "they don't want to go to the U.S.": a wish denied, no trip
    if any(c.dep_ == "npadvmod" and c.lower_ == "way" for c in verb.children):
        return False  # "go all the way to Cleveland": to win, not to travel
    subject = next(iter(_subjects(verb)), None) or _inherited_subject(verb)
    if subject is None or subject.ent_type_ in W.NOT_TRAVELLERS or subject.lower_ in ("it", "this", "that"):
        return False  # "Texas went to Cruz", "10 percent went to the hospital", "it came to the station"
    holders = [verb] + [c for c in verb.children if c.dep_ == "advmod"]  # "travel back to"
    places = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in W.MOTION_PREPS
              for p in c.children if p.dep_ == "pobj"]
    return any(_destination(p) or any(_destination(q) for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                                      for q in c.children if q.dep_ == "pobj") for p in places)


def _leaders_meet(verb: Token) -> bool:
    """"European leaders will meet in Brussels", "Leaders of the 27 EU countries gathered": the leaders of several
    states meeting among themselves (no one met "with", no object) are a summit of those states; not "Macron will
    host European leaders" nor "met with European leaders" (a meeting of a host and guests)."""
    if any(c.dep_ == "dobj" for c in verb.children) or (_has_party(verb) and any(
            c.dep_ == "prep" and c.lower_ in W.PARTY_PREPS for c in verb.children)):
        return False
    return any(_state_leaders(s) for s in _subjects(verb))


def _state_leaders(tok: Token) -> bool:
    """"European leaders", "NATO leaders", "leaders of the 27 EU countries", "the foreign ministers of France,
    Germany and Poland": leaders or ministers of several states, by a region's adjective, a body of states or the
    states named after "of" (not "Democratic leaders", "union leaders": a party's or a union's)."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() not in W.STATE_LEADER_NOUNS:
        return False
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    if any(m.lower_ in W.REGION_ADJECTIVES or m.lower_ in W.BODIES_OF_STATES for m in mods):
        return True
    of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return any(len([x for x in _with_conjuncts(p) if x.ent_type_ == "GPE"]) >= 2
               or (p.lemma_.lower() in W.STATE_NOUNS and p.tag_ in ("NNS", "NNPS")) for p in of)


def _people_gather(verb: Token) -> bool:
    """"Shoukry and his Greek, Cypriot and French counterparts gathered in Cairo on Wednesday": people (two or more:
    a plural or names joined by "and") meeting at a place are a meeting; not "gathered in Brussels for a summit"
    (the summit is the occasion), "gathered evidence", nor a crowd (a rally when it protests)."""
    if verb.dep_ in ("amod", "compound", "acl") or _negated(verb) or _place_of(verb) is None:
        return False
    if any(c.dep_ == "dobj" for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ in W.TRIP_PURPOSE_PREPS and any(_noun_type(p) for p in c.children)
            for c in verb.children):
        return False
    subject = next(iter(_subjects(verb)), None)
    if subject is None or not _is_party(subject) or subject.ent_type_ in W.PLACE_LABELS | {"CARDINAL"} \
            or W.CROWD_WORDS & {subject.lemma_.lower(), subject.lower_}:
        return False  # "thousands of people gathered in the square": a crowd, no parties meeting
    return subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)


def _called_to_place(verb: Token) -> bool:
    """"were called to the building", "was called to the scene": sent for to a particular place (not "called to
    the bar", "called to testify")."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(p.dep_ == "pobj" and (_destination(p) or (
        p.lemma_.lower() in W.CALLED_TO and any(d.dep_ == "det" for d in p.children))) for p in c.children)
        for c in verb.children)


def _enters_building(verb: Token) -> bool:
    """"Khashoggi entered the consulate in Istanbul": a person going into a particular building visits it (like
    "walked into the lobby"); not "entered the race", "entered office", nor troops entering a country."""
    if verb.dep_ in ("amod", "compound") or _negated(verb) or not _traveller(verb):
        return False
    return any(c.dep_ == "dobj" and (c.ent_type_ == "FAC" or (_destination(c) and c.ent_type_ not in W.PLACE_LABELS))
               for c in verb.children)


def _destination(tok: Token) -> bool:
    if _occasion_ahead(tok):
        return False  # "Heading into Super Tuesday, Sanders had the most delegates": an occasion ahead, no place
    if tok.ent_type_ in W.PLACE_LABELS or _capital(tok):
        return True
    particular = any((c.dep_ == "det" and c.lower_ not in ("a", "an")) or c.dep_ == "poss" for c in tok.children)
    return particular and tok.lemma_.lower() in W.PLACE_WORDS | W.DESTINATION_WORDS  # not "going to a factory"


def _occasion_ahead(tok: Token) -> bool:
    """"into Super Tuesday" (the parser may take "Super" for a place and hang "Tuesday" on the verb), "into the
    convention": an occasion someone heads into, not a place travelled to."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.lower_ == "super" and nxt is not None and nxt.lower_ == "tuesday":
        return True
    return tok.pos_ != "VERB" and _noun_type(tok) is not None


def _voting_body(verb: Token) -> bool:
    """A vote is an event when a named body votes ("the Senate voted", "Parliament voted")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) or _stray_subject(verb)
    if subject is None:
        return False
    # the word as written too: the list holds plurals ("members", "senators") whose lemma is singular
    return subject.ent_type_ in ("ORG", "GPE", "NORP") or bool({subject.lemma_.lower(), subject.lower_}
                                                               & W.VOTING_BODIES)


def _voted_on_measure(verb: Token) -> bool:
    """"the Representatives who voted against the Iraq War in 2002", "she voted for the bill": a vote told in the past
    for or against a measure (not a person) is a legislator's vote, the body's vote (ANNOTATION.md §3.5)."""
    if verb.tag_ != "VBD" or _negated(verb):
        return False
    return any(p.dep_ == "pobj" and (p.lemma_.lower() in W.MEASURE_NOUNS or p.ent_type_ in W.MEASURE_LABELS)
               for c in verb.children if c.dep_ == "prep" and c.lower_ in W.VOTE_ON_PREPS for p in c.children)


def _stray_subject(verb: Token) -> Token | None:
    """"On Friday the legislature of Taiwan ... voted": with no comma after the time, the parser may hang the
    subject as a second object of the time's preposition; a noun after the day there, before a verb with no subject,
    is that verb's subject."""
    if any(c.dep_ in en.SUBJECTS for c in verb.children):
        return None
    for c in verb.lefts:
        objects = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else []
        if len(objects) >= 2 and objects[0].ent_type_ in W.DATE_LABELS and objects[-1].ent_type_ not in W.DATE_LABELS \
                and objects[-1].pos_ in ("NOUN", "PROPN"):
            return objects[-1]
    return None


def _questioners(verb: Token) -> bool:
    """Police or investigators as the subject (shared through "and": "police were able ... and spoke with")."""
    subject = next(iter(_subjects(verb)), None) or _inherited_subject(verb)
    return subject is not None and subject.lemma_.lower() in W.QUESTIONERS


def _by_phone(verb: Token) -> bool:
    """"by phone", "on the telephone", "over the phone" among the verb's own phrases."""
    return any(p.lower_ in ("phone", "telephone") for c in verb.children if c.dep_ == "prep"
               for p in c.children if p.dep_ == "pobj")


def _is_party(tok: Token) -> bool:
    if tok.lower_ in W.THING_PRONOUNS:
        return False  # "receive this in your inbox", "called it": a thing, not a party
    if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or tok.pos_ in ("PRON", "PROPN") \
            or tok.lemma_.lower() in _people_nouns() | W.PARTY_ROLES or tok.lower_ in en.PAIR_NOUNS \
            or (tok.lemma_.lower() in W.SIDE_NOUNS and any(c.lower_ in W.BOTH_WORDS for c in tok.lefts)):
        return True  # "the pair held talks": two people the speaker resolver reads as those named
    # "her Danish counterpart, Lars Holm,": a noun the text names a person in apposition to
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children)


def _people_nouns() -> frozenset[str]:
    from onrecord.resolve.names import PEOPLE_NOUNS, ROLE_NOUNS

    return PEOPLE_NOUNS | ROLE_NOUNS


def _has_party(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in W.PARTY_PREPS | {"to"} and any(
                p.dep_ == "pobj" and _is_party(p) for p in c.children):
            return True
        if c.dep_ == "dobj" and _is_party(c):
            return True
    return False


# -- the learned filter's candidates and features (issue 9) -------------------------------------
@dataclass(slots=True)
class EventCandidate:
    """A mention of an event word before the rules' filters, with what the learned filter reads of it."""

    mention: _Mention
    features: list[str]


def event_candidates(parsed: ParsedText, statements: Sequence[Statement],
                     resolver: ArticleResolver) -> list[EventCandidate]:
    """Every noun and verb of an event word and its mention, in text order: the trigger words without the
    filters the rules put on them (the type is the rules' where they give one, else the word's), each with
    general features. The rules' verdict is among them (``rule=``); a model trained without it ignores it."""
    text = parsed.text
    cues = _cue_keys(text, statements)
    contents = [(s.content.start, s.content.end, s.kind) for s in statements]
    headline = _headline_end(text)
    found: list[EventCandidate] = []
    for piece in parsed.pieces:
        for trigger, kind, source, ruled in _loose_triggers(piece.doc):
            m = _mention(trigger, kind, piece.offset, text, resolver, cues, loose=True)
            if m is None:
                continue
            features = _features(m, source, contents, headline, resolver)
            features.append("rule=keep" if ruled and not m.ruled_out else "rule=drop")
            found.append(EventCandidate(m, features))
    found.sort(key=lambda c: c.mention.start)
    _add_counts(found)
    return found


def _loose_triggers(doc: Doc) -> Iterator[tuple[Token, EventType, str, bool]]:
    """Trigger, type, the word list it comes from, and whether the rules' trigger test takes it."""
    for i in token_indices(doc, "POS", ("NOUN", "PROPN", "VERB")):
        tok = doc[i]
        ruled = _noun_type(tok) if tok.pos_ in ("NOUN", "PROPN") else _verb_type(tok)
        source, kind = _word_type(tok)
        if ruled is not None:
            yield tok, ruled, source or "rule", True
        elif kind is not None and source is not None:
            yield tok, kind, source, False


def _word_type(tok: Token) -> tuple[str | None, EventType | None]:
    """The type the word itself names in the rules' lists, whatever surrounds it."""
    word, lemma = tok.lower_, tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN"):
        kind = W.NOUN_TRIGGERS.get(word) or W.NOUN_TRIGGERS.get(lemma)
        if kind is not None:
            return "noun", kind
        for key in (word, lemma):
            if key in W.QUALIFIED_NOUNS:
                return "qualified", W.QUALIFIED_NOUNS[key][1]
        if lemma in W.PARTY_NOUNS:
            return "party_noun", W.PARTY_NOUNS[lemma]
        if lemma in W.RULING_NOUNS:
            return "ruling", "hearing"
        if lemma in W.WIN_WORDS | W.RACE_WORDS:
            return "win", "vote"
        return None, None
    if lemma in W.VERB_TRIGGERS:
        return "verb", W.VERB_TRIGGERS[lemma]
    return _LOOSE_VERBS.get(lemma, (None, None))


# Verbs that report an occasion only in some company (``_verb_type``, ``_reported``): the list each comes from.
_LOOSE_VERBS: dict[str, tuple[str | None, EventType | None]] = {
    **{v: ("pass", "vote") for v in W.PASS_VERBS},
    **{v: ("motion", "visit") for v in W.MOTION_VERBS | W.ARRIVE_VERBS | W.ENTER_VERBS},
    **{v: ("elect", "vote") for v in W.ELECT_VERBS | {"win"}}, **{v: ("protest", "rally") for v in W.PROTEST_VERBS},
    **{v: ("rule", "hearing") for v in W.RULE_VERBS}, **{v: ("reported", t) for v, t in W.REPORTED_VERBS.items()}}


def _features(m: _Mention, source: str, contents: Sequence[tuple[int, int, str]], headline: int,
              resolver: ArticleResolver) -> list[str]:
    t = m.trigger
    lemma = t.lemma_.lower()
    f = [f"type={m.type}", f"lemma={lemma}", f"src={source}", f"pos={t.pos_}", f"dep={t.dep_}",
         f"type_pos={m.type}:{t.pos_}", f"det={_det_class(t)}", f"parties={min(len(m.participants), 2)}",
         f"status={m.status}", f"person={_person_distance(t)}"]
    f += [name for name, on in (
        ("plural", t.tag_ in ("NNS", "NNPS")), ("party_resolved", any(p.actor is not None for p in m.participants)),
        ("place", m.place is not None), ("time", m.time is not None), ("near_time", m.near is not None),
        ("firm", m.firm), ("headline", m.start < headline), ("earlier", m.earlier), ("said_at", bool(m.links)),
        ("with_party", _with_party(t)), ("verb_party", t.pos_ == "VERB" and _has_party(t)),
        ("generic", t.pos_ != "VERB" and _generic(t, lemma)), ("this_is", _this_is(t)),
        ("demonstrative", _demonstrative(t)), ("lead", resolver.sentence_of(m.start) < 3),
        ("not_occasion", any(c.lower_ in W.NOT_OCCASIONS.get(lemma, frozenset()) for c in t.children)),
        ("unspecific", _unspecific(_Draft([m]))), ("supposed", _hypothetical(_Draft([m]))),
    ) if on]
    f += [f"in_{kind}" for start, end, kind in contents if start <= m.start < end][:1]
    f += _clause_features(t, _governor(t))
    return f


def _clause_features(trigger: Token, governor: Token | None) -> list[str]:
    """Negation, modality, future and condition on the verbs the trigger hangs on, and what those verbs do."""
    if governor is None:
        return ["gov=none"]
    chain = list(_verb_chain(governor))
    aux = {c.lower_ for v in chain for c in v.children if c.dep_ in ("aux", "auxpass")}
    f = [f"gov={_verb_class(governor, trigger)}"]
    f += [name for name, on in (
        ("negated", any(_negated(v) for v in chain)), ("modal", bool(aux & (W.SUPPOSING_AUX | W.POSSIBLE_AUX))),
        ("future", bool(aux & W.FUTURE_AUX)),
        ("condition", any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for v in chain for c in v.children)),
    ) if on]
    return f


def _verb_class(verb: Token, trigger: Token) -> str:
    if verb.i == trigger.i:
        return "self"
    lemma = verb.lemma_.lower()
    for name, words in (("hold", W.HOLD_VERBS), ("plan", W.PLAN_VERBS | W.PLANNING_VERBS),
                        ("cancel", W.CANCEL_VERBS | W.ABSENT_VERBS), ("travel", W.TRAVEL_VERBS),
                        ("say", W.ADDRESS_VERBS)):
        if lemma in words:
            return name
    return "be" if lemma == "be" else "other"


def _det_class(tok: Token) -> str:
    if tok.pos_ == "VERB":
        return "verb"
    dets = [c for c in tok.children if c.dep_ in ("det", "poss")]
    if not dets:
        return "none"
    word = dets[0].lower_
    if dets[0].dep_ == "poss":
        return "poss"
    return "a" if word in W.INDEFINITE else "this" if word in ("this", "that", "these", "those") else \
        "the" if word == "the" else "other"


def _person_distance(trigger: Token) -> str:
    """How far (tokens) the nearest name of a person, body or country is in the trigger's sentence."""
    near = [abs(e.root.i - trigger.i) for e in entities_in(trigger.sent) if e.label_ in W.NAME_LABELS]
    if not near:
        return "none"
    d = min(near)
    return "1-3" if d <= 3 else "4-10" if d <= 10 else "far"


def _headline_end(text: str) -> int:
    end = text.find("\n")
    return end if 0 < end <= HEADLINE_CHARS and text[end:].strip() else 0


def _add_counts(found: list[EventCandidate]) -> None:
    """How often the article uses the word and the type: an occasion the story is about is named again."""
    lemmas: dict[str, int] = {}
    types: dict[str, int] = {}
    for c in found:
        lemma = c.mention.trigger.lemma_.lower()
        lemmas[lemma] = lemmas.get(lemma, 0) + 1
        types[c.mention.type] = types.get(c.mention.type, 0) + 1
    for c in found:
        n, k = lemmas[c.mention.trigger.lemma_.lower()], types[c.mention.type]
        c.features += [f"lemma_count={min(n, 3)}", f"type_count={min(k, 4)}"]


# -- one mention -----------------------------------------------------------------
def _mention(trigger: Token, kind: EventType, offset: int, text: str, resolver: ArticleResolver,
             cues: dict[int, str], loose: bool = False) -> _Mention | None:
    """One mention, or None where the rules drop it; ``loose`` keeps it, marked ``ruled_out``, for the learned
    filter (only a second name of one mention, "a trip" in apposition to "his visit", is dropped still)."""
    if trigger.dep_ == "appos" and _noun_type(trigger.head) == kind:
        return None  # "his last visit to Washington — a trip to the Oval Office": one mention
    governor = _governor(trigger)
    start, end = _extent(trigger)
    status, firm = _status(trigger, governor)
    m = _Mention(kind, trigger, offset, (start + offset, end + offset), status, firm=firm)
    m.participants = _named_pairs(_participants(trigger, governor, offset, resolver), trigger, offset, resolver)
    outlet = _programme_owner(trigger) if kind == "speech" else None
    if outlet is not None:  # the outlet and who spoke on it: not the words of the title ("Meet the Press")
        # "ABC's ''This Week", "Boston Herald Radio's Morning Meeting program": the outlet's name and all the title
        m.span = (min(m.span[0], outlet.left_edge.idx + offset), max(m.span[1], _title_end(trigger) + offset))
        prep = outlet.head if outlet.dep_ == "pobj" and outlet.head.lower_ == "on" else trigger.head
        m.participants = [p for t in [outlet, *_subjects(prep.head)] if (p := _participant(t, offset, resolver))]
    if kind == "hearing":  # "the court sentenced two journalists": the accused, not the guideline's press audience
        m.participants = [p for p in m.participants if p.name != "reporters" or p.actor is not None]
    if kind == "debate":
        m.present = list(_debaters(trigger, offset, resolver))
        m.moderators = list(_moderators(trigger, governor, offset, resolver))
    if kind == "vote" and not _candidacy_for(trigger) and not (status == "planned" and firm):
        # not "the nominee for the 2020 presidential election", nor a contest still to come: no results yet
        m.present = list(_vote_getters(trigger, offset, resolver))
    if kind == "vote" and trigger.pos_ != "VERB":  # the winners name the candidates, but two contests of one pair
        # are two
        won = [p for t in _victors(trigger) + _called_for(trigger) for x in _with_conjuncts(t)
               if (p := _participant(x, offset, resolver)) is not None]
        m.present += [p for i, p in enumerate(won) if not any(_same(p, q) for q in m.present + won[:i])]
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in W.NO_PARTY_VERBS:
        _audience_apart(m, trigger, offset)
    if m.type == "visit" and trigger.pos_ == "VERB" and not m.participants:
        if not loose:
            return None
        m.ruled_out = True
    if _plan_denied(trigger):
        if not loose:
            return None  # "has no plans to meet with Sanders": neither held nor planned (§3.3)
        m.ruled_out = True
    if _web_address(trigger):
        if not loose:
            return None  # "can visit WhiteHouse.gov/intern": a page, not a place
        m.ruled_out = True
    m.asked = _asked(trigger) and not _presupposed(trigger)
    m.place = _place(trigger, governor, offset, kind)
    _time(m, trigger, governor, offset, text)
    if outlet is not None and m.time is not None and m.span[0] <= m.time[0] < m.span[1]:
        m.time, m.time_text = None, ""  # "ABC's ''This Week''": a title, not a time
    if m.time is None and kind == "vote" and trigger.pos_ == "VERB":
        tally = next((t for t in trigger.subtree if t.lemma_.lower() in _NOUN_LEMMAS and _tally_of(t) is trigger), None)
        if tally is not None:  # "approved ... by an almost unanimous vote on Tuesday": the tally's day is its own
            _time(m, tally, _governor(tally), offset, text)
    if m.time is None and m.place is None and _on_condition(trigger):
        if not loose:
            return None  # "a strike if the company refused to negotiate terms": supposed, no occasion (§3.1)
        m.ruled_out = True
    if (m.time is None or clock_only(m.time_text or "")) and not (governor is not None and _about(trigger, governor)):
        m.near = _sentence_time(trigger)  # not the day Starmer was congratulated on his election
        if outlet is not None and m.near is not None and m.span[0] <= m.near.start_char + offset < m.span[1]:
            m.near = None  # "ABC's ''This Week''": the title is no time
    m.earlier = not _this_is(trigger) and any(c.lower_ in W.EARLIER_MODIFIERS for c in trigger.children
                                              if c.dep_ == "amod")
    if kind != "vote":  # "in the 2010 election, Pate supported Crist": a stance taken in it, not said at it
        m.links = _links(trigger, governor, cues, offset)
    return m


def _audience_apart(m: _Mention, trigger: Token, offset: int) -> None:
    """"told her supporters", "told a crowd": the audience was there but decides no merge (every candidate has
    "supporters"; Trump's and Clinton's victory speeches are two)."""
    told = [(c.left_edge.idx + offset, c.right_edge.idx + len(c.right_edge) + offset)
            for c in trigger.children if c.dep_ in ("dobj", "dative")]
    audience = [p for p in m.participants if p.mention is not None
                and any(a <= p.mention.start < b for a, b in told)]
    m.present = audience
    m.participants = [p for p in m.participants if not any(p is q for q in audience)]


_CLAUSE_ENDS = frozenset({".", "!", "?", ":", ";"})


def _asked(trigger: Token) -> bool:
    """Whether the clause of the trigger ends in a question mark: a question ("any plan for a summit with
    Xi?", "Will there be talks?") or its tag ("this is his fifth call, right?"), with a verb of its own, says
    no occasion was held or is planned, so an occasion named in questions only is no event of the report (a
    briefing's reporters ask dozens; before, a summit asked about came out held that day); unless the question
    takes it as given (``_presupposed``)."""
    for tok in trigger.doc[trigger.i + 1:trigger.sent.end]:
        if tok.text in _CLAUSE_ENDS:
            return tok.text == "?" and _has_finite_verb(trigger.doc[trigger.sent.start:tok.i])
    return False


def _presupposed(trigger: Token) -> bool:
    """"did they come up in the Saudi meetings?", "what is behind his remarks?": a question takes an occasion
    named with "the" or a possessive as held or set; an "a"/"any" noun or a verb it asks about is not."""
    return trigger.pos_ != "VERB" and any(c.dep_ in ("det", "poss") and c.lower_ not in W.ASKED_DETERMINERS
                                          for c in trigger.lefts)


def _has_finite_verb(tokens: DocSpan) -> bool:
    """A question has a verb of its own ("is there", "will they"); a fragment with none ("Losing a Senate race
    by ten points?") is an opinion writer's rhetorical pointer to what did happen."""
    return any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in tokens)


def _plan_denied(trigger: Token) -> bool:
    """"has no plans to meet with him", "does not intend to visit Rome", "no plans for a summit": an occasion whose
    plan is denied is no event ("did not meet" is dropped with its verb; "ruled out a summit" is cancelled)."""
    if trigger.pos_ == "VERB":
        for verb in _verb_chain(trigger):
            if verb is not trigger and _negated(verb) and _plan_verb(verb):
                return True  # "does not plan to visit"
        noun = trigger.head if trigger.dep_ == "acl" else None  # "no plans to meet"
    else:
        noun = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" else None
    return noun is not None and noun.lemma_.lower() in W.PLAN_NOUNS and any(
        c.dep_ == "det" and c.lower_ in en.NO_DETERMINERS for c in noun.children)


def _web_address(trigger: Token) -> bool:
    """"can visit WhiteHouse.gov/intern to apply", "go to www.example.org": a verb whose object is a web
    address goes to a page, not to a place or a party (it came out a planned visit)."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"] + [
        p for c in trigger.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return trigger.pos_ == "VERB" and any(o.like_url for o in objects)


def _on_condition(trigger: Token) -> bool:
    """A verb trigger in an "if"/"unless" clause ("if the company refused to negotiate"): what would follow on a
    condition is no occasion anybody holds. A noun ("if Sanders wins the Iowa caucus") names one held anyway;
    but not a noun in what the condition "would" bring ("If the House votes to impeach him, he would then face
    trial in the Senate"): that consequence is supposed too."""
    if trigger.pos_ != "VERB":  # the object of what would follow, not a circumstance ("would jump into the race in
        # the general election only if ...": the election is held either way)
        return trigger.dep_ == "dobj" and _would_follow(trigger.head)
    return any(c.dep_ == "mark" and c.lower_ in W.CONDITION_MARKS for v in _verb_chain(trigger) for c in v.children)


def _would_follow(verb: Token | None) -> bool:
    """The main verb of a conditional sentence: a modal of supposition ("would", "could") and its own "if" clause."""
    if verb is None or not any(c.dep_ == "aux" and c.lower_ in W.SUPPOSING_MODALS for c in verb.children):
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in W.CONDITION_MARKS for m in c.children)
               for c in verb.children)


def _governor(trigger: Token) -> Token | None:
    """The verb a noun trigger depends on ("during a sit-down" -> "discussing"); a verb trigger is its own."""
    if trigger.pos_ == "VERB":
        return trigger
    tok = trigger
    for _ in range(6):
        if tok.dep_ not in W.CLIMB_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _extent(trigger: Token) -> tuple[int, int]:
    """The mention as a short phrase: the noun with its modifiers and its "with ..." party, or the verb with its
    particle, object and party ("met with Putin")."""
    tokens = [trigger]
    for c in trigger.children:
        modifier = c.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod") and c.i < trigger.i
        if modifier or c.dep_ == "prt" or (c.dep_ == "dobj" and trigger.pos_ == "VERB"):
            tokens.extend(c.subtree)
        elif c.dep_ == "prep" and ((c.lower_ in W.PARTY_PREPS and trigger.lemma_.lower() not in W.NO_PARTY_VERBS) or (
                c.lower_ == "to" and trigger.lemma_.lower() in W.TRAVEL_VERBS)):  # "travelled to Kyiv"
            tokens.extend(t for t in c.subtree if not _in_clause(t, c))
    if trigger.lower_ == "down" and trigger.i >= 2:
        tokens.append(trigger.doc[trigger.i - 2])
    name = _split_name(trigger) if trigger.pos_ != "VERB" else None
    if name is not None:  # "his final State of the Union address", not "the Union address"
        tokens.extend(t for c in name.lefts for t in c.subtree)
        tokens.append(name)
    first = min(t.i for t in tokens)
    last = max(t.i for t in tokens)
    doc = trigger.doc
    while last > first and (doc[last].is_punct or doc[last].is_space):  # "visit Saudi Arabia?\n\n": no "?␊␊"
        last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last])


def _in_clause(tok: Token, top: Token) -> bool:
    """Whether ``tok`` sits in a relative or participial clause below ``top`` (left out of a mention)."""
    while tok.i != top.i:
        if tok.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
        tok = tok.head
    return False


# -- status --------------------------------------------------------------------------
def _status(trigger: Token, governor: Token | None) -> tuple[EventStatus, bool]:
    """The status the words give, and whether they say it (False: "happened" only for want of a sign)."""
    status, firm = _worded_status(trigger, governor)
    held = next((c for c in _own_relatives(trigger) if _holding(c) and not _negated(c)), None)
    if held is not None and held.tag_ == "VBD":
        return "happened", True  # "the General Assembly which took place this week": its own clause's tense
    if any(_holds_to_come(c) for c in _own_relatives(trigger)):
        return "planned", True  # "the Republican National Convention, which will be held in Cleveland in July"
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and governor is not None \
            and governor.lemma_.lower() in W.TRAVEL_VERBS:
        return status, False  # "who'd travelled to the White House for talks": the trip's tense, not the talks'
    if _candidacy_for(trigger) and status == "happened":
        return status, False  # "became the nominee for the 2020 presidential election": the naming's tense
    return status, firm


def _candidacy_for(trigger: Token) -> bool:
    """"the presumptive nominee for the 2020 election", "his bid for the nomination in the 2020 election", "a
    candidate in the 2020 presidential election": a contest a candidacy is for; the tense of the clause is the
    candidacy's (named, ended), not whether the contest has been held, which its date settles."""
    if trigger.dep_ != "pobj" or trigger.head.dep_ != "prep" or trigger.head.lower_ not in ("for", "in"):
        return False  # not "During an interview ..., HuffPost asked the contender"
    owner = trigger.head.head
    if owner.pos_ == "VERB" and trigger.head.lower_ == "for":
        # "to select their nominees for the 2020 election", the "for" hung on the verb
        owner = next((c for c in owner.children if c.dep_ == "dobj"), owner)
    return owner.pos_ in ("NOUN", "PROPN") and owner.lemma_.lower() in W.CANDIDACY_NOUNS


def _holds_to_come(verb: Token) -> bool:
    """"which will be held in Cleveland", "that is scheduled to take place", "which will open on Monday": a relative
    clause on the occasion that holds it in the future (or puts it on the calendar) says it is to come, whatever the
    tense of the clause the noun stands in ("speaking of the convention, which will be held in July")."""
    if _negated(verb):
        return False
    holds = _holding(verb) or verb.lemma_.lower() in W.HOLD_VERBS
    return (holds and _future(verb)) or _on_calendar(verb)


def _worded_status(trigger: Token, governor: Token | None) -> tuple[EventStatus, bool]:
    mods = {c.lower_ for c in trigger.children if c.dep_ in ("amod", "compound", "advmod")}
    if mods & W.CANCELLED_MODIFIERS or _cancelled_after(trigger):
        return "cancelled", True
    if mods & W.CURRENT_MODIFIERS and (governor is None or governor.tag_ != "VBD"):
        return "ongoing", True  # "the basis for the current talks in Geneva": in progress at publication
    for verb in _verb_chain(governor):
        if _cancels(verb):
            return ("planned" if _moved_to_a_time(verb) else "cancelled"), True
    if governor is not None and _never_held(trigger, governor):
        return "cancelled", True
    if (mods & W.PLANNED_MODIFIERS and not _next_in_past(trigger, governor, mods)
            and not _held_as_planned(trigger, governor)) or _scheduled(trigger, governor) \
            or _planned_by_noun(trigger) or _ahead_of(trigger):
        return "planned", True
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lemma_.lower() in W.RESULT_NOUNS \
            and not any(_future(v) for v in _verb_chain(_governor(trigger.head.head))):
        # "to protest the results of the 2020 US Presidential Election": it has results; not "delegates will be
        # bound to the results of the state's May 3 primary", still to come
        return "happened", True
    if governor is not None and trigger.dep_ == "dobj" and trigger.head.i == governor.i \
            and governor.lemma_.lower() in W.PLANNING_VERBS and not _negated(governor):
        return "planned", False  # "Biden scheduled a town hall", "proposed a summit": set up, yet to be held
    if not _takes_part(trigger, governor) or _talked_of(trigger, governor):
        return "happened", False  # "sought to brush aside her Michigan loss": the plan is the brushing aside
    for verb in _verb_chain(governor):
        if _future(verb) or _conditional(verb):
            return "planned", True
        if verb.dep_ == "conj" and not _shares_plan(verb):
            break  # "urged the embassy to reconsider and spoke with Pompeo": the urging is not his plan
        if verb.dep_ == "conj" and _plans(verb.head):
            return "planned", True  # "is scheduled to tour the port and then hold talks" (parsed under "scheduled")
    if any(c.dep_ == "amod" and c.lower_ in W.BEFORE_MODIFIERS for c in trigger.children):
        return "happened", True  # "comes six months after his last visit": an earlier one, over
    if governor is not None and _on_calendar(governor):
        return "planned", True
    seen_from = _seen_from_present(trigger, governor)
    if seen_from is not None:
        return seen_from, True
    if governor is not None and governor.tag_ in ("VBZ", "VBP") and _in_headline(governor) \
            and not any(c.dep_ == "aux" for c in governor.children):
        return "happened", False  # "US Federal judge rules American Samoans are citizens": a headline's present
    if governor is not None and (_progressive(governor) or _has_begun(trigger, governor)):
        return "ongoing", True
    if trigger.dep_ == "nsubj" and _said_ongoing(trigger.head):
        return "ongoing", True  # "A closed-door trial is underway"
    if governor is not None and _possible(governor):
        return "planned", False  # "the Clinton camp can bank on a South Carolina victory": still to come
    past = governor is not None and (governor.tag_ == "VBD" or (governor.tag_ == "VBN" and any(
        c.lower_ in ("has", "have", "had", "'s", "’s", "was", "were", *W.HAD_CONTRACTIONS) for c in governor.children
        if c.dep_ in ("aux", "auxpass"))))  # "met", "has met", "was held"
    return "happened", past


def _next_in_past(trigger: Token, governor: Token | None, mods: set[str]) -> bool:
    """"At the next elections in 2008, the MDC won a majority": "next" and "following" in a clause told in the past
    count from the story's past, not from publication; the occasion is not to come."""
    return mods & W.PLANNED_MODIFIERS <= W.RELATIVE_NEXT and governor is not None and governor.tag_ == "VBD"


def _held_as_planned(trigger: Token, governor: Token | None) -> bool:
    """"held a previously scheduled meeting", "attended the long-planned summit": a plan word on the occasion says
    how it was set up, and the past tense of the verb that holds it says it took place."""
    return governor is not None and governor.tag_ == "VBD" and trigger.dep_ == "dobj" and trigger.head.i == governor.i \
        and governor.lemma_.lower() in W.HOLD_VERBS and not _negated(governor)


def _never_held(trigger: Token, governor: Token) -> bool:
    """"the talks never got started", "talks failed to start", "the meeting did not take place": the occasion,
    as subject, was not held (ANNOTATION.md §3.3: cancelled)."""
    if trigger.dep_ not in ("nsubj", "nsubjpass") or trigger.head.i != governor.i:
        return False
    if governor.lemma_.lower() == "fail":
        return any(c.dep_ == "xcomp" and _holding(c) for c in governor.children)
    return _not_held(governor) and (_holding(governor) or trigger.dep_ == "nsubjpass")


def _not_held(verb: Token) -> bool:
    """"did not take place", "was never held", "was never given": a verb of holding negated (in the passive,
    any verb that holds an occasion: "hold", "give", "deliver", "stage")."""
    if not _negated(verb):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return _holding(verb) or (passive and verb.lemma_.lower() in W.HOLD_VERBS)


def _holding(verb: Token) -> bool:
    """"start", "happen", "take place", "broke out": a verb that says an occasion was held."""
    if verb.lemma_.lower() == "break" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return True  # "a protest broke out" (ANNOTATION.md §3.5)
    return verb.lemma_.lower() in W.HELD_VERBS or (
        verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children))


def _planned_by_noun(trigger: Token) -> bool:
    """"informed about plans for the initial summit", "preparations for the talks": what a plan is for is to come,
    whatever the tense of the verb around the plan."""
    prep = trigger.head
    return trigger.dep_ == "pobj" and prep.lower_ in ("for", "of") and prep.head.pos_ == "NOUN" \
        and prep.head.lemma_.lower() in W.PLAN_NOUNS


def _ahead_of(trigger: Token) -> bool:
    """"flew to Maine ... ahead of the state's contest on Saturday", "in advance of the summit", "in the lead up to
    Tuesday's primary": the time before an occasion looks forward to it, whatever the tense of the clause it is
    told in; so its weekday is the next one (one already past by its date is settled as over, ``_settle_status``)."""
    prep = trigger.head
    if trigger.dep_ != "pobj":
        return False
    if prep.lower_ == "to":
        return _lead_up(prep.head)  # "in the lead up to Tuesday's primary", "in the run-up to the vote"
    if prep.lower_ == "for" and prep.head.lemma_.lower() == "prepare" and prep.head.tag_ in ("VB", "VBP", "VBZ", "VBG"):
        return True  # "as we prepare for the NATO summit in Chicago": readying for it, so it is to come
    return prep.lower_ == "of" and prep.head.lower_ in W.PROSPECTIVE_WORDS


def _lead_up(up: Token) -> bool:
    """"lead up", "run-up", "build-up": "up" after one of these words (a hyphen between), however it is parsed."""
    if up.lower_ != "up" or up.i == 0:
        return False
    before = up.doc[up.i - 1]
    if before.tag_ == "HYPH" and before.i > 0:
        before = up.doc[before.i - 1]
    return before.lower_ in W.LEAD_UP_WORDS


def _seen_from_present(trigger: Token, governor: Token | None) -> EventStatus | None:
    """"Ross leads in the polls before the Ohio primary": a present-tense state before an occasion says it is to
    come, one after it ("trails after the debate") that it is over; the present verb is not the occasion's own
    (it read as under way)."""
    if governor is None or governor.tag_ not in ("VBZ", "VBP") or trigger.dep_ != "pobj" \
            or any(c.dep_ == "aux" for c in governor.children):
        return None  # "has led since the primary", "will lead after": their own tense decides
    prep = trigger.head.lower_
    return "planned" if prep in W.BEFORE_PREPS else "happened" if prep in W.AFTER_PREPS else None


def _shares_plan(verb: Token) -> bool:
    """"will hold talks with Lie and meet other officials", "is scheduled to tour the port and then hold talks":
    a bare verb joined to another, with no subject or auxiliary of its own, is under the first one's "will" or
    plan (not "urged them to wait and spoke with him": a tensed verb is its own)."""
    return verb.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _plans(verb: Token) -> bool:
    """"is scheduled to tour", "plans to visit": a plan verb with the planned verb as its complement."""
    words = {verb.lemma_.lower(), verb.lower_}
    return (bool(words & W.SCHEDULE_WORDS) or _plan_verb(verb)) and any(c.dep_ == "xcomp" for c in verb.children)


def _moved_to_a_time(verb: Token) -> bool:
    """"postponed the talks until Friday", "put off to next week", "delayed by one day": moved, not called off
    (ANNOTATION.md §3.3: cancelled is postponed without a new date)."""
    return verb.lemma_.lower() in W.MOVE_VERBS and any(
        c.dep_ == "prep" and c.lower_ in W.MOVE_PREPS and any(t.ent_type_ in W.DATE_LABELS for t in c.subtree)
        for c in verb.children)


def _scheduled(trigger: Token, governor: Token | None) -> bool:
    """"New talks were scheduled for Tuesday", "the talks are slated to begin", "the vote is due on Friday": the
    occasion is the subject of its scheduling (a plan for a day already past is settled by its date)."""
    if governor is None or trigger.dep_ not in ("nsubj", "nsubjpass") or trigger.head.i != governor.i:
        return False
    words = {governor.lemma_.lower(), governor.lower_} | {c.lower_ for c in governor.children if c.dep_ == "acomp"}
    return bool(words & W.SCHEDULE_WORDS) or _prepared_for(governor)


def _prepared_for(verb: Token) -> bool:
    """"The meeting was being prepared for Tuesday", "talks are planned for next week": an occasion readied for a
    time, or still being readied, is yet to come (without "for" a time, "the meeting was well prepared" says
    nothing of when)."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in W.PREPARED_FOR:
        return False
    if any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children):
        return True  # "the meeting was being prepared": still being readied, so not yet held
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(t.ent_type_ in W.DATE_LABELS for t in c.subtree)
               for c in verb.children)


def _cancelled_after(trigger: Token) -> bool:
    """"his planned trip to Warsaw, which was cancelled", "the speech, which was never given": a relative clause
    that calls the occasion off or says it was not held, on the noun or on the last word of its own phrase (the
    parser hangs it on "Warsaw"; a city is not cancelled)."""
    return any(c.lemma_.lower() in W.CANCEL_VERBS or _not_held(c) for c in _own_relatives(trigger))


def _own_relatives(trigger: Token) -> list[Token]:
    """The relative clauses on an occasion noun, also where the parser hangs them on the last name of its own
    phrase ("the debate between Trump and Biden, which was slated for October 15": on "Biden")."""
    if trigger.pos_ == "VERB":
        return []
    holders = [trigger] + [x for c in trigger.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
                           for x in _with_conjuncts(p)]
    if trigger.dep_ == "appos" and trigger.pos_ == "PROPN":
        holders.append(trigger.head)  # "the United Nations (UN) General Assembly which took place": on "Nations"
    return [c for h in holders for c in h.children if c.dep_ == "relcl"]


def _own_participles(trigger: Token) -> list[Token]:
    """"a phone call made by Trump", "a meeting held in Doha": a participle clause on the occasion noun."""
    if trigger.pos_ == "VERB":
        return []
    return [c for c in trigger.children if c.dep_ == "acl" and c.tag_ == "VBN"]


def _takes_part(trigger: Token, governor: Token | None) -> bool:
    """Whether the verb governing a noun trigger is the occasion's own: holding, attending, travelling to,
    proposing or calling it off ("will hold talks", "called for a summit"), or the noun is no object of a verb
    ("at a rally"); not a verb that only speaks of it ("sought to brush aside her loss", "pointing to a victory")."""
    if trigger.pos_ == "VERB" or governor is None or trigger.dep_ not in ("dobj", "pobj"):
        return True
    if trigger.dep_ == "pobj" and trigger.head.lower_ in W.OCCASION_PREPS | {"for"}:
        return True  # "at a rally", "for talks", "after the summit"; not "the cost of her loss", "pointing to"
    return _plan_verb(governor) or governor.lemma_.lower() in W.HOLD_VERBS | W.TRAVEL_VERBS | W.CANCEL_VERBS \
        | W.WATCH_VERBS | W.CONTAIN_VERBS  # "the visit will include a meeting": the visit's tense


def _verb_chain(verb: Token | None) -> Iterator[Token]:
    """The verb and those it is the complement of ("waiting to meet": meet, waiting), up to a clause's top."""
    steps = 0
    while verb is not None and steps < 4:
        yield verb
        if _infinitive_of_object(verb):
            verb = verb.head.head  # "were going to discuss ways to advance the deal in their meeting": discuss
        elif verb.dep_ not in ("xcomp", "conj", "pcomp", "prep", "pobj") or verb.head.i == verb.i:
            return
        else:
            verb = verb.head
        steps += 1


def _infinitive_of_object(verb: Token) -> bool:
    """"ways to advance the deal", "a plan to hold talks": a "to" clause on a verb's object or subject is under
    that verb's tense or plan ("were going to discuss ways to ...", "the plan to hold talks was dropped")."""
    return verb.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and verb.head.dep_ in ("dobj", "nsubj", "nsubjpass") and verb.head.head.pos_ in ("VERB", "AUX")


def _possible(verb: Token) -> bool:
    """"can bank on", "may meet": a modal with the bare verb speaks of what may yet come (not "could have")."""
    aux = [c for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VB" and any(c.lower_ in W.POSSIBLE_AUX for c in aux) and not any(
        c.lower_ == "have" for c in aux)


def _conditional(verb: Token) -> bool:
    """"If Sanders comes out on top in Iowa": a present-tense condition speaks of what is to come."""
    return verb.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                               for c in verb.children)


def _future(verb: Token) -> bool:
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ in ("VBN", "VBD"):
        aux -= W.HAD_CONTRACTIONS  # "who'd travelled": "had", not "would" (which takes the bare verb)
    if aux & W.FUTURE_AUX:
        return True
    # "is going to meet", "is set to travel", "is due to"
    head = verb.head
    if _to_be_done(verb):
        return True
    return verb.dep_ == "xcomp" and (_plan_verb(head) or head.lemma_.lower() in ("go", "due")) \
        and (head.tag_ == "VBG" or head.lemma_.lower() != "go")


def _to_be_done(verb: Token) -> bool:
    """"Lavrov is to meet with the head of NATO": a person who "is to" do something has it arranged, a plan;
    not "the aim is to meet" (a purpose), nor "was to meet" (told from the past)."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() == "be" and head.tag_ in ("VBZ", "VBP") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and any(c.dep_ == "nsubj" and _is_party(c) for c in head.children)


def _plan_verb(verb: Token) -> bool:
    """"plans to", "hopes to", "is expected to": a verb of planning, also where the lemmatizer misreads its form
    ("hopes" as "hop")."""
    return verb.lemma_.lower() in W.PLAN_VERBS or verb.lower_ in W.PLAN_VERB_FORMS


def _has_begun(trigger: Token, verb: Token) -> bool:
    """"have begun talks", "has opened the summit": started and not said to be over, so under way."""
    return trigger.dep_ == "dobj" and trigger.head.i == verb.i and verb.lemma_.lower() in W.START_VERBS \
        and verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "’ve")
                                       for c in verb.children)


def _on_calendar(verb: Token) -> bool:
    """"The final debate is scheduled for October 22", "the debate is to be moderated by ...": an occasion put
    on the calendar (a present passive of a scheduling verb) or "is to" (a plan). Only the present: what "was to
    be held" may since have been called off or held, which the rest of the text says."""
    present = {"is", "are", "'s", "’s"}
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBN" and verb.lemma_.lower() in W.SCHEDULE_PARTICIPLES and aux & present:
        return True
    return verb.lower_ in present and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def _progressive(verb: Token) -> bool:
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if verb.tag_ == "VBG" and aux & {"is", "are", "'s", "’s", "'re", "’re", "am"}:
        return True
    return verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() not in ("be", "have", "say")


# -- participants, place, time ------------------------------------------------------------
def _participants(trigger: Token, governor: Token | None, offset: int,
                  resolver: ArticleResolver) -> list[Participant]:
    out: list[Participant] = []
    vote = trigger.pos_ != "VERB" and _noun_type(trigger) == "vote"
    stayed_away = _stayed_away(trigger, governor)
    for tok in _party_tokens(trigger, governor):
        if stayed_away is not None and _descends(tok, stayed_away):
            continue  # "Ross did not attend the summit": the summit is held, without her
        if vote and tok.dep_ == "compound":
            continue  # "the 2010 Senate election": the office, not who ran
        if vote:
            tok = _elected_one(tok, trigger, governor)
        p = _participant(tok, offset, resolver)
        if p is not None and p.actor is not None and p.actor.members:
            # "Biden will meet Zelenskyy in Paris. They will meet again": the resolver's group of the persons
            # named together takes part as those persons, each with the group's mention
            p_mention = p.mention
            out.extend(q for q in (Participant(a.name, p_mention, a) for a in resolver.members(p.actor))
                       if not any(_same(q, r) for r in out))
            continue
        if p is None or any(_same(p, q) for q in out):
            continue
        if vote and p.actor is not None and p.actor.type in ("group", "unnamed", "country") and not _holder(tok):
            continue  # "voters", "African-Americans": who votes in general, not a party the text names
        if vote and p.actor is None and tok.ent_type_ in W.PLACE_LABELS and trigger in tok.ancestors:
            continue  # "South Carolina's primary", "primary elections in the states of Arizona": where, not who
        if vote and tok.dep_ in ("nsubj", "poss") and _state_holding(trigger) is not None:
            continue  # "South Carolina held its primary": where it was held (``_state_holding``), "its" the state's
        out.append(p)
    return out


def _stayed_away(trigger: Token, governor: Token | None) -> Token | None:
    """The subject of "did not attend" / "did not join" / "skipped" with the occasion as object: who was not
    there."""
    if governor is None or trigger.dep_ != "dobj" or trigger.head.i != governor.i:
        return None
    lemma = governor.lemma_.lower()
    if not (lemma in W.ABSENT_VERBS or (_negated(governor) and lemma in W.ATTEND_VERBS)):
        return None
    return next((c for c in governor.children if c.dep_ == "nsubj"), None)


def _elected_one(tok: Token, trigger: Token, governor: Token | None) -> Token:
    """"Li congratulated Starmer on his election", "Xi congratulated Pezeshkian after his election": the election
    someone is praised, thanked or attacked over is theirs, so "his" is the person acted on, not the subject."""
    if tok.dep_ != "poss" or tok.pos_ != "PRON" or governor is None or not _about(trigger, governor):
        return tok
    acted_on = [c for c in governor.children if c.dep_ == "dobj" and c.i < trigger.i]  # the object before the phrase
    last = acted_on[-1] if acted_on else None
    return last if last is not None and _is_party(last) and last.pos_ != "PRON" \
        and last.ent_type_ not in W.PLACE_LABELS else tok


def _about(trigger: Token, governor: Token) -> bool:
    """"congratulated Starmer on his election", "called Putin after the summit": an occasion in a phrase of a verb
    done to a person (not "make Mexico great ... after his visit"), which the verb is about, not part of
    (its time is the verb's own)."""
    first = first_conjunct(trigger)  # "spoke about Afghanistan and his talks with Cameron": the talks are a topic too
    prep = first.head
    if not (first.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in W.TOPIC_PREPS
            and prep.head.i == governor.i and governor.i != trigger.i):
        return False
    if governor.lemma_.lower() in W.TOPIC_SPEECH_VERBS and prep.lower_ in ("about", "on"):
        return True  # "Obama spoke about his talks with Cameron on Tuesday": the speaking's Tuesday
    return first is trigger and any(c.dep_ == "dobj" and _a_person(c) for c in governor.children)


def _talked_of(trigger: Token, governor: Token | None) -> bool:
    """"Obama spoke about Afghanistan and his talks with Cameron": the topic of a verb of speaking, whose tense is
    the speaking's, says nothing of whether the occasion is over."""
    return governor is not None and governor.lemma_.lower() in W.TOPIC_SPEECH_VERBS and _about(trigger, governor)


def _a_person(tok: Token) -> bool:
    """A person by name, by a name in apposition ("President Masoud Pezeshkian") or by a word for people."""
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in _people_nouns() or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children)


def _holder(tok: Token) -> bool:
    """"the United Kingdom held a referendum": the subject of a verb that holds the occasion."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in W.HOLD_VERBS


def _named_pairs(found: list[Participant], trigger: Token, offset: int,
                 resolver: ArticleResolver) -> list[Participant]:
    """"Both men attended the summit. Biden said ...": a counted group of people the speaker resolver could not
    read (it reads back: "Trump and Putin spoke for an hour. The two leaders met ..." is its answer, a group
    with members) takes part as the people it counts, the persons named nearest after it, in its sentence and
    the next."""
    out: list[Participant] = []
    for p in found:
        count = _people_counted(p, trigger.doc, offset)
        named = _nearest_persons(trigger, offset, resolver, count, found, p) if count else []
        out.extend(named if named and len(named) == count else [p])
    return out


def _people_counted(p: Participant, doc: Doc, offset: int) -> int:
    """How many people "the two leaders", "both men", "the three presidents" count; 0 for anything else."""
    if p.mention is None or (p.actor is not None and p.actor.type == "person"):
        return 0
    span = doc.char_span(p.mention.start - offset, p.mention.end - offset, alignment_mode="expand")
    root = span.root if span is not None else None
    if root is None or root.tag_ != "NNS" or root.lemma_.lower() not in _people_nouns() | W.COUNTED_PEOPLE:
        return 0
    words = {c.lower_ for c in root.children if c.dep_ in ("nummod", "det", "predet", "quantmod")}
    return max((en.COUNT_WORDS.get(w, 0) for w in words), default=0)


def _nearest_persons(trigger: Token, offset: int, resolver: ArticleResolver, count: int,
                     found: list[Participant], group: Participant) -> list[Participant]:
    """The ``count`` distinct persons named nearest after the group's mention in the trigger's sentence and the
    next."""
    sent = trigger.sent
    doc = trigger.doc
    after = (group.mention.end if group.mention is not None else trigger.idx + offset) - offset
    last = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    names = sorted((e for e in entities(doc) if e.label_ in ("PERSON", "ORG") and e.start_char >= after
                    and sent.start <= e.start and e.end <= last), key=lambda e: abs(e.start - trigger.i))
    out: list[Participant] = []
    for ent in names:
        start, end = ent.start_char + offset, ent.end_char + offset
        actor = resolver.mention_actor(ent, start, end)
        if actor is None or actor.type != "person":
            continue  # the recogniser calls some people organisations ("Olaf Scholz"): the resolver decides
        p = Participant(actor.name, Span(start, end, resolver.text[start:end]), actor)
        if not any(_same(p, q) for q in out + found):
            out.append(p)
        if len(out) == count:
            break
    return out


def _debaters(trigger: Token, offset: int, resolver: ArticleResolver) -> Iterator[Participant]:
    """The people a sentence about a debate has act ("The debate started with a bang when Donald Trump and Marco
    Rubio were pressed", "Ted Cruz ... in the earlier debate did the best"): the candidates are rarely the
    debate's own arguments. The next sentence too, in the same paragraph and naming no other occasion:
    "Wednesday's debate settled little. Both Clinton and Sanders were effective"."""
    for tok in _debate_sentences(trigger):
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.i == trigger.i:
            continue
        for party in _with_conjuncts(tok):
            p = _participant(party, offset, resolver)
            if p is not None and p.actor is not None and p.actor.type == "person":
                yield p


def _moderators(trigger: Token, governor: Token | None, offset: int,
                resolver: ArticleResolver) -> Iterator[Participant]:
    """"The Fox News debate ... started with a bang ... Moderator Bret Baier started the exchange": a person the
    debate's sentence or the next (a new paragraph too) titles its moderator took part; so did who "moderated"
    it ("The debate is to be moderated by Kristen Welker", "Welker moderated the debate")."""
    for verb in ([governor, *(c for c in governor.children if c.dep_ == "xcomp")] if governor is not None else []):
        if verb.lemma_.lower() not in W.MODERATE_VERBS:
            continue
        doers = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        doers += [c for c in verb.children if c.dep_ == "nsubj" and trigger.dep_ == "dobj"]
        for tok in doers:
            p = _participant(tok, offset, resolver)
            if p is not None:
                yield p
    doc = trigger.doc
    last = doc[trigger.sent.end].sent.end if trigger.sent.end < len(doc) else trigger.sent.end
    for ent in entities_in(doc[trigger.sent.start:last]):
        title = doc[ent.start - 1] if ent.start > 0 else None
        if ent.label_ == "PERSON" and title is not None and title.lower_ in W.MODERATOR_TITLES:
            p = _participant(ent.root, offset, resolver)
            if p is not None:
                yield p


def _vote_getters(trigger: Token, offset: int, resolver: ArticleResolver) -> Iterator[Participant]:
    """"... voted for Pelosi to serve as Speaker with 220 votes. Republican Kevin McCarthy ... received 192": a
    person who got a number of votes in the vote's sentence or the next ran in it; so did one who "was leading
    with 34 percent" or "came in second with 16 percent" (a share of the vote after the verb)."""
    doc = trigger.doc
    last = doc[trigger.sent.end].sent.end if trigger.sent.end < len(doc) else trigger.sent.end
    while last < len(doc) and any(_a_result(t) for t in doc[last].sent):
        last = doc[last].sent.end  # "Hale was leading with 34 percent of the vote. Ross was in second with 16
        # percent.": the results told sentence after sentence are the contest's
    for tok in doc[trigger.sent.start:last]:
        if not _a_result(tok):
            continue
        ran = [c for c in tok.children if c.dep_ == "nsubj" and c.ent_type_ not in W.PLACE_LABELS]
        ran += _standing_others(tok)
        for subject in ran:
            p = _participant(subject, offset, resolver)  # not "Florida won ...": a state's result
            if p is not None and p.actor is not None and p.actor.type == "person":
                yield p


def _a_result(tok: Token) -> bool:
    """"Kevin McCarthy received 192", "was leading with 34 percent", "came in second": a verb that tells who got
    what in a vote."""
    got = tok.pos_ == "VERB" and tok.lemma_.lower() in W.GOT_VOTES_VERBS and any(
        c.dep_ == "dobj" and (c.like_num or c.lemma_.lower() in W.VOTE_COUNT_NOUNS) for c in tok.children)
    return got or _with_a_share(tok) or _placed(tok)


def _placed(verb: Token) -> bool:
    """"Sanders came in second", "Kasich was in second with 16 percent", "Rubio finished fifth": a verb of finishing
    with a place in the result (an ordinal as its modifier or object, or in its "in" phrase; not "first came to
    Iowa in 2008", where the ordinal stands before the verb)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in W.PLACED_VERBS:
        return False
    places = [c for c in verb.children if c.dep_ in ("advmod", "dobj", "oprd", "attr", "npadvmod") and c.i > verb.i]
    places += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > verb.i
               for p in c.children if p.dep_ == "pobj"]
    return any(t.ent_type_ == "ORDINAL" and t.lower_ not in ("once", "firstly") for t in places)


def _standing_others(verb: Token) -> list[Token]:
    """"Kasich was in second with 16 percent, with Cruz, Jeb Bush and Marco Rubio behind him": the people a place
    in the result is told against ("with ... behind him"), with their conjuncts."""
    if not any(c.dep_ == "prep" and c.lower_ in W.STANDING_PREPS for c in verb.children):
        return []
    return [x for c in verb.children if c.dep_ == "prep" and c.lower_ in W.SHARE_PREPS
            for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "PERSON" for x in _with_conjuncts(p)]


def _with_a_share(verb: Token) -> bool:
    """"Trump was leading with 34 percent", "Ross came in second with 16 percent of the vote": a verb with a share
    of the vote after it, in a "with" phrase (not "With 76 percent of the vote counted, ..." before the verb)."""
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "prep" and c.lower_ in W.SHARE_PREPS and c.i > verb.i
        and any(p.dep_ == "pobj" and (p.ent_type_ == "PERCENT" or p.lemma_.lower() in W.VOTE_COUNT_NOUNS)
                for p in c.children)
        for c in verb.children)


def _debate_sentences(trigger: Token) -> list[Token]:
    sent = trigger.sent
    tokens = list(sent)
    doc = trigger.doc
    if sent.end < len(doc):
        after = doc[sent.end].sent
        between = doc[sent.end - 1:after.start + 1].text
        if "\n" not in between and not any(_noun_or_verb_type(t) for t in after if t.pos_ in ("NOUN", "VERB")):
            tokens += list(after)
    return tokens


def _party_tokens(trigger: Token, governor: Token | None) -> Iterator[Token]:
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in W.PASS_VERBS:
        yield from _bodies(trigger)  # the measure voted on ("the Iran deal") is no party
        return
    heads: list[Token] = []
    to_party = trigger.pos_ == "VERB" and trigger.lemma_ in ("speak", "talk", "lose")  # "lost badly to Cruz"
    preps = W.PARTY_PREPS | ({"to"} if to_party else set())
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in W.NO_PARTY_VERBS:
        preps = frozenset()  # "With her husband by her side, Clinton told her supporters"
    if trigger.pos_ != "VERB" and _noun_type(trigger) in W.CONTESTS:
        preps = preps | W.AGAINST  # "the first presidential debate against Democratic rival Joe Biden"
    if trigger.pos_ != "VERB" and trigger.lemma_.lower() in W.WIN_WORDS:
        preps = preps | W.STANDING_PREPS  # "his second-place finish in Iowa behind Ted Cruz": both ran
    won = _won_contest(trigger)
    if won is not None:  # "Mugabe won a presidential election over Morgan Tsvangirai": both ran in it
        preps = preps | W.WON_OVER
        heads.extend(_subjects(won))
        heads.extend(p for c in won.children if c.dep_ == "prep" and c.lower_ in W.WON_OVER
                     for p in c.children if p.dep_ == "pobj")  # the parser may hang "over" on the verb
    children = list(trigger.children)
    name = _split_name(trigger) if trigger.pos_ != "VERB" else None
    if name is not None:  # "his State of the Union address": "his", not the name's "Union"
        children = [c for c in children if not c.i < trigger.i] + [c for c in name.lefts if c.dep_ == "poss"]
    children += [x for c in children if c.dep_ == "prep" for x in c.children if x.dep_ == "conj" and x.pos_ == "ADP"]
    for c in children:  # and a conjoined phrase: "discussions within Europe and with the US"
        if _party_dependent(c):
            heads.append(c)
        elif (c.dep_ in ("prep", "conj") and c.pos_ == "ADP" and c.lower_ in preps) or c.dep_ == "agent":
            heads.extend(p for p in c.children if p.dep_ == "pobj")
            heads.extend(_other_side(c))
        elif trigger.pos_ != "VERB" and (doer := _doer_of(c)) is not None:
            heads.append(doer)
        elif c.dep_ == "prep" and c.lower_ in ("on", "to") and trigger.lemma_.lower() in W.OUTLET_OCCASIONS:
            heads.extend(p for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "ORG")  # "an interview on CNN"
        elif c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in W.MADE_VERBS | W.HOLD_VERBS:
            # "a phone call made by President Trump ... to Zelensky": who made it and to whom
            heads.extend(p for x in c.children if x.dep_ == "agent" or (x.dep_ == "prep" and x.lower_ in preps | {"to"})
                         for p in x.children if p.dep_ == "pobj" and _is_party(p))
        elif c.dep_ == "relcl" and c.lemma_.lower() in W.HOLD_VERBS:  # "a private meeting he had with Rubio"
            heads.extend(x for x in c.children if x.dep_ == "nsubj" and x.tag_ not in ("WP", "WDT"))
            heads.extend(p for prep in c.children if prep.dep_ == "prep" and prep.lower_ in W.PARTY_PREPS
                         for p in prep.children if p.dep_ == "pobj")
    for c in trigger.children:  # "traveled to Florida to meet with Devocht"
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "meet" and trigger.lemma_.lower() in W.TRAVEL_VERBS:
            heads.extend(p for prep in c.children if prep.dep_ == "prep" and prep.lower_ in W.PARTY_PREPS
                         for p in prep.children if p.dep_ == "pobj")
            heads.extend(o for o in c.children if o.dep_ == "dobj" and _is_party(o))
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() == "vote":
        heads.extend(_voted_for(trigger))
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in W.ELECT_VERBS and _elected_participle(trigger):
        heads.append(trigger.head)  # "Cummings, first elected to Congress in 1996": the one elected
    if trigger.pos_ != "VERB" and trigger.lemma_.lower() in W.RULING_NOUNS:
        heads.extend(_ruling_court(trigger))
    if trigger.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        subject = _inherited_subject(trigger) or _stray_subject(trigger)
        if subject is not None:
            heads.append(subject)
    elif trigger.pos_ != "VERB" and governor is not None and _hosted(trigger, governor):
        heads.extend(_subjects(governor) or _passive_subjects(trigger, governor) or _scheduled_holders(governor))
    elif trigger.pos_ != "VERB" and governor is not None and _held_by(trigger, governor):
        heads.extend(p for c in governor.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj")
    elif trigger.pos_ != "VERB" and governor is not None and (planned := _planned_passive(trigger, governor)):
        heads.extend(p for c in planned.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj")
    elif trigger.lemma_.lower() in W.WIN_WORDS and governor is not None and not heads:
        heads.extend(_subjects(governor))  # "Clinton ..., pointing to a big victory in Mississippi": hers
    if trigger.pos_ != "VERB":
        heads.extend(_present_at(trigger))
        heads.extend(_doers_at(trigger))
        heads.extend(_chosen_at(trigger))
        heads.extend(_where_subjects(trigger))
        heads.extend(_speakers_at(trigger))
        heads.extend(_winners_of(trigger))
        gathering = _of_states(trigger) if trigger.lemma_.lower() in W.NOUN_TRIGGERS else None
        heads.extend([gathering] if gathering is not None else [])  # the assembly meets
        heads.extend(_of_people(trigger))  # "a summit of European leaders": they meet
        heads.extend(_host_of(trigger))  # "Anna Berg, the host of the summit,"
        heads.extend([trigger] if _gathering_attended(trigger) else [])  # and holds its own session
    for tok in heads:
        if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl" and tok.dep_ in ("nsubj", "nsubjpass"):
            tok = tok.head.head  # "Scholz, who met Macron on Monday": the one "who" stands for
        tok = _named_after(tok, governor) or tok
        names = _named_in_apposition(tok)
        if names is None:
            yield from _with_conjuncts(_group_member(tok))
        elif tok.pos_ == "PROPN":  # "Shoukry and his Greek and French counterparts, Dendias and Le Drian,": the
            # names after a name and a group joined to it are that group (the parser hangs them on the first name)
            yield from (x for x in _with_conjuncts(_group_member(tok)) if not (x.tag_ == "NNS" and not x.ent_type_))
        if names is not None:  # "the two top candidates, Jean Robinson and Hery Rajaonarimampianina,": the names
            yield from _with_conjuncts(names)  # (for a group, instead of it; the parser may hang them on a name)
            if tok.pos_ != "PROPN":
                yield from (x for c in tok.children if c.dep_ == "conj" for x in _with_conjuncts(_group_member(c)))
        yield from _names_joined_before(tok)


def _named_in_apposition(tok: Token) -> Token | None:
    """"the two top candidates, Jean Robinson and Hery Rajaonarimampianina,": a group followed by the names of
    its members joined by "and" in apposition takes part as them (the first name, its conjuncts the others)."""
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and any(x.dep_ == "conj" for x in c.children)), None)


def _named_after(tok: Token, governor: Token | None) -> Token | None:
    """"In his weekly radio address on Saturday, President Bush said": a possessive before the clause's named
    subject points forward to it, not back to the last man named (the sentence before's letter writer)."""
    if governor is None or tok.dep_ != "poss" or tok.lower_ not in ("his", "her"):
        return None
    subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i < tok.i or not (subject.ent_type_ == "PERSON" or subject.pos_ == "PROPN"):
        return None
    name = _entity(subject)
    gender = name_gender([t.text for t in name] if name is not None else [subject.text], [])
    return None if gender not in (None, pronoun_gender(tok.text)) else subject  # not "her speech" for Olaf


def _won_contest(trigger: Token) -> Token | None:
    """The verb an election is won or lost by ("Mugabe won a presidential election"), when the noun is its object."""
    if trigger.pos_ == "VERB" or trigger.dep_ != "dobj" or W.NOUN_TRIGGERS.get(trigger.lemma_.lower()) != "vote":
        return None
    verb = trigger.head  # finite: "hopes to win an election" is no particular one
    finite = verb.tag_ in en.FINITE_TAGS or (verb.tag_ == "VBN" and any(  # "he had won the election"
        c.dep_ == "aux" and c.tag_ in en.FINITE_TAGS and c.lemma_.lower() == "have" for c in verb.children))
    return verb if verb.lemma_.lower() in W.OUTCOME_VERBS and finite else None


def _names_joined_before(tok: Token) -> Iterator[Token]:
    """"US President Donald Trump and Turkish President Recep Tayyip Erdoğan spoke": the parser may hang the first
    name under the second's title (an apposition inside a compound), no conjunct; a person named before it in the
    party's own words, with "and" between, is a party too."""
    if tok.ent_type_ != "PERSON" or tok.left_edge.i == tok.i:
        return
    joins = {t.i for t in tok.doc[tok.left_edge.i:tok.i] if t.dep_ == "cc" and t.lower_ == "and"}
    for ent in entities_in(tok.doc[tok.left_edge.i:tok.i]):
        if ent.label_ == "PERSON" and any(ent.end <= j for j in joins) and _names_under(ent.root, tok):
            yield ent.root


def _names_under(tok: Token, top: Token) -> bool:
    """``tok`` hangs on ``top`` through names and titles only (no preposition: not "the wife of X and Y")."""
    while tok.i != top.i:
        # "met with McConnell and Sen. Chuck Grassley": the parser may hang the first name as a modifier (nmod)
        if tok.dep_ not in ("compound", "appos", "conj", "flat", "nmod") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _doer_of(prep: Token) -> Token | None:
    """"a visit ... by a special envoy": the party a noun occasion's "by" phrase names (not "by the river")."""
    if prep.dep_ != "prep" or prep.lower_ not in W.DOER_PREPS:
        return None
    return next((p for p in prep.children if p.dep_ == "pobj" and _is_party(p)), None)


def _where_subjects(trigger: Token) -> Iterator[Token]:
    """"a phone conversation on Feb. 15 where the two ministers discussed trade", "a meeting at which the leaders
    agreed": who acts in a clause set at the occasion was there (the parser may hang it on the occasion's date)."""
    owners = [trigger] + [p for c in trigger.children if c.dep_ == "prep" for p in c.children
                          if p.dep_ == "pobj" and p.ent_type_ in W.DATE_LABELS]
    if trigger.dep_ == "dobj":  # "made his first visit ... on Friday, where he and Biden discussed": the verb's day
        owners += [p for c in trigger.head.children if c.dep_ == "prep" for p in c.children
                   if p.dep_ == "pobj" and p.ent_type_ in W.DATE_LABELS]
    for owner in owners:
        for clause in (c for c in owner.children if c.dep_ == "relcl"):
            # "where Biden has been projected to have defeated the incumbent": the parser may hang "where" on the
            # clause's infinitive
            verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
            where = any(c.lower_ in W.WHERE_WORDS and c.dep_ == "advmod" for v in verbs for c in v.children) or any(
                c.dep_ == "prep" and c.lower_ in W.AT_PREPS and any(x.tag_ == "WDT" for x in c.children)
                for c in clause.children)
            if where:
                # not a pronoun: "an interview with CNBC, during which he touched on ..." is the interviewee, whom
                # the resolver may take for the last man named (PolNeAR train: both such pronouns were misread);
                # but a name joined to it is there ("where he and US President Joe Biden discussed")
                for x in clause.children:  # and a passive's subject: "where Biden has been projected to have won"
                    if x.dep_ in ("nsubj", "nsubjpass") and x.tag_ not in ("WP", "WDT", "PRP"):
                        yield x
                    elif x.dep_ == "nsubj" and x.tag_ == "PRP":
                        yield from (c for c in x.children if c.dep_ == "conj" and c.pos_ == "PROPN")
                if _noun_type(trigger) == "vote":  # "where Biden ... defeated the incumbent": the one beaten ran too
                    yield from (o for v in verbs if v.lemma_.lower() in W.BEAT_VERBS
                                for o in v.children if o.dep_ == "dobj" and _is_party(o))


def _victory(tok: Token) -> bool:
    """"victory", "landslide", "a monster blow-out" (split by the tokenizer: "blow", "-", "out"); and a defeat
    admitted, the loser's ("did not admit defeat in the election")."""
    if tok.lemma_.lower() in W.VICTORY_NOUNS:
        return True
    if tok.lemma_.lower() in W.DEFEAT_NOUNS:
        return tok.dep_ == "dobj" and tok.head.lemma_.lower() in W.DEFEAT_VERBS
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and (doc[tok.i - 2].lower_ + tok.lower_) in W.VICTORY_NOUNS


def _victors(trigger: Token) -> list[Token]:
    """Who won or claims the vote, a candidate in it (ANNOTATION.md §3.2, "the candidates when the vote is between
    named candidates"): "Mugabe and Tsvangirai claimed victory in the presidential vote", "the election saw a
    substantial victory for Mugabe", "the 1920 election was a blow-out for the Republicans"."""
    wins: list[Token] = []
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "in" and _victory(trigger.head.head):
        wins.append(trigger.head.head)  # "victory in the presidential vote"
    if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.lemma_.lower() in W.VICTORY_VERBS:
        wins.extend(c for c in trigger.head.children if c.i != trigger.i and c.dep_ in ("dobj", "attr", "nsubj")
                    and _victory(c))  # "the election saw a victory for ...", "was a blow-out for ..."
    found: list[Token] = []
    for win in wins:
        found.extend(c for c in win.children if c.dep_ == "poss")
        found.extend(p for c in win.children if c.dep_ == "prep" and c.lower_ == "for"
                     for p in c.children if p.dep_ == "pobj")
        top = first_conjunct(win)  # "won Ohio and a popular-vote victory in the Texas primary"
        if top.dep_ == "dobj" and top.head.lemma_.lower() in W.VICTORY_VERBS | W.DEFEAT_VERBS \
                and top.head.i != trigger.head.i:
            found.extend(_subjects(top.head))  # "Mugabe and Tsvangirai claimed victory": each claims it
    return [t for t in found if _is_party(t) and t.ent_type_ not in W.PLACE_LABELS]


def _called_for(trigger: Token) -> list[Token]:
    """"the AP called the election for Biden": the one a contest is called for won it, a candidate."""
    if trigger.dep_ != "dobj" or trigger.head.lemma_.lower() not in W.CALL_FOR_VERBS:
        return []
    return [p for c in trigger.head.children if c.dep_ == "prep" and c.lower_ == "for"
            for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "PERSON"]


def _voted_for(verb: Token) -> Iterator[Token]:
    """"voted for Pelosi", "voted for Pelosi to serve as Speaker" (where the parser makes her the subject of
    "serve"): the person voted for is a candidate in the vote; not "voted for the bill"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in W.VOTE_FOR:
            yield from (p for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "PERSON")
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in W.VOTE_FOR for m in c.children):
            yield from (s for s in c.children if s.dep_ == "nsubj" and _is_party(s) and s.pos_ == "PROPN")


def _bodies(verb: Token) -> Iterator[Token]:
    """Who voted on a measure: the subject, or the body an agent names ("rejected by majorities in Congress")."""
    voters = [c for c in verb.children if c.dep_ == "nsubj"]
    voters += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    for v in voters:
        body = v if v.lower_ in W.VOTING_BODIES or v.ent_type_ == "ORG" else next(
            (t for t in v.subtree if t.lower_ in W.VOTING_BODIES), v)
        yield from _with_conjuncts(body)


def _party_dependent(c: Token) -> bool:
    """A possessor ("his summit"), a name in a compound ("the Trump-Putin summit"), a subject or a party object."""
    if c.dep_ == "compound" and c.ent_type_ in W.NAME_LABELS:
        ent = _entity(c)
        if ent is not None and (ent.start <= c.head.i < ent.end or any(t.tag_ == "POS" for t in ent)):
            return False  # "Trump Immigration Rally" (a headline's name), "Trump’s AZ" (an owner read as one)
        return not _is_place(c)  # "the Oval Office address": a place, not a party
    if c.dep_ in ("poss", "nsubj", "nsubjpass"):
        return True
    if c.dep_ == "nmod" and any(x.tag_ == "POS" for x in c.children):
        return True  # "Trump’s AZ rally", where the parser reads the owner as a modifier
    if c.dep_ == "dobj" and c.head.lemma_.lower() in W.VISIT_VERBS and _is_place(c):
        return False  # "visited the National Law Enforcement Officers Memorial": where, not whom
    return c.dep_ == "dobj" and _is_party(c) and c.ent_type_ not in W.PLACE_LABELS


def _hosted(trigger: Token, governor: Token) -> bool:
    """Whether the governing verb's subject takes part: "Trump held talks", "told reporters at a news conference"."""
    named = trigger
    trigger = _split_name(trigger) or trigger  # "will deliver the State of the Union address": where "State" stands
    if trigger.dep_ == "appos" and trigger.head.dep_ == "pobj" and trigger.head.ent_type_ == trigger.ent_type_ != "":
        trigger = trigger.head  # "for the United Nations (UN) General Assembly": one name the parser splits
    if trigger.dep_ == "dobj" and trigger.head.i == governor.i:  # "Biden scheduled a town hall": his; not
        return governor.lemma_.lower() in W.HOLD_VERBS | W.OWN_PLANS  # "Volker worked to arrange a meeting"
    prep = trigger.head
    if trigger.dep_ == "pobj" and prep.lower_ in W.TRIP_PURPOSE_PREPS and prep.head.i == governor.i:
        # "will gather in Brussels for a summit", "travelled to Paris for talks with Macron": theirs; not a bare
        # "travelled to the White House for talks", which may be an occasion told already (it merges into it)
        verb = governor.lemma_.lower()
        return verb in W.GATHER_VERBS or (verb in W.TRAVEL_VERBS and (
            _with_party(trigger) or _noun_type(named) in ("visit", "summit")))  # "travelled to New York for the
        # UN General Assembly": a gathering of many, which whoever travels for attends
    if trigger.dep_ == "pobj" and prep.lower_ in W.ON_AIR_PREPS and prep.head.i == governor.i \
            and trigger.lemma_.lower() in W.PROGRAMME_NOUNS:
        return True  # "Brown said on the Morning Meeting program": he was on it
    if trigger.dep_ == "pobj" and prep.lower_ in W.INSTRUMENT_PREPS and prep.head.i == governor.i:
        return _noun_type(named) == "speech"  # "helped launch the movement with a March speech": the subject's
    return trigger.dep_ == "pobj" and prep.lower_ in ("at", "during", "in") and prep.head.i == governor.i


def _planned_passive(trigger: Token, governor: Token) -> Token | None:
    """"The debate is to be moderated by Kristen Welker", "the talks are to be hosted by Qatar": the passive
    under "is to" whose agent takes part (the occasion is the subject of "is")."""
    if trigger.dep_ != "nsubj" or trigger.head.i != governor.i:
        return None
    return next((c for c in governor.children if c.dep_ == "xcomp" and c.tag_ == "VBN"
                 and c.lemma_.lower() in W.HOLD_VERBS and any(a.dep_ == "auxpass" for a in c.children)), None)


def _held_by(trigger: Token, governor: Token) -> bool:
    """"The summit was attended by Macron and Scholz", "talks hosted by Qatar": the passive's agent takes part."""
    return trigger.dep_ == "nsubjpass" and trigger.head.i == governor.i and governor.lemma_.lower() in W.HOLD_VERBS


def _doers_at(trigger: Token) -> list[Token]:
    """"Her attack on Sanders in last Sunday's debate", "the Texan's sharp words at the CNBC debate": whoever
    owns a deed done at the occasion took part (and whom it was aimed at, in a debate)."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in W.AT_PREPS:
        return []
    deed = trigger.head.head
    if deed.pos_ not in ("NOUN", "PROPN") or _noun_type(deed) is not None:
        return []
    if deed.dep_ == "nsubj" and deed.ent_type_ == "PERSON":
        return [deed]  # "Biden in remarks in Normandy on Thursday drew a link": the subject spoke at them
    found = [c for c in deed.children if c.dep_ == "poss"]
    if _noun_type(trigger) == "debate":
        found += [p for c in deed.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "with")
                  for p in c.children if p.dep_ == "pobj"]
    return found


def _chosen_at(trigger: Token) -> list[Token]:
    """"at its online national convention, the party nominated a ticket of businessman Don Blankenship for president
    and ... William Mohr", "At the convention, ... Jo Jorgensen, won the presidential nomination": the persons a
    gathering nominates, and whoever wins its nomination there, take part in it (ANNOTATION.md §3.3)."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in W.PRESENT_PREPS or trigger.head.head.pos_ != "VERB":
        return []
    if _noun_type(trigger) != "summit":
        return []  # not "On a conference call with reporters, the mayor endorsed Clinton": she was not on it
    verb = trigger.head.head
    lemma = verb.lemma_.lower()
    found: list[Token] = []
    if lemma in W.NOMINATE_VERBS:
        for o in (c for c in verb.children if c.dep_ == "dobj"):
            found += [o] if o.ent_type_ == "PERSON" else [
                p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                if p.dep_ == "pobj" and p.ent_type_ == "PERSON"]  # "a ticket of X for president and Y"
    if lemma in W.WIN_NOMINATION_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in W.NOMINATION_NOUNS
                                                for c in verb.children):
        found += [c for c in verb.children if c.dep_ == "nsubj" and c.ent_type_ == "PERSON"]
    return found


def _present_at(trigger: Token) -> list[Token]:
    """"Giuliani and Sessions wore the hats at Trump's rally": whoever acts at the occasion is placed there
    (ANNOTATION.md §3.3), also where the parser hangs "at ..." on the verb's object, not on the verb
    (``_hosted`` reads the verb's own phrase: "told reporters at a news conference")."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in W.PRESENT_PREPS:
        return []
    thing = trigger.head.head
    if thing.dep_ != "dobj" or thing.head.pos_ != "VERB":  # the object may be mistagged ("hats" as a verb)
        return []
    return [c for c in thing.head.children if c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") and _is_party(c)]


def _winners_of(trigger: Token) -> list[Token]:
    """"news outlets declared him the victor in the New Hampshire GOP primary", "Sanders, the winner of the Nevada
    caucuses", "Ross was the loser of the debate": who won or lost a contest ran in it."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in W.WINNER_PREPS or _noun_type(trigger) not in W.CONTESTS:
        return []
    winner = trigger.head.head
    if winner.lemma_.lower() not in W.WINNER_NOUNS:
        return []
    own = [c for c in winner.children if c.dep_ == "nsubj"]  # the small clause of "declared him the victor"
    if own:
        return own
    if winner.dep_ == "appos":
        return [winner.head]
    verb = winner.head
    if winner.dep_ == "attr":
        return [c for c in verb.children if c.dep_ == "nsubj"]  # "Ross was the winner of the vote"
    if winner.dep_ in ("oprd", "xcomp", "dobj"):  # "declared Ross the winner": the parser may make both objects
        return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i < winner.i]
    return []


def _speakers_at(trigger: Token) -> list[Token]:
    """"There were several speakers at the rally, including Nicola Sturgeon, Tom Watson and Sadiq Khan": the
    speakers it names were there."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "at":
        return []
    holder = trigger.head.head  # "speakers", or "were" when the parser hangs "at the rally" on the verb
    speakers = holder if holder.lemma_.lower() in W.SPEAKER_NOUNS else next(
        (c for c in holder.children if c.dep_ in ("attr", "nsubj") and c.lemma_.lower() in W.SPEAKER_NOUNS), None)
    if speakers is None:
        return []
    # people by name only: a title before a name ("Labour MP", "First Minister of Scotland") can hide the name
    return [t for h in {speakers, holder} for c in h.children if c.lower_ in W.INCLUDING for p in c.children
            if p.dep_ == "pobj" for t in _with_conjuncts(p) if t.ent_type_ == "PERSON"]


def _other_side(prep: Token) -> list[Token]:
    """"a meeting between Giuliani, claiming to represent the State Department, and Andriy Yermak": a clause
    between the two sides makes the parser hang the second on a verb above the occasion; "between" has two
    sides, so a name joined by "and" after the first one, on a head above the trigger, is the other."""
    first = next((p for p in prep.children if p.dep_ == "pobj"), None)
    if prep.lower_ != "between" or first is None or any(c.dep_ == "conj" for c in first.children):
        return []
    above = {a.i for a in prep.head.ancestors}
    for t in prep.doc[first.i + 1:first.sent.end]:
        if t.dep_ == "conj" and t.head.i in above and t.ent_type_ in W.NAME_LABELS \
                and any(x.dep_ == "cc" and x.lower_ == "and" for x in prep.doc[first.i:t.i]):
            return [t]
    return []


def _subjects(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ in ("nsubj",)]
    if found:
        return found
    head = _clause_head(verb)
    if verb.dep_ in ("advcl", "xcomp", "conj") and head.pos_ in ("VERB", "AUX"):
        return [c for c in head.children if c.dep_ == "nsubj"]  # "Speaking during ..., Trump told"
    return []


def _scheduled_holders(verb: Token) -> list[Token]:
    """"Obama and Cameron are scheduled to hold talks", "the ministers are expected to attend the summit": the
    passive planning verb's subject is who holds it (``_subjects`` reads only an active "nsubj")."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.lower_ in W.SCHEDULE_WORDS \
            and head.head.lemma_.lower() == "be":  # "Berg and Hale are due to hold talks": the subject of "are"
        return [c for c in head.head.children if c.dep_ == "nsubj" and _is_party(c)]
    if verb.dep_ != "xcomp" or not _plan_verb(head):
        return []
    return [c for c in head.children if c.dep_ == "nsubjpass" and _is_party(c)]


def _passive_subjects(trigger: Token, governor: Token) -> list[Token]:
    """"In an interview that year with MTVu, he was asked ...": who is acted on at an occasion ("at", "during",
    "in") is there too (not a verb that holds it: "the talks were held in Geneva" has no party)."""
    if trigger.dep_ != "pobj" or governor.lemma_.lower() in W.HOLD_VERBS:
        return []
    return [c for c in governor.children if c.dep_ == "nsubjpass" and _is_party(c)]


def _clause_head(verb: Token) -> Token:
    """The verb a subordinate clause belongs to, also through "while in New York to attend ...", where the
    parser hangs it on the preposition."""
    head = verb.head
    return head.head if head.pos_ == "ADP" and head.dep_ == "prep" else head


def _inherited_subject(verb: Token) -> Token | None:
    """The subject a verb without one shares: "were waiting to meet" (the waiting ones), "who'd travelled", "after
    traveling to Cleveland, Trump ..." (a gerund after a preposition of time on the verb: its subject's)."""
    tok = verb
    for _ in range(3):
        if tok.dep_ == "relcl":
            return tok.head
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ in W.GERUND_TIME_PREPS \
                and tok.head.head.pos_ in ("VERB", "AUX"):
            tok = tok.head  # the preposition, whose head is the verb
        elif tok.dep_ not in ("xcomp", "conj", "advcl") or tok.head.i == tok.i:
            return None
        tok = tok.head
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and tok.dep_ == "ccomp" and _quote_closes(subject, verb):
            # "Erdoğan said, “They need to stand by us,” while addressing the press": the parser hangs the clause
            # on the quoted verb, but the quotation has closed; who said it, outside, is addressing the press
            tok = tok.head
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return tok.head if subject.tag_ in ("WP", "WDT") and tok.dep_ == "relcl" else subject
    return None


def _quoted_apart(tok: Token, trigger: Token) -> bool:
    """``tok`` inside a quotation and the trigger outside it: "In his resignation speech, Rosselló said, '... today
    I feel ...'": the speaker's "today", the day he spoke, not the day of publication."""
    return _inside_quotation(tok) and not _inside_quotation(trigger)


def _inside_quotation(tok: Token) -> bool:
    """An odd number of quotation marks in the sentence before ``tok`` (parity, as '' opens a quotation as often
    as it closes one)."""
    return sum(1 for t in tok.doc[tok.sent.start:tok.i] if t.tag_ in ("``", "''")) % 2 == 1


def _quote_closes(inside: Token, outside: Token) -> bool:
    """The first is inside a quotation and the second after it closed (``_inside_quotation``)."""
    return inside.i < outside.i and _inside_quotation(inside) and not _inside_quotation(outside)


def _group_member(tok: Token) -> Token:
    """"a group of European heads of state" takes part as "European heads"; "the new members of the House of
    Representatives" as the House (a body acts through its members)."""
    lemma = tok.lemma_.lower()
    if lemma in W.GROUP_NOUNS | W.MEMBER_NOUNS:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                body = next((p for p in prep.children if p.dep_ == "pobj"), tok)
                if lemma in W.GROUP_NOUNS or body.ent_type_ == "ORG":
                    return body
    return tok


def _with_conjuncts(tok: Token) -> Iterator[Token]:
    yield tok
    for c in tok.children:
        if c.dep_ == "conj":
            yield from _with_conjuncts(_group_member(c))


def _participant(tok: Token, offset: int, resolver: ArticleResolver) -> Participant | None:
    if tok.tag_ in ("WP", "WDT") or (tok.pos_ == "PRON" and tok.lower_ in ("i", "we", "you", "me", "us", "it")):
        return None
    if resolver.on_furniture(tok.idx + offset):
        return None  # a headline run on into a caption ("Thousands march ⏎ Protesters march ... (AP Photo/X)")
    if tok.lower_ in W.THING_PRONOUNS:
        return None  # "Nothing really changed in last night's debate": no party (the resolver would read a person)
    crowd = _counted_crowd(tok)
    if crowd is not None:
        at = crowd.start_char + offset, crowd.end_char + offset
        return Participant(crowd.text, Span(at[0], at[1], resolver.text[at[0]:at[1]]), None)
    if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORDINAL") and (
            tok.pos_ != "PROPN" or datable(tok.text)):
        return None  # not "Rubio" in "with Rubio a year ago", which the recogniser reads as one date
    titled = _titled_name(tok, offset, resolver)
    if titled is not None:
        return titled
    span = _phrase(tok)
    start, end = span.start_char + offset, span.end_char + offset
    named = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if named is not None and tok.ent_type_ != "PERSON":
        return _participant(named, offset, resolver)  # "his counterpart, Lars Holm,": the person named
    body = _body_named(tok)
    if body is not None:  # "the legislature of Taiwan, the Legislative Yuan,": its name
        words = _phrase(body)
        words = words[1:] if len(words) > 1 and words[0].dep_ == "det" else words
        at = words.start_char + offset, words.end_char + offset
        return _participant(body, offset, resolver) or Participant(words.text, Span(at[0], at[1], words.text), None)
    if _press_word(tok):  # "speaking to the press": the guideline's "reporters"
        return Participant("reporters", Span(start, end, resolver.text[start:end]), None)
    actor = resolver.mention_actor(span, start, end)
    mention = Span(start, end, resolver.text[start:end])
    organ = _organ(tok)
    if organ is not None and (actor is None or tok.lower_ not in actor.name.lower()):
        at = organ.start_char + offset, organ.end_char + offset  # not the union or the country it belongs to
        return Participant(_fuller_name(organ), Span(at[0], at[1], resolver.text[at[0]:at[1]]), None)
    fuller = _fuller_name(organ) if organ is not None else None
    if organ is not None and fuller is not None and fuller != organ.text:  # the resolver's actor: the short name
        return Participant(fuller, mention, None)
    later = _named_later(tok) if actor is not None and actor.type == "unnamed" else None
    if later is not None:
        return _participant(later, offset, resolver)
    joined = _across_acronym(span) if actor is None or actor.type not in ("person", "unnamed", "group") else None
    if joined is not None:
        return Participant(joined, mention, actor)  # "the United Nations (UN) General Assembly": one name
    if actor is not None and actor.type not in ("unnamed", "group") and _cut_short(actor.name, span):
        return Participant(_written_name(span), mention, actor)  # "North Wales Fire and Rescue Service"
    if actor is not None:
        return Participant(actor.name, mention, actor)
    if tok.pos_ == "PROPN" and tok.ent_type_ not in ("LOC", "FAC"):
        return Participant(mention.text, mention, None)  # a state is a party ("discussions with the US")
    if tok.lemma_.lower() in W.SIDE_NOUNS and tok.tag_ == "NNS" and any(c.lower_ in W.BOTH_WORDS for c in tok.lefts):
        # "Both sides met in Geneva": the group by its description (ANNOTATION.md §3.3), as written
        words = tok.doc[min(c.i for c in tok.lefts):tok.i + 1]
        at = words.start_char + offset, words.end_char + offset
        return Participant(words.text[0].lower() + words.text[1:], Span(at[0], at[1], resolver.text[at[0]:at[1]]),
                           None)
    described = [c for c in tok.lefts if c.dep_ in ("amod", "compound") and c.lower_ not in W.QUANTITY_WORDS]
    if (tok.tag_ == "NNS" or _is_court(tok)) and described and not tok.ent_type_:
        # "Catholic bishops from around the world": a group as written; "a federal court": a court as described
        first = min(c.left_edge.i for c in described)
        words = tok.doc[first:tok.i + 1]
        at = words.start_char + offset, words.end_char + offset
        return Participant(words.text, Span(at[0], at[1], resolver.text[at[0]:at[1]]), None)
    return None


def _counted_crowd(tok: Token) -> DocSpan | None:
    """"Thousands of farmers marched", "hundreds of people gathered": a crowd counted roughly takes part as
    written, the count with its people (the recogniser reads "Thousands" as a number); so does "several thousand
    people", the count before the people, with its word of quantity."""
    if tok.tag_ == "NNS" and tok.lemma_.lower() in W.CROWD_WORDS and any(
            c.dep_ == "nummod" and c.lower_ in W.CROWD_NUMBERS for c in tok.children):
        return tok.doc[tok.left_edge.i:tok.i + 1]
    if tok.lower_ not in W.CROWD_COUNTS:
        return None
    people = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj" and p.tag_ == "NNS" and not p.ent_type_), None)
    return tok.doc[tok.left_edge.i:people.i + 1] if people is not None else None


def _across_acronym(span: DocSpan) -> str | None:
    """"the United Nations (UN) General Assembly": a name written right after another's bracketed acronym, inside
    one name (the recogniser ends the first name at the bracket), is the whole name without the acronym."""
    doc = span.doc
    i = span.start + 1 if len(span) > 1 and span[0].lower_ == "the" else span.start
    if i < 4 or doc[i - 1].text != ")" or doc[i - 3].text != "(" or not doc[i - 2].text.isupper() \
            or not doc[i - 4].ent_type_ or not doc[i].text[:1].isupper():
        return None
    first = i - 4
    while first > 0 and doc[first - 1].ent_type_ == doc[i - 4].ent_type_ and doc[first - 1].ent_iob_ != "O" \
            and doc[first].ent_iob_ != "B":
        first -= 1
    if doc[first].lower_ == "the":
        first += 1
    return f"{doc[first:i - 3].text} {doc[i:span.end].text}"


def _written_name(span: DocSpan) -> str:
    return (span[1:] if len(span) > 1 and span[0].lower_ == "the" else span).text


def _cut_short(name: str, span: DocSpan) -> bool:
    """"North Wales Fire and Rescue Service" read as "Rescue Service" (even as a person): a body's name (its last
    word a body's: "Service", "Council") the resolver cuts at an "and" or a place inside it, where the text
    writes it whole in capitals (every word a name's, with "and"/"of" between), and the resolver's name is its end.
    Not a title before a person's name ("Foreign and Commonwealth Secretary Jeremy Hunt"): no body's word ends it.
    Two words only where the resolver kept the body's word alone: "the Democratic Party" read as "Party"."""
    from onrecord.resolve.names import BODY_HEADS

    words = span[1:] if len(span) > 1 and span[0].lower_ == "the" else span
    if len(words) < 2 or not all(t.text[:1].isupper() or t.lower_ in W.NAME_JOINERS for t in words):
        return False
    if len(words) == 2 and name != words[-1].text:
        return False
    if words[-1].lower_ not in BODY_HEADS | W.BODY_NAME_ENDS:
        return False
    written = words.text
    return written != name and written.endswith(" " + name) and words[0].text[:1].isupper()


def _body_named(tok: Token) -> Token | None:
    """"the legislature of Taiwan, the Legislative Yuan,", "the country's top court, the Constitutional Court,": a
    body described by a common noun and then named in apposition (on the noun or on its "of" phrase, where the
    parser hangs it) takes part by its name (the recogniser may call an unfamiliar one a building or a product).
    Not a person's role ("the head of the firm, Acme Corp,"), nor a place ("the capital of Peru, Lima,")."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or tok.lemma_.lower() in _people_nouns():
        return None
    owners = [tok] + [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                      if p.dep_ == "pobj"]
    return next((c for o in owners for c in o.children
                 if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ not in W.NOT_BODY_NAMES), None)


def _titled_name(tok: Token, offset: int, resolver: ArticleResolver) -> Participant | None:
    """"Minister for International Development and the Pacific Pat Conroy arrived": a capitalised title whose
    portfolio runs into the holder's name (the parser hangs the name inside the portfolio) is the person named
    at its end, when the resolver reads those last words as a person."""
    if not tok.text[:1].isupper() or tok.lemma_.lower() not in _title_nouns() or tok.ent_type_ == "PERSON":
        return None
    if not any(c.dep_ == "prep" for c in tok.children):
        return None
    end = tok.right_edge.i
    doc = tok.doc
    for size in (2, 3):
        first = end - size + 1
        words = doc[first:end + 1]
        if first <= tok.i or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
            continue
        start, stop = words.start_char + offset, words.end_char + offset
        actor = resolver.mention_actor(words, start, stop)
        if actor is not None and actor.type == "person" and actor.name == words.text:  # not "Foreign Affairs"
            return Participant(actor.name, Span(start, stop, resolver.text[start:stop]), actor)
    return None


def _title_nouns() -> frozenset[str]:
    from onrecord.resolve.names import ROLE_NOUNS, TITLE_WORDS

    return ROLE_NOUNS | TITLE_WORDS


def _named_later(tok: Token) -> Token | None:
    """"a visit ... by a special envoy. ... The envoy, former vice president Daniel Otieno, met ...": a role
    brought in with "a" is named when the text comes back to it as "the" role with a name in apposition (the
    resolver reads names backwards only)."""
    if not any(c.dep_ == "det" and c.lower_ in W.INDEFINITE for c in tok.children):
        return None
    for t in tok.doc[tok.i + 1:]:
        if t.lemma_ != tok.lemma_ or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            continue
        return next((c for c in t.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    return None


def _organ(tok: Token) -> DocSpan | None:
    """"the AFL-CIO general board", "the Parliament of New South Wales": a body of a named organisation or state
    takes part as itself, named as written (the resolver reads the union or the country)."""
    if tok.lemma_.lower() not in W.ORGAN_NOUNS:
        return None
    left = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")]
    of = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj" and p.pos_ == "PROPN"), None)
    if of is None and not any(t.pos_ == "PROPN" for c in left for t in c.subtree):
        return None  # "the board", "the general board": the resolver's to read
    first = min([tok.i] + [c.left_edge.i for c in left])
    last = tok.i
    if of is not None:
        ent = _entity(of)
        last = ent.end - 1 if ent is not None else of.i
    return tok.doc[first:last + 1]


def _fuller_name(organ: DocSpan) -> str:
    """"the Oversight Committee" after "the House Oversight and Reform Committee": the body by the full name the
    text gave it before (an organisation's name that holds every word of the short one)."""
    words = {t.lower_ for t in organ if t.pos_ == "PROPN" or t.i == organ.root.i}
    doc = organ.doc
    for head in reversed(doc[:organ.start]):
        if head.lower_ != organ.root.lower_ or not head.text[:1].isupper():
            continue
        first = head.i  # back over the name's capitalised words and its "and"/"of" ("House Oversight and Reform")
        while first > 0 and (doc[first - 1].text[:1].isupper() or (
                doc[first - 1].lower_ in W.NAME_JOINERS and first > 1 and doc[first - 2].text[:1].isupper())):
            first -= 1
        name = doc[first:head.i + 1]
        if len(name) > len(organ) and words <= {t.lower_ for t in name}:
            return name.text
    return organ.text


def _phrase(tok: Token) -> DocSpan:
    """The name or noun phrase ``tok`` heads, without its relative clauses and prepositions."""
    doc = tok.doc
    if tok.ent_type_ in W.NAME_LABELS:
        ent = next((e for e in entities(doc) if e.start <= tok.i < e.end), None)
        if ent is not None:  # "Trump’s AZ rally" is one ORG to the recogniser: the owner ends at "’s"
            end = next((t.i for t in ent if t.tag_ == "POS" and t.i > tok.i - 1), ent.end)
            return doc[ent.start:end] if end > tok.i else ent
    left = [t for c in tok.lefts if c.dep_ not in ("case", "punct", "cc") for t in c.subtree]
    first = min([tok.i, *(t.i for t in left)])
    return doc[first:tok.i + 1]


def _same(a: Participant, b: Participant) -> bool:
    if a.actor is not None and b.actor is not None:
        if a.actor.type == b.actor.type == "group":  # "the assembled European leaders" are the European leaders
            x, y = a.name.lower(), b.name.lower()
            return x.endswith(" " + y) or y.endswith(" " + x) or x == y
        return a.actor.id == b.actor.id
    return a.name.lower() == b.name.lower()


def _place(trigger: Token, governor: Token | None, offset: int, kind: EventType) -> tuple[int, int] | None:
    found = _place_of(trigger, kind) or (_vote_state(trigger) if kind == "vote" else None)
    for c in trigger.children:  # "his last visit to Washington — a trip to the Oval Office": the more specific
        if found is None or (c.dep_ == "appos" and _noun_type(c) == kind):
            found = _place_of(c, kind) or found
    if found is None and governor is not None and governor.i != trigger.i and trigger.dep_ in ("dobj", "pobj"):
        travel = governor.lemma_.lower() in W.TRAVEL_VERBS  # "travelled to the White House for talks"
        found = _place_of(governor, "visit" if travel else kind)
    if found is None and governor is not None and _held_where(trigger, governor):
        found = _place_of(governor, kind)
    if found is None:
        return None
    return found[0] + offset, found[1] + offset


def _held_where(trigger: Token, governor: Token) -> bool:
    """"The talks ... will take place in Mombasa", "the summit will be held in Rome": where the occasion, as
    subject, is held is its place."""
    if trigger.head.i != governor.i:
        return False
    return (trigger.dep_ == "nsubj" and _holding(governor)) or (
        trigger.dep_ == "nsubjpass" and governor.lemma_.lower() in W.HOLD_VERBS)


def _vote_state(trigger: Token) -> tuple[int, int] | None:
    """"the Iowa caucus", "a South Carolina victory", "won Idaho", "Iowa's leadoff caucuses": the state a vote is
    held in, so that contests in two states stay two events."""
    for c in trigger.children:
        named = c.dep_ in ("compound", "nmod", "poss") or (c.dep_ == "dobj" and trigger.pos_ == "VERB")
        if named and c.ent_type_ == "GPE":
            ent = _entity(c)
            if ent is not None:
                return ent.start_char, ent.end_char
    holder = _state_holding(trigger)
    if holder is not None:
        return holder
    return None


def _state_holding(trigger: Token) -> tuple[int, int] | None:
    """"Nevada held its caucuses on February 22", "South Carolina held its primary": a state that holds its own
    contest (the contest the object of a holding verb, owned by "its") is where it is held, not a party to it."""
    verb = trigger.head
    if trigger.dep_ != "dobj" or verb.lemma_.lower() not in W.HOLD_VERBS:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in trigger.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "GPE":
        return None
    ent = _entity(subject)
    return (ent.start_char, ent.end_char) if ent is not None else None


def _place_of(tok: Token, kind: EventType | None = None) -> tuple[int, int] | None:
    children = list(tok.children)  # read thrice below: one Token each, not three
    for c in children:
        if c.dep_ == "dobj" and c.ent_type_ in W.PLACE_LABELS and tok.lemma_.lower() == "visit":
            return _place_extent(c)
        departs = c.lower_ == "for" and tok.lemma_.lower() in W.DEPART_VERBS  # "left Tuesday for Doha"
        if c.dep_ != "prep" or (c.lower_ not in W.PLACE_PREPS and not departs):
            continue
        if c.lower_ == "to" and kind is not None and kind not in W.TO_PLACE_TYPES:
            continue
        for p in c.children:
            if p.dep_ == "pobj" and _is_place(p):
                return _place_extent(p)
    for c in children:  # "met for six hours in Geneva": the parser hangs the place on the duration
        if c.dep_ == "prep" and c.lower_ == "for":
            durations = [p for p in c.children if p.dep_ == "pobj" and p.ent_type_ in W.DATE_LABELS]
            found = next((f for p in durations if (f := _place_of(p, kind)) is not None), None)
            if found is not None:
                return found
    for c in children:  # "his summit with Putin in Anchorage": the parser hangs the place on the party
        if c.dep_ == "prep" and c.lower_ in W.PARTY_PREPS:
            for party in c.children:
                found = _place_of(party, "meeting") if party.dep_ == "pobj" else None
                if found is not None:
                    return found
    return None


def _capital(tok: Token) -> bool:
    """A capital the recogniser left untagged or took for someone ("travel to Kyiv", "talks in Doha" may come out
    with no entity or a PERSON): the capitals the resolver knows as their states' voices are places."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON") and tok.lower_ in METONYMS


def _is_place(tok: Token) -> bool:
    if tok.ent_type_ in W.PLACE_LABELS or _capital(tok):
        return True
    words = {t.lower_ for t in tok.subtree}
    return (tok.ent_type_ == "ORG" or tok.pos_ == "PROPN") and bool(words & W.PLACE_WORDS)


def _place_extent(tok: Token) -> tuple[int, int]:
    tokens = [t for t in tok.subtree if not _in_clause(t, tok)]
    tokens = [t for t in tokens if t.dep_ != "prep" or t.head.i != tok.i] or [tok]
    keep = [t for t in tokens if not any(a.dep_ == "prep" and a.head.i == tok.i for a in ancestors_to(t, tok))]
    # "the summit held in Vilnius and the developments in Afghanistan": the parser joins the next object of the
    # sentence to the place; a conjunct that is no place is not part of it (places joined stay: "Iowa and Ohio")
    keep = [t for t in keep if not any(a.dep_ == "conj" and a.head.i == tok.i and not _is_place(a)
                                       for a in ancestors_to(t, tok))] or [tok]
    first = min(t.i for t in keep)
    last = max(t.i for t in keep)
    doc = tok.doc
    while last > first and (doc[last].is_punct or doc[last].ent_type_ in W.DATE_LABELS or doc[last].dep_ == "cc"):
        last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last])


def _time(m: _Mention, trigger: Token, governor: Token | None, offset: int, text: str) -> None:
    """The time expression that dates the mention: a DATE entity attached to the trigger or its verb, "six months
    after X" (X is six months before the report), or "after his meetings" (an anchor event)."""
    rel = _relative_span(trigger)
    if rel is not None:
        m.time = (rel.start_char + offset, rel.end_char + offset)
        m.time_text = f"{rel.text} ago"
        return
    # the occasion's own clause before the verb around it: "a private meeting he had with Rubio a year ago", "the
    # second debate, which was slated for October 15", "a phone call made by Trump late last July" (in "Last week
    # the White House released a summary of ...")
    owners = [trigger] + [c for c in _own_relatives(trigger) + _own_participles(trigger)
                          if c.lemma_.lower() in W.HOLD_VERBS | W.SCHEDULE_PARTICIPLES | W.MADE_VERBS or _holding(c)]
    owners += [governor] if governor is not None and governor.i != trigger.i and not _about(trigger, governor) else []
    owners += _coordinated_heads(owners[-1])
    for owner in owners:
        anchor = _anchor(owner, trigger)
        if anchor is not None:
            prep, event = anchor
            m.time = (prep.idx + offset, event.idx + len(event) + offset)
            m.time_text = text[m.time[0]:m.time[1]]
            m.anchor = event
            return
        if owner is not trigger and _called_off(owner):
            continue  # "talks were suspended on Wednesday": Wednesday is the suspending's day, not the talks'
        ent = _date_of(owner, trigger)
        if ent is not None and owner is not trigger and _time_before_looking_ahead(ent, trigger):
            ent = None
        if ent is not None and owner is trigger and m.type != "vote" and _year_in_name(ent, trigger):
            # "At the Constitution Party's 2020 National Convention conducted online May 2": the clause's day; not
            # a contest's ("ended his bid on Wednesday for the nomination in the 2020 ... election": the bid's day)
            finer = (_date_of(o, trigger) for o in owners[1:] if not _called_off(o))
            ent = next((e for e in finer if e is not None and _finer(e)), ent)
        if ent is not None:
            m.time = (ent.start_char + offset, ent.end_char + offset)
            m.time_text = _without_length(ent.text)
            return
        back = _that_year(owner, offset, text)
        if back is not None:
            m.time, m.time_text = back
            return
    for owner in owners:  # "received the first call ... around 2:00 p.m. local time": its hour, and no day
        if owner is not trigger and _called_off(owner):
            continue
        ent = _date_of(owner, trigger, clock=True)
        if ent is not None:
            m.time = (ent.start_char + offset, ent.end_char + offset)
            m.time_text = ent.text
            return


def _without_length(time_text: str) -> str:
    """"three days last week", "for two days this month": how long it lasted, then when; the when is resolved."""
    found = W.LENGTH_THEN_WHEN.match(time_text)
    return found.group(1) if found is not None else time_text


def _coordinated_heads(verb: Token) -> list[Token]:
    """"arrived in Dili on Monday and met with the prime minister": verbs coordinated in one tense share the
    first one's date (not "met on Monday and will visit ...", whose tenses differ)."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.head.pos_ != "VERB" or verb.tag_ != verb.head.tag_:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []  # "Smith arrived on Monday and Jones met him": clauses of their own
    return [verb.head]


def _cancels(verb: Token) -> bool:
    """A verb that cancels or puts off ("cancelled", "called off", "put off")."""
    lemma = verb.lemma_.lower()
    prt = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")), "")
    return lemma in W.CANCEL_VERBS or (lemma, prt) in W.CANCEL_PHRASAL


def _called_off(verb: Token) -> bool:
    """A cancel verb that names no new time ("suspended", "called off"; not "postponed until Friday")."""
    return _cancels(verb) and not _moved_to_a_time(verb)


def _that_year(owner: Token, offset: int, text: str) -> tuple[tuple[int, int], str] | None:
    """"an interview that year", "later that year": the year the text last named before it ("In 2008, ...")."""
    for c in owner.children:
        if c.lemma_.lower() == "year" and any(d.lower_ in ("that", "same") for d in c.children):
            start, end = c.left_edge.idx + offset, c.idx + len(c) + offset
            years = _YEAR.findall(text[:start])
            return ((start, end), years[-1]) if years else None
    return None


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _sentence_time(trigger: Token) -> DocSpan | None:
    """"Sanders lectured the nation on Sunday night, ... the president's Oval Office address", "On Monday, speaking
    to the press at a hospital, she said": the sentence's only time, when no other occasion in it claims it."""
    found = [e for e in entities_in(trigger.sent)
             if e.label_ in W.DATE_LABELS and _dates(e) and not _in_dateline(e.root)
             and not _quoted_apart(e.root, trigger)]
    if len(found) != 1:
        return None
    ent = found[0]
    tok = ent.root
    if _dates_a_thing(ent.root, trigger) or _names_a_thing(tok):
        return None
    if _time_before_looking_ahead(ent, trigger):
        return None  # "spoke with Trump on Monday ahead of the summit": Monday is the call's, the summit later
    if _descends(tok, trigger) and _first_since(trigger, ancestors_to(tok, trigger)):
        return None
    for _ in range(12):
        if tok.head.i == tok.i:
            return ent
        if tok.dep_ == "npadvmod" and tok.head.lower_ in ("after", "before", "since", "ago"):
            return None  # "ten days after X" dates X
        if tok.dep_ == "relcl" and not _descends(trigger, tok) and W.VERB_TRIGGERS.get(tok.lemma_.lower()) != \
                _noun_or_verb_type(trigger):
            return None  # "the Group of 20, which was organized in 1999" (not "Texas, which votes on March 1")
        if tok.dep_ == "advcl" and not _descends(trigger, tok) and any(
                c.dep_ == "mark" and c.lower_ in W.OUTSIDE_PREPS for c in tok.children):
            return None  # "his first visit since he took office in January": the taking office is in January
        tok = tok.head
        if tok.i != trigger.i and _noun_or_verb_type(tok) is not None:
            return None  # the time of another occasion named in the sentence
        if tok.i == trigger.i:
            return ent
    return ent


def _time_before_looking_ahead(ent: DocSpan, trigger: Token) -> bool:
    """"spoke with Trump on Monday ahead of the summit", "met on Friday before the vote": a time written before
    the words that look ahead to the occasion is the time of what was done then, not the occasion's; after them
    ("ahead of the summit on Friday") it may be the occasion's own."""
    if trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    word = prep.head if prep.lower_ in ("of", "to") and prep.dep_ == "prep" else prep
    if word.lower_ == "before" and not (any(c.dep_ == "npadvmod" for c in word.children) or (
            word.head.pos_ == "VERB" and _noun_type(trigger) != "hearing")):
        return False  # "a performance before a House hearing", "testified before the panel": in front of it
    if word.lower_ not in W.PROSPECTIVE_WORDS | W.BEFORE_WORDS and not _ahead_of(trigger):
        return False
    return ent.end <= min(word.i, prep.i) and not _descends(ent.root, trigger)


# The dash that closes a dateline: a wire's spaced hyphen ("NAIROBI, March 4 (Wire) - ...") as well.
_DATELINE_DASHES = frozenset({"—", "–", "--", "-"})
DATELINE_TOKENS = 14


def _in_dateline(tok: Token) -> bool:
    """"NAIROBI, March 4 (Wire) - Kenya and Ethiopia will resume talks": a paragraph that opens with a place in
    capitals, then only names, numbers and a bracketed agency up to a spaced dash, opens with its dateline; the
    day there is when the report was filed, never the time of an occasion the sentence reports."""
    doc = tok.doc
    start = tok.i
    while start > 0 and tok.i - start < DATELINE_TOKENS and not _opens_paragraph(doc[start]):
        start -= 1
    first = doc[start]
    if not _opens_paragraph(first) or not (first.is_upper and len(first.text) > 1):
        return False
    inside = False
    for t in doc[start:start + DATELINE_TOKENS]:
        if t.text in _DATELINE_DASHES and t.i > tok.i and doc[t.i - 1].whitespace_:
            return True
        inside = (inside or t.text == "(") and t.text != ")"
        if not (inside or t.text in ("(", ")", ",", ".") or t.is_upper or t.is_title or t.like_num):
            return False
    return False


def _opens_paragraph(tok: Token) -> bool:
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is None or "\n" in before.text or "\n" in before.whitespace_


def _modified_noun(tok: Token) -> Token | None:
    """The noun a date is written before ("a Dec. 30 truce", "the 2020 census"), when that noun is no time
    itself ("Wednesday night")."""
    head = tok.head
    if tok.dep_ not in ("nmod", "compound", "amod", "nummod") or head.i == tok.i \
            or head.ent_type_ in W.DATE_LABELS:
        return None
    return head


def _dates_a_thing(tok: Token, trigger: Token) -> bool:
    """"bolstering a Dec. 30 truce": a date written before a common noun that is no occasion is that thing's
    date (the truce's), not the date of the occasion whose clause holds it ("Wednesday night" is a time)."""
    head = _modified_noun(tok)
    return head is not None and head.pos_ == "NOUN" and head.i != trigger.i and _noun_type(head) is None \
        and head.lower_ not in W.DAY_PARTS


def _names_a_thing(tok: Token) -> bool:
    """"the 2020 census", "the 1965 Voting Rights Act": a date that modifies a noun naming no occasion is part
    of that thing's name, not the time of anything the sentence reports."""
    head = _modified_noun(tok)
    return head is not None and head.pos_ in ("NOUN", "PROPN") and _noun_or_verb_type(head) is None


def _relative_span(trigger: Token) -> DocSpan | None:
    """"nearly six months after the Ukrainian leader's last visit": the visit is that long before now."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in ("after", "since"):
        return None
    for c in prep.children:
        if c.dep_ == "npadvmod" and c.ent_type_ == "DATE":
            return _entity(c)
    return None


def _anchor(owner: Token, trigger: Token) -> tuple[Token, Token] | None:
    """"after his meetings": the preposition and the event it points to. Not "six months after X" (a distance,
    which dates X, not the trigger) nor the trigger's own "after" phrase."""
    for c in owner.children:
        if c.dep_ != "prep" or c.lower_ not in W.ANCHOR_PREPS or any(x.dep_ == "npadvmod" for x in c.children):
            continue
        if c.left_edge.i <= trigger.i <= c.right_edge.i:
            continue
        for p in c.children:
            if p.dep_ == "pobj" and (_noun_type(p) is not None) and not (_has_ordinal(trigger) and _has_ordinal(p)):
                return c, p  # not "the third meeting, after their first meeting": a count, not a time
    return None


def _has_ordinal(tok: Token) -> bool:
    return any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in tok.children)


def _reporters_date(tok: Token, owner: Token) -> bool:
    """"said on Monday he would travel to Paris on Friday": the parser may hang "on Monday" on the reported
    clause's verb, but a date before that clause's own subject is the saying's."""
    if owner.dep_ != "ccomp" or owner.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in owner.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and tok.i < subject.i < owner.i and owner.head.i < tok.i


def _first_since(trigger: Token, path: list[Token]) -> bool:
    """"their first face-to-face meeting since December 2011": the time after "since" is the last such occasion's,
    not this one's (which is the first after it)."""
    return any(c.lower_ == "first" for c in trigger.children) and any(
        t.dep_ == "prep" and t.lower_ == "since" for t in path)


def _date_of(owner: Token, trigger: Token, clock: bool = False) -> DocSpan | None:
    """A DATE/TIME entity among ``owner``'s own dependents (not inside another clause or a "N after" phrase); with
    ``clock``, an hour of the day alone ("around 2:00 p.m. local time"), taken only where no day is found."""
    first = owner.left_edge.i
    named_year: DocSpan | None = None
    for tok in owner.subtree:
        if tok.ent_type_ not in W.DATE_LABELS:
            continue
        # An entity's first token here: "about this year" starts outside "this year's contest"
        if not (tok.ent_iob_ == "B" or tok.i == first or tok.doc[tok.i - 1].ent_type_ not in W.DATE_LABELS):
            continue
        path = ancestors_to(tok, owner) if _descends(tok, owner) else []
        if not path or any(t.dep_ in ("relcl", "ccomp", "advcl", "acl", "xcomp", "conj") for t in path):
            continue
        if any(t.dep_ == "npadvmod" and t.head.lower_ in ("after", "before", "since") for t in path):
            continue
        if _first_since(trigger, path):
            continue
        if _reporters_date(tok, owner):
            continue
        if owner.i != trigger.i and any(t.i == trigger.i for t in path):
            continue
        if _dates_a_thing(tok, trigger) or _in_dateline(tok):
            continue
        if any(t.pos_ in ("NOUN",) and t.i != tok.i and _noun_type(t) is not None and t.i != trigger.i
               for t in path[1:]):
            continue  # the date of another event named inside this one's phrase
        ent = _entity(tok)
        if ent is not None and ent.start < tok.i:
            ent = tok.doc[tok.i:ent.end]
        while ent is not None and len(ent) > 1 and ent[0].pos_ == "PROPN" and not datable(ent[0].text) \
                and ent[0].lower_.rstrip(".") not in _MONTH_ABBREVIATIONS:
            ent = ent[1:]  # "with Rubio a year ago" is one DATE to the recogniser: the name is no time
        if ent is not None and ent.start > 0 and tok.doc[ent.start - 1].lower_ in ("this", "last", "next"):
            ent = tok.doc[ent.start - 1:ent.end]  # "this year's contest": the recogniser leaves "this" out
        if ent is not None and ent.start > 0 and tok.doc[ent.start - 1].lower_ in W.MONTH_PARTS:
            ent = tok.doc[ent.start - 1:ent.end]  # "late last July": the recogniser leaves "late" out
        if ent is not None and (clock_only(ent.text) if clock else _dates(ent) and not clock_only(ent.text)):
            if owner.i == trigger.i and _year_in_name(ent, trigger):
                named_year = named_year or ent  # "the virtual 2020 Reform National Convention on June 20": the day
                continue
            return ent
    return named_year


def _year_in_name(ent: DocSpan, trigger: Token) -> bool:
    """"2020" of "the Constitution Party's 2020 National Convention": a bare year written inside the occasion's
    name, which a day or month the clause gives ("conducted online May 2") narrows."""
    return len(ent) == 1 and _a_year(ent[0]) and ent[0].i < trigger.i and ent[0].head.i == trigger.i


def _finer(ent: DocSpan) -> bool:
    """A day, weekday or month ("June 20", "in May", "on Saturday"), not a bare year."""
    from onrecord.resolve.time import MONTHS, WEEKDAYS

    return bool(set(_time_words(ent.text)) & (set(MONTHS) | set(WEEKDAYS)))


_TIME_WORDS = frozenset("ago last next this yesterday today tomorrow tonight earlier later previous past coming "
                        "night morning afternoon evening".split())


_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_MONTH_WORDS = _MONTH_ABBREVIATIONS | frozenset("january february march april may june july august september "
                                                "october november december".split())


def _dates(ent: DocSpan) -> bool:
    """A time entity that can date an event: not the "Tuesday" of "Super Tuesday", a day of contests' name."""
    return datable(ent.text) and not (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "super")


def _time_words(text: str) -> list[str]:
    """A time expression's words, lower case, possessives dropped ("Tuesday's" -> "tuesday")."""
    return text.lower().replace("'s", "").replace("’s", "").split()


def datable(text: str) -> bool:
    """Whether a DATE entity can place an event in time: "last week", "June 16", "1920"; not "weeks", "annual"."""
    from onrecord.resolve.time import MONTHS, WEEKDAYS

    words = set(_time_words(text))
    if words & (_TIME_WORDS | set(MONTHS) | set(WEEKDAYS)):
        return True
    digits = "".join(ch for ch in text if ch.isdigit())
    if digits and {w.rstrip(".") for w in words} & _MONTH_ABBREVIATIONS:
        return True  # "on Dec. 3", "Nov 14": a month as wires write it, with its day
    return len(digits) >= 4  # a year or a full date ("2010", "10/06/2019"); not an age ("Emily Spanton, 39")


def _descends(tok: Token, top: Token) -> bool:
    steps = 0
    while tok.i != top.i and steps < 12:
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        steps += 1
    return tok.i == top.i


def _entity(tok: Token) -> DocSpan | None:
    return next((e for e in entities(tok.doc) if e.start <= tok.i < e.end), None)


# -- statements made at the event -------------------------------------------------------
def _cue_keys(text: str, statements: Sequence[Statement]) -> dict[int, str]:
    """Every character of every cue, to its statement's key."""
    digest = text_digest(text)
    out: dict[int, str] = {}
    for s in statements:
        if s.cue is not None:
            key = statement_key(digest, s)
            for at in range(s.cue.start, s.cue.end):
                out.setdefault(at, key)
    return out


def _links(trigger: Token, governor: Token | None, cues: dict[int, str], offset: int) -> list[str]:
    """"Speaking during a media availability ..., Trump told reporters", "said in an interview", "told a news
    conference": the statement whose cue governs the occasion was made at it."""
    if trigger.pos_ == "VERB":  # "was questioned ... while speaking to the press"
        key = cues.get(trigger.head.idx + offset) if trigger.dep_ in ("advcl", "xcomp") else None
        return [key] if key is not None and _noun_or_verb_type(trigger) == "press_conference" else []
    if governor is None:
        return []
    if trigger.dep_ == "pobj" and trigger.head.lower_ not in W.OCCASION_PREPS:
        return []
    if trigger.dep_ == "pobj" and trigger.head.lower_ in W.OUTSIDE_PREPS and any(
            _doer_of(c) is not None for c in trigger.children):
        return []  # "she said ..., after a visit by a special envoy": said after someone else's occasion, not at it
    if trigger.dep_ in ("dobj", "dative") and governor.lemma_.lower() not in W.ADDRESS_VERBS | W.AT_OCCASION_VERBS:
        return []  # "told a news conference" is where it was said; "called off the summit" is not
    if trigger.dep_ not in ("pobj", "dobj", "dative"):
        return []
    verbs = [governor]
    if governor.dep_ in ("advcl", "xcomp") and governor.lemma_.lower() in W.AT_OCCASION_VERBS:
        verbs.append(_clause_head(governor))  # "While in New York to attend the General Assembly, Zelensky told"
    for verb in verbs:
        key = cues.get(verb.idx + offset)
        if key is not None:
            return [key]
    return []


def _noun_or_verb_type(tok: Token) -> EventType | None:
    return _verb_type(tok) if tok.pos_ == "VERB" else _noun_type(tok)


def _said_next(drafts: list[_Draft], statements: Sequence[Statement], text: str) -> None:
    """"Johnson was questioned while speaking to the press at a hospital. He said, ...": at a press conference,
    speech, debate or hearing, the first statement after a mention, in its sentence or the next and with no
    other occasion named between, was made there when one of its participants made it. Not "Ahead of the debate,
    Clinton highlighted ..." (before or after the occasion is not at it)."""
    digest = text_digest(text)
    said = sorted((s for s in statements if s.cue is not None and s.actor is not None),
                  key=lambda s: s.cue.start if s.cue else 0)
    said_at = [s.cue.start if s.cue else 0 for s in said]  # looked up by bisection: a text may hold thousands
    starts = sorted(m.start for d in drafts for m in d.mentions)
    for d in drafts:
        if d.head.type not in W.SAID_AT_TYPES:
            continue
        people = {p.actor.id for m in d.mentions for p in m.participants + m.present if p.actor is not None}
        for m in d.mentions:
            if _outside_occasion(m.trigger):
                continue
            bound = _next_sentence_end(m.trigger) + m.offset
            first = bisect_left(said_at, m.span[1])  # the first statement whose cue is at or after the mention
            s = said[first] if first < len(said) else None
            if s is None or s.cue is None or s.cue.start >= bound or s.actor is None or s.actor.id not in people:
                continue
            between = bisect_left(starts, m.span[1])
            if between < len(starts) and starts[between] < s.cue.start:
                continue  # another occasion named in between: it is said there, if anywhere
            m.links.append(statement_key(digest, s))


def _said_before(drafts: list[_Draft], statements: Sequence[Statement], text: str) -> None:
    """"Yesterday, Rouhani said ... He also announced ... Rouhani was speaking at the opening of ...": a sentence
    of its own that says where the speaker "was speaking" places the statements just before it, by the
    occasion's participants, back to another speaker, another occasion or the paragraph before last."""
    digest = text_digest(text)
    said = sorted((s for s in statements if s.cue is not None), key=lambda s: s.cue.start if s.cue else 0)
    starts = sorted(m.start for d in drafts for m in d.mentions)
    for d in drafts:
        people = {p.actor.id for m in d.mentions for p in m.participants if p.actor is not None}
        for m in d.mentions:
            if d.head.type not in W.SAID_AT_TYPES or not _was_speaking(m.trigger):
                continue
            before: list[str] = []
            for s in reversed([x for x in said if x.content.end <= m.start]):
                gap = text[s.content.end:m.start]
                if s.actor is None or s.actor.id not in people or len(re.findall(r"\s*\n\s*", gap)) > 1 \
                        or any(s.content.end <= at < m.start for at in starts):
                    break
                before.insert(0, statement_key(digest, s))
            m.links[:0] = [k for k in before if k not in m.links]


def _was_speaking(trigger: Token) -> bool:
    """"Rouhani was speaking at ...": a past progressive of speaking that heads its sentence (background)."""
    return trigger.pos_ == "VERB" and trigger.tag_ == "VBG" and trigger.dep_ == "ROOT" and \
        trigger.lemma_.lower() in W.BACKGROUND_SPEAKING and any(
            c.dep_ == "aux" and c.lower_ in ("was", "were") for c in trigger.children)


def _outside_occasion(trigger: Token) -> bool:
    """"ahead of the debate", "after the press conference", "since the speech": a time before or after it."""
    tok = trigger
    for _ in range(3):
        if tok.lower_ in W.OUTSIDE_PREPS:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _next_sentence_end(trigger: Token) -> int:
    sent = trigger.sent
    doc = trigger.doc
    return doc[sent.end].sent.end_char if sent.end < len(doc) else sent.end_char


def _follow_links(events: list[Event], statements: Sequence[Statement], parsed: ParsedText) -> None:
    """"In an interview with Breitbart News, Pate said ... He claimed ... He told ...": the same speaker's next
    statements in the paragraph were made at the same occasion. So is a participant's statement that says it goes
    on in the next paragraph ("Johnson continued, ..."), when nothing between names another
    occasion, a time, or someone who was not there. Not every next paragraph's "he said": news often turns to
    what was said elsewhere without a word."""
    text = parsed.text
    digest = text_digest(text)
    keyed = [(statement_key(digest, s), s) for s in statements]
    where: dict[str, list[int]] = {}
    for n, (key, _) in enumerate(keyed):
        where.setdefault(key, []).append(n)
    starts = sorted(m.start for e in events for m in e.mentions)
    for e in events:
        # Only the linked statements are walked from (a heap in text order; one an earlier walk passed over is
        # not walked from again; a walk looks at most _MAX_FOLLOW ahead): looping over every statement for every
        # event, re-walking a paragraph from each of its statements, and scanning every other occasion's mention
        # at each step, was quadratic and worse on long texts.
        linked = set(e.statement_keys)
        there = _There({p.actor.id for p in e.participants if p.actor is not None},
                       [p.name for p in e.participants], starts, {m.start for m in e.mentions})
        todo = [n for key in linked for n in where.get(key, ())]
        heapq.heapify(todo)
        reached = -1
        while todo:
            n = heapq.heappop(todo)
            if n <= reached:
                continue  # passed over by an earlier walk: walking again from it would find the same
            s = keyed[n][1]
            # a walk ends at the first statement not said there; the cap keeps a paragraph of thousands of
            # quotations linear (news has a few dozen statements to a paragraph at most)
            for at in range(n + 1, min(n + 1 + _MAX_FOLLOW, len(keyed))):
                later_key, later = keyed[at]
                if not _follows_on(s, later, parsed, there):
                    break
                reached = at
                if later_key not in linked:
                    e.statement_keys.append(later_key)
                    linked.add(later_key)


_MAX_FOLLOW = 200  # statements one walk of _follow_links looks ahead at most


@dataclass(slots=True)
class _There:
    """An occasion's participants (actor ids and names) and where other occasions are mentioned."""

    ids: set[str]
    names: list[str]
    starts: list[int]  # where every occasion of the article is mentioned, sorted
    own: set[int]  # where this one is

    def other_between(self, start: int, end: int) -> bool:
        """Whether another occasion is mentioned in [start, end) (bisected: a walk asks this at every step)."""
        i = bisect_left(self.starts, start)
        while i < len(self.starts) and self.starts[i] < end:
            if self.starts[i] not in self.own:
                return True
            i += 1
        return False


def _follows_on(s: Statement, later: Statement, parsed: ParsedText, there: _There) -> bool:
    """Whether ``later`` was said where ``s`` was: by the same speaker in the paragraph, by another participant
    in the paragraph with no other occasion named between, or by a participant going on ("continued") in the
    next paragraph with nothing between that turns elsewhere."""
    if later.actor is None or s.actor is None:
        return False
    start, end = s.content.end, later.content.start
    gap = parsed.text[start:end]
    if "\n" not in gap and later.actor is s.actor:
        return True
    if there.other_between(start, end):
        return False
    if "\n" not in gap:  # "Tom Watson called ... Nicola Sturgeon said": another speaker at the rally
        return later.actor.id in there.ids
    if later.actor.id not in there.ids or len(re.findall(r"\s*\n\s*", gap)) > 1 or not _goes_on(later):
        return False
    return not any(_turns_elsewhere(ent, there.names) for ent in _entities_in(parsed, start, end))


def _goes_on(s: Statement) -> bool:
    """"Johnson continued, ...", "she added": a cue that says the speaking goes on from before."""
    return s.cue is not None and any(w in W.CONTINUE_CUES for w in s.cue.text.lower().split())


def _entities_in(parsed: ParsedText, start: int, end: int) -> Iterator[DocSpan]:
    piece = parsed.piece_at(start)
    for ent in entities(piece.doc):  # built once per doc (spaCy rebuilds .ents on each access)
        if start <= ent.start_char + piece.offset and ent.end_char + piece.offset <= end:
            yield ent


def _turns_elsewhere(ent: DocSpan, names: list[str]) -> bool:
    """A time, or a person or body not among the occasion's participants ("Obama consultant Cornell Belcher")."""
    if ent.label_ in W.DATE_LABELS:
        return True
    last = ent[-1].text.lower()
    return ent.label_ in W.NAME_LABELS - {"NORP"} and not any(last in n.lower().split() for n in names)


# -- one event per occasion ----------------------------------------------------------------
# Bounds for a text that names "the meeting" thousands of times, where comparing each mention with every
# mention before it was quadratic (``_joins`` reads all of a draft's mentions). News is far inside both: in 150
# PolNeAR train articles, at most 103 event mentions in an article and 14 in one occasion, so results on news
# do not change. A draft holding MAX_EVENT_MENTIONS takes no more (the next mention begins another), and a
# mention is compared with the latest drafts only, as far as MERGE_LOOKBACK_MENTIONS mentions back.
MAX_EVENT_MENTIONS = 50
MERGE_LOOKBACK_MENTIONS = 200


def _merge(mentions: list[_Mention], resolver: ArticleResolver, base: date | None) -> list[_Draft]:
    drafts: list[_Draft] = []
    for m in mentions:
        recent = _open_drafts(drafts)  # latest first
        if _this_is(m.trigger):
            target = _told_of(m, [d for d in reversed(recent) if _joins(d, m, resolver, base)], resolver)
        else:  # "the meeting" is the summit just named only when no meeting is ("The meeting comes hours before")
            target = next((d for d in recent if _joins(d, m, resolver, base, gather=False)), None) or \
                next((d for d in recent if _joins(d, m, resolver, base)), None)
        if target is None:
            drafts.append(_Draft([m]))
        else:
            target.mentions.append(m)
    return drafts


def _open_drafts(drafts: list[_Draft]) -> list[_Draft]:
    """The drafts a new mention may join, latest first, within the bounds above."""
    found: list[_Draft] = []
    seen = 0
    for d in reversed(drafts):
        if seen >= MERGE_LOOKBACK_MENTIONS:
            break
        seen += len(d.mentions)
        if len(d.mentions) < MAX_EVENT_MENTIONS:
            found.append(d)
    return found


# Types one occasion may be mentioned as: talks at a meeting, the speech given at a rally.
_COMPATIBLE = {frozenset({"meeting", "talks"}), frozenset({"rally", "speech"})}


def _joins(draft: _Draft, m: _Mention, resolver: ArticleResolver, base: date | None, gather: bool = True) -> bool:
    head = draft.head
    if m.type in ("meeting", "talks") and _part_of(m.trigger, [x for x in draft.mentions if x.type == "visit"]):
        return True  # "The visit will include a meeting with Ross"
    if gather and _meeting_of_visit(m, draft, resolver):
        return True  # only where no meeting already named takes it (``_merge`` tries those first)
    if m.type != head.type and frozenset({m.type, head.type}) not in _COMPATIBLE and not (
            gather and (_gathering_named(m, draft) or _summit_of_the_meeting(m, draft) or _same_body(m, draft))):
        return False
    if m.earlier != any(x.earlier for x in draft.mentions) and (m.participants or m.earlier):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in W.REPEAT_WORDS for c in m.trigger.children):
        return False  # "They will meet again next week": not the meeting just told, whoever meets
    if m.type == "speech" and (_programme_owner(m.trigger) is not None
                               or any(_programme_owner(x.trigger) is not None for x in draft.mentions)) \
            and not (_on_air(m) and all(_on_air(x) for x in draft.mentions)):
        return False  # Perez's convention speech and what he said on NBC's "Meet the Press" are two occasions
    if _said_new(m.trigger):
        return False  # "after meeting Tusk in Berlin ... ready to host a new round of talks next month": another one
    if any(_anchored_on(x, m) or _anchored_on(m, x) for x in draft.mentions):
        return False  # "delivers speech on video after protests": what one is timed after is another occasion
    rank = _ordinal(m.trigger)
    if rank and any(_ordinal(x.trigger) not in (None, rank) for x in draft.mentions):
        return False  # "the first presidential debate" and "the second debate" are two
    if m.firm and any(x.firm and {x.status, m.status} == {"happened", "planned"} for x in draft.mentions) \
            and not (_tense_of_another(m) and not _told_both_ways(draft)):
        return False  # "the New Hampshire primary" of 2008 and "the coming New Hampshire primary" are two
    if any(_past_and_possible(m, x) or _past_and_possible(x, m) for x in draft.mentions):
        return False  # "Obama's resounding victory in Iowa" (2008) and "the Iowa caucus may only be ..." (to come)
    if m.type == "vote" and not _same_level(m, draft):
        return False  # "the 2020 presidential election" and "the next Republican primary": two contests
    if m.type == "summit" and _other_gathering(m, draft, resolver.text):
        return False  # "the online Libertarian National Convention" after the Constitution Party's: two conventions
    name = _proper_name(m.trigger)
    if name and any(_proper_name(x.trigger) == name for x in draft.mentions):
        return True  # "known as 'Super Tuesday'" ... "Heading into Super Tuesday": one occasion, its own name twice
    times = {x.time_text.lower() for x in draft.mentions if x.time}
    if m.time and times and not any(_same_time(m, x, base) or _said_a_day_before(m, x, base)
                                    or _said_a_day_before(x, m, base) for x in draft.mentions if x.time):
        return False
    place = _place_key(resolver.text, m.place)
    places = {_place_key(resolver.text, x.place) for x in draft.mentions if x.place}
    if place and places and not any(place in p or p in place for p in places):
        return False
    if gather and _same_body(m, draft):
        return True  # "Cruz spoke at the AIPAC conference" ... "Sanders skipped the AIPAC meeting": whoever is named
    if _this_is(m.trigger) and resolver.sentence_of(m.start) - resolver.sentence_of(draft.mentions[-1].start) \
            <= DEMONSTRATIVE_SENTENCES:
        return True  # "Lind met Berg on Wednesday. This was their first face-to-face meeting": the same one
    if m.type == "vote" and place and places:
        return True  # a contest is its state: "Sanders's victory in Michigan" is "Clinton's Michigan loss"
    if m.type in W.CONTESTS and m.trigger.tag_ in ("NNS", "NNPS") \
            and not any(c.dep_ in ("det", "poss") for c in m.trigger.lefts) \
            and ((m.time and not times) or (place and not places)):
        # "In Iowa, caucuses were held on February 3": plural contests with their own day or state are no anaphor
        # (not "talks" at the White House on Monday, one occasion's plural name)
        return False
    same_word = any(x.trigger.lemma_.lower() == m.trigger.lemma_.lower() for x in draft.mentions)
    distance = resolver.sentence_of(m.start) - resolver.sentence_of(draft.mentions[-1].start)
    bare = _bare(m.trigger) and _definite(m.trigger)  # "the summit"; "a meeting between X and Y" is another
    if same_word and (_demonstrative(m.trigger) or bare) and distance <= DEMONSTRATIVE_SENTENCES:
        return True  # "that election against Crist", "During the summit, Pope Francis said": the one just named
    if distance == 0 and m.type == head.type and _definite(m.trigger) and not m.participants \
            and m.trigger.pos_ != "VERB" and not (m.time and times) and times and not place and not places:
        return True  # "At the next elections in 2008, ... claimed victory in the presidential vote": the same one
    if distance <= ANAPHOR_SENTENCES and _refers_back(m):
        return True  # "who hosted the meeting": the host joins the meeting already named, not a second one
    if m.type == "hearing" and _a_ruling(m) and any(_a_ruling(x) for x in draft.mentions) \
            and distance <= DEMONSTRATIVE_SENTENCES and m.time is None and not _other_court(m, draft):
        return True  # "the Court of Justice ruled ... The Luxembourg-based court issued a judgement": one ruling
    ours = {_party_key(p) for x in draft.mentions for p in x.participants}
    theirs = {_party_key(p) for p in m.participants}
    if theirs and ours:  # Pate hosting Bush and Pate meeting Rubio are two meetings
        shared = ours & theirs
        if same_word and shared and _definite(m.trigger):
            return True  # "an interview with Breitbart News" ... "he said in the interview with Breitbart News"
        if len(shared) == 1 and distance > DEMONSTRATIVE_SENTENCES and _new_occasion(m, head):
            return False  # Obama's speech far below Cruz's campaign stop that named Obama: one name far away is no tie
        return bool(shared) and (shared in (ours, theirs) or len(shared) >= 2)
    if distance > ANAPHOR_SENTENCES or (theirs and m.trigger.pos_ == "VERB"):
        return False
    if times and _retold_on_its_day(m, base):
        return True  # "the second debate, slated for October 15" ... "a virtual debate on October 15": the same one
    # "the summit" refers back; "a general election" or "the 1920 election" after "the state primary" is another
    if not _definite(m.trigger):
        return False
    if _bare(m.trigger):
        return True
    if m.type in W.CONTESTS and _named_apart(m, draft, resolver.text):
        return False  # "Conservative Party members voted ..." and "the UK's Brexit vote": another contest
    if m.time and times and m.type not in W.CONTESTS:
        return True  # "will meet Ross again in June ... The June meeting": the time agrees (above), the same one
    # "the town hall" ... "Wednesday's town hall": a weekday (this week's) in the name itself names no other one
    # of a kind that is no contest; a year or a month may ("the 1920 election"), and a weekday of the clause may
    # be another verb's ("aired hopes for restoring the scrapped summit on Wednesday")
    dated_apart = m.time and not times and not (_coming_day(m, draft) or (
        _bare_weekday(m.time_text) and m.type not in W.CONTESTS and m.time[0] >= m.span[0] and m.time[1] <= m.span[1]))
    return (same_word or _shares_modifier(m, draft)) and not dated_apart


def _own_words(trigger: Token) -> set[str]:
    """The proper words a gathering is named by ("Libertarian" of "the Libertarian National Convention", "AIPAC"),
    not the words any such name has ("National", "Annual")."""
    return {c.text for c in trigger.children if c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN"
            and c.lower_ not in W.GATHERING_NAME_WORDS}


def _other_gathering(m: _Mention, draft: _Draft, text: str) -> bool:
    """Two gatherings named by different bodies: a convention named by a proper word of its own ("the online
    Libertarian National Convention") that the draft's mentions and parties never use, where the draft's are named
    by theirs ("the Constitution Party's 2020 National Convention"); or a body's own gathering ("The Democratic Party
    planned to hold its convention") after another body's named one ("the planned Republican National
    Convention"). A person's ("Trump's convention") is not parted: a person is no body a name may hold."""
    gatherings = [x for x in draft.mentions if x.type == "summit"]
    theirs = set().union(*(_own_words(x.trigger) for x in gatherings)) if gatherings else set()

    def told(xs: list[_Mention]) -> str:
        return " ".join([text[x.span[0]:x.span[1]] for x in xs] + [p.name for x in xs for p in x.participants])

    mine = _own_words(m.trigger)
    if mine and (theirs or any(x.participants for x in gatherings)) and not mine & set(told(gatherings).split()):
        return True
    bodies = [p for p in m.participants if p.actor is not None and p.actor.type == "organization"
              and p.name.split()[-1].lower() == "party"]  # a party's own convention, not "its" read as an agency
    return bool(theirs and bodies and not mine and not theirs & set(" ".join(p.name for p in bodies).split()))


def _proper_name(trigger: Token) -> tuple[str, ...] | None:
    """The words of an occasion's own name, lower case, where the trigger and every word before it in the name
    are capitalised or a number ("Super Tuesday", "the Libertarian National Convention", "the 2020 Reform National
    Convention"); None for a common noun ("the convention") or a one-word name ("Protests" opening a sentence)."""
    if trigger.pos_ == "VERB" or not trigger.is_title:
        return None
    words = [t for t in trigger.doc[trigger.left_edge.i:trigger.i]
             if t.dep_ in ("compound", "amod", "nmod", "nummod") and t.head.i >= t.i]
    if trigger.i > 0 and trigger.doc[trigger.i - 1].lower_ == "super" and not words:
        words = [trigger.doc[trigger.i - 1]]  # "Super" parsed as no modifier of "Tuesday"
    if not words or not all(t.is_title or t.like_num for t in words):
        return None
    return (*(t.lower_ for t in words), trigger.lower_)


def _contest_level(trigger: Token) -> str | None:
    """"primary" for a primary or caucus ("the South Carolina primary election", "2020 US presidential primaries"),
    "general" for a presidential, general or midterm election named as such, None for a contest named by neither
    ("the vote", "an election")."""
    words = {trigger.lower_, trigger.lemma_.lower()} | {
        c.lower_ for c in trigger.children if c.dep_ in ("amod", "compound", "nmod")}
    if words & W.PRIMARY_WORDS:
        return "primary"
    return "general" if words & W.GENERAL_ELECTION_WORDS else None


def _same_level(m: _Mention, draft: _Draft) -> bool:
    """A primary and the general election it picks nominees for are two contests, whatever else they share."""
    level = _contest_level(m.trigger)
    levels = {_contest_level(x.trigger) for x in draft.mentions if x.type == "vote"} - {None}
    return level is None or not levels or level in levels


def _named_apart(m: _Mention, draft: _Draft, text: str) -> bool:
    """A contest named by proper nouns of its own ("the UK's Brexit vote": its possessor and name) that no mention
    of the draft, nor any of its parties, has, where the draft was told with its voters or by a verb: not the
    contest told before."""
    own = [c for c in m.trigger.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"]
    if not own or not any(x.trigger.pos_ == "VERB" or x.participants for x in draft.mentions):
        return False  # "Latest Primary" (a headline) ... "the Puerto Rico primary": the contest named in full
    told = " ".join([text[x.span[0]:x.span[1]] for x in draft.mentions]
                    + [p.name for x in draft.mentions for p in x.participants + x.present])
    return not any(c.text in told for c in own)


def _said_new(trigger: Token) -> bool:
    """Whether an occasion is written as a new one: "another meeting", "a new round of talks", "fresh talks" (the
    noun itself, or the "round"/"series" it is "of", without "the": "the new talks" may be the ones just told)."""
    noun = trigger
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lemma_.lower() in W.OCCASION_RUNS:
        noun = trigger.head.head
    children = list(noun.children)
    if any(c.dep_ == "det" and c.lower_ == "another" for c in children):
        return True
    return any(c.dep_ == "amod" and c.lower_ in W.NEW_OCCASION_WORDS for c in children) and not any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in children)


def _tense_of_another(m: _Mention) -> bool:
    """"those who qualified for participation in the debate made statements", "the news of the caucus": an
    occasion named under another noun takes its status from that noun's clause, so its tense says nothing of
    when the occasion is (unlike "plans for the summit", "ahead of the vote", "the coming primary": its own words)."""
    t = m.trigger
    if t.pos_ == "VERB" or t.dep_ != "pobj" or t.head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    own = W.PLANNED_MODIFIERS | W.CANCELLED_MODIFIERS | W.BEFORE_MODIFIERS | W.EARLIER_MODIFIERS
    return not any(c.lower_ in own for c in t.children) and not _planned_by_noun(t) and not _ahead_of(t)


def _told_both_ways(d: _Draft) -> bool:
    """Some mentions of ``d`` say it is over and some that it is to come: a tense borrowed from another noun's
    clause cannot tell which of the two it is."""
    return {"happened", "planned"} <= {x.status for x in d.mentions if x.firm}


def _retold_on_its_day(m: _Mention, base: date | None) -> bool:
    """"a virtual debate on October 15" after "the second debate, slated for October 15": a mention of the same
    type given one day that a mention of the occasion gives too (``_joins`` has checked the times agree) tells it
    again, "a" or not. Not "another meeting" or "a second meeting" that day, and not a vote: several states vote
    on one day ("Tuesday's vote" in Michigan and in Mississippi)."""
    if m.time is None or base is None or m.type == "vote" or _ordinal(m.trigger) \
            or any(c.lower_ == "another" for c in m.trigger.lefts):
        return False
    day = resolve(m.time_text, base, _status_direction(m.status))
    return day is not None and _first_day(day) == _last_day(day)


def _speakers_day(m: _Mention) -> bool:
    """'"Today's speech shows she is serious," Hale said' in the next day's report: "today" inside a quotation
    is the day the speaker spoke, which may be the day before the report's."""
    return bool(m.time) and " ".join(_time_words(m.time_text)) in W.SPEAKER_DAYS and _inside_quotation(m.trigger)


def _said_a_day_before(quoted: _Mention, other: _Mention, base: date | None) -> bool:
    """``quoted``'s time is a speaker's "today" (``_speakers_day``) that falls on ``other``'s day if it was said
    the day before publication (a report of the morning after)."""
    if base is None or not _speakers_day(quoted) or other.anchor is not None:
        return False
    said = resolve(quoted.time_text, base - timedelta(days=1), _status_direction(quoted.status))
    told = resolve(other.time_text, base, _status_direction(other.status))
    return said is not None and told is not None and _overlap(said, told)


def _bare_weekday(time_text: str | None) -> bool:
    """"Tuesday", "on Friday", "Tuesday's": a weekday with no "last"/"next" to say which."""
    words = _time_words(time_text) if time_text else []
    return bool(words) and words[-1] in WEEKDAYS and words[:-1] in ([], ["on"])


def _coming_day(m: _Mention, draft: _Draft) -> bool:
    """"before the Ohio primary" ... "Tuesday's primary": a weekday (at most a week away) given to an occasion
    both mentions say is still to come dates the one named before; a year or a month may name another one."""
    return _bare_weekday(m.time_text) and m.firm and m.status == "planned" \
        and all(x.status == "planned" for x in draft.mentions if x.firm) and any(x.firm for x in draft.mentions)


def _meeting_of_visit(m: _Mention, draft: _Draft, resolver: ArticleResolver) -> bool:
    """"Ross visited Hanoi on Monday. During the meeting with Hale, she ...": "the meeting" (a definite noun with no
    time or place of its own) just after a visit is the meeting the visit consisted of, one occasion, a visit
    (ANNOTATION.md §3.3) with the host among its parties; "a meeting", a later or a planned one is another."""
    visits = [x for x in draft.mentions if x.type == "visit"]
    named_back = any(c.dep_ in ("det", "poss") for c in m.trigger.lefts) and _definite(m.trigger)  # not "hold talks"
    if m.type not in ("meeting", "talks") or not visits or m.trigger.pos_ == "VERB" or not named_back \
            or m.time is not None or m.place is not None or m.earlier or any(x.type == m.type for x in draft.mentions):
        return False
    last = visits[-1]
    return m.status == last.status and not any(c.dep_ == "amod" and c.lower_ in W.PLANNED_MODIFIERS
                                               for c in m.trigger.children) \
        and 0 <= resolver.sentence_of(m.start) - resolver.sentence_of(last.start) <= DEMONSTRATIVE_SENTENCES


def _part_of(trigger: Token, occasions: list[_Mention]) -> bool:
    """The object of "include"/"feature" whose subject is one of ``occasions``: what that occasion consists of."""
    verb = trigger.head
    return trigger.dep_ == "dobj" and verb.lemma_.lower() in W.CONTAIN_VERBS and any(
        c.dep_ == "nsubj" and x.trigger.doc is c.doc and x.trigger.i == c.i for c in verb.children for x in occasions)


def _shares_modifier(m: _Mention, draft: _Draft) -> bool:
    """"her annual policy speech" ... "the policy address": a definite mention of the same type that repeats a
    modifier of a mention before names that occasion in other words."""
    def modifiers(t: Token) -> set[str]:
        return {c.lemma_.lower() for c in t.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")
                and c.lower_ not in W.SERIES_WORDS | W.EARLIER_MODIFIERS | W.PLANNED_MODIFIERS}
    if m.type in W.CONTESTS:
        return False  # "the Republican primary" in Ohio and "another Republican primary": contests come in series
    ours = modifiers(m.trigger)
    return bool(ours) and any(x.type == m.type and ours & modifiers(x.trigger) for x in draft.mentions)


def _anchored_on(a: _Mention, b: _Mention) -> bool:
    """``a`` is timed by ``b`` ("after protests"): the same token, Tokens being made afresh on each access."""
    return a.anchor is not None and a.anchor.doc is b.trigger.doc and a.anchor.i == b.trigger.i


def _other_court(m: _Mention, draft: _Draft) -> bool:
    """"the Wisconsin Supreme Court ruled ... The United States Supreme Court later ruled": two courts named by
    name (organisations the resolver knows apart) rule twice; "The Luxembourg-based court" after "the Court of
    Justice" is no name, so it may be the same."""
    def named(x: _Mention) -> set[str]:
        return {_party_key(p) for p in x.participants  # "supreme court" as described is no name
                if p.actor is not None and p.actor.type == "organization" and p.name[:1].isupper()}
    ours = {k for x in draft.mentions for k in named(x)}
    theirs = named(m)
    return bool(ours and theirs and not ours & theirs)


def _a_ruling(m: _Mention) -> bool:
    """A court's decision told by its verb or noun ("ruled", "a judgement"), not a trial or a sentencing."""
    return m.trigger.lemma_.lower() in W.RULING_NOUNS | W.RULE_VERBS | W.COURT_ACT_VERBS


def _new_occasion(m: _Mention, head: _Mention) -> bool:
    """"Obama gave a speech", "a speech by Obama" far below a rally: told as news of its own (a verb or "a"), and
    of another type, it is another occasion; "the nominee's speech" names the rally's speech again."""
    return m.type != head.type and (m.trigger.pos_ == "VERB" or not _definite(m.trigger))


def _times_agree(a: _Draft, b: _Draft, base: date | None, anchored: bool = True) -> bool:
    """No time of ``b`` falls on other days than every time of ``a`` ("Next Month" and "on November 15"). Without
    ``anchored``, a time of ``b`` given by another occasion ("delivers speech on video after protests", a headline)
    says no other day."""
    ours = [m for m in a.mentions if m.time]
    theirs = [m for m in b.mentions if m.time and (anchored or m.anchor is None)]
    return all(any(_same_time(m, x, base) for x in ours) for m in theirs) if ours else True


def _told_of(m: _Mention, drafts: list[_Draft], resolver: ArticleResolver) -> _Draft | None:
    """What "This was their first meeting" points at: the occasion the last sentence before it that names one
    names first (the news it tells), not the last one it names ("met Blinken on the sidelines of the NATO
    ministers' meeting")."""
    def key(d: _Draft) -> tuple[int, int]:
        sentence = max(resolver.sentence_of(x.start) for x in d.mentions)
        return -sentence, min(x.start for x in d.mentions if resolver.sentence_of(x.start) == sentence)
    return min(drafts, key=key) if drafts else None


def _this_is(trigger: Token) -> bool:
    """"This was their first meeting", "It is the third meeting between them": the occasion just told of, counted
    in a series ("first" here is no earlier occasion)."""
    verb = trigger.head
    return trigger.dep_ == "attr" and verb.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in ("this", "it", "that") for c in verb.children)


def _gathering_named(m: _Mention, draft: _Draft) -> bool:
    """"the summit ... details coming out of this meeting", "the meeting will take place": a bare meeting with no
    party, place or time of its own is the summit just named (a summit is a meeting of leaders). And the other way:
    "ministers gathered in Cairo ... the conclusions of the summit": a bare summit after a gathering names it."""
    if not (_bare(m.trigger) or _demonstrative(m.trigger)) or m.participants or m.place is not None \
            or m.time is not None or m.earlier:
        return False
    return (m.type == "meeting" and draft.head.type == "summit") or (m.type == "summit" and _gathered(draft))


def _summit_of_the_meeting(m: _Mention, draft: _Draft) -> bool:
    """"Ross and Hale held talks in Vienna ... The summit ended with a statement", "will host Hale on Friday ...
    Their summit on Friday": a summit is a meeting of leaders, so "the"/"their"/"that summit" after a meeting or
    talks of two or more parties may name it (only where no summit already named takes it, ``_merge``); the rest
    of ``_joins`` still parts them on time, place and parties. "A summit", "the G20 summit" are others."""
    if m.type != "summit" or m.trigger.pos_ == "VERB" or m.participants or m.earlier or _ordinal(m.trigger):
        return False
    if not all(c.dep_ in ("det", "poss", "punct") for c in m.trigger.lefts) or not _definite(m.trigger):
        return False
    parties = {_party_key(p) for x in draft.mentions for p in x.participants}
    if not all(x.type in ("meeting", "talks") and x.trigger.lemma_.lower() not in W.SETTLED_NOUNS
               for x in draft.mentions):
        return False  # "the agreement between Turkey and Libya ... the conclusions of the summit": no gathering
    return len(parties) >= 2 or any(_of_many(x.trigger) or (x.type == "talks" and x.place is not None)
                                    for x in draft.mentions)


def _of_many(trigger: Token) -> bool:
    """"the meeting of finance ministers of the G20 countries", "talks among the parties": a gathering of a group
    named in the plural has many parties, as a summit has, however few names it gives; so do talks held in a
    named place ("the talks in Geneva" ... "his role is not up for debate at the conference")."""
    return any(p.dep_ == "pobj" and p.tag_ in ("NNS", "NNPS") and _is_party(p)
               for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("of", "among", "between")
               for p in c.children)


def _same_body(m: _Mention, draft: _Draft) -> bool:
    """"spoke at the AIPAC conference" ... "skipped the AIPAC meeting", "the NATO meeting" ... "the NATO summit": a
    meeting and a summit each named by the body that holds it (a party named inside the mention) are that body's
    one gathering, told in two words; the rest of ``_joins`` still parts them on time and place."""
    if {m.type, draft.head.type} != {"meeting", "summit"} or m.trigger.pos_ == "VERB" or m.earlier:
        return False
    gatherings = [x for x in draft.mentions if x.type in ("meeting", "summit")]
    ours = {_party_key(p) for x in gatherings for p in _named_in(x)}
    if ours & {_party_key(p) for p in _named_in(m)}:
        return True
    return bool(_body_words(m.trigger) & {w for x in gatherings for w in _body_words(x.trigger)})


def _named_in(m: _Mention) -> list[Participant]:
    """The parties named inside the mention itself ("the NATO summit", "AIPAC's annual conference")."""
    return [p for p in m.participants if p.mention is not None and m.span[0] <= p.mention.start < m.span[1]]


def _body_words(trigger: Token) -> set[str]:
    """The proper names before an occasion noun ("the Atlantic Forum's meeting": atlantic, forum), where the
    resolver names no party of them ("the Forum conference")."""
    if trigger.pos_ == "VERB":
        return set()
    names = [c for c in trigger.lefts if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"]
    return {t.lower_ for c in names for t in c.subtree if t.pos_ == "PROPN"}


def _gathered(d: _Draft) -> bool:
    """A meeting told by a verb of gathering ("gathered in Cairo"), which a later noun may name more exactly."""
    return any(x.type == "meeting" and x.trigger.pos_ == "VERB" and x.trigger.lemma_.lower() in W.GATHERING_VERBS
               for x in d.mentions)


def _event_type(d: _Draft) -> EventType:
    """The head's type; a gathering the article goes on to call a summit is that summit (the more specific type,
    ANNOTATION.md §3.3)."""
    if _gathered(d) and any(m.type == "summit" for m in d.mentions):
        return "summit"
    if any(m.type == "visit" for m in d.mentions):
        return "visit"  # the meeting a visit consisted of (``_meeting_of_visit``) is told as the visit
    return d.head.type


# A first line this short, with more text after it, is the headline.
HEADLINE_CHARS = 200


def _fold_headline(drafts: list[_Draft], text: str, base: date | None) -> list[_Draft]:
    """"Thousands march in anti-Brexit protest" over a story of "roughly one million people marched in London":
    headlines drop articles, so their occasions look new; one named in the headline is the first occasion of its
    type the story goes on to report (ANNOTATION.md §3.5: a headline mention is a mention like any other), with
    whatever later mentions ("the debate") merging took to the headline's."""
    end = text.find("\n")
    if end < 0 or end > HEADLINE_CHARS or not text[end:].strip():
        return drafts
    heads = [d for d in drafts if d.mentions[0].start < end]
    bodies = [d for d in drafts if d.mentions[0].start >= end]
    folded: list[int] = []
    for d in heads:
        # the story's first report of it: before any later mention the headline's own draft took in
        later = min((m.start for m in d.mentions if m.start >= end), default=len(text))
        body = next((x for x in bodies if x.head.type == d.head.type and _times_agree(x, d, base, anchored=False)
                     and x.mentions[0].start < later and not _long_before(x, base)), None)
        if body is not None:
            body.mentions.extend(d.mentions)
            body.mentions.sort(key=lambda m: m.start)
            folded.append(id(d))
    return [d for d in drafts if id(d) not in folded]


# A headline tells news: an occasion the story dates more than this many days before publication is background.
HEADLINE_NEWS_DAYS = 31


def _long_before(d: _Draft, base: date | None) -> bool:
    """"A 2015 federal court decision said ..." under "Judge rules American Samoans are citizens": an occasion the
    story dates long before publication is background to the headline's news, not it."""
    if base is None:
        return False
    limit = base - timedelta(days=HEADLINE_NEWS_DAYS)
    for m in (x for x in d.mentions if x.time):
        read = [resolve(m.time_text, base, way) for way in ("past", "future")]  # "October 15" may lie either side
        if all(r is not None and _last_day(r) < limit for r in read):
            return True
    return False


def _ordinal(trigger: Token) -> str | None:
    """"the second debate": which of a series the mention names."""
    return next((c.lower_ for c in trigger.children if c.dep_ == "amod" and c.lower_ in W.ORDINALS), None)


def _refers_back(m: _Mention) -> bool:
    """"the meeting" with no party, place or time of its own (a host from the verb around it may come along):
    the occasion already named, whoever the clause adds to it. "The meeting with Rubio" names its own party."""
    if not _bare(m.trigger) or not any(c.lower_ == "the" for c in m.trigger.lefts):
        return False
    if m.place is not None or m.time is not None:
        return False
    return all(p.mention is None or not (m.span[0] <= p.mention.start < m.span[1]) for p in m.participants)


def _past_and_possible(a: _Mention, b: _Mention) -> bool:
    """``a`` is firmly over and ``b`` still to come by a modal ("can bank on a victory"): two occasions."""
    return a.firm and a.status == "happened" and not b.firm and b.status == "planned"


def _same_time(a: _Mention, b: _Mention, base: date | None) -> bool:
    """The same words, or days that overlap once resolved ("last night" and "Tuesday night" in a Wednesday
    report)."""
    if a.time_text.lower() == b.time_text.lower():
        return True
    if base is None or a.anchor is not None or b.anchor is not None:
        return False
    return any(_overlap(x, y) for x in _readings(a, base) for y in _readings(b, base))


def _readings(m: _Mention, base: date) -> list[Resolved]:
    """The days ``m``'s time may name: in the tense its words say; with no such word ("a speech of his own
    Wednesday morning", ``firm`` False), a weekday or a month may lie either side of publication."""
    ways: list[Direction] = [_status_direction(m.status)] if m.firm else ["past", "future"]
    return [r for r in (resolve(m.time_text, base, way) for way in ways) if r is not None]


def _demonstrative(trigger: Token) -> bool:
    """"that election", "this debate": a mention that points back at the occasion just named."""
    return trigger.pos_ != "VERB" and any(c.dep_ == "det" and c.lower_ in ("that", "this", "those", "these")
                                          for c in trigger.children)


def _definite(trigger: Token) -> bool:
    """Not introduced as new: "the summit", "his meetings", bare "talks"; not "a general election"."""
    if trigger.pos_ == "VERB":
        return True
    dets = [c for c in trigger.lefts if c.dep_ in ("det", "poss")]
    if not dets:
        return trigger.tag_ == "NNS"  # "travelled to the White House for talks"
    return not any(c.lower_ in W.INDEFINITE for c in dets)


def _unspecific(d: _Draft) -> bool:
    """"to win an election", "in a Democratic primary": an indefinite mention that names no party, place or time
    is no particular occasion (ANNOTATION.md §3.1, generic mentions)."""
    return all(m.trigger.pos_ != "VERB" and not m.participants and m.place is None and m.time is None
               and m.trigger.lemma_.lower() not in W.RACE_WORDS  # "Losing a Senate race": someone's, particular
               and any(c.lower_ in W.INDEFINITE for c in m.trigger.lefts) and not _asserted(m.trigger)
               for m in d.mentions)


def _asserted(trigger: Token) -> bool:
    """"A closed-door trial is underway", "a meeting took place", "Mugabe won a presidential election over
    Tsvangirai": an indefinite occasion the clause says is going on, was held, or was won or lost by someone is one
    particular occasion, not a generic mention (unlike "to win an election", with no one who won)."""
    if any(c.dep_ == "acl" and c.tag_ == "VBD" and _holding(c) for c in trigger.children):
        return True  # "after a peaceful demonstration started Monday evening": the parser's reduced relative
    verb = trigger.head
    if trigger.dep_ in ("nsubj", "nsubjpass"):
        if _negated(verb):
            return False
        return _holding(verb) or _said_ongoing(verb)
    if trigger.dep_ == "dobj" and any(_cancelled_by_someone(v) for v in _verb_chain(_governor(trigger))):
        return True  # "cancelled a meeting", "cancelled his plan to hold a summit": a particular one, called off
    return trigger.dep_ == "dobj" and verb.lemma_.lower() in W.OUTCOME_VERBS and verb.tag_ in en.FINITE_TAGS \
        and any(c.dep_ == "nsubj" for c in verb.children) and not _negated(verb)


def _cancelled_by_someone(verb: Token) -> bool:
    """Someone named cancelled or called it off ("Trump cancelled", "the ministry has postponed"), in a finite
    clause: the occasion was set, so a particular one even with "a" (unlike "to cancel a meeting" wished)."""
    if not _cancels(verb) or _negated(verb):
        return False
    if verb.tag_ in en.FINITE_TAGS:
        return any(c.dep_ == "nsubj" for c in verb.children)
    head = verb.head  # "criticism prompted him to cancel": done, unless only wished ("wanted to cancel")
    return verb.dep_ == "xcomp" and head.tag_ == "VBD" and not _plan_verb(head) and not _negated(head)


def _said_ongoing(verb: Token) -> bool:
    """"is underway", "is ongoing", "is under way": a copula that says its subject is in progress."""
    if verb.lemma_.lower() != "be":
        return False
    for c in verb.children:
        if c.dep_ in ("acomp", "advmod", "attr") and c.lower_ in W.ONGOING_WORDS:
            return True
        if c.dep_ == "prep" and c.lower_ == "under" and any(p.lower_ == "way" for p in c.children):
            return True
    return False


def _hypothetical(d: _Draft) -> bool:
    """"He'd support Clinton in a general election over Trump": an indefinite occasion under "would", "could" or
    "might", with no time or place, is supposed, not planned (ANNOTATION.md §3.1: hypotheticals)."""
    return all(m.trigger.pos_ != "VERB" and m.time is None and m.place is None
               and any(c.lower_ in W.INDEFINITE for c in m.trigger.lefts)
               and (_supposed(_governor(m.trigger)) or _matchup(m.trigger)) for m in d.mentions)


def _matchup(trigger: Token) -> bool:
    """"In a contest between Trump and Sanders, Trump was preferred 51 percent": a poll's match-up, a vote
    nobody holds (ANNOTATION.md §3.5: a hypothetical match-up is no event)."""
    return W.NOUN_TRIGGERS.get(trigger.lemma_.lower()) == "vote" and trigger.dep_ == "pobj" \
        and trigger.head.lower_ == "in" and any(c.dep_ == "prep" and c.lower_ == "between" for c in trigger.children)


def _supposed(verb: Token | None) -> bool:
    """Under a supposing auxiliary, unless the verb holds or seeks the occasion ("said he would hold a meeting",
    "the union would demand a meeting": a plan, reported)."""
    return verb is not None and verb.lemma_.lower() not in W.HOLD_VERBS and not _plan_verb(verb) and any(
        c.dep_ == "aux" and c.lower_ in W.SUPPOSING_AUX for c in verb.children)


def _bare(trigger: Token) -> bool:
    """A noun with only a determiner ("the summit", "that vote"): a mention that refers back."""
    return trigger.pos_ != "VERB" and all(c.dep_ in ("det", "punct") for c in trigger.lefts)


def _place_key(text: str, span: tuple[int, int] | None) -> str:
    if span is None:
        return ""
    words = text[span[0]:span[1]].lower().split()
    return " ".join(w for w in words if w not in ("the", "a"))


def _party_key(p: Participant) -> str:
    return p.actor.id if p.actor is not None else p.name.lower()


# -- dates -----------------------------------------------------------------------------
def _date(drafts: list[_Draft], base: date, parsed: ParsedText, resolver: ArticleResolver) -> None:
    # A time another occasion holds as its own ("told a news conference on Monday that talks would continue")
    # does not date an occasion that only shares its sentence.
    claimed = {m.time for d in drafts for m in d.mentions if m.time}
    for d in drafts:
        # a time the text gives, before a quoted "today" (the speaker's day, ``_speakers_day``)
        timed = next((m for m in [d.head, *d.mentions] if m.time and m.anchor is None and not _speakers_day(m)),
                     None) or next((m for m in [d.head, *d.mentions] if m.time and m.anchor is None), None)
        if timed is not None:
            # a time is read in the tense of its own mention ("he will do well in Tuesday's primary") when that
            # mention's words say one, else in the event's
            direction = _status_direction(timed.status) if timed.firm else _direction(d)
            if direction == "current" and (timed.firm or _firm(d).status == "ongoing") and timed.status == "ongoing" \
                    and _bare_weekday(timed.time_text):
                direction = "future"  # "Ross speaks at a conference on Friday": a present for another day is its plan
            d.resolved = _nearest(timed.time_text, base) if _tenseless(d, timed) else \
                resolve(timed.time_text, base, direction)
            _narrow(d, timed, base)
        if timed is not None and d.resolved is None and clock_only(timed.time_text):
            # "around 2:00 p.m. local time": the hour's day is its sentence's, or else the report's (below)
            near = next((m.near for m in d.mentions if m.near is not None and not m.earlier
                         and (m.near.start_char + m.offset, m.near.end_char + m.offset) not in claimed), None)
            d.resolved = resolve(near.text, base, _direction(d)) if near is not None else None
        elif timed is None:
            near = next((m.near for m in d.mentions if m.near is not None and not m.earlier
                         and (m.near.start_char + m.offset, m.near.end_char + m.offset) not in claimed), None)
            d.resolved = resolve(near.text, base, _direction(d)) if near is not None else None
        d.dated_by = "text" if d.resolved else None
    report = _report_day(parsed, base)
    for d in drafts:
        if d.resolved is None and report is not None and (_of_the_report(d, claimed) or _at_an_hour(d)):
            d.resolved = Resolved(date=report)
            d.dated_by = "report"
    for d in drafts:
        anchored = next((m for m in d.mentions if m.anchor is not None), None)
        if d.resolved is None and anchored is not None:
            other = _event_of(drafts, anchored)
            first = _first_day(other.resolved) if other and other.resolved else base
            d.resolved = Resolved(first=first, last=first + timedelta(days=ANCHOR_DAYS))
            d.dated_by = "event"
    for d in drafts:
        _settle_status(d, base)


def _narrow(d: _Draft, timed: _Mention, base: date) -> None:
    """"will resume talks next month" ... "The talks will take place on April 14": a day another mention gives,
    inside the span the first time names, is the more exact date of the one occasion."""
    if d.resolved is None or d.resolved.date is not None:
        return
    for m in d.mentions:
        if m is timed or not m.time or m.anchor is not None:
            continue
        day = resolve(m.time_text, base, _status_direction(m.status) if m.firm else _direction(d))
        if day is not None and day.date is not None and _first_day(d.resolved) <= day.date <= _last_day(d.resolved):
            d.resolved, d.timed = day, m
            return


def _tenseless(d: _Draft, timed: _Mention) -> bool:
    """Nothing says whether the occasion is over ("the election on November 4" under "candidates vying") and its
    time is a month's day with no year: the nearest such day, not last year's (a weekday keeps the past)."""
    words = timed.time_text.lower().replace(".", " ").split()
    return not any(m.firm for m in d.mentions) and d.head.status == "happened" and not _YEAR.search(
        timed.time_text) and any(w in _MONTH_WORDS for w in words) and any(w.isdigit() for w in words)


def _nearest(text: str, base: date) -> Resolved | None:
    back, ahead = resolve(text, base, "past"), resolve(text, base, "future")
    if back is None or ahead is None:
        return back or ahead
    return ahead if (_first_day(ahead) - base) < (base - _last_day(back)) else back


def _event_of(drafts: list[_Draft], m: _Mention) -> _Draft | None:
    """The event ``m``'s anchor ("after his meetings") is a mention of."""
    assert m.anchor is not None
    at = m.anchor.idx + m.offset
    return next((d for d in drafts if any(x.trigger.idx + x.offset == at for x in d.mentions)), None)


def _direction(d: _Draft) -> Direction:
    """The tense the event's status is read from (``_event``: the first mention whose words say it), not the
    fullest mention's ("a day before the New Hampshire primary, where Kasich ... are" says no tense)."""
    return _status_direction(_firm(d).status)


def _firm(d: _Draft) -> _Mention:
    return next((m for m in [d.head, *d.mentions] if m.firm), d.head)


def _status_direction(status: EventStatus) -> Direction:
    if status == "cancelled":  # called off before or after its day: the nearest one, this year's "October 15"
        return "current"
    return "future" if status == "planned" else "current" if status == "ongoing" else "past"


def _first_day(r: Resolved) -> date:
    return r.date if r.date is not None else r.first if r.first is not None else date.min


def _last_day(r: Resolved) -> date:
    return r.date if r.date is not None else r.last if r.last is not None else date.max


def _overlap(a: Resolved, b: Resolved) -> bool:
    """Two resolved times share a day (an open end reaches as far as it may)."""
    return _first_day(a) <= _last_day(b) and _first_day(b) <= _last_day(a)


def _at_an_hour(d: _Draft) -> bool:
    """"Fire crews were called to the building at 09:09am local time", "police received the first call ... around
    2:00 p.m.": an hour with no day, in a report about one day (its lead's "yesterday" or weekday), is that day's."""
    return any(m.time_text and clock_only(m.time_text) for m in d.mentions)


def _of_the_report(d: _Draft, claimed: set[tuple[int, int]]) -> bool:
    """An undated event the report is about: where a statement was made, or one still under way or to come today
    (not an earlier occasion: "his last visit")."""
    if any(m.earlier for m in d.mentions):
        return False
    return any(m.links for m in d.mentions) or (d.head.status in ("ongoing", "planned") and _same_day(d, claimed))


def _same_day(d: _Draft, claimed: set[tuple[int, int]]) -> bool:
    """A planned event in a sentence dated by the report's day ("on Monday ... during a sit-down"); not by a day
    another occasion holds ("to tour the port on Saturday and then hold talks": Saturday is the tour's)."""
    return any(_sentence_day(m, claimed) for m in d.mentions)


def _sentence_day(m: _Mention, claimed: set[tuple[int, int]]) -> bool:
    sent = m.trigger.sent
    return any(e.label_ == "DATE" and e.text.lower().removeprefix("on ") in _REPORT_DAYS
               and (e.start_char + m.offset, e.end_char + m.offset) not in claimed for e in entities_in(sent))


_REPORT_DAYS = frozenset({"today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                          "this morning", "tonight", "this afternoon", "this evening"})


def _report_day(parsed: ParsedText, base: date) -> date | None:
    """The day the report is about: its lead's weekday or "today" when that is within a week of publication."""
    if not parsed.pieces:
        return None
    doc = parsed.pieces[0].doc
    for sent in list(doc.sents)[:3]:
        for ent in entities_in(sent):  # "Yesterday, President Rouhani said": the lead's day, as a weekday would be
            if ent.label_ == "DATE" and ent.text.lower() in _REPORT_DAYS | {"yesterday"}:
                found = resolve(ent.text, base, "past")
                if found is not None and found.date is not None and 0 <= (base - found.date).days <= 7:
                    return found.date
    return None


def _settle_status(d: _Draft, base: date) -> None:
    """A date settles what the tense could not: an event dated before publication is over, one after is to come."""
    if d.resolved is None:
        return
    first = _first_day(d.resolved)
    last = d.resolved.date or d.resolved.last or first
    for m in d.mentions:
        if m.status in ("happened", "ongoing") and first > base:
            m.status = "planned"
        elif m.status == "ongoing" and last < base:
            m.status = "happened"
        elif m.status == "happened" and not m.firm and last > base:
            m.status = "planned"  # "this year's presidential contest" in June: nothing says it is over
        elif m.status == "planned" and last < base and d.dated_by == "text":
            m.status = "happened"  # "Ahead of the debate in Charleston earlier this month": it is over now


def _event(d: _Draft, text: str) -> Event:
    head = d.head
    mentions = [head] + [m for m in d.mentions if m is not head]
    firm = _firm(d)  # "the coming primary" says more than "the primary"
    status: EventStatus = "cancelled" if any(m.status == "cancelled" for m in d.mentions) else firm.status
    participants: list[Participant] = []
    for m in mentions:
        participants.extend(p for p in m.participants if not any(_same(p, q) for q in participants))
    for m in mentions:
        participants.extend(p for p in m.present + m.moderators if not any(_same(p, q) for q in participants))
    place = next((m.place for m in mentions if m.place), None)
    timed = d.timed or next((m for m in mentions if m.time), None)
    time = Span(timed.time[0], timed.time[1], text[timed.time[0]:timed.time[1]]) if timed and timed.time else None
    near = next((m for m in mentions if m.near is not None and not m.earlier), None)
    if time is None and near is not None and near.near is not None and d.dated_by == "text":
        start, end = near.near.start_char + near.offset, near.near.end_char + near.offset
        time = Span(start, end, text[start:end])  # the sentence's time that dated it
    day, days = d.resolved.iso() if d.resolved else (None, None)
    links = list(dict.fromkeys(k for m in mentions for k in m.links))
    return Event(
        type=_event_type(d), status=status,
        mentions=[Span(m.span[0], m.span[1], text[m.span[0]:m.span[1]]) for m in mentions],
        participants=participants,
        place=Span(place[0], place[1], text[place[0]:place[1]]) if place else None,
        time=time,
        date=day, date_range=days, dated_by=d.dated_by if d.resolved else None,  # type: ignore[arg-type]
        statement_keys=links,
    )


def participant_actors(events: Sequence[Event]) -> list[Actor]:
    """The actors events name, each once."""
    seen: dict[str, Actor] = {}
    for e in events:
        for p in e.participants:
            if p.actor is not None:
                seen.setdefault(p.actor.id, p.actor)
    return list(seen.values())
