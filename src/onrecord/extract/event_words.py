"""The English words and dependency labels the event rules read (``resolve/events.py``), in one place."""

from __future__ import annotations

import re

from onrecord.model import EventType

# Nouns that name an event by themselves ("the summit", "his meetings", "Tuesday's primary").
NOUN_TRIGGERS: dict[str, EventType] = {
    "meeting": "meeting", "sit-down": "meeting", "dinner": "meeting", "luncheon": "meeting",
    "talks": "talks", "negotiations": "talks", "negotiation": "talks",
    "summit": "summit", "conference": "summit", "convention": "summit",
    "visit": "visit", "trip": "visit", "tour": "visit",
    "briefing": "press_conference", "presser": "press_conference",
    "vote": "vote", "election": "vote", "primary": "vote", "caucus": "vote", "caucuses": "vote",
    "referendum": "vote", "runoff": "vote", "primaries": "vote",
    "debate": "debate",
    "rally": "rally", "protest": "rally", "march": "rally", "demonstration": "rally",
    "hearing": "hearing", "trial": "hearing", "sentencing": "hearing",
    "contest": "vote", "contests": "vote",
    "speech": "speech", "address": "speech", "interview": "speech", "remarks": "speech",
    "videoconference": "call", "teleconference": "call",
}
# Trigger nouns that still name an occasion when tagged as a name: in a name ("the Iowa Caucus") or a headline in
# title case ("Hats at Trump Immigration Rally"); not "March" the month, "Conference" or "Address" in a name.
PROPER_TRIGGERS = frozenset("summit convention caucuses caucus primary rally debate speech interview "
                            "hearing election elections".split())  # "the 2020 US Presidential Election"
# Proper triggers only when written as a title, not in capitals ("I WON THIS ELECTION" is parsed as a name).
NAMED_ONLY_TITLED = frozenset({"election", "elections"})
# "the results of the election": an occasion with results is over.
RESULT_NOUNS = frozenset({"result", "outcome"})
# Quantities before a plural that make it many occasions ("some phone calls", "dozens of rallies").
QUANTITY_WORDS = frozenset("some many several few numerous countless multiple various dozens hundreds".split())
# Nouns whose plural is a series of occasions, never one ("the interviews", "his speeches").
SERIES_NOUNS = frozenset("interview speech address".split())
# Occasion nouns that are also the activity, bare ("to shut down debate", "resigning in protest"): with no article,
# possessor or modifier before them they name no one occasion (resolve/events.py ``_mass_use``).
ACTIVITY_NOUNS = frozenset("debate protest".split())
# A party's role and the titles its holder is named with ("a federal judge" ... "Judge Gray Miller", "a doctor" ...
# "Dr. Joel Smithers"): the role, no name resolved, is that one person (resolve/events.py ``_roles_named``).
ROLE_TITLES: dict[str, frozenset[str]] = {
    "judge": frozenset({"Judge"}), "justice": frozenset({"Justice"}),
    "doctor": frozenset({"Dr.", "Dr", "Doctor"}), "physician": frozenset({"Dr.", "Dr"}),
    "senator": frozenset({"Senator", "Sen."}), "governor": frozenset({"Governor", "Gov."}),
    "mayor": frozenset({"Mayor"}),
}
# The first word of a role that says it is not the holder named before ("another federal judge").
OTHER_ONE_WORDS = frozenset({"another", "other", "second"})
# What marks a condition, and the modals of what would follow on it ("If the House votes to impeach, he would
# then face trial"): a supposed consequence, no occasion.
CONDITION_MARKS = frozenset({"if", "unless"})
SUPPOSING_MODALS = frozenset({"would", "could", "might"})
# Occasion nouns that are also the words said ("remarks"), and the verbs that make them a publication ("remarks
# published by CNN", "comments carried by state media"): no occasion then.
WORDS_NOUNS = frozenset({"remark", "remarks"})
PUBLISH_VERBS = frozenset("publish print post carry air broadcast release quote report".split())
# Nouns that name an event only with one of these words before them ("a phone call", "a media availability",
# "a news conference"); the type they take then.
QUALIFIED_NOUNS: dict[str, tuple[frozenset[str], EventType]] = {
    "call": (frozenset("phone telephone telephonic video conference".split()), "call"),
    "conversation": (frozenset("phone telephone telephonic video".split()), "call"),  # "a telephonic conversation"
    "availability": (frozenset("media press".split()), "press_conference"),
    "conference": (frozenset("press news".split()), "press_conference"),
    "event": (frozenset("campaign fundraising".split()), "rally"),
    "announcement": (frozenset("televised broadcast video live".split()), "speech"),
    "statement": (frozenset("televised broadcast video".split()), "speech"),
    "hall": (frozenset({"town"}), "speech"),  # "a town hall in Pennsylvania": a candidate taking questions
    "stop": (frozenset({"campaign"}), "rally"),  # "at a campaign stop in Iowa", like "a campaign event"
}
# Bodies whose "meeting" is a summit of states, each as the words its name holds ("the annual meeting of the
# United Nations General Assembly"); a board's or a cabinet's meeting stays a meeting (ANNOTATION.md §3.1).
GATHERINGS_OF_STATES = (("general", "assembly"), ("world", "health", "assembly"))
# Being at an occasion, in a clause on a statement's cue: "Speaking during ..., Trump told", "While in New York to
# attend the General Assembly, Zelensky told reporters": said there.
AT_OCCASION_VERBS = frozenset({"speak", "talk", "appear", "answer", "attend"})
# Verbs whose object gathering is attended as an occasion ("to attend the United Nations General Assembly").
ATTEND_VERBS = frozenset({"attend", "join"})  # not "addressed the General Assembly": a speech there
# Nouns that name an occasion only with its parties after "with"/"between" ("discussions with the US").
PARTY_NOUNS: dict[str, EventType] = {"discussion": "talks", "consultation": "talks",
                                     "agreement": "talks", "deal": "talks"}
