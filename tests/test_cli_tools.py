"""Tool problems a newcomer met on the command line (fifth try): the CSV's ``link`` column, ``quotes`` with
nothing to show, ``extract`` with per-file titles and dates, accented actor ids, ``--actor`` with a short name."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from onrecord.cli import main
from onrecord.ingest import TextInput
from onrecord.model import Actor, Article, Cue, Mention, Span, Statement
from onrecord.store import Store, content_hash
from onrecord.store import queries as q
from tests.test_cli_light import notes_store


@pytest.fixture(scope="module")
def notes_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return notes_store(tmp_path_factory.mktemp("tools") / "onrecord.db", 3)


def test_the_csv_link_column_opens_each_statement_in_the_reader(notes_db: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["statements", "--db", str(notes_db), "--format", "json"]) == 0
    keys = {s["article"]["id"]: s["key"] for s in json.loads(capsys.readouterr().out)}
    assert main(["statements", "--db", str(notes_db), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["link"] for r in rows] == [f"/articles/{r['article_id']}#s-{keys[r['article_id']]}" for r in rows]
    assert main(["export", "--db", str(notes_db), "--format", "csv"]) == 0
    exported = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert sorted(r["link"] for r in exported) == sorted(r["link"] for r in rows)


def test_the_parquet_export_has_the_csv_columns(notes_db: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    import pyarrow.parquet as pq

    assert main(["export", "--db", str(notes_db), "--format", "csv", "-o", str(tmp_path / "s.csv")]) == 0
    assert main(["export", "--db", str(notes_db), "--format", "parquet", "-o", str(tmp_path / "s.parquet")]) == 0
    header = next(csv.reader((tmp_path / "s.csv").open(encoding="utf-8")))
    table = pq.read_table(tmp_path / "s.parquet")
    assert table.column_names == header and "link" in header
    assert sorted(table.column("link").to_pylist()) == sorted(r["link"] for r in
                                                               csv.DictReader((tmp_path / "s.csv").open()))


def said(item_id: str, name: str, words: str, **meta: str) -> tuple[TextInput, Article]:
    """An article, made by hand, where ``name`` says ``words``."""
    text = f"{name} said {words}."
    start, cue = text.index(words), text.index(" said") + 1
    actor = Actor(id="a1", name=name, type="person", mentions=[Mention(0, cue - 1)])
    statement = Statement(kind="indirect", content=Span(start, start + len(words), words),
                          cue=Cue(cue, cue + 4, "said", "say"), speaker=Span(0, cue - 1, name), actor=actor,
                          resolution="named")
    item = TextInput(id=item_id, source=f"{item_id}.txt", text=text, **meta)
    return item, Article(id=item.id, text=text, statements=[statement], actors=[actor])


def store_of(db: Path, *articles: tuple[TextInput, Article]) -> Path:
    with Store(db) as store:
        for item, article in articles:
            store.save_article(item, article, digest=content_hash(item.text), pipeline_version="test",
                               language="en")
    return db


def test_quotes_says_why_it_lists_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # One article: its quote is carried by one source only.
    db = store_of(tmp_path / "one.db", said("ferry-1", "Anna Berg", "the ferry across the northern strait would "
                                                                     "run again from the first week of June"))
    assert main(["quotes", "--db", str(db), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert out == ""  # a pipe still gets pure JSON Lines
    assert "0 quote(s) carried by 2 or more articles" in err
    assert "1 quote(s) carried by fewer; --min-sources 1 lists them" in err
    assert main(["quotes", "--db", str(db), "--format", "jsonl", "--min-sources", "1"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1 and "1 quote(s) carried by 1 or more articles" in err


def test_quotes_help_gives_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["quotes", "--help"])
    assert "default 2" in " ".join(capsys.readouterr().out.split())


def _wire_files(folder: Path) -> Path:
    folder.mkdir()
    for day, town in (("2024-06-07", "Harwick"), ("2024-06-09", "Lowmere")):
        (folder / f"wire_{day}_{town.lower()}.txt").write_text(
            f"Ferry to {town} to run again\n\nMayor Anna Berg said on Monday that the ferry to {town} would run "
            "again in June.\n", encoding="utf-8")
    return folder


def test_extract_reads_dates_and_titles_per_file_as_ingest_does(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    texts = _wire_files(tmp_path / "texts")
    options = ["--name-pattern", "{outlet}_{published:%Y-%m-%d}_{slug}", "--title-line"]
    assert main(["extract", str(texts), "--format", "jsonl", *options]) == 0
    extracted = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(a["published"], a["outlet"], a["title"]) for a in extracted] == [
        ("2024-06-07", "wire", "Ferry to Harwick to run again"),
        ("2024-06-09", "wire", "Ferry to Lowmere to run again")]
    db = tmp_path / "news.db"
    assert main(["ingest", str(texts), "--db", str(db), "--progress", "off", *options]) == 0
    assert main(["articles", "--db", str(db), "--format", "jsonl"]) == 0
    stored = sorted((a["published"], a["outlet"], a["title"]) for a in
                    map(json.loads, capsys.readouterr().out.splitlines()))
    assert stored == [(a["published"], a["outlet"], a["title"]) for a in extracted]


def test_extract_takes_a_metadata_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts = _wire_files(tmp_path / "texts")
    table = tmp_path / "meta.csv"
    table.write_text("filename,date,headline\nwire_2024-06-07_harwick.txt,2024-05-01,From the table\n",
                     encoding="utf-8")
    assert main(["extract", str(texts / "wire_2024-06-07_harwick.txt"), "--metadata", str(table),
                 "--format", "json"]) == 0
    article = json.loads(capsys.readouterr().out)
    assert (article["published"], article["title"]) == ("2024-05-01", "From the table")
    assert main(["extract", str(texts), "--meta-field", "published=date", "--format", "json"]) == 2
    assert "--meta-field needs --metadata FILE" in capsys.readouterr().err


def headlined(item_id: str, headline: str, name: str, words: str) -> tuple[TextInput, Article]:
    """An article whose text opens with its headline, stored as its title (what ``--title-line`` gives)."""
    item, article = said(item_id, name, words)
    shift = len(headline) + 2
    text = f"{headline}\n\n{item.text}"
    s = article.statements[0]
    moved = Statement(kind=s.kind, content=Span(s.content.start + shift, s.content.end + shift, s.content.text),
                      cue=Cue(s.cue.start + shift, s.cue.end + shift, "said", "say") if s.cue else None,
                      speaker=Span(shift, shift + len(name), name), actor=s.actor, resolution=s.resolution)
    return (TextInput(id=item_id, source=item.source, text=text, title=headline),
            Article(id=item_id, text=text, statements=[moved], actors=article.actors))


def test_show_prints_a_headline_the_text_opens_with_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = store_of(tmp_path / "h.db", headlined("ferry", "Ferry to run again", "Anna Berg",
                                               "the ferry would run again in June"))
    assert main(["show", "ferry", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.count("Ferry to run again") == 1 and out.startswith("Ferry to run again\n")
    assert "Anna Berg said ⟦1 the ferry would run again in June⟧." in out


@pytest.fixture(scope="module")
def li_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Li Qiang quoted in July, Lina Berg in August; Liam Fox known (an actors file) but never quoted."""
    db = store_of(tmp_path_factory.mktemp("li") / "li.db",
                  said("call", "Li Qiang", "the ties were in the interests of both sides", published="2024-07-07"),
                  said("port", "Lina Berg", "the new port would open before the winter", published="2024-08-01"))
    with Store(db) as store, store.transaction():
        store.actor_by_key("liam fox", "Liam Fox", "person")
    return db


