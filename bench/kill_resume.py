"""Kill -9 a corpus run at many points, run the same command again, and check the store with SQL.

    PYTHONPATH=src .venv/bin/python bench/kill_resume.py                     # every mode, 24 texts
    PYTHONPATH=src .venv/bin/python bench/kill_resume.py --modes inline,workers --points 6 --texts 16

A user's corpus run is killed (SIGKILL to the main process, as `kill -9 PID` sends it: nothing can be rolled back
by the program) at points spread over a clean run's duration, then the same command is run to its end. Each mode
is checked against a clean run of the same command into a fresh store:

- inline      `onrecord ingest DIR --db X --workers 1`
- workers     `onrecord ingest DIR --db X --workers 2` (the workers are left to notice their parent gone)
- shards      `onrecord ingest DIR --db X --shards S --workers 2`, killed; rerun; then `onrecord load S --db Y`
- load        `onrecord load S --db Y`, killed; rerun
- reprocess   `onrecord reprocess --db X` over a store whose articles an older pipeline analysed, killed; rerun
- migrate     `onrecord ingest DIR --db X` over a store of schema 7 (written with the first 7 migrations),
              killed early (while it is migrated) and later; rerun
- dask-worker `onrecord ingest DIR --db X --dask ADDRESS` on a 2-worker `LocalCluster` (loopback, a process of its
              own), one Dask worker process killed at the point (its nanny starts another); the run is not killed
- dask-scheduler  the same, the whole cluster killed at the point (scheduler and workers gone): the run must stop
              and say so; the rerun gets a fresh cluster

`--signal TERM` or `--signal INT` sends that signal instead of SIGKILL (what `kill PID`, a service manager's stop
or Ctrl-C sends): the run must stop by itself within 60 s (else "hung after the signal", and it is killed).
`--chain N` (inline and workers modes) interrupts one store N times in a row, each run at a random moment while
work is left (`--seed`: up to 4 s plus the clean run's duration times the share not yet stored), before the one
rerun to its end: partial states pile up, as a user who stops a
long run again and again leaves them.

What is checked after the rerun (each a count printed, 0 wanted, or "same"): every good article stored exactly
once (by content hash), each article's statements, mentions, events and issue tags the clean run's (by statement
key), no statement, mention, event or tag without its article, no analysed article without statements that the
clean run gave statements, no event grouped under a deleted event, no actor key twice, the errors the clean run
had (each source once), the trigger-kept counts equal to a recount, `integrity_check` and `foreign_key_check`,
the FTS indexes' own integrity checks, the rerun's summary (articles analysed + already in the store = what the
clean run analysed), and worker processes still alive 5 s after their parent was killed.

The corpus: the first N PolNeAR train texts (from ../shared, copied to a scratch folder; skipped if absent, then
the repository's example corpus), one of them twice, an empty file, a binary file and a JSON Lines feed of two
rows written here and one broken row. Scratch stores live under --scratch (default a temporary folder).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
POLNEAR = REPO.parent / "shared" / "data" / "polnear" / "train" / "text"
TAXONOMY = REPO / "examples" / "peace-talks.issues.yaml"
OLDER = "onrecord-0.0+older"  # the pipeline version `reprocess` mode gives the store's articles
MODES = ("inline", "workers", "shards", "load", "reprocess", "migrate", "dask-worker", "dask-scheduler")
CLUSTER = ("import sys, time; from distributed import LocalCluster; c = LocalCluster(n_workers=2, "
           "threads_per_worker=1, processes=True, host='127.0.0.1', dashboard_address=None, memory_limit=sys.argv[1]); "
           "print(c.scheduler_address, flush=True); time.sleep(3600)")
FEED_ROWS = (
    {"id": "feed-1", "text": "\"The talks will resume on Monday,\" said Maria Lopez, the trade minister. "
                            "She said a ceasefire was close. \"We are ready to sign,\" Lopez added."},
    {"id": "feed-2", "text": "Prime Minister Tomas Holm met President Anna Berg in Oslo on Tuesday. \"We agreed "
                            "on the border,\" Holm said after the meeting."},
)


def write_corpus(folder: Path, texts: int) -> None:
    folder.mkdir(parents=True)
    sources = sorted(POLNEAR.glob("*.txt"))[:texts] if POLNEAR.is_dir() else []
    if not sources:
        print(f"note: no PolNeAR texts at {POLNEAR}; using examples/corpus", file=sys.stderr)
        shutil.copytree(REPO / "examples" / "corpus", folder / "examples")
    for path in sources:
        shutil.copy(path, folder / path.name)
    if sources:
        shutil.copy(sources[0], folder / f"copy-of-{sources[0].name}")  # the same text twice: one article
    (folder / "empty.txt").write_text("\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text \x00" * 20)
    lines = [json.dumps(row) for row in FEED_ROWS] + ['{"id": "broken", "text": ']
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def onrecord(*args: str) -> list[str]:
    return [sys.executable, "-m", "onrecord.cli", *args]


def environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO / "src"), "ONRECORD_PROGRESS": "off"}


SIGNAL = signal.SIGKILL  # --signal
STOP_WAIT_S = 60.0  # a run sent SIGTERM or SIGINT must have ended by then


def run(command: list[str], kill_after: float | None = None, kill: Any = None, when: Any = None) -> dict[str, Any]:
    """Run ``command``; with ``kill_after``, SIGKILL its main process that many seconds after the start (or call
    ``kill()`` then, and let the run go on); with ``when``, as soon as ``when()`` is true instead (polled)."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment(),
                            start_new_session=True)  # its own group: what survives the kill is found and ended
    killed, orphans, hung = False, 0, 0
    if when is not None:
        while proc.poll() is None and not when():
            time.sleep(0.05)
        kill_after = 0.0
    if kill_after is not None:
        try:
            proc.wait(kill_after)
        except subprocess.TimeoutExpired:
            if kill is not None:
                kill()
            else:
                os.kill(proc.pid, SIGNAL)
                if SIGNAL != signal.SIGKILL:
                    try:
                        proc.wait(STOP_WAIT_S)
                    except subprocess.TimeoutExpired:
                        hung = 1
                        os.kill(proc.pid, signal.SIGKILL)
            killed = True
    if killed and kill is None:  # before reading its output: a worker left alive holds the pipes open
        proc.wait()
        orphans = _orphans_after(proc.pid, 5.0)
    try:
        out, err = proc.communicate(timeout=900)
    except subprocess.TimeoutExpired:  # a run that hangs: ended, and said
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        err += "\n(hung: killed after 900 s)"
    return {"rc": proc.returncode, "out": out, "err": err, "killed": killed, "orphans": orphans, "hung": hung,
            "seconds": time.perf_counter() - started}


