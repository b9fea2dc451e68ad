"""The learned event filter: a logistic regression over binary features of one event candidate (issue 9).

The rules of ``events.py`` decide which mentions of an event word are occasions with hand-made filters read off
the tune half; they did not transfer to unseen articles. The filter scores every candidate the trigger words
give instead, over general features (``events.candidate_features``: part of speech, dependency, participants,
place, time, tense and modality, quotation, headline, genericity ...). It is trained by
``python -m onrecord.training.events eval/events/gold/tune --write`` and ships as ``event_model.json``:
feature weights only, no text. Scoring is a sum of weights, so the same features always give the same answer.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

MODEL_FILE = "event_model.json"


@dataclass(frozen=True, slots=True)
class EventFilter:
    weights: Mapping[str, float]
    bias: float
    threshold: float
    meta: Mapping[str, Any] = field(default_factory=dict)  # how it was trained and scored (not read here)

    def probability(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-z))

    def keeps(self, features: Iterable[str]) -> bool:
        return self.probability(features) >= self.threshold

    def to_dict(self) -> dict[str, Any]:
        weights = {k: round(v, 4) for k, v in sorted(self.weights.items()) if round(v, 4)}
        return {**dict(self.meta), "bias": round(self.bias, 4), "threshold": self.threshold, "weights": weights}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EventFilter:
        meta = {k: v for k, v in data.items() if k not in ("bias", "threshold", "weights")}
        return cls(dict(data["weights"]), float(data["bias"]), float(data["threshold"]), meta)


@lru_cache(maxsize=1)
def shipped_filter() -> EventFilter | None:
    """The model shipped with the package; None where it is absent (the rules then decide)."""
    return read_shipped(MODEL_FILE)


def read_shipped(file_name: str) -> EventFilter | None:
    """A filter shipped as ``onrecord/resolve/<file_name>``; None where it is absent."""
    path = resources.files("onrecord.resolve").joinpath(file_name)
    if not path.is_file():
        return None
    return EventFilter.from_dict(json.loads(path.read_text(encoding="utf-8")))
