"""Finding the quote a statement repeats costs the same however many quotes share its words."""

from __future__ import annotations

from pathlib import Path

from onrecord.resolve import quotes
from onrecord.store import Store


def _steps_to_match(store: Store, actor_id: int, hashes: set[int]) -> int:
    steps = 0

    def count() -> int:
        nonlocal steps
        steps += 1
        return 0

    store.conn.set_progress_handler(count, 100)
    try:
        store.quote_candidates(actor_id, hashes)
    finally:
        store.conn.set_progress_handler(None, 0)
    return steps


def test_matching_a_quote_does_not_read_every_quote_that_shares_a_formula(tmp_path: Path) -> None:
    """A transcript whose speaker repeats a formula ("... before the vote on the harbour plan") put every earlier
    quote behind each of its shingles: storing the article was quadratic (5,200 statements, 12.8 s of CPU in
    one write transaction). Each shingle's quotes are read to a bound, so the 4,000th quote costs what the
    1,000th did."""
    formula = "we will review budget line {} before the vote on the harbour plan"
    with Store(tmp_path / "q.db") as store:
        with store.transaction():
            actor = store.actor_by_key("anna berg", "Anna Berg", "person")
        steps = []
        for total in (1_000, 4_000):
            with store.transaction():
                start = store.conn.execute("SELECT COUNT(*) FROM quotes").fetchone()[0]
                for n in range(start, total):
                    norm = quotes.normalise(formula.format(n))
                    store.add_quote(actor, norm, quotes.shingles(norm))
            steps.append(_steps_to_match(store, actor, quotes.shingles(quotes.normalise(formula.format("x")))))
        found = store.quote_candidates(actor, quotes.shingles(quotes.normalise(formula.format(7))))
    assert steps[1] < 1.5 * steps[0], steps  # read in full: four times the work
    assert found[0][2] == len(quotes.shingles(quotes.normalise(formula.format(7))))  # the same words still found first
    assert found[0][0] == 8  # quote 7's row (ids from 1), counted in full though its shingles' lists were cut
