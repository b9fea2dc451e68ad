from onrecord import Settings, extract
from onrecord.extract.quotes import find_quotations
from onrecord.nlp import split_points

PARAGRAPH = ("Senator Ada Brook said that the vote would come on Friday. "
             "“We have the numbers and we will win this,” Brook said.\n")


def test_cuts_never_fall_inside_a_quotation() -> None:
    text = PARAGRAPH * 40
    quotes = [(q.start, q.end) for q in find_quotations(text)]
    cuts = split_points(text, 500, quotes)
    assert cuts, "a text longer than the piece size must be cut"
    assert all(not (a < c < b) for c in cuts for a, b in quotes)


def test_long_text_in_pieces_loses_no_statement_at_the_seams() -> None:
    text = PARAGRAPH * 30
    whole = extract(text, settings=Settings(max_chunk_chars=1_000_000))
    pieces = extract(text, settings=Settings(max_chunk_chars=700))
    assert len(whole.statements) == 60
    assert [s.to_dict() for s in pieces.statements] == [s.to_dict() for s in whole.statements]


def test_a_dateline_is_a_sentence_of_its_own() -> None:
    from onrecord import extract

    article = extract("BRUSSELS (AP) — European leaders said on Thursday that talks would resume.")
    [s] = article.statements
    assert s.speaker is not None and s.speaker.text == "European leaders"
    named = extract("Commission President Ursula von der Leyen said the money was there.")
    assert [a.name for a in named.actors] == ["Ursula von der Leyen"]
