"""Score predicted statements against gold ones.

Content spans are matched one-to-one, greedily by best overlap. A pair counts
at threshold t when the shared characters are at least t of BOTH the predicted
and the gold span (gold spans may be discontinuous; their parts are summed).
"Exact" compares spans after trimming surrounding whitespace and , . ; :
outside quotation marks, so "said that X." and "X" differ only by "that".
Cue, speaker, act and name accuracies are over the pairs matched at 0.5.

Two name checks: ``named_speaker`` wants the gold name itself (after ``same_name``'s normalising);
``same_entity`` also takes another proper name the text itself uses for the gold actor ("State Department"
for "US Department of State", "World Health Organisation" for "World Health Organization") or the
organisation's name as the text shortens it ("Fars News" for "Fars News Agency"). Neither takes a bare
surname or an unnormalised description ("officials" for "Russian officials").

Run-on quotations ("“A,” she said. “B.”") are two statements, the second ``continues`` the first. How they
are scored follows the gold's convention (``RUN_ONS``): PolNeAR annotates them as ONE discontinuous content,
so its reader joins a statement and the statements continuing it into one predicted content whose parts are
their contents ("joined"); onrecord's gold JSON annotates two statements, scored apart ("apart").
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from onrecord.evaluate.gold import GoldDocument, GoldStatement, Ranges
from onrecord.model import Statement, statement_key, text_digest

THRESHOLDS = (0.3, 0.5, 0.8)
_TRIM = " \t\n,.;:"
# Gold format -> how run-on quotations are scored (see the module's docstring).
RUN_ONS = {"brat": "joined", "onrecord": "apart"}


@dataclass(slots=True)
class Scores:
    n_docs: int = 0
    n_gold: int = 0
    n_pred: int = 0
    matched: dict[str, int] = field(default_factory=lambda: Counter())
    checks: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, total]
    gold_by_kind: Counter[str] = field(default_factory=Counter)
    found_by_kind: Counter[str] = field(default_factory=Counter)
    pred_by_kind: Counter[str] = field(default_factory=Counter)
    right_by_pred_kind: Counter[str] = field(default_factory=Counter)
    writer_sentences_extracted: int = 0
    writer_sentences: int = 0
    # Matched statements whose named speaker is wrong, one readable line each (``onrecord eval --speaker-errors``).
    speaker_errors: list[str] = field(default_factory=list)
    run_ons: str = "apart"  # "joined": a statement and its run-on continuations are one predicted content
    # Statements left unmatched at 0.5, gold ("missed") and predicted ("not in gold"), one readable line each,
    # with the nearest statement on the other side (``onrecord eval --content-errors``).
    content_errors: list[str] = field(default_factory=list)

    def check(self, name: str, ok: bool) -> None:
        right_total = self.checks.setdefault(name, [0, 0])
        right_total[0] += int(ok)
        right_total[1] += 1

    def prf(self, key: str) -> tuple[float, float, float]:
        tp = self.matched[key]
        p = tp / self.n_pred if self.n_pred else 0.0
        r = tp / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def accuracy(self, name: str) -> float | None:
        right, total = self.checks.get(name, [0, 0])
        return right / total if total else None

    def to_dict(self) -> dict[str, Any]:
        keys = ["exact", *(f"overlap>={t}" for t in THRESHOLDS)]
        return {
            "documents": self.n_docs,
            "gold": self.n_gold,
            "predicted": self.n_pred,
            "content": {k: dict(zip(("precision", "recall", "f1"), self.prf(k), strict=True)) for k in keys},
            "on_matched_at_0.5": {k: {"accuracy": self.accuracy(k), "n": v[1]} for k, v in self.checks.items()},
            "recall_by_gold_kind": {k: self.found_by_kind[k] / n for k, n in self.gold_by_kind.items()},
            "precision_by_predicted_kind": {
                k: self.right_by_pred_kind[k] / n for k, n in self.pred_by_kind.items()
            },
            "gold_by_kind": dict(self.gold_by_kind),
            "writer_sentences_extracted": f"{self.writer_sentences_extracted}/{self.writer_sentences}",
            "run_on_quotations": self.run_ons,
        }


def _length(ranges: Ranges) -> int:
    return sum(b - a for a, b in ranges)


def _shared(ranges: Ranges, start: int, end: int) -> int:
    return sum(max(0, min(b, end) - max(a, start)) for a, b in ranges)


def overlap(gold: Ranges, start: int, end: int) -> float:
    """The smaller of shared/gold and shared/predicted."""
    return overlap_parts(gold, ((start, end),))


def overlap_parts(gold: Ranges, parts: Ranges) -> float:
    """``overlap`` for a prediction in parts (a statement joined with its run-on continuations)."""
    shared = sum(_shared(gold, a, b) for a, b in parts)
    if not shared:
        return 0.0
    return min(shared / max(_length(gold), 1), shared / max(_length(parts), 1))


@dataclass(frozen=True, slots=True)
class Predicted:
    """What is scored as one prediction: a statement (its cue, speaker, kind and act are checked) and its
    content's parts, one unless run-on continuations were joined to it."""

    statement: Statement
    parts: Ranges


