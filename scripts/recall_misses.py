"""Why a known cue made no statement: the line each finder gave up on, for the gold statements missed (issue 12,
recall17).

Tune material only: PolNeAR train (first N files, sorted; an optional start skips the first ones) and the
tune/fresh halves of the labelled sets. For every gold statement no prediction matches at overlap 0.5 whose
class (``complement_misses``) is "known cue: no candidate" or "according/no-source: no candidate", it finds the
gold cue's token, calls the verb finder (or the noun, adjective or passive one) on it alone, and records the
line of the finder's source it returned from, so the misses sort by the test that turned the cue down ("no
subject and not a speech verb", "no complement", "a deed" ...). A finder that does make a candidate on the token
alone (a piece step or a competing rule dropped it) is counted as such. Prints counts per finder line, the
construction around the cue (the cue's label, a passive, a relative or participle clause, a reporting noun)
and with ``-v`` each miss.

    PYTHONPATH=src python scripts/recall_misses.py polnear 300
    PYTHONPATH=src python scripts/recall_misses.py onrecord eval/second-domain/gold/tune
"""

from __future__ import annotations

import inspect
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

from spacy.tokens import Token

from onrecord.evaluate.gold import GoldDocument
from onrecord.extract.rules import nouns, verbs
from onrecord.extract.rules.base import Piece
from onrecord.pipeline import _disabled
from onrecord.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from complement_misses import _classify, _root, _tokens, missed, read_docs

FINDERS: dict[str, Callable[..., Any]] = {"verb": verbs.from_verb, "noun": nouns.from_noun_cue,
                                          "adjective": nouns.from_adjective, "topic": nouns.from_topic_noun}


def traced(find: Callable[..., Any], *args: Any) -> tuple[Any, str]:
    """``find(*args)`` and the source line it returned from (``name:line text``)."""
    code = find.__code__
    where: list[str] = []

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        if frame.f_code is code:
            def local(fr: FrameType, ev: str, a: Any) -> Any:
                if ev == "return":
                    where.append(str(fr.f_lineno))
                return local
            return local
        return None

    sys.settrace(tracer)
    try:
        out = find(*args)
    finally:
        sys.settrace(None)
    line = int(where[-1]) if where else 0
    lines, first = inspect.getsourcelines(find)
    text = lines[line - first].strip() if 0 <= line - first < len(lines) else "?"
    # the test that decided is usually the line before a bare "return None"
    if text == "return None" and line - first > 0:
        text = lines[line - first - 1].strip() + " -> return None"
    return out, f"{find.__name__}:{line} {text[:110]}"


def construction(cue: Token) -> str:
    """The shape around the cue token: its label, and whether it is passive or has a subject."""
    passive = any(c.dep_ == "auxpass" for c in cue.children)
    subject = any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in cue.children)
    return f"{cue.pos_}/{cue.dep_}{' passive' if passive else ''}{'' if subject else ' no-subject'}"


def run(docs: list[GoldDocument], fmt: str, verbose: bool) -> tuple[Counter[str], Counter[str]]:
    settings = Settings.from_env()
    disabled = _disabled(settings)
    whys: Counter[str] = Counter()
    shapes: Counter[str] = Counter()
    for parsed, quotations, gold, g, statements, cands in missed(docs, fmt, settings):
        if not g.cue:
            continue
        cls, _, line = _classify(parsed, g, statements, cands)
        if not cls.endswith("no candidate"):
            continue
        cue = _root(_tokens(parsed, g.cue))
        if cue is None:
            continue
        piece_doc = parsed.piece_at(g.cue[0][0])
        piece = Piece(piece_doc.doc, piece_doc.offset, quotations, disabled | {"purpose", "passive-aim"},
                      piece_doc.text)
        name = ("noun" if cue.pos_ in ("NOUN", "PROPN") else "adjective" if cue.pos_ == "ADJ" else "verb")
        made, why = traced(FINDERS[name], piece, cue, set())
        if made is not None:
            a, b = made.content[0] + piece.offset, made.content[1] + piece.offset
            inside = any(c.content[0] <= g.cue[0][0] and g.cue[-1][1] <= c.content[1] for c in cands)
            why = (f"{name} finder makes one: a weak cue inside another statement's content (nested)"
                   if inside else f"{name} finder makes one, dropped by a step or another rule")
            if not inside and a == b:
                why += " (empty content)"
        elif name == "verb" and not verbs.cue_kind(cue) and cue.lemma_.lower() in verbs.CUE_LEMMAS:
            why = "verb: cue lemma known but cue_kind gives none (tag or sense)"
        key = f"{cls.split(':')[0]} | {why}"
        whys[key] += 1
        shapes[f"{cls.split(':')[0]} | {construction(cue)}"] += 1
        if verbose:
            print(f"{gold.name}: {key} | {construction(cue)} | {line}")
    return whys, shapes


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    argv = [a for a in argv if a != "-v"]
    docs, fmt = read_docs(argv)
    whys, shapes = run(docs, fmt, verbose)
    print("\nwhy no candidate (the finder's line)")
    for k, v in whys.most_common():
        print(f"{v:5d}  {k}")
    print("\nthe cue's construction")
    for k, v in shapes.most_common(40):
        print(f"{v:5d}  {k}")


if __name__ == "__main__":
    main(sys.argv[1:])
