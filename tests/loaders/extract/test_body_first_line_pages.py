"""Where the body begins on made-up copied pages whose lead-ins no earlier stress page had (#10, round 1 (b)):
two-sentence standfirsts, photo captions with credits before the lede, byline blocks with role lines, listen and
reading-time buttons, "Advertisement", drop caps split off the first word, datelines in capitals, Q&A intros,
live-blog entry times and "Key points" summary lists. Each row's expected first words and the lead-in lines that
must stay out of the body were written before the article step was run on it. Near misses (rows marked "near")
are pages whose short or odd-looking first lines ARE the body's opening and must be kept.
Gold conventions (tests/data/fresh*/README.md general sections): standfirsts are the subtitle, a dateline opener
is body, captions, credits, buttons, entry times and summary bullets are furniture."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

PAGES = [
    # 1. two-sentence standfirst, byline with a role line
    ("standfirst_two", """Menu
Search
Environment
Coastal towns told to plan for retreat as sea wall funding runs out
The state will stop paying for new sea walls next year. Councils say they were given no warning.
By Harriet Okonjo
Senior Correspondent
12 March 2026
Eleven coastal councils have been told that the state's fund for new sea walls will close in July, leaving towns to plan for what officials now call managed retreat.
The letter, sent on Friday, gives councils until September to submit adaptation plans.
"We were given no warning at all," said Colin Barwick, the mayor of Port Enfield.
The department said the fund had been oversubscribed for three years.
© 2026 The Southern Courier""",
     "Eleven coastal councils have been told",
     ["Senior Correspondent", "The state will stop paying for new sea walls next year. Councils say they were given no warning."],
     []),
    # 2. photo caption with a credit line of its own before the lede
    ("caption_credit", """News
Health
Rural clinics to get overnight nurses under new staffing deal
A nurse checks a patient's blood pressure at the Kerrow clinic on Tuesday.
Photo: Daniel Ashby / Staff
By Mei Lin Tan
April 2, 2026
Rural clinics across the district will be staffed overnight from May under a deal struck between the health board and the nurses' union on Wednesday.
The agreement ends a two-year dispute over night shifts in remote areas.
"This is what patients in the hills have been asking for," said union organiser Joan Pettifer.
The board said it would recruit 40 nurses.""",
     "Rural clinics across the district will be staffed",
     ["A nurse checks a patient's blood pressure at the Kerrow clinic on Tuesday.", "Photo: Daniel Ashby / Staff"],
     []),
    # 3. byline block with role lines for two writers
    ("two_roles", """Business
Port operator fined over crane collapse that injured three workers
By Samir Haddad
Staff Writer
and Lucia Ferreira
Business Reporter
Published June 4, 2026
A port operator has been fined $1.2 million over a crane collapse that injured three workers at the container terminal in 2024.
The court found the company had ignored two inspection reports that warned of cracks in the crane's base.
The company said it accepted the ruling.""",
     "A port operator has been fined",
     ["Staff Writer", "Business Reporter"],
     []),
    # 4. listen button with a middle dot, and an Advertisement line
    ("listen_dot", """World
Election officials begin recount in disputed northern district
Listen to this article · 4 min
Advertisement
By Tomas Lindqvist
May 19, 2026
Election officials began a hand recount of more than 60,000 ballots in the northern district on Tuesday after the runner-up lost by 212 votes.
Observers from both parties watched as the first boxes were opened.
The commission said the count would take five days.""",
     "Election officials began a hand recount",
     ["Listen to this article · 4 min", "Advertisement"],
     []),
    # 5. reading time and a share row
    ("reading_time", """Opinion
Why the city's new bus lanes are working
Ana Pereira
Columnist
7 min read
Share
Save
When the city painted its first red bus lanes two years ago, drivers called it a war on cars.
The numbers now tell a different story: bus journeys on the three corridors are 18 per cent faster.
Car traffic has barely changed.""",
     "When the city painted its first red bus lanes",
     ["Columnist", "7 min read", "Share", "Save"],
     []),
    # 6. drop cap split off the first word
    ("drop_cap", """Culture
The last lighthouse keeper of Skarholm
For 31 years, Erik Dahl kept the lamp burning. Now the light runs itself.
By Ingrid Moe
January 9, 2026
T
he first time Erik Dahl climbed the 112 steps of the Skarholm lighthouse, he was nineteen and the lamp still burned paraffin.
He retired in December, when the coast authority switched the light to solar power and remote control.
"I will miss the storms," he said.""",
     "The first time Erik Dahl climbed",
     ["T"],
     []),
    # 7. dateline in capitals, with an agency in brackets, after a role byline
    ("caps_dateline", """International
Flooding forces thousands from homes along the Sava
By Marko Petrović, Regional Correspondent
March 3, 2026
ZAGREB (Reuters) - Floods along the Sava river forced more than 4,000 people from their homes in eastern Croatia on Tuesday, officials said.
Army units helped build sandbag walls in three villages overnight.
The river is expected to peak on Thursday.""",
     "ZAGREB (Reuters) - Floods along the Sava river",
     ["By Marko Petrović, Regional Correspondent"],
     []),
    # 8. Q&A intro: the intro paragraph is the body's opening, questions follow
    ("qa_intro", """Interviews
