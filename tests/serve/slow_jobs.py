"""Analysers that misbehave on purpose, for the worker pool (a worker imports them by name)."""

from __future__ import annotations

import json
import os
import time

from onrecord.settings import Settings


def spins(text: str, ident: str | None, published: str | None, settings: Settings) -> bytes:
    """Holds its CPU and never returns, like a pathological text."""
    n = 0
    while True:
        n += 1


def dies(text: str, ident: str | None, published: str | None, settings: Settings) -> bytes:
    """The worker process ends in the middle of a job (as when the kernel kills it for memory)."""
    os._exit(3)


def raises(text: str, ident: str | None, published: str | None, settings: Settings) -> bytes:
    raise ValueError("broken on purpose")


def echoes_slowly(text: str, ident: str | None, published: str | None, settings: Settings) -> bytes:
    """Answers with the text itself, after a while."""
    time.sleep(1)
    return text.encode()


def spins_on_hostile(text: str, ident: str | None, published: str | None, settings: Settings) -> bytes:
    """Spins for good on the text "hostile" (as a pathological text would), answers any other at once."""
    if text == "hostile":
        spins(text, ident, published, settings)
    return json.dumps({"text": text}).encode()
