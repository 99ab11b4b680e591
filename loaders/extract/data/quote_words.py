"""Small word lists the quotes step reads (`loaders/extract/quotes.py`): determiners, pronouns, clause openers and
other function words that decide whether a phrase can be a speaker or a clause opens. General English, nothing
article-specific; moved out of quotes.py unchanged (each keeps its type and its words)."""

# "Nothing the president said “will …”": the phrase before the verb is its object, not a speaker.
NOT_SPEAKERS = {"it's", "it’s", "there", "that's", "that’s", "there's", "there’s", "here's", "here’s", "what's",
                "what’s", "nothing", "everything", "anything", "something", "whatever", "whoever"}

NOT_IN_NP = {"is", "was", "are", "were", "be", "has", "have", "had", "cannot", "can't", "can’t", "won't", "won’t",
             "will", "would", "should", "could", "must", "may", "might", "did", "does", "do", "not", "never"}

GROUP_NOUNS = {"officials", "sources", "diplomats", "analysts", "experts", "residents", "witnesses", "critics",
               "lawmakers", "aides", "advisers", "advisors", "observers", "investigators", "prosecutors", "police",
               "authorities", "organizers", "organisers", "activists", "leaders", "economists", "scientists",
               "doctors", "officers", "protesters", "supporters", "opponents", "voters", "people", "media"}

CLAUSE_PRONOUNS = {"he", "him", "she", "it", "they", "them", "we", "us", "i", "me", "you", "yourself"}

POSSESSIVE_DETERMINERS = {"his", "her", "their", "its", "our", "my"}

# Words clipped at the front, their apostrophe written as an opening single mark ("'Tis the season", "'Twas a
# night to remember", "'Cos nobody wanted to miss it", "'Round Midnight", "rock 'n' roll"): the mark before one is
# an apostrophe, never a quote carried over to the next paragraph (`quotemarks`). Lower case, without the mark.
CLIPPED_WORDS = frozenset("""
tis twas twere twill cos cause til round bout em n neath tween
""".split())

SUBJECT_PRONOUNS = {"he", "she", "it", "they", "we", "i"}

CLAUSE_OPENING_WORDS = {"that", "it", "he", "she", "they", "we", "i", "there", "the", "a", "an", "his", "her",
                        "its", "their", "this", "these", "those"}

ANSWER_CUES = frozenset({"replied", "replies", "answered", "answers", "responded", "responds", "retorted",
                         "retorts"})

CONJUNCTIONS = frozenset({"and", "but"})

# Words a quotation line opens on when it goes on with the words of the speaker quoted before ("“And we will not go
# home”" alone on its line after her quote): such a line is the speaker's, never a heading set in quotation marks.
CONTINUING_OPENERS = frozenset({"and", "but", "or", "nor", "so", "yet", "because"})

# Words that open a clause around a noun phrase: "with spokesman X saying", "has Podesta saying".
NP_OPENERS = {"with", "has", "have", "had", "by", "after", "amid", "despite", "without"}

NOT_SUBJECT_WORDS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those",
                               "this", "that", "such", "many", "some", "several", "recent", "new", "no", "any",
                               "more", "repeated", "renewed", "growing", "in", "on", "at", "of", "for", "with"})

# "Obama ended by saying “…”": the manner of the subject's own speech.
BY_SPEAKING = {"saying", "telling", "declaring", "writing", "asking", "adding", "insisting", "warning"}

ADVERBS_BEFORE_VERB = frozenset({"then", "also", "later", "now", "again", "still", "once", "first"})
# ... the same adverbs may also follow the verb of an aside between commas ("The co-op, Kucera says now, would need …")
ADVERBS_AFTER_ASIDE_VERB = ADVERBS_BEFORE_VERB
# (their regex alternation, built once for the patterns that read them)
ADVERBS_AFTER_ASIDE_VERB_PATTERN = "|".join(sorted(ADVERBS_AFTER_ASIDE_VERB))

FUNCTION_OPENERS = frozenset({"but", "and", "so", "yet", "then", "this", "that", "it", "there", "here", "what"})

CLAUSE_OPENERS = {"if", "when", "as", "while", "although", "though", "because", "after", "before", "since",
                  "asked", "speaking", "unless", "once", "until", "whether", "where", "in", "on", "at", "for"}

