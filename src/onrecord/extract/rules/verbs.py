"""Rules around a reporting verb: "said that X", "“X,” he said", "refused to say", "was asked about X",
"X, he said, Y"."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Span, Token

from onrecord.extract import english as en
from onrecord.extract.lexicon import shipped_lexicon
from onrecord.extract.quotes import Quotation
from onrecord.extract.rules.base import Candidate, Piece
from onrecord.extract.rules.clauses import clause_statement
from onrecord.extract.rules.sources import noun_phrase, speaker
from onrecord.extract.rules.spans import (
    after_comma,
    clause_extent,
    kind_and_bounds,
    object_channel_start,
    object_clause_end,
    paragraph_break_between,
    split_complements,
    too_short,
    within_paragraph,
)
from onrecord.model import Act, StatementKind
from onrecord.nlp import entities  # built once per doc: ``doc.ents`` makes every Span anew

# Lexicon entries at or above this cue rate are used (tuned on PolNeAR train).
LEARNED_MIN_P = 0.15
# A deed verb (``cues.NOT_SPEECH``) that heads a real cue less often than this on train is never a cue.
DEED_MAX_P = 1 / 3
# The rules' prior confidence per vocabulary class (the confidence model replaces it when shipped).
PRIORS = {"speech": 0.9, "phrasal": 0.85, "thought": 0.75, "position": 0.65, "learned": 0.6}
VERB_KINDS = tuple(PRIORS)


def particle(tok: Token) -> str | None:
    for child in tok.children:
        if child.dep_ == "prt":
            return child.lower_
    return None


def cue_kind(tok: Token) -> tuple[str, Act] | None:
    """("speech"|"thought"|"position"|"phrasal"|"learned", act) for a cue verb, else None."""
    if tok.pos_ not in en.VERB_TAGS or tok.lemma_ in en.LIGHT_VERBS or tok.lower_ == en.ACCORDING:
        return None
    lemma = tok.lemma_.lower()
    prt = particle(tok)
    if prt and (lemma, prt) in en.PHRASAL:
        return "phrasal", en.PHRASAL[(lemma, prt)]
    if lemma in en.SPEECH_VERBS:
        return "speech", en.SPEECH_VERBS[lemma]
    if lemma in en.THOUGHT_VERBS:
        return "thought", en.THOUGHT_VERBS[lemma]
    if lemma in en.POSITION_VERBS:
        return "position", en.POSITION_VERBS[lemma]
    learned = shipped_lexicon().get(lemma)
    if learned and learned["p"] >= LEARNED_MIN_P and lemma not in en.NOT_CUES:
        return "learned", "assert"
    return None


def _cue_lemmas() -> frozenset[str]:
    """Every lemma (lower-cased) that ``cue_kind`` or ``_prepositional`` reads as a cue: what the verb rule's
    trigger admits. Three verbs in four are none of them ("be", "make", "kill"), and trying the rule on each
    (its children read twice, its lemma looked up five times) was most of the candidate rules' time."""
    learned = {lemma for lemma, entry in shipped_lexicon().items()
               if entry["p"] >= LEARNED_MIN_P and lemma not in en.NOT_CUES}
    return frozenset({*en.SPEECH_VERBS, *en.THOUGHT_VERBS, *en.POSITION_VERBS, *learned, *en.READS,
                      *(lemma for lemma, _ in en.PHRASAL), *(lemma for lemma, _ in en.PREPOSITION_CUES)})


CUE_LEMMAS = _cue_lemmas()


def _cue_preposition(piece: Piece, tok: Token, prep: Token) -> bool:
    return piece.uses("prepositional-cue") and prep.dep_ == "prep" and prep.i > tok.i and (
        tok.lemma_.lower(), prep.lower_) in en.PREPOSITION_CUES


def _prepositional(piece: Piece, tok: Token) -> tuple[str, Act] | None:
    """"The court ruled against the plan": a verb that takes its stance through a preposition (the cue is the
    verb and the preposition, the content its object)."""
    if tok.pos_ not in en.VERB_TAGS:
        return None
    prep = next((c for c in tok.children if _cue_preposition(piece, tok, c)), None)
    if prep is None or not any(g.dep_ == "pobj" for g in prep.children):
        return None
    return "phrasal", en.PREPOSITION_CUES[(tok.lemma_.lower(), prep.lower_)]


def _mistagged(piece: Piece, tok: Token) -> tuple[str, Act] | None:
    """"Estimates by the government state [X]": the tagger took the verb for a noun, but a noun has no
    subject and no clause of its own, so a speech word with both is the verb."""
    if not piece.uses("mistagged-verb") or tok.pos_ not in en.NOUN_TAGS:
        return None
    children = list(tok.children)
    if not any(c.dep_ == "ccomp" for c in children):
        return None
    lemma = tok.lemma_.lower()
    if lemma in en.SPEECH_VERBS and any(c.dep_ == "nsubj" for c in children):
        return "speech", en.SPEECH_VERBS[lemma]
    stem = _participle_stem(tok)  # "affirmed X, writing, “...”": a participle tagged as a noun
    if stem is not None and _object_participle(tok):
        return "speech", en.SPEECH_VERBS[stem]
    return None


def _document_reads(piece: Piece, tok: Token) -> tuple[str, Act] | None:
    """Issue 12 (voice15): "A statement from the family read: “...”", "one sign read, “...”", "a statement which
    read, in part, “...”": what a document reads is what its author says (guideline 2.5: a document resolves to
    its author). "read" is a deed otherwise ("read the bill", "the senator read a statement"), and the tagger often
    takes the past "read" after a noun for a noun: a "read" whose subject (or, in a relative clause, whose noun)
    is a document, and which has a clause or a quotation to give, is a speech cue."""
    if not piece.uses("document-reads") or tok.lower_ not in en.READS or tok.pos_ not in (*en.VERB_TAGS,
                                                                                         *en.NOUN_TAGS):
        return None
    subject = next((c for c in tok.children if c.dep_ in en.SUBJECTS), None)
    if subject is not None and subject.lower_ in en.RELATIVE_PRONOUNS and tok.dep_ == "relcl":
        subject = tok.head
    if subject is None or subject.lemma_.lower() not in en.DOCUMENT_NOUNS:
        return None
    return "speech", "assert"


# The "-ing" forms _participle_stem reads back to a speech verb ("writing", "adding"): what the verb rule's
# trigger must admit for a participle the tagger took for a noun.
SPEECH_ING_FORMS = frozenset(v.removesuffix(en.SILENT_E) + en.ING for v in en.SPEECH_VERBS) | frozenset(
    v + en.ING for v in en.SPEECH_VERBS)


def _participle_stem(tok: Token) -> str | None:
    """The speech verb of a word in "-ing" ("writing" -> "write", "adding" -> "add"), if it is one."""
    if not tok.lower_.endswith(en.ING):
        return None
    base = tok.lower_[:-len(en.ING)]
    return next((v for v in (base, base + en.SILENT_E) if v in en.SPEECH_VERBS), None)


def _object_participle(tok: Token) -> bool:
    """A comma-set participle the parser hung on the main verb's object ("affirmed [her willingness],
    writing, ..."): it is said by the main verb's subject."""
    return tok.dep_ == "acl" and tok.head.dep_ == "dobj" and after_comma(tok)


def _complement(piece: Piece, tok: Token, kind: str) -> Token | None:
    """The head of what the cue reports: a clause, or the object of a position verb."""
    children = list(tok.children)
    for c in children:
        if c.dep_ == "ccomp" and not _across_semicolon(piece, c, tok) and not _fronted_adverbial(piece, c, tok):
            return c
    if kind == "speech":
        channel = channel_clause(piece, tok) or _listener_relative(piece, tok)
        if channel is not None:
            return channel
    if kind in ("speech", "thought"):
        misread = _relative_complement(piece, tok)
        if misread is not None:
            return misread
    if kind in ("position", "phrasal"):
        for c in children:
            if c.dep_ in ("dobj", "xcomp", "ccomp", "pcomp"):
                return c
        for c in children:  # "call for X", "ruled against X": the particle-less preposition
            if c.dep_ == "prep" and ((tok.lemma_, c.lower_) == en.CALL_FOR or _cue_preposition(piece, tok, c)):
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        if kind == "phrasal" and piece.uses("phrasal-target"):
            target = _phrasal_target(tok)
            if target is not None:
                return target
    active = not any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
    if kind in ("thought", "speech") and active:
        for c in children:
            if c.dep_ == "xcomp" and (tok.lemma_ in en.XCOMP_CUES or (kind == "speech" and c.tag_ == "VBG")):
                return c
    if kind == "speech" and active and tok.lemma_ not in en.ADDRESSEE_VERBS:
        for c in children:  # "said yes", "said legalizing it could ..." (misparsed)
            if c.dep_ == "dobj" and (c.lower_ in en.ANSWER_WORDS or c.pos_ in en.VERB_TAGS):
                return c
    if active:
        clause = _subordinate_complement(piece, tok) or _asked_of(piece, tok)
        if clause is not None:
            return clause
    if active or kind == "learned":
        learned = _learned_complement(piece, tok)
        if learned is not None and _deed_object(piece, tok, learned):
            return None
        if kind == "speech" and learned is not None and _handed_over(piece, tok, learned):
            return None
        if learned is not None and _sent_on(piece, tok, learned):
            return None
        return learned
    return None


def _phrasal_target(tok: Token) -> Token | None:
    """"hit out at the government", "spoke out against the plan": the object of the preposition right after a
    phrasal cue's particle is what the stance is taken on (issue 12, voice15)."""
    prt = next((c for c in tok.children if c.dep_ == "prt"), None)
    if prt is None:
        return None
    preps = en.PHRASAL_TARGET_PREPOSITIONS.get((tok.lemma_.lower(), prt.lower_), frozenset())
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.i == prt.i + 1 and c.lower_ in preps), None)
    if prep is None:
        return None
    return next((g for g in prep.children if g.dep_ == "pobj"), None)


