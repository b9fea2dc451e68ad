"""``onrecord eval``: the same harness for onrecord and for the textacy baseline."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from onrecord.evaluate.gold import GoldDocument, read_brat_dir, read_onrecord_gold
from onrecord.evaluate.score import RUN_ONS, Scores, score
from onrecord.ingest import TextInput
from onrecord.model import Actor, Cue, Span, Statement
from onrecord.pipeline import extract_many
from onrecord.settings import Settings

SYSTEMS = ("onrecord", "textacy")


def read_gold(path: Path, fmt: str, limit: int | None = None) -> list[GoldDocument]:
    if fmt == "brat":
        if not (path / "text").is_dir() or not (path / "attributions").is_dir():
            raise FileNotFoundError(f"{path} has no text/ and attributions/ folders (PolNeAR layout)")
        return list(read_brat_dir(path, limit))
    if fmt == "onrecord":
        if path.is_dir():  # a labelled set: every NAME.gold.json in the folder, in name order
            files = sorted(path.glob("*.gold.json"))
            if not files:
                raise FileNotFoundError(f"{path} holds no *.gold.json files")
            return [read_onrecord_gold(f) for f in files[:limit]]
        return [read_onrecord_gold(path)]
    raise ValueError(f"unknown gold format {fmt!r}; use brat or onrecord")


def predict(docs: Sequence[GoldDocument], system: str, settings: Settings,
            dated: bool = True) -> Iterator[list[Statement]]:
    """Predictions per gold document (texts shared by several annotators parsed once), each text with its
    publication date as a user would give it (``dated``; the gold's date, if it has one)."""
    unique: dict[str, list[Statement]] = {}
    published = {d.text: d.published if dated else None for d in docs}
    texts = list(published)
    if system == "onrecord":
        items = (TextInput(id=str(n), source=None, text=t, published=published[t]) for n, t in enumerate(texts))
        for text, article in zip(texts, extract_many(items, settings=settings), strict=True):
            unique[text] = article.statements
    elif system == "textacy":
        for text in texts:
            unique[text] = textacy_statements(text, settings)
    else:
        raise ValueError(f"unknown system {system!r}; use one of {', '.join(SYSTEMS)}")
    for d in docs:
        yield unique[d.text]


def evaluate(path: Path, fmt: str, *, system: str = "onrecord", limit: int | None = None,
             settings: Settings | None = None, run_ons: str | None = None, dated: bool = True) -> Scores:
    """``run_ons`` ("joined" or "apart") overrides the gold format's convention for run-on quotations
    (``score.RUN_ONS``: PolNeAR's brat joins them, onrecord's gold JSON keeps them apart). ``dated=False``
    withholds the publication dates (how the figures before the sixth session were measured)."""
    settings = settings or Settings.from_env()
    docs = read_gold(path, fmt, limit)
    return score(zip(docs, predict(docs, system, settings, dated), strict=True), run_ons or RUN_ONS[fmt])


def textacy_statements(text: str, settings: Settings) -> list[Statement]:
    """textacy's ``direct_quotations`` mapped onto our statements, for the baseline."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError as err:  # pragma: no cover - depends on the optional extra
        raise RuntimeError("the textacy baseline needs `pip install -e '.[baseline]'`") from err
    from onrecord.nlp import load

    doc = load(settings)(text)
    out: list[Statement] = []
    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        return []  # textacy refuses texts with unbalanced quote marks; it finds nothing there
    for triple in triples:
        content = triple.content
        speaker = triple.speaker
        cue = triple.cue
        speaker_span = Span(speaker[0].idx, speaker[-1].idx + len(speaker[-1]),
                            text[speaker[0].idx:speaker[-1].idx + len(speaker[-1])]) if speaker else None
        cue_obj = Cue(cue[0].idx, cue[-1].idx + len(cue[-1]), text[cue[0].idx:cue[-1].idx + len(cue[-1])],
                      " ".join(t.lemma_ for t in cue)) if cue else None
        actor = None
        if speaker and all(t.pos_ == "PROPN" for t in speaker):
            actor = Actor(id="", name=" ".join(t.text for t in speaker), type="person")
        out.append(Statement(
            kind="direct",
            content=Span(content.start_char, content.end_char, content.text),
            cue=cue_obj,
            speaker=speaker_span,
            actor=actor,
        ))
    return out
