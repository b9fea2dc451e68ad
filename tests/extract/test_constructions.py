"""Acts the construction decides (extract/acts.py ``construction``; issue 13, branch acts15).

Each row: a sentence written for this table, the cue word, the act docs/ANNOTATION.md section 1 gives the
statement, and the act the construction decides (None where it leaves the act to the model). Where the guideline
is silent the ruling is written beside the row and in docs/EVALUATION.md (acts15):

- a negated or withheld characterisation ("did not describe it as a failure", "refused to call it a mistake")
  puts no evaluation: the construction decides nothing (the guideline's ``assert`` / ``refuse_to_commit``);
- a predicate that calls a *claim* false ("dismissed the report as nonsense", "called the allegations a smear")
  is ``deny`` (1.4, "calling a claim false whatever the cue"); calling a *person* a liar attacks: ``oppose``;
- a predicate that rules an option out ("a non-starter", "out of the question"), or "dismissed" over a proposal
  ("dismissed the idea as unworkable"), turns it down: ``reject``, as pouring cold water on an idea does;
  "played down" a fear or a fact is left to the model (PolNeAR train labels it assert 2, support 1, reject 1);
- the participle of saying under an evaluative verb ("hit out at X, saying Y") takes that verb's act: the
  quotation serves the attack or the praise (1.1, a statement takes the act of its main point);
- an event or a condition described ("described the scene as chaotic", "called the storm the worst in a
  decade") judges no one's doing: ``assert``, left to the model; an attack or a plan is someone's ("described the
  attack as cowardly": ``oppose``);
- a neutral predicate ("described the suspect as a man in his thirties", "described herself as a lifelong
  Labour voter") evaluates nothing: ``assert`` (1.4's self-description as ``support`` applies to praise:
  "a consistent conservative", "a champion of").
"""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from onrecord import extract
from onrecord.extract import acts
from onrecord.nlp import load
from onrecord.settings import Settings