def _past_listeners_noun(piece: Piece, tok: Token, comp: Token) -> Token:
    """Issue 12 (newcomer): "told CNN's “State of the Union” show that Y": the parser took the noun after a
    quoted programme name for a verb ("show") with no subject of its own and the that-clause as its
    complement; it ends the listener, and the that-clause is what was said."""
    if not piece.uses("listener-noun") or comp.i == 0 or not comp.doc[comp.i - 1].is_quote:
        return comp  # (or, where the parser made the noun the head, a parenthetical's clause)
    if any(c.dep_ in en.SUBJECTS for c in comp.children) or not any(
            c.dep_ == en.OBJECT and c.i < comp.i for c in tok.children):
        return comp
    # The parser hangs the clause on the noun as its complement, or as a clause on it ("show [that ...]").
    inner = next((c for c in comp.children if c.dep_ in en.NOUN_CLAUSE_LINKS and c.i > comp.i and any(
        g.dep_ == "mark" and g.lower_ == en.THAT for g in c.children)), None)
    return comp if inner is None else inner


def _place_object(piece: Piece, comp: Token) -> bool:
    """Issue 12 (newcomer): "Ukraine has struggled to defend the Kharkiv region", "attacked the city": a
    position verb whose object is a place holds ground or strikes it, a deed of war, not a stance on anything
    ("defended the plan" still is)."""
    return piece.uses("place-object") and comp.dep_ == "dobj" and comp.lemma_.lower() in en.PLACE_NOUNS


def _held_against(piece: Piece, head: Token, comp: Token) -> bool:
    """Issue 12 (newcomer): "help Ukraine resist Russian advances", "repelled the offensive": holding out
    against a move of war is a deed of war, whatever the cue's class ("resisted calls for a vote" is a
    stance)."""
    return piece.uses("place-object") and comp.dep_ == "dobj" and head.lemma_.lower() in en.HOLDING_VERBS and (
        comp.lemma_.lower() in en.MILITARY_MOVES)


def _absence(piece: Piece, comp: Token) -> bool:
    """Issue 12 (newcomer): "the study offers no explanation for the symptoms": a learned cue whose object is
    "no" thing reports an absence, which the guideline leaves out (2.2: "Authorities have not named a cause");
    a speech verb's still reports ("said no decision had been made")."""
    return piece.uses("absence") and comp.dep_ == "dobj" and any(
        c.dep_ == "det" and c.lower_ in en.NO_DETERMINERS for c in comp.children)


def _naming(piece: Piece, comp: Token) -> bool:
    """Issue 12 (newcomer): "people experiencing what the State Department now calls “anomalous health
    incidents”": a clause "what X calls “Y”" is a name in quotes for a thing (rule ``scare-quote``), no
    statement, nor is the learned cue that takes it as its complement ("calling Putin a “dictator”" still is
    one, and so is "in what Amnesty called a deep crackdown", unquoted: a characterisation)."""
    return piece.uses("scare-quote") and comp.lemma_.lower() in en.NAMING_VERBS and any(
        c.dep_ == "oprd" and piece.in_quote(c) for c in comp.children) and comp.left_edge.lower_ in en.WHAT


def _perceived(piece: Piece, head: Token, said_by: Span) -> bool:
    """Issue 12 (newcomer): "Images shared by the agency showed plumes of smoke": what a picture shows is
    perception, not a source's statement (guideline 2.2: "photos showed", "footage showed"); "figures show"
    and "the study found" still are."""
    return piece.uses("perception") and head.lemma_.lower() in en.PERCEPTION_CUES and (
        said_by.root.lemma_.lower() in en.IMAGE_NOUNS)


def _shows_itself(piece: Piece, head: Token, comp: Token | None) -> bool:
    """Issue 12 (newcomer): "the majority of the court shows how extreme it is": what one's deed shows of
    oneself ("how ... it is", "how out of touch they are") is the writer's judgement of the subject, not a
    statement of it ("figures show how fast prices rose" still is)."""
    if not piece.uses("perception") or comp is None or head.lemma_.lower() not in en.PERCEPTION_CUES:
        return False
    if comp.lemma_.lower() != en.BE:
        return False  # "shows how badly it handled the crisis": "it" may be another's
    how = any(c.lower_ in en.HOW for c in comp.subtree if c.i < comp.i)
    return how and any(c.dep_ in en.SUBJECTS and c.lower_ in en.SELF_SHOWN_PRONOUNS for c in comp.children)


def _across_semicolon(piece: Piece, clause: Token, tok: Token) -> bool:
    """"A claimed X; B claimed Y": a clause before the cue with a semicolon between is a sentence of its
    own, which the parser hung on the next cue."""
    if not piece.uses("semicolon") or clause.i > tok.i:
        return False
    last = max(t.i for t in clause.subtree)
    return any(t.text == en.SEMICOLON for t in tok.doc[last:tok.i])


def _fronted_adverbial(piece: Piece, clause: Token, tok: Token) -> bool:
    """"Minutes before the committee voted, Trump claimed [Y]": a clause before the cue that opens with
    "before", "after", "when", "while" ... says when, not what; the parser sometimes makes it the cue's
    ``ccomp``, and the clause after the cue is the content."""
    if not piece.uses("fronted-clause") or clause.i > tok.i:
        return False
    return any(g.dep_ == "mark" and g.lower_ in en.WRITER_MARKS for g in clause.children)


def _handed_over(piece: Piece, tok: Token, obj: Token) -> bool:
    """"reported the abuse to the bishop", "explained the rules to the players": a thing handed to someone
    is what was done with it, not what was said (a clause or a quotation still is)."""
    if not piece.uses("handed-over") or obj.dep_ != "dobj":
        return False
    return any(g.dep_ == "prep" and g.lower_ == en.TO for g in (*obj.children, *tok.children))


def _deed_object(piece: Piece, tok: Token, obj: Token) -> bool:
    """"added a question to the census", "the Senate confirmed her nomination": a speech verb whose object
    says what was done, not what was said (a clause or a quotation still reports: "added that ...")."""
    if not piece.uses("deed-object") or obj.dep_ != "dobj" or piece.in_quote(obj):
        return False
    objects = en.DEED_OBJECTS.get(tok.lemma_.lower())
    return objects is not None and (not objects or obj.lemma_.lower() in objects)


def _withholds(piece: Piece, tok: Token) -> bool:
    """Issue 12 (newcomer): "help deny Russia its objectives", "to deny revenue to Russia", "denying Putin
    revenues from oil sales": "deny" with a recipient or a good as its object is withholding, a deed; a
    denial says a claim is false ("denied the allegations", "denied that ...") and takes neither."""
    if not piece.uses("withholding") or tok.lemma_.lower() not in en.WITHHOLDING_VERBS:
        return False
    children = list(tok.children)
    if any(c.dep_ == "ccomp" for c in children):
        return False
    if any(c.dep_ in en.RECIPIENT_LINKS for c in children):
        return True  # "deny Russia its objectives", "deny revenue to Russia" (the parser's "to" is dative too)
    # "denying Putin revenues" (read as a compound), "deny access to the courts"; not "denied the allegations
    # to reporters", whose "to" is the listener
    return any(c.dep_ == "dobj" and c.lemma_.lower() in en.WITHHELD_GOODS for c in children)


def _lets(piece: Piece, tok: Token) -> bool:
    """Issue 12 (newcomer): "Let's see how the next 24 hours unfold": a cue under "let's" is a first-person
    plural imperative, the writer's (or, in a transcript, the turn's) suggestion; its subject "'s" names no
    one, and read as a pronoun it was resolved to the last man named."""
    # The parser makes "Let" the head of the cue, or (after a sentence it glued on) an auxiliary of it.
    let = tok.head if tok.head.lemma_.lower() == en.LET else next(
        (c for c in tok.children if c.i < tok.i and c.lemma_.lower() == en.LET), None)
    if not piece.uses("lets") or let is None or (let.i == tok.head.i and any(
            c.dep_ in en.SUBJECTS for c in let.children)):
        return False  # "he let us say ...": no imperative
    return any(c.dep_ in en.SUBJECTS and c.lower_ in en.LET_SUBJECTS for c in tok.children)


def _sent_on(piece: Piece, tok: Token, obj: Token) -> bool:
    """"voted to refer them to the full House": where the verb has an object, a "to" phrase is whom it was
    handed to, not what was said (``handed-over``; "referred to X as Y" still reports)."""
    if not piece.uses("handed-over") or obj.dep_ != "pobj" or obj.head.lower_ != en.TO:
        return False
    return any(c.dep_ == "dobj" and c.i < obj.i for c in tok.children)


def channel_clause(piece: Piece, tok: Token) -> Token | None:
    """"said in a statement that X": the parser hangs the that-clause on "statement"; it is what was said."""
    if not piece.uses("channel-clause"):
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.i < tok.i:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in en.CUE_CHANNEL_NOUNS:
                for c in noun.children:
                    if c.dep_ in en.NOUN_CLAUSE_LINKS and any(
                            g.dep_ == "mark" and g.lower_ == en.THAT for g in c.children):
                        return c
                    if piece.uses("channel-relative") and _misread_relative(noun, c):
                        return c
    return None


def _misread_relative(noun: Token, clause: Token) -> bool:
    """Issue 12 (mention12): "The company said in a press release that sales fell", "said in a letter that
    members would strike": the parser read the that-clause after the channel as a relative clause on it, with
    "that" its object ("that sales fell") or a determiner ("that revenue dropped"), and the statement was lost
    (the cue had no complement). A clause on the channel noun that opens right after it with "that", where
    "that" is not the clause's subject and the clause has a subject of its own, is what was said; not where
    its verb is one of putting the channel out ("in a statement that it posted on Monday": a true relative,
    ``CHANNEL_MAKING_VERBS``) nor where "that" is the subject ("in a documentary that showed ...")."""
    return noun.lemma_.lower() in en.CUE_CHANNEL_NOUNS and _that_clause_on(noun, clause, noun.i + 1) \
        and clause.lemma_.lower() not in en.CHANNEL_MAKING_VERBS


def _that_clause_on(noun: Token, clause: Token, after: int) -> bool:
    """Whether ``clause``, hung on ``noun``, opens at token ``after`` with a "that" that is not its subject, and
    has a subject of its own: a that-clause the parser read as a relative clause on the noun."""
    first = clause.left_edge
    if clause.dep_ not in en.NOUN_CLAUSE_LINKS or first.i != after or first.lower_ != en.THAT:
        return False
    if first.dep_ in en.SUBJECTS:
        return False
    return any(c.dep_ in en.SUBJECTS and c.i != first.i for c in clause.children)


