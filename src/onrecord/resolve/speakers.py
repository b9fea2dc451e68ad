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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from onrecord.extract.cues import cue_class
from onrecord.extract.quotes import Quotation
from onrecord.extract.rules import Candidate
from onrecord.model import Actor, ActorType, Cue, Mention, Resolution, Statement
from onrecord.model import Span as TextSpan
from onrecord.nlp import ParsedText
from onrecord.resolve import names
from onrecord.settings import Settings

_ACTOR_TYPES: dict[str, ActorType] = {"PERSON": "person", "ORG": "organization", "GPE": "country"}

W_RECENCY = 1.0
W_ROLE_RECENCY = 0.35
W_LAST_SPEAKER = 2.0
W_SUBJECT = 1.0
W_SALIENCE = 0.5
W_TITLE_MATCH = 2.0
W_NATIONALITY_MATCH = 1.5
# "she" prefers a woman the article has shown to be one over a person of unknown gender ("Bernard Cole").
W_GENDER_KNOWN = 1.5
MAX_PRONOUN_DISTANCE = 8  # sentences
MAX_ROLE_DISTANCE = 60  # sentences: "the American leader" reaches further back than "he"


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

    offsets: list[int] = field(default_factory=list)  # of ``seen``, kept sorted for bisection
    # What ``actor.mentions`` and ``actor.aliases`` hold, for membership tests that do
    # not scan a list once per statement (an actor can be mentioned thousands of times).
    spans: set[tuple[int, int]] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)

    def add_mention(self, start: int, end: int) -> None:
        self.actor.mentions.append(Mention(start, end))
        self.spans.add((start, end))

    def add_alias(self, text: str) -> None:
        text = text.strip()
        if text and text not in self.aliases:
            self.aliases.add(text)
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


