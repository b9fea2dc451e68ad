"""English for the extraction rules: the words and the dependency labels they read.

Every English word and every spaCy (ClearNLP-style) dependency label that the rules in
``onrecord.extract.rules`` look for is named here, so another language starts from this one
module. The reporting vocabulary with the act each word signals (``SPEECH_VERBS``, ``NOUN_CUES``
...) stays in ``cues.py``, which the act and issue models also read; it is re-exported here so the
rules import one module.
"""

from __future__ import annotations

import re

from onrecord.extract.cues import (
    ADJECTIVE_CUES,
    AS_DEEDS,
    BINDING_DEEDS,
    CONTENT_ACTS,
    CUE_CHANNEL_NOUNS,
    DISCLOSING_DEEDS,
    HEDGE_CUES,
    HEDGE_GOVERNORS,
    HEDGE_WORDS,
    NON_SPEAKER_LABELS,
    NOT_CUES,
    NOT_SPEECH,
    NOUN_CUES,
    PHRASAL,
    POSITION_VERBS,
    SPEECH_VERBS,
    THOUGHT_VERBS,
    TOPIC_NOUNS,
    VOICING_VERBS,
    WITHHOLD_VERBS,
)
from onrecord.model import Act

__all__ = [
    "ADJECTIVE_CUES", "AS_DEEDS", "BINDING_DEEDS", "CONTENT_ACTS", "CUE_CHANNEL_NOUNS", "DISCLOSING_DEEDS",
    "HEDGE_CUES", "HEDGE_GOVERNORS", "HEDGE_WORDS", "NON_SPEAKER_LABELS", "NOT_CUES", "NOT_SPEECH", "NOUN_CUES",
    "PHRASAL", "POSITION_VERBS", "SPEECH_VERBS", "THOUGHT_VERBS", "TOPIC_NOUNS", "VOICING_VERBS", "WITHHOLD_VERBS",
]

# --- dependency labels ------------------------------------------------------

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
EXPLETIVE = "expl"  # "there" or "it" standing for a clause's subject ("said there was proof")
# Dependents that are not part of a speaker's name ("the leaders who ...").
SPEAKER_CUTOFF = frozenset({"relcl", "acl", "appos", "punct", "advcl", "cc", "conj", "prep", "npadvmod", "case"})
# Links through which a verb without a subject shares the subject of its head.
INHERIT_LINKS = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep", "acl", "ccomp"})
# Links a learned cue may take its content through (never its subject).
LEARNABLE_LINKS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "attr"})
# Links by which a clause hangs on a reporting noun ("his claim [that X]").
NOUN_CLAUSE_LINKS = frozenset({"acl", "ccomp", "relcl"})
# Links of an object-type content ("opposed [X]").
OBJECT_LINKS = frozenset({"dobj", "pobj", "pcomp"})
DIRECT_OBJECT = "dobj"  # "filed the appeal": a thing named, no clause said
ADVERBIAL_CLAUSE = "advcl"
# Dependents of the cue that never extend an object content ("supports X [and said ...]").
NOT_OBJECT_EXTENSION = frozenset({"conj", "cc", "punct", "parataxis", "mark", "dep"})
# Every dependency label, coarse part of speech and fine tag the rules read (a test checks that the rules
# name no other): what a parser for another language has to provide, or be mapped to.
DEPENDENCY_LABELS = frozenset("""acl acomp advcl amod advmod agent appos attr aux auxpass case cc ccomp compound conj
    csubj dative dep det dobj expl mark neg npadvmod nsubj nsubjpass oprd parataxis pcomp pobj poss prep prt punct relcl
    xcomp ROOT""".split())
POS_TAGS = frozenset("NOUN PROPN PRON VERB AUX VBG VBN VB VBD VBZ VBP NNP WDT WP WRB".split())
# The parts of speech of a description written before a name set off by commas ("civil and environmental
# engineering professor Julian Marshall"; speaker19, ``rules.sources._described_name_start``)
DESCRIPTION_POS = frozenset("NOUN ADJ CCONJ PROPN".split())
# Fine tags: the bare infinitive ("to reconsider"), verbs with a tense ("spoke", "says"), the participle.
BARE_INFINITIVE = "VB"
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
MODAL_TAG = "MD"  # "will", "would": a tensed auxiliary
FINITE_FORM = "FINITE"  # the form of any tensed verb, for coordination (``spans.outer_conjunct``)
REPORTED_CLAUSE = "ccomp"  # "said [that the move was made]"
CONTROL_LINKS = frozenset({"xcomp"})  # "continues [to insist that ...]": the verb whose subject the clause shares
PRESENT_PARTICIPLE = "VBG"
PAST_PARTICIPLE = "VBN"
PAST_TAGS = frozenset({"VBD", "VBN"})  # "called": the tagger reads a naming participle either way
AUXILIARIES = frozenset({"aux", "auxpass"})
NAME_LINK = "oprd"  # "a retreat called [Bryn Tirion]": the name a naming verb gives
OBJECT_PREDICATE = "oprd"  # "considered a deal likely": what the object is held to be, a proposition
ADVERB_LINK = "advmod"  # "also called parole"
COMMA = ","
# How the parser hangs a participle on the verb before it ("wrote to X and Y stressing ...").
PARTICIPLE_LINKS = frozenset({"conj", "advcl", "ccomp"})
ING = "ing"
SILENT_E = "e"  # "writing" -> "write"
# Dependents of a verb written between its subject and it ("X has repeatedly said").
VERB_GROUP_LINKS = frozenset({"aux", "auxpass", "neg", "advmod"})
# Dependents that make a verb's clause more than the frame of a quotation ("..., he told the court").
FRAME_BLOCKERS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "auxpass", "oprd", "dative"})
FRAME_SUBJECT_TAGS = frozenset({"PROPN", "PRON", "NOUN"})
# Marks that set a framing clause off its quotation ("“...,” Lam continued", "Lam continued: “...”").
FRAME_MARKS = (",", ":")
# At most this many words in the clause that frames a quotation ("Lam continued in the statement").
MAX_FRAME_WORDS = 8
# Parts of speech.
VERB_TAGS = frozenset({"VERB", "AUX"})
NOUN_TAGS = frozenset({"NOUN", "PROPN"})
COMMON_NOUN = "NOUN"
ROOT = "ROOT"  # the dependency label of a sentence's head
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "NORP")
PERSON = "PERSON"
# A heading in capitals above a transcript has at least this many words ("REMARKS BY PRESIDENT TRUMP AND ...");
# a label line ("THE PRESIDENT:") or a place line ("EAST ROOM") has fewer (nc18).
SHOUTED_HEADING_WORDS = 4
# What the recogniser may make of a word of a person's name in a roundup's label ("Rep. Pete Stauber:" with
# "Stauber" a DATE, "Rep. August Pfluger:" with "August" one): read as the name (``resolve.speakers``, nc18).
MISREAD_NAME_ENTITIES = frozenset({"", "PERSON", "DATE", "TIME"})
# "a Republican, Mark Amodei, said" (a party member described by the party), "The US' National Institute of
# Allergy's director, Dr. Anthony Fauci, said" (a body the parser made the head): described, then named.
BODY_ENTITIES = frozenset({"NORP", "ORG"})
SINGULAR_NOUN = "NN"  # the tag of a singular common noun ("an [ally] who ...")
PERSON_RELATIVES = frozenset({"who"})  # a relative pronoun for people only
DATE = "DATE"
# a name that may say something ("On Friday Ford Motor Company announced")
SPEAKER_LABELS = frozenset({"PERSON", "ORG"})

# --- words ------------------------------------------------------------------

