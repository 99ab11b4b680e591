"""Rows from the second review of speakI (made-up quotes): each a case a rule of speakH/speakI got wrong, and the
case the rule was written for as its near miss. A redescription comes only from a word that always covers the
role's head (inspector is no officer, organiser no activist, a captain no pilot); a copula's subject is the person,
not a phrase holding the name; a capitalised title with a modifier (Deputy Warden) or a former holder's word is
not the office; 'former' bars offices one person holds at a time, not occupations; a body's head is one whose
direct object is the ministry; an organisation apposition needs a bare organisation phrase opening the clause."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

CASES = [
    # redescriptions (rd3, rd7, rd8)
    ("Captain Erik Holm brought the ferry into Bergen harbour at dawn after a rough crossing. \u201cI have never "
     "seen swells like that in twenty years,\u201d the pilot said.", "swells like that", None, "the pilot"),
    ("Ticket inspector Tom Reed was punched twice on the late train to Leeds. \u201cHe was lucky not to lose an "
     "eye,\u201d the officer said.", "lose an eye", None, "the officer"),
    ("Protesters massed outside the festival gates on Friday. Festival organiser Tom Reed said the event would go "
     "ahead as planned. \u201cWe will be back every night until it is cancelled,\u201d the activist said.",
     "back every night", None, "the activist"),
    # copula (cp4)
    ("The priority for Health Minister Ana Cruz is nurse recruitment, officials said. \u201cWe are short-staffed "
     "on every shift,\u201d the nurse said.", "every shift", None, "the nurse"),
    # capitalised titles (ct3, ct5)
    ("Deputy Warden Tom Hale showed inspectors around the prison on Friday. \u201cWe need 40 more officers,\u201d "
     "the Warden said.", "40 more officers", None, "the Warden"),
    ("Former Taoiseach Bertie Nolan criticised the deal on radio. \u201cThis is a good agreement for Ireland,\u201d "
     "the Taoiseach said.", "good agreement", None, "the Taoiseach"),
    # former occupations (fo8, fo9)
    ("Former Harvard professor Ana Ruiz, now at Yale, published the study on Monday. \u201cThe effect is small "
     "but real,\u201d the professor said.", "small but real", "Ana Ruiz", None),
    ("Ex-BBC journalist Tom Hale now runs a podcast on local politics. \u201cNobody covers the councils any "
     "more,\u201d the journalist said.", "covers the councils", "Tom Hale", None),
    # heads of a part of a ministry (hm3, hm4)
    ("Ruth Okafor, who heads the legal department of the finance ministry, defended the contract on Monday. "
     "\u201cWe followed the law,\u201d the minister said.", "followed the law", None, "the minister"),
    ("Ruth Okafor, who leads the press office at the health ministry, declined to comment further. \u201cThe "
     "figures speak for themselves,\u201d the minister said.", "speak for themselves", None, "the minister"),
    # organisation apposition (oa2, oa4, oa6)
    ("Speaking to the committee, Ngozi Eze, the transport secretary, defended the fare rise. \u201cThe railways "
     "cannot run on goodwill,\u201d Eze said.", "run on goodwill", "Ngozi Eze", None),
    ("After meeting the union, Siosaia Taufa, the port's chief executive, said talks would resume. \u201cWe are "
     "close to a deal,\u201d Taufa said.", "close to a deal", "Siosaia Taufa", None),
    ("The head of the farmers' union, Tavita Leota, said the drought was the worst in memory. \u201cWe have lost "
     "half the herd,\u201d Leota said.", "half the herd", "Tavita Leota", None),
    # the cases the rules were written for stay right
    ("Bishop Paul Okoro led the service. \"We pray for peace,\" the cleric said.", "pray for peace", "Paul Okoro",
     None),
    ("Detective Inspector Ravi Nair led the dawn raid on the warehouse. \u201cWe recovered more than 200 stolen "
     "bikes,\u201d the officer said.", "stolen bikes", "Ravi Nair", None),
    ("Striker Tom Reed scored twice after the break. \"A great night for the fans,\" the footballer said.",
     "great night", "Tom Reed", None),
    ("Ruth Okafor, who heads the Ministry of Finance, defended the budget. \u201cThere will be no new taxes,\u201d "
     "the minister said.", "no new taxes", "Ruth Okafor", None),
    ("Warden Tom Hale showed inspectors around the prison on Friday. \u201cWe need 40 more officers,\u201d "
     "the Warden said.", "40 more officers", "Tom Hale", None),
    ("Former prime minister Jan Kowal criticised the plan. \u201cWe will not change course,\u201d the prime "
     "minister said.", "change course", None, "the prime minister"),
    ("Mei Chen is treasurer of the club. Results were announced at noon. \u201cIt was close,\u201d the treasurer "
     "said.", "It was close", "Mei Chen", None),
    ("Police were slow, according to a local watchdog group, Kalinaw Bayan, which called it \u201ca dark day for "
     "justice.\u201d", "dark day", None, "Kalinaw Bayan"),
    ("Ruth Okafor, who heads the finance ministry, defended the budget. \u201cThere will be no new taxes,\u201d "
     "the minister said.", "no new taxes", "Ruth Okafor", None),
]


@pytest.mark.parametrize("text, words, name, label", CASES)
def test_review_speakI(text, words, name, label):
    quote = quote_with(text, words)
    assert quote.speaker_name == name
    if label:
        assert quote.speaker_label and quote.speaker_label.casefold().startswith(label.casefold())


QA = ("Q&A: Marta Kovac on why trams beat buses\n"
      "Interview by Ana Lind. Marta Kovac runs the city's transit authority.\n"
      "Lind: Why trams?\n"
      "Kovac: \u201cBecause they last forty years.\u201d Buses wear out in ten.\n"
      "Lind: Where does that come from?\n"
      "Kovac: {answer} \u201cNever trust a bus that is on time.\u201d\n")


@pytest.mark.parametrize("answer, name", [
    # (a saying, a proverb: words first someone else's, which the turn's speaker only repeats; qa2)
    ("My grandmother had a saying.", None),
    ("There is an old proverb in my village.", None),
    # near miss: the answer's own words lead up to the quote, the speaker's own
    ("Listen to drivers.", "Marta Kovac"),
])
def test_turn_label_saying(answer, name):
    assert quote_with(QA.format(answer=answer), "Never trust").speaker_name == name
