"""Learn a cue lexicon from annotated text (PolNeAR *train* only).

The model is small and readable: for each verb lemma, how often it heads an
annotated cue among all its occurrences, and which dependency links it to the
annotated content. It ships as ``cue_lexicon.json`` (statistics, no text).

    python -m onrecord.extract.learn ../shared/data/polnear/train
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from onrecord.evaluate.gold import GoldDocument, read_brat_dir
from onrecord.extract.lexicon import LEXICON_FILE
from onrecord.nlp import load
from onrecord.settings import Settings

MIN_COUNT = 3


def content_link(cue: Token, content_root: Token) -> str | None:
    """How the content hangs off the cue: "dobj", "ccomp", "prep:about", ... or None."""
    if content_root.head == cue:
        return content_root.dep_
    head = content_root.head
    if head.head == cue and head.dep_ == "prep" and content_root.dep_ in ("pobj", "pcomp"):
        return f"prep:{head.lower_}"
    return None


def _root_in(doc: Doc, ranges: Iterable[tuple[int, int]]) -> Token | None:
    span_tokens = [t for a, b in ranges for t in doc if a <= t.idx < b and not t.is_punct]
    inside = {t.i for t in span_tokens}
    roots = [t for t in span_tokens if t.head.i not in inside or t.head == t]
    return roots[0] if roots else None


def _cue_head(doc: Doc, ranges: Iterable[tuple[int, int]]) -> Token | None:
    verbs = [t for a, b in ranges for t in doc if a <= t.idx < b and t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return None
    inside = {t.i for t in verbs}
    tops = [t for t in verbs if t.head.i not in inside or t.head == t]
    return tops[-1] if tops else verbs[-1]


def train(docs: Iterable[GoldDocument], settings: Settings) -> dict[str, Any]:
    nlp = load(settings)
    total: Counter[str] = Counter()
    cue: Counter[str] = Counter()
    links: dict[str, Counter[str]] = defaultdict(Counter)
    seen_texts: set[str] = set()
    for gold in docs:
        doc = nlp(gold.text)
        if gold.text not in seen_texts:  # a text with two annotators counts its verbs twice too
            seen_texts.add(gold.text)
        for t in doc:
            if t.pos_ == "VERB":
                total[t.lemma_.lower()] += 1
        for st in gold.statements:
            head = _cue_head(doc, st.cue)
            if head is None:
                continue
            lemma = head.lemma_.lower()
            cue[lemma] += 1
            root = _root_in(doc, st.content)
            if root is not None:
                link = content_link(head, root)
                if link:
                    links[lemma][link] += 1
    lexicon = {
        lemma: {
            "p": round(min(1.0, cue[lemma] / total[lemma]), 3),
            "n": cue[lemma],
            "links": [k for k, _ in links[lemma].most_common(3)],
        }
        for lemma in cue
        if cue[lemma] >= MIN_COUNT and total[lemma]
    }
    return {"source": "PolNeAR v1.0.0 train split (counts only)", "min_count": MIN_COUNT, "lemmas": lexicon}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("train_dir", type=Path, help="PolNeAR train folder (text/ and attributions/)")
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name(LEXICON_FILE))
    args = parser.parse_args()
    if "dev" in args.train_dir.parts or "test" in args.train_dir.parts:
        raise SystemExit("train on the train split only; dev is for reporting")
    model = train(read_brat_dir(args.train_dir), Settings())
    args.out.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(model['lemmas'])} lemmas -> {args.out}")


if __name__ == "__main__":
    main()
