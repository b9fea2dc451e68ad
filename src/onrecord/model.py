"""The data that flows between pipeline stages.

Plain dataclasses, so every stage (CLI, batch runner, future store and web API)
shares one vocabulary. Every fact carries character offsets into
``Article.text``; the text is kept exactly as decoded so offsets stay valid.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

StatementKind = Literal["direct", "indirect", "mixed"]
ActorType = Literal["person", "organization", "country", "group", "unnamed"]
# "description": a group or unnamed source known only by how the report describes it ("officials").
Resolution = Literal["named", "pronoun", "role", "organization", "description", "inherited", "unresolved"]
Act = Literal[
    "assert",
    "emphasize",
    "commit",
    "propose",
    "support",
    "oppose",
    "reject",
    "deny",
    "refuse_to_commit",
    "question",
]
ACTS: tuple[Act, ...] = get_args(Act)
EventType = Literal["meeting", "talks", "summit", "call", "visit", "press_conference", "vote", "debate", "rally",
                    "hearing", "speech"]
EVENT_TYPES: tuple[EventType, ...] = get_args(EventType)
EventStatus = Literal["happened", "ongoing", "planned", "cancelled"]
EVENT_STATUSES: tuple[EventStatus, ...] = get_args(EventStatus)
# How an event got its date: its own time expression ("last week"), another event it is anchored to
# ("after his meetings"), or the day the report is about (an event with no time of its own in a report whose
# lead dates it: "on Monday ... during a sit-down"). None: undated.
DatedBy = Literal["text", "event", "report"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of the article text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Cue:
    """The words that introduce a statement ("said", "refused to rule out")."""

    start: int
    end: int
    text: str
    lemma: str
    cue_class: str = "speech"  # speech | writing | stance | cognition (extract/cues.py)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "lemma": self.lemma,
                "class": self.cue_class}


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end}


@dataclass(slots=True)
class Actor:
    """A real-world speaker: one per person or organisation in an article."""

    id: str
    name: str
    type: ActorType
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    part_of: str | None = None  # the state an institution belongs to: "White House" -> "United States"
    # A group named after its members ("Emmanuel Macron and Olaf Scholz", the "they" of a sentence after "Macron
    # met Scholz"): the ids of the member actors, so that what the group said is found under each of them.
    members: list[str] = field(default_factory=list)

    def ref(self) -> dict[str, Any]:
        ref: dict[str, Any] = {"id": self.id, "name": self.name, "type": self.type}
        if self.part_of:
            ref["part_of"] = self.part_of
        if self.members:
            ref["members"] = list(self.members)
        return ref

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.ref(),
            "aliases": list(self.aliases),
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class IssueTag:
    """A statement's issue from a user's taxonomy, its stance on the issue's proposition, and the words
    that matched (``extract/issues.py``)."""

    id: str
    stance: str  # support | oppose | open | unclear
    score: float
    evidence: Span
    taxonomy: str = ""
    # The issue is about the speaker: a person its label names ("Donald Trump for president", said by Trump).
    # A candidate's stance on their own candidacy is no position that changes (``store/positions.py``).
    own: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "stance": self.stance, "score": self.score, "evidence": self.evidence.to_dict(),
                "taxonomy": self.taxonomy, **({"own": True} if self.own else {})}


# How a statement got its date: a time expression the text attaches to its cue ("said on Monday", "told
# reporters last week"), or the article's publication date. None: neither (an undated article).
SaidBy = Literal["text", "published"]


@dataclass(frozen=True, slots=True)
class Said:
    """When a statement was made (``resolve/said.py``): the time expression the text gives for the saying,
    if any, the day or range of days it names, and how it was dated. ``earlier``: the text says the
    statement was made before the article ("once said", "has long argued", "previously") without a date."""

    time: Span | None = None
    date: str | None = None  # ISO day
    date_range: tuple[str, str] | None = None  # ISO days, first and last
    dated_by: SaidBy | None = None
    earlier: bool = False

    def day(self) -> str | None:
        """The one day that places the statement in time: its date, or the last day of its range (a
        statement "last week" was made by then), else None."""
        if self.date is not None:
            return self.date
        return self.date_range[1] if self.date_range else None

    def to_dict(self) -> dict[str, Any]:
        return {"time": self.time.to_dict() if self.time else None, "date": self.date,
                "date_range": list(self.date_range) if self.date_range else None, "dated_by": self.dated_by,
                **({"earlier": True} if self.earlier else {})}


def said_from_dict(data: dict[str, Any]) -> Said:
    dates = data.get("date_range")
    return Said(time=Span(**data["time"]) if data.get("time") else None, date=data.get("date"),
                date_range=(dates[0], dates[1]) if dates else None, dated_by=data.get("dated_by"),
                earlier=bool(data.get("earlier", False)))


@dataclass(slots=True)
class Statement:
    """One attributed statement: who (speaker/actor) said what (content), how (cue/act)."""

    kind: StatementKind
    content: Span
    cue: Cue | None
    speaker: Span | None
    actor: Actor | None = None
    resolution: Resolution = "unresolved"
    act: Act = "assert"
    hedged: bool = False
    negated: bool = False
    confidence: float = 0.5
    unresolved_reason: str | None = None  # why ``actor`` is None, when it is
    issues: list[IssueTag] | None = None  # None: no taxonomy was asked for; [] none of its issues matched
    # The key (``statement_key``) of the statement this one runs on from: “A,” she said. “B.” makes two
    # statements with one cue and speaker, and B continues A. None for every other statement.
    continues: str | None = None
    # When it was said (``resolve/said.py``); None only where nothing dated it (no analysis asked for it).
    said: Said | None = None
    # The name of another party whose position the content reports ("Hillary wants to abolish ...", "Clinton's
    # plan would ..."; ``extract/reported.py``): the speaker's stance is then what they argue by reporting it.
    reported: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "content": self.content.to_dict(),
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "actor": self.actor.ref() if self.actor else None,
            "resolution": self.resolution,
            "act": self.act,
            "hedged": self.hedged,
            "negated": self.negated,
            "confidence": round(self.confidence, 3),
            **({"unresolved_reason": self.unresolved_reason} if self.unresolved_reason else {}),
            **({"issues": [i.to_dict() for i in self.issues]} if self.issues is not None else {}),
            **({"continues": self.continues} if self.continues else {}),
            **({"said": self.said.to_dict()} if self.said is not None else {}),
            **({"reported": self.reported.to_dict()} if self.reported is not None else {}),
        }


@dataclass(slots=True)
class Participant:
    """A party the text places at an event: the mention as written and the actor it resolves to."""

    name: str  # the actor's name, or the mention's words when nothing resolved
    mention: Span | None = None
    actor: Actor | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "mention": self.mention.to_dict() if self.mention else None,
                "actor": self.actor.ref() if self.actor else None}


@dataclass(slots=True)
class Event:
    """A meeting, call, summit, visit ... the article reports (``resolve/events.py``): its mentions (the
    fullest first), who was there, where, when, and whether it had happened by publication."""

    type: EventType
    status: EventStatus
    mentions: list[Span]
    participants: list[Participant] = field(default_factory=list)
    place: Span | None = None
    time: Span | None = None  # the time expression as written
    date: str | None = None  # ISO day
    date_range: tuple[str, str] | None = None  # ISO days, first and last
    dated_by: DatedBy | None = None
    statement_keys: list[str] = field(default_factory=list)  # statements made at the event

    def key(self, digest: str) -> str:
        """Stable like a statement key: the article's text and the event's first mention."""
        first = min(self.mentions, key=lambda m: m.start)
        return hashlib.sha256(f"{digest}:event:{first.start}-{first.end}".encode()).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "status": self.status,
            "mentions": [m.to_dict() for m in self.mentions],
            "participants": [p.to_dict() for p in self.participants],
            "place": self.place.to_dict() if self.place else None,
            "time": self.time.to_dict() if self.time else None,
            "date": self.date,
            "date_range": list(self.date_range) if self.date_range else None,
            "dated_by": self.dated_by,
            "statements": list(self.statement_keys),
        }


@dataclass(slots=True)
class Article:
    """An analysed article. ``text`` is the exact string all offsets index."""

    id: str | None
    text: str
    source: str | None = None
    published: str | None = None
    statements: list[Statement] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # What a metadata table, a file-name pattern or the first line gave (``--metadata``, ``--name-pattern``,
    # ``--title-line``); in the JSON only when known, so an article without them keeps its old shape.
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        digest = text_digest(self.text)
        data: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "published": self.published,
            **{k: v for k, v in (("title", self.title), ("outlet", self.outlet), ("author", self.author),
                                 ("url", self.url)) if v is not None},
            "statements": [{"key": statement_key(digest, s), **s.to_dict()} for s in self.statements],
            "actors": [a.to_dict() for a in self.actors],
            "events": [{"key": e.key(digest), **e.to_dict()} for e in self.events],
        }
        if include_text:
            data["text"] = self.text
        return data


def article_from_dict(data: dict[str, Any], text: str) -> Article:
    """The inverse of ``Article.to_dict()`` (the text travels separately), for Parquet shards."""
    actors = {
        a["id"]: Actor(id=a["id"], name=a["name"], type=a["type"], aliases=list(a.get("aliases", [])),
                       mentions=[Mention(m["start"], m["end"]) for m in a.get("mentions", [])],
                       part_of=a.get("part_of"), members=list(a.get("members", [])))
        for a in data.get("actors", [])
    }
    statements = []
    for s in data.get("statements", []):
        ref = s.get("actor")
        actor = None
        if ref:
            actor = actors.get(ref["id"]) or Actor(id=ref["id"], name=ref["name"], type=ref["type"],
                                                   part_of=ref.get("part_of"), members=list(ref.get("members", [])))
        statements.append(Statement(
            kind=s["kind"],
            content=Span(**s["content"]),
            cue=_cue_from_dict(s["cue"]) if s.get("cue") else None,
            speaker=Span(**s["speaker"]) if s.get("speaker") else None,
            actor=actor,
            resolution=s["resolution"],
            act=s["act"],
            hedged=s["hedged"],
            negated=s["negated"],
            confidence=s["confidence"],
            unresolved_reason=s.get("unresolved_reason"),
            issues=([IssueTag(i["id"], i["stance"], i["score"], Span(**i["evidence"]),
                                     i.get("taxonomy", ""), bool(i.get("own", False))) for i in s["issues"]]
                    if s.get("issues") is not None else None),
            continues=s.get("continues"),
            said=said_from_dict(s["said"]) if s.get("said") else None,
            reported=Span(**s["reported"]) if s.get("reported") else None,
        ))
    events = [_event_from_dict(e, actors) for e in data.get("events", [])]
    return Article(id=data.get("id"), text=text, source=data.get("source"), published=data.get("published"),
                   statements=statements, actors=list(actors.values()), events=events, title=data.get("title"),
                   outlet=data.get("outlet"), author=data.get("author"), url=data.get("url"))


def _event_from_dict(data: dict[str, Any], actors: dict[str, Actor]) -> Event:
    participants = []
    for p in data.get("participants", []):
        ref = p.get("actor")
        actor = (actors.get(ref["id"]) or Actor(id=ref["id"], name=ref["name"], type=ref["type"],
                                                part_of=ref.get("part_of"))) if ref else None
        participants.append(Participant(p["name"], Span(**p["mention"]) if p.get("mention") else None, actor))
    dates = data.get("date_range")
    return Event(type=data["type"], status=data["status"], mentions=[Span(**m) for m in data["mentions"]],
                 participants=participants, place=Span(**data["place"]) if data.get("place") else None,
                 time=Span(**data["time"]) if data.get("time") else None, date=data.get("date"),
                 date_range=(dates[0], dates[1]) if dates else None, dated_by=data.get("dated_by"),
                 statement_keys=list(data.get("statements", [])))


def text_digest(text: str) -> str:
    """The article's identity: sha256 of its text (the store's content hash)."""
    # Events and the resolver ask for the digest of the article in hand several times: the last is kept,
    # by the text's identity (one read of the pair, as a worker thread may replace it).
    last = _LAST_DIGEST[0] if _LAST_DIGEST else None
    if last is not None and last[0] is text:
        return last[1]
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    _LAST_DIGEST[:] = [(text, digest)]
    return digest


_LAST_DIGEST: list[tuple[str, str]] = []


def statement_key(digest: str, s: Statement) -> str:
    """A statement's stable key: its article's text, its content span and its speaker mention. The same
    statement found again (``onrecord reprocess``, another store) has the same key, so labels, issues
    and links keyed to it are not lost."""
    speaker = f"{s.speaker.start}-{s.speaker.end}" if s.speaker else "-"
    return hashlib.sha256(f"{digest}:{s.content.start}-{s.content.end}:{speaker}".encode()).hexdigest()[:16]


def _cue_from_dict(data: dict[str, Any]) -> Cue:
    return Cue(data["start"], data["end"], data["text"], data["lemma"], data.get("class", "speech"))
