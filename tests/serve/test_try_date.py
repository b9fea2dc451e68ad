"""The Try-it page takes the article's date, as `POST /api/extract` does: what the text tells ("on Thursday")
was undated on the page, every event with it."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

TEXT = ("Mayor Ruth Okafor said the bridge would reopen in spring. "
        "She spoke after a meeting with the council on Thursday.\n")


def test_try_it_dates_a_pasted_text_by_the_date_given(client: TestClient) -> None:
    form = client.get("/try").text
    assert 'type="date"' in form and 'name="published"' in form
    undated = client.post("/try", data={"text": TEXT}).text
    dated = client.post("/try", data={"text": TEXT, "published": "2025-05-30"}).text
    assert "undated" in undated.split("</h1>", 1)[1][:300]
    assert "2025-05-30" in dated.split("</h1>", 1)[1][:300]  # the page says the date it was given
    assert "2025-05-29" in dated and "2025-05-29" not in undated  # the Thursday before, the meeting's day


def test_try_it_refuses_a_date_that_is_none_and_keeps_the_text(client: TestClient) -> None:
    page = client.post("/try", data={"text": TEXT, "published": "30/05/2025"})
    assert page.status_code == 400 and "is not a date (YYYY-MM-DD)" in page.text
    assert "the bridge would reopen in spring" in page.text and 'value="30/05/2025"' in page.text
    assert client.post("/try", data={"text": TEXT, "published": "0001-01-01"}).status_code == 400
    assert re.search(r'name="published" value=""', client.get("/try").text)
