"""Speech verbs: the one table that every cue list and pattern of the people, quotes and speakers rules is built from.

A verb is listed once, by lemma: irregular verbs with their forms (`IRREGULAR`), regular ones by lemma
(`REGULAR`, inflected by `forms`). Flags say how the verb behaves: `NOUN_LIKE` lemmas are mostly nouns in their
bare form ("from state to state"), so only their inflections cue; `NOUN_PLURALS`, whose -s form is mostly a
plural noun ("his comments"), lose that form too; `OBJECT_LEMMAS` take the person they judge or name as object
("condemned her record"), so after a quotation they never introduce its speaker.

The roles below name which forms serve each rule ("a verb that ends the sentence before a quote", "a verb that
takes a clause without 'that'"). Every word of a role must be a form of a lemma of this table (a test checks
it), so adding a verb or a form here is the one edit that reaches every rule. `alternation(words)` joins a role
into a regex alternation (refusing an empty one, which would match everywhere).
"""
from __future__ import annotations

import re

IRREGULAR = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "writing", "written"),
    "speak": ("speak", "speaks", "spoke", "speaking", "spoken"),
    "think": ("think", "thinks", "thought", "thinking"),
    "put": ("put", "puts", "putting", "put it"),  # "as X put it"
    "make clear": ("makes clear", "made clear", "making clear"),  # "X made clear her aim to “…”" (not "make")
    "cry": ("cry", "cries", "cried", "crying"),
    "reply": ("reply", "replies", "replied", "replying"),
    "testify": ("testify", "testifies", "testified", "testifying"),
    "deny": ("deny", "denies", "denied", "denying"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "decry": ("decry", "decries", "decried", "decrying"),
    "rip": ("rips", "ripped", "ripping"),
    "begin": ("begin", "begins", "began", "beginning"),
    "read": ("reads", "read"),  # "…,” the statement reads / read the email
    "find": ("finds", "found", "finding"),  # (only with "that": "finding that the board had …")
    "show": ("shows", "showed"),
    "echo": ("echoes", "echoed", "echoing"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "refer": ("refers", "referred", "referring"),
    "demur": ("demurs", "demurred", "demurring"),
    "submit": ("submit", "submits", "submitted", "submitting"),  # counsel's argument: "X submitted that …"
    "signal": ("signals", "signaled", "signalled", "signaling", "signalling"),
    "sing": ("sing", "sings", "sang", "singing", "sung"),  # a song's words: "In her hit, Vell sings, “…”"
}
REGULAR = (
    "add", "state", "note", "explain", "argue", "claim", "insist", "warn", "declare", "announce", "tweet",
    "post", "continue", "ask", "respond", "answer", "recall", "acknowledge", "admit", "concede", "contend",
    "assert", "suggest", "indicate", "predict", "promise", "vow", "pledge", "urge", "describe", "complain",
    "boast", "joke", "remark", "observe", "comment", "confirm", "report", "emphasize", "emphasise", "stress",
    "recount", "lament", "shout", "yell", "exclaim", "mutter", "whisper", "charge", "counter",
    "retort", "believe", "agree", "conclude", "mention", "reiterate", "repeat", "caution", "maintain",
    "proclaim", "opine", "muse", "wonder", "interject", "elaborate", "thunder", "snap", "sigh", "laugh",
    "assure", "reassure", "express", "welcome", "condemn", "accuse", "demand", "blast", "slam", "criticize",
    "criticise", "praise", "reveal", "disclose", "estimate", "hint", "allege", "advise", "recommend", "warn",
    "threaten", "inform", "remind", "signal", "stipulate", "underline", "underscore", "highlight", "call",
    "dub", "label", "brand", "term", "describe", "quote", "cite", "rule", "propose", "ask",
    "plead", "beg", "implore", "hope", "fear", "worry", "complain", "protest", "object", "question",
    "thank", "blame", "credit", "mock", "applaud", "ridicule", "dismiss", "hail", "tout", "brag", "vow",
    "chant", "scream", "characterize", "characterise", "refer", "find", "show", "echo", "demur", "lecture",
    "apologize", "apologise", "reflect", "deride", "denounce", "lambaste", "talk",
    "relate",  # telling: "The pastor related that he had prayed" (the bare "relate to" is no cue: NOUN_LIKE)
)


# Verbs whose bare form is mostly a noun ("from state to state", "in charge of"): only inflected forms cue.
NOUN_LIKE = frozenset({
    "state", "charge", "post", "term", "label", "brand", "object", "question", "rule", "counter", "answer",
    "report", "comment", "call", "quote", "cite", "blast", "slam", "signal", "highlight", "estimate", "promise",
    "pledge", "vow", "demand", "praise", "welcome", "express", "caution", "stress", "repeat", "protest",
    "remark", "joke", "boast", "continue", "respond", "reply", "cry", "shout", "laugh", "sigh", "snap",
    "thunder", "muse", "wonder", "tweet", "hint", "fear", "hope", "worry", "beg", "plead", "put", "begin",
    "dub", "rule", "observe", "note", "add", "post", "mention", "speak", "write", "tell", "recount", "ask",
    "urge", "find", "show", "echo", "lecture", "reflect", "credit", "talk", "relate",
})


# ... and whose -s form is mostly a plural noun ("neighboring states", "his comments"); "reports" stays a
# cue word so that "reports in the press that" can be read, but it never attributes on its own.
NOUN_PLURALS = frozenset({
    "state", "charge", "comment", "call", "question", "answer", "note", "post", "quote", "remark", "joke", "cry",
    "laugh", "sigh", "snap", "thunder", "promise", "pledge", "vow", "demand", "estimate", "signal", "highlight",
    "hint", "fear", "hope", "worry", "protest", "object", "rule", "term", "label", "brand", "counter", "blast",
    "slam", "praise", "welcome", "stress", "repeat", "credit", "talk",
})



# Verbs that take the person they judge or name as object: after a quote they are never inverted cues.
OBJECT_LEMMAS = (
    "condemn", "blast", "slam", "criticize", "criticise", "praise", "accuse", "mock", "deride", "denounce",
    "lambaste", "decry", "rip", "call", "dub", "label", "brand", "term", "describe", "thank", "blame", "credit",
    "hail", "tout", "dismiss", "ridicule", "applaud", "welcome", "urge", "quote", "cite", "characterize",
    "characterise", "refer", "find", "show", "lecture", "remind", "inform", "advise", "threaten", "beg",
    "implore", "question",
)


def inflections(lemma: str) -> tuple[str, ...]:
    """Every form of a lemma: the irregular table's, else base, -s, past and -ing built by rule."""
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    if lemma.endswith("ee"):  # agree: agreed, agreeing
        return lemma, lemma + "s", lemma + "d", lemma + "ing"
    if lemma.endswith("e"):
        return lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"
    if _CONSONANT_Y.search(lemma):  # worry: worries, worried, worrying
        return lemma, _s_form(lemma), lemma[:-1] + "ied", lemma + "ing"
    if _SHORT_CLOSED.fullmatch(lemma.replace("qu", "q")):  # slam, beg, quip: slammed, begging, quipped
        return lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    return lemma, _s_form(lemma), lemma + "ed", lemma + "ing"


_CONSONANT_Y = re.compile(r"[^aeiou]y$")
# One syllable closed by a single consonant after a single vowel doubles that consonant before -ed/-ing. Longer
# verbs double only when stressed at the end (admit, refer), which spelling does not show: they are IRREGULAR.
_SHORT_CLOSED = re.compile(r"[^aeiouy]*[aeiou][b-df-hj-np-tvz]")


def _s_form(lemma: str) -> str:
    if _CONSONANT_Y.search(lemma):
        return lemma[:-1] + "ies"
    return lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else lemma + "s"


def forms(lemma: str) -> tuple[str, ...]:
    """The forms of a lemma that cue speech: without the bare form of a noun-like verb, nor the plural-looking
    -s form of one whose -s form is mostly a noun."""
    found = inflections(lemma)
    if lemma in NOUN_LIKE:
        found = found[1:]
        if lemma in NOUN_PLURALS:
            found = tuple(form for form in found if form != _s_form(lemma))
    return found


LEMMAS = tuple(dict.fromkeys((*IRREGULAR, *REGULAR)))
# The -s forms that `forms` drops as mostly plural nouns ("his calls", "her notes"): they are verbs right after a
# name or "he"/"she" ("Shorr calls the bill “…”", "she notes"), which is where the quotes rules read them.
S_FORMS_AFTER_SUBJECT = frozenset(_s_form(lemma) for lemma in NOUN_PLURALS if lemma in LEMMAS) - {"reports", "talks"}
# Every form of every lemma (cue or not), to check the roles against.
ALL_FORMS = frozenset(form for lemma in LEMMAS for form in inflections(lemma))

# Stance verbs: taking a side without reporting words ("Ana Ruiz disagreed."). Not cue words (no quote is
# attributed by them), but a sentence whose named subject takes a stance, like one whose subject speaks,
# introduces the unattributed quote after it (`INTRODUCING`).
# A gesture before words is taking a side too ("Lopez shrugged. “…”"), and so is approving or scoffing ("Puig
# approves. “…”", "Lopez scoffed at the idea. “…”").
STANCE_LEMMAS = ("disagree", "dissent", "differ", "concur", "shrug", "nod", "smile", "grin", "frown", "approve",
                 "disapprove", "scoff", "chuckle", "bristle", "balk", "demur")
STANCE_FORMS = frozenset(form for lemma in STANCE_LEMMAS for form in inflections(lemma))

# Outcome verbs: they tell what someone agreed, concluded or found, not words they spoke. Inside what another
# speaker is reported to have said in the same sentence ("X said the two sides had agreed on the need for “…”"),
# their subject is not the speaker of the quoted words: the reporting speaker is.
OUTCOME_LEMMAS = ("agree", "conclude", "find", "show", "reflect")

# Verbs only a person or a body speaks by: a thing ("the data", "the ruling", "the video") as their subject makes
# something plain, says nothing ("The data made clear that the “recovery” was uneven" is nobody's quote; "The video
# made clear …“going far too fast,” prosecutor Ana Lind told the jury" is hers).
SPEAKER_ONLY_LEMMAS = ("make clear",)

# Absence: the words that, in the verb group after an office holder named for the first time, say the person is
# not in the scene ("Mayor Ann Bell did not attend.", "Governor Ann Bell was not there.", "... skipped the meeting",
# "... declined to comment", "... was abroad"). Such a sentence does not bring in the next unattributed quote; an
# office holder doing anything else in the story ("met the farmers", "visited the ward", "was there") does.
NEGATIONS = ("not", "n't", "never", "no longer", "neither", "nor", "no one", "nobody")
ABSENCE_WORDS = frozenset("""
skip skips skipped skipping miss misses missed missing boycott boycotts boycotted avoid avoids avoided decline
declines declined refuse refuses refused fail fails failed absent away abroad elsewhere unavailable unreachable
""".split())

# -- the cue words and the roles --------------------------------------------------------------------------------
CUE_WORDS = frozenset(form for lemma in LEMMAS for form in forms(lemma))
OUTCOME_FORMS = frozenset(form for lemma in OUTCOME_LEMMAS for form in inflections(lemma))
SPEAKER_ONLY_FORMS = frozenset(form for lemma in SPEAKER_ONLY_LEMMAS for form in inflections(lemma))
# Cue words that read as a clause's verb (not the plural nouns "reports", "calls", "comments" ...).
CLAUSE_VERBS = CUE_WORDS - {"head", "heads", "charges", "states", "reports", "calls", "questions", "comments",
                            "answers"}
OBJECT_VERB_FORMS = frozenset(form for lemma in OBJECT_LEMMAS for form in forms(lemma))

# Right before an opening mark, taking the quote as its object however short: 'Carter said “maybe”'.
LEAD = (
    "said", "says", "saying", "say", "told", "tells", "telling", "added", "adds", "adding", "wrote", "writes",
    "writing", "tweeted", "tweeting", "replied", "replying", "answered", "answering", "responded", "responding",
    "declared", "declaring", "exclaimed", "shouted", "shouting", "yelled", "yelling", "chanted", "chanting",
    "admitted", "admitting", "insisted", "insisting", "warned", "warning", "asked", "asking", "repeated",
    "repeating", "whispered", "muttered", "quipped", "joked", "joking", "promised", "promising", "vowed", "vowing",
)
# Voicing verbs and nouns right before an opening mark: what is shouted or chanted is words however it is
# capitalised ('protesters chanting “Hands Off Our Harbour”', 'a chant of “Save The Mill!”'), unlike what is
# written, sung or shown, which may be a title.
VOCAL_LEAD = ("shouted", "shouting", "shouts of", "yelled", "yelling", "chanted", "chanting", "chant of",
              "chants of", "exclaimed", "screamed", "screaming", "screams of", "cries of", "cried")
# The verb of an "as" clause of saying before a quote: 'As Lopez likes to say, “…”', 'As they say about X, “…”'.
AS_SAYING_VERBS = ("say", "says", "said", "put it", "puts it", "write", "writes", "wrote", "note", "notes", "noted",
                   "observe", "observes", "observed", "remark", "remarks", "remarked", "quip", "quips", "quipped",
                   "joke", "jokes", "joked", "tell it", "tells it", "told it")
# Attributing a quote even from the next sentence: '…done.” Trump said.'
CORE = frozenset({"said", "says", "added", "adds", "told", "tells", "wrote", "writes", "asked", "asks",
                  "explained", "explains", "continued", "continues", "noted", "notes", "stated", "replied",
                  "responded", "tweeted", "insisted", "recalled", "declared", "quipped", "joked", "remarked",
                  "warned", "argued", "put it"})
# Opening a sentence with the speaker after it: 'Said Carter: “…”'.
SENTENCE_INITIAL = ("said", "says", "added", "adds", "wrote", "writes", "recalled", "explained")
# Closing a sentence after the quote has run on: '“…” and fund the repairs, Mr. Carter said.' ("told X" too).
SENTENCE_FINAL = ("said", "says", "added", "adds", "noted", "notes", "explained", "wrote", "writes", "argued",
                  "insisted", "recalled", "continued", "warned")
# Ending the sentence before a quote that it introduces: 'X said in a statement. “…”' ("told X" too).
PREVIOUS_SENTENCE = ("said", "says", "wrote", "writes", "added", "adds", "stated", "states", "explained",
                     "explains", "continued", "continues", "tweeted", "noted", "notes", "suggested", "suggests",
                     "recalled", "recalls", "argued", "argues", "warned", "warns")
# Another's claim the reported clause answers ('denied that the city had cut the fund, as a group claimed in a
# letter'): an "as" clause with one of these verbs stays in the clause it qualifies, as the speaker's denial is of it.
OTHERS_CLAIM = ("claimed", "alleged", "reported", "suggested", "charged", "asserted", "contended")
# The speaker's own acts beside her words, past tense: gestures and refusals ('said the levee had held and declined
# to say more', '… and smiled at the crowd'). After "and"/"but" one ends the reported clause even where the clause's
# "had" could govern it as a participle (`indirect`).
SPEAKER_ACTS_PAST = frozenset("""
declined refused smiled grinned laughed nodded shrugged sighed frowned winced paused pointed gestured waved defended
""".split())
# ... and movements and leave-takings, as often the clause subject's own ('said the ferry had left Elm and headed for
# the coast'): the speaker's only after her pronoun as the clause's subject or with her possessive after them ('said
# she had seen the report and resigned', '… and moved to the hills with her family').
SPEAKER_MOVES_PAST = frozenset("""
walked stepped returned moved turned headed resigned apologized apologised
""".split())
# Reporting a clause ('X said that …', 'X said the plan …').
THAT = (
    "said", "says", "say", "added", "adds", "noted", "notes", "argued", "argues", "claimed", "claims", "stated",
    "states", "suggested", "suggests", "indicated", "indicates", "warned", "warns", "insisted", "insists",
    "explained", "explains", "announced", "announces", "believes", "believed", "thinks", "thought",
    "acknowledged", "acknowledges", "admitted", "admits", "conceded", "concedes", "contended", "contends",
    "asserted", "asserts", "predicted", "predicts", "promised", "promises", "vowed", "vows", "pledged", "pledges",
    "confirmed", "confirms", "denied", "denies", "reported", "reports", "emphasized", "emphasised", "stressed",
    "stresses", "recalled", "recalls", "complained", "complains", "charged", "charges", "hoped", "hopes",
    "feared", "fears", "agreed", "agrees", "concluded", "concludes", "maintained", "maintains", "reiterated",
    "reiterates", "wrote", "writes", "tweeted", "tweets", "declared", "declares", "revealed", "reveals",
    "alleged", "alleges", "estimated", "estimates", "replied", "replies", "responded", "responds", "answered",
    "answers", "testified", "testifies", "cautioned", "cautions", "signaled", "signalled", "signals", "conceded",
    "observed", "observes", "mentioned", "mentions", "saying", "adding",
    # a reply to someone's point ("X countered that the cost had risen"); "that" is required (not in ZERO_THAT)
    "countered", "counters", "retorted", "retorts",
    # telling a story ("Hartwell related that he had prayed for weeks"); "that" required ("related to" is none)
    "related", "relates",
    # counsel's argument in court reports ("X submitted that the notice was void"); "that" required ("submitted
    # a report" is none)
    "submitted", "submits",
    # participles after a clause's own verb ('…, warning that families would leave'): with "that" only
    "warning", "noting", "arguing", "insisting", "stressing", "explaining", "claiming", "acknowledging",
    "suggesting", "finding",
)
# ... of which those that also take a clause without "that" ('said terrorism is …').
ZERO_THAT = frozenset({
    "said", "says", "say", "thinks", "thought", "believes", "believed", "claimed", "claims", "argued", "argues",
    "added", "adds", "insisted", "insists", "predicted", "predicts", "warned", "warns", "hoped", "hopes",
    "feared", "fears", "acknowledged", "admitted", "admits", "conceded", "concedes", "agreed", "agrees",
    "suggested", "suggests", "noted", "notes", "wrote", "writes", "contended", "contends", "asserted",
    "asserts", "maintained", "maintains", "stressed", "stresses", "complained", "complains", "saying", "adding",
    "insisting",  # ('…, insisting the ball had gone out': "insisting on" is no clause)
})
# Participles that carry on the reported clause they follow ('X said …, adding that …'): the clause's speaker
# speaks on, even one only described ("the fisheries chief said …, adding that …"); not "saying", "warning" or
# "claiming", which the reported clause's own subject may do ("said the union had rejected it, saying …").
CONTINUING_PARTICIPLES = frozenset({"adding", "noting", "stressing", "explaining", "acknowledging"})
# After a reported clause, with the speaker before ('…, the minister said.') or after them ('…, said X.').
TRAILING = ("said", "says", "added", "adds", "noted", "notes", "stressed", "stresses", "explained", "explains",
            "insisted", "insists", "stated", "recalled", "recalls", "argued", "argues", "confirmed", "confirms",
            "wrote", "writes",  # (a letter, a post or a memoir quoted: '…, Taylor wrote.', '…, wrote Taylor.')
            "warned", "warns", "acknowledged", "acknowledges", "conceded", "concedes", "admitted", "admits",
            "predicted", "predicts", "cautioned", "cautions", "observed", "observes", "asserted", "asserts")
# ... of which these never take the speaker after them: their object comes there ('…, confirmed X as chair',
# '…, admitted X to hospital', '…, stated X's case')
NOT_INVERTED = frozenset({"stated", "confirmed", "confirms", "admitted", "admits"})
TRAILING_INVERTED = tuple(verb for verb in TRAILING if verb not in NOT_INVERTED)
# ... and these, inverted, may also be an action on the person after them: called home, not speaking ('…, recalled
# Envoy X from the valley', '…, recalled X, and closed the market'). The other inverted verbs are speech whatever
# follows their speaker ('…, said X, and smiled').
INVERTED_MAY_BE_ACTION = frozenset({"recalled", "recalls"})
# The titles of someone recalled from a posting: "recalled X from …" is that act only with one of these in the
# speaker phrase ('recalled Ambassador X from Oslo'); else "from" tells where the speaker spoke or what they remember
# from ('…, recalled X from the dock', 'from his years at sea')
RECALLED_TITLES = frozenset({"ambassador", "envoy", "emissary", "consul", "diplomat", "attaché", "attache",
                             "chargé"})
# People: a capitalised name right before one of these speaks ('Koval said'), or right after ('said Koval').
NAME_BEFORE_VERB = ("said", "says", "told", "wrote", "writes", "added", "asked", "argued", "stated", "insisted",
                    "explained", "noted", "warned", "tweeted", "replied", "responded", "declared", "claimed",
                    "announced")
NAME_AFTER_VERB = ("said", "says", "added", "asked", "wrote")
# Speakers: a mention followed by one of these is a subject that speaks ('Kunin, a former governor, said').
SUBJECT_BEFORE_VERB = ("said", "says", "told", "tells", "added", "adds", "wrote", "writes", "stated", "noted",
                       "explained", "argued", "insisted", "asked", "replied", "responded", "warned", "declared",
                       "announced", "tweeted", "continued", "recalled", "acknowledged", "claimed", "suggested")
SUBJECT_AFTER_VERB = ("said", "says", "added", "adds", "wrote", "writes", "asked", "explained", "noted",
                      "continued")
# A lone capitalised word before one of these is a sentence's subject ('Brenner said …').
BARE_SUBJECT = ("said", "says", "told", "tells", "added", "adds", "wrote", "writes")
# Verbs that end a name's apposition: 'X, who said …' is a clause, not a role.
APPOSITION_STOPS = ("said", "says", "told", "tells", "added", "wrote", "asked")

# After a named subject in the sentence before an unattributed quote of the same paragraph, a verb that makes the
# subject its speaker: any form of a speech verb or a stance verb ('Ana Ruiz disagreed. “…”'), never any other
# verb ('Daniel Reyes appeared in court. “…”' is not Reyes speaking).
INTRODUCING = ALL_FORMS | STANCE_FORMS

ROLES: dict[str, tuple[str, ...] | frozenset[str]] = {
    "LEAD": LEAD, "CORE": CORE, "SENTENCE_INITIAL": SENTENCE_INITIAL, "SENTENCE_FINAL": SENTENCE_FINAL,
    "PREVIOUS_SENTENCE": PREVIOUS_SENTENCE, "THAT": THAT, "ZERO_THAT": ZERO_THAT, "TRAILING": TRAILING,
    "TRAILING_INVERTED": TRAILING_INVERTED, "NAME_BEFORE_VERB": NAME_BEFORE_VERB, "NAME_AFTER_VERB": NAME_AFTER_VERB,
    "SUBJECT_BEFORE_VERB": SUBJECT_BEFORE_VERB, "SUBJECT_AFTER_VERB": SUBJECT_AFTER_VERB,
    "BARE_SUBJECT": BARE_SUBJECT, "APPOSITION_STOPS": APPOSITION_STOPS,
}


def alternation(words, capitalise: bool = False) -> str:
    """A regex alternation of the words in the order given (first letters upper-cased with `capitalise`);
    refuses an empty list, whose alternation would match everywhere."""
    words = list(words)
    if not words:
        raise ValueError("an empty word list would match everywhere")
    return "|".join(re.escape(word[:1].upper() + word[1:] if capitalise else word) for word in words)


def longest_first(words) -> list[str]:
    """The words sorted longest first (then alphabetically), for alternations that must prefer longer forms."""
    return sorted(words, key=lambda word: (-len(word), word))


# Phrases that credit the person named right after them with words or an answer, in a paragraph of narration
# ("The hall is unsafe, according to engineer Ivo Ek." / "The question was put to Ivo Ek."): that person holds the
# floor, and a quote paragraph after it is theirs (quotes.py `_credited_in_sentence`).
CREDITING_BEFORE_NAME = (
    "according to",
    "the question was put to",
    "the questions were put to",
    "that question was put to",
    "put the question to",
)

# A denier's verb forms and the nouns of things said it may take before a "that" ("rejected claims that Vik had
# agreed …", "denied the report that …"): an outcome verb inside that clause is not the speaker (read by `quotes`)
DENYING_FORMS = ("denied", "denies", "deny", "rejected", "rejects", "reject", "dismissed", "dismisses", "dismiss",
                 "refuted", "refutes", "refute", "disputed", "disputes", "dispute")
DENIED_NOUNS = ("claims", "claim", "allegations", "allegation", "reports", "report", "suggestions", "suggestion",
                "charges", "charge", "rumours", "rumour", "rumors", "rumor", "accusations", "accusation")
