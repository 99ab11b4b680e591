"""Where the headline, byline and body start and end on copied pages, fourth stress batch (#10, third round).
Ten made-up pages from regions and kinds of site the earlier batches (test_major_outlet_pages.py ... pages3.py) did
not use: a Latin American English edition, a Central Asian news agency, a Pacific islands paper, a Nordic public
broadcaster's English page, a Caribbean daily, an East African weekly, a US public-radio local station, a
trade/industry news site, a think-tank commentary page and a regional wire portal. What sits between the headline
block and the first paragraph varies (kicker, standfirst, caption lines, 'Listen to this article 4 min',
'Advertisement', a dateline on its own line -- kept as body, as in the fresh sets --, a photo credit, a table of
contents, 'Key points' bullets), and so does what follows the last paragraph (tags, 'Also read', an author bio,
'Share this article', a newsletter box, a corrections note, a comments count, a related list with dates, a
copyright line). Outlet and person names are invented. Each row's expected title, authors, first and last body
words and a furniture line kept out of the body were written (and committed) before the article step was run."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_major_outlet_pages import title_and_paragraphs
from tests.loaders.extract.test_major_outlet_pages3 import _article, rows_with_xfails

# name, page, title, authors, body's first words, body's last words, a furniture line kept out of the body
PAGES = [
    # 1. Latin American English edition: kicker, standfirst, 'Listen to this article', tags after the body
    ("latam_english_edition", """Diario del Sur English
Home
Politics
Economy
Culture
ECONOMY
Chile's copper exports hit record as new mine ramps up
Shipments rose 14 percent in February on demand from Asian smelters
By Lucía Fernández
March 10, 2026 at 9:15 am
Listen to this article 4 min
Chile's copper exports reached a record 5.1 billion dollars in February, the central bank said on Tuesday, as a new mine in the Atacama region reached full output.
Shipments to China and South Korea accounted for most of the increase, according to the bank's monthly trade report.
"The new capacity arrived at exactly the right moment," said mining analyst Tomás Rivas in Santiago.
The government expects copper revenue to fund a large part of its pension reform next year.
Tags: Copper, Mining, Chile, Trade
Share this article
Facebook
X
WhatsApp""",
     "Chile's copper exports hit record as new mine ramps up", ["Lucía Fernández"],
     "Chile's copper exports reached a record", "pension reform next year.", "Tags: Copper, Mining, Chile, Trade"),
    # 2. Central Asian news agency: dateline on its own line (body), photo credit, 'Also read' and copyright after
    ("central_asia_agency", """Steppe Press Agency
Politics
Economy
Society
Region
Kazakhstan opens new rail link to Caspian port
11 March 2026, 14:20
Photo: Steppe Press Agency
ASTANA, March 11.
Kazakhstan on Wednesday opened a 320-kilometre rail line linking the central steppe to the Caspian port of Kuryk, the transport ministry said.
The line will carry up to 12 million tonnes of cargo a year once it reaches full capacity, Deputy Minister Arman Seitkali told reporters at the opening ceremony.
Officials said the link would cut delivery times to Azerbaijan and Turkey by about four days.
Also read:
Uzbekistan and Kazakhstan sign water-sharing deal
Grain exports through Aktau rise by a third
© 2026 Steppe Press Agency. All rights reserved. Use of materials requires a hyperlink to the source."""
     , "Kazakhstan opens new rail link to Caspian port", [],
     "ASTANA, March 11.", "by about four days.", "Photo: Steppe Press Agency"),
    # 3. Pacific islands paper: several caption lines and a credit, author bio after the body
    ("pacific_islands_paper", """The Lagoon Times
