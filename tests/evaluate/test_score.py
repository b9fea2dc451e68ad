from pathlib import Path

from onrecord.evaluate import evaluate
from onrecord.evaluate.gold import GoldDocument, GoldStatement, read_brat
from onrecord.evaluate.score import overlap, score
from onrecord.model import Actor, Span, Statement

TEXT = "Ann said that the plan works. Bob said “no way” twice."
ANN = (
    "T1\tSource 0 3\tAnn\n"
    "T2\tCue 4 8\tsaid\n"
    "T3\tContent 14 28\tthe plan works\n"
    "T4\tAttribution 4 8\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tContent 39 44;45 48\tno way\n"
    "E2\tAttribution-no-source:T4 Content:T5\n"
    "a line the annotation tool spilled\n"
)


def stmt(start: int, end: int) -> Statement:
    return Statement(kind="indirect", content=Span(start, end, TEXT[start:end]), cue=None, speaker=None)


def test_brat_reader_handles_discontinuous_spans_and_no_source() -> None:
    doc = read_brat(ANN, TEXT, "x")
    assert len(doc.statements) == 2
    assert doc.statements[1].content == ((39, 44), (45, 48))
    assert doc.statements[1].speaker == ()


def test_overlap_needs_both_sides() -> None:
    assert overlap(((14, 28),), 14, 28) == 1.0
    assert overlap(((14, 28),), 0, 28) == 0.5  # prediction twice as long as gold
    assert overlap(((14, 28),), 40, 50) == 0.0


def test_matching_is_one_to_one() -> None:
    doc = read_brat(ANN, TEXT, "x")
    scores = score([(doc, [stmt(14, 28), stmt(14, 28)])])
    assert scores.matched["overlap>=0.5"] == 1
    assert scores.prf("overlap>=0.5") == (0.5, 0.5, 0.5)


def test_regression_floor_on_a_polnear_dev_slice(polnear: Path) -> None:
    """Measured 2026-11-25 on the first 25 dev texts: F1 0.688, speaker span 0.871 (docs/EVALUATION.md)."""
    scores = evaluate(polnear / "dev", "brat", limit=25)
    precision, recall, f1 = scores.prf("overlap>=0.5")
    assert f1 >= FLOOR_F1, (precision, recall, f1)
    assert (scores.accuracy("speaker_span") or 0) >= 0.84


FLOOR_F1 = 0.66  # measured 0.688; the margin absorbs tie-breaking noise, not regressions


def test_wrong_named_speakers_are_listed_with_what_was_predicted() -> None:
    gold = GoldDocument(name="doc", text=TEXT, statements=[
        GoldStatement(content=((14, 28),), speaker_name="Ann Smith"),
        GoldStatement(content=((39, 48),), speaker_name="Bob Jones"),
    ])
    right = stmt(14, 28)
    right.actor = Actor(id="ann", name="Ann Smith", type="person")
    wrong = stmt(39, 48)
    wrong.actor = Actor(id="ann", name="Ann Smith", type="person")
    scores = score([(gold, [right, wrong])])
    assert scores.accuracy("named_speaker") == 0.5
    (line,) = scores.speaker_errors
    assert line.startswith("doc: gold 'Bob Jones'; predicted 'Ann Smith' (person)")


RUN_ON = "“Taxes stay,” she said. “The budget is balanced and the reserves are full.”"


def _run_on_statements() -> list[Statement]:
    from onrecord.model import statement_key, text_digest

    def part(words: str) -> Statement:
        start = RUN_ON.index(words)
        return Statement(kind="direct", content=Span(start, start + len(words), words), cue=None,
                         speaker=Span(14, 17, "she"))

    first, second = part("Taxes stay,"), part("The budget is balanced and the reserves are full.")
    second.continues = statement_key(text_digest(RUN_ON), first)
    return [first, second]


def _one_discontinuous_content() -> GoldDocument:
    parts = tuple((RUN_ON.index(w), RUN_ON.index(w) + len(w))
                  for w in ("Taxes stay,", "The budget is balanced and the reserves are full."))
    return GoldDocument(name="r", text=RUN_ON, statements=[GoldStatement(content=parts)])


