"""The store's schema as numbered migrations.

Each migration runs once, inside the transaction that records it in
``schema_migrations``, so a store opened by a newer onrecord is upgraded in
place and a crash mid-upgrade leaves the old version intact.

The core tables use only portable SQL (INTEGER/TEXT/REAL columns, ISO dates as
TEXT, explicit foreign keys), so a PostgreSQL dialect needs only its own
identity columns and full-text search. Full-text search is SQLite FTS5 here and
lives in its own migrations, kept apart for that reason.
"""

from __future__ import annotations

CORE_V1 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,             -- the id users type: file name, URL path or JSONL id
    content_hash TEXT NOT NULL UNIQUE,     -- sha256 of text: the same article is stored once
    status TEXT NOT NULL,                  -- 'analysed' | 'skipped'
    status_reason TEXT,                    -- why skipped (another language, ...)
    text TEXT NOT NULL,                    -- exactly the string every offset below indexes
    title TEXT,
    url TEXT,
    outlet TEXT,
    author TEXT,
    published TEXT,                        -- ISO date
    language TEXT,
    source TEXT,                           -- file, file#warc-offset or file:line
    pipeline_version TEXT,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet ON articles (outlet);

CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,              -- resolve.corpus.actor_key: one per real actor
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    from_file INTEGER NOT NULL DEFAULT 0,  -- described by an actors file
    source TEXT                            -- where the file's facts come from
);

CREATE TABLE actor_aliases (
    alias_key TEXT NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    alias TEXT NOT NULL,                   -- as written: "Donald J. Trump", "President Trump"
    PRIMARY KEY (actor_id, alias)
);
CREATE INDEX actor_aliases_key ON actor_aliases (alias_key);

CREATE TABLE actor_roles (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    country TEXT,
    nouns TEXT NOT NULL,                   -- JSON list of role nouns
    start_date TEXT,
    end_date TEXT,
    UNIQUE (actor_id, title, start_date)
);

CREATE TABLE mentions (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors (id),
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, start_offset, end_offset)
);
CREATE INDEX mentions_actor ON mentions (actor_id);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER REFERENCES actors (id),
    norm_text TEXT NOT NULL,
    shingle_count INTEGER NOT NULL
);
CREATE INDEX quotes_actor ON quotes (actor_id);

CREATE TABLE quote_shingles (
    hash INTEGER NOT NULL,
    quote_id INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    PRIMARY KEY (hash, quote_id)
);

CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    content TEXT NOT NULL,
    cue_start INTEGER,
    cue_end INTEGER,
    cue TEXT,
    cue_lemma TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker TEXT,
    actor_id INTEGER REFERENCES actors (id),
    resolution TEXT NOT NULL,
    act TEXT NOT NULL,
    hedged INTEGER NOT NULL,
    negated INTEGER NOT NULL,
    confidence REAL NOT NULL,
    quote_id INTEGER REFERENCES quotes (id),
    UNIQUE (article_id, position)
);
CREATE INDEX statements_actor ON statements (actor_id);
CREATE INDEX statements_quote ON statements (quote_id);
CREATE INDEX statements_act ON statements (act);

CREATE TABLE errors (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    UNIQUE (source, reason)                -- a resumed run records nothing twice
);
"""

FTS_V2 = """
CREATE VIRTUAL TABLE statements_fts USING fts5 (
    content, speaker, content='statements', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts (rowid, content, speaker) VALUES (new.id, new.content, new.speaker);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, content, speaker)
    VALUES ('delete', old.id, old.content, old.speaker);
