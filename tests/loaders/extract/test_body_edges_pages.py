"""The body's edges on made-up copied pages (#10): where the headline block ends and the body begins, and where
the trailing furniture starts. Twenty-five pages of varied designs (newspaper, broadcaster, government press office,
wire, magazine, live blog, NGO, sports site) with the furniture a reader's selection grabs around and inside the
body (rows 1-15 first, then 16-21 and 22-25, each batch written before its run).
Each row's expected first words, last words, furniture lines left out and body lines kept were written before the
article step was run on it. Gold conventions (tests/data/fresh*/README.md general sections): a dateline opener is
body; an agency sign-off inline in the last paragraph stays there; correction and update notes, a sign-off on a
line of its own, captions, credits, buttons, tags, related links and author boxes are furniture."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

PAGES = [
    # 1. newspaper (Uganda): dateline opener, listen button, caption with credit, share counts, author bio
    ("uganda_paper", """Home
News
National
Politics
Parliament passes revised land compensation bill after heated debate
Lawmakers approved the bill by 214 votes to 96 after opposition walkout
Listen to this article 4 min
By Grace Nakato
Tuesday, March 10, 2026
Share 128
Advertisement
Members of Parliament during the debate in Kampala on Monday. PHOTO/FILE
KAMPALA, Uganda — Parliament on Monday passed the revised Land Acquisition (Compensation) Bill after a debate that ran past midnight and ended with an opposition walkout.
The bill requires the government to pay landowners before it takes possession of land for public works, a change that rights groups had sought for years.
He said no.
That was how the Speaker described the Attorney General's answer when asked whether the bill would be delayed again.
"We have waited eleven years for this law," said Ruth Achieng, the MP for Kole North.
The bill now goes to the President, who has 30 days to sign it or return it to Parliament.
Grace Nakato is a senior political reporter at the paper, covering Parliament and the courts.
Read more:
Opposition vows to challenge bill in court
Topics:
Parliament
Land
Report an error
© 2026 Kampala Daily Monitor Ltd. All rights reserved.""",
     "KAMPALA, Uganda — Parliament on Monday passed", "has 30 days to sign it or return it to Parliament.",
     ["Listen to this article 4 min", "Share 128", "Advertisement", "Members of Parliament during the debate in Kampala on Monday. PHOTO/FILE",
      "Read more:", "Opposition vows to challenge bill in court", "Topics:", "Report an error",
      "Grace Nakato is a senior political reporter at the paper, covering Parliament and the courts."],
     ["He said no."]),
    # 2. broadcaster (Canada): updated line, reading time, correction note, comments count
    ("broadcaster", """Skip to content
CBN News
World
Canada
Ferry service to Magdalen Islands suspended after hull damage
The vessel struck ice near the harbour entrance on Sunday morning
Marie-Ève Tremblay · CBN News
Posted: Feb 16, 2026 6:02 PM AST
Last Updated: Feb 17, 2026 9:15 AM AST
3 min read
The only ferry linking the Magdalen Islands to the mainland has been taken out of service after its hull was damaged by ice, the operator said on Monday.
No one was injured, and the 41 passengers on board were brought ashore by a coast guard vessel.
The operator said repairs would take at least two weeks.
"We know how hard this is for the islands," spokesperson Luc Arsenault said.
Correction: An earlier version of this story said 51 passengers were on board. In fact, there were 41.
Comments (23)
Related Stories
Ice season longest in a decade, scientists say
Share this story
Facebook
X
Email""",
     "The only ferry linking the Magdalen Islands", "spokesperson Luc Arsenault said.",
     ["Correction: An earlier version of this story said 51 passengers were on board. In fact, there were 41.",
      "Comments (23)", "Related Stories", "Ice season longest in a decade, scientists say", "3 min read",
      "Last Updated: Feb 17, 2026 9:15 AM AST", "Share this story"],
     []),
    # 3. government press office (Ireland): portfolio header, for-release line, notes to editors
    ("gov_press", """gov.ie
