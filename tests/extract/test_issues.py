"""Issues and stance from a user's taxonomy: loading, matching a taxonomy never seen, stance, the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord import extract
from onrecord.cli import main
from onrecord.extract.issues import (
    Match,
    MatchModel,
    StanceModel,
    Taxonomy,
    TaxonomyError,
    article_context,
    features,
    load_taxonomy,
    match,
    object_way,
    reaches_model,
    rule_stance,
    stance,
    stance_features,
    taxonomy_from_dict,
    words,
)
from onrecord.extract.issues import _agents as agents
from onrecord.model import Actor, Cue, Span, Statement
from onrecord.store import Store
from onrecord.store import queries as q
from tests.conftest import EXAMPLES

TAXONOMY = EXAMPLES / "peace-talks.issues.yaml"


def _issue(ident: str, **extra: object) -> dict[str, object]:
    return {"id": ident, "label": f"label {ident}", "proposition": f"proposition {ident}",
            "description": f"description {ident}", **extra}


@pytest.fixture(scope="module")
def peace_talks() -> dict[str, dict[str, tuple[str, bool]]]:
    """actor -> issue -> (stance, hedged) on the example article with its taxonomy."""
    article = extract((EXAMPLES / "peace-talks.txt").read_text(encoding="utf-8"), issues=TAXONOMY)
    out: dict[str, dict[str, tuple[str, bool]]] = {}
    for s in article.statements:
        assert s.issues is not None
        for tag in s.issues:
            assert article.text[tag.evidence.start:tag.evidence.end] == tag.evidence.text
            assert s.content.start <= tag.evidence.start < tag.evidence.end <= s.content.end
            name = s.actor.name if s.actor else "?"
            out.setdefault(name, {}).setdefault(tag.id, (tag.stance, s.hedged))
    return out


def test_trump_leaves_us_troops_open(peace_talks: dict[str, dict[str, tuple[str, bool]]]) -> None:
    assert peace_talks["Donald Trump"]["us-troops-ukraine"][0] == "open"


def test_trump_opposes_nato_membership_hedged(peace_talks: dict[str, dict[str, tuple[str, bool]]]) -> None:
    assert peace_talks["Donald Trump"]["nato-membership-ukraine"] == ("oppose", True)


def test_lavrov_opposes_european_forces(peace_talks: dict[str, dict[str, tuple[str, bool]]]) -> None:
    assert peace_talks["Sergei Lavrov"]["european-forces-ukraine"][0] == "oppose"


def test_no_taxonomy_no_issues_key() -> None:
    article = extract("The minister said the talks would resume on Monday.")
    assert all("issues" not in s.to_dict() for s in article.statements)


def test_a_taxonomy_never_seen_is_matched_from_its_wording() -> None:
    taxonomy = taxonomy_from_dict({"name": "fish", "issues": [
        _issue("quotas", label="Fishing quotas", proposition="Cod fishing quotas should be cut.",
               description="Catch limits for cod and haddock in the North Sea."),
        _issue("harbour", label="The new harbour", proposition="The town should build a new harbour.",
               description="Harbour construction, the quay, its cost.")]})
    found = match("catch limits for cod must be cut this year", 0, taxonomy)
    assert [m.issue.id for m in found] == ["quotas"]
    assert match("the weather was fine on Tuesday", 0, taxonomy) == []


def test_terms_count(tmp_path: Path) -> None:
    taxonomy = taxonomy_from_dict({"name": "t", "issues": [
        _issue("a", terms=["blue widget"]), _issue("b")]})
    assert taxonomy.issues[0].terms == ("blue widget",)
    assert taxonomy.vectors()[0].terms == (("blue", "widget"),)


@pytest.mark.parametrize(("data", "message"), [
    ([], "a mapping with 'name'"),
    ({"issues": [_issue("a")]}, "'name' is missing"),
    ({"name": "x", "issues": []}, "'issues' must be a non-empty list"),
    ({"name": "x", "issues": [_issue("a"), _issue("a")]}, "issue 2 (a): the id is used twice"),
    ({"name": "x", "issues": [{"id": "a", "label": "l", "description": "d"}]}, "issue 1 (a): 'proposition'"),
    ({"name": "x", "issues": [_issue("a", terms="wall")]}, "issue 1 (a): 'terms' must be a list"),
    ({"name": "x", "issues": [_issue("a", colour="red")]}, "unknown key(s) colour"),
])
def test_errors_say_which_issue_and_what(data: object, message: str) -> None:
    with pytest.raises(TaxonomyError, match="^where: .*" + message.replace("(", r"\(").replace(")", r"\)")):
        taxonomy_from_dict(data, "where")


def test_cli_names_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nissues: [1]\n", encoding="utf-8")
    assert main(["extract", str(EXAMPLES / "peace-talks.txt"), "--issues", str(bad)]) == 2
    assert f"{bad}: issue 1" in capsys.readouterr().err


@pytest.mark.parametrize(("body", "message"), [
    # ten aliases of ten: an error message's repr of the id expanded 10^10 values, and the run hung for good
    ("bomb:\n" + "".join(f"  x{n}: &a{n} [{', '.join([f'*a{n - 1}' if n else 'x'] * 10)}]\n" for n in range(10))
     + "name: t\nissues:\n  - id: *a9\n", "expands to more than"),
    ("name: t\nissues: " + "[" * 50_000 + "]" * 50_000 + "\n", "nested too deeply"),  # RecursionError before
    ("name: t\nissues:\n  - {id: [" + ", ".join(["long"] * 5_000) + "], label: l}\n", "(got ['long'"),
    ("name: t\nissues:\n  - {id: a, label: l, proposition: p, description: d, 1: x, null: y}\n",
     "unknown key(s) 1, None"),  # an int and a None key did not sort: TypeError
])
def test_a_hostile_taxonomy_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   body: str, message: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(body, encoding="utf-8")
    assert main(["extract", str(EXAMPLES / "peace-talks.txt"), "--issues", str(bad)]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err) < 500


def test_a_taxonomy_not_in_utf8_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_bytes("name: Politique\nissues:\n  - {id: a, label: Sécurité}\n".encode("latin-1"))
    assert main(["extract", str(EXAMPLES / "peace-talks.txt"), "--issues", str(bad)]) == 2
    assert "not UTF-8 text" in capsys.readouterr().err


def test_a_taxonomy_of_regular_expression_characters_is_plain_words() -> None:
    taxonomy = taxonomy_from_dict({"name": "t", "issues": [
        _issue("a", terms=["(.*)+", "[a-", "\\", "*", "tariffs"])]})
    assert match("the tariffs (.*)+ [a- would hurt", 0, taxonomy)


def test_store_filter_and_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"
    # A story on something else beside the example: its statements are stored with an empty issue list (every
    # statement of the example itself may be about one of its issues).
    bakery = tmp_path / "bakery.txt"
    bakery.write_text("The bakery on Mill Lane reopened on Monday after a fire. \"We missed the smell of bread "
                      "every morning,\" said Tom Avery, who runs it with his sister.\n", encoding="utf-8")
    assert main(["ingest", str(EXAMPLES / "peace-talks.txt"), str(bakery), "--db", str(db), "--issues",
                 str(TAXONOMY), "--progress", "off"]) == 0
    with Store(db, readonly=True) as store:
        rows = q.statements(store, q.StatementFilter(issue="nato-membership-ukraine", stance="oppose"))
        assert rows and all(any(i["id"] == "nato-membership-ukraine" and i["taxonomy"] == "ukraine-2025"
                                for i in r["issues"]) for r in rows)
        with pytest.raises(q.QueryError, match="no issue called 'no-such-issue'"):  # a typo is said, not empty
            q.statements(store, q.StatementFilter(issue="no-such-issue"))
        untagged = [r for r in q.statements(store) if not r["issues"]]
        assert untagged and all(r["issues"] == [] for r in untagged)
    capsys.readouterr()
    assert main(["statements", "--db", str(db), "--stance", "open", "--format", "jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines and all(any(i["stance"] == "open" for i in r["issues"]) for r in lines)
    assert main(["export", "--db", str(db), "--format", "csv"]) == 0
    assert "nato-membership-ukraine:oppose" in capsys.readouterr().out


def test_loaded_taxonomy_is_accepted_as_is() -> None:
    taxonomy = load_taxonomy(TAXONOMY)
    assert load_taxonomy(taxonomy) is taxonomy and isinstance(taxonomy, Taxonomy)
    assert "nato-membership-ukraine" in taxonomy.ids()


def _fish() -> Taxonomy:
    return taxonomy_from_dict({"name": "fish", "issues": [
        _issue("quotas", label="Fishing quotas", proposition="Cod fishing quotas should be cut.",
               description="Catch limits for cod and haddock in the North Sea."),
        _issue("harbour", label="The new harbour", proposition="The town should build a new harbour.",
               description="Harbour construction, the quay, its cost.")]})


def test_the_article_around_a_statement_counts() -> None:
    taxonomy = _fish()
    text = ("Cod catch limits dominate the North Sea talks. Haddock quotas too. "
            "The minister said it was a terrible idea.")
    start = text.index("it was")
    article = article_context(text, taxonomy)
    assert article.relevance["quotas"] == 1.0 and article.relevance["harbour"] == 0.0
    alone = features(text[start:], start, taxonomy)
    assert alone == []  # nothing in the statement's own words
    found = {m.issue.id: m for m in features(text[start:], start, taxonomy, article)}
    assert set(found) == {"quotas"} and found["quotas"].values["context"] > 0
    assert found["quotas"].start == start and found["quotas"].end == len(text)  # no word: the whole content


def test_in_a_long_text_a_statement_must_name_its_issue_in_its_own_sentence() -> None:
    # Issue 12 (newcomer): in a long briefing on several subjects, "we are in a recession" took the text's top
    # issue, its evidence the whole content.
    taxonomy = _fish()
    talks = "".join(f"On day {n} cod catch limits dominated the North Sea talks, and haddock quotas too.\n"
                    for n in range(160))
    text = talks + "The minister said it was a terrible idea. The minister said the cod quotas were too low.\n" + talks
    article = article_context(text, taxonomy)
    assert len(text) > 12_000 and article.relevance["quotas"] == 1.0
    start = text.index("it was")
    assert features("it was a terrible idea", start, taxonomy, article) == []
    start = text.index("the cod quotas")
    found = {m.issue.id: m for m in features("the cod quotas were too low", start, taxonomy, article)}
    assert set(found) == {"quotas"}
    assert text[found["quotas"].start:found["quotas"].end] == "cod quotas"
    # The content names nothing, its sentence does: the evidence is the sentence's words.
    start = text.index("were too low")
    found = {m.issue.id: m for m in features("were too low", start, taxonomy, article)}
    assert text[found["quotas"].start:found["quotas"].end] == "cod quotas"


def test_a_name_in_the_label_is_a_feature() -> None:
    taxonomy = taxonomy_from_dict({"name": "t", "issues": [
        _issue("smith", label="Jane Smith for mayor", proposition="Jane Smith should be elected mayor.",
               description="Her campaign."), _issue("b")]})
    found = {m.issue.id: m for m in features("Smith is a disgrace and a liar", 0, taxonomy)}
    assert found["smith"].values["names"] == 1.0 and found["smith"].values["names_valence"] > 0


def test_a_name_that_owns_the_labels_topic_is_not_the_issues_word() -> None:
    # "Smith's budget record" and "The Smith Foundation" are about a budget and a foundation: a statement that
    # names Smith and nothing of them is not about either (before, "Smith" alone offered both, and in a
    # taxonomy without the mayoral race it was their strongest word).
    taxonomy = taxonomy_from_dict({"name": "t", "issues": [
        _issue("smith", label="Jane Smith for mayor", proposition="Jane Smith should be elected mayor.",
               description="Her campaign."),
        _issue("budget", label="Smith's budget record", proposition="Smith's budget deficits are a concern.",
               description="Spending, deficits, audits."),
        _issue("charity", label="The Smith Foundation", proposition="The Smith Foundation sold access.",
               description="Donors and gifts.")]})
    assert {m.issue.id for m in features("Smith waved to the crowd in the park", 0, taxonomy)} == {"smith"}
    assert "budget" in {m.issue.id for m in features("Smith's deficits grew after the audit", 0, taxonomy)}
    assert "charity" in {m.issue.id for m in features("The foundation's donors", 0, taxonomy)}
    assert {v.issue.id: v.names for v in taxonomy.vectors()}["smith"] == ("Jane", "Smith")


def test_an_assert_tagged_through_its_context_alone_takes_no_side() -> None:
    taxonomy = _fish()
    text = "It was a terrible, disastrous idea."
    stmt = Statement(kind="indirect", content=Span(0, len(text), text), cue=None, speaker=None)
    issue = taxonomy.issues[0]
    assert rule_stance(stmt, Match(issue, {"overlap": 0.0, "context": 2.0}, 0, 0, 1.0)) == "unclear"
    assert rule_stance(stmt, Match(issue, {"overlap": 1.0, "context": 2.0}, 0, 0, 1.0)) == "oppose"
    stmt.act = "reject"  # an act still says where it stands, whatever it is about
    assert rule_stance(stmt, Match(issue, {"context": 2.0}, 0, 0, 1.0)) == "oppose"


def _always(side: str) -> StanceModel:
    """A stance model that answers ``side`` whatever it reads."""
    return StanceModel({k: {} for k in ("support", "oppose", "unclear")},
                       {k: (1.0 if k == side else 0.0) for k in ("support", "oppose", "unclear")})


def test_the_model_reads_the_rules_composition_and_refusal_and_rejection_stay_rules() -> None:
    issue = _fish().issues[0]
    text = "the quotas, which he called a disgrace"
    stmt = Statement(kind="indirect", content=Span(0, len(text), text), cue=None, speaker=None, act="oppose")
    found = Match(issue, {"overlap": 1.0}, 0, len(text), 1.0)
    condemning = Match(issue, {"overlap": 1.0}, 0, len(text), -1.0)
    # Opposing what a proposition proposes opposes it, what it condemns supports it: the model reads that
    # composition as a feature and learns how far the act it is given can be trusted.
    assert stance_features(stmt, found)["rule_oppose"] == 1.0
    assert stance_features(stmt, condemning)["rule_support"] == 1.0
    assert stance(stmt, found, _always("unclear")) == "unclear"
    assert stance(stmt, found, _always("oppose")) == "oppose"
    stmt.act = "refuse_to_commit"  # "refused to rule out sending troops"
    assert stance(stmt, found, _always("support")) == "open"
    stmt.act = "reject"  # "seemed to rule out NATO membership"
    assert stance(stmt, found, _always("support")) == "oppose"
    stmt.act = "assert"  # no act takes a side: the model reads the wording
    assert stance(stmt, found, _always("unclear")) == "unclear"
    assert stance(stmt, found, _always("support")) == "support"


def test_stance_features_are_relative_to_the_proposition() -> None:
    issue = _fish().issues[0]
    text = "the quotas are a terrible, disastrous failure"
    stmt = Statement(kind="indirect", content=Span(0, len(text), text), cue=None, speaker=None)
    plain = stance_features(stmt, Match(issue, {"overlap": 1.0}, 0, len(text), 1.0))
    condemning = stance_features(stmt, Match(issue, {"overlap": 1.0}, 0, len(text), -1.0))
    assert plain["lean"] == -1.0 and condemning["lean"] == 1.0  # attacking what a proposition condemns
    assert plain["negative"] > 0 > condemning["negative"] and plain["act_assert"] == 1.0


def test_a_speaker_named_in_a_rival_issue_and_the_cue_lemma_are_stance_features() -> None:
    taxonomy = taxonomy_from_dict({"name": "t", "issues": [
        _issue("smith", label="Jane Smith for mayor", proposition="Jane Smith should be elected mayor.",
               description="Her campaign."),
        _issue("jones", label="Tom Jones for mayor", proposition="Tom Jones should be elected mayor.",
               description="His campaign.")]})
    text = "Smith is a disgrace"
    found = {m.issue.id: m for m in features(text, 0, taxonomy)}["smith"]
    assert found.rivals == frozenset({"Tom", "Jones"})
    jones = Actor(id="p:jones", name="Tom Jones", type="person")
    stmt = Statement(kind="indirect", content=Span(0, len(text), text),
                     cue=Cue(20, 27, "accused", "accuse"), speaker=None, actor=jones)
    values = stance_features(stmt, found)
    assert values["speaker_rival"] == 1.0 and values["speaker_named"] == 0.0
    assert values["cue=accuse"] == 1.0 and values["cue_polar=accuse"] == found.polarity


def test_the_speaker_named_is_the_labels_person_not_a_namesake() -> None:
    taxonomy = taxonomy_from_dict({"name": "t", "issues": [
        _issue("smith", label="Jane Smith for mayor", proposition="Jane Smith should be elected mayor.",
               description="Her campaign.")]})
    text = "the campaign is going well"
    found = Match(taxonomy.issues[0], {"overlap": 1.0}, 0, len(text), 1.0)

    def named(name: str) -> float:
        stmt = Statement(kind="indirect", content=Span(0, len(text), text), cue=None, speaker=None,
                         actor=Actor(id="p:x", name=name, type="person"))
        return stance_features(stmt, found)["speaker_named"]

    # Her husband shares the surname, not the candidacy; a speaker known by the surname alone is her.
    assert named("Jane Smith") == 1.0 and named("Smith") == 1.0 and named("Bob Smith") == 0.0


def test_an_article_before_a_labels_name_is_no_given_name() -> None:
    """"The" in "The Smith Foundation" neither makes every Smith a stranger to it nor names a speaker
    called "The ..."."""
    def named(label: str, name: str) -> float:
        taxonomy = taxonomy_from_dict({"name": "t", "issues": [
            _issue("x", label=label, proposition=f"{label} sold access.", description="Donors.")]})
        text = "the donors were thanked"
        stmt = Statement(kind="indirect", content=Span(0, len(text), text), cue=None, speaker=None,
                         actor=Actor(id="p:x", name=name, type="organization"))
        return stance_features(stmt, Match(taxonomy.issues[0], {"overlap": 1.0}, 0, len(text), 1.0))["speaker_named"]

    assert named("The Smith Foundation", "Jane Smith") == 1.0
    assert named("The Smith Foundation", "Smith") == 1.0
    assert named("The Wall", "The Times") == 0.0


def test_an_assert_without_evaluative_words_or_a_speaker_at_stake_is_unclear() -> None:
    issue = _fish().issues[0]
    found = Match(issue, {"overlap": 1.0}, 0, 0, 1.0)
    plain = "the cod quotas could be discussed next year"
    stmt = Statement(kind="indirect", content=Span(0, len(plain), plain), cue=None, speaker=None)
    assert stance(stmt, found, _always("support")) == "unclear"  # no evidence of a side: the model is not asked
    loaded = "the cod quotas are a disgrace"
    stmt = Statement(kind="indirect", content=Span(0, len(loaded), loaded), cue=None, speaker=None)
    assert stance(stmt, found, _always("support")) == "support"


def test_the_model_is_reached_only_by_the_pairs_no_rule_answers() -> None:
    # What the stance model is fitted on (``evaluate.issues.fit_stance``): the pairs it will decide.
    issue = _fish().issues[0]
    found = Match(issue, {"overlap": 1.0}, 0, 0, 1.0)
    plain, loaded = "the cod quotas could be discussed next year", "the cod quotas are a disgrace"
    assert not reaches_model(_stmt(plain, "assert"), found)  # the gate: no evidence of a side
    assert reaches_model(_stmt(loaded, "assert"), found)
    assert not reaches_model(_stmt(loaded, "refuse_to_commit"), found)  # open by rule
    assert not reaches_model(_stmt(loaded, "reject"), found)  # oppose by rule
    only_open = StanceModel({"open": {}}, {"open": 1.0})  # answers `open`, which no rule here gives
    for text, act in ((plain, "assert"), (loaded, "assert"), (loaded, "reject")):
        asked = stance(_stmt(text, act), found, only_open) == "open"
        assert asked == reaches_model(_stmt(text, act), found), text


def _budget() -> Taxonomy:
    """A made-up city-budget taxonomy: its wording uses common words ("first", "comes", "going")."""
    return taxonomy_from_dict({"name": "city-budget", "issues": [
        _issue("libraries-first", label="Libraries before roads",
               proposition="Library funding should come first, before road repairs.",
               description="Going straight to library branches when money comes in."),
        _issue("road-repairs", label="Road repairs", proposition="The city should fund pothole and road repairs.",
               description="Potholes, resurfacing, bridges."),
        _issue("parks", label="Park maintenance", proposition="Parks should get more maintenance money.",
               description="Playgrounds, mowing, park rangers.")]})


def test_common_words_alone_do_not_tag_a_statement() -> None:
    text = "She was the first to arrive, and when it comes to the weather she is going to stay"
    assert [m.issue.id for m in features(text, 0, _budget())] == []


def test_evidence_shows_the_matched_issue_words() -> None:
    text = "The first thing, she said at the long meeting on Tuesday night, is the library funding"
    [found] = [m for m in features(text, 0, _budget()) if m.issue.id == "libraries-first"]
    assert text[found.start:found.end] == "library funding"


def _stmt(text: str, act: str) -> Statement:
    return Statement(kind="indirect", content=Span(0, len(text), text), cue=None, speaker=None, act=act)  # type: ignore[arg-type]


def test_ending_a_push_for_an_issue_opposes_it_and_calling_for_it_supports_it() -> None:
    taxonomy = _budget()
    for text, act, side in (("the council end its push for library funding", "propose", "oppose"),
                            ("the council should stop calling for library funding", "assert", "oppose"),
                            ("the mayor called for library funding", "assert", "support"),
                            ("the mayor rejected calls for library funding", "reject", "oppose"),
                            ("the mayor rejected calls to end library funding", "reject", "support")):
        [found] = [m for m in features(text, 0, taxonomy) if m.issue.id == "libraries-first"]
        assert stance(_stmt(text, act), found, _always("unclear")) == side, text


def test_a_side_taking_act_tagged_without_the_issues_own_words_takes_no_side() -> None:
    taxonomy = _budget()
    text = "Potholes on Main Street are a scandal, the mayor said. We will fund it wisely, she promised."
    start = text.index("We will")
    article = article_context(text, taxonomy)
    [found] = [m for m in features(text[start:], start, taxonomy, article) if m.issue.id == "road-repairs"]
    assert not found.distinct  # "fund" is in library funding's wording too; nothing of road repairs' own
    stmt = Statement(kind="indirect", content=Span(start, len(text), text[start:]), cue=None, speaker=None,
                     act="commit")
    assert stance(stmt, found, _always("support")) == "unclear"  # a commitment aimed at something else
    stmt.act = "oppose"  # opposition is often aimed at a person the article is about: the model decides
    assert stance(stmt, found, _always("oppose")) == "oppose"


def test_a_commitment_tagged_through_its_article_alone_takes_the_acts_side() -> None:
    taxonomy = _budget()
    text = "Potholes on Main Street are a scandal, the mayor said. We will spend every cent wisely, she promised."
    start = text.index("We will")
    article = article_context(text, taxonomy)
    [found] = [m for m in features(text[start:], start, taxonomy, article) if m.issue.id == "road-repairs"]
    assert found.values["overlap"] == 0.0  # it shares no word with any issue: the article's subject is its own
    stmt = Statement(kind="indirect", content=Span(start, len(text), text[start:]), cue=None, speaker=None,
                     act="commit")
    # The act toward what the article is about, composed with the proposition, whatever the model would say.
    assert stance(stmt, found, _always("oppose")) == "support"


def test_a_side_taking_act_tagged_through_its_article_alone_is_the_acts_side_not_the_models() -> None:
    # "Their plan is a disgrace" (oppose) in a story about road repairs: no word of the issue's own, so its
    # evaluative words are about something else; the act against what the story is about is the side.
    taxonomy = _budget()
    text = "Potholes on Main Street are a scandal, the mayor said. Their plan is a disgrace, she said."
    start = text.index("Their plan")
    article = article_context(text, taxonomy)
    [found] = [m for m in features(text[start:], start, taxonomy, article) if m.issue.id == "road-repairs"]
    assert found.values["overlap"] == 0.0 and found.polarity > 0

    def said(act: str) -> Statement:
        return Statement(kind="indirect", content=Span(start, len(text), text[start:]), cue=None, speaker=None,
                         act=act)  # type: ignore[arg-type]

    assert stance(said("oppose"), found, _always("support")) == "oppose"
    assert stance(said("support"), found, _always("oppose")) == "support"
    assert stance(said("propose"), found, _always("unclear")) == "support"
    # A plain assert, and any act on an issue about a person, are still the model's to decide.
    assert stance(said("assert"), found, _always("oppose")) != "support"
    race = _race()
    text = "Bram Lind has a long record at the council, the paper said. It is a disgrace, the chair said."
    start = text.index("It is")
    [found] = [m for m in features(text[start:], start, race, article_context(text, race))
               if m.issue.id == "lind-mayor"]
    assert found.values["overlap"] == 0.0 and not found.values.get("names", 0.0)
    assert stance(said("support"), found, _always("oppose")) == "oppose"


def test_the_issue_whose_own_words_appear_wins() -> None:
    taxonomy = taxonomy_from_dict({"name": "t", "issues": [
        _issue("cede", label="Ceding land", proposition="The country should cede territory in a deal.",
               description="Land swaps, occupied regions."),
        _issue("guarantees", label="Security guarantees", proposition="The country should get security guarantees.",
               description="Protection, a backstop, a deal with allies.")]})
    text = "the deal would see the country giving up a fifth of its territory and occupied regions"
    best = match(text, 0, taxonomy)
    assert best and best[0].issue.id == "cede"


# -- tags only where a statement speaks to the issue (articles about something else) ---------------------

# Short stories of other subjects, written for these tests, full of words a Ukraine taxonomy also uses
# ("air", "forces", "support", "effort", "Europe", "territory", "weapons", "sanctions", "talks").
OFF_TOPIC = {
    "sports": "United beat City 2-1 on Saturday to move top of the table. \"The lads put a huge effort in and "
              "the support from the fans was incredible,\" the manager said. The striker, who was forced off "
              "with a knee injury, said he hoped to be fit for the European tie in Madrid next week. The club "
              "said the stadium's air conditioning would be repaired before the match.",
    "science": "Cleaner air has raised wheat yields across Europe, a study published on Monday found. \"Ozone "
               "damage costs farmers billions every year,\" said Maria Lopez, who led the research. The team "
               "said weather forces such as drought mattered less than pollution. Funding for the study came "
               "from a farming charity, which said it would support more work on crops.",
    "court": "A judge in Leeds jailed a man for six years on Tuesday for selling weapons over the internet. "
             "Prosecutors said he had shipped knives across the territory for two years. \"This was a "
             "deliberate and dangerous trade,\" the judge said. His lawyer said he would appeal and that the "
             "police had forced a confession from him.",
    "bakery": "A family bakery on Mill Street will close next month after forty years. The owner, Ann Price, "
              "said talks with the landlord had failed. \"We put everything into this shop and the support of "
              "our customers kept us going,\" she said. She said she would meet the council to ask for aid "
              "for small shops.",
    "sanctions": "The Treasury imposed sanctions on three North Korean shipping firms on Wednesday, officials "
                 "said. Russia and China urged restraint. \"These sanctions target the ships that carry fuel to "
                 "Pyongyang,\" a Treasury spokesman said. He said sanctions on North Korea would stay until its "
                 "missile tests stop.",
}


@pytest.mark.parametrize("domain", sorted(OFF_TOPIC))
def test_an_article_about_something_else_gets_no_issue(domain: str) -> None:
    article = extract(OFF_TOPIC[domain], issues=TAXONOMY)
    assert article.statements, "the texts are written to have statements"
    tags = [(s.content.text, t.id, t.evidence.text) for s in article.statements for t in s.issues or ()]
    assert tags == []


def test_an_article_that_puts_another_name_in_the_propositions_slot_is_not_about_it() -> None:
    # "sanctions on North Korea", never "on Russia": Russia named elsewhere does not make it sanctions on Russia.
    taxonomy = load_taxonomy(TAXONOMY)
    text = OFF_TOPIC["sanctions"]
    assert article_context(text, taxonomy).relevance["sanctions-russia"] == 0.0
    both = text + " The Treasury said sanctions on Russia would be tightened as well."
    assert article_context(both, taxonomy).relevance["sanctions-russia"] > 0.0


def test_the_place_in_the_propositions_slot_must_be_named() -> None:
    # "European or NATO forces ... in Ukraine": a story on troops in another war that names NATO and Europe
    # (two of the three names) but never Ukraine is not about it.
    taxonomy = load_taxonomy(TAXONOMY)
    text = ("NATO allies met as government forces began deploying along the border. European ministers said "
            "peacekeepers and a reassurance force of troops could follow a ceasefire in the region.")
    assert article_context(text, taxonomy).relevance["european-forces-ukraine"] == 0.0
    assert article_context(text + " Ukraine was named.", taxonomy).relevance["european-forces-ukraine"] > 0.0


def test_an_article_must_earn_its_top_issue() -> None:
    taxonomy = load_taxonomy(TAXONOMY)
    # "air" (air defence) again and again: military aid is the top issue by its words, but one word is all.
    text = "The air was clean. Air quality rose. Air pollution fell and the air smelled of pine. " * 3
    article = article_context(text, taxonomy)
    assert max(article.relevance.values()) < 0.5
    about = ("Ukraine asked for more weapons and air defence. Kyiv said long-range missiles and military aid "
             "were needed, and funding for weapons deliveries.")
    assert article_context(about, taxonomy).relevance["military-aid-ukraine"] == 1.0


def test_an_article_that_never_names_the_propositions_subject_is_not_about_it() -> None:
    taxonomy = load_taxonomy(TAXONOMY)
    text = ("The leaders met at a summit to negotiate. Talks between the two leaders went on; a trilateral "
            "meeting of the leaders was planned, and more talks.")
    assert article_context(text, taxonomy).relevance["direct-talks"] == 0.0  # no Putin, Zelensky or Trump
    assert article_context(text + " Putin said so.", taxonomy).relevance["direct-talks"] == 0.0  # one of three
    assert article_context(text + " Putin and Zelensky said so.", taxonomy).relevance["direct-talks"] > 0.0


def test_names_in_a_bracket_of_examples_are_not_the_propositions_subject() -> None:
    # "(build a wall on the Mexican border, ... bar Muslims)" lists examples of the action; an article on
    # deportation that names neither is about restricting immigration all the same. A "/" alternative that
    # names someone is enough by itself ("against ISIS / in Syria").
    taxonomy = taxonomy_from_dict({"name": "made-up", "issues": [
        _issue("parking", label="Parking limits", description="Parking meters, fines, residents' permits.",
               proposition="The city should limit parking (fine Oakland drivers, close the Harbor Street lots)."),
        _issue("strikes", label="Air strikes", description="Bombing, drones, raids.",
               proposition="The army should strike harder against the Vorn rebels / in Tarsia / in Quell."),
        _issue("buses", label="Buses", proposition="Bus fares should be cut.", description="Tickets, routes.")]})
    parking = ("Parking meters went up on every block. The council said parking fines would double and residents' "
               "permits would cost more. Drivers complained about parking.")
    assert article_context(parking, taxonomy).relevance["parking"] > 0.0
    strikes = "Drones and raids hit the hills of Tarsia. The bombing went on; more air strikes and raids followed."
    assert article_context(strikes, taxonomy).relevance["strikes"] > 0.0  # Tarsia, not Vorn nor Quell
    assert article_context(strikes.replace("Tarsia", "the north"), taxonomy).relevance["strikes"] == 0.0


def test_a_name_made_of_ordinary_words_is_one_word() -> None:
    # "Wall Street" is not the border wall, nor "the White House" a house: a run of capitalised ordinary
    # words is matched as one name, on the statement's side and the taxonomy's alike.
    assert [w for w, _, _ in words("The White House met Wall Street, not the wall.")] == [
        "white_house", "met", "wall_street", "wall"]
    assert [w for w, _, _ in words("Donald Trump said")] == ["donald", "trump", "said"]  # names stay words
    taxonomy = taxonomy_from_dict({"name": "made-up", "issues": [
        _issue("border-wall", label="A border wall", proposition="A wall should be built on the border.",
               description="The wall, fences, border patrols."),
        _issue("bank-tax", label="Taxing banks", proposition="Banks should pay more tax.",
               description="Wall Street, bonuses, a levy on trades.")]})
    found = {m.issue.id for m in features("Wall Street bonuses rose again.", 0, taxonomy)}
    assert found == {"bank-tax"}
    assert "border-wall" in {m.issue.id for m in features("They will build the wall at last.", 0, taxonomy)}


def test_another_name_in_the_propositions_slot_blocks_the_tag() -> None:
    taxonomy = load_taxonomy(TAXONOMY)

    def ids(text: str) -> set[str]:
        return {m.issue.id for m in features(text, 0, taxonomy)}

    assert "sanctions-russia" not in ids("the Treasury imposed sanctions on two North Korean officials")
    assert "sanctions-russia" in ids("the Treasury imposed sanctions on two Russian officials")
    assert "sanctions-russia" in ids("the Treasury imposed sanctions on imports of oil")  # no name in the slot
    assert "us-troops-ukraine" not in ids("American troops will be deployed in Poland")
    assert "us-troops-ukraine" in ids("American troops will be deployed in Ukraine")


def test_an_issue_whose_every_word_is_another_issues_evidence_is_dropped() -> None:
    taxonomy = load_taxonomy(TAXONOMY)
    text = "his country opposed any deployment of NATO forces in Ukraine"
    found = {m.issue.id for m in features(text, 0, taxonomy)}
    assert "european-forces-ukraine" in found and "us-troops-ukraine" not in found


@pytest.mark.parametrize(("proposition", "polarity"), [
    ("Gun laws should be stricter.", 1.0),  # "gun" is a negative word, but this proposes an action
    ("The town should buy more weapons for its militia.", 1.0),
    ("The mayor's use of the city car was wrong or criminal.", -1.0),  # condemns its subject
    ("The charity involved conflicts of interest.", -1.0),  # one clearly negative word condemns
    ("The new bridge is good for the town.", 1.0),
])
def test_a_propositions_polarity_reads_whether_it_proposes_or_condemns(proposition: str, polarity: float) -> None:
    taxonomy = taxonomy_from_dict({"name": "t", "issues": [{"id": "a", "label": "A", "proposition": proposition,
                                                            "description": "something"}]})
    assert taxonomy.vectors()[0].polarity == polarity


def test_saying_what_the_proposition_says_supports_it_whatever_the_tone() -> None:
    # A newcomer's VOA story: Biden "calling Putin a 'dictator'" came out opposing "Putin is a dictator",
    # the hostility toward Putin copied onto the claim. Saying the claim supports it; negated, it opposes;
    # a stance cue ("opposed") aims its act at the content itself.
    taxonomy = taxonomy_from_dict({"name": "t", "issues": [
        _issue("dictator", label="Putin is a dictator", proposition="Putin is a dictator",
               description="Whether Vladimir Putin rules Russia as a dictator.")]})
    text = ('The senator said Putin was "a dictator" and a war criminal. The governor said Putin is not a '
            "dictator. The mayor opposed calling Putin a dictator.")
    article = extract(text, issues=taxonomy)
    stances = {s.speaker.text if s.speaker else "": [t.stance for t in s.issues] for s in article.statements}
    assert stances == {"The senator": ["support"], "The governor": ["oppose"], "The mayor": ["oppose"]}


def test_restates_needs_every_word_of_the_first_wording_and_nothing_else_between() -> None:
    from onrecord.extract.issues import restates

    assert restates("Putin was a dictator", "Putin is a dictator") == 1
    assert restates("Putin is not a dictator", "Putin is a dictator") == -1
    assert restates("Putin is a dictator, he said", "Putin is a dictator (of Russia)") == 1
    assert restates("Putin met the dictator of a small country", "Putin is a dictator") == 0
    assert restates("the talks went well", "Putin is a dictator") == 0
    assert restates("anything", "Ceasefire") == 0  # one word is a topic, not a claim


# -- verbs of siding: voting, endorsing, backing, preferring, repudiating, with negation ------------------


def _race() -> Taxonomy:
    """A made-up mayoral race: two candidacies and a tariff question."""
    return taxonomy_from_dict({"name": "race", "issues": [
        _issue("okafor-mayor", label="Ada Okafor for mayor", proposition="Ada Okafor should be mayor.",
               description="The councillor's campaign for mayor."),
        _issue("lind-mayor", label="Bram Lind for mayor", proposition="Bram Lind should be mayor.",
               description="The developer's campaign for mayor."),
        _issue("tariffs", label="Harbour tariffs", proposition="Harbour tariffs are good for the city.",
               description="Duties on goods landed at the harbour.")]})


def _siding(text: str, ident: str, act: str = "assert", model: str = "unclear") -> str:
    [found] = [m for m in features(text, 0, _race()) if m.issue.id == ident]
    return stance(_stmt(text, act), found, _always(model))


def test_a_vote_for_a_candidate_supports_the_candidacy() -> None:
    assert _siding("she will vote for Ada Okafor in the autumn", "okafor-mayor") == "support"
    assert _siding("he voted against Bram Lind twice", "lind-mayor", model="support") == "oppose"


def test_a_negated_verb_of_siding_turns_the_side_whatever_the_act() -> None:
    # The act read from these words may itself be "support" ("support" is in them): the negation decides.
    assert _siding("he cannot yet endorse Bram Lind", "lind-mayor", act="support", model="support") == "oppose"
    assert _siding("she refused to back Ada Okafor", "okafor-mayor", model="support") == "oppose"
    assert _siding("he will never support Bram Lind", "lind-mayor", act="support", model="support") == "oppose"


def test_repudiating_support_for_an_issue_opposes_it() -> None:
    assert _siding("the mayor repudiated years of council support for harbour tariffs", "tariffs",
                   model="support") == "oppose"


def test_a_cue_of_siding_turns_the_verb_in_its_content() -> None:
    # "repudiated | years of council support for harbour tariffs": the act read from the content may be
    # "support"; the cue's own verb turns it.
    text = "years of council support for harbour tariffs"
    [found] = [m for m in features(text, 0, _race()) if m.issue.id == "tariffs"]
    stmt = Statement(kind="indirect", content=Span(0, len(text), text), speaker=None, act="support",
                     cue=Cue(0, 0, "repudiated", "repudiate", "stance"))
    assert stance(stmt, found, _always("support")) == "oppose"


def test_one_candidate_over_another_supports_the_first_and_opposes_the_second() -> None:
    text = "I would take Ada Okafor over Bram Lind any day"
    assert _siding(text, "okafor-mayor") == "support"
    assert _siding(text, "lind-mayor", model="support") == "oppose"
    # Not choosing one over the other says nothing of the one passed over.
    assert _siding("she cannot vote for Ada Okafor over Bram Lind", "lind-mayor") == "unclear"
    assert _siding("the win over Bram Lind was narrow", "lind-mayor") == "unclear"  # no choosing verb


def test_a_third_partys_support_is_not_the_speakers_side() -> None:
    assert _siding("the senator lost voters over his support for Bram Lind", "lind-mayor") == "unclear"
    assert _siding("the senator repudiated their support for Bram Lind", "lind-mayor") == "oppose"


def test_not_mentioning_a_name_takes_no_side() -> None:
    text = "Bram Lind by name"
    [found] = [m for m in features(text, 0, _race()) if m.issue.id == "lind-mayor"]
    stmt = Statement(kind="indirect", content=Span(0, len(text), text), speaker=None, act="refuse_to_commit",
                     cue=Cue(0, 0, "mention", "mention"))
    assert stance(stmt, found, _always("oppose")) == "unclear"
    text = "efforts to repeal the rule that Bram Lind wrote"  # a mention of something said: the model decides
    [found] = [m for m in features(text, 0, _race()) if m.issue.id == "lind-mayor"]
    stmt = Statement(kind="indirect", content=Span(0, len(text), text), speaker=None, act="oppose",
                     cue=Cue(0, 0, "mentioned", "mention"))
    assert stance(stmt, found, _always("oppose")) == "oppose"


def test_the_issues_own_words_are_not_the_speakers_evaluation() -> None:
    # "wealthy" and "gun" carry a valence in the lexicon; in a report on taxes on the wealthy or on gun laws
    # they are the topic, not the speaker's side: the statement offers no evidence and stays unclear.
    taxonomy = taxonomy_from_dict({"name": "t", "issues": [
        _issue("rich-tax", label="Taxes on the wealthy", proposition="Taxes on the wealthy should be raised.",
               description="Tax plans, the estate tax."),
        _issue("parks", label="Park maintenance", proposition="Parks should get more maintenance money.",
               description="Playgrounds, mowing, park rangers.")]})
    text = "the plan changes taxes on the wealthy from next year"
    [found] = [m for m in features(text, 0, taxonomy) if m.issue.id == "rich-tax"]
    stmt = _stmt(text, "assert")
    assert stance_features(stmt, found)["valence_total"] == 0.0
    assert stance(stmt, found, _always("support")) == "unclear"
    loaded = "the plan's taxes on the wealthy are a disgrace"
    [found] = [m for m in features(loaded, 0, taxonomy) if m.issue.id == "rich-tax"]
    assert stance(_stmt(loaded, "assert"), found, _always("support")) == "support"  # its own words do count


def test_a_verb_of_siding_left_undecided_is_open() -> None:
    assert _siding("she had not yet decided whether to back Ada Okafor", "okafor-mayor", model="support") == "open"
    assert _siding("he is unsure about endorsing Ada Okafor", "okafor-mayor", model="support") == "open"
    assert _siding("she decided to back Ada Okafor", "okafor-mayor") == "support"


def test_a_proposition_opening_with_an_ordinary_word_is_not_held_to_it_as_a_name() -> None:
    # "Mobile" opens the proposition, so its capital says nothing: an article writing "mobile phones" names
    # it. (It used to be taken for a name no article wrote, and the issue never tagged anything.)
    taxonomy = taxonomy_from_dict({"name": "schools", "issues": [
        _issue("phone-ban", label="Phones in schools", proposition="Mobile phones should be banned in schools.",
               description="Bans on pupils' phones, screens in classrooms."),
        _issue("bus-fares", label="Bus fares", proposition="Bus fares should be cut.",
               description="Ticket prices, free buses for pupils.")]})
    article = ("The minister said mobile phones would be banned in all primary schools from September. "
               "Parents said the phone ban went too far.")
    context = article_context(article, taxonomy)
    assert "phone-ban" not in context.unnamed
    assert [m.issue.id for m in match(article[:87], 0, taxonomy, article=context)] == ["phone-ban"]
    # An article that never writes the word, in either case, is still not about it.
    assert "phone-ban" in article_context("Parents met at the school to talk about phones.", taxonomy).unnamed


# -- the way a statement moves what the proposition moves (``aims``) ------------------------------------


def _moving() -> Taxonomy:
    """A made-up taxonomy whose propositions move their object down ("restrict") and up ("be raised")."""
    return taxonomy_from_dict({"name": "town", "issues": [
        _issue("tourism", label="Holiday rentals", proposition="The town should restrict holiday rentals (ban new "
               "rental licences, fine absent landlords).", description="Short-term rentals (amnesty is oppose)."),
        _issue("parking", label="Parking fees", proposition="Parking fees in the centre should be raised.",
               description="Meters, permits, fee cuts (cuts are oppose)."),
        _issue("bridge", label="The new bridge", proposition="Lena Ortiz should open the bridge in spring.",
               description="The opening ceremony, against the delays.")]})


def test_a_proposition_says_which_way_it_moves_its_words() -> None:
    from onrecord.extract.issues import aims

    tourism, parking, bridge = _moving().issues
    lets = aims(tourism.proposition, tourism.description)
    assert lets.objects["rental"] == -1 and lets.objects["licenc"] == -1  # restricted, banned
    assert lets.actions["restrict"] == 1 and lets.actions["amnesty"] == -1  # its own action; a contrary one
    fees = aims(parking.proposition, parking.description)
    assert fees.objects == {"park": 1, "fees": 1} and fees.actions["cuts"] == -1  # not "centre"
    assert aims(bridge.proposition, bridge.description).objects == {}  # "Lena Ortiz should open": who acts


def test_moving_the_propositions_object_the_other_way_opposes_it() -> None:
    taxonomy = _moving()
    for text, act, ident, side in (
            ("owners should be allowed to keep their holiday rentals", "propose", "tourism", "oppose"),
            ("the council must stop holiday rentals spreading", "propose", "tourism", "support"),
            ("she called for an amnesty for holiday rentals", "propose", "tourism", "oppose"),
            ("the council will not restrict holiday rentals", "commit", "tourism", "oppose"),
            ("the mayor promised parking fee cuts", "commit", "parking", "oppose"),
            ("the mayor slammed plans to lower parking fees", "oppose", "parking", "support")):
        [found] = [m for m in features(text, 0, taxonomy) if m.issue.id == ident]
        assert stance(_stmt(text, act), found, _always("unclear")) == side, text


def test_a_verb_of_siding_is_compared_with_the_way_the_proposition_moves_its_object() -> None:
    taxonomy = _moving()
    for text, ident, side in (("she supports an amnesty for holiday rentals", "tourism", "oppose"),
                              ("he backs restricting holiday rentals", "tourism", "support"),
                              ("they oppose parking fee cuts", "parking", "support"),
                              ("they oppose higher parking fees", "parking", "oppose")):
        [found] = [m for m in features(text, 0, taxonomy) if m.issue.id == ident]
        assert stance(_stmt(text, "assert"), found, _always("unclear")) == side, text


def _island() -> Taxonomy:
    """A made-up taxonomy on one island: three labels of four name it, one names a person."""
    return taxonomy_from_dict({"name": "island", "issues": [
        _issue("ferry", label="A ferry for Tarvona", proposition="Tarvona should get a daily ferry.",
               description="Boats, a harbour, crossings."),
        _issue("school", label="A school for Tarvona", proposition="Tarvona should keep its school open.",
               description="Teachers, pupils, classrooms."),
        _issue("wind", label="Wind turbines on Tarvona", proposition="Tarvona should build wind turbines.",
               description="Turbines, power, the grid."),
        _issue("mayor", label="Mayor Okonjo re-elected", proposition="Okonjo should be re-elected mayor.",
               description="The mayor's record, the election.")]})


def test_a_name_most_labels_share_is_no_name_the_statement_is_aimed_at() -> None:
    taxonomy = _island()
    text = "both the council and the state would be involved in running a daily ferry for Tarvona"
    [found] = [m for m in features(text, 0, taxonomy) if m.issue.id == "ferry"]
    assert found.values["names"] > 0  # the matcher still counts the label's name
    assert not found.own_name and stance_features(_stmt(text, "assert"), found)["names"] == 0.0
    text = "Okonjo has let the harbour rot"
    [found] = [m for m in features(text, 0, taxonomy) if m.issue.id == "mayor"]
    assert found.own_name and stance_features(_stmt(text, "assert"), found)["names"] == 1.0


def test_the_example_taxonomys_subject_named_does_not_make_an_assert_oppose() -> None:
    # "... would be involved in securing a post-war peace for Ukraine": "Ukraine" is in six of the nine labels,
    # so it is not a name the statement is aimed at; the shipped model gave it `oppose` when it counted.
    article = extract((EXAMPLES / "peace-talks.txt").read_text(encoding="utf-8"), issues=TAXONOMY)
    [s] = [s for s in article.statements if s.content.text.startswith("both Europe and the United States")]
    assert [(t.id, t.stance) for t in s.issues or ()] == [("security-guarantees", "support")]


def test_an_act_aimed_at_a_word_the_proposition_moves_is_composed_with_its_way() -> None:
    taxonomy = _moving()
    for text, act, ident, way, composed in (
            ("she denounced holiday rentals as a menace", "oppose", "tourism", -1, 1.0),  # restricting them: support
            ("he praised the rentals for bringing visitors", "support", "tourism", -1, -1.0),
            ("they attacked the parking fees as theft", "oppose", "parking", 1, -1.0),  # raising them: oppose
            ("the council is not weak on holiday rentals", "assert", "tourism", 1, 0.0),  # a negation turns it
            ("the mayor promised parking fee cuts", "commit", "parking", 0, 0.0),  # a moving word: local_direction
            ("Lena Ortiz spoke about the bridge", "assert", "bridge", 0, 0.0)):  # moves nothing
        [found] = [m for m in features(text, 0, taxonomy) if m.issue.id == ident]
        statement = _stmt(text, act)
        assert object_way(statement, found) == way, text
        assert stance_features(statement, found)["object_act"] == composed, text


def test_a_rejection_that_leaves_the_side_for_later_is_open() -> None:
    # docs/ANNOTATION.md 1.4: a speaker's own "not there yet", and a question declined, are ``open``.
    assert _siding("he was not quite there yet on Ada Okafor", "okafor-mayor", act="deny") == "open"
    assert _siding("she has yet to settle on the harbour tariffs", "tariffs", act="reject") == "open"
    text = "to address the harbour tariffs"
    [found] = [m for m in features(text, 0, _race()) if m.issue.id == "tariffs"]
    stmt = Statement(kind="indirect", content=Span(0, len(text), text), speaker=None, act="reject",
                     cue=Cue(0, 0, "declined", "decline"))
    assert stance(stmt, found, _always("support")) == "open"
    # Without either, a rejection opposes, as before.
    assert _siding("he ruled out the harbour tariffs", "tariffs", act="reject", model="support") == "oppose"


def test_a_finding_of_a_study_or_of_analysts_is_unclear() -> None:
    text = "the harbour tariffs did terrible damage to the city's dockworkers"
    [found] = [m for m in features(text, 0, _race()) if m.issue.id == "tariffs"]
    for speaker in ("A study by the port institute", "economists", "some outside analysts"):
        stmt = Statement(kind="indirect", content=Span(0, len(text), text), speaker=Span(0, 0, speaker),
                         act="assert", cue=Cue(0, 0, "found", "find"))
        assert stance(stmt, found, _always("oppose")) == "unclear"
    # A party to the dispute saying the same takes the side the model reads.
    stmt = Statement(kind="indirect", content=Span(0, len(text), text), speaker=Span(0, 0, "the dockers' union"),
                     act="assert", cue=Cue(0, 0, "said", "say"))
    assert stance(stmt, found, _always("oppose")) == "oppose"
    # An analyst's own side-taking act still takes its side.
    stmt = Statement(kind="indirect", content=Span(0, len(text), text), speaker=Span(0, 0, "economists"),
                     act="oppose", cue=Cue(0, 0, "condemned", "condemn"))
    assert stance(stmt, found, _always("oppose")) == "oppose"


def test_an_assert_about_the_race_itself_is_unclear_on_an_issue_not_about_a_person() -> None:
    # docs/ANNOTATION.md 1.3: the campaign, polls and voters are the contest, not a side on the proposition.
    race = "the harbour tariffs were a terrible blunder that will cost votes with primary voters"
    assert _siding(race, "tariffs", model="oppose") == "unclear"
    # The same judgement without the race's words takes the side the model reads ...
    assert _siding("the harbour tariffs were a terrible blunder", "tariffs", model="oppose") == "oppose"
    # ... and so does a side-taking act, and an assert on an issue about a person (judging a candidate is a side).
    assert _siding(race, "tariffs", act="oppose", model="oppose") == "oppose"
    assert _siding("Ada Okafor ran a terrible campaign and the voters know it", "okafor-mayor",
                   model="oppose") == "oppose"
    # A word of the race as a title before a name says who, not how the race goes.
    assert _siding("the harbour tariffs, mayoral candidate Bram Lind thinks, were a terrible blunder", "tariffs",
                   model="oppose") == "oppose"
    # A word of the race that is the issue's own wording is the issue, not commentary on the contest.
    polls = taxonomy_from_dict({"name": "polls", "issues": [
        _issue("early-polls", label="Early polling stations", proposition="Polls should open a week before elections.",
               description="Early voting stations.")]})
    text = "the polls a week before elections are a terrible mess"
    [found] = [m for m in features(text, 0, polls) if m.issue.id == "early-polls"]
    assert stance(_stmt(text, "assert"), found, _always("oppose")) == "oppose"


def test_an_issue_about_a_person_is_not_tagged_on_a_statement_naming_nothing_of_it() -> None:
    taxonomy = _race()
    text = ("Ada Okafor for mayor: the councillor's campaign for mayor opened in the old town. "
            "Ada Okafor promised cheaper buses. The weather was fine, a volunteer said.")
    article = article_context(text, taxonomy)
    low = MatchModel(weights=(("context", 5.0), ("overlap", 5.0), ("names", 5.0)), bias=-1.0, threshold=0.3)
    start = text.index("The weather")
    offered = {m.issue.id for m in features(text[start:start + 20], start, taxonomy, article)}
    assert "okafor-mayor" in offered  # the article around it is about her: the matcher still learns from it
    assert [m.issue.id for m in match(text[start:start + 20], start, taxonomy, low, article)] == []  # not tagged
    start = text.index("Ada Okafor promised")
    assert [m.issue.id for m in match(text[start:start + 33], start, taxonomy, low, article)] == ["okafor-mayor"]
    # An issue whose label names no person keeps its context-only tags.
    fish = _fish()
    talks = ("Cod catch limits dominate the North Sea talks. Haddock quotas too. "
             "The minister said it was a terrible idea.")
    start = talks.index("it was")
    assert [m.issue.id for m in match(talks[start:], start, fish, low, article_context(talks, fish))] == ["quotas"]


def test_a_rival_named_in_another_persons_label_opposes_the_person() -> None:
    text = "Ada Okafor has been a disaster for the council"
    [found] = [m for m in features(text, 0, _race()) if m.issue.id == "okafor-mayor"]

    def said_by(name: str, kind: str = "person") -> Statement:
        return Statement(kind="indirect", content=Span(0, len(text), text), speaker=Span(0, 0, name), act="assert",
                         cue=Cue(0, 0, "said", "say"), actor=Actor(id="a1", name=name, type=kind))  # type: ignore[arg-type]

    assert stance(said_by("Bram Lind"), found, _always("support")) == "oppose"
    # Anyone else, and the person herself, take the side the model reads.
    assert stance(said_by("Carla Mendes"), found, _always("support")) == "support"
    assert stance(said_by("Ada Okafor"), found, _always("support")) == "support"
    assert stance(said_by("Lind Holdings", "organization"), found, _always("support")) == "support"
    # On an issue whose label names no person, a speaker named elsewhere is no rival.
    tariffs = "the harbour tariffs have been a disaster for the port"
    [found] = [m for m in features(tariffs, 0, _race()) if m.issue.id == "tariffs"]
    stmt = Statement(kind="indirect", content=Span(0, len(tariffs), tariffs), speaker=Span(0, 0, "Bram Lind"),
                     act="assert", cue=Cue(0, 0, "said", "say"), actor=Actor(id="a1", name="Bram Lind", type="person"))
    assert stance(stmt, found, _always("support")) == "support"


def test_the_person_a_label_names_speaking_on_their_own_issue_takes_its_side() -> None:
    # "I know this city better than anybody": the candidate on her own candidacy argues for it, whatever side
    # the model would read into the words.
    text = "I know this city better than anybody, and the mayor's office needs that"
    [found] = [m for m in features(text, 0, _race()) if m.issue.id == "okafor-mayor"]

    def said_by(name: str, act: str = "assert", kind: str = "person") -> Statement:
        return Statement(kind="indirect", content=Span(0, len(text), text), speaker=Span(0, 0, name), act=act,  # type: ignore[arg-type]
                         cue=Cue(0, 0, "said", "say"), actor=Actor(id="a1", name=name, type=kind))  # type: ignore[arg-type]

    assert stance(said_by("Ada Okafor"), found, _always("oppose")) == "support"
    assert stance(said_by("Okafor", "oppose"), found, _always("oppose")) == "support"
    # A namesake with another given name, anyone else, a question and a rejection are read as before.
    assert stance(said_by("Tunde Okafor"), found, _always("oppose")) == "oppose"
    assert stance(said_by("Carla Mendes"), found, _always("oppose")) == "oppose"
    assert stance(said_by("Ada Okafor", "question"), found, _always("oppose")) == "oppose"
    assert stance(said_by("Ada Okafor", "reject"), found, _always("support")) == "oppose"
    # A content that names her is no one speaking of herself (a headline, another voice given to her).
    named = "Ada Okafor knows this city better than anybody"
    [found] = [m for m in features(named, 0, _race()) if m.issue.id == "okafor-mayor"]
    stmt = Statement(kind="indirect", content=Span(0, len(named), named), speaker=Span(0, 0, "Ada Okafor"),
                     act="assert", cue=Cue(0, 0, "said", "say"), actor=Actor(id="a1", name="Ada Okafor", type="person"))
    assert stance(stmt, found, _always("oppose")) == "oppose"
    # On an issue whose label names no person, the speaker's name decides nothing.
    tariffs = "the harbour tariffs have served the port well"
    [found] = [m for m in features(tariffs, 0, _race()) if m.issue.id == "tariffs"]
    ada = Actor(id="a1", name="Ada Okafor", type="person")
    stmt = Statement(kind="indirect", content=Span(0, len(tariffs), tariffs), speaker=Span(0, 0, "Ada Okafor"),
                     act="support", cue=Cue(0, 0, "said", "say"), actor=ada)
    assert stance(stmt, found, _always("oppose")) == "oppose"


def test_a_plain_assert_on_an_issue_about_a_person_is_judged_by_the_model() -> None:
    # "He's not the right person": no evaluative word, but a statement on a person's issue judges them.
    text = "Bram Lind is not the right person for the job"
    [found] = [m for m in features(text, 0, _race()) if m.issue.id == "lind-mayor"]
    assert stance(_stmt(text, "assert"), found, _always("oppose")) == "oppose"
    # On an issue about no person, a plain report stays unclear whatever the model would say.
    text = "the harbour tariffs are set by the port board each spring"
    [found] = [m for m in features(text, 0, _race()) if m.issue.id == "tariffs"]
    assert stance(_stmt(text, "assert"), found, _always("oppose")) == "unclear"


def _river_taxonomy() -> object:
    return taxonomy_from_dict({"name": "river", "issues": [
        {"id": "dam-removal", "label": "Removing the Halvern dam", "terms": ["decommission", "dam removal"],
         "proposition": "The Halvern dam should be torn down.",
         "description": "Removing the old dam on the Halvern river to restore salmon runs."},
        {"id": "fishing-quota", "label": "Salmon fishing quota", "terms": ["fishing quota"],
         "proposition": "The salmon fishing quota should be cut.",
         "description": "Limits on how many salmon boats may land each season."}]})


@pytest.mark.parametrize(("sentence", "stance"), [
    ("The Halvern dam will never be decommissioned, its owner Mara Quill said on Monday.", "oppose"),
    ("The Halvern dam will be decommissioned, its owner Mara Quill said on Monday.", "support"),
])
def test_a_users_term_negated_opposes_and_demanded_supports(sentence: str, stance: str) -> None:
    """A journalist's terms word the proposition's action: "will never be decommissioned" says it will not
    happen, whatever the act ("said", an assert) reads (a newcomer's "Hamas will never lay down its arms" was
    `unclear` on Hamas disarmament)."""
    article = extract(sentence, issues=_river_taxonomy())  # type: ignore[arg-type]
    tags = article.statements[0].issues or []
    assert [(t.id, t.stance) for t in tags] == [("dam-removal", stance)]


# -- issue 13 (newcomer): a name that only acts in the proposition, and taxonomies of one or two issues ---------


_COAL = {"id": "coal-exit", "label": "Norland coal exit",
         "proposition": "Norland should scrap its coal power plants.",
         "description": "Closing the coal plants, phasing out coal mining."}


def _coal_taxonomy(extra: int = 0) -> Taxonomy:
    others = [
        _issue("wind", label="Offshore wind", proposition="The coast should get offshore wind farms.",
               description="Turbines at sea, wind parks, grid links."),
        _issue("fares", label="Rail fares", proposition="Rail fares should be cut.",
               description="Train tickets, commuters, season passes."),
        _issue("pensions", label="Pension age", proposition="The pension age should stay at sixty-five.",
               description="Retirement, pensioners, early retirement."),
        _issue("schools", label="School meals", proposition="School meals should be free.",
               description="Canteens, pupils, lunches."),
        _issue("roads", label="Road tolls", proposition="Motorways should have tolls.",
               description="Drivers, toll booths, lorries.")]
    return taxonomy_from_dict({"name": "norland", "issues": [_COAL, *others[:extra]]})


def test_the_names_that_act_in_a_proposition_are_its_subjects_before_an_active_verb() -> None:
    assert agents("Norland should scrap its coal power plants.") == {"norland"}
    assert agents("Brevia should not join the Northern Pact.") == {"brevia"}
    assert agents("Brevia ought to pay reparations.") == {"brevia"}
    # The subject of a passive or a copula is the topic itself; a name after a preposition is no subject.
    assert agents("Ada Okafor should be elected mayor.") == frozenset()
    assert agents("The Harbour Act should be kept or expanded.") == frozenset()
    assert agents("The war in Norland should end with a truce.") == frozenset()
    assert agents("The Okafor Foundation involved conflicts of interest.") == frozenset()  # no modal


_COAL_TEXT = ("Norland's government met again on Monday over its coal plants. "
              "The Norland navy said it had held exercises off the northern coast. "
              "Officials said the old bakery in the capital had reopened after the winter. "
              "The energy minister said Norland must scrap the coal plants by 2030.")


@pytest.mark.parametrize("extra", [0, 5])
def test_a_name_that_only_acts_in_the_proposition_is_no_evidence_by_itself(extra: int) -> None:
    taxonomy = _coal_taxonomy(extra)
    article = article_context(_COAL_TEXT, taxonomy)
    navy = "it had held exercises off the northern coast"
    start = _COAL_TEXT.index(navy)
    named = {m.issue.id: m for m in features("Norland " + navy, start - 8, taxonomy, article)}
    # Read as a statement naming nothing of the issue: no own word, no label name, the whole text as evidence.
    offered = {m.issue.id: m for m in features(_COAL_TEXT[start - 15:start + len(navy)], start - 15, taxonomy,
                                               article)}
    for found in (named, offered):
        coal = found["coal-exit"]
        assert coal.values["overlap"] == 0 and coal.values["names"] == 0 and not coal.spots
    # Tagged, if at all, only as the article earns the issue by its own words (it does: "scrap", "coal").
    tagged = match(_COAL_TEXT[start - 15:start + len(navy)], start - 15, taxonomy, article=article)
    assert all(m.values["overlap"] == 0 and not m.spots for m in tagged)
    # Naming what the proposition proposes still tags it, with the name in the evidence.
    said = "Norland must scrap the coal plants by 2030"
    start = _COAL_TEXT.index(said)
    found = match(said, start, taxonomy, article=article)
    assert [m.issue.id for m in found] == ["coal-exit"]
    assert _COAL_TEXT[found[0].start:found[0].end].startswith("Norland must scrap the coal")


def test_a_topic_named_as_the_subject_of_a_passive_is_still_evidence() -> None:
    taxonomy = taxonomy_from_dict({"name": "t", "issues": [{
        "id": "harbour-act", "label": "The Harbour Act", "proposition": "The Harbour Act should be kept.",
        "description": "The law on port dues."}]})
    text = "The Harbour Act came up again, the mayor said."
    found = match(text[:31], 0, taxonomy, article=article_context(text, taxonomy))
    assert [m.issue.id for m in found] == ["harbour-act"]


@pytest.mark.parametrize("extra", [0, 5])
def test_an_article_naming_only_who_acts_in_the_proposition_does_not_earn_the_issue(extra: int) -> None:
    # The newcomer's one-issue Gaza taxonomy tagged "its delegation had arrived in Cairo" through a story that
    # named Hamas throughout and nothing of its disarmament.
    taxonomy = _coal_taxonomy(extra)
    low = MatchModel(weights=(("context", 5.0), ("article", 5.0), ("overlap", 5.0)), bias=-1.0, threshold=0.3)
    story = ("Norland's navy held exercises on Monday. Norland sent two frigates north, and Norland's envoy "
             "flew to the summit. Norland officials said the delegation had arrived in the capital.")
    article = article_context(story, taxonomy)
    assert article.relevance["coal-exit"] == 0.0
    start = story.index("the delegation")
    assert [m.issue.id for m in match(story[start:-1], start, taxonomy, low, article)] == []
    # An article that earns the issue by its own words still makes it a statement's that names nothing.
    article = article_context(_COAL_TEXT, taxonomy)
    assert article.relevance["coal-exit"] == 1.0
    bakery = "the old bakery in the capital had reopened after the winter"
    start = _COAL_TEXT.index(bakery)
    assert "coal-exit" in [m.issue.id for m in match(bakery, start, taxonomy, low, article)]


def _briefing(*answers: str) -> str:
    """A made-up press briefing: reporters' questions ("Q") and a spokeswoman's answers, one turn each."""
    return "".join(f"Q Question {n}, please?\n\nMS. REYES: {answer}\n\n" for n, answer in enumerate(answers))


def test_in_a_long_transcript_an_answer_is_about_an_issue_only_if_it_earns_it() -> None:
    # Issue 13 (isslong13): in a 10,000-word briefing on several subjects the text's top issue lifted every
    # answer that shared one word with it ("middle-class Americans" of a tax answer got the prisoner swap). A new
    # question starts a new topic: the text's centrality counts only as far as the answer earns the issue too.
    taxonomy = _fish()
    quotas = [f"On day {n} the cod catch limits in the North Sea were too high, and the haddock quotas too."
              for n in range(150)]
    school = "The school opens in May. The teachers are paid well, and no pay was cut."
    text = _briefing(*quotas[:75], school, *quotas[75:])
    article = article_context(text, taxonomy)
    assert len(text) > 12_000 and article.relevance["quotas"] == 1.0
    start = text.index("The teachers")
    content = "The teachers are paid well, and no pay was cut."
    found = {m.issue.id: m for m in features(content, start, taxonomy, article)}
    assert found["quotas"].values["article"] < 0.5  # the answer is about a school
    assert match(content, start, taxonomy, article=article) == []
    # An answer on the issue keeps it: the same words in a turn about cod.
    start = text.index("the cod catch limits", text.index("On day 80"))
    content = "the cod catch limits in the North Sea were too high"
    assert features(content, start, taxonomy, article)[0].values["article"] == 1.0
    assert [m.issue.id for m in match(content, start, taxonomy, article=article)] == ["quotas"]


def test_a_term_cut_down_to_an_everyday_word_is_no_term() -> None:
    # Issue 13 (isslong13): the stop list read "take it down" and "bring down" as "take" and "bring", so "it could
    # take a long time" and "to bring inflation down" matched the balloon's terms; "shoot down" keeps "shoot".
    taxonomy = taxonomy_from_dict({"name": "t", "issues": [
        _issue("balloon", label="Shooting down the balloon", proposition="The army should shoot down the balloon.",
               description="The spy balloon over the coast.", terms=["shoot down", "take it down", "bring down"]),
        _issue("budget", label="The town budget", proposition="The town should cut its budget.",
               description="Spending and taxes.")]})
    vec = next(v for v in taxonomy.vectors() if v.issue.id == "balloon")
    assert vec.terms == (("shoot",),)
    assert "balloon" not in {m.issue.id for m in features("it could take a long time", 0, taxonomy)}
    assert features("we will shoot it", 0, taxonomy)[0].values["terms"] == 1.0


def test_a_taxonomy_too_large_to_weigh_is_a_usage_error() -> None:
    """10,000 issues took 41 s of CPU and 5.4 GB to tag the example's statements, 15 issues sharing one aliased list
    of 100,000 terms 53 s (redteam17): each bound is a usage error naming it, at load, before any article."""
    many = {"name": "x", "issues": [_issue(f"i{n}") for n in range(1_001)]}
    with pytest.raises(TaxonomyError, match=r"^where: 1,001 issues, more than a taxonomy is read with"):
        taxonomy_from_dict(many, "where")
    terms = [f"term {n}" for n in range(1_001)]
    with pytest.raises(TaxonomyError, match=r"issue 1 \(a\): 1,001 terms, more than an issue is read with"):
        taxonomy_from_dict({"name": "x", "issues": [_issue("a", terms=terms)]}, "where")
    with pytest.raises(TaxonomyError, match=r"issue 1 \(a\): a value of 'proposition' of 6,001 characters"):
        taxonomy_from_dict({"name": "x", "issues": [_issue("a", proposition="w " * 3_000 + "w")]}, "where")
    kept = taxonomy_from_dict({"name": "x", "issues": [_issue(f"i{n}", terms=terms[:1_000]) for n in range(3)]})
    assert len(kept.issues) == 3 and len(kept.issues[0].terms) == 1_000


def test_a_two_step_stance_model_says_unclear_where_its_first_step_finds_no_side() -> None:
    from onrecord.extract.issues import shipped_stance_model

    sides = {"support": {"lean": 1.0}, "oppose": {"lean": -1.0}}
    model = StanceModel(sides, {"support": 0.0, "oppose": 0.0}, None, {"evaluative": 4.0}, -2.0, 0.6)
    assert model.predict({"lean": 1.0, "evaluative": 1.0}) == "support"  # p(side) = 0.88: the second step decides
    assert model.predict({"lean": -1.0, "evaluative": 1.0}) == "oppose"
    assert model.predict({"lean": 1.0, "evaluative": 0.0}) == "unclear"  # p(side) = 0.12 < 0.6
    assert model.to_dict()["side_cut"] == 0.6 and "side" not in StanceModel(sides, {}).to_dict()
    shipped = shipped_stance_model()
    assert shipped is not None and shipped.side is not None and set(shipped.weights) == {"support", "oppose"}
