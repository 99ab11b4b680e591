"""Roles and appositions for the people step: the title or description a name's context gives its person.

`_role_before` reads a title standing before a name ("Russian Foreign Minister", "opposition leader", "Reserve IDF
colonel", "Mr Justice"); `_apposition_after` and `_apposition_before` read a role set off by commas or brackets
after or before it ("X, former envoy to Y,", "Israel's ambassador to the UN, X,"), through `_phrase_role`, which
accepts a phrase as a role when it is headed by a title or a noun for a person. Also here: post-nominal letters
(`_postnominal`: "Jo Roe MP"), a name that is an organisation's tail ("Institute of Peace Studies"), a stacked
role split in two (`_split_stacked_role`: "Border Police commander Admiral X") and a kin word before a name
(`_kin_before`: "her son, Tunde"). The word tests come from `people_names`; `loaders.extract.people` uses these
readers.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from loaders.extract.data.cities import city_countries, fold_place, place_country
from loaders.extract.data.given_names import is_common_given_name
from loaders.extract.data.office_subjects import OFFICE_SUBJECT_LINKS, OFFICE_SUBJECTS
from loaders.extract.data.kin import (
    CORPORATE_KIN_NOUNS,
    KIN_NOUNS,
    KIN_OWNER_NOUNS,
    KIN_INDEFINITES,
    KIN_OWNERS,
    RELATION_NOUNS,
    PERSON_TIE_NOUNS,
    TIE_NOUNS,
    TIE_NOUNS_BODIES_TOO,
)
from loaders.extract.data.epithets import PEOPLE_GROUP_MEMBERS
from loaders.extract.data.postnominals import POSTNOMINAL_ROLES
from loaders.extract.data.lexicon import (
    ADJECTIVE_TITLE_HEADS,
    CLOCK_TITLES,
    COUNTRY_NAMES,
    UNMARKED_PAST_FORMS,
    ADDRESS_TITLES,
    DOTTED_FIRM_FORMS,
    BARE_VERB_OPENERS,
    DOTTED_ONLY_TITLES,
    DOTTED_TITLES,
    FUNCTION_WORDS,
    HONORIFICS,
    HONORIFIC_STYLE_OWNERS,
    HONORIFIC_TAILS,
    LONE_NAME_PERSON_NOUNS,
    HONORIFIC_HEADS,
    HONORIFIC_STYLES,
    ORG_WORDS,
    PLACE_PREFIXES,
    PLACES,
    ROLE_MODIFIERS,
    SHARED_OFFICE_LEVELS,
    TITLE_HEADS,
    TWO_PARTY_WORDS,
    TITLE_PLURALS,
    JOB_OR_FIRM_HEADS,
    APPOSITION_PERSON_HEADS,
    is_industry_word,
)
from loaders.extract.data import speech_verbs
from loaders.extract.data.not_people import (
    AGENT_NOUN_ENDINGS,
    NON_PERSON_NAME_TAILS,
    OFFICE_BODY_WORDS,
    OFFICE_VERBS,
    PREDICATE_SUBJECT_OPENERS,
    ROLE_PHRASE_PREPOSITIONS,
    TITLE_BODY_LINKS,
    WORKPLACE_LINKS,
    common_plurals,
)
from loaders.extract.names import fold
from loaders.extract.text import Token
from loaders.extract.people_names import (
    _COMPASS_REGIONS,
    _DESCRIPTION_ENDS,
    _SOFT_ORG,
    _SPACE_GAP,
    _abstract_noun,
    _adverb,
    _country_of_word,
    _given,
    _is_stop,
    _joined_gap,
    _name_after_region,
    _person_noun,
    _title,
)


# Numbers inside a relative clause of an apposition ("a lawyer whose parents came in the 1970s,").
_NUMBER_GAP = re.compile(r"^[ \u00a0]+\d[\d.,]*[ \u00a0]*$")
_CLAUSE_WORDS = frozenset({"and", "is", "was", "has", "had", "will", "would", *speech_verbs.APPOSITION_STOPS})
_RELATIVE = frozenset({"who", "which", "that", "whose", "whom", "where", "when"})
_ARTICLES = frozenset({"the", "a", "an"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "your", "this", "that"})
_ROLE_LINKS = frozenset({"of", "for", "to", "on"})
_KIN_BEFORE = re.compile(r"\b(?:((?i:" + "|".join(sorted(KIN_OWNERS)) + r"))|([A-Z][\w-]*['’]s?)|([a-z][\w-]*)['’]s?)"
                         r"[ \u00a0]+((?i:(?:late|eldest|youngest|older|younger|elder|only|\d+-year-old)[ \u00a0]+)?"
                         r"(?i:" + "|".join(sorted(map(re.escape, KIN_NOUNS))) + r")),?[ \u00a0]+$")
# "has a granddaughter, Ada, who": an indefinite kin noun and a comma before the name, a comma after it.
_KIN_INDEFINITE_BEFORE = re.compile(r"\b(?i:" + "|".join(sorted(KIN_INDEFINITES)) + r")[ \u00a0]+((?i:(?:late|eldest|"
                                    r"youngest|older|younger|elder|only|\d+-year-old)[ \u00a0]+)?(?i:"
                                    + "|".join(sorted(map(re.escape, KIN_NOUNS))) + r")),[ \u00a0]+$")
_CLOSED_BY_COMMA = re.compile(r"[^\W\d_][\w’'-]*,")
_MAX_ROLE_TOKENS = 12
_MAX_APPOSITION_TOKENS = 12
# ... after the name, in commas, a body's full name may run longer ("X, director of the Velm Politics Project at the
# University of Velm at Ostby,"): the phrase still has to close with punctuation and hold no clause
_MAX_APPOSITION_AFTER_TOKENS = 16
_MAX_RELATIVE_APPOSITION_TOKENS = 30
_OF_PLACE = re.compile(r" of (?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}(?=[,.;)])")
_PLURAL_POSSESSIVE_GAP = re.compile(r"^['’] $")  # "the Riverton Employees' Union"
# Honorifics that form a title of address with the title after them ("Mr Justice", "Mrs Speaker"); "Dr." before
# a title ("Dr. Senator Roe") is a second form of address, not part of the title.
_ADDRESS_HONORIFICS = frozenset({"mr", "mrs", "ms", "mme", "madam"})


def _clock_word(body: str, token: Token) -> bool:
    """Whether a title that is a clock word too ("PM") is the clock's: not written in capitals ("5 pm"), or right
    after a number ("3 PM Monday")."""
    return not token.text.isupper() or body[max(0, token.start - 4):token.start].rstrip()[-1:].isdigit()


def plural_title_word(body: str, token: Token) -> bool:
    """A plural title (`TITLE_PLURALS`: "Senators", "Sens."); its dotted forms are listed with their full stop,
    which the tokens leave out."""
    return token.low in TITLE_PLURALS or dotted_plural_title(body, token)


def names_after_plural_title(body: str, tokens: list[Token], first: int) -> bool:
    """Whether the words at `first`, right after a plural title, open a person's name of two words or more
    ("Senators Jo Roe and ...", "Sens. Ana M. Kell"), not a place's, an event's or a building's ("Governors
    Island", "Presidents Day", "the Justices Building", "The Governors Ball drew ..."): a plural title before
    one word names a thing as often as a person. A place's word that is a common given name opens a name before
    a word that is no place's, the two no town's ("Reps. Virginia Dunmore", "Senators Georgia Kell"; not
    "Senators Virginia Beach")."""
    if first + 1 >= len(tokens):
        return False
    word, following = tokens[first], tokens[first + 1]
    return (word.capital and following.capital and _joined_gap(body, word, following)
            and word.low not in NON_PERSON_NAME_TAILS and word.low not in ORG_WORDS
            and (word.low not in PLACES or is_common_given_name(word.low) and following.low not in PLACES
                 and fold_place(f"{word.low} {following.low}") not in city_countries())
            and following.low not in NON_PERSON_NAME_TAILS and following.low not in ORG_WORDS)


def dotted_plural_title(body: str, token: Token) -> bool:
    """A plural title written with a full stop ("Sens.", "Reps."), which the token leaves out: the stop is the
    title's, and the word after it opens no sentence."""
    return token.low + "." in TITLE_PLURALS and body.startswith(".", token.end)


