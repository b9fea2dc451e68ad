"""The speaker span of a cue, read off the parse: its subject, inherited along links."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from onrecord.extract import english as en
from onrecord.extract.rules.base import Candidate, Piece
from onrecord.extract.rules.spans import after_comma, outer_conjunct
from onrecord.nlp import entities


def speaker(tok: Token, titled_names: bool = True, firm_names: bool = True,
            participles: bool = True, appositives: bool = True, makers: bool = True,
            apposed_names: bool = True, outer_conjuncts: bool = True,
            datelines: bool = True, quoted_objects: bool = True,
            hyphened: bool = True, body_names: bool = True) -> tuple[Span | None, bool]:
    """The subject that says ``tok``, following conjunctions and control verbs up.

    ``titled_names`` (the ``title-name`` rule): a subject the parser cut before the name it titles
    ("[US Ambassador] to Germany Richard Grenell said") runs on to the name. ``firm_names`` (the
    ``ampersand-name`` rule): "[Marlow] & Daughters said" runs on over the ampersand. ``participles`` (the
    ``participle-subject`` rule): a participle conjoined to its verb says what the verb's subject says.
    ``appositives`` (the ``appositive-relative`` rule): "who" on a person's apposition is the person.
    ``makers`` (the ``maker-clause`` rule): a participle or infinitive on a thing made or used says what its
    maker says ("issued a statement saying Y", "held a briefing to brag Y"). ``apposed_names`` (the
    ``apposed-name`` rule): "The prime minister, Boris Johnson, said": the name set off after the description.
    ``outer_conjuncts`` (the ``outer-conjunct`` rule): "He said the firm had closed and vowed Y": a verb the
    parser conjoined inside a reported clause, in the form of the reporting verb, is the reporter's.
    ``datelines`` (the ``dateline-subject`` rule): "Philadelphia (AFP) – US President Barack Obama will ...":
    the lead's subject after a wire dateline the parser made the subject. ``quoted_objects`` (the
    ``quoted-object`` rule): "The BBC cited Budi Gunawan as saying Y": the one quoted says Y, not the outlet.
    ``hyphened`` (the ``hyphen-subject`` rule): "Another co-author, X, said": a subject noun written with a hyphen,
    which the parser split into subjects of their own ("co", "-", "author"), is one word (``_across_hyphens``).
    ``body_names`` (the ``body-name-extent`` rule): "The California Department of Forestry and Fire Protection
    said", "The University of California, San Diego said": a body's name the parser cut at its "and" or its
    campus's comma runs on to its end (``_to_body_name_end``).
    """
    quoted = _quoted_object(tok) if quoted_objects else None
    if quoted is not None:
        return noun_phrase(quoted), False
    current = tok
    for _ in range(6):
        subjects = [c for c in current.children if c.dep_ in en.SUBJECTS]
        if participles and subjects and _object_tail(current, subjects[0]):
            subjects = []  # "wrote to me and Vice President Harris stressing Y": the writers stress Y
        subject = subjects[0] if subjects else None
        if subject is not None and len(subjects) > 1 and _dateline(subject):
            subject = subjects[1]  # "State Department — U.S. Secretary of State Antony Blinken underscored"
        if datelines and subject is not None and _dateline(subject):
            subject = _after_dateline(subject, current)
        if subject is not None and len(subjects) > 1 and _quoted(subject, current):
            subject = subjects[-1]  # "“The only conclusion ... is X,” tweeted Ken Gude": Gude, not "conclusion"
        if subject is not None:
            if subject.lower_ in en.RELATIVE_PRONOUNS and current.dep_ == "relcl":
                named = _apposed_person(current.head) if appositives and subject.lower_ in en.PERSON_RELATIVES else None
                return noun_phrase(named if named is not None else current.head), False
            antecedent = _loose_antecedent(subject)
            if antecedent is not None:
                return noun_phrase(antecedent), False
            if subject.dep_ == "csubj":
                return None, False
            phrase = noun_phrase(subject)
            if hyphened:
                phrase, subject = _across_hyphens(phrase, subject)
            if firm_names:
                phrase = _over_ampersand(phrase, subject)
            if body_names:
                phrase = _to_body_name_end(phrase, subject, current)
            if titled_names:
                phrase = _up_to_titled_name(phrase, current)
            if apposed_names:
                phrase = apposed_name(phrase, subject)
            return phrase, current is not tok
        if current.dep_ in ("relcl", "acl") and current.head.pos_ in en.NOUN_TAGS:
            maker = _maker(current) if makers else None
            if maker is None:
                return noun_phrase(current.head), False
            if maker.pos_ in en.NOUN_TAGS or maker.pos_ == "PRON":
                return noun_phrase(maker), False
            current = maker  # the verb the thing is the object of: its subject speaks
            continue
        if current.dep_ not in en.INHERIT_LINKS or current.head.i == current.i:
            return None, False
        outer = outer_conjunct(current) if outer_conjuncts else None
        current = outer if outer is not None else controller(current)
    return None, False


def _across_hyphens(phrase: Span, subject: Token) -> tuple[Span, Token]:
    """Speaker19 (second-domain fresh5): "Another co-author, ... Julian Marshall, said", "The study's co-author
    said", "His ex-wife told": the parser splits a noun written with a hyphen into pieces it makes subjects of
    the verb each, and the first piece ("Another co") was taken for the source. The phrase runs on over each
    hyphen written without spaces to the last piece, the word's head ("author"), which is then the subject."""
    doc = subject.doc
    last = subject
    while last.i + 2 < len(doc) and doc[last.i + 1].text in en.INNER_HYPHENS and not last.whitespace_ \
            and not doc[last.i + 1].whitespace_ and doc[last.i + 2].dep_ == subject.dep_ \
            and doc[last.i + 2].head.i == subject.head.i and doc[last.i + 2].is_alpha:
        last = doc[last.i + 2]
    if last is subject:
        return phrase, subject
    tail = noun_phrase(last)
    return doc[phrase.start:max(tail.end, last.i + 1)], last