# Verbs that are never cues by themselves.
LIGHT_VERBS = frozenset({"be", "have", "do"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Subjects that refer to nothing a reader could name ("it was said", "this shows").
DUMMY_SUBJECTS = frozenset({"it", "this", "that", "which", "there"})
# A dummy subject that still speaks when it says a quotation: "“The door remains open,” it said" (a body).
QUOTING_DUMMY_SUBJECTS = frozenset({"it"})
# The cue kinds whose "it" subject is the body or document named before (rule ``it-speaks``): "It said Y".
BODY_SPEAKS_KINDS = frozenset({"speech"})
SUBJECT_LINK = "nsubj"
REPORTED_LINKS = frozenset({"ccomp"})  # how a reported clause hangs on its cue
# Subjects of a stance adjective that name no source ("it is clear that").
ADJECTIVE_DUMMY_SUBJECTS = DUMMY_SUBJECTS - {"which"}
# Passive subjects that are no content ("who was asked", "it was reported").
PASSIVE_DUMMY_SUBJECTS = RELATIVE_PRONOUNS | {"it"}
# Owners of a reporting noun that name no source ("its claim", "their view").
DUMMY_OWNERS = frozenset({"it", "its", "this", "that", "their", "which"})
# Cues whose infinitive complement is what they report ("vowed to fight on").
XCOMP_CUES = frozenset(THOUGHT_VERBS) | {
    "promise", "pledge", "vow", "threaten", "urge", "ask", "demand", "propose", "agree", "refuse", "decline"}
# Subordinators that usually open the writer's aside after a reported clause
# ("..., though voters disagree"); "because" and "if" usually belong to it.
WRITER_MARKS = frozenset("after though although while whereas before as when".split())
# "... before claiming that ...": a further act, not part of the content.
LATER_ACT_PREPOSITIONS = frozenset({"before", "after", "while"})
# "per X" reports when set off by commas; these are rates all the same ("per capita, ...").
PER = "per"
PER_UNITS = frozenset("cent capita head person year day week month hour annum".split())
MAX_PER_SOURCE = 15  # tokens from "per" to the comma that ends its source
# Passive reporting verbs that raise the subject of what they report ("the victim is reported to be in critical
# condition", "he has been alleged to have had affairs", "is said to have left"): with no agent, an agentless
# report of the infinitive, hedged as "reportedly" is (guideline 1.2, 2.2; issue 12, branch wire18). Not "expect",
# "announce", "know" or "instruct", which the learned lexicon reads with their subject (PolNeAR's "X is expected to
# Y"). Passive verbs of telling ("residents were told to stay off the roads") were tried and left out: no statement
# gained on the sets read, one run into a misparsed clause, and the example's "when he was asked to leave" (a deed
# in the writer's story there) became a statement.
RAISED_REPORT_VERBS = frozenset("report say allege rumor rumour believe think".split())
# Thought verbs of goals and wishes: with an infinitive, the writer's account of an aim (strict_cues).
INTENTION_VERBS = frozenset("want wish plan intend aim seek".split())
YEAR_LENGTH = 4  # "May 27, 2024, arrangement": the year that closes a full date
STRAY_NOUN_LINKS = frozenset({"npadvmod"})  # how the parser hangs the noun after it on the clause's verb
# Entity labels of a date or time: "on Monday" after a reporting noun says when, not about what.
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Passive accusations and verdicts, with the prepositions that name the charge ("charged with", "accused
# of", "found guilty of", "indicted on"); "found" only with a verdict word.
CHARGE_VERBS: dict[str, frozenset[str]] = {
    "charge": frozenset({"with"}), "accuse": frozenset({"of"}), "convict": frozenset({"of", "on"}),
    "indict": frozenset({"on", "for"}), "find": frozenset({"of"}),
}
VERDICT_WORDS = frozenset({"guilty", "responsible", "liable"})
FIND = "find"
KNOW = "know"  # "also known as": the "as" of a name
BINDING_LINKS = frozenset({"xcomp", "ccomp"})  # "ordered [them to leave]", "ordered [that they leave]"
# How a noun object hangs on its verb: "sought [documents]", "aimed at [him]".
NOUN_OBJECTS = frozenset({"dobj", "pobj"})
SEMICOLON = ";"
# Verbs an infinitive of purpose does not follow: "went on to say", "continued to insist" report.
ONWARD_VERBS = frozenset("go continue proceed move".split())
# Speech verbs whose noun object is a deed's: any object of "add" ("added a question to the census", "added
# troops"), a nominee of "confirm" ("the Senate confirmed her nomination"). Empty: every noun object.
DEED_OBJECTS: dict[str, frozenset[str]] = {
    "add": frozenset(),
    # "the crisis claimed 15,000 lives"; "Chad, which also claims part of the region": a hold on land, no
    # statement (issue 12, newcomer)
    "claim": frozenset("life part territory land island region area".split()),
    "confirm": frozenset("nomination nominee appointment appointee candidate candidacy pick".split()),
    # "the appeals court issued a stay", "issued a subpoena for documents", "issued an indemnity bond": a legal
    # instrument or a document of leave issued is a deed (issue 12, branch wire18: three sets of Wikinews, none
    # annotated); "issued a statement saying Y", "issued a warning that Y", "issued a ruling finding Y" report
    "issue": frozenset("""stay subpoena summons warrant injunction bond writ visa permit licence license passport
        fine ticket""".split()),
}
# Verbs that also mean "withhold": with a recipient ("deny Russia its objectives", "deny revenue to Moscow") or
# a good as their object ("denying Putin revenues", which the parser reads as a compound), a deed, no denial.
WITHHOLDING_VERBS = frozenset({"deny"})
WITHHELD_GOODS = frozenset("""revenue revenues income money fund funds funding access entry bail visa visas permit
    permission license licence benefit benefits aid asylum parole passage oxygen sanctuary haven victory
    objective objectives service services credit loan loans resource resources""".split())
RECIPIENT_LINKS = frozenset({"dative"})
# What a speaker declines or refuses when no answer is given (docs/ANNOTATION.md 1.1, "declined to say/comment":
# refuse_to_commit): a verb of answering or speaking ("declined to be interviewed", "to address the report", "to
# affirm his support"), a question or an interview ("declined a question about Y"), or a request or invitation for
# one ("declined multiple requests for an interview"). "declined to hear the case", "declined the request" stay
# reject (guideline 2.7). PolNeAR train: the rules called 8 of the 10 labelled refuse_to_commit under "declined"
# reject; this reads 7 of them, and no other (acts19).
DECLINED_ANSWERS = frozenset("""address affirm answer comment confirm detail disclose discuss elaborate explain
    interview respond reply say speak specify talk testify""".split())
DECLINED_ANSWER_NOUNS = frozenset("comment question interview".split())
DECLINED_REQUEST_NOUNS = frozenset("request invitation".split())
FOR = "for"
# "Let's see how it unfolds", "let us hope": a first-person plural imperative, whose subject names no source.
LET = "let"
LET_SUBJECTS = frozenset({"'s", "’s", "us"})
# Places a position verb's object may be, which make it a deed of war: "defend the region", "attacked the city".
PLACE_NOUNS = frozenset("""region city town village territory area border frontier front frontline front-line
    base outpost capital province district enclave coast island airport port harbor harbour""".split())
# Moves of war that a verb of holding out takes as its object: "resist Russian advances", "repelled the
# offensive" are deeds of war ("resisted calls for a vote", "condemned the offensive" are stances).
HOLDING_VERBS = frozenset("resist repel repulse withstand".split())
MILITARY_MOVES = frozenset("advance offensive assault invasion incursion onslaught attack push siege".split())
# Pictures, whose showing is perception, not a statement ("Images showed plumes", "footage showed the blast").
# Not "video": one often carries speech (PolNeAR annotates "a video showed ...").
IMAGE_NOUNS = frozenset("image photo photograph picture footage imagery snapshot cctv scan x-ray".split())
PERCEPTION_CUES = frozenset("show reveal capture depict record".split())
# Forces of nature and events, which say nothing: "a storm knocked out power", "the strike threatened its
# profits" (issue 12 item 1, audited articles of other outlets). Not "attack" or "report": an attack's
# claim and a report's finding are attributed in news.
NATURAL_FORCES = frozenset("""storm hurricane typhoon cyclone tornado blizzard flood flooding wildfire blaze fire
    earthquake quake tsunami drought heatwave snowstorm rainstorm flames""".split())
EVENT_SUBJECTS = NATURAL_FORCES | frozenset("explosion crash strike outbreak".split())
# States a declaration brings about, a deed: "declared a state of emergency", "declared a curfew". Not
# "victory" or "war on X", which news attributes as claims and positions, nor "disaster": "declared it “a
# total disaster”" characterises (PolNeAR train).
DECLARED_STATES = frozenset("emergency curfew holiday lockdown".split())
DECLARE = "declare"
# "observe" that remarks takes a clause or a quotation ("observed that the hashtag had spread"); with a noun object
# it keeps a rite or watches a thing: "observing a seven day mourning period", "observing the area", "observed a
# bomb test from a raft" (issue 12, wire19: three such in three articles of two sets, none a gold statement).
OBSERVING_VERBS = frozenset({"observe"})
# "He was known for pursuing a neutral foreign policy": a reputation, the writer's account of it (issue 12,
# wire19: two in two sets; no gold statement of any set has "known" as its cue).
REPUTATION_PREPOSITION = "for"
# "commented on the decision: “...”": what one comments on is the topic, never the content; the quotation after it
# is (issue 12, wire19: two such topics taken for contents in two sets, while every gold "commented on" statement
# is the quotation). A comment withheld ("has not commented on X") keeps its topic: a declining.
TOPIC_COMMENT_VERBS = frozenset({"comment"})
TOPIC_PREPOSITION = "on"
# "said "A" and said B", "noted A, and mentioned B": the words that join a second report of the same source to
# a content that ran over it (issue 12, wire19; rule ``conjoined-report``).
REPORT_JOINERS = re.compile(r"(?:,\s*)?\b(?:and|but)(?:\s+(?:then|also|later))?\s*$")
# Complementisers of an embedded question: "to determine if the building was safe", "decide whether to go"
# is what someone tries to find out, no belief held (issue 12 item 1: cognition needs a proposition).
OPEN_QUESTION_MARKS = frozenset({"if", "whether"})
# Verbs of liking that take an infinitive: "would like to know", "would love to tell them" is a wish, no
# statement (the learned lexicon keeps "like" from PolNeAR's "would like to see X", rare and ambiguous).
LIKING_VERBS = frozenset("like love".split())
# "the court shows how extreme it is": a "how" clause on the subject itself, what it shows of itself.
HOW = frozenset({"how"})
SELF_SHOWN_PRONOUNS = frozenset({"it", "they"})
# "what the department now calls “anomalous health incidents”": a naming clause, no statement.
NAMING_VERBS = frozenset("call dub term label name".split())
WHAT = frozenset({"what"})
# "offers no explanation": the determiner of an absence.
NO_DETERMINERS = frozenset({"no"})
# Verbs whose "to" names the listener ("spoke to reporters", "talking to CBS").
LISTENER_TO_VERBS = frozenset({"speak", "talk"})
# Verbs whose direct object is the listener, not the message.
ADDRESSEE_VERBS = frozenset("tell ask inform warn urge assure remind advise".split())
# Verbs of telling whose listener a that-clause follows ("told the briefing that Y", "assured the committee that Y").
TELLING_VERBS = frozenset("tell inform warn assure remind".split())
# A question (rules/questions.py): its mark, the subjects an auxiliary moves before ("will there come a
# time"), the auxiliaries ("Does he intend", "has Russia responded"), the head "be" ("Is this something"), and the
# wh-words that ask as a subject ("What happens if", "Who said").
QUESTION_MARK = "?"
QUESTION_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
AUX_LINKS = frozenset({"aux", "auxpass"})
AUX_TAG = "AUX"
WH_TAGS = frozenset({"WDT", "WP", "WRB"})
# Words that open a question ("Who will pay", "Did you", "Is it true, as they say, that"): a quotation opening
# otherwise and ending on a short tag after a comma ("..., who knows?", "..., have you noticed that?") asserts.
QUESTION_OPENERS = frozenset("""who whom whose what which when where why how is are was were am do does did have has
    had can could will would shall should may might must isn't aren't wasn't weren't don't doesn't didn't haven't
    hasn't can't couldn't won't wouldn't shouldn't""".split())
TAG_QUESTION_WORDS = 4  # at most this many words after the last comma make a tag
# Verbs of asking: a position inside a reporter's question is not the answerer's.
QUESTION_VERBS = frozenset({"ask", "wonder"})
# What ends a quotation that stands apart from the sentence after it ("“Enough,” she said", "“Why?” he asked").
QUOTE_END_MARKS = ",.!?…;:—–-"
QUOTE_CLOSERS = "\"'”’»“«›‹ \n"
# Characters that may sit between a cue's clause and its quotation ("“...,” he said").
GAP_PUNCT = set(" \t\n,:;—–-…")
# Relative pronouns that open a clause on a name ("the Persian Gulf which ..."): never restrictive.
WH_RELATIVES = frozenset({"which", "who"})
SINGULAR_NAME = "NNP"
# Prepositions that open the writer's aside after a comma: "X was a freighter, despite photos showing Y",
# "a full withdrawal, beyond the one announced in May".
ASIDE_PREPOSITIONS = frozenset({"despite", "beyond", "notwithstanding"})
# "According to X, Y, meaning Z": participles of the writer's gloss on a reported clause.
GLOSS_PARTICIPLES = frozenset({"mean"})
# "..., with officials reporting X": prepositions of an absolute clause, the writer's circumstance.
ABSOLUTE_PREPOSITIONS = frozenset({"with", "without"})
# Marks that set off an apposition or relative clause closing a content.
APPOSITION_MARKS = (",", "–", "—", "-")
# Hyphens inside a name ("Ocasio-Cortez").
INNER_HYPHENS = ("-", "‐")
# Punctuation that may sit between a title and the name it titles ("co-founder", "Member of parliament (MP)").
TITLE_GAP_PUNCT = ("-", "‐", "(", ")")
# What joins the names in one firm's name ("Marlow & Daughters", "Johnson & Johnson").
NAME_AMPERSANDS = ("&",)
# Heads of a body's name a campus follows after a comma: "the University of California, San Diego" (orgs19).
CAMPUS_HEADS = frozenset("university college".split())
# The conjunction inside a body's name the parser cuts at: "Department of Forestry and Fire Protection" (orgs19).
NAME_AND = "and"
# The preposition of "University of California" and the entity type of the campus place after its comma.
CAMPUS_OF = "of"
CAMPUS_PLACE = "GPE"
# Words for the news media as a whole: "Israeli media reports" are the Israeli media's, not Israel's.
MEDIA_WORDS = frozenset("media press".split())
MEDIA_REPORTS = frozenset("report account reporting".split())  # not "the chain's press release": the chain's
# Honorifics the press writes before an Arab given name, and the links of a name built on a father's:
# "Sheikh Mohammed" is "Sheikh Mohammed bin Abdulrahman Al-Thani" (issue 12, newcomer's Gaza corpus).
NAME_HONORIFICS = frozenset("sheikh sheikha shaikh emir amir crown prince princess king queen sultan".split())
PATRONYM_LINKS = frozenset("bin ibn bint ben".split())
# The dash that ends a dateline ("State Department — U.S. Secretary ... said"): the parser may make the
# dateline a subject of the lead sentence's verb.
DATELINE_DASHES = ("—", "–", "--", "―")
# A title the parser hung outside the clause that frames a quotation ("“...,” firefighter Kim told media"):
# at most this many common nouns between the closing mark and the name.
TITLE_TAGS = frozenset({"NOUN"})
MAX_STRAY_TITLE = 3
# Links by which the parser hangs a noun phrase set off after an attribution on the clause before it ("Y, state
# media reported, the first leader to do so"): the writer's gloss.
GLOSS_LINKS = frozenset({"dobj", "appos", "npadvmod", "attr", "nsubj"})
# At most this many words between a subject the parser cut and the name it titles.
MAX_TITLE_GAP = 8
MAX_APPOSITION_WORDS = 20  # "“...,” NAME, [the president's former chief of staff,] said": the words it may hold
# Apostrophes, which are quote-like tokens but never close a quotation before a comma.
APOSTROPHES = ("'", "’")
# Sources too vague to hold a belief worth recording ("most people want ...", "everyone knows ...").
# Plural personal pronouns, one list for the speaker resolver and the events: "they" may stand for the people the
# text just named together; "we" outside a quotation is the writer.
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "we", "us", "our"})
PLURAL_SUBJECT_PRONOUNS = frozenset({"they"})  # goes on from the nearest plural subject (speakers)
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})  # "the assembled leaders", "visiting ministers"
FIRST_PERSON_PLURAL = frozenset({"we", "us", "our"})
# "the two leaders", "both men", "the three presidents": a counted group of people.
COUNT_WORDS = {"both": 2, "two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4}
# "the pair", "the duo": a singular noun for two people.
PAIR_NOUNS = frozenset({"pair", "duo"})
# "both men", "the two women": plural nouns that say only the people's sex.
GENDER_PLURALS = {"men": "m", "women": "f"}
# "Anna Berg met her German counterpart": the person of that nationality the text has named.
COUNTERPART_NOUNS = frozenset({"counterpart"})
# "Luther Stan Pate IV", "Donald Trump Jr.": a generation after the surname, which a bare "Pate" leaves out.
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Surnames many people share, or that are also words or given names ("May", "Power", "Charles"): a bare one
# never names the shipped actors file's office holder of that surname unless the file gives it as an alias.
COMMON_SURNAMES = frozenset("""
abbott abe austin bennett bishop cameron carter charles cohen cooper costa craft elizabeth fernandez gabriel
gang harris hunt jarvis johnson jun khan kim lee miller moon park payne power reeves rice sanchez sanders shea
silva sullivan thomas wallace williamson wong yi may michel philippe flynn bolton hammond harper haley kerry
lai dion joly barrot champagne castro garneau fallon healey lammy hagel esper mattis gentiloni
""".split())
SPECIFIC_PRONOUNS = frozenset("he she i we".split())  # a person the text has named ("they" is often vague)
GENERIC_SOURCES = frozenset("people everyone everybody anyone anybody most many some nobody someone one you".split())
# Adverbs next to a cue that are not part of it ("also said", "later said").
NOT_CUE_ADVERBS = frozenset({"also", "then", "later", "now"})
# Prepositions that tie a channel to the cue ("said in a statement").
CHANNEL_PREPOSITIONS = frozenset({"in", "on", "during"})
# Where a speaker said it, which is no part of what was said: "welcomed the meeting [in a statement]",
# "praised the deal [on Twitter]", "[at a press conference]" (the cue's channel nouns and these platforms).
CHANNEL_PHRASE_PREPOSITIONS = CHANNEL_PREPOSITIONS | {"at", "via", "through"}
CHANNEL_PLATFORMS = frozenset("twitter facebook instagram telegram youtube tiktok linkedin weibo x threads bluesky "
                              "truth".split())
CHANNELS = CUE_CHANNEL_NOUNS | CHANNEL_PLATFORMS
# An indefinite article marks a channel hung on the object ("the meeting [in a statement]"), where "the ban
# [on Twitter]" is a topic.
INDEFINITE = frozenset({"a", "an"})
# Stances whose passive subject is what the stance is taken on: "the plan was condemned by X", "the attack was
# claimed by Y" (not "urge", "ask", "question": their passive subject is the listener; nor "support", "back": "the
# study was supported by a grant" is funding).
PASSIVE_TARGET_CUES = frozenset("""condemn criticize criticise denounce decry slam blast oppose reject dismiss deny
    dispute welcome praise hail applaud endorse defend propose recommend claim confirm announce""".split())
# What a document does when it gives words ("the statement read: ...", "a sign reads, ..."), and the documents
# (and their kind) that do so (rule ``document-reads``).
READS = frozenset({"read", "reads"})
DOCUMENT_NOUNS = frozenset("""statement letter note message post tweet email release notice sign banner placard
    caption inscription communique communiqué memo text""".split())
# "went on to say": the phrasal verb that joins the cue it governs (rule ``went-on``).
GO_ON = ("go", "on")
GO_ON_LINKS = frozenset({"xcomp", "advcl"})  # the parser hangs "to say" on "went on" either way
# Passive verbs that relay someone's words: "was quoted as saying", "was reported as saying", "was heard to say",
# "is cited as saying" (issue 12, voice15).
RELAYING_VERBS = frozenset("quote report hear cite".split())
# Active verbs that relay their object's words: "The BBC cited Budi Gunawan as saying Y", "CNN quoted a witness as
# saying Y": the object says Y (rule ``quoted-object``; issue 12, branch wire18).
QUOTING_VERBS = frozenset("quote cite".split())
# Prepositions of a passive cue's topic ("was asked about X").
PASSIVE_TOPIC_PREPOSITIONS = frozenset({"about", "on", "over", "for", "as"})
# Prepositions that bring a reporting noun's owner ("a claim by the ministry").
OWNER_PREPOSITIONS = frozenset({"by", "from"})
# Adjectives that put a source in someone's circle, with the preposition that names whom: "people close to
# Trump", "officials loyal to the president", "a source familiar with Cruz's thinking" are theirs, never the
# principal (voice14).
CIRCLE_ADJECTIVES: dict[str, str] = {"close": "to", "loyal": "to", "familiar": "with"}
# Prepositions of a stance adjective's topic ("is critical of X").
ADJECTIVE_PREPOSITIONS = frozenset({"of", "about", "to"})
# Prepositions that keep a speaker's phrase going ("the head of X").
SPEAKER_PREPOSITIONS = frozenset({"of", "for", "at"})
# Prepositions that restrict a described source to the one meant ("a statement from the family", "officials from
# the ministry"): kept in its mention (rule ``restrictive-mention``).
SOURCE_PREPOSITIONS = frozenset({"from"})
# Prepositions that set the scene of the reporting act ("praised Obama after the meeting").
SCENE_PREPOSITIONS = frozenset("after before during since following amid while at".split())
# Verbs of "as X put it" / "as X said" / "as X told the paper".
AS_PUT_IT_VERBS = frozenset({"put", "say", "note", "write", "tell", "explain", "report", "reveal"})
# The answer words a speech verb may take as its object ("said yes").
ANSWER_WORDS = frozenset({"yes", "no"})
# "did not rule out": negated, a rejection becomes a refusal to commit.
PHRASAL_RULE_OUT = ("rule", "out")
# Stances taken through a preposition the parser leaves a preposition: "the court ruled against X".
PREPOSITION_CUES: dict[tuple[str, str], Act] = {("rule", "against"): "oppose",
                                                 # "the chancellor rounded on her critics" (British news)
                                                 ("round", "on"): "oppose",
                                                 # "the hospital asked for patience", "she asked for support": a
                                                 # request whose object is what is asked (issue 12, wire17)
                                                 ("ask", "for"): "propose"}
# Prepositions through which a phrasal cue takes its target: "hit out at X", "spoke out against X", "pushed back
# on X" (issue 12, voice15); not "spoke out at City Council hearings" (where, not whom).
PHRASAL_TARGET_PREPOSITIONS: dict[tuple[str, str], frozenset[str]] = {
    ("hit", "out"): frozenset({"at", "against"}),
    ("lash", "out"): frozenset({"at", "against"}),
    ("speak", "out"): frozenset({"against", "on"}),
    ("push", "back"): frozenset({"against", "on"}),
}
# "call for X", where the parser leaves "for" a preposition.
CALL_FOR = ("call", "for")
# Single words the rules read by their form.
ACCORDING, TO, THAT, AS, WITH, BE = "according", "to", "that", "as", "with", "be"
COMPLEMENTISER_TAG = "IN"  # the tag of "that" opening a clause, whatever its dependency label
OBJECT = "dobj"
# What the parser may call a complementiser "that" opening a clause: its object, or an adverb ("said last month
# [that] Y"); never its subject ("that's untrue", "an article that Carson said was written").
COMPLEMENTISER_MISLABELS = frozenset({OBJECT, "advmod"})
# Issue 12 (misparse16): a that-clause the parser hung as a relative clause or a noun's clause on a noun after the
# cue ("told employees in a memo [that nothing would change]", "did not know at the time [that they would win]"):
# the labels its "that" may carry there (a relative "that" is the clause's subject or object, never these), and
# the nouns whose own that-clause it may well be ("the fact that", "the hope that"), that open a result ("to the
# point that") or that take a relative "that" the parser labels an adverb ("in a way that everyone understood", "on
# the day that he resigned"), where it is left alone ("at the time that Y" after a cue is what was said).
MISREAD_THAT_LABELS = frozenset({"mark", "advmod"})
CLAUSE_TAKING_NOUNS = frozenset(NOUN_CUES) | frozenset("""fact idea news possibility notion hope evidence sign
    belief view assumption impression rumor rumour theory argument sense feeling reason proof chance risk danger
    likelihood expectation suspicion worry fear concern claim assurance guarantee word
    point extent degree way manner day night moment week month year place""".split())
# How far down a cue's prepositions the noun may hang ("told staff in a memo to managers [that ...]").
MISREAD_NOUN_DEPTH = 2
# "called for NATO members to increase spending": the parser reads "for" as the subordinator of an infinitive
# clause hung on the cue as an adverbial clause; the verbs that take such a clause as what they ask for.
FOR_CLAUSE_MARK = "for"
FOR_CLAUSE_VERBS = frozenset("call ask push press plead appeal argue advocate lobby campaign".split())
INFINITIVE_MARK = "to"
# "called on Turkey to halt drilling", "demanded from Interpol to publish a notice": the doer of what is asked for,
# named through a preposition after a verb of asking; the preposition is the cue's, the doer the content's.
ASKED_THROUGH = frozenset({("call", "on"), ("call", "upon"), ("demand", "from"), ("demand", "of")})
ASKING_ACT: Act = "propose"  # what a for-clause or a doer named through a preposition asks for
# "asked if they planned to attend", read as an adverbial clause of "asked": the question asked.
ASKED_CLAUSE_MARKS = frozenset({"if", "whether"})
# "said A, and that B": the conjunction before a second "that" that opens a second reported clause.
AND_THAT_CONJUNCTIONS = frozenset({"and"})
# Sentence-ending marks between two split complements ("say [A]. [B]" is two sentences).
CLAUSE_ENDS = (".", ";")

# "did not respond to a request for comment": the writer's note on a silence, not a statement.
# What a content may hold and still say nothing: "issued a statement (on Monday)", "released a report": the
# channel or document alone, with no clause, topic or quotation ("a warning about the storm" says something).
BARE_CHANNEL_NOUNS = CUE_CHANNEL_NOUNS | frozenset("report comment announcement reply response note".split())
# What a statement is about, after its channel noun ("a statement regarding X"); not "on"/"about", after which
# PolNeAR annotates the topic as the content ("a statement on X" cost PolNeAR train 150 0.001 F1).
TOPIC_PREPOSITIONS = frozenset("regarding concerning".split())
BARE_CHANNEL_FILLER = frozenset({"DET", "PRON", "ADJ", "PUNCT", "SPACE", "NUM"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})
NO_COMMENT = re.compile(r"(?i)(?:an?|the|repeated|multiple|several|two|three)?\s*(?:emailed\s+|phone\s+)?"
                        r"(?:requests?|messages?|e-?mails?|calls?|inquir\w+|questions?)\s+(?:for|seeking)\s+"
                        r"comments?\b")
# A reporter's note on who the source is and why it goes unnamed ("who asked not to be named", "they were not
# authorized to discuss the matter publicly", "did not want her name used", "asked that her name not be used",
# "spoke on condition of anonymity"): it describes the source, it is not what the source said (issue 12), so a
# cue inside it makes no statement; the statement the note belongs to keeps its speaker.
SOURCE_NOTE = re.compile(
    r"(?i)(?=[adginorw])(?:"  # the first letters of the phrases below: a quick test at each position
    r"\b(?:asked|requested|wished|declined|refused)\s+(?:not\s+to\s+be|to\s+not\s+be|to\s+be|to\s+remain)\s+"
    r"(?:named|identified|quoted|anonymous|unnamed|publicly\s+identified)"
    r"|\b(?:asked|requested|granted|given|insisted\s+on)\s+(?:for\s+)?anonymity"
    r"|(?:\bnot|n't)\s+(?:been\s+)?(?:authori[sz]ed|allowed|permitted|cleared|empowered)\s+to\s+"
    r"(?:\w+ly\s+)?(?:discuss|speak|comment|talk|disclose|release|brief|be\s+(?:named|quoted|identified))"
    r"|(?:\bnot|n't)\s+want\s+(?:to\s+be\s+(?:named|identified|quoted)|(?:his|her|their|my)\s+(?:full\s+)?names?"
    r"\s+(?:to\s+be\s+)?(?:used|published|printed|disclosed|revealed))"
    r"|\b(?:asked|requested|insisted)\s+that\s+(?:(?:his|her|their|my)\s+(?:full\s+)?names?|he|she|they)\s+"
    r"(?:not\s+be\s+(?:used|published|printed|disclosed|named|identified|quoted)|be\s+withheld)"
    r"|\bon\s+(?:the\s+)?condition\s+(?:of\s+anonymity|that\s+(?:he|she|they|it)\s+(?:not|would\s+not)\s+be"
    r"\s+(?:named|identified|quoted))"
    r")")
# A court case ("Roe v. Wade", "Brown v. Board of Education"): its first party is its short name ("Roe").
CASE_NAME = re.compile(r"\b([A-Z][\w'’-]*)\s+vs?\.\s+[A-Z]")
# Words before a quotation that make it a name, not speech ("what he called a “peace deal”").
NAMING = re.compile(r"\b(?:call|calls|called|dubbed|termed|labell?ed|so-called|known as|describ\w+ as)\b", re.I)
# A direct quotation in the first person future commits the speaker.
FIRST_PERSON_FUTURE = ("we will", "we’ll", "we'll", "i will", "i’ll", "i'll", "we’re going to",
                       "we're going to", "we are going to", "i’m going to", "i'm going to", "we shall",
                       "i am going to", "i promise", "we promise")
# "Sanders: Clinton Email Story Has Moved": a short label, a colon, a line.
HEADLINE = re.compile(r"^(?P<who>[^:\n]{2,60}?):[ \t]+(?P<what>[^\n]{10,}?)[ \t]*$", re.M)
# The most tokens of a roundup's label, a title in capitals before a name ("Senate Foreign Relations Committee
# Chair Jim Risch: “...”", nc18); a label of more than six is taken only so.
LONG_LABEL_TOKENS = 12
# Participles by which one source passes on another's words: "According to Yonhap, quoting KCNA, ...".
QUOTING = frozenset({"quoting", "citing"})
# A source another one cites for its report (rule ``cited-source``): "X reported Y, citing sources within Z",
# "The Daily Telegraph, citing local paramilitary groups, reported Y", "According to AFP, which cited sources
# close to the investigation, Y" (issue 12, branch wire18). A name, or a noun of people or of sources: not a reason
# ("citing COVID-19 safety concerns", "citing their refusal to disclose documents").
QUOTING_LEMMAS = frozenset({"quote", "cite"})
CITED_SOURCE_NOUNS = frozenset("""source sources official officials group groups outlet outlets report reports
    witness witnesses resident residents investigator investigators analyst analysts expert experts diplomat
    diplomats person people media agency agencies newspaper paper spokesman spokeswoman spokesperson
    authority authorities police ministry military army""".split())
CITED_SOURCE_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Prepositions by which an outlet passes on a speaker's words: "said Russell Zimmerman per ABC News".
RELAY_PREPOSITIONS = frozenset({"per"})
# Wire copy relays a statement through an outlet at the sentence's end: "X called the deal 'a victory', state
# media reported", "X said Y, the agency said". A trailing report whose source is one of these nouns (or whose
# verb is "report") is a relay: the attribution inside it is a statement of its own (guideline 2.6).
RELAY_REPORT = "report"  # the verb that relays whoever its subject is
RELAY_VERBS = frozenset({RELAY_REPORT, "say"})
OUTLET_NOUNS = frozenset(
    "media agency newspaper paper daily tabloid broadcaster television tv radio channel network outlet website "
    "wire magazine press".split())
RELAY_TAIL = frozenset({"prep", "npadvmod", "punct", "advmod"})  # "..., state media reported on Monday / late"
# A line that points to another piece ("READ MORE: Officials say ...", "WATCH: ..."): its words are that
# piece's headline, not a report in this article, so it gives no statement and no actor (issue 12).
LINK_LINE = re.compile(r"^[ \t]*(?:read more|read also|also read|more|watch|listen|related|see also|photos?|videos?)"
                       r"[ \t]*:[^\n]*", re.I | re.M)
# Page furniture (outlets15): a whole line that is the outlet's, not the story's, left in pasted text or by the
# HTML reader. It stays in the text (offsets index it) but gives no statement, no actor and no event
# (``extract/furniture.py``). Each pattern is matched against one line, stripped; most are anchored at its start.
FURNITURE_LINES: tuple[re.Pattern[str], ...] = tuple(re.compile(p, re.I) for p in (
    # labels with a colon: "Editor's note: ...", "Correction: ...", "Our Standards: ...", "Image: ..."
    r"^(?:editor'?s'? note|editors'? note|correction|corrections|clarification|our standards|image|images|picture|"
    r"pictures|photograph|illustration|composite|credit|credits|caption|source|sources|recommended|"
    r"more on this story|related coverage|related stories|related articles|top stories|most read|"
    r"sign up|subscribe|advertisement)[ \t]*:",
    # the BBC's captions and sources: "Image caption, ...", "Image source, Getty Images", "Media caption, ..."
    r"^(?:image|media|video|audio)[ \t]+(?:caption|source)[ \t]*,",
    # a contributor's line: "Associated Press writer X contributed to this report.", "X contributed reporting."
    r"\bcontributed[ \t]+(?:to[ \t]+this[ \t]+(?:report|story|article)|reporting|research)\b",
    r"\bcontributed[ \t]+to[ \t]+the[ \t]+(?:report|story|article)(?:[ \t]+(?:from|in)[ \t]+[^.\n]{2,60})?\.?$",
    r"\b(?:writers?|reporters?|correspondents?)[ \t]+[^\n]{2,60}?[ \t]+contributed[ \t]+(?:from|in)[ \t]+"
    r"[^.\n]{2,60}\.?$",  # "Associated Press writer X contributed from Albuquerque."
    r"^(?-i:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3})[ \t]+contributed\.$",  # "Nolan McCaskill contributed."
    r"^[-–—]{0,2}[ \t]*with[ \t]+assistance[ \t]+from\b",
    # a correspondent's signature under a live blog's entry: "— White House Correspondent Julie Pace."
    r"^[—–][ \t]*(?:[\w.]+[ \t]+){0,4}(?:correspondent|writer|reporter|photographer)[ \t]+"
    r"(?-i:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})\.?$",
    # a wire's sign-off: "-- AFP", "— Reuters"
    r"^[-–—]{1,2}[ \t]*(?:afp|ap|reuters|dpa|ansa|efe|xinhua|upi|pti|ians|kyodo|yonhap|tass|bloomberg|cnn|bbc)"
    r"\.?$",
    # rights: "Copyright 2024 The Associated Press. All rights reserved.", "© 2024 Reuters"
    r"^(?:copyright[ \t]*(?:©|\(c\))?|©|\(c\))[ \t]*(?:\d{4}|by\b)",  # not "Copyright law in the EU ..."
    r"\ball rights reserved\b[^\n]{0,80}$",
    r"\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)\b",
    # when the page was stamped: "Updated 3 hours ago", "Published: 12 November 2024"
    r"^(?:updated|published|posted|last updated|first published|last modified)\b[ \t:]*"
    r"(?=[^\n]*(?:\d|\bago\b|\byesterday\b|\btoday\b))[^\n]{0,60}$",
    # a live blog's stamp: "10:42 GMT", "12 Nov 2024 10.42 GMT", "2h ago", "3 hours ago"; and the line that closes
    # a White House transcript, "END 7:18 P.M. EST" (nc18: read as the last answer's words before)
    r"^(?:end[ \t]+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w{0,6}\.?,?[ \t]+)?"
    r"(?:\d{1,2}[ \t]+\w{3,9}\.?[ \t]+\d{4},?[ \t]+)?"
    r"\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*"
    r"(?:gmt|utc|bst|cet|cest|eet|est|edt|cst|cdt|pst|pdt|et|pt|ist|jst|aest)?$",
    r"^\d{1,3}[ \t]*(?:h|m|min|mins|minutes?|hours?|days?)[ \t]+ago$",
    # corrections and updates told by the outlet: "An earlier version of this article said ...",
    # "This article was amended on ...", "This story has been updated."
    r"^(?:an?|the)[ \t]+(?:earlier|previous|prior)[ \t]+(?:version|edition)[ \t]+of[ \t]+this[ \t]+"
    r"(?:article|story|report|post|piece)\b",
    r"^this[ \t]+(?:article|story|report|post|piece)[ \t]+(?:has[ \t]+been|was|is[ \t]+being|will[ \t]+be)[ \t]+"
    r"(?:updated|amended|corrected|edited|changed|revised)\b",
    # the writer's address: "Contact the author at ...", "Follow X on Twitter @x", "To contact the reporter ..."
    # (someone named, or a handle: not "Follow the money, ..." nor "Contact with the rebels was lost, ... on X")
    r"^(?:on[ \t]+twitter,?[ \t]+)?follow[ \t]+(?:[@#]\w|(?-i:[A-Z])[^\n.!?]{0,100}?(?:@\w|https?://|\bon[ \t]+"
    r"(?:twitter|facebook|instagram|threads|bluesky|linkedin|tiktok|x)\b))",
    r"^(?:contact|reach|e-?mail)\b(?!-)[^\n]{0,120}?(?:[\w.+-]+@[\w-]+\.\w|@\w)",
    r"^(?:to[ \t]+)?contact[ \t]+the[ \t]+(?:reporters?|editors?|authors?|writers?)\b",
    r"\be-?mail[ \t]+(?:me|us)\b[^\n]{0,80}@\w", r"^send[ \t]+(?:us[ \t]+)?(?:your[ \t]+)?tips\b",
    # plugs: "For more, sign up for the X newsletter.", "Subscribe here", "Just click here", "Reprinted courtesy of"
    r"(?:^|[,?]\s+)sign\s+up\b[^\n]{0,100}\b(?:newsletter|inbox|e-?mail)\b",
    r"\bsubscribe[ \t]+here\b", r"\bclick[ \t]+here\b",
    r"\breprinted[ \t]+(?:courtesy|with[ \t]+permission)\b", r"^this[ \t]+is[ \t]+a[ \t]+developing[ \t]+story\b",
    # a photo's credit standing alone: "Scott Olson via Getty Images.", "John Moore/Getty Images.", "Getty."
    r"^(?-i:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4})[ \t]*(?:[ \t]via[ \t]|/)[ \t]*"
    r"(?:getty[ \t]+images|getty|afp|reuters|epa|ap|shutterstock|alamy|bloomberg|pa[ \t]+media|anadolu)\.?$",
    # a caption ending in its credit: "... (AP Photo/Evan Vucci)", "... Photograph: X/The Observer"
    # (a credit's slash, colon, "by" or agency: not "(pictured)" nor "(via Twitter)" closing a sentence of the story)
    r"\((?=[^()\n]*(?:/|:|\bby\b|\bgetty\b))[^()\n]{0,60}\b(?:photo|photograph|pictures?|images?)\b[^()\n]{0,80}"
    r"\)[ \t]*$",
    r"\((?:ap|afp|reuters|epa|xinhua|anadolu)[ \t]*/[^()\n]{2,60}\)[ \t]*$",
    r"(?:^|[.!?’”\"][ \t]+)(?:photograph|photo|photos|image|picture|illustration|composite|credit)[ \t]*:"
    r"[ \t]*[^\n]{2,100}$",
))
# A wire's credits: "(Reporting by X; Additional reporting by Y; Editing by Z)", "Writing by X"; a furniture line
# when bracketed, dashed, with a second credit or a semicolon, or naming no more than names (``furniture._credit``).
CREDIT_LINE = re.compile(
    r"^(?P<open>[-–—(]{0,2})[ \t]*(?:additional |writing and |reporting and |compiled and )?"
    r"(?:reporting|writing|editing|compiled|compilation|research|graphics|production|produced|edited|written)"
    r"[ \t]+by[ \t]+(?!the\b|a\b|an\b)(?=(?-i:[A-Z]))(?P<rest>[^\n]*)", re.I)
# Whole lines that are furniture as they stand (lower case, trailing full stop dropped): buttons, labels, plugs.
FURNITURE_WORDS = frozenset({
    "advertisement", "skip advertisement", "story continues below advertisement", "supported by", "share",
    "save", "copy link", "link copied", "share this article", "share this story", "share this page", "share page",
    "print", "email", "comments", "comment", "close", "menu", "listen", "listen to this article", "key events",
    "show key events only", "pinned post", "live", "live updates", "explore more on these topics",
    "most read", "most viewed", "most popular", "related", "related articles", "related stories",
    "related coverage", "recommended", "more on this story", "top stories", "read more", "skip to main content",
    "sign in", "log in", "subscribe", "newsletter", "getty images", "reuters", "ap", "afp", "epa", "pa media",
    "shutterstock", "alamy", "ap photo", "afp via getty images", "bloomberg", "watch", "video", "photos",
    "getty", "correction appended",
})
# Lines that open a plug or a share button ("Sign up for our morning newsletter ...", "Share on Facebook").
FURNITURE_OPENINGS = ("sign up for", "sign up to", "subscribe to", "subscribe for", "share on ", "share via ",
                      "already a subscriber", "get the latest", "download the", "click here", "listen to this ")
# A writer's note about themselves at the foot of a piece: "X is a reporter for the Ledger." (its first sentence)
WRITER_NOTE = re.compile(r"^[A-Z][^\n.!?]{2,60}?[ \t]+(?:is|was)[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,4}?"
                         r"(?:reporter|correspondent|writer|columnist|journalist|contributor|photographer)"
                         r"[ \t]+(?:for|at|with|of|on|in|based)\b")
# A writer's note is short: a longer line is the story's ("Smith was a reporter for the Times until 2015, when ...").
WRITER_NOTE_CHARS = 200
# At most this many words (not counting "and", commas) in a byline ("By Laura Finch and Peter Hale, Reuters").
BYLINE_WORDS = 12
# Lower-case words a byline may hold between names ("By Anna de la Cruz and Tom Reed in Kyiv").
BYLINE_JOINS = frozenset("and in for of the de la le van von der da al bin".split())
# What ends a sentence inside a quotation ("“We won.”"), and what opens an attribution onto the quotation it
# introduces ("He continued: “...”", "Adding, “...”"): run-on quotations (rules/quotations.py).
SENTENCE_ENDS = ".!?"
OPENING_MARKS = ",:"


# -- transcripts (``extract/transcript.py``) -------------------------------------------------------------

# A publisher's sign-off after a transcript's last turn ("Follow Jane Roe on Twitter @janeroe"): the writer's
# line, never the last speaker's words (PolNeAR train: a governor "said" the reporter's Twitter handle).
TRANSCRIPT_SIGN_OFF = re.compile(
    r"\n[ \t]*(?:follow|contact|reach|email)\b[^\n]*(?:@\w+|\b(?:twitter|facebook|instagram)\b)[^\n]*\s*\Z",
    re.IGNORECASE)
# A speaker label opening a paragraph of a transcript (briefings, press conferences, interviews, gaggles):
# "MR. KIRBY:", "THE PRESIDENT:", "SENIOR ADMINISTRATION OFFICIAL:" (a name, then a colon: the transcript
# module keeps it only in capitals), or a reporter's "Q" / "Q:" (the White House writes "Q    Can you ...").
# Spaces include U+00A0, which web transcripts are full of.
# A label may follow the opening quote mark of a transcript quoted paragraph by paragraph ('"RAMOS: ...', each
# paragraph opening a quotation that the last one closes: voice14).
TRANSCRIPT_LABEL = re.compile(r"^[ \t\u00a0]*[\"\u201c'\u2018]?"
                              r"(?:(?P<q>Q)\.?[ \t\u00a0]*:?|(?P<name>[^\W\d_][^:\n]{0,58}?)[ \t\u00a0]*:)"
                              r"[ \t\u00a0]+(?=\S)", re.M)
# At most this many words in a speaker label ("SENIOR ADMINISTRATION OFFICIAL NUMBER TWO").
TRANSCRIPT_LABEL_WORDS = 6
# Titles in a speaker label that a speech's header names its speaker by ("Remarks by President Biden" over
# "THE PRESIDENT:"): a label with none (a dateline, "NEW DELHI:") never makes a one-speaker transcript.
LABEL_TITLES = frozenset("""president secretary minister chancellor governor senator mayor ambassador speaker
    leader chairman chairwoman chair premier director commissioner general admiral""".split())
# Honorifics a speaker label may hold ("MR. KIRBY:", "MS. JEAN-PIERRE:"): a person's label, never a dateline.
LABEL_HONORIFICS = frozenset("mr ms mrs dr sen rep gov".split())
# The parser's label for a name said to someone, set off by commas ("Go ahead, Mary."): a transcript's listener.
VOCATIVE_DEP = "npadvmod"
# The last word of a place's name built on a person's ("James S. Brady Press Briefing Room", "Ronald Reagan
# Building", "the Clinton Presidential Library"): the name inside is the place's, no person of the story
# (trans13). A room, a building or a road is no actor at all; a library, a centre or a museum is a body that
# may speak ("the Clinton Presidential Library said").
FACILITY_HEADS = frozenset("""room building hall airport stadium arena bridge auditorium terminal tower plaza
    boulevard avenue street""".split())
INSTITUTION_FACILITY_HEADS = frozenset("library center centre museum memorial theater theatre".split())
# A stage direction in a transcript: "(Laughter.)", "(Applause.)", "(Cross-talk.)": the record's, not speech; and
# an interpreter's, up to four words and naming a language: "(Speaks Ukrainian.)", "(No translation provided.)"
# (nc18: a press conference's answers that were only these were statements of the speaker).
STAGE_DIRECTION = re.compile(r"\([A-Z][a-z]+(?:(?:[ -][a-z]+){0,3}\.?|(?:[ -][a-z]+){0,2}[ -][A-Z][a-z]+\.)\)")


# -- issues (``extract/issues.py``) ---------------------------------------------------------------------

# Prepositions that put a name in an issue proposition's slot ("sanctions on Russia", "troops in Ukraine",
# "cede territory to Russia"), grouped by the role they give it: the same role filled by another name in a
# statement ("sanctions on two North Korean officials") says the statement is about something else.
SLOT_PREPOSITIONS: dict[str, str] = {"on": "target", "against": "target", "in": "place", "into": "place",
                                     "inside": "place", "to": "recipient", "for": "recipient"}
# Words between the preposition and the name that fills the slot ("on two North Korean officials").
SLOT_FILLERS = frozenset("the a an two three four several some its their his her new top senior".split())

# A proposition phrased with one of these proposes an action ("Gun laws should be stricter", "Ukraine should
# receive more weapons"): taking its side is supporting the action, whatever its topic words' valence ("gun",
# "weapons" are negative words in VADER). Without one it asserts something ("... was wrong or criminal") and
# its evaluative words say whether it condemns its subject (extract/issues.py ``_polarity``).
PROPOSING_MODALS = frozenset({"should", "must", "ought", "shall"})
# The verbs that link a proposition's words without saying anything of their own ("Putin is a dictator").
LINKING_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "being", "should", "must"})
# Words after a proposing modal that make its subject what is acted on, not who acts ("should have been
# elected", "should get elected"): with LINKING_WORDS, the subject is then the proposition's topic.
NOT_ACTING_AFTER_MODAL = frozenset({"have", "get"})
# Prepositions that end a proposition's subject before its modal: a name after one ("The war in Gaza should
# end") is not who acts.
SUBJECT_ENDS = frozenset({"of", "in", "on", "at", "by", "for", "from", "with", "into", "inside", "against",
                          "over", "under", "between", "about", "to"})

