"""Actors across articles: an article's actors linked to the corpus's, role nouns to their holders on the
day, the same quote across outlets to one quote.

The decisions are made here; the store only answers small questions and records the answers, through
``ActorRepository``. The SQLite store implements it (``onrecord.store.Store``); another store (PostgreSQL,
say) implements the same dozen methods and links actors exactly the same way.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from onrecord.extract.english import PLURAL_PRONOUNS
from onrecord.model import Actor
from onrecord.resolve import names, quotes
from onrecord.resolve.corpus import (
    Role,
    actor_key,
    joint_name_orders,
    joint_name_parts,
    role_holder,
    role_mention,
    split_generation,
    surname_of,
    without_middle_names,
)
from onrecord.resolve.fit import RANKS, title_form
from onrecord.resolve.names import FEMALE_PRONOUNS, MALE_PRONOUNS

_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS


class ActorRepository(Protocol):
    """What cross-article resolution asks of a store. Ids are the store's actor and quote ids; keys are
    ``actor_key`` values (lower case, accents stripped)."""

    def actors_with_alias(self, alias_key: str) -> list[int]:
        """Actors that have this alias, by id."""

    def described_actors(self, ids: Sequence[int]) -> list[int]:
        """Of ``ids``, the described sources (types group and unnamed)."""

    def preferred_actor(self, ids: Sequence[int], key: str) -> int:
        """Of actors sharing an alias: the one whose own key it is, else one an actors file names, else
        the oldest."""

    def person_with_key(self, key: str, *, from_file: bool | None = None) -> int | None:
        """The person whose key this is (``from_file``: only one an actors file did, or did not, describe)."""

    def people_named(self, first: str, last: str) -> list[tuple[int, str]]:
        """(id, key) of people whose key starts with the word ``first`` and ends with the word ``last``."""

    def people_with_surname(self, surname: str) -> list[int]:
        """People named in full whose family name is ``surname`` ("donald trump"; "lai ching-te" for "lai"),
        not one known by the bare surname."""

    def namesakes(self, surname: str) -> list[tuple[int, str, bool]]:
        """(id, key, whether an actors file describes them) of the people ``people_with_surname`` gives."""

    def actor_by_key(self, key: str, name: str, actor_type: str) -> int:
        """The actor with this key, created (with its name as an alias) if there is none."""

    def set_part_of(self, actor_id: int, state_id: int) -> None:
        """``actor_id`` is part of the state ``state_id``, unless it already belongs to one."""

    def set_type(self, actor_id: int, actor_type: str, *, only_from: str) -> None:
        """The actor's type becomes ``actor_type`` if it is ``only_from`` ("person" for a name the first
        article took for an organisation); an actors file's type stays."""

    def add_alias(self, actor_id: int, alias: str, actor_type: str) -> None: ...

    def merge_actor(self, old: int, into: int) -> None:
        """Everything of actor ``old`` (statements, mentions, quotes, aliases) moves to ``into``; ``old`` goes."""

    def roles(self) -> list[tuple[int, Role]]:
        """Every dated role of the actors files, with its holder's id."""

    def quote_candidates(self, actor_id: int, hashes: Collection[int]) -> list[tuple[int, int, int]]:
        """(quote id, its shingle count, shingles shared with ``hashes``) of the actor's quotes, most
        shared first, at most 20."""

    def add_quote(self, actor_id: int, norm_text: str, hashes: Collection[int]) -> int: ...


@dataclass(frozen=True, slots=True)
class SurnameEvidence:
    """What one article says about the person behind a bare surname ("Obama"): the titles written before it
    ("President", "Mrs."), the gender its honorifics give, and the gender of the pronouns it was resolved from."""

    titles: frozenset[str] = frozenset()
    gender: str | None = None  # "Mr.", "Mrs."
    pronoun_gender: str | None = None  # "he said": weaker, a pronoun may have been misread
    family: bool = False  # every mention by name is written "the Clintons": a plural, a family


_WORD = re.compile(r"[A-Za-z][A-Za-z.'’-]*")


