"""Interviews set as questions and answers: each answer as a direct quote of the one who gives it.

An interview transcript marks its turns by name ("Ruiz: We will …", "RUIZ: …", a question opened by the
interviewer's label or by none) or by letter ("Q: …" / "A: …", the answers then being those of the one person the
introduction names, once the interviewer who asks the questions is set aside: the byline's author, a newsroom job,
the one "spoken to"). `interview_answers` returns those answers as `QuoteRecord`s (an unlabelled first-person
paragraph after an answer goes on with it); quotation marks inside an answer are quotes of their own, found by
`loaders.extract.quotes` as usual. Split out of `quotes`, which calls it once per article. A statement set out
without marks below a line "X said:" (press releases) is likewise X's direct quote (`colon_block_quotes`).
"""
from __future__ import annotations

import re
from collections import Counter

from loaders.extract.data.credits import DESK_ROLES
from loaders.extract.data.given_names import first_name_gender
from loaders.extract.data.lexicon import FUNCTION_WORDS, NAME_CONJUNCTIONS, NAME_PARTICLES
from loaders.extract.data.not_people import MAIN_CLAUSE_VERBS
from loaders.extract.data import speech_verbs
from loaders.extract.data.quote_words import (
    BLOCK_COMMA_LEAD_IN_LEMMAS,
    BLOCK_INTRODUCING_LEMMAS,
    BLOCK_LEAD_IN_ENDINGS,
    BLOCK_LEAD_IN_OBJECTS,
    BLOCK_THIS_VERBS,
    BLOCK_LIST_CUES,
    BLOCK_NARRATIVE_WORDS,
    BLOCK_NOT_SPEECH_OPENERS,
    BLOCK_SPEECH_WORDS,
    BLOCK_TOLD_AUDIENCES,
    BLOCK_WRITER_PAST,
    INTERVIEWER_AFTER,
    INTERVIEWER_BEFORE,
    LABEL_PLACE_FIRST_WORDS,
    LABEL_PLACE_FOLLOWERS,
    INTERVIEW_CUE_NEXT_WORDS,
    INTERVIEW_NOTE_NOUNS,
    UNLABELLED_INTERVIEW_CUES,
    WRITER_NARRATIVE_AFTER,
    WRITER_INTERVIEW_SUBJECTS,
    WRITER_INTERVIEW_VERBS,
)
from loaders.extract.quotemarks import QuotedSpan, opens_quoted_clause
from loaders.extract.speakers import Resolution, SpeakerResolver, _organisation_like, speaker_fields
from loaders.records import QuoteRecord


def _rstrip_end(body: str, floor: int, end: int) -> int:
    while end > floor and body[end - 1].isspace():
        end -= 1
    return end


# a capital letter, in ASCII or not ("Ž", "Ł", "Ö", "Δ", "Б"): Latin, Greek and Cyrillic capitals
_CAPITAL = "[" + "".join(chr(code) for code in range(0x41, 0x530) if chr(code).isupper()) + "]"

# "Ruiz: We will build the mine next year." A paragraph opened by a short label and a colon.
# (a label's name may hold a lowercase particle or connective: "Rest of World:", "Ana de la Cruz:"; its words may
# open on a capital outside ASCII: "Žemaitė-Kairys:", "Łuczak:"; a surname may open on its particles: "von Hollen:",
# "van der Berg:")
# (a label cannot open on "and": the name conjunctions "y", "e" stand only between its words)
_LABEL_PARTICLES = "(?:" + "|".join(sorted(NAME_PARTICLES - NAME_CONJUNCTIONS, key=len, reverse=True)) + ")"
_LABEL_INNER_WORDS = "(?:" + "|".join(sorted(NAME_PARTICLES | {"of", "the", "and", "for", "al", "el"}, key=len,
                                             reverse=True)) + ")"
_LABELLED = re.compile(r"(?P<label>(?:" + _LABEL_PARTICLES + r"[ \t]+){0,2}" + _CAPITAL + r"[\w.’'-]*(?:[ \t]+(?:"
                       + _LABEL_INNER_WORDS + r"[ \t]+){0,2}" + _CAPITAL + r"[\w.’'-]*){0,3})[ \t]*:[ \t]+"
                       r"(?P<text>[^\s\"“‘«].*)", re.DOTALL)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|we|We|we're|we’re|our|Our|us|my|My|me)\b")

# a turn's label and colon, whatever its words open with (a quotation mark as well: 'Kovac: “Because …”')
_TURN = re.compile(_LABELLED.pattern.split(r"[ \t]*:")[0] + r"[ \t]*:[ \t]+(?=\S)")