# ... of them, the conditions: a condition opening the clause before a trailing speaker is the speaker's when a
# main clause with a finite verb follows its comma ("If the pilot succeeds, the two sides may extend it, X added.");
# the others ("When asked, …", "While visiting the ward on Monday, …") set the scene of the speaking
CONDITIONAL_OPENERS = frozenset({"if", "unless"})

# ... of them, the prepositions: a fronted phrase of time, place or measure ("On Monday …", "At least nine …",
# "For now, …") is the trailing speaker's words when the clause has a finite verb after it; one naming where the
# words were said ("In a statement, …", `documents.DOCUMENT_NOUNS`, `documents.UTTERANCE_NOUNS`) sets the scene
FRONTED_PHRASE_OPENERS = frozenset({"in", "on", "at", "for"})

# ... and the concessive and causal ones, the speaker's too when the opening clause has its own subject and finite
# verb ("Although the road is closed, the carts will arrive by Friday, X said."); opened by a participle ("While
# visiting the ward, …", "Although based in Oslo, …") it still sets the scene and the sentence is left out
CONCESSIVE_OPENERS = frozenset({"although", "though", "while", "whereas", "because"})

# Nouns for what is said that a relative clause without "that" may follow, its subject being the speaker: "The first
# thing the secretary said was, “…”", "the last words Reyes said were".
SAID_THING_NOUNS = frozenset("""
thing things word words message point question questions answer lesson advice line phrase sentence remark
""".split())

# What a paragraph right after a quote may call the words it takes up when they were written, painted, chanted or
# displayed rather than said by the last speaker ("“Never again.” / Those words were painted on the prison wall",
# "“Jobs now.” / The banners read the same."): opened by a determiner, such a noun makes the quote its words.
QUOTED_WORDS_NOUNS = frozenset("""
word words slogan slogans motto inscription inscriptions banner banners sign signs placard placards poster posters
graffiti message messages chant chants line lines phrase phrases headline headlines caption captions letters plaque
plaques t-shirt t-shirts shirt shirts billboard billboards mural murals note notes tweet post
""".split())
# Nouns for words handed down from someone else, which a speaker only repeats ("Kovac: My grandmother had a saying.
# “Never trust a bus …”"): before a quote in a Q&A answer, the quote is not the answer's speaker's own
SAYING_NOUNS = frozenset("saying sayings proverb proverbs adage adages".split())
QUOTED_WORDS_DETERMINERS = frozenset({"the", "these", "those", "that", "this", "such", "a", "its", "their"})
# Verbs of writing, painting, chanting or showing words: in the sentence right after a quote standing alone they
# say where the words come from ("were painted on the wall", "was scrawled", "chanted the crowd").
WRITING_VERBS = frozenset("""
painted written wrote scrawled sprayed spray-painted daubed inscribed carved etched engraved printed emblazoned
stencilled stenciled embroidered chanted chanting chant chants displayed spelled spelt reads
""".split())

# "X painted his rival as “weak”", "X summed up the plan as “a mess”": verbs that characterise their object with
# the quoted words, which are then the subject's. Only verbs that are not speech verbs already
# (`speech_verbs.LEMMAS`: "described", "dismissed", "branded" … are read as cues there); a particle follows the verb.
CHARACTERISING_LEMMAS = ("portray", "paint", "cast", "depict", "sum up", "frame", "posture", "position", "present",
                         "pitch", "admire", "refer to")
# Past participles of characterising someone's thing in a passive, with the speaker in a "by" phrase after the
# quote: 'The inquiry, often labelled as a “witch hunt” by X', 'was branded “a circus” by the opposition'. (Naming
# verbs, "named", "dubbed", give a name, not words said.)
PASSIVE_CHARACTERISING = ("described", "labelled", "labeled", "branded", "called", "characterised", "characterized",
                          "denounced", "dismissed", "derided", "condemned", "criticised", "criticized", "hailed",
                          "praised", "decried", "slammed", "termed", "blasted", "lambasted", "panned")