def _quoted_object(tok: Token) -> Token | None:
    """Issue 12 (wire18): "The BBC also cited Budi Gunawan, chief of the agency, as saying Y", "CNN quoted an
    American witness as saying Y": the speech verb under the "as" of an active verb of quoting is its object's
    (the outlet relays it: its own statement is the quoting verb's, guideline 2.6). None for any other shape."""
    doc = tok.doc
    if tok.tag_ != en.PRESENT_PARTICIPLE or tok.i < 3 or doc[tok.i - 1].lower_ != en.AS:
        return None
    # by the words, not the parse, which hangs a long object's "as saying" on anything ("cited X, chief of the
    # agency, which ..., as saying Y"): the quoted object ends right before "as" (or its comma)
    last = {tok.i - 2, tok.i - 3} if doc[tok.i - 2].text == en.COMMA else {tok.i - 2}  # the object's end
    verb = next((t for t in reversed(doc[tok.sent.start:tok.i]) if t.lemma_.lower() in en.QUOTING_VERBS
                 and t.pos_ in en.VERB_TAGS), None)
    if verb is None or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i in last), None)


def apposed_name(phrase: Span, head: Token) -> Span:
    """Issue 12 (span12): "The prime minister, Boris Johnson, tweeted", "Dunn's mother, Charlotte Charles, said",
    "a Republican, Mark Amodei, has voiced", "The judge presiding over the case, Bernard Schwartz, said": a source
    described by a common noun (or a party's or a body's name) and then named between commas is mentioned by
    the name (guideline 2.5: the name as written; PolNeAR's source spans hold both, so the name is in them too).
    The name is the description's apposition, or (where the parser hung it elsewhere) a person's name set off
    by commas that closes the description's phrase. ``phrase`` itself for any other source, or a name that is
    no person's ("the agency, Reuters,")."""
    if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and head.ent_type_ in en.BODY_ENTITIES):
        return phrase
    doc = head.doc
    named = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.pos_ == "PROPN"
                  and c.ent_type_ == en.PERSON and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == en.COMMA),
                 None)
    if named is not None:
        return noun_phrase(named)
    last = max(head.right_edge.i, phrase.end - 1)
    ents = entities(doc)
    # the names after the head only, found by halving (they are in order): not every name before it (speed12)
    for ent in ents[bisect_right(ents, head.i, key=_start):]:
        if ent.label_ != en.PERSON:
            continue
        start = ent.start
        while start > head.i + 1 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ != en.PERSON:
            start -= 1  # a title the recogniser left out: "Dr. Anthony Fauci"
        start = _described_name_start(doc, start, head.i)
        if start > last + 2:
            break
        if doc[start - 1].text == en.COMMA and ent.end < len(doc) and doc[ent.end].text == en.COMMA \
                and ent.end >= last and not any(t.pos_ in en.VERB_TAGS and t.dep_ not in ("acl", "amod")
                                                 for t in doc[last + 1:start]):
            return doc[start:ent.end]
    return phrase


