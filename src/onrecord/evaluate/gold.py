"""Read hand annotations: PolNeAR's brat standoff and onrecord's own gold JSON."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from onrecord.ingest.metadata import iso_day

Ranges = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class GoldStatement:
    content: Ranges
    cue: Ranges = ()
    speaker: Ranges = ()
    speaker_name: str | None = None
    kind: str | None = None
    act: str | None = None
    hedged: bool | None = None


@dataclass(slots=True)
class GoldDocument:
    """One annotator's view of one text."""

    name: str
    text: str
    statements: list[GoldStatement] = field(default_factory=list)
    not_attributed: list[str] = field(default_factory=list)
    # Gold actor name -> the mentions the text uses for it (onrecord gold JSON ``actors``; empty for brat).
    mentions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The publication date (YYYY-MM-DD) a user would give with the text: dated roles ("the former president",
    # "the British prime minister") and relative dates read it, so the harness passes it as ``extract`` would.
    published: str | None = None


_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")
_E_LINE = re.compile(r"^(E\d+)\t(\S+)((?: \S+:\S+)+)\s*$")


def _ranges(spec: str) -> Ranges:
    out = []
    for part in spec.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return tuple(out)


def read_brat(ann_text: str, text: str, name: str) -> GoldDocument:
    """Attribution relations (``E`` lines) of one ``.ann`` file.

    Lines that do not parse (free text spilled by the annotation tool) are
    skipped; ``Attribution-no-source`` relations count, with no speaker.
    """
    spans: dict[str, Ranges] = {}
    events: list[dict[str, str]] = []
    for line in ann_text.splitlines():
        t = _T_LINE.match(line)
        if t:
            spans[t.group(1)] = _ranges(t.group(3).strip())
            continue
        e = _E_LINE.match(line)
        if e and e.group(2).split(":")[0].startswith("Attribution"):
            args = dict(a.split(":", 1) for a in e.group(3).split())
            events.append(args)
    doc = GoldDocument(name=name, text=text)
    for args in events:
        content = _join(spans, args, "Content")
        if not content:
            continue
        doc.statements.append(GoldStatement(
            content=content,
            cue=_join(spans, args, "Cue"),
            speaker=_join(spans, args, "Source"),
            kind=kind_of(text, content),
        ))
    return doc


def _join(spans: dict[str, Ranges], args: dict[str, str], role: str) -> Ranges:
    """All ranges of a role; brat numbers repeated roles Content2, Content3..."""
    out: list[tuple[int, int]] = []
    for key, ref in args.items():
        if re.fullmatch(role + r"\d*", key) and ref in spans:
            out.extend(spans[ref])
    return tuple(sorted(out))


_QUOTE_MARKS = "“”\"«»„"


def kind_of(text: str, content: Ranges) -> str:
    """direct / mixed / indirect from the quote marks in a content span."""
    body = "".join(text[a:b] for a, b in content).strip(" \n,.;:").replace("''", "\"")
    if not any(m in body for m in _QUOTE_MARKS):
        return _single_kind(body)
    if body[:1] in _QUOTE_MARKS and body[-1:] in _QUOTE_MARKS and body.count("“") <= 1 + body.count("\n"):
        return "direct"
    return "mixed"


def _single_kind(body: str) -> str:
    """The kind of a content with no double mark, by its single-mark quotations (British style: 'We will
    not be bullied,' she said), read as ``extract.quotes`` reads them, so an apostrophe makes no quotation."""
    from onrecord.extract.quotes import find_quotations

    found = find_quotations(body)
    if not found:
        return "indirect"
    if found[0].start == 0 and found[-1].closed and found[-1].end == len(body) \
            and body.count("‘") <= 1 + body.count("\n"):
        return "direct"  # as for double marks above
    return "mixed"


def read_brat_dir(root: Path, limit: int | None = None) -> Iterator[GoldDocument]:
    """PolNeAR layout: ``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann``.

    An article annotated by several annotators yields one document each
    (micro-averaged in the scores).
    """
    texts = sorted((root / "text").glob("*.txt"))
    if limit is not None:
        texts = texts[:limit]
    for path in texts:
        text = path.read_text(encoding="utf-8")
        published = date_in_name(path.stem)
        for ann in sorted((root / "attributions").glob(path.stem + "_*.ann")):
            doc = read_brat(ann.read_text(encoding="utf-8"), text, ann.stem)
            doc.published = published
            yield doc


_NAME_DATE = re.compile(r"(?:^|_)(\d{4}-\d{2}-\d{2})(?:_|$)")


def date_in_name(name: str) -> str | None:
    """PolNeAR names its files ``outlet_YYYY-MM-DD_slug``: the date is the publication date."""
    found = _NAME_DATE.search(name)
    return iso_day(found.group(1)) if found else None


def _listed_date(gold_path: Path, article: Path) -> str | None:
    """The ``published`` of ``article`` in the ``sources.jsonl`` of the labelled set (a folder above the gold
    file: ``eval/SET/sources.jsonl`` for ``eval/SET/gold/HALF/NAME.gold.json``)."""
    for folder in list(gold_path.parents)[:3]:
        listing = folder / "sources.jsonl"
        if listing.is_file():
            return _listed_dates(listing, listing.stat().st_mtime_ns).get(article.name.removesuffix(".txt"))
    return None


@lru_cache(maxsize=8)
def _listed_dates(listing: Path, _mtime_ns: int) -> dict[str, str | None]:
    """A set's ``sources.jsonl`` read once (not once per gold file): name -> publication day. The file's
    modification time is part of the key, so an edited listing is read again."""
    rows = (json.loads(line) for line in listing.read_text(encoding="utf-8").splitlines() if line.strip())
    return {row.get("name"): iso_day(row.get("published")) for row in rows}


def read_onrecord_gold(path: Path) -> GoldDocument:
    """The example's hand annotation format (``examples/peace-talks.gold.json``)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    text_path = path.parent / data["article"]
    text = text_path.read_text(encoding="utf-8")
    doc = GoldDocument(name=path.stem, text=text, not_attributed=list(data.get("not_attributed", [])),
                       mentions={name: tuple(m) for name, m in (data.get("actors") or {}).items()},
                       published=iso_day(data.get("published")) or _listed_date(path, text_path))
    for s in data["statements"]:
        mention = s.get("speaker_mention")
        cue = s.get("cue")
        doc.statements.append(GoldStatement(
            content=((s["content"]["start"], s["content"]["end"]),),
            cue=((cue["start"], cue["end"]),) if cue else (),
            speaker=((mention["start"], mention["end"]),) if mention else (),
            speaker_name=s.get("speaker"),
            kind=s.get("kind"),
            act=s.get("act"),
            hedged=s.get("hedged"),
        ))
    return doc
