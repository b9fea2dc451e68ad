"""Every extraction rule does something: switched off by name, its own sentence comes out differently.

Each fixture is a sentence written for its rule, with the statement (content, cue, speaker) the rule makes
or shapes. With every rule on that statement is extracted; with the rule off it is not (it is missing,
or cut, or attributed otherwise). The list of fixtures must name every rule in ``RULES``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import get_args

import pytest

from onrecord import Article, Settings, extract
from onrecord.extract import english
from onrecord.extract import rules as rules_package
from onrecord.extract.confidence import shipped_model
from onrecord.extract.quotes import find_quotations
from onrecord.extract.rules import CANDIDATE_RULES, RULES, STRICT_RULES, Candidate, find_candidates, rule_names
from onrecord.extract.rules.base import Piece
from onrecord.model import Act
from onrecord.nlp import load

Seen = tuple[str, str | None, str | None]  # content, cue, speaker (as written)

# rule name -> (a text, a statement the rule makes or shapes in it)
FIXTURES: dict[str, tuple[str, Seen]] = {
    "according-to": ("According to the ministry, the bridge will reopen in May.",
                     ("the bridge will reopen in May", "According to", "the ministry")),
    "according-trailing": ("Nine people died and forty were rescued, according to officials, some of whom were "
                           "hurt.", ("Nine people died and forty were rescued", "according to", "officials")),
    "quoted-through": ("According to Yonhap, quoting the state news agency KCNA, the army has been put on alert.",
                       ("the army has been put on alert", "quoting", "the state news agency KCNA")),
    "according-inside": ("The firm's northern branch, according to a local paper, is too big to sell to one buyer.",
                         ("is too big to sell to one buyer", "according to", "a local paper")),
    "per": ("Per the decree signed by the bishop, priests must report every case to the police.",
            ("priests must report every case to the police", "Per", "the decree signed by the bishop")),
    "as-put-it": ("The plan is dead in the water, as the senator put it on Monday.",
                  ("The plan is dead in the water", "put", "the senator")),
    "verb": ("The senator told reporters that the bill would pass the chamber easily.",
             ("the bill would pass the chamber easily", "told", "The senator")),
    "semicolon": ("The first driver said the light was green; the second driver insisted the light was red.",
                  ("the light was red", "insisted", "the second driver")),
    # Off, the learned lexicon's deed ("fired") makes the artillery a statement of North Korea's.
    "deed": ("North Korea fired dozens of artillery rounds at a loudspeaker near the border.", ("", None, None)),
    # Off, the persuading is a statement (a rule of strict_cues: PolNeAR annotates purposes).
    "purpose": ("The firm launched a campaign to persuade its customers to switch browsers.", ("", None, None)),
    "addressee": ("The minister urged the embassy to reconsider its decision on the visas.",
                  ("the embassy to reconsider its decision on the visas", "urged", "The minister")),
    # Off, what the nuns handed over becomes what they said.
    "handed-over": ("The nuns reported the abuse to the bishop in a letter last year.", ("", None, None)),
    "withheld": ("The governor refused to say whether taxes would rise next year.",
                 ("whether taxes would rise next year", "refused to say", "The governor")),
    "channel-clause": ("The police said in a statement issued on Sunday evening that two men had been arrested.",
                       ("two men had been arrested", "said in a statement issued on Sunday evening", "The police")),
    "title-name": ("US Ambassador to Germany Richard Grenell alleged that the airline had helped the regime.",
                   ("the airline had helped the regime", "alleged", "US Ambassador to Germany Richard Grenell")),
    "hedge-governor": ("The president seemed to rule out a new round of talks with the rebels.",
                       ("a new round of talks with the rebels", "seemed to rule out", "The president")),
    "adjacent-quote": ("“Enough,” she said.", ("Enough,", "said", "she")),
    "charged": ("The former guard was charged with taking hard drives from the company's offices.",
                ("taking hard drives from the company's offices", "charged with", None)),
    "quote-frame": ("“We are not going anywhere,” the coach laughed.",
                    ("We are not going anywhere,", "laughed", "the coach")),
    "passive": ("The minister was asked about the budget cuts by reporters on Tuesday.",
                ("the budget cuts by reporters", "asked", None)),
    "parenthetical": ("The economy, he said, is improving faster than anyone expected.",
                      ("The economy, he said, is improving faster than anyone expected", "said", "he")),
    "noun": ("Putin's warning that the talks would fail surprised the delegates.",
             ("the talks would fail", "warning", "Putin")),
    "adjective": ("The mayor was adamant that the bridge would reopen in May.",
                  ("the bridge would reopen in May", "was adamant", "The mayor")),
    "noun-topic": ("The senator's comments on the new trade deal drew criticism.",
                   ("the new trade deal", "comments on", "The senator")),
    # Off, "Monday" is what the tweet was about.
    "topic-time": ("The airline was banned, according to a tweet on Monday by the minister.", ("", None, None)),
    "headline": ("Sanders: Clinton Email Story Has Moved On.\n\nThe race goes on.",
                 ("Clinton Email Story Has Moved On", ":", "Sanders")),
    # Off, the position nested in the reported clause becomes a statement of its own.
    "nested": ("The minister said his country opposed the new sanctions on its banks.",
               ("his country opposed the new sanctions on its banks", "said", "The minister")),
    # Off, the quotation after "she said." is no one's (too short to float).
    "run-on": ("“We will win,” she said. “Nothing will stop us now.”",
               ("Nothing will stop us now.", "said", "she")),
    "relayed": ("Shoppers are panicking, said Russell Zimmerman per ABC News.",
                ("Shoppers are panicking", "per", "ABC News")),
    # Off, one content runs over the attribution: “We will win,” she said, “...”.
    "run-on-split": ("“The bridge will reopen,” the mayor said, “as soon as the inspectors sign off.”",
                     ("as soon as the inspectors sign off.", "said", "the mayor")),
    # Off, the quotation over two paragraphs is one content.
    "paragraph-split": ("“The old bridge is falling apart and nobody has done anything about it.\n\n"
                        "“Every week another lorry gets stuck on the narrow road,” said Mayor Ann Vale.",
                        ("Every week another lorry gets stuck on the narrow road,", "said", "Mayor Ann Vale")),
    "floating": ("Governor Anna Berg said the budget would pass next week.\n"
                 "“There is no other way forward for this state and its people.”",
                 ("There is no other way forward for this state and its people.", None, "Governor Anna Berg")),
    # Off, a pointer to another piece gives the headline it points to as a statement.
    "link-line": ("READ MORE: Officials say the new bridge will reopen in May\nThe council met on Monday.",
                  ("", None, None)),
    # Off, the writer's note on a silence is a statement.
    "no-comment": ("The company did not respond to a request for comment on Friday.", ("", None, None)),
    "bare-channel": ("The prime minister's office issued a statement on Monday.", ("", None, None)),
    # Off, the headline's summary is a statement of an unnamed "Swedish minister".
    "title": ("Swedish minister rules out European troops for Ukraine\n\nThe talks in Oslo ended on Monday.", (
        "", None, None)),
    # Off, the note on the unnamed source is a statement ("asked" ... "not to be named").
    "source-note": ("A senior official, who asked not to be identified, said the plant would close in June.",
                    ("", None, None)),
    "trailing-addition": ("The minister said the economy was growing fast, referring to the latest figures.",
                          ("the economy was growing fast", "said", "The minister")),
    "trailing-apposition": ("She said the law was written by John Smith, the chamber's keenest advocate for reform.",
                            ("the law was written by John Smith", "said", "She")),
    "split-complements": ("The mayor says her party is doing as well at it is because she is doing something new: "
                          "telling voters the truth.",
                          ("her party is doing as well at it is because she is doing something new: telling voters "
                           "the truth", "says", "The mayor")),
    "object-extent": ("The senator supports his amendments to expand immigration.",
                      ("his amendments to expand immigration", "supports", "The senator")),
    "scene-preposition": ("The senator praised the governor after the meeting on Tuesday.",
                          ("the governor", "praised", "The senator")),
    "channel-phrase": ("The foreign minister welcomed the ceasefire in a statement on Sunday.",
                       ("the ceasefire", "welcomed", "The foreign minister")),
    # Off, the name in quotation marks makes the reported clause "mixed".
    "scare-quote": ("He said what he called a “peace plan” would fail within weeks.",
                    ("what he called a “peace plan” would fail within weeks", "said", "He")),
}
# Rules whose fixture shows their effect on something other than (content, cue, speaker).
KIND_OR_COUNT = {"bare-channel", "title", "source-note", "deed", "purpose", "topic-time", "handed-over",
                 "link-line", "nested", "no-comment", "scare-quote"}


def seen(article: Article) -> list[Seen]:
    return [(s.content.text, s.cue.text if s.cue else None, s.speaker.text if s.speaker else None)
            for s in article.statements]


def without(text: str, rule: str) -> Article:
    return extract(text, settings=Settings(disabled_rules=rule, strict_cues=rule in STRICT_RULES))


def with_all(text: str, rule: str) -> Article:
    """Every rule on; with ``strict_cues`` for a rule of that setting (``STRICT_RULES``)."""
    return extract(text, settings=Settings(strict_cues=rule in STRICT_RULES))


def test_every_rule_has_a_fixture() -> None:
    assert sorted(FIXTURES) == sorted(rule_names())
    assert len(set(rule_names())) == len(RULES)  # names are unique


@pytest.mark.parametrize("rule", sorted(FIXTURES))
def test_each_rule_changes_its_own_sentence(rule: str) -> None:
    text, statement = FIXTURES[rule]
    on, off = with_all(text, rule), without(text, rule)
    assert [s.to_dict() for s in on.statements] != [s.to_dict() for s in off.statements]
    if rule in KIND_OR_COUNT:
        return
    assert statement in seen(on)
    assert statement not in seen(off)


def test_nested_positions_stay_inside_the_statement_that_reports_them() -> None:
    text = FIXTURES["nested"][0]
    assert len(extract(text).statements) == 1
    assert len(without(text, "nested").statements) == 2


def test_link_and_watch_lines_give_no_statement_and_no_actor() -> None:
    text = ("READ MORE: Officials say the new bridge will reopen in May\n"
            "Watch: Mayor Tom Reed says the tax is unfair\n"
            "Anna Berg said the council would meet on Monday.")
    article = extract(text)
    assert [s.speaker.text if s.speaker else None for s in article.statements] == ["Anna Berg"]
    assert [a.name for a in article.actors] == ["Anna Berg"]


def test_a_source_quoted_through_another_says_the_same_words_and_the_quoting_is_no_part_of_them() -> None:
    text = FIXTURES["quoted-through"][0]
    assert seen(extract(text)) == [("the army has been put on alert", "According to", "Yonhap"),
                                   ("the army has been put on alert", "quoting", "the state news agency KCNA")]
    assert [c for c, _, _ in seen(without(text, "quoted-through"))] == [
        "quoting the state news agency KCNA, the army has been put on alert"]


def test_no_comment_and_scare_quotes() -> None:
    silence = FIXTURES["no-comment"][0]
    assert extract(silence).statements == []
    assert without(silence, "no-comment").statements != []
    scare = FIXTURES["scare-quote"][0]
    assert [s.kind for s in extract(scare).statements] == ["indirect"]
    assert [s.kind for s in without(scare, "scare-quote").statements] == ["mixed"]


def test_every_rule_name_a_candidate_carries_has_a_confidence_weight() -> None:
    model = shipped_model()
    assert model is not None
    missing = [name for name in CANDIDATE_RULES if f"rule={name}" not in model["weights"]]
    assert missing == []


def test_candidates_carry_only_declared_rule_names() -> None:
    nlp = load()
    names = set()
    for text, _ in FIXTURES.values():
        names.update(c.rule for c in find_candidates(nlp(text), 0, find_quotations(text)))
    assert names <= set(CANDIDATE_RULES)
    assert len(names) >= 10  # the fixtures exercise most of them


# The fixtures, the other texts of this file that a token rule fires on, and the example article: where the
# triggers are checked against the finders.
TRIGGER_TEXTS = [text for text, _ in FIXTURES.values()] + [
    "The bridge will reopen in May, per the city council.", "The toll will rise to five dollars per car.",
    "Two officers were found guilty of beating a tourist in 2014.",
    "The minister's comments on the new trade deal drew criticism.",
    (Path(__file__).parents[2] / "examples" / "peace-talks.txt").read_text(encoding="utf-8"),
]


def _shape(c: Candidate) -> tuple[object, ...]:
    return (c.kind, c.content, c.cue, c.speaker_offsets, c.act, c.hedged, c.negated, c.confidence, c.rule, c.link)


def test_no_token_rule_fires_on_a_token_its_triggers_skip() -> None:
    """The triggers only save time: a finder tried on a token its triggers leave out finds nothing."""
    nlp = load()
    fired = set()
    for text in TRIGGER_TEXTS:
        doc = nlp(text)
        piece = Piece(doc, 0, find_quotations(text))
        for rule in RULES:
            if rule.find is None or rule.triggers is None:
                continue
            for tok in doc:
                if rule.find(piece, tok, set()) is None:
                    continue
                fired.add(rule.name)
                assert rule.triggers.admits(tok), (rule.name, tok.text, text)
    assert fired == {rule.name for rule in RULES if rule.find is not None}  # each was seen firing


def test_the_trigger_index_changes_no_candidate() -> None:
    nlp = load()
    for text in TRIGGER_TEXTS:
        doc, quotations = nlp(text), find_quotations(text)
        indexed = [_shape(c) for c in find_candidates(doc, 0, quotations)]
        assert indexed == [_shape(c) for c in find_candidates(doc, 0, quotations, indexed=False)]


def test_per_is_no_rate() -> None:
    assert [s.content.text for s in extract("The bridge will reopen in May, per the city council.").statements] == [
        "The bridge will reopen in May"]
    assert extract("Per capita, the country spends more on schools than its neighbours.").statements == []
    said = extract("The toll will rise to five dollars per car, the minister said.").statements
    assert [s.cue.text for s in said if s.cue] == ["said"]


def test_purpose_is_a_strict_rule_and_keeps_went_on_to_say() -> None:
    text = FIXTURES["purpose"][0]
    assert extract(text).statements != []  # default settings: PolNeAR annotates purposes
    went_on = extract("The judge went on to say the parents had shown no remorse at all.",
                      settings=Settings(strict_cues=True))
    assert [s.content.text for s in went_on.statements] == ["the parents had shown no remorse at all"]


def test_a_verdict_is_a_charge_and_a_finding_is_not() -> None:
    found = extract("Two officers were found guilty of beating a tourist in 2014.").statements
    assert [(s.content.text, s.cue.text if s.cue else None) for s in found] == [
        ("beating a tourist in 2014", "found guilty of")]
    assert extract("The missing boy was found in the basement of a neighbour's house.").statements == []


def test_topic_nouns_still_take_a_topic() -> None:
    text = "The minister's comments on the new trade deal drew criticism."
    assert [s.content.text for s in extract(text).statements] == ["the new trade deal"]


def test_an_unknown_rule_name_is_an_error() -> None:
    text = "He said it would rain."
    with pytest.raises(ValueError, match="no such rule"):
        find_candidates(load()(text), 0, find_quotations(text), disabled=frozenset({"no-such-rule"}))


def _literals(path: Path) -> set[str]:
    """String constants in a module, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return {node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings}


