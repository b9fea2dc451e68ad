"""Agreement between two blind annotations of the same articles (gold JSON, as in examples/).

    .venv/bin/python eval/tools/span_agreement.py eval/second-domain/second-pass eval/second-domain/gold/tune \
        eval/second-domain/gold/heldout eval/second-domain/gold/fresh

Statements are paired one to one by content overlap >= 0.5 (the scorer's rule); reported: content F1
(pass B against pass A; symmetric up to which pass is called gold), and on the pairs the share with the
same cue, speaker mention and resolved speaker (names compared as the scorer does), and Cohen's kappa for
act and hedged.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from onrecord.evaluate.gold import GoldDocument, read_onrecord_gold
from onrecord.evaluate.score import hits, match_pairs, overlap, same_name

sys.path.insert(0, str(Path(__file__).parent))
from agreement import kappa


def _pairs(a: GoldDocument, b: GoldDocument) -> dict[int, int]:
    cands = [(overlap(x.content, y.content[0][0], y.content[-1][1]), i, j)
             for i, x in enumerate(a.statements) for j, y in enumerate(b.statements)
             if hits(x.content, y.content[0][0], y.content[-1][1])]
    return match_pairs(cands, 0.5)


def agreement(second: Path, firsts: list[Path]) -> dict[str, object]:
    first_files = {f.name: f for folder in firsts for f in folder.glob("*.gold.json")}
    n_a = n_b = matched = 0
    same = {"cue": 0, "speaker_mention": 0, "speaker": 0}
    acts: tuple[list[str], list[str]] = ([], [])
    hedged: tuple[list[bool], list[bool]] = ([], [])
    files = sorted(second.glob("*.gold.json"))
    for path in files:
        a, b = read_onrecord_gold(first_files[path.name]), read_onrecord_gold(path)
        n_a, n_b = n_a + len(a.statements), n_b + len(b.statements)
        for i, j in _pairs(a, b).items():
            x, y = a.statements[i], b.statements[j]
            matched += 1
            same["cue"] += bool(x.cue and y.cue and hits(x.cue, y.cue[0][0], y.cue[-1][1]))
            same["speaker_mention"] += bool(
                (not x.speaker and not y.speaker)
                or (x.speaker and y.speaker and hits(x.speaker, y.speaker[0][0], y.speaker[-1][1])))
            same["speaker"] += (x.speaker_name or "") == (y.speaker_name or "") or bool(
                x.speaker_name and y.speaker_name and same_name(x.speaker_name, y.speaker_name))
            acts[0].append(x.act or "")
            acts[1].append(y.act or "")
            hedged[0].append(bool(x.hedged))
            hedged[1].append(bool(y.hedged))
    precision, recall = matched / n_b, matched / n_a
    return {
        "articles": len(files), "statements_first": n_a, "statements_second": n_b, "paired": matched,
        "content_f1": round(2 * precision * recall / (precision + recall), 3),
        **{f"same_{k}": round(v / matched, 3) for k, v in same.items()},
        "act_kappa": round(kappa(*acts), 3), "hedged_kappa": round(kappa(*hedged), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("second", type=Path)
    parser.add_argument("first", type=Path, nargs="+")
    args = parser.parse_args()
    print(json.dumps(agreement(args.second, args.first), indent=2))


if __name__ == "__main__":
    main()