def test_polnear_scoring_joins_a_run_on_into_one_content_in_parts() -> None:
    joined = score([(_one_discontinuous_content(), _run_on_statements())], run_ons="joined")
    assert (joined.n_pred, joined.matched["overlap>=0.8"], joined.matched["exact"]) == (1, 1, 1)
    apart = score([(_one_discontinuous_content(), _run_on_statements())])
    # Apart, the longer part alone still overlaps the gold, and the shorter one is a false positive.
    assert apart.n_pred == 2 and apart.matched["exact"] == 0 and apart.prf("overlap>=0.5")[0] == 0.5


def test_each_gold_format_says_how_it_scores_run_ons() -> None:
    from onrecord.evaluate.score import RUN_ONS, format_report

    assert RUN_ONS == {"brat": "joined", "onrecord": "apart"}
    report = format_report(score([], run_ons="joined"), "x")
    assert "run-on quotations" in report and "joined" in report and "PolNeAR" in report
    assert score([]).to_dict()["run_on_quotations"] == "apart"


def test_unmatched_statements_are_listed_with_the_nearest_on_the_other_side() -> None:
    gold = GoldDocument(name="doc", text=TEXT, statements=[
        GoldStatement(content=((14, 28),), kind="indirect"),
        GoldStatement(content=((39, 48),), kind="direct"),
    ])
    too_long = stmt(0, 48)  # overlaps the second gold statement, but less than half of it is gold
    scores = score([(gold, [stmt(14, 28), too_long])])
    assert scores.matched["overlap>=0.5"] == 1
    missed, extra = scores.content_errors
    assert missed == "doc: missed direct '“no way” ' | nearest predicted 0.19: " + repr(TEXT[:48])
    assert extra == "doc: not in gold indirect no cue " + repr(TEXT[:48]) + " | nearest gold 0.29: 'the plan works'"


def test_same_entity_takes_a_proper_name_the_text_uses_for_the_gold_actor() -> None:
    from onrecord.evaluate.score import same_entity

    mentions = ("The World Health Organisation (WHO)", "its officials")
    assert same_entity("World Health Organisation", "World Health Organization", mentions)
    assert same_entity("WHO", "World Health Organization", mentions)
    assert not same_entity("World Health Organisation", "World Health Organization", ())
    assert same_entity("Fars News", "Fars News Agency")  # the organisation as the text shortens it


def test_same_entity_never_takes_a_bare_surname_or_a_raw_description() -> None:
    from onrecord.evaluate.score import same_entity

    assert not same_entity("Clinton", "Hillary Clinton", ("Clinton", "Hillary Clinton"))
    assert not same_entity("officials", "Russian officials", ("officials",))
    assert not same_entity("German firms", "German firms including Siemens and Daimler")
    assert not same_entity("its officials", "World Health Organization", ("its officials",))


def test_same_entity_is_reported_beside_the_strict_name_check() -> None:
    gold = GoldDocument(name="doc", text=TEXT, mentions={"Ann Smith": ("Ann Smyth-Jones",)},
                        statements=[GoldStatement(content=((14, 28),), speaker_name="Ann Smith")])
    spelled = stmt(14, 28)
    spelled.actor = Actor(id="ann", name="Ann Smyth-Jones", type="person")
    scores = score([(gold, [spelled])])
    assert scores.accuracy("named_speaker") == 0.0
    assert scores.accuracy("same_entity") == 1.0


def test_gold_kinds_read_single_mark_quotations_and_never_an_apostrophe() -> None:
    from onrecord.evaluate.gold import kind_of

    def kind(body: str) -> str:
        return kind_of(body, ((0, len(body)),))

    assert kind("'We will not be bullied,'") == "direct"
    assert kind("‘We won.’") == "direct"
    assert kind("the talks are ‘far from over’ now") == "mixed"
    assert kind("the players' union won't budge, O'Brien's aide said of the '90s") == "indirect"
    assert kind("said “A,” and “B”") == "mixed"  # double marks read as before
