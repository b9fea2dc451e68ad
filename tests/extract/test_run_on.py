"""Run-on quotations: “A,” she said. “B.” is two statements with one cue and speaker, the second continuing the
first, and no content holds the attribution words (issue 12, item 2; docs/ANNOTATION.md 2.3)."""

from __future__ import annotations

import pytest

from onrecord import Article, Settings, extract
from onrecord.model import Statement, article_from_dict, statement_key, text_digest

QUOTE_MARKS = "“”\"'"


def said(text: str, settings: Settings | None = None) -> Article:
    return extract(text, settings=settings)


def pair(article: Article) -> tuple[Statement, Statement]:
    """The first statement and the one that continues it."""
    later = [s for s in article.statements if s.continues is not None]
    assert len(later) == 1, [s.to_dict() for s in article.statements]
    (second,) = later
    first = next(s for s in article.statements if statement_key(text_digest(article.text), s) == second.continues)
    return first, second


def clean(s: Statement, *attribution: str) -> bool:
    """No attribution words inside, no quote mark at either edge."""
    text = s.content.text
    return not any(words in text for words in attribution) and text[:1] not in QUOTE_MARKS \
        and text[-1:] not in QUOTE_MARKS


@pytest.mark.parametrize(("text", "first", "second", "attribution"), [
    ("“We will not close the library this year,” said Mayor Ruth Okafor. “The money is already in the budget.”",
     "We will not close the library this year,", "The money is already in the budget.", ("said", "Okafor")),
    ("“We will not close the library this year,” Okafor said. “The money is already in the budget.”",
     "We will not close the library this year,", "The money is already in the budget.", ("said", "Okafor")),
    # A comma-continued quotation in the same sentence.
    ("“We will not close the library,” Okafor said, “because the money is already in the budget.”",
     "We will not close the library,", "because the money is already in the budget.", ("said", "Okafor")),
    # An apposition after the name, and a continuation of several sentences.
    ("“We will not close the library,” said Ruth Okafor, the mayor. “The money is there. The staff stay.”",
     "We will not close the library,", "The money is there. The staff stay.", ("said", "the mayor")),
])
def test_a_run_on_quotation_is_two_clean_statements_of_one_attribution(
        text: str, first: str, second: str, attribution: tuple[str, ...]) -> None:
    article = said(text)
    a, b = pair(article)
    assert (a.content.text, b.content.text) == (first, second)
    assert a.kind == b.kind == "direct"
    assert a.cue == b.cue and a.speaker == b.speaker  # the same Cue span and mention
    assert a.actor is not None and a.actor is b.actor and a.actor.name.endswith("Okafor")
    assert clean(a, *attribution) and clean(b, *attribution)
    assert a.continues is None
    assert a.confidence == b.confidence  # one attribution, one judgement


def test_switched_off_the_run_on_stays_one_content_with_the_attribution_inside() -> None:
    text = "“We will not close the library,” said Ruth Okafor. “The money is already in the budget.”"
    (one,) = said(text, Settings(disabled_rules="run-on-split")).statements
    assert "said Ruth Okafor" in one.content.text and one.continues is None


def test_each_part_has_its_own_act() -> None:
    """The first part promises ("We will ..."), the second only asserts."""
    a, b = pair(said("“We will not close the library,” said Ruth Okafor. “The money is already in the budget.”"))
    assert (a.act, b.act) == ("commit", "assert")


def test_a_parenthetical_attribution_inside_the_writers_clause_is_not_split() -> None:
    article = said("The library, the mayor said, is “not going anywhere this year or next.”")
    assert [s.continues for s in article.statements] == [None] * len(article.statements)


def test_a_quote_in_the_next_paragraph_still_takes_the_speaker_without_a_link() -> None:
    text = ("“We will not close the library,” said Ruth Okafor. “The money is already in the budget.”\n\n"
            "“Every branch will keep its opening hours for the whole of next year.”")
    article = said(text)
    a, _ = pair(article)
    floating = article.statements[-1]
    assert floating.content.text.startswith("Every branch") and floating.cue is None
    assert floating.continues is None and floating.actor is a.actor and floating.resolution == "inherited"


def test_a_pronoun_run_on_keeps_its_speaker_when_two_people_alternate() -> None:
    text = ("Ruth Okafor met Daniel Brandt on Monday.\n\n"
            "“The library stays open,” she said. “The money is there.”\n\n"
            "“The budget says otherwise,” he said. “Someone will have to pay.”")
    article = said(text)
    linked = [s for s in article.statements if s.continues is not None]
    assert [(s.content.text, s.actor.name if s.actor else None) for s in linked] == [
        ("The money is there.", "Ruth Okafor"), ("Someone will have to pay.", "Daniel Brandt")]