def _described_name_start(doc: Doc, start: int, head: int) -> int:
    """Speaker19 (second-domain fresh5): "Another co-author, civil and environmental engineering professor Julian
    Marshall, said": a name set off by commas may have its own description in front of it, as "The study's lead
    author, doctoral candidate Maninder Thind," has; the mention starts at that description (a noun with its
    modifiers right after the comma, no verb, no other punctuation), as a title before a name does."""
    title = doc[start - 1] if start - 1 > head else None
    if title is None or title.pos_ != "NOUN":
        return start
    left = title.left_edge.i
    if left <= head + 1 or doc[left - 1].text != en.COMMA \
            or any(t.pos_ not in en.DESCRIPTION_POS for t in doc[left:start]):
        return start
    return left


def _start(ent: Span) -> int:
    return ent.start


def _maker(clause: Token) -> Token | None:
    """Issue 12 (span12): who says a clause of no subject of its own that hangs on a noun, where the noun is
    no speaker. "His office put out a statement saying Y", "in an article stating Y": a participle on a thing
    made (``MADE_THINGS``) is its owner's ("her statement condemning Y") or its maker's. "held a press briefing
    to brag Y", "went out of his way to say Y", "passed up chances to challenge Y", "is the only contender to
    have pledged Y": an infinitive on a thing or an occasion (a common noun that names no entity) is the
    doer's. The maker is the noun's agent, whatever the noun ("the calls by UK officials asking Y", "a bid by
    the council to block Y"), or the verb the noun is the object or predicate of (whose subject speaks). None
    where the noun itself speaks ("a report released on Monday saying Y", "protesters chanting Y", "ads
    attacking Y", "the first Democrat to endorse Y")."""
    noun = clause.head
    agent = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == en.AGENT_PREPOSITION), None)
    agent_noun = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    owner = None
    infinitive = clause.tag_ == en.BARE_INFINITIVE and any(
        c.dep_ == "aux" and c.lower_ == en.TO for c in clause.children)
    if agent_noun is not None and (clause.tag_ == en.PRESENT_PARTICIPLE or infinitive):
        return agent_noun  # "the calls by UK officials asking Y", "a bid by the council to block Y"
    if clause.tag_ == en.PRESENT_PARTICIPLE and clause.dep_ == "acl":
        if noun.lemma_.lower() not in en.MADE_THINGS:
            return None
        if noun.dep_ == "pobj" and noun.head.lower_ not in en.MADE_THING_PREPOSITIONS:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)  # "her statement condemning Y"
    elif not infinitive or noun.pos_ != "NOUN" or noun.ent_type_:
        return None
    if owner is not None:
        return owner
    if noun.dep_ not in en.MADE_THING_LINKS:
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return verb if verb.pos_ in en.VERB_TAGS and verb.i != noun.i else None


def _loose_antecedent(subject: Token) -> Token | None:
    """Issue 12 (who10a): "..., according to police, who said officers arrived": where the parser made "who" the
    subject of a verb conjoined to the sentence instead of a relative clause, the source is still the noun just
    before the comma, as it is for a relative clause (``relcl`` above). None for anything but that shape."""
    if subject.lower_ not in en.WH_RELATIVES or subject.head.dep_ == "relcl" or subject.i < 2:
        return None
    comma, noun = subject.doc[subject.i - 1], subject.doc[subject.i - 2]
    return noun if comma.text == "," and noun.pos_ in en.NOUN_TAGS else None


