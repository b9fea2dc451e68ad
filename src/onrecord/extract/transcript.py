"""Transcripts: press briefings, press conferences, interviews and gaggles, whose paragraphs open with a
speaker label ("MR. KIRBY:", "THE PRESIDENT:", "SENIOR ADMINISTRATION OFFICIAL:", a reporter's "Q").

Journalists quote transcripts all the time, and read as news they go wrong: the labels become actors ("Q",
"MR"), a reporter's question becomes a claim by whoever it is about, and every "I" of an answer is left
without a speaker. Here the format is recognised per article and each turn is read as what it is:

- an article is a transcript when at least ``MIN_LABELS`` paragraphs open with a label and the labels name
  at least ``MIN_SPEAKERS`` speakers (a reporter's "Q" counts as one): one "UPDATE:" line, or a story that
  quotes a single "TRUMP:" exchange, is news, not a transcript. A speech printed as its publisher does
  ("Remarks by President Biden ..." over "THE PRESIDENT:  ...") is one too: a single speaker whose label
  holds a title the header writes (``_remarks``);
- labels and stage directions ("(Laughter.)") are blanked, same length, in the copy the parser reads, so
  they are never names, cues or statements (offsets still index the text as written);
- a reporter's turn makes no statement: what the rules found there is dropped (a question is not a claim by
  the person it is about);
- each paragraph of an answer is one direct statement of the turn's speaker, its cue the label's colon
  and its speaker mention the label (the guideline's blockquote: direct, one statement per paragraph);
  a paragraph of fewer than ``MIN_WORDS`` words ("Okay.", "Thank you.") is none, one ending in a question
  mark (an interviewer's "TAPPER:" turn, a question back to the room) is a ``question``. As the rule
  ``nested`` reads any statement, a thought or stance the rules find inside an answer ("I think we will
  ...") is part of the answer's statement, not a second one; reported speech ("Putin said that ...", "I told
  him ...") is a statement of its own, with its own speaker;
- a statement the rules found is cut at the end of its turn (a content never runs into the next label).

Who the label names ("MR. KIRBY" is the John Kirby the header names; "THE PRESIDENT" is the office holder on
the article's date) and that "I" in a turn is the turn's speaker is the resolver's part
(``resolve/speakers.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from onrecord.extract import english as en
from onrecord.extract.cues import cue_class, reports_words
from onrecord.extract.furniture import Furniture
from onrecord.extract.rules.base import Candidate, Cover
from onrecord.model import Act

# A transcript has at least this many label paragraphs, and its labels name at least this many speakers.
MIN_LABELS = 3
MIN_SPEAKERS = 2
# An answer paragraph of fewer words says nothing on the record ("Okay.", "Thank you.", "Go ahead.").
MIN_WORDS = 4
TURN_RULE = "transcript-turn"
TURN_CONFIDENCE = 0.9  # the label says who speaks: no cue is firmer
_PARAGRAPH = re.compile(r"\S(?:[^\n]|\n(?![ \t\u00a0]*\n))*")
_WORD = re.compile(r"[^\W\d_]+")
# Cues that nest in an answer's statement as in any content (``rules.filters.drop_nested``): not speech.
_NESTING_CLASSES = frozenset({"cognition", "stance"})
# Opening quote marks a label may follow (``en.TRANSCRIPT_LABEL``).
_LABEL_QUOTES = "\"\u201c'\u2018"



@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker's turn: the label, the colon after it when there is one, and the words it opens up to
    the next label (article offsets)."""

    label: tuple[int, int]  # "MR. KIRBY", "Q"
    mark: tuple[int, int] | None  # the colon
    body: tuple[int, int]
    question: bool  # a reporter's turn

    def name(self, text: str) -> str:
        return text[self.label[0]:self.label[1]]


def find_turns(text: str) -> list[Turn]:
    """The turns of a transcript, in text order; none when ``text`` is not one (see the module's threshold)."""
    # One article is asked about in turn by the parser's copy, the statements and the analysis: the last
    # text's turns are kept (a read of the pair: a worker thread may replace it).
    last = _LAST_TURNS[0] if _LAST_TURNS else None
    if last is not None and last[0] is text:
        return list(last[1])
    turns = _find_turns(text)
    _LAST_TURNS[:] = [(text, tuple(turns))]
    return turns


_LAST_TURNS: list[tuple[str, tuple[Turn, ...]]] = []