# Words just before an issue's own words that turn toward it ("called for a ceasefire") or away from it
# ("end the sanctions", "drop the bid"); composed by multiplying, so "end his push for a ceasefire" is away.
# "give up" is not here: "giving up territory" is ceding it, toward a proposition to cede.
TOWARD_WORDS = frozenset("call calls called calling push pushes pushed pushing demand demands demanded demanding "
                         "urge urges urged urging back backs backed backing favour favours favoured favor favors "
                         "favored keep keeps kept keeping".split())
AWAY_WORDS = frozenset("end ends ended ending stop stops stopped stopping drop drops dropped dropping abandon "
                       "abandons abandoned abandoning halt halts halted halting scrap scraps scrapped scrapping "
                       "lift lifts lifted lifting abolish abolishes abolished abolishing".split())

# Verbs (and their nouns) of voting, endorsing, backing, preferring, rejecting and repudiating: their object is
# what the speaker sides with or against ("will vote for Clinton", "repudiated ... support for free trade"),
# +1 toward, -1 away (extract/issues.py ``verb_direction``). "vote" takes its side from the preposition after
# it (``VOTE_PREPOSITIONS``). Forms are listed, not stemmed: "backs" is a verb, "back" alone is often no side.
STANCE_VERBS: dict[str, int] = {
    **dict.fromkeys("support supports supported supporting endorse endorses endorsed endorsing endorsement "
                    "back backs backed backing prefer prefers preferred preferring favor favors favored "
                    "favoring favour favours favoured favouring embrace embraces embraced embracing".split(), 1),
    **dict.fromkeys("oppose opposes opposed opposing reject rejects rejected rejecting repudiate repudiates "
                    "repudiated repudiating denounce denounces denounced denouncing disavow disavows disavowed "
                    "disavowing renounce renounces renounced renouncing".split(), -1),
}
# Words of the electoral contest itself: the campaign, polls, primaries, voters, candidates, debates, politics.
# An assert about an issue put in these words is commentary on the race ("this issue was going to disappear for
# her once the primary was done", "a political talking point", "the campaign has been reluctant to jump in on
# the foundation"), which takes no side on the issue's proposition (docs/ANNOTATION.md 1.3: horse race gets no
# issue, and where it is about one it is ``unclear``). Not read where the issue's own wording uses the word (an
# issue about rigged elections or about a candidate) nor on an issue about a person (extract/issues.py).
# Not "political" or "politics": outside a campaign they name the substance ("only a political solution").
HORSE_RACE_WORDS = frozenset("""campaign campaigns poll polls polling pollster pollsters primary primaries election
    elections electorate voter voters candidate candidates nominee nominees nomination debate debates""".split())
