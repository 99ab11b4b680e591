# Round-3 review pages (caption over lede B, comments link A). Expectations written BEFORE any run.
# exp keys: title, first (prefix of body's first paragraph), last (suffix of last), has / hasnot (substrings of body)
P = []
def add(name, url, text, **exp):
    P.append(dict(name=name, url=url, text=text, exp=exp))

def page(outlet, head, by, date, body, top="", tail=""):
    s = outlet + "\nHome\nNews\nSport\n" + head + "\n"
    if top: s += top + "\n"
    s += by + "\n" + date + "\n" + "\n".join(body)
    if tail: s += "\n" + tail
    return s

L2 = "The decision follows a review which found that visitor numbers at the three branches had fallen by a third since 2019, the report said."
L3 = "Campaigners said they would challenge the closures in the courts and urged residents to attend a public meeting at the town hall next week."
L4 = "A final vote on the budget is expected at the full council meeting on December 14."
FOOT = "Related stories\nSchool wins national award\nBus routes to change in January"

# ---------- B near misses: a real lede that must stay (first = lede) ----------
add("b01_lede_lost_stop", "https://www.rivertonpost.example/news/libraries-close",
    page("Riverton Post", "Three libraries to close in budget cuts", "By Clare Dunn", "12 November 2026",
         ["The city council voted on Tuesday to close three branch libraries and cut weekend hours at the central library", L2, L3, L4], tail=FOOT),
    title="Three libraries to close in budget cuts", first="The city council voted on Tuesday", last="on December 14.")
add("b02_lede_ends_quote_mark", "https://www.rivertonpost.example/news/estate-flood",
    page("Riverton Post", "Flooded estate residents attack council response", "By Clare Dunn", "12 November 2026",
         ["Residents of the flooded Marsh Lane estate have called the council\u2019s response to last week\u2019s storm \u201ctoo little, too late\u201d",
          "More than forty homes were left without power for three days after the river burst its banks on Thursday night, the fire service said.", L3, L4], tail=FOOT),
    title="Flooded estate residents attack council response", first="Residents of the flooded Marsh Lane", last="on December 14.")
add("b03_according_to_police", "https://www.ashbyecho.example/news/high-street-crash",
    page("Ashby Echo", "Man arrested after car hits pedestrians", "By Tom Reid", "8 November 2026",
         ["A 34-year-old man was arrested after a car hit two pedestrians on Ashby high street on Saturday evening, according to police",
          "The two women, both in their sixties, were taken to hospital with injuries that are not thought to be life-threatening, officers said.",
          "Witnesses described the car mounting the pavement outside the bakery shortly after 6pm and coming to rest against a lamp post.",
          "Anyone with dashcam footage is asked to contact the force quoting incident 412."], tail=FOOT),
    title="Man arrested after car hits pedestrians", first="A 34-year-old man was arrested", last="quoting incident 412.")
add("b04_brief_unstopped", "https://www.ashbyecho.example/news/copper-theft",
    page("Ashby Echo", "Two charged over railway cable theft", "By Tom Reid", "8 November 2026",
         ["Two men have been charged over the theft of copper cable from the railway line near Ashby",
          "The men, aged 31 and 44, will appear before magistrates in Riverton on Monday, British Transport Police said in a statement."]),
    title="Two charged over railway cable theft", first="Two men have been charged", last="said in a statement.")
add("b05_dateline_unstopped", "https://www.eastafricadaily.example/world/nairobi-protests",
    page("East Africa Daily", "Police fire tear gas at Nairobi protesters", "By Amina Otieno", "3 June 2026",
         ["NAIROBI, Kenya \u2014 Police fired tear gas at hundreds of protesters in central Nairobi on Monday",
          "The demonstrators, most of them students, had gathered outside parliament to oppose a new tax on mobile money transfers, witnesses said.",
          "Several shops on Moi Avenue closed early and traffic was diverted away from the city centre for most of the afternoon.",
          "The finance bill is due to be voted on later this month."], tail=FOOT),
    title="Police fire tear gas at Nairobi protesters", first="NAIROBI, Kenya", last="later this month.")
add("b06_dateline_ap_unstopped", "https://www.eastafricadaily.example/world/kampala-fuel",
    page("East Africa Daily", "Fuel shortage hits Kampala", "By Amina Otieno", "4 June 2026",
         ["KAMPALA, Uganda (AP) \u2014 Long queues formed at petrol stations across Kampala on Tuesday as a fuel shortage deepened",
          "Importers blamed delays at the border with Kenya, where hundreds of tankers have been waiting for customs clearance since last week.",
          "The energy ministry said new supplies would arrive by the weekend and urged motorists not to hoard fuel."], tail=FOOT),
    title="Fuel shortage hits Kampala", first="KAMPALA, Uganda (AP)", last="not to hoard fuel.")