END;
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
"""

ERRORS_V3 = """
ALTER TABLE errors ADD COLUMN stage TEXT NOT NULL DEFAULT 'read';
ALTER TABLE errors ADD COLUMN exception TEXT;
ALTER TABLE errors ADD COLUMN last_seen TEXT;
"""

PART_OF_V4 = """
ALTER TABLE actors ADD COLUMN part_of INTEGER REFERENCES actors (id);
CREATE INDEX actors_part_of ON actors (part_of);
"""

CUE_CLASS_V5 = """
ALTER TABLE statements ADD COLUMN cue_class TEXT;
"""

STATEMENT_KEY_V6 = """
ALTER TABLE statements ADD COLUMN key TEXT;
CREATE INDEX statements_key ON statements (key);
"""

STATEMENT_ISSUES_V7 = """
CREATE TABLE statement_issues (
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    taxonomy TEXT NOT NULL,                -- the taxonomy's name: a store may hold several
    issue TEXT NOT NULL,                   -- the issue's id in that taxonomy
    stance TEXT NOT NULL,                  -- support | oppose | open | unclear
    score REAL NOT NULL,
    evidence_start INTEGER NOT NULL,       -- the words of the statement that matched the issue
    evidence_end INTEGER NOT NULL,
    evidence TEXT NOT NULL,
    PRIMARY KEY (statement_id, taxonomy, issue)
);
CREATE INDEX statement_issues_issue ON statement_issues (issue, stance);
"""

# Counts kept by triggers, so every write path (ingest, reprocess, the merge of a bare surname
# into a full name, which UPDATEs statements.actor_id) keeps them right without the Python code
# knowing. A statement is counted as "removed from (old actor, old article, old quote), added to
# (new ...)": the EXISTS checks exclude the row itself, so an UPDATE that changes nothing nets zero.
# The pages read these instead of GROUP BY over every statement (287 ms on 10,080 articles).
COUNTS_V8 = """
ALTER TABLE actors ADD COLUMN n_statements INTEGER NOT NULL DEFAULT 0;
ALTER TABLE actors ADD COLUMN n_articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE actors ADD COLUMN n_quotes INTEGER NOT NULL DEFAULT 0;
CREATE INDEX statements_actor_article ON statements (actor_id, article_id);
CREATE INDEX statements_actor_quote ON statements (actor_id, quote_id);
UPDATE actors SET
    n_statements = (SELECT COUNT(*) FROM statements s WHERE s.actor_id = actors.id),
    n_articles = (SELECT COUNT(DISTINCT s.article_id) FROM statements s WHERE s.actor_id = actors.id),
    n_quotes = (SELECT COUNT(DISTINCT s.quote_id) FROM statements s WHERE s.actor_id = actors.id);
-- The actors list and the home page: most quoted first, read in index order.
CREATE INDEX actors_most_quoted ON actors (n_statements DESC, name);
CREATE INDEX actors_name_nocase ON actors (name COLLATE NOCASE);
-- The article lists: newest first, undated last (the ORDER BY of queries.articles, as an index).
CREATE INDEX articles_newest ON articles (status, published IS NULL, published DESC, id DESC);
CREATE INDEX articles_oldest ON articles (status, published IS NULL, published, id);
CREATE INDEX articles_outlet_newest ON articles (outlet COLLATE NOCASE, status, published IS NULL,
                                                 published DESC, id DESC);

CREATE TRIGGER statements_count_insert AFTER INSERT ON statements WHEN new.actor_id IS NOT NULL BEGIN
    UPDATE actors SET n_statements = n_statements + 1,
        n_articles = n_articles + NOT EXISTS (SELECT 1 FROM statements s WHERE s.actor_id = new.actor_id
            AND s.article_id = new.article_id AND s.id != new.id),
        n_quotes = n_quotes + (new.quote_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM statements s
            WHERE s.actor_id = new.actor_id AND s.quote_id = new.quote_id AND s.id != new.id))
    WHERE id = new.actor_id;
END;
CREATE TRIGGER statements_count_delete AFTER DELETE ON statements WHEN old.actor_id IS NOT NULL BEGIN
    UPDATE actors SET n_statements = n_statements - 1,
        n_articles = n_articles - NOT EXISTS (SELECT 1 FROM statements s WHERE s.actor_id = old.actor_id
            AND s.article_id = old.article_id AND s.id != old.id),
        n_quotes = n_quotes - (old.quote_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM statements s
            WHERE s.actor_id = old.actor_id AND s.quote_id = old.quote_id AND s.id != old.id))
    WHERE id = old.actor_id;
