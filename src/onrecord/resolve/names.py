"""Small, explicit knowledge used to read names: titles, roles, nationalities, metonyms.

Facts, not tuning: titles are stripped from canonical names; nationality
adjectives tie a role noun ("the Ukrainian leader") to a country; capitals and
seats of government speak for their state ("Moscow", "the Kremlin").
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache
from importlib import resources

TITLE_WORDS = frozenset(
    """president vice prime minister foreign defense defence secretary state chancellor premier
    senator sen. rep. representative congressman congresswoman governor gov. mayor mr. mrs. ms.
    dr. mr mrs ms dr sir dame lord king queen prince princess general gen. admiral adm. colonel
    col. former then first lady speaker leader chief justice judge ambassador envoy special
    spokesman spokeswoman spokesperson minority majority house senate deputy acting director
    candidate nominee presidential democratic republican gop hon. honorable reverend rev. pope
    chairman chairwoman chair ceo commissioner attorney u.s. us american professor prof. cardinal crown
    archbishop bishop rabbi imam detective constable sergeant sgt. inspector superintendent lieutenant
    lt. captain capt. coach member mp mep mla sheriff prosecutor pres. sec. atty. amb.""".split()
)

# Titles of a calling outside politics: a person so titled holds that title only, so "the mayor" is never
# "Coach Dan Riley" (issue 12, round 6), while "the leader" may well be "Senator X".
CALLING_TITLES = frozenset("""coach judge justice professor prof. detective constable sergeant sgt. inspector
    superintendent lieutenant lt. captain capt. cardinal archbishop bishop rabbi imam reverend rev. pope""".split())

# Offices one person seldom holds together: "the mayor" is never "Senator Ruth Kaplan".
SEAT_TITLES = frozenset("mayor governor senator sen. ambassador congressman congresswoman".split())

ROLE_NOUNS = frozenset(
    """leader president minister chancellor premier secretary spokesman spokeswoman spokesperson
    senator governor candidate nominee king queen prince ambassador envoy general commander mayor
    chief head diplomat negotiator lawmaker congressman congresswoman billionaire businessman
    mogul monarch dictator strongman ruler official director chairman chairwoman aide adviser
    advisor nominee frontrunner incumbent challenger host star""".split()
)

# Institutions that speak for their owner: "Macron's office", "the Trump campaign" (unlike "Putin's spokesman",
# a person of their own).
VOICE_NOUNS = frozenset("office campaign government administration cabinet camp team ministry".split())
# A person's side, an organisation of its own ("the Biden campaign", "the Trump administration"): part of the
# person, named after them (guideline 2.5 names organisations; "Trump administration").
SIDE_NOUNS = frozenset("administration campaign".split())
# The office a campaign runs for, as the article writes it before a word of the race ("presidential debate").
OFFICE_ADJECTIVES = frozenset("presidential mayoral gubernatorial senatorial congressional parliamentary".split())
RACE_NOUNS = frozenset("campaign election race debate candidate nominee primary nomination".split())

# Bodies of a state that speak for it when named by nationality ("the Turkish presidency").
STATE_BODIES = frozenset("presidency government ministry military army navy embassy consulate cabinet administration"
                         " parliament".split())

# A state's missions abroad described by the state ("the French embassy"), by head noun, and how their names
# begin ("Embassy of France in India"): an institution of the state, as its government is, never the state
# itself (issue 12 item 5, who10b). A mission named in full keeps its name (``MISSION_HEADS``).
MISSION_NAMES = {"embassy": "Embassy", "consulate": "Consulate"}

# How words for a nationality end ("Kenyan", "Malawian", "Togolese", "Somali", "Danish", "Dutch").
DEMONYM_ENDINGS = ("an", "ese", "i", "ish", "ch")
# Nationality adjective -> country name.
NATIONALITIES: dict[str, str] = {
    "american": "United States", "u.s.": "United States", "us": "United States",
    "russian": "Russia", "ukrainian": "Ukraine", "british": "United Kingdom", "french": "France",
    "german": "Germany", "italian": "Italy", "spanish": "Spain", "polish": "Poland",
    "chinese": "China", "japanese": "Japan", "indian": "India", "turkish": "Turkey",
    "israeli": "Israel", "palestinian": "Palestine", "iranian": "Iran", "canadian": "Canada",
    "mexican": "Mexico", "brazilian": "Brazil", "finnish": "Finland", "swedish": "Sweden",
    "dutch": "Netherlands", "belgian": "Belgium", "hungarian": "Hungary", "european": "European Union",
    "north korean": "North Korea", "south korean": "South Korea", "korean": "South Korea",
    "saudi": "Saudi Arabia", "syrian": "Syria", "egyptian": "Egypt", "qatari": "Qatar",
    "belarusian": "Belarus", "georgian": "Georgia", "danish": "Denmark", "norwegian": "Norway",
    "austrian": "Austria", "swiss": "Switzerland", "greek": "Greece", "irish": "Ireland",
    "australian": "Australia", "estonian": "Estonia", "latvian": "Latvia", "lithuanian": "Lithuania",
    "romanian": "Romania", "czech": "Czechia", "slovak": "Slovakia", "portuguese": "Portugal",
    "armenian": "Armenia", "azerbaijani": "Azerbaijan", "kazakh": "Kazakhstan", "serbian": "Serbia",
    "croatian": "Croatia", "bulgarian": "Bulgaria", "moldovan": "Moldova", "pakistani": "Pakistan",
    "afghan": "Afghanistan", "iraqi": "Iraq", "lebanese": "Lebanon", "nigerian": "Nigeria",
    "venezuelan": "Venezuela", "cuban": "Cuba", "vietnamese": "Vietnam", "taiwanese": "Taiwan",
    # the countries of the actors file's world leaders (names8): "the Cypriot president" names Cyprus's
    "cypriot": "Cyprus", "south african": "South Africa", "argentine": "Argentina", "argentinian": "Argentina",
    "indonesian": "Indonesia", "zimbabwean": "Zimbabwe",
    "burmese": "Myanmar", "myanma": "Myanmar",  # "Myanma" is the country's own adjective ("the Myanma embassy")
}


def _world_states() -> list[tuple[str, list[str], list[str], str]]:
    """Every state of the world with its adjectives, other names and seat (``countries.tsv``): "Kenya's health
    ministry", "the Ghanaian government" and "Nairobi said" name states as "Germany's" does (issue 12, lead17)."""
    text = resources.files("onrecord.resolve").joinpath("countries.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return [(name, [a for a in adjectives.split(",") if a], [o for o in others.split(",") if o], seat)
            for name, adjectives, others, seat in rows]


