"""Transcripts (issue 12, newcomer 6): speaker labels, reporters' turns, "I" in an answer, and "THE PRESIDENT"
as the office holder on the article's date. Small texts of our own in the shape of a press briefing."""

from __future__ import annotations

from onrecord import Settings, extract
from onrecord.extract.transcript import find_turns, masked

BRIEFING = """Press Briefing by Press Secretary Dana Whitfield and Coordinator Tom Harlan

MS. WHITFIELD:  Good afternoon, everyone.  I want to start with the storm relief package today.

Q    Has Moscow responded to the offer on the prisoners?

MR. HARLAN:  I can tell you that we put a serious offer on the table weeks ago.  (Laughter.)

Putin said last week that the talks should stay quiet, and we respect that.

Q    Okay.  Does he plan to meet the families soon?

MR. HARLAN:  Thanks.
"""


def _by_speaker(text: str, published: str = "2022-07-27") -> list[tuple[str | None, str, str]]:
    article = extract(text, published=published)
    return [(s.actor.name if s.actor else None, s.speaker.text if s.speaker else "", s.content.text)
            for s in article.statements]


def test_a_briefing_is_read_as_turns_and_a_one_off_label_is_not() -> None:
    turns = find_turns(BRIEFING)
    assert [BRIEFING[slice(*t.label)] for t in turns] == ["MS. WHITFIELD", "Q", "MR. HARLAN", "Q", "MR. HARLAN"]
    assert [t.question for t in turns] == [False, True, False, True, False]
    assert find_turns("UPDATE: The talks resumed on Monday.\n\nThe minister said they would go on.") == []
    # the parser reads the turns without their labels and stage directions, offset for offset
    plain = masked(BRIEFING, turns)
    assert len(plain) == len(BRIEFING) and "MR. HARLAN" not in plain and "(Laughter.)" not in plain


def test_labels_are_no_actors_and_a_question_is_no_statement() -> None:
    article = extract(BRIEFING, published="2022-07-27")
    names = {a.name for a in article.actors}
    assert not names & {"Q", "MR", "Okay", "Laughter", "MR. HARLAN"}
    assert not any("responded" in s.content.text or "meet the families" in s.content.text
                   for s in article.statements)


def test_each_answer_paragraph_is_the_labelled_speakers_and_I_in_it_is_them() -> None:
    seen = _by_speaker(BRIEFING)
    assert ("Dana Whitfield", "MS. WHITFIELD",
            "Good afternoon, everyone.  I want to start with the storm relief package today.") in seen
    assert ("Tom Harlan", "I", "we put a serious offer on the table weeks ago") in seen
    assert ("Tom Harlan", "MR. HARLAN",
            "I can tell you that we put a serious offer on the table weeks ago.") in seen
    assert not any(speaker == "MR. HARLAN" and content == "Thanks." for _, speaker, content in seen)


def test_reported_speech_in_an_answer_keeps_its_own_speaker() -> None:
    seen = _by_speaker(BRIEFING)
    # the bare surname is the actors file's Vladimir Putin (issue 12): no one else of that name is in the briefing
    assert ("Vladimir Putin", "Putin", "the talks should stay quiet") in seen


def test_without_the_rule_the_labels_are_read_as_prose() -> None:
    off = extract(BRIEFING, published="2022-07-27", settings=Settings(disabled_rules="transcript-turn"))
    assert not any(s.speaker is not None and s.speaker.text == "MR. HARLAN" for s in off.statements)


REMARKS = """Remarks by President Biden on the Harbor Bill

THE PRESIDENT:  Thank you all for coming.  I signed the harbor bill this morning and I am proud of it.

Q    Will you veto the tariff bill, sir?

THE PRESIDENT:  I will veto it if it reaches my desk, and I told the Senate so.
"""


def test_the_presidents_label_is_the_person_the_header_names() -> None:
    seen = _by_speaker(REMARKS, "2022-06-10")
    # "Biden" alone is the actors file's Joe Biden (issue 12)
    assert {name for name, speaker, _ in seen if speaker in ("THE PRESIDENT", "I")} == {"Joe Biden"}


