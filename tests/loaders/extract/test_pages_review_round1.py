"""Regression rows from the second review of the pages step's round 1 (#10, round 3): made-up pages the reviewer
wrote (its expectations, copied before the narrowing) where round 1's rules read a page worse than before, plus
the pages those rules were built for, which must stay right.
- a summary label's "one point" box: only when no byline or date line stood above the label, and the line closing
  it is a name byline or a bare date line (not a sentence, not a short wrapped line holding a year);
- a paragraph opening "By June ..." / "By April ..." / "By May ...": a month or weekday name is also a first name,
  so it makes the paragraph a lede only when the next word is lower case, a figure or a comma;
- the first-person commission disclosure: never a line reporting speech, and the buyer is "you";
- the heading right over the lede closes a list of headings only when the list's items come back as headings
  further down the body (a contents list); tag lines or a recipe's facts over "What happened" leave it the body's;
- a drop cap is joined only at the body's first line, and never when the letter is a word ("I", "A")."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

# (name, text, expectations): authors (exact list or a prefix given as ("prefix", [...])), first (body's first
# words), last (body's last words), has / lacks (body substrings).
PAGES = [
    ("summary_lede_not_box", """Pacific Newsroom
Health
Flu season arrives early in Queensland
By Liam Carter
3 April 2026
Summary
Queensland has recorded more flu cases in March than in any March on record.
By comparison, only 900 cases were recorded in March last year.
Health officials urged people to get vaccinated before winter.
The vaccine is free for children under five and people over 65.
Clinics have extended their hours.""", {"has": ["Queensland has recorded more flu cases"],
                                         "last": "Clinics have extended their hours."}),
    ("summary_lede_wrapped_year", """Nordic Wire
Norway's oil fund posts record gain
By Ingrid Solberg
2 October 2026
Summary
The fund gained 1.1 trillion crowns in the third quarter.
The fund, worth 2024 billion dollars
was set up in 1990.
The gain was driven by technology shares.
The fund owns about 1.5 percent of all listed shares in the world.""",
     {"first": "The fund gained 1.1 trillion crowns", "authors": ["Ingrid Solberg"]}),
    ("in_short_heading_body", """Politics
Council passes budget after all-night session
By Derek Yoon
Published Jan. 14, 2026
In short
The council passed the budget at 5 a.m.
By then, most of the public gallery had gone home.
The vote was 7-4, with two members absent.
Property taxes will rise by 3 percent.
The mayor is expected to sign it on Friday.
Advertisement""", {"has": ["The council passed the budget at 5 a.m."], "authors": ["Derek Yoon"]}),
    ("what_we_know_body", """Ridgeway Daily
Fire destroys bus depot in Harlow overnight
Staff reporter
Updated 9:40 a.m. March 8, 2026
What we know
A fire broke out at the Harlow bus depot shortly before midnight on Saturday.
The depot was built in 1962.
Fourteen buses were destroyed, the operator said, and routes across the east of the town are cancelled on Sunday.
Firefighters were at the scene until dawn.
No one was hurt.""", {"has": ["A fire broke out at the Harlow bus depot"], "last": "No one was hurt."}),
    ("big_picture_subhead", """Green Ledger
Solar overtakes coal in Chile's power mix
By Pablo Reyes
April 22, 2026
The big picture
Solar farms produced more of Chile's electricity than coal plants in March for the first time.
By 2030, the government wants coal gone.
The Atacama desert has some of the strongest sunlight on Earth.
Three coal plants closed last year.""", {"has": ["Solar farms produced more of Chile's electricity"],
                                          "authors": ["Pablo Reyes"]}),
    # the box the rule was built for: label, one point, then the byline and date
    ("summary_true_one_point", """Marlow Express
Travel
Island ferry returns to service after two-month repair
Summary
The ferry to Kerrin Island will sail again from Monday after repairs to its engine.
By Ruth Calder
May 10, 2026
The ferry that links Kerrin Island to the mainland will resume sailings on Monday, the operator said.
Its engine failed in March, leaving islanders dependent on a smaller boat.
Tickets can be booked online from Saturday.
Share""", {"first": "The ferry that links Kerrin Island", "authors": ["Ruth Calder"]}),
    ("quick_read_box", """City Pulse
Auckland cycleway opens a year late
Quick read
The harbour cycleway opened on Sunday, a year late and over budget.
By Aroha Ngata
30 March 2026
Auckland's harbour cycleway opened to riders on Sunday, a year behind schedule.
The project cost $62 million, twice the first estimate.
About 3,000 people rode it on the first day.""", {"first": "Auckland's harbour cycleway opened",
                                                   "authors": ["Aroha Ngata"]}),
    ("by_june_sentence_byline", """Midland Star
