"""Issue 9, role descriptions, sixth batch: the office holder's name in the shapes of many countries (honorifics
such as Datuk, Alhaji, Sheikh; hyphenated given names; Spanish double surnames; a title and a style) and the role
given in several ways, a distractor paragraph, then "the <office> said". Expectations written before the
extractor ran."""
import pytest

from tests.loaders.extract.test_speaker_role_forms import article, _quote

ROWS = [
    ("Transport Minister Datuk Seri Anthony Loke opened the line on Monday.", "the minister said",
     "Anthony Loke"),
    ("Governor Alhaji Musa Bello signed the budget on Monday.", "the governor said", "Musa Bello"),
    ("Secretary for Transport Cheung Wai-ling told lawmakers on Monday the line would cost more.",
     "the secretary said", "Cheung Wai-ling"),
    ("Health Minister María José Fernández García opened the clinic on Monday.", "the minister said",
     "María José Fernández García"),
    ("Chief Justice Tan Sri Rahman Hashim swore in the judges on Monday.", "the chief justice said",
     "Rahman Hashim"),
    ("Mayor Nguyen Thi Lan opened the bridge on Monday.", "the mayor said", "Nguyen Thi Lan"),
    ("The President of the Senate, Godswill Akpabio, adjourned the sitting on Monday.", "the Senate president said",
     "Godswill Akpabio"),
    ("Mr Sipho Ndlovu, the municipal manager, announced the cuts on Monday.", "the municipal manager said",
     "Sipho Ndlovu"),
]


@pytest.mark.parametrize("intro, attribution, expected", ROWS)
def test_role_name_shapes(intro, attribution, expected):
    quote = _quote(article(intro, attribution))
    assert quote.speaker_name is not None and set(expected.split()) >= set(quote.speaker_name.split()) \
        and len(quote.speaker_name.split()) >= 2, (quote.speaker_name, quote.speaker_label)


# abbreviated titles and party tags (written before the run)
ABBREVIATED = [
    ("Rep. Ana Lind (D-Ohio) introduced the bill on Monday.", "the congresswoman said", "Ana Lind"),
    ("Sen. Karl Moss, R-Texas, blocked the vote on Monday.", "the Texas Republican said", "Karl Moss"),
    ("Sen. Karl Moss, R-Texas, blocked the vote on Monday.", "the senator said", "Karl Moss"),
    ("Karl Moss, CEO of Holm Timber, announced the closure on Monday.", "the chief executive said", "Karl Moss"),
    ("Ana Lind, Director of Communications at Holm Timber, confirmed the closure on Monday.",
     "the communications director said", "Ana Lind"),
    ("Ana Lind, Chief Operating Officer of Holm Timber, confirmed the closure on Monday.", "the COO said",
     "Ana Lind"),
]


@pytest.mark.parametrize("intro, attribution, expected", ABBREVIATED)
def test_abbreviated_role(intro, attribution, expected):
    quote = _quote(article(intro, attribution))
    assert quote.speaker_name == expected, (quote.speaker_name, quote.speaker_label)


# near misses: another party, another state, two of the party, and a capitalised name that is no title
@pytest.mark.parametrize("intro, attribution, label", [
    ("Sen. Karl Moss, R-Texas, blocked the vote on Monday.", "the Democrat said", "democrat"),
    ("Sen. Karl Moss, R-Texas, blocked the vote on Monday.", "the Ohio Republican said", "republican"),
    ("Sen. Karl Moss, R-Texas, and Rep. Ana Lind, R-Ohio, blocked the vote on Monday.", "the Republican said",
     "republican"),
    ("Ana Lind, Kestel Rovers of the Premier League, won on Monday.", "the director said", "director"),
])
def test_party_and_title_near_misses(intro, attribution, label):
    quote = _quote(article(intro, attribution))
    assert quote.speaker_name is None, quote.speaker_name
    assert label in (quote.speaker_label or "").lower(), quote.speaker_label