News
Sport
Business
Pacific
Cyclone damage bill tops $40 million, says finance minister
By Sione Tupou
Thursday, March 12, 2026
Workers clear fallen trees from the main road in Nuku'alofa on Tuesday.
Roofs were torn from more than 200 homes on the outer islands.
Photo: Lagoon Times / Mele Fifita
The cost of repairing damage from Cyclone Leni has passed $40 million, Finance Minister Pita Havili told parliament on Wednesday.
Havili said the government would ask development partners for help rebuilding schools and health centres on the outer islands.
Power has been restored to most of the capital, but some villages on Vava'u remain without electricity.
Sione Tupou is The Lagoon Times' political reporter. He has covered parliament since 2019.
Comments (3)
Related stories
Schools on Ha'apai to reopen next week - 10 March 2026
Red Cross flies in water tanks - 9 March 2026"""
     , "Cyclone damage bill tops $40 million, says finance minister", ["Sione Tupou"],
     "The cost of repairing damage from Cyclone Leni", "remain without electricity.", "Comments (3)"),
    # 4. Nordic public broadcaster's English page: standfirst, image caption with credit, 'Share this article'
    ("nordic_broadcaster_english", """NRK-style Public Broadcaster News in English
News in English
Norway to double funding for offshore wind research
The government wants a new test field in the North Sea ready by 2030.
Wind turbines off the coast of Rogaland. Photo: Kari Nilsen / Broadcaster
Published 12.03.2026, at 08:05
Updated 12.03.2026, at 10:41
Ingrid Solberg
Journalist
Norway will double its funding for offshore wind research to 800 million kroner next year, Energy Minister Erik Haugen announced on Thursday.
The money will go to a new test field west of Stavanger where companies can try out floating turbines.
Environmental groups welcomed the plan, but fishermen's associations said they had not been consulted.
Share this article
Facebook
Email
Copy link
Newsletter
Get the week's most important news from Norway in English every Friday.
Subscribe"""
     , "Norway to double funding for offshore wind research", ["Ingrid Solberg"],
     "Norway will double its funding", "had not been consulted.", "Copy link"),
    # 5. Caribbean daily: 'Advertisement' lines between header and body and inside, comments count after
    ("caribbean_daily", """The Island Gleaner Daily
Lead Stories
News
Sports
Entertainment
Lead Stories
Fishermen protest new marine reserve rules
Published: Friday | March 13, 2026 | 12:07 AM
Kerry-Ann Walters/Staff Reporter
Advertisement
More than 100 fishermen gathered outside the agriculture ministry in Kingston on Thursday to protest new rules that ban fishing in three marine reserves.
The fishermen say the rules, which take effect in April, will cut their catch by half.
Advertisement
"We were never asked," said Delroy Campbell, president of a fishing cooperative in Old Harbour Bay.
The ministry said it would meet the cooperatives next week.
Advertisement
We welcome reasonable comments. Please keep them on topic.
12 comments
Related Stories
Coral restoration project expands to Negril"""
     , "Fishermen protest new marine reserve rules", ["Kerry-Ann Walters"],
     "More than 100 fishermen gathered", "meet the cooperatives next week.", "Advertisement"),
    # 6. East African weekly: 'Key points' bullets before the body, corrections note after
    ("east_african_weekly", """The Rift Valley Weekly
