"""The pipeline's own components look only at the tokens that can matter (those holding a newline, those that
may be an abbreviation, docs with a run long enough to cap) and set what a pass over every token sets."""

from collections.abc import Callable

import pytest
from spacy.attrs import ORTH
from spacy.tokens import Doc

from onrecord import Settings
from onrecord.nlp import (
    _ABBREVIATION,
    _DASHES,
    _DET,
    _DETERMINER,
    _FINITE,
    _HOLDS_NEWLINE,
    _MAX_NAME,
    _OBJECT,
    _PREPOSITION,
    _PROPER,
    SentStarts,
    _abbreviations,
    _may_run_over,
    abbreviation_breaks,
    abbreviation_repair,
    cap_runs,
    cap_sentences,
    load,
    paragraph_breaks,
    token_indices,
)

TEXTS = [
    "WASHINGTON (AP) — The U.S. Senate voted on Monday.\n\nBeijing — Chinese Premier Li Qiang said it.\n"
    "Ricardo Rosselló Nevares, the governor, announced a plan.\n\n\nNAIROBI, March 4 (Wire) - Talks ended.",
    "Officials spoke to the U.K. Xinhua reported Sunday that talks had failed. She works for the U.S. "
    "Army said the aide.\n\nA.B.C. E.F.G. the D.C. council met.",
    "\n\nOpening blank lines, then a word.\n",
    "the U.K. Xinhua reported Sunday that talks had failed.",  # the abbreviation second, the text's first word
    "",
]


def _before_parser(text: str) -> Doc:
    """``text`` tagged, as the components before the parser see it."""
    nlp = load(Settings())
    doc = nlp.make_doc(text)
    for name in ("tok2vec", "tagger"):
        doc = nlp.get_pipe(name)(doc)
    return doc


def _starts(doc: Doc) -> list[object]:
    return [t.is_sent_start for t in doc]


def test_the_tokens_the_components_look_at_are_those_a_pass_over_the_tokens_finds() -> None:
    doc = _before_parser(TEXTS[0] + "\n" + TEXTS[1])
    assert token_indices(doc, ORTH, _HOLDS_NEWLINE) == [t.i for t in doc if "\n" in t.text_with_ws]
    assert _abbreviations(doc) == [t.i for t in doc if _ABBREVIATION.fullmatch(t.text)] != []
    assert _abbreviations(_before_parser("")) == []


def _no_break_by_setter(doc: Doc, first: int) -> None:
    if first + 1 < len(doc) and doc[first].is_alpha and not doc[first].whitespace_.count("\n") \
            and not doc[first + 1].is_space and not doc[first + 1].is_punct:
        doc[first + 1].is_sent_start = False


def _title_dateline_by_setter(doc: Doc, start: int) -> bool:
    dash = next((t for t in doc[start:start + 4] if t.text in _DASHES), None)
    if dash is None or dash.i == start or dash.i + 1 >= len(doc) or not doc[dash.i + 1].is_title:
        return False
    if not dash.whitespace_ or not doc[dash.i - 1].whitespace_:
        return False
    if not all(t.tag_ in _PROPER and t.is_title for t in doc[start:dash.i]):
        return False
    doc[dash.i + 1].is_sent_start = True
    return True