WORLD_STATES = _world_states()
for _state, _adjectives, _others, _seat in WORLD_STATES:
    for _adjective in _adjectives:
        NATIONALITIES.setdefault(_adjective, _state)

# Country -> the adjective a description takes ("German officials").
_ADJECTIVES: dict[str, str] = {}
for _adjective, _country in NATIONALITIES.items():
    if _adjective.replace(" ", "").isalpha() and _adjective != "us":  # "South Korean" too (round 7)
        _ADJECTIVES.setdefault(_country, _adjective.title())


def nationality_of(country: str | None) -> str | None:
    """"German" for Germany; None when unknown."""
    return _ADJECTIVES.get(country) if country else None


# Nouns that call a name a place ("the villages of Kirants and Voskepar", "Millbrook, a town of 20,000"): a
# place is no actor, whatever the recogniser labelled it (issue 12).
PLACE_NOUNS = frozenset("village town city hamlet region province district county municipality suburb "
                        "neighbourhood neighborhood island valley settlement enclave capital port".split())

# Unions of states: organisations (guideline 2.5), never a country, and never the story's country.
SUPRANATIONAL = frozenset({"European Union"})

# Time zones, which a recogniser takes for organisations after a clock time ("5 p.m. (2100 UTC)").
TIME_ZONES = frozenset("utc gmt est edt cst cdt mst mdt pst pdt bst cet cest eet eest wet west ist jst kst hkt sgt "
                       "aest aedt awst nzst nzdt msk".split())
# Words after a company's own name that a report leaves out ("Salling Group" is "Salling"), with the legal
# forms of companies abroad, which close no person's name ("HDT Védelmi Ipari Kft.", "Siemens GmbH").
ORG_SUFFIXES = frozenset("""group inc corp corporation co company ltd limited plc ag sa holdings llc llp gmbh kft zrt
    bv nv pty srl spa oyj""".split())