add("b07_first_subheading", "https://www.rivertonpost.example/news/water-outage-explainer",
    page("Riverton Post", "Water outage: what we know", "By Clare Dunn", "12 November 2026",
         ["What we know so far about the water outage in the east end",
          "About 12,000 homes in the east end of the city have been without running water since a main burst under Station Road early on Sunday.",
          "Riverton Water said engineers were working through the night and it hoped to restore supplies by Tuesday morning.",
          "Bottled water stations have been set up at the leisure centre and at two supermarkets."], tail=FOOT),
    title="Water outage: what we know", has=["What we know so far about the water outage"], last="at two supermarkets.")
add("b08_summary_line", "https://www.rivertonpost.example/news/parking-rules",
    page("Riverton Post", "New parking rules for city centre", "By Clare Dunn", "12 November 2026",
         ["In short: drivers will pay more to park in the centre but evenings will be free",
          "The council\u2019s transport committee approved the new charges on Wednesday after a consultation that drew more than 3,000 responses from residents.",
          "Parking will cost \u00a32.50 an hour between 8am and 6pm, up from \u00a31.80, but will be free after 6pm for the first time.",
          "The changes take effect on January 6."], tail=FOOT),
    title="New parking rules for city centre", first="In short:", last="take effect on January 6.")
add("b09_quote_lede_said_mid", "https://www.rivertonpost.example/news/estate-eviction",
    page("Riverton Post", "Tenants face eviction as block is sold", "By Clare Dunn", "12 November 2026",
         ["\u201cWe have nowhere else to go,\u201d said Ana Ruiz, who has lived in Carver House for thirty years",
          "Ruiz is one of 46 tenants who received eviction notices last week after the owner agreed to sell the block to a developer for \u00a314 million.",
          "The developer plans to convert the building into student flats, according to documents filed with the council.",
          "A spokesperson for the owner declined to comment."], tail=FOOT),
    title="Tenants face eviction as block is sold", first="\u201cWe have nowhere else to go", last="declined to comment.")
add("b10_pictures_second_sentence", "https://www.ashbyecho.example/news/depot-fire",
    page("Ashby Echo", "Large fire at Ashby bus depot", "By Tom Reid", "8 November 2026",
         ["Fire crews spent the night at the scene of a large blaze in Ashby. Pictures from the scene show several burnt-out buses",
          "The fire broke out at the Mill Lane depot shortly after 11pm on Tuesday and took more than six hours to bring under control, the fire service said.",
          "No one was injured, but services on twelve routes were cancelled on Wednesday morning.",
          "The cause of the fire is being investigated."], tail=FOOT),
    title="Large fire at Ashby bus depot", first="Fire crews spent the night", last="is being investigated.")
add("b11_reuters_second_sentence", "https://www.worlddesk.example/world/quake",
    page("World Desk", "Earthquake strikes northern province", "By Lina Haddad", "2 May 2026",
         ["A strong earthquake struck the northern province early on Friday. Reuters reported the toll had risen to twelve",
          "The quake, which had a magnitude of 6.1, damaged dozens of buildings in the provincial capital and cut power to several villages, officials said.",
          "Rescue teams were searching the rubble of a collapsed school building on Friday afternoon.",
          "Aftershocks were felt as far away as the coast."], tail=FOOT),
    title="Earthquake strikes northern province", first="A strong earthquake struck", last="as far away as the coast.")
add("b12_blog_emoji_intro", "https://www.greenlanefarm.example/blog/summer-fair",
    "Green Lane Farm\nHome\nShop\nBlog\nOur summer fair is back\nPosted by Kate on 14 June 2026\n"
    "Our summer fair is back this Saturday and it is bigger than ever \U0001F389\n"
    "We will have pony rides, a cake stall run by the village school, live music from the Ashby Brass Band and tours of the new dairy every hour from ten.\n"
    "Entry is free and parking is in the top field.\nSee you there!",
    title="Our summer fair is back", first="Our summer fair is back this Saturday", last="See you there!")
add("b13_data_lede_unstopped", "https://www.northernbusiness.example/economy/jobless",
    page("Northern Business", "Regional unemployment falls to 3.9%", "By Raj Patel", "14 November 2026",
         ["Unemployment in the region fell in October to its lowest level since 2008 at 3.9 per cent",
          "The number of people in work rose by 12,000 over the quarter, driven by hiring in health care, logistics and hospitality, the statistics office said.",
          "Wages grew by 4.1 per cent over the year, ahead of inflation for the ninth month in a row.",
          "Economists expect the rate to edge up next year as the economy slows."], tail=FOOT),
    title="Regional unemployment falls to 3.9%", first="Unemployment in the region fell", last="as the economy slows.")
