"""What a statement does (its act) and whether it is hedged, learned from labelled news.

The rules give each statement a first act and hedge from its cue ("refused to rule out" ->
refuse_to_commit, "seemed to" -> hedged). A cue such as "said" carries none of what the content
does ("a disgrace" is oppose, "I did not email ..." is deny, "I think it could work" is hedged), so
two linear models read the cue, the content and the sentence around them, with the rules'
verdicts among their features, and have the last word:

- ``act``: multinomial logistic regression over the ten acts;
- ``hedged``: logistic regression, cut at the threshold chosen on held-out train folds.

Both are trained on the labelled PolNeAR *train* articles (``eval/labels/polnear-statements.jsonl``)
by ``python -m onrecord.training.learn acts ...`` and ship as ``act_model.json`` (feature weights
only, no text). Proper names never become features (tokens tagged PROPN are replaced by a
placeholder), so a speaker called "Mr. Hedge" hedges nothing.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, TypeVar, cast

import numpy
from spacy.attrs import DEP, HEAD, IS_PUNCT, IS_SPACE, LEMMA, LOWER, POS, SENT_START, TAG
from spacy.tokens import Doc, Span, Token

from onrecord.extract import english as en
from onrecord.extract.lexicon import bucket
from onrecord.extract.lexicon import shipped_model as shipped_json
from onrecord.model import Act, Statement
from onrecord.nlp import ParsedText, column, lowered_of, strings_of

T = TypeVar("T")
MODEL_FILE = "act_model.json"
CONTENT_TOKENS = 60  # the main predicate comes early; a long quotation's tail adds noise
MODALS = frozenset("may might could would should must can will shall".split())
NEGATIONS = frozenset("not n't never no nothing nobody none neither nor".split())
FIRST_PERSON = frozenset("i we me us my our".split())
SOFTENERS = frozenset("maybe perhaps probably possibly likely unlikely apparently reportedly seemingly "
                      "allegedly generally largely somewhat seem appear suggest think believe guess "
                      "suspect estimate expect hope".split())
# Epistemic words anywhere in the content (a hedge often sits deep in a long quotation: "..., I think").
CONTENT_SOFTENERS = SOFTENERS | frozenset("may might could sort kind probably perhaps if whether".split())


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """Word -> valence (-4 .. +4) from VADER's hand-rated lexicon (vaderSentiment, MIT), read as data.

    A learned model sees only the evaluative words its few thousand training statements contain;
    the lexicon's 7,500 rated words let "a disgrace" and "reckless" count as attacks it never saw.
    """
    path = resources.files("vaderSentiment").joinpath("vader_lexicon.txt")
    out: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, rest = line.partition("\t")
        if word.isalpha():
            out[word] = float(rest.split("\t", 1)[0])
    return out


def _valence_features(tokens: Sequence[Token], prefix: str) -> list[str]:
    """How evaluative the words are, a negated word counting the other way ("not good" is negative)."""
    lexicon = valences()
    positive = negative = 0.0
    dw = doc_words(tokens[0].doc) if tokens else None
    for t in tokens:
        assert dw is not None
        i = t.i
        value = lexicon.get(dw.lower[i]) or lexicon.get(dw.lemma[i])
        if not value or dw.propn[i]:
            continue
        if dw.negated[i] or dw.negated[dw.head[i]]:
            value = -value / 2
        if value > 0:
            positive += value
        else:
            negative -= value
    out = [f"{prefix}_pos={_bucket_valence(positive)}", f"{prefix}_neg={_bucket_valence(negative)}"]
    if positive or negative:
        lean = "pos" if positive > 1.5 * negative else "neg" if negative > 1.5 * positive else "mixed"
        out.append(f"{prefix}_lean={lean}")
    return out


def _bucket_valence(total: float) -> str:
    return bucket(total, (0.0, 2.0, 5.0))


def _word(tok: Token) -> str:
    """A word as a feature: its lemma; a proper name as a placeholder; the infinitive's "to" ("going to",
    "vowed to": a commitment's mark) apart from the preposition ("a commitment to peace")."""
    if tok.pos_ == "PROPN":
        return "<name>"
    return "to_inf" if tok.tag_ == "TO" else tok.lemma_.lower()


@dataclass(frozen=True, slots=True)
class DocWords:
    """One doc's token attributes read once off its arrays, by token index: the feature word (``_word``),
    the lowercase form, the lowercased lemma, whether a proper name, whether punctuation, whether
    punctuation or space, the head's index, the dependency label, whether a child is a negation ("neg"),
    and the first and past-the-last token of
    its sentence (as ``Token.sent`` finds them; None where the doc's sentences come from hooks or it has
    none). The features read these instead of a ``Token``'s attributes (a ``Token`` is built per access).
    ``spans`` and ``clauses``: the statements' token lists and first clauses found so far (the claim
    hedges and the model read the same ones); ``claims``: each first clause's main claims and their hedges
    (``_main_claims``, ``_main_claim_hedges``), by the clause's identity."""

    word: list[str]
    lower: list[str]
    lemma: list[str]
    propn: list[bool]
    punct: list[bool]
    blank: list[bool]
    head: list[int]
    dep: list[str]
    negated: list[bool]
    sent_start: list[int] | None
    sent_end: list[int] | None
    spans: dict[tuple[int, int], list[Token]] = field(default_factory=dict)
    clauses: dict[int, tuple[Sequence[Token], list[Token]]] = field(default_factory=dict)
    claims: dict[int, tuple[Sequence[Token], list[Token], list[str]]] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc) -> DocWords:
        strings = doc.vocab.strings
        if not len(doc):
            return cls([], [], [], [], [], [], [], [], [], None, None)
        lower = strings_of(strings, column(doc, LOWER).tolist())
        lemma = lowered_of(strings, column(doc, LEMMA).tolist())
        propn: list[bool] = (column(doc, POS) == strings["PROPN"]).tolist()
        to: list[bool] = (column(doc, TAG) == strings["TO"]).tolist()
        word = ["<name>" if p else "to_inf" if t else m for p, t, m in zip(propn, to, lemma, strict=True)]
        is_punct = column(doc, IS_PUNCT) != 0
        punct: list[bool] = is_punct.tolist()
        blank: list[bool] = (is_punct | (column(doc, IS_SPACE) != 0)).tolist()
        # HEAD is the offset to the head, stored unsigned: read back as signed.
        n = len(doc)
        heads = column(doc, HEAD).astype(numpy.int64) + numpy.arange(n)
        head: list[int] = heads.tolist()
        deps = column(doc, DEP)
        dep = strings_of(strings, deps.tolist())
        # A token's children are the tokens it heads, itself (a root) apart.
        negations = numpy.flatnonzero(deps == strings["neg"])
        negations = negations[heads[negations] != negations]
        has_negation = numpy.zeros(n, dtype=bool)
        has_negation[heads[negations]] = True
        negated: list[bool] = has_negation.tolist()
        sent_start = sent_end = None
        if not (doc.user_hooks or doc.user_span_hooks or doc.user_token_hooks) and doc.has_annotation("SENT_START"):
            # A sentence runs from the last token at or before a token that starts one (else the first
            # token) to the next that does (else the doc's end), as ``Span.sent`` walks.
            starts = column(doc, SENT_START) == 1
            starts[0] = True
            first = numpy.flatnonzero(starts)
            which = numpy.searchsorted(first, numpy.arange(n), side="right") - 1
            sent_start = first[which].tolist()
            sent_end = numpy.append(first[1:], n)[which].tolist()
        return cls(word, lower, lemma, propn, punct, blank, head, dep, negated, sent_start, sent_end)

    def sentence(self, tok: Token) -> tuple[int, int]:
        """The first and past-the-last token of ``tok``'s sentence."""
        if self.sent_start is None or self.sent_end is None:
            sent = tok.sent
            return sent.start, sent.end
        return self.sent_start[tok.i], self.sent_end[tok.i]


# The last doc read and its words: the statements of one article are classified in a row, a doc at a time.
_LAST_DOC: list[tuple[Doc, DocWords]] = []


def doc_words(doc: Doc) -> DocWords:
    """``doc``'s words (``DocWords``), read once while the doc is the one in hand."""
    # One read of the pair: a worker thread may replace it between a test and a second read.
    last = _LAST_DOC[0] if _LAST_DOC else None
    if last is not None and last[0] is doc and len(last[1].word) == len(doc):  # not retokenized
        return last[1]
    found = DocWords.of(doc)
    _LAST_DOC[:] = [(doc, found)]
    return found


class _Run(list[Token]):
    """The tokens of a span, in order and one after the other (``_tokens``): a column of ``DocWords`` at them
    is a slice of it."""


def _tokens(doc: Doc, offset: int, start: int, end: int) -> list[Token]:
    """The tokens of the text from ``start`` to ``end`` (the doc begins at ``offset``); the list is shared
    by the calls that ask for the same text, not to be changed."""
    spans = doc_words(doc).spans
    key = (start - offset, end - offset)
    found = spans.get(key)
    if found is None:
        span = doc.char_span(key[0], key[1], alignment_mode="expand")
        found = spans[key] = _Run(span) if span is not None else _Run()
    return found