# Sources whose statements report findings rather than take sides in a dispute: a study, a survey, analysts,
# economists, a research centre. An assert from one is a fact about the issue (``unclear``, docs/ANNOTATION.md
# 1.3: "neutral estimates are unclear"), whatever evaluative words its findings carry ("the damage to manufacturing
# jobs", "concentrated pockets of hurt"); a side-taking act of theirs still takes its side (extract/issues.py).
ANALYST_SOURCES = frozenset("""study studies research researcher researchers analysis analyses
    analyst analysts economist economists expert experts estimate estimates survey surveys poll polls polling
    pollster pollsters data center centre institute scholar scholars professor""".split())
# What leaves a side explicitly undecided in a rejection or denial: "not quite there yet", "had not yet made a
# determination" (docs/ANNOTATION.md 1.4: a speaker's own "not there yet" is ``open``), and the cue of a declined
# answer ("declined to address the report", "declined to concur"): a verb of siding after it is no answer
# declined ("declined to endorse him" rejects; ``verb_direction`` reads it first).
NOT_YET = re.compile(r"\b(?:not|never)\b[^,.;:]{0,25}\byet\b|\byet to\b|n[’']t\b[^,.;:]{0,25}\byet\b", re.I)
DECLINING_CUES = frozenset({"decline", "refuse"})
# Words that move what follows them up or down: more of it (raise, expand, keep, build, allow, welcome) or less
# (cut, repeal, restrict, ban, deport, lift), and "against" it. A proposition's own such words say which way it
# moves each of its words ("restrict immigration": less immigration; "taxes should be raised": more taxes), a
# statement's which way it moves the same words ("allowed to stay", "tax cuts"): the same way is toward the
# proposition, the other way against it (extract/issues.py ``aims``, ``target_direction``). Forms are listed,
# as for STANCE_VERBS; the bare "weak"/"tough" are not here ("weak on immigration" says how, not which way).
MORE_WORDS = frozenset("""raise raises raised raising increase increases increased increasing expand expands expanded
    expanding expansion extend extends extended extending keep keeps kept keeping boost boosts boosted boosting
    strengthen strengthens strengthened strengthening tighten tightens tightened tightening stricter tougher
    stronger more higher hike hikes hiked build builds built building allow allows allowed allowing admit admits
    admitted admitting welcome welcomes welcomed welcoming grant grants granted granting legalize legalizes
    legalized legalizing legalise legalises legalised legalising protect protects protected protecting preserve
    preserves preserved preserving double doubles doubled doubling deploy deploys deployed deploying send sends
    sending impose imposes imposed imposing enforce enforces enforced enforcing join joins joined joining
    receive receives received receiving""".split())
