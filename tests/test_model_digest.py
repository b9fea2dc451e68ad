"""``text_digest``: the article's sha256, kept for the text in hand (events and the resolver ask again)."""

import hashlib

import pytest

from onrecord import model


def test_the_digest_is_the_texts_sha256_and_hashed_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = "Talks resumed on Monday.", "Talks resumed on Tuesday.\ud800"  # a lone surrogate too
    expected = {t: hashlib.sha256(t.encode("utf-8", "surrogatepass")).hexdigest() for t in (first, second)}
    hashed: list[bytes] = []
    real = hashlib.sha256

    def counting(data: bytes) -> "hashlib._Hash":
        hashed.append(data)
        return real(data)

    monkeypatch.setattr(model.hashlib, "sha256", counting)
    assert [model.text_digest(t) for t in (first, first, second, second, first)] == [
        expected[first], expected[first], expected[second], expected[second], expected[first]]
    assert len(hashed) == 3  # once per change of text
    copy = "".join(list(first))  # an equal text, another object: hashed again, the same digest
    assert copy is not first and model.text_digest(copy) == expected[first]
