"""The same quote in several outlets: normalised text, word shingles and a small sketch.

Outlets trim, re-punctuate and re-case the words they quote. Two statements by
the same actor are one quote when their word 3-gram sets overlap enough
(Jaccard), or when one is almost entirely inside the other (an outlet quoting
only part of a sentence). The store indexes every shingle hash of a quote, so
candidates come from an index lookup, not a scan of every quote of a busy actor,
and a short excerpt still finds the long quote it was cut from.
"""

from __future__ import annotations

import hashlib
import re

from onrecord.resolve.names import strip_accents

SHINGLE = 3
MIN_WORDS = 5  # shorter contents ("no", "we will see") say too little to be matched across outlets
SAME_JACCARD = 0.6
SAME_CONTAINMENT = 0.9

_WORD = re.compile(r"[a-z0-9]+")


_CONTRACTIONS = (("can't", "can not"), ("won't", "will not"), ("n't", " not"), ("'re", " are"), ("'ve", " have"),
                 ("'ll", " will"), ("'m", " am"), ("'d", " would"))


def normalise(text: str) -> str:
    """Lower case, no accents or punctuation, contractions spelled out: how outlets differ."""
    text = strip_accents(text).replace("’", "'").lower()
    for short, long in _CONTRACTIONS:
        text = text.replace(short, long)
    return " ".join(_WORD.findall(text.replace("'", "")))


def shingles(norm_text: str) -> set[int]:
    words = norm_text.split()
    if len(words) < MIN_WORDS:
        return set()
    grams = (" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=7).digest(), "big") for g in grams}


def same_quote(common: int, size_a: int, size_b: int) -> bool:
    """Whether two shingle sets of these sizes sharing ``common`` shingles are one quote."""
    if not common or not size_a or not size_b:
        return False
    return (common / (size_a + size_b - common) >= SAME_JACCARD
            or common / min(size_a, size_b) >= SAME_CONTAINMENT)
