"""Page furniture is no report: a wire trailer, a byline, a caption, a share button, a newsletter plea.

Each fixture is a short article written here in the shape of one outlet's pages (the boilerplate lines real
pages carry, pasted as plain text or left by the HTML reader), with the statements its body makes (by the
speaker as written) and the actors that must and must not come out of it. The furniture lines stay in the
text (offsets index it); they give no statement, no actor and no event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from onrecord import Article, extract
from onrecord.extract import english as en
from onrecord.extract import furniture
from onrecord.extract.furniture import is_furniture

MARK = "§"  # opens a furniture line in a fixture below; taken out before the text is read


@dataclass(frozen=True)
class Page:
    marked: str  # the page, each furniture line opened by MARK
    speakers: tuple[str, ...]  # every statement's actor (its name), in text order
    actors: tuple[str, ...]  # names that must be actors
    not_actors: tuple[str, ...]  # names that must not be actors (furniture only names them)
    published: str = "2024-11-12"

    @property
    def text(self) -> str:
        return self.marked.replace(MARK, "")

    def furniture(self) -> list[tuple[int, int]]:
        """The furniture lines' spans in ``text``."""
        spans, at = [], 0
        for line in self.marked.split("\n"):
            plain = line.replace(MARK, "")
            if line.startswith(MARK):
                spans.append((at, at + len(plain)))
            at += len(plain) + 1
        return spans


