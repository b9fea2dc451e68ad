"""Issue 12 (misparse16): statements lost because the parser hung a speech verb's complement elsewhere: a
that-clause read as a relative clause on a noun after the cue (``misread-relative``), "called for X to do Y"
read as an adverbial clause opened by "for" (``for-clause``), "asked if Y" read as an adverbial clause
(``asked-if``), and "called on X to do Y" whose doer hangs on the cue's preposition (``called-on``). Each shape
is recovered; a true relative clause, a noun's own that-clause and a verb that asks for nothing are left
alone."""

from __future__ import annotations

from onrecord import Article, Settings, extract

Seen = tuple[str, str | None, str | None]


def seen(article: Article) -> list[Seen]:
    return [(s.content.text, s.cue.text if s.cue else None, s.speaker.text if s.speaker else None)
            for s in article.statements]


def without(text: str, rule: str) -> Article:
    return extract(text, settings=Settings(disabled_rules=rule))


def test_a_that_clause_on_a_noun_after_the_cue_is_what_was_said_or_thought() -> None:
    for text, statement in (
            ("Its chief executive, Vivek Sankaran, told employees in a memo that nothing would change for now.",
             ("nothing would change for now", "told", "Vivek Sankaran")),
            ("Trump told reporters during a visit to his golf course that he thinks the vote is a great thing.",
             ("he thinks the vote is a great thing", "told", "Trump")),
            # "that" read as an adverb: left out of the content
            ("She did not know at the time that the candidates would win.",
             ("the candidates would win", "know", "She"))):
        assert statement in seen(extract(text)), text
        assert statement not in seen(without(text, "misread-relative")), text


def test_a_true_relative_clause_or_a_nouns_own_clause_after_the_cue_is_no_content() -> None:
    for text in (
            "The minister commented during a visit that lasted two days.",  # "that" the relative's subject
            "The senator spoke about taxes at a rally that he held in Ohio.",  # "that" its object
            "He told reporters about the fact that taxes rose.",  # the noun's own clause
            "She wrote about the hope that the war would end.",
            "He explained the plan in a way that everyone understood."):  # "that" read as an adverb
        contents = [s.content.text for s in extract(text).statements]
        assert not any(c.startswith(("lasted", "he held", "taxes rose", "the war would end", "everyone"))
                       for c in contents), (text, contents)


def test_called_for_someone_to_act_is_a_proposal_with_for_in_the_cue() -> None:
    text = "The senator is calling for the United States to take a stronger role in the conflict."
    article = extract(text)
    assert seen(article) == [("the United States to take a stronger role in the conflict", "calling for",
                              "The senator")]
    assert article.statements[0].act == "propose"
    assert seen(without(text, "for-clause")) == []


def test_waiting_for_something_to_happen_asks_for_nothing() -> None:
    assert seen(extract("He waited for the rain to stop.")) == []
    assert seen(extract("The family arranged for the body to be flown home.")) == []


def test_asked_if_read_as_an_adverbial_clause_is_the_question_asked() -> None:
    text = "When the caucus ended, a reporter asked voters if they planned to attend the caucuses next year."
    article = extract(text)
    assert seen(article) == [("if they planned to attend the caucuses next year", "asked", "a reporter")]
    assert article.statements[0].act == "question"
    assert seen(without(text, "asked-if")) == []


def test_the_doer_named_through_the_cues_preposition_opens_what_is_asked() -> None:
    text = "The EU called on Turkey to halt its drilling operations."
    article = extract(text)
    assert seen(article) == [("Turkey to halt its drilling operations", "called on", "The EU")]
    assert article.statements[0].act == "propose"
    assert seen(without(text, "called-on")) == []
    # "demand" reads its infinitive already; the doer after "from" joins the content, "from" the cue
    text = "Iran demanded from Interpol to publish a red notice."
    assert seen(extract(text)) == [("Interpol to publish a red notice", "demanded from", "Iran")]
    assert seen(without(text, "called-on")) == [("to publish a red notice", "demanded", "Iran")]