# ... each with "as" before the quote ("dismissed as “a political stunt” by X"); without it only these, and only
# when the quote is the characterisation, opening on "a"/"an" or a content word ("was branded “a circus” by the
# opposition", "labelled “reckless” by X"), not a name or a circumstance ("called “the goat track” by locals",
# "dismissed “without any warning” by the trust", "criticised “in front of everyone” by his manager").
PASSIVE_CHARACTERISING_BARE = ("labelled", "labeled", "branded", "described", "dubbed", "termed")

# An interview's introduction: the words right before the interviewer's name ("She spoke to Otieno Mbeki",
# "was interviewed by …", "in conversation with …"), then the words right after it ("Otieno Mbeki interviewed
# her"). A few job or possessive words may stand between ("spoke to our correspondent …").
INTERVIEWER_BEFORE = ("spoke to", "spoke with", "speaks to", "speaks with", "talked to", "talked with", "talks to",
                      "talks with", "talking to", "talking with", "speaking to", "speaking with", "interviewed by",
                      "in conversation with", "questioned by", "asked by")
INTERVIEWER_AFTER = ("interviewed", "interviews", "questioned")  # ("asked" not: "Kamau asked for patience")

# An interview set out as bare questions and answers (no "Q:"/"A:", no names): its introduction says so, with an
# editor's note on the transcript ("This interview has been condensed and edited", "Our conversation has been
# edited for length and clarity", "The following transcript …") or the writer's own interview ("I spoke with …",
# "We talked to …"). A FAQ or explainer, a live blog or a reader's letter has no such line.
UNLABELLED_INTERVIEW_CUES = (
    "edited for length", "edited for clarity", "edited for brevity", "edited for space", "condensed and edited",
    "edited and condensed", "condensed for clarity", "condensed for length", "lightly edited", "has been condensed",
    "have been condensed", "following transcript", "following interview", "following conversation",
    "this transcript", "interview transcript", "following q&a", "this q&a", "q&a has been",
)
# ... a "following …" cue is the note only when its noun ends the phrase ("The following interview has been
# edited", "the following transcript:"), not a noun's modifier ("the following interview questions"): the word after
# it is one of these, or a punctuation mark
INTERVIEW_CUE_NEXT_WORDS = frozenset("""
has have had was were is are took with between by appeared first originally below
""".split())
# ... an editor's note with a subject of its own ("This column has been edited for length") marks an interview only
# when that subject is one of these nouns ("Our conversation has been edited", "This interview has been condensed")
INTERVIEW_NOTE_NOUNS = frozenset("""
interview interviews conversation conversations transcript transcripts q&a exchange discussion chat talk
answers responses remarks questions comments
""".split())
# ... the writer's narrative after "I spoke with X": the conversation itself the subject of what follows ("I spoke
# with X, who fixes bikes, and it made me think"), the words after the mention and its apposition
WRITER_NARRATIVE_AFTER = ("and it", "and that", "and this", "but it", "but that")
# ... the writer's own interview: a first-person subject and a verb of talking, its object the interviewee
WRITER_INTERVIEW_SUBJECTS = ("I", "We")
WRITER_INTERVIEW_VERBS = ("spoke with", "spoke to", "talked with", "talked to", "caught up with", "sat down with",
                          "interviewed", "met with", "chatted with", "chatted to")

# Words that make a capitalised phrase after a voicing verb ('chanting “Hands Off Our Harbour”', 'shouted “This Is A
# Disgrace”') read as words spoken rather than a bare name shouted to sell or call it ('shouting “Evening Standard”
# to sell copies', 'yelled “Harbour United”'): pronouns and demonstratives address someone, negation and
# auxiliaries make a clause, the particles and adverbs of slogans ("Troops Out", "Down With", "Peace Now"), and the
# imperative verbs slogans open with ("Save", "Stop", "Free"). A name of an outlet, a team or a brand has none.
# A contraction is read by its first part ("I'm With Her") or as a negation ("Don't Tread On Me").
SPOKEN_PHRASE_WORDS = frozenset("""
i me my we us our you your he him his she her they them their it this that these those here there
no not never nor yes dont wont cant
is are was were be am will shall can must would should has have do does did
off out up down with away back now again enough more
save stop free end ban bring give let keep make fire lock build cancel kill go get leave send vote drain tear
defend support fight hands shame bravo
""".split())