def surname_evidence(text: str, spans: Sequence[tuple[int, int]], pronouns: Sequence[str]) -> SurnameEvidence:
    """Titles written just before each mention ("President Obama", "Mrs. Obama", "former President Bush"), the
    gender of the honorifics among them, and that of the pronouns statements of the person were resolved
    from ("he said"); a gender both ways is none."""
    titles: set[str] = set()
    for start, end in spans:
        words = _WORD.findall(text[max(0, start - 40):start])
        while words and words[-1].lower() in names.TITLE_WORDS:
            titles.add(title_form(words.pop()))
        for word in _WORD.findall(text[start:end])[:-1]:  # "Mrs. Obama", where the recogniser kept the title
            if word.lower() not in names.TITLE_WORDS:
                break
            titles.add(title_form(word))
    honorific = {g for t in titles if (g := names.name_gender(["x"], [t])) is not None}
    said = {g for p in pronouns if (g := names.pronoun_gender(p)) is not None}
    named = [(start, end) for start, end in spans if text[start:end][:1].isupper()]
    family = bool(named) and all(text[start:end].rstrip().endswith("s")
                                 and text[max(0, start - 4):start].lower() == "the " for start, end in named)
    return SurnameEvidence(frozenset(titles), honorific.pop() if len(honorific) == 1 else None,
                           said.pop() if len(said) == 1 else None, family)


def _may_be(key: str, gender: str | None) -> bool:
    return gender is None or names.name_gender(key.split(" "), []) in (None, gender)


def _hyphen_head(word: str, lower_words: Collection[str]) -> list[str]:
    """ "Trump-led" is "Trump" and a word "led": the lower-case tail an article writes alone is no part of a
    name ("Ki-moon" keeps its "moon" unless the article writes "moon")."""
    head, dash, tail = word.rpartition("-")
    return [head, tail] if dash and head and tail.islower() and tail in lower_words else [word]


def _given_name(word: str) -> bool:
    return names.name_gender([word, "x"], []) is not None


def _surname_may_be(bare: str, key: str) -> bool:
    """A bare word that is a given name ("Hillary", "Donald") is the family name of a stored full name only when
    that name opens with another given name the lists know ("Ryan": Paul Ryan): a headline's "Clinton Cash
    Debunks Hillary" took every bare "Hillary" of the corpus, "Donald Trump-led" (read as a family name first,
    like "Lai Ching-te") every bare "Donald" (issue 12)."""
    return not _given_name(bare) or (key.split(" ")[0] != bare and _given_name_known(key))


def _given_name_known(key: str) -> bool:
    """A stored full name whose first word is a given name ("barack obama"), not a headline's leftover
    ("presidents obama", "team clinton")."""
    words = key.split(" ")
    return len(words) >= 2 and names.name_gender(words, []) is not None