def test_the_rules_read_english_only_through_the_language_module() -> None:
    """A word in a rule module is a dependency label, a tag, or one of the project's own names."""
    own = set(rule_names()) | set(CANDIDATE_RULES) | {"direct", "indirect", "mixed", "verb"}
    acts = set(get_args(Act))  # the project's act names, not English
    spacy_words = {"contract", "expand"}  # Doc.char_span alignment modes
    lexicon_keys = {"links", "p", "prep:"}
    group_names = set(english.HEADLINE.groupindex)
    allowed = (english.DEPENDENCY_LABELS | english.POS_TAGS | own | acts | spacy_words | lexicon_keys
               | group_names)
    words: dict[str, str] = {}
    for path in Path(rules_package.__file__).parent.glob("*.py"):
        for literal in _literals(path):
            if re.fullmatch(r"[A-Za-z][A-Za-z:_-]*", literal) and literal not in allowed:
                words.setdefault(literal, path.name)
    python_names = {"CANDIDATE_RULES", "Candidate", "RULES", "Rule", "STRICT_RULES", "Trigger", "find_candidates",
                    "rule_names"}
    assert {w: p for w, p in words.items() if w not in python_names} == {}


def test_title_name_runs_on_to_a_name_the_parser_made_a_second_subject() -> None:
    # The parse met in the news, built by hand: "Member" and "Conolly" are both subjects of "said", so the
    # name's head is the verb itself (compared by index: spaCy makes a new Token object on each access).
    from spacy.tokens import Doc

    from onrecord.extract.rules.sources import speaker
    words = ["Member", "of", "parliament", "(", "MP", ")", "Kevin", "Conolly", "said", "so", "."]
    heads = [8, 0, 1, 2, 2, 0, 7, 8, 8, 8, 8]
    deps = ["nsubj", "prep", "pobj", "punct", "appos", "punct", "compound", "nsubj", "ROOT", "advmod", "punct"]
    pos = ["PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "ADV", "PUNCT"]
    ents = ["O"] * 6 + ["B-PERSON", "I-PERSON"] + ["O"] * 3
    spaces = [True, True, True, False, False, True, True, True, True, False, False]
    doc = Doc(load().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, ents=ents)
    found, _ = speaker(doc[8])
    assert found is not None and found.text == "Member of parliament (MP) Kevin Conolly"


def test_title_name_runs_on_to_proper_nouns_the_parser_made_a_second_subject_whatever_their_label() -> None:
    from spacy.tokens import Doc

    from onrecord.extract.rules.sources import speaker
    # "Early opponent MP Tanya Davies said so.", the recogniser calling the name an organisation.
    words = ["Early", "opponent", "MP", "Tanya", "Davies", "said", "so", "."]
    heads = [1, 5, 4, 4, 5, 5, 5, 5]
    deps = ["amod", "nsubj", "compound", "compound", "nsubj", "ROOT", "advmod", "punct"]
    pos = ["ADJ", "NOUN", "PROPN", "PROPN", "PROPN", "VERB", "ADV", "PUNCT"]
    ents = ["O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O"]
    spaces = [True] * 6 + [False, False]
    doc = Doc(load().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, ents=ents)
    found, _ = speaker(doc[5])
    assert found is not None and found.text == "Early opponent MP Tanya Davies"


def test_notes_on_an_unnamed_source_are_no_statements_and_its_statement_stays() -> None:
    text = ("A banker, who asked not to be named, said the deal would close soon. Two aides spoke on condition "
            "of anonymity because they were not authorized to discuss the matter publicly. A clerk who did not "
            "want her name used said the files were gone.")
    assert seen(extract(text)) == [("the deal would close soon", "said", "A banker"),
                                   ("the files were gone", "said", "A clerk")]


def test_a_channel_is_no_part_of_an_object_content_but_a_topic_is() -> None:
    text = ("The mayor denounced the cuts in an interview with the paper. The governor criticized the ban on "
            "Twitter.")
    assert seen(extract(text)) == [("the cuts", "denounced", "The mayor"),
                                   ("the ban on Twitter", "criticized", "The governor")]


def test_a_headline_gives_no_statement_and_no_actor_and_a_sentence_first_line_still_does() -> None:
    for headline in ("Plant to cut 300 jobs as orders fall, staff told", "Swedish minister rules out troops"):
        article = extract(f"{headline}\n\nThe mayor, Anna Berg, said the plant would close in June.")
        assert seen(article) == [("the plant would close in June", "said", "The mayor")]
        assert [a.name for a in article.actors] == ["Anna Berg"]
    # A first line that ends like a sentence is body text, not a headline (PolNeAR's titles).
    for first in ("Anna Berg said the plant would close in June.", "Anna Berg said the plant would “close in June.”"):
        sentence = extract(f"{first}\n\nThe union met on Monday.")
        assert [s.speaker.text if s.speaker else None for s in sentence.statements] == ["Anna Berg"]
