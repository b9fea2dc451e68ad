"""A body the text calls by its bare noun ("the union", "the ministry", "the company") with no body of that kind
named before is an unnamed source under that noun, not a source left without an actor; one named before is still
that body (issue 12 item 3, branch desc15). Texts written for these tests."""

from pathlib import Path

from onrecord import extract
from onrecord.resolve.linking import CorpusLinker
from onrecord.store import Store

PUBLISHED = "2024-11-12"


def _who(text: str) -> dict[str, tuple[str | None, str | None, str]]:
    """Each speaker as written -> (actor name, actor type, resolution)."""
    article = extract(text, published=PUBLISHED)
    return {s.speaker.text: (s.actor.name if s.actor else None, s.actor.type if s.actor else None, s.resolution)
            for s in article.statements if s.speaker is not None}


def test_a_bare_body_noun_with_no_body_named_is_an_unnamed_source_under_the_noun() -> None:
    who = _who("Strike talks stall\n\nThe union hit out at the government over the plan, saying it would cost "
               "thousands of jobs.\n\nThe ministry denied that any deal had been signed.\n\n"
               "The company declined to comment.\n")
    assert who["The union"] == ("union", "unnamed", "description")
    assert who["The ministry"] == ("ministry", "unnamed", "description")
    assert who["The company"] == ("company", "unnamed", "description")


def test_a_body_named_before_is_still_the_body_and_another_kind_is_not() -> None:
    who = _who("Fares rise\n\nNorvale Rail raised fares on Monday. The company said costs had gone up.\n\n"
               "The union said its members would strike.\n")
    assert who["The company"] == ("Norvale Rail", "organization", "organization")
    assert who["The union"] == ("union", "unnamed", "description")  # no union named: not Norvale Rail


def test_it_may_mean_the_unnamed_body_that_spoke() -> None:
    who = _who("Plant to close\n\nThe union called the closure a betrayal on Monday. “We will fight this,” it "
               "said in a statement.\n")
    assert who["The union"][:2] == who["it"][:2] == ("union", "unnamed")


def test_what_no_noun_describes_keeps_its_reason() -> None:
    article = extract("Talks end\n\nActivists gathered outside the court. The group said the law was unjust.\n\n"
                      "The ministry said the law would stand.\n\nShe said the vote would be close.\n",
                      published=PUBLISHED)
    left = {s.speaker.text: s.unresolved_reason for s in article.statements if s.speaker and s.actor is None}
    # "the group" may be the activists the text described; "she" has no one before her; "the ministry" is one
    assert set(left) == {"The group", "She"} and all(left.values())


def test_a_described_body_joins_only_the_same_description_across_a_corpus(tmp_path: Path) -> None:
    named = extract("Fares rise\n\nNorvale Rail raised fares on Monday. The company said costs had gone up.\n",
                    published=PUBLISHED)
    unnamed = extract("Jobs go\n\nThe company declined to comment on the cuts.\n", published=PUBLISHED)
    again = extract("Plant shut\n\nThe company said the plant would close.\n", published=PUBLISHED)
    store = Store(tmp_path / "c.db")
    ids: list[dict[str, int]] = []
    for article in (named, unnamed, again):
        with store.transaction():
            linker = CorpusLinker(store)
            ids.append({s.actor.name: linker.actor(s.actor) for s in article.statements if s.actor is not None})
    assert ids[1]["company"] != ids[0]["Norvale Rail"]
    assert ids[1]["company"] == ids[2]["company"]  # one description, as "officials" is, never the named company
    (kind,) = store.conn.execute("SELECT type FROM actors WHERE id = ?", (ids[1]["company"],)).fetchone()
    assert kind == "unnamed"


def test_a_body_named_far_back_whose_name_has_the_noun_is_still_the_one_meant() -> None:
    filler = " ".join(f"Lawyers filed brief number {n} on the case." for n in range(1, 11))
    who = _who(f"Ruling due\n\nThe Supreme Court agreed on Monday to hear the appeal. {filler} "
               "The court said it would rule by June.\n")
    assert who["The court"][:2] == ("Supreme Court", "organization")


def test_a_body_a_place_names_is_the_later_bare_noun_and_a_generic_one_is_not() -> None:
    who = _who("Ballot row\n\nA Riverside ballot commission met on Monday to weigh the name. "
               "The commission said the law was unclear.\n")
    assert who["The commission"][:2] == ("Riverside ballot commission", "organization")
    who = _who("Ballot row\n\nIf an eight-member court was deadlocked, nothing would change. "
               "The court said the law was unclear.\n")
    assert who["The court"][:2] == ("court", "unnamed")  # any court at all: not the body the text described