def _listener_relative(piece: Piece, tok: Token) -> Token | None:
    """Issue 12 (voice15): "told a regular briefing that China opposed the sanctions", "told the committee that
    ...": the parser read the that-clause after the listener of a verb of telling as a relative clause on it, and
    the statement was lost (the cue had no complement; only the verb inside the clause was read). A clause on the
    listener that opens right after it with "that", where "that" is not the clause's subject and the clause has a
    subject of its own, is what was told ("told a story that shocked them" has "that" for its subject)."""
    if not piece.uses("listener-relative") or tok.lemma_.lower() not in en.TELLING_VERBS:
        return None
    for listener in tok.children:
        if listener.dep_ != en.OBJECT or listener.i < tok.i:
            continue
        for clause in listener.children:
            if clause.i > listener.i and _that_clause_on(listener, clause, listener.i + 1):
                return clause
    return None


def _relative_complement(piece: Piece, tok: Token) -> Token | None:
    """Issue 12 (misparse16): "told employees in a memo that nothing would change", "told reporters during a visit
    to his golf course that he thinks Y", "did not know at the time that the candidates would surge": the parser
    hung the cue's that-clause on a noun after it (a relative clause, or a noun's clause) and the cue had no
    complement. A clause on a noun the cue governs through its prepositions (or its listener's), opening right
    after the rest of that noun's phrase with a "that" no relative pronoun is labelled with (``mark``,
    ``advmod``, or the determiner of the clause's subject) and with a subject of its own, is what was said or
    thought; not on a noun whose own that-clause it may be ("the fact that", "the claim that":
    ``CLAUSE_TAKING_NOUNS``), nor where "that" is the relative's subject or object ("in a memo that circulated on
    Monday", "at a rally that he held")."""
    if not piece.uses("misread-relative"):
        return None
    for noun in _nouns_after(tok):
        if noun.lemma_.lower() in en.CLAUSE_TAKING_NOUNS or piece.in_quote(noun):
            continue
        for clause in noun.children:
            if clause.i > noun.i and clause.dep_ in en.NOUN_CLAUSE_LINKS and _complementiser_opens(noun, clause):
                return clause
    return None


def _nouns_after(tok: Token) -> list[Token]:
    """The nouns after a cue that a clause may be misread onto: the objects of its prepositions, and of the
    prepositions on those or on its object ("told staff in a memo to managers"), ``MISREAD_NOUN_DEPTH`` deep."""
    nouns: list[Token] = []
    preps = [c for c in tok.children if c.i > tok.i and c.dep_ == "prep"]
    preps += [g for c in tok.children if c.i > tok.i and c.dep_ == en.OBJECT for g in c.children
              if g.dep_ == "prep" and g.i > c.i]
    for _ in range(en.MISREAD_NOUN_DEPTH):
        found = [g for p in preps for g in p.children if g.dep_ == "pobj"]
        nouns += found
        preps = [g for n in found for g in n.children if g.dep_ == "prep" and g.i > n.i]
    return nouns


def _complementiser_opens(noun: Token, clause: Token) -> bool:
    """Whether ``clause`` opens with a "that" labelled as no relative pronoun is (``MISREAD_THAT_LABELS``, or the
    determiner of the clause's subject: "that revenue dropped"), has a subject of its own, and follows the rest of
    ``noun``'s phrase directly."""
    first = clause.left_edge
    if first.lower_ != en.THAT:
        return False
    if first.dep_ == "det":
        if first.head.dep_ not in en.SUBJECTS or first.head.head.i != clause.i:
            return False
    elif first.dep_ not in en.MISREAD_THAT_LABELS or first.head.i != clause.i:
        return False
    if not any(c.dep_ in en.SUBJECTS and c.i != first.i for c in clause.children):
        return False
    rest = [t.i for t in noun.subtree if not clause.left_edge.i <= t.i <= clause.right_edge.i]
    return max(rest) + 1 == first.i


def _subordinate_complement(piece: Piece, tok: Token) -> Token | None:
    """Issue 12 (misparse16): the parser hung the cue's complement on it as an adverbial clause.
    ``for-clause``: "has called for NATO members to increase spending" ("for" read as the subordinator of an
    infinitive with its own subject), with a verb that asks for something (``FOR_CLAUSE_VERBS``; "waited for the
    rain to stop" is none); ``asked-if``: "asked if they planned to attend" ("if", "whether"), with a verb of
    asking. The subordinator comes right after the cue (an adverb or a date between: "called Wednesday for")."""
    lemma = tok.lemma_.lower()
    for clause in tok.children:
        if clause.dep_ != "advcl" or clause.i < tok.i:
            continue
        mark = _subordinator(clause)
        if mark is None or any(c.dep_ in ("ccomp", "xcomp") and tok.i < c.i < mark.i for c in tok.children):
            continue
        if _for_clause(piece, tok, clause, mark):
            return clause
        if mark.lower_ in en.ASKED_CLAUSE_MARKS and lemma in en.QUESTION_VERBS and piece.uses("asked-if"):
            return clause
    return None


def _for_clause(piece: Piece, tok: Token, clause: Token, mark: Token) -> bool:
    """"called for [X to do Y]": see ``_subordinate_complement``; no object of the cue before "for"."""
    return (mark.lower_ == en.FOR_CLAUSE_MARK and tok.lemma_.lower() in en.FOR_CLAUSE_VERBS
            and piece.uses("for-clause") and clause.dep_ == "advcl" and clause.head.i == tok.i
            and not any(c.dep_ == en.OBJECT and tok.i < c.i < mark.i for c in tok.children)
            and any(c.dep_ == "aux" and c.lower_ == en.INFINITIVE_MARK for c in clause.children)
            and any(c.dep_ in en.SUBJECTS for c in clause.children))


def _asked_through(piece: Piece, head: Token, comp: Token) -> Token | None:
    """``called-on``: "called on Turkey to halt drilling", "demanded from Interpol to publish a notice": the
    preposition (``ASKED_THROUGH``) before the infinitive ``comp`` that names who is asked to act, with its object
    between the cue and the infinitive."""
    if not piece.uses("called-on") or comp.dep_ != "xcomp" or comp.head.i != head.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == en.INFINITIVE_MARK for c in comp.children):
        return None
    for prep in head.children:
        if (prep.dep_ == "prep" and head.i < prep.i < comp.i
                and (head.lemma_.lower(), prep.lower_) in en.ASKED_THROUGH
                and any(g.dep_ == "pobj" for g in prep.children)):
            return prep
    return None


def _asked_of(piece: Piece, tok: Token) -> Token | None:
    """"called on Turkey to halt drilling": the infinitive after a doer named through the preposition (``called-on``),
    for a verb whose own links miss it ("call" reads an object or "for")."""
    for comp in tok.children:
        if comp.dep_ == "xcomp" and comp.i > tok.i and _asked_through(piece, tok, comp) is not None:
            return comp
    return None


def _subordinator(clause: Token) -> Token | None:
    """The clause's first word, where it is its subordinator ("for", "if")."""
    first = clause.left_edge
    return first if first.dep_ == "mark" and first.head.i == clause.i else None


def _listener(piece: Piece, tok: Token, word: str) -> bool:
    """"Speaking to Reuters, X said", "spoke to reporters": whom one speaks to is the listener, never what
    was said (the lexicon learned "speak to" from PolNeAR's rare "spoke to [the concerns of ...]")."""
    return piece.uses("listener") and word == en.TO and tok.lemma_.lower() in en.LISTENER_TO_VERBS


def _learned_complement(piece: Piece, tok: Token) -> Token | None:
    """The complement along the links the cue lexicon learned for this lemma."""
    learned = shipped_lexicon().get(tok.lemma_.lower())
    if not learned:
        return None
    children = list(tok.children)
    for link in learned["links"]:
        if link.startswith("prep:"):
            word = link[5:]
            if _listener(piece, tok, word):
                continue
            for c in children:
                if c.dep_ == "prep" and c.lower_ == word and c.i > tok.i:
                    obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                    if obj is not None:
                        return obj
        elif link in en.LEARNABLE_LINKS:
            for c in children:
                if c.dep_ == link and c.i > tok.i and (link != "dobj" or tok.lemma_ not in en.ADDRESSEE_VERBS):
                    return c
    return None


def _deed(piece: Piece, tok: Token, comp: Token | None) -> bool:
    """A learned cue that reports a deed ("fired rounds", "sentenced them", "signed the bill"): the learned
    lexicon saw the verb head a cue now and then on PolNeAR, but in news at large it says what was done.
    With a clause it still reports ("the order read that Y"), and so does a verb that heads a real cue a
    third of the time or more on train ("polls show X ahead"): the confidence model weighs those."""
    lemma = tok.lemma_.lower()
    if not piece.uses("deed") or lemma not in en.NOT_SPEECH or (comp is not None and comp.dep_ == "ccomp"):
        return False
    if lemma in en.BINDING_DEEDS:
        return not any(c.dep_ in en.BINDING_LINKS for c in tok.children)  # "ordered them to leave" binds
    if lemma in en.AS_DEEDS:
        return not _as_predicate(tok)  # "identified the suspect as X", "portrayed him as a liar" characterise
    if lemma in en.DISCLOSING_DEEDS and (_withheld_disclosure(tok) or (
            comp is not None and comp.lemma_.lower() in en.CUE_CHANNEL_NOUNS)):
        return False  # "did not release it": declining; "released a statement": a quotation after it is theirs
    return float(shipped_lexicon()[lemma]["p"]) < DEED_MAX_P


def _as_predicate(tok: Token) -> bool:
    """"portrayed him as a liar", "identified the suspect as X": an "as" after the verb, in its phrase, that says
    what the object is taken for (the parser hangs it on the verb, the object or the predicate); not the "as" of
    a name ("portrayed Black Panther, also known as King T'Challa")."""
    return any(t.lower_ == en.AS and t.i > tok.i and t.head.lemma_.lower() != en.KNOW for t in tok.subtree)


def _withheld_disclosure(tok: Token) -> bool:
    """"did not release the amount it is paying": not disclosing is declining to say (guideline 2.2, "Boeing
    did not release any specific information" is a statement), unlike "released them publicly"."""
    return tok.lemma_.lower() in en.DISCLOSING_DEEDS and any(c.dep_ == "neg" for c in tok.children)


