"""Issue 9, role descriptions: the forms in which an article gives a person a role (a title before the name, an
apposition either side, a relative clause, a copula, an epithet of age, nationality or profession), each
followed by a paragraph about another person and then a quote attributed by a definite description of the
first role. Near misses: the description fits nobody (a label), or it fits the distractor instead. Every
expectation was written before the extractor ran: a person's full name, or ("label", word)."""
import pytest

from tests.loaders.extract.test_speaker_stress import quotes_of

DISTRACT = "Tom Reyes, a local resident, said he had followed the dispute for months.\n\n"


def article(intro: str, attribution: str) -> str:
    return intro + "\n\n" + DISTRACT + "\"We will not give up on this,\" " + attribution + ".\n"


ROWS = [
    # titles before the name
    ("Premier Jan Kowal opened the new bridge on Monday.", "the prime minister said", "Jan Kowal"),
    ("Prime Minister Jan Kowal opened the new bridge on Monday.", "the premier said", "Jan Kowal"),
    ("Chief Executive Officer Ana Lind announced the results on Monday.", "the CEO said", "Ana Lind"),
    ("Chairwoman Ana Lind opened the annual meeting on Monday.", "the chair said", "Ana Lind"),
    ("Head coach Ana Lind named her squad on Monday.", "the coach said", "Ana Lind"),
    ("Police Chief Karl Moss announced the arrests on Monday.", "the police chief said", "Karl Moss"),
    ("Superintendent Karl Moss announced the arrests on Monday.", "the superintendent said", "Karl Moss"),
    ("Attorney General Ana Lind announced the charges on Monday.", "the attorney general said", "Ana Lind"),
    # appositions after the name
    ("Ana Lind, chairperson of the Kestel Water Board, announced the rise on Monday.", "the chairwoman said",
     "Ana Lind"),
    ("Ana Lind, the managing director of Holm Timber, announced the closure on Monday.",
     "the managing director said", "Ana Lind"),
    ("Ana Lind, a spokeswoman for the ministry, confirmed the figures on Monday.", "the spokeswoman said",
     "Ana Lind"),
    ("Karl Moss, the party's candidate in the by-election, launched his campaign on Monday.",
     "the candidate said", "Karl Moss"),
    ("Karl Moss, Kestel's attorney general, announced the charges on Monday.", "the attorney general said",
     "Karl Moss"),
    # appositions before the name
    ("The country's top diplomat, Dan Ezra, arrived in Geneva on Monday.", "the foreign minister said",
     "Dan Ezra"),
    ("Holm Timber's managing director, Ana Lind, announced the closure on Monday.", "the company boss said",
     "Ana Lind"),
    # relative clauses
    ("Ana Lind, who heads the Kestel nurses' union, called the strike on Monday.", "the union leader said",
     "Ana Lind"),
    ("Ana Lind, who directs the city museum, announced the closure on Monday.", "the director said", "Ana Lind"),
    ("Karl Moss, who manages the Kestel Rovers team, was sent off on Monday.", "the manager said", "Karl Moss"),
    ("Karl Moss, who owns the bakery on Mill Street, lost his lease on Monday.", "the owner said", "Karl Moss"),
    ("Karl Moss, who coaches the under-12 team, was banned on Monday.", "the coach said", "Karl Moss"),
    ("Ana Lind, who was elected mayor in 2019, announced her resignation on Monday.", "the mayor said",
     "Ana Lind"),
    # predicates
    ("Ana Lind is the chief executive of Holm Timber. The company announced the closure on Monday.",
     "the chief executive said", "Ana Lind"),
    ("Karl Moss, 58, a former army general, leads the opposition alliance.", "the former general said",
     "Karl Moss"),
    ("Karl Moss, 58, a former army general, leads the opposition alliance.", "the retired general said",
     "Karl Moss"),
    # epithets of profession and nationality
    ("The Nigerian-born economist Karl Moss published the report on Monday.", "the economist said", "Karl Moss"),
    ("Norwegian skier Karl Moss won the race on Monday.", "the Norwegian said", "Karl Moss"),
    ("Karl Moss, a veteran diplomat, led the talks on Monday.", "the veteran diplomat said", "Karl Moss"),
    ("Ana Lind, a mother of three, lost her home in the flood on Monday.", "the mother of three said",
     "Ana Lind"),
    # near misses: a description no one was given stays the label
    ("Ana Lind, the director of the city museum, announced the closure on Monday.", "the mayor said",
     ("label", "mayor")),
    ("Karl Moss, who owns the bakery on Mill Street, lost his lease on Monday.", "the landlord said",
     ("label", "landlord")),
    ("Ana Lind, a spokeswoman for the ministry, confirmed the figures on Monday.", "the minister said",
     ("label", "minister")),
    ("Norwegian skier Karl Moss won the race on Monday.", "the Swede said", ("not", "Karl Moss")),
    ("Ana Lind, who heads the Kestel nurses' union, called the strike on Monday.", "the ministry said",
     ("label", "ministry")),
    # near misses for forms of one office: a diplomat, or a top diplomat somewhere, is no foreign minister; a
    # minister of another portfolio is not the finance minister
    ("Karl Moss, a veteran diplomat, led the talks on Monday.", "the foreign minister said",
     ("label", "foreign minister")),
    ("The top Norvian diplomat in Kestel, Karl Moss, was summoned on Monday.", "the foreign minister said",
     ("label", "foreign minister")),
    ("Minister of Health Ana Lind presented the plan on Monday.", "the finance minister said",
     ("label", "finance minister")),
    ("Karl Moss, a former army general, leads the opposition alliance.", "the retired teacher said",
     ("label", "teacher")),
]


def _quote(text: str):
    found = [q for q in quotes_of(text) if q.kind != "indirect" and q.text.lstrip("\"“‘ ").startswith("We will not")]
    assert found, "no quote"
    return found[0]


def assert_speaker(quote, expected) -> None:
    """`expected`: a person's name, ("label", words the label holds) or ("not", a name the speaker must not be)."""
    if isinstance(expected, tuple) and expected[0] == "not":
        assert quote.speaker_name != expected[1], (quote.speaker_name, quote.speaker_label)
    elif isinstance(expected, tuple):
        assert quote.speaker_name is None, (quote.speaker_name, quote.speaker_label)
        assert expected[1] in (quote.speaker_label or "").lower(), quote.speaker_label
    else:
        assert quote.speaker_name == expected, (quote.speaker_name, quote.speaker_label)


@pytest.mark.parametrize("intro, attribution, expected", ROWS)
def test_role_form(intro, attribution, expected):
    assert_speaker(_quote(article(intro, attribution)), expected)
