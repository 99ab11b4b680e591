"""Every vocabulary entry earns a test: each speech verb and its cue forms, each role of the speech-verb table,
each event-trigger row, each honorific and dotted title, and each date label, month spelling and time zone.

The examples are written here, apart from the tables, so that removing a table entry fails its example, and each
test also checks that every table entry has an example, so that a new entry without a working one fails. Where
the tables give a regex (event triggers) or a template fits every word (the speech-verb roles), the cases are
generated from the tables themselves. Known extractor bugs are strict xfails with the reason.
"""
from __future__ import annotations

import re
from datetime import date

import pytest

from loaders.extract.data import dateforms
from loaders.extract.data import speech_verbs as sv
from loaders.extract.data.lexicon import DOTTED_TITLES, HONORIFICS, UNDOTTED_TITLES
from loaders.extract.events import TRIGGERS, extract_events
from loaders.extract.people import extract_people
from loaders.extract.pubdates import date_line, find_dates
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord, MentionRecord, PersonRecord
from loaders.registry import Registry

_EMPTY = Registry()


def _article(body: str, published: date | None = None) -> ArticleRecord:
    return ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, published_on=published,
                         date_precision="day" if published else None)


def _cast(body: str, *names: str) -> list[PersonRecord]:
    """A person for each full name, mentioned wherever the full name or its surname appears."""
    people = []
    for name in names:
        surname = name.split()[-1]
        spans: list[tuple[int, int]] = []
        for match in re.finditer(rf"\b(?:{re.escape(name)}|{re.escape(surname)})\b", body):
            if not any(a <= match.start() < b for a, b in spans):
                spans.append(match.span())
        if spans:
            people.append(PersonRecord(name=name, mentions=[MentionRecord(body[a:b], a, b) for a, b in spans]))
    return people


def _quotes(body: str, people: list[PersonRecord] | None = None):
    article = _article(body)
    if people is None:
        people = extract_people(article, _EMPTY)
    return extract_quotes(article, people, _EMPTY)


