"""Out-of-fold act and hedge errors on the labelled PolNeAR *train* statements (never dev).

Parsing the 168 labelled train articles takes minutes, so the parses and the system's statements are
cached (``--cache``, a pickle) and the features recomputed from them on every run: a feature change in
``extract/acts.py`` is measured in seconds. The doc tensor (tok2vec output) is recomputed for the cache, since
the pipeline drops it after parsing.

    PYTHONPATH=src python scripts/act_errors.py ../shared/data/polnear --show hedged --limit 40
"""

from __future__ import annotations

import argparse
import pickle
import random
from collections import Counter
from pathlib import Path
from typing import Any

from onrecord.settings import Settings
from onrecord.training.learn import LABELS_FILE, ActRow, _choose, cross_validated


def build_cache(root: Path, labels_file: Path, cache: Path) -> list[tuple[Any, ...]]:
    from onrecord.evaluate.labels import labelled_and_found, labelled_statement, read_labels, without_learned_acts
    from onrecord.nlp import load

    settings = without_learned_acts(Settings())
    tok2vec = load(settings).get_pipe("tok2vec")
    out = []
    seen: set[int] = set()
    for labelled, found, parsed in labelled_and_found(root, read_labels(labels_file, "train"), settings):
        for piece in parsed.pieces:
            if id(piece.doc) not in seen:
                seen.add(id(piece.doc))
                tok2vec(piece.doc)  # the pipeline dropped it; it depends on the tokens alone
        stmt = found or labelled_statement(labelled, parsed.text)
        piece = parsed.piece_at(stmt.content.start)
        out.append((labelled, stmt, found is not None, piece.doc, piece.offset, parsed.text))
    cache.write_bytes(pickle.dumps(out))
    return out


def rows_from(cached: list[tuple[Any, ...]]) -> list[ActRow]:
    from onrecord.extract.acts import features
    from onrecord.training.learn import construction_act

    rows = []
    for labelled, stmt, found, doc, offset, _ in cached:
        feats = features(stmt, doc, offset, rules=found)
        rows.append(ActRow(feats, labelled.act, labelled.hedged, labelled.article,
                           stmt.act if found else None, stmt.hedged if found else False,
                           construction=construction_act(stmt, doc, offset) if found else None))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path, help="PolNeAR folder holding train/")
    parser.add_argument("--labels", type=Path, default=LABELS_FILE)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/onrecord-act-rows.pickle"))
    parser.add_argument("--show", choices=("none", "hedged", "act"), default="none")
    parser.add_argument("--limit", type=int, default=40, help="errors shown of each kind")
    parser.add_argument("--c", type=float, nargs="*", default=[0.1, 0.3, 1.0])
    parser.add_argument("--cut", type=float, default=0.5, help="hedge probability shown as hedged")
    args = parser.parse_args()
    cached = pickle.loads(args.cache.read_bytes()) if args.cache.exists() else build_cache(
        args.root, args.labels, args.cache)
    rows = rows_from(cached)
    for c in args.c:
        choice = _choose(rows, c)
        print(f"C={c}: act {choice.accuracy:.3f} (model {choice.model_accuracy:.3f}), hedged F1 "
              f"{choice.hedge_f1:.3f} at {choice.cut} (rule hedges {choice.rule_hedges}), rules keep {choice.win}")
    if args.show == "none":
        return
    index, acts, hedge = cross_validated(rows, args.c[0])
    rng = random.Random(0)
    if args.show == "hedged":
        misses = [(i, p) for i, p in zip(index, hedge, strict=True) if rows[i].hedged and p < args.cut]
        false = [(i, p) for i, p in zip(index, hedge, strict=True) if not rows[i].hedged and p >= args.cut]
        for title, errs in (("labelled hedged, model not", misses), ("model hedged, labelled not", false)):
            print(f"\n== {title}: {len(errs)}")
            for i, p in rng.sample(errs, min(args.limit, len(errs))):
                _show(cached[i], f"p={p:.2f}")
    else:
        confusion = Counter((rows[i].act, a) for i, a in zip(index, acts, strict=True) if rows[i].act != a)
        print(confusion.most_common(15))
        errs = [(i, a) for i, a in zip(index, acts, strict=True) if rows[i].act != a]
        for i, a in rng.sample(errs, min(args.limit, len(errs))):
            _show(cached[i], f"gold {rows[i].act} / model {a}")


def _show(entry: tuple[Any, ...], note: str) -> None:
    _, stmt, _, _, _, text = entry
    cue = text[stmt.cue.start:stmt.cue.end] if stmt.cue else "-"
    speaker = text[stmt.speaker.start:stmt.speaker.end] if stmt.speaker else "-"
    content = text[stmt.content.start:stmt.content.end].replace("\n", " ")
    print(f"- [{note}] {speaker} | {cue} | {content[:300]}")


if __name__ == "__main__":
    main()
