from onrecord.extract.quotes import double_marked, find_quotations


def spans(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotations(text)]


def test_straight_curly_and_guillemet_marks() -> None:
    text = 'He said "go now." She said “stay.” Il a dit «non» puis „ja“.'
    assert spans(text) == ['"go now."', "“stay.”", "«non»", "„ja“"]


def test_quotation_over_several_sentences_is_one() -> None:
    text = "“We will win. We will win big. Believe me,” he said."
    assert spans(text) == ["“We will win. We will win big. Believe me,”"]


def test_paragraph_that_reopens_an_unclosed_quotation_continues_it() -> None:
    text = "“The first part runs on.\n“And the second closes,” she said."
    (q,) = find_quotations(text)
    assert q.paragraphs == 2 and q.closed
    assert text[q.start:q.end] == text[: text.index(",”") + 2]


def test_unbalanced_mark_stops_at_the_paragraph_end() -> None:
    text = "He said “this never closes\nA new paragraph without quotes."
    (q,) = find_quotations(text)
    assert not q.closed
    assert text[q.start:q.end] == "“this never closes"


def test_apostrophes_are_not_quotations() -> None:
    assert spans("It’s the president’s plan, isn’t it?") == []


def test_doubled_apostrophes_as_quote_marks() -> None:
    text = "''It will take time,'' he said of Mr. O'Neil's ''spinach.'' It's rock 'n' roll."
    assert spans(text) == ["''It will take time,''", "''spinach.''"]
    q = find_quotations(text)[0]
    assert text[slice(*q.inner(text))] == "It will take time,"


class CountingText(str):
    finds = 0

    def find(self, *args) -> int:  # type: ignore[no-untyped-def, override]
        CountingText.finds += 1
        return super().find(*args)


def test_closing_guillemets_without_an_opening_one_are_not_searched_past_each_time() -> None:
    CountingText.finds = 0
    assert find_quotations(CountingText("»a " * 2_000)) == []
    assert CountingText.finds < 10  # was one search to the end of the paragraph per mark
    assert spans("x »Ja« und »nein« »oh") == ["»Ja«", "»nein«"]


def test_a_paragraph_closing_an_unopened_quotation_is_one_of_its_own() -> None:
    text = ("The coach said, “We learned a lot today.\n\nIt was an emotional day for all of us.”\n\n"
            "The match ended. “Good,” he said.")
    qs = find_quotations(text)
    inner = [text[slice(*q.inner(text))] for q in qs]
    assert inner == ["We learned a lot today.", "It was an emotional day for all of us.", "Good,"]
    assert not qs[0].closed and qs[1].closed


def test_a_closing_mark_after_a_closed_quotation_opens_nothing_new() -> None:
    text = "“We won,” she said.\n\nThe team was tired.” Then they left."
    assert [text[slice(*q.inner(text))] for q in find_quotations(text)] == ["We won,"]


# --- single marks (British, Irish and Australian outlets) -------------------------------------------------


def test_single_marks_quote_straight_and_curly() -> None:
    text = "'We will not give in,' she said. ‘The talks are over.’"
    assert spans(text) == ["'We will not give in,'", "‘The talks are over.’"]
    first, second = find_quotations(text)
    assert text[slice(*first.inner(text))] == "We will not give in,"
    assert text[slice(*second.inner(text))] == "The talks are over."


def test_apostrophes_open_no_single_quotation() -> None:
    text = ("It's the players' union, not Jones’ or O'Brien's, that won't budge; D’Souza, 6' 2\", "
            "loved rock 'n' roll in the '90s and ’til 2010 called 'em friends.")
    assert spans(text) == []


def test_apostrophes_inside_a_single_quotation_do_not_close_it() -> None:
    text = "‘We don’t accept the workers’ claim, and Jones’ figures are wrong,’ the minister said."
    assert spans(text) == [text[: text.index(",’") + 2]]


def test_a_plural_possessive_closes_a_quotation_where_another_one_opens_before_the_next_mark() -> None:
    text = "He called them 'the lads' and said: 'We won.'"
    assert spans(text) == ["'the lads'", "'We won.'"]
    assert spans("It was what she called a 'deal for teachers' at the time.") == ["'deal for teachers'"]


def test_double_marks_inside_single_ones_are_the_inner_quotation() -> None:
    text = "'They told us \"never again\" and meant it,' he said. \"A 'small' win,\" she said."
    assert spans(text) == ["'They told us \"never again\" and meant it,'", "\"A 'small' win,\""]


def test_single_quotation_runs_on_across_paragraphs() -> None:
    text = "'The first part runs on.\n\n'And the second closes,' she said.\n\nShe left."
    (q,) = find_quotations(text)
    assert q.paragraphs == 2 and q.closed
    assert text[q.start:q.end] == text[: text.index(",'") + 2]


def test_unclosed_single_quotation_ends_at_its_paragraph() -> None:
    text = "She said ‘this never closes\nA new paragraph without quotes."
    (q,) = find_quotations(text)
    assert not q.closed and text[q.start:q.end] == "‘this never closes"


def test_an_unclosed_single_mark_before_a_double_quotation_is_an_apostrophe() -> None:
    text = "Fans of 'Ndrangheta films said \"we love them\" on Monday."
    assert spans(text) == ['"we love them"']


def test_a_paragraph_closing_an_unopened_single_quotation_is_one_of_its_own() -> None:
    text = ("The coach said, ‘We learned a lot today.\n\nIt wasn’t easy for the players’ families.’\n\n"
            "The match ended. ‘Good,’ he said.")
    found = spans(text)
    assert found[1] == "It wasn’t easy for the players’ families.’"
    assert found[-1] == "‘Good,’"


def test_plural_possessives_with_no_closing_mark_after_them_close_each_quotation() -> None:
    found = spans("the players' union 'a " * 300)
    assert spans("He said 'It's the players' pay") == ["'It's the players'"]
    assert spans("Justice Mocked ‘Queers’ Who Get AIDS.") == ["‘Queers’"]
    assert spans("It said 'no defeat devices' were used.\n\n'We agree,' he said.") == ["'no defeat devices'",
                                                                                       "'We agree,'"]
    assert len(found) == 300 and set(found[:-1]) == {"'a the players'"} and found[-1] == "'a"


def test_a_single_mark_closes_after_an_inner_quotation_and_a_thin_space() -> None:
    text = "She wrote: 'He told me, \"Let's wait.\"\u2009' Then she left."
    assert spans(text) == ["'He told me, \"Let's wait.\"\u2009'"]


def test_the_parser_reads_single_mark_quotations_in_double_marks_offset_for_offset() -> None:
    text = "‘We won’t “give in”,’ she said.\n\n'It's the players' pay.\n\n'And theirs,' he said. Don't."
    marked = double_marked(text, find_quotations(text))
    assert marked == "“We won’t ‘give in’,” she said.\n\n\"It's the players' pay.\n\n\"And theirs,\" he said. Don't."
    assert [q.paragraphs for q in find_quotations(text)] == [1, 2]
    assert double_marked("He said “no” and 'O'Brien's' too.", []) == "He said “no” and 'O'Brien's' too."