Department of Agriculture
Press release
Minister announces €12 million scheme for hill farmers
From Department of Agriculture
Published on 4 June 2026
Last updated on 5 June 2026
The Minister for Agriculture today announced a €12 million support scheme for farmers on hill and mountain land.
The scheme will pay up to €4,000 a year to each eligible farmer who keeps sheep on commonage.
Applications open on 1 July and close on 31 August.
Announcing the scheme, the Minister said: "Hill farming keeps these landscapes alive."
ENDS
Notes to Editors
The scheme is co-funded by the European Union.
Media contact: press.office@agriculture.example.ie
Was this page useful?
Yes
No""",
     "The Minister for Agriculture today announced", "\"Hill farming keeps these landscapes alive.\"",
     ["ENDS", "Was this page useful?", "Last updated on 5 June 2026", "Media contact: press.office@agriculture.example.ie"],
     []),
    # 4. wire (Qatar): inline sign-off /QNA stays in the last paragraph
    ("wire_qna", """Qatar News Agency
Local
Economy
Qatar, Oman sign agreement on joint food security reserve
Doha, March 22 (QNA) - The State of Qatar and the Sultanate of Oman signed on Sunday an agreement to establish a joint strategic reserve of staple foods.
The agreement was signed in Doha by the two countries' ministers of commerce.
Under the agreement, each country will hold at least three months of wheat, rice and sugar for the other in an emergency.
The two sides also discussed expanding trade through the port of Sohar./QNA
AS
Related News
Qatar Chamber hosts Omani trade delegation
Copyright © 2026 Qatar News Agency""",
     "Doha, March 22 (QNA) - The State of Qatar", "expanding trade through the port of Sohar./QNA",
     ["Related News", "Qatar Chamber hosts Omani trade delegation", "Copyright © 2026 Qatar News Agency"],
     []),
    # 5. wire (US): sign-off on its own line, contributor line
    ("wire_ap_line", """Business
Copper prices hit record as Chilean mine strike enters second week
By DANIEL OKAFOR Associated Press
Published 4:12 PM EST, March 3, 2026
SANTIAGO, Chile (AP) — Copper prices rose to a record on Tuesday as a strike at one of Chile's largest mines entered its second week with no talks scheduled.
Benchmark copper for delivery in three months rose 2.4% to $11,870 a metric ton on the London Metal Exchange.
The union says its 2,300 members will stay out until the company raises its wage offer.
"We are not moving," union leader Carla Muñoz told reporters outside the mine gate.
—AP
Associated Press writer Lucía Ferrer in Buenos Aires contributed to this report.
Copyright 2026 The Associated Press. All Rights Reserved.""",
     "SANTIAGO, Chile (AP) — Copper prices rose", "told reporters outside the mine gate.",
     ["—AP", "Associated Press writer Lucía Ferrer in Buenos Aires contributed to this report.",
      "Copyright 2026 The Associated Press. All Rights Reserved."],
     []),
    # 6. magazine (UK): kicker, standfirst, pull quote, subheading inside the body, newsletter plug
    ("magazine", """Subscribe
Culture
Books
The last bookbinders of Clerkenwell
A trade that once employed thousands in London now survives in three workshops. Their owners are in no hurry to leave
By Harriet Vane
12 min read
Photograph: Tom Ellis for the magazine
On a wet Tuesday morning, Alan Pike is stitching the spine of a parish register that is older than the building he works in.
His workshop, two rooms above a café, has bound books for churches, colleges and the occasional rock star since 1961.
A dying trade
In 1900 more than 4,000 people worked as bookbinders in Clerkenwell alone.
Today there are seven.
"People think it's nostalgia," Pike says. "It isn't. It's a job."
He has taken on one apprentice this year, the first since 2009.
Sign up to our weekly culture newsletter
Enter your email address
This article appears in the 14 March 2026 issue of the magazine.
Topics
Books
London
Crafts""",
     "On a wet Tuesday morning, Alan Pike is stitching", "the first since 2009.",
     ["Sign up to our weekly culture newsletter", "Enter your email address", "12 min read",
      "Photograph: Tom Ellis for the magazine", "This article appears in the 14 March 2026 issue of the magazine."],
     ["A dying trade", "Today there are seven."]),
    # 7. live blog (Australia): entry times, key events, follow button
    ("live_blog", """Australia news
