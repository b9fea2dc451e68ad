# ruff: noqa: SIM115  (experiment scripts: module aliases I/E/H as in scripts of issue14/16)
import pickle
from pathlib import Path

from onrecord.settings import Settings
from onrecord.training.learn import stance_rows

rows = stance_rows(Path("../shared/data/polnear"), Path("eval/labels/polnear-statements.jsonl"), Settings.from_env())
pickle.dump(rows, open("" + __import__("os").environ.get("OUT", "/tmp/is17") + "/rows.pkl", "wb"))
print(len(rows))
