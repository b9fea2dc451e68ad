"""The corpus store: one SQLite file (WAL mode) a user can copy.

Crash safety comes from SQLite's transactions: an article, its statements,
mentions, actors and quotes are written in one transaction, so a process killed
at any moment leaves either the whole article or none of it. The article's
content hash is UNIQUE, so running the same command again skips what is
already there and adds only what is missing.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import stat
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from onrecord.ingest import TextInput
from onrecord.ingest import without_surrogates as safe_text
from onrecord.model import Actor, Article, Statement, statement_key, text_digest
from onrecord.resolve.corpus import KnownActor, Role, actor_key, surname_of
from onrecord.resolve.linking import CorpusLinker, SurnameEvidence, as_written, surname_evidence
from onrecord.resolve.names import ascii_letters, clean_name, pronoun_gender
from onrecord.store.export import statement_columns
from onrecord.store.paths import readonly_uri
from onrecord.store.schema import MIGRATIONS

DEFAULT_DB = "onrecord.db"


EVENTS_SCHEMA = 10  # the migration that adds the event tables
CONTINUES_SCHEMA = 11  # the migration that adds statements.continues
ACTOR_OLD_SLUGS_SCHEMA = 12  # the migration that transliterates actor ids and keeps the old ones
MEMBERS_SCHEMA = 13  # the migration that adds actor_members
QUOTE_COUNTS_SCHEMA = 15  # the migration that keeps each quote's articles (quotes.n_sources)
CHANGES_SCHEMA = 16  # the migration that counts the writes positions depend on (store_counts 'changes')
SAID_SCHEMA = 17  # the migration that adds when each statement was made (statements.said_*)
REPORTED_SCHEMA = 18  # the migration that adds whose position a statement reports (statements.reported_*)
# Quotes read per shingle when looking for the quote a statement repeats (``Store.quote_candidates``).
_SHINGLE_QUOTES = 200
# An actors file loaded, in ``store_counts`` (a table of named numbers since migration 8): this prefix and the
# digest of the file and of the code that read it, and how many actors it described.
_ACTORS_FILE = "actors file "
# SQL for the first and the last day a statement ``s`` of article ``ar`` was made: its own day, the ends of its own
# range ("in 2015"), else its article's publication ("once said" too). Positions and timelines place a statement on
# its last day ("last week" was by its Sunday: "told CNN in 2015" in a 2019 article is placed in 2015); a said-range
# filter tests the two against its range (resolve/said.py; docs/CORPUS.md).
SAID_FIRST_DAY = "COALESCE(s.said_date, s.said_first, ar.published)"
SAID_LAST_DAY = "COALESCE(s.said_date, s.said_last, ar.published)"


class StoreError(RuntimeError):
    """The store cannot be opened or is not an onrecord store."""


def content_hash(text: str) -> str:
    return text_digest(text)


def like_escaped(text: str) -> str:
    """``text`` matched literally inside a LIKE pattern written with ``ESCAPE '\\'``."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _slugify(text: str, keep: str = "") -> str:
    """A URL-safe id: "wire-001" and "www.example.com-2025-talks" stay as they are; "Édouard Philippe" is
    "edouard-philippe" (transliterated first: a dropped letter made "douard-philippe"). One longer than 120
    characters keeps its end (a URL's distinctive part) from the first whole word there: never a word cut
    in two ("iefing-by-...") nor a leading "-", which a command line takes for an option."""
    slug = re.sub(rf"[^a-z0-9{keep}]+", "-", ascii_letters(text).lower()).strip("-.")
    if len(slug) > 120:
        tail = slug[-120:]
        if slug[-121].isalnum() and tail[0].isalnum() and (cut := re.search(r"[-._]", tail)) is not None:
            tail = tail[cut.end():]
        slug = tail.strip("-._")
    return slug or "x"


def _lossy_slug(text: str) -> str:
    """The id ``_slugify`` gave before schema 12, accented letters dropped (to recognise it in old stores)."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-.")[-120:] or "x"


def _transliterate_actor_ids(db: sqlite3.Connection) -> None:
    """Schema 12 on a store written before: each actor whose id dropped accented letters of its name
    ("xanana-gusm-o", or with the hash a clash added) gets the transliterated id ("xanana-gusmao") where it
    is free; the old id is kept in ``actor_old_slugs``, so links and scripts that use it still find the
    actor. Only ids change: actors stay keyed by ``key``, so a later ingest or reprocess adds no duplicate."""
    rows = db.execute("SELECT id, slug, name FROM actors").fetchall()
    for actor_id, slug, name in rows:
        new, old = _slugify(name), _lossy_slug(name)
        if new in (slug, old) or not (slug == old or slug.startswith(f"{old}-")):
            continue
        if db.execute("SELECT 1 FROM actors WHERE slug = ?", (new,)).fetchone():
            continue  # taken by another actor: this one keeps its id
        db.execute("UPDATE actors SET slug = ? WHERE id = ?", (new, actor_id))
        db.execute("INSERT OR IGNORE INTO actor_old_slugs (slug, actor_id) VALUES (?, ?)", (slug, actor_id))


@dataclass(frozen=True, slots=True)
class Saved:
    article_id: int
    slug: str
    statements: int
    new_actors: int
    already: bool = False  # another run stored the same text first
    # The id (slug) the input asked for was another text's already (a feed's id given twice, two files of one
    # name in different folders): where that text came from. The article is stored under ``slug`` instead.
    id_of: str | None = None


# How long a write waits for another process's write to end before SQLite says "database is locked". Writes
# of a run are one article each (under a second); only a writer that holds the store far longer (a shell left
# in a transaction, a backup tool) is waited out this long, and then the run stops (``busy``).
BUSY_TIMEOUT_S = 30.0


def busy(err: BaseException) -> bool:
    """Whether ``err`` is SQLite's "database is locked": another process held the store past the timeout."""
    code = getattr(err, "sqlite_errorcode", None)
    return isinstance(err, sqlite3.OperationalError) and (
        code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "database is locked" in str(err))