PRESS = """Press Gaggle by Press Secretary Dana Whitfield

MS. WHITFIELD:  The President told the governors that the United States will send more money to the states.

Q    Is there a date for that?

MS. WHITFIELD:  The President said that the money would arrive before the winter, as he promised.
"""


def test_a_bare_the_president_is_the_office_holder_on_the_articles_date() -> None:
    # One president fits in a US story of June 2022 (the starter actors file's dated roles): Joe Biden;
    # in 2018, Donald Trump; never a generic actor "President".
    for published, holder in (("2022-06-27", "Joe Biden"), ("2018-03-01", "Donald Trump")):
        seen = _by_speaker(PRESS, published)
        assert (holder, "The President", "the money would arrive before the winter") in seen
        assert "President" not in {name for name, _, _ in seen}


def test_a_bare_the_president_stays_unresolved_where_two_presidents_fit() -> None:
    text = PRESS.replace("to the states.", "to the states, and President Putin has been told.")
    seen = _by_speaker(text, "2022-06-27")
    assert (None, "The President", "the money would arrive before the winter") in seen


def test_a_bare_the_president_in_ordinary_news_is_the_office_holder_too() -> None:
    text = ("Tariff talks resume\n\nThe United States will raise tariffs on steel next month, officials said.\n\n"
            "The President told reporters on Monday that the talks with the steelmakers would go on.")
    said = "the talks with the steelmakers would go on"
    assert ("Joe Biden", "The President", said) in _by_speaker(text, "2022-05-02")
    assert ("Donald Trump", "The President", said) in _by_speaker(text, "2019-05-02")


INTERVIEW = """Governor Lane on the flood plan

HOST:  Do you think the state can pay for the new levees this year?

LANE:  I think the state can pay for them, and I told the legislature so in March.

HOST:  Thank you, Governor.
"""


def test_a_thought_inside_an_answer_is_the_answers_and_an_interviewers_question_is_a_question() -> None:
    article = extract(INTERVIEW, published="2024-05-02")
    seen = {(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text): s.act
            for s in article.statements}
    answer = "I think the state can pay for them, and I told the legislature so in March."
    assert ("LANE", ":", answer) in seen
    assert not any(cue == "think" for _, cue, _ in seen)  # nested in the answer, as the rule ``nested`` reads
    assert seen[("HOST", ":", "Do you think the state can pay for the new levees this year?")] == "question"


GAGGLE = """Press Gaggle by Press Secretary Tom Harlan

MR. HARLAN:  I spoke with Governor Dan Riley this morning about the storm and the relief money for the coast.

Q    And what did the governor tell you about the bill?

MR. HARLAN:  He said he would sign the relief bill on Friday, and I believe him.

Q    Thanks, Tom.
"""


def test_he_in_an_answer_is_never_the_one_answering() -> None:
    seen = _by_speaker(GAGGLE, "2024-05-02")
    assert ("Dan Riley", "He", "he would sign the relief bill on Friday") in seen


CALLED_ON = """Press Briefing by Press Secretary Dana Whitfield

MS. WHITFIELD:  Senator Tom Okafor met the families this morning to talk about the relief money.

Go ahead, Peter.

Q    What did the families hear from him?

MS. WHITFIELD:  He said the bill would pass before the summer recess.
"""


def test_a_reporter_only_called_on_is_no_antecedent() -> None:
    seen = _by_speaker(CALLED_ON, "2024-05-02")
    assert ("Tom Okafor", "He", "the bill would pass before the summer recess") in seen


SPEECH = """Remarks by President Biden on the Harbor Bill

THE PRESIDENT:  Good afternoon.  I signed the harbor bill this morning, and I am proud of every word in it.

It will rebuild our ports and bring back the jobs we lost over the last ten years.
"""


