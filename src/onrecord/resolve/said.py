"""When a statement was made: the time expression the text attaches to its cue ("said on Monday", "told
reporters last week", "in an interview on Sunday", "wrote in a 2012 op-ed", "On Thursday, X announced"),
resolved to a day or a range of days relative to the publication date (``resolve/time.py``), or the
publication date when the text gives none. "once said", "has long argued", "previously said": said before the
article, no day (``earlier``).

A time inside the content is the content's, never the statement's ("said the vote will be on Friday"): only
the cue's own phrases are read, never its reported clause, a relative clause or the content's span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from spacy.tokens import Span as DocSpan
from spacy.tokens import Token

from onrecord.extract import event_words as W
from onrecord.extract.english import RELEASE_PARTICIPLES, RELEASED_CHANNELS, SAYING_OCCASIONS
from onrecord.model import Said, Span, Statement
from onrecord.nlp import ParsedText, ancestors_to, entities
from onrecord.resolve.time import MONTHS, Resolved, clock_only, parse_relative_base, resolve

# Phrases of the cue that never give the saying's time: "has been mayor since 1998", "will decide by Friday",
# "for two weeks" (how long, not when).
_NOT_WHEN = frozenset("since until till by for through throughout within before after ahead as".split())
# Clauses a time inside belongs to, not to the cue: the reported clause, relative clauses, other verbs.
_OTHER_CLAUSES = frozenset({"ccomp", "relcl", "advcl", "acl", "xcomp", "conj", "csubj", "parataxis", "pcomp",
                            "appos"})
# Words that say a statement was made before the article, with no day: "once said", "previously argued",
# "has long argued" ("long" only with a perfect: "has long", "had long").
EARLIER_WORDS = frozenset({"once", "previously", "formerly", "recently", "earlier"})
_LONG_AUX = frozenset({"has", "have", "had", "'s", "'ve", "’s", "’ve"})


# A transcript's header day ("March 3, 2025" over "MR. KIRBY: ..."): a full date, month written out.
_FULL_DATE = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\s+\d{1,2},\s+(?:1[89]|20)\d\d\b", re.IGNORECASE)


def date_statements(parsed: ParsedText, statements: Sequence[Statement], published: str | None,
                    transcript_start: int | None = None) -> None:
    """Set ``said`` on every statement. ``transcript_start``: where a transcript's first speaker label is;
    the full date in its header, if any, is when every statement after it without a time of its own was
    made (a briefing printed days later is still the briefing's day)."""
    base = parse_relative_base(published)
    start = transcript_start if transcript_start is not None else len(parsed.text)
    header = header_date(parsed.text, start, base) if transcript_start is not None else None
    for s in statements:
        if header is None or s.content.start < start:
            s.said = said_for(parsed, s, base)
            continue
        # inside the transcript, "last week" is read from the day it was spoken, not the day it was printed
        said = said_for(parsed, s, date.fromisoformat(header.date or ""))
        s.said = said if said.dated_by == "text" or said.earlier else header


def header_date(text: str, end: int, base: date | None) -> Said | None:
    """The first full date written before ``end`` (a transcript's header), as a ``Said`` of that day."""
    match = _FULL_DATE.search(text, 0, end)
    if match is None:
        return None
    words = match.group(0)
    found = resolve(words, base or date(int(words[-4:]), 12, 31), "past")
    day = found.iso()[0] if found is not None else None
    if day is None:
        return None
    return Said(time=Span(match.start(), match.end(), words), date=day, dated_by="text")


def said_for(parsed: ParsedText, statement: Statement, base: date | None) -> Said:
    """When ``statement`` was made: its cue's time expression resolved at ``base``, else ``base`` itself."""
    found = cue_time(parsed, statement) if statement.cue is not None else None
    if found is not None:
        span, earlier = found
        if earlier:
            return Said(time=span, earlier=True)
        resolved = resolve(span.text, base, "past") if base is not None else None
        if resolved is not None and not _same_years(span.text, resolved):
            resolved = None  # "in the 1990s" read as a day of this year: a year written is the year meant
        if resolved is not None and base is not None:
            day, days = resolved.iso()
            if day is not None and day > base.isoformat():
                day = None  # what was said is reported by publication: a day after it was misread
            if days is not None:
                if days[0] > base.isoformat():
                    days = None
                elif days[1] > base.isoformat():
                    days = (days[0], base.isoformat())  # "this week" in a Wednesday report: by Wednesday
                if days is not None and days[0] == days[1]:
                    day, days = days[0], None
            if day is not None or days is not None:
                return Said(time=span, date=day, date_range=days, dated_by="text")
        if base is None:
            return Said(time=span)  # no day to read it from: the words alone
        # a time the resolver cannot place ("the first half"): no time of the statement's, the article's day
    if base is None:
        return Said()
    return Said(date=base.isoformat(), dated_by="published")


def _same_years(words: str, resolved: Resolved) -> bool:
    """Whether every year written in ``words`` ("in 2015", "the 1990s") is a year of what it resolved to."""
    years = {int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)", words)}
    ends = [d for d in (resolved.date, resolved.first, resolved.last) if d is not None]
    return not years or (bool(ends) and all(any(d.year == y for d in ends) for y in years))


def cue_time(parsed: ParsedText, statement: Statement) -> tuple[Span, bool] | None:
    """The time expression among the cue's own phrases, as an article span, and whether it is an "earlier"
    word with no day; None when the cue has none."""
    cue = statement.cue
    if cue is None:
        return None
    piece = parsed.piece_at(cue.start)
    doc = piece.doc
    words = doc.char_span(cue.start - piece.offset, cue.end - piece.offset, alignment_mode="expand")
    if words is None or len(words) == 0:
        return None
    content = _reported_clause(words.root, (statement.content.start - piece.offset,
                                            statement.content.end - piece.offset))
    owners = _owners(words.root)
    for owner in owners:
        ent = _date_of(owner, content)
        if ent is not None:
            start, end = ent.start_char + piece.offset, ent.end_char + piece.offset
            return Span(start, end, parsed.text[start:end]), False
    for owner in owners:
        word = _earlier_word(owner, content)
        if word is not None:
            start = word.idx + piece.offset
            return Span(start, start + len(word), parsed.text[start:start + len(word)]), True
    return None


def _reported_clause(verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """The content without a time it opens with before the reported clause's subject: in "said on Monday they
    believe ..." the content found may start at "on Monday", which is the saying's time (as in events'
    ``_reporters_date``)."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        for phrase in clause.children:
            if phrase.dep_ in ("prep", "npadvmod") and verb.i < phrase.i < subject.i \
                    and content[0] <= phrase.idx < content[1] and phrase.lower_ not in _NOT_WHEN \
                    and not any(c.dep_ == "mark" and c.i < phrase.i for c in clause.children):
                content = (subject.left_edge.idx, content[1])
    return content


def _owners(verb: Token) -> list[Token]:
    """The cue's verb, and the verb it hangs from where the saying is part of that verb's time: "with officials
    saying" / "upon announcing" (a participle under a preposition), "went to the station and told the police"
    (a coordinated verb with no subject of its own)."""
    owners = [verb]
    tok = verb
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
        owners.append(tok.head.head)
    elif tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "with" \
            and tok.head.head.head.pos_ in ("VERB", "AUX"):
        owners.append(tok.head.head.head)  # "banned X on Monday, with officials saying Y"
    elif (tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(c.dep_ == "mark" for c in tok.children)) or (
            tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
        owners.append(tok.head)  # "said X, adding Y"; "went to the station on Monday and told the police Y"
    return owners + _releases(verb)


def _releases(verb: Token) -> list[Token]:
    """"In a statement issued on Monday, X confirmed", "according to a poll published last week", "The
    opinion, released on Wednesday, read": the participle that made the statement's channel public, on the
    cue's subject or on the object of one of its prepositions."""
    nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        nouns += [p for p in prep.children if p.dep_ == "pobj"]
    return [c for n in nouns if n.pos_ == "NOUN" and _noun_word(n) in RELEASED_CHANNELS
            for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in RELEASE_PARTICIPLES]


def _inside(tok: Token, content: tuple[int, int]) -> bool:
    return content[0] <= tok.idx < content[1]


def _date_of(owner: Token, content: tuple[int, int]) -> DocSpan | None:
    """A DATE entity among ``owner``'s own phrases, outside the content, not in another clause, not after
    "since"/"until"/"by"; the nearest to the verb first."""
    found: list[DocSpan] = []
    for child in _phrases(owner, content):
        if child.dep_ in _OTHER_CLAUSES or child.dep_ in ("nsubj", "nsubjpass", "dobj", "mark") \
                or _inside(child, content):
            continue
        if child.dep_ == "prep" and child.lower_ in _NOT_WHEN:
            continue
        for tok in child.subtree:
            if tok.ent_type_ not in W.DATE_LABELS or _inside(tok, content):
                continue
            path = [t for t in [*ancestors_to(tok, child), child] if t.ent_type_ not in W.DATE_LABELS]
            if any(t.dep_ in _OTHER_CLAUSES or (t.dep_ == "prep" and t.lower_ in _NOT_WHEN) for t in path):
                continue
            if any(t.pos_ == "NOUN" and t.dep_ != "compound" and _noun_word(t) not in SAYING_OCCASIONS
                   for t in path):
                continue  # a time under another thing is that thing's: "after his summit last week"
            ent = next((e for e in entities(tok.doc) if e.start <= tok.i < e.end), None)
            if ent is None or any(e is ent for e in found) or clock_only(ent.text):
                continue
            if any(_inside(t, content) for t in ent):
                continue
            if ent.root.dep_ == "poss" and _noun_word(ent.root.head) not in SAYING_OCCASIONS:
                continue  # "at last month's convention, X shared": the convention's month
            if ent.start > 0 and tok.doc[ent.start - 1].lower_ in ("this", "last", "next", "early", "late"):
                ent = tok.doc[ent.start - 1:ent.end]
            found.append(ent)
    if not found:
        return None
    return min(found, key=lambda e: abs(e.root.i - owner.i))


def _phrases(owner: Token, content: tuple[int, int]) -> list[Token]:
    """``owner``'s children, and the phrases the parser hangs on the reported clause's verb that stand
    between the cue and the content ("said on Monday the toilet was ...": "on Monday" is the saying's)."""
    out = []
    for child in owner.children:
        if child.dep_ == "ccomp":
            out += [g for g in child.children if g.dep_ in ("prep", "npadvmod") and owner.i < g.i
                    and g.right_edge.idx + len(g.right_edge) <= content[0]]
        else:
            out.append(child)
    return out


def _noun_word(tok: Token) -> str:
    """The noun as a word, a hyphenated one whole ("op-ed")."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return tok.lemma_.lower() if tok.lower_ not in SAYING_OCCASIONS else tok.lower_


def _earlier_word(owner: Token, content: tuple[int, int]) -> Token | None:
    """"once said", "previously argued", "has long argued", "said earlier": the adverb, else None."""
    perfect = any(c.dep_ == "aux" and c.lower_ in _LONG_AUX for c in owner.children)
    for child in owner.children:
        if child.dep_ != "advmod" or _inside(child, content):
            continue
        if child.lower_ in EARLIER_WORDS or (child.lower_ == "long" and perfect):
            return child
    return None