def _capital_run(body: str, tokens: list[Token], first: int) -> list[int]:
    """The capitalised words from token `first` on, each one space after the last (the name a title stands
    before)."""
    run = [first]
    while (run[-1] + 1 < len(tokens) and tokens[run[-1] + 1].capital and not _is_stop(tokens[run[-1] + 1])
           and _SPACE_GAP.match(body[tokens[run[-1]].end:tokens[run[-1] + 1].start])):
        run.append(run[-1] + 1)
    return run


def _role_before(body: str, tokens: list[Token], first: int,
                 lower_words: frozenset[str] | set[str] = frozenset()) -> tuple[str | None, bool]:
    """The title written right before token `first` ("Russian Foreign Minister"), and whether a title or an
    honorific ("Mr.") vouches for a person there."""
    index = first - 1
    taken: list[int] = []
    # a long office title reaches only a name of two words or more ("... Centre for Policy Research" names no one);
    # the rules that ask it need a word taken already, so it is read when the first word is taken (most calls
    # take none) and is False until then
    long_title = None
    while index >= 0 and len(taken) < _MAX_ROLE_TOKENS:
        if long_title is None and taken:
            low = tokens[first].low if first < len(tokens) else ""
            long_title = not (low in ORG_WORDS or low in OFFICE_SUBJECTS or _abstract_noun(low)
                              or low in lower_words) and (
                first + 1 < len(tokens) and tokens[first + 1].capital
                and _joined_gap(body, tokens[first], tokens[first + 1]))
        token = tokens[index]
        gap = body[token.end:tokens[index + 1].start]
        # "the Christian Democrats' candidate": a plural owner's apostrophe stands between it and the role.
        plural_owner = bool(taken) and token.capital and token.low.endswith("s") and bool(_PLURAL_POSSESSIVE_GAP.match(gap))
        # (one plain space, the usual gap, answers without the regex)
        if (not plural_owner and not (gap == " " or _SPACE_GAP.match(gap))
                and not (long_title and gap == ", " and _listed_subject(tokens, taken, index))
                and not (index == first - 1 and gap == ". " and dotted_plural_title(body, token))  # "Sens. X"
                and not (gap == "" and token.text.endswith("."))
                and not (index == first - 1 and _joined_gap(body, token, tokens[first]))):  # "Ms 'Mamello Roe"
            break  # (a dotted title glued to the name, "Sen.Ahmed Roe", is cut by `_glued_titles`)
        if (index == first - 1 and index > 0 and token.low in HONORIFIC_TAILS and token.capital
                and tokens[index - 1].capital and gap == " "
                and (tokens[index - 1].low in HONORIFICS or tokens[index - 1].low in HONORIFIC_HEADS)):
            # "Governor Datuk Seri X", "Prime Minister Tan Sri X": a title before an honorific of two words
            if tokens[index - 1].low in HONORIFICS:
                return _role_before(body, tokens, index, lower_words)[0], True
            return (_role_before(body, tokens, index - 1, lower_words)[0]
                    if body[tokens[index - 1].end:token.start] == " " else None), True
        if token.low in HONORIFICS and token.capital:  # "you don't miss. Treat ..." is no "Miss Treat"
            if index == first - 1:
                # "Health Minister Dr Siale Tupou": a title may stand before the form of address
                # "Board member Dayang X", and past a second form of address ("Board member Dr Dayang X")
                return (_role_before(body, tokens, index, lower_words)[0] if index > 0 and (
                    _title(tokens[index - 1]) or _lead_noun(tokens[index - 1])
                    # "Chairman of the Kedah Rice Board Haji X": a title of a named body, the body's word last
                    or tokens[index - 1].capital and (tokens[index - 1].low in ORG_WORDS
                                                      or tokens[index - 1].low in OFFICE_BODY_WORDS)
                    or tokens[index - 1].low in HONORIFICS and tokens[index - 1].capital
                    and _SPACE_GAP.match(body[tokens[index - 1].end:token.start])) else None), True
            if (token.low.rstrip(".") in _ADDRESS_HONORIFICS and len(taken) == 1
                    and tokens[taken[0]].low in ADDRESS_TITLES and _title(tokens[taken[0]])):
                taken.append(index)  # "Mr Justice X", "Madam Speaker X": the form of address is the title's
            break
        if token.possessive and index == first - 1:
            break  # "Lund's Berg" is two names, not a role
        if token.low in DOTTED_ONLY_TITLES and not token.text.endswith("."):
            break
        if (token.possessive or plural_owner) and taken:
            if not token.capital or _is_stop(token):
                break
            # "Israel's Prime Minister", "the Palestinian Authority's President": the owner opens the role.
            taken.append(index)
            while index > 0 and (tokens[index - 1].capital and not _is_stop(tokens[index - 1])
                                 or tokens[index - 1].low in ROLE_MODIFIERS) and _SPACE_GAP.match(
                    body[tokens[index - 1].end:tokens[index].start]):
                index -= 1
                taken.append(index)
            break
        if token.low in CLOCK_TITLES and _clock_word(body, token):
            break  # "at 5 pm Jo Roe arrived": a time, no title
        if _title(token) or token.low in ROLE_MODIFIERS or _country_of_word(token.low):
            taken.append(index)
        elif (index == first - 1 and token.low in _COMPASS_REGIONS and token.capital and index > 0
              and tokens[index - 1].capital and _title(tokens[index - 1])
              and _name_after_region(tokens, _capital_run(body, tokens, first))):
            taken.append(index)  # "Commissioner Western X": the region the title covers, the title's word
        elif token.low in _ROLE_LINKS and taken and index > 0 and (
                _title(tokens[index - 1]) or tokens[index - 1].low in ROLE_MODIFIERS) and not any(
                _title(tokens[i]) for i in taken):
            # "Secretary of State", "Minister for Foreign Affairs"; but in "adviser to President X" the
            # adviser is someone else.
            taken.append(index)
        elif (token.low == "and" and len(taken) == 2 and taken[-1] == index + 1 and index > 0
              and _title(tokens[taken[0]]) and _levels_joined(body, tokens, index)):
            # "City and County Attorney": a city and its county sharing the office after them (one level word and
            # one title word taken so far); another body's words before the "and" stay out (`_levels_joined`)
            taken.append(index)
        elif long_title and (token.low in OFFICE_SUBJECT_LINKS and taken and tokens[taken[-1]].capital and index > 0
              and _subject_in_run(tokens, taken) and tokens[index - 1].capital
              and tokens[index - 1].low in OFFICE_SUBJECTS):
            # "Secretary for Roads and Harbours": subjects of one office on both sides of the link; "Minister Ana
            # Kell and Interior Minister Bo Rask" are two people
            taken.append(index)
        elif long_title and (token.low == "the" and taken and tokens[taken[-1]].capital and index > 0
              and tokens[index - 1].low in _ROLE_LINKS):
            taken.append(index)  # "Director General of the Ports Authority"
        elif long_title and (token.low in _ROLE_LINKS and taken and index > 0 and tokens[index - 1].capital
              and (tokens[index - 1].low in ORG_WORDS or tokens[index - 1].low in OFFICE_SUBJECTS)
              and any(_title(tokens[i]) for i in range(max(0, index - 4), index - 1))):
            taken.append(index)  # "Secretary of the Ministry of Education": a body's name inside the title
        elif token.capital and not token.headline and not _is_stop(token) and not token.initial \
                and token.low not in PLACE_PREFIXES:
            taken.append(index)
        elif (token.low in ORG_WORDS and taken and not tokens[taken[-1]].capital
              and not _opens_bare_verb(tokens, index - 1)):
            # "political bureau chief", "party leader" (lowercase roles only; "did not trust mogul X": a verb)
            taken.append(index)
        elif index == first - 1 and _lead_noun(token):
            taken.append(index)  # "Andheri resident X", "Council member X": see `_lead_noun` below
        else:
            if taken and not tokens[taken[-1]].capital:
                taken.extend(_compound_modifier(body, tokens, index))  # "real estate mogul X": a compound noun
            break
        index -= 1
    heads = [i for i in taken if _title(tokens[i])]
    if not heads and taken and taken[0] == first - 1 and _lead_noun(tokens[first - 1]) and (
            not tokens[first - 1].capital or tokens[first - 1].sentence_start or len(taken) > 1) and (
            first + 1 < len(tokens) and tokens[first + 1].capital and _joined_gap(body, tokens[first], tokens[first + 1])):
        # A noun for a person right before the name, lowercase or capitalised by its sentence only, with what
        # qualifies it ("Resident X said", "Andheri resident X", "Council member X", "Drua winger X"): the article
        # says what the person is as a title would; only before a name of two words or more, as a word alone after
        # such a noun is as often a firm's ("the contractor Lundbuild")
        heads = [first - 1]
    if (not heads and first >= 2 and taken and taken[0] == first - 1 and tokens[first - 1].low in ("member", "members")
            and tokens[first - 2].low in PEOPLE_GROUP_MEMBERS and not tokens[first - 1].capital
            and _SPACE_GAP.match(body[tokens[first - 2].end:tokens[first - 1].start])):
        # "Band member Flea", "cast member Zendaya": a group only people make up vouches for one word as a title
        return body[tokens[first - 2].start:tokens[first - 1].end], True
    if (not heads and taken and taken[0] == first - 1 and tokens[first - 1].capital
            and plural_title_word(body, tokens[first - 1]) and names_after_plural_title(body, tokens, first)):
        # "Sens. Jo Roe and Bo Rask", "Republican Senators Jo Roe and Bo Rask": a plural title is each listed
        # name's title (`people._plural_title_of_list` gives it to the names after the first)
        # (the title's full stop, which the token leaves out, belongs to the role)
        return body[tokens[min(taken)].start:tokens[first - 1].end
                    + (1 if dotted_plural_title(body, tokens[first - 1]) else 0)], True
    if not heads:
        return None, False
    if not _title(tokens[heads[0]]):
        # (a noun for a person is the role, but vouches for no person: "Sinohydro" after "contractor" is a firm)
        return body[tokens[min(taken)].start:tokens[first - 1].end], False
    # Words between the last title noun and the name must continue it ("Secretary of State").
    last_head = max(heads)
    if last_head != first - 1 and tokens[last_head + 1].low not in _ROLE_LINKS and not (
            last_head == first - 2 and tokens[first - 1].low in _COMPASS_REGIONS and tokens[first - 1].capital
            and _name_after_region(tokens, _capital_run(body, tokens, first))):
        return None, False  # (the title's region after it continues it: "Commissioner Western X")
    return body[tokens[min(taken)].start:tokens[first - 1].end], True


