"""A civil title written short before a name ("Pres. Obama"), met in a media researcher's corpus (newcomer 19)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import onrecord
from onrecord.corpus import IngestOptions, ingest

PRES = ("Pres. Obama spoke in Turkey on Monday. “We will not change our strategy,” Pres. Obama said at a press "
        "conference.")


def test_a_short_title_before_a_name_keeps_the_quotation_its_speaker() -> None:
    """The tokenizer split "Pres." from its full stop, the stop ended a sentence, and the quotation before "Pres.
    Obama said" was left with no speaker ("no source in reach"), as "Sec." and "Atty." did."""
    article = onrecord.extract(PRES, id="p", published="2015-11-18")
    [said] = article.statements
    assert said.speaker is not None and said.speaker.text.endswith("Obama")
    assert said.actor is not None and said.actor.name == "Barack Obama"
    secretary = onrecord.extract("“The talks will go on,” Sec. Kerry said in Vienna.", id="s", published="2015-11-18")
    assert [s.speaker.text if s.speaker else None for s in secretary.statements] == ["Sec. Kerry"]


def test_pres_is_a_title_that_picks_the_president_among_namesakes(tmp_path: Path) -> None:
    """With Michelle Obama stored, an article's "Pres. Obama" made a third actor "Obama": "Pres." was no title, so
    nothing told the two Obamas apart (a `reprocess` then moved a statement of Barack Obama's to it)."""
    rows = [{"id": "a", "published": "2015-11-10", "text": "“We are proud of our schools,” Michelle Obama said on "
             "Monday at a school in Chicago."},
            {"id": "b", "published": "2015-11-18", "text": PRES}]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "store.db"
    assert ingest([str(feed)], IngestOptions(db=db)).analysed == 2
    conn = sqlite3.connect(db)
    said = conn.execute("SELECT x.slug FROM statements s JOIN articles a ON a.id = s.article_id "
                        "LEFT JOIN actors x ON x.id = s.actor_id WHERE a.slug = 'b'").fetchall()
    assert said == [("barack-obama",)]
    assert conn.execute("SELECT COUNT(*) FROM actors WHERE slug = 'obama'").fetchone() == (0,)