class ArticleResolver:
    """Builds the article's actors, then names the speaker of each candidate."""

    def __init__(self, parsed: ParsedText, quotations: Sequence[Quotation] = (),
                 settings: Settings | None = None) -> None:
        self.text = parsed.text
        settings = settings or Settings()
        self.max_recent = settings.max_recent_mentions
        self.max_lookback = settings.max_inherit_lookback
        # Sentences inside a quotation do not push its speaker out of reach:
        # "“...nine sentences...,” he said" still means the last person named.
        in_quote = _within(quotations)
        self.sent_starts: list[int] = []
        mentions: list[_NameMention] = []
        for piece in parsed.pieces:
            starts = (s.start_char + piece.offset for s in piece.doc.sents)
            self.sent_starts.extend(x for x in starts if not in_quote(x))
        for piece in parsed.pieces:
            mentions.extend(self._name_mentions(piece.doc.ents, piece.offset))
        self.states: list[_ActorState] = []
        self._by_key: dict[str, _ActorState] = {}
        self._timeline: list[tuple[int, int, _ActorState]] = []  # every mention, by offset
        self._by_surname: dict[str, list[_ActorState]] = {}
        self._orgs_by_initials: dict[str, list[_ActorState]] = {}  # "WHO" -> World Health Organisation
        self._orgs_by_short_form: dict[str, list[_ActorState]] = {}  # "salling" -> Salling Group
        self._ids: set[str] = set()
        self._id_counts: dict[str, int] = {}  # the last number each id base was given
        self._newlines = [m.start() for m in re.finditer("\n", self.text)]
        self._documents: dict[str, tuple[_ActorState, str]] = {}  # document noun -> its author, as resolved
        self._not_antecedents: set[int] = set()  # ids of states no pronoun refers to (documents)
        self._build_actors(mentions)

    # -- actors ------------------------------------------------------------
    def sentence_of(self, offset: int) -> int:
        return bisect_right(self.sent_starts, offset) - 1

    def _name_mentions(self, ents: Sequence[Span], offset: int) -> list[_NameMention]:
        out: list[_NameMention] = []
        covered = -1
        for ent in ents:
            if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP") or ent.start < covered:
                continue
            ent = _whole_name(ent)
            covered = ent.end
            ent = _before_bracket(ent)  # "World Health Organisation (WHO)": the name, not its abbreviation
            words = [t.text for t in ent if not t.is_space and (not t.is_punct or t.text in (".", "-"))]
            words = _join_hyphens([w for w in words if w not in ("'s", "’s")])
            if ent.label_ == "PERSON":
                words = names.strip_title(words)
                before = ent.doc[ent.start - 1] if ent.start > 0 else None
                if len(words) == 1 and before is not None and before.lower_ in names.REGNAL_TITLES \
                        and before.text[:1].isupper():
                    words = [before.text, *words]  # "Pope Francis", the recogniser's name being "Francis"
            elif len(words) > 1 and words[0].lower() == "the":
                words = words[1:]  # "The United Nations" is "United Nations"
            if not words or (ent.label_ == "NORP" and ent.root.pos_ == "ADJ"):
                continue
            label = ent.label_
            if label == "ORG" and names.reads_as_person(names.strip_title(words)):
                label = "PERSON"  # "(Detective Constable) Antoine Quirin", which the recogniser took for an org
                words = names.strip_title(words)
            if label == "PERSON" and not any(w[:1].isupper() for w in words):
                continue  # "fentanyl", "heroin": a name is written with capitals, so "he" is never this
            titles, nationality = _titles_before(ent)
            start = ent.start_char + offset
            out.append(_NameMention(
                start=start, end=ent.end_char + offset, text=ent.text, label=label, words=words,
                titles=titles, nationality=nationality, sentence=self.sentence_of(start),
                subject=ent.root.dep_ in ("nsubj", "nsubjpass"), described=_appositive_nouns(ent),
            ))
        return out

    def _build_actors(self, mentions: list[_NameMention]) -> None:
        people = [m for m in mentions if m.label == "PERSON" and _norm_key(m.words) not in names.METONYMS
                  and names.institution(_norm_key(m.words)) is None]
        full = [m for m in people if len(m.words) >= 2]
        full_ids = {id(m) for m in full}
        single = [m for m in mentions if id(m) not in full_ids]
        for m in full:
            state = self._match_person(m.words, m.start) or self._new_state(m.words, "person")
            self._attach(state, m)
        for m in single:
            found = self._single_word_state(m)
            if found is not None:
                self._attach(found, m)
        self._timeline.sort()  # appended out of order above; kept sorted by insertion from here on
        for state in self.states:
            state.actor.mentions.sort(key=lambda x: x.start)
        self._names = sorted((m.start, m.end, n) for n, st in enumerate(self.states) for m in st.actor.mentions)
        self._name_starts = [x[0] for x in self._names]

    def _single_word_state(self, m: _NameMention) -> _ActorState | None:
        """"Trump" joins Donald Trump; "Moscow" and "the U.S." speak for their state;
        other places (cities, regions) are not actors; anything else is a new actor."""
        key = _norm_key(m.words)
        if (inst := names.institution(key)) is not None:
            return self._institution(*inst)
        if len(m.words) == 1 and _acronym(m.words[0]):
            spelled = self._by_initials(m.words[0], m.start)
            if spelled is not None:
                return spelled
        country = names.METONYMS.get(key) or names.country_name(key)
        if country is not None:
            return self._state_for(country, "country")
        if m.label in ("PERSON", "ORG", "GPE") and len(m.words) == 1:
            person = self._match_person(m.words, m.start)
            if person is not None and not _other_title_first(person, m):
                return person
            short = self._short_form(m.words[0])
            if short is not None:
                return short
        if m.label == "GPE":
            return None
        return self._state_for(" ".join(m.words), _ACTOR_TYPES.get(m.label, "group"))

    def _short_form(self, word: str) -> _ActorState | None:
        """The one organisation named ``word`` and a company suffix: "Salling" for "Salling Group"."""
        found = self._orgs_by_short_form.get(word.lower(), [])
        return found[0] if len(found) == 1 else None

    def _match_person(self, words: list[str], offset: int) -> _ActorState | None:
        """An existing person this name can refer to; the latest seen wins on a tie."""
        same_surname = self._by_surname.get(_surname(words), [])
        matches = [s for s in same_surname if _same_person(s.words, words)]
        if not matches:
            return None
        if len(matches) == 1:
            return matches[0]

        def last(s: _ActorState) -> int:
            before = s.last_before(offset)
            return before.offset if before else -1

        return max(matches, key=last)

    def _new_state(self, words: list[str], actor_type: ActorType) -> _ActorState:
        name = " ".join(words)
        state = _ActorState(Actor(id=self._unique_id(name), name=name, type=actor_type), words)
        self.states.append(state)
        self._by_key[_norm_key(words)] = state
        if actor_type == "person":
            self._by_surname.setdefault(_surname(words), []).append(state)
        if actor_type == "organization":  # indexed, not scanned: an article may name thousands
            self._orgs_by_initials.setdefault(_initials(words), []).append(state)
            if len(words) > 1 and all(w.lower().rstrip(".") in names.ORG_SUFFIXES for w in words[1:]):
                self._orgs_by_short_form.setdefault(words[0].lower(), []).append(state)
        return state

    def _state_for(self, name: str, actor_type: ActorType) -> _ActorState:
        key = _norm_key(name.split())
        return self._by_key.get(key) or self._new_state(name.split(), actor_type)

    def _institution(self, name: str, state: str) -> _ActorState:
        found = self._state_for(name, "organization")
        found.actor.part_of = state
        return found

    def _unique_id(self, name: str) -> str:
        base = re.sub(r"[^a-z0-9]+", "-", names.norm(name)).strip("-") or "actor"
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
        if len(m.words) > len(state.words) and state.actor.type == "person" and _same_person(state.words, m.words):
            state.words = m.words
            state.actor.name = " ".join(m.words)
        state.add_alias(self.text[m.start:m.end])
        state.titles.update(t.lower() for t in m.titles)
        state.titles.update(m.described)
        if m.nationality and not state.nationality:
            state.nationality = m.nationality
        if state.actor.type == "person" and state.gender is None:
            state.gender = names.name_gender(m.words, m.titles)

    # -- speakers ------------------------------------------------------------
    def resolve(self, candidates: Sequence[Candidate]) -> tuple[list[Statement], list[Actor]]:
        statements: list[Statement] = []
        last_actor: _ActorState | None = None
        ordered = sorted(candidates, key=lambda c: (c.cue[0] if c.cue else c.content[0]))
        resolved: list[tuple[Candidate, _ActorState | None, str, TextSpan | None]] = []
        for cand in ordered:
            if cand.speaker is None and cand.rule == "passive":
                state, how, speaker = None, "agentless", None  # "was charged with X": no source to inherit
            elif cand.speaker is None:
                state, how, speaker = self._inherit(cand, resolved)
            else:
                state, how = self._speaker_actor(cand, last_actor)
                speaker = _text_span(self.text, *cand.speaker_offsets) if cand.speaker_offsets else None
                if state is not None and cand.speaker_offsets and how in ("pronoun", "role", "description"):
                    start, end = cand.speaker_offsets
                    self._see(state, _Seen(start, self.sentence_of(start), True))
                    if (start, end) not in state.spans:  # one mention may speak twice
                        state.add_mention(start, end)
                    state.add_alias(self.text[start:end])
            if state is not None:
                last_actor = state
            resolved.append((cand, state, how, speaker))
        for cand, state, how, speaker in resolved:
            statements.append(self._statement(cand, state, how, speaker))
        statements.sort(key=lambda s: (s.content.start, s.content.end))
        return statements, self.actors()

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
        """A floating quotation takes the speaker of the statement just before it."""
        para = bisect_left(self._newlines, cand.content[0])
        # Bounded: a paragraph of a thousand floating quotations must not rescan them all for each.
        for prev, state, _how, speaker in itertools.islice(reversed(resolved), self.max_lookback):
            if prev.content[1] > cand.content[0] and prev.content[0] < cand.content[0]:
                continue
            if para - bisect_left(self._newlines, prev.content[1]) > 2:
                break
            if speaker is not None:  # an unnamed source ("some strategists") is inherited too
                return state, "inherited", speaker
        return None, "unresolved", None

    def _speaker_actor(self, cand: Candidate, last_actor: _ActorState | None) -> tuple[_ActorState | None, str]:
        """The actor behind a speaker mention: the first reading of ``_mention_state`` that applies.
        A reading that applies but finds no actor ("he" with no antecedent) ends the search unresolved."""
        assert cand.speaker is not None and cand.speaker_offsets is not None
        return self._mention_state(cand.speaker, *cand.speaker_offsets, last_actor)

    def mention_actor(self, span: Span, start: int, end: int) -> Actor | None:
        """The actor a mention outside any statement refers to (an event's participant: "his summit", "the
        American leader", "European leaders"), by the same rules as a speaker. A described group becomes an actor
        with this mention, listed by ``actors()``; a pronoun or role is not added to the actor's aliases."""
        described = _description(span) if span.root.tag_ in ("NNS", "NNPS") and not span.root.ent_type_ else None
        state: _ActorState | None
        if described is not None:  # "the assembled European leaders": a group, not a role one person holds
            state, how = self._state_for(*described), "description"
        else:
            state, how = self._mention_state(span, start, end, None, joint=False)
        if state is None:
            return None
        if how == "description" and (start, end) not in state.spans:
            self._see(state, _Seen(start, self.sentence_of(start), False))
            state.add_mention(start, end)
            state.add_alias(self.text[start:end])
        return state.actor

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
        readings += [self._as_name, self._as_missed_name, self._as_mistagged_name, self._as_abbreviation,
                     self._as_pronoun, self._as_state_body, self._as_document, self._as_role,
                     self._as_reference, self._as_description]
        for reading in readings:
            found = reading(mention)
            if found is not None:
                return found
        return None, "unresolved"

    def _as_joint(self, m: _Mention) -> _Found | None:
        joint = self._joint(m.span, m.start, m.last_actor)  # "Tesco and Salling Group said": one group of both
        return (joint, "organization") if joint is not None else None

    def _as_name(self, m: _Mention) -> _Found | None:
        named = self._named_in(*self._head_name_range(m))
        member = self._unnamed_member(m.span, named, m.start)  # "a Woolworths spokesperson", not Woolworths
        if member is not None:
            return member, "description"
        if named is not None:
            return named, "named" if named.actor.type == "person" else "organization"
        return None

    def _as_missed_name(self, m: _Mention) -> _Found | None:
        """A name the entity recogniser missed: a known person, an organisation, or a new person."""
        if m.span.root.pos_ != "PROPN":
            return None
        run = _name_run(m.span)
        words = names.strip_title([t.text for t in run if not t.is_punct])
        state = self._match_person(words, m.start) if words else None
        if state is None and len(words) == 1:
            state = self._short_form(words[0])  # "Salling said" after "Salling Group"
        if state is None and len(words) == 1 and _acronym(words[0]):
            # "CNN said", "KCNA reported": an abbreviation is an organisation, never a person
            state = self._by_initials(words[0], m.start) or self._state_for(words[0], "organization")
        if state is None and _names_an_organisation(run, words):
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
        if not _acronym(m.span.root.text):  # "WHO said", "IT staff": an abbreviation, not a pronoun
            return None
        found = self._by_initials(m.span.root.text, m.start)
        return (found, "organization") if found is not None else (None, "unresolved")

    def _as_pronoun(self, m: _Mention) -> _Found | None:
        root = m.span.root
        word = root.lower_
        if root.pos_ != "PRON" and word not in names.MALE_PRONOUNS | names.FEMALE_PRONOUNS | names.PLURAL_PRONOUNS:
            return None
        return self._pronoun(word, m.start, m.last_actor), "pronoun"

    def _as_state_body(self, m: _Mention) -> _Found | None:
        """An institution ("the Kremlin"), a seat of government ("Moscow"), a body named by nationality."""
        span = m.span
        key = names.norm(" ".join(t.text for t in span if t.lower_ != "the"))
        if (inst := names.institution(key)) is not None:
            return self._institution(*inst), "organization"
        if key in names.METONYMS:
            return self._state_for(names.METONYMS[key], "country"), "organization"
        if span.root.lemma_.lower() in names.STATE_BODIES:  # "the Turkish presidency", "Ukraine's foreign ministry"
            country = next((names.NATIONALITIES[t.lower_] for t in span if t.lower_ in names.NATIONALITIES), None)
            if country is not None:
                return self._state_for(country, "country"), "organization"
        return None

    def _as_document(self, m: _Mention) -> _Found | None:
        document = self._document_author(m.span, m.start)  # "The decree signed by the Pope", then "the decree"
        if document is not None:
            return document
        root = m.span.root
        owner = next((c for c in root.children if c.dep_ == "poss"), None)
        if owner is not None and root.lemma_.lower() in names.DOCUMENT_NOUNS:  # "the chain's press release"
            found = self._owner(owner, m.start - m.span.start_char)
            if found is not None:
                return found, "organization"
        if owner is not None and root.lemma_.lower() not in names.VOICE_NOUNS:
            return None, "unresolved"  # "Putin's spokesman" is someone else's role, not a back-reference
        return None

    def _as_role(self, m: _Mention) -> _Found | None:
        if m.span.root.lemma_.lower() in names.ROLE_NOUNS and _definite(m.span):
            return self._role(m.span, m.start, m.last_actor), "role"
        titled = self._titled_person(m.span, m.start)  # "the judge": Judge Bernard Schwartz
        return (titled, "role") if titled is not None else None

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
        return None

    def _as_description(self, m: _Mention) -> _Found | None:
        described = _description(m.span)
        if described is None:
            return None
        state = self._state_for(*self._national(described, m.span))
        if m.span.root.lemma_.lower() in names.SOURCE_DOCUMENT_NOUNS:
            self._not_antecedents.add(id(state))  # "they" and "she" are never a report
        return state, "description"

    def _last_organization(self, noun: str, offset: int, sentences: int = 8) -> _ActorState | None:
        """The organisation last named before ``offset`` that "the <noun>" can stand for: any for a
        generic noun ("the company"), else one whose name has the noun ("the embassy": "US Embassy")."""
        recent = [s for s in self._recent(offset, sentences) if s.actor.type == "organization"]
        if noun not in names.GENERIC_ORG_NOUNS:
            recent = [s for s in recent if noun in s.actor.name.lower()]
        return recent[0] if recent else None

    def _unnamed_member(self, span: Span, named: _ActorState | None, offset: int) -> _ActorState | None:
        """"a Woolworths spokesperson", "White House officials": someone of a named body who is not named
        is a source of their own under that description (guideline 2.5), ``part_of`` the body. The body must
        modify the noun ("Woolworths" before it, "for Woolworths" after it); a name the noun titles
        ("assistant coach Ben Radmall") is the speaker."""
        root = span.root
        if named is None or root.pos_ != "NOUN" or root.lemma_.lower() not in names.PEOPLE_NOUNS:
            return None
        if _definite(span) or any(c.dep_ == "poss" for c in root.children):
            return None  # "the spokesperson" refers back; "Putin's spokesman" is resolved as a role
        shift = offset - span.start_char
        before = self._named_in(span.start_char + shift, root.idx + shift)
        after = [c for c in root.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "with")]
        after_named = [self._named_in(c.idx + shift, c.right_edge.idx + len(c.right_edge) + shift) for c in after]
        if named is not before and named not in after_named:
            return None
        described = _description(span)
        if described is None:
            return None
        name, actor_type = described
        if named.actor.name.lower() not in name.lower():
            name = f"{name} of {named.actor.name}"  # "a spokesperson for Woolworths"
        state = self._state_for(name, actor_type)
        state.actor.part_of = named.actor.name
        return state

    def _joint(self, span: Span, offset: int, last_actor: _ActorState | None) -> _ActorState | None:
        """Joint sources are one group actor named after its members (guideline 2.5): "UK-based retailer Tesco
        and Denmark-based retailer Salling Group" is "Tesco and Salling Group", "Both he and Commissioner
        Stephen Mold" is "Nick Adderley and Stephen Mold". Only when every member resolves to an actor."""
        root = span.root
        members = [root, *root.conjuncts]
        if len(members) < 2 or any(m.pos_ not in ("NOUN", "PROPN", "PRON") for m in members):
            return None
        shift = offset - span.start_char
        found: list[_ActorState] = []
        for member in members:
            own = _member_phrase(member)
            if member.pos_ == "PRON":
                state = self._pronoun(member.lower_, own.start_char + shift, last_actor)
            else:
                state = self._named_in(own.start_char + shift, own.end_char + shift, head_last=True)
            if state is None or state in found:
                return None
            found.append(state)
        names_ = [s.actor.name for s in found]
        name = " and ".join(names_) if len(names_) == 2 else f"{', '.join(names_[:-1])} and {names_[-1]}"
        return self._state_for(name, "group")

    def _document_author(self, span: Span, offset: int) -> tuple[_ActorState, str] | None:
        """A document speaks for its author (annotation guideline 2.5): "The decree signed by the Pope" is the
        Pope's; a later definite "the decree" is the same author's."""
        root = span.root
        noun = root.lemma_.lower()
        if noun not in names.DOCUMENT_NOUNS:
            return None
        shift = offset - span.start_char
        for clause in root.children:
            if clause.dep_ == "prep" and clause.lower_ in ("by", "from"):  # "a tweet on Monday by X"
                agent = next((g for g in clause.children if g.dep_ == "pobj"), None)
            elif clause.dep_ in ("acl", "relcl"):  # "the decree signed by the Pope"
                agent = next((g for c in clause.children if c.dep_ == "agent" for g in c.children
                              if g.dep_ == "pobj"), None)
            else:
                continue
            author = self._author(agent, shift) if agent is not None else None
            if author is not None:
                self._documents[noun] = author
                return author
        if _definite(span) and not any(c.dep_ == "poss" for c in root.children) and noun in self._documents:
            return self._documents[noun]
        return None

    def _author(self, agent: Token, shift: int) -> tuple[_ActorState, str] | None:
        tokens = list(agent.subtree)
        begin, end = tokens[0].idx + shift, tokens[-1].idx + len(tokens[-1]) + shift
        named = self._named_in(begin, end)
        if named is not None:
            return named, "named" if named.actor.type == "person" else "organization"
        lemma = agent.lemma_.lower()
        people = [s for s in self._recent(begin, MAX_ROLE_DISTANCE) if s.actor.type == "person"]
        titled = next((s for s in people if lemma in s.titles), None)  # "signed by the Pope": Pope Francis
        return (titled, "role") if titled is not None else None

    def _national(self, described: tuple[str, ActorType], span: Span) -> tuple[str, ActorType]:
        """"officials" in a story about Germany are "German officials" (the annotation guideline's normal
        form): a state's sources described without a country take the country the article speaks of most."""
        name, actor_type = described
        if span.root.lemma_.lower() not in names.NATIONAL_SOURCE_NOUNS or any(
                t.lower_ in names.NATIONALITIES or t.ent_type_ in ("GPE", "NORP", "ORG") for t in span):
            return described
        adjective = names.nationality_of(self._main_country())
        return (f"{adjective} {name}", actor_type) if adjective else described

    def _main_country(self) -> str | None:
        """The country the article names first: news names the country of its story in the lead."""
        firsts = [(s.offsets[0], s.actor.name) for s in self.states if s.actor.type == "country" and s.offsets]
        return min(firsts)[1] if firsts else None

    def _titled_person(self, span: Span, offset: int) -> _ActorState | None:
        """"The judge" after "Judge Bernard Schwartz", "the lawyer" after "Howard Rubel, a Toronto lawyer":
        a definite singular noun for a person refers back to the latest person the article gave that title
        or description (never to a country or an organisation, and never a plural to one person)."""
        root = span.root
        lemma = root.lemma_.lower()
        if not _definite(span) or root.tag_ != "NN" or span[0].dep_ == "poss" or span[0].tag_ == "PRP$":
            return None
        if lemma not in names.PEOPLE_NOUNS and lemma not in names.TITLE_WORDS:
            return None
        people = [s for s in self._recent(offset, MAX_ROLE_DISTANCE) if s.actor.type == "person"]
        return next((s for s in people if lemma in s.titles), None)

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
        if root.pos_ == "PROPN":
            return start, end
        shift = start - span.start_char
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
        return self._speaker_name_range(m.span, m.start, m.end)

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
        words = [t.text for t in tokens if t.pos_ == "PROPN"]
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
            if m_end <= end or _ABBREVIATION_TAIL.fullmatch(self.text, end, m_end):
                hits.append((m_start, self.states[n]))
            at += 1
        if not hits:
            return None
        persons = [h for h in hits if h[1].actor.type == "person"]
        pick = max if head_last else min
        return pick(persons or hits, key=lambda h: h[0])[1]

    def _pronoun(self, word: str, offset: int, last_actor: _ActorState | None) -> _ActorState | None:
        gender = names.pronoun_gender(word)
        if word in names.PLURAL_PRONOUNS:
            pool = [s for s in self._recent(offset, MAX_PRONOUN_DISTANCE)
                    if s.actor.type != "person" and id(s) not in self._not_antecedents]
            if word in ("we", "us", "our"):
                return None  # outside a quotation "we" is the writer
        elif word in ("i", "me", "my", "you"):
            return None
        else:
            pool = [s for s in self._recent(offset, MAX_PRONOUN_DISTANCE) if s.actor.type == "person"]
            if last_actor is not None and last_actor not in pool and last_actor.actor.type == "person":
                pool.append(last_actor)
        sentence = self.sentence_of(offset)
        alternation = self._alternation_holds(pool, last_actor, offset, gender)
        best, best_score = None, -math.inf
        for state in pool:
            if gender and state.gender and state.gender != gender:
                continue
            seen = state.last_before(offset)
            if seen is None:
                continue
            distance = sentence - seen.sentence
            if distance > MAX_PRONOUN_DISTANCE and state is not last_actor:
                continue
            score = (-W_RECENCY * distance + W_SUBJECT * seen.subject
                     + W_GENDER_KNOWN * (gender is not None and state.gender == gender)
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

    def _role(self, span: Span, offset: int, last_actor: _ActorState | None) -> _ActorState | None:
        role = span.root.lemma_.lower()
        words = [t.lower_ for t in span]
        nationality = next((names.NATIONALITIES[w] for w in words if w in names.NATIONALITIES), None)
        sentence = self.sentence_of(offset)
        best, best_score = None, -math.inf
        pool = self._recent(offset, MAX_ROLE_DISTANCE)
        if last_actor is not None and last_actor not in pool:
            pool.append(last_actor)
        people = [s for s in pool if s.actor.type == "person"]
        alternation = self._alternation_holds(people, last_actor, offset, None)
        for state in pool:
            if state.actor.type != "person":
                continue
            seen = state.last_before(offset)
            if seen is None:
                continue
            if nationality and state.nationality and state.nationality != nationality:
                continue
            score = (-W_ROLE_RECENCY * (sentence - seen.sentence)
                     + W_TITLE_MATCH * (role in state.titles)
                     + W_NATIONALITY_MATCH * (nationality is not None and nationality == state.nationality)
                     + W_LAST_SPEAKER * (state is last_actor and alternation)
                     + W_SALIENCE * math.log1p(state.count_before(offset)))
            if score > best_score:
                best, best_score = state, score
        return best


# Name particles the entity recogniser tends to end a name on: "Ursula von der | Leyen".
_PARTICLES = frozenset("von van der den de da di du del della la le al bin ibn ben".split())


def _whole_name(ent: Span) -> Span:
    """A person's name cut after a particle takes the proper nouns that follow."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent[-1].lower_ not in _PARTICLES:
        return ent
    end = ent.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if end == ent.end:
        return ent
    return Span(doc, ent.start, end, label=ent.label_)


def _other_title_first(person: _ActorState, m: _NameMention) -> bool:
    """"President Trump" before the article's only full name, "Melania Trump", is someone else:
    a surname that comes first, with a title the full name never carries, does not join it."""
    titles = {t.lower() for t in m.titles if t.lower() in names.ROLE_NOUNS or t.lower() in names.TITLE_WORDS}
    titles -= set(names.NATIONALITIES)
    first = min((x.start for x in person.actor.mentions), default=m.start)
    return bool(titles) and m.start < first and not titles & person.titles


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
        ):
            titles.insert(0, tok.text)
            i -= 1
            continue
        break
    titles.extend(t.text for t in ent if t.lower_ in names.TITLE_WORDS)
    nationality = next((names.NATIONALITIES[t.lower()] for t in titles if t.lower() in names.NATIONALITIES), None)
    return titles, nationality


# What may follow a name the recogniser ran on past the speaker span: " (WHO", " (WHO)".
_ABBREVIATION_TAIL = re.compile(r"\s*\(?[A-Z][A-Z0-9.&-]*\)?")
# Words left out of an organisation's initials ("World Health Organization" is WHO).
_NOT_INITIALS = frozenset("of the and for on in de".split())


def _member_phrase(tok: Token) -> Span:
    """One member of a coordinated source, without the other members: "[Tesco]" and "[Salling Group]"."""
    others = {t.i for c in tok.children if c.dep_ in ("conj", "cc", "appos", "relcl", "punct") for t in c.subtree}
    own = [t for t in tok.subtree if t.i not in others]
    return tok.doc[own[0].i:own[-1].i + 1] if own else tok.doc[tok.i:tok.i + 1]


def _before_bracket(ent: Span) -> Span:
    """A name the recogniser ran on into a bracket ("The World Health Organisation (WHO") ends before it."""
    bracket = next((t.i for t in ent if t.text == "(" and t.i > ent.start), None)
    return ent if bracket is None else Span(ent.doc, ent.start, bracket, label=ent.label_)


def _appositive_nouns(ent: Span) -> list[str]:
    """The common nouns an apposition gives a name: "the judge presiding over the case, [Bernard Schwartz]",
    "[Howard Rubel], a Toronto lawyer"."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    return [n.lemma_.lower() for n in nouns]


def _acronym(word: str) -> bool:
    """"WHO", "KCNA", "U.N.": two or more capitals (with full stops), no lower case."""
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w and w.lower() not in _NOT_INITIALS).upper()