@dataclass(frozen=True, slots=True)
class SentenceWords:
    """One sentence read once: each token's index, feature word, lowercase form and whether it is
    punctuation or space, and whether the sentence ends in "?". The context and source features of
    every statement in the sentence read these, not the parse (a ``Token`` is built per access)."""

    tokens: tuple[tuple[int, str, str, bool], ...]
    question: bool

    @classmethod
    def of(cls, sentence: Span) -> SentenceWords:
        return cls.at(sentence.doc, sentence.start, sentence.end)

    @classmethod
    def at(cls, doc: Doc, start: int, end: int) -> SentenceWords:
        """The sentence of ``doc`` from token ``start`` to ``end``."""
        dw = doc_words(doc)
        tokens = tuple((i, dw.word[i], dw.lower[i], dw.blank[i]) for i in range(start, end))
        # The sentence's text ends in "?" once trailing blanks are cut: its last token that is not all
        # whitespace ends so (``Span.text`` would join every token's text).
        last = next((text for text in (doc[k].text for k in range(end - 1, start - 1, -1)) if text.strip()), "")
        return cls(tokens, last.rstrip().endswith("?"))


# Sentences read so far, by (id of the doc, first token): one per ``classify`` call, whose docs outlive it.
Sentences = dict[tuple[int, int], SentenceWords]


def _sentence_words(tok: Token, seen: Sentences) -> SentenceWords:
    """The words of ``tok``'s sentence."""
    doc = tok.doc
    start, end = doc_words(doc).sentence(tok)
    key = (id(doc), start)
    found = seen.get(key)
    if found is None or len(found.tokens) != end - start:
        found = seen[key] = SentenceWords.at(doc, start, end)
    return found


def features(stmt: Statement, doc: Doc, offset: int, rules: bool = True,
             sentences: Sentences | None = None) -> list[str]:
    """The readable features of one statement: cue, content, the sentence, the speaker, the rules' verdicts.

    ``rules=False`` leaves out what only the rules know (their act, hedge, kind), for training rows made
    from labelled spans the rules did not find. ``sentences``: the sentences already read, shared by the
    statements of one article.
    """
    seen: Sentences = {} if sentences is None else sentences
    out = _rule_features(stmt) if rules else []
    content = _tokens(doc, offset, stmt.content.start, stmt.content.end)
    cue = _tokens(doc, offset, stmt.cue.start, stmt.cue.end) if stmt.cue else []
    speaker = _tokens(doc, offset, stmt.speaker.start, stmt.speaker.end) if stmt.speaker else []
    if cue:
        words = [_word(t) for t in cue]
        out.append(f"cue={' '.join(words)}")
        out.extend(f"cue_w={w}" for w in words)
        if any(map(doc_words(doc).negated.__getitem__, (t.i for t in cue))):
            out.append("cue_negated")
    # The first clause and its proposal forms feed three feature groups: found once per statement.
    first = _first_clause(content)
    proposal = _proposal_forms(first)
    out.extend(_content_features(content))
    out.extend(_softener_features(content))
    out.extend(_valence_features(content[:CONTENT_TOKENS], "content"))
    out.extend(_valence_features(cue, "cue"))
    out.extend(_context_features(doc, cue or content, content, skip=set(cue) if proposal else set(), seen=seen))
    out.extend(_speaker_features(stmt, speaker))
    hedges = hedge_features(stmt, doc, offset, cue, content, first=first, proposal=proposal, speaker=speaker,
                            seen=seen)
    out.extend(hedges)
    out.extend(f"{HEDGE_ONLY}{h}" for h in reported_hedges(stmt, doc, cue, first, hedges))
    out.extend(_target_valence(content[:CONTENT_TOKENS]))
    out.extend(_future_features(first))
    out.extend(_denial_features(first))
    return out


def _denial_features(clause: Sequence[Token]) -> list[str]:
    """What a denial looks like: the claim's own verb negated, by when and whose ("I did not email ...",
    "Manafort was not involved", "he never touched"), and words that call something false ("a lie",
    "misconstrued", "not true"). A plain "said" over a negated past claim is the guideline's ``deny``."""
    if not clause:
        return []
    out = []
    dw = doc_words(clause[0].doc)
    for verb in _main_claims(clause)[:1]:
        if not dw.negated[verb.i]:
            continue
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        past = verb.tag_ in ("VBD", "VBN") or any(a.lower_ in en.PAST_AUXILIARIES for a in aux)
        modal = any(a.lower_ in MODALS for a in aux)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        who = ("self" if subject is not None and subject.lower_ in SELF_PRONOUNS
               else "other" if subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in OTHER_PRONOUNS)
               else "thing")
        when = "modal" if modal else "past" if past else "present"
        out.extend([f"deny_neg_{when}", f"deny_neg_{who}_{when}"])
    lemmas = [dw.lemma[t.i] for t in clause]
    if any(w in en.FALSITY_WORDS for w in lemmas) or any(dw.lower[t.i] in en.FALSITY_WORDS for t in clause):
        out.append("deny_falsity")
    if any(dw.lemma[t.i] in en.TRUTH_WORDS and (dw.negated[t.i] or dw.negated[dw.head[t.i]]) for t in clause):
        out.append("deny_not_true")
    return out


OTHER_PRONOUNS = frozenset("he she they him her them his their its it".split())
SELF_PRONOUNS = frozenset("i we me us my our myself ourselves".split())
STRONG = 2.5


def _target(tok: Token) -> str:
    """Whom an evaluative word is aimed at: the speaker's side (I, we, our), another actor (a name, he,
    they, or what a name owns: "Clinton's plan"), or a thing."""
    seen = 0
    node = tok
    while seen < 4:
        holders = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "poss", "dobj")]
        if node.dep_ in ("amod", "compound", "acomp", "attr") or node.pos_ in ("ADJ", "NOUN"):
            holders.append(node.head)
        for h in holders:
            owners = [h, *[c for c in h.children if c.dep_ == "poss"]]
            if any(o.lower_ in SELF_PRONOUNS for o in owners):
                return "self"
            if any(o.pos_ == "PROPN" or o.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or o.lower_ in OTHER_PRONOUNS
                   for o in owners):
                return "other"
        if node.head == node:
            break
        node = node.head
        seen += 1
    return "thing"


def _target_valence(tokens: Sequence[Token]) -> list[str]:
    """Evaluative words by what they are aimed at ("X's plan is a disaster": an attack on another actor;
    "we did a great job": self-praise), strong words apart (insults, high praise), comparatives
    ("weaker than") apart."""
    lexicon = valences()
    out = set()
    dw = doc_words(tokens[0].doc) if tokens else None
    for t in tokens:
        assert dw is not None
        i = t.i
        value = lexicon.get(dw.lower[i]) or lexicon.get(dw.lemma[i])
        if not value or dw.propn[i] or abs(value) < 1.0:
            continue
        if dw.negated[i] or dw.negated[dw.head[i]]:
            value = -value
        sign = "pos" if value > 0 else "neg"
        target = _target(t)
        out.add(f"ev_{target}_{sign}")
        if abs(value) >= STRONG:
            out.add(f"ev_strong_{sign}")
            out.add(f"ev_strong_{target}_{sign}")
        if t.tag_ in ("JJR", "RBR", "JJS", "RBS"):
            out.add(f"ev_compare_{sign}")
    return sorted(out)


FUTURE_AUX = frozenset("will 'll ’ll would 'd ’d shall".split())


def _future_features(clause: Sequence[Token]) -> list[str]:
    """A future claim by who acts and how: "we will veto" (the speaker acts), "he would be discussing"
    (a schedule, progressive), "both would be involved" (passive, a prediction), "it would fail"."""
    out = []
    for verb in _main_claims(clause)[:1]:
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if not any(a.lower_ in FUTURE_AUX for a in aux) and not (
                verb.lemma_ == "go" and any(c.dep_ == "xcomp" for c in verb.children)):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        who = ("self" if subject is not None and subject.lower_ in SELF_PRONOUNS
               else "person" if subject is not None and subject.lower_ in ("he", "she")
               else "other")
        aspect = ("passive" if any(c.dep_ == "auxpass" for c in verb.children)
                  else "progressive" if verb.tag_ == "VBG"
                  else "state" if verb.lemma_ in ("be", "have") else "act")
        out.append(f"fut_{who}_{aspect}")
        out.append(f"fut_{aspect}")
    return out


PREDICATE_LINKS = frozenset({"dobj", "attr", "acomp", "oprd", "xcomp", "advmod", "amod", "compound", "det", "neg",
                             "npadvmod", "conj", "appos", "poss"})
STRONG_CLAIM = 3.0


def _who(tok: Token | None, reported: bool = False) -> str:
    """The kind of a claim's subject: the speaker's side, the listener, another actor, or a thing.

    ``reported``: the content is reported speech, where "he" and "she" are most often the speaker ("Trump said he
    would win"): they count as the speaker's side, and another actor is one named ("named")."""
    if tok is None:
        return "none"
    lower = tok.lower_
    if lower in SELF_PRONOUNS or (reported and lower in REPORTED_SELF):
        return "self"
    if lower in ("you", "your"):
        return "you"
    other = "named" if reported else "other"
    if tok.pos_ == "PROPN" or lower in OTHER_PRONOUNS - {"it", "its"} or tok.ent_type_ in ("PERSON", "ORG", "NORP"):
        return other
    if any(c.dep_ == "poss" and c.lower_ in REPORTED_SELF for c in tok.children) and reported:
        return "self"
    if any(c.dep_ == "poss" and c.lower_ not in ("its",) and (c.pos_ == "PROPN" or c.lower_ in OTHER_PRONOUNS)
           for c in tok.children):
        return other  # "his comments", "Clinton's plan": what a person did or said
    if any(c.dep_ == "poss" and c.lower_ in SELF_PRONOUNS for c in tok.children):
        return "self"
    return "thing"


