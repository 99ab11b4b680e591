"""Speaker heads (`data/speaker_heads.py`) and the speaker mechanisms that use them, on made-up text: a label must
be a speaker-like noun phrase; a pronoun speaker is nobody its own quote speaks of; a role that nobody holds
goes to the one person of its nationality just named."""
import pytest

from loaders.extract.data.speaker_heads import label_core, speaker_like_head, speaker_like_label
from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry


@pytest.mark.parametrize(
    "label, opens, expected",
    [
        ("the ministry", False, True),
        ("the report", False, True),
        ("a spokeswoman for the fire service", False, True),
        ("critics", False, True),
        ("the lawmaker", False, True),  # an agent's ending
        ("one of her ads", False, True),  # a quantity: what is counted speaks
        ("Some 55 percent of voters nationwide", True, True),
        ("Hundreds of demonstrators", True, True),
        ("Demonstrators", True, True),  # a common plural opening a sentence, but a person noun
        ("The Velmar Baths thermal spa", True, True),  # a proper name in it: an organisation
        ("Harbour Trust", True, True),
        ("the revised budget", False, False),
        ("the meeting", False, False),
        ("Temperatures", True, False),  # a common plural opening a sentence names nobody
        ("The place", True, False),
        ("the weather", False, False),  # ("the number" is an epithet head: "the world number four")
    ],
)
def test_speaker_like_labels(label, opens, expected):
    assert speaker_like_label(label_core(label), opens_sentence=opens) is expected


def test_a_capitalised_word_inside_a_sentence_is_a_proper_name():
    assert speaker_like_head("Temperatures", opens_sentence=False, only_word=True)
    assert not speaker_like_head("Temperatures", opens_sentence=True, only_word=True)