School bus drivers vote to strike
By June Carter, Education Reporter, and Will Hayes, Labor Reporter, at the union hall in Dayton.
September 1, 2026
School bus drivers in Dayton voted on Monday to strike from next week over pay.
The district said it would hire temporary drivers.
Parents have been told to make other plans.""", {"authors": ["June Carter", "Will Hayes"],
                                                  "first": "School bus drivers in Dayton"}),
    ("by_april_byline_long", """Capitol Wire
Senate passes rail safety bill after two-year fight
By April Hendricks, with additional reporting by Tom Hale in Washington and Sara Diaz in Mexico City.
June 3, 2026
The Senate passed a rail safety bill on Tuesday, two years after a derailment in Ohio spilled chemicals across a small town.
The bill requires more inspections of tank cars.
It now goes to the House.
Copyright 2026 Capitol Wire""", {"authors": ("prefix", ["April Hendricks"]),
                                  "first": "The Senate passed a rail safety bill"}),
    ("by_may_byline", """SG Dispatch
Resale flat prices rise for 24th straight quarter
By May Tan and June Lim, with reporting by our property desk in Singapore and Johor Bahru.
12 Apr 2026
Resale prices of public housing flats rose 1.2 per cent in the first quarter, data showed on Friday.
It is the 24th straight quarterly rise.
Analysts expect prices to cool later in the year.""", {"authors": ("prefix", ["May Tan", "June Lim"]),
                                                        "first": "Resale prices of public housing flats"}),
    ("by_tuesday_byline_name", """Western Record
Mine expansion approved despite protests
By Tuesday Bennett
11 August 2026
The state government approved the expansion of the Kalgara iron ore mine on Monday.
Traditional owners said they would appeal.
The mine employs 1,200 people.""", {"authors": ["Tuesday Bennett"], "first": "The state government approved"}),
    # the lede the rule was built for
    ("by_time_lede", """East Coast Gazette
Storm leaves 40,000 without power in Halifax
The Canadian Press
Feb. 2, 2026
By the time the storm moved out to sea on Sunday morning, more than 40,000 homes in Halifax had lost power.
Nova Scotia Power said crews would work through the night.
Schools will stay closed on Monday.
Report a typo""", {"first": "By the time the storm moved out"}),
    ("by_tuesday_evening_lede", """Riverton Ledger
Rescuers reach miners trapped in flooded shaft
By Jo Roe
March 3, 2026
By Tuesday evening, rescuers had pulled all nine miners from the flooded shaft at Kestrel Colliery.
Two were taken to hospital.""", {"first": "By Tuesday evening, rescuers", "authors": ["Jo Roe"]}),
    ("by_june_comma_lede", """Riverton Ledger
Reservoir levels fall to record low
By Jo Roe
March 3, 2026
By June, the reservoir had fallen to a third of its capacity, the water board said on Friday.
Hosepipe bans are likely.""", {"first": "By June, the reservoir", "authors": ["Jo Roe"]}),
    ("commission_we_earn_body_last", """Small Biz Daily
Travel agents fight back against online booking sites
By Carmen Ruiz
April 15, 2026
Independent travel agents are winning back customers who were burned by online booking sites during the pandemic.
Agents charge fees, but they say they save clients money.
"We will earn a commission on these links only if the hotel pays it, and we tell every client that," said Dana Ortiz, who runs an agency in Tucson.
I can get a commission on any links I send, said another agent, Ray Boone, but clients trust me more than a website.""",
     {"last": "clients trust me more than a website."}),
    ("commission_quote_body", """Consumer Watch
Influencers told to label paid links
By Oliver Grant
18 February 2026
The advertising watchdog has told social media influencers to label links that earn them money.
In a survey, most followers said they could not tell which posts were paid.
One fashion blogger told investigators: we can earn commissions of up to 40 percent on these links.
The new rules take effect in June.
We may earn a commission when you buy through links on our site, the watchdog's own guidance now suggests bloggers should say.
Fines of up to £10,000 can be imposed.""", {"has": ["the watchdog's own guidance now suggests"],
                                              "last": "Fines of up to £10,000 can be imposed."}),
    # the disclosure the rule was built for
    ("chain_plus_published", """GadgetBench
Reviews
The Nimbus X phone review: a fine camera, a weak battery
By Rahul Desai | Photos by Kim Seo | Updated March 1, 2026
Published January 20, 2026
The Nimbus X has the best camera of any phone under $500 that we have tested this year.
Its battery, though, barely lasts a day.
The screen is bright and sharp.
We may earn a commission when you buy through links on our site.""", {"last": "The screen is bright and sharp."}),
    ("tags_then_intro_heading", """TechSphere
