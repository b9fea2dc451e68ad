"""Well-known institutions under one canonical name (``institutions.yaml``): facts, not tuning.

"The State Department", "the U.S. Department of State" and "Foggy Bottom" are one actor, named as the annotation
guideline names organisations ("US Department of State"); "the World Health Organisation" is the "World Health
Organization" (spellings are compared after ``key`` writes them one way). A generic phrase ("the foreign
ministry") names an institution only with its country in reach: written in the mention ("Russia's foreign
ministry"), or, for a bare mention, the one country the story is about, which the resolver supplies. A mention
that names a country the gazetteer has no such institution for ("the Kazakh foreign ministry") is left alone,
never given another country's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from onrecord.resolve import names
from onrecord.resolve.names import strip_accents


@dataclass(frozen=True, slots=True)
class Institution:
    name: str
    part_of: str | None = None
    function: str | None = None  # "foreign", "defence", ... (institutions.yaml `functions`)


# British and American spellings written one way: "Organisation" is "Organization", "Defence" "Defense".
_SPELLINGS = ((re.compile(r"(?<=[a-z])isation"), "ization"), (re.compile(r"\bdefence\b"), "defense"),
              (re.compile(r"\boffence\b"), "offense"), (re.compile(r"\bcentre\b"), "center"),
              (re.compile(r"\bprogramme\b"), "program"), (re.compile(r"\blabour\b"), "labor"))
# Longer ways of writing a country that news uses for its state ("the Russian Federation's foreign ministry").
_STATE_NAMES = {"russian federation": "Russia", "people's republic of china": "China", "prc": "China",
                "islamic republic of iran": "Iran", "republic of turkey": "Turkey", "turkiye": "Turkey"}


@lru_cache(maxsize=8192)  # asked for every name of an article, the same few many times (speed)
def key(text: str) -> str:
    """A name as compared: no accents, case, full stops, hyphens, commas or leading "the"; one spelling."""
    out = strip_accents(text).replace("’", "'").lower().replace(".", "").replace("&", " and ")
    out = re.sub(r"[-,()/]", " ", out.replace("'s ", " ").removesuffix("'s"))  # "Children's Fund" as the parser
    # leaves it ("Children Fund"), "the Foreign Office's"
    for pattern, spelling in _SPELLINGS:
        out = pattern.sub(spelling, out)
    words = out.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def abbreviation(name: str) -> bool:
    """Whether an institution is known by its abbreviation ("NATO", "UNICEF"), not by a name of words."""
    return _written(name)


def _written(alias: str) -> bool:
    """An abbreviation matched only as written ("WHO", "MoD", "dpa"), so "who" and "mod" are never it."""
    bare = alias.replace(".", "")
    return " " not in bare and (sum(c.isupper() for c in bare) >= 2 or bare.islower())


def _country(words: list[str]) -> str | None:
    phrase = " ".join(words).removesuffix("'s")
    return _STATE_NAMES.get(phrase) or names.NATIONALITIES.get(phrase) or names.country_name(phrase)


def split_country(text_key: str) -> tuple[str | None, str]:
    """("Russia", "foreign ministry") for "russia's foreign ministry", "russian foreign ministry" or "foreign
    ministry of the russian federation"; (None, key) when no country is written before or after."""
    words = text_key.split()
    for n in (3, 2, 1):
        if len(words) > n and (country := _country(words[:n])) is not None:
            return country, " ".join(words[n:])
    for n in (3, 2, 1):  # "... of Ukraine", "... of the Russian Federation"
        rest = words[:-n]
        if rest[-1:] == ["the"]:
            rest = rest[:-1]
        if len(rest) > 1 and rest[-1] == "of" and (country := _country(words[-n:])) is not None:
            return country, " ".join(rest[:-1])
    return None, text_key


@dataclass(slots=True)
class _Tables:
    exact: dict[str, Institution | None]  # names and aliases, safe anywhere
    written: dict[str, Institution | None]  # abbreviations, as written
    story: dict[tuple[str, str], Institution | None]  # (country, form): with the story's country
    qualified: dict[tuple[str, str], Institution | None]  # (country, form): with the country in the mention
    story_keys: frozenset[str] = frozenset()  # the forms of ``story``, whatever the country
    spelled: dict[str, str] = field(default_factory=dict)  # key -> an abbreviated institution's long name
    titles: dict[str, str] = field(default_factory=dict)  # a function's phrase -> its title ("Foreign Affairs")


def _put(table: dict[Any, Institution | None], at: Any, inst: Institution) -> None:
    """Two institutions written the same way: neither is meant by it (None), rather than a guess."""
    if at in table and table[at] is not None and table[at] != inst:
        table[at] = None
    else:
        table.setdefault(at, inst)