def _speakers(text: str) -> dict[str, str | None]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    registry = Registry()
    quotes = extract_quotes(article, extract_people(article, registry), registry)
    return {q.text.rstrip(",. "): q.speaker_name or q.speaker_label for q in quotes if q.kind != "indirect"}


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # the quote speaks of one of two women by her first name: the pronoun is the other one
        ('Ilse Varga and Marta Dobrev have run the bakery for twenty years. Marta Dobrev keeps the books.\n\n'
         'She laughs when the remark is repeated to her. "Marta is always right about flour," she says.',
         "Marta is always right about flour", "Ilse Varga"),
        # ... not when the quote names someone else
        ('Ilse Varga and Marta Dobrev have run the bakery for twenty years. Marta Dobrev keeps the books.\n\n'
         '"Ilse is always right about bread," she says.',
         "Ilse is always right about bread", "Marta Dobrev"),
        # ... nor when the speaker gives her own full name, or her name as an owner
        ('Ilse Varga opened the bakery in 1999. "People ask for Ilse Varga bread," she said.',
         "People ask for Ilse Varga bread", "Ilse Varga"),
        ('Tomas Lindqvist met Oren Hadar on Monday. "Lindqvist\'s plan is the only plan," he said.',
         "Lindqvist's plan is the only plan", "Tomas Lindqvist"),
        # men: the subject is the one spoken of
        ('Tomas Lindqvist met Oren Hadar on Monday. "Lindqvist has the numbers wrong," he said.',
         "Lindqvist has the numbers wrong", "Oren Hadar"),
    ],
)
def test_a_pronoun_speaker_is_nobody_the_quote_speaks_of(text, quote, speaker):
    assert _speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a thing as the clause's subject: the next cue's speaker
        ('The Harbour Authority said in a statement that the revised budget reflected "higher fuel costs '
         'everywhere" and would be reviewed.', "higher fuel costs everywhere", "The Harbour Authority"),
        # a common plural opening the sentence before is no organisation for "the ministry"
        # (a full quote: a partial's "The ministry says …" keeps the description as written, speakersR39)
        ('The Water Ministry urged farmers to save water on Friday.\n\nTemperatures reached 41C in Velmar. "Give '
         'workers real breaks in the shade," the ministry says.', "Give workers real breaks in the shade",
         "The Water Ministry"),
        # the original partial row: "The ministry says … “…”" keeps the description as written (speakersR39)
        ('The Water Ministry urged farmers to save water on Friday.\n\nTemperatures reached 41C in Velmar. The '
         'ministry says clinics have treated 30 people, and calls on employers to give workers "real breaks in '
         'the shade."', "real breaks in the shade", "The ministry"),
        # a person opening the main clause speaks when the clause before the quote has a thing for subject
        ('Rafael Ostrova, on a tour of the south as thousands began queuing, attacked the "dishonest" '
         'pollsters again.', "dishonest", "Rafael Ostrova"),
    ],
)
def test_a_label_must_be_a_speaker(text, quote, speaker):
    assert _speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # nobody holds "minister": the one person of that nationality just named
        ('Trade ministers met in Velden on Tuesday. Spain\'s trade minister, Lucia Ferrandiz, wants deeper cuts.\n\n'
         'Poland\'s Jaroslaw Kwiatek backed her. "Our mills are not asking for charity," the Polish minister said.',
         "Our mills are not asking for charity", "Jaroslaw Kwiatek"),
        # ... but not a person of another nationality
        ('Trade ministers met in Velden on Tuesday. Spain\'s Lucia Ferrandiz wants deeper cuts.\n\n'
         '"Our mills are not asking for charity," the Polish minister said.',
         "Our mills are not asking for charity", "the Polish minister"),
    ],
)
def test_a_role_nobody_holds_goes_to_the_one_person_of_its_nationality(text, quote, speaker):
    assert _speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # an -s form that is mostly a plural noun is a verb right after a name, "she" or a name's apposition
        ('Ports Minister Avram Tel spoke first. "We will dredge the channel," he says.\n\nOpposition member Dina '
         'Shorr calls the plan "a gift to the shipping lobby."', "a gift to the shipping lobby", "Dina Shorr"),
        ('Ports Minister Avram Tel spoke first. "We will dredge the channel," he says.\n\nDina Shorr, a former '
         'harbour pilot, calls the plan "a gift to the shipping lobby."', "a gift to the shipping lobby",
         "Dina Shorr"),
        ('Dina Shorr sat on the harbour board for a decade. She notes that "nobody asked the pilots."',
         "nobody asked the pilots", "Dina Shorr"),
    ],
)
def test_a_plural_looking_verb_after_its_subject_cues(text, quote, speaker):
    assert _speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    "text, quote",
    [
        # ... but not after a possessive or a determiner
        ('Avram Tel spoke for an hour. Dina Shorr dismissed Tel\'s comments, saying they were "hot air."',
         "hot air"),
    ],
)
def test_a_plural_noun_after_a_possessive_is_no_cue(text, quote):
    assert _speakers(text)[quote] == "Dina Shorr"


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a role an appointing verb gives: "appointed X as its new harbour master", "X was named chief executive"
        ('The Velmar port authority appointed Ingrid Sol as its new harbour master on Monday. "The port needs '
         'dredging first," the harbour master said.', "The port needs dredging first", "Ingrid Sol"),
        ('Lara Quist was named chief executive in May. Quist replaced Tom Bell. "We have a lot of work to do," '
         'the chief executive said.', "We have a lot of work to do", "Lara Quist"),
        # an apposition after the age: "X, 34, a nurse at the clinic," is no unnamed nurse
        ('Nadia Petrova, 34, a nurse at the clinic, said staff were exhausted. "We have not had a day off in a '
         'month," the nurse said.', "We have not had a day off in a month", "Nadia Petrova"),
        # an unnamed person introduced so stays a label
        ('A nurse at the clinic said staff were exhausted. "We have not had a day off in a month," the nurse '
         'said.', "We have not had a day off in a month", "A nurse at the clinic"),
    ],
)
def test_roles_the_article_gives(text, quote, speaker):
    assert _speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # "it" stands for a body named by two capitalised words or more, whatever its last word's ending
        ('Brightwater Foods said it would raise prices.\n\n"Cocoa has never been dearer," it said.',
         "Cocoa has never been dearer", "Brightwater Foods"),
        ('Orlo Airlines cancelled 40 flights. "We apologise," it said.', "We apologise", "Orlo Airlines"),
        # ... and "they" for a group
        ('The Democrats said the vote was rigged. "We will go to court," they said.', "We will go to court",
         "The Democrats"),
    ],
)
def test_it_and_they_for_organisations_and_groups(text, quote, speaker):
    assert _speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    "text, phrase, factor",
    [
        ('Mira Holm met Tove Lind. Holm said the deal was done. "It is signed," she said.', "she",
         "main_clause_subject"),
        ('Mira Holm met Tove Lind. "It is signed," Holm said. She smiled.', "She", "attribution_speaker"),
    ],
)
def test_a_pronoun_resolution_records_the_cue_that_decided(text, phrase, factor):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    from loaders.extract.speakers import SpeakerResolver

    registry = Registry()
    resolver = SpeakerResolver(article, extract_people(article, registry), registry)
    start = text.rindex(phrase)
    resolution = resolver.resolve(start, start + len(phrase))
    assert resolution.name == "Mira Holm" and resolution.factor == factor


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a live page's new entry breaks the chain: a time with its headline, or a headline line of its own
        ('10:42 Minister speaks\n\nHealth Minister Ruta Vaitkus told parliament the rollout would resume. '
         '"Supplies are secured," she said.\n\n11:05 Opposition reacts\n\n"This is the third promise this year."',
         "This is the third promise this year", None),
        ('Health Minister Ruta Vaitkus told parliament the rollout would resume. "Supplies are secured," she '
         'said.\n\nOpposition reacts\n\n"This is the third promise this year."',
         "This is the third promise this year", None),
        # ... within the entry, the chain goes on
        ('Health Minister Ruta Vaitkus told parliament the rollout would resume. "Supplies are secured," she '
         'said.\n\n"This is the third promise this year."', "This is the third promise this year", "Ruta Vaitkus"),
        # ... and one word on a line ("Advertisement") is no entry's headline
        ('Health Minister Ruta Vaitkus told parliament the rollout would resume. "Supplies are secured," she '
         'said.\n\nAdvertisement\n\n"This is the third promise this year."', "This is the third promise this year",
         "Ruta Vaitkus"),
    ],
)
def test_continuation_stops_at_a_live_entry(text, quote, speaker):
    assert _speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    "label, core",
    [
        # a participle right after the person noun ends the core: the phrase after it says what the person does
        ("A woman selling fruit at the quay", ["A", "woman"]),
        ("Residents living near the tannery", ["Residents"]),
        ("A truck carrying crates", ["A", "truck", "carrying", "crates"]),  # (a thing before the participle)
        # ... but a participle before the noun is its adjective
        ("A visiting lecturer", ["A", "visiting", "lecturer"]),
        ("The ruling council", ["The", "ruling", "council"]),
        # ... and the first preposition still ends it
        ("A nurse at the clinic", ["A", "nurse"]),
    ],
)
def test_label_core_ends_at_a_participle_after_the_person(label, core):
    assert label_core(label) == core


