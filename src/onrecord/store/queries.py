"""Reading the store: statements with filters, actors, one article, errors.

Every query is parameterised; filters only ever add ``?`` placeholders. The
rows are plain dicts with the same names as ``onrecord extract``'s JSON plus
the article's metadata, so the CLI, exports and the web API share them.
"""

from __future__ import annotations

import difflib
import json
import re
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from onrecord.store import (
    ACTOR_OLD_SLUGS_SCHEMA,
    MEMBERS_SCHEMA,
    QUOTE_COUNTS_SCHEMA,
    SAID_FIRST_DAY,
    SAID_LAST_DAY,
    SAID_SCHEMA,
    Store,
    _slugify,
    like_escaped,
)
from onrecord.store.export import statement_dict

ACTS = ("assert", "emphasize", "commit", "propose", "support", "oppose", "reject", "deny", "refuse_to_commit",
        "question")
KINDS = ("direct", "indirect", "mixed")
SQLITE_MAX_INT = 2**63 - 1  # a larger Python int cannot be bound as a parameter (OverflowError)
_HASH_PREFIX = re.compile(r"[0-9a-fA-F]{8,64}")


class QueryError(ValueError):
    """A filter that cannot be applied (unknown actor, bad search syntax...)."""


@dataclass(frozen=True, slots=True)
class StatementFilter:
    actor: str | None = None  # actor slug, name or alias
    # ``actor`` is an actor's id as stored (its page): that actor, never another the word could mean
    exact_actor: bool = False
    with_parts: bool = False  # the actor's institutions too: "United States" with the White House
    outlet: str | None = None
    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    # When the statement was made (ISO dates, inclusive): its own day, or its own range overlapping these,
    # else its article's day (``_said_days``). since/until are the article's publication day.
    said_since: str | None = None
    said_until: str | None = None
    act: str | None = None
    issue: str | None = None  # an issue id of any stored taxonomy
    stance: str | None = None  # support | oppose | open | unclear (on ``issue``, or on any issue)
    hedged: bool | None = None
    kind: str | None = None
    search: str | None = None  # FTS5 query over statement contents and speakers
    article: str | None = None  # article slug or id
    # With ``article``: only the statements whose content starts in [start, end) of its text (a long
    # article's reader shows it a part at a time).
    within: tuple[int, int] | None = None
    quote: int | None = None  # quote cluster id
    newest_first: bool = False
    relevance: bool = False  # with ``search``: best matches first (FTS5's bm25 rank), ties newest id first
    limit: int | None = None
    offset: int = 0


_STATEMENT_COLUMNS = """
    s.id, s.position, s.kind, s.content_start, s.content_end, s.content, s.cue_start, s.cue_end, s.cue, s.cue_lemma,
    s.cue_class, s.key, s.continues,
    s.said_start, s.said_end, s.said, s.said_date, s.said_first, s.said_last, s.said_by, s.said_earlier,
    s.speaker_start, s.speaker_end, s.speaker, s.resolution, s.act, s.hedged, s.negated, s.confidence, s.quote_id,
    (SELECT json_group_array(json_object('id', i.issue, 'stance', i.stance, 'score', i.score,
        'taxonomy', i.taxonomy, 'evidence', json_object('start', i.evidence_start, 'end', i.evidence_end,
        'text', i.evidence))) FROM statement_issues i WHERE i.statement_id = s.id) AS issues_json,
    a.id AS actor_id, a.slug AS actor_slug, a.name AS actor_name, a.type AS actor_type,
    ar.id AS article_id, ar.slug AS article_slug, ar.title, ar.url, ar.outlet, ar.author, ar.published, ar.source
"""


def find_actor(store: Store, name: str) -> sqlite3.Row | None:
    """An actor by slug, id, exact name, or any alias (case, titles and initials ignored)."""
    from onrecord.resolve.corpus import actor_key

    db = store.conn
    row = db.execute("SELECT * FROM actors WHERE slug = ? OR name = ? COLLATE NOCASE", (name, name)).fetchone()
    if row is None and store.schema_version >= ACTOR_OLD_SLUGS_SCHEMA:
        # An id from before schema 12 ("xanana-gusm-o"), which links and scripts may still use.
        row = db.execute("SELECT a.* FROM actor_old_slugs o JOIN actors a ON a.id = o.actor_id WHERE o.slug = ?",
                         (name,)).fetchone()
    if row is None and (ident := row_id(name)) is not None:
        row = db.execute("SELECT * FROM actors WHERE id = ?", (ident,)).fetchone()
    if row is None:  # "Republicans" is the group whose key is "republican": each type's key, in turn
        for kind in ("person", "country", "group"):
            row = db.execute("SELECT a.* FROM actor_aliases x JOIN actors a ON a.id = x.actor_id "
                             "WHERE x.alias_key = ? ORDER BY a.from_file DESC, a.id LIMIT 1",
                             (actor_key(name, kind),)).fetchone()
            if row is not None:
                break
    if row is None and " " not in name.strip():  # a surname or a given name that only one person has
        ids = _people_called(store, actor_key(name))
        row = db.execute("SELECT * FROM actors WHERE id = ?", (ids[0],)).fetchone() if len(ids) == 1 else None
    if row is None:  # "Melania": the start of a word of one actor's name or alias, and of no other's
        found = actors_by_words(store, name, limit=2)
        row = found[0] if len(found) == 1 else None
    return row  # type: ignore[no-any-return]


def _people_called(store: Store, word: str) -> list[int]:
    """People whose family name or first name is ``word`` ("Hillary": Hillary Clinton). The family name alone
    picked a headline's "Clinton Cash Debunks Hillary", the one actor whose last word it was (issue 12)."""
    from onrecord.resolve.names import name_gender

    keys = {i: key for i, key, _ in store.namesakes(word)}
    if name_gender([word, "x"], []) is not None:  # a given name the lists know: "Li" stays a family name
        keys.update((int(r[0]), str(r[1])) for r in store.conn.execute(
            "SELECT id, key FROM actors WHERE type = 'person' AND key LIKE ? ESCAPE '\\'",
            (like_escaped(word) + " %",)))
    # several: the one whose name opens with a given name the lists know, if only one does (Hillary Clinton
    # beside a headline's "Clinton Cash Debunks Hillary")
    named = [i for i, key in keys.items() if name_gender(key.split(" "), []) is not None]
    return sorted(keys) if len(keys) < 2 or len(named) != 1 else named


def actors_by_words(store: Store, text: str, limit: int = 10) -> list[sqlite3.Row]:
    """Actors whose name or an alias has a word starting with ``text`` ("melania", "vol", "keir star"), most
    quoted first; none for under two letters, which would match nearly everyone."""
    text = " ".join(text.split())
    if len(text) < 2:
        return []
    pattern = "% " + like_escaped(text) + "%"
    return store.conn.execute(
        "SELECT a.* FROM actors a WHERE ' ' || a.name LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM actor_aliases x "
        "WHERE x.actor_id = a.id AND ' ' || x.alias LIKE ? ESCAPE '\\') ORDER BY a.n_statements DESC, a.name "
        "LIMIT ?", (pattern, pattern, limit)).fetchall()


ActorTest = Callable[[sqlite3.Row], bool]
_CANDIDATES = 50  # the actors a short name may mean that are weighed; more than this is a name to give in full


def _quoted(row: sqlite3.Row) -> bool:
    return int(row["n_statements"]) > 0