# What a company's name says it does after its own word ("NovaTerra Mining", "Qantas Airways", "Toyota Motor"),
# which news drops when it goes on ("NovaTerra shares rose"): the first word alone is then that company (lead17,
# a newcomer's mining story made two actors of one firm).
INDUSTRY_SUFFIXES = frozenset("""mining minerals metals resources energy petroleum oil airlines airways motor motors
    steel pharmaceuticals foods technologies systems telecom telecommunications entertainment insurance logistics
    shipping""".split())
SHORTENED_SUFFIXES = ORG_SUFFIXES | INDUSTRY_SUFFIXES
# Sources that speak for a state, which the annotation guideline names with their country ("officials" in a
# Russian story are "Russian officials").
NATIONAL_SOURCE_NOUNS = frozenset("official authority media medium press government diplomat".split())
# "local reports", "local news reports" speak for the place as "local media" do ("Kenyan local news reports" in a
# story on Burundi, "South Korean local reports" in one on Seoul: issue 12, wire19); "reports" alone stay bare.
LOCAL_REPORT_NOUNS = frozenset({"report"})
LOCAL = "local"
# Sources that belong to a place rather than a state ("police" in a story about El Paso are "El Paso police",
# guideline 2.5: a bare "police" would merge every force of a corpus into one actor), and those that belong to
# a company ("the employees" of a story about Ford are "Ford employees").
LOCAL_SOURCE_NOUNS = frozenset("police protester protestor demonstrator prosecutor".split())
STAFF_NOUNS = frozenset("employee".split())
# Sources a US state has as the country has them: "state prosecutors", "state officials" are the state's.
STATE_LEVEL_NOUNS = frozenset("prosecutor official authority regulator lawmaker legislator".split())

# Capitals and seats that speak for their state ("Moscow said ...").
METONYMS: dict[str, str] = {
    "moscow": "Russia", "kyiv": "Ukraine", "kiev": "Ukraine",
    "washington": "United States", "beijing": "China",
    "london": "United Kingdom", "paris": "France", "berlin": "Germany", "tehran": "Iran",
    "pyongyang": "North Korea", "tokyo": "Japan", "ankara": "Turkey", "brussels": "European Union",
    "warsaw": "Poland", "rome": "Italy", "madrid": "Spain", "ottawa": "Canada", "jerusalem": "Israel",
    "minsk": "Belarus", "delhi": "India", "new delhi": "India", "riyadh": "Saudi Arabia",
    # round 7: capitals that spoke for their state in fresh wire stories ("Manila calls it Escoda",
    # "Islamabad's foreign ministry") and their neighbours in the same news
    "seoul": "South Korea", "manila": "Philippines", "islamabad": "Pakistan", "baghdad": "Iraq",
    "cairo": "Egypt", "kabul": "Afghanistan", "damascus": "Syria", "taipei": "Taiwan", "bangkok": "Thailand",
    "jakarta": "Indonesia", "hanoi": "Vietnam", "canberra": "Australia",
    # every other state's seat that names no other place or person as often (countries.tsv; lead17)
    **{seat: state for state, _adjectives, _others, seat in WORLD_STATES if seat},
}

# Institutions that speak for a government but are actors of their own, part of their state, so
# a user can ask for the White House alone or for all of the United States.
INSTITUTIONS: dict[str, tuple[str, str]] = {
    "white house": ("White House", "United States"), "pentagon": ("Pentagon", "United States"),
    "state department": ("State Department", "United States"),
    "u.s. state department": ("State Department", "United States"),
    "us state department": ("State Department", "United States"),
    "foggy bottom": ("State Department", "United States"),
    "justice department": ("Justice Department", "United States"),
    "kremlin": ("Kremlin", "Russia"), "downing street": ("Downing Street", "United Kingdom"),
    "elysee": ("Élysée", "France"), "élysée": ("Élysée", "France"), "elysee palace": ("Élysée", "France"),
    "élysée palace": ("Élysée", "France"), "european commission": ("European Commission", "European Union"),
    "zhongnanhai": ("Zhongnanhai", "China"),
}


def institution(key: str) -> tuple[str, str] | None:
    """(name, state) of an institution written as ``key`` ("the kremlin" -> ("Kremlin", "Russia"))."""
    key = key.strip()
    return INSTITUTIONS.get(key) or INSTITUTIONS.get(key.removeprefix("the "))