# An agreement with its parties stands for the talks that reached it (ANNOTATION.md §3.5, "An agreement 'reached in
# Paris in December'"): one, in the singular ("entered into an agreement with the government of Syria"); "bad deals
# with China", "trade agreements with that country" are many, none in particular.
SETTLED_NOUNS = frozenset({"agreement", "deal"})
# What an agreement not (yet) reached is called: "a possible deal with Iran", "a future agreement with the EU".
UNREACHED = frozenset("possible potential future eventual hypothetical proposed prospective".split())
# "Losing a Senate race", "won the runoff race": an election, when it is won or lost.
RACE_WORDS = frozenset({"race"})
# "his victory in Michigan", "won Idaho": a vote, when the place is named.
WIN_WORDS = frozenset({"victory", "win", "loss", "defeat", "finish"})  # "his second-place finish in Iowa"
# Who won or claims a vote: "claimed victory in the presidential vote", "the election saw a victory for Mugabe",
# "the 1920 election was a blow-out for the Republicans" (hyphens dropped: "blow-out" is "blowout").
VICTORY_NOUNS = frozenset({"victory", "win", "landslide", "blowout", "triumph"})
VICTORY_VERBS = frozenset({"claim", "win", "secure", "score", "declare", "see", "hand", "give", "be"})
# And who lost it: "did not admit defeat in the election", "conceded defeat in the primary", "her loss in the race".
DEFEAT_NOUNS = frozenset({"defeat", "loss"})
DEFEAT_VERBS = frozenset({"admit", "concede", "suffer", "accept", "acknowledge"})
# "where Biden has been projected to have defeated the incumbent": the one beaten in a vote ran in it.
BEAT_VERBS = frozenset({"defeat", "beat"})
# "the AP called the election for Biden": the one a contest is called for won it.
CALL_FOR_VERBS = frozenset({"call"})
# Who a "vote" is when it means voters ("the white vote"), with nationalities and religions (NORP entities).
VOTER_BLOCS = frozenset("white black minority youth women female male senior working-class suburban rural urban "
                        "evangelical catholic jewish".split())
# What a share of a vote is counted in: "15 percent of the vote", "a majority of the votes" (with "%", a PERCENT).
SHARE_NOUNS = frozenset("percent cent % majority plurality share half third quarter fraction".split())
# A primary or caucus, and a general election named as such: two levels of contest that are never one occasion.
PRIMARY_WORDS = frozenset("primary primaries caucus caucuses".split())
GENERAL_ELECTION_WORDS = frozenset("presidential general midterm midterms".split())
# What a contest is the object of a candidacy for: "the nominee for the 2020 election", "a candidate in the race".
CANDIDACY_NOUNS = frozenset("nominee nomination candidate candidacy bid contender delegate".split())
# Who votes as a body ("the Senate voted"); a pollster's "voters" or "47 percent" do not make a vote an event.
VOTING_BODIES = frozenset("senate house parliament congress committee council board assembly chamber lawmakers "
                          "legislators senators representatives mps members delegates jury court legislature "
                          "shareholders union".split())