def filter_actor(store: Store, name: str, exact: bool = False, wanted: ActorTest = _quoted) -> sqlite3.Row:
    """The actor a filter names: with ``exact``, the actor whose id (slug) ``name`` is, and no other, as an
    actor's own page asks (``lookup_actor`` let "/actors/obama", a bare "Obama" with no statement, answer 500
    as ambiguous and "/actors/florida" list Florida Latino voters' statements; newcomer 19); else
    ``lookup_actor``."""
    if not exact:
        return lookup_actor(store, name, wanted)
    row = store.conn.execute("SELECT * FROM actors WHERE slug = ?", (name,)).fetchone()
    if row is None:
        raise QueryError(f"no actor with the id {name!r} in the store (see `onrecord actors`)")
    return row  # type: ignore[no-any-return]


def lookup_actor(store: Store, name: str, wanted: ActorTest = _quoted) -> sqlite3.Row:
    """The actor ``name`` means (``find_actor``), or, when several could be meant ("Li": Li Qiang, Liz Truss
    and an alias "Lindon"), the one of them that ``wanted`` keeps (by default: the one quoted at all; a
    statement query keeps those with statements it would list); else a QueryError that lists them."""
    row = find_actor(store, name)
    if row is not None and wanted(row):
        return row
    # The actor the name is exactly, with nothing to show ("Sullivan", made by a transcript's "SULLIVAN:"
    # label), is not meant when another it could mean has something (Jake Sullivan's statements).
    candidates = _could_be(store, name) if row is None else _others(store, name, row)
    if not candidates:
        if row is not None:
            return row
        raise QueryError(f"no actor called {name!r} in the store (see `onrecord actors`)")
    kept = [r for r in candidates if wanted(r)]
    if row is not None and not kept:
        return row  # none of the others has anything to show either: the one the name is
    if row is not None and len(kept) > 1:
        kept = _same_surname(store, name, kept) or kept
    if len(kept) == 1:  # a user who types "Li" means the one Li there is something to show for
        return kept[0]
    which = " with statements here" if len(kept) > 1 else ""
    raise QueryError(f"{name!r} could be several actors{which}: {describe_actors(kept or candidates)}; "
                     "give the full name or the id")


def _others(store: Store, name: str, row: sqlite3.Row) -> list[sqlite3.Row]:
    """The actors other than ``row`` that ``name`` could mean ("Sullivan": Jake Sullivan beside the actor a
    transcript's "SULLIVAN:" label made)."""
    return [r for r in _could_be(store, name) if r["id"] != row["id"]]


def _same_surname(store: Store, name: str, rows: list[sqlite3.Row]) -> list[sqlite3.Row]:
    """Those of ``rows`` who are people with the surname ``name`` (a label's "Sullivan" means Jake Sullivan more
    than an actor with a word "SULLIVAN" in some alias); none unless exactly one is."""
    from onrecord.resolve.corpus import actor_key

    if " " in name.strip():
        return []
    surname = set(store.people_with_surname(actor_key(name)))
    same = [r for r in rows if r["id"] in surname]
    return same if len(same) == 1 else []


def actor_alternatives(store: Store, f: StatementFilter) -> tuple[sqlite3.Row | None, list[sqlite3.Row]]:
    """The actor the statement query ``f`` takes for its ``actor`` (None when it takes none) and the other
    actors that name could mean, most quoted first: what to tell a user whose query found nothing, or found an
    actor while another has more to show ("Biden": a one-statement actor beside Joe Biden)."""
    if not f.actor:
        return None, []
    try:
        chosen = filter_actor(store, f.actor, f.exact_actor, lambda r: _lists_any(store, f, int(r["id"])))
    except QueryError:
        return None, []
    return chosen, [] if f.exact_actor else _others(store, f.actor, chosen)


def describe_actors(rows: list[sqlite3.Row], shown: int = 8) -> str:
    """"Jake Sullivan (jake-sullivan, 3 statements); ...": actors as a message lists them."""
    listed = "; ".join(f"{r['name']} ({r['slug']}, {_statements(r['n_statements'])})" for r in rows[:shown])
    return listed + (", and more (see `onrecord actors --search`)" if len(rows) > shown else "")


def _could_be(store: Store, name: str) -> list[sqlite3.Row]:
    """The actors a name that is not one actor's may mean: people with that surname, and actors with a word
    of the name or an alias starting with it; most quoted first."""
    from onrecord.resolve.corpus import actor_key

    found = {r["id"]: r for r in actors_by_words(store, name, limit=_CANDIDATES)}
    if " " not in name.strip():
        for ident in store.people_with_surname(actor_key(name))[:_CANDIDATES]:
            found.setdefault(ident, store.conn.execute("SELECT * FROM actors WHERE id = ?", (ident,)).fetchone())
    return sorted(found.values(), key=lambda r: (-int(r["n_statements"]), r["name"]))


def actors_meant(store: Store, name: str) -> list[sqlite3.Row]:
    """The actors ``name`` may mean when it is not one actor's ("Sanders": Bernie, Jane, Felicia Sanders ...),
    most quoted first: for a page to offer them when a lookup was refused as ambiguous."""
    return _could_be(store, name)


def _statements(n: int) -> str:
    return f"{n} statement{'s' * (n != 1)}"


def known_issues(store: Store) -> list[str]:
    """Every issue id the store's statements are tagged with, in order."""
    # One seek in statement_issues_issue for the next issue after the last (as ``outlets``): the search form
    # lists them on every page, and DISTINCT read every tag.
    return [r[0] for r in store.conn.execute(
        "WITH RECURSIVE i(issue) AS (SELECT MIN(issue) FROM statement_issues UNION ALL "
        "SELECT (SELECT MIN(issue) FROM statement_issues WHERE issue > i.issue) FROM i WHERE i.issue IS NOT NULL) "
        "SELECT issue FROM i WHERE issue IS NOT NULL")]


def check_issue(store: Store, issue: str) -> None:
    """A QueryError unless some statement is tagged with ``issue``: a mistyped id otherwise matched nothing
    and looked like an actor who said nothing on it. The message names the close ids and the known ones."""
    if store.conn.execute("SELECT 1 FROM statement_issues WHERE issue = ? LIMIT 1", (issue,)).fetchone():
        return
    known = known_issues(store)
    if not known:
        raise QueryError(f"no issue called {issue!r} in this store: no statement is tagged with an issue "
                         "(ingest with --issues FILE)")
    wanted = issue.lower()
    close = [k for k in known if wanted in k.lower()] + difflib.get_close_matches(wanted, known, n=3, cutoff=0.6)
    close = list(dict.fromkeys(close))[:3]
    hint = f" (did you mean {' or '.join(repr(c) for c in close)}?)" if close else ""
    listed = ", ".join(known[:20]) + (f", ... ({len(known)} in all)" if len(known) > 20 else "")
    # "trade" of the taxonomy given to ingest, which no statement of the corpus is about, read as a typo (nc19):
    # the store keeps the tags, not the taxonomy, so the message says both ways it can be
    raise QueryError(f"no issue called {issue!r} in this store{hint}: no statement is tagged with it (a mistyped "
                     f"id, or an issue of the taxonomy that no statement is about); known: {listed}")