# -ing words that are nouns a quoted phrase can modify when they follow it without a comma ('a “Danger to life”
# warning', 'the “no comment” ruling', 'a “Keep out” briefing'): the phrase names the thing, nobody speaks. Other
# -ing words there are participles whose subject says the words ('ended with “We will be back” saying it twice').
ING_NOUNS = frozenset("""
warning ruling meeting briefing hearing building finding reading posting offering booking rating ranking
setting filing showing listing opening closing sitting
""".split())
# Words after an -ing word that make it a verb taking a complement, not a noun: an object pronoun, an article or
# possessive opening its object, or "that" opening a clause ('“…” warning them', 'saying that …', 'telling the
# crowd'). An -ing noun is followed by its own verb, a preposition or nothing.
ING_VERB_COMPLEMENTS = frozenset("""
it them him her us me you that the a an his their its our my this these those
""".split())
# Words after an -ing word outside the table that make it a noun: a preposition it takes ('a “Keep off” marking
# on the sand') or its own verb ('a “Stop” marking was painted').
ING_NOUN_FOLLOWERS = frozenset("""
for of on over about from against is was are were has had will would stayed remained went came
""".split())

# Words that open a whole title of their own ("Prime Minister", "Foreign Secretary", "Deputy Mayor", "State Senator"):
# a conjunct after "and" opening with one (or with a nationality, "Sylvanian Prime Minister") is a second speaker's
# title, so the words before the "and" are a speaker of their own ("said Hamas and Sylvanian Prime Minister Dan Ezra",
# "said Freedonia and Foreign Secretary Ana Kowal"), not a coordinated portfolio ("Energy and Natural Resources
# Minister"); and it ends a body's name before it (`speaker_antecedents`).
OWN_TITLE_OPENERS = ("prime", "foreign", "deputy", "vice", "acting", "former", "interim", "chief", "senior",
                     "assistant", "associate", "executive", "general", "president", "premier", "chancellor")
# Levels of government: they open a title of her own only with a title head straight after them ("Kestel Water and
# State Senator X", "The Chamber of Commerce and County Commissioner X"), never before a subject word ("Justice and
# State Affairs Minister", "Department of Housing and City Planning Director") nor after another level ("City and
# County Attorney"): `speaker_words.opens_own_title`.
GOVERNMENT_LEVELS = ("state", "county", "city", "federal")

# The verbs of a line "X said:" that sets out X's statement below it without quotation marks (press releases):
# their lemmas (interviews.colon_block_quotes); "The following ships will call:" introduces no words spoken.
BLOCK_INTRODUCING_LEMMAS = ("say", "add", "state", "comment", "explain", "note", "write", "declare", "continue")
# ... and, for a lead-in that ends a longer paragraph with a comma ("As Lena Marsh says in her report (2019),",
# "Lena Marsh argues that,", "Marsh remarks in this connection,": an essay's block quotation follows), these too
BLOCK_COMMA_LEAD_IN_LEMMAS = BLOCK_INTRODUCING_LEMMAS + ("argue", "remark", "observe", "conclude", "insist", "put")
# ... and a lead-in that reads out or answers with the words below it, whatever its verb ("Mayor Tom Price read a
# statement to the council:", "Marsh neatly refutes this:", "Marsh puts it this way:"): the words right before the
# colon (after at most four words following the verb phrase's head)
BLOCK_LEAD_IN_OBJECTS = ("read a statement", "read out a statement", "read the statement", "read from a statement",
                         "read from the statement", "read aloud a statement", "read the following statement")
BLOCK_LEAD_IN_ENDINGS = ("this", "it this way", "it like this", "it thus")
# the verbs those endings follow (third person or past): a rebuttal or a summing-up, not "opposes this:"
BLOCK_THIS_VERBS = ("refutes", "refuted", "answers", "answered", "replies", "replied", "responds", "responded",
                    "counters", "countered", "rebuts", "rebutted", "buy", "puts", "put", "sums", "summed", "states",
                    "stated", "explains", "explained")

