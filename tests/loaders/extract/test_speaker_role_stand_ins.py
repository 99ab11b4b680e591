"""Issue 9, failure class 1: a role description standing for a person the article names elsewhere ("Prime
Minister Jan Kowal met … “…,” the prime minister said" is Jan Kowal), in the styles of outlets round the world:
the bare office, a shorter word for it ("the minister"), a qualified one ("the foreign minister"), a periphrasis
("the head of government"), the role written before the name is given ("Sylvania's foreign minister said …
Foreign Minister Dan Ezra added") and a country's possessive ("the country's top diplomat"). Made-up sentences;
near misses keep a label (two holders of the office in different countries with nothing to tell them apart, a role
nobody in the article holds, a former holder for "the prime minister", an office an organisation holds)."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

CASES = [
    # the office written out, then bare
    ("Prime Minister Jan Kowal met union leaders on Tuesday. \"We will answer calmly,\" the prime minister said.",
     "answer calmly", "Jan Kowal", None),
    ("President Amara Diallo opened the new port at Kestel. \"This is a gateway to the world,\" the president said.",
     "gateway", "Amara Diallo", None),
    ("Finance Minister Ruth Okafor presented the budget to parliament. \"There will be no new taxes,\" the minister "
     "said.", "no new taxes", "Ruth Okafor", None),
    ("Foreign Minister Dan Ezra flew to Brell for talks. \"We want a ceasefire now,\" the foreign minister told "
     "reporters.", "ceasefire now", "Dan Ezra", None),
    ("Chancellor Ilse Brandt addressed the Bundestag. \"Europe must stand together,\" the chancellor said.",
     "stand together", "Ilse Brandt", None),
    ("Governor Tunde Bakare inspected the flooded roads. \"Help is on its way,\" the governor assured residents.",
     "on its way", "Tunde Bakare", None),
    ("Mayor Sofia Reyes unveiled the plan at city hall. \"Buses will be free in June,\" the mayor said.",
     "free in June", "Sofia Reyes", None),
    # a shorter word, a periphrasis
    ("Prime Minister Jan Kowal met union leaders on Tuesday. \"We will answer calmly,\" the premier said.",
     "answer calmly", "Jan Kowal", None),
    ("Prime Minister Jan Kowal met union leaders on Tuesday. \"We will answer calmly,\" the head of government said.",
     "answer calmly", "Jan Kowal", None),
    ("Health Minister Maria Lund toured the ward. Nurses lined the corridor. \"Staffing is my priority,\" the "
     "health minister said.", "my priority", "Maria Lund", None),
    # apposition and after-name roles
    ("Jan Kowal, the prime minister, met union leaders on Tuesday. \"We will answer calmly,\" the prime minister "
     "said.", "answer calmly", "Jan Kowal", None),
    ("Ruth Okafor, Borovia's finance minister, presented the budget. \"There will be no new taxes,\" the minister "
     "said.", "no new taxes", "Ruth Okafor", None),
    ("Ilse Brandt, who became chancellor in May, addressed parliament. \"Europe must stand together,\" the "
     "chancellor said.", "stand together", "Ilse Brandt", None),
    # the role before the name
    ("Sylvania's foreign minister said the border would stay open. \"We have nothing to hide,\" Foreign Minister "
     "Dan Ezra added.", "nothing to hide", "Dan Ezra", None),
    # a country's possessive
    ("Foreign Minister Dan Ezra flew to Brell for talks. \"We want a ceasefire now,\" the country's top diplomat "
     "said.", "ceasefire now", "Dan Ezra", None),
    # two people, two offices: each description its own holder
    ("President Amara Diallo and Prime Minister Jan Kowal met in Kestel. \"We agree on trade,\" the president said. "
     "\"And on energy,\" the prime minister added.", "agree on trade", "Amara Diallo", None),
    ("President Amara Diallo and Prime Minister Jan Kowal met in Kestel. \"We agree on trade,\" the president said. "
     "\"And on energy,\" the prime minister added.", "on energy", "Jan Kowal", None),
    # two ministers of different countries told apart by nationality
    ("Polish Foreign Minister Jan Kowal met his Czech counterpart Petr Novak in Prague. \"We are allies,\" the "
     "Czech minister said.", "are allies", "Petr Novak", None),
    # a title and a quote after intervening text
    ("Governor Tunde Bakare inspected the flooded roads. Engineers said the bridge was unsafe. Traders closed "
     "early. \"Help is on its way,\" the governor said.", "on its way", "Tunde Bakare", None),
    # one who heads a ministry is its minister
    ("Ruth Okafor, who heads the finance ministry, presented the budget. \"There will be no new taxes,\" the "
     "minister said.", "no new taxes", "Ruth Okafor", None),
    ("Karl Moss, who runs the Ministry of Mines, toured the pit. \"Safety comes first,\" the mines minister said.",
     "Safety comes first", "Karl Moss", None),
    # near misses
    # (one who heads a ministry's unit is no minister: a role nobody holds)
    ("Karl Moss, who heads the ministry's press office, spoke on Monday. \"Safety comes first,\" the minister "
     "said.", "Safety comes first", None, "the minister"),
    # (a role nobody in the article holds)
    ("Mayor Sofia Reyes unveiled the plan at city hall. \"It will cost billions,\" the finance minister said.",
     "billions", None, "the finance minister"),
    ("Chancellor Ilse Brandt addressed parliament. \"We are not consulted,\" the governor said.", "not consulted",
     None, "the governor"),
    # (a former holder is not "the prime minister")
    ("Former prime minister Jan Kowal criticised the plan. \"It is reckless,\" the prime minister said.",
     "reckless", None, "the prime minister"),
    # (two holders of one office in two countries, nothing to tell them apart)
    ("Prime Minister Jan Kowal of Borovia met Prime Minister Ana Lind of Sylvania. \"We agree,\" the prime "
     "minister said.", "We agree", None, "the prime minister"),
    # (an organisation's role)
    ("The Ministry of Finance published the figures on Monday. \"Growth slowed,\" the ministry said.",
     "Growth slowed", None, "the ministry"),
    # (a deputy does not hold the office)
    ("Deputy Prime Minister Jan Kowal chaired the meeting. \"We will answer calmly,\" the prime minister said.",
     "answer calmly", None, "the prime minister"),
    # (a minister of another portfolio is not "the health minister")
    ("Finance Minister Ruth Okafor presented the budget. \"Hospitals are full,\" the health minister said.",
     "Hospitals are full", None, "the health minister"),
    # (the former holder named as such)
    ("Former president Amara Diallo attended the funeral. \"He was a friend,\" the former president said.",
     "a friend", "Amara Diallo", None),
    ("Mayor-elect Sofia Reyes visited the depot. \"We start in January,\" the mayor-elect said.", "start in January",
     "Sofia Reyes", None),
    ("Interior Minister Karl Moss and Defence Minister Ana Cruz briefed the press. \"The army is ready,\" the "
     "defence minister said.", "army is ready", "Ana Cruz", None),
    ("Interior Minister Karl Moss and Defence Minister Ana Cruz briefed the press. \"Police are on alert,\" the "
     "interior minister said.", "on alert", "Karl Moss", None),
    ("The former mayor, Tom Reyes, opposed the plan. Residents voted on Sunday. \"It is a mistake,\" the former "
     "mayor said.", "a mistake", "Tom Reyes", None),
    ("Tom Reyes, a former mayor of Kestel, opposed the plan. Residents voted on Sunday. \"It is a mistake,\" the "
     "former mayor said.", "a mistake", "Tom Reyes", None),
]


@pytest.mark.parametrize("text, words, name, label", CASES)
def test_role_stands_for_named_person(text, words, name, label):
    quote = quote_with(text, words)
    assert (quote.speaker_name, None if name else (quote.speaker_label or "").casefold()) == (name, label)


# "former Kestel Bay mayor Ramon Alcantara": a past holder's word before the place words a title opens with makes
# the person "the former mayor", though the people step may keep only the title's end ("Bay mayor")
PAST_TITLE_CASES = [
    ("The court acquitted former San Marco mayor Ramon Alcantara of graft.\nAlcantara, who was in court with his "
     "family, thanked his lawyers. \u201cI have waited five years,\u201d the former mayor told reporters.",
     "waited five", "Ramon Alcantara", None),
    ("The court acquitted ex-San Marco governor Ramon Alcantara of graft.\nAlcantara thanked his lawyers. \u201cI "
     "have waited five years,\u201d the former governor said.", "waited five", "Ramon Alcantara", None),
    # near misses: the current holder of a place's office is no "former mayor"; nor a former holder "the mayor"
    ("The court acquitted San Marco mayor Ramon Alcantara of graft.\nAlcantara thanked his lawyers. \u201cI have "
     "waited five years,\u201d the former mayor said.", "waited five", None, "the former mayor"),
    ("The court acquitted former San Marco mayor Ramon Alcantara of graft.\nAlcantara thanked his lawyers. \u201cI "
     "have waited five years,\u201d the mayor said.", "waited five", None, "the mayor"),
]


@pytest.mark.parametrize("text, words, name, label", PAST_TITLE_CASES)
def test_past_word_before_a_place_title(text, words, name, label):
    quote = quote_with(text, words)
    assert (quote.speaker_name, None if name else (quote.speaker_label or "").casefold()) == (name, label)
