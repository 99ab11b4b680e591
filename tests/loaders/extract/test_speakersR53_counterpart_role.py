"""Role -> person: a bare description ("the governor said") of two people holding the office, one of them introduced
only as the other's counterpart ("his counterpart in the south, Governor Tomas Brel"), is the one the counterpart is
relative to — the article's own office holder — not the counterpart named last, in an earlier paragraph. Made-up rows;
near misses where the description names the counterpart's side, stands in the counterpart's own paragraph, only one
holds the office, or no one is introduced as a counterpart keep the latest named."""
import pytest

from tests.loaders.extract.quote_steps import speakers_of

_HITS = [
    ("Ten shelters in the East will stay open until Friday, Governor Ana Lindqvist said.\n\n"
     "Lindqvist said crews were clearing the coast road. She named her counterpart in the West, "
     "Governor Tomas Brel, as having sent two trucks.\n\n"
     "Brel said the West had been spared the worst of the storm.\n\n"
     "The city council said its budget meeting was moved to Thursday.\n\n"
     "The governor said no school would reopen before a safety check.\n",
     "no school would reopen before a safety check", "Ana Lindqvist"),
    ("Commissioner Karl Moss said the ferries would run again on Monday. He thanked his counterpart, "
     "Commissioner Jon Pax, for the loan of a tug.\n\n"
     "Pax said the tug would return next week.\n\n"
     "The commissioner said the harbour would be dredged in spring.\n",
     "the harbour would be dredged in spring", "Karl Moss"),
]

_NEAR_MISSES = [
    # the description names the counterpart's nationality: the counterpart
    ("Estonian Foreign Minister Kaarel Tamm said the border talks would resume. He thanked his Latvian "
     "counterpart, Foreign Minister Janis Ozols, for the invitation.\n\n"
     "Ozols said the talks would be held in Riga.\n\n"
     "The Latvian minister said the first round would open on Sunday.\n",
     "the first round would open on Sunday", "Janis Ozols"),
    # the description in the paragraph that names the counterpart speaking: the counterpart
    ("Ten shelters in the East will stay open until Friday, Governor Ana Lindqvist said.\n\n"
     "She named her counterpart in the West, Governor Tomas Brel, as having sent two trucks.\n\n"
     "Brel said the West had been spared. “The trucks will be back on Sunday,” the governor said.\n",
     "The trucks will be back on Sunday", "Tomas Brel"),
    # no one introduced as a counterpart: the latest named holder
    ("Governor Ana Lindqvist said the shelters would stay open.\n\n"
     "Governor Tomas Brel said the West had been spared.\n\n"
     "The governor said the trucks would return on Sunday.\n",
     "the trucks would return on Sunday", "Tomas Brel"),
    # a counterpart of another office: only he is a governor
    ("Mayor Ana Lindqvist said the shelters would stay open. She thanked her counterpart, "
     "Governor Tomas Brel, for the trucks.\n\n"
     "The governor said the trucks would return on Sunday.\n",
     "the trucks would return on Sunday", "Tomas Brel"),
    # the counterpart word only after the speaker's own name ("after meeting her … counterpart"): she who spoke
    ("Ferries will run twice a day, Valdorian Transport Minister Ana Lindqvist said after meeting her Norvian "
     "counterpart in Kestel on Monday.\n\n"
     "Lindqvist and Norvian Transport Minister Tomas Brel signed a letter on the route.\n\n"
     "The minister told reporters the first ferry would sail in May.\n",
     "the first ferry would sail in May", "Ana Lindqvist"),
    # a counterpart who is the only one named so far
    ("Governor Tomas Brel, a counterpart of the minister, visited the coast.\n\n"
     "The governor said the trucks would return on Sunday.\n",
     "the trucks would return on Sunday", "Tomas Brel"),
]


@pytest.mark.parametrize("text, clause, speaker", _HITS)
def test_a_bare_description_is_not_the_counterpart(text, clause, speaker):
    assert speakers_of(text).get(clause) == speaker


@pytest.mark.parametrize("text, clause, speaker", _NEAR_MISSES)
def test_near_misses_keep_the_latest_holder(text, clause, speaker):
    assert speakers_of(text).get(clause) == speaker