LESS_WORDS = frozenset("""cut cuts cutting reduce reduces reduced reducing reduction lower lowers lowered lowering
    slash slashes slashed slashing repeal repeals repealed repealing scrap scraps scrapped scrapping end ends ended
    ending stop stops stopped stopping halt halts halted halting abolish abolishes abolished abolishing lift lifts
    lifted lifting restrict restricts restricted restricting limit limits limited limiting curb curbs curbed
    curbing ban bans banned banning bar bars barred barring block blocks blocked blocking deport deports deported
    deporting deportation deportations weaken weakens weakened weakening loosen loosens loosened loosening less
    fewer weaker looser eliminate eliminates eliminated eliminating dismantle dismantles dismantled dismantling
    defeat defeats defeated defeating destroy destroys destroyed destroying withdraw withdraws withdrew withdrawn
    withdrawing cede cedes ceded ceding surrender surrenders surrendered surrendering""".split())
AGAINST_WORDS = frozenset({"against"})
# Where what a moving word moves ends: "deployed in Ukraine" moves the troops, not Ukraine.
MOVED_UNTIL = frozenset("on in into inside to for from with at by after before during".split())
# "(amnesty is oppose)", "(cuts are oppose)": a taxonomy's description naming what goes against its proposition.
CONTRARY_MARK = re.compile(r"\(\s*(?:[\w’'-]+\s+)*?([\w’'-]+)\s+(?:is|are)\s+oppose\s*\)")