def _paragraph_breaks_by_pass(doc: Doc) -> Doc:
    """The component as a pass over every token, setting each start on its token (before it looked only at the
    tokens with a newline and wrote the starts at once)."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
            _no_break_by_setter(doc, token.i + 1)
    _no_break_by_setter(doc, 0)
    for start in range(len(doc)):
        if start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
            continue
        if _title_dateline_by_setter(doc, start):
            continue
        inside = dated = False
        for tok in doc[start:start + 12]:
            if tok.text in _DASHES and tok.i > start:
                if tok.i + 1 < len(doc):
                    doc[tok.i + 1].is_sent_start = True
                break
            if tok.text == "(":
                inside = True
            elif tok.text == ")":
                inside = False
            elif tok.text == "," and tok.i > start and doc[start].is_upper:
                dated = True
            elif not (inside or tok.is_upper or tok.text in (",", ".") or tok.is_space
                      or (dated and (tok.like_num or tok.is_title))):
                break
    return doc


def _abbreviation_breaks_by_pass(doc: Doc) -> Doc:
    common = frozenset({"senate", "army", "council"})
    for tok in doc[1:-2]:
        if not _ABBREVIATION.fullmatch(tok.text) or doc[tok.i - 1].tag_ != _DETERMINER:
            continue
        name = doc[tok.i + 1]
        if name.tag_ not in _PROPER or not name.is_title or name.lower_ in common:
            continue
        verb = next((t for t in doc[tok.i + 2:tok.i + 2 + _MAX_NAME] if t.tag_ not in _PROPER), None)
        if verb is not None and verb.tag_ in _FINITE:
            name.is_sent_start = True
            tok.is_sent_start = doc[tok.i - 1].is_sent_start = False
    return doc


def _same_starts(text: str, fast: Callable[[Doc], Doc], slow: Callable[[Doc], Doc]) -> None:
    assert _starts(fast(_before_parser(text))) == _starts(slow(_before_parser(text))), text


def test_the_components_before_the_parser_set_the_starts_a_pass_over_every_token_sets() -> None:
    common = frozenset({"senate", "army", "council"})
    long_run = "the senator said that " * 40 + ". And then " + "word " * 30
    for text in [*TEXTS, long_run]:
        _same_starts(text, paragraph_breaks, _paragraph_breaks_by_pass)
        _same_starts(text, lambda d: abbreviation_breaks(d, common), _abbreviation_breaks_by_pass)
        for cap in (5, 30, 200, 500):
            _same_starts(text, lambda d, cap=cap: cap_sentences(d, cap), lambda d, cap=cap: cap_runs(d, cap))


def test_a_doc_is_read_for_a_long_run_only_where_one_may_be() -> None:
    doc = _before_parser("One sentence. " * 10)
    assert not _may_run_over(doc, 500)  # shorter than the cap: no token is read
    assert not _may_run_over(doc, 4)  # every run ends at a full stop
    assert _may_run_over(doc, 3)
    assert _may_run_over(_before_parser("word " * 12), 10)


def test_the_abbreviation_repair_hangs_what_a_pass_over_every_token_hangs() -> None:
    nlp = load(Settings())
    for text in TEXTS[:2]:
        with nlp.select_pipes(disable=["onrecord_abbreviation_repair"]):
            parsed = nlp(text)
        fast, slow = abbreviation_repair(parsed.copy()), parsed.copy()
        for tok in slow[2:-1]:
            det, prep = slow[tok.i - 1], slow[tok.i - 2]
            if (not _ABBREVIATION.fullmatch(tok.text) or not slow[tok.i + 1].is_sent_start or tok.head.i == prep.i
                    or det.tag_ != _DETERMINER or prep.tag_ != _PREPOSITION
                    or any(c.dep_ == _OBJECT for c in prep.children)):
                continue
            tok.head, tok.dep_ = prep, _OBJECT
            det.head, det.dep_ = tok, _DET
        assert [(t.head.i, t.dep_) for t in fast] == [(t.head.i, t.dep_) for t in slow]


def test_starts_are_written_in_the_order_they_were_set_and_never_into_a_parsed_doc() -> None:
    doc = _before_parser("One two three four five.")
    starts = SentStarts()
    for i, start in ((1, True), (2, True), (2, False), (3, False), (3, True)):
        starts.set(i, start)
    starts.write(doc)
    assert _starts(doc)[1:4] == [True, False, True]
    parsed = load(Settings())("Six seven eight nine ten.")
    SentStarts().write(parsed)  # nothing set: nothing to write
    with pytest.raises(ValueError, match="E043"):  # as the token's setter refuses
        starts.write(parsed)