def transcript_turns(body: str) -> dict[int, tuple[int, int, int]]:
    """The turns of a transcript, {paragraph start: (label start, label end, start of the turn's words)}: paragraphs opened by "Label: " in an
    article where at least two labels each open two or more paragraphs ("Lind: …", "Kovac: …")."""
    turns, counts = {}, Counter()
    for found in re.finditer(r"(?m)^", body):
        start = found.start()
        end = body.find("\n", start)
        end = len(body) if end < 0 else end
        labelled = _TURN.match(body, start, end)
        if labelled:
            turns[start] = (*labelled.span("label"), labelled.end())
            counts[labelled.group("label")] += 1
    if sum(count >= 2 for count in counts.values()) < 2:
        return {}
    return turns


def interview_answers(body: str, paragraphs: list[tuple[int, int]], spans: list[QuotedSpan],
                       resolver: SpeakerResolver) -> list[QuoteRecord]:
    """The answers of an interview set as questions and answers: a paragraph opened by "Name: " whose name is a
    person of the article is a direct quote of that person, when the article has at least two such answers by
    one person and a question (a paragraph ending in "?" opened by another label, or by none). An unlabelled
    paragraph after an answer that speaks in the first person and names nobody goes on with the answer
    (continuation). Quotation marks inside an answer are quotes of their own, found as usual."""
    rows = []
    for start, end in paragraphs:
        labelled = _LABELLED.fullmatch(body, start, _rstrip_end(body, start, end))
        speaker = None
        if labelled and not resolver.is_quoted(start):
            resolution = resolver.resolve(*labelled.span("label"))
            if not resolution.name and labelled.group("label").isupper():
                resolution = _person_in_capitals(resolver, *labelled.span("label"))
            if not resolution.name:
                resolution = _person_by_initials(resolver, *labelled.span("label"))
            if not resolution.name:
                resolution = _written_in_full(resolver, *labelled.span("label"))
            speaker = resolution if resolution.name else None
        rows.append((start, end, labelled, speaker))
    # (the interviewee is who answers: an interviewer labelled by name asks as many turns, all questions)
    answers = Counter(speaker.name for start, end, _, speaker in rows
                      if speaker and not body[start:_rstrip_end(body, start, end)].endswith("?"))
    if not answers:
        return _unnamed_interview_answers(body, paragraphs, spans, resolver)
    interviewee, count = answers.most_common(1)[0]
    questions = [row for row in rows if body[row[0]:_rstrip_end(body, row[0], row[1])].endswith("?")
                 and not (row[3] and row[3].name == interviewee)]
    if count < 2 or not questions:
        return []
    # (a paragraph opened by a turn's label as a word of its sentence, "Kyiv Post is an independent outlet.",
    # may speak of that party in the third person: see _third_person_about)
    labels = {labelled.group("label") for _, _, labelled, _ in rows if labelled}
    quotes, current = [], None
    for index, (start, end, labelled, speaker) in enumerate(rows):
        text_end = _rstrip_end(body, start, end)
        if speaker and speaker.name == interviewee:
            current = speaker
            text_start = labelled.start("text")
            reference = None
        elif current and not labelled and not body[start:text_end].endswith("?") \
                and (_FIRST_PERSON.search(body, start, text_end) or _before_next_turn(rows, index)) \
                and not resolver.mentions_in(start, text_end) and body[start:start + 1] not in "\"“‘«" \
                and not any(_third_person_about(body, start, text_end, label) for label in labels):
            text_start, reference = start, "next paragraph"
        else:
            current = None
            continue
        if opens_quoted_clause([(span.open_mark, span.outer_end) for span in spans], text_start, text_end):
            continue  # "Ruiz: “…”": the quotation is found with its marks
        quotes.append(QuoteRecord(text=body[text_start:text_end], kind="direct", start=text_start, end=text_end,
                                  **speaker_fields(current, reference)))
    return quotes


# the first person of one speaker: no outlet, no interviewer's "we", says "I"
_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|my|My|me|mine|myself)\b")
# a turn's label that is its sentence's subject: an owner's 's, an auxiliary or a common verb form after it
# ("Kyiv Post is …", "Harbour Herald has covered …", "Kovac said …"), not a label qualifying a noun ("Harbour
# Herald readers")
_SUBJECT_VERB = re.compile(r"(?:['’]s\b|\s+(?:(?:" + "|".join(sorted(MAIN_CLAUSE_VERBS)) + r")\b|[a-z]+ed\b|"
                           r"(?:says|said|wants|thinks|believes)\b))")