class CorpusLinker:
    """Links one article's actors, roles and quotes to the corpus's; one per article (its merges are
    followed until the article is stored)."""

    def __init__(self, repo: ActorRepository) -> None:
        self.repo = repo
        self._merged_into: dict[int, int] = {}  # actors merged while this article is stored

    def actor(self, actor: Actor, evidence: SurnameEvidence | None = None, day: date | None = None,
              article_actors: Sequence[Actor] = (), *, gendered: bool = False,
              lower_words: Collection[str] = ()) -> int:
        """The corpus actor for an article's actor: by alias, by key, by unique surname, else a new one.
        ``evidence``: what the article says of a bare surname's person (``namesake``); ``article_actors``: the
        article's others, among which its ``part_of`` is looked up (``_owner``); ``gendered``: the article
        calls the actor "he" or "she" (``_settle_type``); ``lower_words``: the words the article writes in
        lower case (``_common_words_cut``)."""
        actor, written_within = self._without_headline_words(as_written(actor), lower_words)
        if evidence is not None and evidence.family:
            actor = self._as_family(actor)
        key = actor_key(actor.name, actor.type)
        ids = [written_within] if written_within is not None else self.repo.actors_with_alias(key)
        if actor.type in ("group", "unnamed") and ids:
            # "a poll" is no "Morning Consult Poll" that a headline's "Poll:" gave the alias "Poll" (issue 12):
            # a description joins a description of that key only
            ids = self.repo.described_actors(ids)
        if not ids and actor.members:
            ids = self._same_members(actor, key, article_actors)
        if len(ids) > 1:  # an alias two actors share: its own key's actor, else one an actors file names
            ids = [self.repo.preferred_actor(ids, key)]
        bare = actor.type in ("person", "organization") and " " not in key  # NER often tags a surname ORG
        if bare and evidence is not None and (not ids or self.repo.person_with_key(key) in ids):
            # one person per person across a corpus (issue 12): "Obama" joins Barack Obama, not a second "Obama"
            found, ruled_out = self.namesake(key, evidence, day)
            ids = [found] if found is not None else ids
            bare = not ruled_out
        if not ids and bare:
            ids = [i for i, other, _ in self.repo.namesakes(key) if _surname_may_be(key, other)]
            ids = ids if len(ids) == 1 else []  # two people share the surname: do not guess
        if actor.type == "person" and " " not in key and _given_name(key) and \
                (not ids or ids == [self.repo.person_with_key(key)]):  # before another article's bare "Bernie"
            ids = self._given_name_in_article(actor, key, article_actors) or ids
        if not ids and actor.type == "person":
            ids = self._same_first_and_last_name(key) or self._family_name_of_one(key)
        actor_id = ids[0] if ids else self.repo.actor_by_key(key, actor.name, actor.type)
        if ids:
            self._settle_type(actor_id, key, actor.type, gendered)
        if not ids and actor.type == "person" and " " in key:
            self._absorb_surname_actor(actor_id, key)
            self._absorb_family_name_actor(actor_id, key)
        if actor.part_of:
            state = self._owner(actor, article_actors)
            if state != actor_id:
                self.repo.set_part_of(actor_id, state)
        for alias in (actor.name, *actor.aliases):
            # A bare surname is an alias only where an actors file says so: in one article "Trump"
            # may be clustered with whichever Trump it names, which must not decide every other article.
            # A description is an alias only of the same description: "officials" normalised to "American
            # officials" in one story must not draw every other story's bare "officials" to it (issue 12).
            if actor.type in ("group", "unnamed") and actor_key(alias, actor.type) != key:
                continue
            if actor.type == "person" and around_name(actor_key(alias), key):
                continue  # "Billionaire Donald Trump", "Fault\nTed Cruz": a headline's words round the name
            if is_name(alias, actor.type) and (actor.type != "person" or same_person(key, actor_key(alias))):
                self.repo.add_alias(actor_id, alias, actor.type)
        return actor_id

    def _same_members(self, actor: Actor, key: str, article_actors: Sequence[Actor]) -> list[int]:
        """A group named after its members that the corpus holds under another order of their names
        ("Martin O'Malley and Hillary Clinton" after another article's "Hillary Clinton and Martin O'Malley"):
        the same actor, keeping the name seen first (issue 12). The members' names are the article's own."""
        by_id = {a.id: a for a in article_actors}
        members = [one_line(by_id[m].name) for m in actor.members if m in by_id]
        # the names as the group's own name writes them too: a member renamed after the group was named ("Obama"
        # of "Benjamin Netanyahu and Obama" is "Barack Obama" by then), or one with no actor of the article's
        written = joint_name_parts(one_line(actor.name), len(actor.members))
        orders = [*(joint_name_orders(members) if len(members) == len(actor.members) else []),
                  *(joint_name_orders(written) if written else [])]
        for other in dict.fromkeys(actor_key(name, actor.type) for name in orders):
            ids = self.repo.described_actors(self.repo.actors_with_alias(other)) if other != key else []
            if ids:
                return ids[:1]
        return []

    def _without_headline_words(self, actor: Actor, lower_words: Collection[str] = ()) -> tuple[Actor, int | None]:
        """A person named with a headline's or a line's words round the name ("Ted Cruz Hints", "Fault\nTed
        Cruz", "Certainly Donald Trump"; issue 12) under the name itself: the article's own shorter spelling
        of it ("Ted Cruz"), or a stored person whose full name it holds with only words that are no given name
        before it (then that person's id too). The recogniser takes a title-cased headline's verb or adverb
        into the name, and one article then made three actors of one person."""
        if actor.type != "person":
            return actor, None
        name = one_line(actor.name)
        key = actor_key(name)
        spellings = sorted({actor_key(one_line(a)): one_line(a) for a in actor.aliases}.items(),
                           key=lambda item: -len(item[0]))
        # "Dena Minning Grayson", also written "Dena Grayson": her name, not "Dena Minning" and a headline's word
        surnames = {surname_of(k) for k, _ in spellings if " " in k and k != key}
        last = split_generation(key)[0].split(" ")[-1]
        inner = next((a for k, a in spellings if around_name(key, k) and last not in surnames - {surname_of(k)}),
                     None)
        if inner is not None:
            return renamed(actor, inner), None
        for sub in _inner_names(key):
            if not (around_name(key, sub, after=False) and _given_name_known(sub)):
                continue  # pure tests first: a long name has many inner runs, each a query
            stored = self.repo.person_with_key(sub)
            if stored is not None:
                inner = " ".join(name.split()[-len(sub.split(" ")):])  # the name's own words, as written
                return renamed(actor, inner if actor_key(inner) == sub else name), stored
        cut = self._common_words_cut(name.split(), lower_words)
        if cut is not None:
            return renamed(actor, cut[0]), cut[1]
        return (renamed(actor, name), None) if name != actor.name else (actor, None)

    def _common_words_cut(self, words: list[str], lower_words: Collection[str]) -> tuple[str, int | None] | None:
        """A name with words before or after it that the article also writes in lower case, so common words a
        title-cased headline capitalised ("Fascist Trump", "Team Clinton", "Bernie Sanders Burns", "Donald
        Trump-led"): the name without them, when what is left is a stored person's full name (with its id) or
        the family name of one ("Trump", then linked as any bare surname). A word no list knows as a given
        name only: "Frank Smith" keeps its Frank."""
        if len(words) < 2 or not lower_words:
            return None
        words = [*words[:-1], *_hyphen_head(words[-1], lower_words)]
        common = [w.lower().strip(",.") in lower_words and not _given_name(w.lower()) for w in words]
        start = common.index(False) if False in common else len(words)
        end = len(words) - (common[::-1].index(False) if False in common else 0)
        if (start, end) == (0, len(words)) or start >= end:
            return None
        kept = " ".join(words[start:end])
        key = actor_key(kept)
        if " " in key:
            stored = self.repo.person_with_key(key)
            return (kept, stored) if stored is not None and _given_name_known(key) else None
        if _given_name(key) or not any(_given_name_known(k) for _, k, _ in self.repo.namesakes(key)):
            return None  # "Ryan Price" is no Ryan; a word that is nobody's family name is kept
        return kept, None

    def _settle_type(self, actor_id: int, key: str, written: str, gendered: bool) -> None:
        """A name the first article's recogniser called an organisation and this article a person takes the
        type the evidence gives: a person when it opens with a given name the lists know or this article calls
        it "he" or "she" ("Carly Fiorina"); an organisation, from a person, only when a word of it is an
        organisation's ("Acme Holdings"). The first article's type stayed for good, and one misread put a
        candidate among the organisations (issue 12). Never back: one "she" outweighs a recogniser's ORG."""
        if " " not in key:  # a bare surname the recogniser often tags ORG: the namesake rules decide
            return
        if written == "person" and (gendered or _given_name_known(key)):
            self.repo.set_type(actor_id, "person", only_from="organization")
        elif written == "organization" and not _given_name_known(key) and \
                set(key.split(" ")) & (names.ORG_NOUNS | names.ORG_SUFFIXES):
            self.repo.set_type(actor_id, "organization", only_from="person")

    def _owner(self, actor: Actor, article_actors: Sequence[Actor]) -> int:
        """What ``actor`` is part of: the article's actor of that name when it is one that is no country ("the
        Biden administration" is part of the person Biden, "a spokesperson for Acme" of the company), linked as
        that actor; else a state. Read as a state, every side and spokesperson made its owner a bogus country
        actor ("Biden", type country; issue 12, newcomer 6)."""
        assert actor.part_of is not None
        owner = next((a for a in article_actors if a.name == actor.part_of and a.id != actor.id), None)
        if owner is not None and owner.type != "country":
            return self.actor(owner)  # its own part_of, if any, is read as a state: no chain to follow round
        return self.repo.actor_by_key(actor_key(actor.part_of, "country"), actor.part_of, "country")

    def live(self, actor_id: int) -> int:
        """The actor an id stands for now: itself, or the one it was merged into."""
        while actor_id in self._merged_into:
            actor_id = self._merged_into[actor_id]
        return actor_id

    def role_holder(self, speaker: str, day: date | None) -> int | None:
        """Who held the role a speaker names ("the British prime minister") on ``day``, per the actors files."""
        mention = role_mention(speaker)
        if mention is None:
            return None
        return role_holder(mention, self.repo.roles(), day)

    def quote(self, actor_id: int, content: str) -> int | None:
        """The quote this content is of (the same words reported by another outlet), or a new one."""
        norm = quotes.normalise(content)
        hashes = quotes.shingles(norm)
        if not hashes:
            return None
        for quote_id, shingle_count, common in self.repo.quote_candidates(actor_id, hashes):
            if quotes.same_quote(common, len(hashes), shingle_count):
                return quote_id
        return self.repo.add_quote(actor_id, norm, hashes)

    def namesake(self, surname: str, evidence: SurnameEvidence, day: date | None) -> tuple[int | None, bool]:
        """The one stored person named in full with this surname that the article's evidence fits, and whether
        the evidence rules out every one of them ("Mrs. Obama" where only Barack Obama is stored).

        People with a given name the lists know count ("Presidents Obama", a headline's leftover, does not),
        and an actors file's entry when the article writes a title; the article's gender (honorifics, pronouns)
        and titles ("President Obama": a role the actors file says the person held on ``day``) narrow them; one
        left is the person, two or more (Bill and Hillary Clinton, "Clinton" alone) keep the bare surname apart."""
        # Names with a listed given name, and an actors file's entry when a title is written (the lists lack
        # "Philip": a "Hammond" who is a "she" must not fall to Philip Hammond for want of his gender)
        people = [(i, key) for i, key, from_file in self.repo.namesakes(surname)
                  if (_given_name_known(key) or (from_file and evidence.titles)) and _surname_may_be(surname, key)]
        if not people:
            return None, False
        people = [p for p in people if _may_be(p[1], evidence.gender) and not self._other_rank(p[0], evidence.titles)]
        if not people:
            return None, True  # "Mrs. Obama" where only Barack Obama is stored: someone else
        held = self._holders(evidence.titles, {i for i, _ in people}, day)
        if held:  # "President Obama" in 2016: the one the actors file says was president then
            people = [p for p in people if p[0] in held]
        elif evidence.pronoun_gender is not None:  # "Hammond ... she said" is no Philip Hammond
            people = [p for p in people if _may_be(p[1], evidence.pronoun_gender)]
        return (people[0][0] if len(people) == 1 else None), False

    def _other_rank(self, actor_id: int, titles: frozenset[str]) -> bool:
        """"Adm. Harris" is not a person the actors file describes with no such rank (Kamala Harris)."""
        ranks = titles & RANKS
        roles = [r for i, r in self.repo.roles() if i == actor_id]
        return bool(ranks and roles) and not any(ranks & set(r.nouns) for r in roles)

    def _holders(self, titles: frozenset[str], ids: set[int], day: date | None) -> set[int]:
        """Of ``ids``, those an actors file gives an office named by one of ``titles`` on ``day`` (or before
        it, for "former")."""
        if not titles or day is None:
            return set()
        former = "former" in titles
        out = set()
        for actor_id, role in self.repo.roles():
            then = role.end is not None and role.end <= day if former else role.held_on(day)
            if actor_id in ids and titles & set(role.nouns) and then:
                out.add(actor_id)
        return out

    def _same_first_and_last_name(self, key: str) -> list[int]:
        """ "Hillary Rodham Clinton" joins a stored "Hillary Clinton", and the other way round, when
        exactly one stored person has that first and last name."""
        short = without_middle_names(key)
        if short is not None:
            found = self.repo.person_with_key(short)
            return [found] if found is not None else []
        words = key.split(" ")
        if len(words) != 2:
            return []
        matches = [i for i, other in self.repo.people_named(words[0], words[1]) if without_middle_names(other) == key]
        return matches if len(matches) == 1 else []

    def _as_family(self, actor: Actor) -> Actor:
        """ "The Clintons", "the Obamas": the family of a stored person (a group, "Clinton family"), not a
        person or a company named with a plural. Only where the singular is the family name of a person
        stored with a given name the lists know and nobody is stored with the plural itself as family name
        ("the Parks" where a Rosa Parks is stored stays hers). A person typed so took the family's statements
        (issue 12 item 7, actors11)."""
        if actor.type not in ("person", "organization") or " " in actor.name.strip():
            return actor
        key = actor_key(actor.name)
        if not key.endswith("s") or any(_given_name_known(k) for _, k, _ in self.repo.namesakes(key)):
            return actor
        for size in (1, 2) if key.endswith(("ses", "shes", "ches", "xes", "zes")) else (1,):
            singular = key[:-size]
            if _given_name(singular) or not any(_given_name_known(k) for _, k, _ in self.repo.namesakes(singular)):
                continue
            name = f"{actor.name.strip()[:-size]} family"
            return Actor(id=actor.id, name=name, type="group", aliases=[name], mentions=actor.mentions,
                         part_of=actor.part_of, members=list(actor.members))
        return actor

    def _given_name_in_article(self, actor: Actor, key: str, article_actors: Sequence[Actor]) -> list[int]:
        """A bare given name ("Bernie", "Hillary") is the one person its own article names in full with that
        given name ("Bernie Sanders"), linked as that person; none where the article names two ("Donald Trump"
        and "Donald Trump Jr.") or someone whose family name the word is ("Ryan" beside Paul Ryan). Left
        apart, 36 statements of the top 300 actors of a PolNeAR train store went to "Bernie", "Donald" and
        "Hillary" (issue 12 item 7, actors11)."""
        people: dict[str, Actor] = {}
        for other in article_actors:
            if other.type != "person" or other.id == actor.id:
                continue
            other_key = actor_key(one_line(other.name))
            words = split_generation(other_key)[0].split(" ")
            if words[-1] == key:
                return []  # "Ryan" in an article naming Paul Ryan: his family name, not another's given name
            if len(words) >= 2 and words[0] == key and _given_name_known(other_key):
                people[other_key] = other
        if len(people) != 1:
            return []
        return [self.actor(next(iter(people.values())), article_actors=article_actors)]

    def _family_name_of_one(self, key: str) -> list[int]:
        """A family name of two words or more written alone ("Wasserman Schultz") is the one stored person
        named in full with it after a given name ("Debbie Wasserman Schultz"); its first word is no given
        name ("Mary Ann" is someone's given names, not a family name)."""
        words = split_generation(key)[0].split(" ")
        if len(words) < 2 or _given_name(words[0]):
            return []
        people = [i for i, other, _ in self.repo.namesakes(words[-1]) if other.endswith(" " + key)
                  and _given_name_known(other) and not set(other.split(" ")) & _ORG_WORDS]  # "Victoria at Sandy Hook"
        return people if len(people) == 1 else []

    def _absorb_family_name_actor(self, actor_id: int, key: str) -> None:
        """A family name of two words or more stored alone before the full name ("Wasserman Schultz", then
        "Debbie Wasserman Schultz") joins the first person stored with it in full after a given name."""
        bare, generation = split_generation(key)
        words = bare.split(" ")
        if len(words) < 3 or generation or not _given_name_known(key) or set(words) & _ORG_WORDS:
            return
        for size in range(len(words) - 1, 1, -1):
            tail = " ".join(words[-size:])
            if _given_name(words[-size]):
                continue
            old = self.repo.person_with_key(tail, from_file=False)
            if old is None or old == actor_id:
                continue
            if [i for i, other, _ in self.repo.namesakes(words[-1]) if i != actor_id and other.endswith(" " + tail)]:
                return  # another full name has it too: do not guess
            self.repo.merge_actor(old, actor_id)
            self._merged_into[old] = actor_id
            return

    def _absorb_surname_actor(self, actor_id: int, key: str) -> None:
        """A bare "Trump" seen before any full name joins the first full-named person of that surname."""
        surname = surname_of(key)
        old = self.repo.person_with_key(surname, from_file=False)
        if old is None or not _surname_may_be(surname, key):
            return
        if [other for other in self.repo.people_with_surname(surname) if other != actor_id]:
            return
        self.repo.merge_actor(old, actor_id)
        self._merged_into[old] = actor_id


