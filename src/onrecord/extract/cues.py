"""The reporting vocabulary: which words introduce a statement and what act they signal.

Lists are by lemma. They were drawn up from reporting-verb grammars of English
news and checked against the cue words of PolNeAR *train* (never dev); see
docs/DESIGN.md.
"""

from __future__ import annotations

from onrecord.model import Act

# Verbs that report speech, writing or thought and take a clause (or a quotation).
SPEECH_VERBS: dict[str, Act] = {
    **dict.fromkeys(
        """say tell add state note explain write report claim argue announce declare reply
        respond comment acknowledge admit observe remark testify tweet post recall describe
        contend assert allege confirm predict estimate answer mention concede disclose reveal
        boast brag complain joke quip lament muse recount retort counter caution point
        indicate conclude speculate charge inform""".split(),
        "assert",
    ),
    **dict.fromkeys("stress emphasize emphasise insist underline underscore reiterate repeat highlight".split(),
                    "emphasize"),
    **dict.fromkeys("promise pledge vow commit guarantee assure swear".split(), "commit"),
    **dict.fromkeys("propose suggest recommend urge advise demand request".split(), "propose"),
    **dict.fromkeys("agree".split(), "support"),
    **dict.fromkeys("warn threaten object protest".split(), "oppose"),
    **dict.fromkeys("deny dispute refute".split(), "deny"),
    **dict.fromkeys("ask question wonder inquire".split(), "question"),
}

# Verbs of attitude, belief and intention: attributed positions and thoughts.
THOUGHT_VERBS: dict[str, Act] = {
    **dict.fromkeys(
        """believe think feel expect hope fear worry know consider doubt suspect assume
        understand recognize realize find learn decide figure imagine guess
        reckon determine""".split(),
        "assert",
    ),
    **dict.fromkeys("plan intend aim".split(), "commit"),
    **dict.fromkeys("want wish seek".split(), "propose"),
}

# Verbs whose object is the position taken ("opposed X", "ruled out X").
POSITION_VERBS: dict[str, Act] = {
    **dict.fromkeys("support back endorse welcome praise favor favour applaud defend hail embrace".split(),
                    "support"),
    **dict.fromkeys("oppose criticize criticise condemn slam blast decry attack denounce"
                    " fault accuse mock question".split(), "oppose"),
    **dict.fromkeys("reject dismiss refuse decline downplay".split(), "reject"),
    **dict.fromkeys("deny dispute".split(), "deny"),
    **dict.fromkeys("propose suggest recommend call_for demand urge".split(), "propose"),
    **dict.fromkeys("promise pledge vow".split(), "commit"),
}

# Frequent verbs that the learned lexicon must not turn into cues: they head
# annotated cues only as parts of longer phrases ("is expected", "made clear").
NOT_CUES = frozenset("be have do make go take get give seem appear look come continue".split())

# Verbs of deeds, possession and perception ("was appointed by X as Y", "authorized subpoenas"). The learned
# lexicon saw some head an annotated cue ("drew a line", "signed a letter"), but in news they mostly report
# what someone did, not what someone said: never cues. Not "issue", "file" or "feature": PolNeAR annotates
# "issued subpoenas to X" and "filed a complaint against Y" (train), the guideline does not. Not "see",
# whose object PolNeAR annotates as a view ("rivals see an opening"). "publish", "release", "dedicate"
# and "project" with a noun object are deeds on news the rules were never tuned on ("published an
# interview", "released them publicly": issue 12, fresh second-domain articles). Deeds that head a real cue a
# third of the time or more on PolNeAR train ("offered", "presented") are left to the confidence model.
NOT_SPEECH = frozenset(
    """pass deliver celebrate strike enjoy draw read attempt introduce sign count bother block pounce
    restrict fire broadcast order sentence show approve conduct hold run win lose buy sell pay meet visit
    travel arrive leave watch hear send receive award arrest open close launch spend raise appoint authorize
    experience suffer identify project publish dedicate release portray depict""".split()
)
# Deeds that characterise only with an "as" predicate ("portrayed him as a liar", "identified the suspect as
# X"); without one they play a role or point a thing out ("portrayed Black Panther", "to identify places
# where ice had melted"), whatever their rate on PolNeAR train (issue 12, fresh second-domain articles).
AS_DEEDS = frozenset("portray depict identify".split())
# Deeds that report only when they bind someone to do something ("ordered his staff to delay the aid",
# "ordered that the accused remain in custody"); with a noun object alone they are done ("ordered the
# installation of alarms", "ordered the killing of 300,000 pigs"), whatever their rate on PolNeAR train.
BINDING_DEEDS = frozenset({"order"})
# Deeds of making public whose negation is declining to disclose, a statement ("did not release the amount").
DISCLOSING_DEEDS = frozenset("release publish".split())
WRITING_VERBS = frozenset("write tweet post publish blog email text pen".split())
CUE_CLASSES = ("speech", "writing", "stance", "cognition")