# Words that leave a verb of siding after them undecided ("had not decided whether to back the charge",
# "is unsure about endorsing him"): the source explicitly leaves the side open.
UNDECIDED_WORDS = frozenset("whether undecided unsure uncertain".split())
VOTE_VERBS = frozenset("vote votes voted voting".split())
VOTE_PREPOSITIONS: dict[str, int] = {"for": 1, "against": -1}
# Words that negate the stance verb after them in its clause ("cannot support", "refused to endorse", "will
# never back"): the side flips.
VERB_NEGATIONS = frozenset("not n't never no cannot can't won't wouldn't refuse refuses refused refusing "
                           "decline declines declined declining".split())
# Words before a taxonomy's term that commit to or demand its action ("will be disarmed", "must disarm",
# "agreed to withdraw"): the statement supports the proposition the term words (``issues.term_way``).
COMMITTING_WORDS = frozenset("will must should shall agree agreed agrees ready willing vowed pledged committed "
                             "demand demanded demands insist insisted insists".split())
# "take Sanders over Trump", "vote for Clinton rather than Trump": after a stance verb or "take", the name after
# one of these (read backwards from the name) is the one passed over. "over" after anything else is no
# preference ("his win over Trump").
PASSED_OVER: tuple[tuple[str, ...], ...] = (("over",), ("of", "instead"), ("than", "rather"))
CHOOSING_VERBS = frozenset("take takes took taking".split())
# A third party's possessive before the siding word ("based on his support for Trump"): someone else's side,
# not the speaker's, unless another verb of siding takes it up ("repudiated their support for").
OTHERS_POSSESSIVES = frozenset({"his", "her", "their", "its"})
# Cue lemmas that report only that a name was or was not said ("did not mention Trump by name"): no stance.
MENTION_CUES = frozenset({"mention", "name", "cite", "reference"})

# --- documents and their issuers (resolve/speakers.py, issue 12 who9) ---
# "a press release", "a news conference": the word before says whom a release is for, not whose it is (the
# press is no author of one); "press reports" stay the press's.
AUDIENCE_WORDS = frozenset("press news media".split())
ANNOUNCEMENT_NOUNS = frozenset("release statement conference briefing advisory".split())
# How a subject puts out a document: "X issued a statement", "X put out a release" (object), "X responded
# with a press release" (a verb of answering with "with").
ISSUING_VERBS = frozenset("issue release publish put send post circulate distribute".split())
# The tags of a noun that titles one person's name written right after it ("Prime Minister [Sheikh X]", "coach
# [Nabil Maaloul]"; rule ``titled-apposition``): singular, common or proper.
SINGULAR_TITLE_TAGS = frozenset({"NN", "NNP"})
# What a name so titled may be: a person's, or a body's ("television broadcaster [PBS]").
TITLED_NAME_ENTITIES = frozenset({"PERSON", "ORG"})
# "said in a statement [that it posted on Monday]": verbs of putting a channel out, whose relative clause on the
# channel is no content (rule ``channel-relative``).
CHANNEL_MAKING_VERBS = ISSUING_VERBS | frozenset("write sign read give deliver make record film tweet".split())
ANSWERING_VERBS = frozenset("respond reply react answer follow counter hit".split())
ISSUED_WITH = "with"
ISSUED_IN = "in"  # "X confirmed the arrest in a statement that said ...": a document X put out
# A study the article names ("the Framingham Heart Study"): its last word. Not "Report", the last word of
# outlets' names too ("the Drudge Report").
STUDY_NAME_WORDS = frozenset("study survey trial".split())
# What a report calls the people behind a study ("the authors", "the study's authors", "researchers say") and
# the study itself ("the report", "the study").
AUTHOR_NOUNS = frozenset("author researcher".split())
STUDY_NOUNS = frozenset("study report survey paper trial".split())
AUTHORS_OF = "authors of the"


# Words that rank a role without naming one, written with it in capitals: "the Senior Minister", "the Chief
# Deputy Whip" (resolve.speakers: such a run is a role, never a missed name; who11).
RANK_MODIFIERS = frozenset("senior junior principal top assistant associate".split())
# Nouns with an ending for people ("-er", "-ant") that name no people: "three-quarters of the voters", "the
# numbers show" (resolve.speakers: people in the plural by what they do; who11).
NOT_AGENT_NOUNS = frozenset("""
    quarter number order letter paper border computer center centre water corner layer chapter meter register
    filter parameter matter counter cluster poster monster river weather answer error power tower trailer
    container banner document element segment percent cent event
""".split())

# What a denial says of a claim (extract/acts.py, the act model's denial features): words that call it false
# ("a lie", "misconstrued", "baseless") and words of truth a negation turns into falsity ("not true", "not
# accurate").
FALSITY_WORDS = frozenset("false falsely lie lying liar untrue inaccurate misconstrue misrepresent distort "
                          "distortion fabricate fabrication fabricated baseless unfounded bogus hoax smear "
                          "mischaracterize mischaracterization misleading nonsense fiction fictional "
                          "erroneous wrongly".split())
TRUTH_WORDS = frozenset("true accurate correct right fact factual truth case so".split())
# The claim's time where a denial's is the past ("did not", "had not", "never was").
PAST_AUXILIARIES = frozenset("did had was were has have".split())

# -- plain-words evaluation and proposals (extract/acts.py, the act model's ``evp``/``prop`` features; acts16) -----
# Words that strengthen the evaluative word they modify ("totally unfit", "so dangerous", "truly great").
INTENSIFIERS = frozenset("""very so really extremely totally absolutely incredibly completely utterly truly deeply
    highly entirely terribly awfully hugely enormously remarkably exceptionally thoroughly too""".split())
# Verbs of siding in the claim itself ("I support the plan", "we oppose the merger", "voters trust him"): the
# side the subject takes on the object.
SIDING_VERBS: dict[str, str] = {
    **dict.fromkeys("support back endorse favor favour like love admire respect trust applaud praise welcome "
                    "champion appreciate".split(), "pos"),
    **dict.fromkeys("oppose reject hate dislike distrust fight blame criticize criticise condemn attack resent "
                    "denounce".split(), "neg"),
}
# The proposing shape (docs/ANNOTATION.md 1.1, propose: "we should", "I call on", "let's"): modals of obligation
# on the claim, verbs of need before an infinitive, verbs of calling on someone, "it is time to/for".
OBLIGATION_MODALS = frozenset("should must ought".split())
NEED_VERBS = frozenset("need have".split())
CALLING_VERBS = frozenset("urge call ask encourage implore demand appeal".split())
TIME_NOUNS = frozenset({"time"})