def test_the_link_travels_in_json_only_when_set() -> None:
    article = said("“We will not close the library,” said Ruth Okafor. “The money is already in the budget.”")
    first, second = (s.to_dict() for s in article.statements)
    assert "continues" not in first and second["continues"] == article.to_dict()["statements"][0]["key"]
    again = article_from_dict(article.to_dict(), article.text)
    assert [s.continues for s in again.statements] == [s.continues for s in article.statements]


@pytest.mark.parametrize(("text", "first", "then"), [
    # The speaker's words go on unquoted after the attribution: they continue, as a clause.
    ('"We will keep the line open," the minister said, the talks are "far from over."',
     "We will keep the line open,", 'the talks are "far from over."'),
    ("“Only you, Martin,” she said, would use a harsh sentence to praise the country that imposed it.",
     "Only you, Martin,", "would use a harsh sentence to praise the country that imposed it"),
    # The next paragraph's quotation runs on too (a whitespace token no longer hides the break).
    ("“All of us fear the committee would block the nomination,” Collins told the network.\n\n"
     "“So the best way is to win outright. Game over.”",
     "All of us fear the committee would block the nomination,", "So the best way is to win outright. Game over."),
])
def test_what_follows_the_attribution_continues_without_the_attribution_words(
        text: str, first: str, then: str) -> None:
    """Before, one content ran from the first quotation over "the minister said, the talks are" to the end."""
    a, b = pair(said(text))
    assert (a.content.text, b.content.text) == (first, then)
    assert " said" not in a.content.text + b.content.text and "told" not in a.content.text + b.content.text


def test_the_writers_addition_stays_out_and_a_quotation_inside_it_is_the_additions_own() -> None:
    text = ("“It is a sign of how angry people are,” the senator said, citing slow growth and rising prices.\n\n"
            "“A lot of that anger is justified because their lives have not improved.”\n\n"
            "“If they get to pick the judges, there is nothing you can do, folks,” the candidate told a rally, "
            "saying his rival would “abolish the pension.”")
    article = said(text)
    assert not any("citing" in s.content.text or "told a rally" in s.content.text for s in article.statements)
    linked = [(s.content.text, s.continues is not None) for s in article.statements]
    assert ("A lot of that anger is justified because their lives have not improved.", True) in linked
    assert ('his rival would “abolish the pension.”', False) in linked  # the statement of "saying"


def test_the_confidence_training_reads_a_run_on_as_one_candidate_of_a_content_in_parts() -> None:
    """PolNeAR annotates “A,” X said. “B.” as one content in two parts: the first candidate, with its
    continuation's words, matches it; the continuation is no training row of its own."""
    from onrecord.evaluate.gold import GoldDocument, GoldStatement
    from onrecord.training.learn import labelled_candidates

    text = "“We will not close the library,” said Ruth Okafor. “The money is already in the budget.”"
    parts = tuple((text.index(w), text.index(w) + len(w))
                  for w in ("We will not close the library,", "The money is already in the budget."))
    gold = GoldDocument(name="x", text=text, statements=[GoldStatement(content=parts)])
    rows = labelled_candidates([gold], Settings())
    assert [label for _, label, _ in rows] == [1]


