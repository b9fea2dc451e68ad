"""A Title Case headline's capitals make no actors of their own (issue 12, item 6): a name the recogniser ran on
into the headline's next words is the name the running text writes, and a whole headline taken for a name is
none. Texts written for these tests."""

from tests.conftest import run


def _actors(text: str) -> dict[str, list[str]]:
    article = run(text)
    return {a.name: [text[m.start:m.end] for m in a.mentions] for a in article.actors}


def test_a_name_run_on_into_a_headline_verb_is_the_name_the_text_writes() -> None:
    text = ("Ted Cruz Refuses to Disavow Graham Endorsement\n\n"
            "Ted Cruz said on Sunday that he would not disavow the endorsement. "
            "Lindsey Graham endorsed him last week.")
    actors = _actors(text)
    assert not [name for name in actors if "Refuses" in name]
    assert actors["Ted Cruz"][0] == "Ted Cruz"
    assert len(actors["Ted Cruz"]) == 2  # the headline's mention and the running text's


def test_a_surname_the_text_writes_alone_does_not_cut_the_headline_full_name() -> None:
    text = ("Robert Downey Jr. Remembers His Friend\n\n"
            "\"He was a giant,\" Downey said on Sunday. The actor spoke at the memorial.")
    assert "Robert Downey Jr." in _actors(text)


def test_a_sentence_full_of_names_is_running_text_not_a_headline() -> None:
    text = ("The committee met on Monday and voted on the plan.\n\n"
            "Florida Rep. Debbie Wasserman Schultz, the Democratic National Committee's chair, chose four. "
            "Wasserman Schultz said the plan was fair.")
    assert "Debbie Wasserman Schultz" in _actors(text)


def test_a_headline_the_recogniser_took_for_a_body_is_no_actor() -> None:
    text = ("Northfield Water Crisis Deepens Amid Pipe Failures\n\n"
            "The city engineer said the pipes were too old. Residents said they had boiled water for weeks.")
    assert not [name for name in _actors(text) if "Crisis" in name]
