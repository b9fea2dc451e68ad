"""Speaker resolution stays linear when one name is repeated thousands of times (work counted, not timed)."""

from __future__ import annotations

from onrecord.resolve import speakers
from tests.resolve.linecount import lines_run


def test_a_titled_name_repeated_is_linear() -> None:
    """"President Lopez" again and again: each mention used to look through all the person's earlier ones."""
    unit = "President Lopez said it would pass. Lopez met the minister. "
    small = lines_run(unit * 150, speakers, {"_other_title_first"})
    large = lines_run(unit * 300, speakers, {"_other_title_first"})
    assert large <= 2.5 * small, (small, large)


def test_verbs_that_make_no_document_cost_the_rulings_rule_nothing() -> None:
    """"ruled" makes a ruling (``_see_rulings``); "stayed" and "rose" make none: their lemmas are passed over in
    the doc's arrays, where every verb of the article had a Token, its lemma and its children read."""
    unit = "Boats stayed in port. Prices rose. "
    small = lines_run("The Tribunal ruled on the case. " + unit * 5, speakers, {"_see_rulings"})
    large = lines_run("The Tribunal ruled on the case. " + unit * 100, speakers, {"_see_rulings"})
    assert large <= small + 10, (small, large)
