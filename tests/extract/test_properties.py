"""Whatever the text, ``onrecord.extract`` returns an article whose offsets index that text.

Random and mutated news-like texts: quotation marks of every kind, nested and
unbalanced; names, pronouns, reporting verbs; very long and empty sentences;
lone surrogates, control characters and NUL. A small fixed budget keeps this
to seconds in CI; the pathological sizes are in bench/bench_scaling.py.
"""

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from onrecord import Settings, extract
from tests.extract.offsets import assert_offsets_valid

NEWS = (Path(__file__).resolve().parents[2] / "examples" / "peace-talks.txt").read_text(encoding="utf-8")[:2_000]

WORDS = [
    "Donald Trump", "Sergei Lavrov", "Ms. Lopez", "the Kremlin", "He", "he", "She", "they", "It",
    "the senator", "the American leader", "two officials", "said", "told reporters", "refused to rule out",
    "said in a statement", "according to", "as he put it", "denied", "that", "would", "not", "the deal",
    "BRUSSELS (AP) —", "Sanders:", "was quoted as saying",
]
MARKS = ['"', "“", "”", "„", "«", "»", "''", "'", "‘", "’", "(", ")", "—", "-", ",", ".", ":", ";", "?", "!", "…"]
ODD = ["\ud800", "\udfff", "\x00", "\x1b", "\x7f", "\u200b", "\ufeff", "\t", "\r\n", "\n", "\n\n", "\u2028", ""]
LONG = ["word " * 600, "w" * 700, '"' * 400, "“" * 300, ". " * 200, "the senator said that " * 150]

fragment = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(MARKS), st.sampled_from(ODD), st.text(max_size=6),
    st.sampled_from(LONG),
)
generated = st.lists(fragment, max_size=60).flatmap(
    lambda parts: st.sampled_from([" ".join(parts), "".join(parts)])
)


@st.composite
def mutated_news(draw: st.DrawFn) -> str:
    text = NEWS
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(fragment)
        if action == "insert":
            text = text[:at] + piece + text[at:]
        else:
            end = min(len(text), at + draw(st.integers(1, 200)))
            text = text[:at] + (piece if action == "replace" else "") + text[end:]
    return text


# Small pieces, runs and sentences, so a short text crosses every cut as a long one would.
TIGHT = Settings(max_chunk_chars=300, max_run_chars=40, max_sentence_tokens=30)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.one_of(generated, mutated_news()), st.sampled_from([Settings(), TIGHT]))
@example("¿ê", Settings())  # an entity of symbols only: once an IndexError in the name reader
def test_extract_never_fails_and_every_offset_indexes_the_text(text: str, config: Settings) -> None:
    assert_offsets_valid(text, extract(text, settings=config))