def _levels_joined(body: str, tokens: list[Token], index: int) -> bool:
    """Whether the "and" at `index` joins a city and its county, both capitalised and each joined to it by a space
    (`SHARED_OFFICE_LEVELS`: "City and County", "County and City"): one office that both share. Not other pairs of
    levels ("State and Federal": two parties), not after "both"/"between" (`TWO_PARTY_WORDS`), and not a place's
    own "City" ("Port Vell City and County Attorney": a capitalised word before it that is no modifier)."""
    before, after = tokens[index - 1], tokens[index + 1]
    if not (before.capital and after.capital and before.low in SHARED_OFFICE_LEVELS
            and after.low in SHARED_OFFICE_LEVELS and before.low != after.low
            and _SPACE_GAP.match(body[before.end:tokens[index].start])
            and _SPACE_GAP.match(body[tokens[index].end:after.start])):
        return False
    opener = tokens[index - 2] if index >= 2 else None
    if opener is not None and opener.capital and not _is_stop(opener) and opener.low not in ROLE_MODIFIERS:
        return False
    return not any(t.low in TWO_PARTY_WORDS for t in tokens[max(0, index - 3):index - 1])


def _subject_in_run(tokens: list[Token], taken: list[int]) -> bool:
    """Whether the capitalised words taken last, up to the title, hold a subject of an office: "Natural Resources"
    in "Energy and Natural Resources Minister" is a portfolio though "Natural" alone is no subject."""
    for i in reversed(taken):
        if not tokens[i].capital or _title(tokens[i]):
            return False
        if tokens[i].low in OFFICE_SUBJECTS:
            return True
    return False


def _listed_subject(tokens: list[Token], taken: list[int], index: int) -> bool:
    """Whether token `index`, before a comma, opens a list of an office's subjects ("Transport, Energy and Fisheries
    Minister"): itself a subject, the word after the comma one too, and an "and" of the list taken already; a
    name, a place or a clause before the comma ends the title there."""
    after = tokens[index + 1]
    return (bool(taken) and tokens[index].capital and tokens[index].low in OFFICE_SUBJECTS
            and after.capital and after.low in OFFICE_SUBJECTS and index + 1 in taken
            and any(tokens[i].low in OFFICE_SUBJECT_LINKS for i in taken))


_CLAUSE_COMMA_GAP = re.compile(r"^[,;:][ \u00a0]+$")


def _compound_modifier(body: str, tokens: list[Token], index: int) -> list[int]:
    """The words of a compound noun qualifying a role's head, from the lowercase word `index` where the role stops
    back ("real estate mogul X", "Private equity investor X", "of hedge fund manager X"): one or two plain nouns,
    after a function word or opening the sentence (the first capitalised by its place); none a function word, an
    adverb, a plural or a verb's form ("Officials said", "Police arrested", "Protesters greet"), nor the bare verb
    after a modal or "not" ("will meet mogul X"). None when not so."""
    chain: list[int] = []
    position = index
    while position >= 0 and len(chain) < 2:
        word = tokens[position]
        if (not word.low.isalpha() or word.low in FUNCTION_WORDS or word.low in _DETERMINERS or _adverb(word.low)
                or word.low in speech_verbs.ALL_FORMS or word.low.endswith(("ed", "ing"))
                or word.low.endswith("s") and not word.low.endswith("ss") or word.headline
                or not _SPACE_GAP.match(body[word.end:tokens[position + 1].start])):
            break
        if word.capital:
            if word.sentence_start:
                chain.append(position)
                return chain
            break
        chain.append(position)
        position -= 1
    if not chain or position < 0:
        return []
    if _CLAUSE_COMMA_GAP.match(body[tokens[position].end:tokens[position + 1].start]):
        return chain  # "At Souq Waqif, spice trader X": the compound opens after a clause's comma
    before = tokens[position]
    if not (not before.capital and (before.low in FUNCTION_WORDS or before.low in _DETERMINERS)
            and _SPACE_GAP.match(body[before.end:tokens[position + 1].start])):
        return []
    if _opens_bare_verb(tokens, position):
        # "will meet mogul X", "will meet tech mogul X": a role never opens with a verb; the words after it
        # qualify the head of its object
        return chain[:-1]
    return chain


def _opens_bare_verb(tokens: list[Token], position: int) -> bool:
    """Whether the word after `position` is a bare verb: after a modal, "do" or "not" (`BARE_VERB_OPENERS`: "will
    meet", "did not trust"). (An infinitive's "to" after a verb that takes one, "aims to help tech mogul X", was
    tried too: it cost a role on a check half, and is left; "to" is as often a preposition, "sold to real estate
    mogul X".)"""
    return position >= 0 and tokens[position].low in BARE_VERB_OPENERS


def _lead_noun(token: Token) -> bool:
    """A noun for a person by what they do or are (`_person_noun`: "resident", "winger", "member") that may stand
    before a name as its role; not a function word or an adverb ("under", "together")."""
    return (not token.possessive and token.low not in FUNCTION_WORDS and not _adverb(token.low)
            and not _is_stop(token) and _person_noun(token.low)
            and not token.low.endswith("ologist"))  # the listed ones are titles (`TITLE_ENDINGS`); "Apologist" is none


def _named_after(words: list[Token], index: int) -> bool:
    """Whether the capitalised words from `index` on end in an organisation's or a place's word: a body named after
    a person ("the Cheikh Anta Diop University", "Jomo Kenyatta Airport"), no person of its own."""
    for word in words[index + 1:]:
        if not word.capital:
            return False
        if word.low in ORG_WORDS:
            return True
    return False


def _body_after_link(words: list[Token], index: int, head: int) -> bool:
    """Whether the capitalised run from `index` (opened by a word that is also a given name) is a body's name set
    after the role by a workplace link, to the phrase's end with no possessive: "a tailor at Lumen Apparels", "head
    of research at Al Dafna Securities"; after "of", only right after the title and three capitalised words at least
    ("Chairman of Al Mansoori Cold Chain"; not "Secretary of State Connie Lawson", "aide of Connie Lawson")."""
    start = index
    while start - 1 > head and words[start - 1].capital:
        start -= 1  # "at Al Dafna Securities": the run opens at the link
    if start - 1 <= head:
        return False
    link = words[start - 1].low
    run = words[start:]
    if not all(word.capital and not word.possessive for word in run):
        return False
    if link in WORKPLACE_LINKS:
        return len(run) >= 2
    # (after "of", the given name itself opens the body's name: "of State Connie Lawson" is a titled person)
    return link in TITLE_BODY_LINKS and start == index and start - 2 == head and len(run) >= 3


