"""How much of the stance error is the act's: the CLI protocol (matcher per fold cached in OUT/tagged.pkl, the
stance model fitted per fold) with every statement given its labelled act instead of the out-of-fold one, in
training and in scoring. The gap to measure.py's figures is what a perfect act would buy the model as it is."""

import sys

sys.path.insert(0, "scripts/stance19")
from common import gold_acts, rows, tagged
from measure import predictions, report

rs = rows()
for r, act in zip(rs, gold_acts(rs), strict=True):
    r.statement.act = act
for name, res in predictions(rs, tagged()).items():
    print(f"== {name}, labelled acts")
    report("stance on correctly tagged pairs", [(g, p) for *_, g, p in res])