# Other ways of writing a country's name.
_COUNTRY_ALIASES: dict[str, str] = {
    "us": "United States", "u.s.": "United States", "u.s": "United States", "usa": "United States",
    "u.s.a.": "United States", "america": "United States", "united states": "United States",
    "the united states": "United States", "uk": "United Kingdom", "u.k.": "United Kingdom",
    "britain": "United Kingdom", "great britain": "United Kingdom", "the united kingdom": "United Kingdom",
    "eu": "European Union", "the european union": "European Union", "the eu": "European Union",
    "the netherlands": "Netherlands", "holland": "Netherlands",
}
_STATES = {state for _, state in INSTITUTIONS.values()}
_COUNTRIES = frozenset(NATIONALITIES.values()) | frozenset(METONYMS.values()) | _STATES | {
    "Afghanistan", "Argentina", "Bulgaria", "Croatia", "Cuba", "Iraq", "Jordan", "Lebanon", "Libya", "Moldova",
    "Nigeria", "Pakistan", "Serbia", "Slovenia", "South Africa", "Taiwan", "Venezuela", "Vietnam", "Yemen",
}
_COUNTRIES |= {state for state, _adjectives, _others, _seat in WORLD_STATES}
_COUNTRY_BY_NORM = {c.lower(): c for c in _COUNTRIES}
for _state, _adjectives, _others, _seat in WORLD_STATES:
    for _other in _others:
        _COUNTRY_ALIASES.setdefault(_other, _state)


def country_name(key: str) -> str | None:
    """The canonical country for a normalised name ("the u.s." -> "United States"), else None."""
    key = key.strip()
    return _COUNTRY_ALIASES.get(key) or _COUNTRY_BY_NORM.get(key) or _COUNTRY_BY_NORM.get(key.removeprefix("the "))


FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
# Who speaks in a transcript's answer: "I", "we" (``resolve/speakers.py``, the turn's speaker).
FIRST_PERSON_PRONOUNS = frozenset({"i", "me", "my", "myself", "we", "us", "our", "ourselves"})
# What says whose government a transcript is, written in its title or above its first turn: a seat of
# government ("James S. Brady Press Briefing Room", "the White House", "Air Force One"), and the clock line of
# a US government transcript ("4:02 P.M. EST"), lower-cased (``resolve/speakers.py``, ``_transcript_country``).
SEAT_COUNTRIES = {**{seat: INSTITUTIONS[seat][1] for seat in ("white house", "downing street", "kremlin", "élysée",
                                                               "elysee")},
                  "briefing room": "United States", "air force one": "United States",
                  "oval office": "United States", "chancellery": "Germany"}
# Offices a transcript's label writes before a surname that are no part of the name ("ACTING ADMINISTRATOR
# SLAVITT:", "PRINCIPAL DEPUTY PRESS SECRETARY"), beside the honorifics of TITLE_WORDS.
LABEL_OFFICES = frozenset("""administrator coordinator commissioner surgeon deputy assistant principal counselor
    adviser advisor ambassador press""".split())
CLOCK_COUNTRIES = {zone: "United States" for zone in ("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt")}
# The label of an interview's answers ("Q: ... A: ..."), lower-cased: the interviewee speaks.
ANSWER_LABEL = "a"
# Transcript labels that name the part someone plays in the record, not a name ("MODERATOR:", "OPERATOR:").
RECORD_ROLES = frozenset("moderator operator interpreter translator questioner audience host".split())
# A person's titles that name no one when they stand alone ("One MP told the BBC", "an MP said"): never an
# organisation or a person of that name. Not the body words and party words TITLE_WORDS also holds ("Senate",
# "House", "US", "Republican"), which do name bodies and parties alone.
LONE_TITLES = frozenset("""
    mp mep mla member minister senator congressman congresswoman representative governor mayor premier
    chancellor ambassador envoy spokesman spokesperson spokeswoman director chairman chairwoman secretary
    candidate nominee leader professor coach
""".split())
# A minister's or secretary's portfolio, written after "of" as part of the title ("Secretary of State", "the
# former secretary of state", "Minister of Finance"): the recogniser makes it an organisation, but it names the
# office, no body (a department is "the State Department", "the Department of State").
PORTFOLIO_TITLES = frozenset("secretary minister undersecretary under-secretary head".split())
PORTFOLIO_WORDS = frozenset("""
    state defense defence commerce labor labour education energy agriculture transportation transport health
    interior justice finance homeland security foreign affairs veterans housing trade
""".split())
# The last word of a newspaper's name, by which a story calls it once named ("The Washington Post ... the Post
# reported"): the paper named before, not an actor "Post" that every paper's short name would join in a corpus.
PAPER_HEADS = frozenset("""post times journal herald tribune globe guardian telegraph chronicle gazette inquirer
    examiner observer independent courier mirror express""".split())
