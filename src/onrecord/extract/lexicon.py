"""Load what was learned from PolNeAR train (see ``onrecord.training.learn``): the cue lexicon and the
models shipped as JSON beside it, and the bucketing their features share."""

from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib import resources
from typing import Any

LEXICON_FILE = "cue_lexicon.json"


@cache
def shipped_model(name: str) -> dict[str, Any] | None:
    """A model file shipped in ``onrecord.extract`` (weights only), or None when it was never trained."""
    path = resources.files("onrecord.extract").joinpath(name)
    if not path.is_file():
        return None
    return dict(json.loads(path.read_text(encoding="utf-8")))


def bucket(value: float, limits: tuple[float, ...]) -> str:
    """A readable feature value: "<=7" for 5 with limits (1, 3, 7, 15), ">15" past the last."""
    for limit in limits:
        if value <= limit:
            return f"<={limit:g}"
    return f">{limits[-1]:g}"


@lru_cache(maxsize=1)
def shipped_lexicon() -> dict[str, dict[str, Any]]:
    """lemma -> {"p": cue rate, "n": count, "links": [dependency links]}; empty if untrained."""
    path = resources.files("onrecord.extract").joinpath(LEXICON_FILE)
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return dict(data["lemmas"])


@lru_cache(maxsize=1)
def source_nouns() -> frozenset[str]:
    """Common nouns that head annotated sources in train ("official", "poll", "campaign")."""
    path = resources.files("onrecord.extract").joinpath(LEXICON_FILE)
    if not path.is_file():
        return frozenset()
    return frozenset(json.loads(path.read_text(encoding="utf-8")).get("source_nouns", []))