def _job_at_work(words: list[Token], k: int) -> bool:
    """Whether word `k` is a head that names a job as often as a firm (`JOB_OR_FIRM_HEADS`: "operator",
    "contractor") set before a workplace link ("a sewing operator at Lumen Apparels"): a person's job there."""
    return words[k].low in JOB_OR_FIRM_HEADS and k + 1 < len(words) and words[k + 1].low in WORKPLACE_LINKS


def _open_modifier(word: Token) -> bool:
    """Whether a word between a sentence's opening determiner and a title can modify the title: not a function
    word, a determiner, an adverb or a past form ("The report cited a judge, X": a clause, not a noun phrase)."""
    return (word.low not in FUNCTION_WORDS and word.low not in _DETERMINERS and word.low not in _RELATIVE
            and not _adverb(word.low) and (not word.low.endswith("ed") or word.low in ROLE_MODIFIERS))


def _phrase_role(body: str, tokens: list[Token], phrase: list[int], must_lead: bool,
                 given_cache: dict[str, bool], agent_heads: tuple[str, ...] = (), owned: bool = False) -> str | None:
    """The role inside an appositive phrase: the noun phrase around its first title noun, to the phrase's end
    (or to a relative pronoun). With `must_lead`, the role must open the phrase ("X, a former envoy, ..."); without,
    it closes it, after any clause ("... denied that Y had met the board's chairman, X"). `owned`: a possessive
    owner stood before the phrase ("X, Tarnland's area director"), which opens the noun phrase as an article does."""
    words = [tokens[i] for i in phrase]
    clause = [cut for cut, word in enumerate(words)
              if word.low in _RELATIVE or word.low in _CLAUSE_WORDS and not _joins_titles(tokens, phrase[cut])]
    if clause and must_lead:
        words = words[:clause[0]]  # "X, a lawyer who ...": the role ends where the clause starts
    elif clause:
        words = words[clause[-1] + 1:]  # "... had met the board's chairman, X": the role is after the clause
    start = 0
    while start < len(words) and words[start].low in _DETERMINERS:
        start += 1
    head = next((k for k in range(start, len(words)) if _title(words[k])), None)
    if head is None and agent_heads and must_lead and start > 0 and words[start - 1].low in ("a", "an", "the"):
        # (`agent_heads`: the endings of such nouns read here)
        # "X, a marine biologist at Y,", "X, the entomologist who led it,": after an article, a noun for a
        # person by what they do (`_person_noun`: "-ist", "-er", "-ian") heads the role as a title does
        head = next((k for k in range(start, min(start + 4, len(words)))
                     if not words[k].capital and ((_person_noun(words[k].low) or _job_at_work(words, k))
                                                  and words[k].low.endswith(agent_heads)
                                                  or words[k].low in APPOSITION_PERSON_HEADS)
                     and words[k].low not in FUNCTION_WORDS
                     and not _adverb(words[k].low)
                     # ("a distributor": a firm's as often; a person's job before a workplace, "an operator at Y")
                     and (words[k].low not in JOB_OR_FIRM_HEADS or _job_at_work(words, k))
                     and (k + 1 == len(words) or words[k + 1].low in _DESCRIPTION_ENDS)
                     and not _quantity_of(words, k)), None)
    if head is None:
        return None
    if owned and words[head].low in ADJECTIVE_TITLE_HEADS and _adjective_before_no_title(words, head + 1):
        return None  # "X, Lee Park's chief rival,": the title word is an adjective before a noun that is no title
    first = head
    while first > start:
        word = words[first - 1]
        if not (word.low in ROLE_MODIFIERS or word.capital or word.low in ORG_WORDS or _title(word)
                or word.low in OFFICE_SUBJECTS  # "Tarnland's fisheries minister"
                or word.possessive and not must_lead):  # "the board's chairman", "the country's top diplomat"
            break
        first -= 1
    if must_lead and first != start and head - start <= 3 and (
            start > 0 and words[start - 1].low in _ARTICLES or words[start].low in ROLE_MODIFIERS
            or owned and start == 0):
        # "a garment worker", "a Riverton-based logistics executive": any modifiers after "a"; and so after a
        # role modifier opening the phrase ("X, senior auto analyst at Y", "X, former oil executive")
        first = start
    if (not must_lead and first != start and start > 0 and words[0].sentence_start and head - start <= 3
            and all(_open_modifier(word) and not _past_form_as_verb(word, k == start)
                    for k, word in enumerate(words[start:first], start))):
        # "The presiding judge, X, said", "A former supply chain official, X,", "Our harbor master, X,": a phrase
        # that is the whole of its sentence up to the name, opened by a determiner, is one noun phrase: the words
        # between the determiner and the title are its modifiers, whatever they are (as after "a" in `must_lead`)
        first = start
    if must_lead and (first != start or head - start > 4):
        return None
    if (not must_lead and first > 0 and words[first - 1].low not in _DETERMINERS
            and words[first - 1].low not in _PHRASE_PREPOSITIONS and first != start):
        # the words before the role are a clause, not an article or a preposition opening its noun phrase
        # ("Lund met officials, X"; but "signed by Tarnland's fisheries minister, X,")
        return None
    if any(word.capital and _given(word, given_cache) and following.capital and following.low not in ORG_WORDS
           and not is_industry_word(fold(following.low)) and not _named_after(words, k)
           and not (words[k - 1].low == "of" and fold_place(f"{word.text} {following.text}") in city_countries())
           and not _body_after_link(words, k, head)
           for k, (word, following) in enumerate(zip(words[head + 1:], words[head + 2:]), start=head + 1)):
        # "X, Secretary of State Connie Lawson, ...": another titled person, not X's role (a given name and a
        # surname; "an economist at Porto bank Banco Atlas", "at consultancy Maré Consulting" name firms; "the
        # mayor of Terre Haute, X": a town of the gazetteer after "of")
        return None
    role = body[words[first].start:words[-1].end]
    if role.count("(") > role.count(")") and body[words[-1].end:words[-1].end + 1] == ")":
        role += ")"  # "president of the Federazione Pescatori Liguri (FPL)"
    elif words[-1].low in DOTTED_FIRM_FORMS and words[-1].capital and body[words[-1].end:words[-1].end + 1] == ".":
        role += "."  # "strategist at Tempus Inc.": the form's stop, though it may close the sentence too
    return role


_PHRASE_PREPOSITIONS = ROLE_PHRASE_PREPOSITIONS
_APPOSITION_HONORIFICS = frozenset(h.rstrip(".") for h in HONORIFICS)
_MAX_ADDRESS_WORDS = 4  # "His Excellency Mr.", "The Honourable Dr"
_PARENTHETICAL = re.compile(r"[ \u00a0]\([^()\n]{1,40}\)")
_OPENING_PARENTHESIS_GAP = re.compile(r"^[ \u00a0]\($")


def _name_end(body: str, end: int) -> int:
    """Where a name ends with the short parenthetical written right after it, if any: the name in another script,
    a party, an age or "pictured" ("Lin Mei-hua (林美華), the treasurer,"); appositions are read after it."""
    found = _PARENTHETICAL.match(body, end)
    return found.end() if found else end


