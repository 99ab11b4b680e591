"""Issue 9, role descriptions: eight made-up articles in different styles (wire, feature, court, sports, business,
local government, politics, health) whose quotes are attributed by a later definite description ("the foreign
minister", "the 54-year-old", "the Kenyan", "the committee chair", "the CEO") standing for a person the article
introduced with that description: a title before the name, an apposition either side, a relative clause ("who
chairs the committee"), a copula ("X is the director of ...") or an epithet of age, nationality or profession.
Near misses: two people fitting a description, a description given to nobody, an organisation ("the ministry
said"), and an unnamed person of the same office ("a minister who asked not to be named").
Each expectation was written before the extractor ran: a person's full name, or ("label", word) for a quote that
must name no person and whose label contains that word."""
import pytest

from tests.loaders.extract.test_speaker_role_forms import assert_speaker
from tests.loaders.extract.test_speaker_stress import quotes_of

WIRE = (
    "ARDENNE, March 3 (Northwire) - Sylvania and Norvia held their first direct talks in four years on Tuesday over "
    "the disputed river border, officials from both countries said.\n\n"
    "Foreign Minister Dan Ezra, speaking after a three-hour meeting in the capital, said both sides wanted a deal.\n\n"
    "\"We came here to listen, not to lecture,\" the foreign minister told reporters.\n\n"
    "Norvia's delegation was led by its deputy prime minister, Karin Holt, who described the talks as frank.\n\n"
    "\"Nobody expected a breakthrough today,\" the deputy prime minister said.\n\n"
    "\"But the door is open,\" Sylvania's top diplomat added later.\n\n"
    "The Sylvanian foreign ministry said in a statement that a second round would be held in May. \"The dates will "
    "be confirmed shortly,\" the ministry said.\n\n"
    "A senior Sylvanian minister who asked not to be named said the cabinet was divided. \"There are people in "
    "this government who want the talks to fail,\" the minister said.\n"
)

FEATURE = (
    "Grace Otieno was 19 when she first ran a marathon barefoot. Now 54, the Kenyan is the oldest woman entered in "
    "Sunday's Berlin race.\n\n"
    "\"I do not run against the clock any more,\" the 54-year-old said at her hotel on Friday.\n\n"
    "Her coach, Peter Mwangi, a former army officer, has trained her for two decades.\n\n"
    "\"She listens to her body better than anyone I have coached,\" the former officer said.\n\n"
    "\"Age is a number, but the legs know it,\" the Kenyan added with a laugh.\n\n"
    "Race director Tomas Weber said organisers had added a category for runners over 50.\n\n"
    "\"We saw the demand and we acted,\" the race director said.\n\n"
    "Ines Kramer, a veteran physiotherapist who works with the elite field, said older runners recovered "
    "differently.\n\n"
    "\"The recovery is slower, but the engine is still there,\" the physiotherapist said.\n\n"
    "\"Grace is unusual in every way,\" the coach said.\n"
)

COURT = (
    "A former council treasurer who stole £2.3m from the authority was jailed for five years on Thursday.\n\n"
    "Alan Price, 61, who chaired the council's audit committee for a decade, had admitted fraud in March.\n\n"
    "Judge Miriam Cole told him he had betrayed the town. \"You betrayed the trust of every resident,\" the judge "
    "said.\n\n"
    "His barrister, Ruth Okafor, said he had repaid part of the money.\n\n"
    "\"My client is deeply ashamed of what he did,\" the barrister said.\n\n"
    "The prosecutor, Simon Hale, said the money had paid for holidays and a boat.\n\n"
    "\"This was greed, pure and simple,\" the prosecutor told the court.\n\n"
    "\"I am sorry for the pain I have caused,\" the 61-year-old said in a statement read by his lawyer.\n\n"
    "Outside court, the council's chief executive said lessons had been learned. \"We have changed every control "
    "that was exploited,\" the chief executive said.\n"
)

SPORT = (
    "Manchester Rovers' Spanish manager Luis Ortega said his side had been robbed after a late penalty in "
    "Saturday's 2-1 defeat at Kingsford.\n\n"
    "\"I have watched it ten times and it is not a penalty,\" the Spaniard said.\n\n"
    "Kingsford captain Ben Adeyemi, 24, who scored the winner from the spot, disagreed.\n\n"
    "\"The defender pulled my shirt and everyone saw it,\" the captain said.\n\n"
    "\"We deserved the three points,\" the 24-year-old added.\n\n"
    "The league said it would review the incident as it reviews every match. \"All decisions are looked at as a "
    "matter of course,\" the league said.\n\n"
    "\"We move on to Tuesday,\" the Rovers manager said.\n"
)

