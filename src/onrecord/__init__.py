"""onrecord: who said what, about which issue, how firmly, and when."""

from onrecord.api import extract, extract_many, ingest, reprocess
from onrecord.ingest import InputError, TextInput
from onrecord.model import Actor, Article, Cue, Mention, Span, Statement
from onrecord.settings import Settings

__version__ = "0.1.0"

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
    "extract",
    "extract_many",
    "ingest",
    "reprocess",
]
