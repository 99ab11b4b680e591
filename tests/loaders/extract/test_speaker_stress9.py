"""Issue 9 stress round: eight made-up articles (invented people, outlets and places), each built around one failure
class a hidden set shows: a role standing for a person named elsewhere, unattributed quotes continuing across a
paragraph break, a description followed by a name, organisations speaking with a person nearby, relays to outlets,
two people of one gender alternating with "he said". Every quote's expected speaker was written in ROWS before the
extractor ever ran on these texts. Rows are (article, the quote's first words, expected speaker: a full name, or a
label compared without case)."""
import pytest

from tests.loaders.extract.test_speaker_stress import quotes_of, speaker_of

# a role used before the name is given, then the role again after it
PREMIER = (
    "KARVIA CITY, May 12 (Northgate Press) - The prime minister said on Monday that her government would not "
    "\"bow to pressure\" from the striking dock workers, as the walkout entered its third week.\n\n"
    "Prime Minister Helga Tarn, speaking at a party conference in the port city of Velm, said the union's demands "
    "would add billions to the national debt. \"We have made a fair offer and it remains on the table,\" Tarn "
    "said.\n\n"
    "\"Nobody wins a strike that lasts all summer.\"\n\n"
    "The prime minister also accused the union of misleading its members. \"They have been told things that are "
    "simply not true,\" she said.\n\n"
    "Union leader Pavel Drosk rejected the charge. Speaking outside the gates of the main terminal, he said his "
    "members had waited six years for a rise. \"We are not going back for promises,\" Drosk said.\n\n"
    "\"We go back for a contract.\"\n\n"
    "The ports authority said in a statement that traffic had fallen by a third since the strike began and that "
    "perishable cargo was being diverted to neighbouring countries.\n\n"
    "Economists have warned the dispute could shave half a point off growth this year.\n"
)

# "the country's top diplomat" standing for a minister named earlier; a second minister of another country
DIPLOMATS = (
    "Ostrava Bay foreign ministers met on Thursday for the first time in two years, but left without agreeing on "
    "fishing quotas.\n\n"
    "Lutavian Foreign Minister Teodor Vance said the talks had been \"frank but useful\". Speaking to reporters "
    "after the meeting, he said his country would not accept any cut larger than ten per cent.\n\n"
    "\"Our fishermen have already given up enough,\" the country's top diplomat said.\n\n"
    "His counterpart from Merevia, Foreign Minister Ilse Branko, struck a more hopeful tone. \"We are closer than "
    "we were this morning,\" she told reporters.\n\n"
    "Merevia's top diplomat added that officials from both sides would meet again next month. \"The door is not "
    "closed,\" Branko said.\n\n"
    "The Lutavian foreign ministry later said in a statement that Vance had \"made the national position clear\".\n\n"
    "Fishing groups in both countries have threatened protests if the quotas are cut.\n"
)

# unattributed quotes continuing the last speaker across a paragraph break, and a new paragraph whose quote
# belongs to the person it introduces
CONTINUE = (
    "Residents of the hill village of Sorrowby spent a second night in emergency shelters on Tuesday after floods "
    "cut the only road into the valley.\n\n"
    "Farmer Agnes Pell, 63, watched the water cover her fields from the school hall. \"I have lived here all my "
    "life and never seen anything like it,\" she said.\n\n"
    "\"The sheep are on the high ground, but the hay is gone.\"\n\n"
    "\"I do not know how we will feed them this winter.\"\n\n"
    "Rescue coordinator Samuel Okoro has been running the shelter since Sunday. \"We have beds for two hundred "
    "people and we are using a hundred and forty of them,\" he said.\n\n"
    "\"What we need now is dry clothing and baby food.\"\n\n"
    "Local councillor Bridget Amsel walked into the hall shortly after noon. \"The county promised us a new "
    "culvert three years ago and it never came,\" she said.\n\n"
    "Forecasters expect more rain on Thursday. The county council said engineers would inspect the road as soon "
    "as the water fell.\n"
)

# a description followed by a name, in several shapes
DESCRIPTION = (
    "Talks between the government and rebel groups in the northern province of Kessara resumed in the lakeside "
    "town of Ulmar on Saturday after a week's pause.\n\n"
    "A member of the rebel delegation, Omar Haddad, said the group wanted guarantees on prisoner releases before "
    "discussing disarmament. \"We have come in good faith,\" Haddad said.\n\n"
    "The head of the government team, retired general Ruslan Petek, said he was \"cautiously optimistic\".\n\n"
    "\"The gaps are smaller than people think,\" said a senior mediator, Dr Yasmin Feld, who has led the talks "
    "since they began in March.\n\n"
    "One of the town's elders, Ibrahim Sallah, welcomed the delegates. \"Ulmar has buried too many sons,\" he "
    "said.\n\n"
    "A spokeswoman for the mediators, Clara Nunez, said the next round would focus on humanitarian access. \"Food "
    "must reach the villages before anything else,\" Nunez said.\n\n"
    "The talks are expected to last until Wednesday.\n"
)