News
Business
Opinion
Magazine
Business
Tanzania and Uganda agree to finish oil pipeline by 2027
By Amina Juma
Saturday March 14 2026
Key points
The two governments will share the remaining construction cost.
Exports through Tanga are expected to start in mid-2027.
Tanzania and Uganda have agreed to complete the crude oil pipeline linking Lake Albert to the port of Tanga by the end of 2027, energy ministers from both countries said in Dar es Salaam on Friday.
The 1,443-kilometre pipeline has been delayed by financing problems and legal challenges from environmental groups.
Uganda's energy minister, Ruth Nankabirwa, said the two countries had secured loans from three regional banks.
Correction: An earlier version of this story gave the pipeline's length as 1,334 kilometres.
Advertisement
Sign up for our newsletter
Get the week's top business stories in your inbox."""
     , "Tanzania and Uganda agree to finish oil pipeline by 2027", ["Amina Juma"],
     "Tanzania and Uganda have agreed", "from three regional banks.", "Key points"),
    # 7. US public-radio local station: audio player lines, caption with credit, station support box after
    ("us_public_radio_local", """Skip to main content
River Valley Public Radio
Donate
News
Music
Schedule
Local News
City council approves new bus rapid transit line on Main Street
River Valley Public Radio | By Jenna Morales
Published March 12, 2026 at 5:42 PM CDT
Listen • 3:45
A bus stops on Main Street in downtown Cedar Falls on Wednesday.
Jenna Morales / River Valley Public Radio
The Cedar Falls City Council voted 6-1 on Thursday to build a bus rapid transit line along Main Street.
The $58 million project will add dedicated lanes and 14 new stations between downtown and the university.
Council member Robert Hill, who cast the only no vote, said the city should fix its existing routes first.
Construction is set to begin in the spring of 2027.
Jenna Morales is a reporter covering local government for River Valley Public Radio.
Local news is a public service. Support independent reporting with a gift today.
Tags
Local News
Transportation
Cedar Falls"""
     , "City council approves new bus rapid transit line on Main Street", ["Jenna Morales"],
     "The Cedar Falls City Council voted", "the spring of 2027.", "Listen • 3:45"),
    # 8. trade/industry news site: kicker, standfirst, table of contents, related list with dates after
    ("trade_industry_site", """Packaging Industry Today
Sustainability
Machinery
Materials
Events
Sustainability
Brewers switch to paper rings as plastic ban nears
Three of the country's largest breweries will drop plastic can holders by July
By Daniel Okafor
March 11, 2026
In this article
What the ban covers
Cost to brewers
What comes next
Three of the country's largest breweries will replace plastic six-pack rings with paper carriers before a national ban takes effect on July 1.
The switch will add about two cents to the cost of each pack, according to industry estimates.
Suppliers say demand for paper carriers has tripled since the ban was announced last year.
Related articles
Film makers cut thickness by 20 percent - March 9, 2026
New recycling rules for glass bottles - March 2, 2026"""
     , "Brewers switch to paper rings as plastic ban nears", ["Daniel Okafor"],
     "Three of the country's largest breweries will replace", "was announced last year.", "In this article"),
    # 9. think-tank commentary page: 'Commentary' kicker, author title under the name, bio and copyright after
    ("think_tank_commentary", """Centre for Global Policy Studies
Research
Commentary
Events
Experts
Commentary
Why small states need a seat at the climate finance table
Dr. Helena Varga
Senior Fellow, Climate Programme
March 9, 2026
Small island states pay some of the highest borrowing costs in the world, even though they contribute almost nothing to global emissions.
That imbalance should be at the centre of this year's climate finance talks.
A new fund, backed by guarantees from the largest lenders, could lower those costs by several percentage points.
Without it, the countries most exposed to rising seas will keep paying the most to protect themselves.
Dr. Helena Varga is a senior fellow in the Climate Programme at the Centre for Global Policy Studies.
The views expressed are the author's own.
© 2026 Centre for Global Policy Studies"""
     , "Why small states need a seat at the climate finance table", ["Helena Varga"],
     "Small island states pay some of the highest", "to protect themselves.", "The views expressed are the author's own."),
    # 10. regional wire portal: dateline in the first paragraph, caption and 'Advertisement', topics line after
    ("regional_wire_portal", """Balkan Wire Portal
Latest
Region
Business
Balkan Wire
Serbia and North Macedonia open joint border crossing
Published 13.03.2026 16:05
Advertisement
The new crossing at Tabanovce will process trucks for both countries at a single stop. (Photo: Balkan Wire)
BELGRADE, March 13 (Balkan Wire) - Serbia and North Macedonia opened a joint border crossing on Friday that officials say will cut waiting times for trucks by up to six hours.
The crossing is part of a regional plan to speed up trade along the corridor linking Central Europe with the Aegean.
"This is a model for the whole region," Serbian Trade Minister Milan Petrović said at the ceremony.
Topics: Serbia, North Macedonia, Trade, Transport
Comments: 0
Most read"""
     , "Serbia and North Macedonia open joint border crossing", [],
     "BELGRADE, March 13 (Balkan Wire)", "at the ceremony.", "Advertisement"),
]