REPORTED_SELF = frozenset("he she him her his hers himself herself".split())


def _word_valence(tok: Token) -> float:
    """VADER's valence of a word, or the construction's news verdicts (+-2) where VADER has none."""
    lexicon = valences()
    lower = tok.lower_
    value = lexicon.get(lower) or lexicon.get(tok.lemma_.lower())
    if value:
        return value
    if lower in en.NEGATIVE_VERDICTS or tok.lemma_.lower() in en.NEGATIVE_VERDICTS:
        return -2.0
    if lower in en.POSITIVE_VERDICTS:
        return 2.0
    return 0.0


def _predicate_valence(verb: Token, inside: set[int]) -> float:
    """How the claim's predicate evaluates its subject: the verb and what completes it (object, complement,
    adjectives, adverbs), not its subject nor its prepositional phrases (a topic, not a verdict: "a crucial step
    [on gun violence]"); an intensifier makes its word count half again, a negation turns the whole around."""
    total = 0.0
    stack = [verb]
    while stack:
        tok = stack.pop()
        if tok.pos_ != "PROPN":
            value = _word_valence(tok)
            if value and any(c.lower_ in en.INTENSIFIERS for c in tok.children):
                value *= 1.5
            if value and doc_words(tok.doc).negated[tok.i] and tok is not verb:
                value = -value
            total += value
        stack.extend(c for c in tok.children if c.i in inside and c.dep_ in PREDICATE_LINKS)
    return -total if doc_words(verb.doc).negated[verb.i] else total


def _evaluation_features(clause: Sequence[Token], reported: bool = False) -> list[str]:
    """What the main claim says of whom, in plain words: the valence of its predicate by the subject's kind ("he
    is totally unfit": another actor, negative, strong; "we did a great job": the speaker's side, positive), a verb
    of siding by who takes the side ("I support the plan"), an intensified or superlative evaluative word
    anywhere in the clause ("the worst deal", "so dangerous"), and an evaluative word on what a person owns
    ("his reckless comments")."""
    if not clause:
        return []
    out: set[str] = set()
    inside = {t.i for t in clause}
    for verb in _main_claims(clause)[:2]:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and verb.dep_ in ("conj", "xcomp"):
            subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        who = _who(subject, reported)
        value = _predicate_valence(verb, inside)
        if abs(value) >= 1.0:
            sign = "pos" if value > 0 else "neg"
            out.update((f"evp={who}_{sign}", f"evp_sign={sign}"))
            if abs(value) >= STRONG_CLAIM:
                out.add(f"evp_strong={who}_{sign}")
        side = en.SIDING_VERBS.get(verb.lemma_.lower())
        if side is not None:
            if doc_words(verb.doc).negated[verb.i]:
                side = "neg" if side == "pos" else "pos"
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            out.update((f"evs={who}_{side}", f"evs_obj={_who(obj, reported)}_{side}"))
    for t in clause:
        value = _word_valence(t) if t.pos_ != "PROPN" else 0.0
        if abs(value) < 1.0:
            continue
        sign = "pos" if value > 0 else "neg"
        if any(c.lower_ in en.INTENSIFIERS for c in t.children):
            out.add(f"evi={sign}")
        if t.tag_ in ("JJS", "RBS") or any(c.lower_ == "most" and c.dep_ == "advmod" for c in t.children):
            out.add(f"evsup={sign}")
        if t.dep_ == "amod" and t.head.pos_ == "NOUN":
            owner = _who(t.head, reported)
            if owner in ("other", "named", "self"):
                out.add(f"evposs={owner}_{sign}")
    return sorted(out)


def _proposing_features(clause: Sequence[Token]) -> list[str]:
    """The shape of a proposal: an obligation modal on the claim by whom ("we should", "Congress must"), a verb of
    need before an infinitive ("we need to", "we have to"), a verb of calling on someone ("I call on", "I urge"),
    "let's" / "let us", "it is time to/for", "please"."""
    if not clause:
        return []
    out: set[str] = set()
    dw = doc_words(clause[0].doc)
    for verb in _main_claims(clause)[:2]:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        who = _who(subject)
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in en.OBLIGATION_MODALS for a in aux):
            out.add(f"prop_modal={who}")
        lemma = verb.lemma_.lower()
        if lemma in en.NEED_VERBS and any(c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children)
                                          for c in verb.children):
            out.add(f"prop_need={who}")
        if lemma in en.CALLING_VERBS and who == "self" and not dw.negated[verb.i]:
            out.add("prop_call")
        if lemma == "be" and any(c.dep_ == "attr" and c.lemma_.lower() in en.TIME_NOUNS for c in verb.children):
            out.add("prop_time")
    if any(dw.lower[t.i] == "please" for t in clause):
        out.add("prop_please")
    if any(dw.lemma[a.i] == en.LET and dw.lower[b.i] in en.LET_SUBJECTS for a, b in itertools.pairwise(clause)):
        out.add("prop_lets")  # "let's", "let us" (the parser hangs "'s" on either verb)
    return sorted(out)


def _rule_features(stmt: Statement) -> list[str]:
    out = [f"rule_act={stmt.act}", f"kind={stmt.kind}"]
    if stmt.cue is not None:
        out.append(f"cue_class={stmt.cue.cue_class}")
    if stmt.hedged:
        out.append("rule_hedged")
    if stmt.negated:
        out.append("rule_negated")
    return out


def _softener_features(content: Sequence[Token]) -> list[str]:
    """Epistemic words over the whole content, and "I think" / "I believe" (the speaker's own softener)."""
    if not content:
        return []
    dw = doc_words(content[0].doc)
    lemmas = [dw.lemma[i] for i in (t.i for t in content) if not dw.propn[i]]
    out = [f"soft={w}" for w in sorted(set(lemmas) & CONTENT_SOFTENERS)]
    out.extend(f"soft_pair={a}_{b}" for a, b in sorted({(a, b) for a, b in itertools.pairwise(lemmas)
                                                        if a in ("i", "we") and b in SOFTENERS}))
    return out


def _speaker_features(stmt: Statement, tokens: Sequence[Token]) -> list[str]:
    """Who speaks: second-hand and unnamed sources ("officials", "people familiar with ...") soften."""
    if stmt.speaker is None:
        return ["speaker=none"]
    out = [f"resolution={stmt.resolution}"]
    if stmt.actor is not None:
        out.append(f"actor_type={stmt.actor.type}")
    out.extend(f"spk={_word(t)}" for t in tokens if t.pos_ in ("NOUN", "PRON", "ADJ"))
    return out


def _of_tokens(values: list[T], tokens: Sequence[Token]) -> list[T]:
    """``values`` (a ``DocWords`` column) at ``tokens``' indices: a slice where the tokens are a span's
    (``_Run``), else one by one."""
    if isinstance(tokens, _Run):
        return values[tokens[0].i:tokens[-1].i + 1] if tokens else []
    return [values[t.i] for t in tokens]


def _content_features(content: Sequence[Token]) -> list[str]:
    dw = doc_words(content[0].doc) if content else None
    head = [t for t in content[:CONTENT_TOKENS] if dw is not None and not dw.blank[t.i]]
    index = [t.i for t in head]
    words = [dw.word[i] for i in index] if dw is not None else []
    out = [f"w={w}" for w in words]
    out.extend(f"b={a}_{b}" for a, b in itertools.pairwise(words))
    lowered = [dw.lower[i] for i in index] if dw is not None else []
    if any(w in FIRST_PERSON for w in lowered):
        out.append("first_person")
        if any(w in ("will", "'ll", "’ll", "gonna", "going", "shall") for w in lowered):
            out.append("first_person_future")
    # Not a name's: "before May", "Mr. Will" are no modals (a name never hedges).
    named = {i for i in index if dw is not None and dw.propn[i]}
    modals = {w for i, w in zip(index, lowered, strict=True) if i not in named} & MODALS
    out.extend(f"modal={w}" for w in sorted(modals))
    if any(w in NEGATIONS for w in lowered):
        out.append("negation")
    if dw is not None and "?" in _of_tokens(dw.lower, content):  # a token's text is "?" where its lowercase is
        out.append("question_mark")
    root = _first_root(head)
    if root is not None:
        out.append(f"root={_word(root)}")
        out.extend(f"root_{c.dep_}={_word(c)}" for c in root.children if c.dep_ in ("neg", "aux", "advmod"))
    out.append(f"length={_bucket(len(head))}")
    return out


def _context_features(doc: Doc, anchor: Sequence[Token], content: Sequence[Token],
                      skip: set[Token] | None = None, seen: Sentences | None = None) -> list[str]:
    """Words of the sentence outside the content: "refused to", "seemed to", "reportedly", "asked whether".
    ``skip``: words that soften nothing here (the cue of a proposal)."""
    if not anchor:
        return []
    words = _sentence_words(anchor[0], {} if seen is None else seen)
    inside = {t.i for t in content}
    skipped = {t.i for t in skip or ()}
    out = []
    softeners = []
    for i, word, _, blank in words.tokens:
        if i in inside:
            continue
        if not blank:
            out.append(f"ctx={word}")
        if word in SOFTENERS and i not in skipped:
            softeners.append(f"ctx_soft={word}")
    out.extend(softeners)
    if words.question:
        out.append("sentence_question")
    return out