# organisations and ministries as speakers with a person mentioned nearby
ORGS = (
    "The health ministry on Wednesday ordered the closure of a private clinic in Delvane after three patients "
    "fell ill following routine surgery.\n\n"
    "\"The clinic failed to meet basic hygiene standards,\" the ministry said in a statement. It said inspector "
    "Rhona Ashby had found unsterilised instruments during a visit last week.\n\n"
    "The clinic's owner, Dr Felix Marr, said he would appeal. \"We have treated thousands of patients without a "
    "single complaint,\" he said.\n\n"
    "The Delvane Medical Association said it was \"deeply concerned\" by the findings and called for an "
    "independent review. Its president, Oona Lisle, was not available for comment.\n\n"
    "Pharmaceutical supplier Corvex, which provided instruments to the clinic, said it had \"no reason to "
    "believe\" its products were at fault. Corvex chief executive Martin Gale had visited the clinic in April, the "
    "company said.\n\n"
    "The three patients are recovering in hospital.\n"
)

# relays: told an outlet, in an interview with a broadcaster
RELAY = (
    "The mayor of Tressick has defended her decision to close the city's oldest market, saying the building was "
    "no longer safe.\n\n"
    "\"I would rather be unpopular than have a roof fall on someone,\" Mayor Dana Kell told the Tressick "
    "Courier on Friday.\n\n"
    "In an interview with the state broadcaster on Saturday, Kell said engineers had found cracks in three of the "
    "main beams. \"This is not a decision I took lightly,\" she said.\n\n"
    "Stallholders were unconvinced. \"She wants the land for flats,\" market trader Nell Ambrose told the Daily "
    "Lantern.\n\n"
    "Speaking to Radio Harrow, the head of the traders' association, Gwen Tolley, said her members would go to "
    "court. \"We have a lease until 2031,\" Tolley said.\n\n"
    "Kell's office told the Courier the city would help traders find new premises. An architect who surveyed the "
    "building last year, Leon Abbot, told the Lantern that the cracks were \"old and stable\".\n"
)

# two men alternating with "he said"
TWO_MEN = (
    "The two candidates for the governorship of Lower Avon met for their only televised debate on Sunday night, "
    "clashing over taxes, schools and the future of the region's coal mines.\n\n"
    "Incumbent governor Roland Pike defended his record on jobs. \"Unemployment is at its lowest in twenty "
    "years,\" he said.\n\n"
    "His challenger, businessman Victor Hale, said the figures hid the loss of skilled work. \"People are working "
    "two jobs to pay one rent,\" he said.\n\n"
    "Pike accused Hale of wanting to close the mines overnight. \"He would put ten thousand miners out of work,\" "
    "he said.\n\n"
    "Hale denied it. \"I have never said that, and he knows it,\" he said.\n\n"
    "\"What I said is that the mines need a plan.\"\n\n"
    "On schools, Pike promised new buildings in every district. \"Every child deserves a dry classroom,\" the "
    "governor said.\n\n"
    "Polls show the race within three points.\n"
)

# a mix: a role before the name, a spokesman of a named person, an unnamed official
MIXED = (
    "The country's central bank chief warned on Tuesday that inflation would stay above target until next "
    "year.\n\n"
    "\"We are not yet at the point where we can relax,\" the governor told a parliamentary committee in Rostal.\n\n"
    "Central Bank Governor Elena Mirov said the bank would keep its main rate at seven per cent for now. \"Cutting "
    "too early would undo a year's work,\" Mirov said.\n\n"
    "Finance Minister Arvid Sten welcomed the decision. His spokesman, Jonas Pell, said the minister \"fully "
    "supports the bank's independence\".\n\n"
    "A senior finance ministry official, who asked not to be named, said the government hoped for a cut in "
    "the autumn. \"Everyone would like cheaper credit,\" the official said.\n\n"
    "The governor, who took office in January, has raised rates four times.\n"
)