XFAIL: dict[str, str] = {
    'latam_english_edition:title': "left undone this round (deadline): the one-sentence standfirst under the headline wins the headline over it (a capitals kicker 'ECONOMY' above the headline); the headline block's first title-shaped line under a kicker should win",
    'nordic_broadcaster_english:title': "left undone this round (deadline): the broadcaster's masthead line 'News in English' is read as the headline; a section-name masthead above the headline block is not yet told from a headline",
    'think_tank_commentary:title': "left undone this round (deadline): the writer's job title under her name ('Senior Fellow, Climate Programme') is read as the headline; a job-title line under a bare name belongs to the byline block",
    'nordic_broadcaster_english:authors': "left undone this round (deadline): a bare name over a job word ('Ingrid Solberg' / 'Journalist') under the date lines is not read as the byline",
    'think_tank_commentary:authors': "left undone this round (deadline): 'Dr. Helena Varga' over her job title, between headline and date, is not read as the byline",
    'central_asia_agency:first': "left undone in round 4 (deadline): 'ASTANA, March 11.' reads as a yearless date line (pubdates.date_line), so the header parse takes it as the block's date line before the body, with or without the photo credit over it (not the credit, not the pre-body furniture step); telling a capitals place + yearless date right over the first paragraph from the block's date line needs its own near misses ('LONDON, March 11' as a date line under a byline)",
    'pacific_islands_paper:first': "a two-line caption over a credit cannot be told from a two-sentence lede over the next picture's credit",
    'nordic_broadcaster_english:first': 'left undone this round (deadline): the standfirst sits above the caption and dates; with no headline found, the header block is misread',
    'think_tank_commentary:last': "left undone this round (deadline): the closing author note ('Dr. Helena Varga is a senior fellow ...') is kept because the byline was not found (see authors)",
}


def _rows(field: str) -> list:
    return rows_with_xfails(PAGES, XFAIL, field)


IDS = [row[0] for row in PAGES]


@pytest.mark.parametrize("name, text, title, authors, first, last, furniture", _rows("title"), ids=IDS)
def test_fourth_batch_title(name, text, title, authors, first, last, furniture):
    assert _article(text).title == title


@pytest.mark.parametrize("name, text, title, authors, first, last, furniture", _rows("authors"), ids=IDS)
def test_fourth_batch_authors(name, text, title, authors, first, last, furniture):
    assert _article(text).authors == authors


@pytest.mark.parametrize("name, text, title, authors, first, last, furniture", _rows("first"), ids=IDS)
def test_fourth_batch_body_start(name, text, title, authors, first, last, furniture):
    _, paragraphs = title_and_paragraphs(text)
    assert paragraphs and paragraphs[0].startswith(first), paragraphs[:1]


@pytest.mark.parametrize("name, text, title, authors, first, last, furniture", _rows("last"), ids=IDS)
def test_fourth_batch_body_end(name, text, title, authors, first, last, furniture):
    _, paragraphs = title_and_paragraphs(text)
    assert paragraphs and paragraphs[-1].endswith(last), paragraphs[-1:]


@pytest.mark.parametrize("name, text, title, authors, first, last, furniture", _rows("furniture"), ids=IDS)
def test_fourth_batch_furniture_out(name, text, title, authors, first, last, furniture):
    _, paragraphs = title_and_paragraphs(text)
    assert all(part.strip() != furniture and furniture not in part.split("\n") for part in paragraphs), furniture


# --- the mechanisms these pages brought, each with near misses (ordinary body lines that must stay) ---

@pytest.mark.parametrize("line, kind", [
    # the comment box's house rules in the outlet's voice
    ("We welcome reasonable comments. Please keep them on topic.", "share"),
    ("Please keep your comments civil and on topic.", "share"),
    # near misses: the same words reported, or about something else
    ("Please keep them on topic, the chairman told the committee.", None),
    ("We welcome comments from the public until April 30, the ministry said in a statement.", None),
    ("The council said it would keep comments on topic by limiting each speaker to three minutes.", None),
    ('"Please keep your comments civil," the moderator told the audience.', None),
    # a station's call for gifts to its reporting, with no 'we'
    ("Local news is a public service. Support independent reporting with a gift today.", "appeal"),
    # near misses: the same words in a news sentence
    ("Support for independent reporting grew today as three foundations announced new grants.", None),
    ("Support independent reporting with a gift today, the foundation's director urged listeners.", None),
    ("Donors who support independent reporting gave more today than in any year since 2019.", None),
])
def test_line_classes_fourth_batch(line, kind):
    from loaders.extract.boilerplate import classify_line

    assert classify_line(line) == kind