'We cannot farm the way our parents did': a grower on the drought
The Valley Times spoke to Rosa Alvarado, who grows almonds on 300 acres, about water, debt and what comes next.
By Jonah Reyes
August 14, 2026
Rosa Alvarado has farmed the same 300 acres outside Merced for 22 years. This summer, for the first time, she left a third of them dry.
This interview has been edited for length and clarity.
Valley Times: How bad is it this year?
Alvarado: Worse than 2015. We had no surface water at all.
Valley Times: What will you do?
Alvarado: Plant less, and pray for rain.""",
     "Rosa Alvarado has farmed the same 300 acres",
     ["This interview has been edited for length and clarity."],
     []),
    # 9. live blog: entry times before each entry
    ("live_times", """Live
Storm Ilse live: power cuts across the north as winds reach 140km/h
Updated 2 minutes ago
Key events
14:32
Power has been cut to more than 80,000 homes in the north, the grid operator said in its latest update.
Crews will not be sent out until the winds drop below 90km/h.
14:10
Rail services between the two largest northern cities have been suspended for the rest of the day.""",
     "Power has been cut to more than 80,000 homes",
     ["14:32", "14:10", "Key events", "Updated 2 minutes ago"],
     []),
    # 10. Key points summary bullets before the lede
    ("key_points", """Politics
Parliament votes to lower voting age to 16
Key points:
The bill passed by 88 votes to 61
First election with 16-year-old voters would be in 2028
Opposition says it will repeal the law if elected
By Aroha Ngata
Posted Wed 11 Feb 2026 at 5:40pm
Parliament has voted to lower the voting age to 16, making the country one of a handful in the world to let 16-year-olds vote in national elections.
The bill passed its third reading on Wednesday night by 88 votes to 61.
"Young people pay taxes and live with our decisions," the minister said.""",
     "Parliament has voted to lower the voting age",
     ["Key points:", "The bill passed by 88 votes to 61", "Opposition says it will repeal the law if elected"],
     []),
    # 11. caption with an inline credit in parentheses, then a two-sentence standfirst after it
    ("caption_then_standfirst", """Science
Glacier retreat doubles in a decade, survey finds
The Rhône glacier seen from the Furka pass in September. (Jana Keller / Alpine Press)
The survey covered 176 glaciers. It found the fastest losses below 3,000 metres.
By Jana Keller
Oct 2, 2026
Swiss glaciers lost ice twice as fast in the past decade as in the one before, according to a survey published on Thursday.
The losses were greatest on glaciers whose tongues lie below 3,000 metres.
Researchers said the trend would continue.""",
     "Swiss glaciers lost ice twice as fast",
     ["The Rhône glacier seen from the Furka pass in September. (Jana Keller / Alpine Press)"],
     []),
    # 12. "Listen" button with duration, "Gift this article", and a role line in capitals
    ("caps_role", """Sport
Striker banned for six matches after referee row
Gift this article
Listen (3 min)
By Kwame Asante
CHIEF SPORTS WRITER
Sun 8 Mar 2026 09.14 GMT
The league's top scorer has been banned for six matches after pushing a referee during Saturday's derby, the disciplinary panel said on Sunday.
His club said it would not appeal.
The ban rules him out of the cup semi-final.""",
     "The league's top scorer has been banned",
     ["Gift this article", "Listen (3 min)", "CHIEF SPORTS WRITER"],
     []),
    # 13. near miss: a one-sentence first paragraph, short, is the lede and must be kept
    ("near_short_lede", """News
Village school saved after parents raise £80,000
By Olivia Grant
February 20, 2026
The school will stay open.
That was the message from the county council on Friday, after parents in Little Hatton raised £80,000 in six weeks to repair its roof.
"We never doubted it," said the head teacher, Sarah Bloom.
The council had planned to close the school in July.""",
     "The school will stay open.",
     [],
     ["The school will stay open."]),
    # 14. near miss: the lede opens with a capitalised place and a question; no dateline, no furniture
    ("near_question_lede", """Features
Can a town run on its own river?
By Felix Braun
July 1, 2026
Can a town of 9,000 people run on the power of its own river? In Lindau an der Ach, the answer since March has been yes.
The town's new turbine produces more electricity than its homes use on all but the driest weeks.
"We sell the rest," said the mayor, Petra Vogl.""",
     "Can a town of 9,000 people run on the power",
     [],
     []),
    # 15. near miss: a lede opening with a time ("14:00 was the deadline") is no live-entry time
    ("near_numbers_lede", """Business
Airline misses deadline to file rescue plan
By Ruth Kimani
September 30, 2026
Midnight came and went on Tuesday without the airline filing the rescue plan the court had asked for.
The administrators said they needed two more weeks.
Creditors are owed $340 million.""",
     "Midnight came and went on Tuesday",
     [],
     []),
    # 16. near miss: a standfirst-like second line is really the first paragraph (no byline block between)
    ("near_no_block", """Local
Library opens on Sundays for the first time
The central library will open on Sundays from next month, the council said on Monday, after a petition signed by 3,000 residents.
Sunday hours will be from 11am to 4pm.
The council said the cost would be met from the culture budget.""",
     "The central library will open on Sundays",
     [],
     []),
    # 17. photo credit line alone ("Credit: ...") after a caption, then a dateline in capitals with a dash
    ("credit_line", """Home
