"""How likely a candidate statement is to be a real attribution.

A logistic model over a handful of readable features (which rule found it,
the cue lemma, how the content hangs off the cue, what kind of speaker, how
long the content is). Trained on PolNeAR *train* by ``onrecord.training.learn``
and shipped as ``confidence_model.json``; without that file the rules' own
prior confidences are used.
"""

from __future__ import annotations

import itertools
import math
import re
from typing import Any

from onrecord.extract import lexicon
from onrecord.extract.lexicon import bucket, source_nouns
from onrecord.extract.rules import Candidate

MODEL_FILE = "confidence_model.json"


def features(cand: Candidate, text: str) -> list[str]:
    out = [f"rule={cand.rule}", f"kind={cand.kind}", f"link={cand.link or '-'}", f"rule*kind={cand.rule}*{cand.kind}"]
    if cand.cue:
        out.append(f"lemma={cand.cue[2]}")
    out.append(f"speaker={_speaker_class(cand)}")
    words = _words(text, *cand.content)
    out.append(f"words={_bucket(words)}")
    out.append(f"rule*words={cand.rule}*{_bucket(words)}")
    if cand.negated:
        out.append("negated")
    if cand.hedged:
        out.append("hedged")
    if cand.inherited:
        out.append("inherited")
    return out


def _speaker_class(cand: Candidate) -> str:
    span = cand.speaker
    if span is None:
        return "none"
    root = span.root
    if root.pos_ == "PRON":
        return f"pron:{root.lower_}"
    if root.pos_ == "PROPN" or root.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return "name"
    if root.pos_ == "NOUN":
        known = "source-noun" if root.lemma_.lower() in source_nouns() else "other-noun"
        return f"{known}-plural" if root.tag_ == "NNS" else known
    return "other"


_BUCKETS = (1, 3, 7, 15, 30)
_WORD = re.compile(r"\S+")  # the words str.split() finds


def _words(text: str, start: int, end: int) -> int:
    """Words in ``text[start:end]``, counted only as far as the buckets tell apart:
    a long content must not cost its length once per candidate."""
    return sum(1 for _ in itertools.islice(_WORD.finditer(text, start, end), _BUCKETS[-1] + 1))


def _bucket(n: int) -> str:
    return bucket(n, _BUCKETS)


def shipped_model() -> dict[str, Any] | None:
    return lexicon.shipped_model(MODEL_FILE)


def probability(feats: list[str], model: dict[str, Any]) -> float:
    weights: dict[str, float] = model["weights"]
    z = model["bias"] + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-z))


def rescore(cands: list[Candidate], text: str) -> None:
    """Replace the rules' prior confidences with the trained model's, when shipped."""
    model = shipped_model()
    if model is None:
        return
    for cand in cands:
        cand.confidence = probability(features(cand, text), model)
    for cand in cands:
        if cand.continues is not None:
            # One attribution, one judgement: a run-on quotation stands or falls with the statement it
            # continues (and the model was never trained on such parts).
            cand.confidence = cand.continues.confidence


def default_threshold() -> float:
    """The cut-off chosen with the model (held-out half of train), else keep all."""
    model = shipped_model()
    return float(model["threshold"]) if model else 0.0
