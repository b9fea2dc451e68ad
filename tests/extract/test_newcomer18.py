"""A fact-checker's long articles (nc18): what a transcript's answers and a roundup of statements gave wrongly.
Small texts of our own in the shapes of a White House gaggle and a "what they are saying" roundup."""

from __future__ import annotations

from onrecord import Settings, extract
from onrecord.extract.furniture import is_furniture

GAGGLE = """Press Gaggle by Press Secretary Dana Whitfield Aboard Air Force One

4:02 P.M. EDT

MS. WHITFIELD:  Good afternoon, everyone.  I have one update on the storm relief package today.

Q    Has the governor asked for more money?

MS. WHITFIELD:  You saw the damage on the coast last week.  We will see if the money gets there in time.  \
I want to thank the crews who worked through the night.

Q    And the talks with Moscow?

MS. WHITFIELD:  The President told the Russian side that the prisoners must come home this year.

Q    Thank you.

MS. WHITFIELD:  We are about to land, so that is all for today, everyone.

END 4:19 P.M. EDT
"""


def _seen(text: str, settings: Settings | None = None) -> list[tuple[str | None, str | None, str]]:
    article = extract(text, published="2024-05-02", settings=settings)
    return [(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text)
            for s in article.statements]


def test_the_line_that_closes_a_transcript_is_no_answer() -> None:
    assert is_furniture("END 4:19 P.M. EDT") and is_furniture("END 11:02 A.M. EST")
    assert not is_furniture("End the war now, he said.")
    seen = _seen(GAGGLE)
    assert not any("END" in content for _, _, content in seen)
    assert ("MS. WHITFIELD", ":", "We are about to land, so that is all for today, everyone.") in seen


def test_inside_an_answer_only_a_verb_that_reports_words_makes_a_second_statement() -> None:
    seen = _seen(GAGGLE)
    cues = [cue for _, cue, _ in seen]
    assert "saw" not in cues and "see" not in cues and "to thank" not in cues and "thank" not in cues
    # reported speech in an answer is still a statement of its own
    assert ("The President", "told", "the prisoners must come home this year") in seen
    # the answer itself is whole
    assert any(speaker == "MS. WHITFIELD" and content.startswith("You saw the damage") for speaker, _, content in seen)
    off = [cue for _, cue, _ in _seen(GAGGLE, Settings(disabled_rules="answer-speech"))]
    assert "saw" in off or "see" in off


ROUNDUP = """Lawmakers praised the decision on Sunday.

Here is what they are saying:

Sen. Maura Kettleby: “The strikes were the right call and they make the country safer tonight.”

Senate Majority Whip Colin Ashdown: “The decision was the right one and our troops performed well.”

Senate Foreign Relations Committee Chair Walter Brisk: “This was a limited strike and there will be no troops \
on the ground.”

Rep. Anita Corvell: “The decision was the right move and it sent a clear message to the regime.”
"""


def test_a_long_title_labels_its_line_and_a_whip_is_a_title() -> None:
    article = extract(ROUNDUP, published="2025-06-22")
    by_content = {s.content.text[:30]: (s.actor.name if s.actor else None) for s in article.statements}
    assert by_content["This was a limited strike and "] == "Walter Brisk"  # not the previous line's speaker
    assert by_content["The decision was the right one"] == "Colin Ashdown"  # not "Whip Colin Ashdown"
    off = extract(ROUNDUP, published="2025-06-22", settings=Settings(disabled_rules="long-label"))
    assert {s.content.text[:30]: (s.actor.name if s.actor else None)
            for s in off.statements}["This was a limited strike and "] == "Colin Ashdown"  # the line before's


LABELS = """Here is what they are saying:

Sen. Pete Hallorand: “The strikes were the right call and they make the country safer tonight.”

Rep. August Pfennig: “I commend the airmen who carried out the operation with great skill.”

Rep. Pete Stauber: “The regime has wanted to harm our country for decades and this ends that threat.”
"""


def test_a_labels_name_is_its_person_whatever_the_recogniser_made_of_its_words() -> None:
    # "August" read as a month, "Stauber" as a date: no speaker, or the "Pete" of the line before (a callback)
    article = extract(LABELS, published="2025-06-22")
    assert [s.actor.name if s.actor else None for s in article.statements] == [
        "Pete Hallorand", "August Pfennig", "Pete Stauber"]