def _object_tail(verb: Token, subject: Token) -> bool:
    """Issue 12 (newcomer): "Doctors wrote to me and Vice President Harris stressing that Y": the parser made
    the last name of a coordinated object the subject of a participle conjoined to the verb; a participle with
    no auxiliary has no subject of its own there, so the verb's subject says Y (not Harris)."""
    if verb.tag_ != en.PRESENT_PARTICIPLE or verb.dep_ not in en.PARTICIPLE_LINKS or subject.i > verb.i:
        return False
    if any(c.dep_ in en.AUX_LINKS for c in verb.children):
        return False  # "... and she was stressing Y": a clause of its own
    # The subject runs on from "and" ("to me and Harris"); set off by a comma it is an absolute clause of its
    # own ("wrote to him, their leader stressing Y": the leader stresses it).
    before = subject.left_edge.i - 1
    return subject.i > verb.head.i and before >= 0 and subject.doc[before].lower_ in en.AND_THAT_CONJUNCTIONS


def _over_ampersand(phrase: Span, subject: Token) -> Span:
    """Issue 12 (newcomer): "Marlow & Daughters reported Y": names joined by an ampersand are one firm's name
    ("Johnson & Johnson"), never two speakers, so the subject is not cut at the conjunction; cut, "Marlow"
    alone reads as a person of that surname."""
    joined = [c for c in subject.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > phrase.end - 1
              and any(t.text in en.NAME_AMPERSANDS for t in subject.doc[phrase.end:c.i])]
    if not joined or subject.pos_ != "PROPN":
        return phrase
    return phrase.doc[phrase.start:noun_phrase(joined[0]).end]


def _to_body_name_end(phrase: Span, subject: Token, verb: Token) -> Span:
    """Issue 12 (orgs19): a subject cut inside a body's name runs on to the name's end, short of the verb:
    "The California Department of Forestry and [Fire Protection] said" (the parser made the words after "and"
    a second subject, the recogniser kept them in the name) and "The University of California[, San Diego]
    said" (a campus: a place set off by a comma after "University of <place>" or "College of <place>")."""
    doc = phrase.doc
    if phrase.end > verb.i or subject.pos_ != "PROPN":
        return phrase
    last = phrase.end - 1
    body = next((e for e in entities(doc) if e.start <= last < e.end and e.label_ in en.BODY_ENTITIES), None)
    end = phrase.end
    if body is not None and phrase.end < body.end <= verb.i \
            and any(t.dep_ == "conj" and t.head.i == subject.i for t in doc[phrase.end:body.end]) \
            and any(t.lower_ == en.NAME_AND for t in doc[subject.i:body.end]):  # "&" is ``_over_ampersand``'s
        end = body.end
    while end > phrase.start and doc[end - 1].is_punct:
        end -= 1
    if end + 2 <= verb.i and doc[end].text == en.COMMA and subject.lower_ in en.CAMPUS_HEADS \
            and any(c.lower_ == en.CAMPUS_OF for c in subject.children):
        place = next((c for c in subject.children if c.dep_ == "appos" and c.i > end and c.ent_type_ == en.CAMPUS_PLACE
                      and c.left_edge.i == end + 1), None)
        if place is not None and place.right_edge.i < verb.i:
            end = place.right_edge.i + 1
    return doc[phrase.start:end] if end > phrase.end else phrase


def _dateline(subject: Token) -> bool:
    """Issue 12 (round 7): a subject that opens its paragraph and ends at a dash is the story's dateline
    ("State Department —", "Guatemala City —"), where it was filed, not who speaks; so is one with the wire's
    name in brackets before the dash ("Philadelphia (AFP) –", span12)."""
    phrase = noun_phrase(subject)
    doc = phrase.doc
    opens = phrase.start == 0 or "\n" in doc[phrase.start - 1].text or "\n" in doc[phrase.start - 1].whitespace_
    end = phrase.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3  # "(AFP)", "(AP)", "(Reuters)"
    return opens and end < len(doc) and doc[end].text in en.DATELINE_DASHES


def _after_dateline(dateline: Token, verb: Token) -> Token | None:
    """Issue 12 (span12): the subject a wire dateline stands for in the parse. "Philadelphia (AFP) – US
    President Barack Obama will spearhead Y": the name the parser put in apposition to the dateline after the
    dash; "WASHINGTON ― The Obama administration announced Y": where the parser took the dash for the verb,
    the subject of the clause it hung on the dash. None when there is neither (a dateline speaks for no one)."""
    doc = dateline.doc
    dash = next((t for t in doc[dateline.i + 1:dateline.i + 5] if t.text in en.DATELINE_DASHES), None)
    if dash is None:
        return None
    named = next((c for c in dateline.children if c.dep_ == "appos" and c.i > dash.i), None)
    if named is not None:
        return named
    if verb.i == dash.i:
        clause = next((c for c in verb.children if c.dep_ == en.REPORTED_CLAUSE and c.i > dash.i), None)
        return next((c for c in clause.children if c.dep_ in en.SUBJECTS), None) if clause is not None else None
    return None