def _tables(data: dict[str, Any]) -> _Tables:
    """An institution's own names and forms first; a function's generic phrases ("interior ministry") only
    where no institution of that country has the phrase as its own ("interior department" is the US
    Department of the Interior, not Homeland Security)."""
    functions: dict[str, dict[str, Any]] = data.get("functions") or {}
    t = _Tables({}, {}, {}, {})
    for phrases in functions.values():
        for form in [*phrases.get("with_story", []), *phrases.get("qualified", [])]:
            t.titles[key(form)] = phrases["title"]
    generic: list[tuple[str, Institution, dict[str, Any]]] = []
    for row in data["institutions"]:
        inst = Institution(row["name"], row.get("part_of"), row.get("function"))
        for alias in [inst.name, *(row.get("aliases") or [])]:
            if _written(alias):
                _put(t.written, alias.replace(".", ""), inst)
            else:
                _put(t.exact, key(alias), inst)
                if _written(inst.name):
                    t.spelled.setdefault(key(alias), alias)
        country = inst.part_of if inst.part_of and _country(key(inst.part_of).split()) else None
        if country is None:
            continue
        # The name without its country ("supreme court" of "Supreme Court of India") only with the country
        # written: a bare "the Supreme Court" may be a state's
        own, rest = split_country(key(inst.name))
        story = row.get("forms") or []
        for form in story:
            _put(t.story, (country, key(form)), inst)
        for form in [*story, *([rest] if own == country else []), inst.name,
                     *(a for a in row.get("aliases") or [] if not _written(a))]:
            _put(t.qualified, (country, key(form)), inst)
        if inst.function:
            generic.append((country, inst, functions.get(inst.function, {})))
    for country, inst, phrases in generic:
        for form in phrases.get("with_story", []):
            _put_generic(t.story, (country, key(form)), inst)
        for form in [*phrases.get("with_story", []), *phrases.get("qualified", [])]:
            _put_generic(t.qualified, (country, key(form)), inst)
    t.story_keys = frozenset(form for _country, form in t.story)
    return t


def _put_generic(table: dict[Any, Institution | None], at: Any, inst: Institution) -> None:
    if at not in table:
        table[at] = inst


@cache
def _loaded() -> _Tables:
    import yaml

    text = resources.files("onrecord.resolve").joinpath("institutions.yaml").read_text(encoding="utf-8")
    return _tables(yaml.safe_load(text))


def institutions() -> list[Institution]:
    """Every institution the gazetteer knows, once each."""
    t = _loaded()
    found = {i.name: i for table in (t.exact, t.written, t.story, t.qualified) for i in table.values() if i}
    return list(found.values())


@lru_cache(maxsize=8192)  # the tables never change: a name asked for again gets the same answer (speed)
def find(text: str, story_country: str | None = None, country: str | None = None) -> Institution | None:
    """The institution ``text`` names, if the gazetteer knows it: by a name or alias anywhere, by a generic form
    with its country written in ``text`` (or just before it: ``country``), or by a bare generic form when
    ``story_country`` is the story's one country. None for anything else, and for a form two institutions share."""
    t = _loaded()
    bare = text.strip().removeprefix("the ").removeprefix("The ")
    bare = bare.removesuffix("'s").removesuffix("’s").strip()
    if not bare:
        return None
    if " " not in bare and (found := t.written.get(bare.replace(".", ""))) is not None:
        return found
    k = key(bare)
    written, rest = split_country(k)
    if written is None and country is not None:
        written, rest = country, k
    if written is not None:  # "European Court of Human Rights" is a name, not a form with "European" before it
        return t.exact.get(k) or t.qualified.get((written, rest))
    # "the Foreign Office" in a story about Germany is Germany's; elsewhere the one an alias names (the UK's)
    if story_country is not None and (found := t.story.get((story_country, k))) is not None:
        return found
    return t.exact.get(k)


def ministry_name(words: list[str], adjective: str) -> str | None:
    """The name of a state's ministry that the list does not hold, from the words that say what it does and the
    state's adjective: "foreign" -> "Egyptian Ministry of Foreign Affairs" (a function's title), "external
    affairs" -> "Indian Ministry of External Affairs" (the words themselves). None without such words."""
    if not words or not all(w.isalpha() for w in words):
        return None
    what = " ".join(words)
    title = _loaded().titles.get(key(f"{what} ministry")) or " ".join(w if w.isupper() else w.title() for w in words)
    return f"{adjective} Ministry of {title}"


def spelled_out(text: str) -> str | None:
    """How the gazetteer writes the long name of an institution known by its abbreviation, when ``text`` is that
    name ("United Nations Children's Fund" for "United Nations Children Fund", as the parser leaves it)."""
    return _loaded().spelled.get(key(text))


def story_form(text: str) -> bool:
    """Whether ``text`` is a generic form that names an institution only with the story's country ("the foreign
    ministry"): the resolver reads the story's country only for these."""
    t = _loaded()
    return key(text.strip()) in t.story_keys