Live
Bushfire threat in Victoria's east – as it happened
Key events
Show key events only
Follow
Updated 18h ago
Emergency warnings remain for three fires near Bairnsdale
The CFA has kept emergency warnings in place for fires near Bairnsdale, Buchan and Gelantipy, where hot northerly winds are expected to return on Sunday.
Residents of Buchan were told on Saturday evening it was too late to leave.
Premier says extra crews on the way
The premier said 120 firefighters from New South Wales would arrive on Sunday morning.
"We are throwing everything we have at these fires," she said.
That's all from us tonight. Thanks for following.
Share
Comments (412)
Most viewed""",
     "Emergency warnings remain for three fires near Bairnsdale", "\"We are throwing everything we have at these fires,\" she said.",
     ["Key events", "Show key events only", "Follow", "Updated 18h ago", "Comments (412)", "Most viewed"],
     []),
    # 8. NGO (Kenya): bullet list inside the body, donate plug
    ("ngo", """Donate
About us
Our work
News
Drought leaves 1.2 million children in need of food aid in northern Kenya
17 August 2026
Nairobi – More than 1.2 million children in Kenya's arid north need urgent food aid after a fourth failed rainy season, the charity said on Monday.
In Turkana and Marsabit counties, our teams found:
• one in four children under five acutely malnourished
• water points dry in 60 per cent of villages
• school attendance down by half since March
"Families have sold their last goats," said country director Amina Yusuf.
The charity is asking donors for $18 million to reach 300,000 children by December.
Donate now
Your gift can save a child's life.
Share this page
Tags: Kenya, Drought, Nutrition""",
     "Nairobi – More than 1.2 million children", "to reach 300,000 children by December.",
     ["Donate now", "Your gift can save a child's life.", "Share this page", "Tags: Kenya, Drought, Nutrition"],
     ["• one in four children under five acutely malnourished", "• school attendance down by half since March"]),
    # 9. sports site (India): score line, short quoted line, related, author follow
    ("sports", """Cricket
IPL 2026
Kohli's century in vain as Punjab chase down 211
Punjab Kings won by four wickets with two balls to spare in Mohali
Rahul Mehta
Updated: April 18, 2026 23:41 IST
Follow Us
A century from Virat Kohli was not enough for Royal Challengers on Saturday as Punjab Kings chased down 211 with two balls to spare in Mohali.
Kohli made 108 off 61 balls, his first hundred of the season.
"Unreal."
That was Punjab captain Shreyas Iyer's verdict on the final over, in which Shashank Singh hit three sixes.
Punjab moved up to third in the table.
Also Read
IPL 2026 points table: Where every team stands
Follow us on Instagram
Get Latest Cricket News""",
     "A century from Virat Kohli was not enough", "Punjab moved up to third in the table.",
     ["Follow Us", "Also Read", "IPL 2026 points table: Where every team stands", "Follow us on Instagram",
      "Get Latest Cricket News"],
     ["\"Unreal.\""]),
    # 10. newspaper (Philippines): "This story has been updated" and an agency line
    ("ph_paper", """News
Metro
Manila floods: Classes suspended in 12 cities as habagat rains persist
By Joel Santos
Published: July 24, 2026 6:30 AM
Updated: July 24, 2026 11:05 AM
Residents wade through floodwater in Malabon on Thursday. INQUIRER PHOTO / RICHARD REYES
MANILA, Philippines — Classes at all levels were suspended in 12 cities in Metro Manila on Thursday as monsoon rains enhanced by a tropical storm flooded low-lying streets.
The weather bureau said the rains would continue until Saturday.
More than 8,000 people were moved to evacuation centres in Malabon, Navotas and Valenzuela.
This story has been updated with the number of evacuees.
Read Next
Don't miss out on the latest news and information.
Subscribe to our daily newsletter""",
     "MANILA, Philippines — Classes at all levels", "moved to evacuation centres in Malabon, Navotas and Valenzuela.",
     ["This story has been updated with the number of evacuees.", "Read Next",
      "Don't miss out on the latest news and information.", "Subscribe to our daily newsletter",
      "Residents wade through floodwater in Malabon on Thursday. INQUIRER PHOTO / RICHARD REYES"],
     []),
    # 11. newspaper (Germany, English edition): section breadcrumb with separators, image credit, Reuters inline
    ("de_paper", """Home > Business > Energy
