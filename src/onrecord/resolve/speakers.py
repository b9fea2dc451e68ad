"""Resolve speaker mentions to actors inside one article.

No pretrained neural coreference ships on PyPI, so this is a resolver built for
attribution, where the antecedent of "he said" is almost always a person named
a little earlier and usually the last one who spoke. Each candidate actor is
scored on

- recency: sentences since the actor was last mentioned;
- grammatical role: an actor last seen as a subject is more salient;
- quote-speaker alternation: the speaker of the previous statement is favoured;
- agreement: gender (pronouns, honorifics, given names) and number;
- role compatibility: "the Ukrainian leader" never resolves to an American;
  a role noun that matches an actor's title ("the president") is favoured;
- salience: how often the actor has been mentioned.

The weights were set on PolNeAR train and the example article; see
docs/DESIGN.md and docs/EVALUATION.md for what they achieve.
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_ALPHA, IS_TITLE, SENT_START, TAG
from spacy.tokens import Doc, Span, Token

from onrecord.extract import english as en
from onrecord.extract.cues import cue_class
from onrecord.extract.furniture import Furniture
from onrecord.extract.quotes import Quotation
from onrecord.extract.rules import Candidate
from onrecord.extract.rules.filters import QUOTED_THROUGH
from onrecord.extract.rules.sources import first_conjunct, noun_phrase
from onrecord.extract.transcript import TURN_RULE, Turn
from onrecord.model import Actor, ActorType, Cue, Mention, Resolution, Statement, statement_key, text_digest
from onrecord.model import Span as TextSpan
from onrecord.nlp import KnownIds, ParsedText, column, entities, token_indices
from onrecord.resolve import described, fit, gazetteer, names
from onrecord.resolve.corpus import (
    KnownActor,
    Role,
    joint_name,
    office_holder,
    office_holders,
    office_nouns,
    offices_held,
)
from onrecord.settings import Settings

_ACTOR_TYPES: dict[str, ActorType] = {"PERSON": "person", "ORG": "organization", "GPE": "country"}


def _body_not_person(words: list[str], actor_type: ActorType) -> ActorType:
    """A person's name that ends with a body's head noun ("U.S. Geological Survey", "Our Principles PAC") is an
    organisation's, whichever way it was found to be a person (issue 12, orgs19)."""
    return "organization" if actor_type == "person" and names.org_headed(words) else actor_type


def _state_survey(state: _ActorState) -> bool:
    """A "Survey" the article names with its country ("the U.S. Geological Survey", "the British Geological
    Survey") is a state's agency, no study speaking for its authors (issue 12, orgs19)."""
    if state.words[-1].lower() != "survey":
        return False
    written = [a.split() for a in state.actor.aliases] + [state.words]
    return state.actor.part_of is not None or any(
        w[0].lower() in names.NATIONALITIES or names.country_name(_norm_key(w[:k])) is not None
        for w in written for k in (1, 2) if len(w) > k)

W_RECENCY = 1.0
W_ROLE_RECENCY = 0.35
W_LAST_SPEAKER = 2.0
W_SUBJECT = 1.0
W_SALIENCE = 0.5
W_TITLE_MATCH = 2.0
W_NATIONALITY_MATCH = 1.5
# "she" prefers a woman the article has shown to be one over a person of unknown gender ("Bernard Cole").
# Not "he" (round 7): the given names the lists lack ("Ratko", "Lars") are mostly men's in news, so for "he"
# the bonus only held the last speaker ("Bob Kent") against a newcomer the text had just made its subject.
W_GENDER_KNOWN = 1.5
MAX_PRONOUN_DISTANCE = 8  # sentences
MAX_ROLE_DISTANCE = 60  # sentences: "the American leader" reaches further back than "he"
# An office noun ("the senator") whose holder the text does not give renames the subject of the sentence before.
MAX_TOPIC_DISTANCE = 1
# People nouns that never call back a named speaker: a bare "the person" or "the man" is a source of its own,
# and "the victim" or "the suspect" is not whoever spoke last.
# Sources cited without an author: documents and data ("reports", "footage") and hearsay or pictures ("rumors").
# "according to official statements": statements no author is in reach of are a source under their description, as
# reports are; a statement with an author stays the author's (issue 12, wire19)
_SOURCE_DOCUMENTS = names.SOURCE_DOCUMENT_NOUNS | described.UNAUTHORED_NOUNS | names.UNAUTHORED_STATEMENT_NOUNS
_NO_CALLBACK_NOUNS = names.BARE_SOURCE_NOUNS | names.COLLECTIVE_NOUNS | names.PARTY_NOUNS | frozenset(
    "people man woman child victim survivor witness eyewitness".split())
# Phrases under a verb that are clauses of their own when they have a subject of their own ("when Rubio came"),
# whose names its subject pronoun may still be; a subjectless one ("to meet with X") is the pronoun's own.
_OTHER_CLAUSES = frozenset({"acl", "advcl", "ccomp", "parataxis", "conj"})
# A name in these places is a party of the clause (not a modifier: "the Carson campaign", "Carson's aides").
_ARGUMENTS = frozenset({"dobj", "pobj", "iobj", "dative", "attr", "conj", "appos", "oprd"})
TOGETHER_SENTENCES = 2  # sentences: how far back "they" and "the two leaders" look for the persons named together


@dataclass(slots=True)
class _Seen:
    offset: int
    sentence: int
    subject: bool


@dataclass(slots=True)
class _ActorState:
    actor: Actor
    words: list[str]
    titles: set[str] = field(default_factory=set)
    nationality: str | None = None
    gender: str | None = None
    seen: list[_Seen] = field(default_factory=list)
    region: str | None = None  # the US state the article ties a person to: "Vermont Sen. X", "X (I-Vt.)"
    party: str | None = None  # "Republican X", "X (D-Ill.)"

    offsets: list[int] = field(default_factory=list)  # of ``seen``, kept sorted for bisection
    # What ``actor.mentions`` and ``actor.aliases`` hold, for membership tests that do
    # not scan a list once per statement (an actor can be mentioned thousands of times).
    spans: set[tuple[int, int]] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    written: set[str] = field(default_factory=set)  # the name forms the article writes (``_norm_key``s)

    def add_mention(self, start: int, end: int) -> None:
        self.actor.mentions.append(Mention(start, end))
        self.spans.add((start, end))

    def add_alias(self, text: str) -> None:
        """Names only ("Trump", "EU"), each once whatever its case at a sentence start ("Workers"); a pronoun
        or a role noun that refers to the actor is a mention, not an alias (the corpus linker keeps names
        only, and the README promises as much)."""
        text = _alias_form(text)
        if text and text.lower() not in self.aliases:
            self.aliases.add(text.lower())
            self.actor.aliases.append(text)

    def add_seen(self, seen: _Seen) -> None:
        at = bisect_right(self.offsets, seen.offset)
        self.offsets.insert(at, seen.offset)
        self.seen.insert(at, seen)

    def last_before(self, offset: int) -> _Seen | None:
        at = bisect_left(self.offsets, offset)
        return self.seen[at - 1] if at else None

    def count_before(self, offset: int) -> int:
        return bisect_left(self.offsets, offset)


@dataclass(frozen=True, slots=True)
class _Mention:
    """A speaker mention being resolved: its span in the piece, its article offsets, the last speaker."""

    span: Span
    start: int
    end: int
    last_actor: _ActorState | None


# A reading of a speaker mention: the actor (None: it applies but finds none) and how it was found.
_Found = tuple["_ActorState | None", str]


@dataclass(slots=True)
class _NameMention:
    start: int
    end: int
    text: str
    label: str
    words: list[str]
    titles: list[str]
    nationality: str | None
    sentence: int
    subject: bool
    described: list[str] = field(default_factory=list)  # nouns set beside the name: "Smith, a lawyer"
    bare_speaker: bool = False  # a lone surname-like ORG as the subject of a speech verb ("Vickers said")
    owner: str | None = None  # the country written just before: "Russian", "Russia's" (names)


class ArticleResolver:
    """Builds the article's actors, then names the speaker of each candidate."""

    def __init__(self, parsed: ParsedText, quotations: Sequence[Quotation] = (),
                 settings: Settings | None = None, turns: Sequence[Turn] = (), published: str | None = None,
                 title: str | None = None) -> None:
        self.text = parsed.text
        self._title = title or ""  # a headline given apart from the text: part of a transcript's header
        self._pieces = parsed.pieces
        self._day = _day(published)  # dated roles: "the President", "the former president" (``fit``)
        # A transcript's turns (``extract.transcript``): who speaks in each, read when first needed.
        self._turns = [t for t in turns if not t.question]
        self._turn_starts = [t.body[0] for t in self._turns]
        self._turn_speakers: dict[tuple[int, int], tuple[_ActorState | None, str]] = {}
        self._home: tuple[str | None] | None = None  # the transcript's own country, read once
        settings = settings or Settings()
        self.max_recent = settings.max_recent_mentions
        self.max_lookback = settings.max_inherit_lookback
        # Sentences inside a quotation do not push its speaker out of reach:
        # "“...nine sentences...,” he said" still means the last person named.
        in_quote = _within(quotations)
        self._in_quote = in_quote
        # "READ MORE: Smith says ...", "(Reporting by Tom Reed; Editing by Ann Vale)", "Photograph: X/AFP": a line
        # of the page's furniture names no actor of this story (``extract.furniture``).
        self._furniture = Furniture(self.text)
        self.sent_starts: list[int] = []
        mentions: list[_NameMention] = []
        self._headline_keys: set[str] = set()  # names written in a Title Case sentence, and in running text
        self._running_keys: dict[str, str] = {}  # names written in running text, each with the label it got first
        for piece in parsed.pieces:
            starts = (x + piece.offset for x in _sentence_start_chars(piece.doc))
            self.sent_starts.extend(x for x in starts if not in_quote(x))
        pairs: list[tuple[list[int], list[str]]] = []  # coordinated names: their starts, the title before them
        # Names the article calls places (its dateline, "the town of X"): no mention of them is an actor.
        self._places = _dateline_places(self.text)
        self._datelines = [m.span() for m in _DATELINE.finditer(self.text)]
        for piece in parsed.pieces:
            self._places.update(_norm_key(_name_words(e)) for e in entities(piece.doc) if _called_a_place(e))
        self._places.update(_places_by_slot([e for piece in parsed.pieces for e in entities(piece.doc)]))
        self._places.update(_rooms_by_slot([e for piece in parsed.pieces for e in entities(piece.doc)]))
        for piece in parsed.pieces:
            found = self._name_mentions(_with_missed_people(piece.doc), piece.offset)
            mentions.extend(found)
            pairs.extend(_coordinated(piece.doc, piece.offset, found))
        self.states: list[_ActorState] = []
        self._by_key: dict[str, _ActorState] = {}
        self._timeline: list[tuple[int, int, _ActorState]] = []  # every mention, by offset
        self._by_surname: dict[str, list[_ActorState]] = {}
        self._by_first_word: dict[str, list[_ActorState]] = {}  # people named in full, by their name's first word
        self._orgs_by_initials: dict[str, list[_ActorState]] = {}  # "WHO" -> World Health Organisation
        self._orgs_by_short_form: dict[str, list[_ActorState]] = {}  # "salling" -> Salling Group
        self._other_names: dict[str, str] = {}  # "UNICEF" -> "United Nations Children Fund" ("X, or UNICEF,")
        # Abbreviations the article defines: "NCLAN" -> "National Crop Loss Assessment Network" (issue 12, names)
        self._defined = _defined_abbreviations(self.text)
        self._capitalised: list[re.Match[str]] | None = None  # _CAPITALISED_RUN over the text, when first needed
        self._capitalised_starts: list[int] = []
        self._story_country: str | None = None  # the story's one country, read when first needed
        self._story_read = False
        self._places_written: list[tuple[int, str]] | None = None  # the GPE names, read when first needed
        self._by_institution: dict[str, _ActorState] = {}  # a gazetteer institution's name -> its actor here
        self._ids: set[str] = set()
        self._acronyms: set[str] | None = None  # the article's abbreviations ("CPD"), read when first needed
        self._id_counts: dict[str, int] = {}  # the last number each id base was given
        self._newlines = _line_breaks(self.text)  # shared with the line counts (``_line_shape``): read only
        self._documents: dict[str, tuple[_ActorState, str]] = {}  # document noun -> its author, as resolved
        self._study: tuple[_ActorState | None] | None = None  # the one study the article names, read once
        self._research: _ActorState | None = None  # the first study group introduced by where it works (speaker18)
        self._stand_ins: dict[int, _ActorState] = {}  # id of a description's state -> the group that took its place
        # where the text last spoke of an issued document, and its author
        self._last_document: tuple[int, tuple[_ActorState, str]] | None = None
        self._spoke: dict[int, int] = {}  # id of a state -> the sentence it last spoke in, as resolved
        self._said: set[int] = set()  # ids of states that said something, not only named a thing ("filed an appeal")
        self._not_antecedents: set[int] = set()  # ids of states no pronoun refers to (documents)
        self._individuals: set[int] = set()  # ids of unnamed states "he" or "she" may refer to ("a woman")
        self._bodies: set[int] = set()  # ids of unnamed bodies "it" may refer to ("the union", none named)
        org_words = [w for p in parsed.pieces for w in _org_context_words(p.doc)]
        _surnames_that_speak(mentions, org_words)
        _people_typed_as_bodies(mentions)
        _bodies_typed_as_people(mentions)
        _surnames_typed_as_bodies(mentions, org_words)
        mentions = _without_taxa(mentions, _genera(parsed))
        for mention in mentions:  # speaker17: "Phivolcs said", defined by "the Philippine Institute ... (Phivolcs)"
            if mention.label == "PERSON" and len(mention.words) == 1 and mention.words[0] in self._defined:
                mention.label = "ORG"
        self._build_actors(mentions)
        self._addressed = self._only_addressed(parsed) if self._turns else set()
        if self._turns:
            for piece in parsed.pieces:
                self._see_offices(piece.doc, piece.offset)
        self._groups: list[tuple[int, list[_ActorState], frozenset[str]]] = []
        self._build_groups(pairs)
        self._acts: dict[str, list[tuple[int, _ActorState, str]]] = {}  # "request" -> who made one, where
        for piece in parsed.pieces:
            self._see_speech_acts(piece.doc, piece.offset)
        for piece in parsed.pieces:
            self._see_described_groups(piece.doc, piece.offset, in_quote)

    # -- actors ------------------------------------------------------------
    def sentence_of(self, offset: int) -> int:
        return bisect_right(self.sent_starts, offset) - 1

    def _name_mentions(self, ents: Sequence[Span], offset: int) -> list[_NameMention]:
        out: list[_NameMention] = []
        covered = -1
        for ent in _split_person_tails(ents):
            if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP") or ent.start < covered \
                    or self.on_furniture(ent.start_char + offset) or self._in_dateline(ent.start_char + offset) \
                    or self._shouted_heading(ent.start_char + offset):
                continue
            ent = _with_campus(_with_edition(_with_body_tail(_whole_name(_place_force(ent)))))
            covered = ent.end
            while ent.label_ == "PERSON" and len(ent) > 1 and ent[0].is_stop and ent[0].pos_ in _FUNCTION_POS \
                    and names.name_gender([ent[0].text, "x"], []) is None:
                # name12: "Without Bloomberg", "Now Bloomberg": a sentence's first word the recogniser took into
                # the name is no given name, and made an actor of its own apart from Michael Bloomberg
                ent = Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
            ent = _before_bracket(ent)  # "World Health Organisation (WHO)": the name, not its abbreviation
            kept = (".", "-", *en.NAME_AMPERSANDS)  # "Marlow & Daughters" keeps its ampersand
            words = [t.text for t in ent if not t.is_space and (not t.is_punct or t.text in kept)]
            # speaker18 (fresh3): an organisation's "Alachua Sheriff's Office" keeps the "'s" before its body noun
            # (not "Commentary's Noah Rothman", an outlet's writer)
            words = _join_hyphens(_owners_kept(words) if ent.label_ == "ORG" else
                                  [w for w in words if w not in _POSSESSIVES])
            words = _campus_comma(ent, words)
            occupation = None
            if ent.label_ == "PERSON":
                words = _after_inner_title(names.strip_title(words))
                if len(words) >= 3 and _occupation_first(ent, words[0]):
                    occupation = words[0]
                    words = words[1:]  # "Broadcaster Piers Morgan" is Piers Morgan
                before = ent.doc[ent.start - 1] if ent.start > 0 else None
                if len(words) == 1 and before is not None and before.lower_ in names.REGNAL_TITLES \
                        and before.text[:1].isupper():
                    words = [before.text, *words]  # "Pope Francis", the recogniser's name being "Francis"
            elif len(words) > 1 and words[0].lower() == "the":
                words = words[1:]  # "The United Nations" is "United Nations"
            handle = next((t for t in ent if t.text.startswith("@") and len(t) > 1), None)
            if handle is not None:  # "@realDonaldTrump Twitter": the handle, not the platform (actors9)
                ent = Span(ent.doc, handle.i, handle.i + 1, label=ent.label_)  # keeps the recogniser's label
                words = [handle.text.rstrip(".")]
            if not words:
                continue  # punctuation or symbols only ("¿ê" split into nothing a name is made of)
            if words in (["I"], ["I."]):
                continue  # "Vladimir Putin and I.": the speaker, no one's name (but "US" is a country)
            if _time_zone(ent):
                continue  # "at 5 p.m. (2100 UTC)": when, not who (issue 12, fresh articles)
            if ent.label_ == "ORG" and words[-1] in names.FORCE_NOUNS:
                words[-1] = words[-1].title()  # "Delhi police" is the force named "Delhi Police"
            while ent.label_ == "ORG" and len(words) > 1 and words[-1].islower() and words[0][:1].isupper() \
                    and words[0].lower() not in names.NATIONALITIES:
                words = words[:-1]  # "Yonhap news agency": the name is "Yonhap", the rest says what it is
                # (not "Kazakh" of "Kazakh foreign ministry": a nationality alone names no body; names)
            if not words or (ent.label_ == "NORP" and ent.root.pos_ == "ADJ"):
                continue
            lettered = False  # speaker18 (fresh4): "Judge Durham Hall QC" is Durham Hall, a person, no body
            while len(words) > 2 and words[-1] in en.POST_NOMINALS:
                words, lettered = words[:-1], True
            label = ent.label_
            titled = _after_inner_title(names.strip_title(words)) if label == "ORG" else words
            if label == "ORG" and lettered and _person_shaped(titled):
                label, words = "PERSON", titled
            if label == "ORG" and len(titled) == 3 and _occupation_first(ent, titled[0]) \
                    and titled[0].lower() in en.TITLE_OCCUPATIONS:
                occupation, titled = titled[0], titled[1:]  # "Striker Erling Haaland", taken for a body (speaker16)
            if label == "ORG" and not names.org_headed(titled) and (names.reads_as_person(titled) or (
                    len(titled) in (2, 3) and len(titled) < len(words) and _person_shaped(titled))):
                # "(Detective Constable) Antoine Quirin", which the recogniser took for an org, and "MEA
                # Spokesperson Vikas Swarup": a title before two or three capitalised words (spkaudit)
                label = "PERSON"
                words = titled
            if label in ("GPE", "NORP") and _person_shaped(words) and _after_person_title(ent):
                label = "PERSON"  # "Hamas official Bassem Naim", which the recogniser took for a place
            if label == "ORG" and _person_shaped(words) and names.is_given_name(words[0]) \
                    and _after_person_title(ent):
                label = "PERSON"  # "government spokeswoman Yolande Makolo", which it took for a body (lead17)
            if (home := _after_home_place(ent, words)) is not None:
                label, words = "PERSON", home  # "Senator from Vermont Bernie Sanders", one name to the recogniser
            if label == "PERSON" and len(words) > 1 and words[-1].lower() in names.BODY_LAST_WORDS:
                label = "ORG"  # "Delhi Police", "Harlow Holdings", "Harlow Mining": a force's or firm's name, no one's
            if label == "PERSON" and len(words) > 1 and names.institution(_norm_key(words[1:])) is not None:
                label, words = "ORG", words[1:]  # "the Obama White House": the White House, no person (actors9)
            if label == "PERSON" and _officer_of(ent):
                label = "ORG"  # "former chief executive of Panera Bread": what one heads is a body, no person (who11)
            if label == "PERSON" and _initials_last(words):
                label = "ORG"  # "Concord EFS", "Norvale ATP": a firm's initials end no person's name (spkaudit)
            if label == "PERSON" and not any(w[:1].isupper() or w[:1] == "@" for w in words):
                continue  # "fentanyl", "heroin": a name is written with capitals, so "he" is never this
            if label == "PERSON" and len(words) == 1 and (_place_slot(ent.root) or _names_a_place(ent.root)):
                continue  # "voters in Surrey", "visited Surrey": a place the recogniser took for a person
            if ent.label_ != "GPE" and _norm_key(words) in self._places:
                continue  # "Riverton's largest employer" in a story datelined "RIVERTON —": a place, no one
            if len(words) == 1 and words[0].rstrip(".").lower() in en.CHANNEL_PLATFORMS and ent.start > 0 \
                    and ent.doc[ent.start - 1].lower_ in ("on", "via"):
                continue  # "said in a post on X.": where it was said, no one who said it (lead17)
            if len(words) == 1 and (_initial_common_noun(ent.root) or _body_noun_modifier(ent)):
                continue  # "Staff said", "Council member Sarah Voss": a common noun, no name (round 6)
            if label == "PERSON" and _body_before_title(ent):
                continue  # "Granton Fire | Chief Ted March": the place or body whose chief speaks (spkaudit)
            if label == "PERSON" and (end := _facility_end(ent)) is not None:
                # "James S. Brady Press Briefing Room", "the Clinton Presidential Library": the place's whole
                # name, a body at most, never a person a later "he" means (trans13)
                if ent.doc[end - 1].lower_ in en.FACILITY_HEADS:
                    covered = max(covered, end)
                    continue  # a room or a building: no actor
                ent = Span(ent.doc, ent.start, end, label="ORG")
                covered = max(covered, end)
                label, words = "ORG", [t.text for t in ent if not t.is_space and (not t.is_punct or t.text in kept)]
            if label == "PERSON" and _people_noun_modifier(ent):
                continue  # "The Wooster professor", "Maroochydore captain Sam Marshall": a place or team, no one
            if label == "ORG" and _portfolio(ent):
                continue  # "the former secretary of state": the office's portfolio, no body (actors9)
            if len(words) == 1 and label in ("ORG", "NORP") and words[0].lower() in names.LONE_TITLES:
                continue  # "One MP told the BBC": a title alone names no one (a bare surname is a PERSON)
            if label in ("NORP", "ORG") and ent.root.tag_ == "NNP" and _demonym(words) is not None \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in ent.root.children):
                continue  # "the Belgian", "the Dutchman": a person the nationality describes, no people (speaker16)
            if len(words) == 1 and _modifier_word(ent):
                continue  # "His Azerbaijani counterpart", "Norwegian Trade Minister X": a nationality, no one
            titles, nationality = _titles_before(ent)
            if occupation is not None and label == "PERSON":
                titles.append(occupation)  # "Treasurer Jim Chalmers": his title, which "the treasurer" may read
            if _title_case(ent.root):
                self._headline_keys.add(_norm_key(words))
            else:
                self._running_keys.setdefault(_norm_key(words), label)
            start, text = ent.start_char + offset, ent.text
            bare = label == "ORG" and _bare_speaker(ent, words)
            lead = _given_before(ent) if len(words) == 1 and (label == "PERSON" or bare) else []
            if not lead and label == "PERSON" and len(words) == 2 and len(ent) == 2:
                # "Ole | Gunnar Solskjaer", "Ama | Serwaa Owusu": the first of three given and family names
                # (who11), one word at most, never a title or nationality (``_given_before``)
                lead = _given_before(ent, most=1)
                if lead and (_agent_suffix(lead[0].lower_) or lead[0].lower_ in _OCCUPATION_NOUNS | _TITLE_NOUNS
                             or lead[0].tag_ != "NNP" or lead[0].lemma_.lower() in _NOT_GIVEN_NAMES
                             or lead[0].lower_.endswith(_PLURAL_PEOPLE_ENDINGS)) \
                        and names.name_gender([lead[0].text, "x"], []) is None:
                    lead = []  # "Actor Denzel Washington", "Celebrities Julianne Moore": who they are, no name
                titles = [t for t in titles if t not in {tok.text for tok in lead}]
            if lead:  # "Maitree | Promjampa said he ...": the recogniser left the given name out (round 7)
                words = [t.text for t in lead] + words
                start, text = lead[0].idx + offset, ent.doc[lead[0].i:ent.end].text
            out.append(_NameMention(
                start=start, end=ent.end_char + offset, text=text, label=label, words=words,
                titles=titles, nationality=nationality, sentence=self.sentence_of(start),
                # a name a quotation makes its subject is what the quoted spoke of, not the person the
                # next "he" goes on with: "“... it is Trump who sounds angry,” he adds" (issue 12, pron11)
                subject=_subject_name(ent.root) and not self._in_quote(start), described=_appositive_nouns(ent),
                bare_speaker=bare,
                owner=nationality or _possessing_country(ent),
            ))
        out = self._names_out_of_headlines(out)
        self._share_surnames(out)
        return out

    def _names_out_of_headlines(self, found: list[_NameMention]) -> list[_NameMention]:
        """A Title Case headline's capitals run a name on into the words around it ("Bernie Sanders Burns
        Hillary Clinton", "Ted Cruz Refuses to ...") or make one name of a whole line ("Biden Calls Trump Before
        Summit With Xi", "Northfield Water Crisis Deepens"). A name only a headline writes is the longest part of it
        that the running text writes as a name; with no such part, four words or more are no body's name, nor a
        person's where they fill the line (issue 12, item 6)."""
        kept: list[_NameMention] = []
        for m in found:
            key = _norm_key(m.words)
            if key not in self._headline_keys or key in self._running_keys or len(m.words) < 2 \
                    or not _title_case_line(self.text, m.start):  # a sentence full of names is no headline
                kept.append(m)
                continue
            part = self._running_part(m)
            if part is not None:
                kept.append(part)
            elif len(m.words) < 4 or (
                    m.label == "PERSON" and len(m.words) < 0.8 * _line_shape(self.text, m.start)[0]):
                kept.append(m)  # "Martin Luther King Jr." in a headline over a story that says "King" is a name
        return kept

    def _running_part(self, m: _NameMention) -> _NameMention | None:
        """The longest run of ``m``'s words that the running text writes as a name, with its offsets: two words
        or more anywhere ("Follow John Nolte"), or its first word."""
        spans: list[tuple[int, int]] = []
        cursor = m.start
        for word in m.words:
            at = self.text.find(word, cursor, m.end)
            if at < 0:
                return None  # a word the name was rebuilt with ("Pope" before "Francis"): leave it whole
            spans.append((at, at + len(word)))
            cursor = at + len(word)
        n = len(m.words)
        for size in range(n - 1, 0, -1):
            for i in range(n - size + 1):
                words = m.words[i:i + size]
                key = _norm_key(words)
                # one word only where it leads the name and is no given name: "Clinton Wades In" is Clinton, but
                # "Robert Downey Jr." stays whole though the text says only "Downey", and "Hillary Clinton" too
                if key in self._running_keys and (size > 1 or (
                        i == 0 and len(words[0]) >= 3 and names.name_gender([words[0], "x"], []) is None)):
                    start, end = spans[i][0], spans[i + size - 1][1]
                    return replace(m, start=start, end=end, text=self.text[start:end], words=words,
                                   label=self._running_keys[key])
        return None

    def _share_surnames(self, found: list[_NameMention]) -> None:
        """"David and Louise Turpin" are David Turpin and Louise Turpin: a lone given name joined by "and" to
        a full name takes its surname (a surname alone, "Trump and Hillary Clinton", does not)."""
        for a, b in itertools.pairwise(found):
            if a.label == b.label == "PERSON" and len(a.words) == 1 and len(b.words) >= 2 \
                    and self.text[a.end:b.start] == " and " and names.name_gender([*a.words, "x"], []) is not None:
                a.words = [a.words[0], b.words[-1]]

    def _in_dateline(self, offset: int) -> bool:
        """"MILLBROOK - ...", "NAIROBI, March 4 (Wire) - ...": where the story was filed names no actor, though
        the recogniser may take "MILLBROOK -" for an organisation (guideline 2.2; issue 12, newcomer)."""
        return any(start <= offset < end for start, end in self._datelines)

    def _shouted_heading(self, offset: int) -> bool:
        """"REMARKS BY PRESIDENT TRUMP AND PRIME MINISTER NARENDRA MODI OF THE REPUBLIC OF INDIA ...": a heading in
        capitals above a transcript's first turn, where the recogniser makes bodies of people ("TRUMP", an
        organisation every "PRESIDENT TRUMP:" answer went to) and of phrases; its labels are read from the header
        as it stands (``_header``), and the people it names are named again below (nc18)."""
        if not self._turns or offset >= self._turns[0].label[0]:
            return False
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        line = self.text[start:end if end != -1 else len(self.text)]
        return len(line.split()) >= en.SHOUTED_HEADING_WORDS and line == line.upper() and line != line.lower()

    def on_furniture(self, offset: int) -> bool:
        """Whether ``offset`` lies on a line of the page's furniture (``extract.furniture``): a credit, a caption,
        a pointer to another piece, which name no actor and no participant of this story."""
        return self._furniture.covers(offset)

    def _build_actors(self, mentions: list[_NameMention]) -> None:
        # "the President", which the recogniser takes for a name, is an office: its holder (``_build_offices``)
        offices = [m for m in mentions if m.label == "PERSON" and self._office(m.text) is not None]
        mentions = [m for m in mentions if not (m.label == "PERSON" and m in offices)]
        people = [m for m in mentions if m.label == "PERSON" and _norm_key(m.words) not in names.METONYMS
                  and names.institution(_norm_key(m.words)) is None and gazetteer.find(" ".join(m.words)) is None]
        full = [m for m in people if len(m.words) >= 2]
        full_ids = {id(m) for m in full}
        single = [m for m in mentions if id(m) not in full_ids]
        self._other_names = {b.words[0]: " ".join(a.words) for a, b in itertools.pairwise(mentions)
                             if _or_abbreviation(self.text, a, b)}
        self._company_names = _company_names(mentions, self.text)
        for m in full:
            state = self._match_person(m.words, m.start) or self._new_state(m.words, "person")
            self._attach(state, m)
        for m in single:
            found = self._single_word_state(m)
            if found is not None:
                self._attach(found, m)
        self._story_read = False  # read again now that every country the article names is an actor
        self._build_offices(offices)
        self._timeline.sort()  # appended out of order above; kept sorted by insertion from here on
        self._story_read = False
        for state in self.states:
            state.actor.mentions.sort(key=lambda x: x.start)
        self._names = sorted((m.start, m.end, n) for n, st in enumerate(self.states) for m in st.actor.mentions)
        self._name_starts = [x[0] for x in self._names]

    def _build_offices(self, offices: list[_NameMention]) -> None:
        """Issue 12 (newcomer 6): "the President told his fellow G7 leaders" with no name in reach, which the
        recogniser tags as a name "President": the holder of that office on the article's date in the story's
        country, where the actors file's dated roles give exactly one (Joe Biden, in a US story of 2022);
        else no actor (never one "President" gathering every president of a corpus)."""
        for m in offices:
            holder = self._office_holder(self._office(m.text) or "")
            if holder is not None:
                self._attach(holder, m)

    def _build_groups(self, pairs: list[tuple[list[int], list[str]]]) -> None:
        """People or bodies the article names together ("officers Antoine Quirin and Nicolas Redouane") are
        one group for a later "both officers", "the defendants" or "they" (guideline 2.5: joint sources are
        one group named after their members). The group is seen where it is named, but has no mention of
        its own until something refers to it."""
        starts = {m_start: n for m_start, _end, n in self._names}
        for member_starts, titles in pairs:
            members = [self.states[starts[x]] for x in member_starts if x in starts]
            if len(members) != len(member_starts) or len({id(m) for m in members}) != len(members):
                continue
            group = self._group_of(members)
            self._see(group, _Seen(member_starts[0], self.sentence_of(member_starts[0]), False))
            self._groups.append((member_starts[0], members, frozenset(titles)))

    def _see_described_groups(self, doc: Doc, offset: int, in_quote: Callable[[int], bool]) -> None:
        """"Scientology officials went to the station, where they claimed ...": a described group that is the
        subject of a clause outside quotations is a candidate for a later "they", as a named one is. It is
        seen there, and becomes a listed actor only when something refers to it."""
        for i in _subjects_and_agents(doc):  # no Token made for the rest
            tok = doc[i]
            # the agent of a passive too: "the details were laid out by senior administration officials" (round 7)
            agent = tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.tag_ == "NNS"
            if (tok.dep_ == "pobj" and not agent) or tok.ent_type_ not in ("", "CARDINAL") \
                    or in_quote(tok.idx + offset) or self._furniture.covers(tok.idx + offset):
                continue  # a caption's "Protesters march through Belgrade" is furniture (outlets15)
            span = doc[tok.left_edge.i:tok.i + 1]
            if tok.tag_ == "NNS":
                state = self._subject_group(span, span.start_char + offset, tok.idx + len(tok) + offset,
                                            doc[tok.left_edge.i:tok.right_edge.i + 1])
            else:
                state = self._gendered_individual(doc[tok.left_edge.i:tok.right_edge.i + 1]) \
                    or self._subject_body(span)
            if state is not None:
                self._see(state, _Seen(tok.idx + offset, self.sentence_of(tok.idx + offset), True))

    def _see_speech_acts(self, doc: Doc, offset: int) -> None:
        """Issue 12: "the Queen will comply with the request of Prime Minister Boris Johnson ... Per the
        request, Parliament would ...": what a named source asked or proposed ("the request of X", "X's
        request", "the calls by X"), wherever it stands in the sentence, is remembered as X's, so that a later
        "the request" is X speaking (``_document_author``)."""
        self._see_rulings(doc, offset)
        for i in token_indices(doc, "LOWER", _SPEECH_ACT_FORMS):  # no Token made for the rest
            tok = doc[i]
            if tok.lemma_.lower() not in described.SPEECH_ACT_NOUNS or tok.pos_ != "NOUN":
                continue
            agents = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "by", "from")
                      for g in c.children if g.dep_ == "pobj"] + [c for c in tok.children if c.dep_ == "poss"]
            for agent in agents:
                author = self._author(agent, offset)
                if author is not None:
                    self._acts.setdefault(tok.lemma_.lower(), []).append((tok.idx + offset, *author))
                    break

    def _see_rulings(self, doc: Doc, offset: int) -> None:
        """Issue 12 (fresh Wikinews): "the European Court of Justice ruled ... According to the ruling, Y": the
        document a verb makes ("ruled" a ruling, "stated" a statement, "filed" a filing: the noun the verb
        forms with "-ing" or "-ment") is its named subject's, so a later "the ruling" is that subject's
        (``_document_author``), as "the request" is whoever made it."""
        # Only the verbs whose lemma forms a document noun: tested once per lemma per process, where every verb
        # of the doc had a Token, its lemma and its children read (the stage's largest new cost).
        for i in token_indices(doc, "LEMMA", _DOCUMENT_VERBS):
            verb = doc[i]
            if verb.pos_ != "VERB":
                continue
            noun = _document_made(verb.lemma_.lower())
            named = self._named_subject(verb, offset) if noun is not None else None
            if noun is not None and named is not None and named.actor.type != "person":
                self._acts.setdefault(noun, []).append((verb.idx + offset, named, "organization"))
        self._see_disclosures(doc, offset)

    def _see_disclosures(self, doc: Doc, offset: int) -> None:
        """Issue 12 (PolNeAR train 150-350, regression): "the Republican National Committee published a report
        detailing ... “...,” the report stated": a document a named subject publishes or releases is its own.
        Since "published a report" became a deed (no statement whose speaker a later "the report" took), the
        report spoke for an unnamed "report"; the document is remembered at its own place, so the object
        itself ("a report detailing ...") and a later "the report" (``_document_author``) name the subject."""
        for i in token_indices(doc, "LEMMA", tuple(en.DISCLOSING_DEEDS)):
            verb = doc[i]
            named = self._named_subject(verb, offset)
            if named is None:
                continue
            how = "named" if named.actor.type == "person" else "organization"
            for obj in verb.children:
                noun = obj.lemma_.lower()
                if obj.dep_ == "dobj" and noun in _DISCLOSED_NOUNS:
                    self._acts.setdefault(noun, []).append((obj.idx + offset, named, how))

    def _named_subject(self, verb: Token, offset: int) -> _ActorState | None:
        """The actor a verb's proper-name subject names, the whole name ("the European Court of Justice (ECJ) —
        ...": it runs past its head to the subject's right edge), or None."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN":
            return None
        last = subject.right_edge
        return self._named_in(subject.left_edge.idx + offset, last.idx + len(last) + offset)

    def _subject_body(self, span: Span) -> _ActorState | None:
        """"The governor's office issued a statement. “...,” it said", "the city council voted ...": an office
        of a role or a described body that is a subject is a candidate for a later "it" (round 6), though
        its own clause is no statement (``bare-channel``)."""
        root = span.root
        owner = next((c for c in root.children if c.dep_ == "poss"), None)
        if owner is not None and root.lemma_.lower() in names.VOICE_NOUNS and _definite(span) \
                and owner.lemma_.lower() in names.ROLE_NOUNS:
            return self._state_for(_office_name(owner, root), "organization")
        # "a New Hampshire ballot commission ruled ... the commission said" (issue 12 item 3): one body described
        # as the subject, whom a later "the commission" means; with "a" only where a name says whose ("If an
        # eight-member court was deadlocked" is any court)
        if _described_body(root) and (span[0].lower_ == "the" or (
                span[0].lower_ in ("a", "an") and any(t.pos_ == "PROPN" for t in span[1:]))):
            return self._state_for(" ".join(t.text for t in span[1:] if not t.is_punct), "organization")
        return None

    def _gendered_individual(self, span: Span) -> _ActorState | None:
        """"A woman ...", "one of their daughters, aged 17, escaped": an unnamed individual whose noun gives a
        gender is a candidate for a later "she" or "he" (ahead of a named person seen earlier), never a new
        source until something refers to it. Indefinite only: "the mother" refers back."""
        found = _gendered(span)
        if found is None:
            return None
        name, gender = found
        state = self._state_for(name, "unnamed")
        state.gender = gender
        self._add_individual(state)
        return state

    def _subject_group(self, span: Span, start: int, end: int, whole: Span) -> _ActorState | None:
        """"The officers" after "officers A and B" is that group again; "church officials" a group of its own,
        "critics of the plan" too, under the name a statement of theirs gives them (``_restrictive_phrase``)."""
        group = self._as_group(_Mention(span, start, end, None))
        if group is not None:
            return group[0]
        described = _description(span)
        if described is None:
            return None
        name, actor_type = self._national(described, span)
        return self._state_for(name + _restrictive_phrase(whole, actor_type), actor_type)

    def _group_of(self, members: list[_ActorState]) -> _ActorState:
        # the name the corpus linker reads back (``joint_name_parts``) to find the group under another order
        group = self._state_for(joint_name([s.actor.name for s in members]), "group")
        if not group.actor.members:  # what the group said is found under each member (``Actor.members``)
            group.actor.members = [s.actor.id for s in members]
        return group

    def _named_together(self, offset: int, count: int | None, fits: Callable[[_ActorState], bool]) -> \
            _ActorState | None:
        """Issue 12: "Macron met Scholz in Berlin. They said ...", "... The two leaders said", "the pair": a
        plural that refers back to the persons named just before it (in its own sentence before it and the
        sentences before, nearest first, until two are found, at most ``TOGETHER_SENTENCES`` back) is the group
        of them, when exactly ``count`` (else two or three) were named there and each ``fits`` the noun. Never
        when that reach holds a group, a body or a state as a subject ("Police arrested A after he hit B. They
        said": the police), nor when it names more persons than the noun counts."""
        if self._in_quote(offset):
            return None  # a speaker's own "they" ("“They have got to be able to win,” Adelson said") is vague
        persons = self._persons_before(offset)
        wanted = range(count, count + 1) if count else range(2, 4)
        if persons is None or len(persons) not in wanted or not all(fits(p) for p in persons) \
                or self._named_later_in_sentence(offset, persons):
            return None
        return self._group_of(sorted(persons, key=lambda p: p.last_before(offset).offset))  # type: ignore[union-attr]

    def _plural_subject(self, offset: int) -> _ActorState | None:
        """Issue 12 (fresh Wikinews): "Shoukry and his Greek, Cypriot and French counterparts, Dendias,
        Christodoulides and Le Drian, gathered in Cairo. The Italian minister, Di Maio, joined as an observer.
        ⏎ They concluded ...": "they" as a subject goes on from the nearest plural subject before it (a singular
        one in between is no antecedent of "they"), here one that names persons: the group of them, however
        many (``_named_together`` counts two or three persons named anywhere in reach). A plural subject that
        names fewer than two persons ("Police arrested A ...") ends the search with no answer, as does a
        quotation ("“They ...”" is the speaker's own vague "they")."""
        if self._in_quote(offset):
            return None
        here = self.sentence_of(offset)
        for subject, shift in self._subjects_before(offset):
            start = subject.left_edge.idx + shift
            if here - self.sentence_of(start) > TOGETHER_SENTENCES:
                return None
            if subject.tag_ not in en.PLURAL_NOUN_TAGS and not any(c.dep_ == "conj" for c in subject.children):
                continue  # "The Italian minister, Di Maio, joined": no "they"
            members: list[_ActorState] = []
            for head in _listed_heads(subject):  # "A and his counterparts, B, C and D": not names in a phrase
                at = bisect_left(self._name_starts, head.left_edge.idx + shift)
                while at < len(self._names) and self._names[at][0] < head.idx + len(head) + shift:
                    state = self.states[self._names[at][2]]
                    if state.actor.type in _MEMBER_TYPES and state not in members and self._named_at(
                            self._names[at][0]):
                        members.append(state)
                    at += 1
            return self._group_of(members) if len(members) >= 2 else None
        return None

    def _subjects_before(self, offset: int) -> Iterator[tuple[Token, int]]:
        """The noun subjects outside quotations before ``offset``, latest first, each with its piece's offset."""
        for piece in reversed(self._pieces):
            if piece.offset >= offset:
                continue
            doc = piece.doc
            # from the token at ``offset`` back (found by halving, not by a pass over the piece's end)
            end = bisect_left(range(len(doc)), offset - piece.offset, key=lambda i: doc[i].idx)
            for i in range(end - 1, -1, -1):
                tok = doc[i]
                if tok.dep_ not in en.SUBJECTS or tok.pos_ == "PRON" or self._in_quote(tok.idx + piece.offset):
                    continue
                yield tok, piece.offset

    def _persons_before(self, offset: int, joint_blocks: bool = True) -> list[_ActorState] | None:
        """The persons named just before ``offset`` (see ``_named_together``), latest first; None when a group is
        there (one named together, "Rubio and Cruz", is its own answer), or a body or a state as a subject."""
        here = self.sentence_of(offset)
        persons: list[_ActorState] = []
        end = bisect_left(self._timeline, (offset,))
        last_sentence = here
        for at in range(end - 1, max(end - 1 - self.max_recent, -1), -1):
            seen_at, _, state = self._timeline[at]
            sentence = self.sentence_of(seen_at)
            if here - sentence > TOGETHER_SENTENCES or (sentence != last_sentence and len(persons) >= 2):
                break
            last_sentence = sentence
            seen = state.last_before(seen_at + 1)
            if state.actor.members and not joint_blocks:
                continue  # counting the persons named: a joint group's members are seen as persons too
            if state.actor.type == "group" or (state.actor.type != "person" and seen is not None and seen.subject):
                return None
            if state.actor.type == "person" and state not in persons and self._named_at(seen_at):
                persons.append(state)
        return persons

    def _named_at(self, offset: int) -> bool:
        """A person named by a name at ``offset``, not a pronoun or a role that refers to them, nor a possessor
        ("a mix of Jimmy Carter's piety": no party of what is told)."""
        at = bisect_left(self._name_starts, offset)
        if at == len(self._names) or self._names[at][0] != offset:
            return False
        end = self._names[at][1]
        owner = ("'s", "’s", "s'", "s’")  # "Carter's piety", "Sanders’ plan"
        return not self.text[offset:end + 2].endswith(owner) and not self.text[offset:end + 1].endswith(owner) \
            and not self.text[offset:end].endswith(owner)

    def _named_later_in_sentence(self, offset: int, persons: list[_ActorState]) -> bool:
        """"If they continue to back Clinton": one of the persons named again in the rest of the sentence is no
        member of what "they" stands for."""
        here = self.sentence_of(offset)
        end = self.sent_starts[here + 1] if here + 1 < len(self.sent_starts) else len(self.text)
        ids = {id(p) for p in persons}
        at = bisect_left(self._name_starts, offset)
        while at < len(self._names) and self._names[at][0] < end:
            if id(self.states[self._names[at][2]]) in ids:
                return True
            at += 1
        return False

    def _single_word_state(self, m: _NameMention) -> _ActorState | None:
        """"Trump" joins Donald Trump; "Moscow" and "the U.S." speak for their state;
        other places (cities, regions) are not actors; anything else is a new actor."""
        key = _norm_key(m.words)
        if (inst := names.institution(key)) is not None:
            return self._institution(*inst)
        if len(m.words) == 1 and m.words[0] in self._other_names:
            return self._state_for(self._other_names[m.words[0]], "organization")
        if len(m.words) == 1 and m.words[0].startswith("@") and (owner := self._handle_owner(m.words[0])):
            return owner
        if len(m.words) == 1 and _acronym(m.words[0]):
            spelled = self._abbreviation_state(m.words[0], m.start)
            if spelled is not None:
                return spelled
        country = names.METONYMS.get(key) or names.country_name(key)
        if country is not None:
            person = self._match_person(m.words, m.start, m.titles) if len(m.words) == 1 else None
            if person is not None:  # "Sudesh Amman ... Amman": the person the article named, not Jordan's seat
                return person
            return self._state_for(country, _state_type(country))
        # A surname the recogniser took for a group ("“...,” Mirzoyan said" labelled NORP) is still the
        # person the article names in full (issue 12): one person, never a second actor typed group.
        if m.label in ("PERSON", "ORG", "GPE", "NORP") and len(m.words) == 1:
            person = self._match_person(m.words, m.start, m.titles)
            if person is not None and not _other_title_first(person, m):
                return person
            short = self._short_form(m.words[0])
            if short is not None:
                return short
            family = self._family_name_first(m.words[0])
            if family is not None:
                return family
            # the recogniser calls a lone given name an organisation as often ("like Jake said")
            colleague = self._colleague(m.words[0]) \
                if m.label == "PERSON" or names.name_gender([m.words[0], "x"], []) is not None else None
            if colleague is not None:
                return colleague
        # after the people the article names: "Rada said" may be Ivan Rada as well as the Verkhovna Rada
        if m.label != "GPE" and (known := self._gazetteer(" ".join(m.words), m.owner)) is not None:
            return self._institution_state(known, m.words)  # "Fars News", tagged whatever it was
        if m.owner is not None and gazetteer.story_form(" ".join(m.words)):
            # "Kazakhstan's Foreign Ministry" in a story about Russia: Kazakhstan's, never the story's country's;
            # a ministry named by its function as other ministries of unlisted states are (lead17)
            adjective = _qualifier(m.owner) or m.owner
            what = _ministry_words(m.words)
            name = gazetteer.ministry_name(what, adjective) if what else None
            state = self._state_for(name or f"{adjective} {' '.join(m.words)}", "organization")
            state.actor.part_of = state.actor.part_of or m.owner  # a state's name (``_possessing_country``)
            return state
        if m.label == "GPE":
            return None
        if m.label == "ORG" and (whole := self._whole_body(m.words, m.start)) is not None:
            return whole
        if m.label in ("ORG", "PERSON") and (paper := self._paper(m.words, m.start)) is not None:
            return paper
        return self._state_for(" ".join(m.words), _ACTOR_TYPES.get(m.label, "group"))

    def _handle_owner(self, handle: str) -> _ActorState | None:
        """"@realDonaldTrump" after "Donald Trump": the one person named in full whose surname the handle holds
        (actors9); else None, and the handle alone is the actor."""
        written = handle.lstrip("@").lower()
        owners = [s for s in self.states if s.actor.type == "person" and len(s.words) > 1
                  and len(_surname(s.words)) > 2 and _surname(s.words) in written]
        return owners[0] if len(owners) == 1 else None

    def _paper(self, words: list[str], offset: int) -> _ActorState | None:
        """"The Washington Post reported ... the Post said": a newspaper's last word alone is the paper of that
        name the article named before ``offset`` (the one seen last), else None (actors9)."""
        if len(words) != 1 or words[0].lower() not in names.PAPER_HEADS:
            return None
        named = [s for s in self.states if s.actor.type == "organization" and len(s.words) > 1
                 and s.words[-1].lower() == words[0].lower() and s.last_before(offset)]
        return max(named, key=lambda s: s.last_before(offset).offset) if named else None  # type: ignore[union-attr]

    def _family_name_first(self, word: str) -> _ActorState | None:
        """Issue 12 (round 7): "Chen" after "Chen Jining", "Xi" after "Xi Jinping": a name written family name
        first is shortened to its first word. The one person named in full whose name opens with ``word``, when
        that is no common given name ("Paul" is not "Paul Ngwakum") and no one has it as a surname (read before)."""
        found = self._by_first_word.get(word.lower(), [])
        if len(found) != 1 or names.name_gender([word, "x"], []) is not None:
            return None
        return found[0]

    def _colleague(self, word: str) -> _ActorState | None:
        """trans13: "As Jake said", "Karine announced the trip": in a transcript, the people at the podium call
        one another by their given name. A bare given name there is the one person the transcript names in full
        with it, in its text or in its header ("... and National Security Advisor Jake Sullivan"); None in
        prose, where a given name alone is as often someone else's ("Paul" is not "Paul Ngwakum")."""
        if not self._turns or not word[:1].isupper() or word.lower() in names.TITLE_WORDS:
            return None
        found: dict[str, _ActorState | None] = {s.actor.name: s for s in self._by_first_word.get(word.lower(), [])
                                                 if s.actor.type == "person" and len(s.words) >= 2}
        # from the header, a name whose surname a label speaks under ("MR. SULLIVAN"): a colleague at the
        # podium, not a Title Case headline's next word ("President Trump Delivers Remarks")
        labelled = {self.text[t.label[0]:t.label[1]].split()[-1].lower() for t in self._turns}
        header = {m.group(1) for m in re.finditer(rf"\b{re.escape(word)}\s+(?:[A-Z]\.\s+)?([A-Z][\w'’-]+)",
                                                  self._header()) if m.group(1).lower() not in names.TITLE_WORDS}
        for surname in (w for w in header if w.lower() in labelled):
            found.setdefault(f"{word} {surname}", None)
        surnames = {_surname(name.split()) for name in found} | {w.lower() for w in header}
        if len(found) != 1 or len(surnames) != 1:
            return None  # none, or two who share the given name ("Tom Harlan", "Tom Reyes")
        name, state = next(iter(found.items()))
        return state if state is not None else self._state_for(name, "person")

    def _whole_body(self, words: list[str], offset: int) -> _ActorState | None:
        """"The Supreme Court of Puerto Rico ruled ... the Supreme Court also found": a body's name without its
        "of"/"on" part is the body the article named whole, the one seen last before ``offset``."""
        n = len(words)
        # speaker18 (fresh4): "The Air Force" after "the United States Air Force's test range": a body of two
        # words or more the article named before with its country in front is that body. Not a name with its
        # own "of" part ("members of the House of Representatives": as the text writes it, world-politics tune)
        national = [s for s in self.states if s.actor.type == "organization" and s.last_before(offset)
                    and len(s.words) > n >= 2 and s.words[-n:] == words
                    and not any(w.lower() in names.BODY_LINKS for w in words)
                    and names.country_name(_norm_key(s.words[:-n])) is not None]
        if national:
            return max(national, key=lambda s: s.last_before(offset).offset)  # type: ignore[union-attr]
        if words[-1].lower() not in names.BODY_HEADS:
            return None
        # "Chamber" after "Millbrook Chamber of Commerce": the whole name may open with its place (issue 12), or
        # with a country of two words ("House" after "United States House of Representatives"; names)
        whole = [s for s in self.states if s.actor.type == "organization" and s.last_before(offset)
                 and any(len(s.words) > k + n + 1 and s.words[k:k + n] == words and s.words[k + n] in names.BODY_LINKS
                         for k in (0, 1, 2) if k < 2 or names.country_name(_norm_key(s.words[:k])))]
        return max(whole, key=lambda s: s.last_before(offset).offset) if whole else None  # type: ignore[union-attr]

    def _short_form(self, word: str) -> _ActorState | None:
        """The one organisation named ``word`` and a company suffix: "Salling" for "Salling Group"; "Ford" for
        "Ford Motor Company", the full name the article writes anywhere, even after "Ford" in its headline
        (issue 12, names8: an organisation is named in full, as a person is)."""
        found = self._orgs_by_short_form.get(word.lower(), [])
        if len(found) == 1:
            return found[0]
        full = self._company_names.get(word.lower(), set())
        return self._state_for(next(iter(full)), "organization") if len(full) == 1 and not found else None

    def _match_person(self, words: list[str], offset: int, titles: Sequence[str] = ()) -> _ActorState | None:
        """An existing person this name can refer to; the latest seen wins on a tie, except for a bare
        surname two people share (``_main_namesake``)."""
        same_surname = self._by_surname.get(_surname(words), [])
        if len(words) == 3 and self._two_surnames(words):  # "Wanda Vázquez Garced" after "Wanda Vázquez"
            same_surname = same_surname + self._by_surname.get(words[1].lower().rstrip("."), [])
        matches = list({id(s): s for s in same_surname
                        if _same_person(s.words, words) or self._surname_of_words(s.words, words)}.values())
        if not matches:
            return self._patronymic_holder(words) or self._inner_name_holder(words) or self._misspelt(words, titles)
        if len(matches) == 1:
            return matches[0]

        def last(s: _ActorState) -> int:
            before = s.last_before(offset)
            return before.offset if before else -1

        # Two people, each with a given name we know ("Hillary"/"Bill"), not a name and a headline's
        # leftover ("Former AG Mukasey", "Billionaire Donald Trump"), which recency handles as before.
        if len(words) == 1 and all(names.name_gender(s.words, []) is not None for s in matches):
            return self._main_namesake(matches, offset, titles) or max(matches, key=last)
        return max(matches, key=last)

    def _patronymic_holder(self, words: list[str]) -> _ActorState | None:
        """"Sheikh Mohammed" after "Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani", "Prince Mohammed" after
        "Crown Prince Mohammed bin Salman": a name built on a father's ("bin", "ibn") is shortened to its given
        name, with the honorific the press puts before it. The one person named in full whose name, honorifics
        left out, opens with that given name and goes on with "bin"/"ibn"/"bint"."""
        given = [w for w in words if w.lower() not in en.NAME_HONORIFICS]
        if len(given) != 1 or len(words) > 2:
            return None
        first = given[0].lower()
        # a name of fewer than three words is built on no father's (``_patronym_first``): not read (speed12)
        found = [s for s in self.states if len(s.words) >= 3 and s.actor.type == "person"
                 and _patronym_first(s.words) == first]
        return found[0] if len(found) == 1 else None

    def _inner_name_holder(self, words: list[str]) -> _ActorState | None:
        """"Lula" after "Luiz Inacio Lula da Silva", "López" after "Andrés Manuel López Obrador": a name of four
        words or more is shortened by the press to a word inside it (a nickname or the first of two surnames).
        The one person named so whose name holds the word neither first nor last (lead17)."""
        if len(words) != 1 or not words[0][:1].isupper():
            return None
        word = words[0].lower()
        found = [s for s in self.states if s.actor.type == "person" and len(s.words) >= 4
                 and word in (w.lower() for w in s.words[1:-1])]
        if len(found) != 1 or any(re.search(rf"\b{re.escape(w.lower())}\b", self.text) for w in found[0].words
                                  if w.isalpha() and w.lower() not in _PARTICLES):
            return None  # "X Will Run Ads Demanding", a headline's run of words, holds no one's name
        return found[0]

    def _surname_of_words(self, known: list[str], words: list[str]) -> bool:
        """name12: "Wasserman Schultz", "Eskelsen García", "Le Pen" are "Debbie Wasserman Schultz", "Lily Eskelsen
        García", "Marine Le Pen": a surname of two words, written without the given name, is the name one word
        longer that it ends (either may come first). Not when its first word is a given name we know ("Jeb Bush"
        is not "Telling Jeb Bush"), nor a longer form whose first word is some other word: a given name we know,
        or one the article never writes in lower case and writes in running text, not only in a Title Case line
        ("Kill Trayvon Martin", "Actress Rosario Dawson" are no one's names)."""
        short, long = (words, known) if len(words) < len(known) else (known, words)
        lo_short = [w.lower().rstrip(".") for w in short]
        lo_long = [w.lower().rstrip(".") for w in long]
        if len(short) < 2 or len(long) != len(short) + 1 or lo_long[1:] != lo_short \
                or names.name_gender(short, []) is not None:
            return False
        if names.name_gender(long, []) is not None:
            return True
        return _norm_key(long) in self._running_keys \
            and re.search(rf"\b{re.escape(lo_long[0])}\b", self.text) is None

    def _misspelt(self, words: list[str], titles: Sequence[str]) -> _ActorState | None:
        """Issue 12 (round 8): "Lydia Buchtmann ... said. ... “...,” Ms Bauchtman said": a long bare surname no one
        named in full has is the one person named in full whose surname differs from it by at most two letters
        (a reporter's slip, not another person: the two share their first letter and agree in gender)."""
        word = words[0].lower().rstrip(".") if len(words) == 1 else ""
        if len(word) < _MISSPELT_MIN:
            return None
        gender = names.name_gender(["x"], list(titles))
        near = [s for s in self.states if s.actor.type == "person" and len(s.words) >= 2
                and _surname(s.words)[:1] == word[:1] and (gender is None or s.gender in (None, gender))
                and _edits(_surname(s.words), word) <= 2]
        return near[0] if len(near) == 1 else None

    def _main_namesake(self, matches: list[_ActorState], offset: int, titles: Sequence[str]) -> _ActorState | None:
        """Issue 12 (round 4): "Clinton" in a story naming Hillary and Bill Clinton is the one the story is
        about, the one named most (then first), not whoever was named last, unless the text tells them
        apart: an honorific's gender ("Mrs Clinton"), a title one of them holds ("President Clinton"), or
        a full name earlier in the same sentence."""
        gender = names.name_gender(["x"], list(titles))
        told = [s for s in matches if gender is not None and s.gender == gender]
        told = told or [s for s in matches if {t.lower() for t in titles} & s.titles]
        if len(told) == 1:
            return told[0]
        sentence = self.sentence_of(offset)
        nearby = [s for s in matches if (seen := s.last_before(offset)) is not None and seen.sentence == sentence]
        if len(nearby) == 1:
            return nearby[0]
        first = {id(s): s.offsets[0] if s.offsets else offset for s in matches}
        return max(matches, key=lambda s: (len(s.actor.mentions), -first[id(s)]))

    def _new_state(self, words: list[str], actor_type: ActorType, plain: bool = False) -> _ActorState:
        """A new actor named ``words``; an organisation the gazetteer or the article's abbreviations know is
        the one actor of that institution, under its canonical name (unless ``plain``: named as given)."""
        country, written = None, words
        actor_type = _body_not_person(words, actor_type)
        canonical = self._known(words) if actor_type == "organization" and not plain else None
        if canonical is not None:  # one canonical name ("US Department of State" for "the State Department")
            return self._institution_state(*canonical)
        if actor_type == "organization" and not plain:
            words, country = self._without_country(words)
            if country is not None and (known := self._by_key.get(_norm_key(words))) is not None:
                self._by_key[_norm_key(written)] = known
                return known
            words = _short_mission_country(words)
        name = " ".join(words)
        state = _ActorState(Actor(id=self._unique_id(name), name=name, type=actor_type, part_of=country), words)
        self.states.append(state)
        self._by_key[_norm_key(words)] = state
        self._by_key.setdefault(_norm_key(written), state)  # "United States Commission on ..." as written
        if actor_type == "person":
            self._by_surname.setdefault(_surname(words), []).append(state)
            if len(words) >= 2:
                self._by_first_word.setdefault(words[0].lower(), []).append(state)
            if len(words) == 3 and _surname(words) == words[2].lower().rstrip(".") and self._two_surnames(words):
                self._by_surname.setdefault(words[1].lower().rstrip("."), []).append(state)
        if actor_type == "organization":  # indexed, not scanned: an article may name thousands
            self._orgs_by_initials.setdefault(_initials(words), []).append(state)
            if written is not words and _initials(written) != _initials(words):
                self._orgs_by_initials.setdefault(_initials(written), []).append(state)  # "United States ..."
            if len(words) > 1 and all(w.lower().rstrip(".") in names.SHORTENED_SUFFIXES for w in words[1:]):
                self._orgs_by_short_form.setdefault(words[0].lower(), []).append(state)
        return state

    def _known(self, words: list[str]) -> tuple[gazetteer.Institution, list[str]] | None:
        """The institution an organisation written ``words`` is, and how the article writes it: the long form of
        an abbreviation the article defines ("NCLAN"), else the gazetteer's institution, a generic form ("the
        foreign ministry") only with the story's one country (guideline 2.5: "World Health Organization")."""
        if len(words) == 1 and (long := self._defined.get(words[0].replace(".", ""))) is not None:
            return gazetteer.find(long) or gazetteer.Institution(long), long.split()
        known = self._gazetteer(" ".join(words))
        return (known, words) if known is not None else None

    def _institution_state(self, inst: gazetteer.Institution, written: list[str]) -> _ActorState:
        """The one actor of an institution in this article, however it is written. Named by its canonical name,
        except one known by its abbreviation ("NATO", "UNICEF"), which is named by its long form where the article
        writes that ("the North Atlantic Treaty Organization (NATO)"), as the guideline names organisations by
        the name the text gives."""
        state = self._by_institution.get(inst.name)
        if state is None:
            named = inst.name.split()
            if gazetteer.abbreviation(inst.name) and len(written) > 1:
                named = (gazetteer.spelled_out(" ".join(written)) or " ".join(written)).split()
            state = self._by_key.get(_norm_key(named)) or self._new_state(named, "organization", plain=True)
            state.actor.part_of = state.actor.part_of or inst.part_of
            self._by_institution[inst.name] = state
            if _initials(written) != _initials(state.words):
                self._orgs_by_initials.setdefault(_initials(written), []).append(state)
        self._by_key.setdefault(_norm_key(written), state)
        _country, rest = gazetteer.split_country(gazetteer.key(" ".join(written)))
        if _country is not None and rest:  # "U.S. House", then "the House": the body the article gave a country
            self._by_key.setdefault(names.norm(rest), state)
        return state

    def _gazetteer(self, text: str, owner: str | None = None) -> gazetteer.Institution | None:
        """The gazetteer's institution ``text`` names; a generic form only with the country written before it
        (``owner``: "Russia's [Foreign Ministry]"), else with the story's one country."""
        known = gazetteer.find(text)
        if known is None and gazetteer.story_form(text):
            known = gazetteer.find(text, country=owner) if owner is not None else gazetteer.find(text, self._story())
        return known

    def _story(self) -> str | None:
        """The story's one country (``_main_country``), read once, when a generic form first needs it."""
        if not self._story_read:
            self._story_country, self._story_read = self._main_country(), True
        return self._story_country

    def _abbreviation_state(self, word: str, offset: int) -> _ActorState | None:
        """"NCLAN", "WHO": the organisation the article defines the abbreviation for, else the one whose initials
        it spells, else the institution the gazetteer knows by it (never a person, never a pronoun)."""
        long = self._defined.get(word.replace(".", ""))
        if long is not None:
            return self._state_for(long, "organization")
        spelled = self._by_initials(word, offset)
        if spelled is not None:
            return spelled
        known = self._gazetteer(word)
        return self._institution_state(known, [word]) if known is not None else None

    def _without_country(self, words: list[str]) -> tuple[list[str], str | None]:
        """"The United States Commission on Presidential Debates ... CPD announced": when the article's own
        abbreviation spells the name without the country before it, the country says whose the body is and
        the name is the rest ("Commission on Presidential Debates", ``part_of`` United States); "the United
        States Commission on International Religious Freedom (USCIRF)" keeps it (world-politics tune)."""
        if len(words) < 3:
            return words, None
        if self._acronyms is None:
            self._acronyms = set(re.findall(r"\b[A-Z]{2,}\b", self.text))
        for k in (1, 2, 3):
            country = names.country_name(_norm_key(words[:k]))
            rest = words[k:]
            if country is not None and len(rest) >= 2 and _initials(rest) in self._acronyms \
                    and _initials(words) not in self._acronyms:
                return rest, country
        return words, None

    def _two_surnames(self, words: list[str]) -> bool:
        """"Wanda Vázquez Garced" may be written "Vázquez"; "Marco Rubio Donor" (a Title Case headline's "Marco
        Rubio Donor's ...") is no name with two surnames: its last word is a common noun the article writes in
        lower case."""
        key = _norm_key(words)
        if key in self._headline_keys and key not in self._running_keys:
            return False  # "Poll: Bernie Sanders Burns Hillary Clinton ...": a headline's verb, no surname
        return re.search(rf"\b{re.escape(words[2].lower())}\b", self.text) is None

    def _state_for(self, name: str, actor_type: ActorType) -> _ActorState:
        name = _POSSESSIVE_APART.sub(r"\1", name)  # "country 's security cabinet" made of tokens: "country's"
        if actor_type in ("unnamed", "group"):
            name = self._body_first_unless_person(name)
        key = _norm_key(name.split())
        return self._by_key.get(key) or self._new_state(name.split(), actor_type)

    def _body_first_unless_person(self, name: str) -> str:
        """``_body_before_role`` for a body, never a person: "spokesman of Putin" stays (a person's spokesman or
        relative is named by them, "Tony Mendez's publicist", as speaker17 does)."""
        match = _ROLE_OF_BODY.fullmatch(name)
        if match is None:
            return name
        words = match.group(3).split()
        owner = self._by_key.get(_norm_key(words))
        people = self._by_surname.get(_surname(words), []) if len(words) == 1 else []
        if (owner is not None and owner.actor.type == "person") or any(p.actor.type == "person" for p in people):
            return name
        return _body_before_role(name)

    def _institution(self, name: str, state: str) -> _ActorState:
        found = self._state_for(name, "organization")
        found.actor.part_of = state
        return found

    def _unique_id(self, name: str) -> str:
        # "Xanana Gusmão" is "xanana-gusmao", as the store's ids (a dropped letter made "xanana-gusm-o")
        base = re.sub(r"[^a-z0-9]+", "-", names.norm(names.ascii_letters(name))).strip("-") or "actor"
        # Numbers below the last one given for this base are taken: start after it.
        n = self._id_counts.get(base, 1)
        candidate = base if n == 1 else f"{base}-{n}"
        while candidate in self._ids:
            n += 1
            candidate = f"{base}-{n}"
        self._id_counts[base] = n
        self._ids.add(candidate)
        return candidate

    def _see(self, state: _ActorState, seen: _Seen) -> None:
        state.add_seen(seen)
        insort(self._timeline, (seen.offset, len(self._timeline), state))

    def _recent(self, offset: int, sentences: int) -> list[_ActorState]:
        """Actors mentioned before ``offset`` within the last ``sentences`` sentences, latest first.

        At most ``max_recent_mentions`` mentions are looked at: sentences inside a
        quotation do not count, so without a bound a text that is one long quotation
        would scan every earlier mention for every pronoun.
        """
        here = self.sentence_of(offset)
        out: dict[int, _ActorState] = {}
        end = bisect_left(self._timeline, (offset,))
        for at in range(end - 1, max(end - 1 - self.max_recent, -1), -1):
            seen_at, _, state = self._timeline[at]
            if here - self.sentence_of(seen_at) > sentences:
                break
            out.setdefault(id(state), state)
        return list(out.values())

    def _attach(self, state: _ActorState, m: _NameMention) -> None:
        seen = _Seen(m.start, m.sentence, m.subject)
        state.add_seen(seen)
        self._timeline.append((seen.offset, len(self._timeline), state))
        state.add_mention(m.start, m.end)
        state.written.add(_norm_key(m.words))
        if len(m.words) > len(state.words) and state.actor.type == "person" and (
                _same_person(state.words, m.words) or self._surname_of_words(state.words, m.words)):
            state.words = m.words
        if state.actor.type == "person":
            state.actor.name = _plain_name(state)
        state.add_alias(self.text[m.start:m.end])
        state.titles.update(t.lower() for t in m.titles)
        state.titles.update(m.described)
        if m.nationality and not state.nationality:
            state.nationality = m.nationality
        if state.actor.type == "person" and state.gender is None:
            state.gender = names.person_gender(m.words, m.titles)
        if state.actor.type == "person":
            party, region = fit.after_name(self.text, m.end)
            state.region = state.region or fit.state_of(m.titles) or region
            state.party = state.party or fit.party_of(m.titles) or party

    # -- speakers ------------------------------------------------------------
    def resolve(self, candidates: Sequence[Candidate]) -> tuple[list[Statement], list[Actor]]:
        statements: list[Statement] = []
        last_actor: _ActorState | None = None
        ordered = sorted(candidates, key=lambda c: (c.cue[0] if c.cue else c.content[0]))
        resolved: list[tuple[Candidate, _ActorState | None, str, TextSpan | None]] = []
        done: dict[int, tuple[_ActorState | None, str, TextSpan | None]] = {}  # id(candidate) -> its reading
        for cand in ordered:
            if cand.continues is not None and id(cand.continues) in done:
                # A run-on quotation is the same attribution: the same actor, read once (a pronoun read
                # twice could move on to the other speaker of an alternation).
                state, how, speaker = done[id(cand.continues)]
            elif cand.rule == TURN_RULE and cand.speaker_offsets is not None:
                state, how = self._turn_speaker(cand.speaker_offsets)
                speaker = _text_span(self.text, *cand.speaker_offsets)
                if state is not None and cand.speaker_offsets not in state.spans:
                    self._see(state, _Seen(speaker.start, self.sentence_of(speaker.start), True))
                    state.add_mention(*cand.speaker_offsets)
            elif cand.speaker is None and cand.rule == "passive":
                state, how, speaker = None, "agentless", None  # "was charged with X": no source to inherit
            elif cand.speaker is None:
                state, how, speaker = self._inherit(cand, resolved)
            else:
                state, how = self._speaker_actor(cand, last_actor)
                speaker = _text_span(self.text, *cand.speaker_offsets) if cand.speaker_offsets else None
                if state is None and how == "unresolved":
                    how = _unresolved_kind(cand.speaker)  # why, for ``unresolved_reason``
                if state is not None and cand.speaker_offsets and how in ("pronoun", "role", "description"):
                    start, end = cand.speaker_offsets
                    self._see(state, _Seen(start, self.sentence_of(start), True))
                    if (start, end) not in state.spans:  # one mention may speak twice
                        state.add_mention(start, end)
                    # a described source's description is its name; "the report" it spoke in is none of its names
                    if how == "description" and cand.speaker.root.lemma_.lower() not in names.DOCUMENT_NOUNS:
                        state.add_alias(self.text[start:end])
            self._note_channel(cand, state)
            if state is not None:
                last_actor = state
                if cand.speaker_offsets is not None:
                    self._spoke[id(state)] = self.sentence_of(cand.speaker_offsets[0])
                if cand.kind != "indirect" or cand.link != en.DIRECT_OBJECT:
                    self._said.add(id(state))
            resolved.append((cand, state, how, speaker))
            done[id(cand)] = (state, how, speaker)
        self._lead_quotes(resolved)
        self._roles_named_after(resolved)
        self._name_surnames_from_file()
        made: dict[int, Statement] = {}
        for cand, state, how, speaker in resolved:
            if cand.announces_only:
                continue  # "issued a statement": its source was read, it says nothing itself
            made[id(cand)] = self._statement(cand, state, how, speaker)
            statements.append(made[id(cand)])
        self._link_run_ons(resolved, made)
        statements.sort(key=lambda s: (s.content.start, s.content.end))
        return statements, self.actors()

    def _roles_named_after(self, resolved: list[tuple[Candidate, _ActorState | None, str, TextSpan | None]]) -> None:
        """Spkaudit (wire leads from other outlets): "..., a police chief said. “...,” Arnhem police chief Joost
        Kramer told reporters", "The Interior Ministry spokesman said Y. Colonel Amir Rahimi, spokesman for the
        Interior Ministry, said Z": a lead's role left unresolved, or given to the body it speaks for, is the
        one person the next sentences introduce with that role (guideline 2.5: the name the text gives)."""
        assigned: dict[tuple[int, int], _ActorState | None] = {}  # one mention saying two things is read once
        for n, (cand, state, how, speaker) in enumerate(resolved):
            if speaker is None or cand.speaker is None or how not in ("unresolved", "description", "organization"):
                continue
            root = cand.speaker.root
            role = root.lemma_.lower()
            # and titles used as roles: "A federal judge has ordered ... Judge Royce Lamberth ... mandated" (who11)
            if root.pos_ != "NOUN" or root.tag_ != "NN" or role not in names.ROLE_NOUNS | names.CALLING_TITLES:
                continue
            at = (speaker.start, speaker.end)
            named = assigned[at] if at in assigned else self._introduced_as(role, speaker.start)
            if named is None and at not in assigned:
                named = self._lead_role_quoted_next(resolved, n)
            assigned[at] = named
            if named is not None and named is not state:
                self._see(named, _Seen(speaker.start, self.sentence_of(speaker.start), True))
                named.add_mention(speaker.start, speaker.end)
                resolved[n] = (cand, named, "role", speaker)

    def _lead_role_quoted_next(self, resolved: list[tuple[Candidate, _ActorState | None, str, TextSpan | None]],
                               n: int) -> _ActorState | None:
        """Who9 (spkaudit): "Iran's foreign minister on Sunday welcomed X. “...,” Ali Akbar Salehi said": a wire
        lead's unnamed role is the person the next statement names for the first time, when the text gives that
        person no title or role of their own (which would say it is someone else) and they speak within
        ``MAX_ROLE_AHEAD`` sentences. Only the article's first statement: later, a new name is a new voice."""
        speaker = resolved[n][3]
        if speaker is None or any(r[3] is not None for r in resolved[:n]) or n + 1 >= len(resolved) \
                or self.sentence_of(speaker.start) > 2:
            return None
        _, state, how, following = resolved[n + 1]
        if state is None or how != "named" or state.actor.type != "person" or following is None \
                or state.titles or not state.seen:
            return None
        first = state.seen[0]
        here = self.sentence_of(speaker.start)
        if first.offset <= speaker.start or first.sentence - here > MAX_ROLE_AHEAD:
            return None
        return state

    def _introduced_as(self, role: str, offset: int) -> _ActorState | None:
        """The one person first named within the next ``MAX_ROLE_AHEAD`` sentences after ``offset`` with
        ``role`` among their titles, or None."""
        here = self.sentence_of(offset)
        found = [s for s in self.states if s.actor.type == "person" and s.seen and s.seen[0].offset > offset
                 and s.seen[0].sentence - here <= MAX_ROLE_AHEAD and role in {t.lower() for t in s.titles}]
        return found[0] if len(found) == 1 else None

    def _name_surnames_from_file(self) -> None:
        """Issue 12 (example): "Putin", in an article that never writes his full name, is the actors file's
        Vladimir Putin, as "Trump" is Donald Trump: a bare surname no one in the article is named in full with
        takes the file's person of that surname (``fit.file_person``), unless what the article says of it
        rules that person out: a gender (an honorific, "Mrs. Obama", or the pronouns read as it) the file's
        given name does not have or cannot tell, a title none of the file's roles has, another nationality."""
        for state in self.states:
            if state.actor.type != "person" or len(state.words) != 1 or not state.actor.mentions \
                    or len(self._by_surname.get(_surname(state.words), [state])) > 1:
                continue
            known = fit.file_person(state.words[0])
            if known is not None and self._file_fits(state, known):
                state.words = known.name.split()
                state.actor.name = known.name
                state.actor.id = self._unique_id(known.name)

    def _file_fits(self, state: _ActorState, known: KnownActor) -> bool:
        gender = names.name_gender(known.name.split(), [])
        if state.gender is not None and state.gender != gender:
            return False
        country = fit.file_country(known.roles)
        if state.nationality is not None and country is not None and state.nationality != country:
            return False
        surname = state.words[0]
        unnamed_country = country is not None and not self._names_country(country)
        if not fit.aliased_surname(surname) and (surname.lower() in en.COMMON_SURNAMES or unnamed_country):
            return False  # a bare "Khan" or "Lee"; "Sikorski" in a story that never names Poland
        ranks = {fit.title_form(t) for t in state.titles if t in names.TITLE_WORDS | names.ROLE_NOUNS} - _NOT_RANKS
        held = {w for r in known.roles for n in (*r.nouns, r.title.lower()) for w in n.split()}
        return ranks <= held

    def _names_country(self, country: str) -> bool:
        """Whether the article names ``country`` (as a state it mentions, or by its adjective: "Pakistani").
        US domestic news seldom names its own country, so the United States is always taken as named."""
        if country == _HOME_NEWS or any(s.actor.name == country and s.actor.mentions for s in self.states):
            return True
        adjective = names.nationality_of(country)
        return adjective is not None and re.search(rf"\b{re.escape(adjective)}\b", self.text) is not None

    def _note_channel(self, cand: Candidate, state: _ActorState | None) -> None:
        """Issue 12 (round 7): "Miller said in a statement that ... “...,” the statement said": the document a
        source speaks in ("in a statement", "in a report") is that source's, so a later definite "the
        statement" is its author (``_document_author``), not an unresolved source. A document put out by a
        source left unresolved is no longer an earlier author's."""
        if cand.cue is None or cand.speaker is None or cand.speaker_offsets is None:
            return
        shift = cand.speaker_offsets[0] - cand.speaker.start_char
        cue = cand.speaker.doc.char_span(cand.cue[0] - shift, cand.cue[1] - shift, alignment_mode="expand")
        if cue is None:
            return
        in_document = (g for t in cue for c in t.children if c.dep_ == "prep" and c.lower_ == "in"
                       for g in c.children if g.dep_ == "pobj")
        # "The White House released a statement, saying ...", "The office issued a statement on Monday": the
        # document the source puts out is its own too (issue 12, newcomer 6: "..., the statement said" after it)
        verbs = {t.i: t for t in cue} | {t.head.i: t.head for t in cue if t.dep_ in _PUT_OUT_HEADS}
        put_out = (c for v in verbs.values() for c in v.children if c.dep_ == "dobj")
        for doc_noun in (*in_document, *put_out):
            owned = any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in doc_noun.children)
            if doc_noun.lemma_.lower() in names.DOCUMENT_NOUNS and not owned:  # not "in a CNN interview"
                if state is None:  # the latest statement is one whose source went unresolved: not an older one's
                    self._documents.pop(doc_noun.lemma_.lower(), None)
                    continue
                kind = state.actor.type
                how = "named" if kind == "person" else "description" if kind in ("unnamed", "group") \
                    else "organization"
                self._documents[doc_noun.lemma_.lower()] = (state, how)

    def _lead_quotes(self, resolved: list[tuple[Candidate, _ActorState | None, str, TextSpan | None]]) -> None:
        """Issue 12 (round 4): "“A.”⏎He continued, “B.”" opening an article: A found no speaker before it,
        and the attribution right after it (nothing but marks and spaces between A and its subject) goes on
        speaking, so A is that speaker's (guideline: a quotation followed directly by an attribution that
        continues belongs to that speaker)."""
        for n, (cand, state, _how, _speaker) in enumerate(resolved):
            if state is not None or cand.cue is not None or n + 1 >= len(resolved):
                continue
            after, later, _how, speaker = resolved[n + 1]
            if later is None or after.speaker_offsets is None or after.cue is None or after.continues is not None \
                    or after.kind == "indirect":
                continue  # "“A.”⏎Donald Trump has made comments about ...": no quotation goes on
            if self.text[cand.content[1]:after.speaker_offsets[0]].strip(_LEAD_GAP) or \
                    not self._opens_onto(after):
                continue  # something else stands between, or the attribution is no short clause onto B
            resolved[n] = (cand, later, "inherited", speaker)

    def _opens_onto(self, cand: Candidate) -> bool:
        """"He continued, “B.”", "Dan Morris added: “B.”": the subject, at most two words, the cue, then the
        quotation; not "Trump then appears in a clip from a speech, saying, “B.”", a scene of the writer's."""
        assert cand.speaker_offsets is not None and cand.cue is not None
        (_, speaker_end), (cue_start, cue_end) = cand.speaker_offsets, cand.cue[:2]
        return speaker_end <= cue_start and len(self.text[speaker_end:cue_start].split()) <= 2 \
            and not self.text[cue_end:cand.content[0]].strip(_LEAD_GAP + ":")

    def _link_run_ons(self, resolved: Sequence[tuple[Candidate, object, str, object]],
                      made: dict[int, Statement]) -> None:
        """A run-on quotation's statement names the statement it continues by its stable key."""
        digest: str | None = None
        for cand, *_ in resolved:
            head = made.get(id(cand.continues)) if cand.continues is not None else None
            if head is None:
                continue  # the statement it ran on from was dropped: it stands alone
            digest = digest or text_digest(self.text)
            made[id(cand)].continues = statement_key(digest, head)

    def _statement(self, cand: Candidate, state: _ActorState | None, how: str,
                   speaker: TextSpan | None) -> Statement:
        cue = None
        if cand.cue:
            cue = Cue(cand.cue[0], cand.cue[1], self.text[cand.cue[0]:cand.cue[1]], cand.cue[2],
                      cue_class(cand.cue[2], cand.rule))
        confidence = cand.confidence if state is not None else cand.confidence * 0.8
        resolution: Resolution = how if state is not None else "unresolved"  # type: ignore[assignment]
        return Statement(
            unresolved_reason=None if state is not None else _why_unresolved(how, speaker),
            kind=cand.kind,
            content=_text_span(self.text, *cand.content),
            cue=cue,
            speaker=speaker,
            actor=state.actor if state else None,
            resolution=resolution,
            act=cand.act,
            hedged=cand.hedged,
            negated=cand.negated,
            confidence=confidence,
        )

    def _inherit(self, cand: Candidate,
                 resolved: list[tuple[Candidate, _ActorState | None, str, TextSpan | None]]
                 ) -> tuple[_ActorState | None, str, TextSpan | None]:
        """A floating quotation takes the speaker of the statement just before it, or the one person the
        sentence just before it names (``_introduced``)."""
        introduced = self._introduced(cand, resolved) or self._introduced_by_colon(cand, resolved)
        if introduced is not None:
            return introduced
        para = bisect_left(self._newlines, cand.content[0])
        # Bounded: a paragraph of a thousand floating quotations must not rescan them all for each.
        for prev, state, _how, speaker in itertools.islice(reversed(resolved), self.max_lookback):
            if prev.content[1] > cand.content[0] and prev.content[0] < cand.content[0]:
                continue
            if para - bisect_left(self._newlines, prev.content[1]) > 2:
                break
            if prev.link == QUOTED_THROUGH:
                continue  # the outlet that passed a quotation on is not who goes on speaking
            if speaker is not None:  # an unnamed source ("some strategists") is inherited too
                return state, "inherited", speaker
        return None, "unresolved", None

    def _introduced_by_colon(self, cand: Candidate,
                             resolved: list[tuple[Candidate, _ActorState | None, str, TextSpan | None]]
                             ) -> tuple[_ActorState, str, TextSpan] | None:
        """who11 (other outlets): "The manager spoke to the press on Thursday and started with the injuries:⏎
        “Unfortunately, we got some bad news.”": a quotation with no attribution right after a sentence that
        ends in a colon and attributes nothing itself is that sentence's subject's (the nearest attributing
        mention), not the last speaker's nor no one's."""
        before = self.text[:cand.content[0]].rstrip(_LEAD_GAP)
        if not before.endswith(":") or cand.content[0] - len(before) > 8:
            return None
        colon = len(before) - 1
        piece = next((p for p in reversed(self._pieces) if p.offset <= colon), None)
        if piece is None or self._in_quote(colon):
            return None
        doc = piece.doc
        at = bisect_right(range(len(doc)), colon - piece.offset, key=lambda i: doc[i].idx) - 1
        if at < 0:
            return None
        sent = doc[at].sent
        if doc[at].head.i != sent.root.i:
            return None  # "..., with Trump reportedly yelling:": the colon ends a clause of its own
        begin, end = sent.start_char + piece.offset, sent.end_char + piece.offset
        if any(p.cue is not None and begin <= p.cue[0] < end for p, *_ in itertools.islice(reversed(resolved),
                                                                                           self.max_lookback)):
            return None  # the sentence attributes something itself: inherit as before
        subject = next((t for t in sent.root.children if t.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in en.DUMMY_SUBJECTS or not (
                subject.pos_ in ("PROPN", "PRON") or subject.lemma_.lower() in _PERSON_APPOSITIONS | names.ORG_NOUNS):
            return None  # "The rationale these liars use to smear X:", "The timing of X's surge:": no one speaks
        span = noun_phrase(subject)
        start, stop = span.start_char + piece.offset, span.end_char + piece.offset
        last = resolved[-1][1] if resolved else None
        state, _how = self._mention_state(span, start, stop, last)
        if state is None:
            return None
        self._see(state, _Seen(start, self.sentence_of(start), True))
        return state, "inherited", _text_span(self.text, start, stop)

    def _introduced(self, cand: Candidate, resolved: list[tuple[Candidate, _ActorState | None, str, TextSpan | None]]
                    ) -> tuple[_ActorState, str, TextSpan] | None:
        """Issue 12 (fresh Wikinews): "Marshall said ... ⏎ The home side got two yellow cards, leaving Ingram
        unimpressed. “One of them was questionable.”": a quotation with no attribution right after a sentence
        of its own paragraph that attributes nothing and names one person, someone other than the last
        speaker, is that person's (the guideline's nearest attributing mention), not the last speaker's."""
        here = self.sentence_of(cand.content[0])
        if here == 0 or here >= len(self.sent_starts):
            return None
        begin = self.sent_starts[here - 1]
        if "\n" in self.text[begin:cand.content[0]]:
            return None
        if any(p.cue is not None and begin <= p.cue[0] < cand.content[0]
               for p, *_ in itertools.islice(reversed(resolved), self.max_lookback)):
            return None  # the sentence before attributes something itself: inherit as before
        named: dict[int, tuple[_ActorState, int, int]] = {}
        at = bisect_right(self._name_starts, begin - 1)  # the first name at or after ``begin``
        while at < len(self._names) and self._names[at][0] < cand.content[0]:
            start, end, n = self._names[at]
            state = self.states[n]
            if self._in_quote(start) or state.actor.type != "person" or not self._named_at(start):
                return None  # a body, a state or a possessor named there too: no one person introduced
            named.setdefault(id(state), (state, start, end))
            at += 1
        if len(named) != 1:
            return None
        state, start, end = next(iter(named.values()))
        last = resolved[-1][1] if resolved else None
        return None if state is last else (state, "inherited", _text_span(self.text, start, end))

    def _speaker_actor(self, cand: Candidate, last_actor: _ActorState | None) -> tuple[_ActorState | None, str]:
        """The actor behind a speaker mention: the first reading of ``_mention_state`` that applies.
        A reading that applies but finds no actor ("he" with no antecedent) ends the search unresolved."""
        assert cand.speaker is not None and cand.speaker_offsets is not None
        state, how = self._mention_state(cand.speaker, *cand.speaker_offsets, last_actor)
        authors = self._study_authors(cand.speaker, state)
        if authors is None:
            authors = self._research_group(cand.speaker)
        if authors is not None:
            self._note_stand_in(state, authors)
        return (authors, "description") if authors is not None else (state, how)

    def _note_stand_in(self, state: _ActorState | None, group: _ActorState) -> None:
        """Speaker19 (fresh5): "researchers from X and Y reported ... The researchers found ... They reported":
        where a study's people (``_research_group``, ``_study_authors``) took the place of the description the
        mention was first read as (a group "researchers"), that description stays seen at each mention, so a
        later "they" found it and not the group; it now stands in for the group (``_stood_in``). Only a
        description's state, never a person or a body the text names."""
        if state is not None and state is not group and state.actor.type in ("group", "unnamed"):
            self._stand_ins[id(state)] = group

    def _stood_in(self, state: _ActorState | None) -> _ActorState | None:
        """The group a description's state stands in for (``_note_stand_in``), else the state itself."""
        return self._stand_ins.get(id(state), state) if state is not None else None

    def _research_group(self, span: Span) -> _ActorState | None:
        """Speaker18 (fresh4): "researchers from Penn State", "scientists from China's Tsinghua University and
        the Chinese Academy of Sciences" are a group named by the text's own words (guideline 2.5), and what the
        article calls them after that, with no word saying whose ("the researchers", "the authors", "the
        scientists", "the research team", "the report", "the study"), is that group, the first so introduced.
        A study the article names goes first (``_study_authors``)."""
        name = _research_name(span)
        if name is not None:
            state = self._state_for(name, "group")
            self._research = self._research or state
            return state
        if self._research is not None and _back_to_research(span):
            return self._research
        return None

    def _study_authors(self, span: Span, state: _ActorState | None) -> _ActorState | None:
        """Issue 12 (who9): in an article about one study it names ("the Australian Dental Health Study"), the
        study speaking, "the study" or "the report", "the authors", "the study's authors" and "researchers"
        with no other word are its authors, a group "authors of the <study>" (guideline 2.5: a document
        speaks for its author; the annotators wrote the study's authors). None where the article names no
        study, or more than one, or the mention says whose it is otherwise ("Oxford researchers")."""
        study = self._named_study()
        if study is None:
            return None
        if state is not study and not _about_the_study(span):
            return None
        return self._state_for(f"{en.AUTHORS_OF} {study.actor.name}", "group")

    def _named_study(self) -> _ActorState | None:
        """The one study the article names, an organisation to the recogniser ("Iodine Nutrition Study")."""
        if self._study is None:
            found = {id(s): s for s in self.states if s.actor.type == "organization" and len(s.words) >= 2
                     and s.words[-1].lower() in en.STUDY_NAME_WORDS and not _state_survey(s)}
            self._study = (next(iter(found.values())) if len(found) == 1 else None,)
        return self._study[0]

    def mention_actor(self, span: Span, start: int, end: int) -> Actor | None:
        """The actor a mention outside any statement refers to (an event's participant: "his summit", "the
        American leader", "European leaders"), by the same rules as a speaker. A described group becomes an actor
        with this mention, listed by ``actors()``; a pronoun or role is not added to the actor's aliases."""
        described = _description(span) if span.root.tag_ in ("NNS", "NNPS") and not span.root.ent_type_ else None
        state: _ActorState | None
        group = self._as_group(_Mention(span, start, end, None)) if described is not None else None
        if group is not None:  # "the two leaders" after "Macron met Scholz": the persons named, as for a speaker
            state, how = group[0], "group"
        elif described is not None:  # "the assembled European leaders": a group, not a role one person holds
            state, how = self._state_for(self._group_named(*described, span), described[1]), "description"
        else:
            state, how = self._mention_state(span, start, end, None, joint=False)
        if state is None:
            return None
        if how == "description" and (start, end) not in state.spans:
            self._see(state, _Seen(start, self.sentence_of(start), False))
            state.add_mention(start, end)
            state.add_alias(self.text[start:end])
        return state.actor

    def members(self, actor: Actor) -> list[Actor]:
        """The member actors of a group named after them (``Actor.members``), in the order named."""
        by_id = {s.actor.id: s.actor for s in self.states if s.actor.id in actor.members}
        return [by_id[i] for i in actor.members if i in by_id]

    def actors(self) -> list[Actor]:
        """Every actor mentioned, in order of first mention (after ``resolve``, with any ``mention_actor`` added)."""
        for state in self.states:
            state.actor.mentions.sort(key=lambda x: x.start)
        actors = [s.actor for s in self.states if s.actor.mentions]
        actors.sort(key=lambda a: a.mentions[0].start)
        return actors

    def _mention_state(self, span: Span, start: int, end: int, last_actor: _ActorState | None,
                       joint: bool = True) -> tuple[_ActorState | None, str]:
        """The first of the readings below, in order, that applies to the mention. ``joint=False`` for a mention
        that is one of several parties ("talks between Russia and Ukraine"), never their joint voice."""
        mention = _Mention(span, start, end, last_actor)
        readings: list[Callable[[_Mention], _Found | None]] = [self._as_joint] if joint else []
        readings.append(self._as_defined_name)  # "[Notes] from Poland (NFP)" (names)
        if self._turns:
            readings.insert(0, self._as_turn_speaker)  # "I" in a transcript's answer is who answers
        readings += [self._as_quantifier, self._as_side, self._as_party_members, self._as_apposed_name,
                     self._as_epithet, self._as_name, self._as_missed_name,
                     self._as_titled_body, self._as_mistagged_name, self._as_abbreviation, self._as_pronoun,
                     self._as_state_body, self._as_counterpart, self._as_owners_writing, self._as_document,
                     self._as_bare_spokesperson, self._as_group, self._as_described_before, self._as_role,
                     self._as_reference, self._as_state_institution, self._as_same_source, self._as_description,
                     self._as_described_body, self._as_unnamed_body, self._as_initial_group,
                     self._as_initial_name, self._as_speaker_in_reach, self._as_unnamed_person]
        for reading in readings:
            found = reading(mention)
            if found is not None:
                self._note_author(span, start, found)
                return found
        return None, "unresolved"

    def _note_author(self, span: Span, start: int, found: _Found) -> None:
        """name12: "according to a CNN/WMUR poll" (the name read it: CNN) ... "according to the poll": a document
        that spoke as a name's, whichever reading found that name, is the one a later definite "the poll" means
        (``_document_author``), as one whose author a "by" gave is. A description ("a recent poll") sets none."""
        root = span.root
        noun = root.lemma_.lower()
        state, how = found
        if state is None or how not in ("named", "organization") or noun in self._documents \
                or noun not in names.SOURCE_DOCUMENT_NOUNS \
                or _title_case_line(self.text, start) \
                or not any(c.dep_ in ("compound", "poss", "nmod") and c.pos_ == "PROPN" for c in root.children):
            return  # a poll or a study is its maker's; "a Facebook post" is no post by Facebook; no headline's
        self._documents[noun] = (state, how)

    def _as_apposed_name(self, m: _Mention) -> _Found | None:
        """Issue 12 (fresh articles): "According to the El Paso mayor, Dee Margo, ...", "The American Samoan
        delegate to the U.S. House of Representatives, Aumua Amata, told the press": a definite noun for a
        person whose name follows it between commas is that person, whatever the parser hung the name on (it
        often makes the name a subject of its own); not someone else who holds the role, nor a place inside it."""
        root = m.span.root
        # "The Minister of Information and Culture, Alhaji Lai Mohammed, has assured": the parser takes a
        # capitalised role for a proper noun (who11)
        if root.pos_ not in ("NOUN", "PROPN") or root.lemma_.lower() not in _PERSON_APPOSITIONS \
                or m.span[0].lower_ != "the":
            return None
        doc, i = m.span.doc, m.span.end
        while i < len(doc) and doc[i].text != "," and i - m.span.end < en.MAX_TITLE_GAP:
            if doc[i].pos_ in ("VERB", "AUX") or not root.is_ancestor(doc[i]):
                return None  # only the noun's own phrase ("delegate to the U.S. House") before the comma
            i += 1
        if i + 1 >= len(doc) or doc[i].text != ",":
            return None
        name_start = m.start - m.span.start_char + doc[i + 1].idx
        at = bisect_left(self._name_starts, name_start)
        if at >= len(self._names) or self._names[at][0] != name_start:
            return None
        _start, end, n = self._names[at]
        state = self.states[n]
        if state.actor.type != "person" or not self.text.startswith(",", end):
            return None
        return state, "named"

    def _as_defined_name(self, m: _Mention) -> _Found | None:
        """Issue 12 (names): "According to [Notes] from Poland (NFP)": a mention the parser cut short of a name
        the article defines an abbreviation for is that name's organisation (not "Poland" inside it); so is the
        whole name, with or without its bracket ("Transport for London" is no person "Transport", speaker17)."""
        if not self._defined or not m.span.text[:1].isupper():
            return None
        long = next((x for x in self._defined.values()
                     if self.text.startswith(x, m.start) and m.end - m.start <= len(x)), None)
        if long is None:  # speaker17 (fresh3): "[Transport for London (TfL] told": the name and its bracket
            long = next((x for short, x in self._defined.items() if self.text.startswith(x, m.start)
                         and self.text[m.start + len(x):m.end].strip(" ()") == short), None)
        if long is None:
            return None
        state = self._state_for(long, "organization")
        self._see(state, _Seen(m.start, self.sentence_of(m.start), True))
        if (m.start, m.end) not in state.spans:
            state.add_mention(m.start, m.end)
        return state, "organization"

    def _as_turn_speaker(self, m: _Mention) -> _Found | None:
        """"I", "we", "my" in an answer of a transcript: the turn's speaker (the label's person; "we" is
        the speaker too, for the body they speak for is seldom named)."""
        if m.span.root.lower_ not in names.FIRST_PERSON_PRONOUNS or len(m.span) > 1:
            return None
        state = self._answering(m.start)
        return (state, "pronoun") if state is not None else None

    def _only_addressed(self, parsed: ParsedText) -> set[int]:
        """Ids of the people a transcript only ever addresses ("Go ahead, Mary.", "Look, Kelly O., he's ..."): a
        name set off by commas as the sentence's vocative (the parser's ``npadvmod``) is the listener, a
        reporter in the room, whom no later "he" or "she" means."""
        vocative: set[tuple[int, int]] = set()
        for piece in parsed.pieces:
            for ent in entities(piece.doc):
                before = ent.doc[ent.start - 1] if ent.start > 0 else None
                after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
                if ent.label_ == "PERSON" and ent.root.dep_ == en.VOCATIVE_DEP \
                        and (before is None or before.is_punct or ent[0].is_sent_start) \
                        and (after is None or after.is_punct):
                    vocative.add((ent.start_char + piece.offset, ent.end_char + piece.offset))
        return {id(s) for s in self.states if s.actor.type == "person" and s.actor.mentions
                and all((m.start, m.end) in vocative for m in s.actor.mentions)}

    def _see_offices(self, doc: Doc, offset: int) -> None:
        """trans13: "Last night, the President delivered a strong speech. He spoke clearly ...": in a
        transcript's answer "the President" is that government's office holder (``_office_holder``) wherever
        it stands, so a later "he" may mean him, as it may a person named; not only where he is the speaker
        of a cue. A sighting (no mention) of the holder at each "the <Office>" of one word in an answer ("the
        Vice President", whose holder's gender the article may not show, is left to the cues as before)."""
        home = self._transcript_country()
        if home is None:
            return  # whose government is unsaid: the story's country may be the one the questions are about
        for tok in doc[:-1]:
            if tok.lower_ != "the":
                continue
            span = doc[tok.i:tok.i + 2]
            office = self._office(span.text)
            after = doc[span.end] if span.end < len(doc) else None
            if office is None or (after is not None and after.pos_ == "PROPN"):
                continue  # "the President Biden" is a name's mention, seen as one
            at = span.start_char + offset
            holder = self._office_holder(office, home) if self._answering(at) is not None else None
            if holder is not None:
                if holder.gender is None:  # the actors file's name says it ("Joe Biden"): no "she" means him
                    holder.gender = names.name_gender(holder.words, [])
                self._see(holder, _Seen(at, self.sentence_of(at), span[-1].dep_ in ("nsubj", "nsubjpass")))

    def _answering(self, offset: int) -> _ActorState | None:
        """Who speaks the answer of a transcript that holds ``offset``, if any."""
        n = bisect_right(self._turn_starts, offset) - 1
        if n < 0 or offset >= self._turns[n].body[1]:
            return None
        return self._turn_speaker(self._turns[n].label)[0]

    def _turn_speaker(self, label: tuple[int, int]) -> tuple[_ActorState | None, str]:
        """Who a transcript's label names, read once per label: "MR. KIRBY" is the person of that surname
        the article names ("John Kirby"), else a person "Kirby"; "THE PRESIDENT" is the holder of the office
        on the article's date, in the story's country (the actors file's dated roles); "SENIOR ADMINISTRATION
        OFFICIAL", "MODERATOR" are unnamed sources under that description; an interview's "A" is the person
        the header names first; another lone letter is no one."""
        if label not in self._turn_speakers:
            self._turn_speakers[label] = self._label_speaker(self.text[label[0]:label[1]])
        return self._turn_speakers[label]

    def _label_speaker(self, label: str) -> tuple[_ActorState | None, str]:
        words = re.findall(r"[^\W\d_][\w.'’-]*", label)
        lower = [w.lower() for w in words]
        if lower[:1] == ["the"]:
            words, lower = words[1:], lower[1:]
        if lower == [names.ANSWER_LABEL]:  # "Q: ... A: ...": the interview's subject, whom the header names first
            found = self._header_first_person()
            return found, "named"
        if not lower or (len(lower) == 1 and len(lower[0]) == 1):
            return None, "unresolved"
        in_header = self._header_full_name(lower) if len(lower) >= 2 or lower[0] in names.TITLE_WORDS else None
        if in_header is not None:  # "THE FIRST LADY" under "... and First Lady Jill Biden": Jill Biden, not "Jill"
            return self._holder_state(in_header), "role"
        if all(w in names.TITLE_WORDS for w in lower):  # "THE PRESIDENT", "THE VICE PRESIDENT"
            office = " ".join(lower)
            return self._header_person(office) or self._label_office_holder(office), "role"
        honorific = any(w in names.TITLE_WORDS for w in lower)
        if not honorific and lower[-1] in names.PEOPLE_NOUNS | names.ROLE_NOUNS | names.RECORD_ROLES:
            return self._state_for(" ".join(lower), "unnamed"), "description"
        rest = [w.title() for w, low in zip(words, lower, strict=True)
                if low not in names.TITLE_WORDS and low not in names.LABEL_OFFICES]  # "ACTING ADMINISTRATOR SLAVITT"
        named = self._by_surname.get(_surname(rest), [])
        people = [s for s in named if s.actor.type == "person"]
        full = [s for s in people if _given_named(s.actor.name)]
        if len(full) == 1 or (len(people) == 1 and full):  # "Gov Fallin" in a headline and "Mary Fallin"
            return full[0], "named"
        # the full name the title gives, or the government's official of the date, before a bare "Kirby"
        known = self._title_name(rest) or self._home_namesake(_surname(rest))
        if known is None and len(people) == 1:
            return people[0], "named"
        return self._state_for(known or " ".join(rest), "person"), "named"

    def _header_full_name(self, role: Sequence[str]) -> str | None:
        """"THE FIRST LADY", "THE SECOND GENTLEMAN" under "Remarks by President Biden and Second Gentleman Douglas
        Emhoff": the full name the header writes after the label's words, a given name then a surname (one word
        after them, "President Biden", is left to ``_header_person``); not "President Kamala Harris" inside "Vice
        President Kamala Harris" (nc18)."""
        header = self._header()
        pattern = rf"\b(?i:{re.escape(' '.join(role))})\s+([A-Z][\w'’-]+)(\s+[A-Z]\.)?\s+([A-Z][\w'’-]+)"
        for m in re.finditer(pattern, header):
            if _longer_office_ends(header, m.start(), " ".join(role)):
                continue
            if names.is_given_name(m.group(1)) and m.group(3).lower() not in names.TITLE_WORDS:
                return _unshouted(" ".join(w.strip() for w in m.groups() if w))
        return None

    def _title_name(self, rest: Sequence[str]) -> str | None:
        """"MS. JEAN-PIERRE" under "Press Briefing by Press Secretary Karine Jean-Pierre": the full name the
        transcript's title gives the label's surname (the text itself may never write it): the given name
        just before it ("Marcia L. Fudge" with its initial), never a title ("Secretary Blinken")."""
        m = re.search(rf"\b([A-Z][\w'’-]+)(\s+[A-Z]\.)?\s+((?i:{re.escape(' '.join(rest))}))\b", self._title)
        if m is None or m.group(1).lower() in names.TITLE_WORDS | names.LONE_TITLES | names.ROLE_NOUNS \
                | names.PEOPLE_NOUNS:
            return None
        return _unshouted(" ".join(w.strip() for w in m.groups() if w))

    def _home_namesake(self, surname: str) -> str | None:
        """"SECRETARY BLINKEN", "MR. SULLIVAN" in a transcript of a government its header names: the one person
        of that surname the actors file has in an office of that country on the article's date."""
        home = self._transcript_country()
        if home is None or self._day is None:
            return None
        found = [h for h in office_holders(home, self._day) if _surname(h.split()) == surname]
        return found[0] if len(found) == 1 else None

    def _header_person(self, title: str) -> _ActorState | None:
        """"Remarks by President Biden ..." above a transcript: the person its header (``_header``) names with the
        label's title ("THE PRESIDENT") is who speaks under that label; by the article's person of that
        surname, else by the office's holder on the date of that surname, else as written. "Vice President
        Harris" is no "President" (a longer office the actors file knows ends in the title)."""
        header = self._header()
        for m in re.finditer(rf"\b(?i:{re.escape(title)})\s+([A-Z][\w'’-]+)", header):
            if _longer_office_ends(header, m.start(), title):
                continue
            surname = _unshouted(m.group(1))
            holders = [h for h in offices_held(title, self._day) if _surname(h.split()) == surname.lower()] \
                if self._day is not None else []
            if len(holders) == 1:  # "Interview of President Trump": Donald Trump, though the text says "Trump"
                return self._holder_state(holders[0])
            return self._person_named(surname) or self._state_for(surname, "person")
        return None

    def _header(self) -> str:
        """A transcript's header: its title (given apart from the text, or its first line) and the lines
        before its first turn ("East Room", "4:02 P.M. EST")."""
        return f"{self._title}\n{self.text[:min(t.label[0] for t in self._turns)]}"

    def _transcript_country(self) -> str | None:
        """The country whose government a transcript is, when its header says so plainly: a seat of government
        it names ("James S. Brady Press Briefing Room", "Air Force One") or a US clock line ("4:02 P.M. EST"),
        one country in all. Its labels' offices ("THE PRESIDENT") are then that country's, whoever else
        the questions name (a press conference on Russia names "President Putin" throughout). None for a text
        with no speaker turns (no header to read)."""
        if not self._turns:
            return None
        if self._home is None:
            header = self._header().lower()
            seats = {c for seat, c in names.SEAT_COUNTRIES.items() if re.search(rf"\b{re.escape(seat)}\b", header)}
            clocks = {names.CLOCK_COUNTRIES[z.lower()] for z in re.findall(r"\d\s*[ap]\.?m\.?\s+([a-z]{3})\b", header)
                      if z.lower() in names.CLOCK_COUNTRIES}
            found = seats | clocks
            self._home = (next(iter(found)) if len(found) == 1 else None,)
        return self._home[0]

    def _header_first_person(self) -> _ActorState | None:
        """"Q&A with Vice President Joe Biden. ... A: It's a big mistake.": the person named first before the
        first turn is who answers (the interviewers come after, "he spoke with POLITICO's ...")."""
        first = min(t.label[0] for t in self._turns)
        named = [(min(m.start for m in s.actor.mentions), n, s) for n, s in enumerate(self.states)
                 if s.actor.type == "person" and s.actor.mentions]
        before = [x for x in named if x[0] < first]
        return min(before, key=lambda x: x[:2])[2] if before else None

    def _office_holder(self, role: str, home_country: str | None = None) -> _ActorState | None:
        """Who holds ``role`` ("president") on the article's date, per the actors file's dated roles, where
        exactly one holder fits: the holders of that office (of any country) the article names by surname and
        the holder in the story's country must be one person. A White House briefing that also names
        "President Putin" resolves none: unresolved rather than a guess. With ``home_country`` (a transcript
        whose header says whose government it is) the holder is that country's, whoever else is named."""
        if self._day is None:
            return None
        if home_country is not None:
            holder = office_holder(role, home_country, self._day)
            return self._holder_state(holder) if holder is not None else None
        found = {id(s): s for s in (self._person_named(h) for h in offices_held(role, self._day)) if s}
        home = office_holder(role, self._story(), self._day)
        mine = self._person_named(home) if home is not None else None
        if home is not None and mine is None and found:
            return None  # the story's holder goes unnamed while another holder is named: two fit
        if mine is not None:
            found[id(mine)] = mine
        if len(found) > 1:
            return None
        if found:
            return next(iter(found.values()))
        return self._state_for(home, "person") if home is not None else None

    def _label_office_holder(self, office: str) -> _ActorState | None:
        """Who a transcript's "THE PRESIDENT" is when its header names no one: the office's holder in the
        country its header names (``_transcript_country``), else in the story's country as in prose; with no
        country at all, no one (not the one president the questions name, "President Putin")."""
        home = self._transcript_country()
        if home is None and self._story() is None:
            return None
        return self._office_holder(office, home)

    def _holder_state(self, holder: str) -> _ActorState:
        """The article's actor for the actors file's ``holder``: its person of that very name, else one of that
        name (not "Trump" alone, which the record would keep, nor "Hunter Biden" of the surname)."""
        named = self._person_named(holder)
        return named if named is not None and named.actor.name == holder else self._state_for(holder, "person")

    def _office(self, written: str) -> str | None:
        """"The President", "the Vice President": an office the actors file's dated roles know, written with
        capitals as if a name ("President" read as a name was one actor for every president of a corpus); not
        a name the article gives a person ("King" after "Pete King"), not a title the file has no holders of."""
        words = [w for w in re.findall(r"[\w.'’-]+", written) if w.lower() not in ("the", "this")]
        office = " ".join(words).lower()
        if not words or office not in office_nouns() or any(w[:1].islower() for w in words):
            return None
        return None if self._by_surname.get(words[-1].lower()) else office

    def _person_named(self, name: str) -> _ActorState | None:
        """The article's person of ``name``'s surname: the one of that very name, else the first ("Biden" and
        "Joe Biden" are one person to the corpus linker too)."""
        people = [s for s in self._by_surname.get(_surname(name.split()), []) if s.actor.type == "person"]
        return next((s for s in people if s.actor.name == name), people[0] if people else None)

    def _as_joint(self, m: _Mention) -> _Found | None:
        # "Tesco and Salling Group said": one group of both, which a later "the parties" refers back to
        members = self._joint(m.span, m.start, m.last_actor) or self._listed(m)
        if members is None:
            return None
        self._groups.append((m.start, members, frozenset()))
        joint = self._group_of(members)
        return (joint, "organization") if joint is not None else None

    def _as_side(self, m: _Mention) -> _Found | None:
        """"The Biden campaign", "the Trump administration", then "the administration": a person's side is an
        organisation of its own, ``part_of`` the person, not the person (world-politics tune). A campaign is
        named "<name> <office> campaign" when the article names the race ("presidential debate"), an
        administration "<surname> administration"; a bare "the administration" is the administration named
        last, else that of the president in reach."""
        root = m.span.root
        noun = root.lemma_.lower()
        if noun not in names.SIDE_NOUNS or root.tag_ != "NN" or not (
                _definite(m.span) or any(c.dep_ == "poss" for c in root.children)):
            return None  # "a campaign to ...": no one's side named
        shift = m.start - m.span.start_char
        # a name the tagger missed as a proper noun ("O’Malley’s campaign": ADD) is an owner all the same
        owner = next((c for c in root.children if c.dep_ in ("compound", "poss") and (
            c.pos_ == "PROPN" or self._name_covers(shift + c.idx))), None)
        # the possessor with its "’s": the recogniser's name often runs over a curly one ("O’Malley’s campaign")
        person = self._named_in(shift + owner.left_edge.idx, shift + owner.right_edge.idx + len(owner.right_edge)) \
            if owner is not None else None
        if person is None or person.actor.type != "person":
            if owner is not None or len(m.span) != 2:
                return None
            person = self._side_owner(noun, m.start)
            if isinstance(person, _ActorState) and person.actor.type == "organization":
                return person, "organization"  # "the administration" after "the Trump administration"
            if person is None:
                return None
        surname = next((w for w in person.words if w.lower().rstrip(".") == _surname(person.words)), person.words[-1])
        name = f"{surname} administration" if noun == "administration" else " ".join(
            [person.actor.name, *self._office_words(), "campaign"])
        state = self._state_for(name, "organization")
        state.actor.part_of = person.actor.name
        self._see(state, _Seen(m.start, self.sentence_of(m.start), True))
        if (m.start, m.end) not in state.spans:
            state.add_mention(m.start, m.end)
            state.add_alias(self.text[m.start:m.end])
        return state, "organization"

    def _side_owner(self, noun: str, offset: int) -> _ActorState | None:
        """For a bare "the administration"/"the campaign": the side of that kind named last, else (an
        administration) the person in reach titled president."""
        recent = self._recent(offset, MAX_ROLE_DISTANCE)
        side = next((s for s in recent if s.actor.type == "organization" and s.actor.name.endswith(f" {noun}")
                     and s.actor.part_of), None)
        if side is not None or noun != "administration":
            return side
        return next((s for s in recent if s.actor.type == "person" and "president" in s.titles), None)

    def _office_words(self) -> list[str]:
        """The office the article's race is for: "presidential" before "debate", "campaign", "election"."""
        found = _RACE.search(self.text)
        return [found.group(1).lower()] if found else []

    def _as_quantifier(self, m: _Mention) -> _Found | None:
        """"Some called for younger leadership", "others preferred an inquiry", "Some of the protesters Wikinews
        interviewed said": some members of a group, never the person named last (the pronoun reading made
        them Nancy Pelosi) nor a name inside the phrase. With "of" the group is the description ("some of
        the protesters"); a bare quantifier names no group, and is left without an actor, with that reason,
        rather than made an actor named "some" that every article's "some" would join."""
        root = m.span.root
        share = self._share_of_people(m.span)
        if share is not None:
            return share, "description"
        if root.lower_ not in names.QUANTIFIER_PRONOUNS:
            root = m.span[0]  # "Some of the protesters the paper interviewed": the parser's root is the verb
            if not any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
                return None
        if root.lower_ not in names.QUANTIFIER_PRONOUNS or root.pos_ not in ("PRON", "NOUN", "ADJ", "DET"):
            return None
        group = _of_object(root)
        if group is None or group.tag_ not in ("NNS", "NNPS"):
            one = _one_of_kind(root) if len(m.span) == 1 else None
            if one is not None:  # "One interviewee said X and several said Y": several interviewees
                return self._state_for(f"{root.lower_} {_plural(one)}", "group"), "description"
            if group is None and m.span.text.lower() in en.PARTITIVE_SOURCES | {"a few"}:
                named = self._partitive_group(m.start)  # "Union leaders were divided. Some said ..."
                if named is not None:
                    return named, "description"
            return None, "quantifier"
        words = [t.text for t in m.span.doc[root.i:group.i + 1]]
        return self._state_for(" ".join([words[0].lower(), *words[1:]]), "group"), "description"

    def _partitive_group(self, offset: int) -> _ActorState | None:
        """Issue 12 (speaker16): "Union leaders were divided. Some said the ruling protected jobs; others warned
        ...": a bare quantifier as a source, right after a described group was a clause's subject (this sentence
        or the one before, and no one else a subject since), is some of that group, given the group itself
        (type group, under its description), as "some of the union leaders" is. A group of named people or a
        person spoken of last leaves it as it was: some of a group the text does not name here."""
        sentence = self.sentence_of(offset)
        for state in self._recent(offset, 1):
            seen = state.last_before(offset)
            if seen is None or not seen.subject:
                continue
            if seen.sentence == sentence and not any(a == seen.offset for a, _ in state.spans):
                continue  # "Several said they wanted the politicians to listen, while others said": what was said
            if state.actor.name.lower().startswith(("some of ", "many of ", "most of ", "several of ")):
                return None  # "Some of the protesters said ... Several said": no group of its own named
            if state.actor.type != "group" or state.actor.members:
                return None  # "Kroger said ... Some said": not Kroger's people
            return state
        return None

    def _as_party_members(self, m: _Mention) -> _Found | None:
        """"House Republicans said", "Senate Democrats", "Texas Republicans": a party's or a people's members in
        the plural, with the chamber or place they sit for before them, are a group under the whole phrase, not
        the chamber (the recogniser's organisation "House") nor the bare party; "Republicans" alone keeps its
        capital (it was the group "republicans")."""
        root = m.span.root
        if root.tag_ != "NNPS" or root.ent_type_ != "NORP" or not root.text.endswith("s") or root.i != m.span.end - 1:
            return None
        doc, start = m.span.doc, root.i
        while start > m.span.start and _sits_for(doc[start - 1], start, root.i):
            start -= 1
        if start > 0 and doc[start - 1].text in "-–" and not doc[start - 1].whitespace_:
            return None  # "African-Americans": a name the words before the hyphen belong to
        name = " ".join(t.text for t in doc[start:root.i + 1])
        return self._state_for(name, "group"), "description"

    def _share_of_people(self, span: Span) -> _ActorState | None:
        """name12: "59.6 percent of voters", "a strong majority of Democratic primary voters", "68% of Democratic
        voters", "nearly two-thirds of ...": a share of people (a poll's finding) is a group under the people's
        description ("Democratic primary voters"), as "two out of three Americans" is Americans; not a source left
        without an actor (PolNeAR train: some 45 statements in 25 articles). A bare "60 percent" names no one."""
        root = span.root
        if root.lemma_.lower() not in en.SHARE_NOUNS and root.lower_ not in en.SHARE_NOUNS:
            return None
        people = _of_object(root)
        if people is None or people.tag_ not in ("NNS", "NNPS"):
            return None
        described = _description(span.doc[people.left_edge.i:people.i + 1])
        if described is None or described[1] != "group":
            return None
        return self._state_for(described[0], "group")

    def _as_described_body(self, m: _Mention) -> _Found | None:
        """"The city council said", "the state health department said": a body the text describes rather
        than names, and no named one it refers back to, is an organisation under that description."""
        root = m.span.root
        # "an appeals court ordered a new trial" (round 7): one body the text describes, definite or not
        if not _described_body(root) or m.span[0].lower_ not in ("the", "a", "an") or root.i != m.span[-1].i:
            return None
        words = [t.text for t in m.span if not t.is_punct][1:]
        state = self._state_for(" ".join(words), "organization")
        self._see(state, _Seen(m.start, self.sentence_of(m.start), True))
        return state, "organization"

    def _as_unnamed_body(self, m: _Mention) -> _Found | None:
        """Issue 12 item 3: "The union hit out at the plan", "The ministry denied it" in copy that names no union
        and no ministry in reach (``_as_reference``, read before, finds one that is): a body the text calls by its
        bare noun alone is an unnamed source under that noun ("union", "ministry"; guideline 2.5: unnamed
        sources get a normalised description), not a source left without an actor. Unnamed, not an
        organisation: the noun says what kind of body, not which, so across a corpus it joins only the same
        description (``linking.CorpusLinker``), never a body named. A later "it" may mean it."""
        root = m.span.root
        noun = root.lemma_.lower()
        if root.pos_ != "NOUN" or root.tag_ != "NN" or [t.lower_ for t in m.span] != ["the", root.lower_] \
                or noun not in names.ORG_NOUNS | names.STATE_BODIES or noun in _NOT_A_BODY_ALONE \
                or noun in described.STATE_INSTITUTIONS:  # whose "government" is unsaid: left unresolved (above)
            return None
        if noun not in names.GENERIC_ORG_NOUNS:
            # "the Supreme Court" pages before "the court said": a body whose name has the noun, named beyond the
            # reach of a back-reference (``_as_reference``), is still the one the article means
            named = self._last_organization(noun, m.start, MAX_ROLE_DISTANCE)
            if named is not None:
                return named, "organization"
        state = self._state_for(noun, "unnamed")
        self._bodies.add(id(state))
        return state, "description"

    def _as_initial_group(self, m: _Mention) -> _Found | None:
        """"Organisers said", "Commuters said": a plural noun for people the source lists do not know is a group
        under that noun all the same (the readings of names pass over it, ``_initial_common_noun``)."""
        if len(m.span) != 1 or not _initial_common_noun(m.span.root):
            return None
        described = _description(m.span)
        name = described[0] if described is not None else m.span.root.lower_
        return self._state_for(name, "group"), "description"

    def _as_name(self, m: _Mention) -> _Found | None:
        if m.span.root.lemma_.lower() in names.DOCUMENT_NOUNS and any(
                c.dep_ in ("acl", "relcl") for c in m.span.root.children):
            # "the decree signed by the leader of X": the author the clause names (``_document_author``)
            document = self._document_author(m.span, m.start)
            if document is not None:
                return document
        start, end = self._head_name_range(m)
        tail = _body_tail(m.span.root)
        if end == m.end and tail > m.span.end:  # "[The United States Commission] on Presidential Debates said"
            end = m.start - m.span.start_char + m.span.doc[tail - 1].idx + len(m.span.doc[tail - 1])
        named = self._named_in(start, end)
        at_head = self._person_at_head(m)
        if at_head is not None and named is not None and named.actor.type == "person":
            named = at_head  # "Former Clinton Senior Adviser Sidney Blumenthal": the head's name speaks (voice14)
        member = self._unnamed_member(m.span, named, m.start)  # "a Woolworths spokesperson", not Woolworths
        if member is not None:
            return member, "description"
        head = self._head_of_body(m, named) or self._body_chief(m, named)  # "the head of the water board"
        if head is not None:
            return head
        noun = m.span.root.lemma_.lower()
        if named is not None and named.actor.type == "country" and noun in described.STATE_INSTITUTIONS \
                and m.span.root.tag_ == "NN" and not m.span.root.ent_type_:
            # "Canada's government", "the Canadian government": its Government, part of the state (issue 12)
            return self._state_institution(noun, named.actor.name, m), "organization"
        if named is not None and named.actor.type == "country" and noun == "ministry" and m.span.root.is_lower:
            # "India's external affairs ministry": the ministry, part of the state, never the state (lead17)
            return self._as_state_body(m)
        place = _governed_place(m.span.root) if noun in described.STATE_INSTITUTIONS else None
        if place is not None and m.span.root.tag_ == "NN" and not m.span.root.ent_type_:
            # "the government of American Samoa", "the government of Puerto Rico": a territory's or a province's
            # Government, part of the place, as a country's is; the recogniser tags such places ORG or GPE and
            # the place alone had become the speaker (or none) (who10b)
            return self._state_institution(noun, place, m), "organization"
        if named is not None:
            return named, "named" if named.actor.type == "person" else "organization"
        return None

    def _person_at_head(self, m: _Mention) -> _ActorState | None:
        """The person whose name holds the mention's head word, when the head is a proper noun: of two people
        in "Clinton Communications Director Jennifer Palmieri" the one the phrase is about, not the first."""
        root = m.span.root
        if root.pos_ != "PROPN" or any(t.dep_ in ("cc", "conj") or t.text == "," for t in m.span):
            return None  # "Matthews, MSNBC’s Alex Seitz-Wald and Reuters’ Luciana Lopez": several, no one head
        at = m.start - m.span.start_char + root.idx
        n = bisect_right(self._name_starts, at)
        return next((self.states[i] for a, b, i in self._names[max(0, n - 8):n]
                     if a <= at < b and m.start <= a and b <= m.end and self.states[i].actor.type == "person"), None)

    def _head_of_body(self, m: _Mention, named: _ActorState | None) -> _Found | None:
        """Issue 12 (round 4): "The head of the water board said", "the spokesman for Acme": a role OF a
        named organisation is a person who is part of it, not the organisation. Someone in reach who holds
        that title is the speaker; else an unnamed source under the role and the body ("head of the water
        board"), ``part_of`` the body, whom a later "he"/"she" may mean."""
        root = m.span.root
        if named is None or root.pos_ != "NOUN" or root.lemma_.lower() not in _HEAD_NOUNS:
            return None
        prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "at")), None)
        if prep is None:
            return None
        shift = m.start - m.span.start_char
        body = self._named_in(shift + prep.idx, shift + prep.right_edge.idx + len(prep.right_edge), head_last=True)
        # "of North Korea's National Aerospace Technology Administration": the body is the name the phrase
        # ends on, the country before it only says whose (round 7)
        if body is None or body.actor.type != "organization" or (body is not named and named.actor.type != "country"):
            return None  # the name is elsewhere in the phrase ("Acme's head of sales"): read as before
        named = body
        role = root.lemma_.lower()
        people = [s for s in self._recent(m.start, MAX_ROLE_DISTANCE) if s.actor.type == "person"]
        holder = next((s for s in people if role in s.titles), None)
        if holder is not None:
            return holder, "role"
        first = next((t.i for t in m.span if t.dep_ not in ("det", "poss") and not t.is_punct), root.i)
        words = m.span.doc[min(first, root.i):prep.right_edge.i + 1].text  # "deputy director general of ..."
        state = self._state_for(words, "unnamed")
        state.actor.part_of = named.actor.name
        self._add_individual(state)
        return state, "description"

    def _body_chief(self, m: _Mention, named: _ActorState | None) -> _Found | None:
        """who11 (other outlets): "the U.N. chief expressed frustration" after "United Nations Secretary-General
        Ban Ki-moon made an appeal": a body's head written with the body's name before the noun is the person
        in reach whom the article titled with that body, not the body."""
        root = m.span.root
        if named is None or named.actor.type != "organization" or root.pos_ != "NOUN" or root.tag_ != "NN" \
                or root.lemma_.lower() not in _HEAD_NOUNS or not _definite(m.span):
            return None
        if not any(m.start <= a < b <= m.start - m.span.start_char + root.idx for a, b in named.spans):
            return None  # the name is not written before the noun ("the chief of staff at X" is read above)
        for person in self._recent(m.start, MAX_ROLE_DISTANCE):  # latest first
            if person.actor.type != "person" or not person.spans:
                continue
            first = min(a for a, _b in person.spans)
            if any(0 <= first - b <= _TITLE_GAP and _title_run(self.text[b:first]) for a, b in named.spans):
                return person, "role"
        return None

    def _as_missed_name(self, m: _Mention) -> _Found | None:
        """A name the entity recogniser missed: a known person, an organisation, or a new person."""
        if m.span.root.pos_ != "PROPN" or _initial_common_noun(m.span.root) or m.span.root.is_lower:
            return None  # "Peru's foreign ministry", the tagger's proper noun in lower case: no name (lead17)
        if m.span[0].lower_ == "the" and m.span.root.i == m.span.end - 1 and len(m.span) > 1 \
                and m.span.root.lemma_.lower() in _PERSON_APPOSITIONS - names.REGNAL_TITLES \
                and all(t.lower_ in _PERSON_APPOSITIONS or t.lower_ in en.RANK_MODIFIERS for t in m.span[1:]) \
                and self._office(self.text[m.start:m.end]) is None:
            return None  # "the Senior Minister said": a role with capitals, no one's name (who11)
        run = _firm_name(m.span) or _name_run(m.span)
        words = [t.text for t in run if not t.is_punct or t.text in en.NAME_AMPERSANDS]
        # every "'s" stays on its word: "Marion Sheriff's Office" (``_owner_of_body``), and "Post's Scott Conroy"
        # is no one's name as written
        words = [w + words[i + 1] if i + 1 < len(words) and words[i + 1] in _POSSESSIVES else w
                 for i, w in enumerate(words) if w not in _POSSESSIVES]
        words = words if _body_name(words) else _after_inner_title(names.strip_title(words))  # "House of ..."
        office = self._office(self.text[m.start:m.end])
        if office is not None:  # "the President": an office, no name; none fits: unresolved, not a guess
            # in a transcript whose header says whose government speaks, that government's President
            return self._office_holder(office, self._transcript_country()), "role"
        firm = any(w in en.NAME_AMPERSANDS for w in words)  # "Marlow & Daughters": no person, though a Marlow is
        state = self._match_person(words, m.start) if words and not firm else None
        if state is not None and len(words) > len(state.words) and _given_named(" ".join(words)):
            # "Ricardo Rosselló Nevares", which the recogniser missed, names in full the "Rosselló" it found
            state.words = words
            state.actor.name = _plain_name(state)
        lone_title = len(words) == 1 and words[0].lower() in names.LONE_TITLES  # "One MP told the BBC"
        if state is None and words and not firm and not lone_title and (known := self._known(words)) is not None:
            # name12: "Twitter said" with no entity found: the institution the gazetteer knows, never a person,
            # nor a longer name the article also wrote ("Wilayat Twitter")
            state = self._institution_state(*known)
        if state is None and len(words) == 1:
            state = self._short_form(words[0])  # "Salling said" after "Salling Group"
        if state is None and len(words) == 1:
            state = self._missed_full_name(words[0], m.start)  # "Lake wrote" after "Kari Lake, the ..."
        if len(words) == 1 and words[0].lower() in names.LONE_TITLES and state is None:
            return None  # "One MP told the BBC", "an MP said": a title alone, a described source below
        if state is None and len(words) == 1 and (_acronym(words[0]) or _letters_and_digits(words[0])):
            # "CNN said", "KCNA reported": an abbreviation is an organisation, never a person; so is a name
            # with a digit in it ("TVN24 reported": no person's name has one; round 8)
            state = self._abbreviation_state(words[0], m.start) or self._state_for(words[0], "organization")
        if state is None and words:
            state = self._whole_body(words, m.start)  # "the Supreme Court" after "the Supreme Court of X"
        if state is None and (_names_an_organisation(run, words) or _org_words(words) or _body_name(words)
                              or firm or _possessed_body(words)
                              or (len(words) == 1 and _speaks_as(m.span.root, _ORG_VOICE))):  # "X said it"
            state = self._state_for(" ".join(words), "organization")  # the recogniser's ORG, never mentioned
        if state is None and _looks_like_a_name(run, words):
            state = self._new_state(words, "person")  # "Vassily Nebenzia said": a person all the same
            self._by_key.setdefault(_norm_key(words), state)
        if state is None:
            return None
        self._see(state, _Seen(m.start, self.sentence_of(m.start), True))
        state.add_mention(m.start, m.end)
        state.add_alias(self.text[m.start:m.end])
        return state, "named"

    def _missed_full_name(self, surname: str, offset: int) -> _ActorState | None:
        """who11 (other outlets): "Kari Lake, the far-right former broadcaster ..., celebrated the ruling. ...
        “...,” Lake wrote": a surname alone after a full name the recogniser missed too is that person (as a
        surname joins the full name it did find), not a new person "Lake". The latest run of two or three
        capitalised words, shaped as a person's name, that ends on the surname, in the last few paragraphs."""
        if not surname[:1].isupper() or not surname[1:].islower() or surname.lower() in _BODY_NAME_WORDS:
            return None
        for run in self._capitalised_runs_before(offset):
            if offset - run.end() > _MISSED_NAME_REACH:
                break
            words = run.group().split()
            if words[-1] == surname and _person_shaped(words):
                state = self._match_person(words, run.start()) or self._new_state(words, "person")
                self._by_key.setdefault(_norm_key(words), state)
                return state
        return None

    def _as_titled_body(self, m: _Mention) -> _Found | None:
        """Issue 12 (fresh Wikinews): "state-owned Iranian news agency Fars reported": one proper noun the
        recogniser missed (or took for a place), titled by a noun for a body ("news agency", "broadcaster",
        "newspaper"), is an organisation of that name, as "Yonhap news agency" is, though it neither speaks as
        "it" nor has an organisation's word in it (read after the missed-name reading, which finds no one here)."""
        root = m.span.root
        if root.pos_ != "PROPN" or root.ent_type_ in en.ENTITY_TYPES or any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in root.children):
            return None
        if not any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in names.ORG_NOUNS
                   for c in root.children):
            return None
        state = self._state_for(root.text, "organization")
        self._see(state, _Seen(m.start, self.sentence_of(m.start), True))
        state.add_mention(m.start, m.end)
        state.add_alias(root.text)
        return state, "organization"

    def _as_mistagged_name(self, m: _Mention) -> _Found | None:
        """"Radmall conceded", "Salling said": a known name the tagger took for a common word."""
        root = m.span.root
        if root.pos_ == "PROPN" or not root.text[:1].isupper() or len(m.span) != 1:
            return None
        known = self._match_person([root.text], m.start) or self._short_form(root.text)
        if known is None:
            return None
        self._see(known, _Seen(m.start, self.sentence_of(m.start), True))
        return known, "named" if known.actor.type == "person" else "organization"

    def _as_abbreviation(self, m: _Mention) -> _Found | None:
        if not _acronym(m.span.root.text) or m.span.root.lower_ in names.LONE_TITLES:
            return None  # "WHO said", "IT staff": an abbreviation, not a pronoun; "an MP": a title
        found = self._abbreviation_state(m.span.root.text, m.start)
        return (found, "organization") if found is not None else (None, "unresolved")

    def _as_pronoun(self, m: _Mention) -> _Found | None:
        root = m.span.root
        word = root.lower_
        if root.pos_ != "PRON" and word not in names.MALE_PRONOUNS | names.FEMALE_PRONOUNS | en.PLURAL_PRONOUNS:
            return None
        if word in en.PLURAL_PRONOUNS and _people_plural_before(root):
            return self._stood_in(self._pronoun(word, m.start, m.last_actor, together=False)), "pronoun"
        return self._stood_in(self._pronoun(word, m.start, m.last_actor, self._named_in_own_clause(root, m.start))), \
            "pronoun"

    def _named_in_own_clause(self, pronoun: Token, start: int) -> set[int]:
        """"He traveled to Florida to meet with Devocht", "a meeting he had with Rubio": a subject pronoun is
        none of the persons its own verb's phrase names after it by name (who meets Devocht is not Devocht). Not
        a name outside that phrase: "When he arrived, Rubio said" may well be Rubio."""
        if pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return set()
        shift = start - pronoun.idx
        out: set[int] = set()
        todo = [c for c in pronoun.head.children if c.i > pronoun.i]
        while todo:
            tok = todo.pop()
            if tok.dep_ in ("relcl", "appos") or (tok.dep_ in _OTHER_CLAUSES and tok.dep_ != "ccomp" and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
                continue  # "to meet with Devocht, who had told Montalvo ...": Montalvo is in another clause
            if tok.dep_ == "ccomp" and self._in_quote(tok.idx + shift):
                continue  # "he said: “Trump will win”": a quotation may name its own speaker
            at = bisect_right(self._name_starts, tok.idx + shift) - 1
            # "he said Grant was ...": the subject of his own reported clause is someone else too (pron11)
            party = tok.dep_ in _ARGUMENTS or (tok.dep_ in en.SUBJECTS and tok.head.dep_ == "ccomp")
            if party and at >= 0 and self._names[at][1] > tok.idx + shift:
                out.add(id(self.states[self._names[at][2]]))  # a name as an argument, not "the Carson campaign"
            todo.extend(tok.children)
        return out | self._named_in_opening_participle(pronoun, shift)

    def _named_in_opening_participle(self, pronoun: Token, shift: int) -> set[int]:
        """Spkaudit (who10a): "Asked whether Swaraj will attend, he said ...": a participle clause with no subject
        of its own, opening the pronoun's sentence, is what the pronoun's person was asked or spoke of; no one it
        names, however deep ("Swaraj" is the subject of the question), is that person."""
        out: set[int] = set()
        for clause in pronoun.head.children:
            if clause.dep_ != en.ADVERBIAL_CLAUSE or clause.i > pronoun.i or clause.tag_ not in en.PARTICIPLE_TAGS \
                    or any(c.dep_ in en.SUBJECTS for c in clause.children):
                continue
            begin, end = clause.left_edge.idx + shift, clause.right_edge.idx + shift
            at = bisect_left(self._name_starts, begin)
            while at < len(self._names) and self._names[at][0] <= end:
                out.add(id(self.states[self._names[at][2]]))
                at += 1
        return out

    def _as_state_body(self, m: _Mention) -> _Found | None:
        """An institution ("the Kremlin"), a seat of government ("Moscow"), a body named by nationality."""
        span = m.span
        key = names.norm(" ".join(t.text for t in span if t.lower_ != "the"))
        if (inst := names.institution(key)) is not None:
            return self._institution(*inst), "organization"
        if key in names.METONYMS:
            return self._state_for(names.METONYMS[key], _state_type(names.METONYMS[key])), "organization"
        national = self._national_body(m)
        if national is not None:
            return national, "organization"
        known = self._known_body(span)
        if known is not None:  # "Ukraine's foreign ministry", "the foreign ministry" in a story about Russia
            state = self._institution_state(known, [t.text for t in span if not t.is_punct and t.dep_ != "det"])
            if (m.start, m.end) not in state.spans:
                state.add_mention(m.start, m.end)
                state.add_alias(self.text[m.start:m.end])
            self._see(state, _Seen(m.start, self.sentence_of(m.start), True))
            return state, "organization"
        if span.root.lemma_.lower() in names.STATE_BODIES:  # "the Turkish presidency", "Ukraine's foreign ministry"
            country = next((names.NATIONALITIES[t.lower_] for t in span if t.lower_ in names.NATIONALITIES), None)
            country = country or _possessing_state(span.root)
            if country is not None and span.root.lemma_.lower() in names.MISSION_NAMES:
                return self._mission(span, country, m), "organization"
            if country is not None and span.root.lemma_.lower() in described.STATE_INSTITUTIONS \
                    and _state_type(country) == "country":
                # "the Saudi government" is the Government of Saudi Arabia, part of the state (guideline 2.5)
                return self._state_institution(span.root.lemma_.lower(), country, m), "organization"
            if country is not None and (ministry := self._ministry(span, country, m)) is not None:
                return ministry, "organization"
            if country is not None:
                state = self._state_for(country, _state_type(country))
                if (m.start, m.end) not in state.spans:  # listed among the actors, as every source is
                    state.add_mention(m.start, m.end)
                return state, "organization"
        return None

    def _national_body(self, m: _Mention) -> _ActorState | None:
        """"Uganda's central bank", "the Brazilian space agency", "the central bank" in a story about Japan: a
        body every state has one of (``described.NATIONAL_BODIES``) is that state's, as "Central Bank of Uganda",
        part of the state; the state is the one the mention names, else the story's one country. None for any
        other phrase, and for a body the text named before ("the Bank of Japan ... the central bank")."""
        span, root = m.span, m.span.root
        words = [t.lower_ for t in span[:root.i - span.start + 1] if t.dep_ in ("amod", "compound") or t.i == root.i]
        words = [w for w in words if w not in names.NATIONALITIES]
        head = described.NATIONAL_BODIES.get(" ".join(words))
        if head is None or root.tag_ != "NN":
            return None
        country = next((names.NATIONALITIES[t.lower_] for t in span if t.lower_ in names.NATIONALITIES), None)
        country = country or _possessing_state(root)
        if country is None:
            if [t.lower_ for t in span] != ["the", *words]:
                return None
            named = self._last_organization(root.lemma_.lower(), m.start, MAX_ROLE_DISTANCE)
            if named is not None:
                return named
            country = self._main_country()
        if country is None or _state_type(country) != "country":
            return None
        return self._mentioned_institution(f"{head} of {described.after_of(country)}", country, m)

    def _ministry(self, span: Span, country: str, m: _Mention) -> _ActorState | None:
        """"Egypt's foreign ministry", "the German economy ministry", "India's Ministry of External Affairs": a
        ministry of a state the gazetteer does not list is an institution part of that state (issue 12 item 5),
        named by its function, never the state itself. None for a ministry whose words do not say what it does."""
        root = span.root
        if root.lower_ not in ("ministry", "ministries") or _state_type(country) != "country":
            return None
        what = [t for t in span[:root.i - span.start] if t.dep_ in ("compound", "amod", "nmod")
                and t.lower_ not in names.NATIONALITIES and t.ent_type_ != "GPE" and t.head.i >= t.i]
        of = _of_object(root)
        if of is not None and not what:
            what = [t for t in of.subtree if t.dep_ != "det" and not t.is_punct]
        adjective = _qualifier(country)
        name = gazetteer.ministry_name([t.text if of is not None and t.i > root.i else t.lower_ for t in what],
                                       adjective) if adjective else None
        if name is None:
            return None
        return self._mentioned_institution(name, country, m)

    def _mission(self, span: Span, country: str, m: _Mention) -> _ActorState:
        """"The French embassy confirmed ...": the embassy, part of its state, never the state (the guideline
        names the gold's "Embassy of Myanmar in India", "US Embassy in London" as bodies). Named after its host
        too, which the mention writes ("in London") or else the story's one country when that is another
        (each embassy is its own body: one "Embassy of France" would gather every French embassy of a corpus)."""
        root = span.root
        seat = [t for p in root.children if p.dep_ == "prep" and p.lower_ == "in"
                for t in p.subtree if t.ent_type_ == "GPE"]
        story = self._main_country()
        host = " ".join(t.text for t in seat) if seat else \
            described.after_of(story) if story not in (None, country) and _state_type(story) == "country" else None
        name = f"{names.MISSION_NAMES[root.lemma_.lower()]} of {described.after_of(country)}"
        if country in en.COUNTRY_QUALIFIERS:  # who19: "US Embassy in Beijing", as the gold's "US Embassy in London"
            name = f"{en.COUNTRY_QUALIFIERS[country]} {names.MISSION_NAMES[root.lemma_.lower()]}"
        name += f" in {host}" if host else ""
        return self._mentioned_institution(name, country, m)

    def _known_body(self, span: Span) -> gazetteer.Institution | None:
        """A speaker phrase that is an institution the gazetteer knows, written whole ("the Russian Foreign
        Ministry", "Germany's Foreign Office") or generic with the story's one country ("the interior ministry")."""
        if len(span) > 8 or any(t.dep_ in ("relcl", "acl", "appos") or t.text in ",(" for t in span):
            return None  # "the ministry, which ...": a phrase, not a name
        return self._gazetteer(span.text.replace("’", "'"))

    def _as_owners_writing(self, m: _Mention) -> _Found | None:
        """Speaker19 (fresh5, and world-politics fresh2's "her reasoning"): "according to her memoirs", "his
        autobiography says", "Her reasoning was ...": what a person wrote down or reasoned, owned by "his" or
        "her", speaks for the person the pronoun means (guideline 2.5: a document resolves to its author), as
        "His office said" does (``_as_document``); it had been left unresolved."""
        root = m.span.root
        if root.lemma_.lower() not in en.OWN_WRITING_NOUNS and root.lower_ not in en.OWN_WRITING_NOUNS:
            return None
        owner = next((c for c in root.children if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ not in names.MALE_PRONOUNS | names.FEMALE_PRONOUNS:
            return None
        if any(t.dep_ in en.SUBJECTS and t.pos_ == "NOUN" for t in root.sent if t.i < owner.i):
            return None  # "The governor tweeted her reasoning saying ...": "her" is the described subject before it,
            # whom the pronoun reading (names seen) cannot see; left unresolved as before
        person = self._pronoun(owner.lower_, m.start, m.last_actor)
        return (person, "pronoun") if person is not None else None

    def _as_document(self, m: _Mention) -> _Found | None:
        document = self._document_author(m.span, m.start)  # "The decree signed by the Pope", then "the decree"
        if document is not None:
            return document
        root = m.span.root
        media = next((c for c in root.children if c.dep_ == "compound" and c.lower_ in en.MEDIA_WORDS), None)
        if media is not None and root.lemma_.lower() in en.MEDIA_REPORTS and not any(
                c.dep_ == "poss" for c in root.children):
            # "according to Israeli media reports", "state media reports": the media described, not Israel
            first = min(c.left_edge.i for c in root.lefts)
            words = [t.text if t.pos_ == "PROPN" or t.ent_type_ == "NORP" else t.lower_
                     for t in m.span.doc[first:root.i] if t.dep_ not in ("det", "punct")]
            return self._state_for(" ".join(words), "group"), "description"
        national = next((names.NATIONALITIES[c.lower_] for c in root.children
                         if c.dep_ == "amod" and c.lower_ in names.NATIONALITIES), None)
        if national is not None and root.lemma_.lower() in names.DOCUMENT_NOUNS:
            # "The Pakistani statement said": a state's document speaks for the state (round 7)
            return self._state_for(national, _state_type(national)), "organization"
        owner = next((c for c in root.children if c.dep_ == "poss"), None)
        thing = _possessed_thing(root)  # "PG&E's schedule", "WHO guidelines": no person, no body
        if owner is None and (root.lemma_.lower() in names.DOCUMENT_NOUNS or thing):  # "the News.com.au report"
            owner = _name_before(root)
        if owner is not None and root.lemma_.lower() in names.DOCUMENT_NOUNS:  # "the chain's press release"
            found = self._owner(owner, m.start - m.span.start_char)
            if found is not None:
                return found, "organization"
        elif owner is not None and thing:
            found = self._thing_owner(owner, m.start - m.span.start_char)
            if found is not None:
                self._documents[root.lemma_.lower()] = (found, "organization")  # a later "the guidelines"
                return found, "named" if found.actor.type == "person" else "organization"
            if owner.dep_ != "poss" and root.lemma_.lower() in names.SOURCE_DOCUMENT_NOUNS:
                # "according to a Quinnipiac poll" with no Quinnipiac named: no owner to speak for, but still the
                # poll as a source under its description (``_as_description``), as before owners were read; left
                # unresolved it lost every poll of PolNeAR train texts 150-350 whose pollster the article never names
                return None
        issued = self._issuer(m) if owner is None else None  # "The company issued a statement saying ..."
        if issued is not None:
            return issued
        body = self._body_document(m) if owner is None else None  # "a fire service statement"
        if body is not None:
            return body
        if owner is None:
            return self._document_of_described(m)
        if root.lemma_.lower() in names.VOICE_NOUNS | names.DOCUMENT_NOUNS \
                and owner.lower_ in names.MALE_PRONOUNS | names.FEMALE_PRONOUNS:
            # "His office said": it speaks for him, as "Yoon's office" speaks for Yoon (a newcomer's VOA story);
            # "His decision highlighted that ...", the judge's (who11)
            person = self._pronoun(owner.lower_, m.start, m.last_actor)
            if person is not None:
                return person, "pronoun"
        if root.lemma_.lower() in names.VOICE_NOUNS:
            return self._owner_role(owner, m)  # "the mayor's office" speaks for the mayor
        role = self._possessed_role(owner, m)
        critics = self._owners_people(owner, m) if role is None else None
        if critics is not None:
            return critics, "description"
        if role is None and owner.pos_ == "NOUN" and root.tag_ == "NNS" and root.lemma_.lower() in names.PEOPLE_NOUNS:
            # "The report's authors said": people described by what they belong to, not named, are a group
            # under that description (guideline 2.5), not a source left unresolved (issue 12, newcomer)
            words = [t.text for t in m.span if t.lower_ not in ("the", "a", "an") and not t.is_punct]
            return self._state_for("".join(w if w == "'s" else " " + w for w in words).strip(), "group"), "description"
        return (role, "description") if role is not None else (None, "unresolved")

    def _issuer(self, m: _Mention) -> _Found | None:
        """Issue 12 (who9): "The company responded with a press release saying X", "the union issued a statement
        saying X", "the patrol confirmed it in a tweet that said X": a document the verb's subject puts out
        speaks for that subject, whatever the subject is (a name, "the company", "it"), as read at the subject;
        a later "the release" is the same author's (``_documents``), and so is "the statement" just after it
        (``_last_document``)."""
        root = m.span.root
        noun = root.lemma_.lower()
        if noun not in names.DOCUMENT_NOUNS | described.PRESS_NOUNS:
            return None
        verb = root.head
        if root.dep_ == "pobj" and verb.lower_ == en.ISSUED_WITH and (
                verb.head.lemma_.lower() in en.ANSWERING_VERBS
                or any(c.dep_ == en.DIRECT_OBJECT for c in verb.head.children)):
            verb = verb.head  # who10a: "Hirlap covered the story with a headline pointing out X": Hirlap's
        elif root.dep_ == "pobj" and verb.lower_ == en.ISSUED_IN and verb.head.pos_ == "VERB":
            verb = verb.head  # "X confirmed the capture in a tweet that said ...": X's tweet
        elif root.dep_ != "dobj" or verb.lemma_.lower() not in en.ISSUING_VERBS:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
        shift = m.start - m.span.start_char
        phrase = m.span.doc[subject.left_edge.i:subject.i + 1]
        state, _ = self._mention_state(phrase, phrase.start_char + shift, phrase.end_char + shift, m.last_actor)
        if state is None:
            return None
        found: tuple[_ActorState, str] = state, "named" if state.actor.type == "person" else "organization"
        self._documents[noun] = found
        self._last_document = (m.start, found)
        return found

    def _last_document_in_reach(self, span: Span, offset: int) -> tuple[_ActorState, str] | None:
        """"The release also stated X. “...,” according to the statement.": a bare definite document noun that
        names no document of its own kind is the document the text spoke of last, within two sentences."""
        if self._last_document is None or len(span) != 2 or not _definite(span) or span[0].dep_ == "poss":
            return None
        at, found = self._last_document
        return found if at < offset and self.sentence_of(offset) - self.sentence_of(at) <= 2 else None

    def _owners_people(self, owner: Token, m: _Mention) -> _ActorState | None:
        """"Johnson's critics said", "Trump's fiercest critics": people described by whose they are, a named
        person or body, are a group "critics of Boris Johnson" under the owner's full name (guideline 2.5;
        world-politics tune), not a source left unresolved. No ``part_of``: critics are no part of Johnson."""
        root = m.span.root
        lemma = root.lemma_.lower()
        pronoun = owner.lower_ in names.MALE_PRONOUNS | names.FEMALE_PRONOUNS
        # name12: "Her advisers", "his aides" are the advisers of the woman or man "her" or "his" is, as "Clinton's
        # advisers" are hers, and "his father", "her friend" that one's father or friend, an unnamed source (a random
        # PolNeAR sample left them unresolved: guideline 2.5, "Valeska Paris's mother")
        single = pronoun and root.tag_ == "NN" and lemma not in names.COLLECTIVE_NOUNS \
            and (lemma in names.PEOPLE_NOUNS or lemma in names.KIN_NOUNS or lemma in en.ASSOCIATE_NOUNS)
        named_owner = owner.pos_ == "PROPN" or pronoun
        # speaker17 (fresh3): "his family reported", "Smith's family said": the household of that person, a group
        household = named_owner and root.tag_ == "NN" and lemma in en.FAMILY_NOUNS
        if not single and not household \
                and (root.tag_ != "NNS" or lemma not in names.PEOPLE_NOUNS or not named_owner):
            return None
        named = self._cataphoric_owner(owner, m) if pronoun else None
        if named is None:
            named = self._pronoun(owner.lower_, m.start, m.last_actor) if pronoun else \
                self._owner(owner, m.start - m.span.start_char)
        if named is None or named.actor.type not in ("person", "organization", "country"):
            return None
        if household and named.actor.type != "person":
            return None  # "the company's family of brands" is no household
        words = [t.text for t in m.span.doc[owner.right_edge.i + 1:root.i + 1] if t.lower_ not in ("'s", "’s", "'")]
        if household:
            return self._state_for(f"{_possessive(named.actor.name)} {' '.join(words)}", "group")
        if not single:
            return self._state_for(f"{' '.join(words)} of {named.actor.name}", "group")
        # guideline 2.5: an identified relative or associate is named by whose they are, "Valeska Paris's mother"
        return self._state_for(f"{_possessive(named.actor.name)} {' '.join(words)}", "unnamed")

    def _cataphoric_owner(self, owner: Token, m: _Mention) -> _ActorState | None:
        """speaker17 (fresh3): "According to his publicist, Mendez died ...": a possessive pronoun in an opening
        "according to" is the person the reported clause is about, named as its subject right after (of the
        pronoun's gender), not the person named last before (there, the last one to speak of him)."""
        according = m.span.root.head.head if m.span.root.dep_ == "pobj" else None
        if according is None or according.lower_ != "according" or according.i > owner.i:
            return None
        subject = next((c for c in according.head.children if c.dep_ in en.SUBJECTS and c.i > m.span.root.i), None)
        if subject is None or subject.pos_ != "PROPN":
            return None
        shift = m.start - m.span.start_char
        named = self._named_in(subject.left_edge.idx + shift, subject.right_edge.idx + len(subject.right_edge) + shift)
        gender = names.pronoun_gender(owner.lower_)
        if named is None or named.actor.type != "person" or (gender and named.gender and named.gender != gender):
            return None
        return named

    def _document_of_described(self, m: _Mention) -> _Found | None:
        """"A whistle-blower complaint alleged", "a witness statement says": a document whose modifier is a
        person described, not named, is that person's, an unnamed source under the noun (world-politics
        tune); never a named outlet's, which ``_as_name`` has read already."""
        root = m.span.root
        if root.lemma_.lower() not in names.DOCUMENT_NOUNS | names.SOURCE_DOCUMENT_NOUNS or root.tag_ != "NN":
            return None  # "witness accounts": many people's, still a source under the documents' description
        who = next((c for c in root.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
        if who is None or _for_audience(who, root):
            return None  # "a press release": a release to the press, not the press's (who9)
        noun = m.span.doc[who.left_edge.i:who.i + 1].text.replace(" ", "").lower()
        if noun not in names.PEOPLE_NOUNS:
            return None
        state = self._state_for(noun, "unnamed")
        self._add_individual(state)  # the person, whom a later "he"/"she" may mean
        self._documents[root.lemma_.lower()] = (state, "description")  # a later "the complaint" is theirs too
        return state, "description"

    def _possessed_role(self, owner: Token, m: _Mention) -> _ActorState | None:
        """"Putin's spokesman", "Russia's envoy": someone else's role, not a back-reference to the owner. The
        speaker is a source of its own under that role, ``part_of`` the owner (as "a spokesperson for X"),
        when the owner is named; else unresolved."""
        root = m.span.root
        lemma = root.lemma_.lower()
        # "Germany's Ambassador": a role word in capitals is still the role (the tagger calls it a proper noun)
        if root.tag_ == "NNP" and not root.ent_type_ and root.lower_ in names.ROLE_NOUNS | names.TITLE_WORDS:
            lemma = root.lower_
        elif lemma not in names.ROLE_NOUNS | names.PEOPLE_NOUNS | names.TITLE_WORDS or root.tag_ != "NN":
            return None
        holder = self._country_role_holder(owner, m)
        if holder is not None:
            return holder
        named = self._owner(owner, m.start - m.span.start_char)
        if named is None:
            return None
        # "Venezuela's attorney general", "the chain's chief executive": the whole role, not its last word
        role = [t.lower_ for t in m.span if owner.i < t.i < root.i and t.dep_ in ("compound", "amod")
                and t.is_alpha and t.lower_ not in names.NATIONALITIES]
        state = self._state_for(" ".join([*role, lemma]) + f" of {named.actor.name}", "unnamed")
        state.actor.part_of = named.actor.name
        return state

    def _country_role_holder(self, owner: Token, m: _Mention) -> _ActorState | None:
        """who11 (other outlets): "Russia's top diplomat also said", after "Russian Foreign Minister Sergei
        Lavrov said": a state's office written with the state as its owner is the person the article names who
        holds it (as "the Russian top diplomat" would be), not an unnamed "diplomat of Russia"."""
        country = names.country_name(names.norm(owner.text))
        if country is None or owner.dep_ != "poss":
            return None
        adjective = names.nationality_of(country)
        if adjective is None:
            return None
        words = [adjective, *(t.text for t in m.span if t.i > owner.i and t.dep_ != "case" and not t.is_punct)]
        return self._role(m.span, m.start, m.last_actor, words=words, named_only=True)

    def _owner_role(self, owner: Token, m: _Mention) -> _Found | None:
        """"The mayor's office said": the office of a role is an organisation (guideline 2.5: offices,
        ministries and agencies are organisations) under that description. Never whoever was named last:
        "Opposition leader X disagreed. The prime minister's office said ..." is not X (issue 12). No
        ``part_of`` its holder: the store reads ``part_of`` as a state."""
        if owner.lemma_.lower() not in names.ROLE_NOUNS or not _definite(m.span):
            return None
        state = self._state_for(_office_name(owner, m.span.root), "organization")
        if (m.start, m.end) not in state.spans:
            state.add_mention(m.start, m.end)
            state.add_alias(self.text[m.start:m.end])
        self._see(state, _Seen(m.start, self.sentence_of(m.start), m.span.root.dep_ in ("nsubj", "nsubjpass")))
        return state, "organization"

    def _as_group(self, m: _Mention) -> _Found | None:
        """"Both officers", "the defendants", "the parties": a definite plural refers back to the people or
        bodies the article named together, those it gave that title first ("officers A and B"); a noun for
        the parties of a case or a deal ("defendants", "parties", "couple"), or "both" and "the two", to the
        group named last. Plural, it is never one person (issue 12); with no such group it is a description."""
        root = m.span.root
        pair = root.tag_ == "NN" and root.lower_ in en.PAIR_NOUNS and m.span[0].lower_ == "the"  # "the pair"
        if not pair and (root.tag_ not in ("NNS", "NNPS") or not _definite_plural(m.span)):
            return None
        lemma = root.lemma_.lower()
        counted = 2 if pair else max((en.COUNT_WORDS.get(t.lower_, 0) for t in m.span), default=0) or None
        reach = self.sentence_of(m.start) - MAX_ROLE_DISTANCE
        groups = [g for g in sorted(self._groups, key=lambda g: -g[0])
                  if g[0] < m.start and self.sentence_of(g[0]) >= reach and counted in (None, len(g[1]))]
        if counted and lemma in described.STATE_NOUNS:  # "both nations": states, not the two presidents named
            states = self._two_states(m.start)
            return (self._group_of(states), "description") if states is not None else None
        titled = next((g for g in groups if lemma in g[2]), None)
        if titled is None and (lemma in names.PARTY_NOUNS or counted) and groups:
            titled = groups[0]
            before = self._persons_before(m.start, joint_blocks=False) \
                if counted and lemma not in names.PARTY_NOUNS else None
            if before is not None and len(before) > counted:  # type: ignore[operator]
                return None  # "A met B and C. The two leaders said": which two, the text does not say
        if titled is not None:
            return self._group_of(titled[1]), "description"
        together = self._named_together(m.start, counted, _fits_noun(root, counted)) \
            if pair or _people_noun(root) else None
        return (together, "description") if together is not None else None

    def _two_states(self, offset: int) -> list[_ActorState] | None:
        """Issue 12: "US President Donald Trump and Turkish President Recep Tayyip Erdoğan spoke on the phone.
        Then both nations issued statements": "both nations" are the two states the sentence before or this
        one names, as countries or as the nationality of the people it names ("United States and Turkey", in
        the order named); None unless there are exactly two."""
        here = self.sentence_of(offset)
        found: dict[str, tuple[int, _ActorState]] = {}
        for state in self._recent(offset, 1):
            seen = state.last_before(offset)
            if seen is None or here - seen.sentence > 1:
                continue
            country = state.actor.name if state.actor.type == "country" else \
                state.nationality if state.actor.type == "person" else None
            if country is not None and _state_type(country) == "country":
                at = min(seen.offset, found.get(country, (seen.offset,))[0])
                found[country] = (at, state if state.actor.type == "country" else self._state_for(country, "country"))
        if len(found) != 2:
            return None
        return [s for _, s in sorted(found.values(), key=lambda x: x[0])]

    def _as_counterpart(self, m: _Mention) -> _Found | None:
        """"Anna Berg met her German counterpart", "His Danish counterpart said": the one person of that
        nationality the text has named in reach (by a title, "German Foreign Minister Olaf Scholz"); with none or
        several, no one."""
        root = m.span.root
        if root.lemma_.lower() not in en.COUNTERPART_NOUNS or root.tag_ != "NN":
            return None
        nationality = next((names.NATIONALITIES[t.lower_] for t in m.span if t.lower_ in names.NATIONALITIES), None)
        if nationality is None:
            return None
        found = [s for s in self._recent(m.start, MAX_ROLE_DISTANCE)
                 if s.actor.type == "person" and s.nationality == nationality]
        return (found[0], "role") if len(found) == 1 else None

    def _as_bare_spokesperson(self, m: _Mention) -> _Found | None:
        """Issue 12 (speaker16): "Asked whether Kroger would appeal, a spokeswoman declined to comment": a
        spokesperson with no "for X" speaks for the one organisation the sentence or the one before names, as
        "a spokeswoman for Kroger" does ("spokeswoman of Kroger", part of Kroger: ``_unnamed_member``). Two
        organisations there, or none, leave the bare description as it was."""
        root = m.span.root
        if len(m.span) != 2 or m.span[0].lower_ not in ("a", "an") or root.lemma_.lower() not in en.SPOKES_NOUNS \
                or root.tag_ != "NN" or any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in root.children):
            return None
        sentence = self.sentence_of(m.start)
        begin = self.sent_starts[max(sentence - 1, 0)]
        named = {id(self.states[n]): self.states[n] for a, _, n in self._names[bisect_left(self._name_starts, begin):]
                 if a < m.start and self.states[n].actor.type in ("organization", "group")}
        bodies = list(named.values())
        described = _description(m.span)
        if len(bodies) != 1 or bodies[0].actor.type != "organization" or described is None:
            return None
        for run in self._capitalised_runs_before(m.start):
            if run.end() <= begin:
                break
            at = bisect_right(self._name_starts, run.start())
            if not any(a < run.end() and run.start() < b for a, b, _ in self._names[max(0, at - 4):at + 4]):
                return None  # "Harlow Foods ended talks with Norvale Rail": a second body the recogniser missed
        name, actor_type = described
        state = self._state_for(f"{name} of {bodies[0].actor.name}", actor_type)
        state.actor.part_of = bodies[0].actor.name
        self._add_individual(state)
        return state, "description"

    def _as_role(self, m: _Mention) -> _Found | None:
        if m.span.root.tag_ in ("NNS", "NNPS"):
            return None  # "the foreign ministers" are never one person: a group, or a description below
        if m.span.root.lemma_.lower() in names.ROLE_NOUNS and _definite(m.span):
            described = self._role_of_body(m)
            if described is not None:
                return described, "description"
            holder = self._role(m.span, m.start, m.last_actor)
            if holder is None:
                return self._unnamed_role(m.span), "description"
            return holder, "role"
        titled = self._titled_person(m.span, m.start)  # "the judge": Judge Bernard Schwartz
        titled = titled or self._case_party(m.span)
        return (titled, "role") if titled is not None else None

    def _as_epithet(self, m: _Mention) -> _Found | None:
        """Issue 12 (speaker16): an epithet, the definite description news renames a person just named by:
        "Harry Kane has signed ... the 31-year-old said", "Coach Vincent Kompany ... the Belgian told reporters",
        "the Labor leader", "the Congress MP", "the striker". It goes to the most recent person of its paragraph
        or the one before whom nothing in the text contradicts (country, party, gender), one seen as a subject
        and one the text gives the description's country first. A role noun the office readings know ("the
        Labor leader", "the Republican senator") goes to them (``_as_role``), only read before a name in the
        phrase ("Labor") is taken for the speaker. No one fitting: a nationality or a party's member stays an
        unnamed individual under the description ("Belgian", "Congress MP"), never the people or the party;
        an age or an occupation alone is left to the readings after."""
        found = _epithet(m.span)
        if found is None:
            return None
        noun, country, party_named = found
        root = m.span.root
        if noun == root.lemma_.lower() and noun in names.ROLE_NOUNS and (not party_named
                                                                        or noun in en.OFFICE_ROLE_NOUNS):
            # "the billionaire", "the Republican senator": the role readings (roles15), which weigh salience and
            # titles through the article; an office a party's name qualifies too ("the Labor senator")
            return self._as_role(m) if party_named else None
        words = [t.text for t in m.span]
        desc = fit.describe(words, noun)
        if country is not None and desc.country is None:
            desc = replace(desc, country=country)
        if desc.gender is None:
            desc = replace(desc, gender=en.EPITHET_GENDER.get(noun) or names.noun_gender(noun) or _said_of_self(root))
        holder = self._epithet_holder(m, desc)
        if holder is not None:
            return holder, "role"
        if party_named and noun in names.ROLE_NOUNS:
            return self._as_role(m)  # "the GOP candidate" paragraphs after the candidate: the role readings
        if _demonym_words(m.span) or party_named:
            return self._unnamed_role(m.span), "description"
        return None

    def _epithet_holder(self, m: _Mention, desc: fit.Description) -> _ActorState | None:
        """The person of the paragraph or the one before whom an epithet means (``_as_epithet``)."""
        line = bisect_right(self._newlines, m.start)
        starts = [0, *(n + 1 for n in self._newlines[:line]
                       if self.text[n + 1:n + 2].strip())]  # paragraphs, blank lines skipped
        begin = starts[-2] if len(starts) > 1 else 0
        sentence = self.sentence_of(m.start)
        later = self._named_later(m.span, m.start)
        regional = any(t.lower_ in en.REGIONAL_DEMONYMS for t in m.span)
        scored: list[tuple[float, _ActorState]] = []
        for state in self.states:
            if state.actor.type != "person" or id(state) in later:
                continue
            # where the text last spoke of them: never inside a quotation ("“Donald is ...,” said the 46-year-old")
            at = state.count_before(m.start)
            while at > 0 and self._in_quote(state.seen[at - 1].offset):
                at -= 1
            seen = state.seen[at - 1] if at else None
            if seen is None or seen.offset < begin or m.start <= seen.offset < m.end:
                continue
            if seen.sentence == sentence and not seen.subject:
                continue  # "In a conversation with X about his project, the actor discussed": X is not the actor
            facts = self._facts(state)
            if not fit.fits(desc, facts, self._day):
                continue  # "the Belgian" is no one the text calls Australian
            # the text's own word for the person's country ("Dutch driver Max Verstappen"), not the actors
            # file's, which only the famous have (it made "The Queenslander" the prime minister, not his treasurer)
            national = desc.country is not None and desc.country == facts.country and not regional
            score = (-float(sentence - seen.sentence) + W_SUBJECT * seen.subject
                     + W_NATIONALITY_MATCH * national + 0.5 * (state is m.last_actor)
                     + W_SALIENCE * math.log1p(at))  # the person the story is about, over one named in passing
            scored.append((score, state))
        best = max(scored, key=lambda x: x[0], default=None)
        return best[1] if best is not None else None

    def _add_individual(self, state: _ActorState) -> None:
        """An unnamed individual ("a campaign spokeswoman", "the manager"), whom a later "he"/"she" may mean;
        the noun it is described by may say its gender ("A campaign spokeswoman disputed their account. ... he
        suggested": not her; issue 12, pron11)."""
        if state.gender is None and state.actor.type != "person":
            head = state.actor.name.split(" of ")[0].split()
            state.gender = names.noun_gender(head[-1]) if head else None
        self._individuals.add(id(state))

    def _unnamed_role(self, span: Span) -> _ActorState:
        """Spkaudit (who10a): "The Turkish minister said ... “...,” he added", in copy that never names him: a role
        whose holder neither the article nor the actors file gives is an unnamed individual under the role's
        description, "Turkish minister" (guideline 2.5: unnamed but identified roles get a normalised
        description), whom a later "he" may mean, not a source left without an actor."""
        words = [t.text if t.pos_ == "PROPN" or t.ent_type_ else t.lower_ for t in span
                 if t.dep_ != "det" and not t.is_punct]
        state = self._state_for(" ".join(words), "unnamed")
        self._add_individual(state)
        return state

    def _case_party(self, span: Span) -> _ActorState | None:
        """Issue 12: "The attacker said ..." in a story that calls one person, and only one, the gunman, the
        suspect or the attacker (in apposition or as a title, before or after: "The gunman, Tom Reed,") is that
        person; a victim is never the attacker, and two candidates or none leave it unresolved."""
        root = span.root
        kind = described.CASE_ROLES.get(root.lemma_.lower())
        if kind is None or root.tag_ != "NN" or not _definite(span) or span[0].dep_ == "poss" \
                or span[0].tag_ == "PRP$":
            return None
        fits = [s for s in self.states if s.actor.type == "person"
                and any(described.CASE_ROLES.get(t) == kind for t in s.titles)]
        return fits[0] if len(fits) == 1 else None

    def _role_of_body(self, m: _Mention) -> _ActorState | None:
        """"The head of the police's internal investigators": a role the text ties to a body it describes is
        someone new, not whoever was named last, unless a person in reach holds that title. The source is
        unnamed, under that description (guideline 2.5)."""
        root = m.span.root
        role = root.lemma_.lower()
        body = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "at")), None)
        if body is None or self._named_in(m.start - m.span.start_char + body.idx, m.end) is not None:
            return None  # "the president of Acme": the body is named, so the usual role reading applies
        people = [s for s in self._recent(m.start, MAX_ROLE_DISTANCE) if s.actor.type == "person"]
        if any(role in s.titles for s in people):
            return None
        first = next((t.i for t in m.span if t.dep_ not in ("det", "poss") and not t.is_punct), root.i)
        state = self._state_for(m.span.doc[min(first, root.i):body.right_edge.i + 1].text, "unnamed")  # "deputy head"
        self._add_individual(state)
        return state

    def _as_reference(self, m: _Mention) -> _Found | None:
        """"police" for the force named before, "the company" for the organisation named before."""
        force = self._named_force(m.span, m.start)
        if force is not None:
            return force, "organization"
        root = m.span.root
        if root.lemma_.lower() in names.ORG_NOUNS and _definite(m.span) and root.tag_ == "NN":
            earlier = self._last_organization(root.lemma_.lower(), m.start)
            if earlier is not None:
                return earlier, "organization"
        if _described_business(m.span):
            # "the snack-nuts producer announced", "the German carmaker said": a business described by what it
            # makes is the company named before, as "the company" is (who11)
            earlier = self._last_organization("company", m.start, unbracketed=True)
            if earlier is not None:
                return earlier, "organization"
        if _definite(m.span) and root.tag_ == "NN" and root.pos_ == "NOUN" and root.lemma_.lower() not in _PEOPLE_WORDS:
            # "The archive" after "the Gun Violence Archive": a body's name ends in what it is (round fresh)
            words = [t.lower_ for t in root.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"] + [root.lower_]
            earlier = self._org_named_by(words, m.start)
            if earlier is not None:
                return earlier, "organization"
        return None

    def _thing_owner(self, owner: Token, shift: int) -> _ActorState | None:
        """Whose "schedule", "guidelines", "fusillade" it is: a person, body or state the article names in the
        possessor ("Cruz's fusillade", "PG&E's schedule"), or a body named by a name or an abbreviation before
        the noun ("WHO guidelines"); never a new actor made of a capitalised word ("Tuesday's Morning Email",
        "Delegate Update", "the Edgar A. Poe award", "the Nevada caucuses": a day, a headline, an award and an
        event are no one's voice)."""
        tokens = list(owner.subtree)
        begin, end = tokens[0].idx + shift, tokens[-1].idx + len(tokens[-1]) + shift
        named = self._named_in(begin, end)
        acronym = len(tokens) == 1 and _acronym(owner.text)
        if named is None and acronym:  # "WHO guidelines", the parser's pronoun "WHO"
            named = self._abbreviation_state(owner.text, begin)
        if named is None and owner.dep_ == "poss" and owner.lemma_.lower() in names.ORG_NOUNS:
            named = self._last_organization(owner.lemma_.lower(), begin)  # "the company's schedule"
        if named is None or named.actor.type not in _MEMBER_TYPES:
            return None
        # before the noun without "'s" only a body names what it owns ("the Nevada caucuses" are no state's words)
        return named if owner.dep_ == "poss" or acronym or named.actor.type == "organization" else None

    def _body_document(self, m: _Mention) -> _Found | None:
        """Issue 12 (fresh Wikinews): "according to a fire service statement" after "North Wales Fire and
        Rescue Service were called": a document whose modifier describes a body the article has named is
        that body's, as "the fire service" alone is (``_org_named_by``)."""
        root = m.span.root
        noun = root.lemma_.lower()
        if noun not in names.DOCUMENT_NOUNS | described.DECISION_NOUNS and not _possessed_thing(root):
            return None
        body = next((c for c in root.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < root.i), None)
        if body is None:
            return None
        words = [t.lower_ for t in m.span.doc[body.left_edge.i:body.i + 1] if t.pos_ in ("NOUN", "PROPN")]
        named = self._org_named_by(words, m.start)
        if named is None and words == [body.lower_] and body.lemma_.lower() in described.STATE_INSTITUTIONS:
            named = self._state_institution_in_reach(body.lemma_.lower(), m)
        if named is None and body.lemma_.lower() in names.BODY_HEADS \
                and noun in (names.DOCUMENT_NOUNS | described.DECISION_NOUNS) - names.SOURCE_DOCUMENT_NOUNS:
            # Who10a: "A 2015 federal court decision said X", no court named: the court under its description
            # (guideline 2.5: a document speaks for its author; courts are organisations), not no source
            kept = [t for t in m.span.doc[body.left_edge.i:body.i + 1] if t.pos_ in ("NOUN", "ADJ", "PROPN")]
            named = self._state_for(" ".join(t.text if t.pos_ == "PROPN" else t.lower_ for t in kept),
                                    "organization")
        return (named, "organization") if named is not None else None

    def _state_institution_in_reach(self, noun: str, m: _Mention) -> _ActorState | None:
        """The state institution a bare noun names ("the government"): the one of that kind named in reach ("the
        Government of Canada", before), else the story's one country's; none without one. Also for its document
        (wire17: "The government statement announced ..." after "The government of Burundi announced ...")."""
        named = self._last_organization(noun, m.start, MAX_ROLE_DISTANCE)
        if named is not None:
            return named
        country = self._main_country()
        if country is None or _state_type(country) != "country":
            return None
        return self._state_institution(noun, country, m)

    def _org_named_by(self, words: list[str], offset: int) -> _ActorState | None:
        """The organisation named in reach whose name ends in the head noun of ``words`` and holds the
        other words: "the archive" is the "Gun Violence Archive", "the fire service" the "North Wales Fire
        and Rescue Service" (a body's name ends in what it is: guideline 2.5's back-references). The one
        that spoke last as a subject first (``_salient``)."""
        if not words:
            return None
        head, rest = words[-1], words[:-1]
        found = []
        for state in self._recent(offset, 8):
            name = [w.lower() for w in re.split(r"[\s-]+", state.actor.name)]
            if state.actor.type == "organization" and len(name) > 1 and name[-1] in (head, _plural(head)) \
                    and all(w in name for w in rest):
                found.append(state)
        if not found and head not in names.DOCUMENT_NOUNS | names.SOURCE_DOCUMENT_NOUNS and not _people_word(head):
            # the recogniser missed the body's name; never for an agent noun ("the mega donor" is no "Republican
            # Donor ..." headline run)
            return self._missed_body(head, offset, 8, rest, last=True)
        return self._salient(found, offset)

    def _as_state_institution(self, m: _Mention) -> _Found | None:
        """Issue 12: "the government said", "the army said": a definite institution of a state with no body of
        that kind named before (``_as_reference``, read first) is the institution of the story's country, when
        one country is clear ("Government of Canada", "Army of Iran": guideline 2.5), never the country itself
        and never a union of states. Unresolved without one."""
        root = m.span.root
        noun = root.lemma_.lower()
        if noun not in described.STATE_INSTITUTIONS or root.tag_ != "NN" or [t.lower_ for t in m.span] != ["the", noun]:
            return None
        found = self._state_institution_in_reach(noun, m)
        return (found, "organization") if found is not None else None

    def _state_institution(self, noun: str, country: str, m: _Mention) -> _ActorState:
        return self._mentioned_institution(described.institution_of(noun, country), country, m)

    def _mentioned_institution(self, name: str, country: str, m: _Mention) -> _ActorState:
        """A state's institution under ``name``, part of ``country``, seen and mentioned where ``m`` is."""
        state = self._institution(name, country)
        self._see(state, _Seen(m.start, self.sentence_of(m.start), m.span.root.dep_ in ("nsubj", "nsubjpass")))
        if (m.start, m.end) not in state.spans:
            state.add_mention(m.start, m.end)
            state.add_alias(self.text[m.start:m.end])
        return state

    def _as_described_before(self, m: _Mention) -> _Found | None:
        """Issue 12 (round 7): "A federal judge ruled ... The judge said": a definite singular noun for a person
        refers back to the unnamed source in reach that the text described with that noun, as "the judge" refers
        to a person titled Judge (``_titled_person``, read before); "the officials" (the noun alone) to the
        described group of that noun seen last ("senior administration officials"), when one is in reach."""
        root = m.span.root
        lemma = root.lemma_.lower()
        plural = root.tag_ == "NNS"  # "The officials said" after "senior administration officials" spoke
        if plural and len(m.span) == 1 and lemma in names.PEOPLE_NOUNS:
            return self._bare_group_before(m, root.lower_)
        if root.tag_ not in ("NN", "NNS") or lemma not in names.PEOPLE_NOUNS or not _definite(m.span) \
                or any(c.dep_ == "poss" for c in root.children) or (plural and len(m.span) != 2):
            return None
        kind, noun = ("group", root.lower_) if plural or lemma in en.FAMILY_NOUNS else ("unnamed", lemma)
        recent = self._recent(m.start, MAX_PRONOUN_DISTANCE if plural else MAX_ROLE_DISTANCE)
        if any(s.actor.type == "person" and lemma in s.titles for s in recent):
            return None  # "the judge" after "Judge Bernard Schwartz": the titled person (``_as_role``)
        for state in recent:
            if state.actor.type == kind and _description_head(state.actor.name)[0][-1:] == [noun]:
                return state, "description"
        return None if plural else self._member_of_group(m.span, recent)

    def _bare_group_before(self, m: _Mention, noun: str) -> _Found | None:
        """rank13: "Flagler County officials said ... At last check, officials said": a bare plural source noun
        (no article, no modifier) goes on from the group the text described with that noun and a qualifier in
        the last sentences ("Flagler County officials", "critics of the mayor"), as "the officials" does; the
        guideline writes the placed description (2.5). None when no such group is in reach (then the
        description readings give the story's country, "Indian officials")."""
        for state in self._recent(m.start, MAX_PRONOUN_DISTANCE):
            if state.actor.type != "group" or (m.start, m.end) in state.spans:
                continue
            words, tail = _description_head(state.actor.name)
            if words[-1:] == [noun] and (len(words) > 1 or tail):
                return state, "description"
        return None

    def _member_of_group(self, span: Span, recent: list[_ActorState]) -> _Found | None:
        """"Two U.S. defense officials confirmed ... the defense official told VOA": a definite singular noun
        whose plural names a described group in reach, with the same modifiers, is one of that group, an
        unnamed source under the group's description in the singular ("U.S. defense official")."""
        root = span.root
        modifiers = {t.lower_ for t in span if t.i < root.i and t.dep_ in ("amod", "compound")}
        plural = _IRREGULAR_PLURALS.get(root.lower_, root.lower_ + "s")  # "the person" of "two people"
        for state in recent:
            # "One of the people said ... the person said": the member the text described is the same
            if state.actor.type == "unnamed" and not modifiers \
                    and state.actor.name.lower() in (f"one of the {plural}", f"one of {plural}"):
                return state, "description"
        for state in recent:
            words, tail = _description_head(state.actor.name, lower=False)  # "officials" of "officials of X"
            if state.actor.type == "group" and words[-1].lower() == plural \
                    and modifiers <= {w.lower() for w in words[:-1]}:
                return self._state_for(" ".join([*words[:-1], root.text, *tail]), "unnamed"), "description"
        return None

    def _as_speaker_in_reach(self, m: _Mention) -> _Found | None:
        """Issue 12 (who10a): "..., said study co-author Karen Alley. The Wooster professor added, ...", "Solskjaer
        is annoyed ... "...," the manager fumed": a definite singular noun for a person that no reading above
        ties to anyone is the person named last in this or the two sentences before, when that person has
        already said something in the article (a clause or a quotation: "Anna Berg filed the appeal" says
        nothing, and she is not "the judge") and no one else in reach has. A writer calls back a speaker by a role the
        text never gave them; the last resort, so a title, a description or a group read first still wins. Two
        speakers in reach, or a latest person who never spoke ("Greenwood scored. The coach said"), leave it
        unresolved."""
        root = m.span.root
        lemma = root.lemma_.lower()
        if root.tag_ != "NN" or lemma not in names.PEOPLE_NOUNS or lemma in _NO_CALLBACK_NOUNS \
                or not _definite(m.span) or m.span[0].dep_ == "poss" or m.span[0].tag_ == "PRP$":
            return None
        later = self._named_later(m.span, m.start)
        people = [s for s in self._recent(m.start, 2) if s.actor.type == "person" and id(s) not in later]
        speakers = [s for s in people if id(s) in self._said]  # players named inside a quote never spoke
        if len(speakers) != 1 or people[0] is not speakers[0]:
            return None
        desc = fit.describe([t.text for t in m.span], lemma)
        return (people[0], "role") if fit.fits(desc, self._facts(people[0]), self._day) else None

    def _as_unnamed_person(self, m: _Mention) -> _Found | None:
        """who11 (other outlets): "The manager spoke to the press ...:", "the coach told reporters" in copy that
        names no one the noun fits and no one who has spoken: an unnamed individual under the role (guideline
        2.5: unnamed but identified roles get a normalised description), not a source left without an actor.
        Only a role, one holder of which the noun identifies; "the witness", "the man" still refer back."""
        root = m.span.root
        if root.pos_ != "NOUN" or root.tag_ != "NN" or not _definite(m.span) \
                or root.lemma_.lower() not in (names.CALLING_TITLES | _HEAD_NOUNS) - _NOT_ONE_ROLE:
            return None  # "The witness said" refers back to someone, and is no one when no one fits (round 4)
        return self._unnamed_role(m.span), "description"

    def _as_same_source(self, m: _Mention) -> _Found | None:
        """"this person also said", "the same source": the source the previous statement described."""
        span = m.span
        if len(span) != 2 or span[0].lower_ not in ("this", "that", "same") \
                or span.root.lemma_.lower() not in names.BARE_SOURCE_NOUNS:
            return None
        return m.last_actor, "description"

    def _as_description(self, m: _Mention) -> _Found | None:
        described = _description(m.span) or _one_of(m.span)
        if described is None:
            return None
        name, actor_type = self._national(described, m.span, m.start)
        restrictive = _restrictive_phrase(m.span, actor_type) or _document_participle(m.span)
        state = self._state_for(self._group_named(name + restrictive, actor_type, m.span), actor_type)
        if m.span.root.lemma_.lower() in _SOURCE_DOCUMENTS:
            self._not_antecedents.add(id(state))  # "they" and "she" are never a report
        elif state.actor.type == "unnamed":
            # "One nurse ... said X. “...,” she said": a described individual who speaks is the nearest
            # candidate for the next "she"/"he", ahead of a person named paragraphs before (issue 12, newcomer)
            self._add_individual(state)
        return state, "description"

    def _group_named(self, name: str, actor_type: ActorType, span: Span) -> str:
        """"The assembled European leaders" after "European leaders": a participle says what the group did,
        not which group, so a definite group described as one named before is that group (issue 12, fresh
        Wikinews; the example listed both). "Elected officials" with no "officials" before keep their word."""
        if actor_type != "group" or not _definite(span):
            return name
        plain = " ".join(w for w in name.split() if w not in _participles(span))
        return plain if plain != name and _norm_key(plain.split()) in self._by_key else name

    def _as_initial_name(self, m: _Mention) -> _Found | None:
        """"Woolworths said it would ...": at the start of a sentence a capital says nothing, and the tagger
        takes a company's name it does not know for a plural common noun. Read last, when the word is no
        known role or source noun, as an organisation when the article also capitalises it mid-sentence or
        it speaks of itself as "it"/"we" and the article never writes it in lower case."""
        tok = m.span.root
        if len(m.span) != 1 or tok.pos_ not in ("NOUN", "PROPN") or not tok.is_sent_start \
                or not tok.is_title or not tok.is_alpha or _agent_suffix(tok.lemma_.lower()) \
                or tok.ent_type_ not in ("", "ORG") or tok.head.lemma_.lower() not in _SPEECH_VERBS:
            return None  # "Projections suggest it would ...", "Philadelphia (AFP) –": no company speaking
        lower = re.search(rf"\b{re.escape(tok.lower_)}\b", self.text)
        # mid-sentence in running text, not in a headline's Title Case: a lower-case word follows
        mid = re.search(rf"[a-z,;] {re.escape(tok.text)} [a-z]", self.text)
        if mid is None and (lower is not None or not _speaks_as(tok, _ORG_VOICE)) and not _called_a_body(tok):
            return None
        state = self._state_for(tok.text, "organization")
        self._see(state, _Seen(m.start, self.sentence_of(m.start), True))
        return state, "organization"

    def _last_organization(self, noun: str, offset: int, sentences: int = 8,
                           unbracketed: bool = False) -> _ActorState | None:
        """The organisation last named before ``offset`` that "the <noun>" can stand for: any for a
        generic noun ("the company"), else one whose name has the noun ("the embassy": "US Embassy").
        ``unbracketed``: never one only ever written in brackets, a ticker ("Diamond Foods Inc. (DMND)")."""
        recent = [s for s in self._recent(offset, sentences) if s.actor.type == "organization" and not (
            unbracketed and all(self.text[x.start - 1:x.start] == "(" for x in s.actor.mentions))]
        if noun not in names.GENERIC_ORG_NOUNS:
            # a headline's Title Case run the recogniser took for a body ("Hotel Fire Forces Guests Out") is none;
            # a body the text called what the noun says ("Unifor, a Canadian union") is "the union" (who9)
            recent = [s for s in recent if (noun in s.actor.name.lower() or noun in s.titles) and not all(
                _title_case_line(self.text, x.start) for x in s.actor.mentions)]
            if not recent:
                return self._missed_body(noun, offset, sentences)
        elif noun in names.COMPANY_NOUNS:
            recent = _companies_first(recent)
        return self._salient(recent, offset)

    def _missed_body(self, noun: str, offset: int, sentences: int, rest: Sequence[str] = (),
                     last: bool = False) -> _ActorState | None:
        """Issue 12: "The Hotel Arpit Palace ... caught fire. The hotel's website estimated ...": a body whose
        name the recogniser missed is still named, in capitals, with its noun in it ("Hotel", "Hospital"), and
        a later "the hotel" is it. The latest such name in reach, of two words or more besides "The", outside a
        Title Case line (a headline's "Hotel Fire Kills Seventeen" names no hotel)."""
        head = noun.title()
        here = self.sentence_of(offset)
        for found in self._capitalised_runs_before(offset):
            if here - self.sentence_of(found.start()) > sentences:
                return None
            run = found.group()
            # "on Sunday. East Harwick Fire Service": the name is after the last stop (found in one pass: a leading
            # ".*" would rescan the run from every position)
            stops = [m.end() for m in _SENTENCE_STOP.finditer(run)]
            run_start = found.start() + (stops[-1] if stops else 0)
            run = self.text[run_start:found.end()]
            words = run.split()
            while words and words[0] in ("The", "A", "An"):
                words.pop(0)
            if head not in words or len(words) < 2 or _title_case_line(self.text, run_start):
                continue
            if any(w.title() not in words for w in rest):  # "the fire service": a name with "Fire" in it
                continue
            if last and words[-1] != head:  # ``_org_named_by``: a body's name ends in what it is, not "State
                continue  # William Galvin" for "state law"
            start = run_start + run.index(words[0])
            state = self._state_for(" ".join(words), "organization")
            self._see(state, _Seen(start, self.sentence_of(start), False))
            if (start, found.end()) not in state.spans:
                state.add_mention(start, found.end())
            return state
        return None

    def _capitalised_runs_before(self, offset: int) -> Iterator[re.Match[str]]:
        """``_CAPITALISED_RUN.finditer(self.text, 0, offset)``, latest first. The runs are found once per
        article: searched again from the start for each "the hotel", a long article with many was quadratic
        (fuzz audit). A run that goes on past ``offset`` is searched again up to it, as the search that ends
        there finds it."""
        if self._capitalised is None:
            self._capitalised = list(_CAPITALISED_RUN.finditer(self.text))
            self._capitalised_starts = [m.start() for m in self._capitalised]
        last = bisect_left(self._capitalised_starts, offset) - 1
        if last >= 0 and self._capitalised[last].end() > offset:
            yield from reversed(list(_CAPITALISED_RUN.finditer(self.text, self._capitalised[last].start(), offset)))
            last -= 1
        for n in range(last, -1, -1):
            yield self._capitalised[n]

    def _salient(self, recent: list[_ActorState], offset: int) -> _ActorState | None:
        """Issue 12 (round 8): "The Aviation Herald reported the jet was meant to land at Payam. The industry
        publication stated ...": a definite description refers back to the body that spoke as the subject of
        the sentence before or this one, as "it" would, before one named since only in passing (an object, a
        place's name, a source "according to"). Else the latest named."""
        here = self.sentence_of(offset)
        for state in recent:
            spoke = self._spoke.get(id(state))
            seen = state.last_before(offset)
            if spoke is not None and 0 <= here - spoke <= 1 and seen is not None and seen.subject:
                return state
        return recent[0] if recent else None

    def _unnamed_member(self, span: Span, named: _ActorState | None, offset: int) -> _ActorState | None:
        """"a Woolworths spokesperson", "White House officials": someone of a named body who is not named
        is a source of their own under that description (guideline 2.5), ``part_of`` the body. The body must
        modify the noun ("Woolworths" before it, "for Woolworths" after it); a name the noun titles
        ("assistant coach Ben Radmall") is the speaker."""
        root = span.root
        if root.pos_ != "NOUN" or root.lemma_.lower() not in names.PEOPLE_NOUNS:
            return None
        if _definite(span) or any(c.dep_ == "poss" for c in root.children):
            return None  # "the spokesperson" refers back; "Putin's spokesman" is resolved as a role
        shift = offset - span.start_char
        before = self._named_in(span.start_char + shift, root.idx + shift)
        # "aides to Clinton", "an adviser to the governor" are theirs as "Clinton's aides" are (voice14)
        after = [c for c in root.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "with", "to")]
        circle = [c for a in root.children if a.dep_ == "amod" and a.lower_ in en.CIRCLE_ADJECTIVES
                  for c in a.children if c.dep_ == "prep" and c.lower_ == en.CIRCLE_ADJECTIVES[a.lower_]]
        after += circle
        after_named = [self._named_in(c.idx + shift, c.right_edge.idx + len(c.right_edge) + shift)
                       or self._body_referred(c, offset) for c in after]
        # speaker17 (fresh3): "An official from TfL stated", as "an official for TfL"; only a body ("a man from
        # Texas", "an official from Russia" are described by the place, as before)
        for source in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "from"):
            source_body = self._named_in(source.idx + shift, source.right_edge.idx + len(source.right_edge) + shift)
            opens = [t.idx + shift for t in source.subtree if t.i > source.i and t.dep_ != "det"][:1]
            # the body is the object itself, not a name inside it ("researchers from the University of Colorado
            # at Boulder" are no researchers of a body "Boulder")
            if source_body is not None and source_body.actor.type == "organization" \
                    and any(start in opens for start, _ in source_body.spans):
                after.append(source)
                after_named.append(source_body)
        named = named or next((x for x in after_named if x is not None), None)
        if named is None:
            return self._member_of_described(span, after, offset)
        if named is not before and named not in after_named:
            return None
        described = _description(span)
        if described is None:
            return None
        name, actor_type = described
        short = en.COUNTRY_QUALIFIERS.get(named.actor.name)  # "UK officials" name the United Kingdom (place14)
        surname = _surname(named.words).lower() if named.actor.type == "person" and named.words else None
        if named.actor.name.lower() not in name.lower() and not _names_body(name, named) \
                and (short is None or short not in name.split()) and surname not in name.lower().split():
            # "Sanders supporters" say whose they are by the surname: no "of Bernie Sanders" after it (voice14)
            # "a spokesperson for Woolworths"; a body named in lower case is described, so it keeps "the", and
            # so does a name the text writes with "the" ("members of the European Union": world-politics tune)
            body = named.actor.name
            the = body.islower() or any(g.dep_ == "pobj" and g.pos_ == "PROPN" and any(
                d.dep_ == "det" and d.lower_ == "the" for d in g.children) for c in after for g in c.children)
            link = "of"  # "people close to Donald Trump": the circle said as the text says it
            prep = next((c for c in circle if named is after_named[after.index(c)]), None)
            if prep is not None:
                link = f"{prep.head.lower_} {prep.lower_}"
                if en.CIRCLE_ADJECTIVES[prep.head.lower_] != "to":  # "familiar with Cruz’s thinking": as written
                    the, body = False, span.doc[prep.i + 1:prep.right_edge.i + 1].text
            name = f"{name} {link} the {body}" if the else f"{name} {link} {body}"
        state = self._state_for(name, actor_type)
        state.actor.part_of = named.actor.name
        return state

    def _member_of_described(self, span: Span, preps: list[Token], offset: int) -> _ActorState | None:
        """Issue 12 (round 6): "a spokesperson for the Turkish foreign ministry", "a spokesperson for the city
        council": a body the text describes instead of naming is an organisation under that description, and
        the source is its member, as for a named body; the description once gave a bare "spokesperson"."""
        body = next((g for c in preps for g in c.children if g.dep_ == "pobj" and _described_body(g)), None)
        described = _description(span)
        if body is None or described is None:
            return None
        phrase = span.doc[body.left_edge.i:body.i + 1]
        words = [t.text for t in phrase if not t.is_punct]
        while words and words[0].lower() in names.DESCRIPTION_DROPS:
            words.pop(0)
        organisation = self._state_for(" ".join(words), "organization")
        country = next((names.NATIONALITIES[t.lower_] for t in phrase if t.lower_ in names.NATIONALITIES), None)
        if country is not None and body.lemma_.lower() in names.STATE_BODIES and organisation.actor.part_of is None:
            organisation.actor.part_of = country  # "the Turkish foreign ministry" is a body of Turkey
        self._see(organisation, _Seen(offset + body.idx - span.start_char, self.sentence_of(offset), False))
        shift = offset - span.start_char
        organisation.add_mention(phrase.start_char + shift, phrase.end_char + shift)
        # "Employees at the Elm Street store" are a group, "a spokesperson for X" one person (issue 12, newcomer)
        state = self._state_for(f"{described[0]} of {phrase.text}", described[1])
        state.actor.part_of = organisation.actor.name
        return state

    def _body_referred(self, prep: Token, offset: int) -> _ActorState | None:
        """"for the chain", "at the company": the organisation named before that the noun refers to."""
        body = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if body is None or body.lemma_.lower() not in names.ORG_NOUNS or not any(
                c.lower_ == "the" for c in body.children):
            return None
        if any(c.dep_ != "det" for c in body.lefts):
            # "a spokesperson for the French foreign ministry" after China's ministry spoke: the words before the
            # noun say which body, so a body the gazetteer knows by them, never the last ministry named (lead17)
            phrase = body.doc[body.left_edge.i:body.i + 1]
            known = self._known_body(phrase)
            if known is None:
                return None
            return self._institution_state(known, [t.text for t in phrase if not t.is_punct and t.dep_ != "det"])
        return self._last_organization(body.lemma_.lower(), offset)

    def _listed(self, m: _Mention) -> list[_ActorState] | None:
        """The names a subject lists with "and" when the parser did not coordinate them ("UK-based retailer
        Tesco and Denmark-based retailer Salling Group"): every word outside the names is "and", a comma or a
        modifier of the next name, and a place before "-based" is where a member is, not a member."""
        span, shift = m.span, m.start - m.span.start_char
        if not any(t.lower_ == "and" for t in span):
            return None
        hits: list[tuple[int, int, _ActorState]] = []
        at = bisect_left(self._name_starts, m.start)
        while at < len(self._names) and self._names[at][1] <= m.end:
            start, end, n = self._names[at]
            if not _BASED.match(self.text, end):
                hits.append((start, end, self.states[n]))
            at += 1
        inside = [(a - shift, b - shift) for a, b, _ in hits]  # a qualifying name is a modifier's words
        members = [h[2] for h in _listed_apart(hits, self.text)]
        if len(members) < 2 or len({id(x) for x in members}) < len(members) \
                or any(x.actor.type not in ("person", "organization") for x in members):
            return None
        for t in span:
            if any(a <= t.idx < b for a, b in inside) or t.lower_ in ("and", ",") or t.ent_type_ == "GPE":
                continue
            if t.dep_ not in ("compound", "amod", "npadvmod", "nmod", "det", "punct") or t.pos_ == "ADP":
                return None
        return members

    def _joint(self, span: Span, offset: int, last_actor: _ActorState | None) -> list[_ActorState] | None:
        """Joint sources are one group actor named after its members (guideline 2.5): "UK-based retailer Tesco
        and Denmark-based retailer Salling Group" is "Tesco and Salling Group", "Both he and Commissioner
        Stephen Mold" is "Nick Adderley and Stephen Mold". Only when every member resolves to an actor."""
        root = span.root
        members = [root, *root.conjuncts, *_second_subjects(root), *_along_with(root)]
        if len(members) < 2 or any(m.pos_ not in ("NOUN", "PROPN", "PRON") for m in members):
            return None
        if any(c.dep_ == "cc" and c.lower_ == "or" for c in root.children):
            return None  # "The United Nations Children's Fund, or UNICEF,": one body by two names (round 7)
        shift = offset - span.start_char
        found: list[_ActorState] = []
        # a body's noun is a member only in one coordination before its verb ("Both the council and the government
        # called"), never with a subject the parser took from a clause after it ("the company invested ..., but
        # Gazeta Prawna reports": sd tune, where a first version made them one group)
        last = max(m.i for m in members)
        plain = {m.i for m in members} == {root.i, *(c.i for c in root.conjuncts)} and (
            root.dep_ not in en.SUBJECTS or all(m.i < root.head.i for m in members)) \
            and any(c.dep_ == "cc" and c.lower_ == "and" for c in root.children) \
            and not any(t.pos_ in ("VERB", "AUX") for t in root.doc[root.i:last])
        for member in members:
            own = _member_phrase(member)
            body = None
            if member.pos_ == "PRON":
                state = self._pronoun(member.lower_, own.start_char + shift, last_actor)
            else:
                state = self._named_in(own.start_char + shift, own.end_char + shift, head_last=True)
                body = self._body_member(member, own, shift) if state is None and plain else None
            if body is not None:
                state = body  # "the council": the body itself, no qualifier of a person
            elif state is None or _qualifier_only(member, state):
                return None
            if state in found:
                return None
            found.append(state)
        return found

    def _body_member(self, member: Token, own: Span, shift: int) -> _ActorState | None:
        """who19: a member of joint sources that is a body's definite noun, "Both [the council] and [the
        government] called for ...": the body it refers to, as the noun alone as a source would be read (the
        council named before, the story's state's government); none for anything but a body read so."""
        noun = member.lemma_.lower()
        if member.pos_ != "NOUN" or not any(c.lower_ == "the" for c in member.children) \
                or (noun not in names.ORG_NOUNS and noun not in described.STATE_INSTITUTIONS):
            return None
        words = [t for t in own if t.lower_ not in en.JOINT_PREDETERMINERS]
        phrase = own.doc[words[0].i:words[-1].i + 1] if words else own
        state, how = self._mention_state(phrase, phrase.start_char + shift, phrase.end_char + shift, None, joint=False)
        return state if state is not None and how == "organization" and state.actor.type == "organization" else None

    def _document_author(self, span: Span, offset: int) -> tuple[_ActorState, str] | None:
        """A document speaks for its author (annotation guideline 2.5): "The decree signed by the Pope" is the
        Pope's; a later definite "the decree" is the same author's. A study, poll or investigation BY someone
        is theirs too ("An investigation by PolitiFact found", "a poll published by NBC News": world-politics
        tune); without an author in reach such a source stays an unnamed description (``_as_description``)."""
        root = span.root
        noun = root.lemma_.lower()
        if noun not in names.SOURCE_DOCUMENT_NOUNS and root.lower_ in names.SOURCE_DOCUMENT_NOUNS:
            noun = root.lower_  # "data": the lemmatiser's "datum" is no word a report uses
        if noun in described.SPEECH_ACT_NOUNS and _definite(span) and len(span) == 2:
            # "Per the request", "the calls by officials": whoever made it (``_see_speech_acts``)
            return self._speech_act(noun, offset - span.start_char + root.idx)
        if noun not in names.DOCUMENT_NOUNS | names.SOURCE_DOCUMENT_NOUNS:
            # "The guidelines cite ..." after "per WHO guidelines": a thing once owned by a named author
            if _definite(span) and noun in self._documents and _possessed_thing(root) and not any(
                    c.dep_ in ("poss", "compound") for c in root.children):
                return self._documents[noun]
            return None
        shift = offset - span.start_char
        data = noun not in names.DOCUMENT_NOUNS  # a poll, records, an investigation: BY a named author only
        for clause in root.children:
            # data "from" a proper name is that body's ("data from the Gun Violence Archive"); "FEC records
            # from the 2008 election cycle" name a time, no author (the PROPN test below)
            if clause.dep_ == "prep" and clause.lower_ in ("by", "from"):
                agent = next((g for g in clause.children if g.dep_ == "pobj"), None)
                if data and agent is not None and agent.pos_ != "PROPN" and not _described_author(clause, agent):
                    continue  # "FEC records from the 2008 election cycle show he backed McCain": no author
            elif clause.dep_ in ("acl", "relcl"):  # "the decree signed by the Pope"
                agent = next((g for c in clause.children if c.dep_ == "agent" for g in c.children
                              if g.dep_ == "pobj"), None)
                if data and agent is not None and agent.pos_ != "PROPN":
                    continue  # "A poll conducted by voters": those polled, no author
            else:
                continue
            author = self._author(agent, shift) if agent is not None else None
            if author is not None:
                self._documents[noun] = author
                return author
        owned = any(c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in root.children)
        # "The government statement" after Netanyahu's "statement": a body's noun says whose it is (wire17)
        owned = owned or any(c.dep_ == "compound" and c.i < root.i and c.lemma_.lower() in described.STATE_INSTITUTIONS
                             for c in root.children)
        if _definite(span) and not owned and noun in self._documents:  # not "the News.com.au report"
            self._last_document = (offset, self._documents[noun])
            return self._documents[noun]
        if noun in names.DOCUMENT_NOUNS and noun not in self._documents and not owned:
            last = self._last_document_in_reach(span, offset)
            if last is not None:
                return last
        if root.dep_ == "dobj" and root.head.lemma_.lower() in en.DISCLOSING_DEEDS and noun in self._acts:
            # "X published a report detailing ...": the very document X published (``_see_disclosures``)
            return self._speech_act(noun, shift + root.idx, 0)
        if _definite(span) and len(span) == 2 and noun in self._acts:  # "the ruling" after "the court ruled"
            # the one ruling a story is about is still "the ruling" paragraphs later: a role's reach, not 8 sentences
            return self._speech_act(noun, offset - span.start_char + root.idx, MAX_ROLE_DISTANCE)
        return None

    def _speech_act(self, noun: str, offset: int, sentences: int = 8) -> tuple[_ActorState, str] | None:
        """Who made the latest "<noun>" the text names before ``offset``, within reach."""
        here = self.sentence_of(offset)
        made = [a for a in self._acts.get(noun, []) if a[0] <= offset and here - self.sentence_of(a[0]) <= sentences]
        return (made[-1][1], made[-1][2]) if made else None

    def _author(self, agent: Token, shift: int) -> tuple[_ActorState, str] | None:
        tokens = list(agent.subtree)
        begin, end = tokens[0].idx + shift, tokens[-1].idx + len(tokens[-1]) + shift
        group = agent.doc[agent.left_edge.i:agent.i + 1]
        described = _description(group) if agent.tag_ == "NNS" and not agent.ent_type_ else None
        if described is not None:  # "the calls by United Kingdom officials": the officials', not the country's
            return self._state_for(*self._national(described, group)), "description"
        named = self._named_in(begin, end)
        head = self._head_author(agent, named, begin, shift) if named is not None else None
        if head is not None:
            return head
        if named is not None:
            return named, "named" if named.actor.type == "person" else "organization"
        lemma = agent.lemma_.lower()
        people = [s for s in self._recent(begin, MAX_ROLE_DISTANCE) if s.actor.type == "person"]
        titled = next((s for s in people if lemma in s.titles), None)  # "signed by the Pope": Pope Francis
        if titled is not None:
            return titled, "role"
        return self._state_author(agent, shift)

    def _state_author(self, agent: Token, shift: int) -> tuple[_ActorState, str] | None:
        """Issue 12 (fresh Wikinews): "Another report from the Mexican government said": an author named by
        no name but by a state's institution is that institution ("Government of Mexico"), read as the same
        words would be as a speaker; only a body of the state, never a guess at a person."""
        if agent.lemma_.lower() not in names.STATE_BODIES or agent.pos_ != "NOUN":
            return None
        phrase = agent.doc[agent.left_edge.i:agent.i + 1]
        found = self._as_state_body(_Mention(phrase, phrase.start_char + shift, phrase.end_char + shift, None))
        if found is None or found[0] is None:
            found = self._as_state_institution(
                _Mention(phrase, phrase.start_char + shift, phrase.end_char + shift, None))
        return (found[0], "organization") if found is not None and found[0] is not None else None

    def _head_author(self, agent: Token, named: _ActorState, begin: int, shift: int) -> tuple[_ActorState, str] | None:
        """Issue 12: "the decree signed by the leader of Roman Catholic Christianity" is a person's, the head
        of what the phrase names, not the body's (as ``_head_of_body`` reads a speaker): the person in reach
        who holds that title, else an unnamed source "leader of Roman Catholic Christianity" ``part_of`` the
        body. None when the name is the agent's own ("signed by President Hale")."""
        role = agent.lemma_.lower()
        of = next((c for c in agent.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if role not in _HEAD_NOUNS or agent.pos_ != "NOUN" or of is None or named.actor.type == "person":
            return None
        people = [s for s in self._recent(begin, MAX_ROLE_DISTANCE) if s.actor.type == "person"]
        holder = next((s for s in people if role in s.titles), None)
        if holder is not None:
            return holder, "role"
        first = next((t.i for t in agent.subtree if t.dep_ not in ("det", "poss") and not t.is_punct), agent.i)
        last = next((t.i - 1 for t in agent.doc[of.i:of.right_edge.i + 1] if t.is_punct), of.right_edge.i)
        state = self._state_for(agent.doc[min(first, agent.i):last + 1].text, "unnamed")  # not what a comma adds
        state.actor.part_of = named.actor.name
        self._add_individual(state)
        return state, "description"

    def _national(self, described: tuple[str, ActorType], span: Span,
                  offset: int | None = None) -> tuple[str, ActorType]:
        """"officials" in a story about Germany are "German officials" (the annotation guideline's normal
        form): a state's sources described without a country take the country the article speaks of most,
        unless the article already gave them a country ("according to Syrian state media ... according to
        state media" is Syrian state media again, in a story about Turkey's offensive: world-politics tune)."""
        name, actor_type = described
        local = self._local(described, span)
        if local is not None:
            return local
        placed = _countries_after(span.root) if actor_type == "group" and not any(
            t.lower_ in names.NATIONALITIES or t.ent_type_ in ("GPE", "NORP", "ORG") for t in span) else []
        if placed and span.root.lemma_.lower() in names.PEOPLE_NOUNS - names.NATIONAL_SOURCE_NOUNS:
            # "representatives from Iran", "researchers in the United Kingdom": any people the text places in a
            # country are that country's by its adjective ("Iranian representatives", "UK researchers"), as
            # officials so placed are (guideline 2.5; issue 12, wire17: world-politics fresh)
            return f"{' and '.join(placed)} {name}", actor_type
        if (span.root.lemma_.lower() not in names.NATIONAL_SOURCE_NOUNS and not _local_reports(span)) or any(
                t.lower_ in names.NATIONALITIES or t.lower_ in en.BEYOND_STATE_QUALIFIERS
                or t.ent_type_ in ("GPE", "NORP", "ORG") for t in span):
            return described
        if span.root.lemma_.lower() in en.OWNED_SOURCE_NOUNS and any(
                t.i < span.root.i and (t.ent_type_ in en.OWNER_ENTITIES
                                       or t.lower_ in en.NOT_STATE_OWNERS) for t in span):
            return described  # "Bush campaign officials", "police officials": the text said whose (place14)
        placed = _countries_after(span.root)
        if placed:  # "Officials in South Korea and Japan" are "South Korean and Japanese officials" (round 7)
            return f"{' and '.join(placed)} {name}", actor_type
        earlier = self._described_nationally(name, offset) if offset is not None else None
        if earlier is not None:
            return earlier.actor.name, earlier.actor.type
        adjective = _qualifier(self._main_country())
        return (f"{adjective} {name}", actor_type) if adjective else described

    def _local(self, described: tuple[str, ActorType], span: Span) -> tuple[str, ActorType] | None:
        """Issue 12 (names8): a bare "police", "protesters", "state prosecutors" is the force or the people of the
        place the article makes them belong to ("El Paso police", "Texas state prosecutors"); "the employees",
        the company's ("Ford employees"). Only what the text supports: a place it writes with the noun ("El
        Paso's police chief", "police in El Paso"), else the place its lead names first, and for "state" a US
        state it names; no qualifier when it names none. A qualified noun keeps its words ("local police",
        "federal prosecutors", "Hong Kong police")."""
        name, actor_type = described
        root = span.root
        lemma = root.lemma_.lower()
        modifiers = [t for t in span if t.i != root.i and t.dep_ != "det" and not t.is_punct]
        # "state authorities", "state officials" in a US story: a state's (who9), not "American state authorities"
        state_level = lemma in names.STATE_LEVEL_NOUNS and [t.lower_ for t in modifiers] == ["state"]
        if (lemma not in names.LOCAL_SOURCE_NOUNS | names.STAFF_NOUNS and not state_level) or actor_type != "group":
            return None
        if any(t.lower_ != "state" for t in modifiers) or (modifiers and not state_level):
            return None
        if lemma in names.STAFF_NOUNS:
            owner = self._main_company()
        elif modifiers:  # "state prosecutors": the US state the lead names, else the one the article names
            lead = next((st for _, place in self._lead_places() if (st := fit.state_of([place]))), None)
            named = {fit.state_of([place]) for _, place in self._lead_places(all_text=True)} - {None}
            owner = lead or (named.pop() if len(named) == 1 else None)
        else:
            at = span.start_char + next((p.offset for p in self._pieces if p.doc is span.doc), 0)
            owner = self._place_with(root.lower_) or self._story_place(at)
        return (f"{owner} {name}", actor_type) if owner else None

    def _lead_places(self, all_text: bool = False) -> list[tuple[int, str]]:
        """The places (GPE names) the article writes, in order: those of its lead (headline and first
        sentences), or all of them."""
        if self._places_written is None:
            self._places_written = [(e.start_char + p.offset, " ".join(_name_words(e))) for p in self._pieces
                                    for e in entities(p.doc) if e.label_ == "GPE"]
        last = self.sent_starts[3] if len(self.sent_starts) > 3 else len(self.text)
        return [(at, place) for at, place in self._places_written if all_text or at < last]

    def _place_with(self, noun: str) -> str | None:
        """The one place the article writes with ``noun``: "El Paso's police chief", "protesters in San Juan"."""
        found = set()
        for at, place in self._lead_places(all_text=True):
            end = self.text.find(place, at)
            after = self.text[end + len(place):end + len(place) + len(noun) + 4].lower() if end >= 0 else ""
            before = self.text[max(0, at - len(noun) - 5):at].lower()
            if re.match(rf"(?:'s|’s)?\s{noun}\b", after) or before.endswith(f"{noun} in "):
                found.add(place)
        return _as_name(found.pop()) if len(found) == 1 else None

    def _story_place(self, at: int) -> str | None:
        """Where the story happens: the first place its lead names, a country by its adjective ("Polish"), as
        long as no other town or region is named between it and ``at`` (a digest of several stories, "The
        Latest: ...", moves on: its lead's city is not where a later item's police are). A place written
        after a comma ("El Paso, Texas") says where the one before it is, not a new place."""
        places = self._lead_places()
        if not places:
            return None
        place = places[0][1]
        local = [p for a, p in self._lead_places(all_text=True) if a < at and names.country_name(names.norm(p)) is None
                 and not self.text[:a].endswith(", ")]
        if local and local[-1] != place:
            return None
        country = names.country_name(names.norm(place))
        return _qualifier(country) if country is not None else _as_name(place)

    def _main_company(self) -> str | None:
        """The organisation the article names most, as it writes it shortest ("Ford" for Ford Motor Company),
        when one is named more than any other."""
        counted = sorted(((len(s.actor.mentions), s) for s in self.states
                          if s.actor.type == "organization" and s.actor.mentions), key=lambda x: -x[0])
        if not counted or (len(counted) > 1 and counted[1][0] == counted[0][0]):
            return None
        state = counted[0][1]
        written = {self.text[m.start:m.end].removeprefix("the ").removeprefix("The ") for m in state.actor.mentions}
        return min((w for w in written if w[:1].isupper()), key=len, default=state.actor.name)

    def _described_nationally(self, name: str, offset: int) -> _ActorState | None:
        """The source last described before ``offset`` as ``name`` with a nationality ("Syrian state media")."""
        def last(s: _ActorState) -> int:
            seen = s.last_before(offset)
            return seen.offset if seen is not None else -1
        found = [s for s in self.states if (w := s.actor.name.split(" ", 1))[0].lower() in names.NATIONALITIES
                 and len(w) == 2 and w[1].lower() == name.lower() and last(s) >= 0]
        return max(found, key=last) if found else None

    def _main_country(self) -> str | None:
        """The country the article names first: news names the country of its story in the lead. Only one
        clear country: none when it is named together with another ("ministers from Armenia and Azerbaijan
        met in Geneva": whose officials is not said), and never a union of states (issue 12)."""
        firsts = sorted((*min((m.start, m.end) for m in s.actor.mentions), s.actor.name)
                        for s in self.states if s.actor.type == "country" and s.actor.mentions)
        if not firsts:
            return None
        if len(firsts) > 1 and self.text[firsts[0][1]:firsts[1][0]] in (" and ", ", ", " or ", " & "):
            return None
        return firsts[0][2]

    def _titled_person(self, span: Span, offset: int) -> _ActorState | None:
        """"The judge" after "Judge Bernard Schwartz", "the lawyer" after "Howard Rubel, a Toronto lawyer":
        a definite singular noun for a person refers back to the latest person the article gave that title
        or description (never to a country or an organisation, and never a plural to one person)."""
        root = span.root
        lemma = root.lemma_.lower()
        if not _definite(span) or root.tag_ != "NN" or span[0].dep_ == "poss" or span[0].tag_ == "PRP$":
            return None
        if lemma not in names.PEOPLE_NOUNS and lemma not in names.TITLE_WORDS and lemma not in names.KIN_NOUNS:
            return None
        people = [s for s in self._recent(offset, MAX_ROLE_DISTANCE) if s.actor.type == "person"]
        titled = next((s for s in people if lemma in s.titles), None)
        return titled if titled is not None or lemma not in names.KIN_NOUNS else _kin(people, lemma, offset)

    def _named_force(self, span: Span, offset: int) -> _ActorState | None:
        """"police said" when the article has named one force ("Delhi Police"): that force. A bare collective
        noun only: "local police", "some officers" stay descriptions."""
        root = span.root
        if root.lower_ not in names.FORCE_NOUNS or any(t.lower_ not in ("the", root.lower_) for t in span):
            return None
        forces = {id(s): s for s in self._recent(offset, MAX_ROLE_DISTANCE)
                  if s.actor.type == "organization" and s.words and s.words[-1].lower() == root.lower_}
        return next(iter(forces.values())) if len(forces) == 1 else None

    def _by_initials(self, acronym: str, offset: int) -> _ActorState | None:
        """The organisation whose initials spell ``acronym`` ("WHO", "KCNA"), the latest named before it."""
        spelled = [s for s in self._orgs_by_initials.get(acronym.replace(".", "").upper(), [])
                   if s.last_before(offset) is not None or not s.seen]
        if not spelled:
            return None

        def last(state: _ActorState) -> int:
            before = state.last_before(offset)
            return before.offset if before else -1

        return max(spelled, key=last)

    @staticmethod
    def _speaker_name_range(span: Span, start: int, end: int) -> tuple[int, int]:
        """Where the speaker's own name is: "Putin's spokesman, Dmitry Peskov" names Peskov, not Putin."""
        root = span.root
        shift = start - span.start_char
        if root.pos_ == "PROPN" and root.ent_type_ == "NORP":  # "a Republican, Mark Amodei,": the name speaks
            named = next((c for c in root.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
            if named is not None:
                return shift + named.left_edge.idx, shift + named.right_edge.idx + len(named.right_edge)
        if root.pos_ == "PROPN":
            owner = next((c for c in root.children if c.dep_ == "poss" and c.i < root.i), None)
            if owner is not None and owner.pos_ == "PROPN":  # "the United Kingdom's Queen Elizabeth II": she
                after = owner.right_edge  # speaks, her country is whose she is (world-politics tune)
                return shift + after.idx + len(after), end
            # "Sudan's paramilitary Rapid Support Forces", the possessive parsed onto the adjective: the name at
            # the head speaks, the state before the "'s" is whose it is (lead17)
            mark = next((t for t in reversed(span[:root.i - span.start]) if t.lower_ in ("'s", "’s")
                         and t.head.pos_ == "PROPN" and t.head.ent_type_ == "GPE"), None)
            if mark is not None and root.ent_type_ == "ORG" and not any(t.dep_ in ("cc", "conj") for t in span):
                return shift + mark.idx + len(mark), end
            before = span[:root.i - span.start]
            role = next((t for t in reversed(before) if t.is_lower and (
                t.lower_ in names.ROLE_NOUNS or t.lower_ in names.PEOPLE_NOUNS)), None)
            if role is not None:  # "Clinton spokesman Jesse Ferguson": the name after the role speaks, not the
                # one it serves (issue 12: a named spokesperson is themself); so does "Sanders campaign manager
                # Jeff Weaver", "Trump supporter ...": any noun for people before the name (voice14)
                return shift + role.idx + len(role), end
            return start, end
        for child in root.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return shift + child.left_edge.idx, shift + child.right_edge.idx + len(child.right_edge)
        for child in root.children:
            if child.dep_ == "poss" and child.i < root.i:
                if root.lemma_.lower() in names.VOICE_NOUNS:  # "Macron's office" speaks for Macron
                    return start, end
                return shift + root.idx, end  # the possessor owns the role; it does not speak
        return start, end

    def _head_name_range(self, m: _Mention) -> tuple[int, int]:
        """Where to look for the speaker's name. "Cardinal Marc Ouellet of the Holy See": when the recogniser
        named no one at the head, the name after it ("of the Holy See") is where the speaker works, not who
        speaks; the head is then read as a name the recogniser missed. A title at the head ("US Ambassador to
        Germany Richard Grenell") is no name: the name after it is the speaker's."""
        root = m.span.root
        at = m.start - m.span.start_char + root.idx
        if root.pos_ == "PROPN" and root.i + 1 < m.span.end and not self._name_covers(at) \
                and root.lower_ not in names.TITLE_WORDS:
            return m.start, at + len(root)
        owner = next((c for c in root.children if c.dep_ == "poss" and c.i < root.i), None)
        if owner is not None and self._one_name(m.start - m.span.start_char + owner.idx, at + len(root)):
            return m.start, m.end  # "The United Nations Children's Fund": the possessive is inside the name (names)
        return self._speaker_name_range(m.span, m.start, m.end)

    def _one_name(self, start: int, end: int) -> bool:
        """Whether one name the recogniser found runs from ``start`` to ``end``."""
        at = bisect_right(self._name_starts, start) - 1
        return at >= 0 and self._names[at][0] <= start and self._names[at][1] >= end

    def _name_covers(self, offset: int) -> bool:
        """Whether a name the recogniser found covers the character at ``offset``."""
        at = bisect_right(self._name_starts, offset)
        return any(m_start <= offset < m_end for m_start, m_end, _n in self._names[max(0, at - 8):at])

    def _owner(self, owner: Token, shift: int) -> _ActorState | None:
        """Whose document it is: the name in the possessor, or the organisation a "the chain's" refers to."""
        tokens = list(owner.subtree)
        begin, end = tokens[0].idx + shift, tokens[-1].idx + len(tokens[-1]) + shift
        named = self._named_in(begin, end)
        if named is None and owner.lemma_.lower() in names.ORG_NOUNS:
            named = self._last_organization(owner.lemma_.lower(), begin)
        if named is None and len(tokens) == 1 and _acronym(owner.text):  # "WHO guidelines", tagged a pronoun
            named = self._abbreviation_state(owner.text, begin)
        words = [t.text for t in tokens if t.pos_ == "PROPN"]
        country = names.country_name(_norm_key(words)) if words else None
        if named is None and country is not None:  # "the US statement": the state's, not an organisation "US"
            named = self._state_for(country, _state_type(country))
        if named is None and words and owner.pos_ == "PROPN" and all(w[:1].isupper() for w in words):
            named = self._state_for(" ".join(words), "organization")  # "PC World's analysis": PC World's
        return named

    def _named_in(self, start: int, end: int, head_last: bool = False) -> _ActorState | None:
        """The actor named in ``[start, end)``: a person first, else the first name (with ``head_last``, the
        last: "UK-based retailer [Tesco]", whose head comes last)."""
        hits: list[tuple[int, _ActorState]] = []
        at = bisect_left(self._name_starts, start)
        while at < len(self._names) and self._names[at][0] < end:
            m_start, m_end, n = self._names[at]
            # "The World Health Organisation (WHO)": the recogniser's name may run on by the abbreviation.
            # "UK-based retailer Tesco": the place says where the speaker is, not who speaks.
            if (m_end <= end or _ABBREVIATION_TAIL.fullmatch(self.text, end, m_end)) \
                    and not _BASED.match(self.text, m_end):
                hits.append((m_start, self.states[n]))
            at += 1
        if not hits:
            return None
        persons = [h for h in hits if h[1].actor.type == "person"]
        pick = max if head_last else min
        return pick(persons or hits, key=lambda h: h[0])[1]

    def _pronoun(self, word: str, offset: int, last_actor: _ActorState | None,
                 excluded: set[int] | frozenset[int] = frozenset(), together: bool = True) -> _ActorState | None:
        gender = names.pronoun_gender(word)
        if word in en.PLURAL_PRONOUNS:
            if word in en.FIRST_PERSON_PLURAL:
                return None  # outside a quotation "we" is the writer
            group = self._named_together(offset, None, lambda _: True) if together else None
            if group is None and together and word in en.PLURAL_SUBJECT_PRONOUNS:
                group = self._plural_subject(offset)
            if group is not None:
                return group
            pool = [s for s in self._recent(offset, MAX_PRONOUN_DISTANCE)
                    if s.actor.type != "person" and id(s) not in self._not_antecedents]
        elif word in ("it", "its"):
            # "the prime minister's office issued a statement. “...,” it said": an organisation or a state,
            # never a person (issue 12)
            pool = [s for s in self._recent(offset, MAX_PRONOUN_DISTANCE) if id(s) not in self._not_antecedents
                    and (s.actor.type in ("organization", "country") or id(s) in self._bodies)]
        elif word in ("i", "me", "my", "you"):
            return None
        else:
            # A person, or an unnamed individual ("a woman", "one of their daughters", "the head of the unit").
            pool = [s for s in self._recent(offset, MAX_PRONOUN_DISTANCE)
                    if s.actor.type == "person" or id(s) in self._individuals]
            if last_actor is not None and last_actor not in pool and last_actor.actor.type == "person":
                pool.append(last_actor)
        if self._turns:  # "He said he was informed": in an answer, "he" is never the one answering ("I"),
            speaking = self._answering(offset)  # nor a reporter the speaker only ever called on ("Go ahead, Mary.")
            pool = [s for s in pool if s is not speaking and id(s) not in self._addressed]
        sentence = self.sentence_of(offset)
        alternation = self._alternation_holds(pool, last_actor, offset, gender)
        best, best_score = None, -math.inf
        for state in pool:
            if (gender and state.gender and state.gender != gender) or id(state) in excluded:
                continue
            seen = state.last_before(offset)
            if seen is None:
                continue
            distance = sentence - seen.sentence
            if distance > MAX_PRONOUN_DISTANCE and state is not last_actor:
                continue
            score = (-W_RECENCY * distance + W_SUBJECT * seen.subject
                     + W_GENDER_KNOWN * (gender == "f" and state.gender == gender)
                     + W_LAST_SPEAKER * (state is last_actor and alternation)
                     + W_SALIENCE * math.log1p(state.count_before(offset)))
            if score > best_score:
                best, best_score = state, score
        if best is not None and gender and best.gender is None:
            best.gender = gender  # what we learn here keeps "she" off him later
        return best

    @staticmethod
    def _alternation_holds(pool: list[_ActorState], last_actor: _ActorState | None, offset: int,
                           gender: str | None) -> bool:
        """Whether "he" may still mean the last speaker: not when another person who agrees with the pronoun
        has since been named as a subject ("..., Peskov told reporters. Lavrov went further. He said ...")."""
        if last_actor is None:
            return False
        last = last_actor.last_before(offset)
        if last is None:
            return False
        for state in pool:
            if state is last_actor or (gender and state.gender and state.gender != gender):
                continue
            seen = state.last_before(offset)
            if seen is not None and seen.subject and seen.offset > last.offset:
                return False
        return True

    def _role(self, span: Span, offset: int, last_actor: _ActorState | None, words: list[str] | None = None,
              named_only: bool = False) -> _ActorState | None:
        """The person ``span`` (or ``words`` for it) describes by a role; ``named_only``: one the article
        names and shows to fit, never the actors file's holder alone."""
        role = span.root.lemma_.lower()
        words = words if words is not None else [t.text for t in span]
        desc = fit.describe(words, role)
        sentence = self.sentence_of(offset)
        pool = self._recent(offset, MAX_ROLE_DISTANCE)
        if last_actor is not None and last_actor not in pool:
            pool.append(last_actor)
        people = [s for s in pool if s.actor.type == "person"]
        alternation = self._alternation_holds(people, last_actor, offset, None)
        later = self._named_later(span, offset)
        scored: list[tuple[float, bool, _ActorState]] = []
        for state in people:
            seen = state.last_before(offset)
            if seen is None or id(state) in later:
                continue
            facts = self._facts(state)
            if not fit.fits(desc, facts, self._day):
                continue  # issue 12: "the Mexican president" is not Donald Trump (``fit``)
            titles = {fit.title_form(t) for t in state.titles}  # "Sen." is a senator
            if role not in titles and _other_seat(role, titles):
                continue  # "Coach Dan Riley", "Senator Ruth Kaplan" are no "mayor"
            placed = desc.state is not None and desc.state == state.region
            # issue 12 item 4: an office goes to a person the text or the actors file shows to hold it, never to
            # one who holds another ("the foreign minister" is not "the opposition leader, Mark Brown") or of whom
            # nothing is known ("the former governor" is not "Clinton", the person last named)
            office = _office_fit(desc, words, state.titles, facts.roles, self._day)
            if office == "other" or (office == "unknown" and role in en.OFFICE_ROLE_NOUNS and not placed
                                     and not self._topic_of(state, offset)):
                continue
            titled = bool(titles & {role, *en.SAME_OFFICE.get(role, ())}) or fit.holds(desc, facts.roles, self._day)
            # "the Senior Minister" of "the Senior Minister, Yaw Osafo Marfo", not another minister (who11)
            as_written = " ".join(w.lower() for w in words[1:]) if words[0].lower() == "the" else ""
            exact = " " in as_written and as_written in state.titles
            national = desc.country is not None and desc.country == (state.nationality or fit.file_country(facts.roles))
            score = (-W_ROLE_RECENCY * (sentence - seen.sentence)
                     + W_TITLE_MATCH * titled + W_TITLE_MATCH * exact + W_TITLE_MATCH * placed
                     + W_NATIONALITY_MATCH * national
                     + W_LAST_SPEAKER * (state is last_actor and alternation)
                     + W_SALIENCE * math.log1p(state.count_before(offset)))
            # shown to be so: "the Florida senator" of the state, "the Mexican president" titled President or Mexican
            shown = placed if desc.state else (titled or national) if desc.country else False
            scored.append((score, shown, state))
        # one the article shows to be so, if any, before one it says nothing of ("Sen. Joni Ernst" is a senator,
        # but of no state the article gives: no more "the Florida senator" than anyone)
        scored = [x for x in scored if x[1]] or ([] if named_only else scored)
        best = max(scored, key=lambda x: x[0], default=None)
        if named_only:
            return best[2] if best is not None else None
        return best[2] if best is not None else self._described_office_holder(desc)

    def _topic_of(self, state: _ActorState, offset: int) -> bool:
        """Whether ``state`` is the person the text is speaking of at ``offset``: a subject in the sentence before
        (at most ``MAX_TOPIC_DISTANCE`` back, never its own sentence: "Begala pointed to a stop where the former
        president thanked ..."), with no other person a subject since. News renames the person it is talking
        about by an office ("Chuck Schumer disagreed. ... the New York senator wrote"); an office noun goes to no
        one else whose office the text leaves unknown (issue 12 item 4)."""
        seen = state.last_before(offset)
        if seen is None or not seen.subject or not 0 < self.sentence_of(offset) - seen.sentence <= MAX_TOPIC_DISTANCE:
            return False
        for other in self.states:
            if other is not state and other.actor.type == "person":
                last = other.last_before(offset)
                if last is not None and last.subject and last.offset > seen.offset:
                    return False
        return True

    def _facts(self, state: _ActorState) -> fit.Facts:
        return fit.Facts(country=state.nationality, state=state.region, party=state.party, gender=state.gender,
                         titles=state.titles, roles=fit.known_roles(state.actor.name))

    def _named_later(self, span: Span, start: int) -> set[int]:
        """Ids of people named after the description in its sentence as an object or after a preposition: "the
        senator aimed ... to win states more friendly to Clinton" means someone other than Clinton. Not a
        possessive or a clause's own subject ("... keeps Kasich's campaign alive", "criticism that Trump was
        urging"), which news often writes of the person just described, and not an apposition."""
        shift = start - span.start_char
        end = start + len(span.text)
        sentence = self.sentence_of(end)
        stop = self.sent_starts[sentence + 1] if sentence + 1 < len(self.sent_starts) else len(self.text)
        out: set[int] = set()
        at = bisect_left(self._name_starts, end)
        while at < len(self._names) and self._names[at][0] < stop:
            m_start, m_end, n = self._names[at]
            at += 1
            named = span.doc.char_span(m_start - shift, m_end - shift, alignment_mode="expand")
            if named is None or self.states[n].actor.type != "person" or not self.text[end:m_start].strip(" ,("):
                continue
            root = named.root
            if root.dep_ == "poss":  # "blasted Trump's call": the owner of the verb's own object is someone else
                if root.head.dep_ in ("dobj", "pobj") and span.root.head in (root.head.head, root.head.head.head):
                    out.add(id(self.states[n]))
            elif root.dep_ not in ("nsubj", "nsubjpass", "appos"):
                out.add(id(self.states[n]))
        return out

    def _described_office_holder(self, desc: fit.Description) -> _ActorState | None:
        """No one named fits "the British prime minister": the actors file's holder of that office on the
        article's date, when the description names the country (issue 12)."""
        name = fit.holder(desc, self._day)
        if name is None:
            return None
        words = name.split()
        return self._match_person(words, len(self.text)) or self._state_for(name, "person")


# Parts of speech of a function word, which no name opens with ("Without Bloomberg"; "Will Doyle"'s "Will", a
# modal to the tagger, is left alone).
_FUNCTION_POS = frozenset("ADP ADV SCONJ CCONJ DET PRON PART INTJ".split())


# Name particles the entity recogniser tends to end a name on: "Ursula von der | Leyen".
_PARTICLES = frozenset("von van der den de da di du del della la le al bin ibn ben".split())


_POSSESSIVE_APART = re.compile(r"\s+(['’]s)(?=\s|$)")


def _patronym_first(words: list[str]) -> str | None:
    """The given name of a name built on a father's ("Mohammed" of "Sheikh Mohammed bin Abdulrahman Al-Thani"),
    lower-cased; None for a name that is not."""
    plain = [w.lower() for w in words if w.lower() not in en.NAME_HONORIFICS]
    return plain[0] if len(plain) >= 3 and plain[1] in en.PATRONYM_LINKS else None


def _whole_name(ent: Span) -> Span:
    """A person's name cut after a particle takes the proper nouns that follow; one cut before a second
    surname takes it."""
    doc = ent.doc
    if ent.label_ == "PERSON" and ent.end < len(doc) and doc[ent.end].ent_iob_ == "B" \
            and doc[ent.end].ent_type_ == "PERSON" and doc[ent.end].lower_ in _PARTICLES:
        # "[Sheikh Mohammed bin Abdulrahman] [bin Jassim Al-Thani]": the recogniser cut one name in two at
        # a particle; the second part is no one of its own
        end = ent.end + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return Span(doc, ent.start, end, label=ent.label_)
    if ent.label_ == "PERSON" and ent[-1].lower_ not in _PARTICLES:
        return _second_surname(ent)
    if ent.label_ != "PERSON":
        return ent
    end = ent.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if end == ent.end:
        return ent
    return Span(doc, ent.start, end, label=ent.label_)


def _body_tail(head: Token) -> int:
    """Where a body's name ends that runs on from ``head`` through "of"/"on"/"for" ("the Supreme Court [of
    Puerto Rico]", "House [of Representatives]", "Commission [on Presidential Debates]"): the index after
    the capitalised proper nouns that follow the link word; ``head.i + 1`` when there is no such tail. Not a
    date ("the Commission on Monday") and not a lower-case head ("the board of Acme" names Acme)."""
    doc, end = head.doc, head.i + 1
    links = names.BODY_LINKS | ({"in"} if head.lower_ in names.MISSION_HEADS else set())
    if head.lower_ not in names.BODY_HEADS or not head.text[:1].isupper() or end >= len(doc) \
            or doc[end].lower_ not in links:
        return end
    at = end + 1
    if at < len(doc) and doc[at].lower_ == "the":
        at += 1
    tail = at
    # capitalised words, whatever the tagger made of them ("Debates" may be a verb to it), no date or person
    while tail < len(doc) and (doc[tail].pos_ == "PROPN" or doc[tail].is_alpha) and doc[tail].is_title \
            and not doc[tail].is_sent_start and doc[tail].ent_type_ not in ("DATE", "TIME", "PERSON"):
        tail += 1
        # "Council on American-Islamic Relations": a hyphen inside a word goes on to its capitalised part
        if tail + 1 < len(doc) and doc[tail].text == "-" and not doc[tail - 1].whitespace_ \
                and not doc[tail].whitespace_ and doc[tail + 1].is_title:
            tail += 1
        elif _plural_conjunct(doc, tail):
            tail += 1  # "College of Obstetricians [and Gynecologists]", "Academy of Arts [and Sciences]"
        elif tail > at and _second_of(doc, tail):
            tail += 1  # "Committee on Taxonomy [of Viruses]": a second "of" part, no place (issue 12, fresh)
    return tail if tail > at else end


def _second_of(doc: Doc, at: int) -> bool:
    """"of" at ``at`` goes on with a capitalised word that is no place, people, person or date: the body's
    name has a second part ("International Committee on Taxonomy of Viruses"); not "Ministry of Defence [of
    Ukraine]", whose country says whose ministry it is."""
    if at + 1 >= len(doc) or doc[at].lower_ != "of":
        return False
    nxt = doc[at + 1]
    return nxt.is_title and nxt.is_alpha and not nxt.is_sent_start \
        and nxt.ent_type_ not in ("GPE", "NORP", "PERSON", "DATE", "TIME", "LOC")


def _plural_conjunct(doc: Doc, at: int) -> bool:
    """Issue 12 (newcomer 6): "and" at ``at`` joins a plural capitalised noun to the body name's last word
    ("the American College of Obstetricians and Gynecologists"): the name goes on; not a second body or a
    place ("the University of Chicago and Harvard")."""
    if at + 1 >= len(doc) or doc[at].lower_ != "and":
        return False
    nxt = doc[at + 1]
    return nxt.is_title and nxt.tag_ in ("NNS", "NNPS") and nxt.dep_ == "conj" and nxt.head.i == at - 1 \
        and nxt.ent_type_ not in ("PERSON", "GPE", "NORP", "DATE", "TIME")


def _with_head_word(ent: Span) -> Span:
    """Who9 (spkaudit): "[Washington State] Patrol confirmed ...": the recogniser left out the capitalised word
    its name modifies, the body's own head noun; the name runs on to it. Not a title or a word for people
    ("Acme CEO Jane Roe", "Labour MPs"), and not a word of another entity."""
    end = ent.end
    while end < len(ent.doc) and ent.doc[end - 1].dep_ == "compound" and ent.doc[end - 1].head.i == end:
        nxt = ent.doc[end]
        # "GOP Candidates": people in a headline's capitals, a plural the tagger keeps as its own lemma
        if nxt.pos_ != "PROPN" or not nxt.is_title or nxt.ent_type_ \
                or {nxt.lower_, nxt.lower_.removesuffix("s")} & _NOT_BODY_HEADS:
            break
        end += 1
    return Span(ent.doc, ent.start, end, label=ent.label_) if end > ent.end else ent


def _with_edition(ent: Span) -> Span:
    """Speaker18 (fresh3, fresh4): "CNN Philippines reported": an outlet or firm and the country of its edition
    after it, the country the head of the two, are one name (the recogniser cuts it before the country)."""
    doc, end = ent.doc, ent.end
    if ent.label_ != "ORG" or end >= len(doc) or ent.root.head.i != end or ent.root.dep_ != "compound":
        return ent
    after = doc[end]
    if after.ent_type_ != "GPE" or after.ent_iob_ != "B" or (end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I") \
            or after.dep_ == "compound" or names.country_name(after.lower_) is None:
        return ent
    return Span(doc, ent.start, end + 1, label="ORG")


def _with_body_tail(ent: Span) -> Span:
    """An organisation the recogniser cut before its "of"/"on" part ("[The Supreme Court] of [Puerto Rico]")
    is named whole: the guideline names it "Supreme Court of Puerto Rico" (world-politics tune)."""
    if ent.label_ != "ORG":
        return ent
    ent = _with_head_word(ent)
    end = _body_tail(ent[-1])
    if end == ent.end and any(t.lower_ in names.BODY_LINKS for t in ent[1:]) and _plural_conjunct(ent.doc, end):
        end += 2  # "[the American College of Obstetricians] and Gynecologists": the recogniser cut at "and"
    return Span(ent.doc, ent.start, end, label=ent.label_) if end > ent.end else ent


def _with_campus(ent: Span) -> Span:
    """Issue 12 (orgs19): "the University of California, San Diego": a university or college named "of" a place
    and then, after a comma, the place of its campus (a place name the recogniser kept apart) is named whole; the
    campus must close the phrase (a comma, a full stop, a bracket or a verb after it)."""
    doc = ent.doc
    end = ent.end - 1 if ent.label_ == "ORG" and ent[-1].text == en.COMMA else ent.end
    head = next((t for t in ent if t.lower_ in en.CAMPUS_HEADS and t.text[:1].isupper()), None)
    if ent.label_ != "ORG" or head is None or end + 2 >= len(doc) or doc[end].text != en.COMMA \
            or not any(t.lower_ == "of" and t.i > head.i for t in ent):
        return ent
    place = next((e for e in entities(doc) if e.start == end + 1 and e.label_ == "GPE" and len(e) <= 3), None)
    if place is None or place.end >= len(doc):
        return ent
    after = doc[place.end]
    if not (after.is_punct or after.pos_ in ("VERB", "AUX")):
        return ent
    return Span(doc, ent.start, place.end, label=ent.label_)


def _campus_comma(ent: Span, words: list[str]) -> list[str]:
    """The comma before a campus, kept in its name: "University of California, San Diego" (orgs19)."""
    commas = [t for t in ent[1:-1] if t.text == en.COMMA]
    if len(commas) != 1 or ent.label_ != "ORG" or not _campus_named(ent, commas[0].i):
        return words
    before = ent.doc[commas[0].i - 1].text
    at = next((i for i, w in enumerate(words) if w == before), None)
    return words if at is None else [*words[:at], f"{before},", *words[at + 1:]]


def _campus_named(ent: Span, comma: int) -> bool:
    """Whether the comma inside ``ent`` sets off a campus: "University of California[,] San Diego" (a university
    or college "of" a place before it, a place name after it), not a list of firms ("Lazard, Evercore")."""
    doc = ent.doc
    before = [t for t in ent if t.i < comma]
    return any(t.lower_ in en.CAMPUS_HEADS and t.text[:1].isupper() for t in before) \
        and any(t.lower_ == "of" for t in before) and doc[comma + 1].ent_type_ == "GPE"


def _body_name(words: Sequence[str]) -> bool:
    """"United States House of Representatives": a capitalised body noun, then "of"/"on"/"for", then more
    name: an organisation's name, never a person's."""
    return any(a[:1].isupper() and a.lower() in names.BODY_HEADS and b in names.BODY_LINKS
               for a, b in itertools.pairwise(words))


def _local_reports(span: Span) -> bool:
    """"local reports", "local news reports": reports that speak for the story's place, as "local media" do."""
    return span.root.lemma_.lower() in names.LOCAL_REPORT_NOUNS and any(
        t.lower_ == names.LOCAL for t in span if t.i < span.root.i)


def _second_surname(ent: Span) -> Span:
    """"[Wanda Vázquez] Garced was sworn in": the recogniser cut a second surname, the proper noun the name
    modifies (its head), capitalised, in no entity, no title (world-politics tune)."""
    doc, end = ent.doc, ent.end
    if len(ent) < 2 or end >= len(doc) or ent.root.head.i != end:
        return ent
    after = doc[end]
    if after.pos_ != "PROPN" or not after.is_title or not after.is_alpha or after.ent_type_ \
            or after.lower_ in names.TITLE_WORDS | names.BODY_HEADS | names.ORG_NAME_WORDS | names.ORG_SUFFIXES \
            | names.VOICE_NOUNS:
        return ent  # "[Barack Obama] Administration", "[Hillary Clinton] Foundation": no surname
    if _title_case(after) or any(t.lower_ == after.lower_ and t.is_lower for t in doc):
        return ent  # a headline in Title Case ("Jeb Bush PAC Chief Praises Marco Rubio Donor"), a common noun
    return Span(doc, ent.start, end + 1, label=ent.label_)


def _title_case(tok: Token) -> bool:
    """Whether ``tok`` is in a sentence written in Title Case (a headline), where a capital says nothing."""
    flags = _title_case_tokens(tok.doc)
    if flags is not None:
        return flags[tok.i]
    words = [t for t in tok.sent if t.is_alpha]
    return sum(t.is_title for t in words) > 0.6 * len(words)


def _subjects_and_agents(doc: Doc) -> list[int]:
    """The indices, in order, of a doc's subjects and of the plural objects of a passive's "by" (the agent's
    object tagged "NNS": "were laid out by senior officials"), off its arrays: the tokens a described group is
    looked for at. The other objects of a preposition, as many as the subjects, were each made a Token only to
    be turned away (speed18)."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    deps = column(doc, DEP)
    subjects = (deps == strings["nsubj"]) | (deps == strings["nsubjpass"])
    heads = column(doc, HEAD).astype(numpy.int64) + numpy.arange(len(doc))  # HEAD: the offset, read back signed
    agents = (deps == strings["pobj"]) & (deps[heads] == strings["agent"]) & (column(doc, TAG) == strings["NNS"])
    found: list[int] = numpy.flatnonzero(subjects | agents).tolist()
    return found


def _sentence_start_chars(doc: Doc) -> list[int]:
    """The character offset in ``doc`` of each of its sentences, as ``doc.sents`` gives them, read off its
    arrays: iterating ``doc.sents`` makes a Span and a Token per sentence (speed)."""
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        return [s.start_char for s in doc.sents]
    if not len(doc):
        return []
    starts = column(doc, SENT_START) == 1
    starts[0] = True  # the first sentence starts at the first token, whatever its mark
    found: list[int] = column(doc, IDX)[starts].tolist()
    return found


@lru_cache(maxsize=8)
def _title_case_tokens(doc: Doc) -> list[bool] | None:
    """``_title_case`` of every token of ``doc``, read off its arrays once: it is asked for each name, and a
    Token for every word of the name's sentence each time was the set-up's largest cost (speed). None where
    the sentences come from hooks, which ``Token.sent`` follows and the arrays do not."""
    if doc.user_hooks or doc.user_span_hooks or doc.user_token_hooks or not doc.has_annotation("SENT_START") \
            or not len(doc):
        return None
    # A sentence runs from a token that starts one (or the first) to the next that does, as ``Span.sent`` walks.
    starts = column(doc, SENT_START) == 1
    starts[0] = True
    first = numpy.flatnonzero(starts)
    alpha = column(doc, IS_ALPHA).astype(numpy.int64)
    titled = alpha * column(doc, IS_TITLE).astype(numpy.int64)
    headline = numpy.add.reduceat(titled, first) > 0.6 * numpy.add.reduceat(alpha, first)
    which = numpy.searchsorted(first, numpy.arange(len(doc)), side="right") - 1
    flags: list[bool] = headline[which].tolist()
    return flags


def _split_person_tails(ents: Sequence[Span]) -> list[Span]:
    """"... of the Council on American-Islamic Relations Alia Salem", "Amnesty International Man-kei Tam": an
    organisation the recogniser ran on into the name of the person it titles is two names, the organisation
    and the person (the speaker)."""
    out: list[Span] = []
    for ent in ents:
        at = _person_tail(ent) if ent.label_ == "ORG" else None
        if at is None and ent.label_ in ("ORG", "PERSON", "GPE"):
            at = _titled_place_tail(ent)
            if at is not None:  # "President of [Ukraine] [Volodymyr Zelenskyy]": the place, then the person
                out += [Span(ent.doc, ent.start, at, label="GPE"), Span(ent.doc, at, ent.end, label="PERSON")]
                continue
        if at is None:
            out.append(ent)
        else:
            out += [Span(ent.doc, ent.start, at, label="ORG"), Span(ent.doc, at, ent.end, label="PERSON")]
    return out


def _titled_place_tail(ent: Span) -> int | None:
    """"President of Ukraine Volodymyr Zelenskyy", "Mayor of Koszalin Piotr Jedlinski": the recogniser ran the
    place an office is "of" into the name of the person who holds it (one ORG or PERSON of three or four
    words). After a person's title and "of", one place word (a country, or any word before a given name) then two
    or three words of a person's name are the place and the person (issue 12, wire17: world-politics and
    second-domain fresh articles)."""
    doc = ent.doc
    of = ent.start - 1
    if not 3 <= len(ent) <= 4 or of < 1 or doc[of].lower_ != "of":
        return None
    title = doc[of].head
    if title.i >= of or title.lower_ not in names.ROLE_NOUNS | names.SEAT_TITLES:
        return None
    words = [t.text for t in ent]
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return None
    place, person = words[0], words[1:]
    if place.lower() in _BODY_NAME_WORDS or any(w.lower() in _BODY_NAME_WORDS for w in person):
        return None
    if names.country_name(place.lower()) is None and (ent.label_ != "PERSON" or not names.is_given_name(person[0])):
        # a country, or a given name after the place in what the recogniser called a person ("Koszalin Piotr
        # Jedlinski"), says where the person starts; not "Director of North Tyne Heritage Partnership"
        return None
    return ent.start + 1


def _person_tail(ent: Span) -> int | None:
    """Where a person's name closing ``ent`` starts: a common given name ("Alia") or a hyphenated romanised
    one ("Man-kei") before a capitalised surname, with at least two words of organisation before it."""
    doc = ent.doc
    last = ent.end - 1
    if last - ent.start < 3 or doc[last].pos_ != "PROPN" or not doc[last].text[:1].isupper():
        return None
    given = doc[last - 1]
    if doc[last - 2].pos_ == "PROPN" and last - 1 - ent.start >= 2 and (
            names.reads_as_person([given.text, doc[last].text]) or _titled_tail(ent, given, doc[last])):
        return last - 1
    start = last - 3  # "Man", "-", "kei"
    if start - ent.start < 2 or doc[start + 1].text != "-" or doc[start].whitespace_ or doc[start + 1].whitespace_:
        return None
    hyphenated = f"{doc[start].text}-{given.text}"
    return start if _GIVEN_NAME_LAST.match(hyphenated) else None


def _titled_tail(ent: Span, given: Token, surname: Token) -> bool:
    """"Executive director of ... Relations Alia Salem": two capitalised words that are no organisation word,
    closing an organisation that a person's title governs ("director of"), name that person."""
    if any(not t.text.isalpha() or not t.text[:1].isupper() or t.lower_ in names.ORG_NOUNS | names.ORG_SUFFIXES
           | names.ORG_NAME_WORDS | names.STATE_BODIES | names.VOICE_NOUNS for t in (given, surname)):
        # "... Aerospace Technology Administration" ends an agency's name, no person's (round 7)
        return False
    after = ent.end + 1 if ent.end < len(ent.doc) and ent.doc[ent.end].text == "," else ent.end
    if after < len(ent.doc) and ent.doc[after].ent_type_ == "PERSON":
        # "Director of Mid Wales Tourism Partnership, David Clay": the person the title governs is named after
        # it, so the organisation's last words are its own (issue 12, fresh articles)
        return False
    # a title written with a capital is a proper noun to the tagger: "Minister for ... and the Pacific Pat Conroy"
    return any(a.pos_ in ("NOUN", "PROPN") and a.lemma_.lower() in names.TITLE_WORDS | names.ROLE_NOUNS
               for a in ent.root.ancestors if a.i < ent.start)


# Words before a name that are never its given name: titles, nationalities, people and organisation nouns.
# Title words that say no office a person holds (honorifics, nationalities, "former"): no rank to check
# against an actors file's roles.
_NOT_RANKS = frozenset("mr. mr mrs. mrs ms. ms dr. dr sir dame lord lady hon. honorable former then acting u.s. us "
                       "american first".split()) | frozenset(names.NATIONALITIES)
# Nouns for what a person does, which a sentence's capital may join to the name after it ("Broadcaster").
_NOT_BODY_HEADS = (names.TITLE_WORDS | names.ROLE_NOUNS | names.PEOPLE_NOUNS | names.CALLING_TITLES
                   | frozenset(names.NATIONALITIES))
_OCCUPATION_NOUNS = names.PEOPLE_NOUNS | names.ROLE_NOUNS | names.CALLING_TITLES | names.ORG_NOUNS
# Words of a body's name or a title, never of a person's plain name ("Hirtenberger Defence Group").
_BODY_NAME_WORDS = (names.ORG_NOUNS | names.ORG_SUFFIXES | names.ORG_NAME_WORDS | names.BODY_HEADS | names.TITLE_WORDS
                    | frozenset(names.NATIONALITIES) | names.PLACE_NOUNS | names.STATE_BODIES | names.FORCE_NOUNS)
# Nouns an apposition gives a person, never a body: "Gáspár Maróth, the government commissioner".
_PERSON_APPOSITIONS = names.TITLE_WORDS | names.ROLE_NOUNS | names.CALLING_TITLES | names.PEOPLE_NOUNS

# Title words that, written with a capital inside a run of names, end a body's words and open a person's:
# "DFA Spokesperson Anil Mehra" (not the honorifics and party words of ``names.TITLE_WORDS``, which may
# open a name the body words never precede).
_INNER_TITLES = (names.TITLE_WORDS | names.ROLE_NOUNS) - _NOT_RANKS - frozenset(
    "state foreign defense defence house senate minority majority special democratic republican gop vice first "
    "presidential".split())

_NOT_GIVEN_NAMES = (names.TITLE_WORDS | names.ROLE_NOUNS | names.CALLING_TITLES | frozenset(names.NATIONALITIES)
                    | names.PEOPLE_NOUNS | names.ORG_NOUNS | names.ORG_NAME_WORDS | names.PLACE_NOUNS)


def _as_name(place: str) -> str:
    """A place as a name qualifies a source: the capitals of a dateline ("WASHINGTON (AP) — ..., prosecutors said")
    make "Washington prosecutors", not "WASHINGTON prosecutors"; a short form in capitals ("NYC") stays."""
    return place.title() if place.isupper() and any(len(w) > 3 for w in place.split()) else place


_SUBJECT_LABELS = tuple(sorted(en.SUBJECTS))  # a constant ``token_indices`` keeps the ids of


def _with_missed_people(doc: Doc) -> tuple[Span, ...]:
    """The recogniser's entities, and the people it missed that a clause's subject names in full: "Mikel Arteta was
    full of praise for his captain", "Councilmember Hugo Soto-Martinez disagreed" (no entity, so a later "he" or "the
    Spaniard" had no one to mean). Two or three capitalised proper nouns (a hyphenated surname one), in no entity,
    after any title word, opening with a given name (``names.is_given_name``) that is no place, month, title or
    body word, and ending with no word of a body or place (issue 12 item 3, lead)."""
    ents = entities(doc)
    taken = {i for e in ents for i in range(e.start, e.end)}
    added = []
    for tok in (doc[i] for i in token_indices(doc, "DEP", _SUBJECT_LABELS)):  # no Token made for the rest
        if tok.pos_ != "PROPN" or tok.i in taken:
            continue
        span = doc[tok.left_edge.i:tok.i + 1]
        if any(t.i in taken or not (t.pos_ == "PROPN" or t.text in en.NAME_HYPHENS) for t in span):
            continue
        words = _join_hyphens([t.text for t in span])
        while len(words) > 2 and not names.is_given_name(words[0]):
            words = words[1:]  # "Councilmember Hugo Soto-Martinez": the title word before the given name
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:2].islower() and w.replace("-", "").isalpha()
                                               for w in words):
            continue
        first, last = words[0].lower(), words[-1].lower()
        if not names.is_given_name(first) or first in _NOT_GIVEN_NAMES or first in en.MONTH_NAMES \
                or names.country_name(first) is not None or last in names.ORG_NOUNS or last in names.ORG_SUFFIXES \
                or last in names.PLACE_NOUNS:
            continue
        added.append(Span(doc, span.end - _token_count(span, words), span.end, label="PERSON"))
    labels = _label_people(doc, taken)
    if labels:  # the recogniser's pieces of a label's name ("Pete" PERSON, "Stauber" DATE) give way to it
        ents = tuple(e for e in ents if not any(e.start < p.end and p.start < e.end for p in labels))
        added += labels
    return tuple(sorted((*ents, *added), key=lambda e: e.start)) if added else ents


def _label_people(doc: Doc, taken: set[int]) -> list[Span]:
    """"Rep. Pete Stauber: “...”", "Rep. August Pfluger: “...”": a roundup's label, a title then a given name
    and a surname before the colon that opens the line's quotation, is that person, whatever the recogniser made
    of the words (a surname as a date, a given name that is a month): no callback to another "Pete" (nc18)."""
    out = []
    for tok in doc:
        nxt = tok.i + 1
        if tok.pos_ != "PROPN" or nxt >= len(doc) or doc[nxt].text != ":" or "\n" in tok.whitespace_:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and "\n" not in doc[start - 1].whitespace_ \
                and not doc[start - 1].is_space:
            start -= 1
        if start > 0 and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
            continue  # not the line's first words: a headline's or a sentence's colon
        words = [t.text for t in doc[start:nxt]]
        titled = len(words) >= 3 and words[0].lower() in names.TITLE_WORDS
        if not titled or any(doc[i].ent_type_ not in en.MISREAD_NAME_ENTITIES and i in taken
                             for i in range(start + 1, nxt)):
            continue
        name = words[1:]
        if not 2 <= len(name) <= 3 or not names.is_given_name(name[0]) \
                or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in name) \
                or all(doc[i].ent_type_ == en.PERSON for i in range(start + 1, nxt)):
            continue
        out.append(Span(doc, start + 1, nxt, label="PERSON"))
    return out


def _unshouted(name: str) -> str:
    """A name a heading writes in capitals as a name is written ("OLEK MARCHENKO" is "Olek Marchenko", nc18)."""
    return name.title() if name.isupper() else name


def _token_count(span: Span, words: list[str]) -> int:
    """How many of ``span``'s last tokens spell ``words`` (a hyphenated word is three tokens)."""
    return sum(1 + 2 * w.count("-") for w in words)


_ROLE_OF_BODY = re.compile(rf"((?:[a-z-]+ )*)({'|'.join(sorted(en.BODY_FIRST_ROLES))}) "
                           rf"(?:{'|'.join(sorted(en.BODY_ROLE_LINKS))}) (?:the )?([^ ].*)")


def _body_before_role(name: str) -> str:
    """who19 (guideline 2.5): someone who speaks for a body, named by the body before the noun, as the gold writes
    every such source ("a Woolworths spokesperson", "Interpol spokesperson", "German government spokesperson"
    for "The spokesperson for the German government", "Stagecoach South spokesperson" for "A spokesperson for
    Stagecoach South", "Omsk hospital officials" for "Hospital officials in Omsk"): "spokesperson of
    Stagecoach South" -> "Stagecoach South spokesperson". Only the speaking nouns (spokesperson, representative,
    official): "members of the European Union", "researchers from X", "people close to X" keep the text's
    order, as the gold does; and only a short body with no clause or second link in it."""
    match = _ROLE_OF_BODY.fullmatch(name)
    if match is None:
        return name
    before, noun, body = match.groups()
    if len(body.split()) > 6 or any(w in en.BODY_ROLE_LINKS or w in ("who", "which", "that") for w in body.split()):
        return name
    return f"{before}{body} {noun}"


def _short_mission_country(words: list[str]) -> list[str]:
    """who19 (guideline 2.5: the United States and the United Kingdom qualify a name as "US" and "UK"): a mission
    named with its country spelled out before it, "United States Embassy in Iraq", "U.S. Consulate", is "US
    Embassy in Iraq", as the gold's "US Embassy in London"; other bodies keep the text's or the gazetteer's name
    (the gold writes "United States Air Force", "United States House of Representatives")."""
    for full, short in en.COUNTRY_QUALIFIERS.items():
        spelled = [w.lower() for w in full.split()]
        for written in (spelled, [f"{short[0].lower()}.{short[1].lower()}."], [short.lower()]):
            k = len(written)
            if len(words) > k and [w.lower() for w in words[:k]] == written \
                    and words[k].lower() in names.MISSION_HEADS:
                return [short, *words[k:]]
    return words


def _qualifier(country: str | None) -> str | None:
    """How a country qualifies a described source: "German" officials, "US" and "UK" officials (place14)."""
    return en.COUNTRY_QUALIFIERS.get(country) if country in en.COUNTRY_QUALIFIERS else names.nationality_of(country)


def _short_countries(words: list[str]) -> list[str]:
    """"United Kingdom officials" are "UK officials": a country spelled out before the noun takes the short form
    a description writes (``en.COUNTRY_QUALIFIERS``; guideline 2.5); the noun itself is never replaced."""
    out = list(words)
    for full, short in en.COUNTRY_QUALIFIERS.items():
        spelled = full.split()
        for i in range(len(out) - len(spelled)):  # stops before the head noun
            if [w.lower() for w in out[i:i + len(spelled)]] == [w.lower() for w in spelled]:
                out[i:i + len(spelled)] = [short]
                break
    return out


def _countries_after(noun: Token) -> list[str]:
    """The nationality adjectives of the countries a source noun is placed in by "in"/"from" after it
    ("officials in South Korea and Japan"); none unless every place is a country with a known adjective."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "from")), None)
    place = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if place is None:
        return []
    adjectives = []
    for tok in (place, *place.conjuncts):
        words = [t.text for t in tok.subtree if t.ent_type_ == "GPE" and t.i <= tok.i]
        country = names.country_name(names.norm(" ".join(words))) if words else None
        adjective = _qualifier(country)
        if adjective is None:
            return []
        adjectives.append(adjective)
    return adjectives


def _or_abbreviation(text: str, a: _NameMention, b: _NameMention) -> bool:
    """Issue 12 (round 7): "The United Nations Children's Fund, or UNICEF, warned": an abbreviation set after an
    organisation's name with "or" is its other name, though its letters are not the name's initials."""
    return a.label == "ORG" and len(b.words) == 1 and _acronym(b.words[0]) and text[a.end:b.start] in (", or ", " or ")


def _given_before(ent: Span, most: int = 2) -> list[Token]:
    """Issue 12 (round 7): "Maitree Promjampa said", the recogniser's name being "Promjampa": capitalised proper
    nouns just before a one-word name, compounds of it and in no entity, that are no title, nationality, people
    or organisation word, are its given names."""
    doc, found = ent.doc, list[Token]()
    i = ent.start - 1
    while i >= 0 and ent.start - i <= most:
        tok = doc[i]
        if tok.pos_ != "PROPN" or tok.ent_type_ or tok.dep_ != "compound" or not ent.start <= tok.head.i < ent.end \
                or not tok.is_title or not tok.is_alpha or tok.lower_ in _NOT_GIVEN_NAMES \
                or names.country_name(tok.lower_) is not None:
            break
        found.insert(0, tok)
        i -= 1
    return found


# Prepositions and verbs whose object is a place: "in Surrey", "visited Surrey".
_PLACE_PREPOSITIONS = frozenset("in near outside across throughout".split())
_PLACE_VERBS = frozenset("visit tour reach enter leave evacuate".split())


def _state_type(country: str) -> ActorType:
    """"European Union" is an organisation of states, every other state a country."""
    return "organization" if country in names.SUPRANATIONAL else "country"


# The place after the comma is taken whole (possessive ``++``): it and the spaces after it both take spaces,
# and giving them back one by one made "AB, x" and 20,000 spaces quadratic (seconds; fuzz audit). Nothing the
# place can give back lets the rest match (neither a bracket nor a dash is in it), so the matches are the same.
_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z.'\- ]*[A-Z.])(?:, [A-Za-z0-9. ]++)?[ \t]*(?:\([^)\n]*\)[ \t]*)?[—–-]",
                       re.MULTILINE)


def _dateline_places(text: str) -> set[str]:
    """"RIVERTON — Harbor Mills ...": the capitals opening a paragraph before a dash are where the story
    was filed, a place whose later mentions ("Riverton's largest employer") are no person."""
    return {names.norm(m.group(1)) for m in _DATELINE.finditer(text) if len(m.group(1)) > 2}


def _name_words(ent: Span) -> list[str]:
    words = [t.text for t in ent if not t.is_punct and t.lower_ not in ("the", "'s", "’s")]
    return words


def _called_a_place(ent: Span) -> bool:
    """"the villages of Kirants and Voskepar", "the village, Voskepar", "Millbrook, a town of 20,000"."""
    root = first_conjunct(ent.root)
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in names.PLACE_NOUNS:
        return True
    if root.dep_ == "appos" and root.head.lemma_.lower() in names.PLACE_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in names.PLACE_NOUNS for c in root.children)


def _alias_form(text: str) -> str:
    """An alias as a name: "The European Union's" is "European Union" (no possessive, no article)."""
    text = text.strip()
    for mark in ("'s", "’s"):
        text = text.removesuffix(mark)
    for article in ("the ", "The "):
        if text.startswith(article) and len(text) > len(article):
            text = text[len(article):]
    return text.strip()


def _subject_name(root: Token) -> bool:
    """Whether a name is its clause's subject, or set beside the subject: "His counterpart, Jeyhun Bayramov,
    struck a sharper tone" introduces Bayramov as the subject, whom a following "he said" means (issue 12)."""
    subjects = ("nsubj", "nsubjpass")
    if root.dep_ in ("attr", "acomp") and root.head.lemma_ == "be":
        # "The head coach has been Lars Dahl. He was born in Bergen": a name a copula sets equal to its
        # subject is what the clause is about, and the person the next "he" goes on with (round 7)
        return any(c.dep_ in subjects for c in root.head.children)
    if root.dep_ in subjects and _inside_noun_clause(root.head):
        # "Tom Hale, a resident who saw the visit after Ida wrecked homes, moved away. He said ...": a subject
        # of a clause hung on a noun is no subject the next "he" goes on with (spkaudit)
        return False
    if root.dep_ in subjects and _inside_reported_clause(root.head):
        # "Cox says Obama is trying to distract. He says ...": the subject of what a source says is what he
        # spoke of; the next "he" goes on with the source, the subject of the sentence (issue 12, pron11)
        return False
    return root.dep_ in subjects or (root.dep_ == "appos" and root.head.dep_ in subjects)


def _inside_reported_clause(verb: Token) -> bool:
    """Whether a verb's clause is, itself or through the clauses above it, the complement of a verb with a
    subject of its own ("Ryan said [Obama has never respected ...]"): a reported clause. Only one after its
    verb: a clause before it ("Lilesa drew attention ...; he says he fears ...") is as often the parser's
    reading of two clauses joined by a semicolon, whose first subject is the one the sentence goes on with."""
    for t in (verb, *verb.ancestors):
        if t.dep_ == "ccomp" and t.i > t.head.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.head.children):
            return True
    return False


def _inside_noun_clause(verb: Token) -> bool:
    """Whether a verb's clause hangs, itself or through the clauses above it, on a noun: a relative or
    reduced relative clause ("a resident who saw ...", "the storm that hit ...")."""
    return any(t.dep_ in ("relcl", "acl") for t in (verb, *verb.ancestors))


def _modifier_word(ent: Span) -> bool:
    """A one-word "name" that modifies the noun after it as an adjective does: a nationality word
    ("Norwegian Trade Minister", "the Danish counterpart"), or any word after a possessive pronoun ("His
    Azerbaijani counterpart": no name follows "his"). Not "the Trump administration", whose owner speaks."""
    root = ent.root
    if len(ent) != 1 or root.dep_ not in ("amod", "compound") or root.head.i < root.i:
        return False
    before = root.doc[root.i - 1] if root.i > 0 else None
    # "Kenyan Foreign Minister X", "former Kenyan vice president X": a nationality word the lists lack is one
    # all the same when the recogniser calls it NORP, it ends as such words do and modifies the noun after it
    # (issue 12, newcomer); not "A Woolworths spokesperson", a company the recogniser may also call NORP
    nationality = root.lower_ in names.NATIONALITIES or (ent.label_ == "NORP" and root.lower_.endswith(
        names.DEMONYM_ENDINGS))
    return nationality or (before is not None and before.tag_ == "PRP$" and root.head.pos_ == "NOUN")


_WHERE_PREPOSITIONS = frozenset("in at from near outside".split())


def _places_by_slot(ents: Sequence[Span]) -> set[str]:
    """Issue 12 (round 6): "talks in Copenhagen", "flew in from Copenhagen": a one-word name the recogniser
    called an organisation, that the article only ever puts where a place stands (after "in", "at", "from"),
    is a place, no actor. One mention elsewhere ("Copenhagen said", "Acme's plant") keeps it an actor, and
    "analysts at Acme", "a spokesperson from Acme" are a body's people, so no place slot."""
    slots: dict[str, list[bool]] = {}
    for ent in ents:
        if ent.label_ in ("ORG", "PERSON", "GPE", "NORP"):
            slots.setdefault(_norm_key(_name_words(ent)), []).append(ent.label_ == "ORG" and _where_slot(ent))
    return {key for key, where in slots.items() if all(where)}


def _rooms_by_slot(ents: Sequence[Span]) -> set[str]:
    """Issue 12 (example): "alongside Zelensky in the Oval Office", "a trip to the Oval Office": a name of
    several words the recogniser called an organisation, which the article puts only where a place stands
    (after "in"/"at", or "to" after a noun: "a trip to"), at least once after "in"/"at", is a room or a building,
    no actor. An institution the gazetteer knows may speak ("the White House said"), so it stays one."""
    slots: dict[str, list[str | None]] = {}
    for ent in ents:  # the label first: a date's or a number's words are never read (most of the ents)
        if ent.label_ in ("ORG", "PERSON", "GPE", "NORP") and len(words := _name_words(ent)) >= 2:
            slots.setdefault(_norm_key(words), []).append(_room_slot(ent) if ent.label_ == "ORG" else None)
    return {key for key, where in slots.items() if all(where) and any(w in ("in", "at") for w in where)
            and names.institution(key) is None and gazetteer.find(key) is None}


def _room_slot(ent: Span) -> str | None:
    """The preposition a name is the object of, where that makes it a place: "in"/"at" said of something
    other than people or a body, "to" after a noun ("a trip to"); None elsewhere."""
    tok = ent.root
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at", "to"):
        return None
    owner = tok.head.head
    if owner.lemma_.lower() in names.PEOPLE_NOUNS | _HEAD_NOUNS or owner.ent_type_ in ("PERSON", "ORG"):
        return None  # "officials in the State Department", "a spokesperson at Acme": its people
    if tok.head.lower_ == "to" and owner.pos_ != "NOUN":
        return None  # "said to the Foreign Office", "wrote to the Home Office": a listener, not a place
    return tok.head.lower_


def _where_slot(ent: Span) -> bool:
    """A one-word organisation name that is the object of "in"/"at"/"from" said of something other than
    people or a body ("talks in Copenhagen", not "analysts at Acme")."""
    tok = ent.root
    if len(ent) != 1 or not tok.text.istitle() or _acronym(tok.text) or tok.dep_ != "pobj" \
            or tok.head.lower_ not in _WHERE_PREPOSITIONS or any(c.dep_ == "det" for c in tok.children):
        return False
    owner = tok.head.head
    return owner.lemma_.lower() not in names.PEOPLE_NOUNS | _HEAD_NOUNS and owner.ent_type_ not in ("PERSON", "ORG") \
        and tok.lower_ not in names.ORG_NAME_WORDS | names.ORG_SUFFIXES


def _body_noun_modifier(ent: Span) -> bool:
    """"Council member Sarah Voss", "Board chair Ann Lee", "Party leader X": a capitalised common noun for a
    body, modifying the title before a name, is part of the title (which body is unsaid), not an actor."""
    root = ent.root
    return len(ent) == 1 and root.lower_ in names.ORG_NOUNS and root.dep_ in ("compound", "amod", "nmod") \
        and root.head.i > root.i


def _portfolio(ent: Span) -> bool:
    """"Secretary of State", "secretary of state", "Minister of Finance": the words after a title's "of" are
    its portfolio, part of the title, when each is a portfolio word and no determiner comes before them
    ("secretary of the Treasury" and "Secretary-General of NATO" name bodies)."""
    of = ent.doc[ent.start - 1] if ent.start > 0 else None
    return of is not None and of.lower_ == "of" and of.head.lower_ in names.PORTFOLIO_TITLES \
        and all(t.lower_ in names.PORTFOLIO_WORDS for t in ent if not t.is_punct)


def _time_zone(ent: Span) -> bool:
    """A time zone's abbreviation right after a number or "a.m."/"p.m." ("2100 UTC", "11 a.m. GMT")."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return len(ent) == 1 and ent.text.lower() in names.TIME_ZONES and before is not None \
        and (before.like_num or before.lower_.replace(".", "") in ("am", "pm"))


def _sits_for(word: Token, first: int, last: int) -> bool:
    """"House" in "House Republicans", "Texas" in "Texas Democrats", "Tea" in "Tea Party Republicans": a
    capitalised word before a party's members (tokens ``first``..``last``) that modifies them and says where
    they sit or which wing, not a quantifier ("Most Republicans")."""
    return first <= word.head.i <= last and word.dep_ in ("compound", "amod", "nmod") and word.text[:1].isupper() \
        and word.pos_ in ("PROPN", "ADJ") and word.lower_ not in names.QUANTIFIER_PRONOUNS | en.NOT_A_SEAT


def _facility_end(ent: Span) -> int | None:
    """trans13: "the James S. Brady Press Briefing Room", "the Ronald Reagan Building": a person's name the
    recogniser cut from the place named after them, the capitalised words after it ending in a facility's
    noun (``english.FACILITY_HEADS``), is the place's name, no person of the story: where that name ends."""
    doc = ent.doc
    end = ent.end
    while end < len(doc) and end - ent.end < 4 and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    heads = en.FACILITY_HEADS | en.INSTITUTION_FACILITY_HEADS
    return end if end > ent.end and doc[end - 1].lower_ in heads else None


def _people_noun_modifier(ent: Span) -> bool:
    """Issue 12 (fresh articles): "The Wooster professor added", "Maroochydore captain Sam Marshall said": one
    capitalised word the recogniser called a person, modifying a common noun for people after it, says where
    they teach or whom they captain; it names no one who speaks ("the Trump administration", whose noun is a
    body, keeps its owner)."""
    root = ent.root
    head = root.head
    return len(ent) == 1 and root.dep_ in ("compound", "amod", "nmod") and head.i == root.i + 1 \
        and head.pos_ == "NOUN" and head.text.islower() and head.lemma_.lower() in _PERSON_APPOSITIONS


def _after_inner_title(words: list[str]) -> list[str]:
    """"DFA Spokesperson Anil Mehra", "Tamsworth Fire Chief Ted March": a name the recogniser ran on from a
    body's or place's words through a capitalised title is the name after the last title word (spkaudit:
    other outlets write "<body> <Title> <Name>" where the actors file knows neither body nor place). Needs a
    given name and a surname after the title, so "Martin Luther King Jr." keeps its "King"."""
    cut = max((i for i, w in enumerate(words[:-2]) if i > 0 and w.lower() in _INNER_TITLES), default=None)
    if cut is None or not all(w[:1].isupper() for w in words[:cut]) or not words[cut + 1][:1].isupper():
        return words
    return words[cut + 1:]


def _body_before_title(ent: Span) -> bool:
    """"Granton Fire Chief Ted March" split by the recogniser into "Granton Fire" and "Ted March": a "person"
    written just before a capitalised title that another person's name follows is the body or place the
    title belongs to, not a speaker (spkaudit)."""
    doc = ent.doc
    at = ent.end
    while at < len(doc) and at - ent.end < 2 and doc[at].text[:1].isupper() and doc[at].lower_ not in _INNER_TITLES \
            and doc[at].lower_ in names.FORCE_NOUNS | names.ORG_NOUNS:
        at += 1  # "Chandler | Police | Sgt. Jason McClimans": the body's word before the title (who11)
    title = doc[at] if at < len(doc) else None
    return title is not None and at + 1 < len(doc) and title.text[:1].isupper() \
        and title.lower_ in _INNER_TITLES and doc[at + 1].ent_type_ == "PERSON"


def _names_a_place(tok: Token) -> bool:
    """"the two outlets in the Riverside shopping centre": a one-word "name" modifying a common noun that
    stands where a place stands names the place (issue 12, newcomer); not "officials in the Trump
    administration", whose noun is a person's side or a body."""
    head = tok.head
    return tok.dep_ == "compound" and head.i > tok.i and head.pos_ == "NOUN" and _place_slot(head) \
        and head.lemma_.lower() not in names.VOICE_NOUNS | names.SIDE_NOUNS | names.BODY_HEADS


def _place_slot(tok: Token) -> bool:
    """Whether a one-word name stands where a place stands: the object of "in", "near", or of "visited"."""
    if tok.dep_ == "pobj":
        return tok.head.lower_ in _PLACE_PREPOSITIONS
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _PLACE_VERBS


_LEAD_GAP = " \t\n.,“”\"'‘’"  # between a quotation and the attribution that follows it
_SPEECH_VERBS = frozenset("say tell add explain state insist warn argue claim note comment admit concede reply "
                          "respond confirm deny".split())
_ORG_VOICE = frozenset("it its we our".split())  # "Woolworths said it would ...": an organisation speaks
_PERSON_VOICE = frozenset("he she".split())  # "Vickers said he would stay": a person speaks of himself
_ORG_CONTEXT = frozenset("the at".split())  # "the Vickers plant", "jobs at Vickers": a company, not a person


def _bare_speaker(ent: Span, words: list[str]) -> bool:
    """A lone capitalised word the recogniser called an organisation, speaking ("Vickers said the decision
    ..."), that reads as a surname: no capitals inside, no organisation word, no determiner before it, and
    the clause it introduces does not go on with "it"/"we" (which an organisation says of itself)."""
    word = words[0] if len(words) == 1 else ""
    plain = word.replace("'", "").replace("-", "")
    if not plain.isalpha() or not word[:1].isupper() or not plain[1:].islower() or len(plain) < 3:
        return False
    if word.lower() in names.ORG_NAME_WORDS | names.ORG_SUFFIXES | names.ORG_NOUNS | names.FORCE_NOUNS:
        return False
    head = ent.root.head
    if ent.root.dep_ != "nsubj" or head.lemma_.lower() not in _SPEECH_VERBS or len(ent) != 1:
        return False
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in _ORG_CONTEXT:
        return False
    # In news a lone capitalised word that speaks is far more often a company ("Boeing said", "Gazprom said")
    # than a surname with no full name before it, so the recogniser's guess stands unless the clause speaks
    # of its source as a person ("Vickers said he would stay").
    return _speaks_as(ent.root, _PERSON_VOICE)


# Roles that are a person inside an organisation: "the head of X" is part of X and never X itself.
# Endings of nouns for people in the plural, never of a given name ("Celebrities Julianne Moore").
_PLURAL_PEOPLE_ENDINGS = ("ies", "ers", "ors", "ists", "ians", "ants", "ents")
# Head nouns that name no one role a story has one holder of ("the official", "the member": ``_as_unnamed_person``).
_NOT_ONE_ROLE = frozenset("official member representative general executive".split())
# Heads of businesses in the plural, whom no ending says are people ("Other CEOs think"; ``_described_people``).
_BUSINESS_HEADS = frozenset("ceo executive boss".split())
# Who runs or owns a business: "chief executive of X", "the founder of X" (``_officer_of``).
_OFFICER_NOUNS = frozenset("executive ceo chairman chairwoman chairperson founder co-founder cofounder owner "
                           "shareholder".split())
# At most this many characters of title between a body's name and its head's ("United Nations |
# Secretary-General| Ban Ki-moon"), and what they may be: capitalised words and hyphens (``_body_chief``).
_TITLE_GAP = 40
# How far back (characters) a surname alone looks for the full name the recogniser missed (``_missed_full_name``).
_MISSED_NAME_REACH = 3000


def _described_business(span: Span) -> bool:
    """"the snack-nuts producer", "the German carmaker": a definite singular business noun (or a "-maker") after
    a modifier that says what it makes or where it is from, never one for a person ("the executive producer")."""
    root = span.root
    lemma = root.lemma_.lower()
    if root.tag_ != "NN" or span[0].lower_ != "the" or not (lemma in names.COMPANY_NOUNS or lemma.endswith("maker")):
        return False
    modifiers = [t for t in root.lefts if t.dep_ in ("compound", "amod", "nmod")]
    return bool(modifiers) and not any(t.lower_ in _PERSON_APPOSITIONS or t.pos_ == "PROPN" for t in modifiers)


def _title_run(text: str) -> bool:
    words = text.split()
    return len(words) <= 4 and all(w[:1].isupper() for w in words)


_TITLE_NOUNS = en.TITLE_OCCUPATIONS | names.ROLE_NOUNS | names.CALLING_TITLES
_HEAD_NOUNS = frozenset("head chief director spokesperson spokesman spokeswoman chairman chairwoman chairperson "
                        "chair president ceo manager secretary commissioner boss leader executive founder "
                        "governor official representative member general".split())  # "director general"
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "men", "woman", "women")


def _occupation_first(ent: Span, word: str) -> bool:
    """Issue 12 (fresh articles): "Broadcaster Piers Morgan commented": a sentence's capital makes a noun for
    what someone does look like a name's first word. It is the name's first token, at the start of its
    sentence, a noun the lists know for people or what they work for, and no given name ("Oliver Grant": an
    ending like "broadcaster"'s is no evidence)."""
    first = ent[0]
    if first.text != word or not word[:1].isupper() or names.name_gender([word, "x"], []) is not None:
        return False
    # speaker16: a role or occupation noun opens a title anywhere, not only at a sentence's start: "Treasurer Jim
    # Chalmers said", "praised by Striker Harry Kane" (the name is Jim Chalmers, the noun his title)
    return word.lower() in _TITLE_NOUNS or (first.is_sent_start is True and word.lower() in _OCCUPATION_NOUNS)


def _agent_suffix(lemma: str) -> bool:
    """"Scholars", "Organisers": a noun for people by what they do, never a company's name we would guess."""
    return lemma.endswith(_AGENT_SUFFIXES)


def _speaks_as(subject: Token, voice_words: frozenset[str]) -> bool:
    """The clause a subject's speech verb introduces goes on with one of ``voice_words`` as its subject:
    "it"/"we" (``_ORG_VOICE``) for an organisation of itself, "he"/"she" (``_PERSON_VOICE``) for a person."""
    clause = next((c for c in subject.head.children if c.dep_ == "ccomp"), None)
    voice = [t for t in clause.children if t.dep_ in ("nsubj", "nsubjpass")] if clause is not None else []
    return subject.dep_ == "nsubj" and any(t.lower_ in voice_words for t in voice)


# The lowercase forms that are a company suffix ("ltd.", "inc"), learned as docs are read (each form tested once).
_ORG_SUFFIX_FORMS = KnownIds(lambda w: w.strip(".") in names.ORG_SUFFIXES)


def _org_context_words(doc: Doc) -> list[str]:
    """Capitalised words the article writes as a company's anywhere: after "the"/"at", before a company
    suffix, or inside a longer organisation name ("Vickers Group")."""
    # The few tokens beside a context word, found on the doc's arrays: a Token for every token is the cost.
    after = [doc[i + 1].text for i in token_indices(doc, "LOWER", _ORG_CONTEXT) if i + 1 < len(doc)]
    found = [text for text in after if text[:1].isupper()]
    found += [doc[i - 1].text for i in token_indices(doc, "LOWER", _ORG_SUFFIX_FORMS)
              if i > 0]
    found += [t.text for e in entities(doc) if e.label_ == "ORG" and len(e) > 1 for t in e]
    return found


def _surnames_that_speak(mentions: list[_NameMention], org_words: list[str]) -> None:
    """Issue 12 (round 4): "Vickers said ..." with no full name before it (a wire story without its
    headline) is a person, not the organisation the recogniser guessed, unless the article writes that
    word as a company's somewhere or one of its statements speaks as "it"/"we". Every bare mention of the
    word is then the person."""
    companies = set(org_words) | {m.words[0] for m in mentions if m.label == "ORG" and len(m.words) == 1
                                  and not m.bare_speaker}
    speaking = {m.words[-1] for m in mentions if m.bare_speaker} - companies  # the surname, given names led
    for m in mentions:
        if m.label == "ORG" and (len(m.words) == 1 or m.bare_speaker) and m.words[-1] in speaking:
            m.label = "PERSON"


def _people_typed_as_bodies(mentions: list[_NameMention]) -> None:
    """Issue 12 (fresh articles): "an interview with Gáspár Maróth, the government commissioner ... Maróth
    said", "Wanda Vázquez Garced ... Vázquez said": a full name of two or three plain capitalised words that
    the recogniser called an organisation (given names it has not seen, often accented) is a person's when the
    article says so: an apposition calls it a person ("the commissioner"), or its surname alone is the subject
    of a clause elsewhere, as people are written and bodies are not ("Goldman Sachs" is never "Sachs said")."""
    subjects = {m.words[0] for m in mentions if len(m.words) == 1 and m.subject and m.text[:1].isupper()}
    # who10b: "Morgan Tsvangirai of the MDC" (ORG) beside "both Mugabe and Tsvangirai" (PERSON, twice or more):
    # the recogniser itself takes the surname alone for a person, and one man had been an organisation too
    alone = Counter(m.words[0] for m in mentions if len(m.words) == 1 and m.label == "PERSON")
    bodies = {m.words[0] for m in mentions if len(m.words) == 1 and m.label == "ORG"}
    for m in mentions:
        if m.label != "ORG" or not _person_shaped(m.words):
            continue
        surnames = {m.words[-1]} | ({m.words[1]} if len(m.words) == 3 else set())  # "Vázquez" of Vázquez Garced
        if surnames & subjects or any(noun in _PERSON_APPOSITIONS for noun in m.described) \
                or (alone[m.words[-1]] >= 2 and m.words[-1] not in bodies):
            m.label = "PERSON"


_SENTENCE_THEN = "Then"


def _surnames_typed_as_bodies(mentions: list[_NameMention], org_words: list[str]) -> None:
    """Issue 12 (orgs19): "Ben Brafman ... Then Brafman exposed ...", "Beverly Bond ... to introduce Bond": a lone
    word the recogniser called an organisation that is the surname of a person the article names in full is that
    person, unless the article writes the word as a body's ("Ford Motor", "at Ford", an abbreviation or a body's
    head noun) more often than the recogniser takes it alone for a person."""
    people = {m.words[-1] for m in mentions if m.label == "PERSON" and len(m.words) >= 2 and _person_shaped(m.words)}
    bodies = set(org_words) | {w for m in mentions if m.label == "ORG" and len(m.words) >= 2 for w in m.words}
    # the recogniser's own majority: "Brafman" alone a person eleven times and a body twice is the person
    alone = Counter((m.words[0], m.label) for m in mentions if len(m.words) == 1)
    for m in mentions:
        word = m.words[0] if len(m.words) == 1 else ""
        if m.label == "ORG" and word in people and not word.isupper() \
                and (word not in bodies or alone[word, "PERSON"] > alone[word, "ORG"]) \
                and word.lower() not in names.ORG_HEAD_WORDS | names.ORG_NOUNS | names.ORG_NAME_WORDS:
            m.label = "PERSON"  # a sentence's adverb read as a title is none ("Then Brafman", not then-Senator)
            m.titles = [t for t in m.titles if t != _SENTENCE_THEN]


def _genera(parsed: ParsedText) -> tuple[frozenset[str], frozenset[str]]:
    """Speaker19: the genera and the species epithets of the species names an article writes that the recogniser
    took for a person's name: "Caudipteryx zoui" (the name it tagged, then a lower-case word), "Acropora millepora"
    (tagged whole). The lower-case word must be no name particle ("Ludwig van") and look Latin: the tagger calls it
    a proper noun, or it has a Latin ending no English noun after a name has ("Anchiornis huxleyi"), so that
    "Obama administration", had the recogniser taken it whole, is no species."""
    genera: set[str] = set()
    epithets: set[str] = set()
    for piece in parsed.pieces:
        doc = piece.doc
        for ent in entities(doc):
            if ent.label_ != "PERSON" or len(ent) > 2:
                continue
            if len(ent) == 1 and (ent.end >= len(doc) or not ent[0].whitespace_):
                continue
            epithet = ent[1] if len(ent) == 2 else doc[ent.end]
            if epithet.is_alpha and epithet.is_lower and len(epithet) >= 3 and epithet.lower_ not in en.NAME_PARTICLES \
                    and (epithet.pos_ in ("PROPN", "X") or epithet.lower_.endswith(en.SPECIES_ENDINGS)):
                genera.add(ent[0].text)
                epithets.add(epithet.lower_)
    return frozenset(genera), frozenset(epithets)


def _without_taxa(mentions: list[_NameMention], taxa: tuple[frozenset[str], frozenset[str]]) -> list[_NameMention]:
    """Speaker19 (a dinosaur in fresh4, corals in fresh5): a species or a genus is no person, though the recogniser
    tags "Caudipteryx" and "Acropora millepora" PERSON, and a "he" or a "they" went to it ("he" for the paleontologist
    who questioned the study, "They" for "Jing-Shan Zhao and Caudipteryx"). Every PERSON mention of a genus the
    text writes with its species (``_genera``), and every one ending in such an epithet ("A. millepora"), is a taxon:
    none of them is an actor."""
    genera, epithets = taxa
    if not genera:
        return mentions
    return [m for m in mentions if not (m.label == "PERSON" and m.words and (
        m.words[0] in genera or (len(m.words) == 2 and m.words[-1] in epithets)))]


def _bodies_typed_as_people(mentions: list[_NameMention]) -> None:
    """Issue 12 (who9): "a deal with Unifor, a Canadian union ... Unifor said": a one-word name the recogniser
    took for a person is a body's when an apposition calls it one ("a union", "an insurer"), and so is every
    other mention of that word, so that a later "the union" (``_last_organization``) and "Unifor" name it.
    A person is never called "a union"; "Smith, a company founder" has the people noun as its head."""
    bodies = {m.words[0] for m in mentions if m.label == "PERSON" and len(m.words) == 1
              and any(noun in names.ORG_NOUNS | names.COMPANY_NOUNS for noun in m.described)}
    for m in mentions:
        if m.label == "PERSON" and len(m.words) == 1 and m.words[0] in bodies:
            m.label = "ORG"


def _after_person_title(ent: Span) -> bool:
    """Whether a title or a role for people comes right before ``ent`` and modifies it ("official [Bassem Naim]",
    "Minister [Ayman Safadi]"): what follows such a word is someone's name, not a place's."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.head.i in range(ent.start, ent.end) and before.dep_ == "compound" \
        and before.lemma_.lower() in _PERSON_APPOSITIONS


def _longer_office_ends(header: str, start: int, title: str) -> bool:
    """Whether the title written at ``start`` ends a longer office the actors file knows: "Vice President
    Harris" holds no "President"."""
    before = header[:start].split()[-1:]
    return bool(before) and f"{before[0].lower()} {title}" in office_nouns()


def _after_home_place(ent: Span, words: list[str]) -> list[str] | None:
    """"Senator from Vermont Bernie Sanders", which the recogniser reads as one name: after a title's "from",
    a US state's or a country's name of one or two words, then a person's name; the person's words (events18)."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "from" or doc[ent.start - 2].lower_ not in names.TITLE_WORDS:
        return None
    for size in (2, 1):
        place, rest = words[:size], words[size:]
        if (" ".join(place).lower() in fit.US_STATES or names.country_name(_norm_key(place)) is not None) \
                and _person_shaped(rest) and names.is_given_name(rest[0]):
            return rest
    return None


def _person_shaped(words: list[str]) -> bool:
    """Two or three capitalised words of letters, none a word that names bodies or titles."""
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words) \
        and not any(w.lower() in _BODY_NAME_WORDS for w in words) and names.country_name(_norm_key(words)) is None


def _place_force(ent: Span) -> Span:
    """"Northamptonshire police", "Delhi police": a place and the police noun after it name that place's force,
    an organisation ("police said" later is that force, guideline 2.5), not the place."""
    doc = ent.doc
    if ent.label_ != "GPE" or ent.end >= len(doc) or doc[ent.end].lower_ not in names.FORCE_NOUNS \
            or doc[ent.end - 1].head.i != ent.end:
        return ent
    return Span(doc, ent.start, ent.end + 1, label="ORG")


def _other_title_first(person: _ActorState, m: _NameMention) -> bool:
    """"President Trump" before the article's only full name, "Melania Trump", is someone else:
    a surname that comes first, with a title the full name never carries, does not join it."""
    titles = {t.lower() for t in m.titles if t.lower() in names.ROLE_NOUNS or t.lower() in names.TITLE_WORDS}
    titles -= set(names.NATIONALITIES)
    if not titles or titles & person.titles:
        return False
    # m comes before all of the person's mentions; any() stops at the first earlier one, where min() read them
    # all for every mention (quadratic in a name repeated thousands of times)
    mentions = person.actor.mentions
    return bool(mentions) and not any(x.start <= m.start for x in mentions)


def _titles_before(ent: Span) -> tuple[list[str], str | None]:
    """Title words written just before a name: "Ukrainian President" in "Ukrainian President X"."""
    doc = ent.doc
    titles: list[str] = []
    i = ent.start - 1
    while i >= 0 and i >= ent.start - 5:
        tok = doc[i]
        low = tok.lower_
        if low in names.TITLE_WORDS or low in names.NATIONALITIES or (
            tok.dep_ in ("compound", "amod") and tok.head.i >= ent.start and tok.pos_ in ("PROPN", "ADJ", "NOUN")
        ) or (titles and low in en.PORTFOLIO_WORDS):  # "Finance Minister X": which minister (issue 12 item 4)
            titles.insert(0, tok.text)
            i -= 1
            continue
        break
    titles.extend(t.text for t in ent if t.lower_ in names.TITLE_WORDS)
    nationality = next((names.NATIONALITIES[t.lower()] for t in titles if t.lower() in names.NATIONALITIES), None)
    return titles, nationality


# "presidential debate", "mayoral race": the office an article's race is for (``_office_words``).
_RACE = re.compile(rf"\b({'|'.join(sorted(names.OFFICE_ADJECTIVES))}) ({'|'.join(sorted(names.RACE_NOUNS))})",
                   re.IGNORECASE)
# What follows a place that says where someone is, not who they are: "UK-based", "Dutch-born".
_BASED = re.compile(r"\s*-\s*(?:based|born|headquartered|owned|listed)\b")
# What may follow a name the recogniser ran on past the speaker span: " (WHO", " (WHO)".
_ABBREVIATION_TAIL = re.compile(r"\s*\(?[A-Z][A-Z0-9.&-]*\)?")
# Words left out of an organisation's initials ("World Health Organization" is WHO).
_NOT_INITIALS = frozenset("of the and for on in de".split())


def _listed_apart(hits: list[tuple[int, int, _ActorState]], text: str) -> list[tuple[int, int, _ActorState]]:
    """Listed members stand apart, "and" or a comma between them: a name that runs into the next one through
    title words alone ("[House] Speaker [Paul Ryan]", "[Acme News] editor [Jane Moss]") qualifies that
    person's title and is no member of its own (PolNeAR train: "Donald Trump, House and Paul Ryan")."""
    kept: list[tuple[int, int, _ActorState]] = []
    for here, after in itertools.pairwise(hits):
        between = text[here[1]:after[0]]
        if "," in between or re.search(r"\band\b", between):
            kept.append(here)
    return [*kept, *hits[-1:]]


def _qualifier_only(member: Token, state: _ActorState) -> bool:
    """A coordinated member that is a common noun ("GOP Senate [candidate] and former prosecutor Jane Moss") is
    a person the name before it only qualifies, never that organisation: "Senate and Jane Moss" was a junk
    joint group, and the group's statement then counted for the Senate too (schema 14)."""
    return member.pos_ == "NOUN" and not member.ent_type_ and state.actor.type != "person"


def _member_phrase(tok: Token) -> Span:
    """One member of a coordinated source, without the other members: "[Tesco]" and "[Salling Group]"."""
    others = {t.i for c in tok.children if c.dep_ in ("conj", "cc", "appos", "relcl", "punct") or _companion(c)
              for t in c.subtree}
    own = [t for t in tok.subtree if t.i not in others]
    return tok.doc[own[0].i:own[-1].i + 1] if own else tok.doc[tok.i:tok.i + 1]


# "the National Crop Loss Assessment Network (NCLAN)", "NCLAN (National Crop Loss Assessment Network)", "the
# United Nations Children's Fund, or UNICEF,": a name and the abbreviation the article gives it.
# A word of a name holds at most 40 characters after its capital: unbounded, a long run of word characters before
# a bracket on a line that defines an abbreviation ("QQQ...Q! (UN)": a token of 10,000 characters, as a hash, a
# blob or a table flattened into text) was scanned to its end from each of its capitals, 1.7 s of CPU at 10,000
# characters, 4x that at twice the length (break14).
_NAME_WORD = r"(?:[A-Z][\w'’&.-]{0,40}|of|and|for|the|on|in|from|at|to|de|du|des|la|le|et)"
_LONG_THEN_SHORT = re.compile(  # at most 16 words: no name is longer, and a long Title Case run stays linear
    rf"((?:{_NAME_WORD}[ \t]+){{0,15}}{_NAME_WORD})(?:[ \t]*\(|,? or )([A-Z][A-Za-z&.]{{0,30}}[A-Z]\.?)(?:\)|,)")
# An abbreviation holds at most 32 letters and dots: unbounded, each capital of a long dotted run ("Ab.Cd.Ef...",
# minified script in a page) scanned the rest of the run, quadratic over the whole article (fuzz audit).
_CLIPPED_AFTER = re.compile(r"\(([A-Z][a-z][A-Za-z]{2,20})\)")  # "(Phivolcs)": a word, not initials
_SHORT_THEN_LONG = re.compile(r"\b([A-Z][A-Za-z&.]{0,30}[A-Z])[ \t]*\(((?:the )?[A-Z][^()\n]{3,80})\)")
# What every _LONG_THEN_SHORT match holds after its name: the bracket or "or" and the abbreviation (speed).
_ABBREVIATION_AFTER = re.compile(r"(?:\(| or )[A-Z][A-Za-z&.]*[A-Z]\.?[),]")


def _defined_abbreviations(text: str) -> dict[str, str]:
    """Issue 12 (names): abbreviation -> the name the article defines it as, where the abbreviation's capitals
    are the name's initials ("NCLAN" -> "National Crop Loss Assessment Network"; "DoD" -> "Department of
    Defense"); the name is the shortest run of words before the bracket that spells it. The first definition
    of an abbreviation counts."""
    out: dict[str, str] = {}
    for found in _long_then_short(text):
        words, short = found.group(1).split(), found.group(2).replace(".", "")
        for n in range(2, len(words) + 1):
            run = words[-n:]
            # "Pacific Gas and Electric Company (PG&E)": a company form at the end may have no letter (names)
            bare = run[:-1] if run[-1].lower().rstrip(".,") in names.ORG_SUFFIXES else run
            if run[0][:1].isupper() and (_spells(short, run) or _spells(short, bare)):
                out.setdefault(short, " ".join(run))
                break
    for found in _CLIPPED_AFTER.finditer(text):
        # speaker17 (fresh3): "the Philippine Institute of Volcanology and Seismology (Phivolcs)", "Interpol": an
        # abbreviation of clipped words, not initials; a bracket only (no "or"), the line's words before it
        short = found.group(1)
        words = text[text.rfind("\n", 0, found.start()) + 1:found.start()].split()[-16:]
        for n in range(2, len(words) + 1):
            run = words[-n:]
            if run[0][:1].isupper() and (_clips(short, run) or _clips_body(short, run)):
                out.setdefault(short, " ".join(run))
                break
    for found in _SHORT_THEN_LONG.finditer(text):
        short, words = found.group(1).replace(".", ""), found.group(2).split()
        words = words[1:] if words[0] == "the" else words
        if len(words) >= 2 and _spells(short, words):
            out.setdefault(short, " ".join(words))
    return out


def _long_then_short(text: str) -> Iterator[re.Match[str]]:
    """``_LONG_THEN_SHORT.finditer(text)``, run only over the lines that hold a bracket or "or" before an
    abbreviation (``_ABBREVIATION_AFTER``): no match spans a line break, and trying its run of up to 16 words at
    every capital of the article was a tenth of the resolver's set-up (speed)."""
    done = -1
    for mark in _ABBREVIATION_AFTER.finditer(text):
        if mark.start() < done:
            continue  # a line already searched
        start = text.rfind("\n", 0, mark.start()) + 1
        done = text.find("\n", mark.end())
        done = len(text) if done < 0 else done
        yield from _LONG_THEN_SHORT.finditer(text, start, done)


def _clips_body(short: str, words: list[str]) -> bool:
    """Issue 12 (orgs19): "the California Department of Forestry and Fire Protection (CalFire)": a body's name
    ("<Head> of ...") clipped with its last word giving nothing (CALifornia ... FIRE)."""
    return len(words) >= 3 and _body_name(words) and _clips(short, words[:-1])


def _clips(short: str, words: list[str]) -> bool:
    """Whether an abbreviation is made of the starts of a name's words, in order, the first word and the last
    giving one each and words between left out at will ("Phivolcs": PHIlippine [Institute of] VOLCanology [and]
    Seismology; "Interpol": INTERnational [Criminal] POLice [Organization]); at least two words give a part."""
    short = short.lower()
    parts = [p.lower().strip(".,") for w in words for p in w.split("-") if p.strip(".,")]
    if len(short) < 4 or len(parts) < 2:
        return False

    def rest(at: int, word: int) -> bool:  # short[at:] from words[word:], whose first gives a part
        if word >= len(parts):
            return False
        for cut in range(len(short), at, -1):
            if parts[word].startswith(short[at:cut]):
                if cut == len(short):
                    if word == len(parts) - 1:
                        return True
                elif any(rest(cut, nxt) for nxt in range(word + 1, len(parts))
                         if parts[nxt] not in _NOT_INITIALS or nxt == len(parts) - 1):
                    return True
        return False

    return rest(0, 0) and not parts[0].startswith(short)


def _spells(short: str, words: list[str]) -> bool:
    """Whether an abbreviation is a name's initials: of its main words ("WHO"), of every word ("DOD" for
    "Department of Defense"), or of the capitals written ("DoD"); a hyphenated word gives a letter a part
    ("AFP": "Agence France-Presse")."""
    parts = [p for w in words for p in w.split("-") if p]
    main = "".join(p[0] for p in parts if p.lower() not in _NOT_INITIALS).upper()
    every = "".join(p[0] for p in parts).upper()
    capitals = "".join(c for c in short if c.isupper() or c == "&").replace("&", "")
    return len(parts) >= 2 and (short.upper() in (main, every) or capitals == main)


def _names_body(description: str, body: _ActorState) -> bool:
    """"FBI official" names the Federal Bureau of Investigation by the alias the article wrote (names): the
    description says whose the source is already (not "FBI official of Federal Bureau of Investigation")."""
    if body.actor.type != "organization":
        return False  # "Clinton supporters" of a person: read as before
    words = f" {names.norm(description)} "
    return any(f" {names.norm(alias)} " in words for alias in body.aliases)


def _ministry_words(words: list[str]) -> list[str]:
    """What a ministry's name says it does: ["health"] of "health ministry" and of "Ministry of Health"."""
    lower = [w.lower() for w in words]
    if lower[-1:] == ["ministry"]:
        return [w.lower() for w in words[:-1]]
    if lower[:2] == ["ministry", "of"]:
        return [w for w in words[2:] if w.lower() != "the"]
    return []


def _possessing_country(ent: Span) -> str | None:
    """"[Russia]'s [Foreign Ministry]": the country whose the name is, written as its possessor (names)."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("'s", "’s") or doc[ent.start - 2].ent_type_ != "GPE":
        return None
    words = [t.text for t in doc[doc[ent.start - 2].left_edge.i:ent.start - 1] if t.ent_type_ == "GPE"]
    return names.country_name(names.norm(" ".join(words)))


def _before_bracket(ent: Span) -> Span:
    """A name the recogniser ran on into a bracket ("The World Health Organisation (WHO") ends before it."""
    bracket = next((t.i for t in ent if t.text == "(" and t.i > ent.start), None)
    return ent if bracket is None else Span(ent.doc, ent.start, bracket, label=ent.label_)


def _initials_last(words: list[str]) -> bool:
    """A name ending in initials ("Concord EFS") whose first word is no given name the module knows: a firm's
    name, as "John SMITH" (a surname in capitals) and "Henry VIII" (a regnal number) are not."""
    last = words[-1].replace(".", "")
    return len(words) >= 2 and _acronym(last) and len(last) <= 4 and not set(last) <= set("IVX") \
        and names.name_gender([words[0], "x"], []) is None


# How many sentences after a lead's unnamed role the person it is may be introduced with that role.
MAX_ROLE_AHEAD = 2


def _companies_first(recent: list[_ActorState]) -> list[_ActorState]:
    """Spkaudit (business news from other outlets): "Shares of Harlow Foods, the largest bakery chain, fell.
    Weak demand hurt results, Bloomberg reports. As a result, the company reported a loss": "the company" is
    a body the article calls a company (an apposition or a noun before its name: "software company CBT"),
    before the outlet or regulator named since; and a public body ("... Exchange Commission") is never one."""
    bodies = [s for s in recent if not names.PUBLIC_BODY_WORDS & set(s.actor.name.lower().split())]
    called = [s for s in bodies if s.titles & names.COMPANY_NOUNS]
    return called or bodies  # none but public bodies: left unresolved, not given to a regulator


def _appositive_nouns(ent: Span) -> list[str]:
    """The common nouns an apposition gives a name: "the judge presiding over the case, [Bernard Schwartz]",
    "[Howard Rubel], a Toronto lawyer"."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and (root.head.pos_ == "NOUN" or (
            root.head.pos_ == "PROPN" and root.head.lemma_.lower() in _PERSON_APPOSITIONS)):
        nouns.append(root.head)  # and "the Senior Minister, Yaw Osafo Marfo", a capitalised role (who11)
    out = [n.lemma_.lower() for n in nouns]
    for noun in nouns:  # the role as written, "senior minister", which "the Senior Minister said" names (who11)
        words = [c.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound")] + [noun.lower_]
        if len(words) > 1:
            out.append(" ".join(words))
    out.extend(_headed_role(root))
    return out


def _headed_role(root: Token) -> list[str]:
    """"Anna Berg, who heads the foreign ministry": the role a relative clause gives the name by the body it says
    they head ("foreign minister"; issue 12 item 4), which a later "the minister" may mean."""
    out: list[str] = []
    for clause in root.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in en.HEAD_VERBS:
            continue
        for body in clause.children:
            role = en.HEADED_BODY_ROLES.get(body.lemma_.lower()) if body.dep_ == "dobj" else None
            if role is not None:
                words = [c.lower_ for c in body.lefts if c.dep_ in ("amod", "compound")]
                out.extend([role, " ".join([*words, role])] if words else [role])
    return out


def _kin(people: list[_ActorState], lemma: str, offset: int) -> _ActorState | None:
    """"The father said" in a story that never called anyone the father: the man (a family noun's gender) the
    story names most, among those it gave no title of office ("Judge Bernard Schwartz" is not the father)."""
    gender = names.KIN_NOUNS[lemma]
    kin = [s for s in people if s.gender == gender
           and not any(t in names.TITLE_WORDS or t in names.ROLE_NOUNS for t in s.titles)]
    return max(kin, key=lambda s: s.count_before(offset), default=None)


def _coordinated(doc: Doc, offset: int, found: list[_NameMention]) -> list[tuple[list[int], list[str]]]:
    """Names coordinated with each other alone ("officers Antoine Quirin and Nicolas Redouane", "Tesco and
    Salling Group"): the members' starts and the lemmas of the title words before the first."""
    by_root: dict[int, _NameMention] = {}
    for m in found:
        span = doc.char_span(m.start - offset, m.end - offset, alignment_mode="expand")
        if span is not None and m.label in ("PERSON", "ORG"):
            by_root[span.root.i] = m
    out: list[tuple[list[int], list[str]]] = []
    for i, first in by_root.items():
        head = doc[i]
        if head.dep_ == "conj":
            continue
        conjuncts = list(head.conjuncts)
        if not conjuncts or any(c.i not in by_root for c in conjuncts):
            continue  # "Quirin, Redouane, and an unidentified third officer": not a group of names
        titles = [t.lemma_.lower() for t in head.lefts if t.pos_ == "NOUN" and t.i < head.i]
        out.append(([first.start, *(by_root[c.i].start for c in conjuncts)], titles))
    return out


def _along_with(root: Token) -> list[Token]:
    """who19: "Planned Parenthood, along with the American Civil Liberties Union, have announced", "Amnesty
    International, together with Human Rights Watch, said": a subject's companion set off by a comma is one of
    joint sources (guideline 2.5), as "X and Y" is; only a proper name, and only on the verb's subject, whether
    the parser hangs it on the subject or on the verb."""
    if root.dep_ != "nsubj" or root.pos_ != "PROPN":
        return []
    out = []
    # the parser hangs the companion on the subject or on the verb after it (then between the two)
    verb = root.head
    for prep in [*root.children, *(c for c in verb.children if root.i < c.i < verb.i)]:
        if not _companion(prep):
            continue
        with_ = prep if prep.lower_ == "with" else next(c for c in prep.children if c.dep_ == "prep")
        out += [g for g in with_.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    return out


def _companion(prep: Token) -> bool:
    """", along with Y", ", together with Y" after a subject (``_along_with``): a comma before it."""
    doc = prep.doc
    if prep.dep_ != "prep" or prep.i < 2 or not any(doc[i].text == "," for i in (prep.i - 1, prep.i - 2)):
        return False
    if prep.lower_ in en.COMPANION_WORDS:  # "along with": the parser hangs "with" on "along"
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in prep.children)
    return prep.lower_ == "with" and any(c.dep_ == "advmod" and c.lower_ in en.COMPANION_WORDS for c in prep.children)


def _second_subjects(root: Token) -> list[Token]:
    """"Kimberly-Clark, which ..., and Solaris Paper which ..., emphasized": the parser may give the verb a
    second subject instead of a conjunct; a subject ending in "and" is joined by the subjects after it."""
    if root.dep_ != "nsubj" or root.conjuncts or not any(c.dep_ == "cc" and c.lower_ == "and" for c in root.children):
        return []
    return [c for c in root.head.children if c.dep_ == "nsubj" and c.i > root.i]


def _people_plural_before(pronoun: Token) -> bool:
    """"... to make them feel", after "audience members"; "Republican operatives spent the weekend ..., they
    doubted": a plural subject, or a plural object for people, in the pronoun's sentence before it or in the
    sentence before is a nearer antecedent than persons named together."""
    sent = pronoun.sent
    start = pronoun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(t.tag_ == "NNS" and not t.ent_type_ and (t.dep_ in en.SUBJECTS or (
        t.dep_ in en.OBJECT_LINKS and (t.lemma_.lower() in names.PEOPLE_NOUNS | names.ROLE_NOUNS
                                       or _agent_suffix(t.lemma_.lower())))) for t in pronoun.doc[start:pronoun.i])


def _people_noun(noun: Token) -> bool:
    """"leaders", "ministers", "men": a plural noun for people, which may count persons the text named."""
    return noun.lower_ in en.GENDER_PLURALS or noun.lemma_.lower() in names.ROLE_NOUNS | names.PEOPLE_NOUNS


def _fits_noun(noun: Token, counted: int | None) -> Callable[[_ActorState], bool]:
    """Whether a person named before is one of "both men" (not a woman), "the two leaders" (anyone: the count
    says who), "the ministers" (uncounted: only persons the text gave that title)."""
    gender = en.GENDER_PLURALS.get(noun.lower_)
    if gender is not None:
        return lambda s: s.gender in (None, gender)
    described = any(c.dep_ in ("amod", "compound") for c in noun.children)
    if counted and not described:  # "the two Democratic presidential candidates" says more than the count
        return lambda s: True
    lemma = noun.lemma_.lower()
    return lambda s: lemma in s.titles


def _definite_plural(span: Span) -> bool:
    """"the defendants", "both officers", "the two men", "these companies"."""
    return span[0].lower_ in ("the", "both", "these", "those")


def _acronym(word: str) -> bool:
    """"WHO", "KCNA", "U.N.": two or more capitals (with full stops), no lower case."""
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _one_of_kind(quantifier: Token) -> str | None:
    """Issue 12 (round 8): "One interviewee said people changed their minds and several said ...": a bare
    quantifier after a subject "one <noun>" in its sentence counts more of that noun."""
    for tok in reversed(quantifier.doc[quantifier.sent.start:quantifier.i]):
        if tok.dep_ == "nsubj" and tok.tag_ == "NN" and any(
                c.lower_ == "one" and c.dep_ in ("nummod", "det") for c in tok.children):
            return tok.lower_
    return None


def _plural(noun: str) -> str:
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def _letters_and_digits(word: str) -> bool:
    """"TVN24", "9News": capitals and digits, the name of a channel or a product, never of a person."""
    return word[:1].isupper() and any(c.isdigit() for c in word) and any(c.isalpha() for c in word) \
        and word.isalnum()


def _called_a_body(tok: Token) -> bool:
    """Issue 12 (round 8): "Airfleets, a database detailing ..., states": an apposition that calls the word an
    organisation or a publication says it is one, though the tagger took it for a plural noun."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in names.ORG_NOUNS | names.DOCUMENT_NOUNS
               for c in tok.children)


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w and w.lower() not in _NOT_INITIALS).upper()


def _firm_name(span: Span) -> Span | None:
    """"Marlow & Daughters": proper nouns joined by an ampersand, the whole of one firm's name (issue 12)."""
    amp = [t for t in span if t.text in en.NAME_AMPERSANDS and 0 < t.i - span.start < len(span) - 1]
    if not amp or not all(t.pos_ == "PROPN" for t in span if not t.is_punct and t.i >= amp[0].i - 1):
        return None
    start = amp[0].i - 1
    while start > span.start and span.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return span.doc[start:span.end]


def _name_run(span: Span) -> Span:
    """The proper nouns that end a speaker phrase: "Sharks head coach [Peter DeBoer]", "Maroochydore
    assistant coach [Ben Radmall]". Title words and the places and teams before them are not the name."""
    end = start = span.end
    if span.root.pos_ == "PROPN":  # the head, or the end of a body's name that runs on from it
        start, end = span.root.i + 1, _body_tail(span.root)
    while start > span.start and (span.doc[start - 1].pos_ == "PROPN" or _inner_mark(span.doc[start - 1])
                                  or _owner_of_body(span.doc, start, end, span.start)):
        start -= 1
    return span.doc[start:end] if start < end else span


_POSSESSIVES = ("'s", "’s")


def _owners_kept(words: list[str]) -> list[str]:
    """A name's words without its possessive marks, but for the "'s" of an owner before a capitalised body noun,
    kept on the owner's word: "Sheriff 's Office" is "Sheriff's Office", "Trump 's" is "Trump"."""
    joined = [w + words[i + 1] if i + 2 < len(words) and words[i + 1] in _POSSESSIVES
              and words[i + 2][:1].isupper() and words[i + 2].lower() in names.BODY_HEADS else w
              for i, w in enumerate(words)]
    return [w for w in joined if w not in _POSSESSIVES]


def _possessed_body(words: list[str]) -> bool:
    """"Marion Sheriff's Office", "Governor's Office": an owner's body (``_owner_of_body``), no person."""
    return len(words) > 1 and words[-2].endswith(_POSSESSIVES) and words[-1].lower() in names.BODY_HEADS


def _owner_of_body(doc: Doc, start: int, end: int, first: int) -> bool:
    """"the Marion Sheriff's Office", "The Clark County Sheriff's Office": the "'s" of a capitalised owner
    before a body's head noun is inside the body's name, not where a person's name starts ("Office" alone
    was read as a person's name when the recogniser found no organisation there)."""
    tok = doc[start - 1]
    return tok.tag_ == "POS" and start - 1 > first and doc[start - 2].pos_ == "PROPN" and end - start == 1 \
        and doc[start].lower_ in names.BODY_HEADS


# A run of capitalised words, with "of"/"for"/"and" inside it ("Hotel Arpit Palace", "Royal Hospital for
# Children"): where a name the recogniser missed may be.
_SENTENCE_STOP = re.compile(r"[a-z]{2}\.\s+")  # a full stop after a lower-case word in a run ("Sunday. ")
# A word of it holds at most 40 characters: unbounded, each capital of "A-A-A-..." scanned the rest of the run.
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w&'’.-]{0,39}(?:\s(?:(?:of|for|and|de|the)\s)?[A-Z][\w&'’.-]{0,39})+")


_LINE_BREAK = re.compile("\n")


@lru_cache(maxsize=4)
def _line_breaks(text: str) -> list[int]:
    """Where ``text``'s line breaks are, found once a text (the text's hash is kept by the string itself)."""
    return [m.start() for m in _LINE_BREAK.finditer(text)]


def _line_shape(text: str, offset: int) -> tuple[int, int]:
    """How many words of the line around ``offset`` start with a letter, and how many of those with a capital.

    Each name mention asked this of its line, which was split anew each time: a line of thousands of names (a
    list of signatories, a table flattened into one paragraph) was quadratic, 6,000 names in one 66 KB line
    10.9 s of CPU (redteam17). The line is found by bisection and its words counted once."""
    breaks = _line_breaks(text)
    at = bisect_left(breaks, offset)  # the first break at or after the offset ends its line
    return _words_between(text, breaks[at - 1] + 1 if at else 0, breaks[at] if at < len(breaks) else len(text))


@lru_cache(maxsize=64)
def _words_between(text: str, start: int, end: int) -> tuple[int, int]:
    words = [w for w in text[start:end].split() if w[:1].isalpha()]
    return len(words), sum(w[:1].isupper() for w in words)


def _title_case_line(text: str, offset: int) -> bool:
    """Whether the line around ``offset`` is written in Title Case (a headline), most of its words capitalised."""
    words, capitalised = _line_shape(text, offset)
    return words >= 3 and capitalised * 2 > words * 1.5


def _inner_mark(tok: Token) -> bool:
    """A hyphen or full stop inside a name ("Man-kei", "J. Smith")."""
    return tok.text in ("-", ".") and tok.i > 0 and tok.doc[tok.i - 1].pos_ == "PROPN"


def _why_unresolved(how: str, speaker: TextSpan | None) -> str:
    """Why a statement has no actor, in words a reader can check against the text."""
    if how == "agentless":
        return "an agentless passive (\"was charged with\", \"it was reported that\"): the text names no source"
    if speaker is None:
        return "no source in reach: a quotation with no attribution and no speaker just before it"
    if how == "pronoun":
        return f"no earlier actor agrees with {speaker.text!r} in gender and number"
    if how == "quantifier":
        return f"{speaker.text!r} is some members of a group the text does not name here"
    if how == "role":
        return f"{speaker.text!r} is a role whose holder the article does not name and the actors file does not know"
    if how == "back-reference":
        return (f"{speaker.text!r} refers back to a person or body the article does not name in reach (no one "
                "named before has that title, part or kind)")
    if how == "no-source":
        return (f"{speaker.text!r} is no name, and its head is no noun the resolver knows for people, bodies or "
                "documents (a group it cannot describe, or a subject that is no source)")
    return f"{speaker.text!r} is not a name, a known role, an organisation named before or a described source"


def _unresolved_kind(span: Span) -> str:
    """Which kind of unresolved mention ``span`` is, for its reason: a definite description that refers back to
    no one in reach ("The attacker", "the fire service"), a subject that is no source at all ("Amongst", "an
    aggressive campaign", "slogans": neither a noun for people, bodies or documents nor a name), else either."""
    root = span.root
    lemma = root.lemma_.lower()
    if root.pos_ in ("NOUN", "PROPN") and _definite(span) and not any(c.dep_ == "poss" for c in root.children):
        return "back-reference"
    source_word = lemma in names.PEOPLE_NOUNS | names.ORG_NOUNS | names.DOCUMENT_NOUNS | \
        names.SOURCE_DOCUMENT_NOUNS | names.STATE_BODIES | names.ROLE_NOUNS | names.TITLE_WORDS | \
        names.KIN_NOUNS.keys() | names.COLLECTIVE_NOUNS or _agent_suffix(lemma) or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in root.children)  # "Hundreds of voters": who, unsaid
    if root.pos_ not in ("NOUN", "PROPN", "PRON") or (root.pos_ == "NOUN" and not source_word):
        return "no-source"
    return "unresolved"


def _names_an_organisation(span: Span, words: list[str]) -> bool:
    """Capitalised words the recogniser tagged as an organisation: "UOKiK said", "TVN24 reported"."""
    return 1 <= len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in words) and all(
        t.ent_type_ == "ORG" for t in span if t.pos_ == "PROPN") and any(t.pos_ == "PROPN" for t in span)


def _org_words(words: list[str]) -> bool:
    """"Fars News", "Press TV", "Aviation Herald": capitalised words one of which only organisations' names
    have, never a person."""
    return 2 <= len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in words) and any(
        w.lower() in names.ORG_NAME_WORDS | names.ORG_SUFFIXES for w in words)


def _looks_like_a_name(span: Span, words: list[str]) -> bool:
    """Capitalised proper-noun words, not a place, a title or a metonym: a person the recogniser missed."""
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()
                                           for w in words):
        return False
    key = " ".join(words).lower()
    if names.country_name(key) or key in names.METONYMS or names.institution(key):
        return False
    return not any(t.ent_type_ in ("GPE", "LOC", "FAC", "NORP", "DATE", "ORG") for t in span if t.pos_ == "PROPN")


def _description(span: Span) -> tuple[str, ActorType] | None:
    """A source the report describes instead of naming: ("German officials", "group") for "German
    officials", ("senior U.S. official", "unnamed") for "a senior U.S. official"; None otherwise."""
    root = span.root
    lemma = root.lemma_.lower()
    if lemma in described.NEWS_NOUNS and not _definite(span):
        return _news_media(span)
    document = lemma in _SOURCE_DOCUMENTS  # "recent reports", "a new study", "rumors": a source with no author
    plural = root.tag_ in ("NNS", "NNPS") or lemma in names.COLLECTIVE_NOUNS
    # Issue 12 (round 7): "rights groups", "aid agencies": bodies described in the plural are a group as people
    # are; one body ("the group") still refers back to an organisation named before.
    bodies = plural and root.pos_ == "NOUN" and lemma in names.ORG_NOUNS
    if root.pos_ not in ("NOUN", "PROPN") or not ({lemma, root.lower_} & names.PEOPLE_NOUNS or document or bodies
                                                  or _described_individual(root) or _described_people(root)):
        return None
    if not plural and _definite(span) and not document:
        return None  # "the official": someone the report introduced before, not a new source
    keep = sorted({t.i for child in root.lefts if child.dep_ in ("amod", "compound", "nmod", "npadvmod", "nummod")
                   for t in child.subtree} | {root.i})
    words = [span.doc[i].text for i in keep if not span.doc[i].is_punct]
    while words and words[0].lower() in names.DESCRIPTION_DROPS and not (words[0].lower() == "one" and not plural):
        words.pop(0)  # "one MP", "one interviewee" keep "one" (guideline 2.5): the individual, not a count
    if not words:
        return None
    first = next(span.doc[i] for i in keep if span.doc[i].text == words[0])
    common = (first.pos_ != "PROPN" and first.ent_type_ in ("", "CARDINAL")) or _initial_common_noun(first)
    if common and not words[0].isupper() and not any(c.isupper() for c in words[0][1:]):
        words[0] = words[0].lower()  # "Officials said" is "officials"; "Republican lawmakers", "CEOs" keep capitals
    # A document or data source without an author in reach is unnamed, one or many (guideline 2.5).
    return " ".join(_short_countries(words)), "group" if plural and not document else "unnamed"


def _news_media(span: Span) -> tuple[str, ActorType] | None:
    """Who10a: "According to local news, X", "State news said X": news cited with no outlet is the news media
    so described, a group ("local news media", guideline 2.5's normalised description), not no source. Only
    with a word saying which news: bare "news" says nothing of who ("The news shocked the town")."""
    words = [t.text if t.ent_type_ else t.lower_ for t in span.root.lefts  # "Chinese state news" keeps its capital
             if t.dep_ in ("amod", "compound") and t.pos_ in ("ADJ", "NOUN", "PROPN")]
    return (" ".join([*words, span.root.lower_, described.NEWS_MEDIA]), "group") if words else None


_RESTRICTIVE_PREPOSITIONS = frozenset("of in at from".split())
_SPEECH_ACT_FORMS = described.SPEECH_ACT_NOUNS | {f"{w}s" for w in described.SPEECH_ACT_NOUNS}  # "calls", as written


def _restrictive_phrase(span: Span, actor_type: ActorType) -> str:
    """" of the march" for "Organizers of the march", " of the plan" for "Critics of the plan": a group's
    description keeps the phrase after its noun that says which people (guideline 2.5: descriptive mentions
    keep their restrictive modifiers; tune gold "organizers of the march", "critics of Boris Johnson"). Not a
    place's name ("officials in South Korea", which ``_national`` writes "South Korean officials"), a named
    body's (read by ``_unnamed_member``), a clause, or a long phrase; "" when there is none."""
    root = span.root
    prep = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ in _RESTRICTIVE_PREPOSITIONS
                 and c.right_edge.i < span.end), None)
    if actor_type != "group" or prep is None or root.lemma_.lower() in _SOURCE_DOCUMENTS:
        return ""
    return _plain_phrase(prep, 6, ("VERB", "AUX", "PRON"))


def _document_participle(span: Span) -> str:
    """" posted on social media" for "videos posted on social media": an authorless source's description keeps
    the participle that says which videos or reports (guideline 2.5, restrictive modifiers; issue 12, who10a),
    also where the speaker mention stops at the noun. Only a short phrase of plain words; "" otherwise."""
    root = span.root
    if root.lemma_.lower() not in _SOURCE_DOCUMENTS:
        return ""
    acl = next((c for c in root.rights if c.dep_ == "acl" and c.tag_ == en.PAST_PARTICIPLE), None)
    if acl is None or any(c.dep_ in en.SUBJECTS for c in acl.children):
        return ""
    return _plain_phrase(acl, 5, ("PRON",))


def _plain_phrase(head: Token, longest: int, barred: tuple[str, ...]) -> str:
    """" " and the phrase ``head`` opens, when it is short and of plain words (no name, punctuation or a part of
    speech in ``barred``): a description's restrictive modifier; "" otherwise."""
    phrase = head.doc[head.i:head.right_edge.i + 1]
    if len(phrase) > longest or any(t.ent_type_ or t.is_punct or t.pos_ in barred for t in phrase):
        return ""
    return " " + phrase.text


def _description_head(name: str, lower: bool = True) -> tuple[list[str], list[str]]:
    """A description's words up to its restrictive phrase, and the phrase: (["critics"], ["of", "the", "plan"])."""
    words = (name.lower() if lower else name).split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _RESTRICTIVE_PREPOSITIONS), len(words))
    return words[:cut], words[cut:]


def _possessing_state(body: Token) -> str | None:
    """"Somalia's government": a state body whose owner the tagger reads as a country (GPE) speaks for that
    country (guideline 2.5), also for one missing from our lists of country names (issue 12, newcomer)."""
    owner = next((c for c in body.children if c.dep_ == "poss" and c.ent_type_ == "GPE"), None)
    if owner is None:
        return None
    words = [t.text for t in owner.subtree if t.ent_type_ == "GPE"]
    return names.country_name(names.norm(" ".join(words))) or " ".join(words)


def _of_object(tok: Token) -> Token | None:
    """What ``tok`` is "of": "some of [the voters]", "the government of [Puerto Rico]"."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _governed_place(body: Token) -> str | None:
    """The place a state institution is "of": "the government of Puerto Rico" (GPE) or "of American Samoa"
    (which the recogniser may tag ORG), as our lists name it when it is a country. None for a person's
    government ("the government of Prime Minister X") and for anything but a proper name."""
    place = _of_object(body)
    if place is None or place.pos_ != "PROPN" or place.ent_type_ not in ("GPE", "ORG"):
        return None
    words = [t.text for t in place.subtree if t.ent_type_ == place.ent_type_ and t.pos_ == "PROPN"]
    return names.country_name(names.norm(" ".join(words))) or " ".join(words)


# Whose news seldom names its own country: a file person of it needs no mention of it (``_names_country``).
_HOME_NEWS = "United States"


# Plurals that are not the singular with an "s", for people nouns a group is described with.
_IRREGULAR_PLURALS = {"person": "people", "man": "men", "woman": "women", "child": "children"}


def _described_individual(noun: Token) -> bool:
    """"One baker, who has worked there for years, said": a singular noun for someone by what they do, that
    "one" counts or "who" describes, is an individual the report leaves unnamed, whatever the trade (issue 12,
    newcomer: "baker" is in no list of ours, "a Western diplomat" only worked because "diplomat" is)."""
    if noun.tag_ != "NN" or noun.pos_ != "NOUN" or not _agent_suffix(noun.lemma_.lower()) \
            or noun.lemma_.lower() in names.DOCUMENT_NOUNS | names.ORG_NOUNS:
        return False
    counted = any(c.dep_ in ("nummod", "det") and c.lower_ == "one" for c in noun.children)
    who = any(c.dep_ == "relcl" and any(t.lower_ == "who" for t in c.children) for c in noun.children)
    return counted or who


def _officer_of(ent: Span) -> bool:
    """"the chairman and former chief executive of [Panera Bread]": the name after "of" on a noun for who runs
    or owns a business names that business."""
    if ent.start == 0:
        return False
    prep = ent.doc[ent.start - 1]
    return prep.lower_ == "of" and ent.root.head.i == prep.i and prep.head.lemma_.lower() in _OFFICER_NOUNS


def _described_people(noun: Token) -> bool:
    """"Previously, neuroscientists found that ...", "Other CEOs think ...": people in the plural by what they do,
    whatever the trade (a noun for people by its ending, or a head's title), are a group under that description,
    as "researchers" are (who11), not a source left without an actor."""
    lemma = noun.lemma_.lower()
    if lemma.endswith("ment") or lemma in en.NOT_AGENT_NOUNS or _title_case(noun):
        return False  # "achievements", "comments", "three-quarters": no people; nor a headline's "White Actors"
    # name12: a role noun in the plural is people too ("both candidates", "Republican senators", "the nominees"),
    # never one holder of the role (``_as_role`` reads no plural); not one its "of" completes ("European heads of
    # state and government": "European heads" would be no description of them)
    role = lemma in names.ROLE_NOUNS and _of_object(noun) is None
    return noun.tag_ == "NNS" and noun.pos_ == "NOUN" \
        and (_agent_suffix(lemma) or lemma in _BUSINESS_HEADS or role) \
        and lemma not in names.DOCUMENT_NOUNS | names.ORG_NOUNS | names.SOURCE_DOCUMENT_NOUNS


def _gendered(span: Span) -> tuple[str, str] | None:
    """("one of their daughters", "f") for "one of their daughters, aged 17", ("woman", "f") for "a woman who
    saw it"; None for anything definite or without a gendered noun."""
    root = span.root
    if span[0].lower_ in ("the", "this", "that") or span[0].tag_ == "PRP$":
        return None
    noun, name = root, root.lemma_.lower()
    if root.lower_ == "one":
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if of is None or group is None or group.tag_ != "NNS":
            return None
        noun, name = group, "one of " + span.doc[of.i + 1:group.i + 1].text.lower()
    elif root.tag_ != "NN":
        return None
    gender = names.GENDERED_NOUNS.get(noun.lemma_.lower())
    return (name, gender) if gender is not None else None


_AGE = re.compile(r"\b\d{1,3}-year-old\b")
_EPITHET_BARS = frozenset("relcl acl appos".split())  # "the 31-year-old driver, who was not named": a new person


def _demonym(words: Sequence[str]) -> str | None:
    """The country a nationality or demonym (one or two words, "South Korean", "Queenslander") places one in."""
    low = " ".join(words).lower()
    return names.NATIONALITIES.get(low) or en.DEMONYMS.get(low)


def _said_of_self(subject: Token) -> str | None:
    """The gender a speaker's own clause gives them: "The South Korean said he expected ..." (the reported
    clause's subject "he" or "she", right after the verb of saying whose subject the epithet is)."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    said = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
    return {"he": "m", "she": "f"}.get(said.lower_) if said is not None else None


def _demonym_words(span: Span) -> str:
    words = [t.text for t in span if t.lower_ != "the" and not t.is_punct]
    for n in (2, 1):
        if len(words) >= n and _demonym(words[-n:]) is not None:
            return words[-1].lower()
    return ""


def _epithet(span: Span) -> tuple[str, str | None, bool] | None:
    """An epithet (``ArticleResolver._as_epithet``): "the 31-year-old", "the Belgian", "the South Korean", "the
    Labor leader", "the veteran striker": its noun, the country it places the person in, and whether a party's
    (or a team's) name qualifies it. None for anything else: a plural ("the Belgians"), a name in the phrase,
    an indefinite or a description a clause or an apposition goes on with (a new person)."""
    if len(span) < 2 or span[0].lower_ != "the" or len(span) > 7:
        return None
    root = span.root
    if root.tag_ in ("NNS", "NNPS") or any(t.ent_type_ in ("PERSON", "GPE") for t in span) \
            or any(c.dep_ in _EPITHET_BARS for c in root.children) \
            or any(c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "with") for c in root.children):
        return None
    if root.ent_type_ in ("ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT") and _demonym([root.text]) is None:
        return None  # "the Daily Star": a body's name that ends on a noun for people
    rest = [t for t in span[1:] if not t.is_punct]
    words = [t.text for t in rest]
    aged = _AGE.search(span.text) is not None
    country = next((c for n in (2, 1) for i in range(len(words) - n + 1)
                    if (c := _demonym(words[i:i + n])) is not None), None)
    head = root.lemma_.lower()
    doc = span.doc
    if not aged and root.i - 2 >= span.start and doc[root.i - 1].text == "-" and not doc[root.i - 2].whitespace_:
        return None  # "the GOP front-runner": a compound the lists do not hold ("runner" is no runner)
    if _demonym([root.text]) is not None or (_demonym(words[-2:]) is not None and root.i == span.end - 1):
        if root.text.lower().endswith("s") and _demonym([root.text[:-1]]) is not None:
            return None  # "the Belgians"
        noun = root.lower_
    elif aged and head in ("old", "year"):
        noun = "year-old"
    elif head in en.EPITHET_NOUNS or head in names.ROLE_NOUNS or head in names.PEOPLE_NOUNS:
        noun = head
    else:
        return None
    party_named = False
    for t in rest:
        if t.i == root.i or t.lower_ in ("former", "veteran", "year", "old", "-") or t.like_num:
            continue
        if _demonym([t.text]) is not None or t.ent_type_ in ("NORP",):
            continue
        if t.ent_type_ in ("ORG", "GPE") and t.pos_ == "PROPN":
            party_named = party_named or t.lower_ in en.PARTY_NAMES or head in en.EPITHET_NOUNS
            if not party_named:
                return None  # "the Kroger spokesman": one of the body's, read by the member readings
            continue
        if t.pos_ == "ADJ" or t.lemma_.lower() in en.EPITHET_NOUNS:
            continue  # "the experienced striker", "the veteran forward"
        return None  # "the team doctor", "the union leader": descriptions the other readings take
    if not (aged or country is not None or party_named or head in en.EPITHET_NOUNS):
        return None  # "the leader", "the official": the role and description readings, unchanged
    if head in names.ROLE_NOUNS and head not in en.EPITHET_NOUNS and not party_named and not aged \
            and noun == head:
        return None  # "the Russian president": the office readings, unchanged
    return noun, country, party_named


def _one_of(span: Span) -> tuple[str, ActorType] | None:
    """"One of the children": an unnamed member of a described group, under that description (guideline 2.5:
    individuals who cannot be told apart share it)."""
    root = span.root
    if root.lower_ != "one":
        return None
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    group = next((c for c in of.children if c.dep_ == "pobj"), None)
    if group is None or group.tag_ != "NNS" or group.lemma_.lower() not in names.PEOPLE_NOUNS:
        return None
    return "one of " + span.doc[of.i + 1:group.i + 1].text.lower(), "unnamed"


def _title_words(titles: Collection[str]) -> set[str]:
    """The words of a person's titles and the roles set beside their name, as role nouns ("Sen." is "senator")."""
    return {fit.title_form(w) for t in titles for w in t.lower().replace("-", " ").split()}


def _office_fit(desc: fit.Description, words: Sequence[str], titles: Collection[str], roles: tuple[Role, ...],
                day: date | None) -> str:
    """Issue 12 item 4 ("wrong actor"): what the article and the actors file show of a person against an office a
    role noun names ("the foreign minister", "the former governor"): "held" when a title the text gave them, or
    the file's office on the day, is that office; "other" when they hold another office ("the opposition leader,
    Mark Brown" is no foreign minister, "Mr. Lopez, the former mayor" no former governor, "Finance Minister X"
    no foreign minister, "Deputy Minister X" no minister); "unknown" when nothing is known, or the noun names no
    office (``en.OFFICE_ROLE_NOUNS``)."""
    noun = desc.noun
    if noun not in en.OFFICE_ROLE_NOUNS:
        return "unknown"
    if fit.holds(desc, roles, day) or fit.left(desc, roles, day):
        return "held"
    mine = {"former" if w == "then" else w for w in _title_words(titles)}
    same = {noun, *en.SAME_OFFICE.get(noun, ())}
    wanted = {w.lower().strip(",.") for w in words} - same
    if mine & same:
        mine = mine - same
        if any((r in wanted) != (r in mine) for r in en.RANK_WORDS - {"former"}) or (
                "former" in mine and "former" not in wanted):
            return "other"  # "the minister" is no "Deputy Minister X", "the governor" no "former Gov. X"
        # "the former president" of "President Clinton", the title a former holder keeps (and a "former" the
        # title words may have lost: "former UN Ambassador John Bolton"), is held
        asked, given = wanted & en.PORTFOLIO_WORDS, mine & en.PORTFOLIO_WORDS
        return "other" if asked and given and not asked & given else "held"
    today = [r for r in roles if r.held_on(day)] if not desc.former else []
    if today:  # the file's office that day: "the secretary" is Secretary of State Rubio, "the governor" not Obama
        asked = wanted & en.PORTFOLIO_WORDS
        offices = [set(f"{' '.join(r.nouns)} {r.title}".lower().split()) for r in today]
        return "held" if any(noun in o and (not asked or asked & o) for o in offices) else "other"
    others = mine & en.EXCLUSIVE_TITLES - same
    if "leader" in others:
        chamber = en.CHAMBER_MEMBERS.get(noun)
        if chamber is not None and chamber in mine:
            return "held"  # "Senate Majority Leader X" is a senator
        if not mine & en.PARTY_LEADER_WORDS and noun in en.HEAD_OF_STATE_NOUNS:
            others = others - {"leader"}  # "Palestinian leader X" may be "the president"
    return "other" if others else "unknown"


def _other_seat(role: str, titles: Collection[str]) -> bool:
    """Whether a person's titles rule out ``role``: a calling's title is all the role its holder has
    ("Coach X" is no "mayor"), and a seat ("the mayor") is no person titled with another seat ("Senator X")."""
    if any(t in names.CALLING_TITLES for t in titles):
        return True
    return role in names.SEAT_TITLES and any(t in names.SEAT_TITLES for t in titles)


def _possessive(name: str) -> str:
    """"Tony Mendez" -> "Tony Mendez's"; "Charles" -> "Charles's" (the guideline's "Valeska Paris's mother")."""
    return f"{name}'s"


def _office_name(owner: Token, office: Token) -> str:
    """"the prime minister's office" -> "prime minister's office"."""
    tokens = [t for t in owner.subtree if t.lower_ not in ("the", "'s", "’s")]
    return f"{' '.join(t.text for t in tokens)}'s {office.text.lower()}"


def _initial_common_noun(tok: Token) -> bool:
    """Issue 12 (round 6): "Staff said", "Residents said", "Volunteers said": a capitalised word opening its
    sentence that is a noun for people many at once (a people noun in the plural or a collective one, or a
    plural agent noun, "Commuters") is a described group, never a person or an organisation, whatever the
    tagger and recogniser made of it ("Staff" a proper noun, "Shoppers" an organisation)."""
    if not tok.is_sent_start or not tok.is_title or not tok.is_alpha:
        return False
    lower, lemma = tok.lower_, tok.lemma_.lower()
    if lower in names.COLLECTIVE_NOUNS:
        return True
    plural = tok.tag_ in ("NNS", "NNPS") or (lower.endswith("s") and lower[:-1] in names.PEOPLE_NOUNS)
    return plural and (lemma in names.PEOPLE_NOUNS or lower[:-1] in names.PEOPLE_NOUNS or _agent_suffix(lemma))


# Bodies' nouns that say too little alone to be a source's description: "the group" may be people the text
# described ("Activists gathered ... the group said"), "the party" a party of people (issue 12 item 3).
_NOT_A_BODY_ALONE = frozenset("group party".split())


def _described_body(noun: Token) -> bool:
    """"the city council", "the Turkish foreign ministry": a body's noun the text qualifies (a modifier before
    it) so that it describes one body, not "the company" that refers back to one named before."""
    if any(c.dep_ == "appos" for c in noun.children):
        return False  # "The local union, Textile Workers Local 112,": the body is named after all
    return noun.pos_ in ("NOUN", "PROPN") and noun.lower_ in names.ORG_NOUNS | names.STATE_BODIES and any(
        c.dep_ in ("amod", "compound", "nmod") for c in noun.lefts)


def _possessed_thing(noun: Token) -> bool:
    """"PG&E's schedule", "WHO guidelines", "the company's figures": a common noun for no person, no group of
    people and no body, which speaks only for whose it is (issue 12, fresh Wikinews). Agent nouns ("Trump's
    backers", "residents") and the lists' people, roles, kin, offices and bodies are not things."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or noun.lower_ in en.GENDER_PLURALS or lemma in _NOT_THINGS:
        return False
    return not (_agent_suffix(lemma) and not lemma.endswith("ment"))


_NOT_THINGS = (names.PEOPLE_NOUNS | names.ROLE_NOUNS | names.TITLE_WORDS | frozenset(names.KIN_NOUNS)
               | names.VOICE_NOUNS | names.BODY_HEADS | names.STATE_BODIES | names.COLLECTIVE_NOUNS
               | names.SIDE_NOUNS | described.SPEECH_ACT_NOUNS)


# Nouns for people, never the head of a body's name "the <noun>" refers back to ("the police" is no "The
# Times. Police" run; ``_named_force`` reads police)
_PEOPLE_WORDS = names.PEOPLE_NOUNS | names.ROLE_NOUNS | names.TITLE_WORDS | names.COLLECTIVE_NOUNS


_MEMBER_TYPES = frozenset({"person", "organization", "country"})  # joint sources: "Tesco and Salling Group"


def _listed_heads(subject: Token) -> list[Token]:
    """The subject and what is listed with it (conjuncts, appositions, and theirs), not the names inside a
    phrase of theirs ("researchers from A and B" lists no A)."""
    heads, todo = [], [subject]
    while todo:
        tok = todo.pop()
        heads.append(tok)
        todo.extend(c for c in tok.children if c.dep_ in ("conj", "appos"))
    return sorted(heads, key=lambda t: t.i)


def _people_word(lemma: str) -> bool:
    return lemma in _PEOPLE_WORDS or (_agent_suffix(lemma) and not lemma.endswith("ment"))


def _document_made(verb: str) -> str | None:
    """The document noun a verb forms ("rule" -> "ruling", "file" -> "filing", "announce" ->
    "announcement"), if the document list has it; a noun the verb is itself ("report") is no derivation."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return next((n for n in (stem + "ing", verb + "ment") if n in names.DOCUMENT_NOUNS), None)


# The lemmas that form a document noun (``_document_made``), learned per lemma id as docs are read.
_DOCUMENT_VERBS = KnownIds(lambda lemma: _document_made(lemma.lower()) is not None)
# What a named subject publishes or releases and may later speak as its own ("a report", "the filing").
_DISCLOSED_NOUNS = names.DOCUMENT_NOUNS | names.SOURCE_DOCUMENT_NOUNS


def _participles(span: Span) -> set[str]:
    """The participles modifying a description's head ("assembled", "visiting")."""
    return {t.text for t in span.root.lefts if t.dep_ == "amod" and t.tag_ in en.PARTICIPLE_TAGS}


def _name_before(noun: Token) -> Token | None:
    """A proper name before a document noun that says whose it is ("the News.com.au report", "WHO
    guidelines": the parser takes an abbreviation in capitals for a pronoun subject at times)."""
    return next((c for c in noun.children if c.i < noun.i and (
        (c.dep_ == "compound" and c.pos_ == "PROPN")
        or (c.dep_ in ("compound", "nsubj", "nmod") and len(c.text) > 1 and c.text.isupper() and c.is_alpha))),
        None)


def _research_name(span: Span) -> str | None:
    """"researchers from Penn State" -> "researchers from Penn State"; "researchers mostly from Pennsylvania State
    University (Penn State) in the U.S." -> "researchers from Pennsylvania State University": the people noun in
    the plural, not referring back, and the bodies "from" or "at" which they come as written, without a bracket,
    an adverb or the place a body is in. None unless a name is among those bodies."""
    root = span.root
    if root.tag_ != "NNS" or root.lemma_.lower() not in en.RESEARCH_NOUNS or _definite(span) \
            or any(c.dep_ in ("det", "nummod", "poss") for c in root.children):
        return None
    prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in en.RESEARCH_FROM), None)
    if prep is None:
        return None
    doc = span.doc
    bodies = list(doc[prep.i + 1:root.right_edge.i + 1])  # "at Eugene", "in Ohio and the College of X" hang on
    if not any(t.pos_ == "PROPN" for t in bodies):       # the noun at times, so the phrase is read as written
        return None
    words: list[str] = []
    skip_to = -1
    for t in bodies:
        if t.i <= skip_to:
            continue
        if t.text == "," or t.dep_ in ("relcl", "acl") or t.lower_ in ("who", "which", "that"):
            break  # ", who ...": what they are, no part of where they come from
        if t.text == "(":  # "(Penn State)": the abbreviation, said once
            close = next((u.i for u in bodies if u.i > t.i and u.text == ")"), None)
            skip_to = close if close is not None else bodies[-1].i
            continue
        place = t.i + 1
        while place < len(doc) and doc[place].dep_ == "det":
            place += 1
        if t.lower_ == "in" and place < len(doc) and doc[place].ent_type_ in ("GPE", "LOC"):
            while place + 1 < len(doc) and doc[place + 1].ent_iob_ == "I":
                place += 1
            skip_to = place  # "in the U.S.", "in Ohio": where the body is, no part of its name
            continue
        words.append(t.text_with_ws)
    phrase = "".join(words).strip().rstrip(",")
    if not phrase:
        return None
    return f"{root.lower_} {prep.lower_} {phrase}"


def _back_to_research(span: Span) -> bool:
    """"the researchers", "the scientists", "the authors", "the research team", "the team", "the study", "the
    report": a study's people or their report, with no word saying whose (speaker18)."""
    root = span.root
    lemma = root.lemma_.lower()
    others = [t for t in span if t.i != root.i and not t.is_punct and t.lower_ not in ("'s", "’s")]
    if lemma in en.RESEARCH_TEAM_NOUNS and root.tag_ == "NN":
        return bool(others) and others[0].lower_ == "the" \
            and all(t.lower_ in en.RESEARCH_TEAM_MODIFIERS for t in others[1:])
    if lemma in en.RESEARCH_NOUNS and root.tag_ == "NNS":
        return len(others) == 1 and others[0].lower_ == "the"
    return _about_the_study(span)


def _about_the_study(span: Span) -> bool:
    """"the study", "the report", "the authors", "the report's authors", "researchers": a mention that can only
    be a study's own voice, with no word saying whose it is besides the study itself."""
    root = span.root
    lemma = root.lemma_.lower()
    others = [t for t in span if t.i != root.i and not t.is_punct and t.lower_ not in ("'s", "’s")]
    if lemma in en.STUDY_NOUNS and root.tag_ == "NN":
        return len(others) == 1 and others[0].lower_ in ("the", "this")
    if lemma not in en.AUTHOR_NOUNS or root.tag_ != "NNS":
        return False
    return all(t.lower_ == "the" or (t.dep_ == "poss" and t.lemma_.lower() in en.STUDY_NOUNS) for t in others)


def _described_author(prep: Token, agent: Token) -> bool:
    """Who9: "Estimates by the Argentinian government", "a survey by analysts": "by" a state's body or people
    the text describes gives data an author as a name would ("from" a common noun is a time or a place)."""
    return prep.lower_ == "by" and agent.pos_ == "NOUN" and (
        agent.lemma_.lower() in names.STATE_BODIES or (agent.tag_ == "NNS" and _people_word(agent.lemma_.lower())))


def _for_audience(word: Token, document: Token) -> bool:
    """"a press release", "a news conference": a word of the audience before an announcement (who9)."""
    return word.lower_ in en.AUDIENCE_WORDS and document.lemma_.lower() in en.ANNOUNCEMENT_NOUNS


def _definite(span: Span) -> bool:
    first = span[0].lower_
    return first in ("the", "this", "that") or span[0].dep_ == "poss" or span[0].tag_ == "PRP$"


_MISSPELT_MIN = 8  # a shorter surname two letters away is as likely another person's ("Johnson", "Jonson")


def _edits(a: str, b: str) -> int:
    """Letters to insert, delete or change to turn ``a`` into ``b`` (Levenshtein), for short words."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def _same_person(known: list[str], words: list[str]) -> bool:
    """"Trump" ~ "Donald Trump" ~ "Donald J. Trump"; "Hillary Clinton" !~ "Bill Clinton"; "Lai" ~ "Lai Ching-te"."""
    if not known or not words:
        return False
    a = [w.lower().rstrip(".") for w in known]
    b = [w.lower().rstrip(".") for w in words]
    if _double_surname(a, b) or _double_surname(b, a):
        return True
    if _surname(known) != _surname(words):
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    if a[-1] != b[-1]:
        return False
    return a[0] == b[0] or (a[0][:1] == b[0][:1] and (len(a[0]) == 1 or len(b[0]) == 1)) \
        or _transliterated(known[0], words[0])


def _transliterated(a: str, b: str) -> bool:
    """"Bassem" and "Basem", "Mohammed" and "Muhammad": one given name romanised two ways (a doubled letter,
    other vowels), which a story's sources spell apart. Not "Jon" and "Jan" (too short to tell), nor two
    names the lists know for different sexes."""
    if a == b or min(len(a), len(b)) < 4 or a[:1].lower() != b[:1].lower():
        return False
    if _skeleton(a) != _skeleton(b):
        return False
    ga, gb = names.name_gender([a, "x"], []), names.name_gender([b, "x"], [])
    return ga == gb or ga is None or gb is None


def _skeleton(word: str) -> str:
    """A word's consonants, doubled letters once: "bsm" for "Bassem" and "Basem"."""
    low = word.lower()
    out = low[:1]
    for ch in low[1:]:
        if ch not in "aeiouy" and ch != out[-1]:
            out += ch
    return out


def _plain_name(state: _ActorState) -> str:
    """A person's name as the article writes it in full, without inserted middle names: "Robert Mugabe" when
    the article writes both "Robert Gabriel Mugabe" (an obituary's formal first line) and "Robert Mugabe",
    "John Bolton" for "John R. Bolton" and "John Bolton". The gold of every tune set names all three people
    so met that way (who10b, docs/DESIGN.md "An actor's name"), and the short form is the one other articles
    write. ``words`` keeps the longest form, which later mentions are matched against; a name the article
    only ever writes in full ("Recep Tayyip Erdoğan", "Wanda Vázquez Garced") stays whole."""
    words = [_unshouted(w) for w in state.words] if len(state.words) > 1 and all(
        w.isupper() for w in state.words) else state.words  # "OLEK MARCHENKO" of a heading in capitals (nc18)
    generation = words[-1:] if len(words) > 2 and words[-1].lower().rstrip(".") in en.GENERATIONS else []
    bare = words[:len(words) - len(generation)]
    if len(bare) < 3:
        return " ".join(words)
    plain = [bare[0], bare[-1], *generation]
    return " ".join(plain) if _norm_key(plain) in state.written else " ".join(words)


def _double_surname(a: list[str], b: list[str]) -> bool:
    """"Vázquez" and "Wanda Vázquez" are "Wanda Vázquez Garced": a name of three words, given name and two
    surnames, is written with its first surname alone (as Spanish names are)."""
    return len(a) == 3 and len(a[1]) > 1 and "-" not in a[1] and (b == [a[1]] or b == a[:2])


# A romanised East Asian given name after the family name: "Lai Ching-te", "Kim Jong-un", "Lee Jae-myung".
# ("Ocasio-Cortez", capitalised after the hyphen, is a Western double surname.)
_GIVEN_NAME_LAST = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


# The cue as a clause of the verb that put the document out: "released a statement, saying ..." (advcl).
_PUT_OUT_HEADS = frozenset({"advcl", "xcomp", "conj"})


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _given_named(name: str) -> bool:
    """A person's name with a given name: "Mary Fallin", not "Gov Fallin" (a headline's title without its full
    stop, "Gov." in the titles) nor "Fallin"."""
    words = name.split()
    return len(words) > 1 and not any(w.lower() in names.TITLE_WORDS or f"{w.lower()}." in names.TITLE_WORDS
                                      for w in words[:-1])


def _company_names(mentions: Sequence[_NameMention], text: str) -> dict[str, set[str]]:
    """Companies the article introduces by their full name, by its first word: "ford" -> {"Ford Motor Company"}.
    A name of capitalised words ending in a company form ("Company", "Inc.", "Group") and naming no country
    ("Australian Broadcasting Corporation" is never "Australian"; "Facebook Ireland Limited" is a subsidiary,
    not "Facebook"), written before the first word alone is, but for a headline ("Justice Department
    investigating Ford"): what news goes on to shorten to that word."""
    body = text.find("\n") + 1  # the first line: a headline, when the article has one
    first_alone: dict[str, int] = {}
    for m in mentions:
        if len(m.words) == 1 and m.start >= body:
            first_alone.setdefault(m.words[0].lower(), m.start)
    out: dict[str, set[str]] = {}
    for m in mentions:
        words = m.words
        if m.label != "ORG" or len(words) < 2 or words[-1].lower().rstrip(".,") not in names.ORG_SUFFIXES \
                or not all(w[:1].isupper() for w in words) or m.start > first_alone.get(words[0].lower(), m.start) \
                or any(w.lower() in names.NATIONALITIES or names.country_name(w.lower()) for w in words):
            continue
        out.setdefault(words[0].lower(), set()).add(" ".join(words))
    return out


def _surname(words: Sequence[str]) -> str:
    if len(words) >= 3 and words[-1].lower().rstrip(".") in en.GENERATIONS:
        words = words[:-1]  # "Luther Stan Pate IV" is a Pate
    if len(words) >= 2 and _GIVEN_NAME_LAST.match(words[-1]):
        return words[0].lower()
    return words[-1].lower().rstrip(".") if words else ""


def _join_hyphens(words: list[str]) -> list[str]:
    """["Ching", "-", "te"] -> ["Ching-te"]: the tokenizer splits hyphenated names."""
    out: list[str] = []
    for w in words:
        if out and (w == "-" or out[-1].endswith("-")):
            out[-1] += w
        else:
            out.append(w)
    return out


def _norm_key(words: Sequence[str]) -> str:
    return names.norm(" ".join(words))


def _within(quotations: Sequence[Quotation]) -> Callable[[int], bool]:
    """A test for "after a quotation's opening mark and before its end" (quotations in text order)."""
    starts = [q.start + 1 for q in quotations]

    def inside(offset: int) -> bool:
        at = bisect_right(starts, offset) - 1
        return at >= 0 and offset < quotations[at].end

    return inside


def _text_span(text: str, start: int, end: int) -> TextSpan:
    return TextSpan(start, end, text[start:end])