# -- speech verbs -------------------------------------------------------------------------------------------------
# Every lemma of data/speech_verbs.py with the forms that should cue a quote, spelt as English spells them.
CUE_FORMS = {
    "say": "say, says, said, saying", "tell": "tells, told, telling", "write": "writes, wrote, writing, written",
    "speak": "speaks, spoke, speaking, spoken", "think": "think, thinks, thought, thinking",
    "put": "puts, putting, put it", "make clear": "makes clear, made clear, making clear", "cry": "cried, crying", "reply": "replies, replied, replying",
    "testify": "testify, testifies, testified, testifying", "deny": "deny, denies, denied, denying",
    "quip": "quip, quips, quipped, quipping", "decry": "decry, decries, decried, decrying",
    "rip": "rips, ripped, ripping", "begin": "begins, began, beginning", "read": "reads, read", "find": "found, finding",
    "show": "showed", "echo": "echoed, echoing", "admit": "admit, admits, admitted, admitting",
    "refer": "refers, referred, referring", "demur": "demurs, demurred, demurring",
    "signal": "signaled, signalled, signaling, signalling", "add": "adds, added, adding", "state": "stated, stating",
    "sing": "sing, sings, sang, singing, sung",
    "note": "noted, noting", "explain": "explain, explains, explained, explaining",
    "argue": "argue, argues, argued, arguing", "claim": "claim, claims, claimed, claiming",
    "insist": "insist, insists, insisted, insisting", "warn": "warn, warns, warned, warning",
    "declare": "declare, declares, declared, declaring", "announce": "announce, announces, announced, announcing",
    "tweet": "tweets, tweeted, tweeting", "post": "posted, posting", "continue": "continues, continued, continuing",
    "ask": "asks, asked, asking", "respond": "responds, responded, responding", "answer": "answered, answering",
    "recall": "recall, recalls, recalled, recalling",
    "acknowledge": "acknowledge, acknowledges, acknowledged, acknowledging",
    "concede": "concede, concedes, conceded, conceding", "contend": "contend, contends, contended, contending",
    "assert": "assert, asserts, asserted, asserting", "suggest": "suggest, suggests, suggested, suggesting",
    "indicate": "indicate, indicates, indicated, indicating", "predict": "predict, predicts, predicted, predicting",
    "promise": "promised, promising", "vow": "vowed, vowing", "pledge": "pledged, pledging",
    "urge": "urges, urged, urging", "describe": "describe, describes, described, describing",
    "complain": "complain, complains, complained, complaining", "boast": "boasts, boasted, boasting",
    "joke": "joked, joking", "remark": "remarked, remarking", "observe": "observes, observed, observing",
    "comment": "commented, commenting", "confirm": "confirm, confirms, confirmed, confirming",
    "report": "reports, reported, reporting", "emphasize": "emphasize, emphasizes, emphasized, emphasizing",
    "emphasise": "emphasise, emphasises, emphasised, emphasising", "stress": "stressed, stressing",
    "recount": "recounts, recounted, recounting", "lament": "lament, laments, lamented, lamenting",
    "shout": "shouts, shouted, shouting", "yell": "yell, yells, yelled, yelling",
    "exclaim": "exclaim, exclaims, exclaimed, exclaiming", "mutter": "mutter, mutters, muttered, muttering",
    "whisper": "whisper, whispers, whispered, whispering", "charge": "charged, charging",
    "counter": "countered, countering", "retort": "retort, retorts, retorted, retorting",
    "believe": "believe, believes, believed, believing", "agree": "agree, agrees, agreed, agreeing",
    "conclude": "conclude, concludes, concluded, concluding", "mention": "mentions, mentioned, mentioning",
    "reiterate": "reiterate, reiterates, reiterated, reiterating", "repeat": "repeated, repeating",
    "caution": "cautions, cautioned, cautioning", "maintain": "maintain, maintains, maintained, maintaining",
    "proclaim": "proclaim, proclaims, proclaimed, proclaiming", "opine": "opine, opines, opined, opining",
    "muse": "muses, mused, musing", "wonder": "wonders, wondered, wondering",
    "interject": "interject, interjects, interjected, interjecting",
    "elaborate": "elaborate, elaborates, elaborated, elaborating", "thunder": "thundered, thundering",
    "snap": "snapped, snapping", "sigh": "sighed, sighing", "laugh": "laughed, laughing",
    "assure": "assure, assures, assured, assuring", "reassure": "reassure, reassures, reassured, reassuring",
    "express": "expresses, expressed, expressing", "welcome": "welcomed, welcoming",
    "condemn": "condemn, condemns, condemned, condemning", "accuse": "accuse, accuses, accused, accusing",
    "demand": "demanded, demanding", "blast": "blasted, blasting", "slam": "slammed, slamming",
    "criticize": "criticize, criticizes, criticized, criticizing",
    "criticise": "criticise, criticises, criticised, criticising", "praise": "praised, praising",
    "reveal": "reveal, reveals, revealed, revealing", "disclose": "disclose, discloses, disclosed, disclosing",
    "estimate": "estimated, estimating", "hint": "hinted, hinting", "allege": "allege, alleges, alleged, alleging",
    "advise": "advise, advises, advised, advising", "recommend": "recommend, recommends, recommended, recommending",
    "threaten": "threaten, threatens, threatened, threatening", "inform": "inform, informs, informed, informing",
    "remind": "remind, reminds, reminded, reminding", "stipulate": "stipulate, stipulates, stipulated, stipulating",
    "underline": "underline, underlines, underlined, underlining",
    "underscore": "underscore, underscores, underscored, underscoring", "highlight": "highlighted, highlighting",
    "call": "called, calling", "dub": "dubs, dubbed, dubbing", "label": "labeled, labeling",
    "brand": "branded, branding", "term": "termed, terming", "quote": "quoted, quoting",
    "cite": "cites, cited, citing", "rule": "ruled, ruling", "propose": "propose, proposes, proposed, proposing",
    "plead": "pleads, pleaded, pleading", "beg": "begs, begged, begging",
    "implore": "implore, implores, implored, imploring", "hope": "hoped, hoping", "fear": "feared, fearing",
    "worry": "worried, worrying", "protest": "protested, protesting", "object": "objected, objecting",
    "question": "questioned, questioning", "thank": "thank, thanks, thanked, thanking",
    "blame": "blame, blames, blamed, blaming", "credit": "credited, crediting",
    "mock": "mock, mocks, mocked, mocking", "applaud": "applaud, applauds, applauded, applauding",
    "ridicule": "ridicule, ridicules, ridiculed, ridiculing", "dismiss": "dismiss, dismisses, dismissed, dismissing",
    "hail": "hail, hails, hailed, hailing", "tout": "tout, touts, touted, touting",
    "brag": "brag, brags, bragged, bragging", "chant": "chant, chants, chanted, chanting",
    "scream": "scream, screams, screamed, screaming",
    "characterize": "characterize, characterizes, characterized, characterizing",
    "characterise": "characterise, characterises, characterised, characterising",
    "lecture": "lectures, lectured, lecturing", "apologize": "apologize, apologizes, apologized, apologizing",
    "apologise": "apologise, apologises, apologised, apologising", "reflect": "reflects, reflected, reflecting",
    "deride": "deride, derides, derided, deriding", "denounce": "denounce, denounces, denounced, denouncing",
    "lambaste": "lambaste, lambastes, lambasted, lambasting", "talk": "talked, talking",
    "relate": "relates, related, relating", "submit": "submit, submits, submitted, submitting",
}