def _find_turns(text: str) -> list[Turn]:
    found: list[tuple[int, int, tuple[int, int] | None, int, bool]] = []
    named: list[tuple[int, int, tuple[int, int] | None, int, bool]] = []  # "Bass:" in an interview's Q&A
    for m in en.TRANSCRIPT_LABEL.finditer(text):
        question = m.group("q") is not None
        start, end = m.span("q") if question else m.span("name")
        colon = text.find(":", end, m.end())
        mark = (colon, colon + 1) if colon != -1 else None
        if not question:
            end = start + len(text[start:end].rstrip(" \t\u00a0"))
            if not _is_label(text[start:end]):
                if _is_name_label(text[start:end]):
                    named.append((start, end, mark, m.end(), False))
                continue
        found.append((start, end, mark, m.end(), question))
    interview = _interview_labels(text, found, named)
    found = sorted(found + interview)
    speakers = {"Q" if q else text[s:e].upper() for s, e, _, _, q in found}
    if (len(found) < MIN_LABELS or len(speakers) < MIN_SPEAKERS) and not _remarks(text, found):
        return []
    in_name_case = {start for start, *_ in interview}
    turns = []
    for n, (start, end, mark, body_start, question) in enumerate(found):
        line_end = text.rfind("\n", 0, found[n + 1][0]) if n + 1 < len(found) else _text_end(text, body_start)
        if start in in_name_case:  # an interview inside a story: the answer is its paragraph, the story goes on
            paragraph_end = text.find("\n", body_start)
            line_end = min(line_end, paragraph_end if paragraph_end != -1 else len(text))
        body_end = body_start + len(text[body_start:max(line_end, body_start)].rstrip())
        turns.append(Turn((start, end), mark, (body_start, body_end), question))
    return turns


def _text_end(text: str, body_start: int) -> int:
    """Where the last turn ends: the text's end, or the publisher's sign-off line after it."""
    sign_off = en.TRANSCRIPT_SIGN_OFF.search(text, body_start)
    return sign_off.start() if sign_off is not None else len(text)


def _remarks(text: str, found: Sequence[tuple[int, int, tuple[int, int] | None, int, bool]]) -> bool:
    """A speech as its publisher prints it: "Remarks by President Biden ...", then "THE PRESIDENT:" opening
    the body (one speaker, however few labels). The label holds a title ("president", "secretary") that the
    header before it writes too; not "NEW DELHI:" under a headline about New Delhi (a dateline has no title)."""
    if not found or any(q for *_, q in found) or len({text[s:e].upper() for s, e, *_ in found}) != 1:
        return False
    start, end = found[0][:2]
    titles = [w for w in re.findall(r"[^\W\d_]+", text[start:end].lower()) if w in en.LABEL_TITLES]
    header = text[:start].lower()
    return bool(titles) and all(re.search(rf"\b{t}\b", header) for t in titles)


def _is_name_label(name: str) -> bool:
    """"Bass", "Karen Bass": a name in its own case, as an interview's Q&A writes the one answering."""
    words = name.split()
    return 0 < len(words) <= 2 and all(w[:1].isupper() and w[1:] == w[1:].lower() and w.replace("-", "").isalpha()
                                       for w in words) and words[0].lower() not in en.NON_SPEAKER_LABELS


def _interview_labels(text: str, found: Sequence[tuple[int, int, tuple[int, int] | None, int, bool]],
                      named: Sequence[tuple[int, int, tuple[int, int] | None, int, bool]],
                      ) -> list[tuple[int, int, tuple[int, int] | None, int, bool]]:
    """An interview printed as Q&A ("Q: Will you veto it?" / "Bass: If it cuts police recruitment, yes."): a label
    in a name's own case is a turn only beside a reporter's "Q", where it opens at least two paragraphs and the
    story names that person elsewhere ("Mayor Karen Bass sat down with us"); not "Note:" or a one-off "Update:"."""
    if not any(q for *_, q in found):
        return []
    counts: dict[str, int] = {}
    for start, end, *_ in named:
        counts[text[start:end]] = counts.get(text[start:end], 0) + 1
    starts = {start for start, *_ in named}
    kept = set()
    for label, n in counts.items():
        elsewhere = (m.start() for m in re.finditer(rf"\b{re.escape(label)}\b", text))
        if n >= 2 and any(at not in starts for at in elsewhere):
            kept.add(label)
    return [t for t in named if text[t[0]:t[1]] in kept]