# (sentence, cue word, the guideline's act, the act the construction decides or None)
TABLE: list[tuple[str, str, str, str | None]] = [
    # a positive predicate: support
    ("The minister hailed the agreement as historic.", "hailed", "support", "support"),
    ("Ms Patel described the ceasefire as a genuine breakthrough.", "described", "support", "support"),
    ("The coach called the win a triumph for the whole club.", "called", "support", "support"),
    ("The mayor branded the new park a great success.", "branded", "support", "support"),
    ("She described herself as a champion of small business.", "described", "support", "support"),
    ("The president called the treaty a landmark achievement.", "called", "support", "support"),
    ("The chief executive described the results as \"excellent\".", "described", "support", "support"),
    ("Union leaders praised the settlement as fair to every nurse.", "praised", "support", "support"),
    # a negative predicate: oppose
    ("The opposition leader, Mark Brown, branded the deal \"a disgrace\" on Monday.", "branded", "oppose", "oppose"),
    ("The shadow chancellor, Mel Stride, described the plans as \"a tax raid on working people\".", "described",
     "oppose", "oppose"),
    ("He called the plan a disaster.", "called", "oppose", "oppose"),
    ("Campaigners have labelled the scheme a shambles.", "labelled", "oppose", "oppose"),
    ("The senator called his rival a liar.", "called", "oppose", "oppose"),
    ("Critics portrayed the minister as reckless and out of touch.", "portrayed", "oppose", "oppose"),
    ("The council leader characterised the cuts as cruel.", "characterised", "oppose", "oppose"),
    ("The bishop called the policy \"morally indefensible\".", "called", "oppose", "oppose"),
    ("Residents described the new flight path as unbearable.", "described", "oppose", "oppose"),
    ("The opposition slammed the budget as reckless.", "slammed", "oppose", "oppose"),
    ("He called it dangerous.", "called", "oppose", "oppose"),
    ("The manager dismissed the striker as a spent force.", "dismissed", "oppose", "oppose"),
    ("Environmental groups branded the pledge a cynical stunt.", "branded", "oppose", "oppose"),
    # a negated predicate: the other side
    ("The governor described the budget as not fair to rural towns.", "described", "oppose", "oppose"),
    ("The teachers' union called the offer no improvement at all.", "called", "oppose", "oppose"),
    # a hedged predicate: the act stands (the hedge is the hedge model's)
    ("The analyst described the merger as potentially disastrous for consumers.", "described", "oppose", "oppose"),
    ("He called the proposal perhaps the most sensible option on the table.", "called", "support", "support"),
    ("She described the ruling as possibly unlawful.", "described", "oppose", "oppose"),
    # calling a claim false: deny
    ("Ms Lee dismissed the report as nonsense.", "dismissed", "deny", "deny"),
    ("The company dismissed the allegations as baseless.", "dismissed", "deny", "deny"),
    ("He dismissed the claims as a smear.", "dismissed", "deny", "deny"),
    ("The senator called the report \"a boldfaced lie\".", "called", "deny", "deny"),
    ("The party branded the accusations fake news.", "branded", "deny", "deny"),
    # ruling out, turning down: reject
    ("The union called the pay offer a non-starter.", "called", "reject", "reject"),
    ("Ministers described the demand as out of the question.", "described", "reject", "reject"),
    ("The minister dismissed the idea as unworkable.", "dismissed", "reject", "reject"),
    ("The chancellor dismissed the proposal as a gimmick.", "dismissed", "reject", "reject"),
    # a neutral predicate: the model's (assert)
    ("Police described the suspect as a man in his thirties.", "described", "assert", None),
    ("She described herself as a lifelong Labour voter.", "described", "assert", None),
    ("Officials described the building as a former warehouse.", "described", "assert", None),
    ("Villagers call the lake \"the Mirror\".", "call", "assert", None),
    # an event or a condition described, no one's doing judged: the model's (assert)
    ("Witnesses described the scene as chaotic.", "described", "assert", None),
    ("Residents described the flooding as devastating.", "described", "assert", None),
    ("Forecasters called the storm the worst in a decade.", "called", "assert", None),
    ("The minister described the attack as cowardly.", "described", "oppose", "oppose"),
    # a negated or withheld characterisation: nothing decided
    ("The minister did not describe the talks as a failure.", "describe", "assert", None),
    ("He never called the plan a success.", "called", "assert", None),
    ("She refused to call the vote a mistake.", "call", "refuse_to_commit", None),
    # an evaluative verb and the participle of saying under it
    ("The union hit out at the government over the plan, saying it would cost thousands of jobs.", "saying",
     "oppose", "oppose"),
    ("The mayor lashed out at the council, saying the decision was rushed.", "saying", "oppose", "oppose"),
    ("Ms Reed rounded on her critics, saying they had not read the report.", "saying", "oppose", "oppose"),
    ("The opposition slammed the budget, saying it would hurt families.", "saying", "oppose", "oppose"),
    ("Police condemned the attack, saying it was an act of cowardice.", "saying", "oppose", "oppose"),
    ("The group criticised the ruling, arguing that it ignored the evidence.", "arguing", "oppose", "oppose"),
    ("The federation welcomed the ruling, saying it would protect workers.", "saying", "support", "support"),
    ("The minister hailed the deal, saying it would create jobs.", "saying", "support", "support"),
    ("Doctors backed the proposal, saying it would save lives.", "saying", "support", "support"),
    ("He praised the volunteers, saying they had worked tirelessly.", "saying", "support", "support"),
    ("The prime minister ruled out an early election, saying the government had work to do.", "saying",
     "reject", "reject"),
    # "played down": the guideline is silent and PolNeAR train splits (assert 2, support 1, reject 1): the model's
    ("The bank played down fears of a recession, saying growth remained solid.", "saying", "assert", None),
    ("The treasury poured cold water on the idea, saying it would be too costly.", "saying", "reject", "reject"),
    ("The company denied the claims, saying it had followed the law.", "saying", "deny", "deny"),
    ("The opposition leader branded the deal a betrayal, saying it would cost jobs.", "saying", "oppose",
     "oppose"),
    # no evaluative governor, or a negated one: the model's
    ("The minister visited the site on Friday, saying work would finish soon.", "saying", "assert", None),
    ("The party did not criticise the plan, saying it needed more time to study it.", "saying", "assert", None),
    ("The mayor opened the bridge, adding that tolls would be cut.", "adding", "assert", None),
]


def _verb(text: str, cue: str) -> Token:
    doc = load(Settings())(text)
    return next(t for t in doc if t.text == cue)


@pytest.mark.parametrize(("text", "cue", "guideline", "decided"), TABLE)
def test_the_construction_decides_the_guideline_act_or_leaves_it(text: str, cue: str, guideline: str,
                                                                    decided: str | None) -> None:
    found = acts.construction_of(_verb(text, cue))
    assert (found.act if found is not None else None) == decided
    if decided is not None:
        assert decided == guideline  # where it decides, it decides what the guideline says


def test_the_table_is_large_and_covers_every_kind() -> None:
    assert len(TABLE) >= 50
    assert {g for _, _, g, _ in TABLE} >= {"support", "oppose", "deny", "reject", "assert", "refuse_to_commit"}
    assert sum(d is None for *_, d in TABLE) >= 8  # and where it leaves the act alone


@pytest.mark.parametrize(("text", "cue", "guideline"), [
    (text, cue, guideline) for text, cue, guideline, decided in TABLE if decided is not None][::3])