def _where(store: Store, f: StatementFilter, fts: bool = True) -> tuple[str, list[Any]]:
    """WHERE and its parameters for ``f``; without ``fts`` the search is left for the caller to match (an actor
    is still chosen by what the search finds: "Li" with "port" is the Li who spoke of the port)."""
    if f.since and f.until and str(f.since) > str(f.until):  # the two swapped: an empty answer said nothing
        raise QueryError(f"since {f.since} is after until {f.until}: no day is in that range")
    if f.said_since and f.said_until and str(f.said_since) > str(f.said_until):
        raise QueryError(f"said_since {f.said_since} is after said_until {f.said_until}: no day is in that range")
    clauses: list[str] = []
    params: list[Any] = []
    if f.actor:
        actor = filter_actor(store, f.actor, f.exact_actor, lambda row: _lists_any(store, f, int(row["id"])))
        if f.with_parts:
            clauses.append("s.actor_id IN (SELECT id FROM actors WHERE id = ? OR part_of = ?)")
            params += [actor["id"], actor["id"]]
        else:
            clauses.append("s.actor_id = ?")
            params.append(actor["id"])
        if store.schema_version >= MEMBERS_SCHEMA:  # and what a group of theirs said ("They" = A and B)
            clauses[-1] = f"({clauses[-1]} OR s.actor_id IN (SELECT group_id FROM actor_members WHERE member_id = ?))"
            params.append(actor["id"])
    if f.outlet:
        clauses.append("ar.outlet = ? COLLATE NOCASE")
        params.append(f.outlet)
    if f.since:
        clauses.append("ar.published >= ?")
        params.append(f.since)
    if f.until:
        clauses.append("ar.published <= ?")
        params.append(f.until)
    if f.said_since or f.said_until:
        first, last = _said_days(store)
        if f.said_since:  # a range counts when it overlaps: its last day on or after said_since
            clauses.append(f"{last} >= ?")
            params.append(f.said_since)
        if f.said_until:
            clauses.append(f"{first} <= ?")
            params.append(f.said_until)
    if f.act:
        if f.act not in ACTS:
            raise QueryError(f"act must be one of {', '.join(ACTS)}")
        clauses.append("s.act = ?")
        params.append(f.act)
    if f.issue or f.stance:
        if f.issue:
            check_issue(store, f.issue)
        clause, more = _issue_clause(f)
        clauses.append(clause)
        params += more
    if f.kind:
        if f.kind not in KINDS:
            raise QueryError(f"kind must be one of {', '.join(KINDS)}")
        clauses.append("s.kind = ?")
        params.append(f.kind)
    if f.hedged is not None:
        clauses.append("s.hedged = ?")
        params.append(int(f.hedged))
    if f.article:
        # Resolved to the row id first, so the statements index serves the query (not a scan of all statements).
        clauses.append("s.article_id = ?")
        ident = article_row_id(store, f.article)
        params.append(-1 if ident is None else ident)  # no such article: a filter that matches nothing
        if f.within is not None:
            clauses.append("s.content_start >= ? AND s.content_start < ?")
            params += list(f.within)
    if f.quote is not None:
        clauses.append("s.quote_id = ?")
        params.append(f.quote)
    if f.search and fts:
        clauses.append("s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)")
        params.append(_fts_query(f.search))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _said_days(store: Store) -> tuple[str, str]:
    """SQL for the first and last day a statement was made: its own day (``said_date``), or its own range
    ("in 2015": said_first to said_last), else its article's publication day; an "earlier" statement with no
    day ("once said") is its article's too. A store before migration 17 has no such columns: its article's.
    No index serves them: a said range is tested on each statement the rest of the query reads (the article
    walk in date order, or the rows another filter's index narrows to)."""
    if store.schema_version < SAID_SCHEMA:
        return "ar.published", "ar.published"
    return SAID_FIRST_DAY, SAID_LAST_DAY


def _lists_any(store: Store, f: StatementFilter, actor_id: int) -> bool:
    """Whether ``f``, with its actor taken to be ``actor_id``, finds a statement (to pick among the actors a
    short name may mean)."""
    rest = replace(f, actor=None, with_parts=False, limit=None, offset=0, newest_first=False, relevance=False)
    own = "(s.actor_id = ? OR a.part_of = ?)" if f.with_parts else "s.actor_id = ?"
    mine = [actor_id, *([actor_id] if f.with_parts else [])]
    if store.schema_version >= MEMBERS_SCHEMA:
        own = f"({own} OR s.actor_id IN (SELECT group_id FROM actor_members WHERE member_id = ?))"
        mine.append(actor_id)
    where, params = _where(store, rest)
    where = f"{where} AND {own}" if where else f" WHERE {own}"
    sql = ("SELECT 1 FROM statements s JOIN articles ar ON ar.id = s.article_id "
           f"LEFT JOIN actors a ON a.id = s.actor_id{where} LIMIT 1")
    return store.conn.execute(sql, [*params, *mine]).fetchone() is not None


STANCES = ("support", "oppose", "open", "unclear")


def _issue_clause(f: StatementFilter) -> tuple[str, list[Any]]:
    if f.stance and f.stance not in STANCES:
        raise QueryError(f"stance must be one of {', '.join(STANCES)}")
    # The statements tagged, read once from the (issue, stance) index. A correlated EXISTS had SQLite test
    # every statement by scanning the issue's rows of that stance again: issue and stance took 170 ms over
    # 8,000 statements (rows times matches), this 0.3 ms.
    wanted = [(column, value) for column, value in (("issue", f.issue), ("stance", f.stance)) if value]
    sql = ("s.id IN (SELECT statement_id FROM statement_issues WHERE "
           + " AND ".join(f"{column} = ?" for column, _ in wanted) + ")")
    return sql, [value for _, value in wanted]


def row_id(key: str) -> int | None:
    """``key`` as a row id, or None: ASCII digits only (``int`` also reads "²", "①" or "٣") and within
    SQLite's integer range."""
    if not (key.isascii() and key.isdigit()) or len(key) > len(str(SQLITE_MAX_INT)):
        return None
    value = int(key)
    return value if value <= SQLITE_MAX_INT else None


def page_bounds(limit: int, offset: int) -> tuple[int, int]:
    """LIMIT and OFFSET clamped to what SQLite can bind (beyond that there are no rows anyway)."""
    return min(limit, SQLITE_MAX_INT), min(offset, SQLITE_MAX_INT)


def article_row_id(store: Store, key: str) -> int | None:
    """The row id of the article whose slug, or row id written in decimal, is ``key``; None when none."""
    row = store.conn.execute("SELECT id FROM articles WHERE slug = ?", (key,)).fetchone()
    ident = row_id(key)
    if row is None and ident is not None and str(ident) == key:
        row = store.conn.execute("SELECT id FROM articles WHERE id = ?", (ident,)).fetchone()
    return int(row[0]) if row else None


_TERM = re.compile(r'(-?)(?:"([^"]*)"?|(\S+))')  # -? then a "quoted phrase" (closed or not) or a word


def _fts_query(text: str) -> str:
    """The user's words as an FTS5 query: user input never reaches FTS5's own syntax.

    A word is an FTS5 phrase of its own; a "quoted phrase" must match as written, its words next to each
    other and in order ("wall street" no longer matches "a wall on the street"); a leading minus leaves out
    statements with that word or phrase (``wall -street``); a word ending in ``*`` matches every word that
    starts so (``hostage*``: "hostage", "hostages", "hostage-taking"; the index has no stemmer, and "hostage"
    found 10 of the 37 statements "hostages" found). All terms are ANDed, except that ``OR`` in capitals between
    two terms wants either (``wall OR fence border``: wall or fence, and border), ``AND`` in capitals between two
    terms is the AND already meant, and ``NOT`` in capitals before a term leaves it out like a minus: a user who
    typed them got statements with the words "or", "and", "not" (``wall OR fence`` found none). Control
    characters (a NUL ends FTS5's parse: "unterminated string") and unpaired surrogates separate words like
    spaces.
    """
    wanted, unwanted = _terms(text)
    if not wanted:
        raise QueryError("empty search" if not unwanted else "a search needs a word to find, not only -words")
    # A term typed again asks for nothing more, and FTS5 reads its postings again each time: 166 ``a*`` (the
    # 500 characters the server takes) cost 26 s over 19,000 statements, "the" 125 times 7.5 s (redteam19).
    wanted = [list(group) for group in dict.fromkeys(tuple(dict.fromkeys(group)) for group in wanted)]
    unwanted = list(dict.fromkeys(unwanted))
    # FTS5 takes no implicit AND after a parenthesised group: with one, every AND is written.
    joiner = " AND " if any(len(group) > 1 for group in wanted) else " "
    return joiner.join(group[0] if len(group) == 1 else "(" + " OR ".join(group) + ")" for group in wanted) + "".join(
        f" NOT {term}" for term in unwanted)