World
Africa
Ghana's cocoa farmers hold out for higher prices
Farmers dry cocoa beans in the sun near Kumasi.
Credit: Yaw Boateng for The Globe
By Efua Mensah
Correspondent
Nov 12, 2026
KUMASI, Ghana — Thousands of cocoa farmers are refusing to sell their beans to the state buyer, saying the price it offers is less than half what traders pay across the border.
The standoff has left warehouses half empty at the height of the harvest.""",
     "KUMASI, Ghana — Thousands of cocoa farmers",
     ["Farmers dry cocoa beans in the sun near Kumasi.", "Credit: Yaw Boateng for The Globe", "Correspondent"],
     []),
    # --- second batch (18-31), written before its run ---
    # 18. caption without a credit, present tense, then byline block with "Edited by"
    ("caption_no_credit", """Asia
Typhoon shuts schools and airports across southern Taiwan
Residents walk past fallen trees in Kaohsiung on Thursday.
By Chen Wei-ting
Edited by Laura Stone
Thursday 17 September 2026 08:45
Typhoon Mawar forced the closure of schools, offices and two airports across southern Taiwan on Thursday as it brought winds of up to 180km/h.
More than 300,000 homes lost power.
The weather bureau said the storm would weaken as it crossed the strait.""",
     "Typhoon Mawar forced the closure of schools",
     ["Residents walk past fallen trees in Kaohsiung on Thursday.", "Edited by Laura Stone"],
     []),
    # 19. "This article is more than 2 years old" and "Fact checked by" lines
    ("age_notice", """Money
How the pension age rise will affect people born in the 1970s
This article is more than 2 years old
Fact checked by Priya Raman
Written by Oliver Hart
Personal Finance Editor
Mon 5 Jan 2026
People born between 1970 and 1977 will have to wait up to a year longer for their state pension under the plans announced on Monday.
The change will be phased in from 2035.""",
     "People born between 1970 and 1977",
     ["This article is more than 2 years old", "Fact checked by Priya Raman", "Personal Finance Editor"],
     []),
    # 20. an AI summary line and a follow-us pitch over the lede
    ("ai_summary", """Nation
Teachers' union calls three-day strike over pay offer
AI-generated summary: The union rejected a 3% offer and will strike from 2 March.
Follow us on WhatsApp for the latest news
By Nomvula Dube
24 February 2026 | 10:12
The country's largest teachers' union has called a three-day national strike from 2 March after rejecting the government's 3% pay offer.
Schools in all nine provinces are expected to close.""",
     "The country's largest teachers' union has called",
     ["AI-generated summary: The union rejected a 3% offer and will strike from 2 March.",
      "Follow us on WhatsApp for the latest news"],
     []),
    # 21. "In brief" box of short sentences before the lede
    ("in_brief", """Science
Bees learn to avoid pesticide-laced flowers, study finds
In brief
Bumblebees avoided treated flowers after two days.
The effect lasted for a week.
Researchers say the finding does not make pesticides safe.
By Dr. Helen Marsh
March 22, 2026
Bumblebees can learn to avoid flowers treated with a common pesticide within two days, according to a study published on Wednesday.
The researchers tested 40 colonies over two summers.""",
     "Bumblebees can learn to avoid flowers treated",
     ["In brief", "Bumblebees avoided treated flowers after two days.", "The effect lasted for a week."],
     []),
    # 22. text-size buttons and an image counter over the lede
    ("text_size", """Regional
Dam inspection finds cracks in spillway
Text size
A
A
A
1 / 6
Engineers inspect the spillway of the Koruna dam. Image: Supplied
Petra Novak
Wed, 14 Oct 2026, 6:30am
Inspectors have found cracks in the spillway of the Koruna dam, the water authority said on Tuesday, and the reservoir will be lowered as a precaution.
The authority said there was no immediate danger to towns downstream.""",
     "Inspectors have found cracks in the spillway",
     ["Text size", "1 / 6", "Engineers inspect the spillway of the Koruna dam. Image: Supplied"],
     []),
    # 23. an "Exclusive" label and a location line ("Nairobi, Kenya") of its own under the byline
    ("location_line", """Africa
Exclusive
Aid convoy turned back at border for third time
By Wanjiru Kamau
Nairobi, Kenya
June 9, 2026
A convoy of 40 trucks carrying food aid was turned back at the border for the third time in a month on Monday, aid workers said.
The trucks had been waiting for nine days.""",
     "A convoy of 40 trucks carrying food aid",
     ["Exclusive", "Nairobi, Kenya"],
     []),
    # 24. an analysis label with writer, and a "Sponsored"/"Supported by" line
    ("analysis_by", """Supported by
Economy
Analysis by Daniel Roth
Why inflation is falling faster than the central bank expected
Updated 3:12 PM EST, Tue February 10, 2026
Inflation fell to 2.4% in January, the lowest in four years, and well below the central bank's own forecast of 3%.
Economists point to falling energy prices.""",
     "Inflation fell to 2.4% in January",
     ["Supported by", "Analysis by Daniel Roth"],
     []),
    # 25. two-sentence standfirst in quotes under the headline, then a photo credit "Getty Images"
    ("quoted_standfirst", """Interview
The coach who turned a village club into champions
"We had nothing. That was our strength," says Maria Duarte.
Getty Images
By Paulo Mendes
May 3, 2026
Maria Duarte took over Clube Atlético da Serra in 2019, when the team trained on a dirt pitch and had eleven players.
Seven years later, they are national champions.""",
     "Maria Duarte took over Clube Atlético da Serra",
     ["Getty Images", '"We had nothing. That was our strength," says Maria Duarte.'],
     []),
    # 26. live blog: entry time with date, "Pinned", and a reporter sign-on
    ("live_pinned", """Live updates