def _third_person_about(body: str, start: int, end: int, label: str) -> bool:
    """Whether a paragraph opened by a transcript's turn label ("Kyiv Post is an independent outlet. Support us on
    Patreon.") reads as the interviewer's or the outlet's prose about that party, and so ends the answer before
    it: it has no first person, or only a plural one ("we", "us") with the label the subject of its sentence (the
    outlet speaking of itself, the interviewer of the interviewee: "Kovac is stepping down. We wish her well.").
    A paragraph in the first person singular ("Harbour Herald was the first paper to call me.") or whose "we" is
    not the label's ("Harbour Herald readers have been generous. We thank every one of them.") goes on."""
    opening = re.match(re.escape(label) + r"(?=\s|['’]s\b)", body[start:end])
    if not opening:
        return False
    if not _FIRST_PERSON.search(body, start, end):
        return True
    if _FIRST_PERSON_SINGULAR.search(body, start, end):
        return False
    return bool(_SUBJECT_VERB.match(body, start + opening.end(), end))


def _before_next_turn(rows: list, index: int) -> bool:
    """Whether a labelled turn ("Host: …", "Ruiz: …") comes within the three paragraphs after rows[index]: a
    paragraph between an answer and the next turn is still the answer, first person or not (the transcript's turns
    are marked; an editor's closing line after the last turn is not between two)."""
    return any(labelled for _, _, labelled, _ in rows[index + 1:index + 4])


def _person_in_capitals(resolver: SpeakerResolver, start: int, end: int) -> Resolution:
    """A transcript's label in capitals ("KAMAU:", "RUTH KAMAU:"): the one person of the article whose name holds
    all its words."""
    words = resolver.body[start:end].casefold().split()
    found = [person for person in resolver.people
             if all(word in person.name.casefold().split() for word in words)]
    if len(found) != 1:
        return Resolution()
    return Resolution(name=found[0].name, start=start, end=end, via="name")


def _person_by_initials(resolver: SpeakerResolver, start: int, end: int) -> Resolution:
    """A transcript's label of initials ("PL:" after "Petra Lindqvist: …"): the one person of the article whose
    name's words open with those letters, in order; none when two people share them or the label is no initials
    (two or three capitals, nothing else)."""
    label = resolver.body[start:end]
    if not _INITIALS.fullmatch(label):
        return Resolution()
    found = [person for person in resolver.people
             if "".join(word[:1] for word in person.name.split()).upper() == label]
    if len(found) != 1:
        return Resolution()
    return Resolution(name=found[0].name, start=start, end=end, via="name")


_INITIALS = re.compile(r"[A-Z]{2,3}")


# "Korvina Talmadge": a capitalised first word ("Šarūnas" as well), then the label's one word, outside any quotation
_FULL_NAME_BEFORE = r"(?<![\w’'-])(" + _CAPITAL + r"[a-z\u00c0-\u024f’'-]+[ \t]+)"


def _written_in_full(resolver: SpeakerResolver, start: int, end: int) -> Resolution:
    """A transcript's one-word label ("Talmadge:") for a person the people step did not list: the one full name
    the article writes outside quotations ending on that word ("Korvina Talmadge took over …"), when it is no
    organisation's name. Two such names ("Korvina and Oren Talmadge") leave it unknown. Whether the label
    answers at all is decided as for any label (two answers and a question)."""
    label = resolver.body[start:end]
    if " " in label or not label[:1].isupper() or label.isupper():
        return Resolution()
    matches = [match for match in re.finditer(_FULL_NAME_BEFORE + re.escape(label) + r"\b", resolver.body)
               if not resolver.is_quoted(match.start()) and match.group(1).strip() not in _NOT_FIRST_WORDS
               and not _organisation_like(match.group(0)) and _first_name_like(resolver, match)]
    if len({match.group(0) for match in matches}) != 1:
        return Resolution()
    # provenance: the name is no person of the article, so it is stored as the label, and a label's offsets are
    # where the body writes it, as written: the full name's nearest writing before the label (else the first after)
    at = ([match for match in matches if match.start() < start] or matches[:1])[-1]
    return Resolution(name=at.group(0), start=at.start(), end=at.end(), via="name")


def _first_name_like(resolver: SpeakerResolver, match: re.Match) -> bool:
    """The word before the label's is a first name: a person the people step found by that full name, or a given
    name of the given-names table, or else no function word ("When Talmadge took over"), no place's first word
    ("Mount Talmadge", quote_words.LABEL_PLACE_FIRST_WORDS) and no place's noun after ("Upper Hennessy Road")."""
    full = " ".join(match.group(0).split())
    first = match.group(1).strip()
    if any(person.name == full for person in resolver.people) or first_name_gender(first):
        return True
    after = re.match(r"[ \t]+([A-Za-z]+)", resolver.body[match.end():])
    return first.lower() not in FUNCTION_WORDS and first.lower() not in LABEL_PLACE_FIRST_WORDS \
        and not (after and after.group(1).lower() in LABEL_PLACE_FOLLOWERS)


