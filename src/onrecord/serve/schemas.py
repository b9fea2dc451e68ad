"""Typed shapes of the JSON API (pydantic): the request body of ``POST /api/extract`` and every response,
so ``/docs`` shows what each call returns and a field the store adds by mistake does not leak out.

Responses are validated and written with ``exclude_unset`` (``api_routes.typed``): a key the query leaves
out (``facets`` without ``facets=true``, an actor's ``part_of``) stays out, as before the models.
"""

from datetime import date

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .deps import unicode_problem


class ExtractRequest(BaseModel):
    text: str = Field(description="the article text (not stored), up to 200,000 characters by default "
                                  "(Settings.serve_max_text_chars)")
    id: str | None = None
    published: date | None = None

    @field_validator("text", "id")
    @classmethod
    def _unicode(cls, value: str | None) -> str | None:
        if value is not None and (problem := unicode_problem(value)):
            raise ValueError(problem)
        return value


class SpanOut(BaseModel):
    start: int
    end: int
    text: str | None


class CueOut(SpanOut):
    model_config = ConfigDict(populate_by_name=True)

    lemma: str | None = None
    cue_class: str | None = Field(default=None, alias="class", description="speech, writing, stance or cognition")


class ActorRef(BaseModel):
    id: str
    name: str
    type: str
    part_of: str | None = None
    members: list[str] | None = Field(default=None, description="a group named after its members: their ids")


class IssueOut(BaseModel):
    id: str
    stance: str
    score: float | None = None
    taxonomy: str | None = None
    evidence: SpanOut | None = None


class ArticleRef(BaseModel):
    id: str
    row: int = Field(description="the article's row id (what `onrecord show` takes)")
    title: str | None
    url: str | None
    outlet: str | None
    author: str | None
    published: str | None
    source: str | None


class SaidOut(BaseModel):
    """When a statement was made: the time the text gives for it, or the article's publication date."""

    time: SpanOut | None = Field(default=None, description="the words that say when (\"said on Monday\")")
    date: str | None = Field(default=None, description="ISO day it was made")
    date_range: list[str] | None = Field(default=None, description="first and last ISO day (\"last week\")")
    dated_by: str | None = Field(default=None, description="'text' (its own time) or 'published' (the "
                                 "article's date); null when neither is known")
    earlier: bool = Field(default=False, description="said before the article, no day (\"once said\")")


class ArticleStatement(BaseModel):
    """A statement of an article (its article is the enclosing one)."""

    id: int
    key: str | None = Field(description="stable across re-analysis: /articles/ID#s-KEY")
    continues: str | None = Field(default=None, description="a run-on quotation (“A,” she said. “B.”): the key "
                                  "of the statement it continues, same speaker and cue")
    kind: str
    content: SpanOut
    cue: CueOut | None
    speaker: SpanOut | None
    actor: ActorRef | None
    resolution: str | None
    act: str
    hedged: bool
    negated: bool
    confidence: float | None
    quote_id: int | None
    issues: list[IssueOut] = []
    said: SaidOut | None = None


class StatementOut(ArticleStatement):
    article: ArticleRef


class FacetValue(BaseModel):
    value: str | bool
    count: int
    label: str


class StatementPage(BaseModel):
    items: list[StatementOut]
    total: int = Field(description="how many statements the filters find; with total_is_lower_bound, more than "
                                   "this")
    total_is_lower_bound: bool = Field(
        default=False, description="true when a search (q) matches more than Settings.serve_search_count_max "
        "statements (1,000; with facets=true, Settings.serve_facet_max_matches, 20,000): only that many were "
        "counted, and total is that cap. Later pages (offset) still return items")
    limit: int
    offset: int
    facets: dict[str, list[FacetValue]] | None = Field(default=None, description="with facets=true only")
    facets_skipped: bool = Field(
        default=False, description="with facets=true: true when the filters find more than "
        "Settings.serve_facet_max_matches statements (20,000); facets is then null (narrow the filters)")


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    source: str | None
    statements: int


