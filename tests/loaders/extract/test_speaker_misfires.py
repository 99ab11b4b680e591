"""Misfires of the speaker rules on ordinary made-up text, one table row each: a capitalised modifier is no
subject of an -s form, a pronoun's speaker is kept against a name the quote does not really speak of, a role nobody
holds stays a label, labels with person-like heads stay speakers, and a thing-subject quote is kept."""
import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _speakers(text: str) -> dict[str, str | None]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    registry = Registry()
    quotes = extract_quotes(article, extract_people(article, registry), registry)
    return {q.text.rstrip(",. "): q.speaker_name or q.speaker_label for q in quotes if q.kind != "indirect"}


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a capitalised word opening the sentence that only modifies the plural noun names nobody
        ('Harbour estimates "suggest 300 extra berths", a port spokesman said.', "suggest 300 extra berths",
         "a port spokesman"),
        ('Community notes "flagged the clip as misleading" within hours, the app said.',
         "flagged the clip as misleading", "the app"),
        ('Green pledges "to plant 10,000 trees" were costed by the council, its report said.',
         "to plant 10,000 trees", "its report"),
        # ... and a named person before the -s form still speaks
        ('Phone calls "flooded in from every district", said Osgar Pell, who runs the depot.\n\nPell notes that '
         'the cold "is not going away this week".', "is not going away this week", "Osgar Pell"),
        ('Vera Lusk, a councillor, calls the response "too slow".', "too slow", "Vera Lusk"),
        # ... and so does a named organisation
        ('The Corvel Harbour Trust met on Monday. Corvel Harbour Trust calls the plan "a gift to the shipping '
         'lobby".', "a gift to the shipping lobby", "Corvel Harbour Trust"),
    ],
)
def test_a_plural_noun_after_a_capitalised_modifier_is_no_cue(text, quote, speaker):
    assert _speakers(text)[quote] == speaker


def test_a_quoted_name_after_a_capitalised_modifier_has_no_speaker():
    assert "cold line" not in _speakers('Emergency calls to the "cold line" doubled over the weekend.')


_ORCHARD = ('Ines Corvalan, 58, runs the orchard her grandfather planted. Clara Ostberg, her neighbour, helps at '
            'harvest.\n\n')


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a surname that modifies a noun speaks of no one
        (_ORCHARD + 'Corvalan showed visitors the old cider press on Saturday. "Every apple on the Corvalan orchard is '
         'picked by hand," she said.', "Every apple on the Corvalan orchard is picked by hand", "Ines Corvalan"),
        # nor does a name the speaker quotes others calling out to her
        (_ORCHARD + 'Corvalan remembers the flood of 1998. "They shouted \'Ines, get out now\', and I ran," she '
         'said.', "They shouted 'Ines, get out now', and I ran", "Ines Corvalan"),
        (_ORCHARD + 'Corvalan laughed at the question. "The pickers call out \'Ines, the crates!\' all day," she '
         'said.', "The pickers call out 'Ines, the crates!' all day", "Ines Corvalan"),
    ],
)
def test_a_pronoun_keeps_its_speaker_against_a_name_not_spoken_of(text, quote, speaker):
    assert _speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a person of that nationality with a description of their own (a relative clause) holds no unnamed role
        ('Farmers from six countries blocked the road to the summit on Monday.\n\nVarnia\'s Oskar Brel, who grows '
         'rye near the border, joined the blockade at dawn.\n\n"We will not accept these quotas," the Varnian '
         'minister said later.', "We will not accept these quotas", "the Varnian minister"),
        # ... nor does the one the quote speaks of
        ('Spain\'s Lucia Ferrandiz beat Mira Kostel 6-3 6-2 on Sunday.\n\n"She was unstoppable today," the Spanish '
         'captain said.', "She was unstoppable today", "the Spanish captain"),
        # ... and with nobody in the article holding a title, the role stays a label
        ('Farmers from six countries blocked the road on Monday. Poland\'s Jaroslaw Kwiatek joined them at dawn.'
         '\n\n"We will not accept these quotas," the Polish minister said.', "We will not accept these quotas",
         "the Polish minister"),
    ],
)
def test_a_role_nobody_holds_stays_a_label(text, quote, speaker):
    assert _speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    "label, opens, expected",
    [
        ("the family", False, True),  # an "-ly" noun is no trailing adverb
        ("The family", True, True),
        ("the assembly", False, True),
        ("the daily", False, True),
        ("the elderly", False, True),
        ("the crowd", False, True),
        ("the prosecution", False, True),
        ("fans", False, True),
        ("Locals", True, True),
        ("the jury", False, True),
        ("the victim's relatives", False, True),
        ("the men", False, True),
        ("voters nationwide", False, True),  # an adverb from the list is still dropped
        ("residents locally", False, True),
        ("The meeting", True, False),  # a capital on the determiner is no proper name
        ("The arrival", True, False),
    ],
)
def test_labels_with_group_and_kin_heads_speak(label, opens, expected):
    from loaders.extract.data.speaker_heads import label_core, speaker_like_label

    assert speaker_like_label(label_core(label), opens_sentence=opens) is expected


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ('Outside the court, the crowd chanted: "Justice for Tomo!"', "Justice for Tomo!", "the crowd"),
        ('Asked about the delay, the opposition said: "The council has failed."', "The council has failed",
         "the opposition"),
        ('After the verdict, the jury foreman said: "We took our time."', "We took our time", "the jury foreman"),
    ],
)
def test_a_group_label_speaks(text, quote, speaker):
    assert _speakers(text)[quote] == speaker


def test_a_thing_subjects_quote_is_kept_with_its_speaker_unknown():
    speakers = _speakers('The meeting warned of "catastrophic" flooding in the lower valley.')
    assert "catastrophic" in speakers and speakers["catastrophic"] is None


@pytest.mark.parametrize(
    "text, role",
    [
        ("Dana Kovac was named in the lawsuit filed on Tuesday.", None),
        ("Dana Kovac was picked up by police.", None),
        ("Dana Kovac was elected on Sunday.", None),
        ("Dana Kovac was named after his grandfather.", None),
        ("Dana Kovac was confirmed dead.", None),
        ("Dana Kovac was named chief executive in May.", "chief executive"),
        ("Dana Kovac was elected mayor in 2020.", "mayor"),
        ("The board appointed Dana Kovac as its new harbour master on Monday.", "new harbour master"),
    ],
)
def test_an_appointing_verb_gives_a_role_only_when_one_follows(text, role):
    from loaders.extract.speakers import SpeakerResolver

    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    registry = Registry()
    people = extract_people(article, registry)
    resolver = SpeakerResolver(article, people, registry)
    assert [resolver._role_given(m) for person in people for m in person.mentions] == [role]