# Occasions an outlet takes part in when named after "on"/"to" ("an interview on CNN", "an interview to Dawn").
OUTLET_OCCASIONS = frozenset({"interview"})
# Verbs of a body passing a measure: a vote (ANNOTATION.md §3.5). "reject"/"approve"/"ratify" too: "a deal
# rejected by majorities in Congress", "the Senate approved the treaty" are a body's vote on a measure.
PASS_VERBS = frozenset({"pass", "reject", "approve", "ratify"})
# Plain motion that is a visit when a person goes to a particular place ("went to the sheriff's station",
# "walked into the lobby of the station", "travel back to a management building").
# Not "return" (going home) nor "come" ("allow Central Americans to come to the U.S.": to live there).
MOTION_VERBS = frozenset({"go", "walk", "head", "drive", "travel", "fly"})
MOTION_PREPS = frozenset({"to", "into"})
# Verbs of going into a building named as their object ("entered the consulate"): a visit to it.
ENTER_VERBS = frozenset({"enter"})
# Verbs of setting out for a place ("left Tuesday for Doha", "departed for Kyiv"): a trip there when the place is
# named after "for" (not "left for dead", "left for work": no place).
DEPART_VERBS = frozenset({"leave", "depart"})
# Talk verbs that name an occasion only with someone to talk with, a place or a time ("negotiated with Iran in
# Vienna"); alone ("before it negotiates", "who will negotiate", "negotiate an end to the war") they name the act.
BARE_TALK_VERBS = frozenset({"negotiate"})
# Who does not travel: places, amounts, and companies ("Ford Motor ... to go to Mexico": moving production).
NOT_TRAVELLERS = frozenset({"GPE", "LOC", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME", "ORG"})
COURTS = frozenset({"court", "jury"})
# A court's decision is a hearing (ANNOTATION.md §3.1): "the Supreme Court ruled against", "the court's
# ruling", "a judge issued a verdict"; not "the ruling party" nor a ruling with no court named.
JUDGES = frozenset("court courts jury judge judges justices tribunal".split())
RULING_NOUNS = frozenset({"ruling", "verdict", "judgment", "judgement", "decision"})  # "a federal court decision"
RULE_VERBS = frozenset({"rule"})
# What a court or judge decides by ("a federal judge dismissed a Trump lawsuit", "the judge ordered that ballots be
# accepted", "an appeals court upheld the sentence"): a ruling, a `hearing` as the tune half labels rulings.
# With "the Court of Appeals vacated his conviction", "the judge determined that he lied" (fresh3, fresh4).
COURT_ACT_VERBS = frozenset({"dismiss", "order", "uphold", "overturn", "block", "reject", "strike", "vacate",
                             "reverse", "quash", "determine"})
# Places a person goes to, besides named ones and PLACE_WORDS: only with a determiner ("the station").
DESTINATION_WORDS = frozenset("station lobby headquarters hospital prison jail camp residence compound consulate "
                              "mosque temple synagogue factory plant border parliament".split())
# Who a press conference is given to: the guideline names them "reporters".
PRESS_WORDS = frozenset("press reporter reporters journalist journalists media newsmen".split())
# Words a conversation verb hangs on as leave or readiness, no occasion: "not authorised to speak to the media",
# "free to talk", "ready to talk with Iran" (issue 9).
LEAVE_TO_TALK = frozenset("authorise authorize authorised authorized allow permit entitle free able willing ready "
                          "eager prepared".split())
# Modifiers that say a noun is no particular occasion ("email address", "debate" in "the immigration debate").
NOT_OCCASIONS: dict[str, frozenset[str]] = {
    "address": frozenset("email e-mail web ip home".split()),
    "debate": frozenset("policy immigration national public political healthcare health tax gun abortion trade"
                        " internal ongoing broader larger wider".split()),
    "trial": frozenset("clinical drug".split()),
    "speech": frozenset("free hate".split()),  # a right, a kind of words: no occasion
    "march": frozenset(),
    "tour": frozenset("book".split()),
    "contest": frozenset("nominating".split()),  # "their nominating contest": the race, a process
    "vote": frozenset("popular black latino hispanic evangelical women female youth".split()),
}
# Verbs that report an event by themselves, with the type. "speak"/"talk" count only with a party ("with/to X").
VERB_TRIGGERS: dict[str, EventType] = {
    "meet": "meeting", "confer": "meeting", "host": "meeting", "receive": "meeting",
    "negotiate": "talks",
    "visit": "visit", "travel": "visit", "fly": "visit", "tour": "visit",
    "phone": "call", "telephone": "call", "call": "call", "speak": "call", "talk": "call",
    "vote": "vote",
    "debate": "debate",
    "rally": "rally", "march": "rally",
    "testify": "hearing",
}
# Verbs that report an occasion only in some company (``events._reported``: "appeared in court", "addressed the
# nation", "briefed reporters", "was sentenced"), with the type they take: candidates for the learned filter.
REPORTED_VERBS: dict[str, EventType] = {"appear": "hearing", "address": "speech", "brief": "press_conference",
                                        "sentence": "hearing"}
# What one visits that is no place ("visit our website"): pages, not trips.
WEB_WORDS = frozenset("website site web page webpage homepage link url blog".split())
# A noun joined to a trigger word in a fixed phrase that is no occasion ("trial and error").
IDIOM_CONJUNCTS: dict[str, frozenset[str]] = {"trial": frozenset({"error"})}
# What an issue debate is "over" ("the debate over immigration"), and a figurative march "of" ("the march of
# technology"): with no party, place or time, no occasion.
ISSUE_PREPS: dict[str, frozenset[str]] = {"debate": frozenset("over about".split()), "march": frozenset({"of"})}
# Verbs that need a party as object or after "with/to" to be an event ("met with Putin", "called Macron").
NEEDS_PARTY = frozenset({"call", "speak", "talk", "host", "confer", "phone", "telephone", "receive"})
# Verbs that need a place or a host after them ("travelled to Beijing", "visited Kyiv").
NEEDS_PLACE = frozenset({"travel", "fly"})
TRAVEL_VERBS = frozenset({"travel", "fly", "come", "arrive", "head", "go", "return", "visit"})
# Role nouns that stand for a party to an encounter though they name no office ("met her counterpart").
PARTY_ROLES = frozenset({"counterpart"})
# Occasions with sides: whom one is "against" in them takes part ("the debate against Biden").
CONTESTS = frozenset({"debate", "vote"})
AGAINST = frozenset({"against"})
PARTY_PREPS = frozenset({"with", "alongside", "between", "among", "beside"})
# "travelled to Paris for talks with Macron", "arrived for a two-day visit": an occasion a trip is for is the
# traveller's.
TRIP_PURPOSE_PREPS = frozenset({"for"})
# "European leaders will gather in Brussels for a summit": those who gather for it take part.
GATHER_VERBS = frozenset({"gather", "convene", "assemble", "meet"})
# Of those, the ones that report a meeting by themselves when people gather at a place ("gathered in Cairo").
GATHERING_VERBS = GATHER_VERBS - {"meet"}
# "Anna Berg, the host of the summit,", "Austria, the summit's host,": the host takes part.
HOST_NOUNS = frozenset({"host", "co-host", "organizer", "organiser", "chair"})
# Occasions where people gather: "a summit of European leaders" are those who meet.
GATHERINGS: frozenset[EventType] = frozenset({"meeting", "summit", "talks"})
# "a two-day visit to Addis Ababa by a special envoy": who does a noun occasion (the parser calls it a prep).
DOER_PREPS = frozenset({"by"})
PLACE_PREPS = frozenset({"in", "at", "inside", "to"})
TO_PLACE_TYPES = frozenset({"visit"})  # "to X" is a place only for travel
# "the first call about the attack": a call reporting something (not "a call for calm").
CALL_ABOUT = frozenset({"about", "reporting"})
# Places emergency services are "called to" besides buildings: "were called to the scene".
CALLED_TO = frozenset({"scene", "site", "building", "house", "home", "property", "area", "street"})
# Verbs of appeal a statement is made with ("called for a regional cooperation", "called on Turkey").
APPEAL_VERBS = frozenset({("call", "for"), ("call", "on")})
# Words after "call" that make it no phone call: "called for", "called on", "called him a liar".
CALL_NOT = frozenset({"for", "on", "off", "out", "up", "back", "in"})
# Occasions where statements are made: the first one after a mention, by a participant, was made there.
SAID_AT_TYPES = frozenset({"press_conference", "speech", "debate", "hearing", "rally"})
# "several speakers at the rally, including Sturgeon, Watson and Khan": who spoke there takes part.
SPEAKER_NOUNS = frozenset("speaker guest participant attendee".split())
INCLUDING = frozenset({"including", "among"})
# "ahead of the debate", "after the speech": a time outside the occasion, not at it.
OUTSIDE_PREPS = frozenset({"before", "after", "ahead", "since", "until", "following", "prior"})
# Where a statement's occasion is named: "said in an interview", "told reporters at a press conference".
# Cues that say a speaker goes on where the last paragraph left off ("Johnson continued, ...").
CONTINUE_CUES = frozenset("continued continues added adds".split())
ADDRESS_VERBS = frozenset({"tell", "address", "brief", "say", "inform"})
OCCASION_PREPS = frozenset({"at", "during", "in", "on", "after", "before"})
# "a call where the two ministers discussed trade": the clause is set at the occasion.
WHERE_WORDS = frozenset({"where", "when"})
# A deed done at an occasion: "his words at the debate", "her attack on Sanders in the debate".
AT_PREPS = frozenset({"at", "during", "in"})
# Where the subject of a verb is at the occasion ("wore the hats at the rally"): not "in" ("won in the primary").
PRESENT_PREPS = frozenset({"at", "during"})
# Subjects of the verb governing an occasion noun take part: "Trump held talks", "Sanders addressed a rally".
HOLD_VERBS = frozenset("hold have attend host join convene address give deliver conduct lead chair stage headline "
                       "hold participate appear speak tell say issue begin start open resume".split())
# "Moderator Bret Baier started the exchange", "is to be moderated by X": a debate's moderator takes part in it
# (ANNOTATION.md §3), but is none of its debaters.
MODERATOR_TITLES = frozenset({"moderator", "co-moderator"})
MODERATE_VERBS = frozenset({"moderate", "co-moderate"})
# Verbs that start an occasion: "have begun talks" is under way.
START_VERBS = frozenset("begin start open resume".split())
# Verbs that say an occasion was held: negated or "failed to", it was not ("the talks never got started").
HELD_VERBS = START_VERBS | frozenset("happen occur materialize materialise convene".split())
# A group word whose "of" phrase names the party: "a group of European heads of state".
# Verbs the guideline's examples report occasions with (ANNOTATION.md §3.1), each read with its own condition
# (``resolve/events._reported``): "arrived in Beijing" (a place), "appeared in court" (a court or a committee),
# "addressed the nation" (an audience), "briefed reporters" (the press), "was elected" (a vote), "protesters
# demonstrated" (people, no object).
ARRIVE_VERBS = frozenset({"arrive", "land"})
ARRIVE_PREPS = frozenset({"in", "at"})
APPEAR_PLACES = frozenset("court courtroom tribunal judge magistrate committee subcommittee panel inquiry "
                          "senate parliament congress jury".split())
AUDIENCE_WORDS = frozenset("nation country crowd crowds assembly parliament congress supporters rally conference "
                           "summit delegates lawmakers legislators students graduates audience convention forum "
                           "gathering meeting session troops".split())
# Gatherings someone speaks "at" that make the speaking a speech ("spoke at the opening of the session"); not
# places ("speaking at a hospital") nor occasions that are events of their own ("at a rally": the rally).
SPOKEN_AT = frozenset("opening ceremony commemoration celebration inauguration graduation commencement funeral "
                      "memorial gala anniversary launch forum gathering event service".split())
# "Rouhani was speaking at the opening ...": a sentence that places the statements before it.
BACKGROUND_SPEAKING = frozenset({"speak", "address", "talk"})
ELECT_VERBS = frozenset({"elect", "reelect", "re-elect"})
# Audiences told something in person ("told a crowd in Cleveland": a speech, ANNOTATION.md §3.5); not gatherings
# that are events of their own ("told the convention"), nor lawmakers or reporters, told in many ways.
# Organisations that hear speakers, by the last word of their name ("told the Asia-Pacific Council", "speaking
# to the Atlantic Council think tank", "an address to the Economic Club"): speaking to one is a speech.
AUDIENCE_BODIES = frozenset("council institute institution forum club society foundation association tank".split())
BODY_LABELS = frozenset({"ORG", "FAC"})  # the recogniser reads "the Asia-Pacific Council" as either
TOLD_AUDIENCES = frozenset("crowd audience supporters nation students graduates troops".split())  # as written:
# "tells audiences" is a habit, no occasion
# Verbs whose "with" phrase is no party: "With her husband by her side, Clinton told her supporters".
NO_PARTY_VERBS = frozenset({"tell"})
# "Voters went to the polls", "the country heads to the polls": a vote.
POLLS = frozenset({"polls"})
# "Thousands took to the streets": a protest.
STREETS = frozenset({"streets"})
# What a court hears at a hearing ("the court heard arguments in the case").
HEARD_AT_COURT = frozenset("argument arguments case appeal appeals testimony evidence".split())
# A phrase that gives how long, not when ("elected for two-year terms").
DURATION_PREPS = frozenset({"for"})
WRITINGS = frozenset("email e-mail letter statement op-ed post tweet article memo note message essay".split())
PROTEST_VERBS = frozenset({"protest", "demonstrate"})
# A verdict on someone, an occasion (a hearing) where the text places it at a time or in a court.
VERDICT_VERBS = frozenset({"convict", "acquit"})
# Adverbs that make a verb's occasion a habit ("has repeatedly voted against", "often traveled"): none (§3.1).
HABITUAL_ADVERBS = frozenset("repeatedly regularly frequently routinely often usually habitually".split())
# A length before the time of an occasion ("For three days last week", "two days this month"): the time is the rest.
LENGTH_THEN_WHEN = re.compile(r"(?:for\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|several|a few)\s+"
                              r"(?:days?|nights?|hours?|weeks?)\s+((?:last|this|next|earlier|later)\b.*)", re.I)
# "was found guilty": a verdict too, with one of these words as the finding.
FOUND_VERBS = frozenset({"find"})
VERDICT_WORDS = frozenset({"guilty", "innocent"})
# Entity labels a name in apposition to a described body is not that body's name ("the capital of Peru, Lima,").
NOT_BODY_NAMES = frozenset({"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"})
# A crowd counted roughly ("thousands of farmers", "hundreds of people"): it takes part as written.
CROWD_COUNTS = frozenset("dozens hundreds thousands millions tens scores".split())
# A protest named by its noun, held by its protesters where the text names no one ("two weeks of protests").
PROTEST_NOUNS = frozenset({"protest", "demonstration"})
CROWD_WORDS = frozenset("people protester protesters demonstrator demonstrators thousand thousands hundred hundreds "
                        "crowd crowds worker workers student students farmer farmers resident residents".split())
THING_PRONOUNS = frozenset("it this that these those which what something anything nothing everything".split())
# Bodies of an organisation or a state that take part as themselves ("the AFL-CIO general board").
ORGAN_NOUNS = frozenset("board committee council parliament assembly legislature cabinet commission caucus "
                        "senate chamber".split())
# Small words inside a body's name ("House Oversight and Reform Committee", "Committee on Foreign Affairs").
NAME_JOINERS = frozenset({"and", "of", "for", "on"})
# Prepositions of time before a gerund that shares the clause's subject ("after traveling to Cleveland, Trump ...").
GERUND_TIME_PREPS = frozenset({"after", "before", "since", "upon", "on", "while", "when"})
# Last words of a body's name besides the resolver's BODY_HEADS ("North Wales Fire and Rescue Service").
BODY_NAME_ENDS = frozenset("service services force forces administration police".split())
COUNTED_PEOPLE = frozenset("man woman men women person people politician candidate rival".split())
# "They will meet again next week": another occasion than the one told, never a mention of it.
REPEAT_WORDS = frozenset({"again"})
# An indefinite occasion said to be new is not one already told: "a new round of talks", "another meeting", "fresh
# talks" (resolve.events: such a mention starts an event of its own). "round"/"series" carry it for the talks.
NEW_OCCASION_WORDS = frozenset({"new", "fresh", "further"})
OCCASION_RUNS = frozenset({"round", "series", "session"})
# Verbs of speaking whose "about"/"on" phrase is their topic: an occasion there is talked of, not held then.
TOPIC_SPEECH_VERBS = frozenset("speak talk comment write reflect".split())
# "congratulated Starmer on his election", "called Putin after the summit": an occasion a verb done to a person is
# about or follows (not "met Putin at a summit", where the verb happened).
TOPIC_PREPS = frozenset({"on", "for", "over", "about", "after", "before", "since"})
# "Their call came after days of silence": a call the two sides had (not "their call for a ceasefire").
MUTUAL_POSSESSIVES = frozenset({"their"})
GROUP_NOUNS = frozenset("group delegation number handful team host bunch".split())
# "the members of the House of Representatives voted": members of a named body take part as the body.
MEMBER_NOUNS = frozenset({"member"})
# "voted for Pelosi (to serve as Speaker)": whom a vote is for is a candidate in it.
VOTE_FOR = frozenset({"for"})
# "Kevin McCarthy received 192", "she got 48 percent of the vote": who got votes ran.
GOT_VOTES_VERBS = frozenset({"receive", "get", "garner", "win", "take", "secure", "earn"})
# "Sanders came in second", "Kasich was in second with 16 percent", "Rubio finished fifth": a place in the result.
PLACED_VERBS = frozenset({"come", "finish", "place", "be", "end"})
# "with Cruz, Jeb Bush and Marco Rubio behind him", "his second-place finish in Iowa behind Ted Cruz": the ones a
# candidate's place is told against ran too.
STANDING_PREPS = frozenset({"behind"})
VOTE_COUNT_NOUNS = frozenset({"vote", "percent", "%", "delegate", "ballot"})

# Verbs whose object occasion someone had an outcome in: "Mugabe won a presidential election over Tsvangirai".
OUTCOME_VERBS = frozenset({"win", "lose"})
# Words after "is" that say its subject is in progress: "A closed-door trial is underway".
ONGOING_WORDS = frozenset({"underway", "ongoing"})
# Whom an election is won "over": the rival, who ran in it too.
WON_OVER = frozenset({"over"})

# Modifiers of a plural occasion noun that make it a recurring series ("its annual meetings", "regular briefings").
RECURRING_WORDS = frozenset("annual yearly monthly weekly daily regular periodic biannual quarterly".split())
# Determiners that introduce an occasion as new ("a meeting", "another referendum"), not one already named.
INDEFINITE = frozenset({"a", "an", "another"})
# Determiners that, in a question, do not take the occasion as held or set: "any talk of a summit?", "no
# meeting at all?" (unlike "the summit", "his remarks", which a question presupposes).
ASKED_DETERMINERS = INDEFINITE | {"any", "no", "some"}

# "must be approved by the Senate": what a measure needs, not a vote.
NECESSITY_AUX = frozenset({"must", "should", "need"})
# Who "spoke with" a suspect in person, not by phone (ANNOTATION.md §3.5): a meeting.
QUESTIONERS = frozenset("police officer officers detective detectives investigator investigators "
                        "prosecutor prosecutors".split())

# Status: the event is planned, cancelled, or (a present progressive) under way.
FUTURE_AUX = frozenset({"will", "'ll", "’ll", "would", "'d", "’d", "shall", "wo"})
SUPPOSING_AUX = frozenset({"would", "'d", "’d", "could", "might"})  # "he'd support her in a general election"
POSSIBLE_AUX = frozenset({"can", "could", "may", "might", "ca"})  # "ca" of "can't"
PLAN_VERBS = frozenset("plan expect wait hope want intend schedule set prepare agree seek aim invite propose try "
                       "arrange promise vow pledge offer consider push urge call ask insist demand request".split())
# Times counted from the day they are said: inside a quotation, the speaker's day, not the day of publication
# ('"Today's speech shows ...," Hale said' in the next morning's report).
SPEAKER_DAYS = frozenset({"today", "tonight", "this morning", "this afternoon", "this evening", "yesterday",
                          "tomorrow", "last night"})
# Forms of a plan verb the lemmatizer gets wrong ("hopes", "hoped" as "hop"): read as that verb.
PLAN_VERB_FORMS = frozenset({"hopes", "hoped"})
# Nouns of planning: what they are "for" is to come ("plans for the summit", "preparations for the talks").
PLAN_NOUNS = frozenset("plan preparation arrangement invitation proposal".split())
# Of those, the ones that count from the time the clause tells ("the next elections" in a story of 2008).
RELATIVE_NEXT = frozenset({"next", "following"})
PLANNED_MODIFIERS = frozenset("upcoming next planned scheduled proposed future possible potential expected "
                              "forthcoming coming prospective anticipated".split())
# "a phone call made by Trump late last July": a participle that holds the occasion, so its time is the call's.
MADE_VERBS = frozenset({"make", "place", "hold"})
# Participles that put an occasion on the calendar when it is their subject: "the debate is scheduled for October
# 22", "the vote is set for Friday", "the talks are slated to resume".
# ("slat": the tagger's lemma of "slated" in some sentences)
SCHEDULE_PARTICIPLES = frozenset("schedule slate slat set plan expect due arrange".split())
# Verbs whose object occasion is set up for later: "scheduled a town hall", "proposed a summit".
PLANNING_VERBS = frozenset("schedule slate set plan arrange propose request seek want demand offer".split())
# Of those, the ones whose subject holds the occasion set up ("Biden scheduled a town hall"); an arranger or a
# petitioner may not be there.
OWN_PLANS = frozenset({"schedule", "plan"})
CANCEL_VERBS = frozenset("cancel postpone scrap scrub suspend abandon delay halt defer".split())
# "skipped the AIPAC meeting", "boycotted one of the debates": the occasion is held without the subject (as one
# that "did not attend"), not called off.
ABSENT_VERBS = frozenset({"skip", "boycott"})
# Cancel verbs that only move an occasion when they name its new time ("postponed the talks until Friday",
# "put off to next week"): it is still to come, on that day.
MOVE_VERBS = frozenset("postpone delay defer put push move reschedule".split())
MOVE_PREPS = frozenset({"until", "till", "to", "by"})
# An occasion that is the subject of these is scheduled ("talks were scheduled for Tuesday", "are slated to
# begin", "is set for Monday", "is due to open"); "slated" is tagged apart from its lemma, so the word too.
SCHEDULE_WORDS = frozenset("schedule reschedule slate slated set due".split())
# Verbs whose object occasion is theirs to go to or follow, so their tense is the occasion's ("will watch the debate").
WATCH_VERBS = frozenset("attend watch skip miss cover moderate win lose contest send".split())  # "send a delegation to"
CANCEL_PHRASAL = frozenset({("call", "off"), ("pull", "out"), ("back", "out"), ("put", "off"), ("rule", "out")})
# "ahead of the state's contest on Saturday", "in advance of the summit": a time before an occasion still to come
# (a day already past settles it as over, ``_settle_status``).
PROSPECTIVE_WORDS = frozenset({"ahead", "advance"})
# "before the vote", "prior to the summit", "until the talks": what is done then comes before the occasion
BEFORE_WORDS = frozenset({"before", "prior", "until"})
# "in the lead up to Tuesday's primary", "the run-up to the vote", "the build-up to the summit": the time before it.
LEAD_UP_WORDS = frozenset({"lead", "run", "build"})
# "Ross leads in the polls before the Ohio primary", "Hale trails after the debate": a present state placed before
# an occasion puts it still to come, one placed after it puts it over (not under way, as a present verb reads).
BEFORE_PREPS = frozenset({"before", "until", "till"})
# "The visit will include a meeting with Ross": what an occasion consists of, one occasion with it.
CONTAIN_VERBS = frozenset({"include", "feature", "comprise", "involve"})
AFTER_PREPS = frozenset({"after", "since"})
# Participles that ready an occasion for a time when it is their subject: "the meeting was being prepared for
# Tuesday", "talks are planned for Friday", "a visit arranged for next week".
PREPARED_FOR = frozenset({"prepare", "plan", "arrange"})
# "'d" before a past participle is "had" ("who'd travelled"), not "would".
HAD_CONTRACTIONS = frozenset({"'d", "’d"})
# "his last visit", "the previous meeting": over by the report, whatever the tense around it.
BEFORE_MODIFIERS = frozenset("last previous earlier prior".split())
# "is up for debate", "open to debate": words of a question still open, with a bare noun after "for"/"to";
# the nouns that idiom takes ("up for re-election" names the coming election).
OPEN_QUESTION_WORDS = frozenset({"up", "open"})
OPEN_QUESTION_NOUNS = frozenset({"debate", "discussion", "negotiation"})
# An occasion in progress at publication by its modifier ("the current talks", "the ongoing negotiations").
CURRENT_MODIFIERS = frozenset("current ongoing continuing present".split())
CANCELLED_MODIFIERS = frozenset("cancelled canceled postponed scrapped aborted".split())
# Which of a series an occasion is: "the first debate" and "the second debate" are two.
ORDINALS = frozenset("first second third fourth fifth sixth".split())
# "the final debate": a place in a series of debates between the same people.
SERIES_WORDS = ORDINALS | {"final"}
# "his last visit", "the previous meeting": an earlier occasion than the one the report is about.
EARLIER_MODIFIERS = frozenset("last previous earlier prior former first".split())
# Parts of a day: "Wednesday night" is a time, not a thing dated Wednesday.
DAY_PARTS = frozenset("morning afternoon evening night noon midnight".split())
# "after his meetings", "following the summit": a time given by another event.
ANCHOR_PREPS = frozenset({"after", "following"})
# Building words that make an organisation's name a place: "the White House", "the Oval Office".
PLACE_WORDS = frozenset("house office palace kremlin building hall center centre hotel room club capitol "
                        "airport base square park stadium arena university college church cathedral embassy "
                        "ministry court chamber gardens lodge resort tower memorial monument museum cemetery plaza "
                        "mosque temple synagogue".split())
# Heads followed up from an occasion noun to the verb that governs it.
CLIMB_DEPS = frozenset({"pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr", "appos", "conj", "dative", "pcomp",
                        "npadvmod", "oprd", "agent", "advmod"})
DATE_LABELS = frozenset({"DATE", "TIME"})
# Words before a month that narrow it to a third ("late last July"; ANNOTATION.md §3.5).
MONTH_PARTS = frozenset({"early", "mid", "late"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# "calling him, among other things, “a failed candidate”": how many tokens after the person called a quotation
# may open and still be the name called.
NAME_CALLED_WITHIN = 12
# "his last roll call vote", "a recorded vote": a legislator's vote in the chamber's count.
ROLL_CALL_WORDS = frozenset({"roll", "call", "roll-call", "recorded"})
# "voted against the Iraq War", "voted for the bill": what a legislature votes on (not a person).
MEASURE_NOUNS = frozenset("bill bills resolution measure law act amendment treaty deal budget motion war "
                          "authorization authorisation package legislation proposal impeachment".split())
MEASURE_LABELS = frozenset({"LAW", "EVENT"})
VOTE_ON_PREPS = frozenset({"for", "against", "on"})
# "declared him the victor in the primary", "the winner of the Nevada caucuses": who won or lost a contest ran in it.
WINNER_NOUNS = frozenset({"winner", "victor", "loser", "runner-up"})
WINNER_PREPS = frozenset({"in", "of"})
# "launched the movement with a speech": the occasion a clause's subject did it with.
INSTRUMENT_PREPS = frozenset({"with"})
# "visited the Lincoln Memorial": the verbs whose named-site object is the place, not a party.
VISIT_VERBS = frozenset({"visit"})
# "said on Boston Herald Radio's Morning Meeting program": a named broadcast programme spoken on is an interview.
PROGRAMME_NOUNS = frozenset({"program", "programme", "show", "podcast", "broadcast"})
ON_AIR_PREPS = frozenset({"on"})
ON_AIR_VERBS = frozenset({"say", "tell", "speak", "appear", "argue", "claim", "insist", "suggest", "add", "note"})
# The words that name an appearance on air, which a titled programme spoken on may be told again as.
TITLE_SMALL_WORDS = frozenset({"the", "of", "with", "and", "a", "in", "on", "for", "to"})  # inside a title
ON_AIR_NOUNS = frozenset({"interview", "appearance", "show", "program", "programme", "broadcast", "podcast"})
# "European leaders will meet", "a meeting of NATO leaders", "the foreign ministers of France, Germany and
# Poland met": leaders or ministers of several states meeting among themselves are a summit (ANNOTATION.md §3.1).
STATE_LEADER_NOUNS = frozenset({"leader", "minister", "president", "premier", "chancellor", "head"})
REGION_ADJECTIVES = frozenset("european african asian arab latin nordic baltic balkan gulf pacific western world "
                              "regional eu".split())
BODIES_OF_STATES = frozenset("nato eu g7 g-7 g20 g-20 asean brics opec osce au".split())
STATE_NOUNS = frozenset({"country", "state", "nation", "member"})
# "Both sides met", "the two delegations": the sides of a meeting by their description.
SIDE_NOUNS = frozenset({"side", "delegation"})
BOTH_WORDS = frozenset({"both", "two"})
# "was leading with 34 percent", "came in second with 16 percent of the vote": a share of the vote a candidate had.
SHARE_PREPS = frozenset({"with"})
# "several thousand people rallied": the round numbers that count a crowd before its people.
CROWD_NUMBERS = frozenset({"hundred", "thousand", "million"})
# Words any gathering's name may have ("the Libertarian National Convention", "the Annual General Meeting"): not what
# tells one body's gathering from another's (``_other_gathering``).
GATHERING_NAME_WORDS = frozenset("national annual general international world global party congress convention "
                                 "conference summit assembly meeting state federal online virtual".split())
# A gathering choosing its candidates ("at the convention, the party nominated X"), and winning its nomination there
# ("At the convention, X won the presidential nomination"): the chosen take part (``_chosen_at``).
NOMINATE_VERBS = frozenset({"nominate", "choose", "select", "pick"})
WIN_NOMINATION_VERBS = frozenset({"win", "receive", "secure", "clinch", "accept"})
NOMINATION_NOUNS = frozenset({"nomination"})
# Protests told as particular ones with no determiner (``_protests_told``): the verbs of their breaking out or going
# on ("Protests broke out", "continued across the nation") and of what defines them ("protests related to the
# death of George Floyd", "protests that followed the verdict").
PROTESTS_GO_ON = frozenset({"break", "erupt", "continue", "spread", "escalate", "flare", "intensify", "rage",
                            "resume", "begin", "start", "grow"})
PROTEST_CAUSE_VERBS = frozenset({"relate", "follow", "erupt", "break", "spark", "trigger"})