_NAME_WORD = re.compile(r"^[A-Z][\w.'’-]*,?$")
_NAME_PARTICLES = frozenset("de da del della der den van von bin ibn al el la le di du dos das y".split())
_ORG_WORDS = frozenset("of the and for on in at to & de".split())


def as_written(actor: Actor) -> Actor:
    """The actor under the name its article writes. A person the article only ever calls by a bare surname
    ("Putin") is named by the extractor after the shipped actors file's person of that surname ("Vladimir
    Putin"); a corpus may know namesakes that file does not (a "Michelle Obama" stored from another article),
    so here the bare surname is what is linked, and ``namesake`` decides which person it is (issue 12)."""
    if actor.type != "person" or actor.name in actor.aliases or not actor.aliases:
        return actor
    surname = surname_of(actor_key(actor.name))
    if any(" " in a.strip() or actor_key(a) != surname for a in actor.aliases):
        return actor
    return Actor(id=actor.id, name=actor.aliases[0], type=actor.type, aliases=list(actor.aliases),
                 mentions=actor.mentions, part_of=actor.part_of, members=list(actor.members))


def one_line(name: str) -> str:
    """A name cut by a line break ("Fault\nTed Cruz": a headline's end and the body's start) is the line
    part with the most words, the later on a tie; no name runs over a line."""
    parts = [p.strip() for p in re.split(r"[\r\n]+", name) if p.strip()]
    return max(reversed(parts), key=lambda p: len(p.split())) if len(parts) > 1 else name