def cue_class(lemma: str, rule: str) -> str:
    """What kind of attribution a cue makes: speech, writing, stance (a position or decision:
    "opposed", "ruled out") or cognition ("believes", "wants")."""
    head = lemma.split()[0] if lemma else ""
    if head in WRITING_VERBS:
        return "writing"
    if rule == "thought" or head in THOUGHT_VERBS:
        return "cognition"
    if rule in ("position", "adjective") or head in POSITION_VERBS or lemma in ("rule out", "refuse", "decline"):
        return "stance"
    return "speech"


# Words that open a "Label: text" line without naming a speaker.
NON_SPEAKER_LABELS = frozenset(
    "update editor note watch read listen related photo video source sources correction by".split()
)

# Nouns that report a statement when a that-clause follows ("his claim that ...").
NOUN_CUES: dict[str, Act] = {
    **dict.fromkeys("claim statement assertion argument suggestion belief view remark comment announcement"
                    " allegation accusation charge insistence contention assurance admission".split(), "assert"),
    **dict.fromkeys("promise pledge vow commitment guarantee".split(), "commit"),
    **dict.fromkeys("warning threat".split(), "oppose"),
    **dict.fromkeys("proposal call demand request".split(), "propose"),
    **dict.fromkeys("denial".split(), "deny"),
    **dict.fromkeys("question".split(), "question"),
}

# Reporting nouns whose topic or target follows as a prepositional object ("his comments on X",
# "criticism of Y", "her call for Z"), with the prepositions each reads with.
TOPIC_NOUNS: dict[str, tuple[Act, frozenset[str]]] = {
    **dict.fromkeys("comment remark statement claim assertion question argument testimony rhetoric chant"
                    " speech tweet message".split(), ("assert", frozenset({"about", "on", "of", "over"}))),
    **dict.fromkeys("view position stance opinion belief".split(), ("assert", frozenset({"on", "about", "of"}))),
    # Not "attack", "defense", "push", "protest" or "charge": in news they are as often deeds as words.
    **dict.fromkeys("criticism complaint objection opposition warning".split(),
                    ("oppose", frozenset({"of", "about", "on", "over", "against", "to"}))),
    **dict.fromkeys("support praise endorsement".split(), ("support", frozenset({"of", "for"}))),
    **dict.fromkeys("call demand plea proposal".split(), ("propose", frozenset({"for"}))),
    **dict.fromkeys("promise pledge vow".split(), ("commit", frozenset({"of", "on"}))),
    **dict.fromkeys("denial".split(), ("deny", frozenset({"of"}))),
    **dict.fromkeys("allegation accusation".split(), ("assert", frozenset({"of", "about", "against"}))),
}
# Verbs through which a subject voices a reporting noun: "X voiced concern about", "X responded with chants of".
VOICING_VERBS = frozenset("make issue voice express offer level renew repeat reiterate deliver give post tweet"
                          " respond answer reply launch mount raise".split())

# Stance adjectives after "be" ("was adamant that ...", "is critical of ...").
ADJECTIVE_CUES: dict[str, Act] = {
    **dict.fromkeys("clear confident sure certain adamant convinced optimistic hopeful aware insistent firm"
                    " emphatic unequivocal worried concerned pessimistic".split(), "assert"),
    **dict.fromkeys("critical skeptical sceptical opposed dismissive wary".split(), "oppose"),
    **dict.fromkeys("supportive".split(), "support"),
}

# Phrasal verbs read as one cue: lemma + particle -> act.
PHRASAL: dict[tuple[str, str], Act] = {
    ("rule", "out"): "reject",
    ("point", "out"): "assert",
    ("call", "for"): "propose",
    ("speak", "out"): "assert",
    ("lash", "out"): "oppose",
    ("push", "back"): "oppose",
    ("come", "out"): "assert",
    # British news: "hit out at the government" (attacked it), "played down fears of a recession" (dismissed
    # them); issue 12, voice15 catalogue. PolNeAR train annotates "played down" (5 cues) and "downplayed" (3).
    ("hit", "out"): "oppose",
    ("play", "down"): "reject",
}

# "refused to ..." / "declined to ..." before a speech verb or "rule out":
# the speaker withholds a commitment.
WITHHOLD_VERBS = frozenset("refuse decline".split())
# Raising verbs of appearance soften whatever they govern ("seemed to rule out").
HEDGE_GOVERNORS = frozenset("seem appear".split())
# Cue lemmas that are soft by themselves.
HEDGE_CUES = frozenset("hint signal imply insinuate speculate muse".split())
# Words in the cue's clause that show the report softening it.
HEDGE_WORDS = frozenset("hedge hedging apparently reportedly seemingly perhaps possibly".split())

# Reporting prepositional phrases that belong to the cue: "said in a statement".
CUE_CHANNEL_NOUNS = frozenset(
    """statement interview post tweet letter speech press conference briefing remarks email
    message release video op-ed column broadcast radio television podcast""".split()
)

# Content verbs that reveal the act when the cue itself is neutral ("said ... opposed").
CONTENT_ACTS: dict[str, Act] = {
    **{k: v for k, v in POSITION_VERBS.items() if v in ("support", "oppose", "reject", "deny")},
}


def cue_act(lemma: str) -> Act | None:
    """The act a verb lemma signals as a reporting cue, or None when it is no cue."""
    return SPEECH_VERBS.get(lemma) or THOUGHT_VERBS.get(lemma)