def tagged_taxonomies(store: Store) -> list[str]:
    """The names of the taxonomies whose issues the stored statements carry (``ingest --issues FILE``)."""
    return [str(r[0]) for r in store.conn.execute("SELECT DISTINCT taxonomy FROM statement_issues ORDER BY 1")]


def search_phrases(text: str) -> list[str]:
    """The words and "phrases" a search looks for (not its -words), as written: what a results page marks.
    A prefix word keeps its ``*`` (``hostage*``)."""
    return [term[1:-3] + "*" if term.endswith(_PREFIX) else term[1:-1].rstrip("*")
            for group in _terms(text)[0] for term in group]


_PREFIX = '" *'  # how a prefix term ends: FTS5's "word" * is every word starting with word


_OPERATORS = ("OR", "AND", "NOT")  # read as operators only in capitals, and only where a term follows


def _terms(text: str) -> tuple[list[list[str]], list[str]]:
    """The search's wanted terms, in groups of which any will do (``a OR b``), and its unwanted terms; each
    term an FTS5 phrase in double quotes."""
    cleaned = "".join(" " if unicodedata.category(c) in ("Cc", "Cs") else c for c in text)
    wanted: list[list[str]] = []
    unwanted: list[str] = []
    found: list[tuple[bool, str, str | None]] = []  # (left out, the term, the operator word it was typed as)
    for match in _TERM.finditer(cleaned):
        minus, phrase, word = match.groups()
        if word is not None and minus and not word.lstrip("-"):  # a lone "-" is a word, not an exclusion
            word, minus = minus + word, ""
        prefix = phrase is None and word.endswith("*") and bool(word.strip("*-"))
        words = (phrase if phrase is not None else word.rstrip("*") if prefix else word).replace('"', " ").split()
        if words:
            operator = word if phrase is None and not minus and word in _OPERATORS else None
            found.append((bool(minus), '"' + " ".join(words) + (_PREFIX if prefix else '"'), operator))
    either = leave_out = last_wanted = False  # last_wanted: the term before was one to find (OR joins it)
    for n, (minus, term, operator) in enumerate(found):
        after = n + 1 < len(found) and found[n + 1][2] is None
        if operator == "NOT" and after:
            leave_out = True
            continue
        if operator in ("OR", "AND") and after and last_wanted and not leave_out:
            either = operator == "OR"
            continue
        last_wanted = not (minus or leave_out)
        if not last_wanted:
            unwanted.append(term)
        elif either:
            wanted[-1].append(term)
        else:
            wanted.append([term])
        either = leave_out = False
    return wanted, unwanted


def statements(store: Store, f: StatementFilter = StatementFilter()) -> list[dict[str, Any]]:
    return list(iter_statements(store, f))


def count_statements(store: Store, f: StatementFilter = StatementFilter()) -> int:
    if replace(f, limit=None, offset=0, newest_first=False) == StatementFilter():
        return _stored_count(store, "statements")  # kept by triggers: no count over every statement
    if _only_actor(f):  # the actor's kept count; the one ``_where`` takes (not a label's empty namesake)
        return int(filter_actor(store, f.actor or "", f.exact_actor)["n_statements"])
    bare = replace(f, limit=None, offset=0, newest_first=False)
    if (f.issue or f.stance) and replace(bare, issue=None, stance=None) == StatementFilter():
        # From the issue index alone (a statement tagged in two taxonomies counted once).
        clause, params = _issue_clause(f)
        if f.issue:
            check_issue(store, f.issue)
        inner = clause.removeprefix("s.id IN (").removesuffix(")").replace("SELECT statement_id",
                                                                            "SELECT DISTINCT statement_id")
        return int(store.conn.execute(f"SELECT COUNT(*) FROM ({inner})", params).fetchone()[0])
    where, params = _where(store, f)
    source = "statements s JOIN articles ar ON ar.id = s.article_id LEFT JOIN actors a ON a.id = s.actor_id"
    if (f.since or f.until) and not (f.actor or f.issue or f.stance or f.search or f.article or f.quote is not None):
        # A date range counted through the dated articles' index range and each one's statements (index only
        # unless another filter reads the statement): a month at 20,000 articles joined 46,000 statements to
        # their articles one by one (110 ms).
        source, where = "articles ar CROSS JOIN statements s ON s.article_id = ar.id", where + _DATED
    sql = f"SELECT COUNT(*) FROM {source}{where}"
    return int(store.conn.execute(sql, params).fetchone()[0])


def count_statements_upto(store: Store, f: StatementFilter, cap: int) -> tuple[int, bool]:
    """How many statements ``f`` finds, counting a search's matches only up to ``cap``: ``(n, more)``, where
    ``more`` says that more than ``n`` (then ``cap``) match.

    A common word matches a share of every article (12,500 statements for "talks" in 100,000 articles), and
    counting them all cost more than the page; the matches are read from the full-text index in its order
    and the count stops after ``cap + 1``. Without a search, the count is exact (``count_statements``).
    """
    if not f.search:
        return count_statements(store, f), False
    n = _search_matches(store, f, cap + 1)
    return (cap, True) if n > cap else (n, False)


def _search_matches(store: Store, f: StatementFilter, upto: int) -> int:
    """How many statements the search ``f`` finds with its other filters, counted up to ``upto``."""
    if _only_search(f):  # every match is a statement: the index alone counts them, no row joined
        return _fts_matches(store, f.search or "", upto)
    source, where, params = _search_source(store, f)
    sql = f"SELECT COUNT(*) FROM (SELECT 1 FROM {source}{where} LIMIT ?)"
    return int(store.conn.execute(sql, [*params, upto]).fetchone()[0])


def _only_search(f: StatementFilter) -> bool:
    return replace(f, search=None, relevance=False, limit=None, offset=0, newest_first=False) == StatementFilter()


def _fts_matches(store: Store, search: str, upto: int) -> int:
    """How many statements ``search`` matches, counted from the full-text index up to ``upto``."""
    sql = "SELECT COUNT(*) FROM (SELECT 1 FROM statements_fts WHERE statements_fts MATCH ? LIMIT ?)"
    return int(store.conn.execute(sql, (_fts_query(search), upto)).fetchone()[0])


def _search_source(store: Store, f: StatementFilter) -> tuple[str, str, list[Any]]:
    """FROM and WHERE for a search.

    Driven by the full-text index, its matches read in its order and joined (CROSS JOIN: left to itself the
    planner walked another index and ran the full-text query once per statement: 30 s to count "ceasefire" by
    Trump in 500,000 statements), so a LIMIT stops the read early and ``statements_fts.rank`` can order the rows. An
    actor, article or quote narrows through its own index instead, each statement then tested against the
    matches read once into a temporary table (IN), unless the rank is wanted; so does an act, whose index
    finds a rare one's statements (3 ms instead of 28 for "talks" said as a question, 500,000 statements).
    """
    if not f.relevance and (f.actor or f.article or f.quote is not None or f.act):
        where, params = _where(store, f)
        return "statements s JOIN articles ar ON ar.id = s.article_id", where, params
    where, params = _where(store, f, fts=False)
    where = (where + " AND" if where else " WHERE") + " statements_fts MATCH ?"
    params = [*params, _fts_query(f.search or "")]
    if f.relevance:
        where, params = where + " AND statements_fts.rank MATCH ?", [*params, STATEMENT_RANK]
    source = ("statements_fts CROSS JOIN statements s ON s.id = statements_fts.rowid "
              "CROSS JOIN articles ar ON ar.id = s.article_id")
    return source, where, params