def locked_message(path: str | Path) -> str:
    return (f"{path} is locked: another process has held a write on it for over {BUSY_TIMEOUT_S:g} s (another "
            "ingest, reprocess or load, or a tool left in a transaction); what was stored is kept: run the same "
            "command again when it is done")


def stops_run(err: BaseException) -> StoreError | None:
    """The error that stops a run whose store takes no more writes (a full disk, a size limit, or another
    process holding it locked past ``BUSY_TIMEOUT_S``): recorded per article, every article after it failed
    too, then recording the failure raised and the run ended in a traceback that called it a bug. Nothing is
    recorded against the articles: the same command resumes. (``ingest``, ``reprocess`` and ``load``.)"""
    code = getattr(err, "sqlite_errorcode", None) if isinstance(err, sqlite3.Error) else None
    if code == sqlite3.SQLITE_FULL:
        return StoreError(f"the store is full ({err}): what was stored is kept; make room and run the same "
                          "command again to resume")
    if code is not None and code & 0xFF == sqlite3.SQLITE_IOERR:
        # A write the system refused (a file-size limit, a disk quota, a failing disk): SQLite says only "disk I/O
        # error", and a run under ``ulimit -f`` ended in "unexpected OperationalError: disk I/O error (a bug in
        # onrecord ...)" (redteam17). The transaction was rolled back, the articles before it are stored.
        return StoreError(f"the store could not be written ({err}): {_why_no_write()}; what was stored is kept: "
                          "run the same command again, once that is mended, to resume")
    if busy(err):
        return StoreError(locked_message("the store"))
    return None


def _why_no_write() -> str:
    """What may have refused a write, as far as this process can tell: its own file-size limit, else the disk."""
    try:
        import resource
    except ImportError:  # not on this system
        return "the disk may be full, over a quota or failing"
    soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    if soft != resource.RLIM_INFINITY:
        return f"this process may write files of at most {soft:,} bytes (`ulimit -f`)"
    return "the disk may be full, over a quota or failing"


@contextmanager
def run_stops_on_full_or_locked() -> Iterator[None]:
    """Ends a run whose store takes no more writes with ``stops_run``'s error; other database errors pass."""
    try:
        yield
    except sqlite3.Error as err:
        stop = stops_run(err)
        if stop is None:
            raise
        raise stop from err


def _folder_writable(path: Path) -> bool:
    """Whether a file can be made beside ``path`` (False on a read-only mount, whoever asks)."""
    return os.access(path.resolve().parent, os.W_OK)


def prepare_to_serve(path: str | Path) -> None:
    """The store at ``path`` created and migrated, as the server's start needs it; on a read-only medium (no file
    can be made beside it), where it can be neither, a store of this onrecord's schema is left as it is to be
    read. ``onrecord serve`` opened it to write there and stopped ("not a usable onrecord store: unable to open
    database file") though every query command read it (redteam16)."""
    path = Path(path)
    if not path.exists() or _folder_writable(path):
        Store(path).close()
        return
    with Store(path, readonly=True) as store:
        version = store.schema_version
    if version < MIGRATIONS[-1][0]:
        raise StoreError(f"{path} has schema version {version}, older than this onrecord's {MIGRATIONS[-1][0]}, on a "
                         "read-only medium where it cannot be upgraded: copy it somewhere writable and serve the copy")