Earthquake in central Chile: rescuers search collapsed buildings
Pinned
Feb 3, 2026, 7:45 AM
Rescuers are searching at least 12 collapsed buildings in Talca after a magnitude 7.1 earthquake struck central Chile overnight, officials said.
At least 14 people have died.
Feb 3, 2026, 7:20 AM
The country's emergency agency said aftershocks could continue for days.""",
     "Rescuers are searching at least 12 collapsed buildings",
     ["Pinned"],
     []),
    # 27. Q&A intro in italics-like form after "Interview by" and a bio line
    ("qa_interview_by", """Books
Novelist Ines Carvalho: 'I write about the towns people leave'
Interview by Sam Whitaker
Ines Carvalho's fourth novel, The Empty Square, is out this week.
April 12, 2026
Ines Carvalho grew up in a town of 800 people in the Portuguese interior, and all four of her novels are set in places like it.
We spoke to her about emptiness, return and the books she reads.
Why do you keep returning to small towns?
Because that is where I learned to listen.""",
     "Ines Carvalho grew up in a town of 800 people",
     ["Interview by Sam Whitaker"],
     []),
    # 28. near miss: a lede that is a short quote ("'It's over.'") must be kept as body
    ("near_quote_lede", """Sport
Veteran keeper retires after 22 seasons
By Tom Byrne
August 2, 2026
"It's over."
With two words on Friday, goalkeeper Niall Quinn ended a career that took him from a village team in Mayo to three All-Ireland finals.
He is 41.""",
     '"It\'s over."',
     [],
     ['"It\'s over."']),
    # 29. near miss: a lede opening with a capitalised two-word name on its own sentence and a place
    ("near_name_lede", """Local
Ferry captain retires after 40 years on the lake
By Anna Keller
June 30, 2026
Hans Brunner has crossed Lake Zurich more than 60,000 times.
On Tuesday, he made his last crossing as captain of the MS Helvetia, to applause from passengers and a brass band on the quay.""",
     "Hans Brunner has crossed Lake Zurich",
     [],
     ["Hans Brunner has crossed Lake Zurich more than 60,000 times."]),
    # 30. near miss: a two-sentence lede under the date (no standfirst); the first sentence is short
    ("near_two_short", """World
Volcano erupts near Icelandic fishing town
By Sigrun Olafsdottir
January 20, 2026
The ground split open at 3 a.m. Within an hour, lava was flowing towards the town of Grindavik for the fourth time in two years.
The town had been evacuated the evening before.""",
     "The ground split open at 3 a.m.",
     [],
     []),
    # 31. byline role line of the "Staff Writer | Outlet" kind and an "Advertisement" mid-lead
    ("role_pipe", """Crime
Three charged over warehouse fire
Leah Adams
Staff Writer | The Valley Gazette
Posted: Mar 27, 2026
Advertisement
Three men have been charged with arson over a fire that destroyed a furniture warehouse in the industrial park last month, police said on Thursday.
They will appear in court on Monday.""",
     "Three men have been charged with arson",
     ["Staff Writer | The Valley Gazette", "Advertisement"],
     []),
    # 32. a second credit under the byline ("Reporting by" another writer), then the date
    ("second_credit", """Courts
Judge halts demolition of riverside homes
By Amara Eze
Additional reporting by Tunde Bello
Nov 4, 2026
A High Court judge on Tuesday halted the demolition of 140 riverside homes until the state shows it has offered the owners new land.
The state said it would appeal.""",
     "A High Court judge on Tuesday halted",
     ["Additional reporting by Tunde Bello"],
     []),
    # 33. near miss: a short lede opening with "Edited by" as prose right under the byline stays the body
    ("near_edited_lede", """Books
A diary published as it was written
By Clara Holm
May 8, 2026
Edited by nobody, the diary was published exactly as written.
Its author, a lighthouse keeper's wife, kept it from 1921 to 1958, and her granddaughter found it in a trunk last year.""",
     "Edited by nobody, the diary was published",
     [],
     ["Edited by nobody, the diary was published exactly as written."]),
    # --- third batch (34-45), written before its run ---
    # 34. republication note, prose-shaped, before the lede
    ("republished_note", """Climate
Ranchers and scientists team up to count prairie birds
This story was originally published by Prairie Report and is republished here with permission.
By Dana Whitfield
March 15, 2026
On a cold morning in April, rancher Bill Haugen stood at the edge of his pasture with a clipboard and a pair of binoculars, counting birds.
He is one of 60 ranchers taking part in a survey run by the state university.""",
     "On a cold morning in April, rancher Bill Haugen",
     ["This story was originally published by Prairie Report and is republished here with permission."],
     []),
    # 35. an affiliate disclosure sentence under the byline
    ("disclosure", """Tech
The best budget e-readers, tested
By Marcus Lee
Updated March 3, 2026
We may earn a commission when you buy through links on our site. Here's how it works.
E-readers have barely changed in a decade, and that is mostly a good thing.
We tested nine models under $150 over three months.""",
     "E-readers have barely changed in a decade",
     ["We may earn a commission when you buy through links on our site. Here's how it works."],
     []),
    # 36. content note before the lede
    ("content_note", """Investigations
Inside the care home where residents went hungry
Editor's note: This story contains descriptions of neglect that some readers may find distressing.
By Fiona Walsh
October 21, 2026
For six weeks last winter, residents of the Larchwood care home were given one hot meal a day, according to inspection reports seen by this newspaper.
The home's owners said staff shortages were to blame.""",
     "For six weeks last winter, residents of the Larchwood care home",
     ["Editor's note: This story contains descriptions of neglect that some readers may find distressing."],
     []),
    # 37. newsletter pitch sentence between the date and the lede
    ("newsletter_pitch", """Politics
Senate passes water rights bill after all-night session
By Luis Ortega
April 30, 2026
Sign up for our daily politics newsletter to get the top stories in your inbox every morning.
The state Senate passed a bill early on Thursday that would cap the water farms can pump from aquifers in drought years.
The vote was 21 to 18.""",
     "The state Senate passed a bill early on Thursday",
     ["Sign up for our daily politics newsletter to get the top stories in your inbox every morning."],
     []),
    # 38. "READ MORE:" teaser at the top of the body
    ("read_more_top", """News
Hospital waiting lists fall for first time in five years
By Claire Dunn
February 12, 2026
READ MORE: Nurses vote to accept pay deal
Waiting lists for hospital treatment fell in January for the first time in five years, figures published on Thursday show.
The health minister said the fall was the start of a recovery.""",
     "Waiting lists for hospital treatment fell",
     ["READ MORE: Nurses vote to accept pay deal"],
     []),
    # 39. audio player time and a print/copy-link row
    ("audio_player", """World
Border talks resume after two-year freeze
0:00 / 4:12
Copy link
Print
By Ahmed Karimi
Jan 28, 2026
Negotiators from both countries met in Geneva on Tuesday for the first time in two years, in talks aimed at reopening the border to trade.
The talks are expected to last three days.""",
     "Negotiators from both countries met in Geneva",
     ["0:00 / 4:12", "Copy link", "Print"],
     []),
    # 40. byline with a social handle and an email line
    ("handle_email", """Metro
Subway fares to rise 25 cents in July
Jordan Pike
@jordanpike
jordan.pike@example.com
Published 6:05 a.m. ET May 14, 2026
Subway and bus fares will rise by 25 cents in July, the transit authority's board decided on Wednesday.
The increase is the first in four years.""",
     "Subway and bus fares will rise by 25 cents",
     ["@jordanpike", "jordan.pike@example.com"],
     []),
    # 41. long caption (a full sentence of 20+ words) then credit on the next line, then the lede
    ("long_caption", """Environment
River dolphins return to stretch of the Mekong
An Irrawaddy dolphin surfaces in the Mekong river near Kratie, where conservation groups counted 11 calves born this year, the highest number in a decade.
Photograph: Sokha Chen/River Watch
By Sokha Chen
July 7, 2026
Conservation groups have counted 11 newborn Irrawaddy dolphins in the Mekong this year, the most in a decade, raising hopes for a population once thought doomed.
The river's dolphin population is estimated at 105.""",
     "Conservation groups have counted 11 newborn",
     ["Photograph: Sokha Chen/River Watch"],
     []),
    # 42. a "Watch:" video label with a duration before the lede
    ("video_label", """Sport
Rower breaks Atlantic crossing record
Watch: The moment Kate Rhys reaches Antigua (1:24)
By Ben Carver
January 16, 2026
Kate Rhys has become the fastest woman to row alone across the Atlantic, reaching Antigua on Thursday after 38 days at sea.
She beat the previous record by four days.""",
     "Kate Rhys has become the fastest woman",
     ["Watch: The moment Kate Rhys reaches Antigua (1:24)"],
     []),
    # 43. "From our correspondent" line and a capital dateline with a dash
    ("correspondent_line", """Europe
Farmers block motorways in protest at fuel tax
From our correspondent in Madrid
By Elena Ruiz
3 February 2026
MADRID — Thousands of farmers blocked motorways around Madrid and Seville with tractors on Tuesday in protest at a planned rise in the tax on farm diesel.
The government said it would meet farmers' unions on Friday.""",
     "MADRID — Thousands of farmers blocked motorways",
     ["From our correspondent in Madrid"],
     []),
    # 44. near miss: a first paragraph of one long question-free sentence that starts with "Sign" (a verb) is body
    ("near_sign_lede", """Local
Sign language classes fill up within hours
By Ruth Owen
March 9, 2026
Sign language classes offered free by the city library filled up within three hours of opening for registration on Monday, the library said.
It will add two more classes in May.""",
     "Sign language classes offered free",
     [],
     ["Sign language classes offered free by the city library filled up within three hours of opening for registration on Monday, the library said."]),
    # 45. near miss: a lede quoting a note ("This story was ...") as its subject is body
    ("near_story_lede", """Media
Newspaper apologises for 1976 report
By Sean Kelly
June 2, 2026
This story was wrong, the editor of the Northern Echo wrote on Monday, fifty years after the paper named an innocent man as a suspect in a murder.
The man, who died in 2004, was never charged.""",
     "This story was wrong, the editor",
     [],
     []),
    # --- fourth batch (46-55), written before its run ---
    # 46. no byline, no date: headline, a caption with credit, then the lede
    ("bare_caption", """Weather
Hailstorm damages hundreds of cars in city centre
Hailstones the size of golf balls on a car park roof on Sunday. Photo: Reader submitted
Hundreds of cars were damaged when a hailstorm hit the city centre on Sunday afternoon, with hailstones the size of golf balls, the fire service said.
Insurers said claims could reach $20 million.""",
     "Hundreds of cars were damaged when a hailstorm",
     ["Hailstones the size of golf balls on a car park roof on Sunday. Photo: Reader submitted"],
     []),
    # 47. headline, date and reading time on one line, role byline after the date
    ("date_readtime_line", """Education
University to scrap tuition for students from low-income families
March 4, 2026 · 5 min read
Grace Liu, Education Reporter
The state university will waive tuition for students whose families earn less than $80,000 a year, starting in the autumn semester, its board voted on Tuesday.
About 12,000 students are expected to qualify.""",
     "The state university will waive tuition",
     ["Grace Liu, Education Reporter"],
     []),
    # 48. bullets of a "What you need to know" box, marked with "•"
    ("need_to_know", """Health
Measles cases climb to 48 in outbreak linked to school
What you need to know
• 48 cases confirmed since January
• Most are unvaccinated children
• Free vaccine clinics open this weekend
By Hannah Schultz
Feb 26, 2026
Health officials have confirmed 48 cases of measles in an outbreak linked to an elementary school, the county health department said on Wednesday.
Most of those infected are unvaccinated children under 10.""",
     "Health officials have confirmed 48 cases",
     ["What you need to know", "• 48 cases confirmed since January", "• Free vaccine clinics open this weekend"],
     []),
    # 49. a "Summary" label and one summary paragraph (AI-like) before the lede, date first
    ("summary_label", """Technology
Regulator orders review of ride-hailing safety checks
Published 9 April 2026
Summary
The regulator wants an independent review of how drivers are vetted after three assaults this year.
By Omar Siddiqui
The transport regulator has ordered an independent review of the safety checks ride-hailing companies carry out on drivers, after three assaults on passengers this year.
The companies have six weeks to hand over their records.""",
     "The transport regulator has ordered an independent review",
     ["Summary", "The regulator wants an independent review of how drivers are vetted after three assaults this year."],
     []),
    # 50. byline, date, then an image credit in brackets alone, then a capital dateline on its own line
    ("dateline_alone", """Asia
Rescuers reach villages cut off by landslides
By Rina Sato
Aug 19, 2026
[Image: Supplied]
KATHMANDU
Rescuers reached three villages in western Nepal on Tuesday that had been cut off for five days by landslides, officials said.
At least 22 people have died.""",
     "KATHMANDU",
     ["[Image: Supplied]"],
     []),
    # 51. interview: intro, a "Q:" / "A:" exchange; the body's first line is the intro
    ("qa_letters", """Business
Q&A: The founder who sold her bakery to its staff
By Irene Novak
June 18, 2026
Martha Green started her bakery in 1998 with one oven. Last month she sold it to its 34 employees.
Q: Why sell to the staff?
A: Because they made it what it is.
Q: Was it hard to let go?
A: Yes. But it was time.""",
     "Martha Green started her bakery in 1998",
     [],
     []),
    # 52. a comments count and a "Save" bookmark between the date and the lede, no byline
    ("comments_count", """Cities
Council approves 24-storey tower on former bus depot
Thu 23 Apr 2026
14 Comments
Bookmark
The city council approved plans on Wednesday for a 24-storey tower of 310 flats on the site of a former bus depot, despite objections from neighbours.
A third of the flats will be sold below market price.""",
     "The city council approved plans on Wednesday",
     ["14 Comments", "Bookmark"],
     []),
    # 53. near miss: a two-sentence first paragraph after the byline that looks like a standfirst (present
    # tense, no date) is the body: there is no byline or date under it
    ("near_standfirst_lede", """Opinion
The quiet end of the village shop
By Peter Dale
May 1, 2026
The village shop closes on Saturday. It has been open since 1887.
For most of those years it sold everything a village could need, from paraffin to postage stamps, and for the last twenty it has sold little but newspapers.
Its owner, Jean Walsh, is 74.""",
     "The village shop closes on Saturday.",
     [],
     ["The village shop closes on Saturday. It has been open since 1887."]),
    # 54. near miss: a lede that opens with a bullet-like number ("3 things ...") is still the first paragraph
    ("near_number_lede", """Business
Bakery chain to close 40 stores
By Nia Hughes
March 30, 2026
40 stores will close by the end of June, the bakery chain said on Monday, as it cuts costs after two years of losses.
About 600 jobs are at risk.""",
     "40 stores will close by the end of June",
     [],
     []),
    # 55. near miss: a short first paragraph in capitals-free dialogue ("No," she said.) is body
    ("near_dialogue_lede", """Features
The woman who said no to a mine
By Lars Berg
September 12, 2026
"No," she said.
For eleven years, Ingrid Solheim has given the same answer to every company that wanted to mine the hill behind her farm.""",
     '"No," she said.',
     [],
     ['"No," she said.']),
    # 56. near miss: a "Summary" label over the lede itself (no byline or date line under it) keeps the lede
    ("near_summary_lede", """Business
Summary
Grocer cuts prices on 500 staples as inflation eases
By Kofi Mensah
April 14, 2026
Summary
The country's largest grocer will cut prices on 500 staple items from Monday.
The cuts, averaging 6%, follow a fall in wholesale food prices over the winter, the company said.
Rivals are expected to follow.""",
     "The country's largest grocer will cut prices",
     [],
     ["The country's largest grocer will cut prices on 500 staple items from Monday."]),
    # 57. near miss: "What we know" as a subheading inside the body, after the lede, keeps the paragraphs under it
    ("near_body_subhead", """World
Bridge collapses on motorway near Genoa
By Marco Bellini
October 3, 2026
A section of a motorway bridge collapsed near Genoa on Friday morning, and rescuers are searching for vehicles that fell with it, police said.
The bridge carried the A10 over the Polcevera valley.
What we know
Police said at least four vehicles were on the section when it fell.
Rescuers have found two people alive.""",
     "A section of a motorway bridge collapsed",
     [],
     ["Police said at least four vehicles were on the section when it fell.", "Rescuers have found two people alive."]),
    # --- fifth batch (58-61), written before its run ---
    # 58. the writer's name printed twice under "By" (link text and picture), then her bio line and the date
    ("name_twice_bio", """Gardening
How to grow tomatoes on a balcony
By
Nadia Brooks
Nadia Brooks
Nadia Brooks is a garden writer based in Leeds who has grown vegetables in pots for 15 years.
Updated May 2, 2026
Tomatoes need six hours of sun a day, and a balcony facing south or west will give them that from June to September.
Choose a pot of at least 20 litres for each plant.""",
     "Tomatoes need six hours of sun a day",
     ["Nadia Brooks is a garden writer based in Leeds who has grown vegetables in pots for 15 years."],
     []),
    # 59. near miss: the writer is the story's subject; a lede about her after a one-line byline stays
    ("near_name_subject", """Local
Balcony grower harvests 40 kilos of tomatoes
By Tom Fenwick
May 2, 2026
Nadia Brooks harvested 40 kilos of tomatoes from her third-floor balcony this summer, a record for the city's allotment society.
She grew them in twelve pots.""",
     "Nadia Brooks harvested 40 kilos",
     [],
     []),
    # 60. a table of contents copied as one line of numbered items run together
    ("glued_contents", """Cities
What sponge cities can teach flood-hit towns
By Wen Li
8 min read
Jun 3, 2026
Table of contents
01 Why cities flood02 What sponge cities do03 Where they have worked04 What it costs
Every summer, the streets of Wuhan used to fill with water within an hour of a heavy storm.
Ten years after the city began building parks that soak up rain, that no longer happens.""",
     "Every summer, the streets of Wuhan",
     ["01 Why cities flood02 What sponge cities do03 Where they have worked04 What it costs"],
     []),
    # 61. near miss: a lede that opens with a year and names numbered things is no contents line
    ("near_year_lede", """History
The flood that changed a city
By Wen Li
Jun 3, 2026
1998 was the year the Yangtze broke its banks in 12 places, and 4,150 people died in the floods that followed.
The city has spent the years since rebuilding its defences.""",
     "1998 was the year the Yangtze broke",
     [],
     []),
    # --- sixth batch (62-64), written before its run ---
    # 62. one line of credits joined by dashes ("Reviewed by ... — Written by ... — Updated on ..."), then a
    # contents list whose last item is a one-word heading, then the lede
    ("credit_chain", """Nutrition
A beginner's guide to the Mediterranean diet
Medically reviewed by Sara Quinn, RD — Written by Paul Hendry — Updated on April 2, 2026
What it is
Foods to eat
Foods to avoid
Takeaway
The Mediterranean diet is based on the foods people in Greece, Italy and Spain traditionally ate, with plenty of vegetables, olive oil, fish and beans.
Studies link it to a lower risk of heart disease.
What it is
The diet is a way of eating rather than a set of rules.
Foods to eat
Vegetables, beans, fish and olive oil.""",
     "The Mediterranean diet is based on the foods",
     ["Medically reviewed by Sara Quinn, RD — Written by Paul Hendry — Updated on April 2, 2026", "Takeaway"],
     []),
    # 63. near miss: a one-word first paragraph heading is no contents item when prose follows and no list is above
    ("near_intro_heading", """Science
How sponge cities work
By Wen Li
Jun 3, 2026
Every summer, the streets of Wuhan used to fill with water within an hour of a heavy storm.
Ten years after the city began building parks that soak up rain, that no longer happens.""",
     "Every summer, the streets of Wuhan",
     [],
     []),
    # 64. near miss: a lede opening "By" with a time, a sentence, is the body's first paragraph
    ("near_by_lede", """World
Rescuers pull 12 from collapsed market
Jan 9, 2026
By Tuesday evening, rescuers had pulled 12 people alive from the rubble of the market, which collapsed on Monday after days of heavy rain.
At least 30 people are still missing.""",
     "By Tuesday evening, rescuers had pulled",
     [],
     []),
    # 65. near miss: one heading alone under the byline and date ("Introduction") stays the body's
    ("near_one_heading", """Guides
How to choose a video call tool
By Ana Lund
Feb 2, 2026
Introduction
As more businesses settle into hybrid work, the choice of a video call tool matters more than it did.
We compared six of them.""",
     "Introduction",
     [],
     []),
]