def _only_actor(f: StatementFilter) -> bool:
    """Whether ``f`` filters on one actor (its own statements) and nothing else."""
    return bool(f.actor) and not f.with_parts and replace(
        f, actor=None, exact_actor=False, limit=None, offset=0, newest_first=False) == StatementFilter()


def _ordered_scan(store: Store, f: StatementFilter) -> bool:
    """Whether a page is cheaper read by walking articles in date order than by sorting every match.

    Only pages (a LIMIT), and not of a search, quote or article (each narrows through its own index). The walk
    takes filters no index narrows much (act, kind, hedged, outlet) and a date range, whose first day it starts
    from (an index range of ``articles_oldest``: a month's first page costs its rows, not a sort of the month).
    One actor walks when its statements are common enough that a page is found after about ``limit * total /
    actor's`` rows, fewer than the actor's statements a sort would read; a rare one keeps the sort through
    statements_actor. An issue or stance walks when its statements (with the other filters) are many: the walk
    tests about ``wanted * N / M`` statements against them (read once into a temporary table), each about a
    tenth of a sorted match, so it pays when ``M * M > wanted * N / 10`` (``_search_walk``'s rule); the matches
    are counted up to that square root only. At 100,000 articles an issue and stance matched 40,000 statements,
    each joined to its article and sorted for every page.
    """
    if f.limit is None or f.search or f.quote is not None or f.article:
        return False
    wanted = f.limit + min(f.offset, SQLITE_MAX_INT - f.limit)
    if f.actor:
        if f.with_parts:
            return False
        try:
            actor = filter_actor(store, f.actor, f.exact_actor)
        except QueryError:
            return False  # the query itself says why
        mine = max(1, int(actor["n_statements"]))
        if wanted * _stored_count(store, "statements") / mine >= mine:
            return False
    if f.issue or f.stance:
        enough = int((wanted * _stored_count(store, "statements") * _WALK_STEP_COST) ** 0.5) + 1
        where, params = _where(store, f)
        sql = (f"SELECT COUNT(*) FROM (SELECT 1 FROM statements s JOIN articles ar ON ar.id = s.article_id{where} "
               "LIMIT ?)")
        return int(store.conn.execute(sql, [*params, enough]).fetchone()[0]) >= enough
    return True


_BY_DATE = "ar.published IS NULL, ar.published, ar.id, s.position"
# A date range keeps dated articles only; said as the index's own column (``published IS NULL``, equal to 0),
# it lets the walk seek the range in articles_oldest, its order then the rest of the index's.
_DATED = " AND (ar.published IS NULL) = 0"
_NEWEST_FIRST = "ar.published IS NULL, ar.published DESC, ar.id DESC, s.position"


def iter_statements(store: Store, f: StatementFilter = StatementFilter()) -> Iterator[dict[str, Any]]:
    order = _NEWEST_FIRST if f.newest_first else _BY_DATE
    paged_search = bool(f.search) and f.limit is not None
    if paged_search and not _search_walk(store, f):
        yield from _sorted_search_page(store, f, order)
        return
    where, params = _where(store, f)
    source = "statements s JOIN articles ar ON ar.id = s.article_id"
    rank = ""
    if f.relevance and f.search:  # every match, for the CSV download
        source, where, params = _search_source(store, f)
        rank, order = "statements_fts.rank, ", _RANK_TIES
    elif f.limit is not None or _whole_walk(f):
        if f.limit is not None and not paged_search and not _ordered_scan(store, f):
            yield from _sorted_page(store, f, order)
            return
        # Articles walked in the order asked (index articles_newest / articles_oldest), each one's statements
        # by position: the first page costs its rows, not a sort of every statement that matches. A search's
        # matches are read once into a temporary table (IN) that each statement is tested against.
        source = "articles ar CROSS JOIN statements s ON s.article_id = ar.id"
        where = (where + " AND" if where else " WHERE") + " ar.status = 'analysed'"
        if f.since or f.until:  # dated articles only: the walk starts at the range's first day (an index range)
            where, order = where + _DATED, order.replace("ar.published IS NULL, ", "")
    sql = (f"SELECT {_STATEMENT_COLUMNS} FROM {source} "
           f"LEFT JOIN actors a ON a.id = s.actor_id{where} ORDER BY {rank}{order}")
    if f.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += page_bounds(f.limit, f.offset)
    for row in store.conn.execute(sql, params):
        yield statement_dict(row)


def _whole_walk(f: StatementFilter) -> bool:
    """Whether every statement ``f`` finds (no page: an export, the CSV download) is read by walking the articles
    in date order: with no filter an index narrows (act, kind, hedged, outlet, dates) the walk is the order
    itself, so the first row comes at once. Sorted, the CSV download of 100,000 articles sent its first byte
    after 7 s (the sort of 2.1 million statements, in temporary files)."""
    unnarrowed = replace(f, act=None, kind=None, hedged=None, outlet=None, since=None, until=None, said_since=None,
                         said_until=None, newest_first=False)
    return f.limit is None and not f.relevance and unnarrowed == StatementFilter()


_WALK_STEP_COST = 0.1  # a statement tested in the walk, against a match sorted (0.2 and 2.6 us measured)


def _search_walk(store: Store, f: StatementFilter) -> bool:
    """Whether a page of a search by date is cheaper found by walking articles in date order and testing
    each statement against the matches than by sorting the matches.

    A sort costs the matches M (each joined to its article for the date); the walk about ``wanted * N / M``
    statements tested (N in the store, read from an index alone) before the page is full, each about a tenth
    of a sorted match. So the walk pays when ``M * M > wanted * N * _WALK_STEP_COST``, and the matches (with
    the other filters: a rare act or kind makes them few) are counted up to that square root only: either way
    a page costs about it, not M. Only a search alone or with an act walks: an act's index counts a rare one's
    matches at once, while hedged, kind or outlet would be counted by reading every match, and then sorted
    (twice main's cost when they keep few). Relevance, and the other filters, keep the sort, whose cost is
    what they narrow to.
    """
    if f.relevance or f.limit is None or not _only_search(replace(f, act=None)):
        return False
    wanted = f.limit + min(f.offset, SQLITE_MAX_INT - f.limit)
    enough = int((wanted * _stored_count(store, "statements") * _WALK_STEP_COST) ** 0.5) + 1
    return _search_matches(store, f, enough) >= enough


def _sorted_search_page(store: Store, f: StatementFilter, order: str) -> Iterator[dict[str, Any]]:
    """A page of a search sorted by relevance or date: the matches are sorted on their keys alone (rank,
    date, ids), and only the page's rows are then read in full (issues, actor, article), not every match's."""
    if f.relevance and _only_search(f):
        yield from _best_matches_page(store, f)
        return
    source, where, params = _search_source(store, f)
    if f.relevance:  # the rank kept in the page as r, for the outer ORDER BY
        rank, order, outer = "statements_fts.rank, ", _RANK_TIES, _BY_RANK
    else:
        rank, outer = "", _page_order(order)
    sql = (f"WITH page(id, r, published, article_id, position) AS ("
           f"SELECT s.id, {rank or '0, '}ar.published, ar.id, s.position FROM {source}{where} "
           f"ORDER BY {rank}{order} LIMIT ? OFFSET ?) {_PAGE_ROWS}{outer}")
    for row in store.conn.execute(sql, [*params, *page_bounds(f.limit or 0, f.offset)]):
        yield statement_dict(row)


