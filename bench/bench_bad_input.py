"""Nasty but plausible news inputs through ``onrecord.extract``: does any fail, or grow faster than linearly?

    .venv/bin/python bench/bench_bad_input.py                    # every kind at scale 1, 2 and 4
    .venv/bin/python bench/bench_bad_input.py --kinds names,dates --scales 1,2
    .venv/bin/python bench/bench_bad_input.py --list
    .venv/bin/python bench/bench_bad_input.py --kinds dotted-run,hyphen-run,dateline-spaces --scales 1,2

Each kind is a generator of text with a scale: scale 2 holds twice the units of scale 1 (twice the
paragraphs, quotations, names...). One process per kind loads the pipeline once, then extracts the scales in
order and prints, for each, the characters, the CPU seconds of ``extract`` (process time, steadier than wall
time on a shared machine), the ratio to the previous scale (2.0 is linear, 4.0 quadratic), the process's peak
RSS so far, the statements found, and any exception or offset that does not index the text.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

FIRST = ("Maria", "John", "Aisha", "Wei", "Olga", "Pedro", "Fatima", "Kenji", "Amara", "Lars", "Nadia", "Tomas",
         "Ines", "Kofi", "Yara", "Dmitri", "Leila", "Hugo", "Sana", "Piotr")
LAST = ("Lopez", "Smith", "Okafor", "Chen", "Ivanova", "Silva", "Haddad", "Tanaka", "Mensah", "Berg", "Karimi",
        "Novak", "Garcia", "Boateng", "Nasser", "Petrov", "Rahimi", "Dubois", "Iqbal", "Kowalski")


def news() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8").strip() for p in sorted(EXAMPLES.glob("*.txt")))


def person(i: int) -> str:
    """A distinct plausible name for each i (a middle initial makes room for 20 x 20 x 26 x ...)."""
    a, b = FIRST[i % 20], LAST[(i // 20) % 20]
    rest = i // 400
    middle = "" if rest == 0 else " " + "".join(chr(65 + (rest // 26 ** k) % 26) for k in range(1 + (rest > 25))) + "."
    return f"{a}{middle} {b}"


def no_breaks(n: int) -> str:  # scale 1: about 75 KB
    unit = news().replace("\n", " ")
    return (unit + " ") * (n * 75_000 // len(unit) + 1)


def short_paragraphs(n: int) -> str:  # scale 1: 1,250 paragraphs
    lines = ["Officials met on Tuesday.", "“We will see,” she said.", "The talks resumed.", "He declined to comment.",
             "Prices rose 3 percent.", "The minister said the deal was close."]
    return "\n\n".join(lines[i % len(lines)] for i in range(n * 1_250))


def quotations_in_a_row(n: int) -> str:  # scale 1: 500 quotations
    return " ".join(f"“We will not accept proposal number {i}.”" for i in range(n * 500)) + " the minister said."


MARKS = ('"', "“", "”", "„", "‟", "«", "»", "‹", "›", "'", "‘", "’", "‚", "「", "」", "『", "』", "''", "``")


def nested_quotes(n: int) -> str:  # scale 1: about 2,500 words, marks of every kind, nested and unbalanced
    rng = random.Random(5)
    words = news().split()
    out = []
    for i in range(n * 2_500):
        w = words[i % len(words)]
        if rng.random() < 0.3:
            w = "".join(rng.choice(MARKS) for _ in range(rng.randint(1, 3))) + w
        if rng.random() < 0.3:
            w += "".join(rng.choice(MARKS) for _ in range(rng.randint(1, 3)))
        out.append(w)
    return " ".join(out)


def distinct_names(n: int) -> str:  # scale 1: 750 names
    return " ".join(f"{person(i)} said the plan would fail." if i % 2 else f"“It is over,” said {person(i)}."
                    for i in range(n * 750))


def one_name(n: int) -> str:  # scale 1: the name 5,000 times
    parts = []
    for i in range(n * 5_000):
        parts.append(["Maria Lopez said it would pass.", "Lopez met Lopez.", "Maria Lopez, Maria Lopez and Lopez.",
                      "“Yes,” Lopez said."][i % 4])
    return " ".join(parts)


def he_said(n: int) -> str:  # scale 1: 50 "he said" with no antecedent
    return " ".join(f"“Point {i} stands,” he said. He added that it was final." for i in range(n * 50))


def long_sentence(n: int) -> str:  # scale 1: one sentence of about 1,250 words
    items = []
    for i in range(n * 250):
        items.append(f"{person(i)} on March {i % 28 + 1}, 2024")
    return "The delegation included " + ", ".join(items) + " and the minister said that all would attend"


def dates(n: int) -> str:  # scale 1: 500 units
    unit = ("The minister said on Monday that talks held last week would resume in April, "
            "two days after the vote on March 3 and before the summit next month.")
    return " ".join(unit for _ in range(n * 500))


def event_words(n: int) -> str:  # scale 1: 1,250 units of three event words
    unit = ("The meeting with Chen was held in Paris. A summit is planned for May. "
            "Talks between the two sides resumed on Friday.")
    return " ".join(unit for _ in range(n * 1_250))


def mixed_scripts(n: int) -> str:  # scale 1: 500 units
    unit = ("Президент Путин said “мы не отступим” on Tuesday. "
            "قال الوزير “لن نتراجع” in Cairo, the minister said. "
            "习近平 said “我们不会让步” at the summit in 北京. ")
    return " ".join(unit for _ in range(n * 500))


def html_page(n: int) -> str:  # scale 1: 250 blocks of script, style and paragraphs
    block = ("<script>var q = \"“\" + 'he said' + \"”\"; if (a < b && c > d) { f(\"said\"); }</script>"
             "<style>p { content: \"“\"; } .x::before { content: '”'; }</style>"
             "<p>“We will win,” the senator said on <b>Monday</b>.</p>\n")
    return "<html><body>" + "".join(block for _ in range(n * 250)) + "</body></html>"


def controls(n: int) -> str:  # scale 1: 500 sentences with control characters and lone surrogates
    unit = "The sen\x00ator sa\x1bid \ud800“we\udfff will\x07 win” on Mon\x0cday.\x0b\r"
    return "".join(unit for _ in range(n * 500))


def dotted_run(n: int) -> str:  # scale 1: news around a 60,000-character run of "Ab." (minified script)
    return news() + "\n\n" + "Ab." * (n * 20_000) + "\n\n" + news()


def hyphen_run(n: int) -> str:  # scale 1: a 40,000-character run of "A-", then "the hotel" after a missed name
    return "The Grand Hotel Palace caught fire. " + "A-" * (n * 20_000) + " The hotel said it was fine." * 20


def dateline_spaces(n: int) -> str:  # scale 1: a dateline-like line padded with 20,000 spaces (text from PDF)
    return "NEW YORK, NY" + " " * (n * 20_000) + "x\n\n" + news()


KINDS: dict[str, Callable[[int], str]] = {
    "no-breaks": no_breaks, "short-paragraphs": short_paragraphs, "quotations": quotations_in_a_row,
    "nested-quotes": nested_quotes, "distinct-names": distinct_names, "one-name": one_name, "he-said": he_said,
    "long-sentence": long_sentence, "dates": dates, "event-words": event_words, "mixed-scripts": mixed_scripts,
    "html": html_page, "controls": controls,
    "dotted-run": dotted_run, "hyphen-run": hyphen_run, "dateline-spaces": dateline_spaces,  # fuzz audit
}


def bad_offsets(text: str, article: object) -> int:
    """How many spans of the output do not index the text (0 when all do)."""
    bad = 0
    for s in article.statements:  # type: ignore[attr-defined]
        for span in (x for x in (s.content, s.cue, s.speaker) if x is not None):
            bad += not (0 <= span.start <= span.end <= len(text) and text[span.start:span.end] == span.text)
    for actor in article.actors:  # type: ignore[attr-defined]
        bad += sum(not (0 <= m.start < m.end <= len(text)) for m in actor.mentions)
    for event in article.events:  # type: ignore[attr-defined]
        bad += sum(text[m.start:m.end] != m.text for m in event.mentions)
    return bad


def run_kind(kind: str, scales: list[int]) -> None:
    import onrecord

    onrecord.extract("Warm-up: the senator said that it was fine.")
    previous = None
    for scale in scales:
        text = KINDS[kind](scale)
        start, wall = time.process_time(), time.perf_counter()
        try:
            article = onrecord.extract(text)
            bad = bad_offsets(text, article)
            result = f"{len(article.statements):>7,} st {len(article.events):>6,} ev  bad offsets {bad}"
        except Exception:  # the point of the bench: report it and go on
            result = "FAILED " + traceback.format_exc(limit=3).strip().splitlines()[-1]
        cpu, seconds = time.process_time() - start, time.perf_counter() - wall
        ratio = f"{cpu / previous:5.2f}x" if previous else "   - "
        previous = cpu
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{kind:<17}{scale:>3} {len(text):>10,} ch {cpu:8.2f} cpu s {seconds:8.2f} wall {ratio} "
              f"{peak:7.0f} MB  {result}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--scales", default="1,2,4")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per kind")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--write", metavar="KIND:SCALE:PATH", help="write one generated text to a file and stop")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    scales = [int(s) for s in args.scales.split(",")]
    if args.list:
        for name, gen in KINDS.items():
            print(f"{name:<17} scale 1: {len(gen(1)):>9,} characters")
    elif args.write:
        kind, scale, path = args.write.split(":", 2)
        Path(path).write_text(KINDS[kind](int(scale)), encoding="utf-8", errors="surrogatepass")
    elif args.one:
        run_kind(args.one, scales)
    else:
        for kind in args.kinds.split(","):
            try:
                subprocess.run([sys.executable, __file__, "--one", kind, "--scales", args.scales],
                               timeout=args.timeout, check=False)
            except subprocess.TimeoutExpired:
                print(f"{kind:<17} TIMED OUT after {args.timeout:.0f} s", flush=True)


if __name__ == "__main__":
    main()