def predicted_units(text: str, statements: Sequence[Statement], *, join_run_ons: bool) -> list[Predicted]:
    """The predictions to score. With ``join_run_ons`` a statement that ``continues`` another becomes a part
    of that one's content (PolNeAR's one discontinuous content); otherwise every statement stands alone."""
    parts = [[(s.content.start, s.content.end)] for s in statements]
    if not join_run_ons:
        return [Predicted(s, tuple(p)) for s, p in zip(statements, parts, strict=True)]
    digest = text_digest(text)
    index = {statement_key(digest, s): n for n, s in enumerate(statements)}
    heads: list[int] = []
    for n in range(len(statements)):
        head = _first_of_run(statements, index, n)
        if head == n:
            heads.append(n)
        else:
            parts[head].extend(parts[n])
    return [Predicted(statements[n], tuple(sorted(parts[n]))) for n in heads]


def _first_of_run(statements: Sequence[Statement], index: dict[str, int], n: int) -> int:
    """The statement a run of continuations starts from (``n`` itself when it continues nothing found)."""
    seen = {n}
    while (key := statements[n].continues) is not None and (head := index.get(key)) is not None:
        if head in seen:
            break  # a loop cannot come from the extractor; stop rather than spin
        seen.add(head)
        n = head
    return n


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if text[start:start + 5].lower() == "that ":
        start += 5
    return start, end


def _exact(text: str, gold: Ranges, parts: Ranges) -> bool:
    """Trimmed spans equal; a content in parts is exact when each part equals its gold part."""
    if len(parts) > 1:
        return len(gold) == len(parts) and all(
            _trimmed(text, *g) == _trimmed(text, *p) for g, p in zip(gold, parts, strict=True))
    g = _trimmed(text, gold[0][0], gold[-1][1])
    return g == _trimmed(text, *parts[0]) and _length(gold) >= (gold[-1][1] - gold[0][0]) - 3 * (len(gold) - 1)


def match_pairs(pairs: list[tuple[float, int, int]], threshold: float) -> dict[int, int]:
    """Greedy one-to-one matching of (overlap, gold index, predicted index) pairs, best overlap first, at
    ``threshold`` or above: gold index -> predicted index. The scores, the act labels and the training
    of the learned models all pair statements with it."""
    taken_g: dict[int, int] = {}
    taken_p: set[int] = set()
    for r, g, p in sorted(pairs, reverse=True):
        if r < threshold:
            break
        if g in taken_g or p in taken_p:
            continue
        taken_g[g] = p
        taken_p.add(p)
    return taken_g


def hits(ranges: Ranges, start: int, end: int) -> bool:
    """Whether ``[start, end)`` shares any character with the gold ``ranges``."""
    return _shared(ranges, start, end) > 0


def score_document(scores: Scores, gold: GoldDocument, statements: Sequence[Statement]) -> None:
    text = gold.text
    units = predicted_units(text, statements, join_run_ons=scores.run_ons == "joined")
    predicted = [u.statement for u in units]
    scores.n_docs += 1
    scores.n_gold += len(gold.statements)
    scores.n_pred += len(units)
    pairs = [
        (overlap_parts(g.content, u.parts), gi, pi)
        for gi, g in enumerate(gold.statements)
        for pi, u in enumerate(units)
        if any(hits(g.content, a, b) for a, b in u.parts)
    ]
    exact_pairs = [(1.0, gi, pi) for r, gi, pi in pairs
                   if _exact(text, gold.statements[gi].content, units[pi].parts)]
    scores.matched["exact"] += len(match_pairs(exact_pairs, 1.0))
    for t in THRESHOLDS:
        scores.matched[f"overlap>={t}"] += len(match_pairs(pairs, t))
    at_half = match_pairs(pairs, 0.5)
    for gi, g in enumerate(gold.statements):
        scores.gold_by_kind[g.kind or "?"] += 1
        if gi in at_half:
            scores.found_by_kind[g.kind or "?"] += 1
            _check_pair(scores, g, predicted[at_half[gi]], gold.name, gold.mentions)
    right_preds = set(at_half.values())
    for pi, p in enumerate(predicted):
        scores.pred_by_kind[p.kind] += 1
        scores.right_by_pred_kind[p.kind] += pi in right_preds
    scores.content_errors += _content_errors(gold, predicted, pairs, at_half)
    for sentence in gold.not_attributed:
        scores.writer_sentences += 1
        at = text.find(sentence)
        if at >= 0 and any(p.content.start < at + len(sentence) and p.content.end > at for p in statements):
            scores.writer_sentences_extracted += 1