# -- acts the construction decides (extract/acts.py ``construction``; issue 13, acts15) ----------------------
# Verbs that put an evaluation on their object through a predicate, the verb itself neutral: "branded the deal
# a disgrace", "called him a liar", "dubbed it a triumph", "described the plans as a tax raid", "portrayed him
# as reckless". What the predicate says of the object is the act (docs/ANNOTATION.md 1.1: "slammed X as
# reckless" is oppose; 1.4: "a mirage", "fabricated" deny). Not the verbs of belief ("sees X as", "considers X
# Y", "regards"): a cognition cue reports a state (1.1).
NAMING_PREDICATE_VERBS = frozenset("call brand dub label term".split())  # "called X Y", no "as" needed
CHARACTERISING_VERBS = NAMING_PREDICATE_VERBS | frozenset(
    "describe characterise characterize portray paint cast depict".split())
# Reporting verbs whose own class is the act, whatever the content ("hit out at the government, saying Y" is
# an attack; "welcomed the ruling, saying Y" support), by lemma and by lemma with the particle, preposition or
# object that makes the phrase ("hit out", "round on", "pour (cold) water on").
EVALUATIVE_VERBS: dict[str, Act] = {
    **dict.fromkeys("""slam blast criticise criticize condemn denounce decry attack lambaste lambast berate savage
        excoriate castigate chastise rebuke deride ridicule mock scorn deplore assail fault accuse""".split(),
                    "oppose"),
    **dict.fromkeys("praise hail welcome back endorse applaud laud commend tout champion salute defend".split(),
                    "support"),
    **dict.fromkeys("reject dismiss".split(), "reject"),
    **dict.fromkeys("deny dispute refute rebut".split(), "deny"),
}
EVALUATIVE_PHRASES: dict[tuple[str, str], Act] = {
    ("hit", "out"): "oppose", ("lash", "out"): "oppose", ("round", "on"): "oppose", ("rail", "against"): "oppose",
    ("take", "aim"): "oppose", ("hit", "back"): "oppose", ("lay", "into"): "oppose", ("tear", "into"): "oppose",
    ("speak", "against"): "oppose", ("rule", "out"): "reject", ("pour", "water"): "reject",
    ("brush", "aside"): "reject", ("shrug", "off"): "reject", ("wave", "away"): "reject", ("throw", "out"): "reject",
}
# Not "played down" / "downplayed": PolNeAR train labels it assert twice, support and reject once each ("downplayed
# the issue", "downplayed his influence"): the model's to read.
# The participles through which such a verb says why: "hit out at X, saying Y", "welcomed it, adding Y".
FRAME_PARTICIPLES = frozenset("say add argue warn claim insist note tell write explain describe call".split())
# Evaluative words the construction's predicate reads besides VADER's rated lexicon, which lacks many of news'
# verdicts ("a tax raid", "a shambles", "a stunt", "historic", "a breakthrough"), or rates them near
# nothing ("landmark" 0.3, "whitewash" +0.1). Weighed as VADER's middle (2.0), before VADER's own rating.
NEGATIVE_VERDICTS = frozenset("""raid grab sham stunt shambles shamble folly absurd absurdity clown gimmick hypocrisy
    hypocrite divisive extreme extremist unfit distasteful scaremongering affront whitewash unworkable unaffordable
    botched misguided draconian callous indefensible inexcusable backward backwards regressive sexist bigoted bigot
    authoritarian undemocratic unconstitutional unlawful harmful toxic unbearable intolerable""".split())
POSITIVE_VERDICTS = frozenset("""historic landmark breakthrough milestone victory crucial constructive sensible
    lawful momentous groundbreaking pragmatic balanced credible exemplary""".split())
# -- hedging (issue 13, acts17) -----------------------------------------------------------------------------------
# A source named by a document, not by people ("the report said", "a study found"): no unnamed person whose word
# is second-hand (singular "report" as the speaker's head: 0 of 8 train statements hedged, "officials" 12 of 26).
DOCUMENT_SOURCES = frozenset("report study poll survey memo analysis audit filing document statement release "
                             "review investigation".split())
# Adverbs that make a belief verb a firm one ("I really believe", "I firmly think"): emphasis, not a softener.
FIRM_BELIEF_ADVERBS = frozenset("really truly firmly strongly genuinely honestly sincerely fully absolutely "
                                "deeply certainly definitely".split())
# A plan under consideration ("is considering a run", "weighing a bid", "mulling a change"): nothing committed,
# hedged by the guideline (docs/ANNOTATION.md 1.2, "Is considering", "weighs plans for").
CONSIDERING_VERBS = frozenset("consider weigh mull explore contemplate ponder eye".split())
# Predicates that rule an option out ("a non-starter", "out of the question", "dead on arrival"): reject, as
# turning down a proposal (docs/ANNOTATION.md 1.1), whoever's it is.
RULING_OUT_PREDICATES = ("non-starter", "nonstarter", "non starter", "out of the question", "dead on arrival",
                         "off the table", "not an option", "no option")
# What an object is where a predicate calls it false (deny: "dismissed the report as nonsense", "called the
# allegations a smear") or turns it down (reject: "dismissed the idea as unworkable").
CLAIM_OBJECTS = frozenset("""report claim allegation accusation story rumour rumor charge assertion speculation
    account narrative theory statement figure suggestion suggestions reports claims""".split())
PROPOSAL_OBJECTS = frozenset("proposal idea offer call demand request plea bid motion suggestion".split())
# Words that call a claim false besides ``FALSITY_WORDS`` ("fake news", "a myth", "a fantasy", "rubbish").
DENYING_PREDICATES = FALSITY_WORDS | frozenset("fake myth fantasy rubbish garbage untruth falsehood".split())
# Objects that are an event, a state or a force, no one's doing that one takes a side on: "described the scene as
# chaotic", "called the storm the worst in a decade", "described the flooding as devastating" describe (assert);
# "described the attack as cowardly" or "the plan as a disaster" still judge someone's act.
STATE_OBJECTS = frozenset("""scene situation condition conditions state mood atmosphere weather storm hurricane
    typhoon cyclone tornado flood flooding fire blaze wildfire earthquake quake tsunami crash accident collision
    explosion blast injury wound damage destruction traffic outbreak epidemic pandemic disease illness economy
    market recovery outlook forecast turnout crowd queue heat temperature rain snow drought impact aftermath loss
    toll view views landscape""".split())
# Objects that are the speaker's own self ("described herself as a champion of ..."): self-description.
REFLEXIVE_OBJECTS = frozenset("myself ourselves himself herself themselves itself yourself yourselves".split())

# Words for a share of a whole: "59.6 percent of voters", "a majority of Democrats", "two-thirds of those polled"
# (name12: a share of people speaks as a group under the people's description).
SHARE_NOUNS = frozenset("percent % majority minority plurality third thirds two-thirds half quarter percentage "
                        "share fraction".split())
# Rule ``maker-clause``: a participle on one of these ("put out a statement saying Y", "in an article stating
# Y") says what the one who made the thing says: the thing's owner ("her statement condemning Y"), or the
# subject of the verb the thing is the object of. Not the messages that carry words themselves, which PolNeAR
# gives the words to ("ads attacking rivals", "slogans supporting the bill").
MADE_THINGS = CUE_CHANNEL_NOUNS | frozenset("""
    report memo article book essay piece editorial letter document filing notice announcement decree order law
    bill measure resolution reference remark comment note campaign petition
""".split())
# The links a noun hangs on its verb by as that verb's object ("issued a statement", "used the speech") or
# its predicate ("was the first to endorse Y": the subject is the noun).
MADE_THING_LINKS = frozenset({"dobj", "attr", "pobj"})
# The prepositions a thing made is the object of where its maker speaks through it ("in an article stating Y",
# "during a speech attacking Y"); not "spent on ads attacking Y", "went to ads extolling Y".
MADE_THING_PREPOSITIONS = frozenset({"in", "during"})
AGENT_PREPOSITION = "by"  # "the calls by UK officials asking Y": the officials ask

# Capitalised words before a party's members that are no chamber or place they sit for ("All Republicans",
# "Other Democrats", "Many", "Both"): read by resolve/speakers.py's party-members reading.
NOT_A_SEAT = frozenset("all other both each every any no such these those the many few".split())

# The form a country takes where it qualifies a group description or an unnamed source: its adjective
# ("German officials", ``names.nationality_of``) except these, which the annotation guideline writes short, as
# news does ("UK and US authorities", "UK officials" for "United Kingdom officials": 13 of the 13 gold names
# qualified by the US or the UK write "US" / "UK", none "American" / "British"; place14, guideline 2.5).
COUNTRY_QUALIFIERS = {"United States": "US", "United Kingdom": "UK"}
# People who speak for a body, whose country the resolver supplies only when the text says nothing of whose
# they are: "officials" in a German story are "German officials", "defense officials" "US defense officials",
# but "campaign officials", "police officials", "Bush campaign officials" keep the text's words (a name, or a
# noun for a body that is no state's, before them says whose; place14).
OWNED_SOURCE_NOUNS = frozenset("official authority diplomat".split())
NOT_STATE_OWNERS = frozenset("""campaign police state city county municipal town village company firm party airport
    school hospital university church team club union league""".split())
