"""Where the parse puts the complement of gold statements the system misses (issue 12, misparse16).

Tune material only: PolNeAR train (first N files, sorted) and the tune/fresh halves of the labelled sets. For
every gold statement no prediction matches at overlap 0.5 it finds the gold cue's token in the parse, whether
the cue is one the rules know (``verbs.CUE_LEMMAS``, a noun or adjective cue, "according to"), whether a
prediction or a rule candidate (before the confidence threshold) has that cue, and the *shape*: where the
head of the gold content hangs relative to the cue (the labels from the cue down to it, "content over cue"
where the cue hangs inside the content, ...). Prints counts per class and per shape, and with ``-v`` each miss.

    PYTHONPATH=src python scripts/complement_misses.py polnear 300
    PYTHONPATH=src python scripts/complement_misses.py onrecord eval/second-domain/gold/tune
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from onrecord.evaluate import read_gold
from onrecord.evaluate.gold import GoldDocument, GoldStatement
from onrecord.evaluate.score import RUN_ONS, hits, match_pairs, overlap_parts, predicted_units
from onrecord.extract import english as en
from onrecord.extract.rules import verbs
from onrecord.ingest import TextInput
from onrecord.nlp import ParsedText
from onrecord.pipeline import analyse, parsed_texts, rule_candidates
from onrecord.settings import Settings


def _tokens(parsed: ParsedText, ranges: tuple[tuple[int, int], ...]) -> list[Token]:
    out: list[Token] = []
    for a, b in ranges:
        piece = parsed.piece_at(a)
        for tok in piece.doc:
            start = tok.idx + piece.offset
            if start < b and start + len(tok) > a and not tok.is_space:
                out.append(tok)
    return out


def _root(toks: list[Token]) -> Token | None:
    """The token of ``toks`` whose subtree holds most of them among those whose head lies outside."""
    if not toks:
        return None
    ids = {(t.doc, t.i) for t in toks}
    tops = [t for t in toks if t.head.i == t.i or (t.doc, t.head.i) not in ids]
    return max(tops, key=lambda t: (sum((t.doc, s.i) in ids for s in t.subtree), t.pos_ in ("VERB", "AUX")))


def known(cue: Token, text: str) -> bool:
    lemma = cue.lemma_.lower()
    return (lemma in verbs.CUE_LEMMAS or lemma in en.NOUN_CUES or cue.lower_ in en.ADJECTIVE_CUES
            or "according" in text.lower())


def shape(cue: Token, head: Token) -> str:
    if cue.doc is not head.doc:
        return "other piece"
    if head.sent.start != cue.sent.start:
        return "other sentence"
    if head.i == cue.i:
        return "content holds cue as its head"
    path: list[str] = []
    up = head
    while up.i != up.head.i and up.head.i != cue.i:
        path.append(up.dep_)
        up = up.head
    if up.head.i == cue.i:  # the content's head descends from the cue
        path.append(up.dep_)
        labels = list(reversed(path))
        first = labels[0]
        via = cue.doc[up.i]
        if len(labels) > 1:
            return f"cue>{first}({via.pos_})>{'>'.join(labels[1:])}"
        return f"cue>{first}"
    if head.is_ancestor(cue):
        return f"content over cue ({cue.dep_})"
    common = next((a for a in cue.ancestors if a.is_ancestor(head)), None)
    if common is not None:
        return f"sibling: cue {cue.dep_} / content {head.dep_} under {common.pos_}"
    return "unrelated"


# Shapes grouped: what a rule could recover from the parse, and what it could not.
GROUPS = {
    "A": "on the cue by a complement link (ccomp, xcomp, dobj, prep, oprd ...): the parse is right",
    "A2": "deeper in the cue's phrase, no clause on a noun (prep>pobj>prep>pobj ...)",
    "B": "a clause on a noun after the cue (relcl/acl under its object or a preposition's)",
    "C": "on the cue as an adverbial clause, conjunct, parataxis or adverb",
    "D": "the content governs the cue (an inverted or parenthetical cue, an as-clause)",
    "E": "another sentence, a sibling of the cue, or unrelated",
}
ADVERBIAL = ("advcl", "conj", "parataxis", "advmod", "dep", "npadvmod")


def group(shp: str) -> str:
    if shp.startswith("content"):
        return "D"
    if not shp.startswith("cue>"):
        return "E"
    labels = [part.split("(")[0] for part in shp[4:].split(">")]
    if len(labels) == 1:
        return "C" if labels[0] in ADVERBIAL else "A"
    if any(label in ("relcl", "acl") for label in labels[1:]):
        return "B"
    return "C" if labels[0] in ADVERBIAL else "A2"


def missed(docs: list[GoldDocument], fmt: str, settings: Settings) -> Iterator[tuple[Any, ...]]:
    """Every gold statement that no statement the system makes matches at overlap 0.5, as (parse, quotations,
    gold document, gold statement, the article's statements, the rules' candidates); shared with
    ``recall_misses.py``."""
    by_text: dict[str, list[GoldDocument]] = {}
    for d in docs:
        by_text.setdefault(d.text, []).append(d)
    items = ((text, group[0]) for text, group in by_text.items())
    for parsed, quotations, first in parsed_texts(items, settings):
        item = TextInput(id=first.name, source=None, text=parsed.text, published=first.published)
        article = analyse(parsed, quotations, item, settings)
        cands = rule_candidates(parsed, quotations, settings)
        for gold in by_text[parsed.text]:
            units = predicted_units(gold.text, article.statements, join_run_ons=RUN_ONS[fmt] == "joined")
            pairs = [(overlap_parts(g.content, u.parts), gi, pi) for gi, g in enumerate(gold.statements)
                     for pi, u in enumerate(units) if any(hits(g.content, a, b) for a, b in u.parts)]
            at_half = match_pairs(pairs, 0.5)
            for gi, g in enumerate(gold.statements):
                if gi not in at_half:
                    yield parsed, quotations, gold, g, article.statements, cands


def read_docs(argv: list[str]) -> tuple[list[GoldDocument], str]:
    """``polnear N [START]`` (PolNeAR train's first N, from START) or gold folders in onrecord's format."""
    if argv[0] == "polnear":
        root = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "polnear" / "train"
        docs = read_gold(root, "brat", int(argv[1]))
        return (docs[int(argv[2]):] if len(argv) > 2 else docs), "brat"
    return [d for p in argv[1:] for d in read_gold(Path(p), "onrecord")], "onrecord"


def run(docs: list[GoldDocument], fmt: str, verbose: bool) -> tuple[Counter[str], Counter[str], Counter[str], int]:
    groups: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    shapes: Counter[str] = Counter()
    n_missed = 0
    for parsed, _quotations, gold, g, statements, cands in missed(docs, fmt, Settings.from_env()):
        n_missed += 1
        cls, shp, line = _classify(parsed, g, statements, cands)
        classes[cls] += 1
        if shp:
            shapes[f"{cls} | {shp}"] += 1
            known_cue = cls.startswith("known cue")
            groups[f"{'known' if known_cue else 'other'} {group(shp)}"] += 1
        if verbose:
            print(f"{gold.name}: {cls} | {shp} | {line}")
    return classes, shapes, groups, n_missed


def _classify(parsed: ParsedText, g: GoldStatement, statements: list, cands: list) -> tuple[str, str, str]:  # type: ignore[type-arg]
    text = parsed.text
    content = " … ".join(text[a:b] for a, b in g.content)[:120]
    if not g.cue:
        return "no gold cue", "", repr(content)
    cue_text = " ".join(text[a:b] for a, b in g.cue)
    cue = _root(_tokens(parsed, g.cue))
    head = _root(_tokens(parsed, g.content))
    if cue is None or head is None:
        return "no tokens", "", repr(content)
    line = f"cue {cue_text!r} ({cue.lemma_}/{cue.pos_}/{cue.dep_}) head {head.text!r} ({head.dep_} of " \
           f"{head.head.text!r}) {content!r}"
    if "according" in cue_text.lower() or not g.speaker:
        kind = "according/no-source"
    elif not known(cue, cue_text):
        return "unknown cue", shape(cue, head), line
    else:
        kind = "known cue"
    if any(s.cue is not None and hits(g.cue, s.cue.start, s.cue.end) for s in statements):
        return f"{kind}: predicted with this cue, content elsewhere", shape(cue, head), line
    if any(c.cue is not None and hits(g.cue, c.cue[0], c.cue[1]) for c in cands):
        return f"{kind}: candidate dropped (threshold/filter)", shape(cue, head), line
    return f"{kind}: no candidate", shape(cue, head), line


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    argv = [a for a in argv if a != "-v"]
    docs, fmt = read_docs(argv)
    classes, shapes, groups, n = run(docs, fmt, verbose)
    print(f"\n{n} gold statements missed at 0.5 in {len(docs)} documents")
    for k, v in classes.most_common():
        print(f"{v:5d}  {k}")
    print("\nby group (known: a cue the rules know, no according-to; other: the rest)")
    for k in sorted(groups):
        print(f"{groups[k]:5d}  {k}: {GROUPS[k.split()[1]]}")
    print()
    for k, v in shapes.most_common(60):
        print(f"{v:5d}  {k}")


if __name__ == "__main__":
    main(sys.argv[1:])