def _apposition_after(body: str, tokens: list[Token], last: int, given_cache: dict[str, bool],
                      agent_heads: tuple[str, ...] = ()) -> str | None:
    """A role in commas after the name: "X, former Israeli military attache to Russia, said"; a short
    parenthetical may follow the name ("X (林美華), the treasurer,") and the role's body ("president of the
    Federazione Pescatori Liguri (FPL), the largest union,")."""
    end = _name_end(body, tokens[last].end)
    if body[end:end + 2] != ", ":
        return None
    phrase: list[int] = []
    index = bisect_left(tokens, end, key=lambda token: token.start) if end != tokens[last].end else last + 1
    limit = _MAX_APPOSITION_AFTER_TOKENS
    while index < len(tokens) and len(phrase) < limit:
        gap = body[tokens[index - 1].end:tokens[index].start]
        if (phrase and _OPENING_PARENTHESIS_GAP.match(gap)
                and body[tokens[index].end:tokens[index].end + 2] in ("),", ").", ");", ")")):
            phrase.append(index)  # "... Liguri (FPL),": an acronym in brackets belongs to the body it follows
            index += 1
            continue
        if phrase and not (gap == " " or _SPACE_GAP.match(gap) or _PLURAL_POSSESSIVE_GAP.match(gap)
                           or limit == _MAX_RELATIVE_APPOSITION_TOKENS and _NUMBER_GAP.match(gap)):
            break
        if tokens[index].low in _RELATIVE and phrase:
            limit = _MAX_RELATIVE_APPOSITION_TOKENS  # "a lawyer whose parents moved here in 1970,": role cut later
        phrase.append(index)
        index += 1
    if not phrase or body[tokens[phrase[-1]].end:tokens[phrase[-1]].end + 1] not in (",", ".", ";", ")", ""):
        return None  # an apposition closes with punctuation; anything else is a clause ("X, officials say")
    relative = next((n for n, i in enumerate(phrase) if n and tokens[i].low in _RELATIVE), len(phrase))
    if any(tokens[i].low in _CLAUSE_WORDS and not _joins_titles(tokens, i) for i in phrase[:relative]):
        return None  # (a relative clause's own verbs are cut off with it: "a criminologist who has studied it,")
    owner = _owner_run(tokens, phrase[:relative])
    if owner:
        # "X, Tarnland's Minister of Health,", "X, DFO's area director for the north,": the owner opens the role
        role = _phrase_role(body, tokens, phrase[owner:], True, given_cache, agent_heads, owned=True)
        if not role or not body.startswith(role, tokens[phrase[owner]].start):
            return None
        return body[tokens[phrase[0]].start:tokens[phrase[owner]].start + len(role)]
    if tokens[phrase[0]].capital and not (
            tokens[phrase[0]].low in ROLE_MODIFIERS or _title(tokens[phrase[0]])
            or tokens[phrase[0]].low in _DETERMINERS or _country_of_word(tokens[phrase[0]].low)):
        return None  # "X, Berg and Y": a list of names, not a role
    role = _phrase_role(body, tokens, phrase, True, given_cache, agent_heads)
    if role and body[tokens[phrase[-1]].end - len(role):tokens[phrase[-1]].end] == role:
        role += _place_tail(body, tokens, phrase) or _org_name_tail(body, tokens, phrase, given_cache)
    return role


_MAX_OWNER_WORDS = 4


def _owner_run(tokens: list[Token], phrase: list[int]) -> int:
    """How many words of an apposition's phrase are a possessive owner opening it: capitalised words, none a
    function word or a title, the last possessive, and at least one word after them ("Tarnland's", "Ada Morrow's",
    "the Velk Agency's" is left to the article); 0 when there is none."""
    for n, index in enumerate(phrase[:_MAX_OWNER_WORDS]):
        token = tokens[index]
        if not token.capital or _is_stop(token) or _title(token) or token.low in ROLE_MODIFIERS:
            return 0
        if token.possessive:
            return n + 1 if n + 1 < len(phrase) else 0
    return 0


# the rest of a body's name that lists its subjects: ", Hydrology and Glaciology (VAW)", ", Communications and IT"
_CAPITAL_RUN = r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}"
_ORG_NAME_TAIL = re.compile(r"((?:, " + _CAPITAL_RUN + r")*),? and (" + _CAPITAL_RUN + r")(?: \([A-Z]{2,8}\))?(?=[,.;)]|$)",
                            re.MULTILINE)
_CAPITAL_ITEM = re.compile(_CAPITAL_RUN)


def _quantity_of(words: list[Token], k: int) -> bool:
    """Whether a post noun opens a quantity phrase, "<noun> of" and a plural common noun with no determiner ("a
    host of critics", "a host of critics in Tarnby", "a host of others"): no post; but "a host of the festival",
    "a fellow of Tarn College", "a host of breakfast radio" are."""
    if k + 2 >= len(words) or words[k + 1].low != "of" or words[k + 2].capital:
        return False
    low = words[k + 2].low
    return low in _plurals() or low.endswith("s") and not low.endswith(("ss", "us", "is", "ics"))


def _org_name_tail(body: str, tokens: list[Token], phrase: list[int], given_cache: dict[str, bool]) -> str:
    """The rest of a body's name cut at its first comma, when a role ends in "<Organisation word> of <Subject>"
    ("head of the Laboratory of Hydraulics, Hydrology and Glaciology (VAW)", "at the Ministry of Transport,
    Communications and Information Technology"): capitalised subjects in commas, the last after "and", and
    punctuation closing them; no item opens with a given name ("Ministry of Transport, Tom Hale and Ana Roe"), or
    ""."""
    run = 0
    while run < len(phrase) and tokens[phrase[-run - 1]].capital:
        run += 1
    if not run or run + 2 > len(phrase):
        return ""
    link, org = tokens[phrase[-run - 1]], tokens[phrase[-run - 2]]
    if link.low not in ("of", "for") or not org.capital or org.low not in ORG_WORDS:
        return ""
    found = _ORG_NAME_TAIL.match(body, tokens[phrase[-1]].end)
    if not found:
        return ""
    items = _CAPITAL_ITEM.findall(found.group(1)) + [found.group(2)]
    if not all(_subject_word(word) for item in items for word in item.split()):
        return ""
    return found.group()


def _subject_word(word: str) -> bool:
    """Whether a capitalised word in a body's list of subjects can be a subject ("Transport", "Energy", "Works",
    "Glaciology", "Hydraulics", "Land", "Gas"): an office's subject, an organisation's word, an abstract noun or a
    common noun (`not_people.common_plurals`); a person's name ("and Kettunen", "and Ana Roe") is none."""
    low = word.lower()
    plurals = _plurals()
    return (low in OFFICE_SUBJECTS or f"{low}s" in OFFICE_SUBJECTS or low in ORG_WORDS or _abstract_noun(low)
            or low.endswith("ics") or low in plurals or f"{low}s" in plurals or f"{low}es" in plurals)


@cache
def _plurals() -> frozenset[str]:
    return common_plurals()


# ", <region or country>" after a role ending in "in <place>": "a radio host in Cape Breton, Nova Scotia,"
_PLACE_TAIL = re.compile(r", ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})(?=[,.;)]|$)", re.MULTILINE)


def _place_tail(body: str, tokens: list[Token], phrase: list[int]) -> str:
    """The region or country written after a role that ends in "in <place>" ("a radio host in Cape Breton, Nova
    Scotia,", "a fellow at the institute in Munich, Germany,"): part of the role, when it is a region or country
    of the gazetteer, of the place's own country if the gazetteer knows the place, and punctuation closes it (not
    a list: "in Oslo, Bergen and Tromsø"), or ""."""
    place: list[Token] = []
    for index in reversed(phrase):
        if not tokens[index].capital:
            break
        place.insert(0, tokens[index])
    if not place or len(place) == len(phrase) or tokens[phrase[-len(place) - 1]].low != "in":
        return ""
    found = _PLACE_TAIL.match(body, tokens[phrase[-1]].end)
    if not found:
        return ""
    tail = found.group(1)
    country = COUNTRY_NAMES.get(tail.casefold()) or place_country(tail)
    if not country:
        return ""
    own = place_country(" ".join(token.text for token in place))
    if own and own != country:
        return ""
    return body[tokens[phrase[-1]].end:found.end()]


# (and their Romance forms: "Ministério do Meio Ambiente", "Junta de Andalucía", "Istituto di Ricerca")
_ORG_LINKS = frozenset({"for", "of", "on", "against", "de", "do", "da", "del", "di", "des", "du", "dos", "das"})


def _inside_org_name(body: str, tokens: list[Token], first: int, given_cache: dict[str, bool]) -> bool:
    """Whether a name is the tail of an organisation's name: "Center for Responsive Politics", "Institute of
    Peace Studies" (an organisation word and a link word right before it, and no given name opening it)."""
    if first < 2 or _given(tokens[first], given_cache):
        return False
    link, head = tokens[first - 1], tokens[first - 2]
    return (link.low in _ORG_LINKS and head.capital and head.low in ORG_WORDS and head.low not in _SOFT_ORG
            and _SPACE_GAP.match(body[head.end:link.start]) is not None
            and _SPACE_GAP.match(body[link.end:tokens[first].start]) is not None)