@pytest.mark.parametrize("line, byline", [
    # the station's name, a bar, then the writer: a byline (never the headline)
    ("River Valley Public Radio | By Jenna Morales", True),
    ("Coastal Public Media | By Marcus Webb", True),
    # near misses: headlines with a bar and the word 'By'
    ("Stand By Me | Film review", False),
    ("Review | By the numbers: the city budget", False),
    ("Opinion | By any measure, the transit plan failed", False),
    ("River Valley Public Radio | Local News", False),
])
def test_outlet_bar_byline(line, byline):
    from loaders.extract.pageblocks import is_byline

    assert is_byline(line) is byline


@pytest.mark.parametrize("line, kind", [
    # a photographer's name, a slash, then an outlet's name (its last word an outlet-name word): a picture credit
    ("Jenna Morales / River Valley Public Radio", "photo_credit"),
    ("Maria Lopez / The Harbor Daily Times", "photo_credit"),
    # near misses: a party label, a sentence, places, a one-word right side
    ("Maria Lopez / Democrat", None),
    ("Jenna Morales / River Valley Public Radio won the award for the series, the judges said.", None),
    ("Cedar Falls / Waterloo Daily Times", None),
    ("Maria Lopez / Union Leader of the Year", None),
])
def test_name_slash_outlet_credit(line, kind):
    from loaders.extract.boilerplate import classify_line

    assert classify_line(line) == kind


@pytest.mark.parametrize("line, kind", [
    # an audio player's button with the recording's length
    ("Listen • 3:45", "reading_time"),
    ("Listen 12:05", "reading_time"),
    # near misses: prose that starts with 'Listen'
    ("Listen to 3:45 of the recording, the lawyer told the jury.", None),
    ("Listen carefully at 3:45 and you can hear the engine stall.", None),
])
def test_audio_button_with_length(line, kind):
    from loaders.extract.boilerplate import classify_line

    assert classify_line(line) == kind


_STATION_TOP = ["River Valley Public Radio", "Local News", "City council approves new bus rapid transit line",
                "By Jenna Morales", "Published March 12, 2026 at 5:42 PM CDT", "Listen • 3:45"]
_STATION_BODY = ["The Cedar Falls City Council voted 6-1 on Thursday to build a bus rapid transit line along Main Street.",
                 "The $58 million project will add dedicated lanes and 14 new stations between downtown and the "
                 "university.", "Construction is set to begin in the spring of 2027."]


_TWO_LINE = "a two-line caption over a credit cannot be told from a two-sentence lede over the next picture's credit"


@pytest.mark.parametrize("between, first", [
    # under the audio player's length, a caption over its credit line: the picture's, not the body's
    (["A bus stops on Main Street in downtown Cedar Falls on Wednesday.", "Jenna Morales / River Valley Public Radio"],
     "The Cedar Falls City Council voted"),
    # near miss: a short one-sentence lede under the player with no credit under it is the body's
    (["Cedar Falls is getting a new bus line."], "Cedar Falls is getting a new bus line."),
])
def test_caption_under_audio_length(between, first):
    _, paragraphs = title_and_paragraphs("\n".join([*_STATION_TOP, *between, *_STATION_BODY]))
    assert paragraphs[0].startswith(first), paragraphs[:1]


_PIPELINE_TOP = ["The Rift Valley Weekly", "Business", "Tanzania and Uganda agree to finish oil pipeline by 2027",
                 "By Amina Juma", "Saturday March 14 2026", "Key points"]
_PIPELINE_LEDE = ("Tanzania and Uganda have agreed to complete the crude oil pipeline linking Lake Albert to the port of "
                  "Tanga by the end of 2027, energy ministers from both countries said in Dar es Salaam on Friday.")
_PIPELINE_REST = ["The 1,443-kilometre pipeline has been delayed by financing problems and legal challenges.",
                  "Uganda's energy minister said the two countries had secured loans from three regional banks."]


