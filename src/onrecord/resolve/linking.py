"""Actors across articles: an article's actors linked to the corpus's, role nouns to their holders on the
day, the same quote across outlets to one quote.

The decisions are made here; the store only answers small questions and records the answers, through
``ActorRepository``. The SQLite store implements it (``onrecord.store.Store``); another store (PostgreSQL,
say) implements the same dozen methods and links actors exactly the same way.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import date
from typing import Protocol

from onrecord.extract.english import PLURAL_PRONOUNS
from onrecord.model import Actor
from onrecord.resolve import quotes
from onrecord.resolve.corpus import (
    Role,
    actor_key,
    role_holder,
    role_mention,
    split_generation,
    surname_of,
    without_middle_names,
)
from onrecord.resolve.names import FEMALE_PRONOUNS, MALE_PRONOUNS

_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS


class ActorRepository(Protocol):
    """What cross-article resolution asks of a store. Ids are the store's actor and quote ids; keys are
    ``actor_key`` values (lower case, accents stripped)."""

    def actors_with_alias(self, alias_key: str) -> list[int]:
        """Actors that have this alias, by id."""

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

    def actor_by_key(self, key: str, name: str, actor_type: str) -> int:
        """The actor with this key, created (with its name as an alias) if there is none."""

    def set_part_of(self, actor_id: int, state_id: int) -> None:
        """``actor_id`` is part of the state ``state_id``, unless it already belongs to one."""

    def add_alias(self, actor_id: int, alias: str, actor_type: str) -> None: ...

    def merge_actor(self, old: int, into: int) -> None:
        """Everything of actor ``old`` (statements, mentions, quotes, aliases) moves to ``into``; ``old`` goes."""

    def roles(self) -> list[tuple[int, Role]]:
        """Every dated role of the actors files, with its holder's id."""

    def quote_candidates(self, actor_id: int, hashes: Collection[int]) -> list[tuple[int, int, int]]:
        """(quote id, its shingle count, shingles shared with ``hashes``) of the actor's quotes, most
        shared first, at most 20."""

    def add_quote(self, actor_id: int, norm_text: str, hashes: Collection[int]) -> int: ...


class CorpusLinker:
    """Links one article's actors, roles and quotes to the corpus's; one per article (its merges are
    followed until the article is stored)."""

    def __init__(self, repo: ActorRepository) -> None:
        self.repo = repo
        self._merged_into: dict[int, int] = {}  # actors merged while this article is stored

    def actor(self, actor: Actor) -> int:
        """The corpus actor for an article's actor: by alias, by key, by unique surname, else a new one."""
        key = actor_key(actor.name, actor.type)
        ids = self.repo.actors_with_alias(key)
        if len(ids) > 1:  # an alias two actors share: its own key's actor, else one an actors file names
            ids = [self.repo.preferred_actor(ids, key)]
        if not ids and actor.type in ("person", "organization") and " " not in key:  # NER often tags a surname ORG
            ids = self.repo.people_with_surname(key)
            ids = ids if len(ids) == 1 else []  # two people share the surname: do not guess
        if not ids and actor.type == "person":
            ids = self._same_first_and_last_name(key)
        actor_id = ids[0] if ids else self.repo.actor_by_key(key, actor.name, actor.type)
        if not ids and actor.type == "person" and " " in key:
            self._absorb_surname_actor(actor_id, key)
        if actor.part_of:
            state = self.repo.actor_by_key(actor_key(actor.part_of, "country"), actor.part_of, "country")
            if state != actor_id:
                self.repo.set_part_of(actor_id, state)
        for alias in (actor.name, *actor.aliases):
            # A bare surname is an alias only where an actors file says so: in one article "Trump"
            # may be clustered with whichever Trump it names, which must not decide every other article.
            # A description is an alias only of the same description: "officials" normalised to "American
            # officials" in one story must not draw every other story's bare "officials" to it (issue 12).
            if actor.type in ("group", "unnamed") and actor_key(alias, actor.type) != key:
                continue
            if is_name(alias, actor.type) and (actor.type != "person" or same_person(key, actor_key(alias))):
                self.repo.add_alias(actor_id, alias, actor.type)
        return actor_id

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

    def _absorb_surname_actor(self, actor_id: int, key: str) -> None:
        """A bare "Trump" seen before any full name joins the first full-named person of that surname."""
        surname = surname_of(key)
        old = self.repo.person_with_key(surname, from_file=False)
        if old is None:
            return
        if [other for other in self.repo.people_with_surname(surname) if other != actor_id]:
            return
        self.repo.merge_actor(old, actor_id)
        self._merged_into[old] = actor_id


_NAME_WORD = re.compile(r"^[A-Z][\w.'’-]*,?$")
_NAME_PARTICLES = frozenset("de da del della der den van von bin ibn al el la le di du dos das y".split())
_ORG_WORDS = frozenset("of the and for on in at to & de".split())


def same_person(key: str, alias_key: str) -> bool:
    """An alias may name the actor only if it is a full name with the same family name and the same
    "Jr."/"Sr." ("Donald Trump Jr." clustered with his father in one article stays his own alias)."""
    (bare, generation), (alias_bare, alias_generation) = split_generation(key), split_generation(alias_key)
    return " " in alias_bare and generation == alias_generation and surname_of(bare) == surname_of(alias_bare)


def is_name(alias: str, actor_type: str = "person") -> bool:
    """A name is worth keeping as an alias: "Donald J. Trump", "Bank of America". A pronoun, a role
    ("the American leader"), a clause ("Anybody who attacks him") or a fragment cut by a quote mark
    or a bracket ("Hillary] Clinton") is not."""
    words = alias.split()
    if not words or len(words) > 6 or words[0].lower() in _PRONOUNS | {"the"}:
        return False
    allowed = _NAME_PARTICLES | (_ORG_WORDS if actor_type != "person" else frozenset())
    return all(_NAME_WORD.match(w) or (n and w in allowed) for n, w in enumerate(words))
