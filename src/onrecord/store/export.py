"""The shapes a stored statement takes outside the store: its row in ``statements``, the JSON of the API
and ``onrecord statements``, and one flat record (CSV, Parquet, the CSV download of the web API).

One table, ``FLAT_FIELDS``, drives every flat shape: the CSV header, the flat record and the Parquet
schema are all read from it, so a new field is added in one place. The three spans of a statement
(content, cue, speaker) are stored and read back by one pair of functions (``statement_columns``,
``statement_dict``). Position and shift tables have their flat shapes here too. Nothing here opens a
store or imports the CLI, so the command line and the server share it from below.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TextIO
from urllib.parse import quote

from onrecord.model import Statement

FlatType = Literal["int", "str", "bool", "float"]
SPAN_PARTS = ("content", "cue", "speaker")  # each stored as <part>_start, <part>_end and <part> (its text)
_SAFE_KEY = re.compile(r"[A-Za-z0-9_-]{1,64}")  # a key that can stand in a URL fragment and an element id


@dataclass(frozen=True, slots=True)
class FlatField:
    """One column of a statement's flat record: its name, its type (for Parquet) and how it is read from
    the statement's JSON shape (``statement_dict``)."""

    name: str
    type: FlatType
    value: Callable[[dict[str, Any]], Any]


def _key(key: str) -> Callable[[dict[str, Any]], Any]:
    return lambda row: row[key]


def _article(key: str) -> Callable[[dict[str, Any]], Any]:
    return lambda row: row["article"][key]


def _of(part: str, key: str) -> Callable[[dict[str, Any]], Any]:
    """A key of an optional part (actor, cue, speaker): None when the statement has none."""
    return lambda row: (row[part] or {}).get(key)


def statement_anchor(row: dict[str, Any]) -> str:
    """The element id of a stored statement in the reader: ``s-KEY`` from its stable key, ``s-id-ROWID``
    for a store written before keys existed. Here, below the server, so that the CSV's ``link`` and the
    reader's anchors cannot drift apart."""
    key = row.get("key")
    if isinstance(key, str) and _SAFE_KEY.fullmatch(key):
        return f"s-{key}"
    return f"s-id-{row['id']}"


def statement_link(row: dict[str, Any]) -> str:
    """Where a stored statement is in the reader, relative to the server (``/articles/ID#s-KEY``); the
    slug quoted, since a file name may hold '#', '?' or a space."""
    return f"/articles/{quote(row['article']['id'], safe='')}#{statement_anchor(row)}"


def headline(title: str | None, text: str) -> tuple[int, int] | None:
    """Where an article's text opens with its own title (``--title-line`` takes the first line as the title
    and leaves it in the text, which every offset indexes): the end of that line and the start of the body,
    for ``show`` and the reader to print the headline once, as the heading. None when the text does not
    open with the title, or is nothing else."""
    if not title or not title.strip():
        return None
    lead = len(text) - len(text.lstrip())
    line_end = text.find("\n", lead)
    line_end = len(text) if line_end < 0 else line_end
    line, wanted = " ".join(text[lead:line_end].split()), " ".join(title.split())
    if line != wanted and not (len(title) >= 300 and line.startswith(wanted)):  # --title-line keeps 300
        return None
    rest = text[line_end:]
    body = line_end + len(rest) - len(rest.lstrip())
    return (line_end, body) if body < len(text) else None


def _issues(row: dict[str, Any]) -> str:
    # One cell: "us-troops-ukraine:open;nato-membership-ukraine:oppose" (the evidence stays in JSON).
    return ";".join(f"{i['id']}:{i['stance']}" for i in row.get("issues", ()))