def _actors_of(out: str) -> set[str]:
    return {json.loads(line)["actor"]["name"] for line in out.splitlines()}


def test_a_short_name_means_the_one_actor_with_statements_the_filters_find(
        li_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["statements", "--db", str(li_db), "--format", "jsonl", "--actor", "Li"]
    assert main([*base, "--until", "2024-07-31"]) == 0  # Lina Berg said nothing then, Liam Fox nothing ever
    assert _actors_of(capsys.readouterr().out) == {"Li Qiang"}
    assert main([*base, "--search", "port"]) == 0
    assert _actors_of(capsys.readouterr().out) == {"Lina Berg"}


@pytest.fixture(scope="module")
def label_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Issue 12: a transcript's "LINDQVIST:" label made a person "Lindqvist" with no statement, beside Marta
    Lindqvist, quoted twice; "Okafor" is one statement's actor beside Grace Okafor, quoted twice."""
    db = store_of(tmp_path_factory.mktemp("label") / "label.db",
                  said("dock", "Marta Lindqvist", "the dock would reopen in May", published="2024-05-01"),
                  said("fees", "Marta Lindqvist", "the fees would stay as they are", published="2024-05-02"),
                  said("road", "Grace Okafor", "the road would be widened", published="2024-05-03"),
                  said("toll", "Grace Okafor", "the toll would go", published="2024-05-04"),
                  _as_country(said("bus", "Okafor", "the buses would run later", published="2024-05-05")))
    with Store(db) as store, store.transaction():
        store.actor_by_key("lindqvist", "Lindqvist", "person")
    return db


def _as_country(found: tuple[TextInput, Article]) -> tuple[TextInput, Article]:
    """The article with its speaker typed a country (as a newcomer's "Biden" was)."""
    item, article = found
    actor = replace(article.actors[0], type="country")
    statements = [replace(s, actor=actor) for s in article.statements]
    return item, replace(article, statements=statements, actors=[actor])


def test_an_exact_name_with_no_statements_gives_way_to_the_actor_with_some(
        label_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["statements", "--db", str(label_db), "--format", "jsonl", "--actor", "Lindqvist"]) == 0
    out, err = capsys.readouterr()
    assert _actors_of(out) == {"Marta Lindqvist"} and len(out.splitlines()) == 2
    with Store(label_db) as store:  # the API's query and count are the same
        assert q.count_statements(store, q.StatementFilter(actor="Lindqvist")) == 2
    assert main(["statements", "--db", str(label_db), "--format", "jsonl", "--actor", "Lindqvist",
                 "--since", "2025-01-01"]) == 0  # no one has statements then: the namesake, and a word why
    out, err = capsys.readouterr()
    assert out == ""
    assert "--actor 'Lindqvist' is Lindqvist (lindqvist), with no statements these filters find" in err
    assert "Marta Lindqvist (marta-lindqvist, 2 statements)" in err


def test_an_actor_taken_while_another_of_the_name_is_quoted_more_is_said(
        label_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["statements", "--db", str(label_db), "--format", "jsonl", "--actor", "Okafor"]) == 0
    out, err = capsys.readouterr()
    assert _actors_of(out) == {"Okafor"}  # the name's own actor, quoted: as the README says
    assert "quoted more, the name could also mean: Grace Okafor (grace-okafor, 2 statements)" in err
    assert main(["statements", "--db", str(label_db), "--format", "jsonl", "--actor", "Grace Okafor"]) == 0
    assert capsys.readouterr().err == ""


def test_a_short_name_two_quoted_actors_share_is_still_refused(li_db: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["statements", "--db", str(li_db), "--format", "jsonl", "--actor", "Li"]) == 2
    err = capsys.readouterr().err
    assert "'Li' could be several actors with statements here: " in err
    assert "Li Qiang (li-qiang, 1 statement)" in err and "Lina Berg (lina-berg, 1 statement)" in err
    assert "Liam Fox" not in err
    assert main(["quotes", "--db", str(li_db), "--actor", "Lia"]) == 0  # Liam Fox: the only one with "Lia"


@pytest.fixture(scope="module")
def harbour_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Issue 12: three articles that name the harbour; the middle one in date is about it, the others name it
    once among many other things."""
    once = "the schools, the roads, the parks, the libraries, the clinics and also the harbour would be reviewed"
    return store_of(tmp_path_factory.mktemp("harbour") / "harbour.db",
                    said("old", "Anna Berg", once, published="2024-01-01"),
                    said("about", "Ola Nord", "the harbour fees, the harbour dredging and the harbour lights "
                                              "would rise", published="2024-03-01"),
                    said("new", "Eva Lund", once, published="2024-06-01"))


def _ids(out: str) -> list[str]:
    """The article ids of JSON Lines rows: an article's own, a statement's article's."""
    rows = [json.loads(line) for line in out.splitlines()]
    return [r["article"]["id"] if "article" in r else r["id"] for r in rows]


def test_a_search_lists_the_best_matches_first_unless_asked_for_the_date_order(
        harbour_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--db", str(harbour_db), "--format", "jsonl", "--search", "harbour"]
    assert main(["articles", *base]) == 0
    assert _ids(capsys.readouterr().out) == ["about", "new", "old"]  # ties: newest first
    assert main(["articles", *base, "--sort", "date"]) == 0
    assert _ids(capsys.readouterr().out) == ["new", "about", "old"]
    assert main(["statements", *base]) == 0
    assert _ids(capsys.readouterr().out)[0] == "about"
    assert main(["statements", *base, "--sort", "date"]) == 0
    assert _ids(capsys.readouterr().out) == ["old", "about", "new"]


def test_the_articles_page_lists_the_best_matches_first(harbour_db: Path) -> None:
    from fastapi.testclient import TestClient

    from onrecord.serve.app import create_app

    client = TestClient(create_app(harbour_db))
    page = client.get("/articles", params={"q": "harbour"}).text
    assert page.index('href="/articles/about"') < page.index('href="/articles/new"') and "best match first" in page
    by_date = client.get("/articles", params={"q": "harbour", "sort": "date"}).text
    assert by_date.index('href="/articles/new"') < by_date.index('href="/articles/about"')
    api = client.get("/api/articles", params={"q": "harbour", "sort": "relevance"}).json()
    assert [a["id"] for a in api["items"]] == ["about", "new", "old"]
    assert client.get("/api/articles", params={"q": "harbour"}).json()["items"][0]["id"] == "new"


def test_quotes_put_quote_marks_only_round_a_speakers_own_words(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    # A newcomer read `Donald Trump: “a future NATO membership bid for Kyiv”`, the report's paraphrase, as his words.
    words = "the ferry across the northern strait would run again from the first week of June"
    db = store_of(tmp_path / "q.db", said("ferry-1", "Anna Berg", words))
    assert main(["quotes", "--db", str(db), "--min-sources", "1", "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert f"Anna Berg: (indirect) {words[:40]}" in out and "“" not in out
    assert main(["quotes", "--db", str(db), "--min-sources", "1", "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["kind"] == "indirect"


@pytest.mark.parametrize("command", [["statements", "--search", "zeppelin"], ["actors", "--search", "zeppelin"],
                                     ["articles", "--search", "zeppelin"]])
def test_an_empty_answer_says_so_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           command: list[str]) -> None:
    # A newcomer's searches printed a bare header (or nothing) and looked broken.
    db = store_of(tmp_path / "e.db", said("ferry-1", "Anna Berg", "the ferry would run again in June"))
    assert main([*command, "--db", str(db), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and f"no {command[0].removesuffix('s')} found" in err
    assert main([command[0], "--db", str(db), "--format", "jsonl"]) == 0
    assert "found" not in capsys.readouterr().err
