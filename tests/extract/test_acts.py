"""The learned act and hedge model: its features, where the rules keep their verdict, how it is trained."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from onrecord import extract
from onrecord.extract import acts
from onrecord.model import ACTS
from onrecord.nlp import load
from onrecord.settings import Settings
from onrecord.training import learn
from onrecord.training.learn import ActRow, out_of_fold_acts, rules_that_win, train_acts


def _features(text: str) -> list[str]:
    article = extract(text, settings=Settings(learned_acts=False))
    assert len(article.statements) == 1
    doc = load(Settings())(text)
    return acts.features(article.statements[0], doc, 0)


def test_an_unnamed_plural_source_and_a_deep_softener_are_features() -> None:
    feats = _features("Officials said the talks, which began on Monday in a hotel near the lake, could fail.")
    assert "spk=official" in feats
    assert "soft=could" in feats
    assert any(f.startswith("rule_act=") for f in feats)


def test_rules_false_leaves_out_the_rules_verdicts() -> None:
    text = "The senator said the plan was a disgrace."
    article = extract(text, settings=Settings(learned_acts=False))
    feats = acts.features(article.statements[0], load(Settings())(text), 0, rules=False)
    assert not any(f.startswith(("rule_", "kind=", "cue_class=")) for f in feats)
    assert "w=disgrace" in feats


def _row(rule: str, gold: str) -> ActRow:
    return ActRow([], gold, False, "a", rule)


def test_a_rule_keeps_its_act_only_where_it_beat_the_model() -> None:
    rows = [_row("refuse_to_commit", "refuse_to_commit")] * 3 + [_row("refuse_to_commit", "assert")]
    rows += [_row("support", "support"), _row("support", "oppose"), _row("support", "oppose")]
    rows += [_row("assert", "assert")]
    predicted = ["assert"] * 4 + ["oppose"] * 3 + ["assert"]
    assert rules_that_win(rows, predicted) == ["refuse_to_commit"]  # 3 of 4 against 1; support lost 1 to 2


def _model_saying(act: str, hedged: bool) -> dict[str, Any]:
    """A model that answers ``act`` whatever it reads (bias only), and hedges or never does."""
    return {"act": {"classes": list(ACTS), "bias": [5.0 if a == act else 0.0 for a in ACTS], "weights": {},
                    "rules_win": ["refuse_to_commit"]},
            "hedged": {"bias": 5.0 if hedged else -5.0, "weights": {}, "threshold": 0.5, "rules_win": True}}


def test_classify_lets_decisive_rules_stand(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(acts, "shipped_model", lambda: _model_saying("oppose", hedged=False))
    text = ("The minister refused to rule out sending soldiers to the border. "
            "He said the plan was fine. The mayor seemed to rule out a second term.")
    article = extract(text, settings=Settings(learned_acts=True))
    by_cue = {s.cue.text if s.cue else "": s for s in article.statements}
    assert by_cue["refused to rule out"].act == "refuse_to_commit"  # a rule that won on train
    assert by_cue["said"].act == "oppose"  # the model's word elsewhere
    seemed = next(s for s in article.statements if s.cue and "seemed" in s.cue.text)
    assert seemed.hedged  # the rules' hedge stays when the model says no
    assert not by_cue["said"].hedged


def _synthetic_rows() -> list[ActRow]:
    """Forty articles: "w=disgrace" is oppose, "hm_modal=may" hedges, and the rules call every "refuse" cue
    right, which the model cannot learn from the words (they are shared with asserts)."""
    rows = []
    for n in range(40):
        article = f"article-{n}"
        rows.append(ActRow(["w=disgrace", "w=plan"], "oppose", False, article, "assert"))
        rows.append(ActRow(["w=plan", "hm_modal=may", "hx:hm_modal=may"], "assert", True, article, "assert"))
        rows.append(ActRow(["w=plan", "w=say"], "assert", False, article, "assert"))
        rows.append(ActRow(["w=plan", "w=say"], "refuse_to_commit", False, article, "refuse_to_commit"))
        rows.append(ActRow(["w=disgrace", "w=plan"], "oppose", False, article, None))  # missed: trains only
    return rows


def test_training_learns_the_words_and_which_rules_to_keep() -> None:
    model = train_acts(_synthetic_rows())
    assert model["act"]["rules_win"] == ["refuse_to_commit"]
    assert model["act"]["cv_accuracy"] == 1.0 and model["act"]["cv_model_accuracy"] < 1.0
    assert model["hedged"]["cv_f1"] == 1.0
    assert model["statements"] == 160 and model["training_rows"] == 200
    probs = acts.act_probabilities(["w=disgrace", "w=plan"], model)
    assert max(probs, key=lambda a: probs[a]) == "oppose"


def test_out_of_fold_acts_come_one_per_found_statement_in_order_from_models_that_never_saw_it() -> None:
    rows = _synthetic_rows()
    model = {"act": {"C": 1.0, "rules_win": ["refuse_to_commit"]}, "hedged": {"threshold": 0.5, "rules_win": False}}
    found = [r for r in rows if r.rule_act is not None]
    acts = out_of_fold_acts(rows, model)
    assert len(acts) == len(found)  # the missed statements only train
    assert [a for a, _ in acts[:4]] == ["oppose", "assert", "assert", "refuse_to_commit"]
    assert [h for _, h in acts[:4]] == [False, True, False, False]


def _echo_rows() -> list[ActRow]:
    """The synthetic rows, plus one article whose statements alone carry a word ("w=only_here") and are all
    "deny", and denials elsewhere in other words: a model that saw the article echoes its label back."""
    rows = _synthetic_rows()
    rows += [ActRow(["w=only_here", "w=plan"], "deny", False, "echo", "assert") for _ in range(3)]
    rows += [ActRow(["w=false", "w=plan"], "deny", False, f"article-{n}", "assert") for n in range(0, 40, 4)]
    return rows


def test_train_act_scores_come_from_fold_models_that_never_saw_the_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """``onrecord eval <train> --labels``: the shipped model was fitted on every train article, so its act on
    one echoes the label (below, "deny" for the echo article's word); the train figures take each act from
    the model refitted without the scored article's fold, which never read "w=only_here"."""
    rows = _echo_rows()
    shipped = train_acts(rows)
    probs = acts.act_probabilities(["w=only_here", "w=plan"], shipped)
    assert max(probs, key=lambda a: probs[a]) == "deny"  # in sample: the label echoed
    monkeypatch.setattr(learn, "act_rows", lambda root, labels, settings, split: rows)
    monkeypatch.setattr(acts, "shipped_model", lambda: shipped)
    scores = learn.out_of_fold_act_scores(Path("."), Path("labels.jsonl"), Settings(learned_acts=True))
    found = [r for r in rows if r.rule_act is not None]
    echo = [p for r, p in zip(found, scores.predicted, strict=True) if r.article == "echo"]
    assert scores.labelled == len(rows) and scores.gold == [r.act for r in found]
    assert "deny" not in echo and len(echo) == 3


def test_an_out_of_fold_quoted_question_is_a_question_as_classify_makes_it() -> None:
    rows = [*_synthetic_rows(), ActRow(["w=plan", "w=say"], "question", False, "asked", "assert", question=True)]
    model = {"act": {"C": 1.0, "rules_win": []}, "hedged": {"threshold": 0.5, "rules_win": False}}
    assert out_of_fold_acts(rows, model)[-1] == ("question", False)


def test_a_modal_counts_on_the_claim_not_in_a_relative_clause() -> None:
    on_claim = _features("The senator said the talks may fail next week.")
    assert "hm_modal=may" in on_claim
    inside_detail = _features("The senator said the mayor backed a plan that may cost more.")
    assert not any(f.startswith("hm_modal") for f in inside_detail)
    assert "hm_none_sub" in inside_detail


def test_a_belief_verb_over_the_claim_hedges_and_a_negated_one_does_not() -> None:
    assert "hm_verb=think" in _features("“I think the deal will hold,” the minister said.")
    negated = _features("“I don't think the deal will hold,” the minister said.")
    assert "hm_verb_negated" in negated and "hm_verb=think" not in negated


def test_an_unnamed_source_and_a_conditional_claim_are_hedge_features() -> None:
    feats = _features("Officials close to the governor said the state could raise taxes if the budget fails.")
    assert "h_src_unnamed" in feats
    assert "hm_if" in feats


def test_the_hedge_model_reads_only_hedge_features() -> None:
    from onrecord.training.learn import hedge_feature

    # The hedge model reads its own names of the hedge features (acts19: "hx:"), the act model the bare ones.
    assert hedge_feature("hx:hm_modal=may") and hedge_feature("hx:h1_adv=probably")
    assert hedge_feature("hx:h_src_unnamed")
    assert hedge_feature("cue_class=stance") and hedge_feature("resolution=named")
    assert not hedge_feature("hm_modal=may") and not hedge_feature("h_src_unnamed")
    assert learn.act_feature("hm_modal=may") and not learn.act_feature("hx:hm_modal=may")
    assert not hedge_feature("w=disgrace") and not hedge_feature("b=the_plan")
    # Who the speaker is by the words of its phrase ("spk=software", "spk=race") is topic, not softening: an
    # unnamed or second-hand source reaches the hedge model through the h_src_ features.
    assert not hedge_feature("spk=official")
    assert not hedge_feature("soft=think")  # a softener anywhere in a long quotation is not the claim's
    model = acts.shipped_model()
    assert model is not None
    assert not any(f.startswith(("w=", "b=", "spk=")) for f in model["hedged"]["weights"])


def test_the_hedge_model_reads_reported_speech_apart_and_the_act_model_keeps_its_features() -> None:
    """acts19, hedge18's three: in an indirect content "he thinks" is the speaker's own belief and a reported
    "would" is apart from a quoted one; a negated soft cue softens nothing. Only the hedge model's own names change:
    the bare names the act model reads stay as they were."""
    belief = _features("The mayor said he thinks the bridge will reopen in May.")
    assert "h_belief" in belief and "hx:h_belief_first" in belief and "hx:h_belief" not in belief
    would = _features("The mayor said he would veto the budget.")
    assert "hm_would" in would and "hx:hm_would_reported" in would and "hx:hm_would" not in would
    quoted = _features("“We would veto the budget,” the mayor said.")
    assert "hx:hm_would" in quoted and "hx:hm_would_reported" not in quoted
    negated = _features("The mayor did not suggest that the bridge was unsafe.")
    assert "h_cue_soft=suggest" in negated and "hx:h_cue_soft_negated" in negated
    assert not any(f.startswith("hx:h_cue_soft=") for f in negated)
    model = acts.shipped_model()
    assert model is not None and not any(f.startswith(acts.HEDGE_ONLY) for f in model["act"]["weights"])
    assert all(learn.hedge_feature(f) for f in model["hedged"]["weights"])


def test_keep_act_retrains_the_hedge_model_and_keeps_the_shipped_act_model() -> None:
    from onrecord.training.learn import keep_act_model

    retrained = {"statements": 3, "act": {"C": 1.0, "weights": {"w=new": [1.0]}}, "hedged": {"threshold": 0.4}}
    shipped = {"statements": 2, "act": {"C": 0.1, "weights": {"w=old": [2.0]}}, "hedged": {"threshold": 0.7}}
    kept = keep_act_model(retrained, shipped)
    assert kept["act"]["weights"] == {"w=old": [2.0]} and kept["act"]["C"] == 0.1 and kept["act"]["kept"]
    assert kept["hedged"] == {"threshold": 0.4} and kept["statements"] == 3


def test_training_writes_models_where_extract_reads_them() -> None:
    from importlib import resources

    from onrecord.training.learn import shipped_path

    assert shipped_path(acts.MODEL_FILE) == resources.files("onrecord.extract").joinpath(acts.MODEL_FILE)


def test_a_repeated_feature_counts_once_as_in_training() -> None:
    model = {"act": {"classes": ["assert", "oppose"], "bias": [0.0, 0.0], "weights": {"w=to": [0.0, 1.0]}},
             "hedged": {"bias": 0.0, "weights": {"w=to": 1.0}}}
    assert acts.act_probabilities(["w=to", "w=to"], model) == acts.act_probabilities(["w=to"], model)
    assert acts.hedge_probability(["w=to", "w=to"], model) == acts.hedge_probability(["w=to"], model)


def test_the_model_sees_the_claim_hedges_it_was_trained_with(monkeypatch: pytest.MonkeyPatch) -> None:
    from onrecord import pipeline

    seen: list[bool] = []
    monkeypatch.setattr(pipeline, "classify", lambda statements, parsed: seen.extend(s.hedged for s in statements))
    extract("The senator said prices could fall next year.", settings=Settings(learned_acts=True))
    assert seen == [True]  # training rows carry the rules' claim hedges (``rule_hedged``): so must run time


def test_a_mandative_claim_is_a_proposal_and_the_soft_cue_no_hedge() -> None:
    proposal = _features("The adviser suggested that the mayor resign before the vote.")
    assert "h_mandative" in proposal
    assert not any(f.startswith(("h_cue_soft", "h_cue_lex", "ctx_soft=suggest")) for f in proposal)
    claim = _features("The adviser suggested that the mayor was tired.")
    assert "h_mandative" not in claim and "h_cue_soft=suggest" in claim


def test_an_imperative_quotation_is_a_proposal_form() -> None:
    assert "h_imperative" in _features("“Close the border tonight,” the governor said.")


def test_the_rules_proposal_stands_over_a_mandative_claim(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(acts, "shipped_model", lambda: _model_saying("oppose", hedged=False))
    text = ("The adviser suggested that the mayor resign before the vote. "
            "The adviser suggested that the mayor was tired.")
    article = extract(text, settings=Settings(learned_acts=True))
    assert [s.act for s in article.statements] == ["propose", "oppose"]


def test_an_approximate_figure_is_no_hedge() -> None:
    assert "h1_adv=nearly" not in _features("The minister said the army lost nearly a fifth of its tanks.")
    assert "h1_adv=nearly" in _features("The minister said the deal nearly collapsed.")


def _hedged_by_rules(text: str) -> bool:
    article = extract(text, settings=Settings(learned_acts=False))
    assert len(article.statements) == 1
    return article.statements[0].hedged


def test_about_as_a_preposition_is_no_approximation() -> None:
    assert "h1_adv=about" not in _features("The senator said the talks were about the border.")
    assert not any(f.startswith("h_cue_lex=about") for f in _features("Aides talked about the plan."))


def test_a_belief_or_seeming_verb_hedges_only_over_a_claim() -> None:
    assert not _hedged_by_rules("The senator said she believes in free trade.")
    assert _hedged_by_rules("The senator said she believes the deal will pass.")
    assert "h_seem" not in _features("The mayor said he would not appear at the debate.")


def test_a_recalled_belief_and_a_wish_are_apart_from_a_belief_held_now() -> None:
    past = _features("“I thought she was right,” the senator said.")
    assert "hm_verb_past=think" in past and "hm_verb=think" not in past
    assert not _hedged_by_rules("“I thought she was right,” the senator said.")
    assert _hedged_by_rules("“I think she is right,” the senator said.")


def test_an_embedded_question_is_no_hedged_claim() -> None:
    text = "The reporter asked what he thought the senator could do."
    assert "h_embedded_question" in _features(text)
    assert not _hedged_by_rules(text)
    assert "h_embedded_question" not in _features("The senator said the deal could fail.")


def test_hedge_phrases_in_the_first_sentence() -> None:
    assert "h1_phrase=opinion" in _features("“The plan, in my opinion, will fail,” the senator said.")
    assert "h1_phrase=sort_of" in _features("The senator said the plan was sort of a mess.")
    assert "h1_phrase=sort_of" not in _features("The senator said this kind of plan works.")


def test_likelihood_and_soft_claim_verbs_on_the_claim() -> None:
    assert "hm_likelihood" in _features("The senator said it is possible that the deal will pass.")
    assert "hm_soft_verb=look" in _features("The senator said the recovery looks weak.")
    assert "hm_soft_verb=tend" in _features("The senator said he tends to give issues more thought.")


def test_a_concessive_if_bounds_no_claim() -> None:
    concessive = _features("The senator said the tax would raise money even if trading fell.")
    assert "hm_even_if" in concessive and "hm_if" not in concessive and "h_would_if" not in concessive
    assert "hm_if" in _features("The senator said the tax would raise money if trading fell.")


def test_an_unnamed_source_serving_a_named_one() -> None:
    assert "h_src_unnamed_head" in _features("Friends of Mr. Clinton said he was tired.")
    assert "h_src_unnamed_head" not in _features("Mr. Clinton said he was tired.")


def test_hedge_words_in_names_are_no_hedge_phrases() -> None:
    feats = _features("Mr. Kind said Mr. Sort was right about the vote.")
    assert not any(f.startswith(("h1_phrase", "h1_adv")) for f in feats)


def test_a_month_or_a_name_is_no_modal() -> None:
    assert "modal=may" not in _features("The minister said the bridge could not reopen before May.")
    assert "modal=will" not in _features("Mr. Will said the bridge was closed.")
    assert "modal=may" in _features("The minister said the bridge may reopen soon.")


def test_the_infinitive_to_is_a_word_apart_from_the_preposition() -> None:
    assert "w=to_inf" in _features("The senator said she is going to vote for the bill.")
    preposition = _features("The senator said the money went to the schools.")
    assert "w=to" in preposition and "w=to_inf" not in preposition


def test_a_future_claim_says_who_acts_and_how() -> None:
    assert "fut_self_act" in _features("“We will veto the bill,” the governor said.")
    assert "fut_person_progressive" in _features("The governor said he would be meeting the mayor on Friday.")


def test_evaluation_is_read_by_whom_it_is_aimed_at() -> None:
    attack = _features("The senator said Clinton's plan is a disaster.")
    assert "ev_other_neg" in attack and "ev_strong_neg" in attack
    assert "ev_self_pos" in _features("“We did a great job,” the mayor said.")
    assert "ev_compare_neg" in _features("The senator said the governor is weaker than ever.")


def _reference_act_probabilities(feats: list[str], model: dict[str, Any]) -> dict[str, float]:
    """The plain computation: each known feature's weights added class by class, then a softmax."""
    import math

    scores = list(model["act"]["bias"])
    for feat in sorted(set(feats)):
        for k, weight in enumerate(model["act"]["weights"].get(feat, [0.0] * len(scores))):
            scores[k] += weight
    exps = [math.exp(s - max(scores)) for s in scores]
    return {c: e / sum(exps) for c, e in zip(model["act"]["classes"], exps, strict=True)}


@pytest.mark.parametrize("text", [
    "The senator said the plan was a disgrace and would never pass.",
    "“I think we could probably reach a deal by Friday,” the minister told reporters.",
    "Officials familiar with the talks said the president refused to rule out new sanctions.",
    "She urged that the council stop the project, calling it reckless.",
])
def test_the_fast_scoring_matches_a_plain_reference(text: str) -> None:
    import math

    model = acts.shipped_model()
    assert model is not None
    article = extract(text, settings=Settings(learned_acts=False))
    doc = load(Settings())(text)
    assert article.statements
    for stmt in article.statements:
        feats = acts.features(stmt, doc, 0)
        fast = acts.act_probabilities(feats, model)
        plain = _reference_act_probabilities(feats, model)
        assert fast.keys() == plain.keys()
        assert all(abs(fast[c] - plain[c]) < 1e-12 for c in plain)
        z = model["hedged"]["bias"] + sum(model["hedged"]["weights"].get(f, 0.0) for f in sorted(set(feats)))
        assert abs(acts.hedge_probability(feats, model) - 1.0 / (1.0 + math.exp(-z))) < 1e-12


@pytest.mark.parametrize("text", [
    "The senator said the plan was a disgrace and would never pass.",
    "She urged that the council stop the project.",
    "“I don't think the deal will hold,” the minister said, adding that talks might resume.",
])
def test_the_first_root_is_the_first_word_whose_head_is_outside(text: str) -> None:
    doc = load(Settings())(text)
    for start in range(0, len(doc), 3):
        tokens = list(doc[start:])
        plain = [t for t in tokens if t.head not in tokens or t.head == t]
        assert acts._first_root(tokens) == (plain[0] if plain else None)
    assert acts._first_root([]) is None


def test_sentence_words_read_the_question_mark_as_the_sentence_text_does() -> None:
    doc = load(Settings())("Will the talks hold?  \n\nThe minister said so. Did she ask “why?” \n")
    for sentence in doc.sents:
        words = acts.SentenceWords.of(sentence)
        assert words.question == sentence.text.rstrip().endswith("?")
        assert [w[2] for w in words.tokens] == [t.lower_ for t in sentence]
    assert any(acts.SentenceWords.of(s).question for s in doc.sents)


def test_doc_words_read_off_the_arrays_are_the_tokens_own() -> None:
    doc = load(Settings())("Mr. Hedge said he was going to VETO it -- probably!\n\nWe'll see, said the  Senators. "
                             "She did not agree, and he never called.")
    words = acts.doc_words(doc)
    assert words.word == [acts._word(t) for t in doc]
    assert "<name>" in words.word and "to_inf" in words.word
    assert words.lower == [t.lower_ for t in doc]
    assert words.lemma == [t.lemma_.lower() for t in doc]
    assert words.propn == [t.pos_ == "PROPN" for t in doc]
    assert words.punct == [t.is_punct for t in doc]
    assert words.blank == [t.is_punct or t.is_space for t in doc]
    assert words.head == [t.head.i for t in doc]
    assert words.dep == [t.dep_ for t in doc]
    assert words.negated == [any(c.dep_ == "neg" for c in t.children) for t in doc]
    assert sum(words.negated) >= 2
    assert [words.sentence(t) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
    assert len({words.sentence(t) for t in doc}) > 1
    assert any(t.head.i < t.i for t in doc) and any(t.head.i > t.i for t in doc)
    content = acts._tokens(doc, 100, 100 + doc[3].idx, 100 + doc[8].idx)
    assert [t.i for t in content] == [3, 4, 5, 6, 7]
    assert acts._tokens(doc, 100, 100 + doc[3].idx, 100 + doc[8].idx) is content  # read once
    assert acts._first_clause(content) is acts._first_clause(content)
    assert [t.i for t in acts._first_clause(content)] == [3, 4, 5, 6, 7]
    assert acts.doc_words(doc) is words  # the doc in hand is read once
    other = load(Settings())("Another doc.")
    assert acts.doc_words(other).lower == ["another", "doc", "."]
    assert acts.DocWords.of(other[:0].as_doc()).word == []


def test_scores_are_the_row_by_row_sums_bit_for_bit() -> None:
    """``_scores`` sums the features' rows in numpy: the same additions in the same order as Python adding
    each known feature's weights in turn (the act biases first; the hedge's weights from zero, its bias
    after), to the last bit; a feature only one model knows adds nothing to the other."""
    model = acts.shipped_model()
    assert model is not None
    act, hedge = model["act"]["weights"], model["hedged"]["weights"]
    only_hedge = next(f for f in hedge if f not in act)
    feats = [*list(act)[:150:3], only_hedge, "no such feature", *list(hedge)[:40:2], "cue=say"]
    scores, z = acts._scores(feats, model)
    expected = list(model["act"]["bias"])
    z_expected = 0.0
    for feat in set(feats):
        for k, weight in enumerate(act.get(feat, [0.0] * len(expected))):
            expected[k] += weight
        z_expected += hedge.get(feat, 0.0)
    assert scores == expected and z == z_expected
    assert acts._scores([], model) == (list(model["act"]["bias"]), 0.0)


def test_a_first_clause_is_read_once_and_a_spans_words_are_a_slice() -> None:
    """A statement's first clause has its main claims and their hedges found once (the claim hedges, the
    hedge features and the future features all read them); a column of ``DocWords`` at a span's tokens is a
    slice of it, at any other token list the tokens' own values."""
    doc = load(Settings())("The minister said prices could probably fall? And he would not say if they will.")
    content = acts._tokens(doc, 0, doc[3].idx, doc[8].idx)
    first = acts._first_clause(content)
    claims, hedges = acts._main_claims(first), acts._main_claim_hedges(first)
    assert [t.text for t in claims] == ["fall"] and set(hedges) == {"hm_modal=could", "hm_adv"}
    assert acts._main_claims(first) is claims and acts._main_claim_hedges(first) is hedges  # found once
    assert acts._main_claims([]) == [] and acts._main_claim_hedges([]) == []
    lower = acts.doc_words(doc).lower
    assert acts._of_tokens(lower, content) == [t.lower_ for t in content] == ["prices", "could", "probably", "fall",
                                                                            "?"]
    picked = [doc[7], doc[2], doc[2]]
    assert acts._of_tokens(lower, picked) == ["?", "said", "said"]
    assert "question_mark" in acts._content_features(content)
    assert "question_mark" not in acts._content_features(content[:4])


def test_a_negated_possibility_stays_a_possibility_and_a_negated_could_is_firm() -> None:
    may_not = _features("The senator said the deal may not pass this year.")
    assert "hm_modal_neg=may" in may_not and "hm_modal_negated" not in may_not
    assert "hm_modal_neg=might" in _features("The senator said the party might never win again.")
    could_not = _features("The minister said the bridge could not reopen before the summer.")
    assert "hm_modal_negated" in could_not and not any(f.startswith("hm_modal_neg=") for f in could_not)


def test_a_negated_certainty_is_a_hedge_phrase() -> None:
    assert "h1_phrase=not_necessarily" in _features("The senator said the plan would not necessarily cost more.")
    assert "h1_phrase=not_necessarily" not in _features("The senator said the plan would not cost more.")


def test_a_negated_past_claim_and_a_word_of_falsity_are_denial_features() -> None:
    denial = _features("“I did not send any classified material,” the senator said.")
    assert "deny_neg_self_past" in denial and "deny_neg_past" in denial
    assert "deny_neg_other_past" in _features("The lawyer said Manafort was not involved in the deal.")
    assert "deny_falsity" in _features("The senator said the report was a lie.")
    assert "deny_not_true" in _features("The senator said the story is not true.")
    plain = _features("The senator said the committee met on Monday.")
    assert not any(f.startswith("deny_") for f in plain)


def test_the_shipped_model_hedges_a_negated_may_and_not_a_negated_could() -> None:
    # The two share no feature any more: "may not" is still a possibility (hedged, docs/ANNOTATION.md 1.2),
    # a negated "could" an inability (firm).
    may_not = extract("The senator said the deal may not pass this year.", settings=Settings(learned_acts=True))
    could_not = extract("The minister said the bridge could not reopen before the summer.",
                        settings=Settings(learned_acts=True))
    assert may_not.statements[0].hedged
    assert not could_not.statements[0].hedged


def _first_clause_of(text: str) -> list[Any]:
    doc = load(Settings())(text)
    return acts._first_clause(list(doc))


def test_plain_words_evaluation_says_what_the_claim_says_of_whom() -> None:
    # acts16: an attack or praise said in plain words, by the kind of the claim's subject (scripts/act_models.py).
    unfit = acts._evaluation_features(_first_clause_of("He is totally unfit to be president."))
    assert "evp=other_neg" in unfit and "evi=neg" in unfit
    assert "evp=self_pos" in acts._evaluation_features(_first_clause_of("We did a great job."))
    assert "evs=self_pos" in acts._evaluation_features(_first_clause_of("I support the plan."))
    assert "evs=self_neg" in acts._evaluation_features(_first_clause_of("I do not support the plan."))
    assert "evsup=neg" in acts._evaluation_features(_first_clause_of("This is the worst deal ever negotiated."))
    assert "evposs=other_neg" in acts._evaluation_features(_first_clause_of("His reckless comments hurt him."))
    assert acts._evaluation_features(_first_clause_of("The report was released on Monday.")) == []


def test_the_proposing_shape_is_read_by_who_should_act() -> None:
    assert acts._proposing_features(_first_clause_of("We should raise taxes on the rich.")) == ["prop_modal=self"]
    assert acts._proposing_features(_first_clause_of("Congress must act now.")) == ["prop_modal=other"]
    assert "prop_need=self" in acts._proposing_features(_first_clause_of("We need to build more homes."))
    assert "prop_call" in acts._proposing_features(_first_clause_of("I call on Congress to act."))
    assert "prop_lets" in acts._proposing_features(_first_clause_of("Let's get this done."))
    assert "prop_time" in acts._proposing_features(_first_clause_of("It is time for a change."))
    assert acts._proposing_features(_first_clause_of("The committee met on Monday.")) == []


@pytest.mark.parametrize(("text", "act"), [
    ("“I did not send any classified material,” the senator said.", "deny"),
    ("The senator said Clinton's plan is a disaster.", "oppose"),
    ("“We will veto the bill,” the governor said.", "commit"),
    ("“We should raise the minimum wage,” the senator said.", "propose"),
    ("The minister said the committee met on Monday.", "assert"),
])
def test_the_shipped_model_on_clear_cases(text: str, act: str) -> None:
    # acts16: the shipped act model (kept: no retrain passed its checks, docs/EVALUATION.md) on one clear case of
    # each of five acts, none hedged.
    article = extract(text, settings=Settings(learned_acts=True))
    assert [(s.act, s.hedged) for s in article.statements] == [(act, False)]


def test_a_document_source_is_no_unnamed_person() -> None:
    report = _features("The report said the bridge was unsafe.")
    assert "h_src_document" in report and "h_src_unnamed" not in report and "h_src_unnamed_head" not in report
    aides = _features("Aides said the bridge was unsafe.")
    assert "h_src_unnamed_head" in aides and "h_src_document" not in aides


def test_a_firm_belief_is_apart_from_a_belief_that_softens() -> None:
    firm = _features("“I really believe the deal will hold,” the minister said.")
    assert "hm_verb_firm" in firm and "hm_verb=believe" not in firm
    assert not _hedged_by_rules("“I really believe the deal will hold,” the minister said.")
    assert "hm_verb=believe" in _features("“I believe the deal will hold,” the minister said.")


def test_a_plan_under_consideration_and_a_counterfactual_condition() -> None:
    assert "hm_considering" in _features("The senator said she is considering a run for governor.")
    assert "hm_considering" not in _features("The senator said she is running for governor.")
    past = _features("“If the vote had come first, we would have lost,” the senator said.")
    assert "hm_counterfactual" in past and "hm_if" not in past
    assert "hm_if" in _features("“If the vote comes first, we will lose,” the senator said.")


def test_an_embedded_question_whose_wh_word_stands_before_the_content() -> None:
    doc = load(Settings())("The reporter asked what he thought the senator could do.")
    asked = [doc[2]]
    assert doc[3].lower_ == "what"
    assert acts._embedded_question(asked, list(doc[4:10]))  # "[what] he thought ...": the wh-word left outside
    assert not acts._embedded_question(asked, list(doc[5:10]))  # "he" before it: no question word


def test_in_reported_speech_he_is_the_speaker_and_another_actor_is_named() -> None:
    # acts17: "Trump said he did a great job" praises the speaker's own side; "said Clinton is unfit" aims at
    # another, named, actor (scripts/act_models.py, family "aim").
    own = acts._evaluation_features(_first_clause_of("He did a great job."), reported=True)
    assert "evp=self_pos" in own and "evp=other_pos" not in own
    named = acts._evaluation_features(_first_clause_of("Clinton is totally unfit."), reported=True)
    assert "evp=named_neg" in named
    assert "evp=other_pos" in acts._evaluation_features(_first_clause_of("He did a great job."))



def test_learners_fit_and_ship_as_linear_models() -> None:
    # hedge18: the linear SVM (acts) and the Platt-calibrated SVM (hedge) ship as weights and biases the extraction
    # reads as it reads the logistic ones
    from scipy.sparse import csr_matrix

    rows = _synthetic_rows()
    for act_learner, hedge_learner in (("svc", "svc"), ("lr", "lr")):
        model = train_acts(rows, (0.3,), learn.Learners(act_learner, hedge_learner, 0.3), fixed_win=["deny"])
        assert model["act"]["learner"] == act_learner and model["hedged"]["learner"] == hedge_learner
        assert model["act"]["rules_win"] == ["deny"]
        assert len(model["act"]["bias"]) == len(model["act"]["classes"]) and model["hedged"]["weights"]
    x = csr_matrix([[1.0, 0.0], [0.0, 1.0]] * 10)
    platt = learn.fit_hedge_svc(x, [True, False] * 10, [f"a{i % 5}" for i in range(20)], 1.0)
    p = platt.predict_proba(x)[:, 1]
    assert p[0] > 0.5 > p[1]  # the feature that marks the hedge raises its calibrated probability



def test_the_rules_act_stays_where_the_model_is_unsure_between_it_and_another() -> None:
    # hedge18: the model's top two within the margin and the rules' act one of them: the rules' act stays
    classes = ["assert", "commit", "oppose"]
    assert acts.gate([-0.19, -0.17, -1.0], classes, "assert", 0.05) == "assert"
    assert acts.gate([-0.19, -0.17, -1.0], classes, "assert", 0.0) == "commit"  # no margin: the model's best
    assert acts.gate([-0.5, -0.17, -1.0], classes, "assert", 0.05) == "commit"  # the model sure enough
    assert acts.gate([-0.9, -0.17, -0.18], classes, "assert", 0.05) == "commit"  # the rules' act not in its top two