Germany to extend gas storage levy until 2028
The levy adds about €40 a year to a typical household's bill
Gas storage facility in Rehden, Lower Saxony. Image: Jan Weber/dpa
08.05.2026
BERLIN (Reuters) - Germany will keep its gas storage levy until the end of 2028, the economy ministry said on Friday, two years longer than planned.
The levy funds the state's purchases of gas to fill storage sites before winter.
Industry groups had called for it to end this year. (Reuters)
Reporting by Markus Hahn; Editing by Anna Ruiz
Our Standards: The Thomson Reuters Trust Principles.""",
     "BERLIN (Reuters) - Germany will keep", "Industry groups had called for it to end this year. (Reuters)",
     ["Reporting by Markus Hahn; Editing by Anna Ruiz", "Our Standards: The Thomson Reuters Trust Principles.",
      "Gas storage facility in Rehden, Lower Saxony. Image: Jan Weber/dpa"],
     []),
    # 12. regional paper (Brazil, English): reading time after byline, advertisement inside body, more-on links
    ("br_paper", """Latest
Environment
Amazon river ferry operators ask for dredging as drought lowers Madeira
By Paulo Ribeiro | 5 min read
September 9, 2026
Porto Velho — Ferry operators on the Madeira River have asked the federal government to dredge three stretches where the water is now less than two metres deep.
The river at Porto Velho stood at 1.9 metres on Tuesday, the lowest September reading since records began.
Advertisement
Operators say boats now carry half their usual cargo.
"Every week we wait costs us more," said Marcos Lima, who runs four ferries.
The ministry said a decision would come this month.
More on this topic
Drought hits Amazon fishing towns
Paulo Ribeiro covers the environment from Porto Velho. Follow him on X.""",
     "Porto Velho — Ferry operators on the Madeira River", "The ministry said a decision would come this month.",
     ["Advertisement", "More on this topic", "Drought hits Amazon fishing towns",
      "Paulo Ribeiro covers the environment from Porto Velho. Follow him on X."],
     []),
    # 13. broadcaster (UK): "Image source", caption, related topics, "More on this story"
    ("uk_broadcaster", """Home
News
Sport
Scotland
Island school to reopen after 20 years as families return
Image source, Getty Images
Image caption,
The school on Eilean Mòr closed in 2006
Published
2 March 2026
Share
Save
A primary school on a Hebridean island is to reopen after twenty years, as young families move back.
Five children are expected when the school opens in August.
The council said the roll could double within three years.
One parent, Morag MacLeod, said: "It means the island has a future."
Related topics
Education
Scottish islands
More on this story
Island population grows for first time in a century""",
     "A primary school on a Hebridean island", "\"It means the island has a future.\"",
     ["Image source, Getty Images", "Image caption,", "The school on Eilean Mòr closed in 2006", "Share", "Save",
      "Related topics", "More on this story", "Island population grows for first time in a century"],
     []),
    # 14. newspaper (Nigeria): kicker in capitals, byline with date on one line, comments and whatsapp plug
    ("ng_paper", """BREAKING NEWS
Lagos begins demolition of illegal structures on Third Mainland Bridge
Tunde Adebayo | October 2, 2026 | 2:14 pm
Demolition crews on Friday began removing shops and shanties built under the Third Mainland Bridge in Lagos, the state government said.
The state's environment commissioner said the structures were a fire risk to the bridge.
Traders said they were given 48 hours' notice.
"Where do we go now?" asked one trader, Iyabo Ajayi.
The demolition will continue next week.
Join our WhatsApp channel for the latest news
Leave a Reply
Your email address will not be published.
Related""",
     "Demolition crews on Friday began removing", "The demolition will continue next week.",
     ["Join our WhatsApp channel for the latest news", "Leave a Reply", "Your email address will not be published.",
      "Related"],
     []),
    # 15. sports site (Spain, English): live-match style header, pull quote above body, tags
    ("es_sports", """Football
