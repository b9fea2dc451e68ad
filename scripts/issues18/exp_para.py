# ruff: noqa: E741, SIM115  (experiment scripts: module aliases I/E/H as in scripts/issues17)
"""Pair features from the statement's own sentence and paragraph (taxonomy-independent): the issue's overlap
with them, and the paragraph's top issue, added to the cached matches. EXTRA: comma-separated names."""

import os
import pickle
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "issues17"))
import h2
import harness as H

I, E = H.I, H.E
PARA = re.compile(r"\n\s*\n")


def paragraph(text, start, end):
    lo = max((m.end() for m in PARA.finditer(text, 0, start)), default=0)
    m = PARA.search(text, end)
    return text[lo : m.start() if m else len(text)]


def augment(rows, ms_list, tax):
    vecs = {v.issue.id: v for v in tax.vectors()}
    for r, ms in zip(rows, ms_list, strict=True):
        if not ms:
            continue
        c = r.statement.content
        para = {w for w, _, _ in I.words(paragraph(r.article, c.start, c.end))}
        sent = {w for w, _, _ in I.words(I._sentence(r.article, c.start, c.end)[1])}
        po = {k: I._overlap(para - v.own_agents, v) for k, v in vecs.items()}
        top = max(po.values()) or 1.0
        for m in ms:
            v = vecs[m.issue.id]
            m.values["para"] = po[m.issue.id]
            m.values["para_rel"] = po[m.issue.id] / top
            m.values["para_top"] = float(po[m.issue.id] >= top and po[m.issue.id] > 0)
            m.values["sent"] = I._overlap(sent - v.own_agents, v)
            m.values["para_x_article"] = m.values["para_rel"] * m.values["article"]


if __name__ == "__main__":
    rows, taxes, ms = h2.load()
    for key, tax in zip(("whole", "a", "b"), taxes, strict=True):
        augment(rows, ms[key], tax)
    extras = [e for e in os.environ.get("EXTRA", "").split(",") if e]
    res, preds = h2.run(rows, taxes, ms, feats=(*I.PAIR_FEATURES, *extras), label="+" + ",".join(extras))
    if os.environ.get("SAVE"):
        pickle.dump(preds, open(os.environ["SAVE"], "wb"))
