# ruff: noqa: E741, E402  (experiment scripts: module aliases I/E/H as in scripts of issue14/16)
import os
import sys

sys.path.insert(0, __import__("os").path.dirname(__file__))
import h2

I, E, H = h2.I, h2.E, h2.H
from onrecord.extract.english import HORSE_RACE_WORDS

EXTRA = set(
    os.environ.get("EXTRA", "win wins won winning beat beats lead leads leading delegates caucus caucuses race").split()
)
RACE = HORSE_RACE_WORDS | EXTRA
SIDE = {"support", "oppose", "reject", "deny"}


def rf(row, m):
    if not I._person(m.issue.label):
        return True
    t = row.statement.content.text
    race = (
        I._horse_race(row.statement, m)
        if os.environ.get("OWNFN")
        else any(
            w.lower() in RACE and not I._TITLE_AFTER.match(t, x.end()) for x in I._WORD.finditer(t) for w in [x.group()]
        )
    )
    return not (race and (row.statement.act not in SIDE or os.environ.get("ANYACT")))


H.ROWFILTER = rf
rows, taxes, ms = h2.load()
res, preds = h2.run(rows, taxes, ms, label=f"race rule anyact={os.environ.get('ANYACT')}")