XFAIL: dict[str, str] = {
    "near_one_heading": "expected before the run; the article step already dropped a lone one-word heading right over the "
                        "first paragraph before this round (the code at 44b7e685 does the same: a short line between "
                        "the date line and the body reads as a caption), and the gold conventions say nothing of intro "
                        "headings, so it is left; the contents-list rule of this round (_closes_list) does not fire "
                        "on it (one heading, under a date line)",
}


def _body_lines(article) -> list[str]:
    return [line.strip() for line in (article.body or "").splitlines() if line.strip()]


@pytest.mark.parametrize("name, text, first, furniture, kept",
                         [pytest.param(*row, marks=pytest.mark.xfail(reason=XFAIL[row[0]], strict=True))
                          if row[0] in XFAIL else row for row in PAGES], ids=[row[0] for row in PAGES])
def test_body_first_line(name, text, first, furniture, kept):
    article = extract_article(SourceDocument("x", "txt", text), Registry())
    paragraphs = [part for part in (article.body or "").split("\n\n") if part]
    lines = _body_lines(article)
    assert paragraphs and paragraphs[0].startswith(first), paragraphs[:1]
    assert [line for line in furniture if line in lines] == []
    assert [line for line in kept if line not in lines] == []


# join_drop_caps: (lines, expected) written before the run; the near misses must come back unchanged.
_LEDE = "he minister said on Monday that the border crossing would reopen next week after repairs."
DROP_CAPS = [
    (["T", _LEDE], ["", "T" + _LEDE]),
    (["T", "", _LEDE], ["", "", "T" + _LEDE]),                                   # a blank line between
    (["É", "tait une fois un village au bord du lac, où vivaient trois familles de pêcheurs."],
     ["", "Était une fois un village au bord du lac, où vivaient trois familles de pêcheurs."]),
    # near misses
    (["Z", "zoning rules"], ["Z", "zoning rules"]),                               # index letter over a short item
    (["A", "B", "C"], ["A", "B", "C"]),                                           # grades
    (["T", "The minister said on Monday that the crossing would reopen next week after repairs."],
     ["T", "The minister said on Monday that the crossing would reopen next week after repairs."]),  # capital next
    (["t", _LEDE], ["t", _LEDE]),                                                 # lower-case letter
    (["7", _LEDE], ["7", _LEDE]),                                                 # a figure (a list number)
    (["T", "", "", _LEDE], ["T", "", "", _LEDE]),                                 # too far apart
]