def _thing_known(piece: Piece, tok: Token, comp: Token) -> bool:
    """Issue 12 (fresh articles): "to legally recognize unions", "knew Devocht personally", "understands the
    importance of X": a verb of knowing or believing with a noun object holds no proposition, so it reports no
    belief (the guideline's cognition needs a clause: "believes X", "expects that X"). "find" keeps its object,
    a finding ("the study found higher rates"); wishes and aims keep theirs ("want a continuation of his
    policies"), which PolNeAR annotates as positions."""
    lemma = tok.lemma_.lower()
    if any(c.dep_ == en.OBJECT_PREDICATE for c in tok.children):
        return False  # "has long considered a deal likely": the object with what it is held to be is a belief
    return piece.uses("thing-known") and comp.dep_ in en.NOUN_OBJECTS and lemma != en.FIND and (
        lemma not in en.INTENTION_VERBS)


def _open_question(piece: Piece, tok: Token, kind: str, comp: Token) -> bool:
    """"tried to determine if the building was safe", "has not decided whether to run": a verb of knowing or
    deciding over an embedded question holds no belief yet (issue 12 item 1). A speech verb over one still
    asks ("asked whether"), and "wonder" is a speech verb here; so does one under a verb of asking or wanting
    ("demanded to know whether X", "allies wanted to know if Y": PolNeAR train annotates both)."""
    if tok.dep_ == "xcomp" and (tok.head.lemma_.lower() in en.SPEECH_VERBS or tok.head.lemma_.lower() in
                                en.THOUGHT_VERBS):
        return False
    return piece.uses("open-question") and kind == "thought" and any(
        c.dep_ == "mark" and c.lower_ in en.OPEN_QUESTION_MARKS for c in comp.children)


def _wish(piece: Piece, tok: Token, comp: Token) -> bool:
    """"most would like to know", "would love to tell them": a verb of liking with an infinitive is a wish,
    which states nothing (issue 12 item 1, audited articles of other outlets)."""
    return piece.uses("wish") and tok.lemma_.lower() in en.LIKING_VERBS and comp.dep_ == "xcomp"


def _force_object(piece: Piece, kind: str, comp: Token) -> bool:
    """"were on the second floor attacking the fire", "fought the blaze": a position verb aimed at a force of
    nature is a deed against it, no stance anyone took (issue 12 item 1)."""
    return piece.uses("force-object") and kind == "position" and comp.dep_ in en.NOUN_OBJECTS and (
        comp.lemma_.lower() in en.NATURAL_FORCES)


def _declared_state(piece: Piece, tok: Token, comp: Token) -> bool:
    """"declared a state of emergency", "declared a curfew": the declaration brings a state about, a deed with
    nothing stated (issue 12 item 1). "declared victory", "declared that Y" still report."""
    if not piece.uses("declared-state") or tok.lemma_.lower() != en.DECLARE or comp.dep_ not in en.NOUN_OBJECTS:
        return False
    # The object itself ("a curfew") or the state it names ("a state of emergency"), never a word further on.
    named = [comp, *(g for c in comp.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]
    return any(t.lemma_.lower() in en.DECLARED_STATES for t in named)


def _observance(piece: Piece, tok: Token, comp: Token) -> bool:
    """"observing a seven day mourning period", "observing the area": "observe" with a noun object keeps a rite or
    watches a thing, a deed or a perception; it remarks only with a clause or a quotation (issue 12, wire19)."""
    return piece.uses("observance") and tok.lemma_.lower() in en.OBSERVING_VERBS and comp.dep_ in en.NOUN_OBJECTS


def _comment_topic(piece: Piece, tok: Token, comp: Token) -> bool:
    """"commented on the Legislative Yuan's decision: “...”", "also commented on Luk's death to The EastAfrican":
    the object of "on" is what the comment is about, no content; a quotation next to the cue still is (issue 12,
    wire19). Not a comment withheld ("has not commented on the death", "would not comment on X"): a declining,
    which PolNeAR annotates with its topic and the guideline as refuse_to_commit (2.2)."""
    return (piece.uses("comment-topic") and tok.lemma_.lower() in en.TOPIC_COMMENT_VERBS
            and comp.head.dep_ == "prep" and comp.head.lower_ == en.TOPIC_PREPOSITION and comp.head.head.i == tok.i
            and not any(c.dep_ == "neg" for c in tok.children))


def _reputation(piece: Piece, tok: Token) -> bool:
    """"He was known for pursuing a neutral foreign policy", "Mendez is best known for organizing the return": what
    someone is known for is the writer's account of a reputation, no one's statement (issue 12, wire19)."""
    return piece.uses("reputation") and tok.lemma_.lower() == en.KNOW and any(
        c.dep_ == "prep" and c.lower_ == en.REPUTATION_PREPOSITION for c in tok.children)


def _withheld(piece: Piece, tok: Token) -> Token | None:
    """For "refused to say ..." return "say"; None when ``tok`` withholds nothing."""
    if tok.lemma_ not in en.WITHHOLD_VERBS or not piece.uses("withheld"):
        return None
    for c in tok.children:
        if c.dep_ == "xcomp":
            kind = cue_kind(c)
            if kind and kind[0] in ("speech", "phrasal"):
                return c
    return None


def _declines_answer(piece: Piece, tok: Token) -> bool:
    """"declined to be interviewed", "declined a question about Y", "refused requests for comment": the speaker gives
    no answer (refuse_to_commit), where "declined to hear the case" or "declined the offer" turns a thing down."""
    if not piece.uses("declined-answer") or tok.lemma_.lower() not in en.WITHHOLD_VERBS:
        return False
    for c in tok.children:
        lemma = c.lemma_.lower()
        if c.dep_ == "xcomp" and lemma in en.DECLINED_ANSWERS:
            return True
        if c.dep_ == "dobj" and (lemma in en.DECLINED_ANSWER_NOUNS or (lemma in en.DECLINED_REQUEST_NOUNS and any(
                p.dep_ == "prep" and p.lower_ == en.FOR and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in en.DECLINED_ANSWER_NOUNS for o in p.children)
                for p in c.children))):
            return True
    return False


def _describes(tok: Token, kind: str) -> bool:
    """Whether the cue is no report of its own: a describing participle or a reporter's question."""
    if tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl") and not any(c.dep_ in en.SUBJECTS for c in tok.children):
        # "Pressed on X by reporters, ...", "guarantees backed by US forces": the
        # participle describes, it does not report.
        return True
    # "Asked whether she would support X": the reporter's question, not her position.
    return kind != "speech" and any(a.lemma_ in en.QUESTION_VERBS for a in tok.ancestors)


def _names_thing(piece: Piece, tok: Token) -> bool:
    """Issue 12 (fresh articles): "a program at the hall called “Learning Together”", "a retreat called Bryn
    Tirion", "on licence, also called parole": a naming participle after a noun gives the thing's name, no
    one's statement. It has no subject, auxiliary or object of its own, only the name ("called it a disaster"
    has an object and characterises)."""
    if not piece.uses("named-thing") or tok.lemma_.lower() not in en.NAMING_VERBS or tok.tag_ not in en.PAST_TAGS:
        return False
    children = list(tok.children)
    if any(c.dep_ in en.SUBJECTS or c.dep_ in en.AUXILIARIES or c.dep_ == en.OBJECT for c in children):
        return False
    name = next((c for c in children if c.dep_ == en.NAME_LINK), None)
    after = next((t for t in tok.doc[tok.i + 1:] if not t.is_punct), None)
    if name is None or after is None or after.i < name.left_edge.i:
        return False  # "called her “third-rate”": someone is called something
    before = next((t for t in reversed(tok.doc[:tok.i]) if t.dep_ != en.ADVERB_LINK), None)
    if before is not None and tok.is_ancestor(before):
        return False  # "Ryan, ..., on Tuesday called Trump's remarks “racist”": the day is the verb's own phrase
    return before is not None and (before.pos_ in en.NOUN_TAGS or (before.text == en.COMMA and tok.i - before.i > 1))


def _purpose(piece: Piece, tok: Token) -> bool:
    """An infinitive of purpose ("launched a campaign to persuade users ...", "tests will be run to confirm
    whether ..."): what someone set out to do, not what anyone said. "went on to say" still reports."""
    if not piece.uses("purpose") or tok.dep_ not in ("advcl", "acl"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == en.TO for c in tok.children):
        return False
    return tok.head.lemma_.lower() not in en.ONWARD_VERBS


