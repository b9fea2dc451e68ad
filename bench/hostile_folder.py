"""Write a folder that mixes good articles with every hostile file the fuzzers tried, for a corpus run.

Usage: python bench/hostile_folder.py DIR [--good N]

Then: ``onrecord ingest DIR --db x.db --workers 2`` (or ``--dask tcp://...``): every good article should be
stored once (the ``good`` printed), every bad file reported with its reason, and a run killed in the middle and
started again should store the rest without a duplicate. The good articles are the example article with its
people and places renamed (so each is a different text); the bad ones are written here, small.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PEOPLE = ["Lopez", "Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Novak", "Reyes", "Kowalski", "Brandt"]


def good_text(n: int) -> str:
    text = (ROOT / "examples" / "peace-talks.txt").read_text(encoding="utf-8")
    return f"Story {n}: {PEOPLE[n % len(PEOPLE)]} reports\n\n" + text.replace("Lavrov", PEOPLE[n % len(PEOPLE)]) \
        .replace("Geneva", f"Town{n}")


def write(folder: Path, good: int) -> dict[str, int]:
    folder.mkdir(parents=True, exist_ok=True)
    expected = {"good": 0}
    for n in range(good):
        (folder / f"good-{n:03d}.txt").write_text(good_text(n), encoding="utf-8")
        expected["good"] += 1
    rows = [json.dumps({"id": "feed-a", "text": good_text(100), "published": "2025-08-18"}),
            '{"id": "broken", "text": "unclosed',
            json.dumps({"id": "deep", "text": [[[[1]]]]}),
            '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}",
            json.dumps({"id": "surrogate", "text": "The minister said \ud800 \"no\".", "url": "http://[::1"}),
            json.dumps({"id": "feed-b", "text": good_text(101), "published": "9999-99-99", "title": ["a", "b"]}),
            "\x00\x01garbage",
            json.dumps({"id": "huge-number", "text": "x", "published": 10 ** 30})]
    (folder / "feed.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    expected["good"] += 2
    (folder / "doc.json").write_text(json.dumps([{"text": good_text(102)}, {"text": None}, 5]), encoding="utf-8")
    expected["good"] += 1
    (folder / "page.html").write_text("<html><body><article><p>" + good_text(103).replace("\n\n", "</p><p>")
                                      + "</p></article></body></html>", encoding="utf-8")
    expected["good"] += 1
    (folder / "nested.html").write_text("<div>" * 30_000 + "deep" + "</div>" * 30_000)
    (folder / "tags.html").write_text("<b>" * 300_000)
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "report.pdf.txt").write_bytes(b"%PDF-1.7\n" + b"\x00" * 100)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text(" \n\t\n")
    (folder / "quotes.txt").write_text('"' * 50_000 + " he said.")
    (folder / "brackets.txt").write_text("(" * 20_000 + "The minister said no." + ")" * 20_000)
    (folder / "token.txt").write_text("w" * 500_000)
    (folder / "punctuation.txt").write_text("!?.,;:-()\"'" * 5_000)
    (folder / "numbers.txt").write_text(" ".join(str(i) for i in range(30_000)))
    (folder / "tiny.txt").write_text("A. " * 30_000)
    (folder / "rtl.txt").write_text("\u202e\u200b".join(["The minister said \u201cno\u201d."] * 500))
    (folder / "cut.txt.gz").write_bytes(gzip.compress(good_text(104).encode())[:200])
    (folder / "cut.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200")
    (folder / "utf16.txt").write_bytes(good_text(105).encode("utf-16"))
    expected["good"] += 1
    (folder / "bad\udcff\udcfename.txt").write_text(good_text(106)) if os.name == "posix" else None
    expected["good"] += 1
    (folder / "dir.txt").mkdir(exist_ok=True)
    loop = folder / "loop"
    if not loop.is_symlink():
        loop.symlink_to(folder)
    fifo = folder / "pipe.txt"
    if not fifo.exists():
        os.mkfifo(fifo)
    # redteam16: a folder deeper than Python's recursion limit (os.walk raised RecursionError and the run stopped
    # before its first article), a gzipped feed that expands like a bomb after a good row (200 KB of blank lines
    # held the main process 43 s), and a tag of 5,000 attributes (quadratic in lxml's native parser).
    deep = folder / "deep"
    for _ in range(1_100):  # `rm -rf` removes it; Python 3.11's shutil.rmtree recurses and cannot
        deep = deep / "d"
    _mkdirs(deep)
    (deep / "bottom.txt").write_text(good_text(107), encoding="utf-8")
    expected["good"] += 1
    row = json.dumps({"id": "before-bomb", "text": good_text(108), "published": "2025-08-18"}).encode()
    (folder / "bomb.jsonl.gz").write_bytes(gzip.compress(row + b"\n" + b"\n" * 50_000_000))
    expected["good"] += 1
    (folder / "crowded.html").write_text("<html><body><article " + " ".join(f"a{n}=x" for n in range(5_000)) + "><p>"
                                         + good_text(109) + "</p></article></body></html>", encoding="utf-8")
    return expected


def _mkdirs(path: Path) -> None:
    """Every folder down to ``path``, one level at a time (``Path.mkdir(parents=True)`` recurses once a level)."""
    missing = []
    while not path.exists():
        missing.append(path)
        path = path.parent
    for level in reversed(missing):
        level.mkdir()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--good", type=int, default=12)
    args = parser.parse_args()
    print(json.dumps(write(args.folder, args.good)))


if __name__ == "__main__":
    main()