END;
CREATE TRIGGER statements_count_update AFTER UPDATE OF actor_id, article_id, quote_id ON statements BEGIN
    UPDATE actors SET n_statements = n_statements - 1,
        n_articles = n_articles - NOT EXISTS (SELECT 1 FROM statements s WHERE s.actor_id = old.actor_id
            AND s.article_id = old.article_id AND s.id != old.id),
        n_quotes = n_quotes - (old.quote_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM statements s
            WHERE s.actor_id = old.actor_id AND s.quote_id = old.quote_id AND s.id != old.id))
    WHERE id = old.actor_id;
    UPDATE actors SET n_statements = n_statements + 1,
        n_articles = n_articles + NOT EXISTS (SELECT 1 FROM statements s WHERE s.actor_id = new.actor_id
            AND s.article_id = new.article_id AND s.id != new.id),
        n_quotes = n_quotes + (new.quote_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM statements s
            WHERE s.actor_id = new.actor_id AND s.quote_id = new.quote_id AND s.id != new.id))
    WHERE id = new.actor_id;
END;

-- Overall counts for the home page: one row per name, kept by triggers.
CREATE TABLE store_counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO store_counts VALUES
    ('analysed', (SELECT COUNT(*) FROM articles WHERE status = 'analysed')),
    ('skipped', (SELECT COUNT(*) FROM articles WHERE status = 'skipped')),
    ('statements', (SELECT COUNT(*) FROM statements)),
    ('actors', (SELECT COUNT(*) FROM actors)),
    ('quoted_actors', (SELECT COUNT(*) FROM actors WHERE n_statements > 0)),
    ('quotes', (SELECT COUNT(*) FROM quotes)),
    ('errors', (SELECT COUNT(*) FROM errors));
CREATE TRIGGER count_articles_insert AFTER INSERT ON articles BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = new.status;
END;
CREATE TRIGGER count_articles_delete AFTER DELETE ON articles BEGIN
    UPDATE store_counts SET n = n - 1 WHERE name = old.status;
END;
CREATE TRIGGER count_articles_status AFTER UPDATE OF status ON articles BEGIN
    UPDATE store_counts SET n = n - 1 WHERE name = old.status;
    UPDATE store_counts SET n = n + 1 WHERE name = new.status;
END;
CREATE TRIGGER count_statements_insert AFTER INSERT ON statements BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'statements';
END;
CREATE TRIGGER count_statements_delete AFTER DELETE ON statements BEGIN
    UPDATE store_counts SET n = n - 1 WHERE name = 'statements';
END;
CREATE TRIGGER count_actors_insert AFTER INSERT ON actors BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'actors';
    UPDATE store_counts SET n = n + 1 WHERE name = 'quoted_actors' AND new.n_statements > 0;
END;
CREATE TRIGGER count_actors_delete AFTER DELETE ON actors BEGIN
    UPDATE store_counts SET n = n - 1 WHERE name = 'actors';
    UPDATE store_counts SET n = n - 1 WHERE name = 'quoted_actors' AND old.n_statements > 0;
END;
CREATE TRIGGER count_actors_quoted AFTER UPDATE OF n_statements ON actors
WHEN (old.n_statements > 0) != (new.n_statements > 0) BEGIN
    UPDATE store_counts SET n = n + (CASE WHEN new.n_statements > 0 THEN 1 ELSE -1 END)
    WHERE name = 'quoted_actors';
END;
CREATE TRIGGER count_quotes_insert AFTER INSERT ON quotes BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'quotes';
END;
CREATE TRIGGER count_quotes_delete AFTER DELETE ON quotes BEGIN
    UPDATE store_counts SET n = n - 1 WHERE name = 'quotes';
END;
CREATE TRIGGER count_errors_insert AFTER INSERT ON errors BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'errors';
END;
CREATE TRIGGER count_errors_delete AFTER DELETE ON errors BEGIN
    UPDATE store_counts SET n = n - 1 WHERE name = 'errors';
