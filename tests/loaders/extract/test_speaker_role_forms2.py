"""Issue 9, role descriptions, second batch: offices as outlets around the world write them (capitalised
descriptions, hyphenated and abbreviated titles, officials of bodies, clergy, courts), each introduced with a
name, followed by a paragraph about another person, then a quote attributed by a description of the first.
Near misses: a description of another office, and one that only shares a word. Expectations were written before
the extractor ran: a person's full name, ("label", word), or ("not", name)."""
import pytest

from tests.loaders.extract.test_speaker_role_forms import _quote, article, assert_speaker

ROWS = [
    # capitalised descriptions, as many outlets write them
    ("Health Minister Ana Lind opened the clinic on Monday.", "the Minister said", "Ana Lind"),
    ("President Karl Moss signed the law on Monday.", "the President said", "Karl Moss"),
    ("Governor Ana Lind declared an emergency on Monday.", "the Governor said", "Ana Lind"),
    ("Chief Minister Ana Lind inaugurated the bridge on Monday.", "the Chief Minister said", "Ana Lind"),
    # hyphenated and compound titles
    ("Secretary-General Ana Lind addressed the assembly on Monday.", "the secretary-general said", "Ana Lind"),
    ("Vice-Chancellor Karl Moss announced the cuts on Monday.", "the vice-chancellor said", "Karl Moss"),
    ("Ana Lind, director-general of the health service, warned of shortages on Monday.",
     "the director-general said", "Ana Lind"),
    ("Inspector-General of Police Karl Moss announced the arrests on Monday.", "the inspector-general said",
     "Karl Moss"),
    ("Cabinet Secretary for Health Ana Lind launched the campaign on Monday.", "the cabinet secretary said",
     "Ana Lind"),
    ("Deputy Speaker Karl Moss suspended the sitting on Monday.", "the deputy speaker said", "Karl Moss"),
    # officials of bodies
    ("The central bank governor, Karl Moss, raised rates on Monday.", "the governor said", "Karl Moss"),
    ("Karl Moss, governor of the central bank, raised rates on Monday.", "the central bank chief said",
     "Karl Moss"),
    ("Ana Lind, the MP for Kestel North, tabled the bill on Monday.", "the MP said", "Ana Lind"),
    ("Ana Lind, the MP for Kestel North, tabled the bill on Monday.", "the lawmaker said", "Ana Lind"),
    ("U.S. District Judge Ana Lind blocked the order on Monday.", "the judge said", "Ana Lind"),
    ("Ana Lind, who heads the food safety agency, ordered the recall on Monday.", "the agency head said",
     "Ana Lind"),
    # clergy and community
    ("Archbishop Karl Moss led the service on Monday.", "the archbishop said", "Karl Moss"),
    ("Imam Karl Moss led the prayers on Monday.", "the imam said", "Karl Moss"),
    ("Karl Moss, the village chief, met the delegation on Monday.", "the chief said", "Karl Moss"),
    # a later description with its own modifier
    ("Foreign Minister Ana Lind met the envoy on Monday.", "the Sylvanian minister said", "Ana Lind"),
    ("Coach Karl Moss named his team on Monday.", "the Rovers coach said", "Karl Moss"),
    # near misses: another office, or a word shared by another office
    ("Justice Ana Lind blocked the order on Monday.", "the justice minister said", ("label", "justice minister")),
    ("Justice Minister Ana Lind presented the bill on Monday.", "the judge said", ("label", "judge")),
    ("Deputy Speaker Karl Moss suspended the sitting on Monday.", "the Speaker said", ("not", "Karl Moss")),
    ("Vice-Chancellor Karl Moss announced the cuts on Monday.", "the chancellor said", ("not", "Karl Moss")),
    ("Deputy Prime Minister Karl Moss announced the cuts on Monday.", "the prime minister said",
     ("not", "Karl Moss")),
    # a grade of an academic office is that office
    ("Assistant Professor Ana Lind published the study on Monday.", "the professor said", "Ana Lind"),
    ("Associate Professor Ana Lind published the study on Monday.", "the professor said", "Ana Lind"),
    ("Karl Moss, governor of the central bank, raised rates on Monday.", "the state governor said",
     ("not", "Karl Moss")),
    ("Ana Lind, a spokeswoman for the police, confirmed the arrests on Monday.", "the police chief said",
     ("label", "police chief")),
]


@pytest.mark.parametrize("intro, attribution, expected", ROWS)
def test_role_form2(intro, attribution, expected):
    assert_speaker(_quote(article(intro, attribution)), expected)