FLAT_FIELDS: tuple[FlatField, ...] = (
    FlatField("statement_id", "int", _key("id")),
    FlatField("article_id", "str", _article("id")),
    *(FlatField(name, "str", _article(name)) for name in ("published", "outlet", "title", "url", "author", "source")),
    *(FlatField(f"actor_{name}", "str", _of("actor", name)) for name in ("id", "name", "type")),
    FlatField("speaker", "str", _of("speaker", "text")),
    *(FlatField(name, "str", _key(name)) for name in ("resolution", "kind", "act")),
    FlatField("hedged", "bool", _key("hedged")),
    FlatField("negated", "bool", _key("negated")),
    FlatField("confidence", "float", _key("confidence")),
    FlatField("cue", "str", _of("cue", "text")),
    FlatField("cue_lemma", "str", _of("cue", "lemma")),
    FlatField("content", "str", _of("content", "text")),
    *(FlatField(f"{part}_{end}", "int", _of(part, end)) for part in SPAN_PARTS for end in ("start", "end")),
    FlatField("quote_id", "int", _key("quote_id")),
    FlatField("issues", "str", _issues),
    # Added at the end, so the columns before keep their places.
    FlatField("continues", "str", _key("continues")),
    # When the statement was made (resolve/said.py): the text's words for it, its day or range, how it was
    # dated; before the link, which stays the last column.
    FlatField("said", "str", lambda row: ((row.get("said") or {}).get("time") or {}).get("text")),
    FlatField("said_date", "str", lambda row: (row.get("said") or {}).get("date")),
    FlatField("said_first", "str", lambda row: ((row.get("said") or {}).get("date_range") or [None, None])[0]),
    FlatField("said_last", "str", lambda row: ((row.get("said") or {}).get("date_range") or [None, None])[1]),
    FlatField("said_by", "str", lambda row: (row.get("said") or {}).get("dated_by")),
    FlatField("said_earlier", "bool", lambda row: bool((row.get("said") or {}).get("earlier"))),
    FlatField("link", "str", statement_link),
)
FLAT_COLUMNS = tuple(f.name for f in FLAT_FIELDS)


def flatten(row: dict[str, Any]) -> dict[str, Any]:
    """A statement (``statement_dict``'s shape) as one flat record for CSV and Parquet."""
    return {f.name: f.value(row) for f in FLAT_FIELDS}


def statement_columns(s: Statement) -> dict[str, Any]:
    """A statement's own columns in the store's ``statements`` table (the article, actor, quote and key
    are the store's to add)."""
    values: dict[str, Any] = {"kind": s.kind}
    for part, span in zip(SPAN_PARTS, (s.content, s.cue, s.speaker), strict=True):
        values |= {f"{part}_start": span.start if span else None, f"{part}_end": span.end if span else None,
                   part: span.text if span else None}
    said = s.said
    time = said.time if said is not None else None
    return values | {"cue_lemma": s.cue.lemma if s.cue else None, "cue_class": s.cue.cue_class if s.cue else None,
                     "act": s.act, "hedged": int(s.hedged), "negated": int(s.negated),
                     "confidence": round(s.confidence, 4),
                     "said_start": time.start if time else None, "said_end": time.end if time else None,
                     "said": time.text if time else None, "said_date": said.date if said else None,
                     "said_first": said.date_range[0] if said and said.date_range else None,
                     "said_last": said.date_range[1] if said and said.date_range else None,
                     "said_by": said.dated_by if said else None, "said_earlier": int(bool(said and said.earlier)),
                     "reported_start": s.reported.start if s.reported else None,
                     "reported_end": s.reported.end if s.reported else None,
                     "reported": s.reported.text if s.reported else None}


def said_dict(row: sqlite3.Row) -> dict[str, Any] | None:
    """When a stored statement was made, in ``Said.to_dict``'s shape. A row written before the store kept it
    (``said_by`` null, no time) is dated by its article's publication, as positions dated it then."""
    time = ({"start": row["said_start"], "end": row["said_end"], "text": row["said"]}
            if row["said_start"] is not None else None)
    by, earlier = row["said_by"], bool(row["said_earlier"])
    if by is None and time is None and not earlier:
        published = row["published"]
        return {"time": None, "date": published[:10], "date_range": None, "dated_by": "published"} \
            if published else None
    first, last = row["said_first"], row["said_last"]
    return {"time": time, "date": row["said_date"], "date_range": [first, last] if first and last else None,
            "dated_by": by, **({"earlier": True} if earlier else {})}