ROWS = [
    (PREMIER, "bow to pressure", "Helga Tarn"),
    (PREMIER, "We have made a fair offer", "Helga Tarn"),
    (PREMIER, "Nobody wins a strike", "Helga Tarn"),
    (PREMIER, "They have been told things", "Helga Tarn"),
    (PREMIER, "We are not going back", "Pavel Drosk"),
    (PREMIER, "We go back for a contract", "Pavel Drosk"),
    (DIPLOMATS, "frank but useful", "Teodor Vance"),
    (DIPLOMATS, "Our fishermen have already", "Teodor Vance"),
    (DIPLOMATS, "We are closer than", "Ilse Branko"),
    (DIPLOMATS, "The door is not", "Ilse Branko"),
    (DIPLOMATS, "made the national position", "The Lutavian foreign ministry"),
    (CONTINUE, "I have lived here", "Agnes Pell"),
    (CONTINUE, "The sheep are on", "Agnes Pell"),
    (CONTINUE, "I do not know how", "Agnes Pell"),
    (CONTINUE, "We have beds for", "Samuel Okoro"),
    (CONTINUE, "What we need now", "Samuel Okoro"),
    (CONTINUE, "The county promised us", "Bridget Amsel"),
    (DESCRIPTION, "We have come in good faith", "Omar Haddad"),
    (DESCRIPTION, "cautiously optimistic", "Ruslan Petek"),
    (DESCRIPTION, "The gaps are smaller", "Yasmin Feld"),
    (DESCRIPTION, "Ulmar has buried", "Ibrahim Sallah"),
    (DESCRIPTION, "Food must reach", "Clara Nunez"),
    (ORGS, "The clinic failed", "the ministry"),
    (ORGS, "We have treated thousands", "Felix Marr"),
    (ORGS, "deeply concerned", "The Delvane Medical Association"),
    (ORGS, "no reason to", "Corvex"),
    (RELAY, "I would rather be unpopular", "Dana Kell"),
    (RELAY, "This is not a decision", "Dana Kell"),
    (RELAY, "She wants the land", "Nell Ambrose"),
    (RELAY, "We have a lease", "Gwen Tolley"),
    (RELAY, "old and stable", "Leon Abbot"),
    (TWO_MEN, "Unemployment is at its lowest", "Roland Pike"),
    (TWO_MEN, "People are working two jobs", "Victor Hale"),
    (TWO_MEN, "He would put ten thousand", "Roland Pike"),
    (TWO_MEN, "I have never said that", "Victor Hale"),
    (TWO_MEN, "What I said is", "Victor Hale"),
    (TWO_MEN, "Every child deserves", "Roland Pike"),
    (MIXED, "We are not yet at the point", "Elena Mirov"),
    (MIXED, "Cutting too early", "Elena Mirov"),
    (MIXED, "fully supports the bank", "Jonas Pell"),
    (MIXED, "Everyone would like cheaper", "A senior finance ministry official"),
]

# (article's first 40 characters, quote start) -> reason; filled only after running, each with its mechanism
XFAIL: dict[tuple[str, str], str] = {
    (ORGS[:40], "no reason to"): "the label keeps a lower-case trade noun before a company's name ('Pharmaceutical "
    "supplier Corvex'): telling a descriptor from the first words of a body's name would need a vocabulary of "
    "trade nouns before names, left for now (the label does hold the company)",
}


@pytest.mark.parametrize("text, start, speaker", [
    pytest.param(t, s, w, marks=pytest.mark.xfail(reason=XFAIL[(t[:40], s)], strict=True))
    if (t[:40], s) in XFAIL else (t, s, w) for t, s, w in ROWS])
def test_stress9_speaker(text, start, speaker):
    got = speaker_of(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


@pytest.mark.parametrize("text, speaker", [
    # a hyphen standing alone between spaces is a dash: a dateline's end is no part of the subject after it
    ("KARVIA CITY, May 12 (Northgate Press) - Omar Haddad said the plan was \"dead\".", "Omar Haddad"),
    ("KARVIA CITY, May 12 - Omar Haddad said the plan was \"dead\".", "Omar Haddad"),
    ("LONDON, May 3 (Wire) - Omar Haddad rallied, and he said the plan was \"dead\".", "Omar Haddad"),
    # near misses: an aside between spaced hyphens is read as between em dashes; hyphens inside a name stay
    ("Omar Haddad - the group's leader - said the plan was \"dead\".", "Omar Haddad"),
    ("The spokesman - a former soldier - said the plan was \"dead\".", "The spokesman"),
    ("A spokesman for Acme - which makes widgets - said the plan was \"dead\".", "A spokesman for Acme"),
    ("Jean-Pierre Leclerc - who runs the mill - said the plan was \"dead\".", "Jean-Pierre Leclerc"),
    ("Jean-Pierre Leclerc said the plan was \"dead\".", "Jean-Pierre Leclerc"),
    ("Sen. Maria Lopez (D-Ore.) said the bill was \"dead\".", "Maria Lopez"),
    # the closing one of two spaced hyphens ends an aside inside the clause, not the clause's opening
    ("Maria Lopez has called for tweaks - more spending and a wage hike - and has said that tax rises are "
     "\"fair\".", "Maria Lopez"),
])
def test_a_spaced_hyphen_is_a_dash(text, speaker):
    quotes = [q for q in quotes_of(text) if q.kind == "partial"]
    assert quotes and (quotes[0].speaker_name or quotes[0].speaker_label) == speaker
