"""Rough edges a research desk met with long transcripts saved as pages, a feed and a messy folder (thirteenth
session): ids made from long page titles, an id that starts with "-", a feed whose text is under another field,
a French page stored without analysis, a run resumed after a kill."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from onrecord.cli import main
from onrecord.ingest import sources
from onrecord.settings import Settings
from onrecord.store import Store, _slugify, content_hash
from tests.test_cli_newcomer import _said

# A page saved from a browser is named after its title: its id is made from that name.
TITLE = ("Press Briefing by Press Secretary Ilse Marwood and National Security Council Coordinator for Strategic "
         "Communications Konrad Strand, February 13, 2023 _ The Riverside Gazette")


def test_a_long_page_title_id_keeps_whole_words_and_never_starts_with_a_dash(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The id kept the last 120 characters wherever they fell: "iefing-by-press-..." and "-briefing-by-...",
    which `onrecord show` took for an option."""
    for day in ("February 13", "February 6", "March 1", "May 12"):
        title = TITLE.replace("February 13", day)
        uncut = re.sub(r"[^a-z0-9._]+", "-", title.lower()).strip("-.")
        cut = _slugify(title, keep="._")
        assert len(uncut) > 120 and len(cut) <= 120 and uncut.endswith(cut)
        assert re.fullmatch(r"[a-z0-9][a-z0-9._-]*[a-z0-9]", cut)
        assert uncut[-len(cut) - 1] in "-._"  # a whole word first: never "iefing-by-..."
    whole = _slugify(TITLE, keep="._")
    db = tmp_path / "desk.db"
    with Store(db) as store:
        item, article = _said(TITLE, "Ilse Marwood")
        saved = store.save_article(item, article, digest=content_hash(TITLE), pipeline_version="t", language="en")
    assert saved.slug == whole and not saved.slug.startswith("-")
    assert main(["show", saved.slug, "--db", str(db), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == saved.slug


def test_a_long_url_id_starts_at_a_whole_word() -> None:
    url = "https://www.riverside-gazette.example/news/2025/05/02/" + "-".join(["council"] * 9) + "-" + "-".join(
        f"word{n}" for n in range(30))
    ident = sources._url_ident(url)
    assert len(ident) <= 120 and ident.endswith("word29")
    assert re.match(r"(word\d+|council)-", ident) and not ident.startswith(("-", "ord", "ouncil"))
    assert sources._url_ident("https://a.example/short-story") == "a.example-short-story"


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    """A store written before the fix, with an article id that starts with "-"."""
    db = tmp_path / "old.db"
    with Store(db) as store:
        item, article = _said("briefing", "Ilse Marwood")
        store.save_article(item, article, digest=content_hash("briefing"), pipeline_version="t", language="en")
        store.conn.execute("UPDATE articles SET slug = '-briefing-by-press-secretary'")
        store.conn.commit()
    return db


def test_an_id_that_starts_with_a_dash_is_said_to_go_after_the_double_dash(old_db: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """`show -briefing-...` said only "the following arguments are required: article"."""
    with pytest.raises(SystemExit) as stop:
        main(["show", "-briefing-by-press-secretary", "--db", str(old_db)])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "'-briefing-by-press-secretary' starts with \"-\" and was read as an option" in err
    assert 'give it after "--" (onrecord show [options] -- -briefing-by-press-secretary)' in err
    assert main(["show", "--db", str(old_db), "--format", "json", "--", "-briefing-by-press-secretary"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "-briefing-by-press-secretary"
    with pytest.raises(SystemExit):
        main(["show"])  # nothing given: the plain message, no hint
    assert capsys.readouterr().err == (
        "onrecord show: error: the following arguments are required: article (see --help)\n")


def test_an_option_after_the_double_dash_is_named_not_suggested(old_db: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """`show -- ID --db x` answered "unrecognized arguments: --db x (did you mean --db?)"."""
    with pytest.raises(SystemExit) as stop:
        main(["show", "--", "-briefing-by-press-secretary", "--db", str(old_db)])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert 'unrecognized arguments: --db' in err and "did you mean" not in err
    assert '(--db came after "--", which makes every later word an argument: put the options before it)' in err


def test_a_feed_row_without_the_text_field_names_its_fields_and_the_one_to_use(tmp_path: Path) -> None:
    """Ten rows of a feed with the text under "body" failed each with "no text in field 'text'" alone."""
    body = "The mayor said the bridge would reopen in spring, and the council agreed to pay for the repairs " * 2
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a1", "title": "Bridge", "published": "2025-05-02", "body": body}) + "\n"
                    + json.dumps({"id": "a2", "title": "Short"}) + "\n", encoding="utf-8")
    first, second = sources.read_source(sources.Source(feed, feed.stat().st_size), Settings(), sources.JsonlFields())
    assert first.error == ("no text in field 'text'; the row's fields are id, title, published, body: "
                           "`--field text=body` reads the text from 'body'")
    assert second.error == "no text in field 'text'; the row's fields are id, title"  # nothing to suggest


def test_show_says_why_a_stored_article_has_no_statements(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A French page was shown with its text and nothing else: no statement, and no word of why."""
    db = tmp_path / "desk.db"
    with Store(db) as store:
        item, _ = _said("ballon", "Ilse Marwood")
        store.save_article(item, None, digest=content_hash("ballon"), pipeline_version="t", language="fr",
                           skipped="language 'fr' (detected, p=1.00), not 'en'")
        item, article = _said("bridge", "Ilse Marwood")
        store.save_article(item, article, digest=content_hash("bridge"), pipeline_version="t", language="en")
    assert main(["show", "ballon", "--db", str(db)]) == 0
    assert "stored, not analysed: language 'fr' (detected, p=1.00), not 'en'" in capsys.readouterr().out
    assert main(["show", "bridge", "--db", str(db)]) == 0
    assert "not analysed" not in capsys.readouterr().out


def test_a_run_resumed_with_the_same_taxonomy_is_not_told_to_retag_as_if_it_had_changed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """After a run killed with `kill -9`, the same command said the stored articles "keep the issues they were
    tagged with" and gave the `reprocess --all` that re-tags them "with this taxonomy": the one they have."""
    from tests.test_cli_newcomer12 import BRIDGE_TEXT, TAXONOMY

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "town.txt").write_text(BRIDGE_TEXT, encoding="utf-8")
    taxonomy = tmp_path / "town.yaml"
    taxonomy.write_text(TAXONOMY, encoding="utf-8")
    run = ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "town.db"), "--progress", "off",
           "--issues", str(taxonomy)]
    assert main(run) == 0
    capsys.readouterr()
    assert main(run) == 0
    err = capsys.readouterr().err
    assert "tags them with this taxonomy" not in err
    assert (f"keep the issues they were tagged with; if {taxonomy} changed since they were stored, "
            f"`onrecord reprocess --all --issues {taxonomy} --db {tmp_path / 'town.db'}` tags them with it") in err


def test_quotes_lists_an_article_that_repeats_a_line_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A briefing that says a line twice was listed twice among the quote's sources, as if two articles."""
    from onrecord.model import Article, Span

    db = tmp_path / "quotes.db"
    with Store(db) as store:
        item, article = _said("briefing-1", "Ilse Marwood")
        twice = item.text + " " + item.text
        again = article.statements[0]
        shift = len(item.text) + 1
        second = replace(again, content=Span(again.content.start + shift, again.content.end + shift,
                                             again.content.text))
        item = replace(item, text=twice)
        store.save_article(item, Article(id=item.id, text=twice, statements=[again, second],
                                         actors=article.actors), digest=content_hash(twice), pipeline_version="t",
                           language="en")
        other, article = _said("briefing-2", "Ilse Marwood")
        store.save_article(other, article, digest=content_hash(other.text), pipeline_version="t", language="en")
    monkeypatch.setattr("onrecord.cli_corpus._print_json", lambda rows, fmt: False)  # the table, as on a terminal
    assert main(["quotes", "--db", str(db), "--actor", "Ilse Marwood"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Ilse Marwood: (indirect) the bridge would reopen in spring"
    assert sorted(line.split()[2:] for line in lines[1:]) == [["briefing-1", "(2", "times)"], ["briefing-2"]]


PAGE = ("<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan approved</h1>"
        "<p>The council approved the harbour plan on Tuesday after a long debate in the town hall.</p>"
        "<p>“We will start work in the spring,” said Mayor Ilse Marwood, who backed the plan from the start.</p>"
        "<p>Residents said the new quay would bring more ferries and more visitors to the old port.</p>")


def test_a_page_cut_off_before_its_end_is_stored_and_reported_as_perhaps_truncated(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A download cut off mid-page was analysed as far as it went with nothing said: the run now says so, and
    keeps it (a page that closes its document is not reported)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "cut.html").write_text(PAGE + "<p>The work will cost", encoding="utf-8")
    (folder / "whole.html").write_text(PAGE.replace("Tuesday", "Monday") + "</article></body></html>",
                                       encoding="utf-8")
    db = tmp_path / "desk.db"
    assert main(["ingest", str(folder), "--db", str(db), "--progress", "off", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["analysed"] == 2
    warnings = [line for line in captured.err.splitlines() if "may be truncated" in line]
    assert len(warnings) == 1 and "cut.html" in warnings[0] and "onrecord: warning:" in warnings[0]
    assert json.loads(captured.out)["warnings"] == [warnings[0].removeprefix("onrecord: warning: ")]
    assert main(["extract", str(folder / "cut.html"), "--format", "table"]) == 0
    assert "may be truncated" in capsys.readouterr().err
    # the store keeps the doubt: `show` and the reader say it for the cut page only
    from fastapi.testclient import TestClient

    from onrecord.serve.app import create_app

    with Store(db) as store:
        slugs = dict(store.conn.execute("SELECT source, slug FROM articles").fetchall())
    cut, whole = (next(v for k, v in slugs.items() if k.endswith(name)) for name in ("cut.html", "whole.html"))
    assert main(["show", "--db", str(db), "--", cut]) == 0
    assert "note: the page may be truncated" in capsys.readouterr().out
    assert main(["show", "--db", str(db), "--", whole]) == 0
    assert "note:" not in capsys.readouterr().out
    client = TestClient(create_app(db))
    assert 'id="read-note"' in client.get(f"/articles/{cut}").text
    assert 'id="read-note"' not in client.get(f"/articles/{whole}").text
    assert sources._ends_early(PAGE) and not sources._ends_early(PAGE + "</body>\n</html>\n")
    assert not sources._ends_early("<p>A fragment with no document tags at all</p>")