PAGES: dict[str, Page] = {
    "wire-reporting-credit": Page(
        "Ukraine says talks possible\n\n"
        "KYIV, Nov 12 (Reuters) - Ukraine is ready to hold talks next month, Foreign Minister Andrii Sybiha "
        "told reporters on Tuesday.\n\n"
        "\"We want peace, but not at any price,\" Sybiha said.\n\n"
        "§(Reporting by Tom Balmforth; Additional reporting by Guy Faulconbridge in Moscow; Editing by Mark "
        "Heinrich)\n\n"
        "§Our Standards: The Thomson Reuters Trust Principles.\n",
        ("Andrii Sybiha", "Andrii Sybiha"), ("Andrii Sybiha",),
        ("Tom Balmforth", "Guy Faulconbridge", "Mark Heinrich", "Standards", "Russia")),
    "agency-contributed": Page(
        "Storm closes ports along the coast\n\n"
        "LISBON, Portugal (AP) — Portugal closed four ports on Tuesday as a storm moved in, and the harbour "
        "master of Porto, Rui Almeida, said ships would wait offshore until Thursday.\n\n"
        "§Associated Press writer Carla Mendes in Madrid contributed to this report.\n\n"
        "§Copyright 2024 The Associated Press. All rights reserved.\n",
        ("Rui Almeida",), ("Rui Almeida",),
        ("Carla Mendes", "The Associated Press", "Associated Press")),
    "agency-sign-off": Page(
        "Farmers block roads in protest over fuel prices\n\n"
        "Farmers blocked three motorways near Lyon on Monday, and union leader Marc Dupuis said the blockades "
        "would last until the government lowered the tax on diesel.\n\n"
        "§-- AFP\n\n"
        "§Photo: Jean Moreau/AFP\n",
        ("Marc Dupuis",), ("Marc Dupuis",), ("Jean Moreau",)),
    "byline-and-bio": Page(
        "Senate panel delays vote on budget\n\n"
        "§By Laura Finch and Peter Hale\n\n"
        "§Updated 3 hours ago\n\n"
        "The Senate budget committee put off its vote until next week, Senator Diane Walsh said on Monday.\n\n"
        "§Laura Finch is a congressional reporter for the Capital Ledger. Peter Hale covers the White House.\n",
        ("Diane Walsh",), ("Diane Walsh",), ("Laura Finch", "Peter Hale")),
    "editor-note-and-correction": Page(
        "Mayor defends new parking fees\n\n"
        "§Editor's note: This story has been updated to include comments from the transport union.\n\n"
        "Mayor Helen Price said the new fees would pay for three bus routes.\n\n"
        "§Correction: An earlier version of this article said the fees began in May. They begin in June.\n\n"
        "§An earlier version of this story misstated the name of the union's leader.\n",
        ("Helen Price",), ("Helen Price",), ("Editor",)),
    "newsletter-and-links": Page(
        "Rail strike called off after late deal\n\n"
        "The rail union called off Friday's strike after a late offer, its general secretary Owen Gray said.\n\n"
        "§Sign up for our morning newsletter and get the news you need to start your day.\n\n"
        "§Related: Minister Sara Quinn says the rail network needs more money\n\n"
        "§Read more: Union leader warns of a long winter of strikes\n\n"
        "§Advertisement\n\n"
        "Gray said members would vote on the offer next month.\n",
        ("Owen Gray", "Owen Gray"), ("Owen Gray",), ("Sara Quinn",)),
    "captions-and-credits": Page(
        "Thousands march in Belgrade\n\n"
        "§Protesters march through central Belgrade on Sunday. (AP Photo/Darko Vojinovic)\n\n"
        "Tens of thousands of people marched in Belgrade on Sunday, and opposition leader Ana Petrovic said "
        "the protests would go on.\n\n"
        "§Image caption, President Milan Kovac said the march was organised from abroad\n\n"
        "§Photograph: Andrej Isakovic/AFP/Getty Images\n\n"
        "§Getty Images\n",
        ("Ana Petrovic",), ("Ana Petrovic",),
        ("Darko Vojinovic", "Milan Kovac", "Andrej Isakovic", "Getty Images")),
    "broadcaster-sources": Page(
        "Minister resigns over hospital report\n\n"
        "§Image source, Reuters\n\n"
        "Health Minister Paul Dean resigned on Wednesday, and Prime Minister Claire Hart said she had accepted "
        "his resignation.\n\n"
        "§Share\n\n§Save\n\n§Share this article\n\n§Copy link\n\n§Share on Facebook\n\n§Share on X\n",
        ("Claire Hart",), ("Claire Hart",), ()),
    "live-blog": Page(
        "Climate summit live: negotiators work through the night\n\n"
        "§Key events\n\n"
        "§10:42 GMT\n\n"
        "The summit's president, Omar Haddad, said a deal was close.\n\n"
        "§09:15 GMT\n\n"
        "Environment minister Lena Berg said her country would not sign a weak text.\n\n"
        "§Show key events only\n",
        ("Omar Haddad", "Lena Berg"), ("Omar Haddad", "Lena Berg"),
        ()),
    "contact-and-follow": Page(
        "County approves new school\n\n"
        "The county board approved a new school on Tuesday, and board chair Nina Ross said building would start "
        "in spring.\n\n"
        "§Contact the author at jwebb@countyherald.com or follow James Webb on Twitter @jwebb.\n\n"
        "§Follow Sam Ortiz on X @samortiz\n\n"
        "§Copyright 2024 County Herald. All rights reserved.\n",
        ("Nina Ross",), ("Nina Ross",), ("James Webb", "Sam Ortiz")),
    "guardian-style": Page(
        "Ministers to review fishing quotas\n\n"
        "§Fishing boats in Grimsby harbour. Photograph: Gary Calton/The Observer\n\n"
        "Ministers will review the fishing quotas this year, the environment secretary, Mark Ellis, said on "
        "Thursday.\n\n"
        "§This article was amended on 13 November 2024 to correct the name of the harbour.\n\n"
        "§Explore more on these topics\n",
        ("Mark Ellis",), ("Mark Ellis",), ("Gary Calton",)),
    "business-wire": Page(
        "Carmaker cuts outlook\n\n"
        "Nordwerk cut its profit outlook on Tuesday, and chief executive Karl Brandt said demand for electric "
        "cars had slowed.\n\n"
        "§--With assistance from Ingrid Olsen.\n\n"
        "§To contact the reporter on this story: Tomas Weber in Frankfurt at tweber@wire.net\n\n"
        "§To contact the editors responsible for this story: Anna Keller at akeller@wire.net\n",
        ("Karl Brandt",), ("Karl Brandt",), ("Ingrid Olsen", "Tomas Weber", "Anna Keller")),
    "listen-watch": Page(
        "Flooding forces evacuations\n\n"
        "§Listen: Mayor Ruth Cole explains the evacuation plan\n\n"
        "§Watch: Rescue teams reach stranded families\n\n"
        "Hundreds of families left their homes on Monday, and fire chief Dan Moss said the river was still "
        "rising.\n\n"
        "§This story has been updated.\n",
        ("Dan Moss",), ("Dan Moss",), ("Ruth Cole",)),
    # a transcript's last turn runs to the text's end: the notes under it are the page's, not the speaker's
    "transcript-foot": Page(
        "Remarks by Governor Anna Berg at a press conference\n\n"
        "GOVERNOR BERG: Good morning. We will open the bridge in May.\n\n"
        "Q: Will the tolls rise?\n\n"
        "GOVERNOR BERG: No, the tolls will not rise this year.\n\n"
        "Q: And the rail line?\n\n"
        "GOVERNOR BERG: We are still studying it.\n\n"
        "§Editor's note: This transcript has been edited for length.\n\n"
        "§Photo: Tom Reed/State House\n\n"
        "§Follow Tom Reed on Twitter @treed\n",
        ("Anna Berg", "Anna Berg", "Anna Berg"), ("Anna Berg",), ("Tom Reed",)),
}