# capitalised words that open a sentence or precede a surname without being a first name
_NOT_FIRST_WORDS = frozenset({"The", "A", "An", "And", "But", "Mr", "Mrs", "Ms", "Dr", "Prof", "Said", "Says", "Of",
                              "In", "At", "By", "For", "To", "With", "From", "Minister", "President"})


# "Q: Why now?" / "A. Because …": questions and answers marked by letter or word instead of by name.
_QA_MARK = re.compile(r"(?P<mark>Q|A|Question|Answer)[ \t]*[.:\u2014\u2013-][ \t]*(?P<text>[^\s\"“‘«].*)", re.DOTALL)


def _unnamed_interview_answers(body: str, paragraphs: list[tuple[int, int]], spans: list[QuotedSpan],
                               resolver: SpeakerResolver) -> list[QuoteRecord]:
    """An interview whose answers are marked "A:" (or "A.", "Answer:") after questions marked "Q:": the answers
    are direct quotes of the person the article introduces before its first question (the interviewee), when
    there are at least two answers and a question and that introduction names one person. A role reference:
    the mark stands for someone named elsewhere."""
    rows = [(start, end, _QA_MARK.fullmatch(body, start, _rstrip_end(body, start, end))) for start, end in paragraphs]
    marked = [(start, end, found) for start, end, found in rows if found and not resolver.is_quoted(start)]
    answers = [row for row in marked if row[2].group("mark") in ("A", "Answer")]
    if not marked:
        return _bare_interview_answers(body, paragraphs, spans, resolver)
    if len(answers) < 2 or not any(row[2].group("mark") in ("Q", "Question") for row in marked):
        return []
    named = _interviewee(resolver, marked[0][0])
    if named is None:
        return []
    interviewee = Resolution(name=named.person.name, start=named.start, end=named.end, via="description")
    quoted = [(span.open_mark, span.outer_end) for span in spans]
    quotes = []
    for start, end, found in answers:
        text_start, text_end = found.start("text"), _rstrip_end(body, start, end)
        if not opens_quoted_clause(quoted, text_start, text_end):
            quotes.append(QuoteRecord(text=body[text_start:text_end], kind="direct", start=text_start, end=text_end,
                                      **speaker_fields(interviewee)))
    return quotes


def _interviewee(resolver: SpeakerResolver, first_question: int):
    """The mention of the one person the introduction (the text before the first question) names as interviewed,
    once the interviewers are set aside; None when it names nobody or several."""
    introduction = [m for m in resolver.mentions_in(0, first_question) if not resolver.is_quoted(m.start)]
    interviewers = _interviewers(resolver, introduction)
    if any(m.person.name not in interviewers for m in introduction):  # (an interviewer is never the only one)
        introduction = [m for m in introduction if m.person.name not in interviewers]
    people = {m.person.name for m in introduction}
    if len(people) > 1:
        introduction = _who_spoke(resolver, introduction)
        people = {m.person.name for m in introduction}
    return introduction[0] if len(people) == 1 else None


def _words_alt(words) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


# "I spoke with [the novelist] Mara Holt by phone": the writer's own interview, its object the interviewee
_SECOND_PERSON = re.compile(r"\b(?i:you|your|you're|you’re|you've|you’ve|you'd|you’d|yourself)\b")
_CUES = re.compile(r"(?i:" + "|".join(re.escape(cue) for cue in UNLABELLED_INTERVIEW_CUES) + r")")
# the word after a "following …" cue: a verb or preposition of the note ("The following interview has been edited")
_CUE_NEXT = re.compile(r"[ \t]*(?:[.,:;!?\u2014\u2013-]|$|(?i:" + _words_alt(INTERVIEW_CUE_NEXT_WORDS) + r")\b)")
# a note's own subject before its cue: "This column has been edited …", "Our conversation was condensed …"
_NOTE_SUBJECT = re.compile(r"(?i:\b(?:this|the|our|these|that|my)[ \t]+(?:[\w&’'-]+[ \t]+){0,2}?(?P<noun>[\w&’'-]+)"
                           r"[ \t]+(?:has|have|had|was|were|is|are)[ \t]+(?:been[ \t]+)?(?:\w+ly[ \t]+)?(?:\w+[ \t]+and[ \t]+)?)$")
