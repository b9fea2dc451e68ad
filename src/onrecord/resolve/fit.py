"""Whether a person fits a description (issue 12, branch ``descfit``).

"The Mexican president", "the Vermont senator", "the former president", "the New York businessman" say
something about whom they mean. A description may resolve to a person only if nothing the article (or the
shipped actors file for the article's date) says about that person contradicts it: the country, the US
state, the party, "former" against an office held now (or only later), the description's gender. Salience
alone once made "the Mexican president" Donald Trump in a story about his visit to Enrique Peña Nieto.

Facts, not tuning: what counts as a contradiction is a clash of two things both known; an unknown never
rules a person out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

from onrecord.resolve import names
from onrecord.resolve.corpus import KnownActor, Role, actor_key, starter_actors, surname_of

# US states, by the names and the abbreviations news writes ("Vermont", "Vt.", "VT" in "(I-VT)").
_STATE_FORMS = {
    "Alabama": "ala. al", "Alaska": "ak", "Arizona": "ariz. az", "Arkansas": "ark. ar", "California": "calif. ca",
    "Colorado": "colo. co", "Connecticut": "conn. ct", "Delaware": "del. de", "Florida": "fla. fl",
    "Georgia": "ga. ga", "Hawaii": "hi", "Idaho": "id", "Illinois": "ill. il", "Indiana": "ind. in",
    "Iowa": "ia", "Kansas": "kan. kans. ks", "Kentucky": "ky. ky", "Louisiana": "la. la", "Maine": "me",
    "Maryland": "md. md", "Massachusetts": "mass. ma", "Michigan": "mich. mi", "Minnesota": "minn. mn",
    "Mississippi": "miss. ms", "Missouri": "mo. mo", "Montana": "mont. mt", "Nebraska": "neb. nebr. ne",
    "Nevada": "nev. nv", "New Hampshire": "n.h. nh", "New Jersey": "n.j. nj", "New Mexico": "n.m. nm",
    "New York": "n.y. ny", "North Carolina": "n.c. nc", "North Dakota": "n.d. nd", "Ohio": "oh",
    "Oklahoma": "okla. ok", "Oregon": "ore. or", "Pennsylvania": "pa. pa", "Rhode Island": "r.i. ri",
    "South Carolina": "s.c. sc", "South Dakota": "s.d. sd", "Tennessee": "tenn. tn", "Texas": "tex. tx",
    "Utah": "ut", "Vermont": "vt. vt", "Virginia": "va. va", "Washington": "wash. wa",
    "West Virginia": "w.va. w.v. wv", "Wisconsin": "wis. wisc. wi", "Wyoming": "wyo. wy",
}
US_STATES: dict[str, str] = {s.lower(): s for s in _STATE_FORMS}
_ABBREVIATED = {form: s for s, forms in _STATE_FORMS.items() for form in forms.split()}
# "(D-Vt.)", "(R-Fla.)", "(I-VT)", ", R-Iowa" right after a name: party and state.
_PARTY_STATE = re.compile(r"\s*\(([DRI])[-–]\s?([A-Za-z. ]{2,16}?)\.?\)"
                          r"|,\s([DRI])[-–]([A-Z][A-Za-z.]*(?: [A-Z][a-z]+)?)")
_OF_STATE = re.compile(r",?\s+of\s+((?:New |North |South |West |Rhode )?[A-Z][a-z]+)\b")
PARTIES = {"democratic": "democratic", "democrat": "democratic", "republican": "republican", "gop": "republican",
           "independent": "independent"}
_PARTY_LETTERS = {"D": "democratic", "R": "republican", "I": "independent"}
# Offices a person holds one of at a time ("the Florida senator" is no one titled President or Governor).
OFFICES = frozenset("president governor senator mayor congressman congresswoman".split())
_TITLE_FORMS = {"sen.": "senator", "gov.": "governor", "rep.": "congressman", "representative": "congressman",
                "pres.": "president", "adm.": "admiral", "gen.": "general", "col.": "colonel", "lt.": "lieutenant",
                "capt.": "captain", "sgt.": "sergeant", "prof.": "professor", "rev.": "reverend",
                "sec.": "secretary", "atty.": "attorney", "amb.": "ambassador"}
# Titles of a rank or calling, which a person the actors file describes holds only if the file says so
# ("Adm. Harris" is no politician of the file named Harris).
RANKS = names.CALLING_TITLES | frozenset("admiral general colonel".split())
# The gender a role noun gives its holder ("the businessman" is no woman).
_NOUN_GENDER = {
    **dict.fromkeys("businessman congressman spokesman chairman king prince father husband son brother "
                    "nobleman sportsman councilman".split(), "m"),
    **dict.fromkeys("businesswoman congresswoman spokeswoman chairwoman queen princess mother wife daughter "
                    "sister councilwoman".split(), "f"),
}


def title_form(title: str) -> str:
    """"Sen." is "senator", "Gov." "governor": a title as the role noun it abbreviates."""
    low = title.lower()
    return _TITLE_FORMS.get(low, low)


def state_of(words: list[str]) -> str | None:
    """The US state written among ``words`` ("Vermont", "New York", "Fla."), else None."""
    low = [w.lower() for w in words]
    for n, word in enumerate(low):
        pair = f"{word} {low[n + 1]}" if n + 1 < len(low) else ""
        if word == "washington":
            continue  # "The Washington Post columnist": the city and the paper far more often than the state
        found = US_STATES.get(pair) or US_STATES.get(word) or (_ABBREVIATED.get(word) if word.endswith(".") else None)
        if found:
            return found
    return None


def party_of(words: list[str]) -> str | None:
    return next((PARTIES[w.lower()] for w in words if w.lower() in PARTIES), None)


@dataclass(frozen=True, slots=True)
class Description:
    """What a description says about whom it means: "the former Vermont senator" -> senator, Vermont, former."""

    noun: str
    country: str | None = None
    state: str | None = None
    party: str | None = None
    former: bool = False
    gender: str | None = None
    text: str = ""  # the words, lower case and space-padded, for the actors file's role nouns


def describe(words: list[str], noun: str) -> Description:
    low = [w.lower() for w in words]
    country = next((names.NATIONALITIES[w] for w in low if w in names.NATIONALITIES), None)
    return Description(noun=noun, country=country, state=state_of(words), party=party_of(words),
                       former="former" in low or any(w.startswith("ex-") for w in low),
                       gender=_NOUN_GENDER.get(noun), text=f" {' '.join(low)} ")


@dataclass(slots=True)
class Facts:
    """What the article (and the actors file) tell about one person."""

    country: str | None = None
    state: str | None = None
    party: str | None = None
    gender: str | None = None
    titles: set[str] = field(default_factory=set)
    roles: tuple[Role, ...] = ()  # the actors file's dated roles for this person


def after_name(text: str, end: int) -> tuple[str | None, str | None]:
    """Party and state written right after a name: "Bernie Sanders (I-Vt.)", "Sen. Ruth Kaplan of Ohio"."""
    found = _PARTY_STATE.match(text, end)  # "(D-Vt.)", "(I-VT)", ", R-Iowa"
    if found is not None:
        letter, written = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
        written = written.lower().strip()
        state = US_STATES.get(written.rstrip(".")) or _ABBREVIATED.get(written) or _ABBREVIATED.get(f"{written}.")
        return _PARTY_LETTERS[letter], state
    found = _OF_STATE.match(text, end)
    if found is not None:
        return None, US_STATES.get(found.group(1).lower())
    return None, None


@cache
def _known() -> dict[str, KnownActor]:
    out: dict[str, KnownActor] = {}
    for known in starter_actors():
        if known.type == "person":
            for name in (known.name, *known.aliases):
                if " " in name.strip():  # a bare "Trump" alias is the file's call for the corpus, not here
                    out.setdefault(actor_key(name), known)
    return out


@cache
def _by_surname() -> dict[str, dict[str, KnownActor]]:
    """The file's people by surname, each by name: a bare surname was a pass over the whole file (speed)."""
    out: dict[str, dict[str, KnownActor]] = {}
    for known in _known().values():
        out.setdefault(_file_surname(known.name), {})[known.name] = known
    return out