PRESSER = """Remarks by Adviser Tom Harlan and Minister Olek Marchenko in Press Conference

MR. MARCHENKO: (Speaks Ukrainian.) (No translation provided.)

MR. HARLAN:  Thank you, Olek.  We agreed today on a new package of support for the power grid this winter.

Q    (Speaks Ukrainian.) (No translation provided.)

MR. MARCHENKO: (Speaks Ukrainian.) (No translation provided.)
"""


def test_an_interpreters_note_alone_is_no_answer() -> None:
    article = extract(PRESSER, published="2024-03-20")
    assert [s.content.text for s in article.statements] == [
        "Thank you, Olek.  We agreed today on a new package of support for the power grid this winter."]


def test_a_curly_quotation_holding_two_curly_quotations_is_one() -> None:
    from onrecord.extract.quotes import find_quotations

    text = "He said “The chant “Death to the West” is policy, and “Death to the North” too.” Then “No.”"
    assert [(q.start, q.end) for q in find_quotations(text)] == [(8, 80), (86, 91)]
    # a mark left out pairs as before: the first closing mark closes the quotation
    assert [(q.start, q.end) for q in find_quotations("“A said. “B.”")] == [(0, 13)]
    line = ("Rep. Anita Corvell: “The decision was right. Their leaders chant “Death to the West” and “Death to "
            "the North” as official policy. We could not wait.”")
    assert [(s.actor.name if s.actor else None, s.content.text[:20]) for s in extract(line).statements] == [
        ("Anita Corvell", "The decision was rig")]


def test_curly_and_straight_marks_mixed_pair_as_before() -> None:
    from onrecord.extract.quotes import find_quotations

    text = "“Our roads are crumbling,\" she said. \"The grid fails “in the cold” and we must act.”"
    assert next((q.start, q.end) for q in find_quotations(text)) == (0, 26)


ROUNDTABLE = """Remarks by President Biden and Second Gentleman Douglas Emhoff at a Roundtable with Community Leaders

East Room

2:15 P.M. EDT

THE PRESIDENT:  Thank you all for coming today.  We stand with you, and we will not forget what happened.

THE SECOND GENTLEMAN:  Thank you, Mr. President.  I am proud to stand here with leaders of our community today.

Q    Mr. President, will you travel there?

THE PRESIDENT:  I have no plans to travel this week, but we will keep working with the families.
"""


def test_a_role_label_is_the_full_name_its_header_writes_after_the_role() -> None:
    article = extract(ROUNDTABLE, published="2023-10-11")
    assert [s.actor.name if s.actor else None for s in article.statements] == [
        "Joe Biden", "Douglas Emhoff", "Joe Biden"]
    lady = extract(ROUNDTABLE.replace("Second Gentleman Douglas Emhoff", "First Lady Jill Biden")
                   .replace("THE SECOND GENTLEMAN", "THE FIRST LADY"), published="2023-10-11")
    assert [s.actor.name if s.actor else None for s in lady.statements] == ["Joe Biden", "Jill Biden", "Joe Biden"]


JOINT = """REMARKS BY PRESIDENT HARLAN AND PRIME MINISTER OLEK MARCHENKO OF VELDORIA IN JOINT PRESS CONFERENCE

East Room

4:02 P.M. EST

PRESIDENT HARLAN:  Thank you all.  Prime Minister Marchenko and I agreed today on a new trade framework.

PRIME MINISTER MARCHENKO:  Thank you, Mr. President.  We will open our markets to each other step by step.

Q    Will tariffs go up?

PRESIDENT HARLAN:  We will look at that carefully over the coming months with our partners.
"""


def test_a_heading_in_capitals_above_a_transcript_makes_no_body_of_its_people() -> None:
    article = extract(JOINT, published="2025-02-13")
    kinds = {a.name: a.type for a in article.actors}
    assert not any(name.isupper() for name in kinds), kinds  # no "HARLAN" organisation, no "... IN JOINT PRESS ..."
    assert {(s.speaker.text if s.speaker else None, s.actor.type if s.actor else None)
            for s in article.statements if s.cue and s.cue.text == ":"} == {
        ("PRESIDENT HARLAN", "person"), ("PRIME MINISTER MARCHENKO", "person")}