add("b14_ticker_paren", "https://www.northernbusiness.example/markets/riverton-bank",
    page("Northern Business", "Riverton Bank shares slide after profit warning", "By Raj Patel", "14 November 2026",
         ["Shares in Riverton Bank fell sharply on Monday after it cut its profit forecast for the year (RBK.L)",
          "The bank said rising loan losses in its commercial property book would reduce pre-tax profit by about \u00a3120 million compared with earlier guidance.",
          "The shares closed 14 per cent lower, their biggest one-day fall since 2020.",
          "Analysts at two brokers cut their ratings on the stock."], tail=FOOT),
    title="Riverton Bank shares slide after profit warning", first="Shares in Riverton Bank fell", last="ratings on the stock.")
add("b15_snow_short_lede", "https://www.ashbyecho.example/news/snow-schools",
    page("Ashby Echo", "Snow closes every school in the county", "By Tom Reid", "2 December 2026",
         ["Heavy snow has closed all schools in the county today",
          "More than 20cm fell overnight across the higher ground, and the council said gritters had been out since 3am on the main routes into Ashby.",
          "Parents should check the council website for updates on whether schools will reopen tomorrow."]),
    title="Snow closes every school in the county", first="Heavy snow has closed", last="reopen tomorrow.")
add("b16_why_heading_first", "https://www.rivertonpost.example/news/river-flooding",
    page("Riverton Post", "River Dene floods for third time this year", "By Clare Dunn", "12 November 2026",
         ["Why the river keeps flooding and what the council plans to do about it",
          "The River Dene burst its banks again on Sunday night, flooding the car park at Mill Meadows and closing the riverside path for the third time since March.",
          "Engineers say silt has built up behind the weir, reducing the channel's capacity by almost half.",
          "The council will publish a flood plan in the spring."], tail=FOOT),
    title="River Dene floods for third time this year", has=["Why the river keeps flooding"], last="in the spring.")
add("b17_lede_told_reporters", "https://www.capitalwire.example/politics/minister-resigns",
    page("Capital Wire", "Transport minister resigns over rail contract", "By Sam Ochieng", "20 March 2026",
         ["Transport minister Alan Kerr resigned on Thursday over his handling of the northern rail contract, telling reporters he had lost the confidence of colleagues",
          "Kerr had faced calls to quit since an audit found the contract had been awarded without a competitive tender, at a cost of \u00a3400 million more than planned.",
          "The prime minister thanked him for his service and named his deputy as acting minister.",
          "Opposition parties called for a full inquiry."], tail=FOOT),
    title="Transport minister resigns over rail contract", first="Transport minister Alan Kerr", last="a full inquiry.")
add("b18_lede_with_photo_word", "https://www.ashbyecho.example/news/photo-contest",
    page("Ashby Echo", "Teenager wins wildlife photography prize", "By Tom Reid", "8 November 2026",
         ["A 15-year-old from Ashby has won a national wildlife photography award for her picture of a kingfisher",
          "Maya Green took the photograph on the River Dene last spring using a camera she bought with money saved from a paper round, the judges heard.",
          "Her picture beat more than 8,000 entries in the under-18 category.",
          "It will be shown at the Natural History Museum from January."], tail=FOOT),
    title="Teenager wins wildlife photography prize", first="A 15-year-old from Ashby", last="from January.")

# ---------- B should fire: caption over lede (first = real lede) ----------
add("c01_caption_plain", "https://www.ashbyecho.example/news/depot-blaze",
    page("Ashby Echo", "Bus depot destroyed in overnight blaze", "By Tom Reid", "8 November 2026",
         ["Firefighters tackle the blaze at the Mill Lane bus depot in Ashby on Tuesday night",
          "A fire destroyed much of Ashby's main bus depot overnight, forcing the cancellation of dozens of services on Wednesday morning, the operator said.",
          "No one was hurt.", "The cause is under investigation."], tail=FOOT),
    title="Bus depot destroyed in overnight blaze", first="A fire destroyed much", last="under investigation.")
add("c02_caption_getty", "https://www.eastafricadaily.example/world/parliament-protest",
    page("East Africa Daily", "Students march on parliament over fees", "By Amina Otieno", "3 June 2026",
         ["Students march towards parliament in Nairobi on Monday. Getty Images",
          "Thousands of students marched on parliament on Monday to protest against a planned rise in university fees, bringing traffic in the capital to a halt.",
          "Police said the march was largely peaceful.", "Talks with student leaders are due on Friday."], tail=FOOT),
    title="Students march on parliament over fees", first="Thousands of students marched", last="due on Friday.")