def _sorted_page(store: Store, f: StatementFilter, order: str) -> Iterator[dict[str, Any]]:
    """A page of statements sorted by date (a rare actor, an issue with few statements): the matches are
    sorted on their keys alone and only the page's rows read in full. Sorted whole rows, every match's issues
    (a JSON subquery) were read before the sort: page 500 of the most quoted actor read 34,000 statements'
    issues for 50 at 20,000 articles (1.1 s)."""
    where, params = _where(store, f)
    sql = ("WITH page(id, r, published, article_id, position) AS (SELECT s.id, 0, ar.published, ar.id, s.position "
           f"FROM statements s JOIN articles ar ON ar.id = s.article_id{where} ORDER BY {order} LIMIT ? OFFSET ?) "
           f"{_PAGE_ROWS}{_page_order(order)}")
    for row in store.conn.execute(sql, [*params, *page_bounds(f.limit or 0, f.offset)]):
        yield statement_dict(row)


# bm25 over a statement's words and its speaker as written (the index's two columns), the speaker weighing a
# tenth: a word found only in the speaker ("a super PAC" said "Trump") is not what the statement says, and its
# one-word column ranked it over every statement about the thing: of 20 searches written before looking, 14 of
# the 16 results of their first fives judged off the subject were such speaker-only matches (docs/SERVE.md).
STATEMENT_RANK = "bm25(1.0, 0.1)"
_RANK_TIES = "s.id DESC"  # matches tied on rank: newest statement first, an order the full-text index has
_BY_RANK = "ORDER BY page.r, page.id DESC"
_PAGE_ROWS = (f"SELECT {_STATEMENT_COLUMNS} FROM page JOIN statements s ON s.id = page.id "
              "JOIN articles ar ON ar.id = s.article_id LEFT JOIN actors a ON a.id = s.actor_id ")


def _page_order(order: str) -> str:
    """``order`` over the page's kept keys (the outer query reads them back from the page)."""
    return "ORDER BY page.r, " + order.replace("ar.id", "page.article_id").replace("ar.", "page.").replace(
        "s.", "page.")


def _best_matches_page(store: Store, f: StatementFilter) -> Iterator[dict[str, Any]]:
    """A page of a search by relevance alone, from the full-text index alone: every match is ranked (bm25)
    and sorted on its rank and rowid under the LIMIT (SQLite's sorter keeps only ``offset + limit`` rows),
    and only the page's rows are then joined to their statement, article and actor: no join per match."""
    sql = ("WITH page(id, r) AS (SELECT rowid, rank FROM statements_fts WHERE statements_fts MATCH ? "
           f"AND rank MATCH ? ORDER BY rank, rowid DESC LIMIT ? OFFSET ?) {_PAGE_ROWS}{_BY_RANK}")
    for row in store.conn.execute(sql, (_fts_query(f.search or ""), STATEMENT_RANK,
                                        *page_bounds(f.limit or 0, f.offset))):
        yield statement_dict(row)


FACETS = ("actor", "act", "outlet", "hedged", "month")


def facets(store: Store, f: StatementFilter, top: int = 10) -> dict[str, list[dict[str, Any]]]:
    """How many of the statements ``f`` finds fall under each actor, act, outlet, hedging and month, and each
    issue they are tagged with.

    One pass over the matches, grouped by all five at once and summed per facet here (five GROUP BYs took
    three times as long): it costs what the filter finds, so the callers ask for facets of a search, not of
    the whole store. Unknown values (no actor, no outlet, undated) are left out.
    """
    where, params = _where(store, replace(f, limit=None, offset=0))
    rows = store.conn.execute(
        "SELECT a.slug, a.name, s.act, ar.outlet, s.hedged, substr(ar.published, 1, 7), COUNT(*) "
        "FROM statements s JOIN articles ar ON ar.id = s.article_id LEFT JOIN actors a ON a.id = s.actor_id"
        f"{where} GROUP BY s.actor_id, s.act, ar.outlet, s.hedged, substr(ar.published, 1, 7)", params)
    counts: dict[str, Counter[Any]] = {name: Counter() for name in (*FACETS, "issue")}
    labels: dict[Any, str] = {}
    for slug, name, act, outlet, hedged, month, n in rows:
        for facet, value in zip(FACETS, (slug, act, outlet, bool(hedged), month), strict=True):
            if value is not None:
                counts[facet][value] += n
        labels[slug] = name
    # The issues the matches are tagged with (a statement once per issue, whatever its taxonomies): a second
    # pass, over the tags alone, and only in a store that has any.
    if store.conn.execute("SELECT 1 FROM statement_issues LIMIT 1").fetchone():
        for issue, n in store.conn.execute(
                "SELECT t.issue, COUNT(DISTINCT s.id) FROM statements s JOIN articles ar ON ar.id = s.article_id "
                "LEFT JOIN actors a ON a.id = s.actor_id JOIN statement_issues t ON t.statement_id = s.id"
                f"{where} GROUP BY t.issue", params):
            counts["issue"][issue] += n
    return {facet: [{"value": value, "count": n, "label": _facet_label(facet, value, labels)}
                    for value, n in sorted(counted.items(), key=lambda kv: (-kv[1], str(kv[0])))[:top]]
            for facet, counted in counts.items()}


def _facet_label(facet: str, value: Any, actor_names: dict[Any, str]) -> str:
    if facet == "actor":
        return actor_names[value]
    if facet == "hedged":
        return "hedged" if value else "not hedged"
    return str(value)


def _actor_rows(search: str | None, min_statements: int) -> tuple[str, list[Any]]:
    """The actor query behind ``actors`` and ``count_actors``: counts kept by the store's triggers
    (schema migration 8), so the most quoted come off the ``actors_most_quoted`` index in order."""
    params: list[Any] = [min_statements]
    where = " WHERE a.n_statements >= ?"
    if search:  # the name or any alias, anywhere in it: "clinton" finds Hillary and Bill Clinton
        # and the id, which spells the name without accents: "phu trong" finds "Phú Trọng" (nc18)
        where += (" AND (a.name LIKE ? ESCAPE '\\' OR a.slug LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM "
                  "actor_aliases x WHERE x.actor_id = a.id AND x.alias LIKE ? ESCAPE '\\'))")
        pattern = "%" + like_escaped(search) + "%"
        folded = _slugify(search) if any(c.isalnum() for c in search) else search
        params += [pattern, "%" + like_escaped(folded) + "%", pattern]
    sql = ("SELECT a.*, a.n_statements AS statements, a.n_articles AS articles, a.n_quotes AS quotes "
           f"FROM actors a{where}")
    return sql, params


def actors(store: Store, *, limit: int | None = None, offset: int = 0, search: str | None = None,
           min_statements: int = 0) -> list[dict[str, Any]]:
    """Actors with statement and article counts, most quoted first (aliases and roles for this page only)."""
    sql, params = _actor_rows(search, min_statements)
    sql += " ORDER BY a.n_statements DESC, a.name"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += page_bounds(limit, offset)
    rows = store.conn.execute(sql, params).fetchall()
    # Aliases and roles of the whole page in one query each (a query per actor made 100 for /api/actors).
    aliases, roles = _aliases_of(store, [r["id"] for r in rows]), _roles_of(store, [r["id"] for r in rows])
    return [{"id": row["slug"], "name": row["name"], "type": row["type"], "statements": row["statements"],
             "articles": row["articles"], "quotes": row["quotes"],
             "aliases": [a for a in aliases.get(row["id"], ()) if a != row["name"]],
             "roles": roles.get(row["id"], []), "source": row["source"]} for row in rows]