def test_a_scene_the_parser_calls_the_cues_complement_is_still_the_writers() -> None:
    """Parsers sometimes hang "..., as dancers trained" on "said" as its complement (``ccomp``); its "as"
    says it is the writer's scene, not the speaker's words. A parse built by hand, so the test does not
    depend on when the model makes that mistake."""
    from spacy.tokens import Doc

    from onrecord.extract.rules.base import Piece
    from onrecord.extract.rules.quotations import _speakers_clause
    from onrecord.nlp import load

    def clause(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> bool:
        doc = Doc(load().vocab, words=words, heads=heads, deps=deps, pos=pos)
        return _speakers_clause(Piece(doc, 0, []), doc[5])

    words = ["Ortega", "said", ",", "as", "dancers", "trained"]
    heads, pos = [1, 1, 1, 5, 5, 1], ["PROPN", "VERB", "PUNCT", "SCONJ", "NOUN", "VERB"]
    assert not clause(words, heads, ["nsubj", "ROOT", "punct", "mark", "nsubj", "ccomp"], pos)
    words = ["Ortega", "said", ",", "the", "talks", "continue"]
    assert clause(words, [1, 1, 1, 4, 5, 1], ["nsubj", "ROOT", "punct", "det", "nsubj", "ccomp"],
                  ["PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB"])


@pytest.mark.parametrize("text", [
    "Governor Ann Berg said the schools needed more teachers.\n\n“We have hired forty new teachers this year and "
    "we will hire more.”\n\nShe continued, “The schools in this state will not be left behind again.”",
    "Governor Ann Berg said the schools needed more teachers. “We have hired forty new teachers this year and we "
    "will hire more.” Adding, “The schools in this state will not be left behind again.”",
])
def test_an_attribution_that_opens_onto_the_next_quotation_is_that_ones_alone(text: str) -> None:
    """“A.”⏎She continued, “B.”: A ended its sentence before the attribution, which opens onto B with a comma;
    B is the statement of "continued", and A floats to the speaker before, unlinked."""
    article = said(text)
    quoted = {s.content.text[:12]: s for s in article.statements if s.kind == "direct"}
    b = quoted["The schools "]
    a = quoted["We have hire"]
    assert b.cue is not None and b.cue.text in ("continued", "Adding") and b.continues is None
    assert a.cue is None and a.resolution == "inherited" and a.actor is not None and a.actor.name == "Ann Berg"


def test_a_quotation_over_several_paragraphs_is_a_statement_per_paragraph() -> None:
    """The news convention: each paragraph opens with a quote mark, the one before is left unclosed. The
    guideline annotates a statement per paragraph; all share the cue and speaker and continue the first.
    The sentence that follows the quotation in a paragraph of its own does not take it over."""
    text = ("The mayor spoke outside the town hall on Friday.\n\n"
            "“We have waited too long for this bridge,” said Mayor Anna Kowalski. “The old one is falling apart.\n\n"
            "“Every week another lorry gets stuck on the narrow road.\n\n"
            "“I will not let this go on for another year.”\n\n"
            "The council has not commented.")
    article = said(text)
    quoted = [s for s in article.statements if s.cue is not None and s.cue.text == "said"]
    assert [s.content.text for s in quoted] == [
        "We have waited too long for this bridge,", "The old one is falling apart.",
        "Every week another lorry gets stuck on the narrow road.", "I will not let this go on for another year."]
    head = statement_key(text_digest(text), quoted[0])
    assert [s.continues for s in quoted] == [None, head, head, head]
    assert {s.actor.name for s in quoted if s.actor} == {"Anna Kowalski"} and all(s.actor for s in quoted)
    assert not any(s.cue is not None and s.cue.text == "commented" for s in article.statements)


def test_a_run_on_never_starts_with_the_writers_participle() -> None:
    """The parser reads "mentioning" as the subject of "is" here, so the cue's clause looked like the
    speaker's own words run on after the attribution."""
    article = said("“It was a long road,” she said, mentioning the record is “a turning point for the band.”")
    assert not any(s.content.text.startswith("mentioning") for s in article.statements)
    assert not any(s.continues for s in article.statements)
    assert article.statements[0].content.text == "It was a long road,"


@pytest.mark.parametrize("end", ["\n", "\n\nThe vote was close on Monday.\n"])
def test_a_lower_case_run_on_at_a_paragraphs_end_continues_the_sentence(end: str) -> None:
    """The parser hangs the paragraph's newline on the cue; it is no word of the attribution, so the
    quotation before it still runs on (issue 12: the second half was lost)."""
    text = ("The council voted.\n\n“It is a shameful decision,” Ortiz added, “and the residents will not forget "
            "it.”" + end)
    first, second = pair(said(text))
    assert (first.content.text, second.content.text) == ("It is a shameful decision,",
                                                         "and the residents will not forget it.")
    assert second.speaker is not None and second.speaker.text == "Ortiz" and clean(second, "added", "Ortiz")


def test_a_relative_clause_on_the_speaker_hung_on_the_cue_is_no_run_on_content() -> None:
    # Issue 12 (newcomer): the parse met in the news, built by hand: "who helped lead the study" is a ccomp of
    # "said" (its "who" on the auxiliary), and the quotation after it took it as its opening words.
    from spacy.tokens import Doc

    from onrecord.extract.quotes import find_quotations
    from onrecord.extract.rules.base import Piece
    from onrecord.extract.rules.quotations import _speakers_clause
    from onrecord.nlp import load

    words = ["“", "We", "lost", "a", "lot", ",", "”", "said", "Ana", "Ruiz", ",", "who", "helped", "lead", "the",
             "study", "."]
    heads = [2, 2, 7, 4, 2, 7, 7, 7, 9, 7, 9, 12, 13, 7, 15, 13, 7]
    deps = ["punct", "nsubj", "ccomp", "det", "dobj", "punct", "punct", "ROOT", "compound", "nsubj", "punct",
            "nsubj", "aux", "ccomp", "det", "dobj", "punct"]
    pos = ["PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT", "PRON",
           "AUX", "VERB", "DET", "NOUN", "PUNCT"]
    spaces = [False, True, True, True, False, False, True, True, True, False, True, True, True, True, True, False,
              False]
    doc = Doc(load().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    piece = Piece(doc, 0, find_quotations(doc.text))
    assert not _speakers_clause(piece, doc[13])