def _bucket(n: int) -> str:
    return bucket(n, (3, 8, 20))


def shipped_model() -> dict[str, Any] | None:
    return shipped_json(MODEL_FILE)


def act_probabilities(feats: Sequence[str], model: dict[str, Any]) -> dict[str, float]:
    """Softmax over the acts; unknown features weigh nothing.

    A feature counts once however often it occurs ("w=to" twice), as in training, where each row is the
    set of its features.
    """
    return _softmax(_scores(feats, model)[0], model)


def hedge_probability(feats: Sequence[str], model: dict[str, Any]) -> float:
    return _sigmoid(_scores(feats, model)[1], model)


def _softmax(scores: list[float], model: dict[str, Any]) -> dict[str, float]:
    classes: list[str] = model["act"]["classes"]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {c: e / total for c, e in zip(classes, exps, strict=True)}


def _sigmoid(z: float, model: dict[str, Any]) -> float:
    z = model["hedged"]["bias"] + z
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


@dataclass(frozen=True, slots=True)
class _Weights:
    """A model's weights as one matrix: a row per feature that weighs in either model (0.0 where the other
    has none), the act classes' weights then the hedge weight; row 0 holds the act biases and 0.0."""

    model: dict[str, Any]
    rows: dict[str, int]
    matrix: numpy.ndarray

    @classmethod
    def of(cls, model: dict[str, Any]) -> _Weights:
        act: dict[str, list[float]] = model["act"]["weights"]
        hedge: dict[str, float] = model.get("hedged", {}).get("weights", {})
        width = len(model["act"]["bias"])
        names = list(dict.fromkeys([*act, *hedge]))
        matrix = numpy.zeros((len(names) + 1, width + 1), dtype=numpy.float64)
        matrix[0, :width] = model["act"]["bias"]
        for n, name in enumerate(names, 1):
            if name in act:
                matrix[n, :width] = act[name]
            matrix[n, width] = hedge.get(name, 0.0)
        return cls(model, {name: n for n, name in enumerate(names, 1)}, matrix)


# The last model scored with and its matrix (the shipped one, in practice): keyed by identity, as a dict is
# no key; one read of the pair, as a worker thread may replace it.
_LAST_WEIGHTS: list[_Weights] = []


def _scores(feats: Sequence[str], model: dict[str, Any]) -> tuple[list[float], float]:
    """Each act's score (its bias plus the weights of the features) and the hedge's sum of weights, bias
    apart. One gather of the features' rows and a running sum down them, in the order of ``set(feats)``:
    the same additions, in the same order, as adding row after row in Python (a zero adds nothing), which
    cost a Python step per feature and class."""
    last = _LAST_WEIGHTS[0] if _LAST_WEIGHTS else None
    if last is None or last.model is not model:
        last = _Weights.of(model)
        _LAST_WEIGHTS[:] = [last]
    rows = [0, *filter(None, map(last.rows.get, set(feats)))]  # a feature's row is never 0 (the bias's)
    # The rows as an index array made by ``fromiter``: indexing by the list converted it at twice the cost.
    at = numpy.fromiter(rows, dtype=numpy.intp, count=len(rows))
    totals: list[float] = last.matrix[at].cumsum(axis=0)[-1].tolist()
    return totals[:-1], totals[-1]


def classify(statements: Sequence[Statement], parsed: ParsedText) -> None:
    """Set each statement's act and hedged from the shipped model (the rules' verdicts stay without it).

    Where the rules' act was right more often than the model on train (``rules_win``: decisive cues such
    as "refused to rule out" or "stressed"), the rules keep it; a hedge the rules saw in the cue ("seemed
    to") stays when that was so for hedges too.
    """
    model = shipped_model()
    if model is None:
        return
    rules_win = frozenset(model["act"].get("rules_win", ()))
    margin = float(model["act"].get("rules_margin", 0.0))  # the model unsure, the rules' act among its top two
    keep_rule_hedge = bool(model["hedged"].get("rules_win", False))
    sentences: Sentences = {}
    for stmt in statements:
        piece = parsed.piece_at(stmt.content.start)
        feats = features(stmt, piece.doc, piece.offset, sentences=sentences)
        scores, hedge = _scores(feats, model)  # both models' sums in one pass over the features
        if quoted_question(stmt):
            stmt.act = "question"
        elif stmt.act not in rules_win and not explicit_rule_act(stmt.act, feats):
            stmt.act = cast(Act, gate(scores, model["act"]["classes"], stmt.act, margin))
        learned = _sigmoid(hedge, model) >= model["hedged"]["threshold"]
        stmt.hedged = learned or (keep_rule_hedge and stmt.hedged)


def gate(scores: Sequence[float], classes: Sequence[str], rule_act: str | None, margin: float) -> str:
    """The act from one statement's act scores: the best, unless the rules' act is the first or second and the
    two are within ``margin`` (the model unsure between the rules' reading and another: the rules' stays)."""
    order = sorted(range(len(scores)), key=lambda j: -scores[j])
    best = classes[order[0]]
    if margin > 0 and len(order) > 1 and rule_act is not None and scores[order[0]] - scores[order[1]] < margin \
            and rule_act in (best, classes[order[1]]):
        return rule_act
    return best


PROPOSAL_FORMS = frozenset({"h_mandative", "h_imperative"})
SENTENCE_MARKS = ".!?"
QUOTE_TAIL = "\"'”’» \n"


def quoted_question(stmt: Statement) -> bool:
    """A quotation that is one question (“‘Who will pay for this?’ the mayor said”) asks it, whatever the
    cue: ``question`` (docs/ANNOTATION.md 1.1, "Why would anyone ...?"), which the model, trained on few of
    them, gives a neutral "said" rarely. A question after a statement ("We won. Who can stop us?") is left to
    the model: the first sentence is the main point."""
    text = stmt.content.text.rstrip(QUOTE_TAIL)
    return stmt.kind == "direct" and text.endswith("?") and not any(m in text[:-1] for m in SENTENCE_MARKS) \
        and not _ends_in_inner_quote(stmt.content.text) and not _tag_question(text)


def _tag_question(text: str) -> bool:
    """“Some people get carried away, have you noticed that?”, “..., who knows?”: a statement with a short
    question tagged on after its last comma asserts what it says; a question opens as one ("Who", "Did")."""
    head, comma, tail = text.rpartition(",")
    words = head.split()
    return bool(comma) and len(tail.split()) <= en.TAG_QUESTION_WORDS and len(words) >= en.TAG_QUESTION_WORDS \
        and words[0].strip(QUOTE_TAIL + "‘“(").lower().replace("’", "'") not in en.QUESTION_OPENERS


INNER_QUOTES = {"’": "‘", "”": "“", '"': '"'}


def _ends_in_inner_quote(text: str) -> bool:
    """The question mark closes a quotation inside the speaker's own (“her response was, ‘What can we do to
    help?’” the aide said): the question is the one quoted, the speaker asserts that it was asked."""
    text = text.rstrip()
    opener = INNER_QUOTES.get(text[-1:]) if len(text) > 1 and text[-2] == "?" else None
    return opener is not None and opener in text[1:-1]


def explicit_rule_act(act: str, feats: Sequence[str]) -> bool:
    """The rules' proposal stands where the grammar says so: a proposing cue over a mandative or imperative
    claim ("suggested that Zelensky end his push"). "suggested" over a statement of fact is as often an
    attack or an assertion, which is why the model may overturn the rules' propose elsewhere."""
    return act == "propose" and not PROPOSAL_FORMS.isdisjoint(feats)


# Hedging as the guideline reads it (docs/ANNOTATION.md 1.2): a softener counts where it governs the main
# claim, which in a long quotation is its first sentence; the report's softening of the attribution (the
# cue, second-hand sources) counts whatever the content says.
EPISTEMIC_MODALS = frozenset("may might could".split())
HEDGE_ADVERBS = frozenset("maybe perhaps probably possibly likely unlikely apparently reportedly seemingly "
                          "allegedly presumably potentially arguably supposedly possible almost nearly "
                          "practically roughly about".split())
EXTENT_WORDS = frozenset("some generally largely partly mostly somewhat partially broadly often widely much part "
                         "usually sometimes occasionally rarely seldom typically".split())
BELIEF_VERBS = frozenset("think believe guess suspect suppose imagine feel expect hope assume reckon doubt "
                         "figure".split())
SOFT_CUES = frozenset("suggest indicate hint signal imply appear seem consider posit speculate predict "
                      "estimate expect hope think believe wonder weigh ponder muse contemplate intimate float "
                      "tend see view regard".split())
# Words that soften wherever they sit in the cue or the words around it ("a veiled reference", "rumors of",
# "is seen as", "has shown an inclination").
REPORT_SOFTENERS = frozenset("veiled subtle rumor rumour speculation suggestion hint inclination idea notion "
                             "impression opinion mind view perceive seen indirectly implicitly obliquely "
                             "tentatively vaguely half joke".split())