# Quantifiers that stand for some members of a group ("Some called for ...", "others preferred ..."): a group,
# never one person, though the tagger makes them pronouns.
QUANTIFIER_PRONOUNS = frozenset("some others several many most few everyone everybody".split())

_HONORIFIC_GENDER = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f",
                     "congresswoman": "f", "congressman": "m", "chairwoman": "f", "chairman": "m",
                     "spokeswoman": "f", "spokesman": "m", "queen": "f", "king": "m", "lady": "f",
                     "princess": "f", "prince": "m", "sir": "m", "dame": "f"}

# Common given names, to avoid resolving "she" to a man. Unknown names agree with both.
_FEMALE_NAMES = frozenset(
    """hillary kellyanne huma melania ivanka nancy elizabeth kamala michelle sarah condoleezza
    madeleine angela theresa ursula kaja giorgia marine annalena liz nikki kristi susan mary
    jennifer jessica patricia linda barbara margaret karen lisa betty helen sandra donna carol
    ruth sharon laura amy anna emma olivia sophia julia maria alexandria ilhan rashida tulsi
    jill donna debbie dianne kirsten amy claire heidi lisa tammy maggie kelly megyn katy katie
    hope valerie janet christine kathleen samantha victoria catherine rachel rebecca
    caroline kristen kate jeanne jeanine penny tina yulia yuliia olena iryna natalia kristalina
    mette sanna frederiksen roberta dana ashley emily hannah grace zoe marie sophie camille chloe
    lucia carmen isabel elena ana beata agnieszka katarzyna ingrid astrid carrie louise lydia tanya
    margot""".split()
)
_MALE_NAMES = frozenset(
    """donald joe barack bill george mike michael john james robert william david richard
    thomas charles christopher daniel matthew anthony mark paul steven andrew kenneth joshua
    kevin brian timothy ronald jason jeffrey ryan jacob gary nicholas eric jonathan stephen
    larry justin scott brandon benjamin samuel gregory frank raymond patrick jack dennis jerry
    tyler aaron jose adam henry nathan douglas peter kyle walter ethan jeremy harold keith
    christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan
    joe ted marco jeb ben rand chris reince newt rudy vladimir volodymyr sergei dmitry emmanuel
    olaf keir rishi boris friedrich viktor recep xi jinping narendra benjamin jd marco pete
    lloyd antony jake mitch chuck kevin paul rex jim tim bernie martin lindsey antoine nicolas pierre
    jean louis francois philippe jacques carlos juan luis miguel javier pedro hans klaus stefan jurgen
    piotr jan tomasz krzysztof andrzej pawel marek bernard howard nick steve brad gary
    joachim""".split()
)


# Latin letters NFKD does not split into a base letter and a mark.
_UNSPLIT_LETTERS = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
                                  "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th",
                                  "Þ": "TH", "ı": "i"})


# Cyrillic and Greek letters drawn as Latin ones: inside a word of Latin letters (a name copied from a page that
# mixes them, or written to pass for another), each is read as the Latin letter it looks like. A word all in
# Cyrillic or Greek keeps its letters.
_LOOKALIKES = str.maketrans(dict(zip(
    "аеорсухіјѕԁһӏԛԝАВЕКМНОРСТХІЈЅҮ" "οΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdhlqwABEKMHOPCTXIJSY" "oABEZHIKMNOPTYX", strict=True)))
_LOOKALIKE_WORD = re.compile("[^\\W\\d_]*[аеорсухіјѕԁһӏԛԝАВЕКМНОРСТХІЈЅҮοΑΒΕΖΗΙΚΜΝΟΡΤΥΧ][^\\W\\d_]*")