def _not_a_store_file(path: Path) -> str | None:
    """What ``path`` is when it exists and is no regular file (a folder is said by ``unwritable``'s caller first).
    SQLite opened a named pipe given as ``--db`` and blocked for good, deaf to Ctrl-C and SIGTERM (the signal
    handlers wait for the open to return); a device such as /dev/null "held" a store of no tables (break14)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # none yet (created), or a path SQLite then reports
    if stat.S_ISREG(mode):
        return None
    return ("a folder" if stat.S_ISDIR(mode) else "a named pipe (FIFO)" if stat.S_ISFIFO(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "a device")


class Store:
    """Open (creating and migrating as needed) with ``Store(path)``; use as a context manager."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self._actors_added = 0  # running count of actors created minus merged away, for the run's summary
        self._roles: list[tuple[int, Role]] | None = None
        self._namesakes: dict[str, list[tuple[int, str, bool]]] | None = None  # join_surnames' people per surname
        if readonly and not self.path.exists():
            raise StoreError(f"no store at {self.path} (run `onrecord ingest ... --db {self.path}` first)")
        if (kind := _not_a_store_file(self.path)) is not None:
            raise StoreError(f"{self.path} is {kind}, not a store file: give --db a file name")
        try:
            if readonly:
                self.conn = self._open_readonly()
            else:
                self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_S,
                                            check_same_thread=False)
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across process crashes
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
            self.conn.row_factory = sqlite3.Row
            if not readonly:
                self._migrate()
            self._check_version()
        except sqlite3.DatabaseError as err:
            if busy(err):  # was "not a usable onrecord store": a good store, only busy
                raise StoreError(locked_message(self.path)) from err
            raise StoreError(f"{self.path} is not a usable onrecord store: {err}") from err

    def _open_readonly(self) -> sqlite3.Connection:
        """A read-only connection. SQLite reads a WAL-mode store only beside a ``-shm`` file it can make: on a
        read-only medium (a mount, a share, a disc) it could not open it at all, and the first query's error was
        taken for "not an onrecord store" (break15). Where nothing can be written beside the store and no log is
        there, nothing can change it either: it is opened as immutable."""
        def connect(uri: str) -> sqlite3.Connection:
            return sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_S, check_same_thread=False)

        conn = connect(readonly_uri(self.path))
        try:
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError as err:
            if getattr(err, "sqlite_errorcode", None) != sqlite3.SQLITE_CANTOPEN or _folder_writable(self.path):
                raise
            conn.close()
        log = Path(f"{self.path}-wal")
        if log.exists() and log.stat().st_size > 0:
            raise StoreError(f"{self.path} is on a read-only medium with writes in {log} that SQLite can fold in only "
                             "where it can write: copy the store and its -wal file somewhere writable")
        return connect(readonly_uri(self.path, immutable=True))

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # -- schema ---------------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing; on failure the in-memory bookkeeping is rolled back with the database."""
        added = self._actors_added
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self._actors_added = added
            self._roles = None
            raise

    def _migrate(self) -> None:
        with self.transaction() as db:
            db.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                       "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)")
            done = {row[0] for row in db.execute("SELECT version FROM schema_migrations")}
            for version, description, sql in MIGRATIONS:
                if version in done:
                    continue
                for statement in _split_sql(sql):
                    db.execute(statement)
                if version == ACTOR_OLD_SLUGS_SCHEMA:
                    _transliterate_actor_ids(db)
                db.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, description, _now()))

    def _check_version(self) -> None:
        try:
            version = self.conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0]
        except sqlite3.OperationalError as err:
            raise StoreError(f"{self.path} is not an onrecord store (no schema_migrations table)") from err
        if version is None or version > MIGRATIONS[-1][0]:
            raise StoreError(f"{self.path} has schema version {version}; this onrecord knows up to "
                             f"{MIGRATIONS[-1][0]}: upgrade onrecord")

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0])

    # -- writing --------------------------------------------------------------------------------

    def has_article(self, digest: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (digest,)).fetchone() is not None

    def article_status(self, digest: str) -> str | None:
        """'analysed' or 'skipped' for the article stored with this content hash; None when there is none."""
        row = self.conn.execute("SELECT status FROM articles WHERE content_hash = ?", (digest,)).fetchone()
        return None if row is None else str(row[0])

    def record_error(self, source: str, reason: str, *, stage: str = "read", exception: str | None = None) -> None:
        """Why ``source`` (a file, or a record in one) could not be read, analysed or stored."""
        now = _now()
        with self.transaction() as db:
            db.execute("INSERT INTO errors (source, reason, first_seen, stage, exception, last_seen) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source, reason) DO UPDATE SET last_seen = ?",
                       (safe_text(source), safe_text(reason), now, stage, exception, now, now))

    def clear_errors(self, source: str) -> None:
        """An input stored at last keeps no error from an earlier run."""
        with self.transaction():
            self._clear_errors(source)

    def _clear_errors(self, source: str) -> None:
        self.conn.execute("DELETE FROM errors WHERE source = ?", (safe_text(source),))

    def loaded_actors(self, digest: str) -> bool:
        """Whether the actors file of this digest (``add_known_actors(..., digest=)``) is in the store."""
        return self.conn.execute("SELECT 1 FROM store_counts WHERE name = ?",
                                 (_ACTORS_FILE + digest,)).fetchone() is not None

    def add_known_actors(self, known: Iterable[KnownActor], *, digest: str | None = None) -> int:
        """Load an actors file's entries (idempotent); returns how many actors it described. With ``digest``
        (of the file and of the code that reads it), the store remembers the file as loaded, in the same
        transaction, so that the next run with it reads none of it again (``loaded_actors``)."""
        count = 0
        with self.transaction() as db:
            for entry in known:
                count += 1
                actor_id = self.actor_by_key(actor_key(entry.name, entry.type), entry.name, entry.type)
                db.execute("UPDATE actors SET name = ?, type = ?, from_file = 1, source = ? WHERE id = ?",
                           (entry.name, entry.type, entry.source, actor_id))
                for alias in (entry.name, *entry.aliases):
                    self.add_alias(actor_id, alias, entry.type)
                for role in entry.roles:
                    db.execute(
                        "INSERT OR IGNORE INTO actor_roles (actor_id, title, country, nouns, start_date, end_date) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        (actor_id, role.title, role.country, json.dumps(list(role.nouns)),
                         role.start.isoformat() if role.start else None,
                         role.end.isoformat() if role.end else None))
            if digest is not None:
                db.execute("INSERT OR REPLACE INTO store_counts (name, n) VALUES (?, ?)",
                           (_ACTORS_FILE + digest, count))
        self._roles = None
        return count

    def save_article(self, item: TextInput, article: Article | None, *, digest: str, pipeline_version: str,
                     language: str | None, skipped: str | None = None) -> Saved:
        """Store one article with everything extracted from it, in one transaction.

        ``article`` is None for a skipped article (``skipped`` says why): it is
        recorded, so the next run does not look at it again, but not analysed.
        """
        with self.transaction() as db:
            row = db.execute("SELECT id, slug FROM articles WHERE content_hash = ?", (digest,)).fetchone()
            if row is not None:  # a concurrent ingest into the same store got there first
                return Saved(int(row["id"]), row["slug"], 0, 0, already=True)
            if item.source is not None:
                self._clear_errors(item.source)
            slug, holder = self._free_slug(item.id or item.source or "article", digest)
            cursor = db.execute(
                "INSERT INTO articles (slug, content_hash, status, status_reason, text, title, url, outlet, author, "
                "published, language, source, pipeline_version, ingested_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                # status_reason: why a skipped article was not analysed, or the doubt an analysed one was read with
                # (a page that may be truncated), which `show` and the reader print
                (slug, digest, "skipped" if skipped else "analysed", skipped or item.warning, safe_text(item.text),
                 *(safe_text(v) if v is not None else None for v in (item.title, item.url, item.outlet, item.author)),
                 item.published, language, safe_text(item.source) if item.source is not None else None,
                 None if skipped else pipeline_version, _now()))
            article_id = int(cursor.lastrowid or 0)
            if article is None:
                return Saved(article_id, slug, 0, 0, id_of=holder)
            before = self._actors_added
            self._write_analysis(article_id, article, item.published, digest)
            return Saved(article_id, slug, len(article.statements), self._actors_added - before, id_of=holder)

    def update_metadata(self, digest: str, item: TextInput) -> bool:
        """Set the stored article's published, outlet, title, author and url where ``item`` has them and
        they differ; True when anything changed. Statements keep their actors: a role resolved by date
        ("the prime minister") is not re-resolved (`onrecord reprocess --all` does that)."""
        values = {k: getattr(item, k) for k in ("published", "outlet", "title", "author", "url")}
        values = {k: safe_text(v) for k, v in values.items() if v}
        if not values:
            return False
        sets = ", ".join(f"{k} = ?" for k in values)
        differs = " OR ".join(f"{k} IS NOT ?" for k in values)
        with self.transaction() as db:
            old = db.execute("SELECT id, title, text FROM articles WHERE content_hash = ?", (digest,)).fetchone()
            cursor = db.execute(f"UPDATE articles SET {sets} WHERE content_hash = ? AND ({differs})",
                                (*values.values(), digest, *values.values()))
            if cursor.rowcount and "title" in values and old["title"] != values["title"]:
                # The full-text index has triggers for insert and delete only: a new title is swapped by hand.
                db.execute("INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)",
                           (old["id"], old["title"], old["text"]))
                db.execute("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                           (old["id"], values["title"], old["text"]))
        return cursor.rowcount > 0

    def replace_analysis(self, article_id: int, article: Article, pipeline_version: str) -> int:
        """Swap an article's statements and mentions for a new extraction (``onrecord reprocess``), and group its
        events (and those that had joined its old ones) again, in the same transaction: regrouped in a second
        one, a run killed between the two left events grouped under deleted ids for good, since the rerun finds
        the article at the current version and passes it over (break15)."""
        with self.transaction() as db:
            row = db.execute("SELECT published, content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
            db.execute("DELETE FROM statements WHERE article_id = ?", (article_id,))
            db.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
            db.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
            self._write_analysis(article_id, article, row["published"], row["content_hash"])
            db.execute("UPDATE articles SET pipeline_version = ?, status = 'analysed' WHERE id = ?",
                       (pipeline_version, article_id))
            db.execute("DELETE FROM quotes WHERE id NOT IN (SELECT quote_id FROM statements "
                       "WHERE quote_id IS NOT NULL)")
            if self.schema_version >= EVENTS_SCHEMA:
                from onrecord.store import events

                events.regroup_events(db, [article_id])
        return len(article.statements)

    def analysed_article_ids(self, *, unless_version: str | None = None) -> list[int]:
        """Analysed articles in the order stored; with ``unless_version``, those another pipeline analysed."""
        where = "" if unless_version is None else "AND (pipeline_version IS NULL OR pipeline_version != ?)"
        params = () if unless_version is None else (unless_version,)
        return [int(r[0]) for r in self.conn.execute(
            f"SELECT id FROM articles WHERE status = 'analysed' {where} ORDER BY id", params)]

    def stored_input(self, article_id: int) -> TextInput:
        """A stored article as the input it was analysed from (its row id as the id), to analyse again."""
        row = self.conn.execute("SELECT source, text, published FROM articles WHERE id = ?", (article_id,)).fetchone()
        return TextInput(id=str(article_id), source=row["source"], text=row["text"], published=row["published"])

    def _free_slug(self, wanted: str, digest: str) -> tuple[str, str | None]:
        """The id to store an article under, and, when the one it asks for is taken, where the holder came from."""
        slug = _slugify(wanted, keep="._")
        taken = self.conn.execute("SELECT slug, source FROM articles WHERE slug = ?", (slug,)).fetchone()
        if taken is None:
            return slug, None
        return f"{slug}-{digest[:8]}", str(taken["source"] or taken["slug"])

    def _write_analysis(self, article_id: int, article: Article, published: str | None, digest: str) -> None:
        """``digest`` is the stored article's content hash, which statement keys are made from."""
        day = _parse_day(published)
        linker = CorpusLinker(self)  # the decisions are resolve's; this store answers its questions
        corpus_ids: dict[str, int] = {}
        # the words the article writes in lower case, alone ("led" of "Trump-led" is none): a name has none
        lower_words = frozenset(re.findall(r"(?<![\w'’-])[a-z][a-z'’]*(?![\w-])", article.text))
        for actor in article.actors:
            corpus_ids[actor.id] = linker.actor(actor, _surname_evidence(article, actor), day, article.actors,
                                                gendered=_gendered(article, actor), lower_words=lower_words)
            for mention in actor.mentions:
                self.conn.execute(
                    "INSERT OR IGNORE INTO mentions (article_id, start_offset, end_offset, actor_id, text) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (article_id, mention.start, mention.end, corpus_ids[actor.id],
                     article.text[mention.start:mention.end]))
        corpus_ids = {key: linker.live(actor_id) for key, actor_id in corpus_ids.items()}
        with_continues = self.schema_version >= CONTINUES_SCHEMA  # a store migrated only so far has no column
        for position, statement in enumerate(article.statements):
            actor_id = corpus_ids.get(statement.actor.id) if statement.actor else None
            if statement.actor is not None and actor_id is None:  # an actor with no mention of its own
                actor_id = corpus_ids[statement.actor.id] = linker.actor(statement.actor, article_actors=article.actors)
            resolution = statement.resolution
            if actor_id is None and statement.speaker is not None:
                actor_id = linker.role_holder(statement.speaker.text, day)
                resolution = "role" if actor_id is not None else resolution
            self._insert_statement(article_id, position, statement, actor_id, resolution, digest, linker,
                                   with_continues)
        if self.schema_version >= MEMBERS_SCHEMA:
            self._write_members(article, corpus_ids)
        if article.events and self.schema_version >= EVENTS_SCHEMA:  # a store migrated only so far has no events
            from onrecord.store.events import write_events

            write_events(self.conn, article_id, article,
                         lambda a: corpus_ids.get(a.id) or linker.actor(a, article_actors=article.actors), digest)

    def _write_members(self, article: Article, corpus_ids: dict[str, int]) -> None:
        """Each group named after its members ("Emmanuel Macron and Olaf Scholz") and its members, as corpus
        actors, so that a search by a member finds what the group said."""
        groups = {a.id: a for a in article.actors if a.members}
        groups.update((s.actor.id, s.actor) for s in article.statements if s.actor is not None and s.actor.members)
        rows = [(corpus_ids[g.id], corpus_ids[m]) for g in groups.values() if g.id in corpus_ids
                for m in g.members if m in corpus_ids and corpus_ids[m] != corpus_ids[g.id]]
        self.conn.executemany("INSERT OR IGNORE INTO actor_members (group_id, member_id) VALUES (?, ?)", rows)

    def _insert_statement(self, article_id: int, position: int, s: Statement, actor_id: int | None,
                          resolution: str, digest: str, linker: CorpusLinker, with_continues: bool) -> None:
        quote_id = linker.quote(actor_id, s.content.text) if actor_id is not None else None
        values = {**statement_columns(s), "article_id": article_id, "position": position, "actor_id": actor_id,
                  "resolution": resolution, "quote_id": quote_id, "key": statement_key(digest, s)}
        if with_continues:
            values["continues"] = s.continues
        if not with_continues or self.schema_version < SAID_SCHEMA:
            values = {k: v for k, v in values.items() if not k.startswith("said")}
        if self.schema_version < REPORTED_SCHEMA:
            values = {k: v for k, v in values.items() if not k.startswith("reported")}
        cursor = self.conn.execute(f"INSERT INTO statements ({', '.join(values)}) "
                                   f"VALUES ({', '.join('?' * len(values))})", tuple(values.values()))
        own = self.schema_version >= REPORTED_SCHEMA  # a store migrated only so far has no column
        for tag in s.issues or ():
            self.conn.execute(
                "INSERT OR REPLACE INTO statement_issues (statement_id, taxonomy, issue, stance, score, "
                f"evidence_start, evidence_end, evidence{', own' if own else ''}) "
                f"VALUES (?, ?, ?, ?, ?, ?, ?, ?{', ?' if own else ''})",
                (cursor.lastrowid, tag.taxonomy, tag.id, tag.stance, tag.score, tag.evidence.start,
                 tag.evidence.end, tag.evidence.text, *((int(tag.own),) if own else ())))

    # -- actors across articles: the questions resolve.linking.CorpusLinker asks (ActorRepository) ---------

    def actors_with_alias(self, alias_key: str) -> list[int]:
        return [int(r[0]) for r in self.conn.execute(
            "SELECT DISTINCT actor_id FROM actor_aliases WHERE alias_key = ? ORDER BY actor_id", (alias_key,))]

    def described_actors(self, ids: Sequence[int]) -> list[int]:
        rows = self.conn.execute(f"SELECT id FROM actors WHERE id IN ({','.join('?' * len(ids))}) "
                                 "AND type IN ('group', 'unnamed') ORDER BY id", tuple(ids))
        return [int(r[0]) for r in rows]

    def preferred_actor(self, ids: Sequence[int], key: str) -> int:
        row = self.conn.execute(
            f"SELECT id FROM actors WHERE id IN ({','.join('?' * len(ids))}) "
            "ORDER BY key = ? DESC, from_file DESC, id LIMIT 1", (*ids, key)).fetchone()
        return int(row[0])

    def person_with_key(self, key: str, *, from_file: bool | None = None) -> int | None:
        sql = "SELECT id FROM actors WHERE key = ? AND type = 'person'"
        params: tuple[object, ...] = (key,)
        if from_file is not None:
            sql, params = sql + " AND from_file = ?", (key, int(from_file))
        row = self.conn.execute(sql, params).fetchone()
        return int(row[0]) if row else None

    def people_named(self, first: str, last: str) -> list[tuple[int, str]]:
        rows = self.conn.execute("SELECT id, key FROM actors WHERE type = 'person' AND key LIKE ? ESCAPE '\\'",
                                 (f"{like_escaped(first)} % {like_escaped(last)}",))
        return [(int(r[0]), str(r[1])) for r in rows]

    def people_with_surname(self, surname: str) -> list[int]:
        """Stored people whose family name is ``surname`` ("trump"; "lai" for "lai ching-te")."""
        return [i for i, _key, _file in self.namesakes(surname)]

    def namesakes(self, surname: str) -> list[tuple[int, str, bool]]:
        if self._namesakes is not None:  # inside join_surnames
            if surname not in self._namesakes:
                self._namesakes[surname] = self._stored_namesakes(surname)
            return self._namesakes[surname]
        return self._stored_namesakes(surname)

    def _stored_namesakes(self, surname: str) -> list[tuple[int, str, bool]]:
        escaped = like_escaped(surname)
        rows = self.conn.execute(
            "SELECT id, key, from_file FROM actors WHERE type = 'person' "
            "AND (key LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\')", (f"% {escaped}", f"{escaped} %"))
        return [(int(r[0]), str(r[1]), bool(r[2])) for r in rows if surname_of(r[1]) == surname]

    def actor_by_key(self, key: str, name: str, actor_type: str) -> int:
        row = self.conn.execute("SELECT id FROM actors WHERE key = ?", (key,)).fetchone()
        if row:
            return int(row[0])
        name = clean_name(name)  # the name shown, without the invisible characters the key leaves out
        slug = _slugify(name)
        if self.conn.execute("SELECT 1 FROM actors WHERE slug = ?", (slug,)).fetchone():
            slug = f"{slug}-{hashlib.sha1(key.encode()).hexdigest()[:6]}"
        cursor = self.conn.execute("INSERT INTO actors (key, slug, name, type) VALUES (?, ?, ?, ?)",
                                   (key, slug, name, actor_type))
        actor_id = int(cursor.lastrowid or 0)
        self._actors_added += 1
        self.conn.execute("INSERT OR IGNORE INTO actor_aliases (alias_key, actor_id, alias) VALUES (?, ?, ?)",
                          (key, actor_id, name))
        return actor_id

    def set_part_of(self, actor_id: int, state_id: int) -> None:
        self.conn.execute("UPDATE actors SET part_of = ? WHERE id = ? AND part_of IS NULL", (state_id, actor_id))

    def set_type(self, actor_id: int, actor_type: str, *, only_from: str) -> None:
        self.conn.execute("UPDATE actors SET type = ? WHERE id = ? AND type = ? AND from_file = 0",
                          (actor_type, actor_id, only_from))

    def add_alias(self, actor_id: int, alias: str, actor_type: str) -> None:
        # "Donald Trump’s" is "Donald Trump", "The Associated Press'" "The Associated Press"
        alias = re.sub(r"(?:['’]s|(?<=s)['’])$", "", " ".join(alias.split()))
        self.conn.execute("INSERT OR IGNORE INTO actor_aliases (alias_key, actor_id, alias) VALUES (?, ?, ?)",
                          (actor_key(alias, actor_type), actor_id, alias.strip()))

    def merge_actor(self, old: int, into: int) -> None:
        # Every row that names the old actor moves to the new one: a reference left behind (an event's
        # participant, an institution's state) fails the DELETE below and loses the whole article.
        for table in ("statements", "mentions", "quotes", "event_participants"):
            self.conn.execute(f"UPDATE {table} SET actor_id = ? WHERE actor_id = ?", (into, old))
        self.conn.execute("UPDATE actors SET part_of = ? WHERE part_of = ?", (into, old))
        self.conn.execute("UPDATE OR IGNORE actor_aliases SET actor_id = ? WHERE actor_id = ?", (into, old))
        self.conn.execute("UPDATE actor_old_slugs SET actor_id = ? WHERE actor_id = ?", (into, old))
        if self.schema_version >= MEMBERS_SCHEMA:
            for column in ("group_id", "member_id"):
                self.conn.execute(f"UPDATE OR IGNORE actor_members SET {column} = ? WHERE {column} = ?", (into, old))
            self.conn.execute("DELETE FROM actor_members WHERE ? IN (group_id, member_id)", (old,))
        self.conn.execute("DELETE FROM actors WHERE id = ?", (old,))
        self._actors_added -= 1

    def join_surnames(self) -> int:
        """Issue 12: one actor per person across a corpus. Each article's bare-surname person ("Obama") whose
        evidence fits exactly one person stored in full (``CorpusLinker.namesake``) moves to that person: its
        statements, mentions and event participants; a bare actor left with nothing goes. For a store built
        before the rule, or a bare surname stored before its full name; returns the articles moved."""
        moved = 0
        # The people of each surname, read once for the whole pass (no move creates or retypes a person): they
        # were read again for every article of the surname, a scan of the actors each time.
        self._namesakes = {}
        with self.transaction() as db:
            linker = CorpusLinker(self)
            bare = db.execute("SELECT id, key FROM actors WHERE type = 'person' AND from_file = 0 "
                              "AND key NOT LIKE '% %'").fetchall()
            for actor_id, key in bare:
                for article_id, text, published in db.execute(
                        "SELECT id, text, published FROM articles WHERE id IN (SELECT article_id FROM mentions "
                        "WHERE actor_id = ? UNION SELECT article_id FROM statements WHERE actor_id = ?)",
                        (actor_id, actor_id)).fetchall():
                    # "+actor_id": the article's mentions through the primary key. Left to itself SQLite read
                    # the actor's (mentions_actor) and kept this article's: every mention of a surname in the
                    # store once per article of it, 200 s of a one-article ingest at 100,000 articles.
                    spans = db.execute("SELECT start_offset, end_offset FROM mentions WHERE article_id = ? "
                                       "AND +actor_id = ?", (article_id, actor_id)).fetchall()
                    pronouns = [r[0] for r in db.execute(
                        "SELECT speaker FROM statements WHERE article_id = ? AND actor_id = ? AND resolution = "
                        "'pronoun' AND speaker IS NOT NULL", (article_id, actor_id))]
                    evidence = surname_evidence(text, [(int(a), int(b)) for a, b in spans], pronouns)
                    found, _ = linker.namesake(str(key), evidence, _parse_day(published))
                    if found is not None and found != actor_id:
                        self._move_article_actor(article_id, int(actor_id), found, linker)
                        moved += 1
                self._drop_if_unused(int(actor_id))
        self._namesakes = None
        return moved

    def _move_article_actor(self, article_id: int, old: int, new: int, linker: CorpusLinker) -> None:
        """One article's statements, mentions and event participants of actor ``old`` become ``new``'s; each
        statement's quote is found again among ``new``'s."""
        db = self.conn
        rows = db.execute("SELECT id, content FROM statements WHERE article_id = ? AND actor_id = ?",
                          (article_id, old)).fetchall()
        for statement_id, content in rows:
            db.execute("UPDATE statements SET actor_id = ?, quote_id = ? WHERE id = ?",
                       (new, linker.quote(new, content), statement_id))
        db.execute("UPDATE OR IGNORE mentions SET actor_id = ? WHERE article_id = ? AND actor_id = ?",
                   (new, article_id, old))
        if self.schema_version >= EVENTS_SCHEMA:
            db.execute("UPDATE event_participants SET actor_id = ? WHERE actor_id = ? AND event_id IN "
                       "(SELECT id FROM events WHERE article_id = ?)", (new, old, article_id))

    def _drop_if_unused(self, actor_id: int) -> None:
        """An actor no statement, mention or event names any more goes, with its quotes and aliases."""
        db = self.conn
        # Each of the actor's quotes tested through statements_quote (NOT IN listed every quoted statement of the
        # store first: 70 ms a time at 100,000 articles).
        db.execute("DELETE FROM quotes WHERE actor_id = ? AND NOT EXISTS "
                   "(SELECT 1 FROM statements s WHERE s.quote_id = quotes.id)", (actor_id,))
        used = db.execute(
            "SELECT EXISTS (SELECT 1 FROM statements WHERE actor_id = ?) OR EXISTS (SELECT 1 FROM mentions "
            "WHERE actor_id = ?) OR EXISTS (SELECT 1 FROM quotes WHERE actor_id = ?) OR EXISTS (SELECT 1 FROM "
            "actors WHERE part_of = ?)", (actor_id, actor_id, actor_id, actor_id)).fetchone()[0]
        if not used and self.schema_version >= EVENTS_SCHEMA:
            used = db.execute("SELECT 1 FROM event_participants WHERE actor_id = ?", (actor_id,)).fetchone()
        if not used:
            db.execute("DELETE FROM actors WHERE id = ?", (actor_id,))

    def roles(self) -> list[tuple[int, Role]]:
        if self._roles is None:  # read once; loading an actors file or a rollback forgets them
            self._roles = [
                (int(r["actor_id"]), Role(r["title"], r["country"], tuple(json.loads(r["nouns"])),
                                          _parse_day(r["start_date"]), _parse_day(r["end_date"])))
                for r in self.conn.execute("SELECT * FROM actor_roles")
            ]
        return self._roles

    def quote_candidates(self, actor_id: int, hashes: Collection[int]) -> list[tuple[int, int, int]]:
        """The actor's quotes sharing most of ``hashes`` (at most 20): (id, shingle count, shingles shared),
        most shared first, ties by id.

        Each shingle's quotes are read to at most ``_SHINGLE_QUOTES`` (oldest first), so the work per statement
        is bounded: a transcript whose speaker repeats a formula ("... before the vote on the harbour plan") put
        every earlier quote behind each shingle, and storing its article was quadratic (5,200 statements: 12.8 s
        of CPU in one transaction, the store's write lock held 87 s on a busy machine; 2,600: 3.2 s). A shingle
        that many quotes share says little of which one this is; where one was cut short, the counts of the
        candidates found are taken again in full. From the shingles first: left to itself SQLite walked every
        quote of the actor and probed each one's shingles (140 ms a statement at 100,000 articles)."""
        shared: Counter[int] = Counter()
        cut = False
        for digest in hashes:
            rows = self.conn.execute(
                "SELECT s.quote_id, q.actor_id = ? FROM (SELECT quote_id FROM quote_shingles WHERE hash = ? LIMIT ?) s "
                "CROSS JOIN quotes q ON q.id = s.quote_id",
                (actor_id, digest, _SHINGLE_QUOTES + 1)).fetchall()
            cut = cut or len(rows) > _SHINGLE_QUOTES
            shared.update(int(r[0]) for r in rows[:_SHINGLE_QUOTES] if r[1])
        top = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:20]
        if cut:  # a shingle's list was cut: the candidates' counts in full
            marks = ",".join("?" * len(hashes))
            top = sorted(((quote_id, int(self.conn.execute(
                f"SELECT COUNT(*) FROM quote_shingles WHERE hash IN ({marks}) AND quote_id = ?",
                (*hashes, quote_id)).fetchone()[0])) for quote_id, _ in top), key=lambda kv: (-kv[1], kv[0]))
        sizes = dict(self.conn.execute(
            f"SELECT id, shingle_count FROM quotes WHERE id IN ({','.join('?' * len(top))})",
            [quote_id for quote_id, _ in top]).fetchall()) if top else {}
        return [(quote_id, int(sizes[quote_id]), common) for quote_id, common in top]

    def add_quote(self, actor_id: int, norm_text: str, hashes: Collection[int]) -> int:
        cursor = self.conn.execute("INSERT INTO quotes (actor_id, norm_text, shingle_count) VALUES (?, ?, ?)",
                                   (actor_id, norm_text, len(hashes)))
        quote_id = int(cursor.lastrowid or 0)
        self.conn.executemany("INSERT OR IGNORE INTO quote_shingles (hash, quote_id) VALUES (?, ?)",
                              [(h, quote_id) for h in hashes])
        return quote_id


def _surname_evidence(article: Article, actor: Actor) -> SurnameEvidence | None:
    """What the article says of the person behind a bare surname (``CorpusLinker.namesake``); None for others."""
    if actor.type not in ("person", "organization") or " " in actor_key(as_written(actor).name, actor.type):
        return None
    pronouns = [s.speaker.text for s in article.statements
                if s.actor is not None and s.actor.id == actor.id and s.resolution == "pronoun" and s.speaker]
    return surname_evidence(article.text, [(m.start, m.end) for m in actor.mentions], pronouns)


def _gendered(article: Article, actor: Actor) -> bool:
    """The article calls the actor "he" or "she" somewhere: a person, whatever the recogniser's type."""
    return any(pronoun_gender(article.text[m.start:m.end]) is not None for m in actor.mentions)


def _parse_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _split_sql(script: str) -> list[str]:
    """Statements of a migration script; trigger bodies keep their inner semicolons."""
    out: list[str] = []
    current: list[str] = []
    for line in script.splitlines():
        if line.strip().startswith("--") or not line.strip():
            continue
        current.append(line)
        joined = "\n".join(current)
        if joined.rstrip().endswith(";") and sqlite3.complete_statement(joined):
            out.append(joined)
            current = []
    return out