def _is_label(name: str) -> bool:
    """"MR. KIRBY", "THE PRESIDENT": a short name in capitals; not "UPDATE", "EDITOR'S NOTE" (a note)."""
    words = name.split()
    return (name == name.upper() and name != name.lower() and 0 < len(words) <= en.TRANSCRIPT_LABEL_WORDS
            and re.sub(r"\W", "", words[0].lower()) not in en.NON_SPEAKER_LABELS)


def masked(text: str, turns: Sequence[Turn]) -> str:
    """``text`` with every label (and its colon) and every stage direction in a turn as spaces, offset for
    offset: what the parser reads of a transcript."""
    if not turns:
        return text
    chars = list(text)
    for turn in turns:
        # and the quote mark before a label ('"RAMOS: ...'): not a quotation the rules should read (voice14)
        begin = turn.label[0] - 1 if turn.label[0] and text[turn.label[0] - 1] in _LABEL_QUOTES else turn.label[0]
        for i in range(begin, (turn.mark or turn.label)[1]):
            chars[i] = " "
        for m in en.STAGE_DIRECTION.finditer(text, *turn.body):
            chars[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def _turn_at(turns: Sequence[Turn], starts: Sequence[int], offset: int) -> Turn | None:
    n = bisect_right(starts, offset) - 1
    return turns[n] if n >= 0 and offset < turns[n].body[1] + 1 else None


def within_turns(text: str, candidates: Sequence[Candidate], turns: Sequence[Turn],
                 answers: Sequence[Candidate] = (), *, speech_only: bool = True) -> list[Candidate]:
    """The rules' candidates a transcript keeps: none in a reporter's turn, none a thought or stance inside
    one of the ``answers`` (``turn_candidates``), with ``speech_only`` (rule ``answer-speech``) none there whose
    cue reports no words ("you see ...", "we talked about ..."), each cut at its turn's end (one outside every
    turn at the next label)."""
    starts = [t.label[0] for t in turns]
    inside = Cover([a.content for a in answers])
    kept = []
    for cand in candidates:
        if cand.cue is not None and inside.contains(cand.cue[0], cand.cue[1]) and (
                cue_class(cand.cue[2], cand.rule) in _NESTING_CLASSES
                or (speech_only and not reports_words(cand.cue[2]))):
            continue  # "I think we will ...", "you saw ...": the answer says it; no second statement
        turn = _turn_at(turns, starts, cand.content[0])
        cue_turn = _turn_at(turns, starts, cand.cue[0]) if cand.cue else turn
        if (turn is not None and turn.question) or (cue_turn is not None and cue_turn.question):
            continue  # a reporter's question claims nothing for anyone
        if turn is not None and cand.content[1] > turn.body[1]:
            cand.content = (cand.content[0], turn.body[1])
        elif turn is None:  # outside every turn ('"RAMOS: ...' read from its quote mark): up to the next label
            n = bisect_right(starts, cand.content[0])
            if n < len(turns) and turns[n].label[0] < cand.content[1]:
                cut = turns[n].label[0]
                cand.content = (cand.content[0], len(text[:cut].rstrip(" \t\u00a0\n" + _LABEL_QUOTES)))
        if cand.content[1] > cand.content[0]:
            kept.append(cand)
    return kept


def turn_candidates(text: str, turns: Sequence[Turn]) -> list[Candidate]:
    """One direct statement per answer paragraph, its speaker the label (``TURN_RULE``)."""
    out = []
    plain = masked(text, turns)
    furniture = Furniture(text)  # "Editor's note: ...", "Photo: X/State House" after the last turn: the page's
    for turn in turns:
        if turn.question or turn.mark is None:
            continue
        for m in _PARAGRAPH.finditer(plain, *turn.body):
            start, end = m.start(), m.start() + len(m.group().rstrip())
            if furniture.covers(start):
                continue
            words = _WORD.findall(plain[start:end])
            if len(words) < MIN_WORDS:
                continue
            act: Act = "question" if text[start:end].endswith("?") else "assert"
            out.append(Candidate(kind="direct", content=(start, end), cue=(*turn.mark, ":"), speaker=None,
                                 act=act, confidence=TURN_CONFIDENCE, rule=TURN_RULE,
                                 speaker_offsets=turn.label))
    return out