@pytest.mark.parametrize(
    "body, label",
    [
        ("A woman selling fruit at the quay said: “Nobody buys anything now.”", "A woman selling fruit at the quay"),
        ("Residents living near the tannery said the smell was “unbearable.”", "Residents living near the tannery"),
        # near miss: an adjective in -ing before the noun changes nothing
        ("A visiting lecturer said the data were “thin.”", "A visiting lecturer"),
    ],
)
def test_a_source_described_by_a_participle_phrase_keeps_it_in_its_label(body, label):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    quotes = [q for q in extract_quotes(article, extract_people(article, Registry()), Registry()) if q.kind != "indirect"]
    assert [(q.speaker_name, q.speaker_label) for q in quotes] == [(None, label)]


@pytest.mark.parametrize(
    "body, label",
    [
        # after the quote too: the participle's phrase and the place after it stay in the label
        ("“Nobody buys anything now,” said a woman selling fruit at the quay.", "a woman selling fruit at the quay"),
        # ... and so does the place phrase of "woman", "man", "people" (nouns the tables give as endings)
        ("“Nobody buys anything now,” said a woman at the quay.", "a woman at the quay"),
    ],
)
def test_an_inverted_source_keeps_its_participle_phrase(body, label):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    quotes = [q for q in extract_quotes(article, extract_people(article, Registry()), Registry()) if q.kind != "indirect"]
    assert [(q.speaker_name, q.speaker_label) for q in quotes] == [(None, label)]


@pytest.mark.parametrize(
    "label, core",
    [
        # a place preposition ends a label's core like "at" does: the person noun before it is the head
        ("Vendors near the old wharf", ["Vendors"]),
        # near miss: a place phrase after a word naming no people ends nothing
        ("the stalls near the wharf", ["the", "stalls", "near", "the", "wharf"]),
        # the reporter's clause without "that" after a person noun ends the core before its pronoun
        ("Vendors we met near the wharf", ["Vendors"]),
        ("A ministry official I asked about the delay", ["A", "ministry", "official"]),
        # ... but not after a word naming no people, nor at another pronoun
        ("The report we asked about", ["The", "report", "we", "asked", "about"]),
        ("Vendors they met", ["Vendors", "they", "met"]),
        ("residents outside the tribunal", ["residents"]),
        ("Fishermen along the canal", ["Fishermen"]),
        # near miss: the same words inside a compound with no preposition stay whole
        ("the wharf stallholders", ["the", "wharf", "stallholders"]),
    ],
)
def test_label_core_ends_at_a_place_preposition(label, core):
    assert label_core(label) == core


@pytest.mark.parametrize(
    "body, label",
    [
        ("Vendors near the old wharf said the rents were “a scandal.”", "Vendors near the old wharf"),
        ("Residents outside the tribunal said: “We will be back tomorrow.”", "Residents outside the tribunal"),
    ],
)
def test_a_source_with_a_place_phrase_keeps_its_speaker(body, label):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    quotes = [q for q in extract_quotes(article, extract_people(article, Registry()), Registry()) if q.kind != "indirect"]
    assert [(q.speaker_name, q.speaker_label) for q in quotes] == [(None, label)]