def _span(row: sqlite3.Row, part: str) -> dict[str, Any] | None:
    if row[f"{part}_start"] is None:
        return None
    return {"start": row[f"{part}_start"], "end": row[f"{part}_end"], "text": row[part]}


def statement_dict(row: sqlite3.Row) -> dict[str, Any]:
    """A stored statement (a row of the statements query in ``queries.py``) as JSON: the API's and
    ``onrecord statements``' shape."""
    cue = _span(row, "cue")
    if cue is not None:
        cue["lemma"] = row["cue_lemma"]
        cue["class"] = row["cue_class"]
    return {
        "id": row["id"],
        "key": row["key"],
        "continues": row["continues"],
        "kind": row["kind"],
        "content": _span(row, "content"),
        "cue": cue,
        "speaker": _span(row, "speaker"),
        "actor": ({"id": row["actor_slug"], "name": row["actor_name"], "type": row["actor_type"]}
                  if row["actor_id"] is not None else None),
        "resolution": row["resolution"],
        "act": row["act"],
        "hedged": bool(row["hedged"]),
        "negated": bool(row["negated"]),
        "confidence": row["confidence"],
        "quote_id": row["quote_id"],
        "said": said_dict(row),
        "issues": json.loads(row["issues_json"] or "[]"),
        "article": {"id": row["article_slug"], "row": row["article_id"], "title": row["title"], "url": row["url"],
                    "outlet": row["outlet"],
                    "author": row["author"], "published": row["published"], "source": row["source"]},
    }


def said_label(said: dict[str, Any] | None) -> str:
    """When a statement was made, in words for ``onrecord show`` and the reader: "Monday (2025-08-18)",
    "last week (2025-08-11 to 2025-08-17)", "once (before the article)", "2025-08-18 (published)"."""
    if not said:
        return "undated"
    words = (said.get("time") or {}).get("text")
    if said.get("earlier"):
        return f"{words or 'earlier'} (before the article)"
    days = said.get("date") or (" to ".join(said["date_range"]) if said.get("date_range") else None)
    if said.get("dated_by") == "published":
        return f"{days} (published)"
    if words and days:
        return f"{words} ({days})"
    return words or days or "undated"


def write_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> None:
    """Statements as CSV, one flat record each. The query runs before the header is written: one that fails (an
    unknown ``--issue``, an ambiguous ``--actor``) left a header-only file behind its error (newcomer 19)."""
    rows = iter(rows)
    first = next(rows, None)
    writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS)
    writer.writeheader()
    if first is None:
        return
    writer.writerow(flatten(first))
    for row in rows:
        writer.writerow(flatten(row))


def parquet_schema() -> Any:
    """The Parquet schema of the flat record (pyarrow is imported only when Parquet is asked for)."""
    import pyarrow as pa

    types = {"int": pa.int64(), "str": pa.string(), "bool": pa.bool_(), "float": pa.float64()}
    return pa.schema([(f.name, types[f.type]) for f in FLAT_FIELDS])