_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*$")


def _cue_in(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] holds an editor's note on an interview (`quote_words.UNLABELLED_INTERVIEW_CUES`): a
    "following …" cue whose noun ends its phrase (`INTERVIEW_CUE_NEXT_WORDS`), a note whose own subject, if it has
    one, is the interview (`INTERVIEW_NOTE_NOUNS`: "This column has been edited for length" is no interview's)."""
    for cue in _CUES.finditer(body, start, end):
        if cue.group(0).lower().startswith("following") and not _CUE_NEXT.match(body, cue.end(), end):
            continue
        opening = _SENTENCE_START.search(body, start, cue.start())
        sentence_start = opening.start() + 1 if opening else start
        subject = _NOTE_SUBJECT.search(body[sentence_start:cue.end()].rsplit(" has been", 1)[0] + " has been "
                                       if cue.group(0).lower().startswith("has been") else
                                       body[sentence_start:cue.start()])
        if subject and subject.group("noun").lower() not in INTERVIEW_NOTE_NOUNS:
            continue
        return True
    return False
# (an unlabelled question: one paragraph ending in "?", short, not opened by a quotation mark)
_QUESTION_MAX_WORDS = 70


def _bare_interview_answers(body: str, paragraphs: list[tuple[int, int]], spans: list[QuotedSpan],
                            resolver: SpeakerResolver) -> list[QuoteRecord]:
    """An interview set out as bare questions and answers: questions as paragraphs of their own ending in "?",
    each followed by the interviewee's answer in one paragraph or more, with no label and no quotation marks.
    It is one only with its evidence: an editor's note on the transcript or the writer's own interview
    (`quote_words.UNLABELLED_INTERVIEW_CUES`, "I spoke with X"), at least two questions with an answer, most
    questions put to someone ("you") and most answers in the first person. The answers are direct quotes of the
    person the introduction names as interviewed (the object of "I spoke with", else the one person named before
    the first question once the interviewers are set aside), named there; an answer's later paragraphs continue it.
    A FAQ or explainer ("What is the new levy?"), a live blog's question headings or a reader's letter answered by
    the writer have no such note and yield nothing; nor does a rhetorical question (one question)."""
    rows = []
    for start, end in paragraphs:
        text_end = _rstrip_end(body, start, end)
        text = body[start:text_end]
        question = text.endswith("?") and len(text.split()) <= _QUESTION_MAX_WORDS \
            and body[start:start + 1] not in "\"“‘«" and not resolver.is_quoted(start)
        rows.append((start, text_end, question))
    first = next((index for index, row in enumerate(rows) if row[2]), None)
    if first is None:
        return []
    cue_rows = {index for index, (start, end, _) in enumerate(rows) if _cue_in(body, start, end)}
    writer = _writer_interview(resolver, rows[first][0])
    if not cue_rows and writer is None:
        return []
    turns, current = [], None  # (question row, [answer rows])
    for index in range(first, len(rows)):
        if rows[index][2]:
            current = (index, [])
            turns.append(current)
        elif index not in cue_rows:
            current[1].append(index)
    answered = [turn for turn in turns if turn[1]]
    if len(answered) < 2:
        return []
    if 2 * sum(bool(_SECOND_PERSON.search(body, rows[q][0], rows[q][1])) for q, _ in turns) < len(turns) \
            or 2 * sum(bool(_FIRST_PERSON.search(body, rows[a[0]][0], rows[a[0]][1])) for _, a in answered) \
            < len(answered):
        return []
    named = writer or _interviewee(resolver, rows[first][0])
    if named is None:
        return []
    interviewee = resolver.of_mention(named)
    quoted = [(span.open_mark, span.outer_end) for span in spans]
    quotes = []
    for _, answer in answered:
        for position, index in enumerate(answer):
            start, end, _ = rows[index]
            if opens_quoted_clause(quoted, start, end) or body[start:start + 1] in "\"“‘«":
                continue
            if position and not _FIRST_PERSON.search(body, start, end) \
                    and any(m.person.name == named.person.name for m in resolver.mentions_in(start, end)):
                break  # the writer's prose about the interviewee ends the answer
            fields = speaker_fields(interviewee, "next paragraph" if position else None)
            if not position:
                fields["speaker_confidence"] = BARE_ANSWER_CONFIDENCE
            quotes.append(QuoteRecord(text=body[start:end], kind="direct", start=start, end=end, **fields))
    return quotes


# an unlabelled answer's speaker is named only in the introduction: surer than a pronoun, less than a label
BARE_ANSWER_CONFIDENCE = 0.8


def _writer_interview(resolver: SpeakerResolver, first_question: int):
    """The mention right after the writer's own interview phrase before the first question ("I spoke with Mara
    Holt", "We talked to the novelist Holt"), or None."""
    for mention in resolver.mentions_in(0, first_question):
        if not resolver.is_quoted(mention.start) \
                and _WRITER_INTERVIEW_BEFORE.search(resolver.body, max(0, mention.start - 80), mention.start):
            if _WRITER_NARRATIVE.match(resolver.body, mention.end):
                return None  # "I spoke with X, who fixes bikes, and it made me think": the writer's narrative
            return mention
    return None


_DESK_ROLE_WORDS = frozenset(DESK_ROLES) | frozenset(role + "s" for role in DESK_ROLES)


def _interviewers(resolver: SpeakerResolver, introduction: list) -> set[str]:
    """The people of an interview's introduction who ask the questions rather than answer them: the article's
    byline authors, anyone the article gives a newsroom job ("our correspondent Otieno Mbeki", "reporter
    X": `credits.DESK_ROLES`), and anyone the introduction names as the one spoken to or interviewing ("spoke to
    X", "interviewed by X", "X interviewed her": `quote_words.INTERVIEWER_BEFORE`, `INTERVIEWER_AFTER`)."""
    authors = {author.casefold() for author in (getattr(resolver.article, "authors", None) or ())}
    body = resolver.body
    return {m.person.name for m in introduction
            if m.person.name.casefold() in authors
            or (m.role and m.role.casefold().split()[-1] in _DESK_ROLE_WORDS)
            or _INTERVIEWER_BEFORE.search(body, max(0, m.start - 80), m.start)
            or _INTERVIEWER_AFTER.match(body, m.end)}


def _words(phrases) -> str:
    return "|".join(r"[ \t]+".join(map(re.escape, phrase.split())) for phrase in sorted(phrases, key=len, reverse=True))


# "spoke to [our (senior) correspondent] Otieno Mbeki": at most three words between, none ending a sentence
_INTERVIEWER_BEFORE = re.compile(r"\b(?i:" + _words(INTERVIEWER_BEFORE) + r")(?:[ \t]+[\w’'-]+){0,3}?[ \t]+$")
_INTERVIEWER_AFTER = re.compile(r"[ \t]+(?i:" + _words(INTERVIEWER_AFTER) + r")\b(?![ \t]+by\b)")


# "I spoke with [the novelist] Mara Holt": the writer's own interview phrase, at most three words between
_WRITER_INTERVIEW_BEFORE = re.compile(r"\b(?:" + "|".join(WRITER_INTERVIEW_SUBJECTS) + r")[ \t]+(?:\w+ly[ \t]+)?(?i:"
                                      + _words(WRITER_INTERVIEW_VERBS) + r")(?:[ \t]+[\w’'-]+){0,3}?[ \t]+$")


# after the interviewee's mention (and an apposition between commas), the conversation made a subject of narrative
_WRITER_NARRATIVE = re.compile(r"(?:,[^,.;:!?\n]{1,80},)?[ \t]*,?[ \t]+(?i:" + _words(WRITER_NARRATIVE_AFTER) + r")\b")


# "spoke to the Ledger", "talks to our reporter": the interview's phrase, its subject the interviewee
_INTERVIEW_PHRASE = re.compile(r"\b(?i:" + _words(INTERVIEWER_BEFORE) + r")\b")


def _who_spoke(resolver: SpeakerResolver, introduction: list) -> list:
    """Of an introduction naming several people, the mentions of the one who is the subject of its interview
    phrase ("Wanjiru Kamau, who replaced Peter Njoroge in March, spoke to the Ledger": the first person named in
    that sentence before the phrase); all of them when no sentence has one."""
    for mention in introduction:
        sentence_start, sentence_end = resolver.sentences[resolver.sentence_of(mention.start)]
        phrase = _INTERVIEW_PHRASE.search(resolver.body, mention.end, sentence_end)
        if phrase and not any(other.start < mention.start for other in introduction
                              if sentence_start <= other.start):
            return [m for m in introduction if m.person.name == mention.person.name]
    return introduction


# "Chief executive Idris Penhallow said:", "The board said in a statement on Monday:": a paragraph of its own, a
# subject, a speech verb (quote_words.BLOCK_INTRODUCING_LEMMAS), at most five words after it, a colon
# (the -s form of a noun-like verb too, "Marsh remarks …": right after its subject it is the verb)


def _lead_in_forms(lemmas) -> str:
    return "|".join(sorted({form for lemma in lemmas for form in speech_verbs.forms(lemma)
                            if not form.endswith("ing")}
                           | {form for lemma in lemmas for form in speech_verbs.inflections(lemma)[1:2]
                              if form in speech_verbs.S_FORMS_AFTER_SUBJECT}, key=len, reverse=True))


_BLOCK_VERB = _lead_in_forms(BLOCK_INTRODUCING_LEMMAS)
_TOLD_AUDIENCE = r"(?:told|tells)\s+(?:" + "|".join(re.escape(audience) for audience in
                                                    sorted(BLOCK_TOLD_AUDIENCES, key=len, reverse=True)) + r")\b"
_READ_OUT = "|".join(re.escape(words).replace(r"\ ", r"\s+") for words in
                     sorted(BLOCK_LEAD_IN_OBJECTS, key=len, reverse=True))
_THIS_ENDING = "|".join(re.escape(words).replace(r"\ ", r"\s+") for words in
                        sorted(BLOCK_LEAD_IN_ENDINGS, key=len, reverse=True))
_ANSWERS_THIS = (r"(?:(?:[a-z]+ly|do(?:es)?\s+not|did\s+not|do(?:es)?n[’']t|didn[’']t)\s+)?(?:" + "|".join(BLOCK_THIS_VERBS)
                 + r")(?:\s+(?:up|back))?\s+(?:" + _THIS_ENDING + r")")
_COLON_LINE = re.compile(r"(?P<subject>[A-Z][^:\"“”‘’\n]{0,80}?)\s+(?:(?:(?:" + _BLOCK_VERB + r")|(?i:"
                         + _TOLD_AUDIENCE + r"))(?:\s+[\w’'-]+){0,5}|(?:" + _READ_OUT + r")(?:\s+[\w’'-]+){0,4}"
                         r"|" + _ANSWERS_THIS + r")\s*:")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]?$")
