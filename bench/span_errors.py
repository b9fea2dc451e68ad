"""List the matched statements (overlap >= 0.5) whose predicted speaker span misses the gold one.

Tune material only: PolNeAR train files FROM..TO (sorted names; 150-449 is the work set, the first 150 the
guard set), and the tune/fresh halves of the labelled sets. For each miss it prints the sentence, the gold
source, the predicted source, the cue, and the candidate rule / resolution that produced it.

    PYTHONPATH=src python bench/span_errors.py polnear 150 450 > /tmp/span12/polnear.txt
    PYTHONPATH=src python bench/span_errors.py onrecord eval/second-domain/gold/tune eval/world-politics/gold/tune

Prints a summary line per set: matched pairs with a gold source, how many the span hits (the figure
``onrecord eval`` calls speaker_span), and the misses by rule.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from onrecord.evaluate import predict, read_gold
from onrecord.evaluate.gold import GoldDocument, date_in_name, read_brat
from onrecord.evaluate.score import RUN_ONS, hits, match_pairs, overlap_parts, predicted_units, score
from onrecord.model import Statement
from onrecord.resolve import speakers
from onrecord.settings import Settings

RULE_OF: dict[int, tuple[str, str]] = {}  # id(statement) -> (candidate rule, link)
_made = speakers.ArticleResolver._statement


def _recording(self, cand, state, how, speaker):  # type: ignore[no-untyped-def]
    st = _made(self, cand, state, how, speaker)
    RULE_OF[id(st)] = (cand.rule, cand.link, _route(cand))
    return st


def _route(cand) -> str:  # type: ignore[no-untyped-def]
    """How the speaker stands to the cue in the parse: the cue's tag and label, the speaker's root's label and
    whether it is the cue's head (a participle or infinitive on a noun: "a statement saying")."""
    if cand.speaker is None or cand.cue is None or cand.speaker_offsets is None:
        return "-"
    doc = cand.speaker.doc
    offset = cand.speaker_offsets[0] - cand.speaker.start_char
    cue = doc.char_span(cand.cue[0] - offset, cand.cue[1] - offset, alignment_mode="expand")
    if cue is None or not len(cue):
        return "?"
    tok = cue.root
    root = cand.speaker.root
    how = "head" if root.i == tok.head.i else "subj" if root.head.i == tok.i else "other"
    return (f"cue={tok.tag_}/{tok.dep_} head={tok.head.lemma_}/{tok.head.dep_} spk={root.lemma_}/{root.pos_}/"
            f"{root.dep_}/{root.ent_type_ or '-'} {how}")


speakers.ArticleResolver._statement = _recording  # type: ignore[method-assign]


def polnear_docs(start: int, stop: int) -> list[GoldDocument]:
    root = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "polnear" / "train"
    docs = []
    for path in sorted((root / "text").glob("*.txt"))[start:stop]:
        text = path.read_text(encoding="utf-8")
        for ann in sorted((root / "attributions").glob(path.stem + "_*.ann")):
            doc = read_brat(ann.read_text(encoding="utf-8"), text, ann.stem)
            doc.published = date_in_name(path.stem)
            docs.append(doc)
    return docs


def sentence(text: str, a: int, b: int) -> str:
    start = max(text.rfind("\n", 0, a), text.rfind(". ", 0, a) + 1, 0)
    end_candidates = [i for i in (text.find("\n", b), text.find(". ", b)) if i >= 0]
    end = min(end_candidates) + 1 if end_candidates else len(text)
    return " ".join(text[start:end].split())


def misses(docs: list[GoldDocument], run_ons: str, article_of) -> tuple[int, int, list[dict[str, object]], str]:  # type: ignore[no-untyped-def]
    settings = Settings.from_env()
    n = ok = 0
    out: list[dict[str, object]] = []
    predicted = list(predict(docs, "onrecord", settings))
    p, r, f = score(zip(docs, predicted, strict=True), run_ons).prf("overlap>=0.5")
    content = f"content @0.5 P {p:.3f} R {r:.3f} F1 {f:.3f}"
    for doc, statements in zip(docs, predicted, strict=True):
        units = predicted_units(doc.text, statements, join_run_ons=run_ons == "joined")
        pairs = [(overlap_parts(g.content, u.parts), gi, pi) for gi, g in enumerate(doc.statements)
                 for pi, u in enumerate(units) if any(hits(g.content, a, b) for a, b in u.parts)]
        for gi, pi in match_pairs(pairs, 0.5).items():
            g = doc.statements[gi]
            p: Statement = units[pi].statement
            if not g.speaker:
                continue
            n += 1
            if p.speaker is not None and hits(g.speaker, p.speaker.start, p.speaker.end):
                ok += 1
                continue
            rule, link, route = RULE_OF.get(id(p), ("?", "?", "?"))
            gs = " … ".join(doc.text[a:b] for a, b in g.speaker)
            lo = min(g.speaker[0][0], p.content.start, g.content[0][0])
            hi = max(g.speaker[-1][1], p.content.end if p.content.end - lo < 600 else lo, g.content[-1][1])
            out.append({
                "article": article_of(doc.name), "doc": doc.name,
                "gold": gs, "gold_at": g.speaker[0][0],
                "pred": p.speaker.text if p.speaker else None, "pred_at": p.speaker.start if p.speaker else None,
                "cue": p.cue.text if p.cue else None, "gold_cue": " … ".join(doc.text[a:b] for a, b in g.cue),
                "rule": rule, "link": link, "route": route, "resolution": p.resolution, "kind": p.kind,
                "actor": p.actor.name if p.actor else None,
                "content": p.content.text[:160],
                "sentence": sentence(doc.text, lo, min(hi, lo + 700))[:700],
            })
    return n, ok, out, content


def main(argv: list[str]) -> None:
    if argv[0] == "polnear":
        start, stop = int(argv[1]), int(argv[2])
        docs = polnear_docs(start, stop)
        sets = [(f"polnear train {start}-{stop - 1}", docs, RUN_ONS["brat"], lambda name: name.rsplit("_", 1)[0])]
    else:
        sets = [(p, read_gold(Path(p), "onrecord"), RUN_ONS["onrecord"], lambda name: name) for p in argv[1:]]
    for title, docs, run_ons, article_of in sets:
        n, ok, found, content = misses(docs, run_ons, article_of)
        for m in found:
            print(json.dumps(m, ensure_ascii=False))
        by_rule = Counter(str(m["rule"]) for m in found)
        print(f"# {title}: {len(docs)} docs, {content}; {n} matched with a gold source, span right {ok} "
              f"({ok / max(n, 1):.3f}), misses {len(found)} in {len({m['article'] for m in found})} articles; "
              f"by rule {dict(by_rule.most_common())}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