def from_verb(piece: Piece, tok: Token, claimed: set[int]) -> Candidate | None:
    """A reporting verb, its subject and its complement clause, object or quotation."""
    kind_act = _prepositional(piece, tok) or cue_kind(tok) or _mistagged(piece, tok) or _document_reads(piece, tok)
    if kind_act is None:
        return None
    kind, act = kind_act
    if tok.dep_ == "xcomp" and tok.head.lemma_ in en.WITHHOLD_VERBS and piece.uses("withheld"):
        return None  # handled from the withholding verb
    if _describes(tok, kind) or _purpose(piece, tok) or _withholds(piece, tok) or _lets(piece, tok):
        return None
    if _names_thing(piece, tok):
        return None
    if any(c.dep_ == "auxpass" for c in tok.children):
        if piece.uses("quoted-as") and _relays(piece, tok):
            return None  # "was quoted as saying Y": the cue of the speech verb's statement
        if kind == "learned" and _deed(piece, tok, next((c for c in tok.children if c.dep_ == "ccomp"), None)):
            return None  # "was appointed by X as Y": a deed in the passive too
        if _reputation(piece, tok):
            return None  # "was known for pursuing X": a reputation
        return from_passive(piece, tok, act, claimed) if piece.uses("passive") else None
    cue_tokens = [tok]
    head = tok
    inner = _withheld(piece, tok)
    if inner is not None:
        cue_tokens.append(inner)
        head = inner
        kind_act = cue_kind(inner)
        kind = kind_act[0] if kind_act else kind
        act = "refuse_to_commit"
    elif _declines_answer(piece, tok):
        act = "refuse_to_commit"
    comp = _complement(piece, head, kind)
    if comp is not None:
        comp = _past_listeners_noun(piece, head, comp)
    topic_only = comp is not None and _comment_topic(piece, head, comp)
    if topic_only:
        comp = None  # "commented on the decision: “...”": the quotation, if any, is what was said
    if comp is not None and paragraph_break_between(piece.text, head.idx, comp.idx):
        comp = None  # the parser glued two paragraphs (a headline without a full stop)
    if comp is None and inner is not None:
        # "refused to answer": what is withheld is the answer itself.
        cue_tokens, head, comp = [tok], tok, inner
    if comp is None and head.dep_ == "parataxis" and kind in ("speech", "learned") and head.head.pos_ in (
            en.VERB_TAGS):
        return parenthetical(piece, head) if piece.uses("parenthetical") else None
    if comp is None and any(c.dep_ == "dobj" and _deed_object(piece, head, c) for c in head.children):
        return None  # "to add the question, “Is this person a citizen?”": the quotation names the deed's object
    # A subjectless "while commenting on X" after a programme's title ("on CNN's “State of the Union,” while
    # commenting on ..."): only a quotation after the cue can be the comment (lead, after wire19).
    after_only = topic_only and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    quote_span = None if comp is not None else _adjacent_quote(piece, head, kind, after_only=after_only)
    if comp is None and quote_span is None:
        return None
    if kind == "learned" and _deed(piece, head, comp):
        return None
    if kind == "thought" and comp is not None and _thing_known(piece, head, comp):
        return None  # "to recognize unions", "knew him personally"
    if comp is not None and (_open_question(piece, head, kind, comp) or _wish(piece, head, comp)
                             or _force_object(piece, kind, comp) or _declared_state(piece, head, comp)
                             or _observance(piece, head, comp)):
        return None  # "to determine if it was safe", "would like to know", "attacking the fire"
    if kind == "position" and comp is not None and comp.dep_ == "dobj" and comp.pos_ == "PRON":
        return None  # "backed it": nothing reportable without the antecedent
    if comp is not None and ((kind == "position" and _place_object(piece, comp)) or _held_against(piece, head, comp)):
        return None
    if kind == "learned" and comp is not None and (_absence(piece, comp) or (
            _naming(piece, comp) and head.lemma_.lower() in en.NOT_SPEECH)):
        return None  # "experiencing what X calls Y" ("railed against what he calls Y" still reports)
    if _naming(piece, head):
        return None  # "what doctors call “brain fog”": the naming itself
    names = (piece.uses("title-name"), piece.uses("ampersand-name"), piece.uses("participle-subject"),
             piece.uses("appositive-relative"), piece.uses("maker-clause"), piece.uses("apposed-name"),
             piece.uses("outer-conjunct"), piece.uses("dateline-subject"), piece.uses("quoted-object"),
             piece.uses("hyphen-subject"), piece.uses("body-name-extent"))
    said_by, inherited = speaker(head if head is not tok else tok, *names)
    if _object_participle(head) and piece.uses("mistagged-verb"):
        said_by, inherited = speaker(head.head.head, *names)[0], True
    if kind == "speech" and piece.uses("apposed-frame") and (said_by is None or piece.in_quote(said_by.root)):
        said_by = _apposed_before_cue(piece, head) or said_by
    if said_by is None and kind == "speech" and piece.uses("stray-title"):
        # "“...,” Caloundra coach Geoff Ingram said" ("coach" read as a verb), "On Friday Ford Motor Company
        # announced" (the name read into the date's phrase), "“...” tweeted Mayor X" (the cue a modifier)
        said_by = _name_before_cue(piece, head) or _inverted_modifier(piece, head)
    if said_by is None and kind != "speech":
        return None
    if said_by is not None and (_perceived(piece, head, said_by) or _shows_itself(piece, head, comp)):
        return None
    if said_by is not None and piece.uses("event-subject") and said_by.root.lemma_.lower() in en.EVENT_SUBJECTS:
        return None  # "a storm knocked out power": an event says nothing
    if said_by is not None and said_by.root.lower_ in en.DUMMY_SUBJECTS and not _quoted_it(
            piece, said_by, comp, quote_span, kind) and not _document_calls_for(piece, said_by, head, comp) and not (
            _body_says(piece, said_by, head, comp, kind)):
        return None

    cue_tokens.extend(cue_extras(piece, head))
    cue_tokens.extend(c for c in head.children if _cue_preposition(piece, head, c) or (
        piece.uses("prepositional-cue") and comp is not None and c.i == comp.head.i and c.dep_ == "prep"
        and (head.lemma_.lower(), c.lower_) == en.CALL_FOR))  # "called for X": the cue is "called for"
    if comp is not None and comp.dep_ == "advcl" and (mark := _subordinator(comp)) is not None and _for_clause(
            piece, head, comp, mark):
        cue_tokens.append(mark)  # "called for": the cue reads its preposition, read as the clause's subordinator
        act = en.ASKING_ACT
    if comp is not None and (through := _asked_through(piece, head, comp)) is not None:
        cue_tokens.append(through)  # "called on", "demanded from"
        act = en.ASKING_ACT
    if piece.uses("quoted-as"):
        cue_tokens.extend(_quoted_as(head))
    if piece.uses("went-on"):
        cue_tokens.extend(_went_on(head))
    hedged = _hedged(tok)
    governor = _hedge_governor(piece, tok)
    if governor is not None:
        cue_tokens.append(governor)
    negated = any(c.dep_ == "neg" for c in tok.children)
    if negated and act in ("reject", "assert") and (head.lemma_, particle(head)) == en.PHRASAL_RULE_OUT:
        act = "refuse_to_commit"

    if comp is not None:
        start, end = _content_extent(piece, head, comp)
        start = min(start, _addressee_start(piece, head, comp, end))
    else:
        assert quote_span is not None
        start, end = quote_span
    if end <= start:
        return None
    between = None
    if quote_span is not None:
        clause = frame_clause(piece, head)
        between = (clause[0].idx, clause[-1].idx + len(clause[-1]))
        said_by = _with_stray_title(piece, head, said_by)
    stmt_kind, start, end = kind_and_bounds(piece, start, end, claimed, between)
    if stmt_kind == "indirect" and comp is not None and too_short(comp, start, end):
        return None
    cue_start = min(t.idx for t in cue_tokens)
    cue_end = max(t.idx + len(t) for t in cue_tokens)
    if start < cue_end and end > cue_start and between is None:  # the cue lies outside its content
        return None
    act = _refine_act(act, comp, piece, start, end, stmt_kind)
    confidence = PRIORS[kind]
    if said_by is None:
        confidence -= 0.3
    if quote_span is not None:
        confidence -= 0.1
    return Candidate(
        kind=stmt_kind,
        content=(start, end),
        cue=(cue_start, cue_end, _cue_lemma(tok, head)),
        speaker=said_by,
        act=act,
        hedged=hedged or governor is not None,
        negated=negated,
        confidence=confidence,
        inherited=inherited,
        rule=kind + ("-adjacent" if quote_span is not None else ""),
        link=comp.dep_ if comp is not None else "",
    )


def from_charge(piece: Piece, tok: Token, claimed: set[int]) -> Candidate | None:
    """"was charged with taking X", "are accused of stealing Y", "were found guilty of Z": an accusation
    reported without its accuser (the by-agent when there is one). The content is what is charged."""
    lemma = tok.lemma_.lower()
    if lemma not in en.CHARGE_VERBS or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    holders = [tok, *(c for c in tok.children if c.dep_ in ("acomp", "oprd") and c.lower_ in en.VERDICT_WORDS)]
    prep = next((c for h in holders for c in h.children
                 if c.dep_ == "prep" and c.i > tok.i and c.lower_ in en.CHARGE_VERBS[lemma]), None)
    obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if prep is None or obj is None or (lemma == en.FIND and len(holders) == 1):
        return None
    start, end = clause_extent(piece, obj)
    if end <= start:
        return None
    stmt_kind, start, end = kind_and_bounds(piece, start, end, claimed)
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    by = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    last = max(holders, key=lambda t: t.i)  # "found guilty of"; "accused by X of" leaves the agent out
    cue_end = prep.idx + len(prep) if prep.i == last.i + 1 else last.idx + len(last)
    return Candidate(
        kind=stmt_kind,
        content=(start, end),
        cue=(tok.idx, cue_end, lemma),
        speaker=noun_phrase(by) if by is not None else None,
        act="oppose",
        negated=any(c.dep_ == "neg" for c in tok.children),
        confidence=0.4,
        rule="passive",
        link=obj.dep_,
    )


def from_quote_frame(piece: Piece, tok: Token, claimed: set[int]) -> Candidate | None:
    """"“...,” Lam continued in the statement": a quotation beside a short clause of a subject and a verb
    that is no reporting cue ("continued", "went on", "laughed") is that subject's."""
    if tok.pos_ != "VERB" or tok.dep_ != "ROOT" or cue_kind(tok) is not None or tok.lemma_ in en.LIGHT_VERBS:
        return None
    if any(c.dep_ in en.FRAME_BLOCKERS and not piece.in_quote(c) for c in tok.children):
        return None  # "... , he told the court": an object or clause of its own is no frame
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in en.FRAME_SUBJECT_TAGS or subject.lower_ in en.DUMMY_SUBJECTS:
        return None
    clause = [t for t in tok.subtree if not t.is_punct and not t.is_space and not piece.in_quote(t)]
    if not clause or len(clause) > en.MAX_FRAME_WORDS:
        return None
    quote_span = _adjacent_quote(piece, tok, "speech")
    if quote_span is None:
        return None
    between = (clause[0].idx, clause[-1].idx + len(clause[-1]))
    gaps = piece.text[quote_span[0]:between[0]][-4:] + piece.text[between[1]:quote_span[1]][:4]
    if not any(mark in gaps for mark in en.FRAME_MARKS):
        return None  # "We need to “make sure ...”": the quotation continues the clause, it is not framed by it
    stmt_kind, start, end = kind_and_bounds(piece, *quote_span, claimed, between)
    if stmt_kind != "direct":
        return None
    cue_toks = [tok, *cue_extras(piece, tok)]
    return Candidate(
        kind=stmt_kind,
        content=(start, end),
        cue=(min(t.idx for t in cue_toks), max(t.idx + len(t) for t in cue_toks), tok.lemma_.lower()),
        speaker=noun_phrase(subject),
        act=commitment("assert", piece, start, end, stmt_kind),
        confidence=PRIORS["speech"] - 0.1,
        rule="speech-adjacent",
    )