def count_actors(store: Store, *, search: str | None = None, min_statements: int = 0) -> int:
    if not search and min_statements <= 1:  # the common cases, kept whole in store_counts
        return _stored_count(store, "quoted_actors" if min_statements == 1 else "actors")
    sql, params = _actor_rows(search, min_statements)
    return int(store.conn.execute(f"SELECT COUNT(*) FROM ({sql})", params).fetchone()[0])


def _stored_count(store: Store, name: str) -> int:
    """An overall count kept up to date by the store's triggers (table ``store_counts``)."""
    row = store.conn.execute("SELECT n FROM store_counts WHERE name = ?", (name,)).fetchone()
    return int(row[0]) if row else 0


def _aliases(store: Store, actor_id: int, name: str) -> list[str]:
    return [a for a in _aliases_of(store, [actor_id]).get(actor_id, ()) if a != name]


def _roles(store: Store, actor_id: int) -> list[dict[str, Any]]:
    return _roles_of(store, [actor_id]).get(actor_id, [])


def _aliases_of(store: Store, ids: list[int]) -> dict[int, list[str]]:
    """Each actor's aliases in alphabetical order."""
    found: dict[int, list[str]] = {}
    rows = store.conn.execute(f"SELECT DISTINCT actor_id, alias FROM actor_aliases WHERE actor_id IN "
                              f"({','.join('?' * len(ids))}) ORDER BY actor_id, alias", ids)
    for actor_id, alias in rows:
        found.setdefault(actor_id, []).append(alias)
    return found