END;
"""

# The same full-text tables, declared with content="table" in double quotes: Datasette finds a table's
# FTS index by that spelling (it reads the CREATE statement), so `datasette news.db` offers a search box
# on statements and articles. Same columns and tokenizer; the index is rebuilt from the tables once.
FTS_DATASETTE_V9 = """
DROP TABLE statements_fts;
CREATE VIRTUAL TABLE statements_fts USING fts5 (
    content, speaker, content="statements", content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO statements_fts (statements_fts) VALUES ('rebuild');
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, content="articles", content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
"""

# Events (resolve/events.py): one row per event per article; the same occasion reported by several articles
# shares ``corpus_event_id`` (the id of the first stored report of it: store/events.py). A single day is
# stored as a range of one day, so date filters are one overlap test.
EVENTS_V10 = """
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    key TEXT NOT NULL,                     -- Event.key: the article's text hash and the first mention
    corpus_event_id INTEGER,               -- the occasion across articles (an events.id)
    type TEXT NOT NULL,                    -- meeting | talks | summit | call | visit | press_conference | ...
    status TEXT NOT NULL,                  -- happened | ongoing | planned | cancelled
    place TEXT,
    place_start INTEGER,
    place_end INTEGER,
    time_text TEXT,                        -- the time expression as written
    time_start INTEGER,
    time_end INTEGER,
    date_first TEXT,                       -- ISO day; equal to date_last for a single day
    date_last TEXT,
    is_range INTEGER NOT NULL DEFAULT 0,
    dated_by TEXT,                         -- text | event | report
    UNIQUE (article_id, key)
);
CREATE INDEX events_corpus ON events (corpus_event_id);
CREATE INDEX events_dates ON events (date_first, date_last);
CREATE INDEX events_type ON events (type, status);
CREATE TABLE event_mentions (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,             -- 0: the fullest mention
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (event_id, position)
);
CREATE TABLE event_participants (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    actor_id INTEGER REFERENCES actors (id),  -- NULL: a name nothing resolved
    name TEXT NOT NULL,
    mention_start INTEGER,
    mention_end INTEGER,
    PRIMARY KEY (event_id, position)
);
CREATE INDEX event_participants_actor ON event_participants (actor_id);
CREATE TABLE event_statements (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    statement_key TEXT NOT NULL,           -- statements.key: kept across reprocessing
    PRIMARY KEY (event_id, statement_key)
);
"""

# A run-on quotation ("“A,” she said. “B.”") is two statements; the second names the first by its key.
# Nullable: every older row continues nothing, so an upgraded store reads as before.
CONTINUES_V11 = """
ALTER TABLE statements ADD COLUMN continues TEXT;
"""

# Ids (slugs) keep accented letters as their base letter ("xanana-gusmao", not "xanana-gusm-o"). A store
# written before has the old ids in its URLs and scripts: the migration gives those actors the new id
# (in Python, ``Store._transliterate_actor_ids``) and keeps each old one here, so it still finds them.
ACTOR_OLD_SLUGS_V12 = """
CREATE TABLE actor_old_slugs (
    slug TEXT PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE
);
CREATE INDEX actor_old_slugs_actor ON actor_old_slugs (actor_id);
"""

# A group named after its members ("Emmanuel Macron and Olaf Scholz": the "they" after "Macron met Scholz") and
# each member: a statement of the group is found under each member too (``Actor.members``).
ACTOR_MEMBERS_V13 = """
CREATE TABLE actor_members (
    group_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, member_id)
) WITHOUT ROWID;
CREATE INDEX actor_members_member ON actor_members (member_id);
"""

# An actor's kept counts take the joint statements of the groups it is a member of (docs/CORPUS.md, "Joint
# statements"), as ``--actor`` lists them: a statement counts for its speaker and, when that is a group, for
# each member. The statement triggers of V8 are replaced by ones that add or take away the statement from the
# speaker and its members (incrementally, as before); a change of a group's members recounts that member.
_CREDITED = "(s.actor_id = actors.id OR s.actor_id IN (SELECT group_id FROM actor_members WHERE member_id = actors.id))"


def _counted_for(speaker: str) -> str:
    return f"(id = {speaker} OR id IN (SELECT member_id FROM actor_members WHERE group_id = {speaker}))"


def _step(row: str, sign: str) -> str:
    """Add (+) or take away (-) statement ``row`` (new or old) from its speaker's and members' counts."""
    return f"""    UPDATE actors SET n_statements = n_statements {sign} 1,
        n_articles = n_articles {sign} NOT EXISTS (SELECT 1 FROM statements s WHERE {_CREDITED}
            AND s.article_id = {row}.article_id AND s.id != {row}.id),
        n_quotes = n_quotes {sign} ({row}.quote_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM statements s
            WHERE {_CREDITED} AND s.quote_id = {row}.quote_id AND s.id != {row}.id))
    WHERE {_counted_for(f"{row}.actor_id")};
