"""The provenance check shared by the robustness tests: every offset indexes the text as given."""

from onrecord import Article


def assert_offsets_valid(text: str, article: Article) -> None:
    assert article.text == text
    for s in article.statements:
        spans = [s.content, s.cue, s.speaker]
        for span in (x for x in spans if x is not None):
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start:span.end] == span.text
    for actor in article.actors:
        for m in actor.mentions:
            assert 0 <= m.start < m.end <= len(text)