def _postnominal(body: str, tokens: list[Token], last: int) -> str | None:
    """Letters after the name that give a role ("Conor Healy SC", "Jo Roe MP"; `POSTNOMINAL_ROLES`), written in
    capitals right after it."""
    following = last + 1
    if following >= len(tokens) or not _SPACE_GAP.match(body[tokens[last].end:tokens[following].start]):
        return None
    token = tokens[following]
    return token.text.rstrip(".") if token.text.isupper() and token.low in POSTNOMINAL_ROLES else None


def _adjective_before_no_title(words: list[Token], index: int) -> bool:
    """Whether the lowercase words from `index` to the phrase's end (or a function word) hold no title: "chief
    rival", "principal critic" are no role; "chief financial officer", "chief legal counsel", "chief of staff",
    "chief" alone still head one (the title after the adjectives)."""
    end = index
    while end < len(words) and not words[end].capital and words[end].low not in FUNCTION_WORDS:
        if _title(words[end]):
            return False
        end += 1
    return end > index


def _joins_titles(tokens: list[Token], index: int) -> bool:
    """ "President and CEO", "chairman and chief executive": an "and" between two titles joins them into one
    role rather than opening a clause; and so does one inside the capitalised name of an office or a body
    ("Minister of Mines and Energy", "chief executive of Lund Oil and Gas", "head of the Forestry and Wildlife
    Office")."""
    if tokens[index].low != "and" or not 0 < index < len(tokens) - 1:
        return False
    before, after = tokens[index - 1], tokens[index + 1]
    if (not before.capital and before.low in OFFICE_SUBJECTS and after.low in OFFICE_SUBJECTS
            and any(tokens[k].low in _ROLE_LINKS for k in range(max(0, index - 3), index - 1))):
        return True  # "minister of energy and water resources": one office's subjects
    return (_title(before) and (_title(after) or after.low in ROLE_MODIFIERS)
            or before.capital and after.capital and not after.sentence_start and not before.possessive
            and not after.possessive  # ("Kask and Tavora's minister": an owner opens another phrase)
            # ("director of the Centre and Lee Park, its founder,": a given name and one capitalised word closing
            # the run after the "and" are a person's name, another item, not the body's: "Park", "Hall" may end a
            # body's name, but not right after a given name)
            and not (is_common_given_name(after.low) and index + 2 < len(tokens) and tokens[index + 2].capital
                     and not (index + 3 < len(tokens) and tokens[index + 3].capital))
            and index > 1 and (tokens[index - 2].low in _ROLE_LINKS or tokens[index - 2].capital
                               # "head of the Forestry and Wildlife Office": the article after the link
                               or tokens[index - 2].low == "the" and index > 2
                               and tokens[index - 3].low in _ROLE_LINKS))


def _plural_owner(body: str, tokens: list[Token], index: int) -> bool:
    """Whether token `index` is a capitalised plural owner before the next token: "the Greens' chairwoman"."""
    token = tokens[index]
    return token.capital and token.low.endswith("s") and bool(
        _PLURAL_POSSESSIVE_GAP.match(body[token.end:tokens[index + 1].start]))


def _apposition_before(body: str, tokens: list[Token], first: int, last: int,
                       given_cache: dict[str, bool], nouns: bool = False) -> str | None:
    """A role in commas before a full name: "Israel's ambassador to the UN, X," or "... the head of Y, X."
    (a single word there is more often a place: "a scientist at the University of California, Berkeley.").
    With `nouns`, a noun for a person after an article is read too when no title is (`_person_noun_before`: "The
    driver, X,"): a role for the record only, read once the name is a person's by other evidence."""
    for _ in range(_MAX_ADDRESS_WORDS):
        # "A co-author, Dr Lena Obi, said", "the Ambassador of Japan, His Excellency Mr. Ken Mori,": the forms
        # and styles of address open the name's part of the sentence
        if first <= 1 or not tokens[first - 1].capital or body[tokens[first - 1].end:tokens[first].start] not in (
                " ", ". "):
            break
        low = tokens[first - 1].low
        if not (low in _APPOSITION_HONORIFICS or low in HONORIFIC_STYLES
                or low in HONORIFIC_STYLE_OWNERS and tokens[first].low in HONORIFIC_STYLES):
            break
        first -= 1
    # "... Aquatic Resources (BFAR), Teresita Lacson,": the description's body's acronym in brackets ends it
    bracketed = (first > 1 and body[tokens[first - 1].end:tokens[first].start] == "), " and tokens[first - 1].acronym
                 and bool(_OPENING_PARENTHESIS_GAP.match(body[tokens[first - 2].end:tokens[first - 1].start])))
    if first == 0 or first == last or body[tokens[first - 1].end:tokens[first].start] != ", " and not bracketed:
        return None
    end = _name_end(body, tokens[last].end)  # "The league's treasurer, Lin Mei-hua (林美華), said"
    qualifier = _OF_PLACE.match(body, end)
    if qualifier:
        end = qualifier.end()  # "the islands' spokesperson, Jo Roe of Riverton, said"
    if body[end:end + 1] not in (",", ".", ")", ";", ""):
        return None
    closing = tokens[first - 1]
    named_closing = not bracketed and closing.capital and not (
        closing.low in ORG_WORDS or closing.low in PLACES or _title(closing) or _country_of_word(closing.low))
    phrase = [first - 1]
    index = first - 1
    while index > 0 and len(phrase) < _MAX_APPOSITION_TOKENS + bracketed and (
            _SPACE_GAP.match(body[tokens[index - 1].end:tokens[index].start])
            or bracketed and index == first - 1  # (the bracket before the acronym)
            or _PLURAL_POSSESSIVE_GAP.match(body[tokens[index - 1].end:tokens[index].start])
            and tokens[index - 1].low.endswith("s")):
        # (a plural owner, capitalised or not: "the Greens' chairwoman", "the head of the growers' association")
        index -= 1
        phrase.append(index)
    phrase.reverse()
    if len(phrase) >= 2 and tokens[phrase[-1]].low in TIE_NOUNS and (
            tokens[phrase[-2]].low in KIN_OWNERS
            or tokens[phrase[-2]].possessive and tokens[phrase[-2]].capital
            and tokens[phrase[-1]].low not in TIE_NOUNS_BODIES_TOO):
        # "Her neighbour, Sonam Roe,", "His deputy, Ana Lund,": a tie to someone the pronoun names; "… Koli's
        # neighbour, Ramesh Roe,": to the person a one-word name owns (not a firm's rival or successor)
        return body[tokens[phrase[-2]].start:tokens[phrase[-1]].end]
    if named_closing and not (tokens[phrase[0]].sentence_start and tokens[phrase[0]].low in _ARTICLES) and not (
            _office_of_name(tokens, first - 1)):
        # "Tim Kaine, Bill Clinton": a list of names; but a description opening the sentence with an article
        # may end on a name ("A spokesperson for the EU delegation in Dakar, Helene Marin, said")
        return _person_noun_before(body, tokens, phrase, True) if nouns else None
    return _phrase_role(body, tokens, phrase, False, given_cache) or (
        _person_noun_before(body, tokens, phrase, named_closing) if nouns else None)


_NOUN_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "your"})
_NOUN_TAIL_LINKS = frozenset({"of", "at", "in", "for", "from", "on", "with"})


def _person_noun_before(body: str, tokens: list[Token], phrase: list[int], named_closing: bool) -> str | None:
    """A noun for a person by what they do (`_lead_noun`: "driver", "member", "coordinator"), singular and in
    lowercase, right after an article or a possessive pronoun, closing the phrase set off before a name or followed
    by a preposition's phrase up to the comma ("A member of the Kazakh delegation, X,", "The driver, X,", "a baker,
    X,"); a capitalised word closing the phrase only after such a preposition ("The coordinator of the welfare
    centre at Te Karaka, X,"). No clause word or relative pronoun may follow the noun."""
    for position in range(len(phrase) - 1, 0, -1):
        determiner = tokens[phrase[position - 1]]
        if determiner.low not in _NOUN_DETERMINERS or determiner.capital and not determiner.sentence_start:
            continue
        # the noun may follow up to `_NOUN_MODIFIERS` lowercase modifiers ("a former supply chain official", "Its
        # duty forecaster"): the last of the run before the phrase's end or a preposition is the noun
        at = position
        while (at + 1 < len(phrase) and at - position < _NOUN_MODIFIERS
               and _noun_modifier(tokens[phrase[at]], at == position)
               and tokens[phrase[at + 1]].low not in _NOUN_TAIL_LINKS):
            at += 1
        head = tokens[phrase[at]]
        if head.capital or not _lead_noun(head) or head.low.endswith("s") and not head.low.endswith("ss"):
            continue  # ("A member of the Vardan delegation": the noun after an earlier article)
        tail = [tokens[i] for i in phrase[at + 1:]]
        if tail and tail[0].low not in _NOUN_TAIL_LINKS:
            return None
        if any(word.low in _CLAUSE_WORDS or word.low in _RELATIVE or word.low in _NOUN_DETERMINERS - _ARTICLES
               for word in tail):
            return None
        if named_closing and not tail:
            return None
        return body[tokens[phrase[position]].start:tokens[phrase[-1]].end]
    return None