BUSINESS = (
    "Halvorsen Energy's chief executive, Maria Lund, said on Wednesday the company would cut 800 jobs in Norway.\n\n"
    "\"These are painful decisions,\" the CEO told analysts on a call.\n\n"
    "Lund, 48, a former investment banker, took over the company last year.\n\n"
    "The company's chairman, Erik Solberg, backed the plan. \"The board is united behind it,\" the chairman "
    "said.\n\n"
    "\"We will protect the core business,\" the former banker said.\n\n"
    "Union leader Kari Nyhus called the cuts a betrayal. \"Workers will pay for management's mistakes,\" the union "
    "leader said.\n\n"
    "An analyst at Nordbank said investors had expected the cuts. \"The market wanted this,\" the analyst said.\n\n"
    "\"Shareholders will be pleased,\" the Halvorsen chief executive added.\n"
)

COUNCIL = (
    "Councillor Jane Whitaker, who leads the Labour group on Ashby council, said on Monday the budget would protect "
    "every library in the borough.\n\n"
    "\"We have found the money,\" the group leader said.\n\n"
    "Tom Briggs, who chairs the planning committee, said the town centre scheme would go ahead.\n\n"
    "\"The scheme is good for the town,\" the committee chairman said.\n\n"
    "Mayor Olivia Grant said council tax would not rise this year. \"Not one penny more,\" the mayor said.\n\n"
    "The council said the consultation would close in June. \"Every response will be read,\" the council said.\n\n"
    "\"We have listened to residents,\" the planning chair said.\n"
)

POLITICS = (
    "WARSAW (Northwire) - Prime Minister Jan Kowal on Friday rejected a neighbour's demand for compensation over "
    "a pipeline leak.\n\n"
    "\"We will answer calmly and with facts,\" the premier said.\n\n"
    "Anna Nowak, the minister of foreign affairs, summoned the ambassador on Thursday.\n\n"
    "\"This demand is unacceptable,\" the foreign minister said.\n\n"
    "Defence Minister Piotr Wolski said troops on the border had not been put on alert.\n\n"
    "Opposition leader Ewa Zielinska accused the government of weakness.\n\n"
    "\"The government is asleep,\" the opposition leader said.\n\n"
    "\"Nobody in Warsaw wants a confrontation,\" the head of government added.\n"
)

HEALTH = (
    "Dr Ama Mensah, who founded the Accra Sickle Cell Trust in 2009, said on Tuesday newborn screening should be "
    "free in every region.\n\n"
    "\"Screening saves lives, and it is cheap,\" the founder said.\n\n"
    "Kofi Boateng is the director of the national blood service. \"Our stocks are lower than they have ever "
    "been,\" the director said.\n\n"
    "The health ministry said funding for the programme had doubled. \"Every region will have a screening centre "
    "by 2027,\" the ministry said.\n\n"
    "A doctor at a regional hospital, who was not authorised to speak to the press, said patients were being turned "
    "away. \"We send them home with painkillers,\" the doctor said.\n\n"
    "\"We need blood donors now,\" the blood service director said.\n"
)

# near misses for age epithets: two people of the age (the description tells neither apart), and an age nobody was
# given (never the person given another age)
TWO_AGED = (
    "Two men, Alan Price, 61, and Joe Hart, 61, were charged with fraud on Monday after a two-year inquiry.\n\n"
    "Police said the men had been released on bail.\n\n"
    "\"We are innocent and we will prove it,\" the 61-year-old said outside the station.\n"
)
OTHER_AGE = (
    "Alan Price, 61, was charged with fraud on Monday after a two-year inquiry.\n\n"
    "Detective Inspector Simon Hale said the inquiry had been long and difficult.\n\n"
    "A neighbour, who did not give her name, said the family kept to themselves.\n\n"
    "\"He has done nothing wrong,\" the 45-year-old said.\n"
)

# a capitalised title with its body before the name, no comma ("Chairman of the Kestel Harbour Board Haji Omar
# Said said"), is the person's role; near misses: the body's members and friends hold no title, a title of one body
# does not make "the minister" of a person who holds none
TITLE_OF_BODY = (
    "The Kestel Harbour Board on Monday approved $3 million for repairs to the old pier, its chairman said.\n\n"
    "Chairman of the Kestel Harbour Board Haji Omar Farouk said work would begin in March.\n\n"
    "\"Some of these planks are older than the fishermen who use them,\" the chairman said.\n"
)
MINISTER_OF = (
    "Minister of Finance Ana Lind presented the budget to parliament on Wednesday.\n\n"
    "\"Every household will feel the relief,\" the finance minister said.\n"
)
MEMBERS_OF = (
    "Members of the Kestel Harbour Board Omar Farouk and Tom Reyes walked out of the meeting on Monday.\n\n"
    "The board's chairman said the vote would go ahead without them.\n\n"
    "\"We cannot wait for ever,\" the chairman said.\n"
)

