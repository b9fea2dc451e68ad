"""Rules that drop candidates: nested weak cues, notes on a silence, and (strict) deeds and vague beliefs."""

from __future__ import annotations

from bisect import bisect_left

from onrecord.extract import english as en
from onrecord.extract.rules.base import Candidate, Cover, Piece

# Rule priors at or below this are "weak" cues (thought 0.75, learned 0.6,
# position 0.65): they do not stand as statements inside another's content.
WEAK_PRIOR = 0.75


def drop_nested_positions(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """Resolve overlaps in favour of the surer reading (see ``drop_nested``)."""
    return drop_nested(found)


def drop_nested(found: list[Candidate]) -> list[Candidate]:
    """Resolve overlaps in favour of the surer reading.

    A position, thought or learned cue inside another statement's content is
    part of what that statement reports, not a new statement ("said his country
    opposed X", "said he believes Y"); and one whose content swallows a surer
    statement's cue misread the clause. Speech and phrasal cues nest.
    Sorted sweeps, not all pairs: a long text can hold thousands of candidates.
    """
    contents = Cover([c.content for c in found])
    cued = sorted((c.cue[0], c.cue[1], c.confidence) for c in found if c.cue is not None)
    cue_starts = [x[0] for x in cued]
    # Two rules reading the same words ("responded with chants of “...”") make one statement:
    # the surer one, the first on a tie.
    best: dict[tuple[int, int], int] = {}
    for i, c in enumerate(found):
        j = best.get(c.content)
        if j is None or c.confidence > found[j].confidence:
            best[c.content] = i
    keep: list[Candidate] = []
    for i, c in enumerate(found):
        if best[c.content] != i:
            continue
        if c.cue is not None and c.confidence <= WEAK_PRIOR:
            nested = contents.contains(c.cue[0], c.cue[1], besides=i)
            swallowing = _swallows(c, cued, cue_starts)
            if nested or swallowing:
                continue
        keep.append(c)
    return keep


def _swallows(c: Candidate, cued: list[tuple[int, int, float]], cue_starts: list[int]) -> bool:
    """Whether ``c``'s content holds the cue of a surer candidate (``cued``: sorted cue spans)."""
    start, end = c.content
    for n in range(bisect_left(cue_starts, start), len(cued)):
        cue_start, cue_end, confidence = cued[n]
        if cue_start > end:
            return False
        if confidence > c.confidence and cue_end <= end:
            return True
    return False


def drop_no_comment(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """"did not respond to a request for comment": the writer's note on a silence, not a statement."""
    return [c for c in found if not en.NO_COMMENT.match(piece.text, *c.content)]


def is_attribution(cand: Candidate) -> bool:
    """The strict reading of what a statement is (the second-domain guideline, docs/ANNOTATION.md 2.2): a
    belief is attributed only to a specific source, and an intention or wish never is (the writer's account
    of a goal): "Officials believe the talks will fail" is a statement; "Most people just think they are
    covered", "Russia wants to end the war" and "the attacker intended to obtain money" are not."""
    if cand.rule != "thought":
        return True
    if cand.speaker is None or _intention(cand):
        return False
    root = cand.speaker.root
    if root.lower_ in en.GENERIC_SOURCES or cand.speaker[0].lower_ in en.GENERIC_SOURCES:
        return False
    # An intention ("wants to", "plans to") counts when a named actor holds it; a belief needs its clause.
    named = root.pos_ == "PROPN" and root.ent_type_ in en.ENTITY_TYPES
    return cand.link == "ccomp" or named or root.lower_ in en.SPECIFIC_PRONOUNS


def _intention(cand: Candidate) -> bool:
    """"wants to support it", "plans to meet the envoys": a goal, told with an infinitive."""
    return cand.link == "xcomp" and cand.cue is not None and cand.cue[2].split()[0] in en.INTENTION_VERBS
