"""Read connections kept between requests: reused, fresh after a write, closed after a failure."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.ingest import TextInput
from onrecord.model import Article
from onrecord.serve.app import create_app
from onrecord.serve.deps import Readers
from onrecord.settings import Settings
from onrecord.store import Store, content_hash


def _add(db: Path, n: int) -> None:
    text = f"Note {n}: nothing was said."
    with Store(db) as store:
        store.save_article(TextInput(id=f"note-{n}", source=None, text=text), Article(id=None, text=text),
                           digest=content_hash(text), pipeline_version="test", language="en")


def test_a_kept_connection_is_reused_and_sees_what_was_written_since(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    _add(db, 1)
    app = create_app(db, Settings(serve_workers=1))
    readers: Readers = app.state.readers
    with TestClient(app) as client:
        assert client.get("/api/articles").json()["total"] == 1
        kept = list(readers._idle)
        assert len(kept) == 1
        _add(db, 2)  # another connection writes meanwhile
        assert client.get("/api/articles").json()["total"] == 2
        assert readers._idle == kept  # the same connection, reading the new snapshot


def test_a_connection_whose_request_failed_is_not_kept(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    _add(db, 1)
    app = create_app(db, Settings(serve_workers=1))
    with TestClient(app) as client:
        assert client.get("/api/articles/no-such-article").status_code == 404
        assert app.state.readers._idle == []
        assert client.get("/api/articles").status_code == 200
        assert len(app.state.readers._idle) == 1


def _replace_link(link: Path, target: Path) -> None:
    """Point ``link`` at ``target`` in one step, as a deployment swaps a rebuilt store in."""
    staged = link.with_name(link.name + ".new")
    staged.symlink_to(target)
    staged.replace(link)


def test_a_store_replaced_while_served_is_read_anew(tmp_path: Path) -> None:
    """A kept connection read the file it opened: a rebuilt store swapped in under the server was never seen
    (the old one answered for as long as the server ran)."""
    first, second, db = tmp_path / "first.db", tmp_path / "second.db", tmp_path / "news.db"
    _add(first, 1)
    for n in (1, 2, 3):
        _add(second, n)
    db.symlink_to(first)
    with TestClient(create_app(db, Settings(serve_workers=1))) as client:
        assert client.get("/api/articles").json()["total"] == 1
        _replace_link(db, second)
        assert client.get("/api/articles").json()["total"] == 3
        assert client.get("/").status_code == 200


def test_a_store_deleted_while_served_is_a_503_that_says_so(tmp_path: Path) -> None:
    """A deleted store was served from its unlinked file; now its absence is said, and a store put back is read."""
    db = tmp_path / "news.db"
    _add(db, 1)
    with TestClient(create_app(db, Settings(serve_workers=1))) as client:
        assert client.get("/api/articles").status_code == 200
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        answer = client.get("/api/articles")
        assert answer.status_code == 503
        assert answer.json()["detail"].startswith(f"no store at {db}")
        for n in (1, 2):
            _add(db, n)
        assert client.get("/api/articles").json()["total"] == 2


def test_a_store_of_a_newer_schema_swapped_in_is_a_503_that_says_so(tmp_path: Path) -> None:
    first, newer, db = tmp_path / "first.db", tmp_path / "newer.db", tmp_path / "news.db"
    _add(first, 1)
    _add(newer, 2)
    with Store(newer) as store:
        store.conn.execute("INSERT INTO schema_migrations VALUES (999, 'from the future', '2099-01-01')")
    db.symlink_to(first)
    with TestClient(create_app(db, Settings(serve_workers=1))) as client:
        assert client.get("/api/articles").status_code == 200
        _replace_link(db, newer)
        answer = client.get("/api/articles")
        assert answer.status_code == 503
        assert "schema version 999" in answer.json()["detail"] and "upgrade onrecord" in answer.json()["detail"]


def test_a_store_of_an_older_schema_swapped_in_is_upgraded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As ``onrecord serve`` upgrades a store at its start, so one swapped in while it runs."""
    import onrecord.store as store_module
    from onrecord.store.schema import MIGRATIONS

    first, older, db = tmp_path / "first.db", tmp_path / "older.db", tmp_path / "news.db"
    _add(first, 1)
    with monkeypatch.context() as patch:
        patch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:-1])
        _add(older, 2)
    with Store(older, readonly=True) as store:
        assert store.schema_version == MIGRATIONS[-2][0]
    db.symlink_to(first)
    with TestClient(create_app(db, Settings(serve_workers=1))) as client:
        assert client.get("/api/articles").status_code == 200
        _replace_link(db, older)
        assert client.get("/api/articles").json()["total"] == 1
    with Store(older, readonly=True) as store:
        assert store.schema_version == MIGRATIONS[-1][0]


def test_a_store_on_a_read_only_medium_is_served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every query command read a store on a read-only mount (break15), but ``onrecord serve`` opened it to write
    at its start and stopped: "not a usable onrecord store: unable to open database file" (redteam16)."""
    from tests.store.test_store import _on_a_read_only_medium

    db = tmp_path / "s.db"
    _add(db, 1)
    _on_a_read_only_medium(monkeypatch, db)
    with TestClient(create_app(db, Settings(serve_workers=1))) as client:
        assert client.get("/api/articles").json()["total"] == 1
        assert client.get("/search?q=nothing").status_code == 200


def test_an_older_store_on_a_read_only_medium_says_it_cannot_be_upgraded_there(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from onrecord.store import StoreError
    from tests.store.test_store import _on_a_read_only_medium

    db = tmp_path / "s.db"
    _add(db, 1)
    with Store(db) as store:
        store.conn.execute("DELETE FROM schema_migrations WHERE version = (SELECT MAX(version) FROM schema_migrations)")
    _on_a_read_only_medium(monkeypatch, db)
    with pytest.raises(StoreError, match="on a read-only medium where it cannot be upgraded: copy it somewhere"):
        create_app(db, Settings(serve_workers=1))


def test_a_store_damaged_on_disk_is_a_503_that_says_so(tmp_path: Path) -> None:
    """A store whose pages were damaged on disk (a copy cut short, a file written over in place) answered 500
    "internal server error" on each page reaching the damage, as if onrecord had a bug (redteam16)."""
    import sqlite3

    db = tmp_path / "s.db"
    for n in range(40):
        _add(db, n)
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        [(root,)] = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'articles'").fetchall()
        [(size,)] = con.execute("PRAGMA page_size").fetchall()
    with db.open("r+b") as file:  # the articles table's first page written over; the schema's pages intact
        file.seek((root - 1) * size)
        file.write(b"\xa5" * size)
    with TestClient(create_app(db, Settings(serve_workers=1))) as client:
        answer = client.get("/api/articles")
        assert answer.status_code == 503
        assert answer.json()["detail"].startswith(f"the store at {db} is damaged (database disk image is malformed)")
        assert "PRAGMA integrity_check" in answer.json()["detail"]