class ArticlePage(BaseModel):
    items: list[ArticleSummary]
    total: int
    limit: int
    offset: int


class MentionedActor(BaseModel):
    id: str
    name: str
    type: str
    mentions: int


class OffsetsOut(BaseModel):
    start: int
    end: int


class EventMentionOut(OffsetsOut):
    text: str


class EventParticipantOut(BaseModel):
    name: str
    actor: str | None = Field(description="the actor's id, when one was resolved")


class SourceParticipantOut(EventParticipantOut):
    mention: OffsetsOut | None = Field(description="where the article names them (offsets only)")


class EventSourceOut(BaseModel):
    """One article's report of an event (offsets index that article's text)."""

    article: str
    title: str | None
    published: str | None
    outlet: str | None
    key: str
    status: str
    type: str
    mentions: list[EventMentionOut]
    participants: list[SourceParticipantOut]
    place: str | None
    time_text: str | None
    date: str | None
    date_range: list[str] | None
    dated_by: str | None
    statements: list[str] = Field(description="keys of the statements made at it")


class EventOut(BaseModel):
    """One occasion across articles: the shape of ``/api/events``' items."""

    id: int = Field(description="the corpus event id")
    type: str
    status: str
    date: str | None
    date_range: list[str] | None
    place: str | None
    participants: list[EventParticipantOut]
    sources: list[EventSourceOut]
    statements: list[str]


class EventPage(BaseModel):
    total: int = Field(description="how many occasions match, over all pages")
    items: list[EventOut]


class ArticleOut(BaseModel):
    id: str
    title: str | None
    url: str | None
    outlet: str | None
    author: str | None
    published: str | None
    language: str | None
    source: str | None
    status: str
    status_reason: str | None
    pipeline_version: str | None
    content_hash: str
    text: str | None = Field(description="the text of [start, end); null on a range over "
                             "serve_reader_part_chars (200,000) characters unless text=true asks for it")
    text_length: int = Field(description="characters in the whole text (statement offsets index it)")
    start: int = Field(description="the range read: statements whose content starts in [start, end)")
    end: int
    statements: list[ArticleStatement] = Field(description="the range's statements in text order, "
                                               "offset and limit paging them")
    statements_total: int = Field(description="how many statements the range holds, over all pages")
    limit: int | None = Field(description="statements per answer; null: every one of the range")
    offset: int
    actors: list[MentionedActor] = Field(description="every actor mentioned in the whole article")
    events: list[EventOut] = Field(default=[], description="the events it reports, as /api/events lists them "
                                                              "(with every other article reporting each)")


class RoleOut(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    title: str
    country: str | None
    start: str | None = Field(alias="from")
    end: str | None = Field(alias="to")
    nouns: list[str]


class ActorOut(BaseModel):
    id: str
    name: str
    type: str
    statements: int
    articles: int
    quotes: int
    aliases: list[str]
    roles: list[RoleOut]
    source: str | None


class ActorPage(BaseModel):
    items: list[ActorOut]
    total: int
    limit: int
    offset: int


class DayCount(BaseModel):
    date: str
    statements: int


class ActorDetail(ActorOut):
    timeline: list[DayCount]


class QuoteSource(BaseModel):
    article: str
    outlet: str | None
    published: str | None
    url: str | None
    statement_id: int
    content: str


class QuoteOut(BaseModel):
    quote_id: int
    actor: ActorRef | None
    text: str
    kind: str = Field(description="direct (the words are the speaker's), mixed (partly), indirect (the report's)")
    sources: list[QuoteSource]


class QuotePage(BaseModel):
    items: list[QuoteOut]
    limit: int
    offset: int


class ErrorItem(BaseModel):
    type: str = Field(description="unknown_parameter, greater_than_equal, bad_request, not_found, unavailable ...")
    loc: list[str | int] = Field(description='where: ["query", "offset"]; empty for the request as a whole')
    msg: str


class ErrorBody(BaseModel):
    """Every error of the API (400, 404, 413, 422, 500, 503) in this one shape."""

    detail: str = Field(description="one readable line")
    errors: list[ErrorItem]
