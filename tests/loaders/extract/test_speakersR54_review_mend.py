"""Mend of the speakersR52 round-R53 review (made-up rows). (1) A full name in brackets after another full name is
no alias of hers when it later stands alone as a person of its own (its own sentence's subject or a quote's
speaker); a nickname used only in brackets and as a speaker stays an alias. (2) Initials in brackets followed by a
time phrase ("this week", "on Monday", "last month") keep the whole body as the label; a determiner opening a new
subject ("the minister") still breaks it. (3) A bare description of two holders, one introduced as the other's
counterpart, goes on with the one named last when that counterpart is also the one named last in the article."""
import pytest

from tests.loaders.extract.quote_steps import speakers_of
from tests.loaders.extract.test_speakersR53_known_as import _owners

# (1) bracketed full names
_BRACKET_HITS = [
    # the bracketed name is a separate person later, with its own role sentence and quote
    ("Nurse Ida Holm (Tom Reed) was named in error. Tom Reed is her supervisor.\n\n“I will correct it,” Tom Reed said.",
     "Tom Reed"),
    ("Driver Ola Sund (Mark Hale) got the wrong ticket. Mark Hale, his colleague, drove the other bus.\n\n"
     "“Mine was late,” Mark Hale said.", "Mark Hale"),
]
_BRACKET_NEAR = [
    # a kunya only in brackets and as a speaker: still hers / his
    ("Karim Haddad (Abu Samir) checks the oven.\n\n“Hot,” Abu Samir said.", "Abu Samir", "Karim Haddad"),
    ("Layla Nasser (Umm Omar) sells bread.\n\n“Fresh today,” Umm Omar said.", "Umm Omar", "Layla Nasser"),
    # a later role of no relation to another: still the nickname
    ("Karim Haddad (Abu Samir) checks the oven. Abu Samir is a patient man.\n\n“Hot,” Abu Samir said.",
     "Abu Samir", "Karim Haddad"),
    ("Pedro Alves, better known as Seu Pedrinho, runs the bar.\n\n“Cold beer,” Seu Pedrinho said.",
     "Seu Pedrinho", "Pedro Alves"),
]


@pytest.mark.parametrize("text, speaker", _BRACKET_HITS)
def test_a_bracketed_name_standing_alone_later_is_its_own_person(text, speaker):
    quote = text.split("“")[1].split("”")[0].rstrip(",")
    assert speakers_of(text).get(quote) == speaker


@pytest.mark.parametrize("text, short, owner", _BRACKET_NEAR)
def test_a_bracketed_nickname_stays_an_alias(text, short, owner):
    assert _owners(text).get(short) == owner


# (2) initials in brackets, then a time phrase
_TIME_HITS = [
    ("Works Minister Karl Moss met the board. The Statistics Office (PSO) this week said prices “rose far too fast”.",
     "The Statistics Office (PSO)"),
    ("The Harbour Authority (HBA) on Monday said the pier “will not reopen soon”.", "The Harbour Authority (HBA)"),
    ("The Water Board (NWB) last month said the reservoir was “close to empty”.", "The Water Board (NWB)"),
]
_TIME_NEAR = [
    # a determiner opening a new subject still breaks the phrase
    ("Works Minister Karl Moss met the board. In a letter to the Statistics Office (PSO) the minister said prices "
     "“rose far too fast”.", "Karl Moss", None),
    ("In a letter to the Statistics Office (PSO) a spokesman said prices “rose far too fast”.", None, "a spokesman"),
    ("The Statistics Office (PSO) each month says prices “rose far too fast”.", None, "The Statistics Office (PSO)"),
]


def _said_by(text: str) -> str | None:
    quote = text.split("“")[1].split("”")[0].rstrip(",. ")
    return speakers_of(text).get(quote)


@pytest.mark.parametrize("text, label", _TIME_HITS)
def test_a_time_phrase_after_bracketed_initials_keeps_the_body(text, label):
    assert _said_by(text) == label


@pytest.mark.parametrize("text, name, label", _TIME_NEAR)
def test_a_new_subject_after_bracketed_initials(text, name, label):
    assert _said_by(text) == (name or label)


# (3) counterparts
_COUNTERPART_HITS = [
    # the counterpart is the one named last (and the host): the description goes on with her
    ("Governor Joe Kim of the East met his counterpart, Governor Lena Park, who hosted the talks and spoke at length "
     "about the dam and the river.\n\nLena Park showed the site.\n\nThe talks ran late.\n\n"
     "“We will share the water,” the governor said.", "We will share the water", "Lena Park"),
]
_COUNTERPART_NEAR = [
    # the article's own holder is named again after the counterpart: the own holder
    ("Governor Lena Park said the dam was safe. She met her counterpart in the Eastern Province, Governor Joe Kim, "
     "on Friday.\n\nThe talks ran late.\n\n“We will share the water,” the governor said.",
     "We will share the water", "Lena Park"),
    ("Commissioner Karl Moss said the ferries would run again on Monday. He thanked his counterpart, "
     "Commissioner Jon Pax, for the loan of a tug.\n\nPax said the tug would return next week.\n\n"
     "The commissioner said the harbour would be dredged in spring.\n",
     "the harbour would be dredged in spring", "Karl Moss"),
]


@pytest.mark.parametrize("text, quote, speaker", _COUNTERPART_HITS + _COUNTERPART_NEAR)
def test_counterpart_named_last(text, quote, speaker):
    assert speakers_of(text).get(quote) == speaker


# (code remark) a role names its owner by whole words in a row, no pattern built per name
@pytest.mark.parametrize(
    "role, owner, named",
    [
        ("Helen's Senior Vice President for Heat", "Helen", True),
        ("chief executive of Nordic Ferry Lines", "Nordic Ferry", True),
        ("Helena Energy's chief", "Helen", False),
        ("chief of Nordic Lines and Ferry Co", "Nordic Ferry", False),
        ("mayor", "Helen", False),
    ],
)
def test_a_role_names_its_owner(role, owner, named):
    from loaders.extract.speaker_antecedents import _names_owner
    assert _names_owner(role, owner) is named
