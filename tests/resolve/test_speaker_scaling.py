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
