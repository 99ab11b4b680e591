"""The words that open a subordinate clause or an opening adverbial, in one table, with the named subsets the
events steps build their patterns from (`parties`, `events`, `modality`, `reldates`). Each row gives a word (or a
phrase, its words separated by single spaces) and what it does; a subset is chosen by what it does, so that adding
a word here adds it everywhere it belongs. General English, nothing article-specific.
"""
from __future__ import annotations

from loaders.extract.data.dateforms import EXTRA_MONTH_NAMES, MONTH_KEYS, WEEKDAY_KEYS, weekday_numbers

# What a word does:
# - 'ahead': a clause of time whose event waits on the main clause ("will play a series, before Pakistan leave"):
#   it takes the main clause's tense;
# - 'time': a clause of time that keeps its own tense ("after Hamas fired", "since the war began");
# - 'reason', 'contrast': a clause of reason or concession ("because", "although");
# - 'condition': a condition ("unless", "if"): what it governs is not told as having happened;
# - 'when': "when", also a relative word ("the day when"), so only some rules take it;
# - 'as': "as", which also compares and names a role ("as mayor"), so only the speakers step takes it, and only
#   before a capitalised subject ("As Menendez pointed out, ...");
# - 'preposition': the word also opens a phrase before a noun ("after the summit", "despite the rain"), so it opens an
#   adverbial at a sentence's start ("Ahead of Friday's meeting, ...").
SUBORDINATOR_TABLE: tuple[tuple[str, frozenset[str]], ...] = tuple((word, frozenset(kinds.split())) for word, kinds in (
    ("before", "ahead preposition"),
    ("until", "ahead preposition"),
    ("till", "ahead preposition"),
    ("once", "ahead"),
    ("as soon as", "ahead"),
    ("when", "when"),
    ("after", "time preposition"),
    ("since", "time preposition"),
    ("while", "time"),
    ("because", "reason"),
    ("although", "contrast"),
    ("though", "contrast"),
    ("whereas", "contrast"),
    ("unless", "condition"),
    ("if", "condition"),
    ("whether", "condition"),
    ("in case", "condition"),
    ("provided that", "condition"),
    ("ahead of", "preposition"),
    ("following", "preposition"),
    ("during", "preposition"),
    ("despite", "preposition"),
    ("amid", "preposition"),
    ("prior to", "preposition"),
    ("as", "as"),
))


