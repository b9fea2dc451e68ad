"""Which language an article is in, so that non-English text is recorded and skipped.

py3langid ships its model inside the wheel (no download). Short or mixed texts
give low-confidence guesses; only a confident non-English verdict skips an
article, because a wrong skip loses an article while a wrong keep costs only a
few odd statements.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

SAMPLE_CHARS = 20_000  # enough to decide; whole 5 MB texts would only cost time


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str
    probability: float


class LanguageModelError(OSError):
    """The language identifier cannot be loaded here: no article of the run can be judged, so the run stops."""


@cache
def _identifier() -> Any:
    import tempfile

    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    try:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    except OSError as err:
        # py3langid unpacks its model (68 MB) into a temporary file at first use. With the temporary folder full,
        # or under ``ulimit -f``, that failed for every article in turn, each recorded as "read failed: OSError:
        # [Errno 27] File too large" after unpacking again, and the run went on to fail them all (redteam17).
        raise LanguageModelError(
            f"the language identifier could not be loaded ({err.strerror or err}): py3langid unpacks its model, "
            f"about 68 MB, into the temporary folder ({tempfile.gettempdir()}) first; make room there (or point "
            "TMPDIR at a folder with room, under any `ulimit -f`) and run the same command again") from err


def detect(text: str) -> LanguageGuess:
    code, probability = _identifier().classify(text[:SAMPLE_CHARS])
    return LanguageGuess(str(code), float(probability))


def judge(text: str, declared: str | None, *, wanted: str = "en",
          min_probability: float = 0.9) -> tuple[str, str | None]:
    """The article's language code, and why it is skipped (another language) or None to analyse it."""
    if declared:
        code = declared.strip().lower().replace("_", "-").split("-")[0]
        return code, (None if code == wanted else f"language {code!r} (declared), not {wanted!r}")
    guess = detect(text)
    if guess.code != wanted and guess.probability >= min_probability:
        return guess.code, f"language {guess.code!r} (detected, p={guess.probability:.2f}), not {wanted!r}"
    return wanted, None  # analysed as English: a low-confidence guess does not skip