# The same lead-in as the last sentence of a longer paragraph ("… Lena Marsh writes in her report:"), and a lead-in
# closing the paragraph with a comma (`BLOCK_COMMA_LEAD_IN_LEMMAS`: "As the engineer Lena Marsh says in her report
# (Harbour Press, 2019),", "Lena Marsh in her report argues that,"): a few words after the verb, no reported
# clause begun ("said on Monday that the plan, …" breaks a sentence, it introduces no block)
_COMMA_VERB = _lead_in_forms(BLOCK_COMMA_LEAD_IN_LEMMAS)
_LAST_SENTENCE_LEAD_IN = re.compile(
    r"(?:(?:As|And|But|So)\s+)?(?P<subject>[A-Z][^:\"“”‘’\n]{0,80}?)\s+(?:(?:" + _BLOCK_VERB
    + r")(?:\s+[\w’'-]+){0,5}\s*:|" + _ANSWERS_THIS + r"\s*:|(?:" + _COMMA_VERB + r")(?:\s+(?!that\b)[^\s\"“”‘’:;]+){0,8}?(?:\s+that)?\s*,)")


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "these", "those",
                          "this", "that"})


def colon_block_quotes(body: str, paragraphs: list[tuple[int, int]], spans: list[QuotedSpan],
                       resolver: SpeakerResolver) -> list[QuoteRecord]:
    """A statement set out without quotation marks below a paragraph "X said:": the next paragraph is a direct
    quote of X, when it holds no quotation marks, names no person, and ends a sentence; the paragraphs after it
    that speak in the first person and name nobody go on with it (continuation). A colon line without a speech
    verb ("The following ships will call:") introduces no words spoken."""
    quoted = [(span.open_mark, span.outer_end) for span in spans]
    marks = "\"“”«»"
    quotes = []
    for index, (start, end) in enumerate(paragraphs[:-1]):
        line = _last_sentence_lead_in(body, start, _rstrip_end(body, start, end), resolver) \
            or _COLON_LINE.fullmatch(body, start, _rstrip_end(body, start, end))
        if line is None or resolver.is_quoted(start) or resolver.is_quoted(line.start("subject")):
            continue
        if any(cue in line.group(0).lower() for cue in BLOCK_LIST_CUES):
            continue  # "Officials said the following roads will close:": a list, not words spoken
        subject = line.group("subject")
        if subject.endswith(("'s", "’s")) or subject.lower() in _DETERMINERS:
            continue  # "Lena Marsh's remarks …,", "The remarks of …,": a possessor or a determiner, no subject
        subject_start = line.start("subject")
        if "," in subject:  # "As you might expect, the board does not buy this:": the subject after the opening
            subject_start += subject.rindex(",") + 1
            subject_start += len(body[subject_start:line.end("subject")]) \
                - len(body[subject_start:line.end("subject")].lstrip())
        speaker = resolver.resolve(subject_start, line.end("subject"))
        if not speaker.name:
            # "Lena Marsh in her report (2019) argues that,": the person named first in the subject
            # ... or after an opening phrase closed by a comma ("As you might expect, Marsh does not buy this:")
            # ... never a name inside that opening phrase ("Like Tom Reyes, many critics do not buy this:")
            named = resolver.mentions_in(*line.span("subject"))
            named = named[:1] if named and named[0].start == line.start("subject") else \
                [mention for mention in named if mention.start >= subject_start][:1]
            speaker = resolver.resolve(named[0].start, named[0].end) if named \
                and (named[0].start == line.start("subject")
                     or resolver.opens_main_clause(named[0], line.start("subject"))) else speaker
        if not speaker.known:
            continue
        reference = None
        for next_start, next_end in paragraphs[index + 1:index + 4]:
            text_end = _rstrip_end(body, next_start, next_end)
            text = body[next_start:text_end]
            if _quotes_in_block(text, marks) or opens_quoted_clause(quoted, next_start, text_end) \
                    or resolver.mentions_in(next_start, text_end) or not _SENTENCE_END.search(text) \
                    or len(text.split()) < 3 or _COLON_LINE.fullmatch(text) or _LABELLED.fullmatch(text) \
                    or reference and not _FIRST_PERSON.search(text) \
                    or not all(_speech_evidence(text, first=reference is None).values()):
                break
            quotes.append(QuoteRecord(text=text, kind="direct", start=next_start, end=text_end,
                                      **speaker_fields(speaker, reference)))
            reference = "next paragraph"
    return quotes


