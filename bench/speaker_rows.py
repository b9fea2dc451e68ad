"""Speaker rows: for every gold speaker name we have, the mention, the resolver's candidates and choice (rank13).

For each statement matched at 0.5 whose gold gives a speaker name (second-domain tune and fresh, world-politics
tune, the example) and each hand-judged statement of the PolNeAR audits (``eval/audits/name12``: the actor the
guideline gives; ``eval/audits/who11``: texts under /tmp/who11/texts when present, the actors judged right, and
the wrong or missing ones under the name ``rank13_wrong_outcomes.tsv`` there gives), one row: the source
mention, its kind (name / pronoun / description / group / none), the resolver's actor, the gold actor, and the
candidates the resolver had at that point: every actor state of the article so far (with ``before``: seen
before the mention), "a new actor from the mention", and none. Each candidate carries the features a ranker
would read (``snapshot``); ``loco`` fits a logistic regression on them, leave-one-corpus-out, and prints its
accuracy beside the rules'.

    PYTHONPATH=src python bench/speaker_rows.py rows OUT.jsonl      # the rows (no article text beyond mentions)
    PYTHONPATH=src python bench/speaker_rows.py table OUT.jsonl     # the fixable / not fixable table per corpus
    PYTHONPATH=src python bench/speaker_rows.py loco OUT.jsonl [norules] [balanced]  # a ranker, leave-one-corpus-out

Held-out material is never read: only the paths below.
"""
from __future__ import annotations

import csv
import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from onrecord.evaluate import read_gold
from onrecord.evaluate.score import hits, match_pairs, overlap_parts, predicted_units, same_name
from onrecord.ingest import TextInput
from onrecord.pipeline import extract_many
from onrecord.resolve import names
from onrecord.resolve.speakers import ArticleResolver
from onrecord.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
CORPORA = {
    "sd-tune": ROOT / "eval/second-domain/gold/tune",
    "sd-fresh": ROOT / "eval/second-domain/gold/fresh",
    "wp-tune": ROOT / "eval/world-politics/gold/tune",
    "example": ROOT / "examples/peace-talks.gold.json",
}
POLNEAR = ROOT / ".." / "shared" / "data" / "polnear" / "train" / "text"
WHO11 = Path("/tmp/who11/texts")
# The who11 wrong and missing actors with the name the guideline gives, as rank13 read them (the audit gave a class)
WHO11_GOLD = ROOT / "eval/audits/who11/rank13_wrong_outcomes.tsv"

KINDS = ("name", "pronoun", "description", "group", "none")
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_TYPES = ("person", "organization", "country", "group", "unnamed")


def mention_kind(span: Any) -> str:
    """name / pronoun / description / group / none (no speaker mention: an inherited or floating statement)."""
    if span is None:
        return "none"
    root = span.root
    if root.pos_ == "PRON" or root.lower_ in names.MALE_PRONOUNS | names.FEMALE_PRONOUNS:
        return "pronoun"
    if root.pos_ == "PROPN" or root.ent_type_ in _NAME_ENTS:
        return "name"
    if root.tag_ in ("NNS", "NNPS"):
        return "group"
    return "description"


def _words(text: str) -> set[str]:
    return {w.strip(".,'’\"“”()").lower() for w in text.split()} - _DETERMINERS - {""}


