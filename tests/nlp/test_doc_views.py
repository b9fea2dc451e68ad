"""The cheap views of a parsed doc (``entities``, ``entities_in``, ``token_indices``, ``column``, a piece's kept
text) say what spaCy's own, slower, accessors say."""

import numpy
import pytest
import spacy
from spacy.attrs import LOWER

from onrecord import Settings
from onrecord.extract.quotes import find_quotations
from onrecord.nlp import column, entities, entities_in, in_sorted, load, parse_many, sorted_ids, token_indices

TEXT = ("The Vickers Group said on Monday that Anna Berg, its chief executive, would meet the Minister in Oslo. "
        "Her counterpart at the union, Tom Reed, said the talks at the plant had failed. PER the BBC, "
        "workers in Leeds were not told.")


def test_entities_are_the_docs_and_built_once() -> None:
    doc = load()(TEXT)
    assert [(e.start, e.end, e.label_) for e in entities(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert entities(doc) is entities(doc)
    for sent in doc.sents:
        assert [(e.start, e.end) for e in entities_in(sent)] == [(e.start, e.end) for e in sent.ents]
    half = doc[3:len(doc) // 2]  # a span that cuts an entity or not: spaCy stops at the first one it cuts
    assert [(e.start, e.end) for e in entities_in(half)] == [(e.start, e.end) for e in half.ents]


def test_token_indices_are_those_a_pass_over_the_tokens_finds() -> None:
    doc = load()(TEXT)
    assert token_indices(doc, "DEP", ("nsubj", "nsubjpass")) == [t.i for t in doc if t.dep_ in ("nsubj", "nsubjpass")]
    assert token_indices(doc, "POS", {"NOUN", "VERB"}) == [t.i for t in doc if t.pos_ in ("NOUN", "VERB")]
    assert token_indices(doc, "LOWER", {"per", "the"}) == [t.i for t in doc if t.lower_ in ("per", "the")]
    lemmas = {"counterpart", "minister", "say"}
    assert token_indices(doc, "LEMMA", lambda lemma: lemma.lower() in lemmas) == [
        t.i for t in doc if t.lemma_.lower() in lemmas]
    assert token_indices(doc, "LOWER", {"absent"}) == []
    assert token_indices(load()(""), "DEP", ("nsubj",)) == []


def test_in_sorted_is_numpys_isin() -> None:
    """The binary search ``token_indices`` and the rules' trigger index compare a doc's arrays with: what
    ``numpy.isin`` says, for ids past the largest, below the smallest, hashes near 2**64, and no ids at all."""
    doc = load()(TEXT)
    values = doc.to_array("LOWER")
    for words in ({"the", "said", "absent"}, {"per"}, set(), {w.lower_ for w in doc}):
        ids = sorted_ids(doc.vocab.strings[w] for w in words)
        assert in_sorted(values, ids).tolist() == numpy.isin(values, ids).tolist()
    big = numpy.array([2**64 - 1, 5, 2**63], dtype=numpy.uint64)
    assert in_sorted(big, sorted_ids([2**64 - 1, 7])).tolist() == [True, False, False]


def test_a_piece_keeps_its_docs_text() -> None:
    text = TEXT * 5
    quotes = [(q.start, q.end) for q in find_quotations(text)]
    parsed, _ = next(parse_many(load(), [(text, quotes, None)], Settings(max_chunk_chars=300)))
    assert len(parsed.pieces) > 1
    assert all(piece.text == piece.doc.text for piece in parsed.pieces)


def test_known_ids_test_each_id_once_and_find_what_the_test_finds() -> None:
    """``KnownIds``: the tokens whose string passes the test, as a pass over the tokens finds them, on a first
    doc and on a second one (ids learned from the first are not tested again; new ones are)."""
    from onrecord.nlp import KnownIds

    tested: list[str] = []

    def test(word: str) -> bool:
        tested.append(word)
        return word.endswith("s")

    known = KnownIds(test)
    first, second = load()(TEXT), load()("The workers and the talks, as Tom says, were new; the plans fail.")
    for doc in (first, second, first):
        assert token_indices(doc, "LOWER", known) == [t.i for t in doc if t.lower_.endswith("s")]
    assert sorted(tested) == sorted({t.lower_ for doc in (first, second) for t in doc})  # each form once
    assert token_indices(load()(""), "LOWER", known) == []


def test_merged_ids_are_numpys_union() -> None:
    from onrecord.nlp import merged

    first = sorted_ids([5, 2**63 + 7, 40, 2**64 - 1])
    for second in ([], [1], [6, 2**63], [2**64 - 2, 0, 41]):
        ids = sorted_ids(second)
        assert merged(first, ids).tolist() == numpy.union1d(first, ids).tolist()


def test_a_column_is_to_arrays_read_once_per_doc_and_read_only() -> None:
    """``column``: the doc's attribute column as ``to_array`` gives it, by name or id, kept for the docs in hand
    (the same array when asked again) and shared, so no caller may write into it."""
    first, second = load()(TEXT), load()("The workers said the talks had failed.")
    # another vocabulary: the word forms' attributes (``LOWER``, ``IS_*``) are read through a table per vocabulary
    other = spacy.blank("en")("Hello WORLD, it is 3 o'clock.  Ünïcode Title\n\nThe End")
    for doc in (first, second, other):
        for attr in ("LOWER", "LEMMA", "POS", "DEP", "HEAD", "SENT_START", "IS_PUNCT", "IS_TITLE", "IS_ALPHA",
                     "IS_SPACE", "ORTH"):
            assert column(doc, attr).tolist() == doc.to_array(attr).tolist()
            assert column(doc, attr).dtype == doc.to_array(attr).dtype
    assert column(first, "LOWER") is column(first, LOWER) is column(first, "lower")
    assert column(second, "LOWER").tolist() != column(first, "LOWER").tolist()
    with pytest.raises(ValueError):
        column(first, "LOWER")[0] = 0
    empty = load()("")
    assert column(empty, "LOWER").tolist() == []