add("c03_caption_photo_label", "https://www.harbourgazette.example/news/new-ferry",
    page("Harbour Gazette", "New ferry enters service", "By Mere Tane", "3 June 2026",
         ["The new electric ferry arrives at Harbour Quay for the first time on Monday. Photo: Jo Roe",
          "The harbour's first electric ferry entered service on Monday, cutting the crossing time to Kauri Point by five minutes and halving fuel costs, the council said.",
          "Two more are on order.", "Fares are unchanged."], tail=FOOT),
    title="New ferry enters service", first="The harbour's first electric ferry", last="Fares are unchanged.")
add("c04_caption_agency_paren", "https://www.worlddesk.example/world/market-patrol",
    page("World Desk", "Troops deployed after market attack", "By Lina Haddad", "2 May 2026",
         ["Soldiers patrol the central market in the northern city on Sunday (Reuters)",
          "The government deployed several hundred soldiers to the northern city on Sunday after gunmen attacked the central market, killing at least nine people, officials said.",
          "A curfew was imposed.", "No group has claimed responsibility."], tail=FOOT),
    title="Troops deployed after market attack", first="The government deployed", last="claimed responsibility.")

# ---------- A: comments / most read ----------
ART = [
    "The county council voted on Tuesday to close the Mill Lane bridge for eight months while engineers replace its corroded steel beams, a repair postponed twice.",
    "Council leader Maria Okafor said the closure would cause real hardship for villages on the east bank, but the inspectors' report left no choice about timing.",
    "A temporary footbridge will open next to the old crossing in early March, and a shuttle bus will run every twenty minutes during the rush hours.",
    "Local traders said they feared losing customers over the winter and asked the council to waive parking charges until the bridge reopens in the autumn.",
]
LONGCOMM = ["Jo Fenn\n2 hours ago\nThis bridge has been falling apart for years and the council only acts when it is forced to by the inspectors, which is typical of them.\nReply",
            "Sam Reed\n1 hour ago\nEight months is far too long when the shuttle bus will only run at rush hour and the rest of us will have to drive twenty miles round.\nReply",
            "Priya Shah\n45 minutes ago\nI run a shop on the east bank and I can tell you now that we will lose half our trade over the winter if this goes ahead as planned.\nReply"]
add("a01_short_article_long_comments", "https://www.rivertoncourier.example/news/bridge-close",
    "Riverton Courier\nNews\nSport\nBridge to close for eight months\nBy Ann Lee\n12 November 2026\n"
    "The Mill Lane bridge will close for eight months from January while engineers replace its beams, the county council said on Tuesday night.\n"
    "Comments\n" + "\n".join(LONGCOMM),
    title="Bridge to close for eight months", first="The Mill Lane bridge will close", last="on Tuesday night.", hasnot=["falling apart"])
add("a02_brief_3comments_long", "https://www.rivertoncourier.example/news/pool-reopens",
    "Riverton Courier\nNews\nPool reopens after repairs\nBy Ann Lee\n12 November 2026\n"
    "Riverton's public swimming pool reopened on Saturday after a six-month closure for roof repairs.\n"
    "Opening hours are unchanged.\n3 Comments\n"
    "Dee Martin\nNovember 12, 2026 at 9:14 am\nGreat news for the kids, although the changing rooms still need a proper clean and the lockers are broken again as usual.\n"
    "Ravi Kumar\nNovember 12, 2026 at 10:02 am\nSix months for a roof seems a very long time when the builders were only there two days a week from what I saw walking past.\n"
    "Helen Fox\nNovember 12, 2026 at 11:30 am\nWill the early morning lane swimming sessions be coming back or have they been cut for good along with the evening classes?\n"
    "Leave a comment",
    title="Pool reopens after repairs", first="Riverton's public swimming pool", last="Opening hours are unchanged.", hasnot=["changing rooms"])
add("a03_comments_word_in_body", "https://www.rivertoncourier.example/news/housing-plan",
    "Riverton Courier\nNews\nHousing plan goes out to consultation\nBy Ann Lee\n12 November 2026\n"
    "The council has published plans for 1,200 new homes on the former airfield at Ashby Moor, with a new primary school and a health centre.\n"
    "Comments from residents will be accepted until the end of March, the planning office said.\n"
    "Comments\nare welcome on the council website or at the town hall.\n"
    "A decision is expected in the summer.\n" + FOOT,
    title="Housing plan goes out to consultation", first="The council has published plans", last="expected in the summer.")
