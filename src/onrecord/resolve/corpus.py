"""Actors across articles: canonical keys, a user's actors file, and role holders on a date.

In-article resolution (``speakers.py``) already ties "he" and "the American
leader" to "Donald Trump" where the article names him. Across articles the
questions are different: is this article's "Donald J. Trump" the same actor as
that one's "President Trump" (yes: one key), is "Melania Trump" him (no: a
different key), and who was "the American president" on the day an article
was published when the article never says (the actors file's roles).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from itertools import permutations
from pathlib import Path
from typing import Any

from onrecord.ingest.yamlfile import YamlFileError, collector_paused, load_yaml, read_yaml_text, short_repr
from onrecord.model import ActorType
from onrecord.resolve import names
from onrecord.resolve.names import strip_accents

_INITIAL = re.compile(r"^[A-Za-z]\.?$")
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_ACTOR_TYPES = ("person", "organization", "country", "group", "unnamed")


class ActorsFileError(ValueError):
    """The actors file is not what onrecord can read; the message says where and why."""


@dataclass(frozen=True, slots=True)
class Role:
    title: str  # "President of the United States"
    country: str | None  # canonical country name, as names.country_name gives it
    nouns: tuple[str, ...]  # how articles write the role: "president", "leader"
    start: date | None = None
    end: date | None = None  # exclusive: the day the next holder took office

    def held_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None  # undated article: the current holder
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class KnownActor:
    name: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    source: str | None = None  # where the facts come from


@lru_cache(maxsize=16384)  # asked for every actor and every known name compared with it, the same ones again (speed)
def actor_key(name: str, actor_type: str = "person") -> str:
    """One key per real actor: titles, middle initials, suffixes, accents and case do not count, nor
    invisible characters and lookalike letters (``names.clean_name``)."""
    name = names.clean_name(name)
    if actor_type in ("group", "unnamed"):  # "Republican" and "Republicans" are one description
        words = names.norm(name).removeprefix("the ").split()
        if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
            words[-1] = words[-1][:-1]
        return " ".join(words)
    if actor_type != "person":
        lowered = names.norm(name)
        bare = lowered.removeprefix("the ")
        return (names.country_name(lowered) or names.country_name(bare) or bare).lower()
    words = names.strip_title(strip_accents(name).replace("’", "'").split())
    # "Jr." and "Sr." name another person (Donald Trump Jr. is not his father): they stay in the key,
    # written one way; "II" and the like are dropped with the middle initials.
    suffix = ""
    while len(words) > 1 and words[-1].lower().strip(",") in _SUFFIXES:
        last = words.pop().lower().strip(",.")
        suffix = suffix or (last if last in ("jr", "sr") else "")
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if not _INITIAL.match(w)), words[-1]]
    return " ".join([*(w.strip(",").lower() for w in words), *([suffix] if suffix else [])])


def joint_name(member_names: Sequence[str]) -> str:
    """The name of a group named after its members, in the order given: "A and B", "A, B and C"."""
    if len(member_names) <= 2:
        return " and ".join(member_names)
    return f"{', '.join(member_names[:-1])} and {member_names[-1]}"


def joint_name_parts(name: str, count: int) -> list[str] | None:
    """The ``count`` member names a joint name is made of (``joint_name`` read back), or None where the name
    does not split into that many plainly ("Procter and Gamble and Ana Pires": a member's name holds "and")."""
    if name.count(" and ") != 1 or name.count(", ") != count - 2:
        return None  # which "and" joins the members is not known: never a guess
    head, _, last = name.partition(" and ")
    parts = [*head.split(", "), last]
    return parts if len(parts) == count and all(p.strip() for p in parts) else None


def joint_name_orders(member_names: Sequence[str], most: int = 4) -> list[str]:
    """Every order of a joint group's name (issue 12: "Hillary Clinton and Martin O'Malley" and "Martin
    O'Malley and Hillary Clinton" are one group): the same people whatever the order the text names them in,
    and only the same people ("A and B" is not "A, B and C"). None past ``most`` members (24 orders)."""
    if len(member_names) > most:
        return []
    return [joint_name(order) for order in permutations(member_names)]


def split_generation(key: str) -> tuple[str, str]:
    """A person key and its "jr"/"sr" apart: ("donald trump", "jr") for "donald trump jr"."""
    bare, _, last = key.rpartition(" ")
    return (bare, last) if bare and last in ("jr", "sr") else (key, "")


def without_middle_names(key: str) -> str | None:
    """ "hillary rodham clinton" -> "hillary clinton": the same person written with a middle name."""
    bare, generation = split_generation(key)
    words = bare.split(" ")
    if len(words) < 3:
        return None
    return " ".join([words[0], words[-1], *([generation] if generation else [])])


def surname_of(key: str) -> str:
    """The family name in a person key; "lai ching-te" (given name last, hyphenated) -> "lai"."""
    parts = key.split(" ")
    if len(parts) >= 2 and re.match(r"^[a-z]+-[a-z]+$", parts[-1]):
        return parts[0]
    return parts[-1]


def _day(value: object, where: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):  # YAML reads "2004-03-09 12:00" as a datetime, which no date compares with:
        return value.date()  # Role.held_on raised TypeError, and the store kept "2004-03-09T12:00:00"
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as err:
        raise ActorsFileError(f"{where}: not an ISO date: {short_repr(value)}") from err


def _default_nouns(title: str) -> tuple[str, ...]:
    head = title.lower().split(" of ")[0].strip()
    return (head,) if head else ()


def _list(value: Any, what: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ActorsFileError(f"{what} must be a list")
    return value


def _texts(value: Any, what: str) -> tuple[str, ...]:
    """A list of names or nouns; a bare string is a list of one, numbers are written out (a year as an alias)."""
    items = [value] if isinstance(value, str) else _list(value, what)
    if not all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in items):
        raise ActorsFileError(f"{what} must be a list of text")
    return tuple(str(v) for v in items)


def _role(role: Any, at: str) -> Role:
    if not isinstance(role, dict) or not isinstance(role.get("title"), str):
        raise ActorsFileError(f"{at} needs a 'title'")
    country = role.get("country")
    if country is not None and not isinstance(country, str):
        raise ActorsFileError(f"{at}: 'country' must be text")
    nouns = _texts(role.get("nouns"), f"{at}: 'nouns'") or _default_nouns(role["title"])
    return Role(
        title=role["title"],
        country=(names.country_name(names.norm(country)) or country) if country else None,
        nouns=tuple(x.lower() for x in nouns),
        start=_day(role.get("from"), at),
        end=_day(role.get("to"), at),
    )


def parse_actors(data: Any, where: str = "actors file") -> list[KnownActor]:
    """Validate the YAML structure (a list of actors, or ``{actors: [...]}``) into ``KnownActor``s.

    Every field of the wrong kind is an ``ActorsFileError`` naming it: a number where a list of aliases goes,
    or a list where a country goes, raised TypeError or AttributeError deep in the run, a traceback."""
    if isinstance(data, dict):
        data = data.get("actors")
    if not isinstance(data, list):
        raise ActorsFileError(f"{where}: expected a list of actors (or a mapping with an 'actors' list)")
    out: list[KnownActor] = []
    for n, row in enumerate(data, start=1):
        at = f"{where}: actor {n}"
        if not isinstance(row, dict) or not isinstance(row.get("name"), str) or not row["name"].strip():
            raise ActorsFileError(f"{at}: each actor needs a 'name'")
        base, at = at, f"{at} ({short_repr(row['name'])[1:-1]})"
        kind = row.get("type", "person")
        if kind not in _ACTOR_TYPES:  # a list or a mapping is in no tuple of strings
            raise ActorsFileError(f"{at}: type must be one of {', '.join(_ACTOR_TYPES)}")
        source = row.get("source")
        if source is not None and not isinstance(source, str):
            raise ActorsFileError(f"{at}: 'source' must be text")
        out.append(KnownActor(
            name=row["name"].strip(),
            type=kind,
            aliases=_texts(row.get("aliases"), f"{at}: 'aliases'"),
            roles=tuple(_role(role, f"{base} role {m}") for m, role in enumerate(_list(row.get("roles"),
                                                                                          f"{at}: 'roles'"), 1)),
            source=source,
        ))
    return out


def load_actors_file(path: Path) -> list[KnownActor]:
    return parse_actors_text(read_actors_file(path), path)


def read_actors_file(path: Path) -> str:
    """The text of an actors file, read to the YAML files' bound; ``ActorsFileError`` when it cannot be."""
    try:
        return read_yaml_text(path)
    except OSError as err:
        raise ActorsFileError(f"{path}: cannot read: {err.strerror or err}") from err
    except UnicodeDecodeError as err:
        raise ActorsFileError(f"{path}: not UTF-8 text: {err}") from err
    except YamlFileError as err:
        raise ActorsFileError(f"{path}: {err}") from err


def parse_actors_text(text: str, path: Path) -> list[KnownActor]:
    with collector_paused():
        try:
            data = load_yaml(text)
        except YamlFileError as err:
            raise ActorsFileError(f"{path}: {err}") from err
        return parse_actors(data, str(path))


def starter_actors() -> list[KnownActor]:
    """The actors file shipped with onrecord (the example's actors and Europe's main leaders)."""
    return parse_actors(load_yaml(starter_actors_text()), "starter actors.yaml")


def starter_actors_text() -> str:
    return resources.files("onrecord.resolve").joinpath("actors.yaml").read_text(encoding="utf-8")


@dataclass(frozen=True, slots=True)
class RoleMention:
    """What a role-noun speaker says about its holder: "the American president" -> (United States, ...)."""

    country: str | None
    text: str  # normalised, for matching role nouns as whole words


def role_mention(speaker: str) -> RoleMention | None:
    text = names.norm(strip_accents(speaker))
    words = re.findall(r"[a-z.]+(?:'s)?", text)
    country = None
    for n, word in enumerate(words):
        bare = word.removesuffix("'s")
        pair = f"{bare} {words[n + 1].removesuffix(chr(39) + 's')}" if n + 1 < len(words) else ""
        country = (names.NATIONALITIES.get(pair) or names.country_name(pair) or names.NATIONALITIES.get(bare)
                   or names.country_name(bare))
        if country:
            break
    if not any(w in names.ROLE_NOUNS or w == "diplomat" for w in words):
        return None
    return RoleMention(country, f" {' '.join(words)} ")


def role_holder(mention: RoleMention, roles: list[tuple[int, Role]], day: date | None) -> int | None:
    """The one actor whose role matches the mention on ``day``; None when none or several do."""
    best: dict[int, int] = {}
    for actor_id, role in roles:
        if mention.country and role.country and role.country != mention.country:
            continue
        if not mention.country and role.country:
            continue  # "the president" alone could be anyone's; the article itself had no antecedent
        if not role.held_on(day):
            continue
        for noun in role.nouns:
            if f" {noun} " in mention.text:
                best[actor_id] = max(best.get(actor_id, 0), len(noun))
    if not best:
        return None
    top = max(best.values())
    winners = [a for a, length in best.items() if length == top]
    return winners[0] if len(winners) == 1 else None


@lru_cache(maxsize=1)
def _starter_roles() -> tuple[list[tuple[int, Role]], list[str]]:
    people = starter_actors()
    return [(n, role) for n, actor in enumerate(people) for role in actor.roles], [a.name for a in people]


def office_holder(role: str, country: str | None, day: date | None) -> str | None:
    """The name of who held ``role`` ("president", "prime minister") in ``country`` on ``day``, per the
    starter actors file; None without a country or a day, or when none or several fit."""
    if country is None or day is None:
        return None
    roles, people = _starter_roles()
    found = role_holder(RoleMention(country, f" {names.norm(role)} "), roles, day)
    return people[found] if found is not None else None


def offices_held(role: str, day: date) -> list[str]:
    """Everyone who held ``role`` ("president", exactly that noun) on ``day``, of any country, per the starter
    actors file."""
    roles, people = _starter_roles()
    noun = names.norm(role)
    return sorted({people[n] for n, held in roles if held.held_on(day) and noun in held.nouns})


def office_holders(country: str, day: date) -> list[str]:
    """Everyone who held an office of ``country`` on ``day``, per the starter actors file."""
    roles, people = _starter_roles()
    return sorted({people[n] for n, held in roles if held.country == country and held.held_on(day)})


@lru_cache(maxsize=1)
def office_nouns() -> frozenset[str]:
    """Every noun for an office the starter actors file has dated holders of ("president", "prime minister")."""
    return frozenset(noun for _, role in _starter_roles()[0] for noun in role.nouns)