UNNAMED_SOURCE_WORDS = frozenset("official aide adviser advisor source people person insider friend ally "
                                 "associate familiar close anonymity condition someone some many report "
                                 "operative staffer strategist".split())
HEDGE_LEXICON = EPISTEMIC_MODALS | HEDGE_ADVERBS | EXTENT_WORDS | BELIEF_VERBS | SOFT_CUES | REPORT_SOFTENERS
# The unions the hedge features test words against, built once (not once per word tested).
ADVERBS_AND_EXTENT = HEDGE_ADVERBS | EXTENT_WORDS
SOFT_IN_FIRST_CLAUSE = EPISTEMIC_MODALS | HEDGE_ADVERBS | BELIEF_VERBS
SOFT_LATER = EPISTEMIC_MODALS | HEDGE_ADVERBS
BELIEF_OR_SEEM = BELIEF_VERBS | {"seem", "appear"}
# What a belief or seeming verb must govern to bound a claim: a clause ("I think it works", "seems to work"),
# a predicate ("seemed tired") or a likeness ("looks like a deal"). "I believe in action" and "appear at a
# debate" soften nothing.
CLAIM_COMPLEMENTS = frozenset({"ccomp", "xcomp", "acomp", "attr", "oprd"})
LIKENESS = frozenset({"like", "as"})
# Verbs that soften the claim they head ("it tends to", "the recovery looks less lopsided", "the memo suggests
# an effort", "they fear he will"): the model weighs them apart from belief verbs.
SOFT_CLAIM_VERBS = frozenset("tend look sound fear suggest indicate signal imply hint".split())
EVIDENCE_VERBS = frozenset("suggest indicate signal imply hint".split())  # "suggested an effort": an object
# A predicate that puts the claim's likelihood ("it is possible that", "it is unlikely to pass").
LIKELIHOOD_WORDS = frozenset("possible likely unlikely probable improbable conceivable plausible doubtful "
                             "uncertain unclear".split())
# Words the speaker bounds a claim with anywhere in its first sentence, as phrases of the lowercased words.
HEDGE_PHRASES = {
    "opinion": ("in my opinion", "in my view", "in my mind", "to my mind", "in my judgment", "in our view",
                "in our opinion", "as far as i know", "as far as i can tell", "if i had to guess"),
    "way": ("in a way", "in some ways", "in many ways", "in a sense", "in some sense", "to some extent",
            "to some degree", "to a degree", "more or less", "for the most part"),
    "unsure": ("not sure", "n't sure", "not certain", "n't know", "not know", "who knows", "no idea"),
    "sort_of": (" sort of ", " kind of "),
    # A negated certainty: "not necessarily", "not always" bound the claim where "not" alone denies it.
    "not_necessarily": ("not necessarily", "n't necessarily", "not always", "n't always", "not entirely",
                        "n't entirely"),
}
# The phrases as ``_phrase_hedges`` looks for them, between spaces: padded once, not per statement.
_PADDED_PHRASES = tuple((name, tuple(f" {phrase.strip()} " for phrase in phrases))
                        for name, phrases in HEDGE_PHRASES.items())
# "this kind of policy": a kind of a thing, not a softener.
NOT_SORT_OF = frozenset("a the this that what which any every some one no".split())
EMBEDDED_QUESTION_WORDS = frozenset("what who whom whose which when where why how whether if".split())
ASKING_CUES = frozenset("ask wonder ponder question inquire query".split())
SECOND_HAND_WORDS = frozenset({"anonymity", "familiar", "reportedly", "allegedly"})
FIRST_CLAUSE_TOKENS = 30
# What the hedge model reads (training.learn): softeners, modals, where they sit, the cue's class, the
# speaker's kind (unnamed, second-hand, resolution, actor type), the rules' verdicts; not the content's topic
# words, nor a softener anywhere in the content ("soft=": "..., I think" in a quotation's eighth sentence
# softens none of the first seven; the guideline hedges the main claim; cross-validated F1 0.603 either way,
# 2026-11-26), nor the speaker phrase's own words ("spk=software", "spk=race": who, not how firmly; out of
# fold 0.603 -> 0.606 over four fold splits without them, the general-news tune sets within a statement,
# 2026-11-27).
HEDGE_FEATURES = ("h", "modal", "cue_class", "rule_", "kind", "ctx_soft", "resolution", "actor_type",
                  "question_mark")
# The hedge model's own names (acts19): ``hedge_features`` as read in reported speech (``reported_hedges``), each
# with this prefix. The hedge model reads these in place of the bare "h..." names, which the act model keeps reading
# as it was fitted: a hedge feature changed for the hedge model moves no act (hedge18 found the three below gained
# for the hedge only as replacements, and as replacements they moved the kept act model's acts).
HEDGE_ONLY = "hx:"
HEDGE_MODEL_FEATURES = (HEDGE_ONLY, *(f for f in HEDGE_FEATURES if f != "h"))


def reported_hedges(stmt: Statement, doc: Doc, cue: Sequence[Token], first: Sequence[Token],
                    hedges: Sequence[str]) -> list[str]:
    """``hedges`` (``hedge_features``) as the hedge model reads them, in reported speech (hedge18, train label
    counts on the found statements):

    - "Smith said he thinks the bill will pass": a belief verb under "he"/"she" in an indirect content is most
      often the speaker's own belief, as "I think" (hedged 13 of 22 in indirect contents, 5 of 24 in quotations,
      where it is someone else's: "Voters think this guy ...");
    - a reported "would" ("said he would veto it", the reported "will", docs/ANNOTATION.md 1.2) apart from one in
      a quotation (hedged 20 of 97 in indirect contents, 11 of 34 in quotations);
    - a negated soft cue ("did not suggest", "doesn't think"): no softening (2 of 10 hedged, 43 of 102 for the
      soft cue otherwise)."""
    out = list(hedges)
    if stmt.kind == "indirect":
        out = ["hm_would_reported" if h == "hm_would" else h for h in out]
        if "h_belief" in out and any(_own_reported_belief(t) for t in first):
            out = ["h_belief_first" if h == "h_belief" else h for h in out]
    if cue and any(map(doc_words(doc).negated.__getitem__, (t.i for t in cue))):
        out = ["h_cue_soft_negated" if h.startswith("h_cue_soft=") else h for h in out]
    return sorted(set(out))


def _own_reported_belief(tok: Token) -> bool:
    """"(Smith said) he thinks ...": a belief verb over a clause, under "he"/"she", not a firm one."""
    return (tok.lemma_.lower() in BELIEF_VERBS and tok.pos_ == "VERB" and not _firm(tok)
            and any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)
            and any(c.dep_ == "nsubj" and c.lower_ in REPORTED_BELIEVERS for c in tok.children))


REPORTED_BELIEVERS = frozenset({"he", "she"})


def hedge_features(stmt: Statement, doc: Doc, offset: int, cue: Sequence[Token],
                   content: Sequence[Token], first: list[Token] | None = None,
                   proposal: list[str] | None = None, speaker: list[Token] | None = None,
                   seen: Sentences | None = None) -> list[str]:
    """Where the softening sits: the main claim's own modal, adverb or conditional, a belief verb over it,
    the cue's own softness, and who is quoted (unnamed and second-hand sources soften).

    ``first``, ``proposal``, ``speaker``: the content's first clause, its proposal forms and the speaker's
    tokens where the caller has them; ``seen``: the sentences already read.
    """
    out: list[str] = []
    if first is None:
        first = _first_clause(content)
    in_first = {t.i for t in first}
    dw = doc_words(doc)
    lemmas = [dw.lemma[t.i] for t in first if not dw.propn[t.i]
              and not (dw.lower[t.i] in APPROXIMATORS and _no_softener(t))]
    lowered = [dw.lower[t.i] for t in first if not dw.propn[t.i]]
    out.extend(f"h1_modal={w}" for w in sorted(set(lowered) & EPISTEMIC_MODALS))
    out.extend(f"h1_adv={w}" for w in sorted(set(lemmas) & HEDGE_ADVERBS))
    out.extend(f"h1_extent={w}" for w in sorted(set(lemmas) & EXTENT_WORDS))
    if set(lemmas) & SOFT_IN_FIRST_CLAUSE:
        out.append("h1_any")
    for t in first:
        i = t.i
        if dw.lemma[i] in GOVERNING_LEMMAS or dw.lower[i] == "would" or dw.dep[i] == "advcl":
            out.extend(_governing_hedges(t, first))
    out.extend(_main_claim_hedges(first))
    out.extend(_phrase_hedges(lowered))
    later = [t for t in content[:CONTENT_TOKENS] if t.i not in in_first]
    if {dw.lower[t.i] for t in later} & SOFT_LATER:
        out.append("h_later_soft")
    if any(dw.lower[a.i] in ("i", "we") and dw.lemma[b.i] in BELIEF_VERBS and dw.lemma[b.i] != "hope"
           for a, b in itertools.pairwise(later)):
        out.append("h_later_belief_first")
    if proposal is None:
        proposal = _proposal_forms(first)
    out.extend(proposal)
    if cue and not proposal:  # "suggested that she resign" proposes; the cue's softness bounds no claim
        head = cue[-1]
        if head.lemma_.lower() in SOFT_CUES:
            out.append(f"h_cue_soft={head.lemma_.lower()}")
        in_content = {t.i for t in content}  # a long quotation's hundreds of tokens: only where a cue is read
        near = {c for t in cue for c in (t, *t.children)
                if c.i not in in_content and c.pos_ not in ("PROPN", "ADP")}  # "talked about": no approximation
        out.extend(f"h_cue_lex={c.lemma_.lower()}" for c in near
                   if c.lemma_.lower() in HEDGE_LEXICON or c.lower_ in HEDGE_LEXICON)
        if any(c.lower_ in ADVERBS_AND_EXTENT for t in cue for c in t.children):
            out.append("h_cue_adv")
    if _embedded_question(cue, content):
        out.append("h_embedded_question")
    if "not" in lowered[:3] or any(t.lower_ in ("always", "quite", "entirely") and t.head.lower_ == "not"
                                   for t in first):
        out.append("h_not_always")
    if speaker is None:
        speaker = _tokens(doc, offset, stmt.speaker.start, stmt.speaker.end) if stmt.speaker else []
    out.extend(_source_hedges(speaker, content, {} if seen is None else seen))
    return sorted(set(out))