# The entity labels of a name before such a noun that says whose they are ("Bush campaign officials"); a date
# or a number ("71-year-old diplomat") says nothing of whose.
OWNER_ENTITIES = frozenset({"PERSON", "ORG", "FAC", "LOC", "GPE", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
# A statement's own time (resolve/said.py) may sit in the phrase naming where or how it was made: "in an
# interview on Sunday", "wrote in a 2012 op-ed", "at a rally last week"; a time under any other noun of the
# cue's phrases is that thing's ("in the wake of his summit ... last week", "after the 2016 election").
SAYING_OCCASIONS = MADE_THINGS | frozenset("""
    interview speech address remarks statement post tweet posting broadcast show program programme appearance
    conference briefing hearing session rally meeting summit event forum debate call op-ed oped column blog
    message email release video podcast radio television testimony reporters journalists press audience
    crowd
""".split())
# "In a statement issued on Monday, X confirmed", "according to a poll published last week": the participle
# that makes the channel of a statement public dates the statement (resolve/said.py).
RELEASE_PARTICIPLES = frozenset("publish issue release post air broadcast deliver give make send".split())
# What such a participle makes public: a channel of saying, or a finding ("The opinion, released on Wednesday").
RELEASED_CHANNELS = SAYING_OCCASIONS | frozenset("opinion poll study survey".split())
# Words written with a leading apostrophe ("rock 'n' roll", "’til", "'em", "'tis"): a single mark before
# one of them is an elision, never the opening mark of a quotation (``extract.quotes``); so is one before
# two digits and an "s" ("the '90s").
ELISIONS = frozenset({"em", "n", "til", "tis", "twas", "cause", "cos", "bout", "nuff", "twere"})
# Issue 12 item 4 ("wrong actor"): offices a role noun names that one person holds apart from another's: "the
# foreign minister" is not the person the text calls "the opposition leader", "the former governor" not "the
# former mayor" (resolve/speakers.py, ``_office_fit``).
OFFICE_ROLE_NOUNS = frozenset("""president minister chancellor premier secretary senator governor mayor ambassador
    congressman congresswoman king queen""".split())
# Titles a person holds that rule out any other office of OFFICE_ROLE_NOUNS (with the pairs below apart).
EXCLUSIVE_TITLES = OFFICE_ROLE_NOUNS | frozenset("leader judge justice prosecutor coach commissioner".split())
# A bare "leader" (no party's or chamber's) may be a head of state or government: "Palestinian leader Mahmoud Abbas"
# is "the president"; "the opposition leader" is none.
HEAD_OF_STATE_NOUNS = frozenset("president premier chancellor king queen".split())
# The chamber whose leaders ("Senate Majority Leader X") are members under the noun ("the senator").
CHAMBER_MEMBERS = {"senator": "senate", "congressman": "house", "congresswoman": "house"}
PARTY_LEADER_WORDS = frozenset("opposition party majority minority house senate labour labor conservative".split())
# Words that tell one office of a noun from another: "the foreign minister" is no "finance minister", "the deputy
# minister" no minister; a description without one of them fits any holder of the noun.
PORTFOLIO_WORDS = frozenset("""foreign finance defence defense interior justice health education trade economy
    economic treasury home energy agriculture environment labor labour transport culture prime opposition
    attorney""".split())
RANK_WORDS = frozenset("deputy vice assistant under shadow former".split())
# One office under two nouns: "Foreign Secretary Marcelo Ebrard" is "the foreign minister".
SAME_OFFICE = {"minister": ("secretary",), "secretary": ("minister",)}
# "X, who heads the ministry": the role a person holds by the body a relative clause says they head.
HEAD_VERBS = frozenset("head lead run".split())
HEADED_BODY_ROLES = {"ministry": "minister", "department": "secretary", "embassy": "ambassador"}
# Someone else's position reported in a statement's content (``extract/reported.py``): "Hillary wants to abolish
# the Second Amendment", "Clinton's plan would raise your taxes" said by a rival. Verbs whose subject holds the
# position the clause names, and nouns whose owner does ("X's plan").
HELD_POSITION_VERBS = frozenset("""want plan propose support oppose favor favour back intend seek vow promise pledge
    advocate endorse champion push reject""".split())
HELD_POSITION_CALL_VERBS = frozenset({"call"})  # "called for": with "for" only
HELD_POSITION_CALL_PREPOSITION = "for"
HELD_POSITION_NOUNS = frozenset("""plan plans proposal proposals policy policies agenda platform position stance
    idea ideas scheme pledge promise approach push call vision""".split())
POSSESSOR_LINK = "poss"
# In a quotation the speaker is "I" or "we": these subjects of a verb of position are another party.
THIRD_PERSON_SUBJECTS = frozenset({"he", "she", "they"})
# "backed out of", "backed away from", "backed down": another verb than backing (the parser may read it a preposition).
AWAY_PARTICLES = frozenset({"out", "away", "off", "down"})
COMPOUND_LINKS = frozenset({"compound"})  # "Hillary [Clinton]": the words a name is built of


# Issue 12 (speaker16): epithets, the definite descriptions news renames a person just named by ("Harry Kane
# has signed ... the 31-year-old said", "Coach Vincent Kompany ... the Belgian told reporters"). Nouns for what
# a person does that no office list holds (resolve/speakers.py ``_as_epithet``); a capitalised one before a name
# is a title, not the name's first word ("Striker Harry Kane", "Treasurer Jim Chalmers"). Not positions a team or
# a show has its own holder of ("the coach" after "X scored twice" is the team's coach, no callback to X).
EPITHET_NOUNS = frozenset("""striker forward midfielder defender goalkeeper keeper winger playmaker
    batsman batter bowler opener all-rounder pitcher catcher quarterback linebacker
    player athlete sprinter swimmer cyclist rider driver jockey boxer
    fighter wrestler golfer gymnast skier skater footballer cricketer
    actor actress singer rapper songwriter musician comedian dancer model broadcaster
    novelist author writer poet filmmaker designer chef artist photographer
    billionaire tycoon mogul magnate entrepreneur investor businessman businesswoman banker financier
    veteran champion titleholder winner finalist runner-up star legend debutant rookie newcomer
    treasurer lawmaker legislator mp parliamentarian politician campaigner activist economist""".split())
# Capitalised nouns that open a title before a name ("Treasurer Jim Chalmers", "Skipper Pat Cummins"), besides
# the role nouns the resolver already knows.
TITLE_OCCUPATIONS = (EPITHET_NOUNS - frozenset("legend star winner newcomer model host".split())) | frozenset(
    "skipper captain coach manager whip".split())  # "Senate Majority Whip John Barrasso" (nc18)
# Demonyms of a region within a country: they place a person in the country but say nothing that tells two of
# its people apart in a story of that country ("Treasurer Jim Chalmers said ... The Queenslander added" is him,
# not the Australian prime minister named a paragraph before).
REGIONAL_DEMONYMS = frozenset({"queenslander", "victorian", "tasmanian", "texan", "californian", "new yorker",
                               "floridian", "scot", "welshman"})
# Demonyms of regions and peoples the nationality list (resolve/names.NATIONALITIES) does not hold, with the
# country they place a person in: "the Queenslander", "the Texan", "the Dutchman" stand for a person.
DEMONYMS: dict[str, str] = {
    "queenslander": "Australia", "victorian": "Australia", "tasmanian": "Australia", "aussie": "Australia",
    "kiwi": "New Zealand", "new zealander": "New Zealand", "texan": "United States", "californian": "United States",
    "new yorker": "United States", "floridian": "United States", "briton": "United Kingdom",
    "scot": "United Kingdom", "englishman": "United Kingdom", "englishwoman": "United Kingdom",
    "welshman": "United Kingdom", "irishman": "Ireland", "irishwoman": "Ireland", "frenchman": "France",
    "frenchwoman": "France", "dutchman": "Netherlands", "dutchwoman": "Netherlands", "dane": "Denmark",
    "swede": "Sweden", "finn": "Finland", "pole": "Poland", "colombian": "Colombia", "chilean": "Chile",
    "peruvian": "Peru", "kenyan": "Kenya", "ghanaian": "Ghana", "ethiopian": "Ethiopia", "moroccan": "Morocco",
    "bangladeshi": "Bangladesh", "sri lankan": "Sri Lanka", "malaysian": "Malaysia", "filipino": "Philippines",
    "thai": "Thailand", "mumbaikar": "India", "punjabi": "India", "keralite": "India", "serb": "Serbia",
    "croat": "Croatia", "slovenian": "Slovenia", "jamaican": "Jamaica", "spaniard": "Spain", "turk": "Turkey",
}
# Quantifiers a source is written as when it is part of a group just named: "Union leaders were divided. Some
# said ...; others warned ..." (resolve/speakers.py ``_as_quantifier``).
# Not a bare "few" ("But few believe ..." is seldom some of the group before) nor "one" (one of them, no group).
PARTITIVE_SOURCES = frozenset("some others many most several".split())
# Parties whose name, before a role noun, says whose member an epithet means: "the Labor leader", "the Congress
# MP", "the BJP lawmaker" (resolve/speakers.py ``_epithet``); a company's name there ("the Kroger spokesman")
# says whose spokesman, read by the member readings.
PARTY_NAMES = frozenset("""labor labour conservative conservatives tory tories liberal liberals green greens
    democrat democratic democrats republican republicans gop congress bjp aap snp ukip reform likud fidesz
    nationals national liberal-national lnp ndp anc""".split())
# Nouns for one who speaks for a body, which alone ("a spokeswoman declined to comment") speak for the one
# organisation the story is then about (resolve/speakers.py ``_as_bare_spokesperson``).
SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson representative".split())
# who19 (guideline 2.5): those who speak for a body are named with the body first ("a Woolworths spokesperson",
# "German government spokesperson", "Omsk hospital officials"), the text's "<noun> for/of/from <body>" turned round;
# other members keep the text's order ("members of the European Union", "researchers from X").
BODY_FIRST_ROLES = frozenset("""spokesman spokeswoman spokesperson spokespeople representative representatives
    official officials""".split())
BODY_ROLE_LINKS = frozenset("of for from".split())
# Words before the first of joint sources that are no part of it ("[Both] the council and the government").
JOINT_PREDETERMINERS = frozenset("both".split())
# "X, along with Y, said", "X, together with Y, said": Y is one of joint sources with X (resolve ``_along_with``).
COMPANION_WORDS = frozenset("along together".split())
# The gender an epithet's noun gives (besides "-man"/"-woman": resolve/names.noun_gender).
EPITHET_GENDER = {"actress": "f", "waitress": "f", "heiress": "f", "songstress": "f", "hostess": "f"}

# A person's name the recogniser missed, read off a clause's subject (resolve/speakers._with_missed_people): the
# hyphen a surname is spelled with, and the months the birth counts hold as given names ("April", "June").
NAME_HYPHENS = frozenset({"-"})
MONTH_NAMES = frozenset("january february march april may june july august september october november "
                        "december".split())
# speaker17 (fresh3): people who work for or belong to one person, named by whose they are ("his publicist" is
# "Tony Mendez's publicist", as "his father" is that man's father), beside the people nouns and family nouns of
# resolve.names; and the household a person's "family" is, a group that speaks ("his family reported", "The family
# said" after it).
ASSOCIATE_NOUNS = frozenset("""publicist agent biographer assistant bodyguard caretaker carer secretary
    nephew niece cousin grandson granddaughter widow widower fiancee fiancée fiance fiancé girlfriend boyfriend
    stepson stepdaughter""".split())
FAMILY_NOUNS = frozenset("family".split())
# What a person wrote down or reasoned, which speaks for them when "his" or "her" owns it ("according to her
# memoirs", "Her reasoning was ..."; speaker19, resolve ``_as_owners_writing``)
OWN_WRITING_NOUNS = frozenset("""memoir memoirs autobiography diary diaries reasoning recollection recollections
    testimony""".split())
# Lower-case words inside people's names ("Ludwig van Beethoven", "Oscar de la Hoya"): no species epithet
# ("Caudipteryx zoui"; speaker19, resolve ``_without_taxa``)
NAME_PARTICLES = frozenset("""van von de da del della der den di du la le bin ibn al el dos das ter ten zu y""".split())
# Latin endings of a species epithet after its genus ("huxleyi", "sinensis", "americanae"; speaker19)
SPECIES_ENDINGS = ("ii", "yi", "ae", "ensis", "oides", "orum", "arum")

# Words that place a source outside the story's state ("a senior Western diplomat", "foreign diplomats", "Arab
# officials"): the resolver gives such a source no national qualifier of the story's country (lead17, a newcomer's
# Congo-Rwanda story made "a senior Western diplomat" Rwandan).
BEYOND_STATE_QUALIFIERS = frozenset("""western eastern arab african asian gulf latin nordic balkan foreign
    international regional multinational overseas""".split())

# Letters after a person's name that say what they are, no part of the name ("Judge Durham Hall QC", "Prosecutor
# Kama Melly QC", "Jane Smith MP", "Sir Roy Calne FRS"): the recogniser takes such a run for a body at times
# (speaker18, fresh4). Written in capitals only, so "Md" or "Kc" as a name stay.
POST_NOMINALS = frozenset("QC KC SC OBE MBE CBE KBE DBE FRS MP MEP MSP MLA PhD".split())

# A study's people introduced by where they work ("researchers from Penn State", "scientists from China's Tsinghua
# University and the Chinese Academy of Sciences"), and what the article calls them after that ("the researchers",
# "the authors", "the research team", "the report"): one group (speaker18, fresh4).
RESEARCH_NOUNS = frozenset("researcher scientist".split())
RESEARCH_FROM = frozenset("from at".split())
RESEARCH_BACK_NOUNS = AUTHOR_NOUNS | RESEARCH_NOUNS
RESEARCH_TEAM_NOUNS = frozenset("team".split())
RESEARCH_TEAM_MODIFIERS = frozenset("research study".split())