@pytest.mark.parametrize("box, first", [
    # 'Key points', then two or more short full sentences, then a longer paragraph: the box's points
    (["The two governments will share the remaining construction cost.",
      "Exports through Tanga are expected to start in mid-2027."], "Tanzania and Uganda have agreed"),
    # near miss: one short sentence under the label is the body's (a single line is no list)
    (["The pipeline will be finished by 2027."], "The pipeline will be finished by 2027."),
    # near miss: short sentences followed by no longer paragraph are the body's
    (["The pipeline will be finished by 2027.", "Both governments will pay for it.",
      "Exports start next year."], "The pipeline will be finished by 2027."),
])
def test_key_points_full_sentences(box, first):
    rest = [_PIPELINE_LEDE, *_PIPELINE_REST] if first.startswith("Tanzania") else _PIPELINE_REST
    _, paragraphs = title_and_paragraphs("\n".join([*_PIPELINE_TOP, *box, *rest]))
    assert paragraphs[0].startswith(first), paragraphs[:1]


_RAIL_TOP = ["Steppe Press Agency", "Politics", "Economy", "Kazakhstan opens new rail link to Caspian port",
             "11 March 2026, 14:20"]
_RAIL_BODY = ["Kazakhstan on Wednesday opened a 320-kilometre rail line linking the central steppe to the Caspian port "
              "of Kuryk, the transport ministry said.",
              "The line will carry up to 12 million tonnes of cargo a year once it reaches full capacity, officials said."]


_TWO_LINE = "a two-line caption over a credit cannot be told from a two-sentence lede over the next picture's credit"


@pytest.mark.parametrize("between, first", [
    # a wire dateline in capitals alone on its line over the first paragraph: the body's first words (fresh sets)
    (["ASTANA"], "ASTANA"),
    (["NEW DELHI"], "NEW DELHI"),
    # near misses: a short unpunctuated caption, a capitals label that names no place, stay out of the body
    (["Workers lay track near Kuryk"], "Kazakhstan on Wednesday"),
    (["FILE PHOTO"], "Kazakhstan on Wednesday"),
    # a known place with a colon or a dash after it is a dateline too
    (["ASTANA:"], "ASTANA"),
    (["NEW DELHI:"], "NEW DELHI"),
    # near misses with the colon: a label, a kicker, a name or a masthead in capitals naming no known place
    (["WORLD:"], "Kazakhstan on Wednesday"),
    (["FILE PHOTO:"], "Kazakhstan on Wednesday"),
    (["UPDATE:"], "Kazakhstan on Wednesday"),
    (["JOHN SMITH:"], "Kazakhstan on Wednesday"),
    (["STEPPE PRESS AGENCY:"], "Kazakhstan on Wednesday"),
    # near miss: a known place in mixed case with a colon (a caption's or a tag's place) stays out
    (["Astana:"], "Kazakhstan on Wednesday"),
    (["NEW DELHI —"], "NEW DELHI"),
    # ... and so is one with its country after a comma; a name and an outlet in capitals is not
    (["ASTANA, KAZAKHSTAN"], "ASTANA"),
    (["JOHN SMITH, REUTERS"], "Kazakhstan on Wednesday"),
    # near misses of ordinary pages: a short capitals line over the first paragraph that names no known place (a
    # section kicker, a capitals caption, an advert label, an outlet's masthead, a writer's name in capitals)
    (["WORLD"], "Kazakhstan on Wednesday"),
    (["OPINION"], "Kazakhstan on Wednesday"),
    (["BREAKING"], "Kazakhstan on Wednesday"),
    (["WORKERS LAY TRACK"], "Kazakhstan on Wednesday"),
    (["ADVERTISEMENT"], "Kazakhstan on Wednesday"),
    (["STEPPE PRESS AGENCY"], "Kazakhstan on Wednesday"),
    (["JOHN SMITH"], "Kazakhstan on Wednesday"),
])
def test_capitals_dateline_alone_is_body(between, first):
    _, paragraphs = title_and_paragraphs("\n".join([*_RAIL_TOP, *between, *_RAIL_BODY]))
    assert paragraphs[0].startswith(first), paragraphs[:1]