LaLiga
Real Betis 2-1 Sevilla: Isco settles derby in stoppage time
"I have waited my whole life for this goal"
By Javier Morales
Seville
Sun, 25 Jan 2026 22:58 CET
Isco scored in the 93rd minute as Real Betis beat Sevilla 2-1 in a bad-tempered Seville derby on Sunday.
Sevilla had levelled through Dodi Lukébakio after Betis took an early lead.
Three players were sent off.
"I have waited my whole life for this goal," Isco said.
Betis are now fifth.
Tags
Real Betis
Sevilla
LaLiga
Comments""",
     "Isco scored in the 93rd minute", "Betis are now fifth.",
     ["Tags", "Comments", "\"I have waited my whole life for this goal\""],
     ["Three players were sent off."]),
    # 16. newspaper (South Africa): a standfirst ending on a full stop, byline with role, "Story continues below"
    ("za_standfirst", """News
Politics
Eskom to cut night-time load shedding in Gauteng from Monday
The utility says new generation capacity at Kusile allows it to spare households between 10pm and 5am.
Lerato Dlamini
Senior Political Reporter
14 July 2026
Gift this article
Eskom will stop load shedding between 10pm and 5am in Gauteng from Monday, the power utility said on Saturday.
Story continues below advertisement
The change follows the return to service of two units at Kusile power station.
Households will still face up to four hours of cuts during the day.
"This is a first step," Eskom spokesperson Daphne Mokoena said.
More from Politics
ANC list process delayed again""",
     "Eskom will stop load shedding between 10pm and 5am", "\"This is a first step,\" Eskom spokesperson Daphne Mokoena said.",
     ["Gift this article", "Story continues below advertisement", "More from Politics", "ANC list process delayed again",
      "Senior Political Reporter",
      "The utility says new generation capacity at Kusile allows it to spare households between 10pm and 5am."],
     []),
    # 17. magazine (US): "Words by" byline, photo credit in brackets, republish button, footnote-like editor's note
    ("us_words_by", """Features
Science
The beekeepers racing to save Hawaii's native bees
Words by Kaleo Akana
Photography by Mei Tanaka
August 3, 2026
(Photo: Mei Tanaka)
On the slopes of Haleakalā, Noelani Kahale lifts the lid of a wooden box and counts the yellow-faced bees inside.
There are eleven.
Three years ago there were none.
Hawaii has 63 species of yellow-faced bee found nowhere else on Earth.
Seven are listed as endangered.
Editor's note: This story was produced in partnership with the Island Science Fund.
Republish this article
Topics: Bees, Hawaii, Conservation""",
     "On the slopes of Haleakalā", "Seven are listed as endangered.",
     ["Photography by Mei Tanaka", "(Photo: Mei Tanaka)", "Republish this article", "Topics: Bees, Hawaii, Conservation",
      "Editor's note: This story was produced in partnership with the Island Science Fund."],
     ["There are eleven.", "Three years ago there were none."]),
    # 18. broadcaster (India): "Updated" line with relative time, "Listen" button with time, trending strip below
    ("in_broadcaster", """LIVE TV
India
Monsoon reaches Kerala three days early, IMD says
Reported by Anil Menon
Edited by Priya Sharma
Updated: May 29, 2026 10:42 am IST
Listen · 2:41
Thiruvananthapuram: The southwest monsoon reached the Kerala coast on Friday, three days ahead of its normal date, the India Meteorological Department said.
Heavy rain was recorded in Kollam and Alappuzha districts.
The IMD expects the monsoon to cover the rest of Kerala within a week.
Trending
Sensex falls 400 points
Track Latest News Live on NDTV.com""",
     "Thiruvananthapuram: The southwest monsoon reached", "cover the rest of Kerala within a week.",
     ["Listen · 2:41", "Trending", "Sensex falls 400 points", "Edited by Priya Sharma"],
     []),
    # 19. government ministry (New Zealand): minister's portfolio lines, release date, "ENDS" absent; a list body
    ("nz_ministry", """Beehive.govt.nz