"""


def _recount(member: str) -> str:
    return f"""    UPDATE actors SET n_statements = (SELECT COUNT(*) FROM statements s WHERE {_CREDITED}),
        n_articles = (SELECT COUNT(DISTINCT s.article_id) FROM statements s WHERE {_CREDITED}),
        n_quotes = (SELECT COUNT(DISTINCT s.quote_id) FROM statements s WHERE {_CREDITED})
    WHERE id = {member};
"""


JOINT_COUNTS_V14 = f"""
DROP TRIGGER statements_count_insert;
DROP TRIGGER statements_count_delete;
DROP TRIGGER statements_count_update;
CREATE TRIGGER statements_count_insert AFTER INSERT ON statements WHEN new.actor_id IS NOT NULL BEGIN
{_step("new", "+")}END;
CREATE TRIGGER statements_count_delete AFTER DELETE ON statements WHEN old.actor_id IS NOT NULL BEGIN
{_step("old", "-")}END;
CREATE TRIGGER statements_count_update AFTER UPDATE OF actor_id, article_id, quote_id ON statements BEGIN
{_step("old", "-")}{_step("new", "+")}END;
CREATE TRIGGER actor_members_count_insert AFTER INSERT ON actor_members BEGIN
{_recount("new.member_id")}END;
CREATE TRIGGER actor_members_count_delete AFTER DELETE ON actor_members BEGIN
{_recount("old.member_id")}END;
CREATE TRIGGER actor_members_count_update AFTER UPDATE ON actor_members BEGIN
{_recount("old.member_id")}{_recount("new.member_id")}END;
UPDATE actors SET
    n_statements = (SELECT COUNT(*) FROM statements s WHERE {_CREDITED}),
    n_articles = (SELECT COUNT(DISTINCT s.article_id) FROM statements s WHERE {_CREDITED}),
    n_quotes = (SELECT COUNT(DISTINCT s.quote_id) FROM statements s WHERE {_CREDITED})
WHERE id IN (SELECT member_id FROM actor_members);
"""

def _quote_step(row: str, sign: str) -> str:
    """Add (+) or take away (-) statement ``row`` (new or old) from its quote's articles, and set the quote's
    first statement again (the row itself is in the table after an insert or update, gone after a delete)."""
    return f"""    UPDATE quotes SET n_sources = n_sources {sign} NOT EXISTS (SELECT 1 FROM statements s
            WHERE s.quote_id = {row}.quote_id AND s.article_id = {row}.article_id AND s.id != {row}.id),
        first_statement = (SELECT MIN(s.id) FROM statements s WHERE s.quote_id = {row}.quote_id)
    WHERE id = {row}.quote_id;
