import re

from onrecord import Settings, extract
from onrecord.extract.quotes import find_quotations
from onrecord.nlp import load, pieces_of, sanitised, split_points

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


class CountingRanges(list[tuple[int, int]]):
    """Protected ranges that count how often they are read through."""

    passes = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        CountingRanges.passes += 1
        return super().__iter__()


def test_cuts_look_up_quotations_by_position_not_by_scanning_them() -> None:
    text = ('He said: “x” and “y”. ' * 2_000)
    ranges = CountingRanges((q.start, q.end) for q in find_quotations(text))
    CountingRanges.passes = 0
    cuts = split_points(text, 2_000, ranges)
    assert CountingRanges.passes <= 3  # once to index them, not once per candidate cut
    assert len(cuts) > 10
    assert all(not (a < c < b) for c in cuts for a, b in ranges)


def test_a_run_without_whitespace_is_cut_into_short_pieces() -> None:
    text = "He said so. " + '"' * 5_000 + " and “" * 3 + "”" * 2_000 + " The end."
    pieces = pieces_of(text, 20_000, [(q.start, q.end) for q in find_quotations(text)], max_run=300)
    assert "".join(p for _, p in pieces) == text
    assert all(text[offset:offset + len(p)] == p for offset, p in pieces)
    assert max(len(run) for _, p in pieces for run in p.split()) <= 300
    # Ordinary text is cut only where it was before.
    news = PARAGRAPH * 40
    assert split_points(news, 500, max_run=300) == split_points(news, 500)


def test_a_sentence_without_full_stops_is_cut_before_the_parser() -> None:
    nlp = load(Settings(max_sentence_tokens=120))
    doc = nlp("the senator said that " * 100)
    assert max(len(s) for s in doc.sents) <= 120
    # A full stop restarts the count: sentences of ordinary length are left to the parser.
    doc = nlp(PARAGRAPH * 20)
    assert [s.text for s in doc.sents] == [s.text for s in load()(PARAGRAPH * 20).sents]


def test_lone_surrogates_are_parsed_as_replacement_characters_and_reported_as_written() -> None:
    text = "Senator Ada Brook said that the vote \ud800 would come on Friday.\udfff"
    assert sanitised(text) == text.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    article = extract(text)
    [s] = article.statements
    assert article.text is text
    assert s.content.text == text[s.content.start:s.content.end] and "\ud800" in s.content.text


def test_a_piece_dense_in_marks_holds_no_more_tokens_than_news_would() -> None:
    text = '" “ » ' * 5_000
    pieces = pieces_of(text, 20_000, max_tokens=1_000)
    assert "".join(p for _, p in pieces) == text
    assert max(len(load().tokenizer(p)) for _, p in pieces) <= 1_000
    news = PARAGRAPH * 400
    assert split_points(news, 20_000, max_tokens=6_000) == split_points(news, 20_000)


def test_a_span_no_longer_than_the_token_cap_is_not_counted_and_cut_as_before() -> None:
    # speed16: a span of at most ``max_tokens`` characters holds at most that many tokens and is not counted
    for marks in ("." * 10, "ab " * 4, "a. " * 3 + "a"):  # 10, 4 and 7 tokens: no cut
        assert split_points(marks, 100, max_tokens=10) == [], marks
    for marks in ("." * 11, "a." * 6, "a " * 11):  # 11, 12 and 11 tokens: cut before the eleventh
        cuts = split_points(marks, 100, max_tokens=10)
        assert cuts and len(re.findall(r"\w+|[^\w\s]", marks[:cuts[0]])) <= 10, marks


def test_a_statement_offset_finds_the_piece_that_holds_it() -> None:
    from onrecord.nlp import ParsedText, Piece, load
    from onrecord.settings import Settings

    nlp = load(Settings())
    parsed = ParsedText("aaa bbb ccc", (Piece(0, nlp("aaa ")), Piece(4, nlp("bbb ")), Piece(8, nlp("ccc"))))
    assert [parsed.piece_at(n).offset for n in (0, 3, 4, 7, 8, 10)] == [0, 0, 4, 4, 8, 8]