def _last_sentence_lead_in(body: str, start: int, end: int, resolver: SpeakerResolver) -> re.Match | None:
    """The lead-in of a block quotation written as the last sentence of a longer paragraph (`_LAST_SENTENCE_LEAD_IN`)."""
    if end <= start or body[end - 1] not in ":,":
        return None
    sentence_start = max(start, resolver.sentences[resolver.sentence_of(end - 1)][0])
    sentence_start += len(body[sentence_start:end]) - len(body[sentence_start:end].lstrip())
    return _LAST_SENTENCE_LEAD_IN.fullmatch(body, sentence_start, end)


def _quotes_in_block(text: str, marks: str) -> bool:
    """Whether a paragraph below a lead-in is quoted speech of its own (opening on a mark) or mostly quoted words;
    a word or two in marks inside the block ("The word “permanent” is …") is the speaker's own quoting."""
    if not any(mark in text for mark in marks):
        return False
    if text[0] in marks or text[0] in "‘’":
        return True
    inside = sum(len(part) for part in re.findall(r"[\"“][^\"“”]*[\"”]", text))
    return text.count("“") != text.count("”") or inside * 3 > len(text)


_WORDS = re.compile(r"[\w’']+")
_THIRD_PERSON_OPENING = re.compile(r"(?:He|She|They|It)\s+(?:was|were|had|said|felt|thought|believed|added|"
                                   r"\w+ed)\b")