# Evidence that a paragraph set out below "X said:" reads as X's speech (interviews._speech_evidence): the words of
# a statement (first or second person, a modal, a present-tense or evaluative verb) ...
BLOCK_SPEECH_WORDS = ("i", "i'm", "i’m", "i've", "i’ve", "we", "we're", "we’re", "we've", "we’ve", "our", "us",
                      "my", "me", "you", "your", "will", "won't", "won’t", "must", "should", "can", "cannot",
                      "can't", "can’t", "would", "could", "may", "might", "need", "needs", "is", "are", "isn't",
                      "isn’t", "aren't", "aren’t", "has", "have", "remains", "remain", "welcome", "welcomes",
                      "believe", "believes", "hope", "hopes", "urge", "urges", "thank", "thanks")
# ... and evidence against: a line opening on a link, an embed or a reporter's transition ("Read more: …",
# "Watch the video below.", "Next, the numbers.") ...
BLOCK_NOT_SPEECH_OPENERS = ("read more", "read also", "related", "see also", "more:", "watch", "listen", "click",
                            "video:", "photo:", "pictured", "next,", "meanwhile,", "subscribe", "sign up",
                            "follow us", "share this")
# ... a narrative verb in the past ("The meeting then moved on …") with no word of a statement beside it; a
# colon line announcing a list ("the following roads will close:"); the words of a past the writer reports of
# themself after a statement ("I was at the same meeting …", "We asked the council …").
BLOCK_LIST_CUES = ("the following", "as follows", "these are", "below")
BLOCK_NARRATIVE_WORDS = ("then", "later", "afterwards", "moved on", "went on", "turned to")
BLOCK_WRITER_PAST = ("was", "were", "asked", "contacted", "approached", "spoke", "went", "visited", "called",
                     "emailed", "wrote", "requested", "reached", "put", "sat", "attended", "covered")

# A transcript's one-word label ("Talmadge:") is the full name the article writes ending on it
# (interviews._written_in_full) — not when the word before is a place's ("Mount Talmadge", "Upper Hennessy") or
# the name runs on into a place's noun ("Upper Hennessy Road").
LABEL_PLACE_FIRST_WORDS = frozenset("""
mount mt upper lower lake port fort cape north south east west new old saint st glen great little greater central
inner outer mid north-east north-west south-east south-west river loch isle point
""".split())
LABEL_PLACE_FOLLOWERS = frozenset("""
road street avenue lane drive way place square park hill bridge station close crescent terrace highway boulevard
river valley range peak mountain lake bay island airport hall house building tower estate
""".split())

# "Whitlow told reporters:", "The minister told the meeting on Monday:": "told" and an audience introduce a
# statement below as "said:" does (interviews.colon_block_quotes); "told the story:" names no audience.
BLOCK_TOLD_AUDIENCES = ("reporters", "journalists", "the press", "the media", "media", "the meeting", "the audience",
                        "the crowd", "the committee", "the inquiry", "the court", "the hearing", "parliament",
                        "the council", "councillors", "supporters", "delegates", "residents", "the house",
                        "the senate", "lawmakers", "mps", "staff", "shareholders", "investors", "listeners",
                        "viewers", "readers", "the conference", "the rally", "the summit", "a news conference",
                        "a press conference", "a briefing")

# Words someone only would say (quotes._unsaid): a modal and a speech verb right before the quote, in a sentence
# opening "As …" ("As Holmes would say, “…”") or holding an "if" ("if anyone objected, Marsh would answer, “…”").
# Without either, "would say" is habitual past ("Every morning he would say, “…”"): said, and a quote.
HYPOTHETICAL_MODALS = ("would", "might", "could")
HYPOTHETICAL_SPEECH_VERBS = ("say", "answer", "reply", "respond", "retort", "argue", "object", "ask", "put it",
                             "tell you", "tell us", "tell them")

# A short quote used as a modifier of the noun right after it is the writer's marked term, nobody's words: "its
# “coping” function", "an “active control” design", "the so-called “green corridor” plan". The quote must stand
# right after one of these determiners (maybe with "so-called" between) and before a lowercase word that is none of
# `NOT_MODIFIED_HEADS` (a verb or function word goes on the sentence: "the “reform” was", "a “betrayal” and").
MODIFIER_QUOTE_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this",
                                        "that", "these", "those", "so-called"})