@pytest.fixture(scope="module", params=sorted(PAGES))
def page(request: pytest.FixtureRequest) -> tuple[Page, Article]:
    p = PAGES[request.param]
    return p, extract(p.text, published=p.published)


def test_fixtures_mark_whole_lines() -> None:
    for p in PAGES.values():
        assert p.furniture(), p.text
        assert all(MARK not in line[1:] for line in p.marked.split("\n"))


def test_furniture_gives_no_statement(page: tuple[Page, Article]) -> None:
    p, article = page
    assert [s.actor.name if s.actor else None for s in article.statements] == list(p.speakers)


def test_furniture_names_no_actor(page: tuple[Page, Article]) -> None:
    p, article = page
    names = {a.name for a in article.actors} | {alias for a in article.actors for alias in a.aliases}
    assert not names & set(p.not_actors)
    assert set(p.actors) <= names


def test_nothing_found_on_a_furniture_line_and_the_text_is_kept(page: tuple[Page, Article]) -> None:
    p, article = page
    assert article.text == p.text  # marked, not cut: offsets index the text as given
    found = [(s.content.start, "content") for s in article.statements]
    found += [(s.speaker.start, "speaker") for s in article.statements if s.speaker]
    found += [(m.start, f"actor {a.name}") for a in article.actors for m in a.mentions]
    found += [(m.start, f"event {e.type}") for e in article.events for m in e.mentions]
    on_furniture = [(what, p.text[at:at + 30]) for at, what in found
                    if any(start <= at < end for start, end in p.furniture())]
    assert on_furniture == []


@pytest.mark.parametrize("line", [
    "Reporting by the Times found that the fund had been emptied.",
    "Reporting by ProPublica found fraud in the scheme.",
    "At 10:42 GMT the vote began.",
    "Smith said the money he contributed.",
    "By Tuesday, the Senate had voted on the bill.",
    "Updated figures show the economy grew.",
    "The media makes everything up! SIGN UP FOR OUR NEWSLETTER",
    "— Senator Ann Vale",
    "Jane Smith, an engineer who contributed to the report on the dam, said it was unsafe.",
    "Photographs of the flood were shared by thousands of people.",
])
def test_a_sentence_of_the_story_is_no_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_a_writers_note_is_furniture_only_at_the_foot() -> None:
    note = "Laura Finch is a reporter for the Capital Ledger."
    assert is_furniture(note) and not is_furniture(note, at_foot=False)


@pytest.mark.parametrize(("name", "author"), [
    ("byline-and-bio", "Laura Finch and Peter Hale"),
    ("wire-reporting-credit", "Tom Balmforth"),
    ("agency-contributed", None),
])
def test_a_byline_or_a_wire_credit_gives_the_author(name: str, author: str | None) -> None:
    p = PAGES[name]
    assert extract(p.text, published=p.published).author == author


@pytest.mark.parametrize("line", [
    "Copyright law in the EU protects the work of the writers for seventy years.",
    "Follow-up talks were announced on Twitter by the foreign minister.",
    "Follow the money, the senator said on Twitter.",
    "Contact with the rebels was lost on Monday, the army said on Facebook.",
    "The video was released via AP.",
    "Senator Ann Vale greets supporters in Ohio (pictured).",
    "“We won,” the mayor wrote on Monday (via Twitter).",
])
def test_a_line_that_opens_like_furniture_but_is_the_storys(line: str) -> None:
    assert not is_furniture(line)


# -- the words a furniture pattern needs (speed16): a line without them is not searched, and the answer is the same


@pytest.mark.parametrize(("pattern", "word"), [
    (r"\bclick[ \t]+here\b", "click"),
    (r"\ball rights reserved\b[^\n]{0,80}$", "all rights reserved"),
    (r"\((?:ap|afp)[ \t]*/", "("),
    (r"\bcolou?r", "colo"),  # a quantified letter ends what is sure
    (r"\bsign +up", "sign"),
    (r"^click here", None),  # anchored: tried at once anyway
    (r"\bclick here|subscribe", None),  # the word opens one branch only
    (r"(?:click|tap) here", None),
    (r"[a-z]+ here", None),
    (r"\ba{2}", None),
])
def test_the_word_a_furniture_pattern_opens_with(pattern: str, word: str | None) -> None:
    assert furniture.leading_word(pattern) == word


