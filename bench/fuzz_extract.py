"""Fuzz ``onrecord.extract`` and ``extract_many`` with hostile text, checking every offset of the output.

Usage: python bench/fuzz_extract.py [--examples N] [--seed S] [--slow S] [--doubling]

Texts are built from hostile pieces (surrogates, combining marks, RTL and zero-width marks, NUL, lone quotes,
runs of quote marks and brackets, long tokens and lines, mixed scripts, all punctuation, all numbers, many
tiny sentences) mixed with news words, with and without the example taxonomy. Every span of the output is
checked against the text: statements (content, cue, speaker, issue evidence), actors' mentions and events
(mentions, place, time, participants). ``--doubling`` times each pathological kind at n and 2n characters and
prints the CPU ratio (2.0 linear, 4.0 quadratic).
"""

from __future__ import annotations

import argparse
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from onrecord import Settings, extract
from onrecord.extract.issues import load_taxonomy
from onrecord.ingest import TextInput
from onrecord.model import Article
from onrecord.pipeline import extract_many

ROOT = Path(__file__).resolve().parents[1]
TAXONOMY = load_taxonomy(ROOT / "examples" / "peace-talks.issues.yaml")
WORDS = ["3000 years ago", "in 9000 years", "tomorrow", "next year", "last month", "on Dec. 31",
         "Sergei Lavrov", "Donald Trump", "the minister", "He", "she", "said", "told reporters", "that",
         "would not", "meet", "summit", "talks", "in Geneva", "on Monday", "last week", "NATO", "Ukraine",
         "troops", "ceasefire", "sanctions", "according to", "BRUSSELS (AP) —", "Q:", "THE PRESIDENT:"]
ODD = ["\ud800", "\udfff", "\x00", "\x1b", "\u200b", "\u200d", "\u200f", "\u202e", "\u2066", "\ufeff", "\u0301",
       "\u0301" * 200, "\r", "\u2028", "\x85", "\f", "\v", "﷽", "𝕏", "\U0010ffff", "١٢٣", "２０２５", "Ⅻ"]
MARKS = ['"', "“", "”", "„", "‟", "«", "»", "‹", "›", "'", "‘", "’", "「", "」", "(", ")", "[", "]", "{", "}",
         "—", "–", "-", ":", ";", ".", "!", "?", "…", "\\", "/"]
SCRIPTS = ["Путин сказал", "قال الوزير", "部长说", "מנהיג", "नेता ने कहा", "Ελλάδα", "ﾃｽﾄ", "한국"]
RUNS = ['"' * 2000, "“" * 1000, "(" * 2000, ")" * 2000, "[" * 1500, "「" * 1000, "." * 3000, "-" * 3000,
        "!?" * 1000, "1234567890 " * 300, "w" * 10_000, "A. " * 1000, "He said. " * 400, "\n" * 2000,
        "x\n" * 1500, "\u0301" * 3000, "Mr. " * 800, "“He said,” " * 200, "9" * 8000]

piece = st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(MARKS), st.sampled_from(ODD),
                  st.sampled_from(SCRIPTS), st.sampled_from(RUNS), st.text(max_size=5))
hostile = st.lists(piece, max_size=40).flatmap(lambda p: st.sampled_from([" ".join(p), "".join(p), "\n\n".join(p)]))
# Publication dates: none, plain, a leap day, the calendar's ends (placeholders), not dates at all.
DATES = st.sampled_from([None, "2025-08-18", "2024-02-29", "0001-01-01", "9999-12-31", "1900-01-01", "2025-13-45",
                         "garbage", "", "2025-08-18T23:59:59+14:00"])
TIGHT = Settings(max_chunk_chars=300, max_run_chars=40, max_sentence_tokens=30)


def check_span(text: str, start: int, end: int, shown: str | None, what: str) -> None:
    assert 0 <= start <= end <= len(text), (what, start, end, len(text))
    if shown is not None:
        assert text[start:end] == shown, (what, text[start:end], shown)