Release
New funding for rural mental health services
Hon Aroha Tane
Health
Rural Communities
12 February 2026
The Government is investing $24 million over four years in rural mental health services, Health Minister Aroha Tane announced today.
The funding will pay for:
- 30 new counsellors in rural general practices
- a free telehealth line staffed around the clock
- training for farm advisers to spot signs of distress
"Rural people deserve the same help as anyone else," Ms Tane said.
Media contact: Sam Reid 021 555 0199
Top of page""",
     "The Government is investing $24 million", "\"Rural people deserve the same help as anyone else,\" Ms Tane said.",
     ["Media contact: Sam Reid 021 555 0199", "Top of page"],
     ["- 30 new counsellors in rural general practices", "- a free telehealth line staffed around the clock"]),
    # 20. wire (France, English service): slug line, dateline, editor sign-off initials line, related
    ("fr_wire", """AFP
World
Paris transport strike disrupts Olympics test events
by Claire Dumont
Published on 11/03/2026 at 16:20
Updated on 11/03/2026 at 18:05
A strike by Paris transport workers disrupted two Olympic test events on Wednesday, with metro lines 1 and 14 shut for most of the day.
Organisers moved a triathlon rehearsal to Thursday.
The unions are demanding bonuses for staff working during the Games.
cd/jj
Read also
Unions threaten summer walkouts""",
     "A strike by Paris transport workers", "working during the Games.",
     ["cd/jj", "Read also", "Unions threaten summer walkouts", "Updated on 11/03/2026 at 18:05"],
     []),
    # 21. sports site (UK): match facts box and a subheading, "Follow @author"
    ("uk_sports", """Football
Premier League
Brighton 3-0 Everton: Mitoma double sinks sorry Toffees
By Sam Dale
Football reporter
Saturday 7 March 2026 17:22 GMT
Kaoru Mitoma scored twice as Brighton beat Everton 3-0 at the Amex on Saturday.
The Japan winger opened the scoring after six minutes and added a second before half-time.
What the managers said
Brighton head coach Fabian Hürzeler: "We were brave with the ball."
Everton manager Sean Dyche: "Not good enough. Simple as that."
Follow Sam Dale on X @samdale
Comments
Most Popular""",
     "Kaoru Mitoma scored twice as Brighton beat Everton", "\"Not good enough. Simple as that.\"",
     ["Follow Sam Dale on X @samdale", "Comments", "Most Popular", "Football reporter"],
     ["What the managers said"]),
    # 22. newspaper (Ghana): inline "ALSO READ |" and "RELATED:" pointers inside the body, an embedded post's residue
    ("gh_inline_links", """Home
News
Cocoa farmers protest delayed payments in Western North Region
By Kwame Mensah
March 14, 2026
Hundreds of cocoa farmers marched through Sefwi Wiawso on Friday to demand payment for beans delivered to the board since December.
ALSO READ | Cocoa board secures $1.2bn syndicated loan
The farmers say they are owed more than GH₵300 million.
RELATED: Government promises arrears will be cleared by April
"We cannot feed our children with promises," said the farmers' association chairman, Yaw Boateng.
View this post on Instagram
A post shared by Sefwi Farmers (@sefwifarmers)
The board said payments would begin next week.
Share on WhatsApp""",
     "Hundreds of cocoa farmers marched", "The board said payments would begin next week.",
     ["ALSO READ | Cocoa board secures $1.2bn syndicated loan", "RELATED: Government promises arrears will be cleared by April",
      "View this post on Instagram", "A post shared by Sefwi Farmers (@sefwifarmers)", "Share on WhatsApp"],
     []),
    # 23. tabloid (UK): embedded tweet residue, "Read more" mid-body, newsletter box mid-body
    ("uk_tweet", """News
