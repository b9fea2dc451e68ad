"""onrecord: who said what, about which issue, how firmly, and when."""

from onrecord._version import __version__
from onrecord.api import extract, extract_many, ingest, reprocess
from onrecord.ingest import InputError, TextInput
from onrecord.model import Actor, Article, Cue, Mention, Span, Statement
from onrecord.settings import Settings

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
