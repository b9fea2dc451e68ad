"""Words for sources a report describes instead of naming: a state's institutions ("the government"),
parts in a case ("the attacker"), what a source asked for ("the request"). Kept apart from ``names`` (names,
titles, nationalities) so that the two lists grow apart (issue 12, branch ``unnamed``)."""

# Institutions of a state that "the <noun>" names when no body of that kind was named before and the story's
# country is clear (issue 12, guideline 2.5: "the government" in a story on Canada is "Government of
# Canada", an organisation part of the state): noun -> the head of the institution's name, "<head> of <country>".
STATE_INSTITUTIONS: dict[str, str] = {"government": "Government", "army": "Army", "navy": "Navy",
                                      "military": "Armed Forces"}
# A state's bodies that news names by what they are ("Uganda's central bank", "the Brazilian space agency", "the
# central bank" in a story about Japan): an organisation part of the state, named "<head> of <country>" as its
# government is, never the state (issue 12 item 5, lead17). Words as written (lower case) -> the name's head.
NATIONAL_BODIES: dict[str, str] = {
    "central bank": "Central Bank", "space agency": "Space Agency", "electoral commission": "Electoral Commission",
    "election commission": "Election Commission", "statistics office": "Statistics Office",
    "statistics agency": "Statistics Agency", "state broadcaster": "State Broadcaster", "coast guard": "Coast Guard",
    "border guard": "Border Guard", "border police": "Border Police", "national police": "National Police",
}
# Country names written with "the" ("Government of the United States", "Army of the Philippines").
_THE_COUNTRY_WORDS = frozenset("united states kingdom republic netherlands philippines bahamas emirates islands "
                               "gambia maldives".split())



def institution_of(noun: str, country: str) -> str:
    """"Government of Canada", "Army of Iran", "Government of the United States": a state institution's name."""
    return f"{STATE_INSTITUTIONS[noun]} of {after_of(country)}"


def after_of(country: str) -> str:
    """A country's name as written after "of" or "in": "the United States", "Canada"."""
    words = country.lower().split()
    the = "the " if words[0] in _THE_COUNTRY_WORDS or words[-1] in _THE_COUNTRY_WORDS else ""
    return f"{the}{country}"


# A person's part in a case, by kind: "the attacker" is whoever the article calls the gunman or the suspect
# (one person, named once in apposition: "The gunman, Tom Reed,"), never the victim (issue 12).
CASE_ROLES: dict[str, str] = {
    **dict.fromkeys("attacker assailant gunman suspect perpetrator killer shooter stabber bomber culprit "
                    "accused defendant".split(), "offender"),
    **dict.fromkeys("victim survivor".split(), "victim"),
}

# Nouns for what a source asked or put forward ("the request of Prime Minister X", "the calls by officials"):
# a later "the request" speaks for whoever made it, as a document speaks for its author (issue 12).
SPEECH_ACT_NOUNS = frozenset("request call appeal demand proposal plea".split())

# Nouns for states that "both"/"the two" count: "both nations issued statements" after two states were named.
STATE_NOUNS = frozenset("nation country state government".split())

# What a report cites that has no author it could name: hearsay and pictures ("rumours circulated that X",
# "according to videos posted on social media"). Unnamed sources under their description, as "reports" and
# "footage" are (``names.SOURCE_DOCUMENT_NOUNS``; guideline 2.5: a data source without an author in reach).
UNAUTHORED_NOUNS = frozenset("rumor rumour video photo photograph image picture clip".split())

# What a court or a board decides, which speaks for the body that decided it ("a 2015 federal court decision said
# X" is the court's; ``names.DOCUMENT_NOUNS`` has "ruling" and "order" already).
DECISION_NOUNS = frozenset("decision verdict judgment judgement opinion".split())

# What a paper or a broadcaster puts out besides its reports, which speaks for whoever put it out ("the daily
# covered the story with a headline pointing out X": the daily's).
PRESS_NOUNS = frozenset("headline caption broadcast bulletin".split())

# News cited as a source without an outlet: "according to local news" is the local news media (who10a).
NEWS_NOUNS = frozenset({"news"})
NEWS_MEDIA = "media"