def test_a_speech_under_one_label_is_its_speakers() -> None:
    assert [SPEECH[slice(*t.label)] for t in find_turns(SPEECH)] == ["THE PRESIDENT"]
    seen = _by_speaker(SPEECH, "2022-06-10")
    assert ("Joe Biden", "THE PRESIDENT",
            "It will rebuild our ports and bring back the jobs we lost over the last ten years.") in seen
    # a dateline is no label of a speech, even under a headline that names the city
    news = "New Delhi hosts the trade summit\n\nNEW DELHI: The minister said the talks would resume on Monday."
    assert find_turns(news) == []


QANDA = """Q&A with Governor Ruth Kaplan

Governor Ruth Kaplan spoke with our reporter Sam Ortiz about the harbor bill on Thursday.

Q: Will the state pay for the new levees?

A: I think the state will pay for them, and I said so to the legislature in March.

Q: And the ferry?

A: The ferry will run again in May, once the harbor is dredged and the docks are repaired.
"""


def test_an_interviews_answers_are_the_person_the_header_names_first() -> None:
    seen = _by_speaker(QANDA, "2024-05-02")
    answers = [content for name, speaker, content in seen if speaker == "A" and name == "Ruth Kaplan"]
    assert answers == ["I think the state will pay for them, and I said so to the legislature in March.",
                       "The ferry will run again in May, once the harbor is dredged and the docks are repaired."]


def test_a_sign_off_after_the_last_turn_is_no_part_of_it() -> None:
    # A news story's partial transcript ends on the writer's "Follow ... on Twitter" line, not the speaker's.
    text = (BRIEFING.rstrip() + "  We will keep working on the storm relief package with the governors.\n\n"
            "Follow Lena Ortiz on Twitter @lenaortiz.\n")
    last = find_turns(text)[-1]
    assert text[slice(*last.body)].endswith("with the governors.")
    assert not any("Twitter" in content for _, _, content in _by_speaker(text))


def test_a_label_is_the_one_full_name_of_its_surname_beside_a_headlines_title_and_surname() -> None:
    # "Gov Lorne" (a headline's title without its full stop) and "Governor Ada Lorne" are one person: the label
    # "LORNE" is Ada Lorne, not a third person "Lorne"
    text = ("NV Gov Lorne: The Storm Plan Will Work\n\nOn Sunday, Governor Ada Lorne said the storm plan would work."
            "\n\nPartial transcript as follows:\n\nHOST: Do you think the storm plan can work in every county?\n\n"
            "LORNE: I think the plan will work if every county helps its neighbours.\n\nHOST: And the money?\n\n"
            "LORNE: We need the federal money for the roads and the bridges in the north.\n")
    assert {name for name, speaker, _ in _by_speaker(text, "2016-07-10") if speaker == "LORNE"} == {"Ada Lorne"}


# A White House press conference as its publisher prints it, with no title line: the clock line and the room say
# whose government speaks; the questions name another country's president.
PRESSER = """East Room

4:02 P.M. EST

THE PRESIDENT:  Good afternoon.  I spoke with President Putin this morning, and I told him the sanctions stay.

Q    Mr. President, will you meet Putin again this spring?

THE PRESIDENT:  I expect we will meet again before the summer, and I said so to my team.

MR. SULLIVAN:  We have talked for hours, Vladimir Putin and I.  And nothing has changed since the last call.
"""


def test_a_role_label_is_its_holder_in_the_country_the_transcripts_header_names() -> None:
    seen = _by_speaker(PRESSER, "2022-01-19")
    # "EST" and "East Room" under no title: a US government transcript; its "THE PRESIDENT" is never Putin
    assert {name for name, speaker, _ in seen if speaker in ("THE PRESIDENT", "I")} == {"Joe Biden"}
    # a surname label is the actors file's official of that government on the date (not John J. Sullivan)
    assert ("Jake Sullivan", "MR. SULLIVAN", "We have talked for hours, Vladimir Putin and I.  And nothing has "
            "changed since the last call.") in seen
    # "the President" in an answer is that government's too, though the answers name President Putin
    said = _by_speaker(PRESSER + "\nMR. SULLIVAN:  The President said that the sanctions will stay in place.\n",
                       "2022-01-19")
    assert ("Joe Biden", "The President", "the sanctions will stay in place") in said
    # with no clock line or seat, a bare label is no one rather than the one president the questions name
    plain = _by_speaker(PRESSER.replace("East Room\n\n4:02 P.M. EST\n\n", ""), "2022-01-19")
    assert "Vladimir Putin" not in {name for name, speaker, _ in plain if speaker == "THE PRESIDENT"}