def words_doing(*kinds: str, without: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The table's words that do any of `kinds` and none of `without`, longest first (for alternations)."""
    chosen = [word for word, does in SUBORDINATOR_TABLE if does & set(kinds) and not does & set(without)]
    return tuple(sorted(chosen, key=len, reverse=True))


def alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of `words` (a phrase's spaces match any whitespace), without a group."""
    return "|".join(r"\s+".join(word.split()) for word in words)


# Words opening a clause after the main clause whose names act in that clause, not in the trigger's event
# ("..., before Pakistan leave for Australia", "unless Hamas agrees"): every subordinator but "when".
CLAUSE_OPENERS = words_doing("ahead", "time", "reason", "contrast", "condition")
# Clause breaks of the status reader: clauses of time, reason and concession keep their own mood; conditions are
# not breaks (the condition rule must see "unless" before the trigger it governs).
MOOD_BREAKS = words_doing("ahead", "time", "reason", "contrast")
# Clauses of time that take the main clause's tense ("will play ..., before Pakistan leave in December").
TENSE_TAKING = words_doing("ahead", "when")
# Conditions: what they govern is hypothetical.
CONDITIONS = words_doing("condition")
# Words opening a clause whose subject a later pronoun may stand for ("while Comey talked ..., he said"):
# every subordinator.
PRONOUN_CLAUSE_OPENERS = words_doing("ahead", "time", "reason", "contrast", "condition", "when", "as")
# Words opening an adverbial before the main clause ("Ahead of Friday's meeting, France and Germany unveiled").
OPENING_ADVERBIALS = words_doing("preposition", "ahead", "time", "reason", "contrast", "when")


# Verbs that govern a content clause whose pronoun subject may take up their own subject: "The council said that
# it had approved", "The ministry denied a report that it had raised". General English reporting verbs.
CONTENT_GOVERNING_VERBS: tuple[str, ...] = tuple("""
said says say denied denies deny announced announces confirmed confirms added adds stated states insisted insists
claimed claims acknowledged acknowledges admitted admits reported reports told tells explained explains argued argues
""".split())

# Relative words: a verb after one of them in a that-less clause's window belongs to a relative clause on the object
# ("says prayers that put him at peace": the prayers put him, nobody reports a clause), not to a reported clause
RELATIVE_WORDS = ("that", "who", "which", "whom", "whose")

# Words that sit between a determiner and its noun, so that a word ending in "-s" after them is the noun (a plural
# or a mass noun), not a verb in the present: "says a few words", "says a big thanks", "says a lot of things".
NOUN_PHRASE_MODIFIERS = frozenset("""
few couple lot lots number bit handful series big huge great special warm quick little small brief short long final
last first personal public private sincere massive good bad new old single kind simple proper whole full fond deep
collective second third heartfelt hearty heartiest grateful humble enormous sad silent solemn loud quiet
""".split())
# Words opening a sentence whose speech verb then takes "it" as its object, not a clause: "How X said it was …",
# "What X said it meant …", "The way X said it …"
OBJECT_CLAUSE_OPENERS = ("how", "what", "whatever", "the way", "why", "however")

# Words after "it" that make it the object of the speech verb, not a reported clause's subject: a preposition
# (read from speakers.PREPOSITIONS) or one of these adverbs and reflexives ("said it again on Monday", "said it
# herself"), unless a finite verb follows them ("said it again would be late")
OBJECT_PRONOUN_FOLLOWERS = frozenset("""
again twice once aloud too first repeatedly publicly openly loudly quietly privately himself herself itself
themselves myself ourselves yourself
""".split())

# Participles (and participle-like adjectives) that let a counted subject carry its own phrase before its verb, in
# a reported clause without "that": "said 23 people staying at a camp near Kell Point were moved", "40 families
# living by the river had been told to leave" (read by indirect._NUMBER_VERB; a plain noun phrase, "20 times in the
# meeting", is no subject)
NUMBER_SUBJECT_PARTICIPLES = frozenset("""
staying living working waiting sleeping sheltering travelling traveling held trapped stranded based injured
affected displaced evacuated
""".split())

# Adverbs that may stand before a subject written as a description the people step read as its holder's ("Later the
# minister said …", "Earlier, the minister said …"): the adverb is no word of the speaker (indirect)
ADVERBS_BEFORE_A_SUBJECT = frozenset("""
later then earlier also afterwards meanwhile again now today yesterday
""".split())

# Irregular past forms that tell no happening of their own (`eventwords.IRREGULAR_PAST` holds those that do) but
# make a reported clause without "that" finite: "said the water rose in an hour", "said demand fell", "said she
# knew the risk". Forms written the same in the present ("put", "set", "read"), words as often nouns ("saw",
# "found", "felt", "led") and forms that are also past participles, read as a noun's modifier after a verb of
# writing or telling ("wrote the letters now kept in the museum", "told the story heard in every village") are left
# out.
CLAUSE_IRREGULAR_PAST = frozenset("""
rose fell grew knew became spoke forgot
""".split())


# Pronoun subjects that, right after a noun object of a verb of speaking, open that noun's relative clause without
# "that" ("said the prayer everyone knew by heart", "sang the songs they learned at school"): the verb after them is
# the relative clause's, not a reported clause's.
REDUCED_RELATIVE_SUBJECTS = ("everyone", "everybody", "nobody", "someone", "somebody", "they", "we", "he", "she",
                             "you", "I")

# Subordinators that, after a noun object of a verb of speaking, open a time or manner clause of the object's
# sentence, not a reported clause ("said a prayer as the tide rose", "said grace before the meal grew cold").
OBJECT_TIME_SUBORDINATORS = ("as", "before", "after", "when", "while", "until", "once")


# A day told between a subject and its verb ("The port authority on Thursday denied", "Kessel Water on 3 March cut",
# "The board on Thursday night rejected"): a weekday, in full or abbreviated ("Thurs", "Weds"), with a part of the
# day after it, or a month's day either way round ("on 14 June", "on June 14"), told late or early ("late on
# Thursday"). The words come from `dateforms` (English only: the sentences read are English). A weekday followed by
# a capitalised word is the inside of a name, no day ("The Centre on Sunday Trading"), and a month without a number
# a place's ("on May Street"): `DAY_PHRASE` leaves both out. The three-letter forms count too ("on Mar 3", "on
# Sat"): only a weekday is guarded by the capital after it, a month by its number. "late"/"early" are lowercase
# only: the phrase stands between a subject and its verb, never opening a sentence ("Late on Thursday" is not read).
DAY_PARTS = ("morning", "afternoon", "evening", "night")


def _english_words(keys: tuple[str, ...], words, clipped: bool = False) -> list[str]:
    """The English spellings of `keys` (the full words, their first three letters and the short forms among
    `words` that begin one: "Thurs", "Sept"), capitalised, longest first. `clipped` also takes a short form of
    five letters at most that shares a key's first three only ("Weds"), which weekdays need and months must not
    (the German and French "Marz", "Janv" of `EXTRA_MONTH_NAMES`)."""
    found = set(keys) | {key[:3] for key in keys} | {
        word for word in words if word.isascii() and word.isalpha()
        and any(key.startswith(word) or (clipped and len(word) <= 5 and key[:3] == word[:3]) for key in keys)}
    return sorted((word.capitalize() for word in found), key=len, reverse=True)


_WEEKDAY_WORDS = "|".join(_english_words(WEEKDAY_KEYS, weekday_numbers(), clipped=True))
_MONTH_WORDS = "|".join(_english_words(MONTH_KEYS, EXTRA_MONTH_NAMES))
DAY_PHRASE = (r"(?:(?:late|early)\s+)?on\s+(?:(?:" + _WEEKDAY_WORDS + r")\.?(?:\s+(?:" + "|".join(DAY_PARTS) + r"))?(?![\w’'-])"
              r"(?!\s+[A-Z])|\d{1,2}(?:st|nd|rd|th)?\s+(?:" + _MONTH_WORDS + r")\b\.?|(?:" + _MONTH_WORDS
              + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?(?!\d))")
