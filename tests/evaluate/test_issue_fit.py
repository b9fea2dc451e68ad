"""The issue matcher's fit: issue-independent weights learned from labelled rows, threshold chosen out of fold."""

from __future__ import annotations

from onrecord.evaluate.issues import (
    Labelled,
    cross_validate,
    fit,
    fit_stance,
    format_cross_validation,
    held_out,
    issue_groups,
    leave_group_out_pairs,
    leave_issue_out,
    outlet,
    score,
    unseen_blocks,
)
from onrecord.extract.issues import Match, features, stance, taxonomy_from_dict
from onrecord.model import Span, Statement

TAXONOMY = taxonomy_from_dict({"name": "fish", "issues": [
    {"id": "quotas", "label": "Fishing quotas", "proposition": "Cod fishing quotas should be cut.",
     "description": "Catch limits for cod and haddock."},
    {"id": "harbour", "label": "The new harbour", "proposition": "The town should build a new harbour.",
     "description": "Harbour construction, the quay, its cost."}]})


def _row(n: int, text: str, gold: dict[str, str], name: str = "", annotator: str = "") -> Labelled:
    stmt = Statement(kind="indirect", content=Span(0, len(text), text), cue=None, speaker=None)
    return Labelled(stmt, gold, text, name or f"article-{n}", annotator)


def _rows() -> list[Labelled]:
    rows = []
    for n in range(30):
        if n % 3 == 0:
            rows.append(_row(n, "the cod quotas must be cut, catch limits too", {"quotas": "support"}))
        elif n % 3 == 1:
            rows.append(_row(n, "a new quay for the harbour will cost millions", {"harbour": "unclear"}))
        else:  # shares one weak word with an issue and is about none
            rows.append(_row(n, "the town held its annual parade on Sunday", {}))
    return rows


def test_fit_learns_to_tell_issues_from_chance_overlap() -> None:
    rows = _rows()
    model = fit(rows, TAXONOMY)
    assert dict(model.weights)["overlap"] > 0
    scores = score(rows, TAXONOMY, model)
    assert scores.tp == 20 and scores.fp == 0 and scores.fn == 0


def test_a_term_weight_no_train_data_could_teach_lets_one_listed_term_suffice() -> None:
    model = fit(_rows(), TAXONOMY)  # no issue here lists terms
    hit = Match(TAXONOMY.issues[0], {"terms": 1.0}, 0, 0, 1.0)
    assert hit.score(model) >= model.threshold
    assert Match(TAXONOMY.issues[0], {}, 0, 0, 1.0).score(model) < model.threshold


def _stance_rows() -> list[Labelled]:
    """Quota statements whose wording takes a side (praise: support, attack: oppose) or reports figures."""
    rows = []
    for n in range(30):
        if n % 3 == 0:
            rows.append(_row(n, "the cod quotas are a wonderful, excellent success", {"quotas": "support"}))
        elif n % 3 == 1:
            rows.append(_row(n, "the cod quotas are a terrible, disastrous failure", {"quotas": "oppose"}))
        else:
            rows.append(_row(n, "the cod quotas were set at 4,100 tonnes for 2027", {"quotas": "unclear"}))
    return rows


def test_fit_stance_learns_sides_from_wording_and_beats_the_majority() -> None:
    model, figures = fit_stance(_stance_rows(), TAXONOMY)
    assert figures["pairs"] == 30 and figures["majority"] == round(10 / 30, 4)
    assert figures["model"] > figures["majority"] and model.cv_accuracy == figures["model"]
    for text, side in (("the cod quotas were set at 900 tonnes", "unclear"),
                       ("the cod quotas are a terrible, disastrous failure", "oppose")):
        found = features(text, 0, TAXONOMY)[0]
        assert stance(_row(0, text, {}).statement, found, model) == side