def _name_run(span: Span) -> Span:
    """The proper nouns that end a speaker phrase: "Sharks head coach [Peter DeBoer]", "Maroochydore
    assistant coach [Ben Radmall]". Title words and the places and teams before them are not the name."""
    end = span.root.i + 1 if span.root.pos_ == "PROPN" else span.end
    start = end
    while start > span.start and (span.doc[start - 1].pos_ == "PROPN" or _inner_mark(span.doc[start - 1])):
        start -= 1
    return span.doc[start:end] if start < end else span


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
    if how == "role":
        return f"{speaker.text!r} is a role whose holder the article does not name and the actors file does not know"
    return f"{speaker.text!r} is not a name, a known role, an organisation named before or a described source"


def _names_an_organisation(span: Span, words: list[str]) -> bool:
    """Capitalised words the recogniser tagged as an organisation: "UOKiK said", "TVN24 reported"."""
    return 1 <= len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in words) and all(
        t.ent_type_ == "ORG" for t in span if t.pos_ == "PROPN") and any(t.pos_ == "PROPN" for t in span)


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
    document = lemma in names.SOURCE_DOCUMENT_NOUNS  # "recent reports", "a new study": a source with no author
    if root.pos_ not in ("NOUN", "PROPN") or not ({lemma, root.lower_} & names.PEOPLE_NOUNS or document):
        return None
    plural = root.tag_ in ("NNS", "NNPS") or lemma in ("police", "media", "press", "staff", "people", "family")
    if not plural and _definite(span) and not document:
        return None  # "the official": someone the report introduced before, not a new source
    keep = sorted({t.i for child in root.lefts if child.dep_ in ("amod", "compound", "nmod", "npadvmod", "nummod")
                   for t in child.subtree} | {root.i})
    words = [span.doc[i].text for i in keep if not span.doc[i].is_punct]
    while words and words[0].lower() in names.DESCRIPTION_DROPS:
        words.pop(0)
    if not words:
        return None
    first = next(span.doc[i] for i in keep if span.doc[i].text == words[0])
    if first.pos_ != "PROPN" and not first.ent_type_ and not words[0].isupper():
        words[0] = words[0].lower()  # "Officials said" is "officials"; "Republican lawmakers" keeps its capital
    # A document or data source without an author in reach is unnamed, one or many (guideline 2.5).
    return " ".join(words), "group" if plural and not document else "unnamed"


def _definite(span: Span) -> bool:
    first = span[0].lower_
    return first in ("the", "this", "that") or span[0].dep_ == "poss" or span[0].tag_ == "PRP$"


def _same_person(known: list[str], words: list[str]) -> bool:
    """"Trump" ~ "Donald Trump" ~ "Donald J. Trump"; "Hillary Clinton" !~ "Bill Clinton"; "Lai" ~ "Lai Ching-te"."""
    if not known or not words or _surname(known) != _surname(words):
        return False
    a = [w.lower().rstrip(".") for w in known]
    b = [w.lower().rstrip(".") for w in words]
    if len(a) == 1 or len(b) == 1:
        return True
    if a[-1] != b[-1]:
        return False
    return a[0] == b[0] or (a[0][:1] == b[0][:1] and (len(a[0]) == 1 or len(b[0]) == 1))


# A romanised East Asian given name after the family name: "Lai Ching-te", "Kim Jong-un", "Lee Jae-myung".
# ("Ocasio-Cortez", capitalised after the hyphen, is a Western double surname.)
_GIVEN_NAME_LAST = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def _surname(words: Sequence[str]) -> str:
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
