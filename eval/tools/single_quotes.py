"""Copy labelled sets into British style (single quote marks outside, double inside), offsets kept.

    .venv/bin/python eval/tools/single_quotes.py /tmp/sq15

writes converted copies of the example, the second-domain and world-politics sets (texts, sources.jsonl and
the tune and fresh gold files, which find their texts by the same relative path) and of the first 150
PolNeAR train texts (their brat annotations linked, not copied) under the folder given, then
``onrecord eval /tmp/sq15/second-domain/gold/tune`` and so on score the extractor on the British-style text
against the unchanged gold offsets.

The conversion is one character for one character, so every gold offset indexes the converted text: a double
mark becomes the single mark of its side (" -> ', “ -> ‘, ” -> ’) and a single-mark quotation inside a double
one becomes the inner double quotation (' -> ", ‘ -> “, ’ -> ”). Apostrophes stay as they are. The doubled
apostrophes some outlets write for a double mark (''A,'' he said) cannot become one mark without moving every
offset after them; they stay, and so do the rare low-high („) and guillemet marks. Held-out halves are never
read.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SETS = ("second-domain", "world-politics")
HALVES = ("tune", "fresh")
OUTER = {'"': "'", "“": "‘", "”": "’"}
SINGLES = "'‘’"


def _inner_single(text: str, start: int, end: int, out: list[str]) -> None:
    """Inside one double quotation ``text[start:end]``: its single-mark quotations become double marks."""
    i = start
    while i < end:
        ch = text[i]
        opens = ch in "'‘" and (i == 0 or not text[i - 1].isalnum()) and i + 1 < end and text[i + 1].isalnum()
        if not opens:
            i += 1
            continue
        close = next((j for j in range(i + 1, end) if text[j] in "'’" and not text[j - 1].isspace()
                      and (j + 1 >= len(text) or not text[j + 1].isalnum())), -1)
        if close == -1:
            return
        out[i] = '"' if ch == "'" else "“"
        out[close] = '"' if text[close] == "'" else "”"
        i = close + 1


def convert(text: str) -> str:
    """British style: outer marks single, inner marks double; same length, same offsets."""
    out = list(text)
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        before = text[i - 1] if i else " "
        opens = ch == "“" or (ch == '"' and not before.isalnum() and before not in ".,;:!?)]"
                                and i + 1 < n and not text[i + 1].isspace())
        if not opens:
            if ch in OUTER:
                out[i] = OUTER[ch]  # a stray closing mark
            i += 1
            continue
        line_end = text.find("\n", i)
        line_end = n if line_end == -1 else line_end
        close = next((j for j in range(i + 1, line_end) if text[j] in ('"”' if ch == '"' else "”\"")), line_end)
        out[i] = OUTER[ch]
        _inner_single(text, i + 1, close, out)
        if close < line_end:
            out[close] = OUTER[text[close]]
        i = close + 1
    converted = "".join(out)
    assert len(converted) == len(text)
    return converted


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def convert_gold_set(name: str, dest: Path) -> int:
    """The tune and fresh halves of one onrecord gold set, and every text they name."""
    src = ROOT / "eval" / name
    count = 0
    shutil.copy(src / "sources.jsonl", _mkdir(dest / name) / "sources.jsonl")
    for half in HALVES:
        for gold in sorted((src / "gold" / half).glob("*.gold.json")):
            data = json.loads(gold.read_text(encoding="utf-8"))
            article = os.path.normpath(gold.parent / data["article"])
            target = dest / name / Path(article).relative_to(src)
            _write(target, convert(Path(article).read_text(encoding="utf-8")))
            shutil.copy(gold, _mkdir(dest / name / "gold" / half) / gold.name)
            count += 1
    return count


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def convert_example(dest: Path) -> None:
    example = ROOT / "examples"
    _write(dest / "example" / "peace-talks.txt", convert((example / "peace-talks.txt").read_text(encoding="utf-8")))
    shutil.copy(example / "peace-talks.gold.json", dest / "example" / "peace-talks.gold.json")


def convert_polnear(dest: Path, limit: int) -> int:
    src = ROOT.parent / "shared" / "data" / "polnear" / "train"
    if not src.is_dir():
        src = Path("/work/shared/data/polnear/train")
    texts = sorted((src / "text").glob("*.txt"))[:limit]
    out = dest / "polnear" / "train"
    for path in texts:
        _write(out / "text" / path.name, convert(path.read_text(encoding="utf-8")))
    link = out / "attributions"
    if not link.exists():
        link.symlink_to(src / "attributions")
    return len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("--polnear-limit", type=int, default=150)
    args = parser.parse_args()
    convert_example(args.dest)
    for name in SETS:
        print(name, convert_gold_set(name, args.dest), "gold files")
    print("polnear train", convert_polnear(args.dest, args.polnear_limit), "texts")


if __name__ == "__main__":
    main()