"""


# Indexes a large store needs (docs/SERVE.md, "A store of 100,000 articles"). The issue index carries the
# statement's id, so an issue's (and stance's) statements are read from the index alone: the filter's
# ``s.id IN (...)`` list, an issue's count and the search form's issue list read no statement_issues row
# (each tagged statement cost a row read: 20 ms a time for 10,000 tagged, several times a request). The
# quote index carries the article, so a quote's sources are counted from it alone (`quotes` groups them).
# Same names: each replaces an index that was its prefix. The events in the order of the events list (latest
# first, undated last), so its pages walk the index to their end rather than group every event of the store.
LARGE_STORE_INDEXES_V15 = """
DROP INDEX statement_issues_issue;
CREATE INDEX statement_issues_issue ON statement_issues (issue, stance, statement_id);
DROP INDEX statements_quote;
CREATE INDEX statements_quote ON statements (quote_id, article_id);
CREATE INDEX events_latest ON events (date_last IS NULL, date_last DESC, corpus_event_id DESC);
""" + """
-- Each quote's articles and first statement, kept by triggers as the actor counts are (the quotes list read
-- them by grouping every quoted statement of the store: 3.5 s at 100,000 articles); the list's order is an index.
ALTER TABLE quotes ADD COLUMN n_sources INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quotes ADD COLUMN first_statement INTEGER;
UPDATE quotes SET n_sources = (SELECT COUNT(DISTINCT s.article_id) FROM statements s WHERE s.quote_id = quotes.id),
    first_statement = (SELECT MIN(s.id) FROM statements s WHERE s.quote_id = quotes.id);
CREATE INDEX quotes_most_reported ON quotes (n_sources DESC, first_statement);
CREATE TRIGGER quotes_sources_insert AFTER INSERT ON statements WHEN new.quote_id IS NOT NULL BEGIN
""" + _quote_step("new", "+") + """END;
CREATE TRIGGER quotes_sources_delete AFTER DELETE ON statements WHEN old.quote_id IS NOT NULL BEGIN
""" + _quote_step("old", "-") + """END;
CREATE TRIGGER quotes_sources_update AFTER UPDATE OF quote_id, article_id ON statements BEGIN
""" + _quote_step("old", "-") + _quote_step("new", "+") + """END;
"""

# A count of the writes that can change a position, a shift or an issue's timeline, bumped by triggers on every
# row written to the tables they read, and a number drawn once per store: the two name what the store holds,
# so a computed answer can be kept and given again until the next write (docs/SERVE.md, "A store of 100,000
# articles": the full positions matrix grouped 500,000 tagged statements, 4.5 s of CPU a request).
CHANGES_V16 = """
INSERT INTO store_counts VALUES ('changes', 0), ('store_token', random() & 9223372036854775807);
CREATE TRIGGER changes_articles_insert AFTER INSERT ON articles BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'changes';
END;
CREATE TRIGGER changes_articles_update AFTER UPDATE ON articles BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'changes';
END;
CREATE TRIGGER changes_articles_delete AFTER DELETE ON articles BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'changes';
END;
CREATE TRIGGER changes_statements_insert AFTER INSERT ON statements BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'changes';
END;
CREATE TRIGGER changes_statements_update AFTER UPDATE ON statements BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'changes';
END;
CREATE TRIGGER changes_statements_delete AFTER DELETE ON statements BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'changes';
END;
CREATE TRIGGER changes_statement_issues_insert AFTER INSERT ON statement_issues BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'changes';
END;
CREATE TRIGGER changes_statement_issues_update AFTER UPDATE ON statement_issues BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'changes';
END;
CREATE TRIGGER changes_statement_issues_delete AFTER DELETE ON statement_issues BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'changes';
END;
CREATE TRIGGER changes_actors_insert AFTER INSERT ON actors BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'changes';
END;
CREATE TRIGGER changes_actors_update AFTER UPDATE ON actors BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'changes';
END;
CREATE TRIGGER changes_actors_delete AFTER DELETE ON actors BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'changes';
END;
CREATE TRIGGER changes_actor_aliases_insert AFTER INSERT ON actor_aliases BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'changes';
END;
CREATE TRIGGER changes_actor_aliases_update AFTER UPDATE ON actor_aliases BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'changes';
END;
CREATE TRIGGER changes_actor_aliases_delete AFTER DELETE ON actor_aliases BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'changes';
END;
CREATE TRIGGER changes_actor_old_slugs_insert AFTER INSERT ON actor_old_slugs BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'changes';
END;
CREATE TRIGGER changes_actor_old_slugs_update AFTER UPDATE ON actor_old_slugs BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'changes';
END;
CREATE TRIGGER changes_actor_old_slugs_delete AFTER DELETE ON actor_old_slugs BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'changes';
END;
CREATE TRIGGER changes_actor_members_insert AFTER INSERT ON actor_members BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'changes';
END;
CREATE TRIGGER changes_actor_members_update AFTER UPDATE ON actor_members BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'changes';
END;
CREATE TRIGGER changes_actor_members_delete AFTER DELETE ON actor_members BEGIN
    UPDATE store_counts SET n = n + 1 WHERE name = 'changes';