def write_parquet(rows: Iterable[dict[str, Any]], path: Path, batch: int = 10_000) -> int:
    """Stream statements into a Parquet file in row groups, so memory stays flat on big stores."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        buffer: list[dict[str, Any]] = []
        for row in rows:
            buffer.append(flatten(row))
            if len(buffer) >= batch:
                writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
                count += len(buffer)
                buffer = []
        if buffer or count == 0:
            writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
            count += len(buffer)
    return count


# -- positions and shifts (``onrecord positions/shifts --format csv``, ``/api/positions.csv``) ------------

# ``as_of``, ``window_days`` and ``half_life_days`` first: an analyst exports the matrix at several dates and
# stacks the files, and a row that does not say which date it judges at is then ambiguous.
POSITION_COLUMNS = ("as_of", "window_days", "half_life_days", "actor", "actor_id", "issue", "taxonomy", "stance",
                    "sides", "confidence", "statements", "articles", "hedged_share", "acts", "first_seen", "last_seen",
                    "evidence", "backing_statements", "voting_statements", "trusted_statements", "weak")
SHIFT_COLUMNS = ("date", "actor", "actor_id", "issue", "taxonomy", "from", "to", "confidence", "confirmed_days",
                 "before_published", "before_link", "before_content", "after_published", "after_link",
                 "after_content", "before_statements", "before_articles", "after_statements", "after_articles",
                 "before_against", "after_against", "described_group", "trusted_only", "before_said", "after_said",
                 "before_speaker", "after_speaker", "returned")


def position_row(p: dict[str, Any]) -> dict[str, Any]:
    """One cell as a flat CSV record; evidence as its links, newest first."""
    return {"actor": p["actor"]["name"], "actor_id": p["actor"]["id"], "issue": p["issue"],
            "taxonomy": p["taxonomy"], "stance": p["stance"], "sides": ";".join(p["sides"]),
            "confidence": p["confidence"], "statements": p["statements"], "articles": p["articles"],
            "hedged_share": p["hedged_share"], "acts": ";".join(f"{k}:{v}" for k, v in p["acts"].items()),
            "first_seen": p["first_seen"], "last_seen": p["last_seen"],
            "evidence": " ".join(e["link"] for e in p["evidence"]),
            "backing_statements": p["backing"]["statements"], "voting_statements": p["backing"]["voting"],
            "trusted_statements": p["backing"].get("trusted", ""), "weak": int(bool(p.get("weak")))}


def write_positions_csv(result: dict[str, Any], out: TextIO) -> None:
    """A ``positions()`` answer as CSV, each row with the date, window and half-life it was judged with."""
    judged = {"as_of": result["as_of"], "window_days": result["window_days"] or "",
              "half_life_days": f"{result['half_life_days']:g}"}
    writer = csv.DictWriter(out, fieldnames=POSITION_COLUMNS)
    writer.writeheader()
    for p in result["positions"]:
        writer.writerow(judged | position_row(p))


def shift_row(s: dict[str, Any]) -> dict[str, Any]:
    row = {"date": s["date"], "actor": s["actor"]["name"], "actor_id": s["actor"]["id"], "issue": s["issue"],
           "taxonomy": s["taxonomy"], "from": s["from"], "to": s["to"], "confidence": s["confidence"],
           "confirmed_days": s["confirmed_days"], "described_group": int(bool(s.get("described_group"))),
           "trusted_only": int(bool(s.get("trusted_only"))),
           # a brief contrary run listed once (every change, ``--min-articles 1``): the day the old stance came back
           "returned": (s.get("returned") or {}).get("day", "")}
    for side in ("before", "after"):
        row |= {f"{side}_published": s[side]["published"], f"{side}_link": s[side]["link"],
                f"{side}_content": s[side]["content"], f"{side}_statements": s["evidence"][side]["statements"],
                f"{side}_articles": s["evidence"][side]["articles"],
                f"{side}_against": s["evidence"][side].get("against", 0),
                # the day it was said where the text gives one (else its article's), and who the article says said it
                f"{side}_said": s[side].get("said") or str(s[side]["published"])[:10],
                f"{side}_speaker": s[side].get("speaker") or ""}
    return row


def write_shifts_csv(rows: list[dict[str, Any]], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=SHIFT_COLUMNS)
    writer.writeheader()
    for s in rows:
        writer.writerow(shift_row(s))
