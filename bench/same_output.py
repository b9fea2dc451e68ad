"""Does a speed change leave extraction's output byte for byte as it was?

    .venv/bin/python bench/same_output.py /tmp/before.jsonl     # write the outputs of this tree
    .venv/bin/python bench/same_output.py /tmp/after.jsonl --against /tmp/before.jsonl

Extracts (default settings, events on, published dates from the sets' sources) the example article (also with
its issue taxonomy), the first
150 PolNeAR train texts, the second-domain and world-politics texts of the tune and fresh halves (also with
``strict_cues``) and the events set's texts of its tune and fresh halves, and writes one JSON line per article.
With ``--against`` it compares line by line and names the articles that differ. Output only, and no held-out
text is read: nothing is scored.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from onrecord import Settings
from onrecord.ingest import TextInput
from onrecord.pipeline import extract_many

REPO = Path(__file__).resolve().parents[1]
POLNEAR_TRAIN = REPO.parent / "shared" / "data" / "polnear" / "train" / "text"


def published_dates(root: Path) -> dict[str, str]:
    dates: dict[str, str] = {}
    sources = root / "sources.jsonl"
    if sources.is_file():
        for line in sources.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("published"):
                    dates[row["name"]] = row["published"]
    return dates


def tuning_names(gold: Path) -> set[str]:
    """The texts the tune and fresh halves of an eval set annotate (never its held-out half)."""
    return {p.name.split(".")[0] for half in sorted(gold.iterdir()) if half.name != "heldout"
            for p in half.glob("*.json")}


def inputs(root: Path, limit: int | None = None, names: set[str] | None = None) -> list[TextInput]:
    dates = published_dates(root.parent)
    paths = [p for p in sorted(root.glob("*.txt")) if names is None or p.stem in names][:limit]
    return [TextInput(id=p.stem, source=_where(p), text=p.read_text(encoding="utf-8"), published=dates.get(p.stem))
            for p in paths]


def _where(path: Path) -> str:
    """``path`` as the same in any checkout (a copy elsewhere compares line for line): inside it, from its root."""
    return str(path.relative_to(REPO) if path.is_relative_to(REPO) else path.relative_to(REPO.parent))


def outputs() -> Iterator[str]:
    plain = Settings()
    strict = replace(plain, strict_cues=True)
    example = REPO / "examples" / "peace-talks.txt"
    taxonomy = str(REPO / "examples" / "peace-talks.issues.yaml")
    example_input = [TextInput(id="peace-talks", source="example", text=example.read_text(encoding="utf-8"),
                               published="2026-03-04")]
    sets: list[tuple[str, list[TextInput], Settings, str | None]] = [
        ("example", example_input, plain, None),
        ("example-issues", example_input, plain, taxonomy),
        ("polnear-train", inputs(POLNEAR_TRAIN, 150), plain, None),
    ]
    for name in ("second-domain", "world-politics"):
        texts = inputs(REPO / "eval" / name / "texts", names=tuning_names(REPO / "eval" / name / "gold"))
        sets += [(name, texts, plain, None), (name + "-strict", texts, strict, None)]
    events = REPO / "eval" / "events"
    names = tuning_names(events / "gold")  # Wikinews texts beside the set, the others PolNeAR train texts
    sets.append(("events", inputs(events / "texts", names=names) + inputs(POLNEAR_TRAIN, names=names), plain, None))
    for label, items, settings, issues in sets:
        for article in extract_many(items, settings=settings, issues=issues):
            yield json.dumps({"set": label, **article.to_dict(include_text=False)}, ensure_ascii=False,
                             sort_keys=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--against", type=Path, help="an earlier output to compare with")
    args = parser.parse_args()
    lines = list(outputs())
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} articles written to {args.out}")
    if args.against is None:
        return 0
    before = args.against.read_text(encoding="utf-8").splitlines()
    differ = [json.loads(a)["id"] for a, b in zip(lines, before, strict=False) if a != b]
    if len(before) != len(lines):
        print(f"DIFFERENT: {len(before)} articles before, {len(lines)} now")
        return 1
    if differ:
        print(f"DIFFERENT: {len(differ)} articles, first: {', '.join(differ[:5])}")
        return 1
    print("identical")
    return 0


if __name__ == "__main__":
    sys.exit(main())