def _apposed_person(antecedent: Token) -> Token | None:
    """The person's name a "who" clause's antecedent is an apposition of: "Kari Lake, an [ally] who", and
    "Toni Sacconaghi, an analyst at Bernstein [Research], who" (the parser hangs the clause on the body's name
    inside the apposition); None for any other antecedent."""
    tok = antecedent
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.dep_ == "appos":
        tok = tok.head.head  # the body named in the apposition: "an analyst at [Bernstein Research]"
    if tok.dep_ != "appos" or tok.pos_ != "NOUN" or tok.tag_ != en.SINGULAR_NOUN:
        return None
    name = tok.head
    return name if name.pos_ == "PROPN" and name.ent_type_ == en.PERSON else None


def _quoted(subject: Token, verb: Token) -> bool:
    """Issue 12 (round 8): the parser gave an inverted cue two subjects, one inside the quotation before it and
    the speaker after it ("“The only conclusion I can reach is X,” tweeted Ken Gude"). A quotation mark between
    the first subject and a later one puts the first inside the quote; so it does where the speaker comes before
    the verb ("“The homeowner called 911 to report ...,” White said", who11)."""
    later = [c for c in verb.children if c.dep_ in en.SUBJECTS and c.i > subject.i]
    if subject.i > verb.i or not later:
        return False
    if later[-1].i > verb.i:
        return any(t.is_quote for t in verb.doc[subject.i + 1:verb.i])
    # and not inverted: "“BIG WIN ... Huge victory for X,” Lake wrote": a quotation mark between the two, and the
    # first inside a quotation its paragraph opened (not "Washington, star of “Scandal,” thanked", who11)
    return any(t.is_quote for t in verb.doc[subject.i + 1:later[-1].i]) and _opened_before(subject)


def _opened_before(tok: Token) -> bool:
    """Whether a quotation is open at ``tok``: an odd number of quotation marks between it and the start of its
    paragraph."""
    doc, marks = tok.doc, 0
    for i in range(tok.i - 1, -1, -1):
        if "\n" in doc[i].text:
            break
        marks += doc[i].is_quote
    return marks % 2 == 1


def controller(tok: Token) -> Token:
    """The verb whose subject ``tok`` shares.

    A participle clause set off by a comma ("..., while hedging and telling")
    is about the main clause's subject even when the parser hangs it on a
    relative clause in between ("a post he'd made"), so it climbs past that.
    """
    head = tok.head
    if tok.dep_ == "advcl" and head.dep_ in ("relcl", "acl"):
        left = tok.left_edge.i
        if left > 0 and tok.doc[left - 1].text == ",":
            return head.sent.root
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and head.dep_ == "ccomp" and after_comma(tok):
        return head.head  # "he said Moscow would not accept X, adding that ...": he adds, not Moscow
    return head