@lru_cache(maxsize=8192)
def clean_name(text: str) -> str:
    """A name as it is seen, whatever invisible characters or lookalike letters it was written with: format
    characters (zero-width space and joiners, the soft hyphen, byte-order and direction marks) dropped,
    Unicode composed (NFC: "e" and a combining accent is "é"), and Cyrillic or Greek lookalikes inside a Latin
    word read as Latin. "José Ram\\u200bírez", "Ramí\\u00adrez" and "Rаmírez" (a Cyrillic "а") were each an
    actor of their own beside "José Ramírez" in the store, with slugs such as "jose-ram-irez"."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", "".join(ch for ch in text if unicodedata.category(ch) != "Cf"))
    return _LOOKALIKE_WORD.sub(_as_latin, text)


def _as_latin(word: re.Match[str]) -> str:
    """A word's lookalike letters as Latin where it holds a Latin letter of its own (a mixed word)."""
    mixed = any("LATIN" in unicodedata.name(ch, "") for ch in word[0])
    return word[0].translate(_LOOKALIKES) if mixed else word[0]


def strip_accents(text: str) -> str:
    """``text`` without its combining marks ("Gusmão" -> "Gusmao"); letters NFKD does not split stay."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def ascii_letters(text: str) -> str:
    """``strip_accents`` after writing out the letters NFKD does not split: "Łódź" -> "Lodz", "ß" -> "ss"."""
    return strip_accents(text.translate(_UNSPLIT_LETTERS))


# A name is normalised for every mention and comparison, the same few names many times in an article (speed).
@lru_cache(maxsize=8192)
def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower()


# Titles that are part of the name of someone known by title and one name ("Pope Francis", "King Charles").
REGNAL_TITLES = frozenset("pope king queen prince princess emperor empress".split())


def strip_title(words: list[str]) -> list[str]:
    """Drop leading titles and nationality words from a name's words ("Pope Francis" keeps its title)."""
    out = list(words)
    while len(out) > 1 and (out[0].lower() in TITLE_WORDS or out[0].lower() in NATIONALITIES):
        if len(out) == 2 and out[0].lower() in REGNAL_TITLES:
            break
        out.pop(0)
    while out and out[-1] in ("'s", "’s"):
        out.pop()
    return out


# Given names the US counts give to one sex that Europe gives to the other ("Andrea", "Simone", "Michele" are
# Italian men's; "Joan" a Catalan man's): no gender from the name.
_GENDER_ABROAD = frozenset("andrea simone michele marian joan valery camille".split())


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """given name -> "f", "m", "f?"/"m?" (95-98 % one sex) or "?" (a name the counts give to both), from
    ``given_names.tsv`` (US Social Security Administration births 1920-2017, public domain; built by
    ``scripts/given_names.py``)."""
    text = resources.files("onrecord.resolve").joinpath("given_names.tsv").read_text(encoding="utf-8")
    pairs = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name: label for name, label in pairs}


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a given name: one the hand lists hold or one given to 200+ US children (either sex)."""
    low = word.lower()
    # also without its accents: "Thérèse", "José" (lead17)
    return any(w in _FEMALE_NAMES or w in _MALE_NAMES or w in _given_names() for w in (low, ascii_letters(low)))


def person_gender(words: list[str], titles: list[str]) -> str | None:
    """The gender a person's name says, for pronoun agreement (issue 12: "she" is never a man): an honorific or
    gendered title first ("Mrs.", "congresswoman"); then the hand lists, unless the birth counts of 26,000 given
    names give the name to the other sex 95 % of the time ("Lindsey" is a woman's name in 96 % of US births, so
    it says no gender); a name the lists lack, the counts where 98 % one sex ("Wendy", "Vivek", "Lars"), none
    where they give it to both ("Jordan", "Kim")."""
    titled = _title_gender(titles)
    if titled is not None or len(words) < 2:
        return titled
    first = words[0].lower()
    if first in _GENDER_ABROAD:
        return None
    listed = name_gender(words, [])
    counted = _given_names().get(first, "?")
    if listed is not None:
        return None if counted[0] in "fm" and counted[0] != listed else listed
    return counted if counted in ("f", "m") else None


def _title_gender(titles: list[str]) -> str | None:
    """The gender the first gendered honorific or title says ("Mrs.", "congressman"), if any."""
    return next((g for g in (_HONORIFIC_GENDER.get(t.lower()) for t in titles) if g), None)


def name_gender(words: list[str], titles: list[str]) -> str | None:
    titled = _title_gender(titles)
    if titled is not None:
        return titled
    if len(words) >= 2:
        first = words[0].lower()
        if first in _FEMALE_NAMES:
            return "f"
        if first in _MALE_NAMES:
            return "m"
    return None


def reads_as_person(words: list[str]) -> bool:
    """Two or three capitalised words opening with a common given name ("Antoine Quirin"): a person's name,
    whatever the recogniser called it."""
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if any(w.lower() in ORG_NOUNS or w.lower() in ORG_SUFFIXES for w in words):
        return False
    return words[0].lower() in _FEMALE_NAMES | _MALE_NAMES


def noun_gender(noun: str) -> str | None:
    """The gender a person noun says: "spokeswoman", "congresswoman", "daughter" are women, "spokesman",
    "chairman", "son" men; "spokesperson", "human", "German" none (issue 12, pron11)."""
    w = noun.lower()
    if w in GENDERED_NOUNS:
        return GENDERED_NOUNS[w]
    if w.endswith(("woman", "women")):
        return "f"
    if w.endswith(("man", "men")) and w not in NOT_GENDERED_MAN_WORDS:
        return "m"
    return None


# Words ending in "man" that say no man: "human", "German", "Roman", "shaman", "Oman".
NOT_GENDERED_MAN_WORDS = frozenset("human humans german germans roman romans shaman shamans ottoman talisman oman "
                                   "amen omen omens".split())


def pronoun_gender(word: str) -> str | None:
    w = word.lower()
    if w in MALE_PRONOUNS:
        return "m"
    if w in FEMALE_PRONOUNS:
        return "f"
    return None


# Nouns for people and sources that a report describes instead of naming ("officials said", "a senior
# official", "critics", "eyewitnesses"): the source becomes a group or unnamed actor under that description.
PEOPLE_NOUNS = frozenset("""
    whistleblower whistle-blower informant interviewee
    official officer critic lawmaker legislator leader member analyst expert observer witness eyewitness
    resident activist protester protestor demonstrator source spokesperson spokesman spokeswoman diplomat
    aide adviser advisor researcher scientist author teacher doctor physician nurse student voter supporter backer
    opponent worker employee investigator prosecutor lawyer attorney police firefighter authority family
    parent neighbor neighbour citizen victim survivor passenger fan player coach executive manager economist
    banker trader investor insider person people man woman organizer organiser participant representative
    negotiator envoy delegate ally partner rival commentator journalist reporter media press medium associate
    engineer farmer owner shopper consumer customer patient relative friend colleague staff staffer
    campaigner environmentalist conservationist academic professor historian strategist pollster
    republican democrat conservative liberal mp senator congressman minister lawmakers child
    volunteer management personnel commuter pensioner retiree local mediator supervisor judge magistrate juror
    hostage prisoner detainee captive refugee migrant settler soldier