def test_extraction_gives_the_decided_act(text: str, cue: str, guideline: str) -> None:
    for learned in (True, False):
        article = extract(text, settings=Settings(learned_acts=learned))
        mine = [s for s in article.statements if s.cue is not None and cue in s.cue.text]
        assert mine, f"no statement cued by {cue!r}"
        assert mine[0].act == guideline


def test_without_the_construction_the_acts_are_the_models() -> None:
    text = "The opposition leader, Mark Brown, branded the deal \"a disgrace\" on Monday."
    on = extract(text, settings=Settings()).statements[0]
    off = extract(text, settings=Settings(construction_acts=False)).statements[0]
    assert on.act == "oppose"
    assert off.act != "oppose"  # "branded": a learned cue, read as assert by the rules and the model


def test_the_construction_says_how_it_read_the_sentence() -> None:
    found = acts.construction_of(_verb("The company dismissed the allegations as baseless.", "dismissed"))
    assert found is not None
    assert (found.kind, found.verdict, found.target, found.verb) == ("as", "false", "claim", "reject")
    assert found.act == "deny"
    assert found.features() == ["cx=as", "cx_verdict=false", "cx_target=claim", "cx_verb=reject",
                                "cx_act=deny"]
    framed = acts.construction_of(_verb("Doctors backed the proposal, saying it would save lives.", "saying"))
    assert framed is not None and (framed.kind, framed.verb, framed.act) == ("frame", "support", "support")


@pytest.mark.parametrize(("model_act", "cx_act", "replaced"), [
    ("assert", "oppose", True), ("support", "oppose", True), ("oppose", "support", True),
    ("emphasize", "support", True), ("commit", "oppose", False), ("deny", "reject", False),
    ("reject", "deny", True), ("question", "oppose", False), ("oppose", None, False),
])
def test_the_construction_decides_over_less_specific_acts_and_the_other_side(model_act: str, cx_act: str | None,
                                                                             replaced: bool) -> None:
    assert acts.construction_decides(model_act, cx_act) is replaced


def test_a_predicate_that_is_the_whole_content_decides_over_any_act() -> None:
    naming = acts.construction_of(_verb("He called the proposal perhaps the most sensible option on the table.",
                                        "called"))
    assert naming is not None and naming.kind == "predicate"
    assert naming.decides("propose")  # "called X Y" holds no proposal of its own, whatever "call" suggests
    framed = acts.construction_of(_verb("Doctors backed the proposal, saying it would save lives.", "saying"))
    assert framed is not None and not framed.decides("commit")  # the participle's own content may commit


def test_training_and_the_train_eval_give_the_constructions_act_as_extraction_does() -> None:
    from onrecord.training.learn import ActRow, _decide

    branded = acts.Construction("predicate", "neg", "other", None, "oppose")
    framed = acts.Construction("frame", "none", "other", "support", "support")
    rows = [ActRow([], "oppose", False, "a", "assert", construction=branded),
            ActRow([], "commit", False, "a", "assert", construction=framed),
            ActRow([], "support", False, "a", "assert", construction=framed),
            ActRow([], "assert", False, "a", "assert")]
    final, _ = _decide(rows, ["assert", "commit", "assert", "assert"], [0.0] * 4, [], 0.5, False)
    assert final == ["oppose", "commit", "support", "assert"]


def test_the_train_eval_counts_the_construction_unless_it_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    from onrecord.training import learn
    from onrecord.training.learn import ActRow

    branded = acts.Construction("predicate", "neg", "other", None, "oppose")
    feats = ["w=deal", "h1_any", "hx:h1_any"]  # a hedge feature by both names, as ``acts.features`` gives it
    rows = [ActRow(feats, "oppose", n % 2 == 0, f"article-{n}", "assert", construction=branded) for n in range(10)]
    rows += [ActRow(feats, "assert", n % 2 == 0, f"other-{n}", "assert") for n in range(30)]
    monkeypatch.setattr(learn, "act_rows", lambda root, labels, settings, split: rows)
    model = {"act": {"C": 0.1, "rules_win": []}, "hedged": {"threshold": 0.5, "rules_win": False}}
    monkeypatch.setattr(acts, "shipped_model", lambda: model)
    for learned in (True, False):
        on = learn.out_of_fold_act_scores(Path("."), Path("l.jsonl"), Settings(learned_acts=learned))
        off = learn.out_of_fold_act_scores(Path("."), Path("l.jsonl"),
                                           Settings(learned_acts=learned, construction_acts=False))
        assert on.predicted[:10] == ["oppose"] * 10
        assert off.predicted[:10] == ["assert"] * 10
