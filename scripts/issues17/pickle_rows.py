import pickle, sys
from pathlib import Path
from onrecord.training.learn import stance_rows, LABELS_FILE
from onrecord.settings import Settings
rows = stance_rows(Path("../shared/data/polnear"), Path("eval/labels/polnear-statements.jsonl"), Settings.from_env())
pickle.dump(rows, open("" + __import__("os").environ.get("OUT", "/tmp/is17") + "/rows.pkl","wb"))
print(len(rows))
