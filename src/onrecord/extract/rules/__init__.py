"""Find attributed statements in a parsed piece of text: one rule per construction, in one ordered list.

Two sources of evidence meet here:
- the dependency parse: a reporting cue (a verb from ``cues``) with its
  subject and its complement clause or object;
- the quotation marks found over the raw text (``extract.quotes``).

A cue whose complement is a whole quotation gives a *direct* statement; one
whose complement contains a quotation and more gives a *mixed* one; otherwise
*indirect*. Quotations left over take the speaker of an adjacent cue
("..., he said.") or, if they read as full sentences, of the previous
statement (a floating quote). The output is speaker *spans*; naming the actor
behind "he" or "the American leader" is the resolver's job.

``RULES`` is the whole extractor, in the order it runs:

- *token* rules (``find``) are tried on every token outside quotations that their ``triggers`` admit
  (a word, lemma, tag or label the finder tests first), in list order; the first that makes a
  candidate wins the token;
- *piece* rules (``step``) then run once each, in list order, over the piece's candidates;
- the other rules are parts of those, consulted where they apply (``Piece.uses``): a boundary of a
  content, or a variant of the verb rule.

Every rule is named. ``makes`` lists the names a candidate it makes carries as ``rule``; the
confidence model has a weight for each (checked by a test), and a test switches each rule off by
name (``disabled``) and shows an output that changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

from onrecord.extract import english as en
from onrecord.extract.quotes import Quotation
from onrecord.extract.rules import clauses, conjuncts, filters, nouns, questions, quotations, sources, verbs
from onrecord.extract.rules.base import Candidate, Piece
from onrecord.extract.rules.filters import is_attribution
from onrecord.nlp import column, in_sorted, merged, sorted_ids

__all__ = ["CANDIDATE_RULES", "RULES", "STRICT_RULES", "Candidate", "Rule", "Trigger", "find_candidates", "rule_names"]

TokenRule = Callable[[Piece, Token, set[int]], Candidate | None]
PieceRule = Callable[[Piece, list[Candidate], set[int]], list[Candidate]]


@dataclass(frozen=True, slots=True)
class Trigger:
    """The tokens a token rule can fire on: those whose lower-case form is in ``lower``, whose lemma
    (lower-cased) is in ``lemma``, whose coarse tag is in ``pos`` or whose dependency label is in ``dep``.

    Each is a test the finder itself makes first, declared beside it, so ``find_candidates`` tries on a
    token only the finders it can fire (most tokens fire none; trying all of them on every token was most
    of the rules' cost). A test checks on every fixture that no finder fires on a token its trigger skips.
    """

    lower: frozenset[str] = frozenset()
    lemma: frozenset[str] = frozenset()
    pos: frozenset[str] = frozenset()
    dep: frozenset[str] = frozenset()

    def admits(self, tok: Token) -> bool:
        return (tok.lower_ in self.lower or tok.lemma_.lower() in self.lemma or tok.pos_ in self.pos
                or tok.dep_ in self.dep)


@dataclass(frozen=True, slots=True)
class Rule:
    """One construction the extractor reads."""

    name: str
    what: str  # the construction, with an example
    find: TokenRule | None = None
    step: PieceRule | None = None
    makes: tuple[str, ...] = ()
    triggers: Trigger | None = None  # for a token rule: the tokens it can fire on (None: any)


RULES: tuple[Rule, ...] = (
    Rule("according-to", "“according to X, Y” and “Y, according to X”", find=clauses.from_according_to,
         makes=("according-to",), triggers=Trigger(lower=frozenset({en.ACCORDING}))),
    Rule("according-trailing", "“X died and Y were rescued, according to officials, some of whom ...”: "
         "a trailing “according to” attributes the clauses before it, not what follows"),
    Rule("quoted-through", "“according to X, quoting Y, Z”: Y says Z too, and the quoting is no part of Z",
         find=clauses.from_quoted_through, triggers=Trigger(lower=en.QUOTING)),
    Rule("according-inside", "“X's operation, according to the paper, is too big”: the larger side of the clause"),
    Rule("per", "“Per the decree, Y” and “Y, per ABC News”: “per” set off by commas reads as “according to”",
         find=clauses.from_per, triggers=Trigger(lower=frozenset({en.PER}))),
    Rule("as-put-it", "“Y, as X put it”", find=clauses.from_as_put_it, makes=("as-put-it",),
         triggers=Trigger(lemma=en.AS_PUT_IT_VERBS)),
    Rule("verb", "a reporting verb with its subject and its clause or object: “X said (that) Y”, “X opposed Y”",
         find=verbs.from_verb, makes=verbs.VERB_KINDS,
         # a cue's lemma (its tag is tested by the finder), and a speech word the tagger took for a noun
         # ("state", "writing": the mistagged-verb reading)
         triggers=Trigger(lemma=verbs.CUE_LEMMAS, lower=verbs.SPEECH_ING_FORMS)),
    Rule("semicolon", "“A claimed X; B claimed Y”: a clause before the cue across a semicolon is not its content"),
    Rule("fronted-clause", "“Minutes before the vote, X claimed Y”: a clause before the cue opened by “before”, "
         "“when” ... is no content, even where the parser makes it the cue's complement"),
    Rule("deed", "“fired rounds at X”, “signed the bill”: a learned cue that names a deed is no statement"),
    Rule("deed-object", "“added a question to the census”, “the Senate confirmed her nomination”: a speech verb "
         "whose object is a deed's is no statement"),
    Rule("withholding", "“help deny Russia its objectives”, “to deny revenue to Moscow”: “deny” with a recipient "
         "or a good as its object is withholding, a deed, no denial"),
    Rule("lets", "“Let's see how the talks go”: a cue under “let's” is a first-person plural imperative, whose "
         "“'s” names no speaker"),
    Rule("place-object", "“struggled to defend the Kharkiv region”, “attacked the city”: a position verb whose "
         "object is a place (or “resist” a move of war: “resist Russian advances”) is a deed of war, no statement"),
    Rule("event-subject", "“a storm knocked out power”, “the strike threatened its profits”: an event or a force "
         "of nature as the subject says nothing"),
    Rule("open-question", "“tried to determine if the building was safe”: a verb of knowing or deciding over "
         "an embedded question (“if”, “whether”) holds no belief"),
    Rule("force-object", "“attacking the fire”, “fought the blaze”: a position verb aimed at a force of nature "
         "is a deed against it"),
    Rule("declared-state", "“declared a state of emergency”: a declaration that brings a state about is a deed"),
    Rule("observance", "“observing a mourning period”, “observing the area”: “observe” with a noun object keeps a "
         "rite or watches a thing, no remark (it remarks with a clause or a quotation)"),
    Rule("comment-topic", "“commented on the decision: “...””, “commented on his death to a paper”: what one comments "
         "on is the topic, no content; the quotation next to the cue is (not a comment withheld: a declining)"),
    Rule("reputation", "“he was known for pursuing a neutral policy”: what someone is known for is the writer's "
         "account of a reputation, no statement"),
    Rule("wish", "“most would like to know”: a verb of liking with an infinitive is a wish, no statement"),
    Rule("perception", "“Images shared by the agency showed plumes of smoke”: what a picture shows is perception, "
         "no statement (“figures show” still is)"),
    Rule("thing-known", "“to recognize unions”, “knew him personally”: a verb of knowing or believing with a noun "
         "object holds no proposition and reports no belief (“found higher rates” is a finding, “wants X” a wish)"),
    Rule("named-thing", "“a program called “Learning Together””, “on licence, also called parole”: a naming "
         "participle after a noun gives a thing's name, no statement"),
    Rule("absence", "“the study offers no explanation”: a learned cue whose object is “no” thing reports an "
         "absence, no statement"),
    Rule("purpose", "“launched a campaign to persuade users to switch”: a cue in an infinitive of purpose is no "
         "statement (with ``strict_cues`` only: PolNeAR annotates purposes)"),
    Rule("handed-over", "“reported the abuse to the bishop”: a speech verb's object handed to someone is no statement"),
    Rule("listener", "“Speaking to Reuters, X said”, “spoke to reporters”: whom one speaks to is no content"),
    Rule("listener-noun", "“told CNN's ‘State of the Union’ show that Y”: a noun after the listener's name that the "
         "parser took for a verb ends the listener; the that-clause is the content"),
    Rule("addressee", "“urged the embassy to reconsider”: the listener before an infinitive is part of the content"),
    Rule("prepositional-cue", "“the court ruled against the plan”: a stance taken through a preposition"),
    Rule("phrasal-target", "“the opposition leader hit out at the government”, “spoke out against the plan”: a phrasal "
         "cue takes its target through the preposition right after its particle"),
    Rule("withheld", "“refused to say Y”, “declined to rule out Y”: refuse_to_commit"),
    Rule("declined-answer", "“declined to be interviewed”, “declined a question about Y”, “declined requests for "
         "an interview”: no answer given, refuse_to_commit (“declined to hear the case”, “declined the request” stay "
         "reject)"),
    Rule("channel-clause", "“said in a statement that Y”: the clause the parser hangs on the channel noun"),
    Rule("channel-relative", "“said in a press release that sales fell”: a that-clause the parser read as a relative "
         "clause on the channel noun (“that” its object or determiner, the clause with a subject of its own) is what "
         "was said"),
    Rule("listener-relative", "“told a regular briefing that China opposed the sanctions”: a that-clause the parser "
         "read as a relative clause on the listener of a verb of telling (“that” no subject, the clause with a subject "
         "of its own) is what was told"),
    Rule("misread-relative", "“told employees in a memo that nothing would change”, “said at the time that Y”: a "
         "that-clause the parser hung as a relative clause on a noun after the cue (“that” labelled as no relative "
         "pronoun is, the clause with a subject of its own) is what was said or thought"),
    Rule("for-clause", "“has called for NATO members to increase spending”: an infinitive with its own subject the "
         "parser hung on a verb of asking as an adverbial clause opened by “for” is what is asked for"),
    Rule("called-on", "“called on Turkey to halt drilling”, “demanded from Interpol to publish a notice”: the doer "
         "of what is asked, named through the cue's preposition, and the infinitive after it are what is asked for"),
    Rule("asked-if", "“asked if they planned to attend”: a clause opened by “if” or “whether” the parser hung on a "
         "verb of asking as an adverbial clause is the question asked"),
    Rule("it-speaks", "“The ministry issued a statement. It said the plant would close”: “it” as the subject of an "
         "active speech verb with a complement is the body or document named before, no expletive"),
    Rule("it-calls-for", "“It also called for records ...”: “it” before “call for” is the document just named"),
    Rule("title-name", "“US Ambassador to Germany Richard Grenell said”: the subject runs on to the name it titles"),
    Rule("ampersand-name", "“Marlow & Daughters reported Y”: the subject runs on over the ampersand of a firm's name"),
    Rule("body-name-extent", "“The California Department of Forestry and Fire Protection said Y”, “The University of "
         "California, San Diego said Y”: a subject cut at the “and” of a body's name, or before its campus, runs on "
         "to the name's end"),
    Rule("participle-subject", "“Doctors wrote to me and Vice President Harris stressing that Y”: a participle "
         "conjoined to its verb says what the verb's subject says, not the object's last name"),
    Rule("appositive-relative", "“Kari Lake, an ally who supported Y”, “Toni Sacconaghi, an analyst at Bernstein "
         "Research, who had asked Y”: a “who” clause on a person's apposition (or on the body named in it) is "
         "the person's"),
    Rule("maker-clause", "“His office put out a statement saying Y”, “held a briefing to brag Y”: a participle on "
         "a thing made, or an infinitive on a thing or an occasion, is said by the subject of the verb the thing is "
         "the object of (or by the noun's agent: “the calls by officials asking Y”), not by the thing"),
    Rule("apposed-name", "“The prime minister, Boris Johnson, said Y”, “according to the El Paso mayor, Dee Margo,”: "
         "a source described and then named between commas is mentioned by the name"),
    Rule("outer-conjunct", "“He announced that he was undergoing therapy and vowed to Y”: a verb conjoined inside the "
         "reported clause but in the reporting verb's form is the reporter's"),
    Rule("dateline-subject", "“Philadelphia (AFP) – US President Barack Obama will ..., contrasting Y”: a wire "
         "dateline the parser made the subject is not the source; the subject after it is"),
    Rule("quoted-object", "“The BBC cited Budi Gunawan as saying Y”, “CNN quoted a witness as saying Y”: the one "
         "quoted says Y; the outlet's statement is the quoting verb's"),
    Rule("hyphen-subject", "“Another co-author, Julian Marsh, said Y”: a subject noun written with a hyphen, which the "
         "parser splits into pieces that are each a subject of the verb, is one word, the source (not “Another co”)"),
    Rule("quoted-as", "“The minister was quoted as saying Y”, “was heard to say Y”: the passive verb that relays the "
         "words, written right before the speech verb, is part of the cue"),
    Rule("went-on", "“The president went on to say Y”: the verb of going on is part of the cue"),
    Rule("hedge-governor", "“seemed to rule out Y”: the governor joins the cue, hedged"),
    Rule("stray-title", "“‘Y,’ firefighter Kim told media”: a title the parser hung outside the clause that "
         "frames a quotation (on the object) still opens it, and the speaker's name; “‘Y’, Riverton coach Tom "
         "Baker said” with “coach” read as a verb, and “‘Y’ tweeted Mayor X” with the cue read as the title's "
         "modifier, are the name's"),
    Rule("apposed-frame", "“‘Y,’ William Daley, the president's former chief of staff, said of their time”: a name "
         "right after a quotation, set off by an apposition from a subjectless cue, says the quotation"),
    Rule("adjacent-quote", "“‘Y,’ X said” and “X said: ‘Y’”: the quotation beside the clause",
         makes=("speech-adjacent",)),
    Rule("document-reads", "“A statement from the family read: ‘Y’”, “a statement which read, in part, ‘Y’”: what a "
         "document reads is said by it (the past “read” the tagger may take for a noun)"),
    Rule("mistagged-verb", "“Estimates by the government state Y”: a speech word tagged a noun but with a "
         "subject and a clause is the verb", makes=()),
    Rule("charged", "“X was charged with taking Y”, “were found guilty of Z”: the charge, its accuser unnamed",
         find=verbs.from_charge, triggers=Trigger(lemma=frozenset(en.CHARGE_VERBS))),
    Rule("quote-frame", "“‘Y,’ Lam continued in the statement”: a quotation beside a short clause of its own",
         find=verbs.from_quote_frame, triggers=Trigger(dep=frozenset({"ROOT"}))),
    Rule("passive", "“X was asked about Y”, “it was reported that Y”", makes=("passive",)),
    Rule("passive-target", "“the plan was condemned by X”: the passive subject is what X's stance is on"),
    Rule("passive-aim", "“the debate was intended to be held in May”: a plan with no one who stated it is the "
         "writer's (with ``strict_cues`` only: PolNeAR annotates such plans)"),
    Rule("raised-passive", "“the victim is reported to be in critical condition”, “he has been alleged to have had "
         "affairs”: a passive verb of reporting reports its infinitive, by no one named (or its agent), hedged"),
    Rule("parenthetical", "“Y, X said, Z”", makes=("parenthetical",)),
    Rule("noun", "“X's warning that Y”", find=nouns.from_noun_cue, makes=("noun",),
         triggers=Trigger(lemma=frozenset(en.NOUN_CUES))),
    Rule("adjective", "“X was adamant that Y”", find=nouns.from_adjective, makes=("adjective",),
         triggers=Trigger(lower=frozenset(en.ADJECTIVE_CUES))),
    Rule("noun-topic", "“X's comments on Y”", find=nouns.from_topic_noun, makes=("noun-topic",),
         triggers=Trigger(lemma=frozenset(en.TOPIC_NOUNS))),
    Rule("object-subject", "“announced the tests by a laboratory found X”: the subject of the reported clause, "
         "which the parser took for the cue's object, is part of the content"),
    Rule("topic-time", "“a tweet on Monday by X”, “said this month Y”: a date after a reporting noun, or right "
         "after the cue before the clause's subject, is when, not a topic nor content"),
    Rule("titled-apposition", "“Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani said Y”: a name the "
         "parser hung on the title right before it (no comma) as an apposition is part of the speaker's mention",
         step=sources.names_after_titles),
    Rule("restrictive-mention", "“Two people briefed on the matter said Y”, “A statement from the family said Y”: a "
         "participle or a “from” phrase right after a described source (no comma) is part of its mention",
         step=sources.restrictive_mentions),
    Rule("headline", "“Sanders: Y” on a line of its own", step=quotations.colon_headlines, makes=("headline",)),
    Rule("long-label", "“Senate Foreign Relations Committee Chair Jim Risch: “...”” in a roundup: a title of more "
         "than six words in capitals before a person's name still labels the line (``quotations._long_title``)"),
    Rule("dateline-label", "“NEW DELHI: India on Thursday remained ...”: a place in capitals before a colon that "
         "opens a running sentence is the dateline, no speaker"),
    Rule("question", "“Does he intend to raise it?”, “Has Russia responded to the offer?”: a cue in the asking "
         "clause of an unquoted question is no statement (“‘Why pay?’ she asked” still is)",
         step=questions.drop_questioned),
    Rule("cited-source", "“X reported Y, citing sources within Z”, “The paper, citing local groups, reported Y”: the "
         "source cited says Y too, and the citing is no part of Y", step=clauses.cited_sources),
    Rule("relay-chain", "“X called the deal ‘a victory’, state media reported”, “X said Y, the agency said”: a "
         "trailing report by an outlet relays a statement of its own, whose content ends before the relay (the "
         "relay's is the whole attribution)", step=filters.mend_relays),
    Rule("nested", "a weak cue inside another statement's content is part of it",
         step=filters.drop_nested_positions),
    Rule("according-chain", "“According to a poll, most members favored X”: a stance inside an “according to” "
         "content is a statement of its own"),
    Rule("run-on", "“‘A,’ X said. ‘B.’ ‘C.’”: quotations running on after the attribution are the speaker's",
         step=quotations.run_on_quotes),
    Rule("run-on-split", "“‘A,’ X said. ‘B.’” and “‘A,’ X said, ‘B.’”: each quotation after the attribution is a "
         "statement of its own (same cue and speaker) that continues the first; off, one content holds both",
         step=quotations.split_run_on),
    Rule("and-that", "“X said A, and that B”: a second that-clause under one cue is a statement of its own (same "
         "cue and speaker) that continues the first", step=conjuncts.split_and_that),
    Rule("conjoined-report", "“X said “A” and said B”, “X noted A, and mentioned B”: a content that runs over a "
         "second cue of the same speaker ends at the conjunction before it", step=conjuncts.cut_conjoined_reports),
    Rule("relayed", "“‘Y,’ said X per Z”: the outlet Z that passes the words on says Y too", step=filters.relayed),
    Rule("floating", "a full quoted sentence with no cue: the previous speaker's", step=quotations.floating_quotes,
         makes=("floating",)),
    Rule("paragraph-split", "“A.⏎“B.⏎“C,” X said: a quotation over several paragraphs is a statement per "
         "paragraph, each continuing the first (same cue and speaker)", step=quotations.split_paragraphs),
    Rule("furniture-line", "“READ MORE: X says Y”, “Image caption, X said Y”, “Our Standards: ...”: a line of the "
         "page's furniture (a pointer to another piece, a caption, a credit, a notice) is no statement",
         step=filters.drop_furniture_lines),
    Rule("no-comment", "“did not respond to a request for comment” is no statement", step=filters.drop_no_comment),
    Rule("bare-channel", "“issued a statement on Monday”, “released a report”: the channel alone is no content",
         step=filters.mark_bare_channel),
    Rule("title", "“Swedish minister rules out troops⏎⏎...”: the headline, a first line set apart, is no statement",
         step=filters.drop_title),
    Rule("case-name", "“Roe recognized the right to privacy”: a court case named as “X v. Y” in the text, or by its "
         "first party, is a ruling, no speaker", step=filters.drop_case_names),
    Rule("source-note", "“X, who asked not to be named, said Y”, “they were not authorized to discuss it”: the "
         "reporter's note on a source is no statement", step=filters.drop_source_notes),
    Rule("trailing-addition", "“Y, adding Z”, “Y, though Z”, “Y, and W said”: the writer's, cut from a content"),
    Rule("finite-conjunct", "“urged X to reconsider and spoke with Y”: a verb with a tense conjoined to an "
         "infinitive content is a further deed, cut"),
    Rule("trailing-apposition", "“Y, which ...”, “Y, an advocate of ...” closing a content: cut"),
    Rule("split-complements", "a clause the parser split into two ccomps is rejoined"),
    Rule("object-extent", "“supports [X] [to do Z]”: an object content runs to the end of the verb phrase"),
    Rule("date-comma", "“a deal based on the May 27, 2024, arrangement described by X”: the comma closing a full "
         "date inside a noun phrase does not end the content"),
    Rule("scene-preposition", "“praised X after the meeting”: the scene stays out of an object content"),
    Rule("channel-phrase", "“welcomed X in a statement”, “praised X on Twitter”: the channel is no part of an "
         "object content"),
    Rule("transcript-turn", "“MR. KIRBY:  We are ...” in a transcript (several paragraphs opened by speaker labels): "
         "each answer paragraph is a direct statement of the label's speaker; nothing in a reporter's “Q” turn is "
         "a statement; labels are no names (``extract.transcript``, applied over the whole article)"),
    Rule("answer-speech", "inside a transcript's answer only a verb that reports words (“Putin told me ...”, "
         "“as I said ...”) makes a statement of its own: “you see ...”, “we talked about ...”, “I want to thank ...” "
         "are the answer's words, no second statement (``extract.transcript.within_turns``)"),
    Rule("scare-quote", "“what he called a ‘peace deal’”: a name in quotes, not speech"),
)
CANDIDATE_RULES: tuple[str, ...] = tuple(name for rule in RULES for name in rule.makes)
# Rules of the second-domain guideline that PolNeAR does not share: on with ``strict_cues`` only.
STRICT_RULES = frozenset({"purpose", "passive-aim"})


def rule_names() -> list[str]:
    return [rule.name for rule in RULES]


class FinderIndex:
    """The token rules on, and which of them a token can fire (by their ``triggers``), in ``RULES`` order."""

    def __init__(self, disabled: frozenset[str]) -> None:
        on = [rule for rule in RULES if rule.find is not None and rule.name not in disabled]
        self.every: list[TokenRule] = [rule.find for rule in on if rule.find is not None]
        self.always = tuple(n for n, rule in enumerate(on) if rule.triggers is None)
        # One table per token attribute: a word (or tag, or label) -> the numbers of the rules it triggers.
        self.tables: list[dict[str, tuple[int, ...]]] = [{}, {}, {}, {}]
        for n, rule in enumerate(on):
            if rule.triggers is None:
                continue
            words = (rule.triggers.lower, rule.triggers.lemma, rule.triggers.pos, rule.triggers.dep)
            for table, values in zip(self.tables, words, strict=True):
                for value in values:
                    table[value] = (*table.get(value, ()), n)
        # The same tables by the ids the doc's arrays hold (built on first use, from a vocabulary's strings);
        # a lemma is tested lower-cased, so its table fills as lemmas are met (an id per spelling; the lemmas
        # met are kept, a few thousand, as the vocabulary keeps their strings).
        self.by_id: list[dict[int, tuple[int, ...]]] = []
        self.ids: list[numpy.ndarray] = []  # the keys of each ``by_id`` table, to compare the arrays with
        self.by_lemma: dict[int, tuple[int, ...]] = {}
        self.lemma_ids = self.lemmas_seen = numpy.zeros(0, dtype=numpy.uint64)  # sorted, as ``in_sorted`` reads
        self.lists: dict[tuple[int, ...], list[TokenRule]] = {}  # rule numbers -> the finders, in rule order

    def tokens(self, doc: Doc) -> list[tuple[int, list[TokenRule]]]:
        """The tokens some finder can fire on, in order, each with those finders in rule order (every token
        if a finder has no triggers): found in the doc's attribute arrays by numpy, so no Token is made and
        no string looked up for the others (a lemma's lower-cased form once per process)."""
        if self.always:
            return [(i, finders) for i in range(len(doc)) if (finders := self.finders(doc[i]))]
        strings = doc.vocab.strings
        if not self.by_id:
            lower, _, pos, dep = self.tables
            self.by_id = [{strings[value]: rules for value, rules in table.items()} for table in (lower, pos, dep)]
            self.ids = [sorted_ids(table) for table in self.by_id]
        by_lower, by_pos, by_dep = self.by_id
        if not len(doc):
            return []
        lowers, lemmas, tags, deps = (column(doc, attr) for attr in (LOWER, LEMMA, POS, DEP))
        unseen = lemmas[~in_sorted(lemmas, self.lemmas_seen)]
        if len(unseen):
            self._see_lemmas(strings, unseen)
        hit = in_sorted(lemmas, self.lemma_ids)
        for values, ids in zip((lowers, tags, deps), self.ids, strict=True):
            if len(ids):
                hit |= in_sorted(values, ids)
        at = numpy.flatnonzero(hit)
        by_lemma, found = self.by_lemma, []
        for i, lower_id, lemma_id, pos_id, dep_id in zip(at.tolist(), lowers[at].tolist(), lemmas[at].tolist(),
                                                          tags[at].tolist(), deps[at].tolist(), strict=True):
            hits = by_lemma.get(lemma_id, ()) + by_lower.get(lower_id, ()) + by_pos.get(pos_id, ()) + by_dep.get(
                dep_id, ())
            found.append((i, self._finders(hits)))
        return found

    def _see_lemmas(self, strings: StringStore, unseen: numpy.ndarray) -> None:
        """Look up the rules of lemma ids not met before (by their lower-cased strings): those that trigger
        one go to ``by_lemma`` and ``lemma_ids``, all to ``lemmas_seen``."""
        table = self.tables[1]
        ids = numpy.unique(unseen)
        triggering = len(self.by_lemma)
        for lemma_id in ids.tolist():
            rules = table.get(strings[lemma_id].lower())
            if rules:
                self.by_lemma[lemma_id] = rules
        if len(self.by_lemma) > triggering:  # most docs bring new lemmas, few of them a rule's
            self.lemma_ids = sorted_ids(self.by_lemma)
        self.lemmas_seen = merged(self.lemmas_seen, ids)  # none of them seen before

    def _finders(self, hits: tuple[int, ...]) -> list[TokenRule]:
        finders = self.lists.get(hits)
        if finders is None:
            finders = self.lists[hits] = [self.every[n] for n in sorted(set(hits))]
        return finders

    def finders(self, tok: Token) -> list[TokenRule]:
        """The finders that can fire on ``tok``, in rule order (most tokens: none)."""
        by_lower, by_lemma, by_pos, by_dep = self.tables
        hits = (self.always + by_lower.get(tok.lower_, ()) + by_lemma.get(tok.lemma_.lower(), ())
                + by_pos.get(tok.pos_, ()) + by_dep.get(tok.dep_, ()))
        if not hits:
            return []
        return [self.every[n] for n in sorted(set(hits))]


@lru_cache(maxsize=16)
def finder_index(disabled: frozenset[str] = frozenset()) -> FinderIndex:
    return FinderIndex(disabled)


def find_candidates(doc: Doc, offset: int, quotations: Sequence[Quotation], strict: bool = False,
                    disabled: frozenset[str] = frozenset(), indexed: bool = True,
                    text: str | None = None) -> list[Candidate]:
    """Candidates in ``doc``, a piece at ``offset`` of a text whose ``quotations`` are in text order.

    ``strict`` (``Settings.strict_cues``) keeps only speech, writing, stances and specific beliefs: see
    ``filters.is_attribution``. ``disabled`` names rules to leave out (for tests). ``indexed=False`` tries
    every token rule on every token, as the triggers should make no difference (for tests). ``text`` is
    ``doc.text`` where the caller has it (building it again is a pass over every token).
    """
    unknown = disabled - set(rule_names())
    if unknown:
        raise ValueError(f"no such rule: {sorted(unknown)}")
    piece = Piece(doc, offset, quotations, disabled if strict else disabled | STRICT_RULES, text)
    index = finder_index(disabled)
    found: list[Candidate] = []
    claimed: set[int] = set()  # quotations already the content of a statement
    for i, finders in index.tokens(doc) if indexed else ((i, index.every) for i in range(len(doc))):
        tok = doc[i]
        if piece.in_quote(tok):
            continue
        cand = next((c for c in (find(piece, tok, claimed) for find in finders) if c is not None), None)
        if cand is not None:
            found.append(cand)
    for rule in RULES:
        if rule.step is not None and rule.name not in disabled:
            found = rule.step(piece, found, claimed)
    if strict:
        found = [c for c in found if is_attribution(c)]
    found.sort(key=lambda c: c.content)
    for c in found:
        c.content = (c.content[0] + offset, c.content[1] + offset)
        if c.cue:
            c.cue = (c.cue[0] + offset, c.cue[1] + offset, c.cue[2])
        if c.speaker is not None:
            c.speaker_offsets = (c.speaker.start_char + offset, c.speaker.end_char + offset)
    return found