def _searched_in_full(line: str, at_foot: bool = True) -> bool:
    """``is_furniture`` with every pattern searched on every line (before speed16)."""
    stripped = line.strip().lstrip("\ufeff")
    if not stripped or len(stripped) > furniture.MAX_CHARS:
        return False
    if en.LINK_LINE.match(stripped):
        return True
    plain = stripped.lower().rstrip(".:!)").lstrip("(").strip()
    if plain in en.FURNITURE_WORDS or plain.startswith(en.FURNITURE_OPENINGS) \
            or any(p.search(stripped) for p in en.FURNITURE_LINES):
        return True
    return furniture._byline(stripped) or furniture._credit(stripped) or (
        at_foot and len(stripped) <= en.WRITER_NOTE_CHARS and en.WRITER_NOTE.match(stripped) is not None)


SOME_LINES = [line for p in PAGES.values() for line in p.text.split("\n")] + [
    "Reprinted with permission of the Valley Courier.", "REPRINTED COURTESY OF THE HERALD.",
    "For the full text, click here.", "To read the report, CLICK HERE", "Subscribe here for $1 a week.",
    "Clıck here for the full story.", "ſubscribe here", "The statement may not be reproduced without consent.",
    "Lena Ortiz and Ivo Marek contributed to this report.", "© 2024 The Daily Post. All Rights Reserved.",
    "Email us at tips@example.org", "Readers who click here and there found nothing, the study said.",
    "The mayor said the city would “click” with investors.", "Senator Vale greets supporters (AP Photo/Ann Lee)",
    "Editor's note: This story was updated.", "CORRECTION: An earlier version misspelled a name.",
    "Updated: March 3, 2024", "Published 3 hours ago", "5 hours ago", "This is a developing story.",
    "— AP", "-- Reuters", "Copyright 2024 by the Herald", "© 2024", "With assistance from Ann Lee.",
    "Follow Ann Lee on Twitter: @annlee", "Send us your tips at tips@example.org", "Contact the reporters",
    "This article has been updated.", "A previous version of this story said Tuesday.",
    "Image caption, Workers at the plant", "Ann Lee contributed.", "Ann Lee via Getty Images",
    "Updating the plan, the mayor said, took a year.", "Contacts between the two sides were frequent.",
    "This is a story about a developing town.", "Follow the money, the senator said.",
]


@pytest.mark.parametrize("line", SOME_LINES)
def test_a_line_is_furniture_as_when_every_pattern_was_searched(line: str) -> None:
    assert furniture.is_furniture(line) == _searched_in_full(line)
    assert furniture.is_furniture(line, at_foot=False) == _searched_in_full(line, at_foot=False)


def test_a_dotless_i_or_long_s_still_matches_its_pattern() -> None:
    # re.I matches "ı" to "i" and "ſ" to "s"; lowering the line does not make them so
    assert furniture.is_furniture("Clıck here for the full story.")
    assert furniture.is_furniture("ſubscribe here")


def test_every_letter_re_i_matches_otherwise_than_lower_is_listed() -> None:
    odd = {chr(u) for u in range(0x30000) if (c := chr(u)).lower() not in _ASCII_WORD_CHARS
           and _ANY_ASCII.fullmatch(c)}
    assert odd == {"\u0130", "\u0131", "\u017f"}
    assert all(furniture._UNLOWERED.search(c) for c in odd)


_ASCII_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz (")
_ANY_ASCII = re.compile(r"[a-z (]", re.I)


def test_anchored_patterns_are_tried_as_one_and_only_those() -> None:
    """The patterns anchored at the line's start with the common flags are matched as one alternation at the
    line's start; one with a top-level alternation (a branch not anchored) or other flags is searched alone."""
    assert furniture._anchored(re.compile(r"^(?:a|b)c", re.I))
    assert not furniture._anchored(re.compile(r"^a|b", re.I))
    assert not furniture._anchored(re.compile(r"^a", re.I | re.M))
    assert not furniture._anchored(re.compile(r"\bclick", re.I))
    anchored = [p for p in en.FURNITURE_LINES if furniture._anchored(p)]
    assert anchored and furniture._ANCHORED_LINES is not None
    assert {p for _, p in furniture._LINES} == set(en.FURNITURE_LINES) - set(anchored)