def test_every_lemma_and_cue_form_has_an_example():
    assert set(CUE_FORMS) == set(sv.LEMMAS), "add an example line for each new lemma to CUE_FORMS"
    listed = {form for forms in CUE_FORMS.values() for form in forms.split(", ")}
    assert sv.CUE_WORDS - listed == set(), "add the new cue forms to CUE_FORMS"


def _cue_cases():
    for lemma, forms in CUE_FORMS.items():
        for form in forms.split(", "):
            yield pytest.param(form, id=f"{lemma}-{form}")


@pytest.mark.parametrize("form", list(_cue_cases()))
def test_each_cue_form_attributes_the_quote_before_it(form):
    body = f"“The bridge will be finished by the spring,” Maria Lopez {form}."
    quotes = _quotes(body, _cast(body, "Maria Lopez"))
    assert [(q.text, q.speaker_name, q.cue) for q in quotes] == [
        ("The bridge will be finished by the spring,", "Maria Lopez", form)]
    [quote] = quotes
    assert body[quote.speaker_start:quote.speaker_end] == "Maria Lopez"


# Each role of the table in a sentence that puts its words where the role serves: (template, quote text or None,
# kind).
_ROLE_TEMPLATES = {
    "LEAD": ("Maria Lopez {w} “never again.”", "never again.", "partial"),
    "CORE": ("Maria Lopez spoke. “The bridge will be finished by the spring.” Maria Lopez {w}.",
             "The bridge will be finished by the spring.", "direct"),
    "SENTENCE_INITIAL": ("{W} Maria Lopez: “The bridge will be finished by the spring.”",
                         "The bridge will be finished by the spring.", "direct"),
    "SENTENCE_FINAL": ("“The bridge is old” and the town must fund the repairs, Maria Lopez {w}.", "The bridge is old",
                       "direct"),
    "PREVIOUS_SENTENCE": ("Maria Lopez {w} in a statement. “The bridge will be finished by the spring.”",
                          "The bridge will be finished by the spring.", "direct"),
    "THAT": ("Maria Lopez {w} that the bridge would be finished by the spring.", None, "indirect"),
    "ZERO_THAT": ("Maria Lopez {w} the bridge would be finished by the spring.", None, "indirect"),
    "TRAILING": ("The bridge would be finished by the spring, Maria Lopez {w}.", None, "indirect"),
    "TRAILING_INVERTED": ("The bridge would be finished by the spring, {w} Maria Lopez.", None, "indirect"),
}
# Roles of the people step: an unknown given name ("Zorbu") makes a person only beside a speech verb.
_PEOPLE_TEMPLATES = {
    "NAME_BEFORE_VERB": "The council met. Zorbu Quandt {w} the bridge was old.",
    "NAME_AFTER_VERB": "“The bridge is old,” {w} Zorbu Quandt.",
}


