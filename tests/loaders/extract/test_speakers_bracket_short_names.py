"""'It said' for a body whose short name its full name defined in brackets earlier, the short name closing the
sentence before as the speaker of a reporting clause ("…, Nadma said in a statement. ¶ It said …"). Made-up text."""
from tests.loaders.extract.quote_steps import quote_with

DEFINED = ("The Coastal Flood Response Agency (Cofra) meeting with port officials, set for this afternoon in "
           "Varn, has been moved to Friday, Cofra said in a statement.\n\n")


def test_it_after_short_name_closing_previous_paragraph():
    quote = quote_with(DEFINED + 'It said the meeting was put off "so that crews are not pulled off the dykes."',
                       "crews are not")
    assert quote.speaker_label == "Cofra" and quote.speaker_reference == "pronoun"


def test_it_after_short_name_same_paragraph():
    quote = quote_with(DEFINED.strip() + ' "Roads to the port are closed," it said.', "Roads to the port")
    assert quote.speaker_label == "Cofra"


def test_near_miss_short_name_never_defined():
    text = ("The meeting with port officials has been moved to Friday, Cofra said in a statement.\n\n"
            'It said the meeting was put off "so that crews are not pulled off the dykes."')
    assert quote_with(text, "crews are not").speaker_label != "Cofra"


def test_near_miss_short_name_not_closing_the_paragraph():
    text = ("The Coastal Flood Response Agency (Cofra) opened two shelters. Cofra said the meeting had been moved. "
            "Rain fell all night across the valley.\n\n"
            'It said the meeting was put off "so that crews are not pulled off the dykes."')
    assert quote_with(text, "crews are not").speaker_label != "Cofra"


def test_near_miss_full_name_label_kept():
    text = ("The Coastal Flood Response Agency (Cofra) said the meeting with port officials had been moved.\n\n"
            '"Roads to the port are closed," it said.')
    assert quote_with(text, "Roads to the port").speaker_label == "The Coastal Flood Response Agency (Cofra)"