APPROXIMATORS = frozenset("almost nearly roughly about approximately practically some".split())
QUANTITY_WORDS = frozenset("half third quarter fifth tenth dozen all every".split())


def _embedded_question(cue: Sequence[Token], content: Sequence[Token]) -> bool:
    """"asked what he thought she could do", "wondered whether he could": the content is a question, which
    claims nothing to soften (none of the 21 in the train labels is hedged)."""
    if not (cue and content) or cue[-1].lemma_.lower() not in ASKING_CUES:
        return False
    before = content[0].i - 1  # "asked [what] he thought she could do": the wh-word left outside the content
    return content[0].lower_ in EMBEDDED_QUESTION_WORDS or (
        before > cue[-1].i and content[0].doc[before].lower_ in EMBEDDED_QUESTION_WORDS)


def _no_softener(tok: Token) -> bool:
    """An approximator that softens nothing: a figure's ("nearly a fifth") or a preposition ("talked about
    the plan", "came about")."""
    return (tok.lower_ == "about" and tok.pos_ != "ADV") or _approximates_a_number(tok)


def _phrase_hedges(lowered: Sequence[str]) -> list[str]:
    """Phrases that bound the claim wherever they sit in its first sentence: "in my opinion", "in a way",
    "I'm not sure", "sort of" (not "this kind of policy")."""
    text = f" {' '.join(lowered)} "
    out = []
    for name, phrases in _PADDED_PHRASES:
        for phrase in phrases:
            at = text.find(phrase)
            if at < 0:
                continue
            if name == "sort_of" and text[:at].split()[-1:] and text[:at].split()[-1] in NOT_SORT_OF:
                continue
            out.append(f"h1_phrase={name}")
            break
    return out


def _approximates_a_number(tok: Token) -> bool:
    """"nearly a fifth", "about 50": a figure's approximation, which softens no claim (docs/ANNOTATION.md
    1.2: degree words that do not limit the claim are no hedge)."""
    head = tok.head
    return tok.lower_ in APPROXIMATORS and head != tok and (
        head.pos_ in ("NUM", "DET") or head.tag_ in ("DT", "CD", "PDT") or head.like_num
        or head.lower_ in QUANTITY_WORDS)


THIRD_SINGULAR = frozenset("he she it".split())


def _proposal_forms(clause: Sequence[Token]) -> list[str]:
    """Verb forms that put an action forward instead of stating a fact: the mandative subjunctive ("suggested
    that Zelensky end his push", "urged that he be removed"), a bare gerund ("suggests cutting taxes") and
    an imperative ("Stop the war"). Such a claim is a proposal and is not softened, whatever the cue."""
    verb = _first_root(clause)
    if verb is None:
        return []
    out = []
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    bare = verb.tag_ == "VB" or (verb.tag_ == "VBN" and [a.tag_ for a in aux] == ["VB"])
    single = subject is not None and not any(c.dep_ == "conj" for c in subject.children)
    if single and not [a for a in aux if a.tag_ != "VB"] and (
            bare or (verb.tag_ == "VBP" and subject is not None and subject.lower_ in THIRD_SINGULAR)):
        out.append("h_mandative")
    elif subject is None and not aux and verb.tag_ == "VBG" and verb.dep_ != "ROOT":
        out.append("h_gerund_claim")
    elif subject is None and not aux and verb.tag_ == "VB" and verb.i == clause[0].i:
        out.append("h_imperative")
    return out



def _first_root(tokens: Sequence[Token]) -> Token | None:
    """The first token whose head lies outside ``tokens`` (or is itself): the span's main word. By index,
    not by comparing tokens, which builds a token per comparison."""
    if not tokens:
        return None
    heads = doc_words(tokens[0].doc).head
    inside = {t.i for t in tokens}
    for t in tokens:
        head = heads[t.i]
        if head not in inside or head == t.i:
            return t
    return None


def _first_clause(content: Sequence[Token]) -> list[Token]:
    """The content's first sentence, at most ``FIRST_CLAUSE_TOKENS`` words: where the main claim is."""
    if not content:
        return []
    words = doc_words(content[0].doc)
    found = words.clauses.get(id(content))
    if found is not None and found[0] is content:
        return found[1]
    punct = words.punct
    start, end = words.sentence(content[0])
    # By index: ``Token.sent`` walks the parse for every token, which made long quotations slow.
    first = [t for t in content if start <= t.i < end and not punct[t.i]][:FIRST_CLAUSE_TOKENS]
    words.clauses[id(content)] = (content, first)
    return first


def _main_claims(clause: Sequence[Token]) -> list[Token]:
    """The verbs of the claim itself: the clause's root and its conjuncts, through "I think" / "it seems" to
    the clause they govern. A modal in a relative clause ("a plan that could work") is not among them."""
    return _claims(clause)[0]


def _main_claim_hedges(clause: Sequence[Token]) -> list[str]:
    """A modal, hedge adverb or extent word attached to the claim's own verb ("it may fail", "probably won")."""
    return _claims(clause)[1]


def _claims(clause: Sequence[Token]) -> tuple[list[Token], list[str]]:
    """``clause``'s main claims and their hedges, found once per clause (a statement's first clause is read
    by the claim hedges, the model's hedge features and its future features); the lists are shared."""
    if not clause:
        return [], []
    words = doc_words(clause[0].doc)
    found = words.claims.get(id(clause))
    if found is not None and found[0] is clause:
        return found[1], found[2]
    claims = _find_main_claims(clause)
    hedges = _find_claim_hedges(clause, claims)
    words.claims[id(clause)] = (clause, claims, hedges)
    return claims, hedges


def _find_main_claims(clause: Sequence[Token]) -> list[Token]:
    inside = {t.i for t in clause}
    root = _first_root(clause)
    claims = []
    if root is not None:
        claims.append(root)
        if root.lemma_.lower() in BELIEF_OR_SEEM or root.lemma_.lower() in ("tend", "fear"):
            claims.extend(c for c in root.children if c.dep_ in ("ccomp", "xcomp") and c.i in inside)
    claims.extend(c for t in list(claims) for c in t.children if c.dep_ == "conj" and c.i in inside)
    return claims


def _find_claim_hedges(clause: Sequence[Token], claims: list[Token]) -> list[str]:
    out = []
    words = doc_words(clause[0].doc)
    for verb in claims:
        negated = words.negated[verb.i]  # "could not recall", "I don't think": firm
        for c in verb.children:
            word = c.lower_
            if c.dep_ == "aux" and word in EPISTEMIC_MODALS:
                out.append(_modal_hedge(word, negated))
            elif c.dep_ == "aux" and word in ("would", "'d", "’d"):
                out.append("hm_would")
            elif c.dep_ in ("advmod", "npadvmod") and c.lemma_.lower() in ADVERBS_AND_EXTENT and not _no_softener(c):
                out.append("hm_adv")
            elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                out.append("hm_even_if" if _concessive(c) else "hm_counterfactual" if _counterfactual(c) else "hm_if")
            elif c.dep_ in ("acomp", "attr") and c.lemma_.lower() in LIKELIHOOD_WORDS:
                out.append("hm_likelihood")  # "it is possible that ...", "a deal is unlikely"
        lemma = verb.lemma_.lower()
        if lemma in BELIEF_OR_SEEM and verb.pos_ == "VERB" and _bounds_a_claim(verb):
            out.append("hm_verb_negated" if negated else "hm_verb_firm" if _firm(verb) else _belief_kind(verb, lemma))
        elif lemma in en.CONSIDERING_VERBS and verb.tag_ == "VBG" and not negated:
            out.append("hm_considering")  # "is considering a run", "weighing a bid": nothing committed
        elif lemma in SOFT_CLAIM_VERBS and verb.pos_ == "VERB" and (
                _bounds_a_claim(verb) or (lemma in EVIDENCE_VERBS and any(c.dep_ == "dobj" for c in verb.children))):
            out.append(f"hm_soft_verb={lemma}")
    if not out and any(words.dep[t.i] in ("relcl", "acl") for t in clause):
        out.append("hm_none_sub")  # what modality there is sits in a subordinate detail
    return out


# Modals whose negation keeps the doubt: "it may not pass", "he might never win" say the claim is possible,
# not that it is false; a negated "could" is an inability ("could not recall", "could not reopen"): firm.
POSSIBILITY_MODALS = frozenset("may might".split())


