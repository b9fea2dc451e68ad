"""Load the cue lexicon learned from PolNeAR train (see ``onrecord.extract.learn``)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

LEXICON_FILE = "cue_lexicon.json"


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