def test_fit_stance_may_be_given_its_c() -> None:
    # ``learn stance --c 0.1``: the shipped model's C, fixed rather than chosen out of fold (EVALUATION.md).
    _, chosen = fit_stance(_stance_rows(), TAXONOMY)
    _, fixed = fit_stance(_stance_rows(), TAXONOMY, (0.03,))
    assert chosen["C"] in (0.03, 0.1, 0.3, 1.0) and fixed["C"] == 0.03


def test_cross_validation_scores_every_row_out_of_fold_with_the_stance_confusion() -> None:
    harbour = [_row(100 + n, text, {"harbour": side}) for n in range(10) for text, side in (
        ("the new harbour is a wonderful, excellent idea", "support"),
        ("the new harbour is a terrible, disastrous waste", "oppose"))]
    chance = [_row(200 + n, "a cod swam past the harbour wall at dawn", {}) for n in range(10)]
    rows = _stance_rows() + harbour + chance
    result = cross_validate(rows, TAXONOMY, folds=2)
    issues = result["issues"]
    assert issues["tp"] + issues["fn"] == 50  # every labelled pair is scored once, in its own fold
    confusion = issues["confusion"]
    assert sum(n for row in confusion.values() for n in row.values()) == issues["tp"]
    assert set(issues["stance_f1"]) == {"support", "oppose", "open", "unclear"}
    assert len(result["transfer"]) == 2
    assert "confusion (gold -> predicted)" in format_cross_validation(result)
    by_issue = issues["stance_by_issue"]
    assert set(by_issue) <= {"quotas", "harbour"} and sum(v["of"] for v in by_issue.values()) == issues["tp"]
    assert "stance leave-issue-out" in format_cross_validation(result)
    printed = format_cross_validation(result)
    for protocol in ("5-fold by article", "leave-one-outlet-out", "leave-one-annotator-out"):
        assert f"stance {protocol}: " in printed
    assert result["held_out"]["leave-issue-out"] is result["leave_issue_out"]


def test_issue_tags_are_counted_per_issue_as_well_as_in_all() -> None:
    # Issue 14: the train eval prints each issue's tag P/R/F1, for the whole taxonomy and each transfer half.
    rows = [*_rows(), _row(90, "the cod quotas must be cut, catch limits too", {"harbour": "support"})]
    scores = score(rows, TAXONOMY, fit(_rows(), TAXONOMY))
    per = scores.to_dict()["issues_by_issue"]
    assert per["quotas"]["tp"] == 10 and per["quotas"]["fp"] == 1 and per["quotas"]["fn"] == 0
    assert per["harbour"]["fn"] == 1 and per["harbour"]["recall"] == round(10 / 11, 3)
    assert sum(v["tp"] for v in per.values()) == scores.tp and sum(v["fn"] for v in per.values()) == scores.fn
    harbour = [_row(100 + n, text, {"harbour": side}) for n in range(10) for text, side in (
        ("the new harbour is a wonderful, excellent idea", "support"),
        ("the new harbour is a terrible, disastrous waste", "oppose"))]
    chance = [_row(200 + n, "a cod swam past the harbour wall at dawn", {}) for n in range(10)]
    result = cross_validate(_stance_rows() + harbour + chance, TAXONOMY, folds=2)
    text = format_cross_validation(result)
    assert "issue F1 by issue (tp/fp/fn): harbour" in text
    assert text.count("by issue (tp/fp/fn):") == 3  # the whole taxonomy and both transfer directions
    assert all("issues_by_issue" in t for t in result["transfer"].values())


def test_leave_issue_out_scores_each_issue_with_a_model_fitted_on_the_others_only() -> None:
    # The harbour's sides are worded as the quotas' are: learned on the quotas alone, they carry over.
    harbour = [_row(100 + n, text, {"harbour": side}) for n in range(10) for text, side in (
        ("the new harbour is a wonderful, excellent idea", "support"),
        ("the new harbour is a terrible, disastrous waste", "oppose"))]
    out = leave_issue_out(_stance_rows() + harbour, TAXONOMY)
    assert out.by_issue["harbour"] == [20, 20]
    # The quotas' sides, learned from the harbour alone; their plain figures are `unclear` by the rule for an
    # assert with no evaluative word, whatever the model.
    assert out.by_issue["quotas"] == [30, 30]
    assert out.stance_pairs == 50 and out.stance_right == 50
    assert out.to_dict()["stance_by_issue"]["harbour"] == {"right": 20, "of": 20}


