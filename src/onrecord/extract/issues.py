"""Issues and stance for any taxonomy a user writes (docs/DESIGN.md, "Issues and stance").

A taxonomy is a YAML file of issues, each a proposition ("Ukraine should join NATO") with its label,
description and optional terms and examples. Nothing here knows any issue in advance:

- *matching* compares a statement's word stems with each issue's wording, every stem weighted by its
  IDF over the taxonomy's own issue texts (a word every issue uses tells nothing) times how specific
  it is in news at large (``background_words.json``: a word in a third of all articles, "first",
  "going", "comes", or an English stop word, weighs nothing), the issue's ``terms`` counting as
  strong signals. Only the weights of the two feature kinds and the threshold
  are learned (``issue_model.json``, fitted on labelled train statements), so they carry over to a
  taxonomy the model never saw;
- *stance* composes the statement's act, its negation and its valence (VADER) with the
  proposition's own polarity: rejecting "Ukraine should join NATO" opposes it; attacking what
  "Clinton's email use was wrong" condemns supports it.

Issue vectors are computed once per taxonomy (``Taxonomy`` caches them), so tagging a statement is a
dictionary look-up per word and issue.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import pairwise, takewhile
from pathlib import Path
from typing import Any, Literal, get_args

from spacy.lang.en.stop_words import STOP_WORDS

from onrecord.extract.acts import NEGATIONS, valences
from onrecord.extract.english import (
    AGAINST_WORDS,
    ANALYST_SOURCES,
    AWAY_WORDS,
    CHOOSING_VERBS,
    COMMITTING_WORDS,
    CONTRARY_MARK,
    DECLINING_CUES,
    HORSE_RACE_WORDS,
    LESS_WORDS,
    LINKING_WORDS,
    MENTION_CUES,
    MORE_WORDS,
    MOVED_UNTIL,
    NOT_ACTING_AFTER_MODAL,
    NOT_YET,
    OTHERS_POSSESSIVES,
    PASSED_OVER,
    PROPOSING_MODALS,
    SLOT_FILLERS,
    SLOT_PREPOSITIONS,
    STANCE_VERBS,
    SUBJECT_ENDS,
    TOWARD_WORDS,
    UNDECIDED_WORDS,
    VERB_NEGATIONS,
    VOTE_PREPOSITIONS,
    VOTE_VERBS,
)
from onrecord.extract.transcript import find_turns
from onrecord.ingest.yamlfile import YamlFileError, load_yaml, read_yaml_text, short_repr
from onrecord.model import Act, IssueTag, Span, Statement

Stance = Literal["support", "oppose", "open", "unclear"]
STANCES: tuple[Stance, ...] = ("support", "oppose", "open", "unclear")
MODEL_FILE = "issue_model.json"
BACKGROUND_FILE = "background_words.json"
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
_NAME = re.compile(r"\b[A-Z][a-z]+\b")  # a capitalised word: a name in an issue's label
# Function words and the words any proposition is phrased with ("should", "be"): they would make every
# issue look like every statement. Kept short on purpose; IDF over the issues handles the rest.
STOPWORDS = frozenset(
    "a an the and or but if of to in on at by for from with as into about than then that this these those "
    "it its is are was were be been being has have had do does did will would shall should can could may "
    "might must not no nor so such there their they them he she his her him we our us you your i me my "
    "who whom which what when where why how all any some each other more most very also just only own "
    "same too up down out over under again further once here both few after before between during "
    "instance e g etc versus statements statement".split())


class TaxonomyError(ValueError):
    """A taxonomy file that cannot be used: the message names the file, the issue and the problem."""


# Bounds far above any taxonomy written for a topic (the shipped ones hold 9 and 16 issues, no terms), far below what
# stalls a run: every statement is weighed against every issue and term, so 10,000 issues took 41 s of CPU and
# 5.4 GB to tag the statements of the example (1,000 issues: 1 s more than 9 issues), and 15 issues whose
# ``terms`` were one aliased list of 100,000 terms 53 s (redteam17). Past a bound, a usage error that says which.
MAX_ISSUES = 1_000
MAX_TERMS = 1_000  # terms, and examples, of one issue
MAX_FIELD_CHARS = 5_000  # a label, proposition, description, term or example


@dataclass(frozen=True, slots=True)
class Issue:
    id: str
    label: str
    proposition: str
    description: str
    terms: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()


@dataclass(slots=True)
class Taxonomy:
    name: str
    issues: tuple[Issue, ...]
    source: str = "<memory>"
    _vectors: list[IssueVector] | None = field(default=None, repr=False)

    def vectors(self) -> list[IssueVector]:
        """Each issue's stem weights and term stems, computed on first use and kept."""
        if self._vectors is None:
            self._vectors = _issue_vectors(self.issues)
        return self._vectors

    def ids(self) -> list[str]:
        return [i.id for i in self.issues]


@dataclass(frozen=True, slots=True)
class IssueVector:
    issue: Issue
    weights: dict[str, float]  # stem -> IDF weight, over label, proposition, description and examples
    norm: float  # sqrt of the summed squared weights: a long description must not win by length
    terms: tuple[tuple[str, ...], ...]  # each term as a stem sequence
    polarity: float  # +1, or -1 when the proposition condemns ("was wrong", "is rigged")
    names: tuple[str, ...] = ()  # capitalised words of the label ("Donald", "Trump"), matched as written
    rivals: frozenset[str] = frozenset()  # names in other issues' labels only ("Clinton" for Trump's issue)
    full: float = 1.0  # the weight of a specific word only this issue uses: what one shared word counts as
    distinct: frozenset[str] = frozenset()  # weighed stems and label names no other issue of the taxonomy uses
    # Names of the proposition with the role a preposition gives them ((role, "Russia") for "sanctions on
    # Russia"), every name of the issue's wording, and the proposition's own names: who the issue is about,
    # one group for each "/" alternative that names someone ("against ISIS / in Syria": ISIS, or Syria).
    slots: tuple[tuple[str, str], ...] = ()
    wording_names: frozenset[str] = frozenset()
    subjects: tuple[tuple[str, ...], ...] = ()
    # Subjects that open the label or the proposition, where a capital says nothing ("Mobile phones should be
    # banned in schools"): an article writing the word in lower case names them too.
    initial: frozenset[str] = frozenset()
    # Stems of the names that only act in the proposition ("Hamas" of "Hamas should disarm", "Ukraine" of
    # "Ukraine should join NATO"): who would do what it proposes, not what it is about (``_agents``).
    agents: frozenset[str] = frozenset()
    common: frozenset[str] = frozenset()  # stems every issue of the taxonomy uses ("Gaza" in a Gaza taxonomy)
    # The agents that are this issue's own (``distinct``: "Hamas" in two of six labels), not the taxonomy's subject
    # ("Ukraine" in six of nine): an article or a context naming them is not thereby about the issue.
    own_agents: frozenset[str] = frozenset()


# -- loading ------------------------------------------------------------------------------------------


def load_taxonomy(source: str | Path | Taxonomy) -> Taxonomy:
    """A taxonomy from a YAML file (or one already loaded), validated."""
    if isinstance(source, Taxonomy):
        return source
    path = Path(source)
    try:
        data = load_yaml(read_yaml_text(path))
    except OSError as err:
        raise TaxonomyError(f"{path}: cannot read the taxonomy: {err.strerror or err}") from err
    except UnicodeDecodeError as err:
        raise TaxonomyError(f"{path}: not UTF-8 text: {err}") from err
    except YamlFileError as err:
        raise TaxonomyError(f"{path}: {err}") from err
    return taxonomy_from_dict(data, str(path))


def taxonomy_from_dict(data: Any, where: str = "<memory>") -> Taxonomy:
    if not isinstance(data, dict):
        raise TaxonomyError(f"{where}: a taxonomy is a mapping with 'name' and 'issues'")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise TaxonomyError(f"{where}: 'name' is missing or not a string")
    raw = data.get("issues")
    if not isinstance(raw, list) or not raw:
        raise TaxonomyError(f"{where}: 'issues' must be a non-empty list")
    if len(raw) > MAX_ISSUES:
        raise TaxonomyError(f"{where}: {len(raw):,} issues, more than a taxonomy is read with ({MAX_ISSUES:,}): "
                            "every statement is weighed against each issue; split it into taxonomies by topic")
    issues: list[Issue] = []
    seen: set[str] = set()
    for n, item in enumerate(raw, 1):
        issue = _issue(item, f"{where}: issue {n}")
        if issue.id in seen:
            raise TaxonomyError(f"{where}: issue {n} ({issue.id}): the id is used twice")
        seen.add(issue.id)
        issues.append(issue)
    unknown = set(data) - {"name", "issues"}
    if unknown:
        raise TaxonomyError(f"{where}: unknown key(s) {_keys(unknown)} (expected name, issues)")
    return Taxonomy(name=name.strip(), issues=tuple(issues), source=where)


def _keys(keys: set[Any]) -> str:
    """Unknown keys for a message: YAML keys may be numbers or null beside strings, which do not sort together."""
    return ", ".join(sorted(short_repr(k) if not isinstance(k, str) else short_repr(k)[1:-1] for k in keys))


_ISSUE_KEYS = ("id", "label", "proposition", "description", "terms", "examples")


def _issue(item: Any, where: str) -> Issue:
    if not isinstance(item, dict):
        raise TaxonomyError(f"{where}: an issue is a mapping with id, label, proposition, description")
    ident = item.get("id")
    if not isinstance(ident, str) or not _ID.match(ident):
        raise TaxonomyError(f"{where}: 'id' must be lower-case letters, digits, '-' or '_' "
                            f"(got {short_repr(ident)})")
    where = f"{where} ({ident})"
    unknown = set(item) - set(_ISSUE_KEYS)
    if unknown:  # "term:" for "terms:" was only named, not what was meant
        import difflib

        meant = [m for k in unknown if isinstance(k, str) for m in difflib.get_close_matches(k, _ISSUE_KEYS, 1)]
        raise TaxonomyError(f"{where}: unknown key(s) {_keys(unknown)}"
                            + (f" (did you mean {', '.join(meant)}?)" if meant else "")
                            + f"; an issue takes {', '.join(_ISSUE_KEYS)}")
    texts = {}
    for key in ("label", "proposition", "description"):
        value = item.get(key)
        if not isinstance(value, str) or not value.strip():
            raise TaxonomyError(f"{where}: '{key}' is missing or empty")
        texts[key] = _bounded(value.strip(), where, key)
    lists = {}
    for key in ("terms", "examples"):
        value = item.get(key, [])
        if value is None:
            value = []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise TaxonomyError(f"{where}: '{key}' must be a list of non-empty strings")
        if len(value) > MAX_TERMS:
            raise TaxonomyError(f"{where}: {len(value):,} {key}, more than an issue is read with ({MAX_TERMS:,})")
        lists[key] = tuple(_bounded(v.strip(), where, key) for v in value)
    return Issue(id=ident, terms=lists["terms"], examples=lists["examples"], **texts)


def _bounded(value: str, where: str, key: str) -> str:
    if len(value) > MAX_FIELD_CHARS:
        raise TaxonomyError(f"{where}: a value of '{key}' of {len(value):,} characters, more than one is read with "
                            f"({MAX_FIELD_CHARS:,})")
    return value