def _orphans_after(group: int, seconds: float) -> int:
    """Processes of the killed run's group still alive after ``seconds`` (then ended, so the rerun is alone)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not _group_alive(group):
            return 0
        time.sleep(0.2)
    alive = _group_alive(group)
    if alive:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGKILL)
        time.sleep(0.5)
    return alive


def _group_alive(group: int) -> int:
    count = 0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == group and fields[0] != "Z":
                count += 1
    return count


def summary_of(result: dict[str, Any]) -> dict[str, Any]:
    try:
        found: dict[str, Any] = json.loads(result["out"])
        return found
    except (json.JSONDecodeError, TypeError):
        return {}


# -- what a store holds -------------------------------------------------------------------------------

def signature(db: Path) -> dict[str, Any]:
    """Per article (by content hash): status and the keys of its statements; its mentions, events, tags."""
    conn = sqlite3.connect(db)
    try:
        sig: dict[str, Any] = {"articles": {}, "errors": Counter(), "actors": Counter()}
        for article_id, digest, status in conn.execute("SELECT id, content_hash, status FROM articles"):
            keys = sorted(r[0] for r in conn.execute("SELECT key FROM statements WHERE article_id = ?",
                                                     (article_id,)))
            counts = [conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}", (article_id,)).fetchone()[0]
                      for table, where in (("mentions", "article_id = ?"), ("events", "article_id = ?"),
                                           ("statement_issues", "statement_id IN (SELECT id FROM statements "
                                                                "WHERE article_id = ?)"))]
            sig["articles"].setdefault(digest, []).append((status, tuple(keys), *counts))
        for source, stage in conn.execute("SELECT source, stage FROM errors"):
            sig["errors"][(source.rsplit("/", 1)[-1], stage)] += 1
        for (key,) in conn.execute("SELECT key FROM actors"):
            sig["actors"][key] += 1
        return sig
    finally:
        conn.close()


ORPHANS = {
    "statements without article": "SELECT COUNT(*) FROM statements WHERE article_id NOT IN (SELECT id FROM articles)",
    "mentions without article": "SELECT COUNT(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)",
    "events without article": "SELECT COUNT(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)",
    "tags without statement": "SELECT COUNT(*) FROM statement_issues WHERE statement_id NOT IN "
                              "(SELECT id FROM statements)",
    "events grouped under a deleted event": "SELECT COUNT(*) FROM events WHERE corpus_event_id IS NOT NULL AND "
                                            "corpus_event_id NOT IN (SELECT id FROM events)",
    "participants without event": "SELECT COUNT(*) FROM event_participants WHERE event_id NOT IN "
                                  "(SELECT id FROM events)",
}


def faults(db: Path, reference: dict[str, Any]) -> dict[str, int]:
    """Each check's count of what is wrong (0 everywhere is a clean store)."""
    found = signature(db)
    conn = sqlite3.connect(db)
    try:
        out: dict[str, int] = {}
        articles, ref = found["articles"], reference["articles"]
        out["articles stored twice"] = sum(len(rows) - 1 for rows in articles.values())
        out["articles missing"] = len(set(ref) - set(articles))
        out["articles not in the clean run"] = len(set(articles) - set(ref))
        out["articles whose analysis differs"] = sum(1 for d in set(ref) & set(articles) if articles[d] != ref[d])
        out["analysed articles lost their statements"] = sum(
            1 for d in set(ref) & set(articles) if ref[d][0][1] and not articles[d][0][1])
        out["actor keys twice"] = sum(n - 1 for n in found["actors"].values() if n > 1)
        out["actors differ from the clean run"] = len(set(found["actors"]) ^ set(reference["actors"]))
        out["error sources twice"] = sum(n - 1 for n in found["errors"].values() if n > 1)
        out["errors differ from the clean run"] = len(set(found["errors"]) ^ set(reference["errors"]))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for name, sql in ORPHANS.items():
            if all(t in tables for t in ("events", "event_participants")) or "event" not in name:
                out[name] = int(conn.execute(sql).fetchone()[0])
        out["integrity_check"] = int(conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok")
        out["foreign_key_check"] = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        for fts in ("statements_fts", "articles_fts"):
            try:
                conn.execute(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")
                out[f"{fts} integrity-check"] = 0
            except sqlite3.DatabaseError:
                out[f"{fts} integrity-check"] = 1
        if "store_counts" in tables:
            kept = dict(conn.execute("SELECT name, n FROM store_counts"))
            recount = {
                "analysed": "SELECT COUNT(*) FROM articles WHERE status = 'analysed'",
                "skipped": "SELECT COUNT(*) FROM articles WHERE status = 'skipped'",
                "statements": "SELECT COUNT(*) FROM statements", "actors": "SELECT COUNT(*) FROM actors",
                "quotes": "SELECT COUNT(*) FROM quotes", "errors": "SELECT COUNT(*) FROM errors"}
            out["kept counts wrong"] = sum(int(kept.get(k, -1) != conn.execute(sql).fetchone()[0])
                                           for k, sql in recount.items())
        return out
    finally:
        conn.close()


def stored(db: Path) -> tuple[int, int, int]:
    """(analysed articles, schema version, articles at an older pipeline) in a store; -1s when it cannot be read."""
    if not db.exists():
        return 0, 0, 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0] \
                if "schema_migrations" in tables else 0
            count = conn.execute("SELECT COUNT(*) FROM articles WHERE status = 'analysed'").fetchone()[0] \
                if "articles" in tables else 0
            older = conn.execute(f"SELECT COUNT(*) FROM articles WHERE pipeline_version = '{OLDER}'").fetchone()[0] \
                if "articles" in tables else 0
            return int(count), int(version or 0), int(older)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return -1, -1, -1


# -- the modes ------------------------------------------------------------------------------------------

def old_store(corpus: Path, db: Path, migrations: int) -> None:
    """A store written with only the first ``migrations`` migrations (as an older onrecord left it)."""
    code = (f"import sys; import onrecord.store as s; s.MIGRATIONS = s.MIGRATIONS[:{migrations}]; "
            "from onrecord.corpus import IngestOptions, ingest; "
            "print(ingest([sys.argv[1]], IngestOptions(db=sys.argv[2])))")
    subprocess.run([sys.executable, "-c", code, str(corpus), str(db)], check=True, env=environment(),
                   capture_output=True)


class Cluster:
    """A Dask ``LocalCluster`` of 2 worker processes in a process (and session) of its own, to kill parts of."""

    def __init__(self, memory_limit: str = "3GB") -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", CLUSTER, memory_limit], stdout=subprocess.PIPE,
                                     text=True, env=environment(), start_new_session=True)
        assert self.proc.stdout is not None
        self.address = self.proc.stdout.readline().strip()

    def kill_a_worker(self) -> None:
        import psutil

        workers = [p for p in psutil.Process(self.proc.pid).children()
                   if "resource_tracker" not in " ".join(p.cmdline())]
        if workers:
            workers[0].kill()

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()


