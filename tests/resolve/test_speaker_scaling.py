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


def test_dates_and_numbers_cost_the_room_rule_no_name_words() -> None:
    """``_rooms_by_slot`` reads a name's words only for the labels a room can have; a date's are never read."""
    unit = "On Monday 5 boats left. "
    small = lines_run("Ana Ruiz met them in the Oval Office. " + unit * 5, speakers, {"_rooms_by_slot"})
    large = lines_run("Ana Ruiz met them in the Oval Office. " + unit * 45, speakers, {"_rooms_by_slot"})
    assert large - small <= 2 * 2 * 40 + 10, (small, large)  # the loop and the label test per date and number
