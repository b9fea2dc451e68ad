"""The extractor's entry point, kept for callers of the old module: the rules live in
``onrecord.extract.rules`` (one per construction, in one ordered list)."""

from __future__ import annotations

from onrecord.extract.rules import Candidate, find_candidates

__all__ = ["Candidate", "find_candidates"]