def _modal_hedge(word: str, negated: bool) -> str:
    """An epistemic modal on the claim's verb as a hedge feature: "it could fail" (``hm_modal=could``), "it
    may not pass" (``hm_modal_neg=may``: still a possibility), "it could not reopen" (``hm_modal_negated``)."""
    if not negated:
        return f"hm_modal={word}"
    return f"hm_modal_neg={word}" if word in POSSIBILITY_MODALS else "hm_modal_negated"


def _bounds_a_claim(verb: Token) -> bool:
    """A belief or seeming verb over a clause, a predicate or a likeness (``CLAIM_COMPLEMENTS``)."""
    return any(c.dep_ in CLAIM_COMPLEMENTS or (c.dep_ == "prep" and c.lower_ in LIKENESS) for c in verb.children)


def _belief_kind(verb: Token, lemma: str) -> str:
    """A belief verb by what it does: a belief held now ("I think it will pass", a softener), one recalled
    ("I thought she was amazing": none of the five in the train labels hedged) or a wish ("I hope you find
    it": none of three)."""
    if lemma == "hope":
        return "hm_verb_wish"
    if verb.tag_ == "VBD" and lemma in BELIEF_VERBS:
        return f"hm_verb_past={lemma}"
    return f"hm_verb={lemma}"


def _firm(verb: Token) -> bool:
    """"I really believe", "we firmly think": a belief verb made emphatic, which softens nothing."""
    return any(c.dep_ == "advmod" and c.lower_ in en.FIRM_BELIEF_ADVERBS for c in verb.children)


def _counterfactual(clause: Token) -> bool:
    """"if South Carolina had come first, ...": a condition on what did not happen, which bounds no claim
    about what will (the past perfect in the "if" clause)."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d") for c in clause.children)


def _concessive(clause: Token) -> bool:
    """"even if it fell by half, it would still raise ...": the claim holds either way, nothing bounds it."""
    return any(c.lower_ == "even" and c.dep_ == "advmod" for c in clause.children)


# The lemmas ``_governing_hedges`` reads a token of; else only "would" or an adverbial clause gives a feature.
GOVERNING_LEMMAS = BELIEF_VERBS | {"seem", "appear", "expect"}


def _governing_hedges(tok: Token, clause: Sequence[Token]) -> list[str]:
    """Structures that bound the claim: "I think X" (a belief verb over a clause), "if ..." on a verb,
    "would have", "is expected to", "appears to"."""
    out = []
    lemma = tok.lemma_.lower()
    if lemma in BELIEF_VERBS and tok.pos_ == "VERB" and any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
        subject = next((c.lower_ for c in tok.children if c.dep_ == "nsubj"), "")
        out.append("h_belief_firm" if _firm(tok) else "h_belief_first" if subject in ("i", "we") else "h_belief")
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
        out.append("h_even_if" if _concessive(tok) else "h_counterfactual" if _counterfactual(tok) else "h_conditional")
    if (lemma in ("seem", "appear") and _bounds_a_claim(tok)) or (
            lemma == "expect" and any(c.dep_ == "auxpass" for c in tok.children)):
        out.append("h_seem")
    if tok.lower_ == "would" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "have":
        out.append("h_would_have")
    if tok.lower_ == "would" and any(c.dep_ == "advcl" and not _concessive(c) for c in tok.head.children):
        out.append("h_would_if")
    return out


def _source_hedges(speaker: Sequence[Token], content: Sequence[Token], seen: Sentences) -> list[str]:
    """An unnamed or second-hand source ("officials", "people familiar with", "reportedly")."""
    out = []
    root = _first_root(speaker) if speaker else None
    if root is not None and root.pos_ == "NOUN" and root.tag_ == "NN" and root.lemma_.lower() in en.DOCUMENT_SOURCES:
        out.append("h_src_document")  # "the report said", "a study found": a document, no unnamed person
    elif speaker and not any(t.pos_ == "PROPN" for t in speaker):
        if any(t.lemma_.lower() in UNNAMED_SOURCE_WORDS for t in speaker):
            out.append("h_src_unnamed")
        if not any(t.pos_ == "PRON" for t in speaker):
            out.append("h_src_no_name")
    if root is not None and root.pos_ == "NOUN" and root.lemma_.lower() in UNNAMED_SOURCE_WORDS \
            and "h_src_document" not in out:
        out.append("h_src_unnamed_head")  # "friends of Mr. Clinton's", "Clinton aides": unnamed whoever they serve
    anchor = speaker or content
    if anchor:
        words = _sentence_words(anchor[0], seen)
        if any(lower in SECOND_HAND_WORDS for _, _, lower, _ in words.tokens):
            out.append("h_second_hand")
    return out


# Softeners that hedge a claim by themselves wherever they govern its own verb (docs/ANNOTATION.md 1.2):
# "prices could fall", "the deal might collapse", "it will probably pass". Not "would" (a report of a plan
# or a promise as often as a guess) and not extent words ("mostly"), which the guideline leaves to context.
CLAIM_HEDGES = frozenset({"hm_modal=may", "hm_modal=might", "hm_modal=could", "hm_adv", "hm_verb=think",
                          "hm_verb=believe", "hm_verb=guess", "hm_verb=suspect", "hm_verb=seem",
                          "hm_verb=appear"})


def mark_claim_hedges(statements: Sequence[Statement], parsed: ParsedText) -> None:
    """Hedged where the content's own main claim is softened ("could", "might", "probably", "I think"),
    as well as where the cue is ("seemed to"): the rules' reading of the guideline, without the model."""
    for stmt in statements:
        if stmt.hedged:
            continue
        piece = parsed.piece_at(stmt.content.start)
        content = _tokens(piece.doc, piece.offset, stmt.content.start, stmt.content.end)
        cue = _tokens(piece.doc, piece.offset, stmt.cue.start, stmt.cue.end) if stmt.cue else []
        if _embedded_question(cue, content):
            continue
        first = _first_clause(content)
        found = set(_main_claim_hedges(first))
        if "hm_adv" in found and not any(t.lemma_.lower() in HEDGE_ADVERBS for t in first):
            found.discard("hm_adv")  # an extent word ("mostly") on the verb is no hedge by itself
        stmt.hedged = bool(found & CLAIM_HEDGES)


# -- the act the construction decides (issue 13, acts15) ---------------------------------------------------------
# "branded the deal 'a disgrace'", "described the plans as 'a tax raid on working people'", "dismissed the report as
# nonsense", "hit out at the government, saying Y": where the report's construction says what the source does,
# the act is read off it, not guessed from the content's words. docs/ANNOTATION.md 1.1 orders the acts from the
# most specific; the construction decides over an act after its own in that order, and over ``support`` or
# ``oppose`` whichever it is (a predicate's verdict settles which side), never over a more specific act the model
# or the rules found in the content ("criticised the bill, saying he would vote against it" stays ``commit``).
GUIDELINE_ORDER: tuple[Act, ...] = ("deny", "reject", "refuse_to_commit", "question", "commit", "propose", "oppose",
                                    "support", "emphasize", "assert")
SIDES = frozenset({"support", "oppose"})
WITHHOLDING = frozenset("refuse decline fail".split())


@dataclass(frozen=True, slots=True)
class Construction:
    """What the construction around a statement's cue says of its act.

    ``kind``: "as" (described X as Y), "predicate" (branded X Y), "verb" (an evaluative cue with its object:
    "welcomed the ruling") or "frame" (the statement's participle under an evaluative verb: "hit out at X, saying
    Y"). ``verdict``: what the predicate says of its object ("pos", "neg", "false", "ruled_out", "none").
    ``target``: the object ("claim", "proposal", "self", "state", "other"). ``verb``: the evaluative verb's own
    act, if it has one. ``act``: the act the construction decides, None where it leaves it to the model."""

    kind: str
    verdict: str
    target: str
    verb: Act | None
    act: Act | None

    def decides(self, act: str) -> bool:
        """Whether the construction's act replaces ``act`` (the model's or the rules'): where the predicate is the
        whole content ("branded the deal a disgrace": nothing in it commits or proposes), always; where the
        statement's own content follows ("welcomed the ruling", "hit out at X, saying Y"), where ``act`` comes after
        the construction's in the guideline's order or is the other side (``construction_decides``)."""
        if self.act is None or self.act == act:
            return False
        return self.kind in ("as", "predicate") or construction_decides(act, self.act)

    def features(self) -> list[str]:
        out = [f"cx={self.kind}", f"cx_verdict={self.verdict}", f"cx_target={self.target}"]
        if self.verb is not None:
            out.append(f"cx_verb={self.verb}")
        if self.act is not None:
            out.append(f"cx_act={self.act}")
        return out


def construction(stmt: Statement, doc: Doc, offset: int) -> Construction | None:
    """The construction of ``stmt``'s cue, where it is one that says what the source does; None elsewhere, and
    where the cue is negated or withheld ("did not describe it as a failure", "refused to call it a mistake":
    the source put no evaluation, the guideline's act is the model's to find)."""
    if stmt.cue is None:
        return None
    verb = _cue_verb(_tokens(doc, offset, stmt.cue.start, stmt.cue.end))
    return construction_of(verb) if verb is not None else None