def test_an_abbreviation_that_ends_a_sentence_ends_it_before_a_name_and_its_verb() -> None:
    # Issue 12 (newcomer): the stop of "U.K." ends the sentence too; "the U.K. Xinhua" was one reporter.
    text = ("The ministry said the two men had passed secrets to the U.K. Tass reported Monday that the pair were "
            "arrested in May.")
    doc = load()(text)
    assert [s.text for s in doc.sents] == [
        "The ministry said the two men had passed secrets to the U.K.",
        "Tass reported Monday that the pair were arrested in May."]
    spoken = {(s.speaker.text if s.speaker else None, s.content.text) for s in extract(text).statements}
    assert ("The ministry", "the two men had passed secrets to the U.K.") in spoken
    assert ("Tass", "the pair were arrested in May") in spoken
    # However the parser hangs "the U.K." (here "the" a conjunction), it is the object of its preposition.
    [first, *_] = extract("The two sides traded charges, with Tokyo saying last month that MI5 had hired two clerks "
                          "to spy for the U.K. Tass reported Monday that the pair were held.").statements
    assert first.content.text == "MI5 had hired two clerks to spy for the U.K."
    # A common word goes on the name ("the U.S. Senate"), and initials are no sentence's end ("J.D. Vance").
    for whole in ("The bill was backed by the U.S. Senate on Friday.",
                  "The plan was sent to the U.S. Senate, which voted on Friday.",
                  "Senator J.D. Vance said the bill was dead."):
        assert len(list(load()(whole).sents)) == 1


def test_a_dateline_in_title_case_is_a_sentence_of_its_own_and_a_name_set_off_by_dashes_is_not() -> None:
    # Issue 12 (newcomer): "Beijing — ..." as some feeds write the dateline; it was part of the content.
    [s] = extract("Quito — The mayor on Friday closed the old bridge to lorries, local radio reported.").statements
    assert s.content.text == "The mayor on Friday closed the old bridge to lorries"
    assert len(list(load()("Smith — a veteran of the war — said the plan would fail.").sents)) == 1
    assert len(list(load()("Rep. Alexandria Ocasio-Cortez said the sale was a mistake.").sents)) == 1


def test_a_paragraphs_first_word_is_no_sentence_alone() -> None:
    text = ("Island governor announces resignation following protests\n\nRicardo Llorens Garced, the island's "
            "governor, announced his resignation shortly before midnight Wednesday night in an internet video.")
    sentences = [s.text.strip() for s in load()(text).sents]
    assert sentences[1].startswith("Ricardo Llorens Garced, the island's governor")


class RecordingPipe:
    """A pipeline that notes how many characters each of spaCy's batches holds, then parses as the real one."""

    def __init__(self, nlp: object) -> None:
        self.nlp = nlp
        self.batches: list[int] = []

    def pipe(self, items, *, as_tuples, batch_size, n_process=1):  # type: ignore[no-untyped-def]
        import itertools

        items = iter(items)

        def recorded():  # type: ignore[no-untyped-def]
            while chunk := list(itertools.islice(items, batch_size)):
                self.batches.append(sum(len(text) for text, _ in chunk))
                yield from chunk

        return self.nlp.pipe(recorded(), as_tuples=as_tuples, batch_size=batch_size)  # type: ignore[attr-defined]


def test_a_long_transcript_is_parsed_in_batches_of_bounded_size_with_the_same_parses() -> None:
    # The parse holds memory for every token of its batch at once: a long transcript's pieces in one batch of
    # 32 held 1.9 GB (5,200 statements). Batches are bounded in characters too, and parse each piece alike.
    from onrecord.nlp import parse_many

    speakers = ["Mara Quill", "Tomas Reed", "Ines Vale"]
    text = "\n\n".join(f"“We will look at item {n} before the harbour vote,” {speakers[n % 3]} said."
                       for n in range(940))
    assert len(text) > 64_000
    settings = Settings(max_chunk_chars=2_000)
    recording = RecordingPipe(load(settings))
    [(parsed, _)] = list(parse_many(recording, [(text, [], None)], settings))  # type: ignore[arg-type]
    assert len(parsed.pieces) >= 30 and recording.batches
    assert max(recording.batches) <= 50_000  # Settings.max_batch_chars; main: one batch of all 33 pieces
    [(one_by_one, _)] = list(parse_many(load(settings), [(text, [], None)], Settings(max_chunk_chars=2_000,
                                                                                     batch_size=1)))

    def signature(p):  # type: ignore[no-untyped-def]
        return [(piece.offset, [(t.tag_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start) for t in piece.doc])
                for piece in p.pieces]

    assert signature(parsed) == signature(one_by_one)