def _addressee_start(piece: Piece, head: Token, comp: Token, end: int) -> int:
    """"urged [the embassy to reconsider]", "told [the workers to leave]": the listener an infinitive is
    asked of belongs to what was asked (both corpora annotate it). Where there is none, ``end``."""
    if not piece.uses("addressee") or comp.dep_ != "xcomp" or comp.i < head.i:
        return end
    obj = next((c for c in head.children if c.dep_ == "dobj" and head.i < c.i < comp.i), None)
    through = _asked_through(piece, head, comp) if obj is None else None
    if through is not None:  # "called on [Turkey to halt drilling]": the doer through the cue's preposition
        obj = next(g for g in through.children if g.dep_ == "pobj")
    if obj is None or piece.in_quote(obj):
        return end
    return clause_extent(piece, obj)[0]


def _content_extent(piece: Piece, head: Token, comp: Token) -> tuple[int, int]:
    """The clause or object phrase the verb reports, rejoined where the parser split it."""
    start, end = clause_extent(piece, comp)
    if piece.uses("channel-relative") and _misread_relative(comp.head, comp):
        start = max(start, piece.doc[comp.left_edge.i + 1].idx)  # not the "that" read as the relative's object
    if comp.dep_ in en.NOUN_CLAUSE_LINKS and piece.uses("misread-relative") and _complementiser_opens(comp.head, comp):
        start = max(start, piece.doc[comp.left_edge.i + 1].idx)  # not the "that" read as an adverb or determiner
    mark = _subordinator(comp) if comp.dep_ == "advcl" else None
    if mark is not None and _for_clause(piece, head, comp, mark):
        start = max(start, piece.doc[mark.i + 1].idx)  # "for" is the cue's ("called for"), not what is asked
    channel = object_channel_start(piece, comp) if comp.dep_ in en.OBJECT_LINKS else None
    if channel is not None:
        end = channel  # the channel closes the object: nothing of the verb's phrase after it is content
    elif comp.dep_ in en.OBJECT_LINKS:
        end = max(end, object_clause_end(piece, head, comp))
    for split in split_complements(piece, head, comp):
        end = max(end, clause_extent(piece, split)[1])
    start = max(start, _date_of_saying_end(piece, head, comp))
    start = min(start, _object_subject_start(piece, head, comp, start))
    end = _past_dated_noun(piece, head, end)
    return within_paragraph(piece.text, comp.idx, start, end)


def _object_subject_start(piece: Piece, head: Token, comp: Token, start: int) -> int:
    """Issue 12 (wire17: world-politics fresh): "The government announced [the tests by a military laboratory
    found Novichok]": the parser took the reported clause's subject for the cue's object and left the clause
    with no subject; a verb of saying that has no listener for an object (not "told", "asked") reports the
    whole clause, its subject included. Where the content then starts, else ``start``."""
    if not piece.uses("object-subject") or comp.dep_ != "ccomp" or comp.i < head.i \
            or head.lemma_.lower() in en.ADDRESSEE_VERBS | en.TELLING_VERBS or comp.tag_ not in en.FINITE_TAGS \
            or any(c.dep_ in en.SUBJECTS or c.dep_ == en.EXPLETIVE for c in comp.children):
        return start
    obj = next((c for c in head.children if c.dep_ == en.OBJECT and head.i < c.i < comp.i), None)
    if obj is None or obj.pos_ not in en.NOUN_TAGS or piece.in_quote(obj):
        return start
    between = {t.i for c in head.children if head.i < c.i < comp.i and (c.i == obj.i or c.dep_ == "prep")
               for t in c.subtree}
    if any(i not in between for i in range(head.i + 1, comp.i)):
        return start  # only the object and its preposition's phrase stand between the cue and the clause
    return piece.doc[obj.left_edge.i].idx


def _past_dated_noun(piece: Piece, head: Token, end: int) -> int:
    """Issue 12 (newcomer): "a deal based on the May 27, 2024, arrangement described by Biden": the comma that
    closes a full date inside a noun phrase is no end of the content, though the parser hangs the noun after
    it on the cue; the content runs on over the noun's phrase."""
    if not piece.uses("date-comma"):
        return end
    span = piece.doc.char_span(0, end, alignment_mode="contract")
    if span is None or len(span) == 0 or len(piece.doc) <= span.end + 1:
        return end
    year, comma, noun = span[-1], piece.doc[span.end], piece.doc[span.end + 1]
    if not (year.like_num and len(year) == en.YEAR_LENGTH and year.ent_type_ in en.TIME_ENTITIES):
        return end
    if comma.text != "," or noun.pos_ not in en.NOUN_TAGS or noun.dep_ not in en.STRAY_NOUN_LINKS:
        return end
    last = max(t.i for t in noun.subtree)
    return max(end, piece.doc[last].idx + len(piece.doc[last]))


def _date_of_saying_end(piece: Piece, head: Token, comp: Token) -> int:
    """Issue 12 (newcomer): "The ambassador said this month Beijing has a strategy": a date right after the cue,
    before the clause's subject, says when it was said (news puts it there: "said Tuesday", "said last week"),
    though the parser hangs it on the clause (rule ``topic-time``). Where the content then starts, or 0."""
    if not piece.uses("topic-time") or comp.dep_ != "ccomp" or comp.i < head.i:
        return 0
    date = next((c for c in comp.children if c.dep_ == "npadvmod" and c.ent_type_ in en.TIME_ENTITIES), None)
    subject = next((c for c in comp.children if c.dep_ in en.SUBJECTS), None)
    if date is None or subject is None or date.left_edge.i != head.i + 1 or date.i > subject.i:
        return 0
    return head.doc[date.right_edge.i + 1].idx  # the subject's clause follows: the date is never the last token


def from_passive(piece: Piece, tok: Token, act: Act, claimed: set[int]) -> Candidate | None:
    """A passive cue ("was asked about X", "it was reported that", "X is expected to"):
    the speaker is the agent ("by X") or unnamed; the content is the clause, the
    prepositional object, or subject plus infinitive where train shows that use."""
    children = list(tok.children)
    comp = next((c for c in children if c.dep_ == "ccomp"), None)
    start = end = -1
    if comp is None:
        for c in children:
            if c.dep_ == "prep" and c.lower_ in en.PASSIVE_TOPIC_PREPOSITIONS and c.i > tok.i:
                comp = next((g for g in c.children if g.dep_ in ("pobj", "pcomp") and not _when(piece, g)), None)
                if comp is not None:
                    break
    if _agentless_aim(piece, tok, children):
        return None
    learned_links = (shipped_lexicon().get(tok.lemma_.lower()) or {}).get("links", [])
    if comp is None and "nsubjpass" in learned_links:
        xcomp = next((c for c in children if c.dep_ == "xcomp"), None)
        subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
        if xcomp is not None and subject is not None and subject.lower_ not in en.PASSIVE_DUMMY_SUBJECTS:
            start = clause_extent(piece, subject)[0]
            end = clause_extent(piece, xcomp)[1]
    if comp is not None:
        start, end = clause_extent(piece, comp)
    agent = next((c for c in children if c.dep_ == "agent"), None)
    by = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    hedged = False
    if comp is None and end <= start:
        raised = _raised_infinitive(piece, tok, children)
        if raised is not None:
            comp = raised
            start, end = clause_extent(piece, raised)
            act, hedged = "assert", by is None
    if end <= start and by is not None:
        return _passive_target(piece, tok, by, act, claimed)
    if end <= start:
        return None
    said_by = noun_phrase(by) if by is not None else None
    stmt_kind, start, end = kind_and_bounds(piece, start, end, claimed)
    cue_toks = [tok, *cue_extras(piece, tok)]
    cue_start = min(t.idx for t in cue_toks)
    cue_end = max(t.idx + len(t) for t in cue_toks)
    if start < cue_end and end > cue_start and comp is not None:
        return None
    return Candidate(
        kind=stmt_kind,
        content=(start, end),
        cue=(cue_start, cue_end, tok.lemma_.lower()),
        speaker=said_by,
        act=act,
        hedged=hedged,
        negated=any(c.dep_ == "neg" for c in children),
        confidence=0.4,
        rule="passive",
        link=comp.dep_ if comp is not None else "nsubjpass",
    )


def _raised_infinitive(piece: Piece, tok: Token, children: list[Token]) -> Token | None:
    """Issue 12 (wire18): "The victim is reported [to be in critical condition]", "has been alleged [to have had
    affairs]": a passive verb of reporting with an infinitive and a subject of its own reports the infinitive (the
    guideline's content: "to" and what follows), by its agent or by no one named (rule ``raised-passive``). None for
    any other verb, or with no subject."""
    if not piece.uses("raised-passive"):
        return None
    if tok.lemma_.lower() not in en.RAISED_REPORT_VERBS:
        return None
    # its own subject, or the one it shares as a conjunct ("was taken to hospital and is reported to be ...")
    subjects = [c for c in children if c.dep_ == "nsubjpass"] or (
        [c for c in tok.head.children if c.dep_ in en.SUBJECTS] if tok.dep_ == "conj" else [])
    if not subjects or any(c.lower_ in en.PASSIVE_DUMMY_SUBJECTS for c in subjects):
        return None
    return next((c for c in children if c.dep_ == "xcomp" and c.i > tok.i and any(
        g.dep_ == "aux" and g.lower_ == en.TO for g in c.children)), None)


def _agentless_aim(piece: Piece, tok: Token, children: list[Token]) -> bool:
    """"The debate was intended to be held in May", "the plan is aimed at X": the writer's account of a plan,
    with no one who stated it (guideline 2.2: the writer's characterisation of goals is no statement)."""
    return piece.uses("passive-aim") and tok.lemma_.lower() in en.INTENTION_VERBS and not any(
        c.dep_ == "agent" for c in children)


def _when(piece: Piece, tok: Token) -> bool:
    """"was condemned by X on Monday": a date is when it was said, not what it was about (``topic-time``)."""
    return piece.uses("topic-time") and tok.ent_type_ in en.TIME_ENTITIES