def check_article(text: str, article: Article) -> None:
    assert article.text == text
    for s in article.statements:
        check_span(text, s.content.start, s.content.end, s.content.text, "content")
        if s.speaker is not None:
            check_span(text, s.speaker.start, s.speaker.end, s.speaker.text, "speaker")
        if s.cue is not None:
            check_span(text, s.cue.start, s.cue.end, s.cue.text, "cue")
        for tag in s.issues or ():
            check_span(text, tag.evidence.start, tag.evidence.end, tag.evidence.text, "issue evidence")
    for actor in article.actors:
        for m in actor.mentions:
            check_span(text, m.start, m.end, None, "mention")
            assert m.start < m.end, ("empty mention", m)
    for event in article.events:
        for span in [*event.mentions, event.place, event.time,
                     *(p.mention for p in event.participants)]:
            if span is not None:
                check_span(text, span.start, span.end, span.text, "event")


def fuzz(examples: int, seed_value: int, slow: float) -> None:
    worst = [0.0, 0]

    @seed(seed_value)
    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(text=hostile, tight=st.booleans(), issues=st.booleans(), many=st.booleans(), published=DATES)
    def check(text: str, tight: bool, issues: bool, many: bool, published: str | None) -> None:
        config = TIGHT if tight else Settings()
        start = time.process_time()
        if many:  # two copies and an empty one through the streaming API: the same output for each copy
            items = [TextInput("a", "a", text, published=published), TextInput("b", "b", ""),
                     TextInput("c", "c", text, published=published)]
            articles = list(extract_many(items, settings=config, issues=TAXONOMY if issues else None,
                                         on_error=lambda item, reason: None))
            for article in articles:
                check_article(article.text, article)
        else:
            check_article(text, extract(text, settings=config, issues=TAXONOMY if issues else None,
                                        published=published))
        took = time.process_time() - start
        if took > worst[0]:
            worst[:] = [took, len(text)]
        assert took < slow + len(text) / 5_000, f"slow: {took:.1f} s CPU for {len(text):,} characters"

    start = time.perf_counter()
    try:
        check()
        result = "ok"
    except Exception as err:
        where = traceback.extract_tb(err.__traceback__)[-1]
        result = f"FAILED: {type(err).__name__} at {where.filename}:{where.lineno}: {str(err)[:2000]}"
    print(f"extract: {examples} examples, {time.perf_counter() - start:.1f} s, slowest {worst[0]:.2f} s CPU "
          f"({worst[1]:,} chars): {result}", flush=True)


KINDS = {
    "punctuation": lambda n: "".join(MARKS[i % len(MARKS)] for i in range(n)),
    "numbers": lambda n: " ".join(str(i * 7919 % 100000) for i in range(n // 6)),
    "brackets": lambda n: "(" * (n // 2) + "He said." + ")" * (n // 2),
    "open-quotes": lambda n: ("“" + "the minister said " * 2) * (n // 37),
    "tiny-sentences": lambda n: "A. " * (n // 3),
    "combining": lambda n: "The minister said \u201c" + "e\u0301" * (n // 2) + "\u201d.",
    "mixed-scripts": lambda n: " ".join(SCRIPTS[i % len(SCRIPTS)] + " Lavrov said" for i in range(n // 25)),
    "zero-width": lambda n: "\u200b".join("The minister said talks would fail." for _ in range(n // 36)),
}


def doubling(size: int) -> None:
    extract("Warm up.")
    for kind, make in KINDS.items():
        times = []
        for n in (size, 2 * size):
            text = make(n)
            start = time.process_time()
            article = extract(text)
            times.append(time.process_time() - start)
            check_article(text, article)
        print(f"{kind}: {len(make(size)):,} / {len(make(2 * size)):,} chars, {times[0]:.2f} / {times[1]:.2f} s CPU, "
              f"ratio {times[1] / max(times[0], 1e-3):.2f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--slow", type=float, default=10.0)
    parser.add_argument("--doubling", type=int, default=0, metavar="CHARS")
    args = parser.parse_args()
    if args.doubling:
        doubling(args.doubling)
    else:
        fuzz(args.examples, args.seed, args.slow)


if __name__ == "__main__":
    main()
