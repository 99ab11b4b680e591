"""Vocabulary of the documents through which people and organisations speak ("a statement from the union",
"the letter said", "the ministry's press release"): a quote attributed to one of them is the words of its source,
named after "from", "by" or "of", or named as the subject of the sentence that issued it. One list, read by the
speaker resolver; nothing here names a particular organisation.
"""
from __future__ import annotations

DOCUMENT_NOUNS = frozenset({
    "statement", "statements", "release", "communique", "communiqué", "letter", "memo", "memorandum", "notice",
    "bulletin", "circular", "announcement", "declaration", "filing", "submission", "email", "e-mail", "post",
    "tweet", "message", "note", "advisory", "briefing", "transcript", "editorial", "op-ed",
})
# Verbs by which a subject issues a document ("the palace issued a statement", "it put out a release").
ISSUING = ("in", "issued", "released", "posted", "published", "sent", "put out", "circulated", "read out")
# Verbs by which a document, not a person, characterises something ("two reports that depicted “cost increases”"):
# a cue only in a relative clause on an issued document, whose issuer is then the source (as a speech verb they
# would make any painter or film a speaker).
DEPICTING = ("depicted", "depicts", "portrayed", "portrays", "painted", "paints")
# Verbs by which a thing holds the words a colon then gives ("the website, which contains the following statement:"):
# the thing is their source, not the sentence's subject who shared it.
CONTAINING = ("contains", "contained", "carries", "carried", "includes", "included", "reads", "read", "displays",
              "displayed", "bears", "bore", "features", "featured", "shows", "showed")
# Works whose title a quote may give in apposition ("in his column on Aug. 10, “The piling on must stop,” the
# senator …"): a title, not words spoken. (Not statements, letters or speeches: those quote their words.)
WORK_NOUNS = frozenset({
    "column", "op-ed", "article", "editorial", "essay", "book", "headline", "film", "movie", "song", "album",
    "show", "series", "podcast", "documentary", "play", "novel", "poem", "report", "study", "paper",
})
# Nouns for words themselves ("the term “undocumented immigrants”", "the slogan “Axe the tax”"): a quote after
# one is a mention of the words, not speech, whatever follows.
WORDING_NOUNS = frozenset({
    "word", "words", "term", "terms", "phrase", "phrases", "slogan", "slogans", "hashtag", "hashtags", "motto",
    "mottos", "headline", "headlines", "label", "name", "wording",
})
# Undertakings that get names ("the plan “Rivers at Risk”", "the program “Second Chance”"): with the works above,
# a short quote after one is its name, unless it goes on with the noun's verb ("the plan “offered nothing new”").
UNDERTAKING_NOUNS = frozenset({
    "program", "programme", "exhibit", "exhibition", "operation", "plan", "campaign", "initiative", "project",
    "memoir",
})
NAMED_NOUNS = WORK_NOUNS | UNDERTAKING_NOUNS
# The last word of a scheme's name ("a new “talent visa”", "the “fair harbour initiative”", "a “river rescue fund”"):
# a short bare noun phrase ending on one, right after a naming verb and its determiner (below), is the writer naming
# the scheme, not words said. Nouns an evaluation ends on as often as a name ("a “real plan”", "a “bad deal”", "an
# “unjust law”", "a “stealth tax”") are left out.
SCHEME_HEADS = frozenset({
    "initiative", "initiatives", "programme", "programmes", "program", "programs", "scheme", "schemes", "visa",
    "visas", "fund", "funds", "levy", "permit", "permits", "zone", "zones", "corridor", "loophole", "pact",
    "doctrine", "allowance", "subsidy", "card", "pass", "lane", "register", "registry", "bill", "act",
})
# The verbs that bring a scheme into being under its name, followed by a determiner ("launched the “…
# initiative”", "will introduce a new “… visa”", "set up a “… fund”"), and the phrases that hold their own
# determiner ("create a new “… fund”", "a programme called the “… scheme”"). After any other verb a quote ending on
# a scheme's head is as often the speaker's word for it ("accused ministers of creating a “slush fund”", "warned of a
# “stealth levy”", "would open a “massive loophole”", "playing the “race card”").
SCHEME_NAMING_VERBS = (
    "launch", "launches", "launched", "launching", "introduce", "introduces", "introduced", "introducing", "unveil",
    "unveils", "unveiled", "unveiling", "set up", "sets up", "setting up",
)
SCHEME_NAMING_PHRASES = (
    "create a new", "creates a new", "created a new", "creating a new", "called the", "named the", "known as the",
)
# What a person says or writes that is not a document ("in his remarks", "her reply"): with the documents above,
# the words that let a colon line introduce an unnamed speaker's quote ("The ministry's response: “…”").
UTTERANCE_NOUNS = frozenset({
    "words", "response", "remarks", "speech", "interview", "answer", "reply", "testimony", "text", "comment",
    "comments",
})
# Occasions at which words are spoken ("At a news conference on Tuesday, …", "In a televised address, …", "On a
# call with analysts, …"): a fronted phrase naming one sets the scene of the speaking, never part of what was said.
OCCASION_NOUNS = frozenset({
    "conference", "briefing", "interview", "session", "hearing", "ceremony", "meeting", "rally", "address", "call",
    "visit", "tour", "summit", "forum", "debate", "appearance", "podcast", "broadcast", "speech", "event", "launch",
    "talks", "webinar", "panel",
})