def test_the_people_step_needs_the_speech_verb():
    assert extract_people(_article("The council met. Zorbu Quandt crossed the bridge."), _EMPTY) == []


@pytest.mark.parametrize(("role", "word"), [(role, word) for role in _ROLE_TEMPLATES for word in sv.ROLES[role]])
def test_each_quote_role_word_attributes_in_its_place(role, word):
    template, text, kind = _ROLE_TEMPLATES[role]
    body = template.format(w=word, W=word[:1].upper() + word[1:])
    found = [(q.kind, q.speaker_name) for q in _quotes(body, _cast(body, "Maria Lopez"))
             if text is None or q.text == text]
    assert (kind, "Maria Lopez") in found, body


@pytest.mark.parametrize(("role", "word"), [(role, word) for role in _PEOPLE_TEMPLATES for word in sv.ROLES[role]])
def test_each_people_role_word_makes_a_speaker_a_person(role, word):
    body = _PEOPLE_TEMPLATES[role].format(w=word)
    assert [p.name for p in extract_people(_article(body), _EMPTY)] == ["Zorbu Quandt"]


# -- event triggers -----------------------------------------------------------------------------------------------
# (type, sentence): each row of `events.TRIGGERS` is the first row of its type to match at least one sentence, and
# every sentence gives one event of its type dated Monday 8 March 2010 (published Wednesday 10 March 2010).
TRIGGER_EXAMPLES = [
    ("agreement_signing", "Portugal and Spain signed a fisheries agreement in Lisbon on Monday."),
    ("agreement_signing", "The signature of the fisheries agreement took place in Lisbon on Monday."),
    ("agreement_signing", "The fisheries agreement was signed in Lisbon on Monday."),
    ("agreement_signing", "The fisheries agreement, signed by the ministers in Lisbon on Monday, ends the dispute."),
    ("agreement_signing", "The climate fund agreed in Lisbon on Monday pays for the repairs."),
    ("press_conference", "Karl Brenner held a press conference in Lisbon on Monday."),
    ("phone_call", "Karl Brenner spoke by phone with Ana Silva on Monday."),
    ("phone_call", "Karl Brenner called Ana Silva on Monday to offer condolences."),
    ("phone_call", "Karl Brenner discussed trade with Ana Silva in a call with aides on Monday."),
    ("delegation_visit", "Ana Silva received a delegation from Spain in Lisbon on Monday."),
    ("delegation_visit", "A Spanish delegation arrived in Lisbon on Monday."),
    ("diplomatic_relations", "Portugal and Spain restored diplomatic relations on Monday."),
    ("diplomatic_relations", "Diplomatic relations were restored on Monday after a year."),
    ("diplomatic_relations", "Ties between Portugal and Spain were severed on Monday."),
    ("meeting", "Karl Brenner met Ana Silva in Lisbon on Monday."),
    ("meeting", "Ana Silva hosted Karl Brenner in Lisbon on Monday."),
    ("visit", "Karl Brenner visited Lisbon on Monday."),
    ("visit", "Karl Brenner began a trip to Lisbon on Monday."),
    ("statement", "The Portuguese Foreign Ministry issued a statement on Monday."),
    ("statement", "Karl Brenner conceded defeat on Monday."),
    ("statement", "Portuguese officials said Monday that the border would reopen."),
    ("statement", "Karl Brenner told reporters on Monday that the border would reopen."),
    ("attack", "A suicide bombing killed 12 people in Lisbon on Monday."),
    ("war", "The invasion of Portugal began on Monday."),
    ("election", "Voters went to the polls in the parliamentary elections on Monday."),
    ("vote_veto", "Russia vetoed the draft resolution on Monday."),
    ("other", "Ana Silva was sworn in as president on Monday."),
    ("other", "An earthquake struck Lisbon on Monday."),
    # the rows by semantic class (`eventwords.CLASS_TRIGGERS`)
    ("attack", "Karl Brenner was stabbed in Lisbon on Monday."),
    ("statement", "Ana Silva endorsed Karl Brenner in Lisbon on Monday."),
    ("other", "Ana Silva led a protest march in Lisbon on Monday."),
    ("other", "Ana Silva launched her presidential campaign in Lisbon on Monday."),
    ("other", "Ana Silva dragged Karl Brenner to court in Lisbon on Monday."),
    ("statement", "In a speech in Lisbon on Monday, Ana Silva thanked her voters."),
    ("statement", "In an interview with the Lisbon Herald on Monday, Ana Silva thanked her voters."),
    ("statement", "The border will reopen, the Lisbon Port Authority said on Monday."),
    ("other", "Ana Silva wrote to the health minister on Monday."),
    ("statement", "Ana Silva said Monday in Lisbon that the border would reopen."),
    ("election", "The only state holding a closed primary Monday was Portugal."),
    ("election", "Turnout in Monday's Lisbon primary was low."),
    ("other", "Ana Silva spoke at a fundraiser in Lisbon on Monday."),
    ("other", "Ana Silva spoke at a town hall in Lisbon on Monday."),
    ("other", "The survey was carried out in Lisbon on Monday."),
]
# Rows whose examples carry no date of their own.
UNDATED_TRIGGER_EXAMPLES = [
    ("diplomatic_relations", "Portugal and Spain marked 50 years of diplomatic relations this week."),
    ("statement", "Ana Silva said in March that the border would reopen."),  # a month, not a day
]
_TRIGGER_ROWS = [(event_type, re.compile(regex, re.I)) for event_type, regex in TRIGGERS]


