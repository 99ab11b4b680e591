"""An office no table knows, written as a title before a name with its portfolio between ("Ombudsperson for Fisheries
and Forestry Ana Roe"), is that person's: "the ombudsperson said" is hers when she is the one so titled
(speakersR40; the bare title "Warden Ana Lind" was read already). The portfolio is an office's subjects only
(data/office_subjects; review of speakersR40): a verb in headline capitals or a place ends it. Made-up text; expectations written first."""
import pytest

from tests.loaders.extract.test_speaker_stress import speaker_of

SIGNED = ("The pact was signed in Tolvik by {title} Ana Roe and the consul, Bo Lind. \"Our crews deserve to be "
          "found quickly,\" said Ana Roe.\n\n")


@pytest.mark.parametrize("text, start, speaker", [
    # hits: the title's head, with a portfolio between it and the name
    (SIGNED.format(title="Ombudsperson for Fisheries and Forestry") + "The ombudsperson added that the first drill "
     "would be held \"as soon as the ice allows\".", "as soon as the ice", "Ana Roe"),
    (SIGNED.format(title="Landsraadsmand for Fisheries") + "The Landsraadsmand added that the first drill would be "
     "held \"as soon as the ice allows\".", "as soon as the ice", "Ana Roe"),
    (SIGNED.format(title="Ombudsperson of the Environment") + "\"It is a start,\" the ombudsperson said.",
     "It is a start", "Ana Roe"),
    # near misses: a head written nowhere as her title stays a label
    (SIGNED.format(title="Ombudsperson for Fisheries") + "The harbourmistress added that the first drill would be "
     "held \"as soon as the ice allows\".", "as soon as the ice", None),
    # ... a rank before the title makes it another office
    (SIGNED.format(title="Deputy Ombudsperson for Fisheries") + "The ombudsperson added that the first drill "
     "would be held \"as soon as the ice allows\".", "as soon as the ice", "The ombudsperson"),
    # ... two people so titled: no one of them
    ("Ombudsperson for Fisheries Ana Roe and Ombudsperson for Roads Bo Lind met on Monday. The ombudsperson added "
     "that the first drill would be held \"as soon as the ice allows\".", "as soon as the ice", "The ombudsperson"),
    # ... a body's name before a name is no title ("Council for Fisheries" is the body)
    ("The Council for Fisheries Ana Roe chairs met on Monday. The ombudsperson added that the first drill would be "
     "held \"as soon as the ice allows\".", "as soon as the ice", "The ombudsperson"),
    ("The pact was signed by the Institute for Fisheries Ana Roe chairs. Ana Roe smiled. The institute added that "
     "the first drill would be held \"as soon as the ice allows\".", "as soon as the ice", "The institute"),
    # near misses (review of speakersR40): a capitalised word that is no office's subject ends the portfolio, so a
    # capitalised verb before the name makes no title of it ("Ombudsperson for Fisheries Warned Ana Roe")
    ("Ombudsperson for Fisheries Warned Ana Roe about the ice. Ana Roe smiled. The ombudsperson added that the first "
     "drill would be held \"as soon as the ice allows\".", "as soon as the ice", "The ombudsperson"),
    ("Ombudsperson for Fisheries Praised Ana Roe on Monday. Ana Roe smiled. \"It is a start,\" the ombudsperson "
     "said.", "It is a start", "the ombudsperson"),
    # hit: subjects joined by "and" stay the portfolio
    ("Ombudsperson for Roads and Harbours Ana Roe spoke. Ana Roe smiled. \"It is a start,\" the ombudsperson "
     "said.", "It is a start", "Ana Roe"),
    # ... nor a place or a body ("Warden of the Kestel Prison": the portfolio is an office's subjects only, as the
    # review of speakersR40 asked; R40 read this one as hers)
    ("The pact was signed by Warden of the Kestel Prison Ana Roe. Ana Roe smiled. \"It is a start,\" the warden "
     "said.", "It is a start", "the warden"),
    # review of speakersR41 (NEWLY WRONG): after "and" that follows a known subject word, another capitalised noun
    # the list lacks is still the portfolio ("Fisheries and Hunting") ...
    (SIGNED.format(title="Ombudsperson for Fisheries and Hunting") + "\"It is a start,\" the ombudsperson said.",
     "It is a start", "Ana Roe"),
    (SIGNED.format(title="Ombudsperson for Health and Nutrition") + "\"It is a start,\" the ombudsperson said.",
     "It is a start", "Ana Roe"),
    (SIGNED.format(title="Ombudsperson for Culture & Gaming") + "\"It is a start,\" the ombudsperson said.",
     "It is a start", "Ana Roe"),
    # near misses: ... never a capitalised verb form (-ed, -s), nor after a word that is no office's subject
    ("Ombudsperson for Fisheries and Welcomed Ana Roe on Monday. Ana Roe smiled. \"It is a start,\" the "
     "ombudsperson said.", "It is a start", "the ombudsperson"),
    ("Ombudsperson for Fisheries and Thanks Ana Roe on Monday. Ana Roe smiled. \"It is a start,\" the "
     "ombudsperson said.", "It is a start", "the ombudsperson"),
    ("The pact was signed by Warden of the Kestel Prison and Hunting Ana Roe. Ana Roe smiled. \"It is a start,\" "
     "the warden said.", "It is a start", "the warden"),
    # review coderead_speakers 2: a plural noun after "and" is the portfolio too (a verb is told by the verb lists,
    # not by its "-s"): "Women and Equalities", "Lands and Waters", "Fisheries and Oceans" ...
    (SIGNED.format(title="Ombudsperson for Women and Equalities") + "\"It is a start,\" the ombudsperson said.",
     "It is a start", "Ana Roe"),
    (SIGNED.format(title="Ombudsperson for Lands and Waters") + "\"It is a start,\" the ombudsperson said.",
     "It is a start", "Ana Roe"),
    (SIGNED.format(title="Ombudsperson for Fisheries and Oceans") + "\"It is a start,\" the ombudsperson said.",
     "It is a start", "Ana Roe"),
    # near misses: ... but a verb of the lists in headline capitals ends it ("Warns", "Urges", "Tells", "Runs")
    ("Ombudsperson for Fisheries and Warns Ana Roe on Monday. Ana Roe smiled. \"It is a start,\" the "
     "ombudsperson said.", "It is a start", "the ombudsperson"),
    ("Ombudsperson for Women and Urges Ana Roe to stay. Ana Roe smiled. \"It is a start,\" the "
     "ombudsperson said.", "It is a start", "the ombudsperson"),
    ("Ombudsperson for Lands and Tells Ana Roe to wait. Ana Roe smiled. \"It is a start,\" the "
     "ombudsperson said.", "It is a start", "the ombudsperson"),
    ("Ombudsperson for Roads and Runs Ana Roe out of town. Ana Roe smiled. \"It is a start,\" the "
     "ombudsperson said.", "It is a start", "the ombudsperson"),
    # hit too: a bare title before the name, as before
    ("The pact was signed by Warden Ana Roe. Ana Roe smiled. \"It is a start,\" the warden said.", "It is a start",
     "Ana Roe"),
])
def test_a_title_with_its_portfolio_before_a_name(text, start, speaker):
    got = speaker_of(text, start)
    assert (got.casefold() if got else None) == (speaker.casefold() if speaker else None), got