@pytest.mark.parametrize("lines, expected", DROP_CAPS)
def test_join_drop_caps(lines, expected):
    from loaders.extract.text_article import join_drop_caps

    assert join_drop_caps(lines) == expected


# An affiliate disclosure without the word "affiliate": the site, in the first person, earning a commission on
# what the reader buys through its links. (line, label) written before the run; near misses keep no label.
DISCLOSURES = [
    ("We may earn a commission when you buy through links on our site. Here's how it works.", "disclosure"),
    ("We may earn a small commission if you purchase something through the links below.", "disclosure"),
    ("I might earn a commission from links on this page, at no cost to you.", "disclosure"),
    # near misses: a report about commissions, another party earning one, a quote without the reader's purchase
    ("Brokers may earn a commission when clients buy the bonds, regulators said.", None),
    ("We may earn a commission, the union's leader said of the new sales scheme.", None),
    ("Travel agents say they earn a commission on every ticket sold through their links with airlines.", None),
    # (review of round 1) a speaker's own commission, and the disclosure quoted inside a reported sentence
    ("I can get a commission on any links I send, said another agent, Ray Boone, but clients trust me more.", None),
    ("We may earn a commission when you buy through links on our site, the watchdog's guidance suggests bloggers say.",
     None),
]


@pytest.mark.parametrize("line, label", DISCLOSURES)
def test_commission_disclosures(line, label):
    from loaders.extract.boilerplate import classify_line

    assert classify_line(line) == label