def _first_row(event_type: str, sentence: str) -> int | None:
    rows = enumerate(_TRIGGER_ROWS)
    return next((row for row, (kind, regex) in rows if kind == event_type and regex.search(sentence)), None)


def test_every_trigger_row_has_an_example():
    examples = [case.values if hasattr(case, "values") else case
                for case in TRIGGER_EXAMPLES + UNDATED_TRIGGER_EXAMPLES]
    covered = {_first_row(kind, sentence) for kind, sentence in examples}
    missing = [TRIGGERS[row][1][:60] for row in range(len(TRIGGERS)) if row not in covered]
    assert not missing, f"add a sentence for each new trigger row: {missing}"


def _events(sentence: str):
    return extract_events(_article(sentence, date(2010, 3, 10)), _cast(sentence, "Karl Brenner", "Ana Silva"), _EMPTY)


@pytest.mark.parametrize(("event_type", "sentence"), TRIGGER_EXAMPLES)
def test_each_trigger_row_gives_a_dated_event(event_type, sentence):
    events = _events(sentence)
    assert [(e.event_type, e.start_date, e.date_precision) for e in events] == [(event_type, date(2010, 3, 8), "day")]
    [event] = events
    assert any(kind == event_type and regex.match(sentence, event.start) for kind, regex in _TRIGGER_ROWS)
    assert sentence[event.start:event.end].strip() == sentence[event.start:event.end]


@pytest.mark.parametrize(("event_type", "sentence"), UNDATED_TRIGGER_EXAMPLES)
def test_each_undated_trigger_row_gives_an_event(event_type, sentence):
    assert [e.event_type for e in _events(sentence)] == [event_type]


def test_a_later_future_clause_leaves_a_past_weekday_in_the_past():
    [event] = _events("The climate fund agreed in Lisbon on Monday will pay for the repairs.")
    assert event.start_date == date(2010, 3, 8)