def copy_store(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{source}{suffix}").exists():
            shutil.copy(f"{source}{suffix}", f"{target}{suffix}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--points", type=int, default=4, help="kill points per mode (spread over a clean run)")
    parser.add_argument("--texts", type=int, default=24)
    parser.add_argument("--scratch", default=None)
    parser.add_argument("--at", default=None, help="kill moments in seconds, comma-separated (instead of --points)")
    parser.add_argument("--stored", default=None,
                        help="kill once this many articles are stored (reprocessed, in reprocess mode), "
                             "comma-separated (instead of --points or --at; not for the shards and dask modes)")
    parser.add_argument("--signal", default="KILL", choices=("KILL", "TERM", "INT"))
    parser.add_argument("--chain", type=int, default=0, help="interrupt one store this many times in a row, then rerun")
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    global SIGNAL
    SIGNAL = {"KILL": signal.SIGKILL, "TERM": signal.SIGTERM, "INT": signal.SIGINT}[args.signal]
    scratch = Path(args.scratch or tempfile.mkdtemp(prefix="kill-resume-"))
    corpus = scratch / "corpus"
    if not corpus.exists():
        write_corpus(corpus, args.texts)
    issues = ["--issues", str(TAXONOMY)]
    total: Counter[str] = Counter()
    for mode in args.modes.split(","):
        print(f"\n== {mode}")
        work = scratch / mode
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir()
        at = [float(x) for x in args.at.split(",")] if args.at else None
        counts = [int(x) for x in args.stored.split(",")] if args.stored else None
        if args.chain:
            total += run_chain(mode, corpus, work, args.chain, issues, args.seed)
        else:
            total += run_mode(mode, corpus, work, args.points, issues, at, counts)
    print("\n== all modes: " + (", ".join(f"{k} {v}" for k, v in sorted(total.items()) if v) or "nothing wrong"))


def run_mode(mode: str, corpus: Path, work: Path, points: int, issues: list[str],
             at: list[float] | None = None, counts: list[int] | None = None) -> Counter[str]:
    clean, db = work / "clean.db", work / "run.db"
    shards, clean_shards = work / "shards", work / "clean-shards"
    base: Path | None = None  # a store each kill starts from (reprocess, migrate, load's target is empty)
    if mode in ("inline", "workers"):
        workers = "1" if mode == "inline" else "2"

        def command(target: Path) -> list[str]:
            return onrecord("ingest", str(corpus), "--db", str(target), "--workers", workers, "--json", *issues)
    elif mode == "shards":
        def command(target: Path) -> list[str]:
            folder = clean_shards if target == clean else shards
            return onrecord("ingest", str(corpus), "--db", str(target), "--shards", str(folder), "--workers", "2",
                            "--json", *issues)
    elif mode == "load":
        prepared = work / "prepared.db"
        run(onrecord("ingest", str(corpus), "--db", str(prepared), "--shards", str(clean_shards), "--workers", "2",
                     *issues))

        def command(target: Path) -> list[str]:
            return onrecord("load", str(clean_shards), "--db", str(target))
    elif mode == "reprocess":
        base = work / "base.db"
        run(onrecord("ingest", str(corpus), "--db", str(base), *issues))
        conn = sqlite3.connect(base)
        conn.execute(f"UPDATE articles SET pipeline_version = '{OLDER}' WHERE status = 'analysed'")
        conn.commit()
        conn.close()

        def command(target: Path) -> list[str]:
            return onrecord("reprocess", "--db", str(target), *issues)
    elif mode == "migrate":
        base = work / "base.db"
        old_store(corpus, base, 7)

        def command(target: Path) -> list[str]:
            return onrecord("ingest", str(corpus), "--db", str(target), "--json", *issues)
    elif mode.startswith("dask-"):
        clusters: list[Cluster] = []

        def command(target: Path) -> list[str]:
            for old in clusters:
                old.kill()
            clusters[:] = [Cluster()]
            return onrecord("ingest", str(corpus), "--db", str(target), "--dask", clusters[0].address, "--json",
                            *issues)

        def strike() -> None:
            if mode == "dask-worker":
                clusters[0].kill_a_worker()
            else:
                clusters[0].kill()
    else:
        raise SystemExit(f"unknown mode {mode}")

    def fresh(target: Path) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        if base is not None:
            copy_store(base, target)

    fresh(clean)
    first = run(command(clean))
    if mode == "shards":
        run(onrecord("load", str(clean_shards), "--db", str(clean)))
    reference = signature(clean)
    duration = first["seconds"]
    analysed = sum(1 for rows in reference["articles"].values() if rows[0][0] == "analysed")
    print(f"clean run: rc {first['rc']}, {duration:.1f} s, {analysed} analysed articles, "
          f"{sum(reference['errors'].values())} errors")
    found: Counter[str] = Counter()
    # Spread over the run; the first points early (start-up, migration), the last near the end.
    moments = at or ([0.4 + 0.15 * n for n in range(min(points, 2))] + [
        duration * (n + 1) / (points - 1) for n in range(max(points - 2, 0))])[:points]
    def progress() -> int:
        analysed, _, older = stored(db)
        return analysed - older if mode == "reprocess" else analysed

    points_at: list[tuple[float, int | None]] = [(m, None) for m in moments] if counts is None else [
        (0.0, n) for n in counts]
    for moment, count in points_at:
        fresh(db)
        shutil.rmtree(shards, ignore_errors=True)
        if count is not None:
            killed = run(command(db), when=lambda n=count: progress() >= n)
        else:
            killed = run(command(db), kill_after=moment, kill=strike if mode.startswith("dask-") else None)
        at_kill, version, older = stored(db)
        again = run(command(db))
        if mode == "shards":
            again = run(onrecord("load", str(shards), "--db", str(db)))
        wrong = faults(db, reference)
        summary = summary_of(again)
        if mode in ("inline", "workers", "migrate", "dask-worker", "dask-scheduler") and summary:
            told = summary.get("analysed", 0) + summary.get("already_stored", 0)
            wrong["rerun summary: analysed + already != articles"] = int(told != analysed + 1)  # + the copy
            wrong["rerun summary: already != stored at the kill + the copy"] = int(
                mode != "migrate" and summary.get("already_stored") != max(at_kill, 0) + 1)
        wrong["rerun exit status"] = int(again["rc"] not in (0, 1))
        wrong["orphan processes after 5 s"] = killed["orphans"]
        bad = {k: v for k, v in wrong.items() if v}
        state = "killed" if killed["killed"] else f"ended first (rc {killed['rc']})"
        if mode.startswith("dask-"):
            state += f" (rc {killed['rc']} in {killed['seconds']:.1f} s: {_last_line(killed['err'])})"
        if mode == "reprocess":
            state += f", {analysed - older} reprocessed"
        where = f"kill at {moment:5.1f} s" if count is None else f"kill at {count} stored ({killed['seconds']:.1f} s)"
        print(f"{where}: {state}, {at_kill} analysed stored at the kill, schema {version}; "
              f"rerun rc {again['rc']} in {again['seconds']:.1f} s: " + (
                  ", ".join(f"{k} {v}" for k, v in bad.items()) or "store as the clean run's"))
        if again["rc"] not in (0, 1):
            print("   rerun stderr: " + _last_line(again["err"]))
        found.update(bad)
    if mode.startswith("dask-"):
        for cluster in clusters:
            cluster.kill()
    return found


def run_chain(mode: str, corpus: Path, work: Path, times: int, issues: list[str], seed: int) -> Counter[str]:
    """One store interrupted ``times`` times in a row at random moments, then the command run to its end."""
    import random

    if mode not in ("inline", "workers"):
        raise SystemExit("--chain is for the inline and workers modes")
    workers = "1" if mode == "inline" else "2"

    def command(target: Path) -> list[str]:
        return onrecord("ingest", str(corpus), "--db", str(target), "--workers", workers, "--json", *issues)

    clean, db = work / "clean.db", work / "run.db"
    first = run(command(clean))
    reference = signature(clean)
    analysed = sum(1 for rows in reference["articles"].values() if rows[0][0] == "analysed")
    print(f"clean run: rc {first['rc']}, {first['seconds']:.1f} s, {analysed} analysed articles")
    pick = random.Random(seed)
    found: Counter[str] = Counter()
    for n in range(times):
        left = analysed - max(stored(db)[0], 0) if db.exists() else analysed  # a moment while work is left
        moment = pick.uniform(0.3, 4.0 + first["seconds"] * left / max(analysed, 1))
        stopped = run(command(db), kill_after=moment)
        at_stop = stored(db)[0]
        found["hung after the signal"] += stopped["hung"]
        found["orphan processes after 5 s"] += stopped["orphans"]
        # 130: stopped by onrecord's handler; minus the signal: by its default action (before the handler is set, at
        # start-up, or after the run, at exit); 0 or 1: the run had ended first
        found["exit status of a stopped run not 0, 1, 130 or the signal's"] += int(
            stopped["rc"] not in (0, 1, 130, -SIGNAL))
        print(f"{n + 1:>3}: signal at {moment:5.1f} s: " + (
            f"rc {stopped['rc']} in {stopped['seconds']:.1f} s, " if stopped["killed"] else "ended first, ") +
            f"{at_stop} analysed stored; {_last_line(stopped['err'])[:110]}")
    again = run(command(db))
    wrong = faults(db, reference)
    summary = summary_of(again)
    if summary:
        wrong["rerun summary: analysed + already != articles"] = int(
            summary.get("analysed", 0) + summary.get("already_stored", 0) != analysed + 1)
    wrong["rerun exit status"] = int(again["rc"] not in (0, 1))
    found.update({k: v for k, v in wrong.items() if v})
    print(f"rerun rc {again['rc']} in {again['seconds']:.1f} s: " + (
        ", ".join(f"{k} {v}" for k, v in found.items() if v) or "store as the clean run's, nothing hung or left"))
    return found


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.startswith("onrecord")]
    return lines[-1][:160] if lines else (text.strip().splitlines() or [""])[-1][:160]


if __name__ == "__main__":
    main()