# -- words ---------------------------------------------------------------------------------------------


def stem(word: str) -> str:
    """A crude English stem, the same on both sides: "deployed", "deployment", "deploys" -> "deploy".

    Statement and issue wording meet only through this, so it needs to be consistent, not linguistic.
    """
    # "cease-fire" and "ceasefire" are one word to a reader: hyphens go.
    w = word.lower().replace("’", "'").removesuffix("'s").strip("'-").replace("-", "")
    for suffix in ("ments", "ment", "ings", "ing", "ations", "ation", "ied", "ies", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            if suffix in ("ied", "ies"):
                w += "y"
            break
    return w


def words(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """(stem, start, end) of each content word; offsets shifted by ``offset``. A name made of ordinary
    words ("Wall Street", "the White House") is one word: its "wall" is not the border wall's."""
    out = []
    compound = dict(_compounds(text))
    end = -1
    for m in _WORD.finditer(text):
        if m.start() < end:
            continue
        if m.start() in compound:
            end = compound[m.start()]
            out.append(("_".join(stem(w.lower()) for w in text[m.start():end].split()), offset + m.start(),
                        offset + end))
            continue
        low = m.group().lower()
        if low in STOPWORDS or len(low) < 2:
            continue
        out.append((stem(low), offset + m.start(), offset + m.end()))
    return out


_COMPOUND = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b")


def _compounds(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each run of two or more capitalised ordinary words, a leading stop word left out
    ("The White House" -> "White House")."""
    for m in _COMPOUND.finditer(text):
        parts = m.group().split(" ")
        start = m.start()
        while parts and (parts[0].lower() in STOPWORDS or parts[0].lower() in STOP_WORDS):
            start += len(parts.pop(0)) + 1
        if len(parts) >= 2 and not any(_is_name(w) for w in parts):
            yield start, m.end()


def _issue_vectors(issues: Sequence[Issue]) -> list[IssueVector]:
    # A name that only owns the label's topic ("Trump's taxes", "The Clinton Foundation") is not what the issue
    # is about: a statement naming Trump is not about his taxes. Its stem is no word of the issue and it is no
    # label name (the article must still name it: ``subjects``).
    in_labels = [set(_label_names(i.label)) for i in issues]
    owned = [_owners(i.label, set().union(*(o for o in in_labels if o is not mine)))
             for i, mine in zip(issues, in_labels, strict=True)]
    bags = [{w for w, _, _ in words(" ".join((i.label, i.proposition, i.description, *i.examples, *i.terms)))}
            - {stem(o.lower()) for o in own} for i, own in zip(issues, owned, strict=True)]
    n = len(issues)
    df: dict[str, int] = {}
    for bag in bags:
        for w in bag:
            df[w] = df.get(w, 0) + 1
    out = []
    labels = [mine - own for mine, own in zip(in_labels, owned, strict=True)]
    for issue, bag, mine in zip(issues, bags, labels, strict=True):
        # Smoothed IDF: with two issues a word both use still counts a little. Times the word's specificity
        # in news at large: "first" in "a ceasefire first" is rare among the issues but says nothing alone.
        weights = {w: math.log((n + 1) / df[w]) * specificity(w) for w in bag}
        weights = {w: v for w, v in weights.items() if v > 0}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        distinct = _distinct(weights, df, mine, labels)
        terms = tuple(t for t in (_term(term, distinct) for term in issue.terms) if t)
        rivals = frozenset().union(*(other for other in labels if other is not mine)) - mine
        wording = " ".join((issue.label, issue.proposition, issue.description, *issue.examples, *issue.terms))
        lower = {m.group() for m in _WORD.finditer(wording) if m.group().islower()}
        # "Sanctions" opening the proposition is the word "sanctions" of the description, not a name.
        named = [n for n in _names_in(wording) if n.lower() not in lower]
        subjects = _subjects(issue.proposition, named)
        agents = _agents(issue.proposition) & weights.keys()
        out.append(IssueVector(issue, weights, norm, terms, _polarity(issue.proposition),
                               tuple(n for n in _label_names(issue.label) if n in mine),
                               rivals, math.log(n + 1), distinct,
                               _slots(issue.proposition), frozenset(named), subjects,
                               _initial(issue, [n for group in subjects for n in group]), agents,
                               frozenset(w for w in weights if n > 1 and df[w] == n),
                               frozenset(a for a in agents if a in distinct
                                         or any(stem(d.lower()) == a for d in distinct if d[:1].isupper()))))
    return out


# How specific in news at large (``specificity``) a word must be to stand for a user's term that the stop list
# cut down to it: "shoot" (0.85), "shot", "trade" (0.81), "release" (0.85), "exchange" (1.0) do, "bring"
# (0.57), "open" (0.55) and "take" (0.0) do not (set between the two groups; no figure was tuned on it).
CUT_TERM_SPECIFICITY = 0.75


def _term(term: str, distinct: frozenset[str]) -> tuple[str, ...]:
    """Issue 13 (isslong13): a user's term as the stems it is matched by; none when the stop list cut it down to
    everyday words: "take it down" and "bring down" were read as "take" and "bring", which any answer uses ("it
    could take a long time", "bring inflation down"), while "shoot down" keeps "shoot" and "in exchange for"
    "exchange", specific words the issue owns."""
    stems = tuple(w for w, _, _ in words(term))
    if len(stems) == len(_WORD.findall(term)):
        return stems
    return stems if any(w in distinct and specificity(w) >= CUT_TERM_SPECIFICITY for w in stems) else ()


def _agents(proposition: str) -> frozenset[str]:
    """Stems of the names that are the subject of an active verb after a proposing modal ("Hamas should
    disarm", "Ukraine should join NATO", "Ukraine should receive ..."), in any "/" alternative: they say who
    acts, not what the issue is, so a statement naming them and nothing else of the issue ("struck a Hamas
    command centre") is not about it by that name. The subject of a passive or a copula is the topic itself
    and stays ("The Affordable Care Act should be kept", "Donald Trump should be elected", "Gun laws should be
    stricter"), as does a name in a proposition without a modal ("The Clinton Foundation involved ...")."""
    out: set[str] = set()
    for part in _EXAMPLES.sub(" ", proposition).split("/"):
        tokens = _TOKEN.findall(part)
        for i, tok in enumerate(tokens):
            if tok.lower() not in PROPOSING_MODALS:
                continue
            after = [t.lower() for t in tokens[i + 1:i + 4] if t.lower() not in ("to", "not")]  # "ought to"
            if after and after[0].isalpha() and after[0] not in LINKING_WORDS | NOT_ACTING_AFTER_MODAL:
                # The subject's own names, not one after a preposition: "The war in Gaza should end" acts on
                # no one named; Gaza is where it is.
                subject = takewhile(lambda t: t.lower() not in SUBJECT_ENDS, tokens[:i])
                out.update(stem(t.lower()) for t in subject if _CAPITAL.fullmatch(t) and _is_name(t))
            break
    return frozenset(out)


# A bracket opening with an ordinary word: examples of the proposition's action, not who it is about.
_EXAMPLES = re.compile(r"\(\s*[a-z][^()]*\)")


def _subjects(proposition: str, named: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """Who the proposition is about, one group per "/" alternative that names someone. Names in a bracket
    of examples are not its subject: "The US should restrict immigration (build a wall on the Mexican
    border, ... bar Muslims)" is about immigration in an article that names neither Mexicans nor Muslims. A
    bracket opening with a name says who the subject is ("The leaders should meet (Putin-Zelensky ...)",
    "The Affordable Care Act (Obamacare)") and counts. An alternative naming no one continues the one before
    ("Trump should be elected / is fit to be president")."""
    groups = (tuple(dict.fromkeys(n for n in _names_in(part) if n in named))
              for part in _EXAMPLES.sub(" ", proposition).split("/"))
    return tuple(group for group in groups if group)


def _initial(issue: Issue, subjects: Sequence[str]) -> frozenset[str]:
    """The subjects that are the first word of the label or of the proposition (or of one of its "/"
    alternatives): capitalised by their place, so maybe ordinary words ("Mobile", "Phones")."""
    openings = {m.group() for part in (issue.label, *issue.proposition.split("/"))
                if (m := _WORD.search(part)) is not None}
    return frozenset(n for n in subjects if n in openings)


_CAPITAL = re.compile(r"\b[A-Z][A-Za-z]+\b")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+|[^\sA-Za-z\d]")
NAME_PREFIX = 5  # letters two spellings of one name share: "Russia" and "Russian", "Korea" and "Korean"


def _is_name(word: str) -> bool:
    """A capitalised word that is a name, not an ordinary word capitalised by its place ("Sanctions on ...",
    "Taxes on ..."): one whose lower-case stem is not a stop word nor common in lower case in news."""
    low = word.lower()
    return low not in STOPWORDS and low not in STOP_WORDS and stem(low) not in background()


def _names_in(text: str) -> list[str]:
    return [m.group() for m in _CAPITAL.finditer(text) if _is_name(m.group())]


def same_name(a: str, b: str) -> bool:
    """Whether two capitalised words are spellings of one name ("Russia", "Russian")."""
    if min(len(a), len(b)) < NAME_PREFIX:
        return a.lower() == b.lower()
    return a[:NAME_PREFIX].lower() == b[:NAME_PREFIX].lower()


def _slots(proposition: str) -> tuple[tuple[str, str], ...]:
    """(role, name) for each name of the proposition right after a slot preposition ("on Russia")."""
    tokens = _TOKEN.findall(proposition)
    return tuple((SLOT_PREPOSITIONS[prev.lower()], tok) for prev, tok in pairwise(tokens)
                 if prev.lower() in SLOT_PREPOSITIONS and _CAPITAL.fullmatch(tok) and _is_name(tok))


# A stem in at least GENERIC_SHARE of the background articles (written in lower case: names stay specific)
# weighs nothing; one in FULL_SHARE or fewer weighs fully; between, the log of its rarity scaled between them.
# Chosen on PolNeAR train out of fold (docs/EVALUATION.md).
GENERIC_SHARE = 0.3
FULL_SHARE = 0.05


@lru_cache(maxsize=1)
def background() -> dict[str, float]:
    """Stem -> share of the background news articles using it in lower case (only stems of FULL_SHARE / 2
    or more are shipped), computed at training time from PolNeAR train (``background_shares``)."""
    try:
        text = resources.files("onrecord.extract").joinpath(BACKGROUND_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return {}
    return {k: float(v) for k, v in json.loads(text)["shares"].items()}


@lru_cache(maxsize=1)
def _stop_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in STOP_WORDS)


@lru_cache(maxsize=4096)
def specificity(word_stem: str) -> float:
    """How much a stem can say about an issue by itself, 0..1: 0 for an English stop word ("first", "go",
    "put") or a stem common in news of any subject, 1 for a rare one."""
    if word_stem in _stop_stems():
        return 0.0
    share = background().get(word_stem, 0.0)
    if share >= GENERIC_SHARE:
        return 0.0
    if share <= FULL_SHARE:
        return 1.0
    return math.log(1 / share) / math.log(1 / FULL_SHARE)


def background_shares(texts: Iterable[str]) -> dict[str, float]:
    """Stem -> share of ``texts`` using it written in lower case (a capitalised word is a name, or opens a
    sentence); only stems of FULL_SHARE / 2 or more, to keep the shipped file small."""
    counts: dict[str, int] = {}
    n = 0
    for text in texts:
        n += 1
        seen = {stem(m.group()) for m in _WORD.finditer(text) if m.group()[0].islower()}
        for w in seen:
            counts[w] = counts.get(w, 0) + 1
    return {w: round(c / n, 4) for w, c in sorted(counts.items()) if c / n >= FULL_SHARE / 2} if n else {}


def _distinct(weights: dict[str, float], df: dict[str, int], mine: set[str], labels: Sequence[set[str]]
              ) -> frozenset[str]:
    """The issue's own words: weighed stems only its wording uses, and names of its label fewer than half
    the labels have ("Trump" in three of sixteen; not "Ukraine" in six of nine: the taxonomy's subject)."""
    names = {name for name in mine if 2 * sum(name in other for other in labels) < len(labels)}
    return frozenset({w for w in weights if df[w] == 1} | names)


# A word at least this negative in VADER makes an asserting proposition a condemnation by itself ("involved
# conflicts of interest" though "interest" is positive).
CONDEMNING_WORD = -1.5


def _polarity(proposition: str) -> float:
    """-1 when the proposition condemns its subject ("Clinton's use of a private email server was wrong or
    criminal", "the election is rigged"), else +1. A proposition that proposes an action ("Gun laws should be
    stricter", "Ukraine should receive more weapons") is +1 whatever its topic words' valence: supporting the
    proposal is supporting it, and "gun" or "weapons" being negative words says nothing of the side."""
    tokens = [m.group().lower() for m in _WORD.finditer(proposition)]
    if not PROPOSING_MODALS.isdisjoint(tokens):
        return 1.0
    lexicon = valences()
    scores = [lexicon.get(t, 0.0) for t in tokens]
    return -1.0 if sum(scores) <= -1.0 or min(scores, default=0.0) <= CONDEMNING_WORD else 1.0


# -- the model: weights of issue-independent features and a threshold ----------------------------------

# What a (statement, issue) pair is scored on. None names an issue or a word, so the weights carry over to a
# taxonomy never seen: how much of the issue's wording the statement shares (``overlap``, the same over the
# statement's length, how many stems, the user's ``terms``), the same around it in the article
# (``context``: the sentence before often names what "it" is), how central the issue is to the whole
# article (``article``: 1.0 for the article's top issue), whether it is the statement's best issue, names in
# the issue's label ("Donald Trump for president") and how evaluative a statement naming them is, the
# statement's best overlap with any issue and how evaluative it is (a statement about nothing is often neither).
PAIR_FEATURES = ("overlap", "overlap_norm", "shared", "terms", "context", "article", "article_top", "first",
                 "names", "names_valence", "log_length", "overlap_x_article", "context_x_article", "best",
                 "valence")
CONTEXT_BEFORE, CONTEXT_AFTER = 400, 200  # characters of article around the content read as its context
VALENCE_SCALE = 8.0  # summed |valence| at which a statement counts as fully evaluative


@dataclass(frozen=True, slots=True)
class MatchModel:
    """Logistic weights of the pair features, the probability where a match begins, the most issues a
    statement gets. Issue-independent; fitted on train (``onrecord.evaluate.issues fit``)."""

    weights: tuple[tuple[str, float], ...] = (("overlap", 1.0), ("article", 1.0), ("terms", 1.0))
    bias: float = -3.0
    threshold: float = 0.3
    max_issues: int = 3  # a statement is about a few issues at most; the rest are weaker echoes
    cv_f1: float | None = None  # the issue F1 of the chosen settings on out-of-fold train predictions

    def to_dict(self) -> dict[str, Any]:
        return {"weights": dict(self.weights), "bias": self.bias, "threshold": self.threshold,
                "max_issues": self.max_issues, "cv_f1": self.cv_f1}


@lru_cache(maxsize=1)
def shipped_model() -> MatchModel:
    """The model shipped beside this module (fitted on PolNeAR train), else the defaults."""
    try:
        text = resources.files("onrecord.extract").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return MatchModel()
    return model_from_dict(json.loads(text))


def model_from_dict(data: dict[str, Any]) -> MatchModel:
    weights = data.get("weights")
    if not isinstance(weights, dict):  # an older file (term weight and length exponent): the defaults
        return MatchModel()
    return MatchModel(weights=tuple((k, float(v)) for k, v in weights.items() if k in PAIR_FEATURES),
                      bias=float(data["bias"]), threshold=float(data["threshold"]),
                      max_issues=int(data["max_issues"]))


# -- matching ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Match:
    issue: Issue
    values: dict[str, float]  # PAIR_FEATURES -> value
    start: int  # first and last matched word, article offsets
    end: int
    polarity: float
    rivals: frozenset[str] = frozenset()  # IssueVector.rivals: a speaker with such a name is on another side
    spots: tuple[tuple[int, int], ...] = ()  # article offsets of the statement's words the issue weighs
    distinct: bool = True  # the statement itself uses a word, name or term of this issue no other issue uses
    # The statement names a name of the issue's label that fewer than half the labels have ("Trump" of "Donald
    # Trump for president"), not the taxonomy's own subject ("Ukraine" in six of nine labels), which says
    # nothing of whom the statement is aimed at.
    own_name: bool = False

    def score(self, model: MatchModel) -> float:
        """The probability that the statement is about the issue."""
        z = model.bias + sum(w * self.values.get(name, 0.0) for name, w in model.weights)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """An article's text and how central each issue is to it (the top issue 1.0), computed once per article."""

    text: str
    relevance: dict[str, float]
    unnamed: frozenset[str] = frozenset()  # issues whose proposition names someone the article never names
    # A long transcript's answers (the turns' bodies): each is its own topic, the article of its statements.
    turns: tuple[tuple[int, int], ...] = ()
    taxonomy: Taxonomy | None = None
    passages: dict[tuple[int, int], dict[str, float]] = field(default_factory=dict, compare=False)


# How many of an issue's own specific words (each counted as in ``_shared``: a word only this issue uses is
# one, a word several issues share less) an article must use before the issue can be central to it. An
# article about something else still has a top issue by its words ("air" in a story on air quality makes
# weapons and air defence its top issue); it is not about that issue unless it earns it. A short article
# has fewer words to earn it with: one more for every WORDS_PER_EARNED distinct words it has, from
# EARNED_MIN to EARNED_WORDS (a four-paragraph wire brief on European troops earns them with three).
EARNED_WORDS = 5.0
EARNED_MIN = 3.0
WORDS_PER_EARNED = 40


def article_context(text: str, taxonomy: Taxonomy) -> ArticleContext:
    """Each issue's IDF-weighted share of the article's words, over the top issue's, times how far the
    article earns the issue (``_earned``)."""
    counts: dict[str, int] = {}
    found = words(text)
    for w, _, _ in found:
        counts[w] = counts.get(w, 0) + 1
    vectors = taxonomy.vectors()
    # The names that only act in a proposition ("Hamas" of "Hamas should disarm") do not make an article about
    # it: a story on an airstrike on Hamas names Hamas twenty times.
    raw = {v.issue.id: sum(n * v.weights.get(w, 0.0) for w, n in counts.items() if w not in v.own_agents)
           for v in vectors}
    top = max(raw.values(), default=0.0) or 1.0
    names = {m.group() for m in _CAPITAL.finditer(text)}
    lower = {m.group() for m in _WORD.finditer(text) if m.group().islower()}
    unnamed = frozenset(v.issue.id for v in vectors
                        if not _names_subjects(v, names, lower) or _elsewhere(text, found, v))
    needed = min(EARNED_WORDS, max(EARNED_MIN, len(counts) / WORDS_PER_EARNED))
    earned = {v.issue.id: min(1.0, _shared(set(counts) - v.own_agents, v, cap=needed) / needed) for v in vectors}
    relevance = {k: 0.0 if k in unnamed else raw[k] / top * earned[k] for k in raw}
    turns = tuple(t.body for t in find_turns(text) if not t.question) if len(text) > LONG_ARTICLE else ()
    return ArticleContext(text, relevance, unnamed, turns, taxonomy)


def _turn(article: ArticleContext, offset: int) -> tuple[int, int] | None:
    """The answer of a long transcript that the content at ``offset`` lies in, or None."""
    return next((t for t in article.turns if t[0] <= offset <= t[1]), None)


def _relevance(article: ArticleContext, offset: int) -> dict[str, float]:
    """Issue 13 (isslong13): how central each issue is to what the statement is part of. In a long transcript
    that is its answer as well as the whole text: a new question starts a new topic, and a statement is about
    an issue when it speaks to it or continues (same speaker, same turn) one that does (docs/ANNOTATION.md
    1.3). A 10,000-word briefing on five subjects made its top issue every answer's context (the prisoner swap
    on "middle-class Americans" of a tax answer, the balloon on "balloon the deficit"); an issue now counts only
    as far as both the text and the answer earn it (the smaller of the two relevances)."""
    span = _turn(article, offset)
    if span is None or article.taxonomy is None:
        return article.relevance
    if span not in article.passages:
        answer = article_context(article.text[span[0]:span[1]], article.taxonomy).relevance
        article.passages[span] = {k: min(v, answer.get(k, 0.0)) for k, v in article.relevance.items()}
    return article.passages[span]


@dataclass(frozen=True, slots=True)
class _Reading:
    """What one statement offers every issue: its stems, the stems around it, its names, how evaluative."""

    found: list[tuple[str, int, int]]
    unique: set[str]
    context: set[str]
    names: set[str]
    valence: float


def _reading(text: str, offset: int, found: list[tuple[str, int, int]], article: ArticleContext | None) -> _Reading:
    unique = {w for w, _, _ in found}
    context = unique
    if article is not None:
        lo, hi = max(0, offset - CONTEXT_BEFORE), offset + len(text) + CONTEXT_AFTER
        answer = _turn(article, offset)  # in a long transcript, no other turn: not the question, nor its answer
        if answer is not None:
            lo, hi = max(lo, answer[0]), min(hi, answer[1])
        window = article.text[lo:hi]
        context = {w for w, _, _ in words(window)}
    valence = min(1.0, sum(abs(valences().get(m.lower(), 0.0)) for m in _WORD.findall(text)) / VALENCE_SCALE)
    return _Reading(found, unique, context, set(_NAME.findall(text)), valence)


def features(text: str, offset: int, taxonomy: Taxonomy, article: ArticleContext | None = None) -> list[Match]:
    """Every issue the text (or the article around it) shares a weighted word or a name with, with its
    pair feature values. Without ``article`` the text is its own article."""
    found = words(text, offset)
    if not found:
        return []
    reading = _reading(text, offset, found, article)
    # An issue whose proposition names someone or somewhere ("sanctions on Russia", "US troops in Ukraine",
    # "Merrick Garland") that the whole article never names is not what the article's statements are about.
    # (A statement read alone is its own article, and is not held to this: it may be a fragment.)
    unnamed = article.unnamed if article is not None else frozenset()
    # In a long text the statement's own sentence must name the issue, not only the text around it.
    sentence = (_sentence(article.text, offset, offset + len(text)) if article is not None
                and len(article.text) > LONG_ARTICLE else None)
    said = words(sentence[1], sentence[0]) if sentence is not None else []
    said_names = set(_NAME.findall(sentence[1])) if sentence is not None else set()
    article = article or article_context(text, taxonomy)
    relevance = _relevance(article, offset)
    scored = [(vec, _overlap(reading.unique, vec)) for vec in taxonomy.vectors()]
    best = max((o for _, o in scored), default=0.0)
    out: list[tuple[Match, set[str]]] = []
    for vec, overlap in scored:
        if vec.issue.id in unnamed or (sentence is not None and not _said_there(said, said_names, vec)):
            continue
        mine = reading
        if _agent_only(reading, vec):  # "struck a Hamas command centre": only who acts in the proposition
            mine = _without_agents(reading, vec)
            overlap = _overlap(mine.unique, vec)
        values = _pair_values(mine, vec, overlap, best, relevance.get(vec.issue.id, 0.0))
        if values is not None and not _other_subject(text, offset, found, vec):
            spots = tuple((a, b) for w, a, b in mine.found if w in vec.weights)
            start, end = _evidence(mine.found, vec, offset, text)
            if not spots and sentence is not None:  # named in the content's sentence: the evidence is there
                start, end = _evidence(said, vec, sentence[0], sentence[1])
            distinct = bool((mine.unique | mine.names) & vec.distinct) or values["terms"] > 0
            own_name = any(n in mine.names and n in vec.distinct for n in vec.names)
            match = Match(vec.issue, values, start, end, vec.polarity, vec.rivals, spots, distinct, own_name)
            out.append((match, mine.unique & vec.weights.keys()))
    return [m for m, own in out if not _echo(m, own, out)]


def _agent_only(reading: _Reading, vec: IssueVector) -> bool:
    """Issue 13 (newcomer): whether all the statement shares with the issue is a name that only acts in its
    proposition (``IssueVector.agents``): "Israel's army said it had struck a Hamas command centre" shares
    "Hamas" with "Hamas should disarm" and nothing else, and a one-issue taxonomy tagged every statement that
    named Hamas. A word every issue of the taxonomy uses ("Gaza") adds nothing to it. Such a statement is read
    as one naming nothing of the issue: the article may still make it the issue's (``context``, ``article``),
    the name by itself does not."""
    if not vec.agents:
        return False
    own = reading.unique & vec.weights.keys()
    named = {n for n in vec.names if n in reading.names}  # "Hamas" of "the Israel-Hamas war" too
    if not (own & vec.agents or any(stem(n.lower()) in vec.agents for n in named)):
        return False
    if not own <= vec.agents | vec.common or any(stem(n.lower()) not in vec.agents for n in named):
        return False
    stems = [w for w, _, _ in reading.found]
    return not any(_contains(stems, term) for term in vec.terms)


def _without_agents(reading: _Reading, vec: IssueVector) -> _Reading:
    """The reading with the proposition's acting names, and the names of what every issue is about, taken out
    of the statement's own words and names."""
    out = vec.agents | vec.common
    found = [f for f in reading.found if f[0] not in out]
    return _Reading(found, {w for w, _, _ in found}, reading.context,
                    {n for n in reading.names if stem(n.lower()) not in out}, reading.valence)


_PERSON = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b")


@lru_cache(maxsize=256)
def _person(label: str) -> bool:
    """Whether a label names a person: a given name and a surname ("Donald Trump for president"), two names
    in a row neither of which is an ordinary word ("The Affordable Care Act" is none)."""
    return any(_is_name(a) and _is_name(b) for a, b in _PERSON.findall(label))


# A text longer than this (about 2,000 words: a briefing, a transcript, a long feature) covers several
# subjects, so its top issue is no statement's by default: each statement must name its issue in its own
# sentence (``_said_there``). A news story is shorter and is one story: its subject is its statements' too,
# as the labels of PolNeAR train have it (a statement that names nothing is often tagged with it).
LONG_ARTICLE = 12_000
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s|\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, str]:
    """The sentence(s) a content at [start, end) of the article lies in, with its start: from after the last
    sentence end before it to the first one after it (a line break ends one too)."""
    before = max((m.end() for m in SENTENCE_END.finditer(text, max(0, start - 2000), start)), default=0)
    after = SENTENCE_END.search(text, end)
    stop = after.end() if after is not None else len(text)
    return before, text[before:stop]


def _said_there(said: Sequence[tuple[str, int, int]], names: set[str], vec: IssueVector) -> bool:
    """Issue 12 (newcomer): whether the statement's sentence shares a weighed word, a term or a label name with
    the issue. A long briefing on five topics made its top issue every statement's ("we are in a recession"
    tagged with the prisoner swap, the evidence the whole content): the article and the 400 characters around
    the content weigh in the score, but the issue itself must be named where the statement is made."""
    stems = [w for w, _, _ in said]
    # Who acts in the proposition ("Hamas" of "Hamas should disarm") does not name the issue (``_agent_only``).
    return (any(w in vec.weights and w not in vec.agents for w in stems)
            or any(n in names and stem(n.lower()) not in vec.agents for n in vec.names)
            or any(_contains(stems, term) for term in vec.terms))


def _echo(found: Match, own: set[str], others: Sequence[tuple[Match, set[str]]]) -> bool:
    """Whether the statement's words for this issue are only words another issue it names by its own words
    also has: "deployment of NATO forces in Ukraine" shares "deployment" and "Ukraine" with US troops, but
    every one of them is also European forces' evidence, which has "NATO forces" besides."""
    if found.distinct or not own:
        return False
    return any(other.distinct and own <= theirs for other, theirs in others if other is not found)


def _pair_values(reading: _Reading, vec: IssueVector, overlap: float, best: float,
                 relevance: float) -> dict[str, float] | None:
    """PAIR_FEATURES for one issue; None when the statement and its context share nothing with it."""
    stems = [w for w, _, _ in reading.found]
    hits = sum(1 for term in vec.terms if _contains(stems, term))
    names = sum(1 for n in vec.names if n in reading.names)
    around = _overlap(reading.context - vec.own_agents, vec)  # the article naming who acts is not about it either
    if not (overlap or hits or names or around):
        return None
    return {"overlap": overlap, "overlap_norm": overlap / math.sqrt(len(reading.unique)),
            "shared": _shared(reading.unique, vec), "terms": float(min(hits, 2)),
            "context": around, "article": relevance, "article_top": float(relevance >= 1.0),
            "first": float(overlap > 0 and overlap >= best), "names": float(min(names, 2)),
            "names_valence": min(names, 1) * reading.valence, "log_length": math.log1p(len(reading.unique)),
            "overlap_x_article": overlap * relevance, "context_x_article": around * relevance, "best": best,
            "valence": reading.valence}


SLOT_REACH = 3  # tokens after an issue word where its slot preposition may stand ("sanctions imposed on")


def _other_subject(text: str, offset: int, found: Sequence[tuple[str, int, int]], vec: IssueVector) -> bool:
    """Whether the statement puts another name in the slot the proposition gives its own: "sanctions on two
    North Korean officials" against "sanctions on Russia", "troops in Poland" against "troops in Ukraine".
    Only a name right after the issue's word and the same kind of preposition counts, and only one the
    issue's wording never uses, so "sanctions on Moscow" is blocked unless the user lists Moscow."""
    return False in _slot_fillers(text, offset, found, vec)


def _elsewhere(text: str, found: Sequence[tuple[str, int, int]], vec: IssueVector) -> bool:
    """Whether the whole article puts other names in the proposition's slot and never its own: a story on
    "sanctions on North Korea" that also names Russia is not about sanctions on Russia, in any statement."""
    fillers = _slot_fillers(text, 0, found, vec)
    return False in fillers and True not in fillers


def _slot_fillers(text: str, offset: int, found: Sequence[tuple[str, int, int]], vec: IssueVector) -> list[bool]:
    """For each name the text puts in one of the proposition's slots, whether it is the issue's own."""
    if not vec.slots:
        return []
    roles = {role for role, _ in vec.slots}
    out = []
    for w, start, _ in found:
        if w not in vec.weights or w in (stem(n.lower()) for n in vec.wording_names):
            continue
        # A few tokens past the word are all the slot needs (the text may be a whole article).
        tokens = _TOKEN.findall(text[start - offset:start - offset + SLOT_TEXT])[1:SLOT_REACH + 8]
        for i, tok in enumerate(tokens[:SLOT_REACH]):
            if SLOT_PREPOSITIONS.get(tok.lower()) in roles:
                name = _slot_filler(tokens[i + 1:])
                if name:
                    out.append(any(same_name(name, n) for n in vec.wording_names))
                break
    return out


SLOT_TEXT = 200


def _slot_filler(tokens: Sequence[str]) -> str | None:
    """The name filling a slot: the first token after the preposition past a few fillers ("two", "the"),
    when it is a capitalised name; None when an ordinary word fills it ("sanctions on imports")."""
    for tok in tokens[:4]:
        if tok.lower() in SLOT_FILLERS or tok.isdigit():
            continue
        return tok if _CAPITAL.fullmatch(tok) and _is_name(tok) else None
    return None


def _names_subjects(vec: IssueVector, names: set[str], lower: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether an article names at least half the people and places the proposition names (one of "Donald
    Trump", two of "European or NATO forces ... in Ukraine"): a football story's "European tie" is not about
    European forces in Ukraine. True for a proposition that names no one. A subject that only opens the
    proposition or the label may be an ordinary word ("Mobile phones should be banned"): the article's
    lower-case words (``lower``) name it too. A name in one of the proposition's slots ("in Ukraine", "on
    Russia") is where the issue is, and must be named itself: a story on Syria that names NATO and Europe is
    not about European forces in Ukraine."""
    if not vec.subjects:
        return True
    slotted = {n for _, n in vec.slots}

    def named(a: str) -> bool:
        return any(same_name(a, b) for b in names) or (a in vec.initial and a.lower() in lower)

    return any(2 * sum(map(named, group)) >= len(group) and all(named(a) for a in group if a in slotted)
               for group in vec.subjects)


def _shared(stems: set[str], vec: IssueVector, cap: float = 4.0) -> float:
    """How many words the statement shares with the issue, each counted by its weight over a specific word
    only this issue uses (up to ``cap``): "Ukraine" in every issue of a Ukraine taxonomy, or "peace" in two,
    is not one more word of evidence the way "soldiers" is."""
    return min(cap, sum(min(1.0, vec.weights[w] / vec.full) for w in stems & vec.weights.keys()))


def _overlap(stems: set[str], vec: IssueVector) -> float:
    return sum(vec.weights[w] ** 2 for w in stems & vec.weights.keys()) / vec.norm


EVIDENCE_GAP = 40  # characters between two matched words of one stretch of evidence


def _evidence(found: Sequence[tuple[str, int, int]], vec: IssueVector, offset: int, text: str) -> tuple[int, int]:
    """The stretch of the issue's words that weighs most (words at most EVIDENCE_GAP apart run together), so
    the evidence shows the matched words, not a sentence between two distant ones; the whole text when the
    statement shares no weighed word (it is tagged through its context or a name)."""
    spots = [(a, b, vec.weights[w]) for w, a, b in found if w in vec.weights]
    if not spots:
        return offset, offset + len(text)
    runs: list[list[tuple[int, int, float]]] = [[spots[0]]]
    for spot in spots[1:]:
        if spot[0] - runs[-1][-1][1] <= EVIDENCE_GAP:
            runs[-1].append(spot)
        else:
            runs.append([spot])
    best = max(runs, key=lambda run: sum(w for _, _, w in run))
    return best[0][0], best[-1][1]


def _contains(stems: Sequence[str], term: tuple[str, ...]) -> bool:
    return _term_at(stems, term) is not None


def _term_at(stems: Sequence[str], term: tuple[str, ...]) -> int | None:
    """Where ``term`` (a stem sequence) first starts in ``stems``, or None."""
    k = len(term)
    return next((i for i in range(len(stems) - k + 1) if tuple(stems[i:i + k]) == term), None)


def match(text: str, offset: int, taxonomy: Taxonomy, model: MatchModel | None = None,
          article: ArticleContext | None = None) -> list[Match]:
    """The issues the text is about, best first."""
    model = model or shipped_model()
    # "Ada Okafor for mayor": an issue about a person is what a statement judging that person speaks to; one
    # that names nothing of the issue is about something else in an article about them (PolNeAR train, out of
    # fold: 5 of 29 such candidacy tags right, 9 of 72 fitted on the other issues). The matcher still learns
    # from them (their features are the same as any context-only pair's); they are not tagged.
    scored = [(m.score(model), m) for m in features(text, offset, taxonomy, article)
              if _own_words(m) or not _person(m.issue.label)]
    kept = sorted((sm for sm in scored if sm[0] >= model.threshold), key=lambda sm: rank(sm[1], sm[0]))
    return [m for _, m in kept[: model.max_issues]]


def rank(found: Match, score: float) -> tuple[bool, float]:
    """Sort key, best first: an issue the statement names by its own words ("a lot of help when it comes to
    security": security guarantees) before one the article around it is about (US troops), then by score."""
    return (not found.distinct, -score)


# -- stance --------------------------------------------------------------------------------------------

# When an assert leans: one side's summed valence at least LEAN_MINIMUM and more than LEAN_RATIO times the
# other's. Chosen by a sweep on train stance accuracy (minimum 0.5-5, ratio 1-3: 0.5 and 1.0 best, 0.412
# against 0.377 at 1.5 and 1.5); docs/EVALUATION.md gives dev.
LEAN_MINIMUM = 0.5
LEAN_RATIO = 1.0
STANCE_MODEL_FILE = "stance_model.json"
_TOWARD: dict[str, int] = {"support": 1, "commit": 1, "propose": 1, "oppose": -1}
_AGAINST = frozenset({"reject", "deny"})
_AIMED = frozenset({"commit", "propose"})  # acts aimed at an action the statement itself names
_DIGIT = re.compile(r"\d")

# What the stance model reads of a (statement, issue) pair. Every feature is relative to the proposition
# (a direction times its polarity) or about the statement alone, none names an issue, so the weights carry
# over to a taxonomy never trained on: the act, the act's direction and the content's lean times the
# polarity, how much positive and negative wording the content and the cue carry (the cue "slammed" takes
# a side the content may not), whether the statement names the issue itself or only its context does,
# whether the speaker is named in the issue's label (a candidate on their own candidacy), and the marks of
# a neutral report (figures, no evaluative word at all, a question, a long content).
STANCE_FEATURES = (*(f"act_{a}" for a in get_args(Act)), "act_direction", "lean", "lean_own", "positive",
                   "negative", "net_own", "own", "names", "names_lean", "question", "negated", "hedged",
                   "log_length", "overlap", "context", "evaluative", "valence_total", "polarity", "cue_positive",
                   "cue_negative", "cue_evaluative", "digits", "no_valence", "speaker_named",
                   "speaker_named_lean", "speaker_rival", "speaker_rival_lean", "no_actor",
                   *(f"rule_{k}" for k in STANCES), "distinct", "local", "moved_lean", "object_act", "object_lean")
# Besides these, each pair carries its cue's lemma, plain and times the polarity (``cue=accuse``,
# ``cue_polar=accuse``): the fit keeps the lemmas frequent in train (STANCE_CUE_MINIMUM), a small learned
# lexicon of reporting verbs that take a side ("accused", "praised") where the content's words may not.
STANCE_CUE_MINIMUM = 10


@dataclass(frozen=True, slots=True)
class StanceModel:
    """A logistic regression over STANCE_FEATURES: per stance, its weights and bias. Fitted on train pairs with
    gold issues (``onrecord.evaluate.issues fit``); ``cv_accuracy`` is its out-of-fold accuracy there.

    With ``side`` (weights of a first step, "takes a side" against not, and ``side_bias``) the decision is in two
    steps: ``unclear`` where the first step's probability of a side is under ``side_cut``, else the stance of
    ``weights`` (then support against oppose). Held out by issue and by outlet the two steps beat one
    multinomial model on train (docs/EVALUATION.md, stance17)."""

    weights: dict[str, dict[str, float]]
    bias: dict[str, float]
    cv_accuracy: float | None = None
    side: dict[str, float] | None = None
    side_bias: float = 0.0
    side_cut: float = 0.5

    def takes_side(self, values: dict[str, float]) -> bool:
        """Whether the first step finds a side (always, for a model of one step)."""
        if self.side is None:
            return True
        z = self.side_bias + sum(w * values.get(name, 0.0) for name, w in self.side.items())
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z)))) >= self.side_cut

    def predict(self, values: dict[str, float]) -> Stance:
        if not self.takes_side(values):
            return "unclear"
        scores = {k: self.bias[k] + sum(w * values.get(name, 0.0) for name, w in ws.items())
                  for k, ws in self.weights.items()}
        best = max(scores, key=lambda k: scores[k])
        return best if best in STANCES else "unclear"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"weights": self.weights, "bias": self.bias, "cv_accuracy": self.cv_accuracy}
        if self.side is not None:
            out.update(side=self.side, side_bias=self.side_bias, side_cut=self.side_cut)
        return out


@lru_cache(maxsize=1)
def shipped_stance_model() -> StanceModel | None:
    """The stance model shipped beside this module; None (the rules alone) when there is none."""
    try:
        text = resources.files("onrecord.extract").joinpath(STANCE_MODEL_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None
    data = json.loads(text)
    side = data.get("side")
    return StanceModel({k: {f: float(w) for f, w in ws.items()} for k, ws in data["weights"].items()},
                       {k: float(b) for k, b in data["bias"].items()}, data.get("cv_accuracy"),
                       None if side is None else {f: float(w) for f, w in side.items()},
                       float(data.get("side_bias", 0.0)), float(data.get("side_cut", 0.5)))


def stance(statement: Statement, found: Match, model: StanceModel | None = None) -> Stance:
    """The statement's stance on the issue's proposition.

    ``refuse_to_commit`` is ``open``; a commitment or proposal that shares words with the issue but none of
    its own is ``unclear``; words just before the issue's own words turn the act (``local_direction``);
    ``reject``/``deny`` ``oppose``, or ``open`` where they leave the side for later ("not yet", a declined
    answer). On an issue about a person, a rival named in another label takes the other side, and the person
    themselves (not asking, rejecting or denying) their own side. A side-taking act on an issue not about a person,
    tagged through the article alone (no word of the issue's own), takes the act's side (``rule_stance``). Every
    other pair goes to the stance model
    (the shipped one unless ``model`` is given), which reads the act, the rules'
    composition of it with the proposition (``rule_stance``), negation and the content's signed evaluative
    words; an assert, emphasis or question that offers no evidence of a side is ``unclear`` without asking it
    (not on an issue about a person, which a statement speaks to by judging them), and so is one by a study,
    analysts or a research centre, and one on an issue not about a person that speaks of the race itself (the
    campaign, polls, voters: ``_horse_race``). Without a model, the rules decide everything (``rules_only_stance``).
    """
    ruled = _before_model(statement, found)
    if ruled is not None:
        return ruled
    model = model or shipped_stance_model()
    if model is None:
        return rules_only_stance(statement, found)
    ruled, values = _beside_model(statement, found)
    return model.predict(values) if ruled is None else ruled


def reaches_model(statement: Statement, found: Match) -> bool:
    """Whether the stance model decides this pair (no rule of ``stance`` answers it first): the pairs the model
    is fitted on, so that what it learns is what the pairs it will answer look like (docs/EVALUATION.md, stance14)."""
    return _before_model(statement, found) is None and _beside_model(statement, found)[0] is None


def _before_model(statement: Statement, found: Match) -> Stance | None:
    """The rules ``stance`` reads first, with or without a model: None where none answers."""
    if _names_only(statement):
        # "did not mention Trump by name": whether a name was said takes no side on anything.
        return "unclear"
    if statement.act == "refuse_to_commit":
        return "open"
    if statement.act != "question" and undecided(statement, found):
        # "had not yet decided whether to back the charge": a verb of siding left undecided is open.
        return "open"
    verb = verb_direction(statement, found)
    if verb and statement.act != "question":
        # "will vote for Clinton", "cannot support Trump", "repudiated support for free trade": a verb of
        # siding whose object is the issue's own words says which way, whatever the act the content gets
        # (its act is read from these very words); a cue that takes a side turns it ("rejected calls to back").
        return "support" if verb * _cue_aim(statement) * found.polarity > 0 else "oppose"
    said = restates(statement.content.text, found.issue.proposition) or term_way(statement.content.text, found.issue)
    stance_cue = statement.cue is not None and statement.cue.cue_class == "stance"
    if said and not stance_cue and statement.act not in _AGAINST and statement.act != "question":
        # "said Putin was 'a dictator'" on "Putin is a dictator": saying what the proposition says supports
        # it, however hostile the tone toward its subject (the act ``oppose`` is aimed at Putin, not at the
        # claim). A stance cue aims its act at the content itself ("opposed electing Trump president").
        return "support" if said > 0 else "oppose"
    if statement.act != "question" and _rival(statement, found):
        # "Hillary Clinton for president": a rival named in another person's label speaking on it is on the
        # other side, whatever the act read from the words (Trump's "The Clintons have turned the politics of
        # personal enrichment into an art form", which the model called support; 30 of 31 such train pairs are
        # gold oppose).
        return "oppose" if found.polarity > 0 else "support"
    if statement.act not in _OWN_SIDE_ASIDE and _speaks_for_self(statement, found):
        # "I know this game better than anybody", "the people of New York voted for me twice": the person a
        # label names, speaking of themselves on their own issue, argues for it (the guideline's candidate
        # defending their candidacy), whatever the act read from the words (PolNeAR train: 21 of the 28 offered
        # pairs of a candidate on their own candidacy are gold support; the model got 10 of the 28). Held out by
        # article, issue, outlet and annotator it gains 8-12 of 915 offered pairs, no group losing
        # (docs/EVALUATION.md, issues16; isst12 had measured a loss on tagged pairs with the acts of its day).
        return "support" if found.polarity > 0 else "oppose"
    return None


# Acts a person's own issue still reads as they are: a question asks, a rejection or denial refuses (and a
# refusal to commit is answered as open before).
_OWN_SIDE_ASIDE = frozenset({"question", "reject", "deny"})


def _speaks_for_self(statement: Statement, found: Match) -> bool:
    """On an issue whose label names a person (``_person``), whether the speaker is that person (``_is_subject``:
    not a namesake with another given name), speaking of themselves as one does, without their name: a content
    that names them ("Hillary Clinton's 'Honesty Is In Question'", a bare "Clinton") is most often a headline
    or another voice given to them."""
    return not found.values.get("names", 0.0) and own_issue(statement, found.issue)


def _beside_model(statement: Statement, found: Match) -> tuple[Stance | None, dict[str, float]]:
    """The rules that answer instead of a stance model (None where none does), and the pair's features."""
    if not found.distinct and _own_words(found) and statement.act in _AIMED:
        # "We will work with everybody for peace" (commit) tagged with US troops because the article is about
        # them: a commitment or a proposal is aimed at the action the statement names, and it names nothing of
        # this issue's own. (Support and opposition are often aimed at a person the article is about, and
        # PolNeAR gives those a side: out of fold the same rule for them cost 0.02, docs/EVALUATION.md.) A
        # commitment that shares no word with any issue is the article's subject by ellipsis ("vowed to 'bomb
        # the hell' out of the Islamic State" in a story on ISIS): PolNeAR gives 14 of 15 such pairs a side,
        # and the model decides them (stance-cv 0.481 -> 0.496).
        return "unclear", {}
    # The moving words ("allowed to stay", "tax cuts") decide with a side-taking act; an assert's side is
    # also in its evaluative words ("the actions to tighten gun rules aren't worth the paper"): the model
    # weighs them together (``stance_features`` "moved").
    local = local_direction(statement, found, moving=not model_decides(statement.act))
    if local and statement.act != "question":
        # "end his push for a cease-fire", "rejected calls to end library funding": the words around the
        # issue's own words say which way, composed with the act.
        return ("support" if local * _act_direction(statement.act) * found.polarity > 0 else "oppose"), {}
    if statement.act in _AGAINST and _left_open(statement):
        # "he was 'not quite there yet'", "declined to address the FBI's report": no answer yet is no rejection.
        return "open", {}
    if statement.act in _AGAINST:
        # "seemed to rule out a NATO membership bid": out of fold on train the model gave a rejection or a
        # denial no better side than the act itself does (docs/EVALUATION.md).
        return "oppose", {}
    if statement.act in _TOWARD and not _own_words(found) and not _person(found.issue.label):
        # "Clinton's remarks on Thursday" (praised), "the president's executive actions" (a push for them) tagged
        # through the article alone: the content's words are about something else, so its evaluative words say
        # nothing of this issue; the act taken toward or against what the article is about, composed with the
        # proposition's polarity, does (``rule_stance``). Held out by article, issue, outlet and annotator it is
        # right more often than the model on these pairs (docs/EVALUATION.md, stance17). Not on an issue about
        # a person, where the model, reading who speaks, does better.
        return rule_stance(statement, found), {}
    values = stance_features(statement, found)
    if model_decides(statement.act) and not _takes_aim(values) and not _person(found.issue.label):
        # An issue about a person ("Donald Trump for president") is spoken to by judging them (docs/ANNOTATION.md
        # 1.3): 4 of the 319 labelled train pairs on the two candidacies are `unclear`, none of the 45 this gate
        # answered. There the model decides even a plain assert ("He's not the right person").
        return "unclear", values
    if model_decides(statement.act) and _analyst(statement):
        # "the damage to manufacturing jobs ... has contributed heavily", a study found: a finding reported.
        return "unclear", values
    if model_decides(statement.act) and not _person(found.issue.label) and _horse_race(statement, found):
        # "this issue was going to disappear for her once the primary was done", "a political talking point":
        # an assert that puts the issue in the words of the race (the campaign, polls, voters, debates) comments
        # on the contest, not on the proposition. Out of fold on train, and on issues never fitted on, it is
        # right more often than the model's side (docs/EVALUATION.md, stance13).
        return "unclear", values
    return None, values


def _rival(statement: Statement, found: Match) -> bool:
    """On an issue whose label names a person (``_person``), whether the speaker is a person named in another
    label and not this one ("Donald Trump" on "Hillary Clinton for president")."""
    actor = statement.actor
    if actor is None or actor.type != "person" or not _person(found.issue.label):
        return False
    names = set(actor.name.split())
    return bool(names & found.rivals) and not _is_subject(names, found.issue.label)


def own_issue(statement: Statement, issue: Issue) -> bool:
    """Whether the issue is about the speaker: its label names a person (``_person``) and the speaker is that
    person ("Donald Trump for president", said by Donald Trump). docs/ANNOTATION.md 1.3-1.4 give a candidate's
    words on their own candidacy ``support`` (self-description); no statement of theirs changes that."""
    actor = statement.actor
    return (actor is not None and actor.type == "person" and _person(issue.label)
            and _is_subject(set(actor.name.split()), issue.label))


def _left_open(statement: Statement) -> bool:
    """Whether a rejection or denial leaves the side undecided: "not yet" in its content, or a declining cue."""
    text = statement.content.text
    return bool(NOT_YET.search(text)) or (statement.cue is not None and statement.cue.lemma in DECLINING_CUES)


def _analyst(statement: Statement) -> bool:
    """Whether the speaker is a study, a survey, analysts, economists or a research centre (``ANALYST_SOURCES``)."""
    said_by = " ".join(x for x in (statement.speaker.text if statement.speaker else "",
                                   statement.actor.name if statement.actor else "") if x)
    return any(w.lower() in ANALYST_SOURCES for w in _WORD.findall(said_by))


def _horse_race(statement: Statement, found: Match) -> bool:
    """Whether the content speaks of the electoral contest (``HORSE_RACE_WORDS``) in a word that is not one of
    the issue's own (its label, proposition, description or terms: "voter fraud" is the rigged-election issue's)
    and is not a title before a name."""
    own = _issue_stems(found.issue)
    text = statement.content.text
    return any(m.group().lower() in HORSE_RACE_WORDS and stem(m.group()) not in own
               and not _TITLE_AFTER.match(text, m.end()) for m in _WORD.finditer(text))


# A capitalised word right after a word of the race makes it a title ("presidential candidate Hillary Clinton",
# "Republican nominee Donald Trump"): who is spoken of, not a comment on the race.
_TITLE_AFTER = re.compile(r"\s+[A-Z][a-z]")


@lru_cache(maxsize=256)
def _issue_stems(issue: Issue) -> frozenset[str]:
    text = " ".join((issue.label, issue.proposition, issue.description, *issue.terms, *issue.examples))
    return frozenset(stem(w) for w in _WORD.findall(text))


MENTIONED_WORDS = 4  # at most this many words mentioned: a name, not something said about it


def _names_only(statement: Statement) -> bool:
    """Whether the statement reports only that a name was (or was not) mentioned ("did not mention Trump by
    name"); a mention of something longer says something ("mentioned efforts to repeal the law": open)."""
    return (statement.cue is not None and statement.cue.lemma in MENTION_CUES
            and len(statement.content.text.split()) <= MENTIONED_WORDS)


def restates(content: str, proposition: str) -> int:
    """+1 when the content says what the proposition says — every content word of its first wording
    (before any "/" or bracket, two words at least) in one stretch of the content with no other content word
    in between — and -1 when that stretch is negated ("Putin is not a dictator"); 0 otherwise. Long
    propositions with alternatives are almost never restated whole: this speaks for the short ones a journalist
    writes."""
    first = re.split(r"[/(]", proposition, maxsplit=1)[0]
    wanted = {w for w, _, _ in words(first) if w not in _stop_stems() and w not in LINKING_WORDS}
    if len(wanted) < 2:
        return 0
    tokens = [t.lower() for t in _WORD.findall(content)]
    stems = [stem(t) for t in tokens]
    where = [i for i, w in enumerate(stems) if w in wanted]
    if {stems[i] for i in where} != wanted:
        return 0
    first_at, last_at = min(where), max(where)
    between = [t for t in stems[first_at:last_at + 1] if t not in wanted]
    if any(t not in _stop_stems() and t not in LINKING_WORDS and t not in NEGATIONS and not t.endswith("n't")
           for t in between):
        return 0  # "Putin met the dictator": another content word in between says something else
    stretch = tokens[max(0, first_at - 2):last_at + 1]
    return -1 if any(t in NEGATIONS or t.endswith("n't") for t in stretch) else 1


TERM_REACH = 4  # words before a term, in its clause, that may negate or commit to it ("will never lay down")


def term_way(content: str, issue: Issue) -> int:
    """-1 when the content negates one of the issue's ``terms`` in its clause ("Hamas will never lay down its
    arms", "refused to disarm"), +1 when it commits to or demands one ("Hamas will be disarmed", "must
    disarm"), else 0. A user's terms are the proposition's action in the words the story uses, so saying it
    will not happen opposes the proposition however the act reads ("said", an assert)."""
    found = words(content)
    stems = [w for w, _, _ in found]
    for term in issue.terms:
        wanted = tuple(w for w, _, _ in words(term))
        at = _term_at(stems, wanted) if wanted else None
        if at is None:
            continue
        before = re.split(r"[,;:.!?]", content[:found[at][1]])[-1]
        near = [t.lower() for t in _WORD.findall(before)][-TERM_REACH:]
        if _negated(near):
            return -1
        if any(t in COMMITTING_WORDS for t in near):
            return 1
    return 0


def rules_only_stance(statement: Statement, found: Match) -> Stance:
    """The stance without a model: a side-taking act on an issue it does not name by its own words is
    ``unclear``; words just before the issue's own words turn the act (``local_direction``); else
    ``rule_stance``."""
    if not found.distinct and not model_decides(statement.act):
        # "We will work with everybody for peace" (commit) tagged with US troops because the article is about
        # them: the act is aimed at what the statement names, and it names nothing of this issue's own.
        return "unclear"
    local = local_direction(statement, found)
    if local and statement.act not in ("refuse_to_commit", "question"):
        # "end his push for a cease-fire", "called for sanctions": the words around the issue's own words
        # say which way, whatever the wording elsewhere.
        direction = local * _act_direction(statement.act) * found.polarity
        return "support" if direction > 0 else "oppose"
    return rule_stance(statement, found)


_CLAUSE_BREAK = frozenset(",;:.!?()\"“”‘’'")
LOCAL_WINDOW = 5  # words before the issue's first word read for a turn toward or away


def _moves(word: str) -> int:
    """+1 for a word that moves what follows it up ("raise", "allow"), -1 down ("cut", "ban") or "against"."""
    return 1 if word in MORE_WORDS else -1 if word in LESS_WORDS or word in AGAINST_WORDS else 0


@dataclass(frozen=True, slots=True)
class Aims:
    """Which way a proposition moves its words: ``objects`` the words its moving words act on (+1 "taxes" in
    "taxes should be raised", -1 "immigration" in "restrict immigration", -1 "ISIS" after "against");
    ``actions`` its own moving words (+1: "restrict", "deport", "raise") and the words its description calls
    contrary (-1: "(amnesty is oppose)", "(repeal is oppose)")."""

    objects: dict[str, int]
    actions: dict[str, int]


@lru_cache(maxsize=256)
def aims(proposition: str, description: str = "") -> Aims:
    """``Aims`` of a proposition. Each clause (a "/" alternative, each example of a lower-case bracket) is
    read left to right: a moving word moves the words after it up to a preposition ("restrict immigration",
    "stronger military action against ISIS", not "in Ukraine"); a subject before a passive or a copula
    ("Taxes on the wealthy ... should be raised", "Gun laws should be stricter") takes the first moving word
    after it, while the subject of an active one is who acts ("Ukraine should join NATO"). Only a
    proposition that proposes (``PROPOSING_MODALS``) moves anything: "the allegations against him are
    credible" asserts."""
    objects: dict[str, int] = {}
    actions: dict[str, int] = {}
    examples = [e.strip("()") for e in _EXAMPLES.findall(proposition)]
    main = re.sub(r"[()]", " ", _EXAMPLES.sub(" ", proposition))
    proposes = not PROPOSING_MODALS.isdisjoint(t.lower() for t in _WORD.findall(proposition))
    for clause in (c for part in (main, *examples) for c in re.split(r"[,;:/]", part)):
        sign, modal, passive, named = 0, False, False, False
        subject: list[str] = []
        for token in (t.lower() for t in _WORD.findall(clause)):
            here = _moves(token)
            if here:
                if token not in AGAINST_WORDS:
                    actions.setdefault(stem(token), 1)
                if not sign and passive:
                    for word in subject:
                        objects.setdefault(word, here)
                sign = (sign or 1) * here
            elif token in PROPOSING_MODALS:
                modal = True
            elif token in MOVED_UNTIL:
                sign, named = 0, named or not modal  # "Sanctions on Russia": the subject is the sanctions
            elif modal and not sign and token in LINKING_WORDS:
                passive = True
            elif token not in STOPWORDS and token not in LINKING_WORDS and stem(token) not in _stop_stems():
                if sign:
                    objects.setdefault(stem(token), sign)
                elif not modal and not named:
                    subject.append(stem(token))
    for mark in CONTRARY_MARK.finditer(description):
        actions[stem(mark.group(1).lower())] = -1
    return Aims(objects if proposes else {}, actions)


def local_direction(statement: Statement, found: Match, moving: bool = True) -> int:
    """+1 or -1 when words just before the issue's own words in the content turn toward or away from it
    (their product: "stop calling for" is away), 0 when none does. Read before the first of the issue's
    words that has any, within its clause. Where the proposition moves that word (``aims``), the words that
    move it count too and are compared with the proposition's way: "allowed ... immigrants to stay" moves
    immigrants up, "restrict immigration" down, so it turns away; "tax cuts" against "taxes should be
    raised" too; naming the proposition's own action ("deport them") or a contrary one ("amnesty") turns
    toward or away by itself, a negation before turning it back ("will not deport"); ``moving``: False to
    read only the turning words."""
    text, base = statement.content.text, statement.content.start
    aim = aims(found.issue.proposition, found.issue.description)
    for start, end in found.spots:
        moved = _moved(text, max(0, start - base), max(0, end - base), aim) if moving else 0
        if moved:
            return moved
        before = text[:max(0, start - base)]
        tokens = re.findall(r"[A-Za-z’']+|[^\sA-Za-z]", before)[-LOCAL_WINDOW * 2:]
        clause: list[str] = []
        for tok in reversed(tokens):
            if tok in _CLAUSE_BREAK or tok.lower() in ("and", "but", "or") or len(clause) >= LOCAL_WINDOW:
                break
            if tok[0].isalpha():
                clause.append(tok.lower())
        sign = 0
        for tok in clause:
            if tok in AWAY_WORDS or tok in TOWARD_WORDS:
                sign = (sign or 1) * (-1 if tok in AWAY_WORDS else 1)
        if sign:
            return sign
    return 0


def _moved(text: str, start: int, end: int, aim: Aims) -> int:
    """Which way the statement moves the word at ``start:end`` compared with the proposition (``aims``): the
    product of the moving words in the clause before it and the one right after ("tax cuts"), times the
    proposition's way for that word, flipped by a negation; 0 where neither says anything."""
    action, way = _way(stem(text[start:end]), aim)
    if not way:
        return 0
    clause = _clause_before(text[:start], LOCAL_WINDOW)
    moves = _moving_words(clause, text[end:])
    if not moves and not (action < 0 or (action > 0 and _object_after(text[end:], aim))):
        # The proposition's object named, moved by nothing, says no way; nor does its own action named alone
        # ("build traction" is not building the wall), only with its object after it ("deport immigrants").
        return 0
    sign = way * math.prod(moves)
    return -sign if _negated(clause) else sign


def _negated(words: Sequence[str]) -> bool:
    """Whether lower-cased words hold a verb's negation ("not", "never", "won't")."""
    return any(t in VERB_NEGATIONS or t.endswith("n't") for t in words)


ACTION_REACH = 4  # words after a proposition's action word where its object may stand ("deport 11 million immigrants")


def _object_after(after: str, aim: Aims) -> bool:
    return any(way and not action for action, way in (_way(stem(t), aim) for t in _WORD.findall(after)[:ACTION_REACH]))


def _way(word: str, aim: Aims) -> tuple[int, int]:
    """(the word's way as the proposition's own action or a contrary one, else 0; its way as either or as an
    object the proposition moves, else 0)."""
    # The stemmer leaves "taxe" of "taxes" and "forc" of "forces" beside "tax" and "force": either spelling.
    spellings = (word, word + "e", word.removesuffix("e"))
    action = next((aim.actions[w] for w in spellings if w in aim.actions), 0)
    return action, action or next((aim.objects[w] for w in spellings if w in aim.objects), 0)


COMPOUND_AFTER = 2


def _moving_words(clause: Sequence[str], after: str, skip: frozenset[str] = frozenset()) -> list[int]:
    """The ways of the moving words of a clause (nearest first) and of the noun that the word is part of ("tax
    cuts", "parking fee cuts": up to COMPOUND_AFTER words after it, up to a stop word)."""
    following = list(takewhile(lambda t: t not in STOPWORDS and t not in STOP_WORDS,
                                         (t.lower() for t in _WORD.findall(after)[:COMPOUND_AFTER])))
    return [_moves(t) for t in (*clause, *following) if _moves(t) and t not in skip]


# Words before the issue's words read for a verb of siding ("repudiated decades of Republican support for").
STANCE_VERB_WINDOW = 6


def verb_direction(statement: Statement, found: Match) -> int:
    """+1 or -1 when a verb of voting, endorsing, backing, preferring or rejecting (``STANCE_VERBS``) has the
    issue's own words for its object: the product of such verbs in the clause before them ("repudiated ...
    support for"), flipped when a negation stands before the nearest ("cannot support", "refused to endorse")
    and when the words are the ones passed over ("take Sanders over Trump"); 0 when none does, or when a
    negated preference passes the words over (not choosing X over Y says nothing of Y)."""
    text, base = statement.content.text, statement.content.start
    aim = aims(found.issue.proposition, found.issue.description)
    for start, end in found.spots:
        clause = _clause_before(text[:max(0, start - base)], STANCE_VERB_WINDOW)
        sign = _verb_sign(clause, chosen=_passes_over(text[max(0, end - base):]))
        if sign:
            # "supports an amnesty", "voted against restricting immigration", "backs tax cuts": the words the
            # verb sides with, compared with the way the proposition moves them (``aims``).
            _, way = _way(stem(text[max(0, start - base):max(0, end - base)]), aim)
            moves = _moving_words(clause, text[max(0, end - base):], AWAY_WORDS) if way else []
            return sign * (way or 1) * math.prod(moves)
    return 0


def undecided(statement: Statement, found: Match) -> bool:
    """Whether a verb of siding whose object is the issue's own words is left undecided by a word before it
    in its clause ("whether to back the congestion charge", "unsure about endorsing Okafor")."""
    text, base = statement.content.text, statement.content.start
    for start, _ in found.spots:
        clause = _clause_before(text[:max(0, start - base)], STANCE_VERB_WINDOW)
        verbs = [i for i, tok in enumerate(clause) if tok in STANCE_VERBS]
        if verbs and any(tok in UNDECIDED_WORDS for tok in clause[verbs[0] + 1:]):
            return True
    return False


def _clause_before(before: str, window: int) -> list[str]:
    """The lower-cased words of the clause just before a point, nearest first, at most ``window``, less the
    capitalised words right before it: the rest of the name the point is in ("Donald" of "Donald Trump")."""
    tokens = re.findall(r"[A-Za-z’']+|[^\sA-Za-z]", before)[-window * 3:]
    clause: list[str] = []
    for tok in reversed(tokens):
        if tok in _CLAUSE_BREAK or tok.lower() in ("and", "but", "or") or len(clause) >= window:
            break
        if not clause and tok[0].isupper():
            continue
        if tok[0].isalpha():
            clause.append(tok.lower().replace("’", "'"))
    return clause


def _cue_aim(statement: Statement) -> float:
    """Which way the cue turns a verb of siding in the content: by its own verb where it is one ("repudiated
    | decades of support for free trade", whose act the content's "support" may have given), by the act for
    another stance cue ("urged"), not at all for a speech cue ("declared he cannot support")."""
    cue = statement.cue
    if cue is None:
        return 1.0
    if cue.lemma in STANCE_VERBS:
        return float(STANCE_VERBS[cue.lemma])
    return _act_direction(statement.act) if cue.cue_class == "stance" else 1.0


def _passes_over(after: str) -> bool:
    """Whether the words after a name pass another over ("Okafor over Lind"), the rest of the name skipped."""
    words = re.findall(r"[A-Za-z’']+", after)[:6]
    while words and words[0][0].isupper():
        words.pop(0)
    return any(tuple(words[:len(p)]) == p[::-1] for p in PASSED_OVER)


def _verb_sign(clause: Sequence[str], chosen: bool = False) -> int:
    """``verb_direction`` on one clause (nearest word first); ``chosen``: the words after pass another over."""
    passed = any(tuple(clause[:len(p)]) == p for p in PASSED_OVER)
    sign, nearest, turns, verbs = 0, -1, 1, 0
    for i, tok in enumerate(clause):
        here = STANCE_VERBS.get(tok, 0)
        if tok in VOTE_VERBS and i > 0:
            here = VOTE_PREPOSITIONS.get(clause[i - 1], 0)
        if (passed or chosen) and not here and tok in CHOOSING_VERBS:
            here = 1
        if here:
            sign, verbs = (sign or 1) * here, verbs + 1
            nearest = i if nearest < 0 else nearest
        elif tok in AWAY_WORDS:
            turns = -turns  # "rejected calls to end library funding": the turns compose with the verb
    if not sign or (verbs == 1 and len(clause) > nearest + 1 and clause[nearest + 1] in OTHERS_POSSESSIVES):
        return 0  # "his support for Trump": someone else's side
    sign *= turns
    if _negated(clause[nearest + 1:]):
        if passed:
            return 0
        sign = -sign
    return -sign if passed else sign


def _act_direction(act: Act) -> float:
    """Which way the act points at what the statement says: toward for a support, a proposal or a plain
    assertion, away for an opposition, a rejection or a denial."""
    return -1.0 if act in _AGAINST or _TOWARD.get(act, 1) < 0 else 1.0


def _takes_aim(values: dict[str, float]) -> bool:
    """Whether an assert offers any evidence of a side: an evaluative word in its content or cue, or a
    speaker who is the issue's own subject or a rival's. Without one the model would still pick the side
    its training pairs favour ("European troops could be discussed" -> support); ``unclear`` is what an
    annotator gives a plain report, and the plurality of such train pairs (60 of 176)."""
    return any(values.get(k, 0.0) for k in ("valence_total", "cue_evaluative", "speaker_named", "speaker_rival"))


def model_decides(act: Act) -> bool:
    """Whether the act leaves the side to the wording (assert, emphasize, question). An act that takes a
    side by itself (support, oppose, commit, propose, reject, deny, refuse_to_commit) is evidence aimed at
    what the statement is about; the rules compose it with the proposition's polarity (``rule_stance``),
    and the model reads that composition among its features."""
    return act not in _TOWARD and act not in _AGAINST and act != "refuse_to_commit"


def rule_stance(statement: Statement, found: Match) -> Stance:
    """The stance from the act, negation and valence alone (the fallback, and a baseline in the eval).

    - refuse_to_commit leaves it ``open`` ("refused to rule out sending soldiers");
    - reject and deny ``oppose`` (ruling out, denying what the proposition claims);
    - support, commit, propose and oppose point toward or against what the statement is about, which
      counts for the proposition when it proposes and against it when it condemns (polarity -1);
    - assert and emphasize take their side from the content's valence, the same way; none: ``unclear``;
    - a question is ``unclear``.
    """
    act: Act = statement.act
    if act == "refuse_to_commit":
        return "open"
    if act == "question":
        return "unclear"
    if act in _AGAINST:
        return "oppose"
    if act in _TOWARD:
        direction = float(_TOWARD[act])
    else:
        # The content's valence speaks to the issue only when the content itself names it: a statement
        # tagged through its context alone ("the priority was weapons") leans about something else.
        lean = _valence(_opinion_text(statement, found)) if _own_words(found) else 0
        if lean == 0:
            return "unclear"
        direction = float(lean)
    direction *= found.polarity
    return "support" if direction > 0 else "oppose"


def stance_features(statement: Statement, found: Match) -> dict[str, float]:
    """STANCE_FEATURES of one (statement, issue) pair."""
    text = statement.content.text
    opinion = _opinion_text(statement, found)
    pol = found.polarity
    positive, negative = _sides(opinion)
    cue_positive, cue_negative = _sides(statement.cue.text) if statement.cue else (0.0, 0.0)
    own = float(_own_words(found))
    lean = float(_valence(opinion))
    # A name the label shares with most labels is the taxonomy's subject: "for Ukraine" in a Ukraine taxonomy
    # is no sign of an attack on anyone, as "Trump" on Trump's candidacy was in the us-2016 training pairs.
    names = float(found.own_name)
    actor = set(statement.actor.name.split()) if statement.actor else set()
    speaker = float(_is_subject(actor, found.issue.label))
    rival = float(bool(actor & found.rivals) and not speaker)
    pos, neg = math.log1p(positive), math.log1p(negative)
    values = {f"act_{statement.act}": 1.0}
    values.update({
        "act_direction": (_TOWARD.get(statement.act, 0) - (statement.act in _AGAINST)) * pol,
        "lean": lean * pol, "lean_own": lean * pol * own, "positive": pos * pol, "negative": neg * pol,
        "net_own": (pos - neg) * pol * own, "own": own, "names": names, "names_lean": names * lean * pol,
        "question": float("?" in text), "negated": float(statement.negated), "hedged": float(statement.hedged),
        "log_length": math.log1p(len(text.split())), "overlap": found.values.get("overlap", 0.0),
        "context": found.values.get("context", 0.0), "evaluative": abs(lean),
        "valence_total": math.log1p(positive + negative), "polarity": pol,
        "cue_positive": math.log1p(cue_positive) * pol, "cue_negative": math.log1p(cue_negative) * pol,
        "cue_evaluative": float(cue_positive + cue_negative > 0), "digits": float(bool(_DIGIT.search(text))),
        "no_valence": float(positive + negative == 0), "speaker_named": speaker,
        "speaker_named_lean": speaker * lean * pol, "speaker_rival": rival, "speaker_rival_lean": rival * lean * pol,
        "no_actor": float(statement.actor is None),
        # The rules' composition of the act with the proposition (act direction x polarity, the content's
        # lean for an assert), whether the statement names the issue by its own words, and the turn of the
        # words just before them ("end his push for"): what relates the statement to the proposition, so
        # the model learns how far to trust each on the acts it is really given.
        f"rule_{rule_stance(statement, found)}": 1.0, "distinct": float(found.distinct),
        "local": local_direction(statement, found, moving=False) * _act_direction(statement.act) * pol,
        # An assert's moving words take their side from its evaluative words: "criticism of the actions to
        # tighten gun rules", "deporting 11 million people is absurd" (a side-taking act decides by rule).
        "moved_lean": local_direction(statement, found) * lean * pol})
    # The act or the evaluative words aimed at a word the proposition moves, with no moving word of the
    # statement's own: "denouncing Mexicans as rapists", "weak on illegal immigration" against "restrict
    # immigration" (down) say the opposite of the act's own direction; "attacked the wall" says it.
    way = object_way(statement, found)
    values["object_act"] = way * (_TOWARD.get(statement.act, 0) - (statement.act in _AGAINST)) * pol
    values["object_lean"] = way * lean * pol
    if statement.cue is not None:
        values[f"cue={statement.cue.lemma}"] = 1.0
        values[f"cue_polar={statement.cue.lemma}"] = pol
    return values


def object_way(statement: Statement, found: Match) -> int:
    """The way the proposition moves the first of the issue's words in the content that is one of its objects
    (``aims``: -1 "immigrants" of "restrict immigration", +1 "wall"), turned by a negation in the clause before
    it; 0 when none is, or when a moving word of the statement's own moves it (``local_direction`` reads those)."""
    text, base = statement.content.text, statement.content.start
    aim = aims(found.issue.proposition, found.issue.description)
    for start, end in found.spots:
        a, b = max(0, start - base), max(0, end - base)
        action, way = _way(stem(text[a:b]), aim)
        if not way or action:
            continue
        clause = _clause_before(text[:a], LOCAL_WINDOW)
        if _moving_words(clause, text[b:]):
            return 0
        return -way if _negated(clause) else way
    return 0


def _opinion_text(statement: Statement, found: Match) -> str:
    """The content with the issue's own words blanked out: what is left is the speaker's evaluation. The
    topic's words carry a valence of their own in the lexicon ("wealthy", "gun", "weapons", "peace",
    "terrorism", "care") that says nothing of a side: "the plan's tax cuts for the wealthy" is a report, and
    a statement on terrorism is not against stronger action for using the word."""
    text, base = statement.content.text, statement.content.start
    chars = list(text)
    for start, end in found.spots:
        for i in range(max(0, start - base), min(len(chars), end - base)):
            chars[i] = " "
    return "".join(chars)


def _is_subject(actor: set[str], label: str) -> bool:
    """Whether the speaker is the person the label names: a shared name, unless the label gives it a given
    name the speaker has another of ("Hillary Clinton for president" is not about Bill Clinton; a speaker
    known only as "Clinton" still is)."""
    words = _NAME.findall(label)
    for i, word in enumerate(words):
        if word.lower() in STOPWORDS or word not in actor:
            continue  # "The" of "The Clinton Foundation" is no name, nor anyone's given name
        before = words[i - 1] if i else ""
        given = before if before and before.lower() not in STOPWORDS and f"{before} {word}" in label else None
        if given is None or given in actor or actor <= set(words):
            return True
    return False


@lru_cache(maxsize=256)
def _label_names(label: str) -> tuple[str, ...]:
    return tuple(n for n in _NAME.findall(label) if n.lower() not in STOPWORDS)


_OWNER = re.compile(r"\b([A-Z][a-z]+)(?:['’]s\b| (?=([A-Z][a-z]+)))")


def _owners(label: str, elsewhere: set[str]) -> frozenset[str]:
    """Names of a label that own its topic: a possessive ("Trump's taxes"), or a name another issue's label
    has before a capitalised ordinary word ("The Clinton Foundation"; not "The Supreme Court", nor "Hillary"
    before "Clinton", two names of one person)."""
    return frozenset(m.group(1) for m in _OWNER.finditer(label) if _is_name(m.group(1)) and (
        m.group(2) is None or (m.group(1) in elsewhere and not _is_name(m.group(2)))))


def _own_words(found: Match) -> bool:
    """Whether the statement itself shares a word, a term or a name with the issue (not only its context)."""
    return any(found.values.get(k, 0.0) > 0 for k in ("overlap", "terms", "names"))


def _sides(text: str) -> tuple[float, float]:
    """The content's summed positive and negative valence; a word after a negation counts the other way,
    half as much ("not good" leans a little negative)."""
    lexicon = valences()
    positive = negative = 0.0
    tokens = [t.lower() for t in _WORD.findall(text)]
    for i, tok in enumerate(tokens):
        value = lexicon.get(tok, 0.0)
        if not value:
            continue
        if any(t in NEGATIONS or t.endswith("n't") for t in tokens[max(0, i - 3):i]):
            value = -value / 2
        if value > 0:
            positive += value
        else:
            negative -= value
    return positive, negative


def _valence(text: str) -> int:
    """+1, -1 or 0: which way the content's evaluative words lean, a negated word counting the other way."""
    positive, negative = _sides(text)
    if positive > LEAN_RATIO * negative and positive >= LEAN_MINIMUM:
        return 1
    if negative > LEAN_RATIO * positive and negative >= LEAN_MINIMUM:
        return -1
    return 0


# -- tagging statements ------------------------------------------------------------------------------


def tag(statements: Iterable[Statement], taxonomy: Taxonomy, model: MatchModel | None = None,
        article_text: str | None = None) -> None:
    """Set each statement's ``issues`` (empty when none matched); ``article_text``: the text all offsets
    index, read for each statement's context and the article's own issues."""
    model = model or shipped_model()
    article = article_context(article_text, taxonomy) if article_text is not None else None
    for s in statements:
        s.issues = [
            IssueTag(id=m.issue.id, stance=stance(s, m), score=round(m.score(model), 3),
                     evidence=Span(m.start, m.end, _evidence_text(s, m, article_text)), taxonomy=taxonomy.name,
                     own=own_issue(s, m.issue))
            for m in match(s.content.text, s.content.start, taxonomy, model, article)
        ]


def _evidence_text(s: Statement, m: Match, article_text: str | None) -> str:
    """The evidence's words: from the article (it may lie in the content's sentence), else the content."""
    if article_text is not None:
        return article_text[m.start:m.end]
    return s.content.text[m.start - s.content.start:m.end - s.content.start]
