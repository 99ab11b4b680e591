"""Who is who: a short name the article gives someone right after their full name ("Marta Delgado – Tita to
everyone on the island –", "Ignacio Ferro (Nacho)") is that person's other name, and the quotes it attributes are
the full-named person's. Made-up rows; near misses where the short name is somebody else stay as they are."""
import pytest

from loaders.extract.people import extract_people
from loaders.extract.speaker_aliases import alias_owners
from loaders.records import ArticleRecord
from loaders.registry import Registry

from tests.loaders.extract.quote_steps import speakers_of


_quotes = speakers_of  # (the shared runner: each quote's words and its speaker)


def _owners(text: str) -> dict[str, str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    return alias_owners(text, extract_people(article, Registry()))


_BAKERY = ("Marta Delgado – Tita to everyone on the island – has baked bread in Orzán for forty years.\n"
           "“We start at four in the morning,” Tita says. “Nobody else wants those hours.”\n"
           "Her nephew, Ignacio Ferro (Nacho to his friends), took over the ovens last spring.\n"
           "“I burned the first hundred loaves,” Nacho says.\n")


@pytest.mark.parametrize(
    "quote, speaker",
    [
        # a dash pair with "to everyone": the full name speaks
        ("We start at four in the morning", "Marta Delgado"),
        ("Nobody else wants those hours", "Marta Delgado"),
        # brackets with "to his friends"
        ("I burned the first hundred loaves", "Ignacio Ferro"),
    ],
)
def test_a_short_name_given_after_a_full_name_is_the_same_person(quote, speaker):
    assert _quotes(_BAKERY).get(quote) == speaker


@pytest.mark.parametrize(
    "text, short",
    [
        # a short form of the given name in brackets right after the full name, nothing else
        ("Alejandro Ferro (Alex) runs the ovens now. “It is hot work,” Alex says.", "Alex"),
        # "as everyone calls her" after a comma
        ("Marta Delgado, Tita as everyone calls her, bakes at four. “We start early,” Tita says.", "Tita"),
    ],
)
def test_other_forms_of_the_short_name(text, short):
    assert _owners(text).get(short) in ("Alejandro Ferro", "Marta Delgado")


@pytest.mark.parametrize(
    "text, short",
    [
        # someone else, met by the full-named person: no alias
        ("Marta Delgado met Tita in 1990. “We were twenty,” Tita says.", "Tita"),
        # a list of people after a comma, no word saying it is a name she goes by
        ("Marta Delgado, Tita and Pepa bake at four. “We start early,” Tita says.", "Tita"),
        # a dash opening an aside about someone else
        ("Marta Delgado – Tita, her neighbour, says – bakes at four. “We start early,” Tita says.", "Tita"),
        # brackets with a second person and more words
        ("Ignacio Ferro (Nacho Ruiz's cousin) runs the ovens. “It is hot work,” Nacho says.", "Nacho"),
        # a party or a place alone in brackets is no short name
        ("Ana Roe (Labour) opposed the plan. “It is a mistake,” Labour said.", "Labour"),
        ("Ana Roe (Madrid) opposed the plan. “It is a mistake,” she said.", "Madrid"),
        # the short name was already used for somebody before the full name appears
        ("Tita opened the shop in 1980. Later Marta Delgado (Tita) joined her. “We start early,” Tita says.", "Tita"),
    ],
)
def test_near_misses_keep_the_short_name(text, short):
    assert short not in _owners(text)


def test_the_rest_of_the_article_is_unchanged():
    text = ("Marta Delgado – Tita to everyone on the island – bakes at four. Her rival, Pepa Roca, bakes at five.\n"
            "“We are not rivals,” Pepa Roca says.\n")
    assert _quotes(text).get("We are not rivals") == "Pepa Roca"