# A given name written after a family name: "Geun-hye" of "Park Geun-hye", "Ching-te" of "Lai Ching-te".
_GIVEN_NAME_LAST = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def _file_surname(name: str) -> str:
    """The family name of a file's person, read on the name as the file writes it: the key alone is lower case,
    so "al-Assad" and "Thomas-Greenfield" looked like a given name written last ("ching-te") and "Bashar",
    "Ahmed" or "Linda" became the surname a bare word matched (issue 12, names8). Only a capitalised hyphened
    word with a lower-case tail is a given name written last."""
    key = actor_key(name)
    last = names.strip_accents(name.split()[-1])
    if "-" in last and not _GIVEN_NAME_LAST.match(last):
        return key.split()[-1]
    return surname_of(key)


def file_person(surname: str) -> KnownActor | None:
    """The shipped actors file's person a bare surname names: the one whose entry lists the bare surname as an
    alias ("Trump" is Donald Trump), else the file's only person of that surname ("Putin"); None when two
    people share it and no alias decides."""
    key = actor_key(surname)
    if " " in key:
        return None
    aliased = _bare_aliases().get(key, [])
    if len(aliased) == 1:
        return aliased[0]
    found = _by_surname().get(key, {})
    return next(iter(found.values())) if len(found) == 1 else None