END;
"""

# When a statement was made (resolve/said.py): the time expression the text gives for it (offsets and words),
# the day or range it names, how it was dated ('text' / 'published') and whether it was said before the
# article with no day ("once said"). Nullable: a row written before has none, and reads as dated by its
# article's publication (export.statement_dict), which is what positions used for it before.
SAID_V17 = """
ALTER TABLE statements ADD COLUMN said_start INTEGER;
ALTER TABLE statements ADD COLUMN said_end INTEGER;
ALTER TABLE statements ADD COLUMN said TEXT;
ALTER TABLE statements ADD COLUMN said_date TEXT;
ALTER TABLE statements ADD COLUMN said_first TEXT;
ALTER TABLE statements ADD COLUMN said_last TEXT;
ALTER TABLE statements ADD COLUMN said_by TEXT;
ALTER TABLE statements ADD COLUMN said_earlier INTEGER NOT NULL DEFAULT 0;
"""

# Whose position a statement's content reports, when another's ("Hillary wants to abolish ...", said by Trump:
# ``extract/reported.py``): the name's span. Positions do not take such a statement as trusted evidence of the
# speaker's own position (``store/positions.py``).
REPORTED_V18 = """
ALTER TABLE statements ADD COLUMN reported_start INTEGER;
ALTER TABLE statements ADD COLUMN reported_end INTEGER;
ALTER TABLE statements ADD COLUMN reported TEXT;
ALTER TABLE statement_issues ADD COLUMN own INTEGER NOT NULL DEFAULT 0;
"""

# (version, description, SQL). Append only: a released migration never changes.
MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "articles, actors, statements, quotes, errors", CORE_V1),
    (2, "full-text search (SQLite FTS5)", FTS_V2),
    (3, "errors: the stage that failed (read, analyse, store) and the exception's type", ERRORS_V3),
    (4, "actors: the state an institution is part of (White House -> United States)", PART_OF_V4),
    (5, "statements: the cue's class (speech, writing, stance, cognition)", CUE_CLASS_V5),
    (6, "statements: a stable key (article text hash, content span, speaker mention)", STATEMENT_KEY_V6),
    (7, "statement_issues: issues and stances from a taxonomy", STATEMENT_ISSUES_V7),
    (8, "counts kept by triggers (per actor and overall) and indexes for the pages' orderings", COUNTS_V8),
    (9, "full-text tables declared so Datasette finds them (content=\"table\")", FTS_DATASETTE_V9),
    (10, "events, their mentions, participants and the statements made at them", EVENTS_V10),
    (11, "statements: the key of the statement a run-on quotation continues", CONTINUES_V11),
    (12, "actors: ids with accented letters transliterated; the old ids kept in actor_old_slugs",
     ACTOR_OLD_SLUGS_V12),
    (13, "actor_members: the members of a group named after them", ACTOR_MEMBERS_V13),
    (14, "actor counts take the joint statements of the groups an actor is a member of", JOINT_COUNTS_V14),
    (15, "indexes for large stores: an issue's statements and a quote's sources read from an index alone, "
         "events in the list's order; each quote's articles and first statement kept by triggers",
     LARGE_STORE_INDEXES_V15),
    (16, "a count of the writes that change positions, kept by triggers, and a number that names the store",
     CHANGES_V16),
    (17, "statements: when each was made (the text's time for it, its day or range, how it was dated)", SAID_V17),
    (18, "statements: the name of another party whose position the content reports; statement_issues: whether "
         "the issue is about the speaker", REPORTED_V18),
)