# A credit chain's byline: (line, byline) written before the run; near misses give None.
CHAINS = [
    ("Medically reviewed by Sara Quinn, RD — Written by Paul Hendry — Updated on April 2, 2026", "Written by Paul Hendry"),
    ("By Ana Lund | Photos by Jo Roe | March 3, 2026", "By Ana Lund"),
    ("Fact checked by Priya Raman · By Oliver Hart", "By Oliver Hart"),
    # near misses
    ("By the river — a story of floods", None),                     # a headline with a dash
    ("Written by hand — published by night", None),                 # no names, not a credit of the block
    ("Reviewed by Sara Quinn — Updated on April 2, 2026", None),    # credits and a date, but no byline link
    ("By Ana Lund", None),                                          # one link: a plain byline, read elsewhere
    ("By Jane Roe in World News | June 7, 2016", None),             # byline and date: read by the byline rules
    ("By 2030 — the city's plan for clean air | Explainer", None),  # a year after "By"
]


@pytest.mark.parametrize("line, byline", CHAINS)
def test_credit_chain_byline(line, byline):
    from loaders.extract.text_article import _credit_chain_byline

    assert _credit_chain_byline(line, None) == byline


# A paragraph opening like a byline: (line, is the lede) written before the run.
BY_LEDES = [
    ("By Tuesday evening, rescuers had pulled 12 people alive from the rubble of the market, which collapsed on Monday.", True),
    ("By the time the ferry reached the harbour, the storm had already torn the roofs off three of the sheds.", True),
    ("By 2030, the city says, every bus on its routes will run on electricity, and the last diesel depot will close.", True),
    # near misses: bylines, however long, stay bylines
    ("Posted by BeauHD on Friday December 19, 2025 @08:00PM from the skewed-job-market dept.", False),
    ("By Jo Roe and Ann Lee, with additional reporting from our correspondents in Riverton and Kestrel Bay.", False),
    ("By Jo Roe", False),
]


@pytest.mark.parametrize("line, lede", BY_LEDES)
def test_lede_opening_by(line, lede):
    from loaders.extract.text_article import _lede_opening_by

    assert _lede_opening_by(line) is lede
