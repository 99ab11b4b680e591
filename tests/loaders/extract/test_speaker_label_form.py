"""The label-form normaliser (`speaker_words.label_form`, rule rows `speaker_heads.LABEL_FORM_RULES`): a label is
kept as the text writes it at the attributing mention (its article too), except a lowercase descriptor run after a
proper name that is not itself the head of the body's name ("The Silverfjord thermal baths" -> "The Silverfjord";
"The Korvana Rail company" stays). Made-up names only."""
import pytest

from loaders.extract.data.speaker_heads import LABEL_FORM_RULES
from loaders.extract.speaker_words import label_form


@pytest.mark.parametrize("label, kept", [
    # a lowercase descriptor run after a proper name drops
    ("The Silverfjord thermal baths", "The Silverfjord"),
    ("the Marrow Bay thermal resort", "the Marrow Bay"),
    ("Kelvane Lakes spa", "Kelvane Lakes"),
    # ... but not when its last word heads the body's name (an organisation or person noun)
    ("The Korvana Rail company", "The Korvana Rail company"),
    ("Westbrook police", "Westbrook police"),
    ("The Dalmiran foreign ministry", "The Dalmiran foreign ministry"),
    ("A Velmora Port spokesman", "A Velmora Port spokesman"),
    ("Ostrava Valley officials", "Ostrava Valley officials"),
    ("A Velmora Port diver", "A Velmora Port diver"),
    ("A diver", "A diver"),
    ("The tour guide", "The tour guide"),
    # a name whose own first word is "The", and names with no descriptor, stay whole
    ("The Hague", "The Hague"),
    ("The Guardian", "The Guardian"),
    ("Border Force", "Border Force"),
    # the article stays as written (the gold keeps "the" at the mention)
    ("the Red Cross", "the Red Cross"),
    ("the Ostrava Weather Institute", "the Ostrava Weather Institute"),
    # descriptor labels with no proper name stay as written
    ("a spokesman for the ministry", "a spokesman for the ministry"),
    ("police", "police"),
    ("the company", "the company"),
    ("The forest department", "The forest department"),
    # a capitalised opening word that is no proper name, with the words after it
    ("One of them", "One of them"),
    ("Some in town", "Some in town"),
    ("Officials there", "Officials there"),
    ("Young fishermen", "Young fishermen"),
    ("Kelvane spa", "Kelvane spa"),
    # a run after a preposition or a comma is not a descriptor of the name
    ("A source in the Trelawn Ministry", "A source in the Trelawn Ministry"),
    ("The state operator, Lusvane Rail (LR)", "The state operator, Lusvane Rail (LR)"),
])
def test_label_form(label, kept):
    assert label[:label_form(label)] == kept


def test_rules_are_named_rows():
    names = [row[0] for row in LABEL_FORM_RULES]
    assert names == ["leading_article", "descriptor_after_name", "descriptor_label"]
    assert dict((row[0], row[1]) for row in LABEL_FORM_RULES)["descriptor_after_name"] == "drop"


def test_quote_label_offsets_follow_the_kept_text():
    from loaders.extract.quotes import normalise_label_forms
    from loaders.records import QuoteRecord
    body = 'Rain fell. The Silverfjord thermal baths said it was "closing early" on Sunday.'
    start = body.index("The Silverfjord")
    quote = QuoteRecord(text="closing early", kind="partial", start=body.index("closing"),
                        end=body.index("closing") + 13, speaker_label="The Silverfjord thermal baths",
                        speaker_start=start, speaker_end=start + len("The Silverfjord thermal baths"),
                        speaker_reference="label")
    [out] = normalise_label_forms(body, [quote])
    assert out.speaker_label == "The Silverfjord"
    assert body[out.speaker_start:out.speaker_end] == out.speaker_label


@pytest.mark.parametrize("label, kept", [
    # a lowercase head not known as a non-speaking descriptor is part of the name (`NON_SPEAKING_DESCRIPTORS`)
    ("the Lindor Bay coastguard", "the Lindor Bay coastguard"),
    ("the Ebbmoor fishing cooperative", "the Ebbmoor fishing cooperative"),
    ("the Tarnhill Crater observatory", "the Tarnhill Crater observatory"),
    ("the Grand Ostry luxury hotel", "the Grand Ostry luxury hotel"),
    # ... and a run ending on a kind of place that does not speak drops
    ("The Silver Basin geothermal spa", "The Silver Basin"),
    ("the Quillon Museum art gallery", "the Quillon Museum"),
])
def test_only_non_speaking_descriptors_drop(label, kept):
    assert label[:label_form(label)] == kept