NOT_MODIFIED_HEADS = frozenset("""
and or but nor of to in on at by for from with as into onto than then that which who whom whose what when where why
how is was are were be been being am has have had do does did will would could can may might must shall should
said says say told tells it he she they we i you not no so too also just only even still yet if because while
though although after before since until unless whether like about over under up down out off per via
this these those every each some any all here there now today tonight yesterday tomorrow again soon
later earlier already ever never once twice either neither both last next
""".split())
# ... but a single evaluative word is the speaker's even so ("attacked the “dishonest” pollsters"): a one-word term
# counts only after a possessive or "so-called", or as a gerund ("its “coping” function").
MODIFIER_QUOTE_ONE_WORD_DETERMINERS = frozenset({"its", "his", "her", "their", "our", "my", "your", "so-called"})
# Causative verbs whose object is the subject of the infinitive after them: in "The audit prompted Senator X to
# state, “…”" or "forced X to admit: “…”" X speaks, not the audit. Asking verbs ("urged X to say") are left out:
# there the quote may be the asker's own words.
CAUSATIVE_VERBS = frozenset("""
prompted prompts prompting led leads leading forced forces forcing caused causes causing compelled compels
compelling drove drives driving spurred spurs spurring provoked provokes provoking moved moves moving
pushed pushes pushing inspired inspires inspiring
""".split())
# Nouns for a person's own answer or words: with the person's possessive before a colon they introduce that person's
# words ("His verdict on the offer was short: “…”", "Quint's reaction: “…”"). Not signs, mottos or headlines,
# which nobody in the sentence need have said.
RESPONSE_NOUNS = frozenset("""
reaction response reply answer verdict retort rejoinder comment comments message advice warning explanation
assessment take view plea promise pledge prediction argument defence defense excuse words statement question
request demand appeal instruction instructions conclusion diagnosis
""".split())
# How a person spoke, as the whole predicate of a sentence after their name ("Crane was blunt.", "Crane was more
# direct.", "Crane did not hold back."): like a speech verb, it introduces the quote that follows in the paragraph.
# Only manner-of-speaking words: "Reyes was tired." or "was in court" says nothing of speaking.
SPEAKING_MANNER_WORDS = frozenset("""
blunt direct candid frank forthright outspoken emphatic unequivocal unapologetic defiant adamant categorical
succinct terse curt brief plainspoken blunter
""".split())
SPEAKING_MANNER_PHRASES = ("did not hold back", "didn't hold back", "didn’t hold back", "did not mince words",
                           "didn't mince words", "didn’t mince words", "minced no words", "was not shy",
                           "was never shy")

# Verbs of telling whose passive after a quote makes its subject the listener ("“…,” this newspaper was told by a
# spokesman", "“…,” reporters were told"): the agent after "by", if any, is the speaker, the subject never.
LISTENER_PASSIVE_CUES = frozenset({"told", "informed", "assured", "reminded"})
# The means, not the person, a "by" phrase after such a passive may name ("the court was told by video link from
# Madrid", "by phone", "by letter"): a head (words up to a preposition) made only of these, in lowercase, gives no
# speaker; a name or a person noun in the head ("by a telephone engineer") speaks.
# Adverbs that may stand between such a passive's "was"/"were" and its verb ("“…,” members were later told by the
# treasurer", "the court was also told"); any "-ly" word counts too.
PASSIVE_ADVERBS = frozenset({"later", "also", "then", "again", "once", "often", "still", "soon", "since", "never",
                             "earlier", "twice", "first", "previously", "reportedly"})
BY_MEANS_WORDS = frozenset({"video", "videolink", "video-link", "phone", "telephone", "letter", "email", "e-mail",
                            "text", "message", "fax", "radio", "satellite", "link", "videoconference", "zoom",
                            "post", "mail", "written", "recorded", "statement", "webcam", "livestream"})

