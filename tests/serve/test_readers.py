"""Read connections kept between requests: reused, fresh after a write, closed after a failure."""

from __future__ import annotations

from pathlib import Path

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