_NOUN_MODIFIERS = 3


def _noun_modifier(word: Token, after_determiner: bool = False) -> bool:
    """A lowercase word that may modify a noun for a person before it ("former", "supply", "duty", "local"): no
    function word, clause word, relative pronoun, possessive or adverb, and no verb's form ("The judges praised
    lawyer, X,"; "The storm hit local farmer, X,", `_past_form_as_verb`; "while the presiding judge, X," keeps its
    old reading: `_open_modifier`, no "-ing" form)."""
    return (not word.capital and not word.possessive and _open_modifier(word)
            and word.low not in _CLAUSE_WORDS and word.low.replace("-", "").isalpha()
            and (not word.low.endswith("ing") or word.low in ROLE_MODIFIERS)
            and not _past_form_as_verb(word, after_determiner))


def _past_form_as_verb(word: Token, after_determiner: bool) -> bool:
    """Whether an irregular past form with no "-ed" (`lexicon.UNMARKED_PAST_FORMS`) in a noun phrase's modifier run
    is a clause's verb: only after a noun that follows the determiner ("The storm hit local farmer, X,", "The rains
    cost rice farmer, X,"); right after the determiner it modifies the noun ("The set designer, X,", "A lost
    tourist, X,")."""
    return word.low in UNMARKED_PAST_FORMS and not after_determiner


# Determiners opening the short description set off before one name ("Another farmer, Sutrisno,"), and the most
# lowercase words it holds (the determiner, up to two modifiers, the noun).
_LONE_NOUN_DETERMINERS = frozenset({"a", "an", "another", "one", "the", "his", "her", "their", "our"})
_LONE_NOUN_WORDS = 4


def _lone_person_noun_before(body: str, tokens: list[Token], index: int) -> str | None:
    """The short description of a person set off in commas right before one word ("Another farmer, Sutrisno,",
    "A local fisherman, Sutrisno,", "The driver, Kartini,"): a determiner opening its clause, lowercase modifiers
    and a noun no firm, club or team is called by (`LONE_NAME_PERSON_NOUNS`; not "The buyer, Tencent,", "The
    custodian, Euroclear,") before the comma; the noun phrase only, no preposition's tail ("The head of
    Lundgren, Tove," stays unread)."""
    if index < 2 or body[tokens[index - 1].end:tokens[index].start] != ", ":
        return None
    head = tokens[index - 1]
    if head.capital or head.possessive or head.low not in LONE_NAME_PERSON_NOUNS:
        return None
    position = index - 2
    while position >= 0 and index - 1 - position < _LONE_NOUN_WORDS:
        word = tokens[position]
        if not _SPACE_GAP.match(body[word.end:tokens[position + 1].start]):
            return None
        if word.low in _LONE_NOUN_DETERMINERS:
            if word.capital and not word.sentence_start:
                return None
            opens = word.sentence_start or position == 0 or not tokens[position - 1].capital and (
                tokens[position - 1].low in _CLAUSE_WORDS or body[tokens[position - 1].end:word.start].strip() in (",", ";"))
            return body[word.start:head.end] if opens else None
        if word.capital or word.possessive or word.low in FUNCTION_WORDS:
            return None
        position -= 1
    return None


_OFFICE_OBJECT_LINKS = frozenset({"of", "to", "for"})
_NAME_INNER_LINKS = frozenset({"of", "and", "&", "for"})


def _office_of_name(tokens: list[Token], closing: int) -> bool:
    """Whether the capitalised words ending at token `closing` follow a lowercase title and "of": "the mayor of
    Terre Haute, Duke Bennett," describes the name after the comma (not "Tim Kaine, Bill Clinton"); or a title of
    either case, "of"/"to"/"for" and "the" maybe before a name that may hold "of"/"and" ("Vardania's Minister of
    Roads and Bridges, X", "Norway's ambassador to the Republic of Korea, X")."""
    index = closing
    while index > 0 and tokens[index].capital and not tokens[index].sentence_start and closing - index < 4:
        index -= 1
    if (index < closing and index > 0 and tokens[index].low == "of" and not tokens[index - 1].capital
            and _title(tokens[index - 1])):
        return True
    index = closing
    while index > 1 and closing - index < 7 and not tokens[index].sentence_start and (
            tokens[index].capital and not tokens[index].possessive
            or index < closing and tokens[index].low in _NAME_INNER_LINKS and tokens[index - 1].capital):
        index -= 1
        link = index - 1 if tokens[index].low == "the" else index
        if (tokens[index + 1].capital and link > 0 and tokens[link].low in _OFFICE_OBJECT_LINKS
                and _title(tokens[link - 1])):
            return True
    return False


# A name's predicate that gives its office (`_predicate_role`): "X heads the union.", "X, 58, who runs a cooperative
# of fishers, said", "X is president of the Y, a ..."; an age in commas may stand between (the verbs are a table:
# OFFICE_VERBS). The office runs to the clause's punctuation; after "is", to "and" or a relative pronoun too.
_OFFICE_VERBS = "|".join(OFFICE_VERBS)
_PREDICATE = re.compile(r"(?:,[ \u00a0]+\d{1,3})?,?(?:[ \u00a0]+who)?[ \u00a0]+(?:(" + _OFFICE_VERBS + r")|is)[ \u00a0]+"
                        r"([^,.;:()\n\"“”]{3,140}?)(?=[,.;:]|$)")
# the office's body after the verb: an article, a possessive pronoun or a name ("heads the union", "chairs
# Lundplav"; not "manages to", "heads home", "heads for")
_OFFICE_OBJECT = re.compile(r"(?:the|a|an|its|his|her|their)[ \u00a0]|[A-Z]")
_IS_CUT = re.compile(r"[ \u00a0]+(?:and|who|which|whose|since|until|but)[ \u00a0]")
_MAX_PREDICATE_WORDS = 16


# Conjunctions before a name that make its predicate a condition, not what the article says it is ("if Roe is the
# nominee", "whether Roe chairs the committee").
_CONDITIONS = frozenset({"if", "whether", "unless", "once", "until", "should"})


def _predicate_role(body: str, tokens: list[Token], first: int, last: int,
                    given_cache: dict[str, bool]) -> str | None:
    """The office a predicate gives the name ending at token `last`: "heads the local council of fishermen" (the
    verb kept, as the article says it), or after "is" the noun phrase of a title or a noun for a person ("is a
    coastal engineer at the university and led ..." gives "coastal engineer at the university"); not "is
    expected to", "is the first to", "is not"."""
    found = _PREDICATE.match(body, _name_end(body, tokens[last].end))
    if not found or first > 0 and tokens[first - 1].low in _CONDITIONS or first > 1 and (
            tokens[first - 1].possessive or tokens[first - 1].low in HONORIFICS) and tokens[first - 2].low in _CONDITIONS:
        return None
    relative = found.group(0).lstrip(" ,0123456789").startswith("who")
    if not relative and not _opens_clause(body, tokens, first):
        # "The son of X chairs the union", "The man who killed X is a former soldier": the predicate's subject is
        # the noun phrase the name sits in, not the name ("X, 58, who heads ..." is the name's own clause)
        return None
    phrase = found.group(2)
    if found.group(1):
        if not _OFFICE_OBJECT.match(phrase) or not _names_body(phrase):
            return None
        role = f"{found.group(1)} {phrase}"
        return role if len(role.split()) <= _MAX_PREDICATE_WORDS else None
    if relative:
        return None  # "X, who is ...": a clause about the person, its role is read from the apposition if any
    cut = _IS_CUT.search(phrase)
    end = found.start(2) + (cut.start() if cut else len(phrase))
    first = bisect_left(tokens, found.start(2), key=lambda token: token.start)
    stop = bisect_left(tokens, end, key=lambda token: token.start)
    if first >= stop or stop - first > _MAX_APPOSITION_TOKENS:
        return None
    role = _phrase_role(body, tokens, list(range(first, stop)), True, given_cache, AGENT_NOUN_ENDINGS)
    opening = tokens[first]
    if role and _head_word(role) in _RELATION_HEADS:
        return None  # "X is a fan of the club", "X is the mayor's son": a relation, not an office
    # ("X is a fisherman", "X is president of Y", "X is former mayor"; not "X is Lund's friend")
    return role if role and (opening.low in _ARTICLES or opening.low in ROLE_MODIFIERS or _title(opening)) else None