# After a quoted fragment that opens a reported clause ('said that “we need more facts” …', read by
# `quotemarks.fragment_opens_clause`), words that are the reporting verb's, not the clause's, so that the fragment
# is the whole clause:
# - an attribution or source ("… according to the minutes", "… as reported by the Post");
FRAGMENT_TAIL_SOURCES = ("according to", "as reported by", "as quoted by", "as cited by", "as told to")
# - the medium or occasion the words came in, after one of these prepositions and at most two modifiers ("… in a written
#   statement", "… in an interview released on Friday", "… during her speech to the pilots", "… on Twitter");
FRAGMENT_TAIL_MEDIUM_PREPOSITIONS = ("in", "on", "during", "via", "through", "at", "over", "by")
FRAGMENT_TAIL_MEDIA = frozenset("""
statement statements release communique communiqué letter memo memorandum notice bulletin announcement declaration
filing submission email e-mail post tweet message note briefing transcript editorial op-ed interview interviews
speech speeches address remarks comments testimony hearing podcast broadcast video livestream conference
call phone telephone radio television tv twitter facebook instagram youtube x tiktok blog newsletter
meeting meetings rally summit session event ceremony gathering forum debate
""".split())
#   ("press" alone is no medium: "a press release/conference/briefing" has its medium noun after it, "the press room"
#   is a place); the phrase is the verb's only when it ends the sentence or only these follow its medium noun (or
#   the source's words): a comma, further prepositional phrases ("… of the meeting", "… to the pilots"), a time
#   ("… last week") or one of these participles of the medium ("… in a letter sent to the council"), all with no
#   verb of the clause: an auxiliary, a past verb or an "-ed" word not after a determiner ("“the fees” in the letter
#   were too high", "“the fees” in the letter rose too fast", "“a bomb” at the rally killed three people", "“a fair
#   levy” according to tonnage would help");
FRAGMENT_TAIL_AFTER_MEDIUM_PREPOSITIONS = frozenset("""
of to in on at by for from with about before after during over via through across near outside inside among
""".split())
FRAGMENT_TAIL_MEDIUM_PARTICIPLES = frozenset("""
released issued published posted sent given made delivered read broadcast aired filed shared signed written
recorded seen obtained quoted cited addressed circulated distributed uploaded streamed televised
""".split())
FRAGMENT_TAIL_TIME_OPENERS = frozenset("last this next earlier later yesterday today tonight".split())
FRAGMENT_TAIL_DETERMINERS = frozenset("a an the its his her their our my your this that these those".split())
FRAGMENT_TAIL_AUXILIARIES = frozenset("""
is are was were be been am will would shall should can could may might must has have had do does did
isn't aren't wasn't weren't won't wouldn't can't couldn't shouldn't hasn't haven't hadn't don't doesn't didn't
isn’t aren’t wasn’t weren’t won’t wouldn’t can’t couldn’t shouldn’t hasn’t haven’t hadn’t don’t doesn’t didn’t
""".split())
# - the speaker's next action, coordinated with the reporting verb: "and"/"but", maybe one of these adverbs, then a
#   past verb (a "-ed" word, one of `FRAGMENT_TAIL_PAST_VERBS`, or a speech verb): "… and then walked out", "… and
#   urged calm", "… but gave no date"; a sequence adverb is enough when nothing follows it, not before a new subject
#   ("… and then the workers walked out" is the clause's).
FRAGMENT_TAIL_SEQUENCE_ADVERBS = frozenset({"then", "later", "afterwards", "subsequently", "soon", "quickly"})
FRAGMENT_TAIL_ADVERBS = FRAGMENT_TAIL_SEQUENCE_ADVERBS | frozenset({"also", "again", "still", "even", "swiftly"})
#   Before that past verb, time phrases and the speaker's own subject pronoun are passed over too ("… and then on
#   Friday signed it", "… and later that day left", "… and a week later resigned", "… and then she left the hall"),
#   never a noun that is no time ("… and then on Friday the crews walked out", "… and later a barge sank" and "… and
#   then it collapsed" are the clause's). A time phrase holds a word of `FRAGMENT_TAIL_TIME_WORDS` (or a digit) and
#   is one of: a preposition, any modifiers, the time ("on Friday morning", "at the weekend"); a modifier, the time
#   ("that day", "this morning", "the next day": a bare "the" is not enough, "the end came" is the clause's); a
#   count, the time and a word of lateness ("a week later", "two days afterwards", "hours later").
FRAGMENT_TAIL_SPEAKER_PRONOUNS = frozenset({"he", "she"})
FRAGMENT_TAIL_TIME_PREPOSITIONS = frozenset("on in at during over by within".split())
FRAGMENT_TAIL_TIME_MODIFIERS = frozenset("that this next following same last early late".split())
FRAGMENT_TAIL_TIME_PHRASE_WORDS = frozenset("the a an of".split()) | FRAGMENT_TAIL_TIME_MODIFIERS
FRAGMENT_TAIL_TIME_COUNTS = frozenset("""
a an one two three four five six seven eight nine ten eleven twelve few several some many
""".split())
FRAGMENT_TAIL_TIME_LATENESS = frozenset("later afterwards after on".split())
FRAGMENT_TAIL_PAST_VERBS = frozenset("""
left went came gave took made held met sat stood rose ran got put set sent kept spoke told said wrote read drove
flew threw shook hung won lost led fell brought bought thought felt began broke chose drew ate heard paid sold
""".split())
# A short phrase after a preposition alone after the fragment is the reporting verb's adjunct only when it tells a
# time ("… on Tuesday", "… in March", "… at the weekend", "… in 2019"; any word with a digit counts too); any other
# is the clause's ("“the vote was rigged” in three wards", "“no deal is near” on the berth fees").
FRAGMENT_TAIL_TIME_WORDS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december spring summer autumn fall winter yesterday today tonight tomorrow morning
afternoon evening night overnight day days week weeks weekend month months year years time times moment hour
hours minute minutes past end start beginning outset
""".split())

# Where a speaker may say a that-clause with no determiner before the place ("wrote on Facebook that …", "responds
# from the podium that …"): the platforms written "on" a name, and the places in a chamber or court spoken "from"
# (read by `indirect`, between a speech verb and its "that" only)
MEDIUM_PLATFORMS = ("Facebook", "Twitter", "X", "Instagram", "LinkedIn", "Telegram", "TikTok", "YouTube", "WhatsApp",
                    "Threads", "Bluesky", "Weibo", "WeChat", "social media")
SPEAKING_PLACES = ("podium", "floor", "dock", "stand", "witness box", "witness stand", "bench", "pulpit", "stage",
                   "dispatch box", "lectern")

# Adverbs a plural subject's bare present verb may follow ("said the numbers only work", "says the buyers still
# pay"): after a determiner, a plural noun and one of these, a word that is no function word is the clause's verb
# (read by `indirect`)
VERB_ADVERBS = ("only", "still", "also", "now", "never", "often", "rarely", "always", "already", "just", "really",
                "simply", "usually", "sometimes", "no longer")
# ... words that are no verb after such an adverb ("said the words only once", "the prices only in May")
NOT_VERBS_AFTER_ADVERB = frozenset({"once", "twice", "then", "when", "if", "as", "so", "than", "because", "after",
                                    "before", "since", "until", "a", "an", "the", "this", "that", "these", "those",
                                    "one", "two", "three", "few", "some", "half", "about", "for", "to", "in", "on",
                                    "at", "by", "of", "with", "from", "and", "or", "but", "recently", "briefly",
                                    # past participles after an object noun ("wrote the songs still sung at …"; any
                                    # '-ed' or '-ing' word is refused by `indirect` too)
                                    "sung", "kept", "spoken", "held", "known", "seen", "shown", "done", "gone",
                                    "grown", "born", "told", "sold", "found", "heard", "made", "paid", "built",
                                    "written", "given", "taken", "worn", "won", "lost", "left", "sent", "spent",
                                    "read", "hung", "taught", "bought", "brought", "thought", "caught", "fought",
                                    "going", "doing", "being", "using", "dying", "lying", "seeing"})
# ... verbs ending in '-ing' that are bare presents, not participles ("the costs still bring …")
BARE_VERBS_IN_ING = frozenset({"bring", "cling", "fling", "sling", "sting", "swing", "wring", "spring", "string",
                               "sing", "ring"})
# Nouns naming written or titled words that a quoted fragment after them names ("the motto “stays afloat”",
# "the song “runs like water”"): no clause of a subject and its verb (read by `indirect`, with SAID_THING_NOUNS and
# QUOTED_WORDS_NOUNS)
NAMED_WORDS_NOUNS = frozenset("""
title titles song songs name names nickname label tagline book film album poem play show series column
""".split())