UPI outage disrupts payments across India for three hours
By Ananya Rao
22 February 2026
Payments
Banking
Outage
What happened
India's Unified Payments Interface went down for about three hours on Saturday, leaving shoppers unable to pay.
The payments body blamed a fault at a data centre.
Services were restored by 4 p.m.""", {"first": "What happened"}),
    ("recipe_short_lines", """Kitchen Table
Recipes
Easy lentil soup
By Priya Nair
January 12, 2026
Serves 4
Takes 40 minutes
Vegan
Why this works
Red lentils cook quickly and break down into a thick soup without any blending.
Cumin and lemon keep it bright.
It freezes well for up to three months.""", {"first": "Why this works"}),
    # the contents list the rule was built for: its items come back as the body's headings
    ("contents_no_label_real", """HealthWise
Nutrition
Keto diet: a beginner's guide
Written by Sam Porter
Updated on March 3, 2026
What it is
Foods to eat
Foods to avoid
Takeaway
The keto diet is a low-carb, high-fat diet that has become popular for weight loss.
It cuts carbohydrates to about 50 grams a day.
What it is
The diet makes the body burn fat for fuel instead of sugar.
Foods to eat
Meat, fish, eggs, cheese and nuts are all allowed.
Foods to avoid
Bread, rice, pasta and most fruit are out.
Takeaway
Some people find it hard to stick to.""", {"first": "The keto diet is a low-carb",
                                            "last": "Some people find it hard to stick to."}),
    ("dropcap_I_poem", """Poetry Corner
New poems from the coast
By Edith Grange
March 1, 2026
This month we publish three poems by readers from the fishing towns of the east coast.
The first is by a retired lighthouse keeper.
I
is a letter she writes in the margin of every page, she says, and she has done so for forty years.
The second and third poems are by two sisters in Whitby.
Submissions for next month close on March 20.""", {"lacks": ["Iis a letter"]}),
    ("single_letter_grade_b", """Schools Guide
A-level results: top grades fall again
By Tom Ashworth
20 August 2026
The share of A-level entries awarded the top grades fell again this year, figures showed on Thursday.
The most common grade was
B
but the gap between boys and girls narrowed in every subject, the exam boards said in their report.
Results for Wales are due next week.""", {"lacks": ["Bbut the gap"]}),
    ("qa_letters", """The Interview
Ten questions for the city's new fire chief
By Maya Ross
April 8, 2026
Chief Dana Ortiz took over the department in March after 22 years on the force.
Q
what surprised you most in your first month as chief of the department?
The paperwork, honestly. I spend more time at my desk than I expected.
Q
and what do you want to change first in the department?
Response times in the north of the city.""", {"lacks": ["Qwhat surprised", "Qand what"],
                                               "first": "Chief Dana Ortiz took over"}),
    # the drop caps the rule was built for, at the body's first line
    ("dropcap_real", """Alpine Journal
Environment
Swiss glacier loses a tenth of its ice in a single summer
By Lukas Meier
8 January 2026
T
he Rhone glacier lost almost ten percent of its volume last summer, scientists said on Thursday.
The loss was the largest since measurements began.
Warm nights in August were the main cause.""", {"first": "The Rhone glacier lost"}),
    ("dropcap_A_real", """Harbour News
Fishing fleet returns with record catch
By Sean Doyle
4 May 2026
A
fter three weeks at sea, the Killybegs fleet returned on Sunday with the largest mackerel catch in a decade.
Prices at the quay fell by a third.
Processors hired extra staff.""", {"first": "After three weeks at sea"}),
]


@pytest.fixture(scope="module")
def registry():
    return Registry()


@pytest.mark.parametrize("url", [None, "https://www.example-news.com/2026/03/03/story"])
@pytest.mark.parametrize("name,text,expected", PAGES, ids=[page[0] for page in PAGES])
def test_review_round1_page(registry, name, text, expected, url):
    given = {"url": url} if url else {}
    article = extract_article(SourceDocument("x.txt", "txt", text, given=given), registry)
    body = article.body or ""
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    if "authors" in expected:
        want = expected["authors"]
        if isinstance(want, tuple):
            assert article.authors[:len(want[1])] == want[1]
        else:
            assert article.authors == want
    if "first" in expected:
        assert paragraphs and paragraphs[0].startswith(expected["first"])
    if "last" in expected:
        assert paragraphs and paragraphs[-1].endswith(expected["last"])
    for piece in expected.get("has", ()):
        assert piece in body
    for piece in expected.get("lacks", ()):
        assert piece not in body