UK News
Storm Ida: Ferry passengers stranded overnight at Holyhead
By Ellie Harper
14:32, 9 Nov 2026
Hundreds of ferry passengers spent the night in their cars at Holyhead after crossings to Dublin were cancelled.
Sailings resumed on Sunday morning.
Stuck at Holyhead since 6pm. No food, no info. Shocking. pic.twitter.com/aB3dE5fGh
— Dan Price (@danprice) November 8, 2026
Stena Line said safety came first.
Read More
Storm Ida live: Thousands without power
Sign up for our daily newsletter
We use your sign-up to provide content in ways you've consented to.
Coastguards said two yachts had been towed to safety.""",
     "Hundreds of ferry passengers spent the night", "two yachts had been towed to safety.",
     ["— Dan Price (@danprice) November 8, 2026", "Read More", "Storm Ida live: Thousands without power",
      "Sign up for our daily newsletter"],
     ["Stena Line said safety came first."]),
    # 24. business daily (Kenya): "Key highlights" box above the body, paywall notice below
    ("ke_keypoints", """Business
Markets
Nairobi bourse turnover hits five-year high on foreign inflows
Key highlights
Foreign investors bought shares worth Sh4.1 billion in March
Safaricom accounted for 62 percent of trades
By Brian Otieno
April 2, 2026
Equity turnover at the Nairobi Securities Exchange rose to a five-year high in March as foreign investors returned to the market.
Foreign buying accounted for 71 percent of trades, up from 48 percent in February.
Analysts attributed the rally to the shilling's recovery.
This article is for subscribers only.
Already a subscriber? Log in""",
     "Equity turnover at the Nairobi Securities Exchange", "attributed the rally to the shilling's recovery.",
     ["Key highlights", "Foreign investors bought shares worth Sh4.1 billion in March",
      "This article is for subscribers only.", "Already a subscriber? Log in"],
     []),
    # 25. public broadcaster (Germany, English): caption as a whole sentence over its credit line
    ("de_caption_sentence", """Germany
Berlin lowers speed limit on city motorway to 60 km/h
Drivers on the A100 will have to slow down from next month.
Image: Paul Zinken/dpa/picture alliance
Berlin's transport senate has cut the speed limit on the A100 city motorway to 60 km/h to reduce noise and emissions.
The limit applies between the Funkturm and Neukölln junctions from April 1.
The ADAC motoring club criticized the decision.
Advertisement
Environmental groups welcomed it.
mh/ab (dpa, AFP)""",
     "Berlin's transport senate has cut the speed limit", "Environmental groups welcomed it.",
     ["Image: Paul Zinken/dpa/picture alliance", "Advertisement", "Drivers on the A100 will have to slow down from next month."],
     []),
]

XFAIL: dict[str, str] = {
    "uk_tweet": "the page's prose above 'Read More' is under the 20 words after which an end heading may close or "
                "interrupt the article (boilerplate._ARTICLE_BEGUN), so the heading drops only itself and its "
                "headline stays; lowering that bound would let a disclosure over the headline block close articles. "
                "The embedded tweet's signature line also stays: taking it out lowered the HTML dev tune half's "
                "4-shingle F1 (.966 -> .964), whose gold keeps embedded posts' lines",
}


def _body_lines(article) -> list[str]:
    return [line.strip() for line in (article.body or "").splitlines() if line.strip()]


def assert_body_edges(text, first, last, furniture, kept):
    """The page's body starts with `first` and ends with `last`; no `furniture` line is in it, every `kept` is."""
    article = extract_article(SourceDocument("x", "txt", text), Registry())
    paragraphs = [part for part in (article.body or "").split("\n\n") if part]
    lines = _body_lines(article)
    assert paragraphs and paragraphs[0].startswith(first), paragraphs[:1]
    assert paragraphs[-1].endswith(last), paragraphs[-1:]
    assert [line for line in furniture if line in lines] == []
    assert [line for line in kept if line not in lines] == []


@pytest.mark.parametrize("name, text, first, last, furniture, kept",
                         [pytest.param(*row, marks=pytest.mark.xfail(reason=XFAIL[row[0]], strict=True))
                          if row[0] in XFAIL else row for row in PAGES], ids=[row[0] for row in PAGES])
def test_body_edges(name, text, first, last, furniture, kept):
    assert_body_edges(text, first, last, furniture, kept)