def _inner_hyphen(tok: Token) -> bool:
    """The hyphen inside "Ocasio-Cortez": punctuation that does not end a phrase."""
    return tok.text in en.INNER_HYPHENS and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def first_conjunct(tok: Token) -> Token:
    """The first of the conjuncts ``tok`` is one of ("Afghanistan and his talks": "Afghanistan"), whose head
    and label say what the whole coordination does in its clause; ``tok`` itself when it is no conjunct."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def noun_phrase(tok: Token) -> Span:
    """``tok`` with its modifiers, without relative clauses and appositions."""
    left = tok.left_edge.i
    right = tok.i
    for c in tok.children:
        if c.i > tok.i and c.dep_ not in en.SPEAKER_CUTOFF:
            right = max(right, c.right_edge.i)
        if c.i > tok.i and c.dep_ == "prep" and c.lower_ in en.SPEAKER_PREPOSITIONS:
            right = max(right, c.right_edge.i)
    for c in tok.children:  # "Trump, who ..." : keep left modifiers only up to punctuation
        if c.i < tok.i and c.dep_ in ("punct", "appos", "relcl") and not _inner_hyphen(c):
            left = max(left, c.right_edge.i + 1)
    doc = tok.doc
    while left < right and (doc[left].is_space or doc[left].is_punct):
        left += 1
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[left:right + 1]


def _up_to_titled_name(phrase: Span, verb: Token) -> Span:
    """The subject phrase run on to a person's name between it and its verb: "Facebook co[-founder Mark
    Zuckerberg] tweeted", "US Ambassador[ to Germany Richard Grenell] alleged". The words in between must
    all belong to the subject (no verb, no clause): a title, a place, a preposition, a conjunction."""
    doc = phrase.doc
    if phrase.start > verb.i:
        return _inverted_up_to_name(phrase, verb)
    stop = verb.i
    # Tokens are made afresh on each access, so heads are compared by index, never by identity.
    while stop > phrase.end and doc[stop - 1].head.i == verb.i and doc[stop - 1].dep_ in en.VERB_GROUP_LINKS:
        stop -= 1  # "... Grenell has repeatedly said": not the auxiliary and the adverb
    gap = doc[phrase.end:stop]
    if not 0 < len(gap) <= en.MAX_TITLE_GAP or gap[-1].pos_ != "PROPN":
        return phrase
    # A person's name, or (whatever the recogniser called it) a run of proper nouns the parser made a second
    # subject of the verb: "Early opponent [MP Tanya Davies] said".
    second_subject = gap[-1].dep_ in en.SUBJECTS and gap[-1].head.i == verb.i and all(t.pos_ == "PROPN" for t in gap)
    if gap[-1].ent_type_ != en.PERSON and not second_subject:
        return phrase
    inside = range(phrase.start, stop)
    for t in gap:
        if t.pos_ in en.VERB_TAGS or (t.is_punct and t.text not in en.TITLE_GAP_PUNCT):
            return phrase
        if t.head.i not in inside and t.head.i != verb.i:
            return phrase
    return doc[phrase.start:stop]


def _inverted_up_to_name(phrase: Span, verb: Token) -> Span:
    """Issue 12 (fresh articles): "“...,” said study co-author Karen Alley": after an inverted cue the parser cut
    a hyphenated title ("co-author") into several subjects of the verb, the first of them "co". The subject runs
    on to the person's name that is the verb's last subject, when every word in between is part of the title
    (hanging on the name, the verb or the words before; no verb, no punctuation but a hyphen)."""
    doc = phrase.doc
    end = min(len(doc), phrase.end + en.MAX_TITLE_GAP)
    names = [t for t in doc[phrase.end:end] if t.dep_ in en.SUBJECTS and t.head.i == verb.i
             and t.ent_type_ == en.PERSON]
    if not names:
        return phrase
    name = names[-1]
    inside = range(phrase.start, name.i + 1)
    for t in doc[phrase.end:name.i]:
        if t.pos_ in en.VERB_TAGS or (t.is_punct and t.text not in en.TITLE_GAP_PUNCT) \
                or (t.head.i not in inside and t.head.i != verb.i):
            return phrase
    return doc[phrase.start:noun_phrase(name).end]


def names_after_titles(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """Issue 12 (mention12): "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani said", "“...,” said
    conservative commentator Jonah Goldberg", "television broadcaster PBS revealed": the parser hung the name
    on the title written directly before it as an apposition, with no comma between, and every speaker phrase
    cuts an apposition off, leaving the title alone ("Qatar's Prime Minister", no actor). Guideline 2.5: the
    mention is the name with any title written directly before it, so a speaker span runs on to the name,
    whichever rule found it (``titled_apposition``)."""
    for cand in found:
        if cand.speaker is not None:
            cand.speaker = titled_apposition(cand.speaker)
    return found


def titled_apposition(phrase: Span) -> Span:
    """``phrase`` run on to the name its head has as an apposition right after it: no punctuation or line
    between ("the World Health Organization (WHO)", "the mayor, Dee Margo," are other shapes), a proper noun
    the recogniser calls a person or a body ("television broadcaster PBS"), after a head that titles one (a
    singular noun: "refugees President Obama" is a relative clause the parser misread). ``phrase`` itself
    otherwise."""
    doc, head = phrase.doc, phrase.root
    if head.tag_ not in en.SINGULAR_TITLE_TAGS:
        return phrase  # "the Syrian refugees President Obama ... want to bring": a relative clause misread
    if phrase.end >= len(doc) or doc[phrase.end].is_punct or doc[phrase.end].is_space \
            or phrase[-1].whitespace_ != " ":
        return phrase
    named = next((c for c in head.children if c.dep_ == "appos" and c.left_edge.i == phrase.end
                  and c.pos_ == "PROPN" and c.ent_type_ in en.TITLED_NAME_ENTITIES), None)
    if named is None:
        return phrase
    return doc[phrase.start:max(phrase.end, noun_phrase(named).end)]


def restrictive_mentions(piece: Piece, found: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """Issue 12 (voice15): "Two people briefed on the matter said Y", "A memo seen by Reuters shows Y", "a statement
    from the family said Y": a participle or a "from" phrase written right after a described source (no comma)
    says which source it is, and guideline 2.5 keeps a description's restrictive modifiers in the mention.
    PolNeAR train writes its sources so ("People briefed on the move", "officials involved at the time"; 131 source
    spans hold a "from" phrase). Every speaker phrase cut them off. Not after a name ("Trump, backed by ..." is set
    off; "the senator from Vermont" keeps it, "Sanders from Vermont" is a name already), nor past a comma, nor into
    the cue or the content; and not where the phrase names a person, a body or a place: the resolver reads a name in
    the mention as the source ("an email obtained by Citizens United", "audio provided to The Times" are not
    theirs; on PolNeAR train texts 300-500 three of four such names were wrong)."""
    for cand in found:
        if cand.speaker is not None:
            cand.speaker = _with_restriction(cand, cand.speaker)
    return found


def _with_restriction(cand: Candidate, phrase: Span) -> Span:
    head = phrase.root
    if head.pos_ != en.COMMON_NOUN or head.ent_type_ == en.PERSON or head.dep_ == en.ROOT:
        return phrase  # a noun the parser made the root has no verb: its "participle" is the verb it lost
    doc = phrase.doc
    modifier = next((c for c in head.children if c.left_edge.i == phrase.end and (
        (c.dep_ == "acl" and c.tag_ == en.PAST_PARTICIPLE)
        or (c.dep_ == "prep" and c.lower_ in en.SOURCE_PREPOSITIONS))), None)
    if modifier is None or any(c.dep_ in en.SUBJECTS or (c.dep_ == "conj" and c.tag_ in en.FINITE_TAGS)
                               for c in modifier.children):
        # "Events even since the poll was conducted": a clause of its own; "the company invested in X and started
        # Y": a verb in the past conjoined to a tensed one is the clause's own, no reduced relative
        return phrase
    right = modifier.right_edge
    if right.i < head.right_edge.i:
        # "An eyewitness described for PA Media how the attack unfolded, stating Y": the noun phrase runs on past
        # the "participle" (here into a clause the parser also hung on the noun): a verb it lost, no restriction
        return phrase
    whole = (modifier.left_edge.idx, right.idx + len(right))
    for span in (cand.content, cand.cue[:2] if cand.cue else None):
        if span is not None and whole[0] <= span[0] < whole[1]:
            # "An eyewitness described for PA Media how ..., stating Y", "the company invested in X and started Y,
            # but Z reports": the cue hangs inside the "participle", which is the clause's own verb in the past
            return phrase
    end = next((t.i for t in doc[phrase.end:modifier.right_edge.i + 1] if t.is_punct and not _inner_hyphen(t)),
               modifier.right_edge.i + 1)  # "a lawsuit filed by X[, a former prime minister]": not the apposition
    while end > phrase.end and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end <= phrase.end or any(t.ent_type_ in en.ENTITY_TYPES for t in doc[phrase.end:end]):
        return phrase  # "an email obtained by Citizens United": the name would be taken for the source's own
    end_char = doc[end - 1].idx + len(doc[end - 1])
    start_char = phrase.start_char
    for span in (cand.content, cand.cue[:2] if cand.cue else None):
        if span is not None and span[0] < end_char and span[1] > start_char:
            return phrase  # the modifier runs into what was said, or into the cue
    return doc[phrase.start:end]