def _check_pair(scores: Scores, g: GoldStatement, p: Statement, doc: str = "",
                mentions: dict[str, tuple[str, ...]] | None = None) -> None:
    mentions = mentions or {}
    if g.cue:
        scores.check("cue", p.cue is not None and hits(g.cue, p.cue.start, p.cue.end))
    if g.speaker:
        scores.check("speaker_span", p.speaker is not None and hits(g.speaker, p.speaker.start, p.speaker.end))
    else:
        scores.check("no_source_left_empty", p.speaker is None)
    if g.speaker_name:
        named = p.actor is not None and same_name(p.actor.name, g.speaker_name)
        scores.check("named_speaker", named)
        scores.check("same_entity", named or (p.actor is not None and same_entity(
            p.actor.name, g.speaker_name, mentions.get(g.speaker_name, ()))))
        if not named:
            scores.speaker_errors.append(_speaker_error(doc, g, p))
    if g.kind:
        scores.check("kind", p.kind == g.kind)
    if g.act:
        scores.check("act", p.act == g.act)
    if g.hedged is not None:
        scores.check("hedged", p.hedged == g.hedged)


def _speaker_error(doc: str, g: GoldStatement, p: Statement) -> str:
    """One line a reader can check: the gold speaker beside what was predicted, and why, for one statement."""
    actor = f"{p.actor.name!r} ({p.actor.type})" if p.actor else "no actor"
    mention = repr(p.speaker.text) if p.speaker else "no mention"
    why = f"; {p.unresolved_reason}" if p.unresolved_reason else ""
    return (f"{doc}: gold {g.speaker_name!r}; predicted {actor} from {mention} ({p.resolution}{why}); "
            f"content {p.content.text[:60]!r}")


def _content_errors(gold: GoldDocument, predicted: Sequence[Statement], pairs: list[tuple[float, int, int]],
                    at_half: dict[int, int]) -> list[str]:
    """The gold statements no prediction matched at 0.5 and the predictions no gold one matched, each with the
    best overlap it reached on the other side, so that a span too long or short reads apart from a miss."""
    best_g: dict[int, tuple[float, int]] = {}
    best_p: dict[int, tuple[float, int]] = {}
    for r, gi, pi in pairs:
        best_g[gi] = max(best_g.get(gi, (0.0, -1)), (r, pi))
        best_p[pi] = max(best_p.get(pi, (0.0, -1)), (r, gi))
    lines = []
    for gi, g in enumerate(gold.statements):
        if gi not in at_half:
            r, pi = best_g.get(gi, (0.0, -1))
            near = f" | nearest predicted {r:.2f}: {predicted[pi].content.text[:70]!r}" if pi >= 0 else ""
            content = " … ".join(gold.text[a:b] for a, b in g.content)
            lines.append(f"{gold.name}: missed {g.kind or '?'} {content[:110]!r}{near}")
    matched = set(at_half.values())
    for pi, p in enumerate(predicted):
        if pi not in matched:
            r, gi = best_p.get(pi, (0.0, -1))
            near = ""
            if gi >= 0:
                g_text = " … ".join(gold.text[a:b] for a, b in gold.statements[gi].content)
                near = f" | nearest gold {r:.2f}: {g_text[:70]!r}"
            cue = f"cue {p.cue.text!r}" if p.cue else "no cue"
            lines.append(f"{gold.name}: not in gold {p.kind} {cue} {p.content.text[:110]!r}{near}")
    return lines


def same_name(predicted: str, gold: str) -> bool:
    """Names match ignoring case, accents, full stops and a leading article: "U.S. Environmental
    Protection Agency" is "US Environmental Protection Agency", "Straits Times" is "The Straits Times"."""
    return _name_form(predicted) == _name_form(gold)


def names_match(predicted: str, gold: str) -> bool:
    """``same_name``, a bare surname for the whole name ("Putin" is "Vladimir Putin"), or an organisation's
    name as the text shortens it, two words or more from its start ("Fox Business" is "Fox Business Network")."""
    if same_name(predicted, gold):
        return True
    p, g = _without_suffix(predicted.split()), _without_suffix(gold.split())
    if not p or not g:
        return False
    if (len(p) == 1 or len(g) == 1) and len(p) != len(g) and same_name(p[-1], g[-1]):
        return True
    return _shortened(p, g)