_WRITER_PAST = re.compile(r"(?:I|We)\s+(?:(?:also|then|first|later|had|have|once)\s+)?(?:"
                          + "|".join(BLOCK_WRITER_PAST) + r")\b")


def _speech_evidence(text: str, first: bool) -> dict[str, bool]:
    """Named rows of evidence that a paragraph set out below "X said:" reads as X's speech; all must hold.
    `first`: the statement's first paragraph (the paragraphs after it go on only in the speaker's voice)."""
    lower = text.lower()
    words = [word.lower() for word in _WORDS.findall(text)]
    narrative = any(f" {word} " in f" {lower} " for word in BLOCK_NARRATIVE_WORDS)
    return {
        # first/second person, a modal, a present-tense or evaluative verb: the words of a statement
        "statement words": any(word in BLOCK_SPEECH_WORDS for word in words),
        # no link, embed or reporter's transition ("Read more: …", "Watch the video below.", "Next, …")
        "not a link or embed line": not lower.startswith(BLOCK_NOT_SPEECH_OPENERS),
        # no narrative past about the speaker in the third person ("He was confident …": a paraphrase)
        "not third-person narrative": _THIRD_PERSON_OPENING.match(text) is None,
        # no narrative of the meeting ("The meeting then moved on …") without a first person to speak it
        "not the reporter's narrative": not narrative or _FIRST_PERSON.search(text) is not None,
        # after the first paragraph: not the writer's own past ("I was at the same meeting in 2019 …")
        "same voice": first or _WRITER_PAST.match(text) is None,
    }