def _passive_target(piece: Piece, tok: Token, by: Token, act: Act, claimed: set[int]) -> Candidate | None:
    """"The plan was condemned by the EU", "the attack was claimed by the group": a stance taken on the
    passive subject, by the agent (guideline 2.3: a bare NP is the content when that is all there is). Not
    for a person or a pronoun ("he was criticised by", "which was praised by": the antecedent is elsewhere)
    nor for verbs whose passive subject is the listener ("was urged by")."""
    if not piece.uses("passive-target") or tok.lemma_.lower() not in en.PASSIVE_TARGET_CUES:
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ == "PRON" or subject.ent_type_ == en.PERSON:
        return None
    deeds = en.DEED_OBJECTS.get(tok.lemma_.lower())
    if piece.uses("deed-object") and deeds is not None and (not deeds or subject.lemma_.lower() in deeds):
        return None  # "her nomination was confirmed by the Senate": the deed in the passive
    start, end = clause_extent(piece, subject)
    if end <= start:
        return None
    stmt_kind, start, end = kind_and_bounds(piece, start, end, claimed)
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < tok.i]
    agent = by.head
    cue_start = min([t.idx for t in aux] + [tok.idx])
    return Candidate(
        kind=stmt_kind,
        content=(start, end),
        cue=(cue_start, agent.idx + len(agent), tok.lemma_.lower()),
        speaker=noun_phrase(by),
        act=act,
        negated=any(c.dep_ == "neg" for c in tok.children),
        confidence=0.4,
        rule="passive",
        link="nsubjpass",
    )


def parenthetical(piece: Piece, tok: Token) -> Candidate | None:
    """"The economy, he said, is improving": the clause around the attribution."""
    subject = next((c for c in tok.children if c.dep_ in en.SUBJECTS), None)
    if subject is None:
        return None
    own = {t.i for t in tok.subtree}
    own |= _apposition_after(piece, tok.head, own)
    toks = [t for t in tok.head.subtree if t.i not in own]
    if tok.head.i > tok.i:  # the parser's head after the attribution: perhaps the listener's noun
        said = _past_listeners_noun(piece, tok, tok.head)
        if said.i != tok.head.i:
            toks = [t for t in said.subtree if not (t.dep_ == "mark" and t.head.i == said.i)]
    cue_toks = [tok, *cue_extras(piece, tok)]
    cue_toks.sort(key=lambda t: t.i)
    act = en.SPEECH_VERBS.get(tok.lemma_.lower(), "assert")
    return clause_statement(piece, toks, [cue_toks[0], cue_toks[-1]], subject, act, "parenthetical")


def _apposition_after(piece: Piece, head: Token, own: set[int]) -> set[int]:
    """Issue 12 (newcomer): "Li congratulated Starmer, state media reported, the first leader to do so": where
    the clause is whole before the attribution, a noun phrase set off after it is the writer's gloss on the
    clause (rule ``trailing-apposition``), not the rest of what was said ("The economy, he said, is improving"
    has its verb after the attribution, and keeps it)."""
    if not piece.uses("trailing-apposition") or head.i > min(own):
        return set()
    after = [c for c in head.children if c.i > max(own) and not c.is_punct]
    if not after or after[0].left_edge.i != max(own) + 1 or after[0].dep_ not in en.GLOSS_LINKS or (
            after[0].pos_ not in en.NOUN_TAGS):
        return set()
    return set(range(after[0].left_edge.i, head.right_edge.i + 1))


def _cue_lemma(tok: Token, head: Token) -> str:
    lemmas = [tok.lemma_.lower()]
    if head is not tok:
        lemmas.append(head.lemma_.lower())
    prt = particle(head)
    if prt:
        lemmas.append(prt)
    return " ".join(lemmas)


def cue_extras(piece: Piece, tok: Token) -> list[Token]:
    """Words that belong to the cue: particle, "outright", "in a statement"."""
    extra: list[Token] = []
    for c in tok.children:
        adjacent_adverb = c.dep_ == "advmod" and c.i == tok.i + 1 and c.lower_ not in en.NOT_CUE_ADVERBS
        if c.dep_ == "prt" or (c.dep_ == "aux" and c.lower_ == en.TO) or adjacent_adverb:
            extra.append(c)
        elif c.dep_ == "prep" and c.lower_ in en.CHANNEL_PREPOSITIONS and tok.i < c.i <= tok.i + 2:
            nouns = [g for g in c.subtree if g.lemma_.lower() in en.CUE_CHANNEL_NOUNS]
            if nouns:
                said = channel_clause(piece, tok)  # "in a statement [that X]": the clause is content, not cue
                inside = {t.i for t in said.subtree} if said is not None else set()
                extra.extend(t for t in c.subtree if t.i not in inside)
    return extra


def _quoted_as(tok: Token) -> list[Token]:
    """"was quoted as saying", "was reported as saying", "was heard to say": the passive verb of relaying and
    its "as" or "to", written right before the speech verb, belong to the cue (guideline 2.4: "as quoted by"),
    whose speaker stays the passive subject. Not across words between ("was quoted by Interfax as saying": the
    relaying outlet is no part of the cue)."""
    if tok.i < 2:
        return []
    relay, middle = tok.doc[tok.i - 2], tok.doc[tok.i - 1]
    if relay.lemma_.lower() not in en.RELAYING_VERBS or not any(c.dep_ == "auxpass" for c in relay.children):
        return []
    as_saying = tok.dep_ == "pcomp" and tok.head.i == middle.i and middle.lower_ == en.AS and middle.head.i == relay.i
    to_say = tok.dep_ == "xcomp" and tok.head.i == relay.i and middle.lower_ == en.TO
    return [relay, middle] if as_saying or to_say else []


def _went_on(tok: Token) -> list[Token]:
    """"went on to say Y", "goes on to explain Y": the verb of going on belongs to the cue (PolNeAR train's cues
    hold it: "went on to say" 9 times, "went on to explain" twice, "goes on to say" ...)."""
    head, doc = tok.head, tok.doc
    if tok.dep_ not in en.GO_ON_LINKS or head.i != tok.i - 3 or (head.lemma_.lower(), particle(head)) != en.GO_ON:
        return []  # "went on to attack Trump, saying Y": "saying" is no "went on to" verb
    return [head] if doc[tok.i - 2].dep_ == "prt" and doc[tok.i - 1].lower_ == en.TO else []


def _relays(piece: Piece, tok: Token) -> bool:
    """Whether ``tok`` is the relaying verb of "was quoted as saying" (``_quoted_as``): the verb after it
    reports ("was reported to say"), unlike "is reported to be in critical condition" (rule ``raised-passive``)."""
    doc = tok.doc
    if tok.i + 2 >= len(doc):
        return False
    said = doc[tok.i + 2]
    if piece.uses("raised-passive") and cue_kind(said) is None:
        return False
    return any(t.i == tok.i for t in _quoted_as(said))


def _hedge_governor(piece: Piece, tok: Token) -> Token | None:
    """"seemed" in "seemed to rule out"."""
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_ in en.HEDGE_GOVERNORS and piece.uses("hedge-governor"):
        return head
    return None


def _hedged(tok: Token) -> bool:
    if tok.lemma_.lower() in en.HEDGE_CUES:
        return True
    near = list(tok.children)
    if tok.dep_ == "conj":
        near.append(tok.head)
        near.extend(tok.head.children)
    # A name is never a hedge: "Mr. Hedge said" is as firm as "Mr. Smith said".
    return any(
        (t.lemma_.lower() in en.HEDGE_WORDS or t.lower_ in en.HEDGE_WORDS) and not _is_name(t) for t in near
    )


def _is_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in en.ENTITY_TYPES or (tok.is_title and tok.i > tok.sent.start)


def _adjacent_quote(piece: Piece, tok: Token, kind: str, after_only: bool = False) -> tuple[int, int] | None:
    """Quotations next to the cue's clause: "“...,” he said.", "He said: “...”",
    and both sides of "“...,” she said. “...”" as one span; with ``after_only``, only the one after it.
    """
    if not piece.uses("adjacent-quote") or (kind not in ("speech",) and not _colon_follows(piece, tok)):
        return None
    subtree = frame_clause(piece, tok)
    if not subtree:
        return None
    c_start = subtree[0].idx
    c_end = subtree[-1].idx + len(subtree[-1])
    before = after = None
    # Quotations do not overlap, so only the last one ending before the clause and
    # the first one opening after it can be next to it.
    last = bisect_right(piece.quote_ends, c_start) - 1
    gap = piece.text[piece.quotes[last].end:c_start] if last >= 0 else None
    # A quotation that ends its paragraph is not framed by a sentence opening the next one ("...year.”⏎
    # The council has not commented."): an attribution sits in the quotation's own paragraph.
    inverted = subtree[0].i == tok.i  # the cue opens its clause: "“...” tweeted X"
    if not after_only and gap is not None and only_gap(gap) and "\n" not in gap and (
            _set_off(piece, piece.quotes[last], gap) or (inverted and _opens_sentence(piece, piece.quotes[last]))):
        before = piece.quotes[last]
    first = bisect_left(piece.quote_starts, c_end)
    if first < len(piece.quotes):
        q = piece.quotes[first]
        if only_gap(piece.text[c_end:q.start]) and q.closed:
            after = q
    if before is not None and after is not None:
        return before.start, after.end
    if before is not None:
        return before.start, before.end
    if after is not None:
        return after.start, after.end
    return None


def frame_clause(piece: Piece, tok: Token) -> list[Token]:
    """The words of the clause around a cue that may frame a quotation: its subtree outside quotations, with
    a subject and a title the parser hung outside it (``stray_title``)."""
    words = {t.i: t for t in tok.subtree}
    subject = _framing_subject(piece, tok)
    if subject is not None:
        words.update((t.i, t) for t in (*stray_title(piece, tok), *subject.subtree))
    elif piece.uses("apposed-frame") and (named := _apposed_before_cue(piece, tok)) is not None:
        words.update((t.i, t) for t in tok.doc[named.start:tok.i])  # "“...,” NAME, an apposition, said"
    return [t for _, t in sorted(words.items()) if not t.is_punct and not t.is_space and not piece.in_quote(t)]


