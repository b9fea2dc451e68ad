# ruff: noqa: SIM115  (experiment scripts)
"""Shared loading for the stance19 scripts: the pickled train rows, the CLI protocol's tagged pairs, each
taxonomy's offered pairs, and the labelled (gold) act of every row."""

import json
import os
import pickle
from collections import Counter

from onrecord.evaluate import issues as E
from onrecord.extract.issues import load_taxonomy

OUT = os.environ.get("OUT", "/tmp/st19")
TAX = load_taxonomy("../shared/data/taxonomies/us-2016.yaml")
HALF_A, HALF_B = E.halves(TAX)
SEEN = {"whole": TAX, "a->b": HALF_A, "b->a": HALF_B}


def rows():
    return pickle.load(open(OUT + "/rows.pkl", "rb"))


def tagged():
    return pickle.load(open(OUT + "/tagged.pkl", "rb"))


def offered(rs, taxonomy):
    """``_stance_pairs`` of every row, with the row's index, cached by taxonomy name."""
    path = f"{OUT}/offered-{taxonomy.name}.pkl"
    if os.path.exists(path):
        return pickle.load(open(path, "rb"))
    index = {id(r): i for i, r in enumerate(rs)}
    out = [(index[id(r)], m, g) for r, m, g in E._stance_pairs(rs, taxonomy)]
    pickle.dump(out, open(path, "wb"))
    return out


def gold_acts(rs):
    """Each row's labelled act: the train label of its article with its issues whose content overlaps most."""
    labels = {}
    for line in open("eval/labels/polnear-statements.jsonl", encoding="utf-8"):
        d = json.loads(line)
        if d["split"] == "train":
            labels.setdefault(d["article"], []).append(d)
    out = []
    for r in rs:
        s, e = r.statement.content.start, r.statement.content.end
        best = (0, None)
        for d in labels.get(r.name, ()):
            if {i["id"]: i["stance"] for i in d.get("issues", ())} != r.gold:
                continue
            ov = sum(max(0, min(e, b) - max(s, a)) for a, b in d["content"])
            best = max(best, (ov, d["act"]), key=lambda t: t[0])
        out.append(best[1])
    return out


def confusion(pairs):
    """pairs: (gold, predicted) -> Counter of (gold, predicted)."""
    return Counter(pairs)