def renamed(actor: Actor, name: str) -> Actor:
    """``actor`` under ``name``, without the aliases that wrap it in other words."""
    key = actor_key(name)
    aliases = [a for a in actor.aliases if not around_name(actor_key(a), key)]
    return Actor(id=actor.id, name=name, type=actor.type, aliases=aliases or [name], mentions=actor.mentions,
                 part_of=actor.part_of, members=list(actor.members))


def around_name(key: str, name_key: str, *, after: bool = True) -> bool:
    """``key`` is the full name ``name_key`` with other words round it, as a headline or a line break puts
    them ("ted cruz hints", "certainly donald trump"): the name's words in one run, none of the words before
    it a given name ("anne marie murphy" is no "marie murphy" with junk), the same "Jr."/"Sr.". ``after``:
    words after the name count too (only where the article itself writes the shorter name: a stored "John
    Paul" is not "John Paul Jones")."""
    (bare, generation), (inner_bare, inner_generation) = split_generation(key), split_generation(name_key)
    words, inner = bare.split(" "), inner_bare.split(" ")
    if len(inner) < 2 or len(words) <= len(inner) or generation != inner_generation:
        return False
    for at in range(len(words) - len(inner) + 1):
        if words[at:at + len(inner)] == inner and (after or at + len(inner) == len(words)):
            # a given name of either sex or none opens a name, no headline's word: "Therese Kayikwamba Wagner"
            # was cut to the "Kayikwamba Wagner" the article also wrote (lead17)
            return not any(names.is_given_name(w) for w in words[:at])
    return False