def aliased_surname(surname: str) -> bool:
    """Whether the file gives someone this one word as an alias ("Trump"): news names them by it alone."""
    return actor_key(surname) in _bare_aliases()


@cache
def _bare_aliases() -> dict[str, list[KnownActor]]:
    """The file's people by each one-word alias it gives them ("trump" -> Donald Trump)."""
    out: dict[str, list[KnownActor]] = {}
    for known in starter_actors():
        if known.type == "person":
            for alias in known.aliases:
                if " " not in alias.strip():
                    out.setdefault(actor_key(alias), []).append(known)
    return out


@lru_cache(maxsize=4096)  # asked for each actor a description is checked against, the same names again (speed)
def known_roles(name: str) -> tuple[Role, ...]:
    """The shipped actors file's dated roles for a person of this name, if it describes one; a bare surname
    ("Obama", in a story that never writes the full name) is the file's one person of that surname."""
    key = actor_key(name)
    known = _known().get(key)
    if known is None and " " not in key:
        found = _by_surname().get(key, {})
        known = next(iter(found.values())) if len(found) == 1 else None
    return known.roles if known is not None else ()


def file_country(roles: tuple[Role, ...]) -> str | None:
    """The one country a person's roles in the actors file are offices of."""
    countries = {r.country for r in roles if r.country}
    return countries.pop() if len(countries) == 1 else None


def _matching(desc: Description, roles: tuple[Role, ...]) -> list[Role]:
    return [r for r in roles if any(f" {noun} " in desc.text and not _under(noun, desc.text) for noun in r.nouns)
            and (desc.country is None or r.country in (None, desc.country))]


def _under(noun: str, text: str) -> bool:
    """"president" in "the vice president": a lesser office named after the greater one."""
    return any(f" {lesser} {noun} " in text for lesser in ("vice", "deputy", "assistant", "under"))


def fits(desc: Description, facts: Facts, day: date | None) -> bool:
    """Whether nothing known about the person contradicts the description."""
    country = facts.country or file_country(facts.roles) or (
        "United States" if facts.state or facts.party in ("democratic", "republican") else None)
    wanted = desc.country or ("United States" if desc.state or desc.party in ("democratic", "republican") else None)
    if wanted and country and wanted != country:
        return False  # "the Mexican president" is no American, "the Republican nominee" no Russian
    if desc.state and facts.state and desc.state != facts.state:
        return False  # "the Florida senator" is not Bernie Sanders (I-Vt.)
    if desc.party in ("democratic", "republican") and facts.party in ("democratic", "republican") \
            and desc.party != facts.party:
        return False
    if desc.gender and facts.gender and desc.gender != facts.gender:
        return False  # "the New York businessman" is no woman
    titles = {title_form(t) for t in facts.titles}
    if desc.noun in OFFICES and desc.noun not in titles and not desc.former and "former" not in titles \
            and titles & (OFFICES - {desc.noun}):
        return False  # "the Florida senator" is no one titled President
    return _fits_dates(desc, facts.roles, day)


def _fits_dates(desc: Description, roles: tuple[Role, ...], day: date | None) -> bool:
    """The actors file's offices of the kind the description names: "the former president" must have left
    one by ``day``, "the president" must hold one on it (Donald Trump was neither in 2016)."""
    matching = _matching(desc, roles)
    if not matching or day is None:
        return True
    if desc.former:
        return any(r.end is not None and r.end <= day for r in matching)
    return any(r.held_on(day) for r in matching)


def holds(desc: Description, roles: tuple[Role, ...], day: date | None) -> bool:
    """Whether the actors file says the person held the office described on ``day``."""
    return day is not None and not desc.former and any(r.held_on(day) for r in _matching(desc, roles))


def left(desc: Description, roles: tuple[Role, ...], day: date | None) -> bool:
    """Whether the actors file says the person had left the office a "former" description names by ``day``
    ("the former president" in 2015: Bill Clinton)."""
    return day is not None and desc.former and any(r.end is not None and r.end <= day for r in _matching(desc, roles))


def holder(desc: Description, day: date | None) -> str | None:
    """The one person the actors file says held the office of a nationality-qualified description on ``day``
    ("the British prime minister" on 2016-05-16: David Cameron), else None."""
    if desc.country is None or day is None or desc.former:
        return None
    found = {k.name for k in _known().values() if holds(desc, k.roles, day)}
    return found.pop() if len(found) == 1 else None