# Words before or after a trigger that make it no event of its type (`_EXCLUDE_BEFORE`, `_EXCLUDE_AFTER`): each in
# a sentence that gives no event of that type, while the plain trigger in the same frame does.
NOT_EVENT_EXAMPLES = [
    ("war", "The war between the two firms flared on Monday.", [
        "The cold war between the two firms flared on Monday.", "The trade war between the two firms flared on Monday.",
        "A price war between the two firms flared on Monday.",
        "The culture war between the two firms flared on Monday.",
        "The proxy war between the two firms flared on Monday.", "The holy war between the two firms flared on Monday.",
        "The post-war order was debated on Monday.", "The pre-war plans were published on Monday.",
        "Anti-war protesters marched on Monday.", "The war on drugs was debated on Monday.",
        "Three men were charged with war crimes on Monday.", "The war of words escalated on Monday.",
        "The party filled its war chest on Monday.", "The campaign war room opened on Monday.",
        "The army was put on a war footing on Monday.", "The wartime bunker opened to visitors on Monday.",
        "Civil society war rooms opened on Monday."]),
    ("attack", "Gunmen attacked the base on Monday.", [
        "The senator had a heart attack on Monday.", "She suffered a panic attack on Monday.",
        "The wounded soldier suffered a heart attack on Monday.",
        "The rebels launched a counter-attack on Monday.", "The group threatened to attack the base on Monday.",
        "Police foiled a plot to attack the base on Monday.",
        "Rebels were planning an attack on the base, officials said on Monday.",
        "The army bought attack helicopters on Monday.", "Police used attack dogs on Monday.",
        "The campaign ran attack ads on Monday.", "Police seized assault rifles on Monday.",
        "The army bought attack submarines on Monday.", "The senator had a sudden attack of nerves on Monday."]),
    ("meeting", "Karl Brenner met Ana Silva in Lisbon on Monday.", [
        "Few allies met the spending bar on Monday.", "The firm met its sales targets on Monday.",
        "The plant met the new safety standards on Monday.", "Karl Brenner met the deadline on Monday.",
        "The budget met the threshold on Monday.", "The fund met its commitments on Monday.",
        "The city met the challenge on Monday.", "The grant met the costs on Monday."]),
]


@pytest.mark.parametrize(("event_type", "sentence"), [
    (event_type, sentence) for event_type, _, sentences in NOT_EVENT_EXAMPLES for sentence in sentences])
def test_each_excluding_word_makes_no_event(event_type, sentence):
    assert [e.event_type for e in _events(sentence) if e.event_type == event_type] == []


@pytest.mark.parametrize(("event_type", "control"),
                         [(event_type, control) for event_type, control, _ in NOT_EVENT_EXAMPLES])
def test_the_plain_trigger_in_the_same_frame_is_an_event(event_type, control):
    assert [e.event_type for e in _events(control)] == [event_type]


# -- honorifics and dotted titles ---------------------------------------------------------------------------------
# An honorific makes the unknown surname after it a person, and is neither part of the name nor a role.
HONORIFIC_EXAMPLES = {h: f"The council met on Monday. {h[:1].upper() + h[1:]} Quandt arrived late." for h in (
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "messrs", "messrs.", "mme", "m.", "dr", "dr.",
    "alhaji", "alhaja", "hajia", "haji", "mallam", "comrade", "engr", "engr.", "barr", "barr.", "shri", "smt", "smt.",
    "datuk", "datin", "dato", "oknha", "samdech", "herr", "frau", "mlle", "mlle.", "señor", "señora", "hon", "hon.",
    "dayang", "madam", "mdm", "mdm.", "ustaz", "ustaza", "ustazah", "ustadh", "ustadha", "ustad", "hajja", "hajjah",
    "hajji", "janab", "mohtarma", "thiru", "tmt", "tmt.", "sushri", "shrimati", "licda",
    "licda.", "arq", "arq.", "dra", "dra.", "sra", "sra.", "srta", "srta.", "doña", "ntate", "rra", "woizero",
    "weizero", "ratu")} | {
    h: f"The council met on Monday. {h.upper()} Anna Quandt arrived late." for h in ("h.e", "h.e.")} | {
    h: f"The council met on Monday. {h.capitalize()} Anna Quandt arrived late."
    for h in ("adv", "adv.", "lic", "lic.", "ing", "ing.")}
# "H.E." is a style only before a given name (or a title, or a family name written first) and more than one name
# word; before a lone surname it is two initials ("H.E. Bates"), so its example gives a full name. So do the
# honorifics that are everyday abbreviations too ("Adv.", "Lic.", "Ing.": `lexicon.GUARDED_HONORIFICS`), which open
# a name only before a given name or two name words ("Adv. Sales" is advertising's). The forms of address that are
# given names too ("Ato": `lexicon.GIVEN_NAME_ADDRESS_FORMS`) are no honorific entry; test_people_review_r22 has them.
_HONORIFIC_NAMES = {h: "Anna Quandt" for h in ("h.e", "h.e.", "adv", "adv.", "lic", "lic.", "ing", "ing.")}