@pytest.mark.parametrize("line, authors", [
    # a writer's name, a slash and only job words: the byline of a daily's staff writer
    ("Kerry-Ann Walters/Staff Reporter", ["Kerry-Ann Walters"]),
    ("Marcus Webb / Senior Business Writer", ["Marcus Webb"]),
    # near misses: a picture's credit (a photographer, an agency), a place over a desk
    ("Kerry-Ann Walters/Staff Photographer", []),
    ("Marcus Webb/Reuters", []),
    ("Cedar Falls/Metro Desk", []),
])
def test_name_slash_job_byline(line, authors):
    from loaders.extract.pageblocks import is_byline
    from loaders.extract.text_article import authors_from_byline

    assert (authors_from_byline(line) if is_byline(line) else []) == authors


_FERRY = ["The Fjord Herald", "News", "Ferry fares to rise by 8 percent in April", "By Ingrid Solberg",
          "March 12, 2026",
          "Ferry fares on the coastal routes will rise by 8 percent from April 1, the transport agency said on Thursday.",
          "The agency said higher fuel and crew costs left it no choice.",
          "Passenger groups said the increase would hit island residents hardest."]


@pytest.mark.parametrize("tail, last", [
    # the newsletter box: its heading, its pitch, its button
    (["Newsletter", "Get the week's most important news from Norway in English every Friday.", "Subscribe"],
     "hit island residents hardest."),
    # near miss: a body line after a 'Newsletter' heading with no button under it is not the box's pitch
    (["Newsletter", "The agency will publish the new fares on its website next week."],
     "new fares on its website next week."),
])
def test_newsletter_pitch_over_button(tail, last):
    _, paragraphs = title_and_paragraphs("\n".join([*_FERRY, *tail]))
    assert paragraphs[-1].endswith(last), paragraphs[-1:]


_CYCLONE_TOP = ["The Lagoon Times", "News", "Cyclone damage bill tops $40 million, says finance minister",
                "By Sione Tupou", "Thursday, March 12, 2026"]
_CYCLONE_BODY = ["The cost of repairing damage from Cyclone Leni has passed $40 million, Finance Minister Pita Havili "
                 "told parliament on Wednesday.",
                 "Havili said the government would ask development partners for help rebuilding schools and health "
                 "centres on the outer islands.",
                 "Power has been restored to most of the capital, but some villages on Vava'u remain without "
                 "electricity."]


_TWO_LINE = "a two-line caption over a credit cannot be told from a two-sentence lede over the next picture's credit"


@pytest.mark.parametrize("between, first", [
    # under the date line, a picture's caption of two short lines over its 'Photo:' credit: the picture's, but it
    # cannot be told from a two-sentence lede over the next picture's credit (the rule of 0d3dc64 was reverted)
    pytest.param(["Workers clear fallen trees from the main road in Nuku'alofa on Tuesday.",
                  "Roofs were torn from more than 200 homes on the outer islands.",
                  "Photo: Lagoon Times / Mele Fifita"], "The cost of repairing damage",
                 marks=pytest.mark.xfail(reason=_TWO_LINE, strict=True)),
    pytest.param(["Workers clear fallen trees in Nuku'alofa", "Roofs were torn from 200 homes",
                  "Photo: Lagoon Times / Mele Fifita"], "The cost of repairing damage",
                 marks=pytest.mark.xfail(reason=_TWO_LINE, strict=True)),
    # near misses of ordinary pages: the body's two short opening paragraphs over a mid-body picture's credit
    # (its caption lost) report speech and stay the body's
    (["Cyclone damage has passed $40 million, the finance minister said on Wednesday.",
      "He told parliament the government would seek help from development partners.",
      "Photo: Lagoon Times / Mele Fifita"], "Cyclone damage has passed $40 million"),
    (['"We will rebuild every school," Havili said.', "Repairs will start next month, officials said.",
      "Photo: Lagoon Times / Mele Fifita"], '"We will rebuild every school,"'),
    # near miss: three short lines over the credit are no two-line caption: the first stays the body's
    (["Workers clear fallen trees from the main road in Nuku'alofa on Tuesday.",
      "Roofs were torn from more than 200 homes on the outer islands.",
      "Schools on Ha'apai stay shut this week.", "Photo: Lagoon Times / Mele Fifita"], "Workers clear fallen trees"),
])
def test_two_line_caption_over_credit(between, first):
    _, paragraphs = title_and_paragraphs("\n".join([*_CYCLONE_TOP, *between, *_CYCLONE_BODY]))
    assert paragraphs[0].startswith(first), paragraphs[:1]