def test_choices_are_made_on_pairs_whose_issue_the_model_never_saw() -> None:
    # A user's taxonomy is issues never trained on: C and the threshold are chosen on pairs predicted by a
    # model that saw neither their article nor their issue, unless the other issues teach nothing.
    import numpy as np

    groups = issue_groups(TAXONOMY, ["quotas", "harbour", "quotas", "harbour"] * 5)
    folds = np.arange(20) % 5
    y = (np.arange(20) // 2) % 2 == 0  # both kinds of pair in each group
    blocks = list(unseen_blocks(folds, groups, lambda t: bool(y[t].any() and not y[t].all())))
    assert sum(int(test.sum()) for _, test in blocks) == 20  # every pair judged once
    for train, test in blocks:
        assert not (train & test).any() and set(folds[train]).isdisjoint(folds[test])
        assert set(groups[test]).isdisjoint(groups[train])
    # One issue's pairs alone: the other group teaches nothing, so its blocks fall back to articles alone.
    y_one = groups == 0
    blocks = list(unseen_blocks(folds, groups, lambda t: bool(y_one[t].any() and not y_one[t].all())))
    assert sum(int(test.sum()) for _, test in blocks) == 20


def test_an_outlet_is_the_article_name_up_to_its_first_underscore() -> None:
    assert outlet("wash-post_2016-02-01_some-story") == "wash-post"
    assert outlet("west-journal_2016-10-12_x_y") == "west-journal"
    assert outlet("article-7") == "article-7"  # no outlet in the name: its own


def _outlet_rows() -> list[Labelled]:
    """Three outlets and two annotators; each outlet words its sides the same way, but the third reports
    figures only (all `unclear`), a share of neutral reports the other two do not have."""
    rows = []
    for n in range(12):
        for o, annotator in (("north", "aa"), ("south", "bb")):
            text, side = (("the cod quotas are a wonderful, excellent success", "support") if n % 2 else
                          ("the cod quotas are a terrible, disastrous failure", "oppose"))
            rows.append(_row(n, text, {"quotas": side}, f"{o}_{n}", annotator))
        rows.append(_row(n, f"the cod quotas were set at {4100 + n} tonnes", {"quotas": "unclear"}, f"east_{n}", "bb"))
    return rows


def test_leave_one_outlet_out_scores_each_outlet_with_a_model_fitted_on_the_others() -> None:
    from onrecord.evaluate.issues import HELD_OUT, _stance_pairs

    data = _stance_pairs(_outlet_rows(), TAXONOMY)
    out = leave_group_out_pairs(data, HELD_OUT["leave-one-outlet-out"])
    assert set(out.by_issue) == {"north", "south", "east"} and out.stance_pairs == 36
    # North's sides learned from south's identical wording alone; east's figures are `unclear` by the gate.
    assert out.by_issue["north"] == [12, 12] and out.by_issue["east"] == [12, 12]

    seen: list[int] = []

    def fitter(values, y, train, c):  # type: ignore[no-untyped-def]
        from onrecord.evaluate.issues import _fit_stance_on

        seen.append(int(train.sum()))
        return _fit_stance_on(values, y, train, c)

    leave_group_out_pairs(data, HELD_OUT["leave-one-annotator-out"], fitter=fitter)
    # Annotator aa labelled north (12 pairs), bb south and east (24): each model saw the other's pairs only,
    # and of those only the ones it decides (east's figures are the gate's): 12 each.
    assert seen == [12, 12]


def test_held_out_prints_four_protocols_with_the_other_groups_majority_beside_them() -> None:
    result = held_out(_outlet_rows(), TAXONOMY)
    assert list(result) == ["5-fold by article", "leave-issue-out", "leave-one-outlet-out",
                            "leave-one-annotator-out"]
    outlets = result["leave-one-outlet-out"]
    assert outlets["pairs"] == 36 and set(outlets["stance_by_issue"]) == {"north", "south", "east"}
    # The other outlets' majority: for east (12 unclear) support or oppose, 0 right; for north (6 support,
    # 6 oppose) the others hold 6, 6 and 12 unclear: unclear, 0 right; the same for south.
    assert outlets["majority_elsewhere"] == 0.0
    # Leave-issue-out: one issue, nothing else to fit on, so nothing is scored.
    assert result["leave-issue-out"]["pairs"] == 0
    assert set(result["leave-one-annotator-out"]["stance_by_issue"]) == {"aa", "bb"}
    assert sum(sum(row.values()) for row in outlets["confusion"].values()) == 36


def test_a_label_keeps_its_annotator_for_leave_one_annotator_out(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from onrecord.evaluate.labels import read_labels

    path = tmp_path / "labels.jsonl"
    path.write_text('{"key": "a:x1:0", "split": "train", "article": "a", "annotator": "x1", "content": [[0, 4]], '
                    '"act": "assert", "hedged": false}\n'
                    '{"key": "b:0", "split": "train", "article": "b", "content": [[0, 4]], "act": "assert", '
                    '"hedged": false}\n', encoding="utf-8")
    labels = read_labels(path)
    assert labels["a"][0].annotator == "x1" and labels["b"][0].annotator == ""


def test_the_stance_model_is_fitted_on_the_pairs_it_decides_in_two_steps() -> None:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from onrecord.evaluate.issues import SIDE_CUT, _stance_names, _stance_pairs
    from onrecord.extract.issues import reaches_model, stance_features

    model, figures = fit_stance(_stance_rows(), TAXONOMY, (0.3,))
    # The figures' `unclear` pairs are all answered by the gate: the model never sees one, so it has no
    # `unclear` class and no first step (nothing without a side to learn from); fitted on every pair it had one.
    assert "unclear" not in model.weights and set(model.weights) == {"support", "oppose"} and model.side is None
    assert figures["pairs"] == 30
    # With `unclear` pairs the model does decide (evaluative words, no side): a first step, side or not, fitted on
    # every pair it decides, then support against oppose fitted on the pairs with a side.
    neutral = [_row(300 + n, "the cod quotas drew a terrible storm of complaints and excellent turnout", {
        "quotas": "unclear"}) for n in range(10)]
    rows = _stance_rows() + neutral
    model, _ = fit_stance(rows, TAXONOMY, (0.3,))
    data = [d for d in _stance_pairs(rows, TAXONOMY) if reaches_model(d[0].statement, d[1])]
    values = [stance_features(r.statement, m) for r, m, _ in data]
    names = _stance_names(values)
    x = np.array([[v.get(k, 0.0) for k in names] for v in values])
    gold = np.array([g for _, _, g in data])
    side = gold != "unclear"
    first = LogisticRegression(C=0.3, max_iter=4000).fit(x, side)
    second = LogisticRegression(C=0.3, max_iter=4000).fit(x[side], gold[side])
    assert model.side is not None and model.side_cut == SIDE_CUT
    assert model.side_bias == round(float(first.intercept_[0]), 4)
    assert set(model.weights) == {"support", "oppose"}  # the second step: the sides only
    half = float(second.intercept_[0]) / 2  # the fit's one row is support's (classes sorted: oppose, support)
    assert model.bias["support"] == round(half, 4) and model.bias["oppose"] == round(-half, 4)
    # The neutral wording is `unclear` by the first step; a side's wording gets its side from the second.
    [(r, m, _)] = [d for d in data if d[2] == "unclear"][:1]
    neutral_values = stance_features(r.statement, m)
    assert not model.takes_side(neutral_values) and model.predict(neutral_values) == "unclear"
    sided = [d for d in data if d[2] != "unclear"]
    assert sum(model.predict(stance_features(r.statement, m)) == g for r, m, g in sided) == len(sided)