def test_the_surname_alone_is_no_person():
    assert extract_people(_article("The council met on Monday. Quandt arrived late."), _EMPTY) == []


def test_every_honorific_has_an_example():
    assert set(HONORIFIC_EXAMPLES) == set(HONORIFICS)


@pytest.mark.parametrize("honorific", sorted(HONORIFIC_EXAMPLES))
def test_each_honorific_announces_a_person(honorific):
    people = extract_people(_article(HONORIFIC_EXAMPLES[honorific]), _EMPTY)
    name = _HONORIFIC_NAMES.get(honorific, "Quandt")
    assert [(p.name, [(m.surface, m.role) for m in p.mentions]) for p in people] == [(name, [(name, None)])]


DOTTED_TITLE_EXAMPLES = ("gen", "col", "sen", "rep", "gov", "lt", "maj", "capt", "sgt", "adm", "brig", "cpl", "supt",
                         "prof", "rev", "fr", "msgr", "mgr", "pres", "insp", "det", "cmdr", "cdr", "amb", "coun",
                         "ald", "cllr", "const", "cst")


def test_every_dotted_title_has_an_example():
    assert set(DOTTED_TITLE_EXAMPLES) == set(DOTTED_TITLES)


@pytest.mark.parametrize("title", DOTTED_TITLE_EXAMPLES)
def test_each_dotted_title_is_a_role_only_with_its_full_stop(title):
    written = title[:1].upper() + title[1:]
    sentence = "The council met on Monday. {} Anna Quandt said the bridge was old."
    dotted = extract_people(_article(sentence.format(f"{written}.")), _EMPTY)
    bare = extract_people(_article(sentence.format(written)), _EMPTY)
    assert [(p.name, p.mentions[0].role) for p in dotted] == [("Anna Quandt", f"{written}.")]
    # ("Cllr", "Coun", "Ald": no other word, so titles undotted too)
    assert [(p.name, p.mentions[0].role) for p in bare] == [
        ("Anna Quandt", written if title in UNDOTTED_TITLES else None)]


# -- date forms (data/dateforms.py) -------------------------------------------------------------------------------
def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


@pytest.mark.parametrize("label", dateforms.PUBLISHED_LABELS)
def test_each_publication_label_labels_its_date(label):
    line = date_line(f"{_capital(label)} 3 March 2024")
    assert (line.value, line.label) == (date(2024, 3, 3), "published")
    # ... and wins over an update printed first
    assert date_line(f"Updated 5 March 2024 · {_capital(label)} 3 March 2024").value == date(2024, 3, 3)


@pytest.mark.parametrize("label", dateforms.UPDATED_LABELS)
def test_each_update_label_labels_its_date(label):
    line = date_line(f"{_capital(label)} 5 March 2024")
    assert (line.value, line.label) == (date(2024, 3, 5), "updated")
    # ... and loses to an unlabelled date beside it
    assert date_line(f"{_capital(label)} 5 March 2024 · 3 March 2024").value == date(2024, 3, 3)


@pytest.mark.parametrize(("word", "month"), sorted(dateforms.EXTRA_MONTH_NAMES.items()))
def test_each_extra_month_spelling_is_read(word, month):
    assert [(m.value, m.precision) for m in find_dates(f"3 {word} 2024")] == [(date(2024, month, 3), "day")]


@pytest.mark.parametrize("word", sorted(dateforms.WEAK_MONTH_NAMES))
def test_each_weak_month_word_needs_a_day(word):
    assert find_dates(f"the {word} 2024 report") == []
    month = dateforms.month_names().get(word)
    if month is not None:
        assert [m.value for m in find_dates(f"3 {word} 2024")] == [date(2024, month, 3)]


@pytest.mark.parametrize("zone", sorted(set(dateforms.TIME_ZONES)))
def test_each_time_zone_may_close_a_date_line(zone):
    line = date_line(f"March 3, 2024 10:45 {zone.upper()}")
    assert line is not None and line.value == date(2024, 3, 3)
    assert date_line(f"March 3, 2024 10:45 {zone.upper()} Riverton") is None  # a word that is no zone