""".split())
# Nouns for a body of people that take a plural verb and stand for many: "staff said", "management said".
COLLECTIVE_NOUNS = frozenset("police media press staff people family management personnel".split())
# Nouns that name a source and nothing more: "this person also said" is the source just described.
BARE_SOURCE_NOUNS = frozenset("person individual source".split())
# Family nouns, with the gender they give: "the father" is the man the story is about, not the judge.
KIN_NOUNS: dict[str, str] = {
    **dict.fromkeys("father husband son brother grandfather uncle stepfather".split(), "m"),
    **dict.fromkeys("mother wife daughter sister grandmother aunt stepmother".split(), "f"),
}
# Nouns that give an unnamed individual a gender, for a later "she" or "he" ("a woman", "one of their sons").
GENDERED_NOUNS: dict[str, str] = {
    **KIN_NOUNS, **dict.fromkeys("woman girl lady mum mom grandma".split(), "f"),
    **dict.fromkeys("man boy gentleman dad grandpa".split(), "m"),
}
# Plural nouns for the parties of a case or a deal: "the defendants", "the parties", "the couple" refer back
# to the people or bodies the article named together last.
PARTY_NOUNS = frozenset("defendant accused suspect party couple pair man woman parent spouse brother sister "
                        "sibling twin partner".split())
# Nouns for organisations that a report names once and then calls "the company", "the embassy".
ORG_NOUNS = frozenset("""
    company firm utility railway embassy army ministry department agency bank airline retailer chain group
    party council union court hospital university school club team network newspaper organisation
    organization charity board commission committee operator manufacturer carrier broadcaster publication
    website outlet regulator insurer supermarket corporation business church federation association
    institute foundation hotel store shop factory magazine syndicate tribunal
""".split())
# Heads of a body's name that a place or a purpose follows ("Supreme Court of Puerto Rico", "House of
# Representatives", "Commission on Presidential Debates"): the name runs on through "of"/"on"/"for".
BODY_HEADS = ORG_NOUNS | frozenset("""
    house senate assembly parliament congress chamber bureau office government cabinet tribunal academy
    secretariat conference authority