def _roles_of(store: Store, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Each actor's dated roles, earliest first."""
    found: dict[int, list[dict[str, Any]]] = {}
    rows = store.conn.execute(f"SELECT * FROM actor_roles WHERE actor_id IN ({','.join('?' * len(ids))}) "
                              "ORDER BY actor_id, start_date, rowid", ids)
    for r in rows:
        found.setdefault(r["actor_id"], []).append({"title": r["title"], "country": r["country"],
                                                    "from": r["start_date"], "to": r["end_date"],
                                                    "nouns": json.loads(r["nouns"])})
    return found


def _by_cut_slug(store: Store, key: str) -> sqlite3.Row | None:
    """The one article whose slug starts and ends as ``key`` does either side of its "…" (the statements
    table cuts a long id in the middle); None when none or several do."""
    head, tail = key.split("…")
    rows = store.conn.execute("SELECT * FROM articles WHERE slug LIKE ? ESCAPE '\\' AND length(slug) > ? LIMIT 2",
                              (like_escaped(head) + "%" + like_escaped(tail), len(head) + len(tail))).fetchall()
    return rows[0] if len(rows) == 1 and rows[0]["slug"].endswith(tail) else None


def article(store: Store, key: str, with_statements: bool = True) -> dict[str, Any] | None:
    """One article (by slug, id, content-hash prefix or a slug cut in the middle) with its text, statements
    and actors; without its statements (an empty list) for a reader of a long article, which reads those of
    one part (``article_statements``)."""
    db = store.conn
    row = db.execute("SELECT * FROM articles WHERE slug = ?", (key,)).fetchone()
    if row is None and (ident := row_id(key)) is not None:
        row = db.execute("SELECT * FROM articles WHERE id = ?", (ident,)).fetchone()
    if row is None and _HASH_PREFIX.fullmatch(key):
        row = _by_hash_prefix(store, key.lower())
    if row is None and key.count("…") == 1:
        row = _by_cut_slug(store, key)
    if row is None:
        return None
    data = {k: row[k] for k in ("slug", "title", "url", "outlet", "author", "published", "language", "source",
                                "status", "status_reason", "pipeline_version", "content_hash", "text")}
    data["id"] = data.pop("slug")
    data["statements"] = article_statements(store, StatementFilter(article=row["slug"])) if with_statements else []
    data["actors"] = [dict(r) for r in db.execute(
        "SELECT a.slug AS id, a.name, a.type, COUNT(*) AS mentions FROM mentions m JOIN actors a ON a.id = m.actor_id "
        "WHERE m.article_id = ? GROUP BY a.id ORDER BY MIN(m.start_offset)", (row["id"],))]
    return data


def anchor_offset(store: Store, article_slug: str, anchor: str) -> int | None:
    """Where in an article's text a reader anchor points: ``s-KEY`` (a statement's stable key), ``s-id-N`` (its
    row, in a store written before keys) or ``ev-N`` (an event mention starting at N). None when the anchor
    names nothing in that article, so a link into a long article can open the part that holds its target."""
    if (match := re.fullmatch(r"ev-(\d{1,12})", anchor)) is not None:
        return int(match.group(1))
    value: int | str | None
    if anchor.startswith("s-id-") and (value := row_id(anchor[5:])) is not None:
        where = "s.id = ?"
    elif anchor.startswith("s-") and len(anchor) < 200:
        where, value = "s.key = ?", anchor[2:]
    else:
        return None
    row = store.conn.execute(
        f"SELECT s.content_start FROM statements s JOIN articles a ON a.id = s.article_id "
        f"WHERE a.slug = ? AND {where}", (article_slug, value)).fetchone()
    return None if row is None else int(row[0])


def article_statements(store: Store, f: StatementFilter) -> list[dict[str, Any]]:
    """``statements`` of one article (``f.article``) without the article each row repeats: what the
    article's reader and JSON list under the article itself."""
    rows = statements(store, f)
    for row in rows:
        del row["article"]
    return rows


def _by_hash_prefix(store: Store, prefix: str) -> sqlite3.Row | None:
    """The one article whose content hash starts with ``prefix`` (hex); None when none or several.

    A range on the hash (hex digits all sort below "g") rather than LIKE: exact, and served by the index.
    """
    rows = store.conn.execute("SELECT * FROM articles WHERE content_hash >= ? AND content_hash < ? LIMIT 2",
                              (prefix, prefix + "g")).fetchall()
    return rows[0] if len(rows) == 1 else None


def errors(store: Store) -> list[dict[str, Any]]:
    """Inputs that failed (stage read, analyse or store); the skipped ones are ``skipped``'s."""
    return [dict(r) for r in store.conn.execute(
        "SELECT source, stage, reason, exception, first_seen, COALESCE(last_seen, first_seen) AS last_seen "
        "FROM errors WHERE stage IS NOT 'skipped' ORDER BY id")]


def not_analysed(store: Store, limit: int = 20) -> tuple[int, list[dict[str, Any]]]:
    """How many articles are stored but not analysed (another language), and the newest ``limit`` of them with
    their language and reason: ``articles`` lists analysed articles only, and says where these are."""
    rows = store.conn.execute("SELECT slug, title, language, status_reason FROM articles WHERE status = 'skipped' "
                              "ORDER BY id DESC LIMIT ?", (min(limit, SQLITE_MAX_INT),))
    return _stored_count(store, "skipped"), [
        {"id": r["slug"], "title": r["title"], "language": r["language"], "reason": r["status_reason"]} for r in rows]


def skipped(store: Store) -> list[dict[str, Any]]:
    """Inputs recorded and not analysed, with the reason: another language (stored as a skipped article, with
    its id) or an empty text (an ``errors`` row of stage "skipped": it has no text to store)."""
    rows = store.conn.execute(
        "SELECT source, reason, article, language FROM ("
        "SELECT id AS n, 1 AS part, COALESCE(source, url, slug) AS source, status_reason AS reason, slug AS article, "
        "language FROM articles WHERE status = 'skipped' "
        "UNION ALL SELECT id, 2, source, reason, NULL, NULL FROM errors WHERE stage = 'skipped') ORDER BY part, n")
    return [dict(r) for r in rows]


def overview(store: Store) -> dict[str, int]:
    """Overall counts, read from ``store_counts`` (kept by triggers) rather than counted each time."""
    names = {"articles": "analysed", "skipped": "skipped", "statements": "statements", "actors": "actors",
             "quoted_actors": "quoted_actors", "quotes": "quotes", "errors": "errors"}
    return {key: _stored_count(store, name) for key, name in names.items()}


def _article_where(outlet: str | None, search: str | None) -> tuple[str, list[Any]]:
    where, params = "WHERE ar.status = 'analysed'", []
    if outlet:
        where += " AND ar.outlet = ? COLLATE NOCASE"
        params.append(outlet)
    if search:
        where += " AND ar.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        params.append(_fts_query(search))
    return where, params


# A word in the title says more of what an article is about than one in its text (FTS5 bm25's column weights).
_ARTICLE_RANK = "bm25(articles_fts, 3.0, 1.0), "


def articles(store: Store, *, limit: int = 20, offset: int = 0, outlet: str | None = None,
             search: str | None = None, relevance: bool = False) -> list[dict[str, Any]]:
    """Analysed articles, newest first, with their statement counts; ``search`` is full text over titles and
    texts, and with ``relevance`` its best matches come first (bm25: the words' share of the article, the
    title's weighing more), ties newest first: a 60,000-word briefing that names a country once is not the
    first answer for it."""
    where, params = _article_where(outlet, search if not relevance else None)
    source, rank = "articles ar", ""
    if search and relevance:
        source = "articles_fts CROSS JOIN articles ar ON ar.id = articles_fts.rowid"
        where, rank = where + " AND articles_fts MATCH ?", _ARTICLE_RANK
        params.append(_fts_query(search))
    rows = store.conn.execute(
        "SELECT ar.id, ar.slug, ar.title, ar.outlet, ar.published, ar.url, ar.source, "
        "(SELECT COUNT(*) FROM statements s WHERE s.article_id = ar.id) AS statements "
        f"FROM {source} {where} ORDER BY {rank}ar.published IS NULL, ar.published DESC, ar.id DESC "
        "LIMIT ? OFFSET ?", (*params, *page_bounds(limit, offset)))
    return [{"id": r["slug"], "title": r["title"], "outlet": r["outlet"], "published": r["published"],
             "url": r["url"], "source": r["source"], "statements": r["statements"]} for r in rows]


def article_texts(store: Store, keys: Sequence[str]) -> dict[str, str]:
    """The texts of the articles with these slugs (a page of search results, to show where the words are)."""
    if not keys:
        return {}
    marks = ", ".join("?" * len(keys))
    rows = store.conn.execute(f"SELECT slug, text FROM articles WHERE slug IN ({marks})", list(keys))
    return {row["slug"]: row["text"] for row in rows}


def count_articles(store: Store, outlet: str | None = None, search: str | None = None) -> int:
    if not outlet and not search:
        return _stored_count(store, "analysed")
    where, params = _article_where(outlet, search)
    return int(store.conn.execute(f"SELECT COUNT(*) FROM articles ar {where}", params).fetchone()[0])


def actor(store: Store, key: str) -> dict[str, Any] | None:
    """One actor with aliases, roles and counts (by slug, id, name or alias)."""
    row = find_actor(store, key)
    if row is None:
        return None
    return {"id": row["slug"], "name": row["name"], "type": row["type"], "statements": row["n_statements"],
            "articles": row["n_articles"], "quotes": row["n_quotes"],
            "aliases": _aliases(store, row["id"], row["name"]), "roles": _roles(store, row["id"]),
            "source": row["source"]}


def timeline(store: Store, actor_slug: str, *, act: str | None = None) -> list[tuple[str, int]]:
    """Statements per day for an actor (the day each was made: its own, else its article's; undated articles
    left out), with the joint statements of
    the groups it is a member of, as its count and its list take them."""
    row = store.conn.execute("SELECT id FROM actors WHERE slug = ?", (actor_slug,)).fetchone()
    speakers = "s.actor_id = ?"
    params: list[Any] = [row["id"] if row else -1]
    if store.schema_version >= MEMBERS_SCHEMA:
        speakers = f"({speakers} OR s.actor_id IN (SELECT group_id FROM actor_members WHERE member_id = ?))"
        params.append(params[0])
    # Each statement on the day it was made where the text gives one ("told CNN in 2015"), else its article's.
    sql = (f"SELECT {SAID_LAST_DAY} AS day, COUNT(*) AS n FROM statements s JOIN articles ar ON ar.id = s.article_id "
           f"WHERE {speakers} AND ar.published IS NOT NULL")
    if act:
        sql += " AND s.act = ?"
        params.append(act)
    sql += " GROUP BY 1 ORDER BY 1"
    return [(r["day"], r["n"]) for r in store.conn.execute(sql, params)]


def outlets(store: Store) -> list[str]:
    """Every outlet once, without case in the order. Each is found by one seek in ``articles_outlet`` for the
    next value after the last (SQLite's DISTINCT read every article's entry: 10 ms at 100,000 articles, on
    every search page), so the cost is the outlets', not the articles'."""
    return [r[0] for r in store.conn.execute(
        "WITH RECURSIVE o(outlet) AS (SELECT MIN(outlet) FROM articles UNION ALL "
        "SELECT (SELECT MIN(outlet) FROM articles WHERE outlet > o.outlet) FROM o WHERE o.outlet IS NOT NULL) "
        "SELECT outlet FROM o WHERE outlet IS NOT NULL ORDER BY outlet COLLATE NOCASE")]


def _quote_groups(store: Store, actor: str | None, min_sources: int) -> tuple[str, list[Any]]:
    """The quotes (grouped statements) of ``actor`` carried by ``min_sources`` articles or more, as SQL."""
    params: list[Any] = []
    where = ""
    if not actor and store.schema_version >= QUOTE_COUNTS_SCHEMA:
        # The kept counts, in the list's order (index quotes_most_reported): a page reads its rows.
        return ("SELECT id AS quote_id, n_sources AS sources, first_statement AS first FROM quotes "
                "WHERE n_sources >= ?"), [max(min_sources, 1)]
    if actor:
        row = lookup_actor(store, actor)
        where = " AND s.actor_id = ?"
        params.append(row["id"])
    sql = ("SELECT s.quote_id, COUNT(DISTINCT s.article_id) AS sources, MIN(s.id) AS first FROM statements s "
           f"WHERE s.quote_id IS NOT NULL{where} GROUP BY s.quote_id HAVING COUNT(DISTINCT s.article_id) >= ?")
    return sql, [*params, min_sources]


def count_quotes(store: Store, *, actor: str | None = None, min_sources: int = 1) -> int:
    """How many quotes ``quotes`` would list with no limit (to say what a higher ``min_sources`` hid)."""
    sql, params = _quote_groups(store, actor, min_sources)
    return int(store.conn.execute(f"SELECT COUNT(*) FROM ({sql})", params).fetchone()[0])


def quotes(store: Store, *, actor: str | None = None, min_sources: int = 1, limit: int | None = None,
           offset: int = 0) -> list[dict[str, Any]]:
    """Quotes (statements grouped across outlets), most widely reported first, each with its sources."""
    sql, params = _quote_groups(store, actor, min_sources)
    sql += " ORDER BY sources DESC, first"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += page_bounds(limit, offset)
    out = []
    for group in store.conn.execute(sql, params).fetchall():
        rows = list(iter_statements(store, StatementFilter(quote=group["quote_id"])))
        first = rows[0]
        out.append({
            "quote_id": group["quote_id"], "actor": first["actor"], "text": first["content"]["text"],
            "kind": first["kind"],
            "sources": [{"article": r["article"]["id"], "outlet": r["article"]["outlet"],
                         "published": r["article"]["published"], "url": r["article"]["url"],
                         "statement_id": r["id"], "content": r["content"]["text"]} for r in rows],
        })
    return out
