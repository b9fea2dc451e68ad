"""The last text's transcript turns are kept for its next reader (speed16): the parser's copy, the statements and
the analysis each ask ``find_turns`` of one article in turn; the answer is the same as found afresh."""

from __future__ import annotations

from onrecord.extract.transcript import find_turns

BRIEFING = """Press Briefing by Press Secretary Nora Quill

MS. QUILL: Good afternoon. The governor will sign the water bill on Friday.

Q: Will the governor veto the budget?

MS. QUILL: He has not decided. He will read it first.

Q: And the water bill?

MS. QUILL: He will sign it on Friday, as I said.
"""


def test_the_turns_asked_again_of_the_same_text_are_the_same_and_a_list_of_ones_own() -> None:
    first = find_turns(BRIEFING)
    assert len(first) == 5 and find_turns(BRIEFING) == first
    first.clear()  # a caller's list is its own: the kept turns are not changed
    again = find_turns(BRIEFING)
    assert len(again) == 5 and again == find_turns("".join(BRIEFING))  # an equal text, another object: found anew
    assert find_turns("A story with no labels at all.") == [] and find_turns(BRIEFING) == again