def construction_of(verb: Token) -> Construction | None:
    """The construction around a cue's verb (``construction``)."""
    if _not_done(verb):
        return None
    frame = _frame(verb)
    return frame if frame is not None else _characterised(verb)


def _cue_verb(cue: Sequence[Token]) -> Token | None:
    root = _first_root(cue)
    if root is not None and root.pos_ == "VERB":
        return root
    return next((t for t in reversed(cue) if t.pos_ == "VERB"), None)


def _not_done(verb: Token) -> bool:
    """Negated ("did not describe", "never called") or withheld ("refused to call", "failed to condemn")."""
    negated = doc_words(verb.doc).negated
    if negated[verb.i]:
        return True
    return verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in WITHHOLDING or negated[verb.head.i])


def verb_class(verb: Token) -> Act | None:
    """The act an evaluative verb is by itself: "slammed", "welcomed", "hit out at", "poured cold water on"."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ in ("prt", "prep", "dobj") and c.i > verb.i:
            phrase = en.EVALUATIVE_PHRASES.get((lemma, c.lemma_.lower()))
            if phrase is not None:
                return phrase
    if any(c.dep_ == "prt" for c in verb.children):
        return None  # "backed down", "called off": another verb
    return en.EVALUATIVE_VERBS.get(lemma)


def _frame(verb: Token) -> Construction | None:
    """"hit out at the government over the plan, saying it would cost jobs": a participle of saying under an
    evaluative verb says why the source attacks, praises or rejects; that verb's act is the statement's."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.lemma_.lower() not in en.FRAME_PARTICIPLES:
        return None
    governor = verb.head
    if governor.pos_ != "VERB" or _not_done(governor):
        return None
    own = verb_class(governor)
    inner = _characterised(governor)
    act = inner.act if inner is not None and inner.act is not None else own
    if act is None:
        return None
    return Construction("frame", inner.verdict if inner is not None else "none",
                        inner.target if inner is not None else "other", own, act)


def _characterised(verb: Token) -> Construction | None:
    """"branded X Y", "described X as Y", "dismissed X as Y", "slammed X as Y", and an evaluative verb with its
    object ("welcomed the ruling"): the act from the verb's class and the predicate's verdict on the object."""
    lemma = verb.lemma_.lower()
    own = verb_class(verb)
    if lemma not in en.CHARACTERISING_VERBS and own is None:
        return None
    found = _predicate(verb, lemma)
    if found is None:
        if own in SIDES and any(c.dep_ in ("dobj", "prep") and c.i > verb.i for c in verb.children):
            return Construction("verb", "none", "other", own, own)
        return None
    kind, x, y = found
    verdict = _verdict(y)
    target = _object_kind(x)
    x_lemma = x.lemma_.lower() if x is not None else ""
    act: Act | None
    if target == "state" and own is None:
        return Construction(kind, verdict, target, own, None)  # "described the scene as chaotic": a description
    if verdict == "false" and (x_lemma in en.CLAIM_OBJECTS or own in ("reject", "deny")):
        act = "deny"  # "dismissed the report as nonsense", "called the allegations a smear" (1.4)
    elif verdict == "ruled_out" or (own == "reject" and x_lemma in en.PROPOSAL_OBJECTS):
        act = "reject"  # "called the offer a non-starter", "dismissed the idea as unworkable"
    elif own in SIDES:
        act = own  # "praised X as Y", "slammed X as Y": the verb takes the side
    elif own == "reject" and target in ("other", "self"):
        act = "oppose"  # "dismissed him as a lightweight": belittling someone, no proposal turned down
    elif verdict in ("neg", "false"):
        act = "oppose"  # "branded the deal a disgrace", "called him a liar", "dismissed him as a spent force"
    elif verdict == "pos":
        act = "support"  # "hailed the agreement as historic", "described herself as a champion of ..."
    else:
        act = own  # "dismissed X as Y" with a neutral Y: the verb's own; "described X as Y": the model's
    return Construction(kind, verdict, target, own, act)


def _predicate(verb: Token, lemma: str) -> tuple[str, Token | None, list[Token]] | None:
    """(how the predicate hangs, the object, the predicate's tokens) of "X as Y" or, for a verb of naming,
    "X Y" (the parser's object predicate, a second object, an apposition or an adjective after the object)."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    obj = objects[0] if objects else None
    holders = [verb, *objects[:1]]
    as_ = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i
                and not any(g.dep_ == "advmod" for g in c.children)), None)  # not "such as", "as well as"
    if as_ is not None:
        y = [t for t in as_.subtree if t.i != as_.i]
        return ("as", obj, y) if y else None
    if lemma not in en.NAMING_PREDICATE_VERBS:
        return None
    preds = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp") and c.i > verb.i]
    if len(objects) >= 2:
        preds = objects[1:]  # "branded the park a great success": the parser's second object is the predicate
    if obj is None and len(preds) >= 2:
        obj, preds = preds[0], preds[1:]  # "called Trump a liar": two predicates, the first the object
    if preds:
        pred = preds[-1]
        if obj is None:
            subject = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:  # "called it dangerous" read as a clause
                inside = {t.i for t in subject.subtree}
                return "predicate", subject, [t for t in pred.subtree if t.i not in inside]
            # "dubbed the pay offer a victory" (the object read as a verb): what follows it
            return "predicate", pred, [t for t in pred.subtree if t.i > pred.i]
        return "predicate", obj, list(pred.subtree)
    if obj is None:
        return None
    after = [c for c in obj.children if c.dep_ in ("appos", "amod") and c.i > obj.i]
    y = [t for c in after for t in c.subtree]
    return ("predicate", obj, y) if y else None


def _verdict(y: Sequence[Token]) -> str:
    """What a predicate says of its object: it rules it out, calls it false, or rates it ("pos", "neg", "none"),
    by VADER's lexicon and the news verdicts it lacks, a negated word counting the other way ("not fair"), the
    objects of its prepositions apart ("a tax raid [on working people]", "a crucial step [on gun violence]")."""
    if not y:
        return "none"
    dw = doc_words(y[0].doc)
    first, last = min(y, key=lambda t: t.i), max(y, key=lambda t: t.i)
    # the words from the first to the last as written (a Span's text: ``doc.text`` makes a Token of every word)
    text = f" {' '.join(first.doc[first.i:last.i + 1].text.lower().split())} "
    if any(f" {phrase} " in text for phrase in en.RULING_OUT_PREDICATES):
        return "ruled_out"
    inside = {t.i for t in y}
    top = [t for t in y if dw.head[t.i] not in inside or dw.head[t.i] == t.i]
    kept = [t for t in y if not _under_preposition(t, inside, top)]
    lexicon = valences()
    positive = negative = 0.0
    false = False
    for t in kept:
        i = t.i
        if dw.propn[i]:
            continue
        word, lemma = dw.lower[i], dw.lemma[i]
        flipped = dw.negated[i] or dw.negated[dw.head[i]] or any(
            c.dep_ == "det" and c.lower_ == "no" for c in t.children)
        if (word in en.DENYING_PREDICATES or lemma in en.DENYING_PREDICATES) and not flipped:
            false = True
        if word in en.NEGATIVE_VERDICTS or lemma in en.NEGATIVE_VERDICTS:
            value = -2.0
        elif word in en.POSITIVE_VERDICTS or lemma in en.POSITIVE_VERDICTS:
            value = 2.0
        else:
            value = lexicon.get(word) or lexicon.get(lemma) or 0.0
        if flipped:
            value = -value
        if value > 0:
            positive += value
        else:
            negative -= value
    if false:
        return "false"
    if negative >= 1.0 and negative > 1.5 * positive:
        return "neg"
    if positive >= 1.0 and positive > 1.5 * negative:
        return "pos"
    return "none"


def _under_preposition(tok: Token, inside: set[int], top: Sequence[Token]) -> bool:
    """Whether ``tok`` hangs, within the predicate, under one of its prepositions."""
    node = tok
    while node.i in inside and node not in top:
        if node.dep_ == "prep":
            return True
        node = node.head
    return False


def _object_kind(x: Token | None) -> str:
    if x is None:
        return "other"
    lemma, word = x.lemma_.lower(), x.lower_
    if word in en.REFLEXIVE_OBJECTS:
        return "self"
    if lemma in en.CLAIM_OBJECTS:
        return "claim"
    if lemma in en.PROPOSAL_OBJECTS:
        return "proposal"
    if lemma in en.STATE_OBJECTS:
        return "state"
    return "other"


def construction_decides(act: str, cx_act: str | None) -> bool:
    """Whether the construction's act replaces ``act`` (the model's or the rules'): where ``act`` comes after it
    in the guideline's order, or is the other side."""
    if cx_act is None or cx_act == act:
        return False
    if act in SIDES and cx_act in SIDES:
        return True
    order: dict[str, int] = {a: n for n, a in enumerate(GUIDELINE_ORDER)}
    return order.get(act, len(order)) > order.get(cx_act, len(order))


def mark_construction_acts(statements: Sequence[Statement], parsed: ParsedText) -> None:
    """Each statement's act where its construction decides it (``construction``, ``Construction.decides``), over
    the rules' or the model's."""
    for stmt in statements:
        piece = parsed.piece_at(stmt.content.start)
        found = construction(stmt, piece.doc, piece.offset)
        if found is not None and found.act is not None and found.decides(stmt.act):
            stmt.act = found.act