ROWS = [
    (TITLE_OF_BODY, "Some of these planks", "Omar Farouk"),
    (MINISTER_OF, "Every household will feel", "Ana Lind"),
    (MEMBERS_OF, "We cannot wait for ever", ("label", "chairman")),
    (TWO_AGED, "We are innocent", ("label", "61-year-old")),
    (OTHER_AGE, "He has done nothing wrong", ("not", "Alan Price")),
    (WIRE, "We came here to listen", "Dan Ezra"),
    (WIRE, "Nobody expected a breakthrough", "Karin Holt"),
    (WIRE, "But the door is open", "Dan Ezra"),
    (WIRE, "The dates will be confirmed", ("label", "ministry")),
    (WIRE, "There are people in this government", ("label", "minister")),
    (FEATURE, "I do not run against", "Grace Otieno"),
    (FEATURE, "She listens to her body", "Peter Mwangi"),
    (FEATURE, "Age is a number", "Grace Otieno"),
    (FEATURE, "We saw the demand", "Tomas Weber"),
    (FEATURE, "The recovery is slower", "Ines Kramer"),
    (FEATURE, "Grace is unusual", "Peter Mwangi"),
    (COURT, "You betrayed the trust", "Miriam Cole"),
    (COURT, "My client is deeply ashamed", "Ruth Okafor"),
    (COURT, "This was greed", "Simon Hale"),
    (COURT, "I am sorry for the pain", "Alan Price"),
    (COURT, "We have changed every control", ("label", "chief executive")),
    (SPORT, "I have watched it ten times", "Luis Ortega"),
    (SPORT, "The defender pulled my shirt", "Ben Adeyemi"),
    (SPORT, "We deserved the three points", "Ben Adeyemi"),
    (SPORT, "All decisions are looked at", ("label", "league")),
    (SPORT, "We move on to Tuesday", "Luis Ortega"),
    (BUSINESS, "These are painful decisions", "Maria Lund"),
    (BUSINESS, "The board is united", "Erik Solberg"),
    (BUSINESS, "We will protect the core", "Maria Lund"),
    (BUSINESS, "Workers will pay", "Kari Nyhus"),
    (BUSINESS, "The market wanted this", ("label", "analyst")),
    (BUSINESS, "Shareholders will be pleased", "Maria Lund"),
    (COUNCIL, "We have found the money", "Jane Whitaker"),
    (COUNCIL, "The scheme is good", "Tom Briggs"),
    (COUNCIL, "Not one penny more", "Olivia Grant"),
    (COUNCIL, "Every response will be read", ("label", "council")),
    (COUNCIL, "We have listened to residents", "Tom Briggs"),
    (POLITICS, "We will answer calmly", "Jan Kowal"),
    (POLITICS, "This demand is unacceptable", "Anna Nowak"),
    (POLITICS, "The government is asleep", "Ewa Zielinska"),
    (POLITICS, "Nobody in Warsaw wants", "Jan Kowal"),
    (HEALTH, "Screening saves lives", "Ama Mensah"),
    (HEALTH, "Our stocks are lower", "Kofi Boateng"),
    (HEALTH, "Every region will have", ("label", "ministry")),
    (HEALTH, "We send them home", ("label", "doctor")),
    (HEALTH, "We need blood donors", "Kofi Boateng"),
]


def _quote(text: str, start: str):
    found = [q for q in quotes_of(text) if q.kind != "indirect" and q.text.lstrip("\"“‘ ").startswith(start)]
    assert found, f"no quote starting {start!r}"
    return found[0]


# an age and a nationality given only to an epithet that itself stands for the person ("Now 54, the Kenyan is
# the oldest woman entered"): a chain of descriptions no mechanism follows yet
XFAIL = {"I do not run against", "Age is a number"}


@pytest.mark.parametrize("text, start, expected", [
    pytest.param(t, s, e, marks=pytest.mark.xfail(reason="description given only to an epithet", strict=True))
    if s in XFAIL else (t, s, e) for t, s, e in ROWS])
def test_role_description_speaker(text, start, expected):
    quote = _quote(text, start)
    assert_speaker(quote, expected)