def test_a_pronoun_the_recogniser_takes_for_a_name_is_no_actor() -> None:
    names = {a.name for a in extract(PRESSER, published="2022-01-19").actors}
    assert "I." not in names and "I" not in names
    # "US" is a country for all that "us" is a pronoun
    us = extract("The US told Germany on Monday that the sanctions would stay in place.", published="2022-01-19")
    assert "United States" in {a.name for a in us.actors}


def test_a_title_given_apart_from_the_text_names_its_labels() -> None:
    text = PRESSER.replace("East Room\n\n4:02 P.M. EST\n\n", "") + (
        "\nMS. WHITFIELD:  We will take two more questions after this one, I can promise you all.\n")
    article = extract(text, title="Remarks by President Biden and Press Secretary Dana Whitfield in Press Conference")
    seen = {(s.actor.name if s.actor else None, s.speaker.text if s.speaker else "") for s in article.statements}
    assert ("Joe Biden", "THE PRESIDENT") in seen and ("Dana Whitfield", "MS. WHITFIELD") in seen


def test_the_vice_presidents_label_is_not_the_president_the_header_names_first() -> None:
    text = ("Remarks by President Biden and Vice President Harris on the Port Bill\n\n"
            "THE PRESIDENT:  Thank you all.  I signed the port bill this morning and I am proud of it.\n\n"
            "Q    Will the ports open in May?\n\n"
            "THE VICE PRESIDENT:  I expect the first port to open in May, and the rest by the end of the year.\n")
    seen = _by_speaker(text, "2022-06-10")
    assert {name for name, speaker, _ in seen if speaker == "THE VICE PRESIDENT"} == {"Kamala Harris"}
    assert {name for name, speaker, _ in seen if speaker == "THE PRESIDENT"} == {"Joe Biden"}


CALL = """Via Teleconference

11:03 A.M. EDT

ACTING ADMINISTRATOR HOLLOWAY:  Good morning.  Today we will give an update on the state of the vaccine campaign.

Q    Mr. Trump, is there a date for boosters?

MR. KIRBY:  Kirby here.  We expect the first boosters to ship in the autumn, as we said last week.

THE PRESIDENT:  We have done well on the vaccine campaign, better than anyone expected of us.
"""


def test_a_label_is_the_full_name_its_title_gives_not_its_office_or_a_bare_surname() -> None:
    article = extract(CALL, published="2025-02-18", title="Interview of President Trump and Coordinator John Kirby")
    seen = {(s.actor.name if s.actor else None, s.speaker.text if s.speaker else "") for s in article.statements}
    # "ADMINISTRATOR" is the label's office, not a given name; the title's "John Kirby" and "President Trump"
    # (the actors file's holder on the date) are who speak, not the bare "Kirby" and "Trump" of the text
    assert {("Holloway", "ACTING ADMINISTRATOR HOLLOWAY"), ("John Kirby", "MR. KIRBY"),
            ("Donald Trump", "THE PRESIDENT")} <= seen


PODIUM = """James S. Brady Press Briefing Room

2:10 P.M. EDT

MS. WHITFIELD:  Good afternoon, everyone.  I have a few things at the top, and then Tom will take your questions.

Q    Has Moscow responded to the offer on the prisoners?

MR. HARLAN:  I can tell you that we put a serious offer on the table weeks ago, and we stand by it today.

Q    Does the President plan to meet the families soon?

MS. WHITFIELD:  As Tom said, the offer is serious, and we want every one of them home.
"""


