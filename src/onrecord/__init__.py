"""onrecord: who said what, about which issue, how firmly, and when.

``extract``, ``extract_many``, ``ingest`` and ``reprocess`` are ``onrecord.api``'s, imported on first call:
``import onrecord`` (and so every ``import onrecord.store``...) does not load spaCy, which the query
commands never need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from onrecord._version import __version__
from onrecord.ingest import InputError, TextInput
from onrecord.model import Actor, Article, Cue, Mention, Span, Statement
from onrecord.settings import Settings

# The subpackages named like two of the functions load first: importing a subpackage for the first time
# sets it as an attribute of this package, which would replace the function bound below.
importlib.import_module("onrecord.extract")

if TYPE_CHECKING:
    from onrecord.api import extract, extract_many, ingest, reprocess
else:

    def _deferred(name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            from onrecord import api

            return getattr(api, name)(*args, **kwargs)

        call.__name__ = call.__qualname__ = name
        call.__doc__ = f"``onrecord.api.{name}`` (see there), imported on the first call."
        return call

    extract, extract_many, ingest, reprocess = (_deferred(n) for n in ("extract", "extract_many", "ingest",
                                                                        "reprocess"))

__all__ = [
    "Actor",
    "Article",
    "Cue",
    "InputError",
    "Mention",
    "Settings",
    "Span",
    "Statement",
    "TextInput",
    "__version__",
    "extract",
    "extract_many",
    "ingest",
    "reprocess",
]