def _framing_subject(piece: Piece, tok: Token) -> Token | None:
    """The person who says ``tok``: its subject, or (rule ``stray-title``) the name just before it where the
    parser read "Kim told media" as one noun phrase, the name and the verb both modifiers of "media"."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subject is not None or not piece.uses("stray-title") or tok.i == 0:
        return subject
    if tok.dep_ != "amod":
        named = _name_before_cue(piece, tok)
        return named.root if named is not None else None
    before = tok.doc[tok.i - 1]
    return before if before.ent_type_ == en.PERSON and before.head.i == tok.head.i else None


def _inverted_modifier(piece: Piece, tok: Token) -> Span | None:
    """Issue 12 (fresh Wikinews): "“I am in awe ...” tweeted Mayor of London Sadiq Khan": with no comma after
    the quotation the parser read the cue as a modifier of the title after it; the words from the cue to the
    end of the person's name there say the quotation (the name's own appositions and brackets left out)."""
    doc = tok.doc
    if tok.dep_ != "amod" or tok.head.i <= tok.i or tok.i == 0 or not doc[tok.i - 1].is_quote:
        return None
    names = [t for t in tok.head.subtree if t.i > tok.i and t.ent_type_ == en.PERSON]
    if not names:
        return None
    end = next((e.end - 1 for e in entities(doc) if e.start <= names[0].i < e.end), names[0].i)
    if any(t.is_punct for t in doc[tok.i + 1:end + 1]):
        return None
    return doc[tok.i + 1:end + 1]


def _name_before_cue(piece: Piece, tok: Token) -> Span | None:
    """Issue 12 (fresh Wikinews): "“I am happy,” Caloundra coach Geoff Ingram said": the parser read the
    title "coach" as a verb whose object is the name, and left the cue with no subject. A person's name that
    ends right before a subjectless cue, in a short run of words opened by a quotation's comma, says it; so
    does a name of a person or body that a date opens the sentence before ("On Friday Ford Motor Company
    announced": the parser read the name into the date's phrase)."""
    doc, before = tok.doc, tok.doc[tok.i - 1]
    if any(c.dep_ in en.SUBJECTS for c in tok.children) or piece.in_quote(before):
        return None
    ent = next((e for e in entities(doc) if e.end == tok.i and e.label_ in en.SPEAKER_LABELS), None)
    if ent is not None and ent.start > 0 and doc[ent.start - 1].ent_type_ == en.DATE and all(
            t.ent_type_ == en.DATE or t.dep_ == "prep" for t in doc[ent.sent.start:ent.start]):
        return ent
    if before.ent_type_ != en.PERSON:
        return None
    start = before.i
    while start > 0 and tok.i - start <= en.MAX_STRAY_TITLE + 3 and not doc[start - 1].is_punct:
        start -= 1
    if start < 2 or doc[start - 1].text != "," or not doc[start - 2].is_quote:
        return None
    return noun_phrase(before)


def _apposed_before_cue(piece: Piece, tok: Token) -> Span | None:
    """Issue 12 (span12): "“...,” William M. Daley, the president's former chief of staff, said of their time",
    "“...,” Mr. Daniloff, now 81 and retired in Cambridge, said by telephone": a person's name right after a
    quotation, set off by commas from the cue, with words of its own between (an apposition the parser
    often hangs on the quotation or reads as a verb), frames the quotation: the name says it. The cue must
    have no subject of its own outside the quotation, and nothing but the apposition between name and cue (no
    quotation mark; the nearest person's name before the cue is the one)."""
    doc = tok.doc
    if tok.i < 4 or doc[tok.i - 1].text != en.COMMA or piece.in_quote(doc[tok.i - 1]):
        return None
    if any(c.dep_ in en.SUBJECTS and not piece.in_quote(c) for c in tok.children):
        return None
    for ent in reversed(entities(doc)):
        if ent.end >= tok.i:
            continue
        if tok.i - ent.end > en.MAX_APPOSITION_WORDS:
            return None
        if ent.label_ != en.PERSON:
            continue  # a place or a date in the apposition ("now 81 and retired in Cambridge")
        start = ent.start
        while start > 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_quote:
            start -= 1  # the title the recogniser left out: "Mr. Daniloff"
        before = doc[start - 1] if start > 0 else None
        if before is None or not before.is_quote or doc[ent.end].text != en.COMMA or ent.end + 1 >= tok.i - 1:
            return None
        if any(t.is_quote for t in doc[ent.end:tok.i]):
            return None
        return doc[start:ent.end]
    return None


def stray_title(piece: Piece, tok: Token) -> list[Token]:
    """Issue 12 (newcomer): "“We cannot go inside,” firefighter Kim Jin-young told media": the parser read
    "told media" as a noun phrase and hung the title "firefighter" (and at times the name) on "media", so the
    clause began at the name, a title's width from the quotation, or had no subject at all, and the quotation
    fell to the previous speaker. Common nouns between a closing quotation mark and the person who says the
    cue are that person's title: they belong to the clause and to the speaker's name, wherever they hang."""
    subject = _framing_subject(piece, tok)
    if not piece.uses("stray-title") or subject is None or subject.ent_type_ != en.PERSON:
        return []
    doc, first = tok.doc, subject.left_edge.i
    own = {t.i for t in tok.subtree}
    start = first
    while (start > 1 and first - start < en.MAX_STRAY_TITLE and doc[start - 1].pos_ in en.TITLE_TAGS
           and doc[start - 1].i not in own and not piece.in_quote(doc[start - 1])):
        start -= 1
    if start == first or not doc[start - 1].is_quote:
        return []
    return list(doc[start:first])


def _with_stray_title(piece: Piece, tok: Token, said_by: Span | None) -> Span | None:
    """The speaker run back over the title the parser hung outside its clause, or read off the name the parser
    made a modifier (``stray_title``)."""
    subject = _framing_subject(piece, tok)
    if said_by is None and subject is not None:
        said_by = noun_phrase(subject)
    title = stray_title(piece, tok)
    if said_by is None or not title or title[-1].i + 1 != said_by.start:
        return said_by
    return said_by.doc[title[0].i:said_by.end]


def _set_off(piece: Piece, quote: Quotation, gap: str) -> bool:
    """A quotation that ends with its own punctuation or a mark after it ("“Enough,” she said", "“Why?” he
    asked", "“No” — she said"); a bare name in quotes runs on into the sentence ("the withdrawal from the
    “immediate area” first announced in May") and is no one's speech (rule ``adjacent-quote``)."""
    inner = piece.text[quote.start:quote.end].rstrip(en.QUOTE_CLOSERS)
    return inner[-1:] in en.QUOTE_END_MARKS or any(mark in gap for mark in en.QUOTE_END_MARKS)


def _opens_sentence(piece: Piece, quote: Quotation) -> bool:
    """A quotation that opens its paragraph or sentence ("⏎“I am in awe ...” tweeted X") is said, not a name
    running on into the sentence, though no comma closes it (issue 12, fresh Wikinews)."""
    before = piece.text[:quote.start].rstrip(" \t")
    return not before or before.endswith("\n") or before[-1:] in en.QUOTE_END_MARKS


def _colon_follows(piece: Piece, tok: Token) -> bool:
    right = tok.right_edge
    nxt = right.i + 1
    return (tok.dep_ == "ROOT" and nxt < len(piece.doc) and piece.doc[nxt].text == ":"
            and any(c.dep_ in en.SUBJECTS for c in tok.children))


def only_gap(between: str) -> bool:
    return len(between) <= 4 and all(ch in en.GAP_PUNCT for ch in between)


def _refine_act(act: Act, comp: Token | None, piece: Piece, start: int, end: int,
                stmt_kind: StatementKind) -> Act:
    """A neutral cue takes the act its content expresses ("said ... opposed"). A negated content verb says the
    opposite or nothing: "said he cannot support X" opposes X; "did not oppose" is no act of its own."""
    if act == "assert" and comp is not None and comp.lemma_.lower() in en.CONTENT_ACTS and any(
            c.dep_ in en.SUBJECTS for c in comp.children):
        expressed = en.CONTENT_ACTS[comp.lemma_.lower()]
        if not any(c.dep_ == "neg" for c in comp.children):
            return expressed
        if expressed == "support":
            return "oppose"
    return commitment(act, piece, start, end, stmt_kind)


def commitment(act: Act, piece: Piece, start: int, end: int, stmt_kind: StatementKind) -> Act:
    """A direct quote of "we will ..." commits the speaker."""
    if act == "assert" and stmt_kind == "direct":
        text = piece.text[start:end].lower()
        if any(p in text for p in en.FIRST_PERSON_FUTURE):
            return "commit"
    return act


def _document_calls_for(piece: Piece, said_by: Span, head: Token, comp: Token | None) -> bool:
    """"It also called for records ...": "it" is no expletive before "call for"; it is the subpoena, bill or
    report just named (guideline 2.2: documents are sources), which the resolver finds."""
    if not piece.uses("it-calls-for") or said_by.root.lower_ not in en.QUOTING_DUMMY_SUBJECTS or comp is None:
        return False
    return comp.dep_ == "pobj" and (head.lemma_.lower(), comp.head.lower_) == en.CALL_FOR


def _body_says(piece: Piece, said_by: Span, head: Token, comp: Token | None, kind: str) -> bool:
    """Issue 12 (recall17): "The ministry issued a statement on Monday. It said the plant would close", "It also
    warned that Y": "it" as the subject of an active speech verb with a complement is the body or document named
    before (guideline 2.2: documents are sources; the resolver's "it" pool finds it), not an
    expletive, which takes no verb of saying ("it is said that" is a passive, "it seems" no cue). Not a
    thought or stance ("it means", "it supports the roof"), nor a verb in a clause another cue reports."""
    if not piece.uses("it-speaks") or kind not in en.BODY_SPEAKS_KINDS or comp is None or (
            head.dep_ in en.REPORTED_LINKS):
        return False  # "Moscow said that it would respond to Y": a verb inside a reported clause is what is said
    return said_by.root.lower_ in en.QUOTING_DUMMY_SUBJECTS and said_by.root.dep_ == en.SUBJECT_LINK and (
        said_by.root.head.i == head.i)


def _quoted_it(piece: Piece, said_by: Span, comp: Token | None, quote_span: tuple[int, int] | None,
               kind: str) -> bool:
    """"“The door remains open,” it said": a body quoted as "it" (resolve/ finds the organisation); the
    quotation leaves no doubt that something spoke, unlike "it said that" of a text or an expletive."""
    if said_by.root.lower_ not in en.QUOTING_DUMMY_SUBJECTS or kind != "speech":
        return False
    return quote_span is not None or (comp is not None and piece.in_quote(comp))
