"""The store: migrations, idempotence, actors across articles, role holders by date, quotes, search."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord import extract
from onrecord.ingest import TextInput
from onrecord.resolve.corpus import starter_actors
from onrecord.store import Store, StoreError, content_hash
from onrecord.store import queries as q
from onrecord.store.schema import MIGRATIONS


def save(store: Store, text: str, ident: str, published: str | None = "2025-08-20", outlet: str = "Gazette") -> int:
    item = TextInput(ident, f"{ident}.txt", text, published=published, outlet=outlet)
    article = extract(text, id=ident, published=published)
    return store.save_article(item, article, digest=content_hash(text), pipeline_version="test",
                              language="en").article_id


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "t.db")
    s.add_known_actors(starter_actors())
    return s


def test_new_store_is_migrated_in_wal_mode_and_reopens(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as s:
        assert s.schema_version == MIGRATIONS[-1][0]
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(path) as s:  # a second open applies nothing twice
        assert s.conn.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0] == len(MIGRATIONS)


def test_a_file_that_is_not_a_store_is_refused_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("hello, I am a text file")
    with pytest.raises(StoreError, match="not a usable onrecord store"):
        Store(bad)
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "missing.db", readonly=True)


def test_stored_text_is_what_the_offsets_index(store: Store) -> None:
    text = "The minister said on Monday that the bridge would reopen.\n\n“It is safe,” she added."
    article_id = save(store, text, "bridge")
    stored = store.conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
    rows = q.statements(store, q.StatementFilter(article="bridge"))
    assert len(rows) == 2
    for row in rows:
        for part in ("content", "cue", "speaker"):
            span = row[part]
            if span:
                assert stored[span["start"]:span["end"]] == span["text"]


def test_the_same_text_is_stored_once(store: Store) -> None:
    text = "The mayor said the bridge would reopen on Friday."
    save(store, text, "a")
    assert store.has_article(content_hash(text))
    # The runner checks has_article first; a concurrent ingest that stored it since is told, not crashed.
    item = TextInput("b", "b.txt", text)
    again = store.save_article(item, extract(text), digest=content_hash(text), pipeline_version="test", language="en")
    assert again.already and again.statements == 0
    assert store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1
    assert store.conn.execute("SELECT COUNT(*) FROM statements").fetchone()[0] == 1


def test_name_variants_are_one_actor_and_namesakes_are_not(store: Store) -> None:
    save(store, "President Donald J. Trump said the talks were going well.", "one")
    save(store, "Donald Trump said on Tuesday that Europe must pay more.", "two")
    save(store, "Trump told reporters that a deal was close.", "three")
    save(store, "Melania Trump said in a statement that she hoped the children would be reunited.", "four")
    by_name = {a["name"]: a for a in q.actors(store)}
    assert by_name["Donald Trump"]["statements"] == 3 and by_name["Donald Trump"]["articles"] == 3
    assert by_name["Melania Trump"]["statements"] == 1
    assert "Trump" not in by_name  # no separate bare-surname actor


def test_one_actor_per_person_across_articles(store: Store) -> None:
    save(store, "Hillary Clinton said the plan would create jobs.", "one")
    save(store, "Hillary Rodham Clinton told supporters that the race was tight.", "two")
    save(store, "Bill Clinton said his wife would win the state.", "three")
    save(store, "Donald Trump Jr. said his father would visit the factory.", "four")
    save(store, "President Donald Trump said the factory would stay open.", "five")
    by_name = {a["name"]: a["statements"] for a in q.actors(store)}
    assert by_name["Hillary Clinton"] == 2 and "Hillary Rodham Clinton" not in by_name
    assert by_name["Bill Clinton"] == 1
    assert by_name["Donald Trump Jr."] == 1 and by_name["Donald Trump"] == 1


def test_aliases_are_names_never_clauses_or_fragments(store: Store) -> None:
    from onrecord.resolve.linking import is_name as _is_name

    for junk in ("Anybody who attacks him, it's like buyer beware", "Even those", "Some of those surveyed",
                 "Hillary] Clinton", "Donald Trump ''", "Marco Rubio:", "the American leader", "he"):
        assert not _is_name(junk), junk
    for name in ("Donald J. Trump", "Ursula von der Leyen", "Alexandria Ocasio-Cortez", "DONALD TRUMP"):
        assert _is_name(name), name
    assert _is_name("Bank of America", "organization") and not _is_name("Bank of America")


def test_an_unknown_full_name_absorbs_its_earlier_bare_surname(store: Store) -> None:
    save(store, "Kowalczyk said the strike would go on.", "first")
    save(store, "Union leader Marta Kowalczyk said talks had failed.", "second")
    names = {a["name"]: a["statements"] for a in q.actors(store)}
    assert names.get("Marta Kowalczyk") == 2 and "Kowalczyk" not in names


def test_a_bare_surname_at_an_event_is_absorbed_with_its_participation(store: Store) -> None:
    """The event row naming the surname moves with it: left behind, it failed the merge and lost the article."""
    save(store, "Kowalczyk met the mine owners in Gdansk on Monday. Kowalczyk said the strike would go on.", "first")
    save(store, "Union leader Marta Kowalczyk said talks had failed.", "second")
    names = {a["name"]: a["statements"] for a in q.actors(store)}
    assert names.get("Marta Kowalczyk") == 2 and "Kowalczyk" not in names
    moved = store.conn.execute("SELECT a.name FROM event_participants p JOIN actors a ON a.id = p.actor_id "
                               "WHERE p.name = 'Kowalczyk'").fetchall()
    assert [r[0] for r in moved] == ["Marta Kowalczyk"]


def test_role_nouns_resolve_to_the_holder_on_the_publication_date(store: Store) -> None:
    text = "The British prime minister said the coalition would meet again next week."
    save(store, text, "2025", published="2025-03-01")
    save(store, text.replace("next week", "next month"), "2023", published="2023-03-01")
    rows = {r["article"]["id"]: r for r in q.statements(store)}
    assert rows["2025"]["actor"]["name"] == "Keir Starmer" and rows["2025"]["resolution"] == "role"
    assert rows["2023"]["actor"]["name"] == "Rishi Sunak"


def test_the_same_quote_in_two_outlets_is_one_quote(store: Store) -> None:
    save(store, "“We are going to work with Ukraine, we are going to work with everybody,” Donald Trump said.", "x")
    save(store, "Donald Trump said: \"We're going to work with Ukraine. We're going to work with everybody.\"", "y")
    save(store, "“Europe must pay for its own defence from now on,” Donald Trump said.", "z")
    rows = q.statements(store, q.StatementFilter(actor="Donald Trump"))
    quote_ids = {r["article"]["id"]: r["quote_id"] for r in rows}
    assert quote_ids["x"] == quote_ids["y"] != quote_ids["z"]


def test_filters_and_full_text_search(store: Store) -> None:
    save(store, "Vladimir Putin said Russia was open to dialogue.", "p1", published="2025-08-18", outlet="Wire")
    save(store, "Vladimir Putin denied that his forces had struck civilians.", "p2", published="2025-08-25")
    save(store, "Emmanuel Macron said Europe was ready to share the burden.", "m1", published="2025-08-21")
    f = q.StatementFilter
    assert [r["article"]["id"] for r in q.statements(store, f(actor="putin"))] == ["p1", "p2"]
    assert [r["act"] for r in q.statements(store, f(actor="Vladimir Putin", act="deny"))] == ["deny"]
    assert [r["article"]["id"] for r in q.statements(store, f(since="2025-08-20"))] == ["m1", "p2"]
    assert [r["article"]["id"] for r in q.statements(store, f(outlet="wire"))] == ["p1"]
    assert [r["article"]["id"] for r in q.statements(store, f(search="dialogue"))] == ["p1"]
    assert q.statements(store, f(search='burden" NEAR "x')) == []  # quotes in input are not FTS syntax
    assert q.statements(store, f(search='burden" or "x')) == []
    # OR in capitals between two terms is read as the user's OR (serve15), built by the query, not passed on
    assert [r["article"]["id"] for r in q.statements(store, f(search='burden" OR "x'))] == \
        [r["article"]["id"] for r in q.statements(store, f(search="burden"))] != []
    with pytest.raises(q.QueryError, match="no actor"):
        q.statements(store, f(actor="Nobody Atall"))


def test_errors_are_recorded_once(store: Store) -> None:
    store.record_error("a.txt", "binary data")
    store.record_error("a.txt", "binary data")
    assert [e["reason"] for e in q.errors(store)] == ["binary data"]


def test_replace_analysis_swaps_statements_in_place(store: Store) -> None:
    text = "The mayor said the bridge would reopen. The governor said it would not."
    article_id = save(store, text, "r")
    before = q.statements(store, q.StatementFilter(article="r"))
    store.replace_analysis(article_id, extract(text), "v2")
    after = q.statements(store, q.StatementFilter(article="r"))
    assert [r["content"] for r in after] == [r["content"] for r in before]
    assert store.conn.execute("SELECT pipeline_version FROM articles").fetchone()[0] == "v2"
    assert store.conn.execute("SELECT COUNT(*) FROM statements_fts WHERE statements_fts MATCH 'bridge'"
                              ).fetchone()[0] == 1


def test_a_family_name_finds_its_person_across_articles(store: Store) -> None:
    save(store, "Taiwan's president, Lai Ching-te, said the island would never provoke.", "one")
    save(store, "Lai told reporters that peace came through strength.", "two")
    names = {a["name"]: a["articles"] for a in q.actors(store) if a["statements"]}
    assert names.get("Lai Ching-te") == 2


def test_institutions_are_actors_of_their_own_that_roll_up_to_their_state(store: Store) -> None:
    save(store, "The White House said on Monday that the talks would resume.", "one")
    save(store, "The Pentagon said the exercise would go ahead.", "two")
    save(store, "Washington said the sanctions would stay in place.", "three")
    by_name = {a["name"]: a for a in q.actors(store)}
    # "the Pentagon" is the department it houses, by its canonical name (institutions.yaml)
    assert by_name["White House"]["type"] == "organization" and by_name["US Department of Defense"]["statements"] == 1
    assert by_name["United States"]["statements"] == 1  # "Washington" is the state itself
    alone = q.statements(store, q.StatementFilter(actor="White House"))
    everything = q.statements(store, q.StatementFilter(actor="United States", with_parts=True))
    assert len(alone) == 1 and len(everything) == 3
    assert len(q.statements(store, q.StatementFilter(actor="United States"))) == 1


def test_a_statement_keeps_its_key_through_the_store_and_a_reprocess(store: Store) -> None:
    text = "The mayor said the bridge would reopen on Friday. “We are ready,” she told reporters."
    article_id = save(store, text, "bridge")
    keys = [s["key"] for s in extract(text).to_dict()["statements"]]
    assert len(keys) == 2 and len(set(keys)) == 2 and all(len(k) == 16 for k in keys)
    stored = [s["key"] for s in q.statements(store, q.StatementFilter(article="bridge"))]
    assert stored == keys
    store.replace_analysis(article_id, extract(text), "next")
    assert [s["key"] for s in q.statements(store, q.StatementFilter(article="bridge"))] == keys
    other = extract(text.replace("Friday", "Monday")).to_dict()["statements"]
    assert not {s["key"] for s in other} & set(keys)  # another text, other keys


RUN_ON = "“The bridge will reopen,” said Mayor Ruth Okafor. “The inspectors signed off this morning.”"


def test_a_run_on_quotation_is_stored_with_the_key_it_continues_through_a_reprocess(store: Store) -> None:
    from onrecord.store.export import flatten

    article_id = save(store, RUN_ON, "run-on")
    first, second = q.statements(store, q.StatementFilter(article="run-on"))
    assert first["continues"] is None and second["continues"] == first["key"]
    assert [flatten(r)["continues"] for r in (first, second)] == [None, first["key"]]
    store.replace_analysis(article_id, extract(RUN_ON), "next")
    again = list(q.statements(store, q.StatementFilter(article="run-on")))
    assert [r["continues"] for r in again] == [None, first["key"]]


def test_a_store_from_before_the_run_on_link_is_written_and_upgraded(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import onrecord.store as store_module

    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:10])  # no statements.continues yet
    with Store(tmp_path / "old.db") as old:
        save(old, RUN_ON, "run-on")  # the old schema is written without the column
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS)
    with Store(tmp_path / "old.db") as upgraded:
        assert upgraded.schema_version >= 11
        rows = list(q.statements(upgraded, q.StatementFilter(article="run-on")))
        assert len(rows) == 2 and [r["continues"] for r in rows] == [None, None]  # old rows link nothing
        save(upgraded, RUN_ON.replace("morning", "evening"), "later")
        assert list(q.statements(upgraded, q.StatementFilter(article="later")))[1]["continues"] is not None


def _counts_from_statements(store: Store) -> dict[str, tuple[int, int, int]]:
    """Per-actor counts as the GROUP BY the triggers replace would give them."""
    rows = store.conn.execute(
        "SELECT a.slug, COUNT(s.id), COUNT(DISTINCT s.article_id), COUNT(DISTINCT s.quote_id) FROM actors a "
        "LEFT JOIN statements s ON s.actor_id = a.id GROUP BY a.id")
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def _kept_counts(store: Store) -> dict[str, tuple[int, int, int]]:
    return {a["id"]: (a["statements"], a["articles"], a["quotes"]) for a in q.actors(store)}


def test_counts_kept_by_triggers_match_a_recount_through_merges_and_reprocess(store: Store) -> None:
    save(store, "Kowalczyk said the strike would go on.", "first")  # a bare surname, merged below
    save(store, "Union leader Marta Kowalczyk said talks had failed. Kowalczyk said she would stay.", "second")
    quote = "“We are going to work with Ukraine, we are going to work with everybody,” Donald Trump said."
    save(store, quote, "x")
    article_id = save(store, quote + " Donald Trump said Europe must pay.", "y")
    assert _kept_counts(store) == _counts_from_statements(store)
    assert _kept_counts(store)["donald-trump"][1:] == (2, 1)  # two articles, one quote reported twice
    store.replace_analysis(article_id, extract("Donald Trump said nothing new."), "test")
    assert _kept_counts(store) == _counts_from_statements(store)
    totals = q.overview(store)
    assert totals["statements"] == store.conn.execute("SELECT COUNT(*) FROM statements").fetchone()[0]
    assert totals["actors"] == store.conn.execute("SELECT COUNT(*) FROM actors").fetchone()[0]
    assert totals["quotes"] == store.conn.execute("SELECT COUNT(*) FROM quotes").fetchone()[0]
    assert totals["articles"] == q.count_articles(store, outlet="Gazette") == 4
    assert q.count_actors(store, min_statements=1) == sum(1 for c in _counts_from_statements(store).values() if c[0])


def test_an_older_store_gets_its_counts_and_search_when_upgraded(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import onrecord.store as store_module

    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:7])  # a store written before the counts
    with Store(tmp_path / "old.db") as old:
        save(old, "Union leader Marta Kowalczyk said talks had failed.", "a")
        save(old, "Marta Kowalczyk said the bridge would stay closed.", "b")
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS)
    with Store(tmp_path / "old.db") as upgraded:
        assert _kept_counts(upgraded) == _counts_from_statements(upgraded)
        assert q.overview(upgraded)["statements"] == 2 and q.overview(upgraded)["articles"] == 2
        assert [s["article"]["id"] for s in q.statements(upgraded, q.StatementFilter(search="bridge"))] == ["b"]


def test_an_article_that_clusters_a_son_with_his_father_gives_the_father_no_jr_alias(store: Store) -> None:
    from onrecord.model import Actor

    text = "Donald Trump said the wall would be built."
    article = extract(text)
    trump = next(a for a in article.actors if a.name == "Donald Trump")
    article.actors[article.actors.index(trump)] = Actor(trump.id, trump.name, trump.type,
                                                        [*trump.aliases, "Donald Trump Jr.", "Donald John Trump"],
                                                        trump.mentions)
    store.save_article(TextInput("t", "t.txt", text), article, digest=content_hash(text), pipeline_version="test",
                       language="en")
    aliases = {r[0] for r in store.conn.execute("SELECT alias FROM actor_aliases")}
    assert "Donald John Trump" in aliases and "Donald Trump Jr." not in aliases


def test_a_statement_of_a_group_named_after_its_members_is_found_under_each(store: Store) -> None:
    # "They" after "A met B" is one group actor, A and B (as the gold names joint sources); a user who asks
    # for A's statements expects it too
    save(store, "Elena Vasquez met Tomas Lindqvist in Oslo on Monday. They said the talks had gone well.", "oslo")
    save(store, "Tomas Lindqvist said on Tuesday that the border would stay open.", "border")
    for name in ("Elena Vasquez", "Tomas Lindqvist"):
        rows = q.statements(store, q.StatementFilter(actor=name))
        assert any(r["content"]["text"] == "the talks had gone well" for r in rows), (name, rows)
    assert len(q.statements(store, q.StatementFilter(actor="Tomas Lindqvist"))) == 2
    group = q.statements(store, q.StatementFilter(actor="Elena Vasquez and Tomas Lindqvist"))
    assert [r["content"]["text"] for r in group] == ["the talks had gone well"]


def test_an_actors_counts_and_timeline_take_the_joint_statements_of_its_groups(store: Store) -> None:
    # the counts `onrecord actors` and the actor page show agree with the statements --actor lists
    save(store, "Elena Vasquez met Tomas Lindqvist in Oslo on Monday. They said the talks had gone well.", "oslo")
    save(store, "Tomas Lindqvist said on Tuesday that the border would stay open.", "border", published="2025-08-21")
    for name, n, articles in (("Elena Vasquez", 1, 1), ("Tomas Lindqvist", 2, 2)):
        info = q.actor(store, name)
        assert info is not None and (info["statements"], info["articles"]) == (n, articles), info
        assert q.count_statements(store, q.StatementFilter(actor=name)) == n
        assert len(q.statements(store, q.StatementFilter(actor=name))) == n
        assert sum(k for _, k in q.timeline(store, info["id"])) == n
    listed = {a["name"]: a["statements"] for a in q.actors(store, min_statements=1)}
    assert listed["Elena Vasquez"] == 1 and listed["Elena Vasquez and Tomas Lindqvist"] == 1
    assert q.count_actors(store, min_statements=1) == len(listed)
    store.conn.execute("DELETE FROM statements WHERE content = 'the talks had gone well'")  # as reprocess does
    info = q.actor(store, "Elena Vasquez")
    assert info is not None and (info["statements"], info["articles"]) == (0, 0)


@pytest.mark.parametrize("readonly", [True, False])
def test_a_named_pipe_or_a_device_as_the_store(tmp_path: Path, readonly: bool) -> None:
    """``--db`` naming a FIFO blocked every command for good in SQLite's open, deaf to SIGTERM; a device (/dev/null)
    was opened as a store of no tables (break14). Run in a child process, so a regression fails, not hangs."""
    import os
    import subprocess
    import sys

    fifo = tmp_path / "news.db"
    os.mkfifo(fifo)
    code = ("import sys\nfrom onrecord.store import Store, StoreError\n"
            "for path in sys.argv[1:]:\n"
            "    try:\n"
            f"        Store(path, readonly={readonly})\n"
            "    except StoreError as err:\n"
            "        print(err)\n")
    done = subprocess.run([sys.executable, "-c", code, str(fifo), os.devnull, str(tmp_path)], capture_output=True,
                          text=True, timeout=30)
    assert done.stdout.splitlines() == [f"{fifo} is a named pipe (FIFO), not a store file: give --db a file name",
                                        f"{os.devnull} is a device, not a store file: give --db a file name",
                                        f"{tmp_path} is a folder, not a store file: give --db a file name"], done


def _on_a_read_only_medium(monkeypatch: pytest.MonkeyPatch, db: Path) -> None:
    """The store's folder as a read-only mount shows it: no file can be made beside the store. (As root no mode
    bit stops SQLite making its ``-shm``: a link to nowhere in its place stands for the file it cannot create.)"""
    import onrecord.store as store_module

    Path(f"{db}-shm").symlink_to(db.parent / "no-such-folder" / "shm")
    monkeypatch.setattr(store_module, "_folder_writable", lambda path: False, raising=False)


def test_a_store_on_a_read_only_medium_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Once: a store copied to a read-only mount (a share, a container's read-only volume, a disc) could not be
    # read at all: SQLite reads a WAL-mode store only beside a "-shm" file it can make, and `onrecord statements`
    # said "not an onrecord store (no schema_migrations table)" (break15). With no log beside it, nothing can
    # write it there: it is read as immutable.
    db = tmp_path / "s.db"
    with Store(db) as s:
        save(s, "“We will sign,” said Prime Minister Anna Berg.", "a1")
    _on_a_read_only_medium(monkeypatch, db)
    with Store(db, readonly=True) as read:
        assert read.conn.execute("SELECT COUNT(*) FROM statements").fetchone()[0] == 1


def test_a_store_on_a_read_only_medium_with_its_log_beside_it_says_what_to_do(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A log SQLite cannot fold in there holds writes an immutable read would miss: refused, saying why.
    db = tmp_path / "s.db"
    with Store(db) as s:
        save(s, "“We will sign,” said Prime Minister Anna Berg.", "a1")
    Path(f"{db}-wal").write_bytes(b"\0" * 64)
    _on_a_read_only_medium(monkeypatch, db)
    with pytest.raises(StoreError, match=r"s\.db-wal.* copy the store and its -wal file somewhere writable"):
        Store(db, readonly=True)