""".split())
BODY_LINKS = frozenset("of on for".split())
# A state's mission is named by its seat: "the US Embassy in London" (round 8)
MISSION_HEADS = frozenset("embassy consulate".split())
# Words that end organisations' names, never a person's: "... Asset Management", "... Human Rights Watch".
ORG_NAME_WORDS = frozenset("""
    international management capital partners services systems relations rights watch institute center centre
    council society fund trust alliance network media news press times post journal health care foundation
    research studies affairs development bank energy technologies solutions resources industries tv radio
    herald tribune gazette agency television broadcasting
""".split())
# Collective nouns that stand for the one force of that name an article has named ("police said" after
# "Delhi Police").
FORCE_NOUNS = frozenset("police".split())
# The last words of a force's or a firm's name, which no person's surname is ("Jane Steel" is a person; "Harlow
# Mining" never).
BODY_LAST_WORDS = FORCE_NOUNS | ORG_SUFFIXES | (INDUSTRY_SUFFIXES - {"steel", "oil", "motor"})
# Of those, the ones that stand for any organisation named before (not only one with the word in its name).
GENERIC_ORG_NOUNS = frozenset("""
    company firm group chain retailer business corporation utility airline operator carrier manufacturer
    insurer supermarket railway broadcaster publication outlet website network newspaper organisation
    organization
""".split())
# Of those, the nouns for a business ("the company", "the chain"), which a report uses for a firm it has named
# or described as one, never for a public body (spkaudit).
COMPANY_NOUNS = frozenset("""
    company firm business corporation retailer chain manufacturer maker insurer supermarket airline carrier
    processor producer provider lender developer
""".split())
# Words of a public body's name: "the company" is never the "Securities and Exchange Commission" (spkaudit).
PUBLIC_BODY_WORDS = frozenset("""
    commission authority agency court ministry department council government police bureau office parliament
    senate congress assembly tribunal committee regulator administration
""".split())
# What a source's words come in: "the chain's press release said" is the chain speaking.
DOCUMENT_NOUNS = frozenset("""
    statement release report decree letter document tweet post analysis study website database filing memo order
    ruling announcement notice message note blog column editorial survey complaint decision
""".split())
# Documents and data a report cites as a source when no author is in reach ("recent reports say",
# "witness accounts", "traffic camera footage"): an unnamed source under that description.
SOURCE_DOCUMENT_NOUNS = frozenset("""
    report study survey poll footage account assessment estimate figure record analysis finding result
    document data research investigation
""".split())
# Statements cited with no author in reach ("according to official statements"): an unnamed source under their
# description, as reports are, but kept out of ``SOURCE_DOCUMENT_NOUNS`` so that "a district court statement" is
# still the court's (issue 12, wire19).
UNAUTHORED_STATEMENT_NOUNS = frozenset({"statement"})
DESCRIPTION_DROPS = frozenset("the a an some many several most few other another two three four five six "
                              "seven eight nine ten dozens hundreds thousands both all one".split())


# Head nouns of a body's name that no person's name ends with ("U.S. Geological Survey", "Our Principles PAC",
# "Emerson College", "Brennan Center", "Swiss People's Party"), nor has before "of" ("University of Chicago"):
# such a name is an organisation's whatever the recogniser called it (issue 12, orgs19). Surnames that are also
# such nouns ("Court", "House", "Church", "Hall", "Post", "Bank") are left out.
ORG_HEAD_WORDS = frozenset("""
    survey department university agency pac center centre college bureau school foundation institute institution
    commission committee council association ministry academy administration coalition federation society museum
    hospital clinic party office directorate inspectorate secretariat authority caucus league
""".split())


def org_headed(words: list[str]) -> bool:
    """A name of two words or more whose last word is a body's head noun written with a capital ("Geological
    Survey", "Principles PAC"), or whose head noun is followed by "of" ("Department of Forestry"): no person's name
    (issue 12, orgs19)."""
    if len(words) < 2:
        return False
    last = words[-1].rstrip(".,")
    if last[:1].isupper() and last.lower() in ORG_HEAD_WORDS:
        return True
    return any(w[:1].isupper() and w.lower() in ORG_HEAD_WORDS and nxt == "of" for w, nxt in itertools.pairwise(words))