def _shortened(p: list[str], g: list[str]) -> bool:
    short, full = sorted((p, g), key=len)
    return 2 <= len(short) < len(full) and same_name(" ".join(short), " ".join(full[:len(short)]))


def _without_suffix(words: list[str]) -> list[str]:
    """"Luther Stan Pate IV" is named "Pate": generational suffixes are not surnames."""
    while words and words[-1].rstrip(".").lower() in ("jr", "sr", "ii", "iii", "iv"):
        words = words[:-1]
    return words


def same_entity(predicted: str, gold: str, mentions: Sequence[str] = ()) -> bool:
    """The predicted name names the gold actor: ``same_name``, the organisation's name as the text shortens
    it, or a proper name of two words or more (or an acronym) that the text itself uses in one of the gold
    actor's ``mentions``, without its article and with a bracketed acronym read apart ("The World Health
    Organisation (WHO)" gives "World Health Organisation" and "WHO"). A bare surname never counts: issue 12
    wants "Clinton" joined to the full name the article gives."""
    if same_name(predicted, gold):
        return True
    if not _proper_name(predicted):  # descriptions must be the gold's own normalised description
        return False
    if _shortened(predicted.split(), gold.split()):
        return True
    return any(same_name(predicted, form) for m in mentions for form in _name_forms(m))


_FUNCTION_WORDS = frozenset({"of", "for", "and", "the", "de", "du", "la", "le", "van", "von", "on", "in", "&"})


def _proper_name(name: str) -> bool:
    words = [w for w in name.split() if w.casefold() not in _FUNCTION_WORDS]
    if len(words) == 1:
        return len(words[0]) >= 2 and words[0].isupper()
    return len(words) >= 2 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _name_forms(mention: str) -> list[str]:
    head, _, rest = mention.partition("(")
    forms = [head.strip()]
    if rest.endswith(")"):
        forms.append(rest[:-1].strip())
    return forms


def _name_form(name: str) -> str:
    words = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold().replace(".", "").split()
    if len(words) > 1 and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def score(pairs: Iterable[tuple[GoldDocument, Sequence[Statement]]], run_ons: str = "apart") -> Scores:
    """``run_ons``: "joined" or "apart" (``RUN_ONS``: the gold format's convention)."""
    if run_ons not in RUN_ONS.values():
        raise ValueError(f"run_ons must be one of {sorted(set(RUN_ONS.values()))}, not {run_ons!r}")
    scores = Scores(run_ons=run_ons)
    for gold, predicted in pairs:
        score_document(scores, gold, predicted)
    return scores


_RUN_ON_WORDS = {"joined": "joined, one predicted content in parts (PolNeAR's convention)",
                 "apart": "apart, one predicted statement each (onrecord's gold convention)"}


def format_report(scores: Scores, title: str) -> str:
    lines = [f"{title}: {scores.n_docs} documents, {scores.n_gold} gold statements, {scores.n_pred} predicted",
             f"run-on quotations (“A,” she said. “B.”): {_RUN_ON_WORDS[scores.run_ons]}", ""]
    lines.append(f"{'content match':<16}{'precision':>10}{'recall':>10}{'F1':>10}")
    for key in ["exact", *(f"overlap>={t}" for t in THRESHOLDS)]:
        p, r, f = scores.prf(key)
        lines.append(f"{key:<16}{p:>10.3f}{r:>10.3f}{f:>10.3f}")
    lines += ["", "on statements matched at overlap>=0.5:"]
    for name in ("cue", "speaker_span", "named_speaker", "same_entity", "kind", "act", "hedged",
                 "no_source_left_empty"):
        acc = scores.accuracy(name)
        if acc is not None:
            right, total = scores.checks[name]
            lines.append(f"  {name:<22}{acc:>7.3f}  ({right}/{total})")
    lines += ["", "by kind (overlap>=0.5):"]
    for kind in sorted(set(scores.gold_by_kind) | set(scores.pred_by_kind)):
        n_gold = scores.gold_by_kind.get(kind, 0)
        n_pred = scores.pred_by_kind.get(kind, 0)
        rec = f"{scores.found_by_kind[kind] / n_gold:.3f}" if n_gold else "-"
        prec = f"{scores.right_by_pred_kind[kind] / n_pred:.3f}" if n_pred else "-"
        lines.append(f"  {kind:<10} recall {rec} of {n_gold} gold   precision {prec} of {n_pred} predicted")
    if scores.writer_sentences:
        lines.append(f"\nwriter's own sentences extracted: {scores.writer_sentences_extracted}"
                     f" of {scores.writer_sentences}")
    return "\n".join(lines)
