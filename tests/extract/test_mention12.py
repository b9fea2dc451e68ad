"""Issue 12 (mention12): two faults a newcomer's corpus showed. A long name the parser hangs on the title written
right before it (no comma) was cut off the speaker's mention (``titled-apposition``); "said in a press release
that Y", read by the parser as a relative clause on the channel, gave no statement (``channel-relative``)."""

from __future__ import annotations

from spacy.tokens import Doc

from onrecord import Article, Settings, extract
from onrecord.extract.rules.sources import titled_apposition
from onrecord.nlp import load

QATAR_NAME = "Sheikh Tamim bin Khalid bin Jassim Al-Marri"


def seen(article: Article) -> list[tuple[str, str | None, str | None]]:
    return [(s.content.text, s.cue.text if s.cue else None, s.speaker.text if s.speaker else None)
            for s in article.statements]


def without(text: str, rule: str) -> Article:
    return extract(text, settings=Settings(disabled_rules=rule))


def test_a_name_after_its_title_is_in_the_mention_and_names_the_actor_in_every_shape() -> None:
    """Guideline 2.5: the mention is the name with the title written directly before it, whether the cue comes
    after the subject, before it ("said X") or is "according to X"; the actor is the person (with the rule off,
    the title alone, and the office as an unnamed source)."""
    mention = f"Qatar's Prime Minister {QATAR_NAME}"
    for text, content, cue in (
            (f"{mention} said on Sunday that talks would resume in Doha.", "talks would resume in Doha", "said"),
            (f"“We will keep the crossing open,” said {mention}.", "We will keep the crossing open,", "said"),
            (f"According to {mention}, the talks would resume.", "the talks would resume", "According to")):
        article = extract(text)
        assert seen(article) == [(content, cue, mention)], text
        actor = article.statements[0].actor
        assert actor is not None and actor.name == QATAR_NAME and actor.type == "person", text
        off = without(text, "titled-apposition")
        assert seen(off) == [(content, cue, "Qatar's Prime Minister")], text
        # without the rule the title alone is the source: the office of Qatar, never the person (lead17: a
        # state's role in capitals is still the role)
        off_actor = off.statements[0].actor
        assert off_actor is not None and (off_actor.name, off_actor.type) == ("prime minister of Qatar", "unnamed")


def test_a_title_before_a_name_set_off_or_a_plural_head_takes_no_apposition() -> None:
    """Only a singular title right before the name (no comma, no bracket) runs on: "the Syrian refugees President
    X wants to admit" is a relative clause the parser may misread as an apposition. Built from a given parse."""
    words = ["The", "refugees", "President", "Reed", "admitted", "said", "it", "."]
    heads = [1, 5, 3, 1, 3, 5, 5, 5]
    deps = ["det", "nsubj", "compound", "appos", "acl", "ROOT", "dobj", "punct"]
    pos = ["DET", "NOUN", "PROPN", "PROPN", "VERB", "VERB", "PRON", "PUNCT"]
    tags = ["DT", "NNS", "NNP", "NNP", "VBD", "VBD", "PRP", "."]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    vocab = load().vocab
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents)
    assert titled_apposition(doc[0:2]).text == "The refugees"
    singular = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos,
                   tags=["DT", "NN", "NNP", "NNP", "VBD", "VBD", "PRP", "."], ents=ents)
    assert titled_apposition(singular[0:2]).text == "The refugees President Reed"
    comma = Doc(vocab, words=["The", "mayor", ",", "Reed", ",", "said", "it", "."], heads=[1, 5, 1, 1, 1, 5, 5, 5],
                deps=["det", "nsubj", "punct", "appos", "punct", "ROOT", "dobj", "punct"],
                pos=["DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "VERB", "PRON", "PUNCT"],
                tags=["DT", "NN", ",", "NNP", ",", "VBD", "PRP", "."],
                ents=["O", "O", "O", "B-PERSON", "O", "O", "O", "O"])
    assert titled_apposition(comma[0:2]).text == "The mayor"


def test_a_that_clause_after_a_channel_is_a_statement_with_its_reason_when_no_one_is_named() -> None:
    """"The company said in a press release that sales fell": the statement a reader wants, with no company named
    its actor the unnamed source under the noun (issue 12 item 3, desc15; with the rule off, no statement at all)."""
    for text, content, cue, mention in (
            ("The company said in a press release that sales fell.", "sales fell", "said in a press release",
             "The company"),
            ("The union said in a letter that members would strike next week.", "members would strike next week",
             "said in a letter", "The union")):
        article = extract(text)
        assert seen(article) == [(content, cue, mention)], text
        statement = article.statements[0]
        assert statement.actor is not None, text
        assert (statement.actor.name, statement.actor.type) == (mention.split()[-1].lower(), "unnamed"), text
        assert seen(without(text, "channel-relative")) == [], text


def test_a_true_relative_clause_on_the_channel_is_no_content() -> None:
    """"in a press release that it issued on Monday": a clause of putting the channel out, or one whose subject
    is "that" ("in a documentary that showed ..."), is a relative clause, not what was said."""
    assert seen(extract("The council said in a press release that it issued on Monday.")) == []
