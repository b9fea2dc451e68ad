"""Random speaker audit on PolNeAR train (issue 12, branch name12, seed 12).

Population: the files of ../shared/data/polnear/train/text after the first 150 when sorted, less the 40 files of
the pron11 pronoun audit (sorted names shuffled by random.Random(11), first 40). Every statement the tree's
extraction finds in them (publication date from the file name), in file order then statement order, is one
item; random.Random(12).sample(range(N), 225) draws 225: the first 150 are the work sample, the last 75 the
check sample. Run with the tree's code:

    PYTHONPATH=src python eval/audits/name12/sample.py all  OUT.json     # every statement, then the sample
    PYTHONPATH=src python eval/audits/name12/sample.py rerun SAMPLE.json OUT.json  # same statements, new actors

No article text is written: file, offsets, the mention (the speaker span's words) and the actor.
"""
import json
import random
import re
import sys
from pathlib import Path

from onrecord.ingest import TextInput
from onrecord.pipeline import extract_many

SEED = 12
TEXT = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "polnear" / "train" / "text"


def population() -> list[str]:
    names = sorted(p.name for p in TEXT.iterdir())
    shuffled = list(names)
    random.Random(11).shuffle(shuffled)
    pron11 = set(shuffled[:40])
    return [n for n in names[150:] if n not in pron11]


def published(name: str) -> str | None:
    m = re.search(r"_(\d{4}-\d{2}-\d{2})_", name)
    return m.group(1) if m else None


def rows(files: list[str]) -> list[dict[str, object]]:
    items = [TextInput(id=f, source=f, text=(TEXT / f).read_text(), published=published(f)) for f in files]
    out: list[dict[str, object]] = []
    for f, item, art in zip(files, items, extract_many(items), strict=True):
        for i, s in enumerate(art.statements):
            sp = s.speaker
            out.append({
                "file": f, "i": i,
                "content": [s.content.start, s.content.end],
                "cue": [s.cue.start, s.cue.end] if s.cue else None,
                "speaker": [sp.start, sp.end] if sp else None,
                "mention": item.text[sp.start:sp.end] if sp else None,
                "actor": s.actor.name if s.actor else None,
                "type": s.actor.type if s.actor else None,
                "reason": s.unresolved_reason,
            })
    return out


def main() -> None:
    if sys.argv[1] == "all":
        allrows = rows(population())
        picks = random.Random(SEED).sample(range(len(allrows)), 225)
        sample = [dict(allrows[k], split="work" if n < 150 else "check", n=n) for n, k in enumerate(picks)]
        Path(sys.argv[2]).write_text(json.dumps({"N": len(allrows), "sample": sample}, indent=0))
    else:
        sample = json.loads(Path(sys.argv[2]).read_text())["sample"]
        files = sorted({str(r["file"]) for r in sample})
        new = {(r["file"], tuple(r["content"])): r for r in rows(files)}  # type: ignore[arg-type]
        out = []
        for r in sample:
            m = new.get((r["file"], tuple(r["content"])))
            out.append(dict(r, after=None if m is None else {k: m[k] for k in ("speaker", "mention", "actor", "type")}))
        Path(sys.argv[3]).write_text(json.dumps(out, indent=0))


if __name__ == "__main__":
    main()
