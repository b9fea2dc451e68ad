"""Pages of other outlets through the HTML reader: what it keeps of their furniture, and what that furniture gives.

The HTML reader drops what its markup calls boilerplate (navigation, figure captions, asides) but keeps what the
outlet writes as paragraphs: a wire's credits, a newsletter plug, an advertisement's label. Those lines stay in
the stored text; the extractor gives them no statement and no actor (``extract/furniture.py``). A footer's
copyright year is no date of the story.
"""

from __future__ import annotations

from onrecord import extract
from onrecord.ingest.sources import html_input

WIRE_PAGE = """<!doctype html><html><head><title>Port strike ends</title>
<meta name="author" content="Ann Lee"><meta property="article:published_time" content="2024-11-12"></head><body>
<article><h1>Port strike ends</h1>
<figure><img src="a.jpg"><figcaption>Dockers leave the port of Lisbon on Monday. (AP Photo/Luis Vieira)</figcaption>
</figure>
<p>LISBON, Nov 12 (Wire) - Dockers at Lisbon's port ended their strike on Tuesday, and union leader Rui Costa said
work would resume on Wednesday morning after the company raised its offer.</p>
<aside><h3>Related</h3><ul><li><a href="/x">Minister Sara Quinn says the ports need money</a></li></ul></aside>
<p>"This is a fair deal for every docker in the country," Costa said.</p>
<p>(Reporting by Tom Reed; Additional reporting by Joana Silva in Madrid; Editing by Mark Hale)</p>
<p>Our Standards: The Wire Trust Principles.</p>
<p>Sign up for our morning newsletter and get the news you need to start your day.</p>
</article><footer>Copyright 2024 Wire. All rights reserved.</footer></body></html>"""

UNDATED_PAGE = """<!doctype html><html><head><title>Storm closes ports</title></head><body>
<article><h1>Storm closes ports</h1>
<p>Portugal closed four ports on Tuesday as a storm moved in, and the harbour master of Porto, Rui Almeida, said
ships would wait offshore until Thursday.</p>
<p>Copyright 2024 The Wire. All rights reserved.</p></article></body></html>"""


def test_a_wire_pages_credits_and_plugs_give_no_statement_and_no_actor() -> None:
    item = html_input(WIRE_PAGE, ident="p", source="p.html")
    assert "(Reporting by Tom Reed" in item.text  # the reader keeps the credits: the extractor must skip them
    article = extract(item.text, published=item.published)
    assert [s.actor.name if s.actor else None for s in article.statements] == ["Rui Costa", "Rui Costa"]
    names = {a.name for a in article.actors}
    assert {"Tom Reed", "Joana Silva", "Mark Hale", "Standards", "Spain"}.isdisjoint(names)
    assert "Rui Costa" in names


def test_a_footers_copyright_year_is_no_date_of_the_story() -> None:
    assert html_input(UNDATED_PAGE, ident="p", source="p.html").published is None
    assert html_input(UNDATED_PAGE, ident="p", source="p.html", published="2024-11-12").published == "2024-11-12"


def test_a_page_that_writes_the_first_of_january_keeps_it() -> None:
    page = UNDATED_PAGE.replace("<h1>", '<time datetime="2024-01-01">January 1, 2024</time><h1>')
    assert html_input(page, ident="p", source="p.html").published == "2024-01-01"
