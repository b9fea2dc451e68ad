from onrecord.extract.quotes import find_quotations


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