add("a04_most_read_mid_once", "https://www.rivertoncourier.example/news/bridge-mostread",
    "Riverton Courier\nNews\nBridge to close for eight months\nBy Ann Lee\n12 November 2026\n"
    + ART[0] + "\n" + ART[1] + "\nMost read\nCouncil tax to rise by 5%\nSchool wins national award\nFloods hit valley again\n" + ART[2] + "\n" + ART[3] + "\n" + FOOT,
    title="Bridge to close for eight months", first="The county council voted", last="reopens in the autumn.")
add("a05_most_read_mid_and_foot", "https://www.rivertoncourier.example/news/bridge-mostread2",
    "Riverton Courier\nNews\nBridge to close for eight months\nBy Ann Lee\n12 November 2026\n"
    + ART[0] + "\nMost read\nCouncil tax to rise by 5%\nSchool wins national award\n" + ART[1] + "\n" + ART[2] + "\n" + ART[3]
    + "\nMost read\nCouncil tax to rise by 5%\nSchool wins national award\nFloods hit valley again",
    title="Bridge to close for eight months", first="The county council voted", last="reopens in the autumn.", hasnot=["School wins national award"])
add("a06_most_read_teasers_twice", "https://www.rivertoncourier.example/news/bridge-teasers",
    "Riverton Courier\nNews\nBridge to close for eight months\nBy Ann Lee\n12 November 2026\n" + "\n".join(ART)
    + "\nMost read\nCouncil tax to rise by five per cent\nHouseholds in Riverton will pay an extra \u00a392 a year from April after councillors approved the largest rise allowed without a referendum.\n"
      "School wins national award\nAshby Primary has been named the country's best small school by a panel of teachers and parents who visited more than two hundred schools.\n"
      "Floods hit valley again\nHomes in the lower Dene valley were flooded for the third time this year after a night of heavy rain across the hills.\n"
    + "Most read\nCouncil tax to rise by five per cent\nSchool wins national award\nFloods hit valley again",
    title="Bridge to close for eight months", first="The county council voted", last="reopens in the autumn.", hasnot=["Households in Riverton"])
add("a07_share_comments_then_foot_comments", "https://www.rivertoncourier.example/news/bridge-share",
    "Riverton Courier\nNews\nBridge to close for eight months\nRepairs will take most of next year.\nBy Ann Lee\n12 November 2026\nShare\n12 Comments\n"
    + "\n".join(ART) + "\nComments\n" + "\n".join(LONGCOMM),
    title="Bridge to close for eight months", first="The county council voted", last="reopens in the autumn.", hasnot=["falling apart"])
add("a08_share_comments_short_article", "https://www.rivertoncourier.example/news/bridge-share2",
    "Riverton Courier\nNews\nBridge to close for eight months\nBy Ann Lee\n12 November 2026\nShare\nComments\n"
    + ART[0] + "\n" + ART[1],
    title="Bridge to close for eight months", first="The county council voted", last="left no choice about timing.")
add("a09_comments_heading_long_article_long_comments", "https://www.rivertoncourier.example/news/bridge-full",
    "Riverton Courier\nNews\nBridge to close for eight months\nBy Ann Lee\n12 November 2026\n" + "\n".join(ART) + "\n4 Comments\n" + "\n".join(LONGCOMM) + "\nComments\nPost a comment",
    title="Bridge to close for eight months", first="The county council voted", last="reopens in the autumn.", hasnot=["falling apart"])
add("a10_brief_comments_then_comments_tab", "https://www.rivertoncourier.example/news/pool-short",
    "Riverton Courier\nNews\nPool reopens after repairs\nBy Ann Lee\n12 November 2026\n"
    "Riverton's public swimming pool reopened on Saturday after a six-month closure for roof repairs, the council said.\n"
    "Comments\n" + "\n".join(LONGCOMM[:2]) + "\nComments\nPolicy\nContact us",
    title="Pool reopens after repairs", first="Riverton's public swimming pool", last="the council said.", hasnot=["falling apart"])
add("a11_mostread_box_then_lede_comments_foot", "https://www.rivertoncourier.example/news/bridge-mr3",
    "Riverton Courier\nNews\nBridge to close for eight months\nThe county is to shut its busiest crossing for most of next year.\nBy Ann Lee\n12 November 2026\nComments\n"
    + "\n".join(ART) + "\nShare this article\nComments\nJo Fenn\n2 hours ago\nAbout time.\nReply",
    title="Bridge to close for eight months", first="The county council voted", last="reopens in the autumn.", hasnot=["About time"])