def _inner_names(key: str) -> list[str]:
    """Every run of two or more words inside a key shorter than it, longest first."""
    bare, generation = split_generation(key)
    words = bare.split(" ")
    runs = [words[i:j] for size in range(len(words) - 1, 1, -1) for i in range(len(words) - size + 1)
            for j in (i + size,)]
    return [" ".join([*run, *([generation] if generation else [])]) for run in runs]


def same_person(key: str, alias_key: str) -> bool:
    """An alias may name the actor only if it is a full name with the same family name and the same
    "Jr."/"Sr." ("Donald Trump Jr." clustered with his father in one article stays his own alias)."""
    (bare, generation), (alias_bare, alias_generation) = split_generation(key), split_generation(alias_key)
    # A bare surname's actor ("Obama") takes no full name: which Obama it is, is ``namesake``'s question.
    return " " in alias_bare and " " in bare and generation == alias_generation \
        and surname_of(bare) == surname_of(alias_bare)


def is_name(alias: str, actor_type: str = "person") -> bool:
    """A name is worth keeping as an alias: "Donald J. Trump", "Bank of America". A pronoun, a role
    ("the American leader"), a clause ("Anybody who attacks him"), a fragment cut by a quote mark
    or a bracket ("Hillary] Clinton") or an organisation's common noun alone ("Department", "Court") is not."""
    words = alias.split()
    if not words or len(words) > 6 or words[0].lower() in _PRONOUNS | {"the"}:
        return False
    if actor_type != "person" and len(words) == 1 and words[0].lower() in names.ORG_NOUNS:
        return False  # "the Department" of one story would draw every other story's department to it
    allowed = _NAME_PARTICLES | (_ORG_WORDS if actor_type != "person" else frozenset())
    return all(_NAME_WORD.match(w) or (n and w in allowed) for n, w in enumerate(words))