def test_a_given_name_at_the_podium_is_the_colleague_the_transcript_names_in_full() -> None:
    # trans13: "As Jake said" in a briefing by Karine Jean-Pierre and Jake Sullivan is Jake Sullivan
    article = extract(PODIUM, published="2022-07-27",
                      title="Press Briefing by Press Secretary Dana Whitfield and Coordinator Tom Harlan")
    seen = {(s.actor.name if s.actor else None, s.speaker.text if s.speaker else "") for s in article.statements}
    assert ("Tom Harlan", "Tom") in seen
    assert "Tom" not in {a.name for a in article.actors}


def test_a_given_name_two_colleagues_share_is_neither() -> None:
    article = extract(PODIUM, published="2022-07-27",
                      title="Press Briefing by Press Secretary Dana Whitfield, Tom Harlan and Tom Reyes")
    seen = {(s.actor.name if s.actor else None, s.speaker.text if s.speaker else "") for s in article.statements}
    assert not {("Tom Harlan", "Tom"), ("Tom Reyes", "Tom")} & seen


def test_a_person_named_in_a_rooms_name_is_no_person_of_the_story() -> None:
    # trans13: the "he" after a briefing's header is never the man the briefing room is named after
    article = extract(PODIUM, published="2022-07-27",
                      title="Press Briefing by Press Secretary Dana Whitfield and Coordinator Tom Harlan")
    assert not any("Brady" in a.name for a in article.actors)


def test_he_after_the_president_in_an_answer_may_be_the_president() -> None:
    # trans13: "the President" in an answer is an antecedent wherever it stands, not only as a cue's speaker;
    # main gave this "he" to the colleague named before ("Tom")
    article = extract(PODIUM + "\nThe President is meeting the families on Friday, and he will say more about "
                      "the talks then.\n", published="2022-07-27",
                      title="Press Briefing by Press Secretary Dana Whitfield and Coordinator Tom Harlan")
    seen = {(s.actor.name if s.actor else None, s.speaker.text if s.speaker else "") for s in article.statements}
    assert ("Joe Biden", "he") in seen



def test_he_after_the_president_is_no_one_where_the_transcript_says_no_government() -> None:
    # With no seat or clock line in the header, "the President" was the story's country's: a briefing whose
    # question is about China gave "he" to Xi Jinping. Unresolved is better than a guess.
    text = ("Press Briefing by Press Secretary Dana Whitfield\n\nMS. WHITFIELD: Good afternoon, everybody.\n\n"
            "Q: Is the President worried about China?\n\nMS. WHITFIELD: Look, I am just going to repeat what the "
            "President said. And he said that he was very clear: we will protect our sovereignty.\n")
    he = [s for s in extract(text, published="2023-02-10").statements if s.speaker and s.speaker.text == "he"]
    assert he and all(s.actor is None for s in he)


# voice14: a transcript quoted paragraph by paragraph, each paragraph opening with a quote mark before its label.
QUOTED = """The anchor pressed the senator on the vote in an interview broadcast on Tuesday. Part of the exchange:

"HALVERSON: Senator Brandt, did you mislead the voters about the pipeline vote?

"BRANDT: I voted for the pipeline because it brings jobs to my state, and I said so at every town hall.

"HALVERSON: Will you vote for it again next year?

"BRANDT: I will vote for it again if the route stays away from the river."
"""


def test_labels_after_a_quote_mark_are_turns_and_the_hosts_question_is_not_the_guests() -> None:
    turns = find_turns(QUOTED)
    assert [QUOTED[slice(*t.label)] for t in turns] == ["HALVERSON", "BRANDT", "HALVERSON", "BRANDT"]
    seen = _by_speaker(QUOTED, published="2016-05-03")
    assert not any(s == "Brandt" and "mislead" in c for s, _m, c in seen)  # the host's question is the host's
    assert any(m == "HALVERSON" and c.startswith("Senator Brandt, did you mislead") for _s, m, c in seen)
    assert any(m == "BRANDT" and c.startswith("I voted for the pipeline") for _s, m, c in seen)
    # no statement runs over a label (the quotation the rules read from the first quote mark)
    assert not any("HALVERSON:" in c or "BRANDT:" in c for _s, _m, c in seen)