# The heads of a predicate's noun phrase that name a relation to someone or something, not an office.
_RELATION_HEADS = KIN_NOUNS | TIE_NOUNS | RELATION_NOUNS
_OBJECT_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})
_WORD = re.compile(r"[^\s,;:()]+")
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _head_word(phrase: str) -> str:
    """The head of a noun phrase: the last word before the first function word after its opening determiners
    ("the Kestle Fishers Union pension fund" -> "fund", "the list of candidates" -> "list", "the mayor's son" ->
    "son"), lowercased, a possessive ending dropped; the text itself keeps its case in `_names_body`."""
    return _POSSESSIVE_END.sub("", _head_text(phrase)).lower()


def _head_text(phrase: str) -> str:
    words = _WORD.findall(phrase)
    index = 0
    while index < len(words) and words[index].lower() in _OBJECT_DETERMINERS:
        index += 1
    head = ""
    for word in words[index:]:
        if word.lower() in FUNCTION_WORDS and not word[:1].isupper():
            break
        head = word
    return head


def _names_body(phrase: str) -> bool:
    """Whether the object of an office verb is a body one holds an office over: its head is an organisation's word
    (`ORG_WORDS`, `OFFICE_BODY_WORDS`: "the local council of fishermen", "the research unit") or a capitalised name
    ("Lundplav", "the Kestle Fishers Union"); not a deed's object ("the ball into the net", "the meeting every
    Tuesday", "the list of candidates", "the traffic at the pier")."""
    head = _head_text(phrase)
    low = _POSSESSIVE_END.sub("", head).lower()
    return bool(head) and (head[:1].isupper() or low in ORG_WORDS or low in OFFICE_BODY_WORDS)


def _opens_clause(body: str, tokens: list[Token], first: int) -> bool:
    """Whether the name opening at token `first` (after any form of address: "Dr X") opens its clause, so that a
    predicate right after it is about the name: at a sentence's start, after punctuation ("In May, X heads ..."),
    a conjunction ("... and X is president of Y") or a verb reporting a clause ("police said X heads the gang";
    `PREDICATE_SUBJECT_OPENERS`, `speech_verbs.ZERO_THAT`); not inside another noun phrase ("The son of X",
    "The lawyer representing X", "The man who killed X")."""
    index = first
    while index > 0 and tokens[index - 1].low in HONORIFICS and tokens[index - 1].capital:
        index -= 1
    if index == 0 or tokens[index].sentence_start:
        return True
    previous = tokens[index - 1]
    if body[previous.end:tokens[index].start].strip() or previous.text[-1:] in ".,;:!?":
        return True
    return previous.low in PREDICATE_SUBJECT_OPENERS or previous.low in speech_verbs.ZERO_THAT


_STACKED_ROLE = re.compile(r"^(.*?\b([a-z][\w-]*))[ \u00a0]+(([A-Z][\w.-]*)(?:[ \u00a0]+\S+)*)$")


def _split_stacked_role(role: str) -> tuple[str, str | None]:
    """ "Border Police commander Lieutenant General", "Soil chemist Associate Professor": a description ending in
    a lowercase title, then a capitalised title of address; two roles, the title the one next to the name (the
    description is kept as the mention's apposition)."""
    found = _STACKED_ROLE.match(role)
    if not found or found.group(2) not in TITLE_HEADS:
        return role, None
    opening = found.group(4).lower().rstrip(".")
    tail = [word.lower().rstrip(".") for word in found.group(3).split()]
    if not (opening in TITLE_HEADS or opening in ROLE_MODIFIERS or opening in HONORIFICS
            or f"{opening}." in HONORIFICS or opening in DOTTED_TITLES or any(word in TITLE_HEADS for word in tail)):
        return role, None  # ("Rear Admiral": a title further on)
    return found.group(3), found.group(1)


# A personal determiner and a tie noun right before a name, with or without a comma ("Her colleague Rokeya Banu",
# "His neighbour Sonam Dorje"): the tie is the name's role.
_TIE_BEFORE = re.compile(r"\b((?i:" + "|".join(sorted(KIN_OWNERS)) + r")[ \u00a0]+(?:"
                         + "|".join(sorted(map(re.escape, PERSON_TIE_NOUNS))) + r")),?[ \u00a0]+$")

_KIN_WORDS = frozenset(KIN_NOUNS)  # (lowercase, as written in `data.kin`)


def _word_before(body: str, low: int, start: int) -> str | None:
    """The word that `_TIE_BEFORE` and `_KIN_BEFORE` need as their noun, read in `body[low:start]` with string
    methods: the text after the last space once a final line break (`$` matches before one), the spaces (at
    least one) and one comma before `start` are taken off; None when no space is left to end such a word, so
    neither pattern can match. Most names have no family or tie word right before them: the callers then skip
    the regex search over the window, which costs as much as the rest of their rule."""
    end = start
    if end > low and body[end - 1] == "\n":
        end -= 1
    spaced = end
    while end > low and body[end - 1] in " \u00a0":
        end -= 1
    if end == spaced:
        return None
    if end > low and body[end - 1] == ",":
        end -= 1
    space = max(body.rfind(" ", low, end), body.rfind("\u00a0", low, end))
    return None if space < 0 else body[space + 1:end]


def _tie_before(body: str, start: int) -> str | None:
    """The tie before a name ("Her colleague Rokeya Banu said"): a role, but no evidence of a person of its own
    (the caller's), as "her employer" may be a firm."""
    if _word_before(body, max(0, start - 30), start) not in PERSON_TIE_NOUNS:
        return None  # (the tie nouns are matched case-sensitively: a word outside the set matches none)
    found = _TIE_BEFORE.search(body, max(0, start - 30), start)
    return found.group(1) if found else None


_AGE_BEFORE_NAME = re.compile(r"(?<=[,\w])[ \u00a0]+\d{1,3}-year-old[ \u00a0]+$")  # ", 12-year-old " before a name


def _kin_before(body: str, start: int) -> str | None:
    """The family word before a lone given name ("Her son, Tunde,", "his wife Maria", "the couple's daughter
    Kemi"): a family member is a person of the article though named by a given name only; the word is the role."""
    age = _AGE_BEFORE_NAME.search(body, max(0, start - 16), start) if body[start - 1:start] == " " else None
    if age is not None:
        start = age.start() + 1  # "her nephew, 12-year-old Paulo": an age between the kin noun and the name
    word = _word_before(body, max(0, start - 40), start)
    if word is None or word.isascii() and word.lower() not in _KIN_WORDS:
        return None  # (a word with other letters goes to the regex, whose case-insensitive match is Unicode's)
    found = _KIN_BEFORE.search(body, max(0, start - 40), start)
    if not found:
        # "She has a granddaughter, Ada, who is three": an indefinite kin noun introduces a family member too, when
        # commas set the name off on both sides; a firm's or a town's kin word ("a sister, Vireo,") needs a pronoun
        indefinite = _KIN_INDEFINITE_BEFORE.search(body, max(0, start - 40), start)
        if indefinite and _CLOSED_BY_COMMA.match(body, start) \
                and indefinite.group(1).split()[-1].lower() not in CORPORATE_KIN_NOUNS:
            return indefinite.group(1)
        return None
    pronoun, name_owner, noun_owner, kin = found.groups()
    if noun_owner is not None and noun_owner not in KIN_OWNER_NOUNS:
        return None  # "the firm's sister Vireo": a body's
    if pronoun is None and kin.split()[-1].lower() in CORPORATE_KIN_NOUNS:
        return None  # "Orlo's parent Meridian", "Tarvik's twin Lund": a firm's or a town's as often as a person's
    if name_owner is not None and name_owner[-1:] in "'’s" and not found.group(2).isupper():
        return body[found.start(2):found.end(4)]  # "Koli's granddaughter Hetal": whose relative, as written
    return kin