def _mention_name(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def snapshot(resolver: ArticleResolver, cand: Any, last_actor: Any) -> dict[str, Any]:
    """The mention's kind and its candidates with their features (``state`` None for the mention's own words)."""
    span = cand.speaker
    kind = mention_kind(span)
    at = cand.speaker_offsets[0] if cand.speaker_offsets else (cand.cue[0] if cand.cue else cand.content[0])
    here = resolver.sentence_of(at)
    mention_text = resolver.text[cand.speaker_offsets[0]:cand.speaker_offsets[1]] if cand.speaker_offsets else ""
    mwords = _words(mention_text)
    pronoun = span.root.lower_ if kind == "pronoun" and span is not None else ""
    plural = kind == "group" or pronoun in ("they", "we", "them")
    head = span.root.lemma_.lower() if span is not None and kind in ("description", "group") else ""
    # the owner the mention names ("Abbott's chief executive", "a spokesman for the ministry"): its words
    owners = {t.lower_ for t in span if t.i != span.root.i and t.pos_ == "PROPN"} if span is not None else set()
    total = {id(s): len(s.seen) for s in resolver.states}
    most = max(total.values(), default=1) or 1
    cands: list[dict[str, Any]] = []
    for state in resolver.states:
        if not state.seen and not state.actor.mentions:
            continue
        last = state.last_before(at)
        before = last is not None
        f: dict[str, float] = {
            "before": float(before),
            "later": float(not before),
            "sent_dist": math.log1p(here - last.sentence) if last is not None else 4.0,
            "char_dist": math.log1p(at - last.offset) / 10 if last is not None else 1.0,
            "same_sentence": float(last is not None and last.sentence == here),
            "prev_sentence": float(last is not None and here - last.sentence == 1),
            "count_before": math.log1p(state.count_before(at)),
            "share_named": total[id(state)] / most,
            "last_subject": float(last is not None and last.subject),
            "last_speaker": float(state is last_actor),
            "spoke": float(id(state) in resolver._spoke),
            "spoke_dist": math.log1p(max(here - resolver._spoke[id(state)], 0)) if id(state) in resolver._spoke
            else 4.0,
            "word_overlap": float(bool(mwords & {w.lower() for w in state.words})),
            "title_overlap": float(bool(mwords & {t.lower() for t in state.titles})),
            "alias_overlap": float(bool(mwords & {w for a in state.aliases for w in a.split()})),
            "gender_agree": float((pronoun in names.MALE_PRONOUNS and state.gender == "m")
                                  or (pronoun in names.FEMALE_PRONOUNS and state.gender == "f")),
            "gender_clash": float((pronoun in names.MALE_PRONOUNS and state.gender == "f")
                                  or (pronoun in names.FEMALE_PRONOUNS and state.gender == "m")),
            "number_fit": float(plural == (state.actor.type in ("group", "organization", "country"))),
            "n_words": min(len(state.words), 4) / 4,
            "from_mention": 0.0,
            # named next, in the mention's own sentence ("Abbott's chief executive said ... Chief Executive Miles
            # White"), or in the next one
            "next_same_sentence": float(any(x.offset > at and x.sentence == here for x in state.seen)),
            "next_sentence": float(any(x.offset > at and x.sentence == here + 1 for x in state.seen)),
            "head_in_titles": float(head in {t.lower() for t in state.titles}) if head else 0.0,
            "head_in_name": float(head in {w.lower() for w in state.words}) if head else 0.0,
            "owner_named": float(bool(owners & {w.lower() for w in state.words})),
        }
        for t in _TYPES:
            f["type_" + t] = float(state.actor.type == t)
        cands.append({"state": state, "name": None, "source": "before" if before else "later", "f": f})
    if mention_text:
        f = {k: 0.0 for k in cands[0]["f"]} if cands else {}
        f.update({"from_mention": 1.0, "sent_dist": 0.0, "char_dist": 0.0, "same_sentence": 1.0, "later": 0.0,
                  "number_fit": float(plural), "n_words": min(len(mwords), 4) / 4,
                  "type_group": float(kind == "group")})
        cands.append({"state": None, "name": _mention_name(mention_text), "source": "mention", "f": f})
    return {"kind": kind, "cands": cands}


# text -> list of captured decisions (filled by the patched resolver)
CAPTURED: dict[str, list[dict[str, Any]]] = defaultdict(list)


def _patch() -> None:
    speaker_actor = ArticleResolver._speaker_actor
    inherit = ArticleResolver._inherit

    def patched_speaker(self: ArticleResolver, cand: Any, last_actor: Any) -> Any:
        snap = snapshot(self, cand, last_actor)
        out = speaker_actor(self, cand, last_actor)
        CAPTURED[self.text].append({"cand": cand, "snap": snap, "chosen": out[0], "how": out[1]})
        return out

    def patched_inherit(self: ArticleResolver, cand: Any, resolved: Any) -> Any:
        last = resolved[-1][1] if resolved else None
        snap = snapshot(self, cand, last)
        out = inherit(self, cand, resolved)
        CAPTURED[self.text].append({"cand": cand, "snap": snap, "chosen": out[0], "how": out[1]})
        return out

    ArticleResolver._speaker_actor = patched_speaker  # type: ignore[method-assign]
    ArticleResolver._inherit = patched_inherit  # type: ignore[method-assign]


def _settings() -> Settings:
    return Settings(events=False, learned_acts=False)


def _extract(items: list[TextInput]) -> dict[str, Any]:
    return {it.text: art for it, art in zip(items, extract_many(items, settings=_settings()), strict=True)}


def _decision(text: str, content: tuple[int, int], speaker: tuple[int, int] | None) -> dict[str, Any] | None:
    """The resolver's reading of the statement: same content, and the same speaker mention where two statements
    share one content ("According to Yonhap, quoting KCNA, X": both statements have the content X)."""
    same = [d for d in CAPTURED.get(text, []) if tuple(d["cand"].content) == content]
    return next((d for d in same if d["cand"].speaker_offsets == speaker), same[0] if same else None)


def _row(corpus: str, doc: str, text: str, statement: Any, gold: str, extra: dict[str, Any]) -> dict[str, Any]:
    content = (statement.content.start, statement.content.end)
    d = _decision(text, content, (statement.speaker.start, statement.speaker.end) if statement.speaker else None)
    pred = statement.actor.name if statement.actor else None
    row: dict[str, Any] = {
        "corpus": corpus, "doc": doc, "content": list(content), "gold": gold, "pred": pred,
        "right": pred is not None and same_name(pred, gold),
        "mention": statement.speaker.text if statement.speaker else None,
        "how": statement.resolution, **extra,
    }
    if d is None:  # a run-on continuation: read with the statement it continues
        row["kind"] = "continues"
        row["cands"] = []
        return row
    snap = d["snap"]
    row["kind"] = snap["kind"]
    cands = []
    for c in snap["cands"]:
        name = c["state"].actor.name if c["state"] is not None else c["name"]
        aliases = list(c["state"].actor.aliases) if c["state"] is not None else []
        cands.append({
            "name": name, "source": c["source"],
            "gold": name is not None and same_name(name, gold),
            "gold_alias": any(same_name(a, gold) for a in aliases),
            "chosen": c["state"] is not None and c["state"] is d["chosen"],
            "f": c["f"],
        })
    row["cands"] = cands
    return row


def gold_rows() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for corpus, path in CORPORA.items():
        docs = read_gold(path, "onrecord")
        items = [TextInput(id=str(n), source=None, text=d.text, published=d.published) for n, d in enumerate(docs)]
        arts = _extract(items)
        for d in docs:
            units = predicted_units(d.text, arts[d.text].statements, join_run_ons=False)
            pairs = [(overlap_parts(g.content, u.parts), gi, pi) for gi, g in enumerate(d.statements)
                     for pi, u in enumerate(units) if any(hits(g.content, a, b) for a, b in u.parts)]
            for gi, pi in match_pairs(pairs, 0.5).items():
                g = d.statements[gi]
                if g.speaker_name:
                    rows.append(_row(corpus, d.name, d.text, units[pi].statement, g.speaker_name, {}))
    return rows


def _published(name: str) -> str | None:
    m = re.search(r"_(\d{4}-\d{2}-\d{2})_", name)
    return m.group(1) if m else None


def _at(statements: list[Any], start: int, end: int) -> Any:
    exact = [s for s in statements if (s.content.start, s.content.end) == (start, end)]
    if exact:
        return exact[0]
    near = [s for s in statements if s.content.start < end and s.content.end > start]
    return near[0] if near else None


def audit_rows(who11_gold: dict[tuple[str, str], str]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    judged = _read_tsv(ROOT / "eval/audits/name12/judgements.tsv")
    files = sorted({j["file"] for j in judged})
    if POLNEAR.is_dir():
        items = [TextInput(id=f, source=f, text=(POLNEAR / f).read_text(), published=_published(f)) for f in files]
        arts = _extract(items)
        texts = {f: it.text for f, it in zip(files, items, strict=True)}
        for j in judged:
            verdict = j["verdict_after"]
            gold = j["actor_after"] if verdict == "right" else j["right_actor"] if verdict in ("wrong", "missing") \
                else ""
            if not gold:
                continue
            s = _at(arts[texts[j["file"]]].statements, int(j["content_start"]), int(j["content_end"]))
            if s is not None:
                rows.append(_row("name12", j["file"], texts[j["file"]], s, gold, {"split": j["split"]}))
    if WHO11.is_dir():
        judged = _read_tsv(ROOT / "eval/audits/who11/judgements_after.tsv")
        dates = {r["file"].removesuffix(".txt"): r["date"] for r in _read_tsv(ROOT / "eval/audits/who11/sources.tsv")}
        names = sorted({j["article"] for j in judged})
        items = [TextInput(id=a, source=a, text=(WHO11 / f"{a}.txt").read_text(),
                           published=dates.get(a) if dates.get(a, "unknown") != "unknown" else None) for a in names]
        arts = _extract(items)
        texts = {a: it.text for a, it in zip(names, items, strict=True)}
        for j in judged:
            key = (j["article"], j["idx"])
            gold = j["actor"] if j["verdict"] == "right" else who11_gold.get(key, "")
            if not gold or gold == "-":
                continue
            s = _at(arts[texts[j["article"]]].statements, int(j["content_start"]), int(j["content_end"]))
            if s is not None:
                rows.append(_row("who11", j["article"], texts[j["article"]], s, gold, {"split": j["split"]}))
    return rows


def outcome(row: dict[str, Any]) -> str:
    """right; or, for a wrong name: before / later (the gold actor is an actor state of the article seen
    before the mention / only after it), mention (the mention's own words are the gold name), alias (a state
    holds the gold name among its aliases only), nowhere (no candidate: a recogniser / naming problem)."""
    if row["right"]:
        return "right"
    cands = row["cands"]
    if any(c["gold"] and c["source"] == "before" for c in cands):
        return "before"
    if any(c["gold"] and c["source"] == "later" for c in cands):
        return "later"
    if any(c["gold"] and c["source"] == "mention" for c in cands):
        return "mention"
    if any(c["gold_alias"] for c in cands):
        return "alias"
    return "nowhere"


def table(rows: list[dict[str, Any]]) -> str:
    cols = ["right", "before", "later", "mention", "alias", "nowhere"]
    out = ["| corpus | kind | n | " + " | ".join(cols) + " |", "|---" * (len(cols) + 3) + "|"]
    by: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for r in rows:
        by[(r["corpus"], r["kind"])][outcome(r)] += 1
        by[(r["corpus"], "all")][outcome(r)] += 1
        by[("all", r["kind"])][outcome(r)] += 1
        by[("all", "all")][outcome(r)] += 1
    for (corpus, kind), c in sorted(by.items()):
        out.append(f"| {corpus} | {kind} | {sum(c.values())} | " + " | ".join(str(c[k]) for k in cols) + " |")
    return "\n".join(out)


def _read_tsv(path: Path | str) -> list[dict[str, str]]:
    with open(path) as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _read_rows(path: str) -> list[dict[str, Any]]:
    with open(path) as f:
        return [json.loads(line) for line in f]


def loco(rows: list[dict[str, Any]], c_value: float = 1.0, rules_feature: bool = True,
         balanced: bool = False) -> str:
    """A logistic regression over (mention, candidate) pairs, one weight per feature and mention kind, trained on
    four corpora and tested on the fifth (the example's 14 rows are always trained on).
    The rules' own choice is always a candidate (``rules``: when its actor is no state of the snapshot, a
    described group made by the reading itself, it is added). Per held-out corpus and kind: rules right / ranker
    right, on the same mentions. ``rules_feature=False``: the ranker is not told which candidate the rules chose
    (and the rules' choice is a candidate only when it is a state or the mention's words). ``balanced``: the
    right candidates weigh as much as all the wrong ones together."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    rows = [r for r in rows if r["cands"]]
    keys = sorted(rows[0]["cands"][0]["f"])
    for r in rows:
        if rules_feature and not any(c["chosen"] for c in r["cands"]):
            r["cands"].append({"name": r["pred"], "source": "rules", "gold": r["right"], "gold_alias": False,
                               "chosen": True, "f": {k: 0.0 for k in keys}})

    def vec(r: dict[str, Any], c: dict[str, Any]) -> list[float]:
        base = [c["f"].get(k, 0.0) for k in keys] + [float(c["chosen"] and rules_feature)]
        return [x * (r["kind"] == k) for k in KINDS for x in base] + base

    def correct(r: dict[str, Any], c: dict[str, Any]) -> bool:
        return bool(r["right"] if c["chosen"] else c["gold"])

    corpora = ["sd-tune", "sd-fresh", "wp-tune", "name12", "who11"]
    lines = ["| held-out corpus | kind | mentions | rules right | ranker right |", "|---|---|---|---|---|"]
    total: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for held in corpora:
        x: list[list[float]] = []
        y: list[int] = []
        for r in rows:
            if r["corpus"] == held or (not r["right"] and not any(c["gold"] for c in r["cands"])):
                continue
            for c in r["cands"]:
                x.append(vec(r, c))
                y.append(int(correct(r, c)))
        model = LogisticRegression(C=c_value, max_iter=2000, class_weight="balanced" if balanced else None)
        model.fit(np.array(x), np.array(y))
        per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for r in rows:
            if r["corpus"] != held:
                continue
            best = r["cands"][int(np.argmax(model.decision_function(np.array([vec(r, c) for c in r["cands"]]))))]
            for k in (r["kind"], "all"):
                for acc in (per[k], total[k]):
                    acc[0] += 1
                    acc[1] += int(r["right"])
                    acc[2] += int(correct(r, best))
        lines += [f"| {held} | {k} | {v[0]} | {v[1]} | {v[2]} |" for k, v in sorted(per.items())]
    lines += [f"| all five | {k} | {v[0]} | {v[1]} | {v[2]} |" for k, v in sorted(total.items())]
    return "\n".join(lines)


def main() -> None:
    if sys.argv[1] == "rows":
        who11_gold: dict[tuple[str, str], str] = {}
        for r in _read_tsv(sys.argv[3] if len(sys.argv) > 3 else WHO11_GOLD):
            if not r["gold_as_read"].startswith("("):
                who11_gold[(r["article"], r["idx"])] = r["gold_as_read"]
        _patch()
        rows = gold_rows() + audit_rows(who11_gold)
        with open(sys.argv[2], "w") as f:
            for r in rows:
                f.write(json.dumps(r) + "\n")
        print(table(rows))
    elif sys.argv[1] == "table":
        print(table(_read_rows(sys.argv[2])))
    elif sys.argv[1] == "loco":
        print(loco(_read_rows(sys.argv[2]), rules_feature="norules" not in sys.argv[3:],
                   balanced="balanced" in sys.argv[3:]))


if __name__ == "__main__":
    main()
